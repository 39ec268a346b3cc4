"""The redaction pipeline: offsets, merging, operators, long and odd input, and no network."""
from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.engine import OVERLAP, WINDOW, Redactor, merge_overlaps, text_windows
from guard.entities import Entity
from guard.operators import canonical_value, mask_keep_last, pseudonym, reveal


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def test_spans_of_spoken_numbers_point_into_the_original_text(redactor):
    text = "мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь спасибо"
    (entity,) = redactor.analyze(text)
    assert text[entity.start:entity.end] == "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"


def test_entities_are_sorted_and_never_overlap(redactor):
    text = "Иванова Мария Петровна, г. Москва, ул. Тверская, д. 5, кв. 12, тел. 89161234567, ivanova@mail.ru"
    entities = redactor.analyze(text)
    assert entities == sorted(entities)
    assert all(a.end <= b.start for a, b in zip(entities, entities[1:]))


def test_redacted_text_keeps_no_fragment_of_any_detected_value(redactor):
    text = "Кл. Иванов П.С., паспорт 45 05 678901, тел. +7 916 123-45-67, почта p.ivanov@mail.ru"
    result = redactor.redact(text)
    for entity in result.entities:
        assert text[entity.start:entity.end] not in result.text
    for fragment in ("Иванов", "678901", "4505", "123-45-67", "ivanov"):
        assert fragment not in result.text


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40), st.sampled_from(["PERSON", "PHONE_NUMBER"]),
                          st.floats(0.1, 1.0)), max_size=12))
def test_merging_overlaps_covers_every_detected_character_once(raw):
    spans = [Entity(start, start + length, kind, score) for start, length, kind, score in raw]
    merged = merge_overlaps(spans)
    assert all(a.end <= b.start for a, b in zip(merged, merged[1:]))
    covered = {i for e in merged for i in range(e.start, e.end)}
    assert covered == {i for e in spans for i in range(e.start, e.end)}


@given(st.text(min_size=0, max_size=40), st.integers(0, 10))
def test_mask_keeps_at_most_the_last_n_letters_and_digits(value, keep):
    masked = mask_keep_last(value, keep)
    assert len(masked) == len(value)
    shown = [ch for ch, orig in zip(masked, value) if ch == orig and orig.isalnum() and orig != "*"]
    assert len(shown) <= keep


def test_mask_last_operator_shows_only_the_last_four_digits(redactor):
    masking = Redactor("mask_last", keep_last=4)
    assert masking.redact("тел. 8-916-123-45-67").text == "тел. *-***-***-45-67"


def test_pseudonym_is_the_same_for_every_spelling_of_one_value_and_differs_by_key():
    key = b"k" * 32
    assert pseudonym("PHONE_NUMBER", "8 (916) 123-45-67", key) == pseudonym("PHONE_NUMBER", "+79161234567", key)
    assert pseudonym("PERSON", "Иванову Марию", key) == pseudonym("PERSON", "Иванова Мария", key)
    assert pseudonym("PERSON", "Иванова Мария", key) != pseudonym("PERSON", "Иванова Мария", b"x" * 32)


def test_pseudonym_operator_is_stable_across_redactor_instances():
    text = "перезвонить Иванову Марию Петровну на 89161234567"
    first = Redactor("pseudonym", key=b"secret").redact(text).text
    second = Redactor("pseudonym", key=b"secret").redact(text).text
    assert first == second and "<PERSON_" in first and "89161234567" not in first


def test_encryption_is_reversible_with_the_key():
    key = b"0123456789abcdef"
    text = "паспорт 4505 678901, тел. 89161234567"
    result = Redactor("encrypt", key=key).redact(text)
    assert "678901" not in result.text and "89161234567" not in result.text
    assert reveal(result.text, key) == text


def test_canonical_value_drops_the_trunk_prefix_of_phones():
    assert canonical_value("PHONE_NUMBER", "8 916 123 45 67") == canonical_value("PHONE_NUMBER", "+7 (916) 1234567")


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u202e\ufeff", "🙂" * 50, "\x00\x01", "a" * 3, "ё" * 1000])
def test_empty_and_odd_unicode_input_does_not_crash(redactor, text):
    assert redactor.redact(text).text is not None


def test_a_value_on_a_window_boundary_of_a_long_text_is_found(redactor):
    filler = "абонент спрашивал про тариф и баланс " * ((WINDOW - OVERLAP // 2) // 37)
    text = filler + "тел. 89161234567 " + filler
    assert [text[e.start:e.end] for e in redactor.analyze(text)] == ["89161234567"]


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_arbitrary_text_gives_spans_inside_the_text(redactor, text):
    for entity in redactor.analyze(text):
        assert 0 <= entity.start < entity.end <= len(text)


def test_nothing_reaches_the_network_at_run_time():
    # a fresh interpreter with every outgoing connection refused before guard is imported
    script = """
import socket
def refuse(*args, **kwargs):
    raise SystemExit("network access attempted")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from guard import Redactor
result = Redactor().redact("почта ivan.petrov@mail.ru, Иван Петров, 89161234567, г. Москва, ул. Тверская, д. 5")
assert {e.type for e in result.entities} >= {"EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER", "ADDRESS"}, result
print("offline ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "offline ok" in done.stdout


def test_recognizers_work_in_a_plain_presidio_analyzer_engine():
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from guard.presidio import presidio_recognizers

    # any AnalyzerEngine: here Presidio's own spaCy engine on a blank Russian pipeline (no model to download)
    nlp_engine = _blank_spacy_engine()
    engine = AnalyzerEngine(registry=RecognizerRegistry(recognizers=presidio_recognizers(), supported_languages=["ru"]),
                            nlp_engine=nlp_engine, supported_languages=["ru"])
    text = "Клиент Иванов Пётр Сергеевич, тел. 8-916-123-45-67, паспорт 4505 678901"
    found = {r.entity_type for r in engine.analyze(text, language="ru")}
    assert {"PERSON", "PHONE_NUMBER", "RU_PASSPORT"} <= found


def _blank_spacy_engine():
    import spacy
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class BlankRussian(SpacyNlpEngine):
        def __init__(self) -> None:
            super().__init__(models=[{"lang_code": "ru", "model_name": "blank:ru"}])

        def load(self) -> None:
            self.nlp = {"ru": spacy.blank("ru")}

    engine = BlankRussian()
    engine.load()
    return engine


def test_windows_after_the_first_begin_at_a_word():
    text = "абонент спрашивал про тариф и баланс " * (3 * WINDOW // 37)
    for offset, piece in list(text_windows(text))[1:]:
        assert text[offset - 1] == " " and not piece.startswith(" ")
