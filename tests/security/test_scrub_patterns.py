"""Card-aware scrubbing builds no pattern per hidden date and compiles an e-mail's patterns only for a text that could
hold it (guard/proxy/scrub.py): these shortcuts must find exactly what one pattern per value finds."""
from __future__ import annotations

import random
import re
from datetime import date

from guard.proxy.scrub import _BEFORE_MASK, _MONTHS, _ASCII_TWINS, CardSecrets, _cut_literal, _spaced
from guard.recognizers.lexicon import ROMAN_MONTHS

_PIECES = ["12", "012", "1", "01", "3", "03", "10", "010", "III", "İİİ", "iii", "X", "XII", "марта", "МАРТА", "декабря",
           ".", "-", "/", " ", "  ", "-го", "е", "ое", "<DATE_OF_BIRTH>", "***", "[скрыто]", "<EMAIL_ADDRESS>", "p e t r",
           "petr", "PETR", "ivanov", "İvanov", "\u212aate", "ſs", "@", "mail", ".ru", "x", "\x00", "1999", "80"]
_DATES = [date(1980, 3, 12), date(1999, 12, 21), date(2005, 4, 1), date(2010, 10, 10)]
_EMAILS = ["petr.ivanov@mail.ru", "kate.sss@mail.ru", "ivanov@x.ru"]


def _per_date(moment: date) -> re.Pattern[str]:
    """The reference: one pattern for one date, its day and month spelled out."""
    months = "|".join((f"{moment.month:02d}", str(moment.month), ROMAN_MONTHS[moment.month - 1],
                       _MONTHS[moment.month - 1]))
    return re.compile(rf"(?<!\d)0?{moment.day}(?:-?(?:го|е|ое))?\s*[./\-]?\s*(?:{months})(?![IVXivx\w])\s*[./\-]?"
                      + _BEFORE_MASK, re.IGNORECASE)


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def test_what_is_left_of_a_hidden_date_before_a_mask_is_found_as_one_pattern_per_date_finds_it():
    for moment in _DATES:
        secrets = CardSecrets(dates=(moment,))
        reference = _per_date(moment)
        for text in _texts(1, 1500):
            assert set(secrets._cut_spans(text)) >= {m.span() for m in reference.finditer(text)}, text


def test_an_email_is_found_spaced_and_in_any_case_exactly_as_its_own_pattern_finds_it():
    for email in _EMAILS:
        secrets = CardSecrets(literals=(email,))
        for text in _texts(2, 1500) + ["P E T R . İ V A N O V @ mail . ru", "\u212aATE.sss@MAİL.RU", "ka te.ſſs@mail.ru"]:
            expected = {m.span() for m in _spaced(email).finditer(text)}
            assert set(secrets._literal_spans(text)) == expected, text
            if re.search(r"<[A-Z_]+>|\*\*\*|\[скрыто\]", text):
                assert set(secrets._cut_spans(text)) == {m.span() for m in _cut_literal(email).finditer(text)}, text


def test_a_roman_month_written_with_dotted_capitals_is_read_as_its_month_not_an_error():
    secrets = CardSecrets.from_values(["1980-03-12"])
    # Another Roman numeral in the text lets the Roman date pattern run; it matches "İİİ" case-blind.
    assert secrets.scrub_text("родился 12.İİİ.1980, корпус X") == ("родился ***, корпус X", 1)
    assert secrets.scrub_text("12.İİİ.<DATE_OF_BIRTH>")[1] == 1


def test_the_characters_read_as_ascii_letters_are_every_one_re_ignorecase_matches_with_one():
    """And what the shortcut removes as white space is what re's \\s matches."""
    every = "".join(map(chr, range(0x80, 0x110000)))
    matched = {found.group() for found in re.finditer("[a-z]", every, re.IGNORECASE)}
    assert _ASCII_TWINS == {
        ch: next(letter for letter in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(letter, ch, re.IGNORECASE))
        for ch in matched}
    every = "".join(map(chr, range(0x110000)))
    assert {ch for ch in every if ch.isspace()} == {found.group() for found in re.finditer(r"\s", every)}
