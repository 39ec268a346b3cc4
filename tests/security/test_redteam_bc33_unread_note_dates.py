"""Review (guard/policy/termination.py, `_end_of_an_unread_note`): a note in a language this reader does not read
(«Келісімшарт бұзылды 31.02.2015», «Кліент змінено 31.02.2015») dropped a date no calendar has — `_whole_dates` skipped
it — and the card was shown, while a Russian note with such a date («Договор расторгнут 31.02.2015») is read as an
unreadable end and refused.

What holds now (Инструкция запретов, the «!!!» item after п. 1: the data of a contract terminated over 5 years ago are
refused; fail closed): a whole date no calendar has — or a date's shape whose day or month is none (31.13.2015,
00.01.2015) — makes an unread note's end, and a neighbour's closing's, "unreadable" as it makes a Russian note's; a
date a birth word names is the owner's birth, no end, as before.
"""
from __future__ import annotations

import copy
from datetime import date

import pytest

from guard.policy.termination import _stated_in_comment, in_a_language_unread, terminations_stated

TODAY = date(2026, 12, 7)

NO_CALENDAR_HAS = ["31.02.2015", "30.02.2019", "29.02.2015", "31.04.2016", "31-02-2015"]
NO_SUCH_DAY_OR_MONTH = ["31.13.2015", "00.01.2015", "15.00.2019"]
UNREAD = [  # notes in languages this reader does not read, some with a neighbour's closing, some without
    "Келісімшарт бұзылды {}",  # the review's: Kazakh, a closing
    "Кліент змінено {}",  # Ukrainian, no closing word
    "Հաճախորդ კლიენტი {}",  # Armenian and Georgian
    "Договір розірвано {}",  # Ukrainian closing
    "Müqavilə {} ləğv edildi",  # Azerbaijani
]


def _note_card(text: str) -> dict:
    return {"msisdn": "79161234567", "contract": {"status": "active", "terminated_at": None},
            "comments": [{"at": "2024-01-01T10:00:00", "author": "op1021", "text": text}]}


@pytest.mark.parametrize("day", NO_CALENDAR_HAS)
@pytest.mark.parametrize("note", UNREAD)
def test_fail_closed_an_unread_note_with_a_date_no_calendar_has_states_an_unreadable_end(note, day):
    """As «Договор расторгнут 31.02.2015» does: a date no calendar has is read as old (refused), never dropped."""
    text = note.format(day)
    assert in_a_language_unread(text)
    assert _stated_in_comment(text, TODAY) == "unreadable", text
    assert "unreadable" in [found.end for found in terminations_stated(_note_card(text), TODAY)], text


@pytest.mark.parametrize("day", NO_SUCH_DAY_OR_MONTH)
@pytest.mark.parametrize("note", UNREAD)
def test_fail_closed_an_unread_note_with_a_dates_shape_of_no_day_or_month_is_read_as_old(note, day):
    """No day or month reads: the end is unreadable, or (a neighbour's closing reads the year, as a Russian note does)
    no later than the year's first day — refused either way, never dropped."""
    text = note.format(day)
    end = _stated_in_comment(text, TODAY)
    assert end == "unreadable" or isinstance(end, date) and end <= date(int(day[-4:]), 1, 1), (text, end)


def test_the_russian_note_with_the_same_date_is_unreadable_too():
    assert _stated_in_comment("Договор расторгнут 31.02.2015", TODAY) == "unreadable"


def test_fail_closed_a_card_whose_unread_note_holds_a_date_no_calendar_has_is_refused():
    from conftest import SAMPLE_CARD
    from guard.policy import CallContext, IdentificationLevel, default_policy_path, load_policy

    card = copy.deepcopy(SAMPLE_CARD)
    card["contract"].update(status="active", terminated_at=None)
    card["comments"] = [{"at": "2024-01-01T10:00:00", "author": "op1021", "text": "Келісімшарт бұзылды 31.02.2015"}]
    context = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", today=TODAY)
    policy = load_policy(default_policy_path())
    assert policy.apply(card, context).refused
    card["comments"][0]["text"] = "Келісімшарт бұзылды 28.02.2025"  # a calendar's day within five years: shown
    assert not policy.apply(card, context).refused


@pytest.mark.parametrize("text, end", [
    ("Кліент змінено 28.02.2015", date(2015, 2, 28)),  # a calendar's day: that day, as before
    ("Кліент змінено 29.02.2016", date(2016, 2, 29)),  # a leap year's
    ("Кліент туған күні 31.02.1990", None),  # a birth word names it: the owner's birth, no event of the contract
    ("Кліент змінено тел 12-34-5678", None),  # no date's shape (no year of 1900-2099)
])
def test_an_unread_notes_calendar_dates_and_births_are_read_as_before(text, end):
    assert _stated_in_comment(text, TODAY) == end
