"""Review of s58-bc33 (/work/reviews58/bc33.md): the reviewer's cases and this fix round's variants.

H1/H2 — `_COMPAT_BLOCKS` widened to U+217F folded the Unicode Roman numeral characters in the first reading of every
kind (normalize_unicode): "Ⅱ" glued to a phone or standing between a card's, INN's, OMS policy's or passport's groups
became Latin letters no number kind reads through, and «корпус Ⅱ» fell out of its address. Taken out: the first reading
keeps the characters as they are (as on the base), and only the added roman reading (roman_numbers) writes them as
letters, so the Roman change can only add spans.
H3 — a code-word answer holding a Roman date («ромашка 12.III.1980») merged with the date the roman reading found and
took the date's type, so `mask_last` kept the year. Where spans merge (engine.merge_overlaps) a secret among them types
the merged span: it is masked whole, as the asked secret was on the base.
L1 — an impossible birth date in a closing note makes the note's end unreadable (fail closed: the card is refused).
L2 — a line nested too deep for `guard check` is a bad line named by its number; every other line gets its verdict.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.disclosure.checker import default_checker
from guard.engine import merge_overlaps
from guard.entities import Entity
from guard.normalize import normalize, normalize_unicode
from guard.policy.termination import _stated_in_comment
from guard.recognizers import SECRET_TYPES


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.fixture(scope="module")
def masking() -> Redactor:
    return Redactor("mask_last")


# --- H1: a number beside or between Unicode Roman numeral characters -------------------------------------------------

# (text, the value's digits that must not survive) — the reviewer's, invented values
NUMBERS_BESIDE_A_ROMAN_CHARACTER = [
    ("тел. +7Ⅱ916 123 45 67", "916 123 45 67"),       # U+2161 glued between country code and number
    ("номер 8Ⅻ916 123 45 67", "916 123 45 67"),       # U+216B
    ("тел. +7ⅹ916 123 45 67", "916 123 45 67"),       # U+2179, small ten
    ("тел.Ⅰ89161234567", "89161234567"),              # U+2160 glued to the cue's dot
    ("карта 4276 Ⅳ 3800 1234 5678", "3800 1234"),     # U+2163 between a card's groups
    ("карта 4276 3800 Ⅻ 1234 5678", "1234 5678"),
    ("ИНН 7723 Ⅻ 4567 8901", "4567 8901"),
    ("полис ОМС 7712 Ⅳ 3456 7890 1234", "3456 7890"),
    ("полис ОМС 7712 3456 Ⅻ 7890 1234", "7890 1234"),
    ("паспорт 4512 Ⅻ 345678", "345678"),
    ("СНИЛС 112-233-445 Ⅳ 95", "112-233-445"),
]
# this round's variants: lowercase ASR, the value before its cue, the small characters, the numeral after the value
VARIANTS = [
    ("тел. +7ⅱ916 123 45 67", "916 123 45 67"),
    ("телефон 8 ⅻ 916 123 45 67", "916 123 45 67"),
    ("+7Ⅱ916 123 45 67 это мой телефон", "916 123 45 67"),
    ("карта 4276 ⅳ 3800 1234 5678", "3800 1234"),
    ("номер карты: 4276 3800 Ⅻ 1234 5678", "1234 5678"),
    ("инн 7723 ⅻ 4567 8901", "4567 8901"),
    ("полис омс 7712 ⅳ 3456 7890 1234", "3456 7890"),
    ("паспорт 4512 ⅻ 345678", "345678"),
    ("паспорт 4512 345678 Ⅻ", "345678"),
    ("снилс 112-233-445 ⅳ 95", "112-233-445"),
    ("номер Ⅳ89161234567", "89161234567"),
]


@pytest.mark.parametrize("text, value", NUMBERS_BESIDE_A_ROMAN_CHARACTER + VARIANTS)
def test_a_number_beside_a_unicode_roman_numeral_character_is_still_redacted(redactor, text, value):
    out = redactor.redact(text).text
    assert value not in out, out


@pytest.mark.parametrize("line", [
    "тел. +7Ⅻ916 123 45 67",
    "тел. +7Ⅱ916 123 45 67",
    "тел.Ⅰ89161234567",
    "номер 8Ⅹ916 123 45 67",
    "карта 4276 Ⅳ 3800 1234 5678",
    "ИНН 7723 Ⅻ 4567 8901",
    "полис ОМС 7712 Ⅳ 3456 7890 1234",
    "ваш телефон +7ⅱ916 123 45 67",
    "ваша карта 4276 ⅳ 3800 1234 5678",
    "ваш инн 7723 ⅻ 4567 8901",
    "ваш паспорт 4512 Ⅻ 345678",
])
def test_the_checker_still_blocks_a_number_beside_a_unicode_roman_numeral_character(line):
    assert default_checker().check(line, "operator", None, None).verdict == "block"


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from([chr(code) for code in range(0x2160, 0x2180)] + list("0123 .-Ⅱтел")),
               max_size=30))
def test_the_first_reading_keeps_the_unicode_roman_numeral_characters_as_written(text):
    """The Roman change only adds: the first reading every kind reads (normalize_unicode, normalize) is the base's."""
    kept = [ch for ch in text if 0x2160 <= ord(ch) <= 0x217F]
    assert [ch for ch in normalize_unicode(text).text if 0x2160 <= ord(ch) <= 0x217F] == kept
    assert [ch for ch in normalize(text).text if 0x2160 <= ord(ch) <= 0x217F] == kept


# --- H2: a building in a Unicode Roman numeral stays inside its address -----------------------------------------------

@pytest.mark.parametrize("text, piece", [
    ("ваш адрес улица Ленина дом 5 корпус Ⅱ квартира 12", "Ⅱ"),
    ("адрес регистрации Самара ул Победы дом 3 корпус Ⅵ кв 19", "Ⅵ"),
    ("Адрес: Москва, ул. Ленина 5 корп Ⅱ кв 12 тел 89161234567", "Ⅱ"),
    ("адрес ленина 5 корпус ⅱ квартира 12", "ⅱ"),                 # lowercase ASR, the small character
    ("Москва, ул. Ленина, д. 5, корп. Ⅲ, кв. 12", "Ⅲ"),
])
def test_a_building_written_in_a_unicode_roman_numeral_stays_inside_the_address(redactor, text, piece):
    out = redactor.redact(text).text
    assert piece not in out, out


# --- H3: a code-word answer is masked whole, a date in it or not -----------------------------------------------------

@pytest.mark.parametrize("text, shown", [
    ("Оператор: назовите кодовое слово\nКлиент: ромашка 12.III.1980", "1980"),
    ("Оператор: назовите кодовое слово\nКлиент: ромашка 12 III 1980", "1980"),
    ("Оператор: назовите кодовое слово\nКлиент: котик XII.III.MCMLXXX", "LXXX"),
    ("Оператор: назовите кодовое слово\nКлиент: котик 1.Ⅹ.1975", "1975"),
    ("Оператор: назовите ответ на секретный вопрос\nКлиент: Бобик 12.III.1980", "1980"),
    # variants: capitals, small Roman letters, the date first, another wording, a month in words (shown on the base)
    ("Оператор: назовите кодовое слово\nКлиент: РОМАШКА 12.III.1980", "1980"),
    ("Оператор: назовите кодовое слово\nКлиент: ромашка 12.iii.1980", "1980"),
    ("Оператор: назовите кодовое слово\nКлиент: 12.III.1980 ромашка", "1980"),
    ("Оператор: скажите кодовое слово пожалуйста\nКлиент: ромашка 12.III.1980", "1980"),
    ("Оператор: назовите кодовое слово\nКлиент: ромашка 12 марта 1980", "1980"),
])
def test_mask_last_masks_a_code_word_answer_whole_even_with_a_roman_date_in_it(masking, text, shown):
    out = masking.redact(text).text
    assert shown not in out.split("\n")[1], out


@pytest.mark.parametrize("answer", ["ромашка 12.III.1980", "ромашка 12 марта 1980", "котик 1.Ⅹ.1975"])
def test_mask_last_masks_a_code_word_answer_whole_in_a_dialogue(masking, answer):
    turns = [("operator", "Назовите, пожалуйста, кодовое слово"), ("client", answer)]
    out = masking.redact_dialogue(turns)[1].text
    assert not any(ch.isdigit() for ch in out) and "Ⅹ" not in out, out


def test_the_tag_operator_names_the_code_word_answer_a_secret_as_on_the_base(redactor):
    out = redactor.redact("Оператор: назовите кодовое слово\nКлиент: ромашка 12.III.1980")
    assert out.text.split("\n")[1] == "Клиент: <SECRET>", out.text


@pytest.mark.parametrize("secret", sorted(SECRET_TYPES))
def test_a_merged_span_whose_secret_reaches_past_the_other_value_is_typed_a_secret_whatever_the_scores(secret):
    """engine.merge_overlaps: an operator masks a secret whole (mask_keep_last); a more confident kind inside it must
    not make the merged span one whose last characters are kept."""
    merged = merge_overlaps([Entity(0, 20, secret, 0.3), Entity(8, 20, "DATE_OF_BIRTH", 0.95)])
    assert merged == [Entity(0, 20, secret, 0.95)]
    merged = merge_overlaps([Entity(5, 15, "PHONE_NUMBER", 1.0), Entity(0, 25, secret, 0.2)])
    assert merged == [Entity(0, 25, secret, 1.0)]
    merged = merge_overlaps([Entity(0, 20, secret, 0.3), Entity(0, 12, "DATE_OF_BIRTH", 0.95)])
    assert merged == [Entity(0, 20, secret, 0.95)]
    merged = merge_overlaps([Entity(0, 10, secret, 0.3), Entity(8, 21, "DATE_OF_BIRTH", 0.9)])  # «ромашка 12|марта»
    assert merged == [Entity(0, 21, secret, 0.9)]


def test_spans_typed_by_score_as_before_when_no_secret_reaches_past_the_other_value():
    assert merge_overlaps([Entity(0, 10, "PERSON", 0.5), Entity(5, 12, "PHONE_NUMBER", 0.9)]) == [
        Entity(0, 12, "PHONE_NUMBER", 0.9)]
    # a spoken e-mail read as the answer asked for too: the same span, the e-mail's type
    assert merge_overlaps([Entity(0, 30, "SECRET", 0.3), Entity(0, 30, "EMAIL_ADDRESS", 0.9)]) == [
        Entity(0, 30, "EMAIL_ADDRESS", 0.9)]
    assert merge_overlaps([Entity(4, 20, "SECRET", 0.3), Entity(0, 30, "PHONE_NUMBER", 0.9)]) == [
        Entity(0, 30, "PHONE_NUMBER", 0.9)]


# --- L1: an impossible birth date refuses the card (fail closed) -------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Договір розірвано 01.01.2024, туған күні 31.02.1990",   # the reviewer's: Ukrainian closing, Kazakh birth word
    "Келісімшарт бұзылды, туған күні 31.02.1990",
    "Договор расторгнут 01.01.2024, дата рождения 31.02.1990",
])
def test_fail_closed_a_closing_note_with_a_birth_date_no_calendar_has_is_unreadable_and_the_card_refused(note):
    """Инструкция запретов, the «!!!» item after п. 1 (a contract terminated over 5 years ago: nothing is shown): a date
    no calendar has may be a mistyped end; read as "unreadable", the card is refused rather than shown."""
    assert _stated_in_comment(note) == "unreadable"


# --- L2: guard check on a line nested too deep -------------------------------------------------------------------------

def test_guard_check_names_the_line_nested_too_deep_and_gives_every_other_line_its_verdict(tmp_path):
    deep = "[" * 65 + '"X"' + "]" * 65  # one level past guard.jsonl.MOST_NESTED
    lines = [json.dumps({"id": 1, "text": "ваш паспорт 4512 345678", "speaker": "operator"}, ensure_ascii=False),
             '{"id": 2, "text": "ваш паспорт 4512 345678", "speaker": "operator", "meta": ' + deep + "}",
             json.dumps({"id": 3, "text": "ваш телефон 89161234567", "speaker": "operator"}, ensure_ascii=False)]
    source = tmp_path / "lines.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "guard", "check", str(source), "-o", str(tmp_path / "out.jsonl")],
                         capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert "line 2" in run.stderr and "Traceback" not in run.stderr, run.stderr[-400:]
    assert "4512" not in run.stderr
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(row["id"], row["verdict"]) for row in rows] == [(1, "block"), (3, "block")]
