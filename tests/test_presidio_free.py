"""The redactor, the speech checker and the proxy's modules run without Presidio or spaCy (issue 13: importing
them cost more than natasha's NER); Presidio is an interface (guard.presidio), imported only when asked for."""
from __future__ import annotations

import subprocess
import sys

import pytest

from guard.analysis import EntityRecognizer, RecognizerResult

HEAVY = ("presidio_analyzer", "presidio_anonymizer", "spacy")


def _imported_after(script: str) -> list[str]:
    """The heavy packages a fresh interpreter has imported after running `script` (which must print "ran")."""
    probe = script + f"\nimport sys\nprint(sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r}))\n"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert "ran" in lines, done.stdout[-2000:]
    return eval(lines[-1])  # noqa: S307 — our own print of a list of names


def test_redacting_with_every_operator_imports_neither_presidio_nor_spacy():
    script = """
from guard import Redactor
from guard.operators import reveal
text = "Кл. Иванов П.С., г. Москва, ул. Тверская, д. 5, тел. 8-916-123-45-67, паспорт 4505 678901"
tagged = Redactor().redact(text)
assert {e.type for e in tagged.entities} >= {"PERSON", "PHONE_NUMBER", "RU_PASSPORT", "ADDRESS"}, tagged
assert "<PHONE_NUMBER>" in tagged.text
key = b"0123456789abcdef"
assert "8-916" not in Redactor("pseudonym", key=key).redact(text).text
assert "8-916" not in Redactor("mask_last", keep_last=2).redact(text).text
assert reveal(Redactor("encrypt", key=key).redact(text).text, key) == text
print("ran")
"""
    assert _imported_after(script) == []


def test_the_speech_checker_and_the_proxy_modules_import_neither_presidio_nor_spacy():
    script = """
import guard.proxy.app, guard.proxy.detection, guard.presidio.http
from guard.disclosure import check
result = check("ваш номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь", speaker="operator")
print("ran")
"""
    assert _imported_after(script) == []


def test_the_presidio_interface_does_import_presidio():
    """The probe itself can fail: asking for guard's Presidio plug-in imports Presidio."""
    assert "presidio_analyzer" in _imported_after("from guard.presidio import add_russian\nprint('ran')")


def test_results_compare_as_presidios_do_by_type_offsets_and_score():
    one = RecognizerResult("PHONE_NUMBER", 3, 14, 0.7)
    assert one == RecognizerResult("PHONE_NUMBER", 3, 14, 0.7) and len({one, RecognizerResult("PHONE_NUMBER", 3, 14, 0.7)}) == 1
    assert one != RecognizerResult("PHONE_NUMBER", 3, 14, 0.9)
    assert RecognizerResult("X", 4, 8, 0.5).contained_in(one) and one.intersects(RecognizerResult("X", 14, 20, 1)) == 0


def test_duplicate_removal_drops_a_span_inside_one_of_its_type_at_least_as_sure():
    outer = RecognizerResult("PHONE_NUMBER", 0, 11, 0.7)
    inner_weaker = RecognizerResult("PHONE_NUMBER", 1, 11, 0.7)
    inner_surer = RecognizerResult("PHONE_NUMBER", 1, 11, 0.9)
    other_type = RecognizerResult("RU_INN", 1, 11, 0.5)
    zero = RecognizerResult("RU_INN", 20, 25, 0)
    kept = EntityRecognizer.remove_duplicates([outer, inner_weaker, inner_surer, other_type, zero, outer])
    assert kept == [inner_surer, outer, other_type]  # best score first, then by start


@pytest.mark.parametrize("between, joined", [(" ", True), ("  ", True), (", ", False), ("", False)])
def test_two_spans_of_one_type_with_only_spaces_between_are_replaced_as_one(between, joined):
    from guard.engine import replace_spans
    from guard.entities import Entity

    text = "Иван" + between + "Петров"
    spans = [Entity(0, 4, "PERSON"), Entity(4 + len(between), len(text), "PERSON")]
    out = replace_spans(text, spans, lambda value, kind: f"<{kind}:{value}>")
    assert out == ("<PERSON:" + text + ">" if joined else f"<PERSON:Иван>{between}<PERSON:Петров>")


def test_encrypted_markers_written_by_presidios_cipher_still_reveal():
    from presidio_anonymizer.operators.aes_cipher import AESCipher

    from guard.operators import decrypt_value, encrypt_value, reveal

    key = b"0123456789abcdef0123456789abcdef"
    assert reveal(f"тел. <PHONE_NUMBER:enc:{AESCipher.encrypt(key, '89161234567')}>", key) == "тел. 89161234567"
    assert AESCipher.decrypt(key, encrypt_value(key, "Иванов")) == "Иванов" == decrypt_value(key, encrypt_value(key, "Иванов"))


def test_a_recognizer_that_does_not_weigh_its_context_gets_the_lemma_boost_presidio_gave(engine):
    """guard's own recognizers weigh their context themselves; one added from outside gets Presidio's boost:
    a context word among the lemmas nearby raises the score by 0.35 ("договору" is the lemma "договор")."""
    from guard.analysis import Pattern, PatternRecognizer
    from guard.engine import GuardAnalyzer, RecognizerRegistry, build_analyzer

    numbers = PatternRecognizer("CUSTOM_NUMBER", supported_language="ru", patterns=[Pattern("six", r"\b\d{6}\b", 0.3)],
                                context=["договор"])
    analyzer = GuardAnalyzer(RecognizerRegistry([numbers]), build_analyzer().nlp_engine)
    (cued,) = analyzer.analyze("оплата по договору 123456", return_decision_process=True)
    (bare,) = analyzer.analyze("оплата по счёту 123456")
    assert (round(cued.score, 2), round(bare.score, 2)) == (0.65, 0.3)
    assert cued.analysis_explanation.supportive_context_word == "договор"


def test_a_pattern_that_matches_nothing_is_not_run():
    from guard.analysis import NEVER_MATCHES, Pattern, PatternRecognizer

    never, digits = Pattern("cue_only", NEVER_MATCHES, 0.0), Pattern("digits", r"\d{4}", 0.6)
    recognizer = PatternRecognizer("X", patterns=[never, digits])
    found = recognizer.analyze("код 1234", ["X"])
    assert [(r.start, r.end) for r in found] == [(4, 8)]
    assert never.compiled_regex is None and digits.compiled_regex is not None
