"""Red team bc33 f01-f03: Roman numerals were not read as numbers. A birth date written the Soviet and Russian way with
a Roman year or month ("12.III.MCMLXXX", "XII.III.MCMLXXX г.") passed the redactor whole, the Unicode Roman numeral
characters (U+2160-217F: "12.Ⅲ.1980", "Ⅳ-МЮ 123456") left the day and month or a birth certificate's series and number
on the page; the checker said `allow` or `warn` where the same lines in Arabic digits are `block`; the proxy's
card-aware scrub showed the card's own birth date in a comment while `owner.birth_date` was hidden.

The one cause, fixed once in guard/normalize.py, where every kind reads numbers from: in one more reading
(roman_numbers, in readings(): the redactor and the checker; the scrub reads it beside its layout reading) the Roman
numeral characters are the letters they draw ("Ⅲ" is "III") and a Roman numeral standing as a number in a date is its
number. The first reading keeps the characters as they are (review bc33 H1/H2), so the added reading only adds. The numerals that are words or ordinals ("Людовик XIV", "XXI век", "MIX", "I", "C уважением") are
left as they are (the precision tests below).
"""
from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.normalize import normalize_unicode, readings, roman_numbers, roman_value
from guard.proxy.scrub import CardSecrets
from security.conftest import check_line, get, shown_text
from security.test_redteam_s19 import crm_with


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# (text, what of the invented birth date 12.03.1980 or certificate Ⅳ-МЮ 123456 must not survive)
BIRTH_DATES = [
    ("Дата рождения 12.III.MCMLXXX", "MCMLXXX"),  # the red team's: the year in Roman numerals
    ("Клиент родился XII.III.MCMLXXX г.", "MCMLXXX"),
    ("Дата рождения 12.Ⅲ.1980", "Ⅲ"),  # U+2162: the day and the month stayed
    ("Клиент Воробьёв П.С., д.р. 12 Ⅲ 1980", "Ⅲ"),
    # variants of our own
    ("дата рождения 12.iii.1980", "iii"),  # small letters
    ("Дата рождения 12.ⅲ.1980", "ⅲ"),  # U+2172, small Roman numeral three
    ("д.р. 1.Ⅹ.1975", "Ⅹ"),  # one character for ten
    ("родилась 25 Ⅻ 1990", "Ⅻ"),  # one character for twelve
    ("Дата рождения 12.03.MCMLXXX", "MCMLXXX"),  # only the year Roman
    ("Дата рождения 12/III/MCMLXXX", "MCMLXXX"),
    ("Дата рождения XX.III.MCMLXXX", "MCMLXXX"),  # a Roman day of Xs only, between a date's dots
    ("Дата рождения 12-XII-MCMLXXX", "MCMLXXX"),
    ("Дата рождения XX III MCMXC", "XX III"),  # Xs beside another numeral: the day, no mask
    ("Дата рождения 12.III.ⅯⅭⅯⅬⅩⅩⅩ", "ⅯⅭⅯ"),  # the year in U+2160-217F letters
    ("Клиент родился в MCMLXXX году", "MCMLXXX"),  # the year alone after a birth word
    ("д.р.12.III.MCMLXXX", "MCMLXXX"),  # glued to the abbreviation's dot
]
CERTIFICATES = [
    ("Свидетельство о рождении Ⅳ-МЮ 123456", "123456"),  # the red team's: U+2163
    ("свидетельство о рождении Ⅲ-ТН № 612870", "612870"),
    ("Св-во о рождении ⅰⅴ-МЮ 123456", "123456"),  # small Roman numeral characters
]


@pytest.mark.parametrize("text, value", BIRTH_DATES)
def test_a_birth_date_with_roman_numerals_in_its_day_month_or_year_is_redacted_whole(redactor, text, value):
    """152-FZ: a birth date is personal data; written in Roman numerals it is the same date (interfaces.md §1)."""
    out = redactor.redact(text).text
    assert value not in out and "<DATE_OF_BIRTH>" in out, out


@pytest.mark.parametrize("text, value", CERTIFICATES)
def test_a_birth_certificate_with_a_unicode_roman_series_is_redacted(redactor, text, value):
    out = redactor.redact(text).text
    assert value not in out and "<RU_BIRTH_CERTIFICATE>" in out, out


@pytest.mark.parametrize("line", [
    "ваш день рождения 12 Ⅲ",  # the red team's allow
    "ваша дата рождения 12.III.MCMLXXX",
    "вы родились в MCMLXXX году",
    "вы родились XII.III.MCMLXXX",
    "ваше свидетельство о рождении Ⅳ-МЮ 123456",
    "ваша дата рождения 12.ⅲ.1980",
    "вы родились 1.Ⅹ.MCMLXXV",
])
def test_personal_data_in_operator_speech_is_blocked_when_written_with_roman_numerals(line):
    """README: «Personal data in operator speech is `block`» — the same line with Arabic digits is blocked."""
    assert check_line(line).verdict == "block", line


# Ordinary Latin letters and words, ordinals and centuries: not numbers of a date, nothing to mask
ORDINARY = ["Людовик XIV подписал указ", "В XXI веке всё иначе", "Пётр I основал город", "Живу на Ⅱ этаже",
            "Track MIX отправлен", "I think so", "C уважением, отдел продаж", "Глава XII, пункт 3",
            "Тариф XL за 500 рублей", "Размер XXL, цвет синий", "Екатерина II и Павел I"]


@pytest.mark.parametrize("text", ORDINARY)
def test_roman_numerals_that_are_words_or_ordinals_are_not_masked(redactor, text):
    """A ruler's name with its ordinal is a PERSON as before ("Людовик XIV"); no numeral is read as a date or number."""
    assert {entity.type for entity in redactor.redact(text).entities} <= {"PERSON"}, text


@pytest.mark.parametrize("text", ORDINARY)
def test_roman_numerals_that_are_words_or_ordinals_are_no_personal_data_to_the_checker(text):
    assert not [v for v in check_line(text).violations if v.rule == "other-personal-data"], text


@pytest.mark.parametrize("text, reading", [
    ("Дата рождения 12.III.MCMLXXX", "Дата рождения 12.03.1980"),
    ("XII.III.MCMLXXX г.", "12.03.1980 г."),
    ("д.р. 12 Ⅲ 1980", "д.р. 12 03 1980"),
    ("в MCMXC году", "в 1990 году"),
    ("MMXV", "2015"),
    ("Людовик XIV", "Людовик XIV"),
    ("XXI век", "XXI век"),
    ("MIX", "MIX"),
    ("C 12 по 15", "C 12 по 15"),  # a Latin C typed for «С»: no day or month is a hundred
    ("+7 9XX XXX-12-10", "+7 9XX XXX-12-10"),  # Xs masking digits
    ("8 903 XXX XX 91", "8 903 XXX XX 91"),
    ("приложение v 7.48.2", "приложение v 7.48.2"),  # small letters only between a date's marks
    ("kuznetsov-v@yandex.ru", "kuznetsov-v@yandex.ru"),
    ("в 1870-х годах", "в 1870-х годах"),
    ("Redmi A3 x2", "Redmi A3 x2"),
    ("12.iii.1980", "12.03.1980"),
])
def test_roman_numbers_reads_a_numeral_standing_as_a_number_in_a_date(text, reading):
    assert roman_numbers(text).text == reading


def test_a_span_in_the_roman_reading_maps_back_to_the_numerals_as_written():
    text = "родился 12.III.MCMLXXX, звонил"
    read = roman_numbers(text)
    start = read.text.index("12.03.1980")
    assert text[slice(*read.to_original(start, start + len("12.03.1980")))] == "12.III.MCMLXXX"


def test_the_roman_reading_is_among_the_readings_every_kind_reads():
    assert any("12.03.1980" in reading.text for reading in readings("Дата рождения 12.III.MCMLXXX"))


def test_the_unicode_roman_numeral_characters_are_read_as_their_letters_in_the_roman_reading_only():
    """Review bc33 H1/H2: folded in the first reading (normalize_unicode), "Ⅱ" glued to a phone or standing between a
    card's groups became Latin letters no number kind reads through; the roman reading adds, the first keeps them."""
    text = "12.Ⅲ.1980 Ⅳ-МЮ Ⅻ ⅶ"
    assert normalize_unicode(text).text == text
    assert roman_numbers(text).text == "12.03.1980 IV-МЮ XII vii"
    assert any(reading.text.startswith("12.03.1980 IV-МЮ") for reading in readings(text))


def _roman(number: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out, number = out + numeral, number - value
    return out


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 3999))
def test_every_canonical_roman_numeral_reads_as_its_value_in_either_case(number):
    assert roman_value(_roman(number)) == number
    assert roman_value(_roman(number).lower()) == number


@pytest.mark.parametrize("word", ["IIII", "VX", "IC", "DVD", "MIXx", "Mix", "", "ABC", "XM"])
def test_a_non_canonical_or_mixed_case_word_is_no_roman_numeral(word):
    assert roman_value(word) is None


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1920, 1, 1), max_value=date(2020, 12, 31)),
       st.sampled_from(["Дата рождения", "д.р.", "родился"]), st.sampled_from([".", " ", "/"]),
       st.booleans(), st.booleans())
def test_any_birth_date_with_a_roman_month_or_year_is_masked_whole(redactor, day, cue, sep, roman_day, unicode_month):
    month = _roman(day.month)
    if unicode_month:
        month = chr(0x215F + day.month)  # Ⅰ-Ⅻ
    written = sep.join((_roman(day.day) if roman_day else str(day.day), month, _roman(day.year)))
    out = redactor.redact(f"{cue} {written}").text
    assert out == f"{cue} <DATE_OF_BIRTH>", (written, out)


# --- f03: the card-aware scrub ---------------------------------------------------------------------------------

CARD_DATE = "1980-03-12"


@pytest.mark.parametrize("comment", ["Сверили 12.III.MCMLXXX", "Сверили 12 Ⅲ 1980", "сверили XII.III.MCMLXXX",
                                     "Сверили 12.III.1980", "Сверили 12.III.80", "сверили 12.ⅲ.1980"])
def test_the_card_aware_scrub_hides_the_cards_birth_date_written_in_roman_numerals(comment):
    """The proxy's contract (interfaces.md §7): comments lose the card's hidden values, however they are written. No
    birth word here: the card-aware pass alone, in both of its ways (one text; a response's texts joined)."""
    secrets = CardSecrets.from_values([CARD_DATE])
    scrubbed, count = secrets.scrub_text(comment)
    assert count and not any(ch.isdigit() or ch in "IXVMCLⅢⅲ" for ch in scrubbed.split(" ", 1)[1]), scrubbed
    joined = secrets.scrub_texts([comment, "Звонил по тарифу"])
    assert joined[comment] == (scrubbed, count)


@pytest.mark.parametrize("comment", ["Людовик XIV 1643", "Звонил 14.V.1975", "Глава XII, пункт 3"])
def test_the_card_aware_scrub_leaves_other_roman_numerals_and_dates(comment):
    assert CardSecrets.from_values([CARD_DATE]).scrub_text(comment) == (comment, 0)


MSISDN = "79160000003"


def _card(comment: str) -> dict:
    return {
        "msisdn": MSISDN, "client_type": "individual", "payment_type": "postpaid",
        "owner": {"last_name": "Воробьёв", "first_name": "Пётр", "middle_name": "Сергеевич", "gender": "male",
                  "birth_date": CARD_DATE, "passport": {"series": "4505", "number": "678901"}},
        "contract": {"number": "0123456789", "status": "active", "terminated_at": None},
        "contact": {"phone": "79031234567", "person": "Воробьёва Анна Петровна", "email": None},
        "numbers": [{"msisdn": MSISDN, "tariff": "Мой безлимит"}],
        "comments": [{"at": "2024-01-01T10:00:00", "author": "op1021", "text": comment}],
    }


def test_f03_through_the_proxy_a_comment_with_the_cards_birth_date_in_roman_numerals_shows_none_of_it(attack):
    """The red team's comment, fetched with no call (identification none: no birth date may be shown)."""
    comment = "Сверили: родился 12.III.MCMLXXX, д.р. 12 Ⅲ 1980"

    async def scenario(stack, client):
        status, _, body = await get(client, f"{stack.guard_url}/crm/api/customers/{MSISDN}")
        return status, json.loads(body)

    status, shown = attack(scenario, crm=crm_with({}, {MSISDN: _card(comment)}), auth_mode="none")
    assert status == 200
    texts = shown_text(json.dumps(shown.get("comments"), ensure_ascii=False))
    assert not any(value in texts for value in ("MCMLXXX", "12 Ⅲ", "12.III", "1980")), texts
