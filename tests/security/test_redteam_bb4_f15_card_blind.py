"""Red team bb4, F15 (the rest): a day and month in a comment is masked, or not, whatever the owner's birth date —
a date after a birth word is a date of birth whatever its value and form (recognizers/birth_date.py), and no digit
day-month is compared with the card's, so a comment cannot test a guess of the owner's birthday."""
from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import default_redactor
from guard.proxy.scrub import MASK, CardSecrets
from guard.recognizers.birth_date import dates_after_a_birth_cue

_DAYS = st.dates(min_value=date(1930, 1, 1), max_value=date(2005, 12, 31))
# The ways a comment writes a day and a month, with and without a birth word, and right before a mask a comment may
# write itself.
_SHAPES = ("{d}.{m}", "{d:02d}.{m:02d}", "{d}/{m}", "родился {d}.{m}", "д.р. {d:02d}/{m:02d}", "др {d} {m}",
           "звонил {d}.{m} вечером", "{d}.{m}.<DATE_OF_BIRTH>", "{d}.{m} ***", "DOB {d}.{m}", "перезвонить {d:02d}.{m:02d}")


@settings(max_examples=60, deadline=None)
@given(told=_DAYS, born=_DAYS, other=_DAYS, shape=st.sampled_from(_SHAPES))
def test_masking_a_day_and_month_does_not_depend_on_the_cards_birth_date(told: date, born: date, other: date,
                                                                         shape: str) -> None:
    text = shape.format(d=told.day, m=told.month)
    owner = CardSecrets.from_values([born.isoformat()])
    someone_else = CardSecrets.from_values([other.isoformat()])
    assert owner.scrub_text(text) == someone_else.scrub_text(text)


def test_the_owners_day_and_month_with_no_birth_word_is_not_singled_out() -> None:
    """The oracle itself: «12.03» was masked for an owner born on 12 March and shown for anyone else."""
    born_12_march = CardSecrets.from_values(["1980-03-12"])
    born_13_april = CardSecrets.from_values(["1980-04-13"])
    assert born_12_march.scrub_text("перезвонить 12.03") == born_13_april.scrub_text("перезвонить 12.03")


@pytest.mark.parametrize("text, told", [
    ("родился 12.03", "12.03"), ("родилась 5.7", "5.7"), ("д/р 12 03", "12 03"), ("рожд. 12.03", "12.03"),
    ("DOB 12/03", "12/03"), ("date of birth: 12 March", "12 March"), ("born March 12", "March 12"),
    ("дата рождения 12 III 1980", "12 III 1980"), ("д.р. 12.III.80", "12.III.80"), ("др 31.12", "31.12"),
])
def test_a_date_after_a_birth_word_is_a_birth_date_whatever_it_is(text: str, told: str) -> None:
    start = text.index(told)
    assert (start, start + len(told)) in dates_after_a_birth_cue(text)
    redacted = default_redactor().redact(text).text
    assert told not in redacted and "<DATE_OF_BIRTH>" in redacted


def test_a_birth_date_is_masked_by_the_scrub_whatever_the_card_holds() -> None:
    for born in (date(1980, 3, 12), date(1975, 11, 1)):
        scrubbed, _ = CardSecrets.from_values([born.isoformat()]).scrub_text("клиент, д.р. 14.09, просил счёт")
        assert "14.09" not in scrubbed and MASK in scrubbed


@pytest.mark.parametrize("text", ["перезвонить 12.03", "оплата 12 марта", "звонил 5.07 в 10:00", "баланс 12.30"])
def test_dates_with_no_birth_word_are_not_birth_dates(text: str) -> None:
    assert dates_after_a_birth_cue(text) == []
    assert "<DATE_OF_BIRTH>" not in default_redactor().redact(text).text


@pytest.mark.parametrize("said", ["вы родились двенадцатого третьего", "у вас DOB 12.03"])
def test_the_checker_blocks_a_birth_date_told_without_its_year(said: str) -> None:
    from guard.disclosure.checker import default_checker
    assert default_checker().check(said).verdict == "block"


def test_a_month_and_short_year_that_read_as_a_day_and_month_are_not_the_cards_alone() -> None:
    # January 2001 written "01.01" is also every year's first of January: masked for a card born in January 2001 and
    # shown for anyone else, it told the card's month and year (hypothesis found it, stop 36)
    born_jan_2001 = CardSecrets.from_values(["2001-01-10"])
    born_other = CardSecrets.from_values(["1980-03-12"])
    assert born_jan_2001.scrub_text("перезвонить 01.01") == born_other.scrub_text("перезвонить 01.01")
    assert born_jan_2001.scrub_text("с 12.99") == ("с 12.99", 0)  # no day-month reads "12.99": a form of its own
    assert CardSecrets.from_values(["1999-12-31"]).scrub_text("с 12.99")[1] == 1
