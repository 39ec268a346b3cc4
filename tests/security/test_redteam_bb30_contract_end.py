"""Red-team round bb30, f05: a contract ended over five years ago, told in a note in words the reading did not know.

A card with `contract.status: "active"` whose comment said the contract ended in 2015 was shown when the date was in
words («пятнадцатого января две тысячи пятнадцатого года»), relative («11 лет назад», «в прошлом веке»), in full-width
digits, or when the ending was an event the reading did not know (the number returned to the pool or released, the
subscriber's service ended, the owner dead, cut off for good, re-registered to another person, a contract denounced,
«Dogovor rastorgnut» in Latin letters); and a note «Договор расторгнут» with no date (or «давно», «дата неизвестна»)
was shown, while a closed status with no date is refused. guard/policy/termination.py `_stated_in_comment` now reads
every reading of the note (guard/normalize.py: spoken and worded numbers as digits, other scripts' digits; Latin words
through lexicon.latin_to_cyrillic), a date told relative to today (recognizers/birth_date.py `dates_ago`), the endings
of lexicon.ENDING_EVENTS said of the contract, the number, its service or its owner, and reads a closing with no date
it can place as an end no one knows (refused). Инструкция запретов, the «!!!» item: no owner data for a contract
terminated over 5 years ago; fail closed.
"""
from __future__ import annotations

from datetime import date
from typing import Callable

import pytest
from hypothesis import given, settings, strategies as st

from guard.policy.termination import _stated_in_comment, terminations_stated
from guard.recognizers.birth_date import dates_ago
from security.test_redteam_bb27_owner_keys import WHOLE, _cards, _identify
from security.test_redteam_s19 import crm_with

TODAY = date(2026, 12, 7)
# FINDING.md of f05: the notes shown as live (repro.py's eleven and the attempts' other five)
LEAKED = [
    "Договор расторгнут пятнадцатого января две тысячи пятнадцатого года",
    "Номер возвращён в пул 15.01.2015",
    "Обслуживание абонента прекращено 15.01.2015 г.",
    "Абонент скончался в 2015 г., номер освобождён",
    "Отключён навсегда 15.01.2015, SIM уничтожена",
    "Договор расторгнут 11 лет назад",
    "Договор расторгнут в прошлом веке",
    "договор расторгнут в две тысячи пятнадцатом году",
    "Договор расторгнут 15.01.２０１５",
    "Договор переоформлен на другое лицо 15.01.2015",
    "Dogovor rastorgnut 15.01.2015",
    "Контракт денонсирован 15.01.2015",
    "Номер заблокирован и передан другому абоненту 15.01.2015",
    "Абонент отказался от услуг связи 15.01.2015",
    "Subscriber churned 2015-01-15",
]
# Our own phrasings of the same events
MORE = [
    "договор расторгли десять лет назад",
    "Договор закрыт в позапрошлом десятилетии",
    "Номер освобождён 3 марта две тысячи тринадцатого года",
    "Номер возвращён в резерв 01.02.2014",
    "Владелец номера умер в 2016 году",
    "Смерть абонента 12.05.2016",
    "Номер передан новому владельцу 2016-05-12",
    "Договор переоформлен на третье лицо восемь лет назад",
    "Номер навсегда отключён в 2014 г.",
    "Абонент отказался от договора в 2015 году",
    "Обслуживание номера прекращено 01.01.2015",
    "Nomer osvobozhden 15.01.2015",
    "Договор расторгнут ２０１５-０１-１５",
    "Договор расторгнут в две тысячи четырнадцатом",
    "контракт расторгнут лет восемь назад",
    "До расторжения в 2015 году договор был оформлен на другое лицо",
    "Номер до 2015 года, пока договор не расторгли, был на другом владельце",
]
# Closings with no date the reader can place: an end no one knows, refused as a closed status with no date is
UNDATED = ["Договор расторгнут", "Договор расторгнут давно", "Договор расторгнут, дата неизвестна",
           "договор расторгнут 14 марта по просьбе клиента", "Абонент скончался, номер освобождён",
           "Номер возвращён в пул", "Договор расторгнут несколько лет назад"]
# Live cards stay live: a past contract of another number, a planned or cancelled closing, a closing less than five
# years ago, the suspensions and talk of a closing that is no closing
LIVE = [
    "Клиент хотел расторгнуть договор, передумал",
    "Расторжение договора отменено",
    "Договор не расторгнут",
    "Договор расторгнут двадцать второго марта две тысячи двадцать пятого года",
    "Договор расторгнут 15.01.2024",
    "Клиент интересовался расторжением договора",
    "Номер отключён за неуплату 15.01.2015",
    "Договор переоформлен 01.01.2015",
    "Клиент просил перезвонить позже",
    "заявка номер 741 закрыта",                                     # a request's number (tests/security bb16)
    "Номер обращения 5521 закрыт",
]
# Review s55 (fail-open regressions): lines LIVE held that go back to refused — the readings that cleared them are
# taken out (another number named, a cancelling word, a topic preposition, a speaker's label or a possessor), and a
# date told relative to today in a note written on a day of its own is unplaceable
BACK_TO_REFUSED = [
    "Договор на номер 79035556677 расторгнут 15.01.2015",
    "Расторжение отменено 15.01.2015",
    "Заявление на расторжение от 15.01.2015 отозвано",
    "Договор расторгнут 3 года назад",
    "Договор расторгнут года три назад",
    "Договор расторгнут в прошлом году",
    "Дедушка клиента умер в 2015 году",
    "Клиент: у меня папа умер в 2015 году, хочу узнать баланс",
]
# Review s55, the reviewer's cases (/work/review55/proxy/test_s55_proxy_regressions.py): each states an end over five
# years ago and must refuse (findings 1-6 of termination.py, 7 of recognizers/birth_date.py `dates_ago`)
REVIEW_S55 = [
    "Договор расторгнут 01.02.2015, обратная связь на номер 89035556677",           # 1: another number
    "Договор расторгнут 01.02.2015. Контактный номер 79035556677",
    "Договор расторгнут 01.02.2015, номер 79035556677 закреплён за новым владельцем",
    "Договор № 1234567890 расторгнут 01.02.2015",
    "Договор 4510123456 расторгнут 01.02.2015",
    "Договор № 77-123-456-789 расторгнут 01.02.2015",
    "Расторжение договора 15.03.2015 по заявлению, в возврате аванса отказано",     # 2: a cancelling word
    "Расторжение договора 15.03.2015, отзыв согласия на обработку ПД",
    "Прекращение договора 15.03.2015, отмена автоплатежа",
    "Закрытие договора 15.03.2015, клиент оставил отзыв",
    "Уведомлен о расторжении договора 01.02.2015",                                  # 4: a topic preposition
    "СМС о расторжении договора отправлена 01.02.2015",
    "Возврат средств по расторжению договора от 01.02.2015",
    "Расторжение договора в 2015 году (заявление от 14 марта)",                     # 5: a yearless date elsewhere
    "Расторжение договора: 2015 г., звонок 14 марта",
    "Номер 7916XXX0027 перенесён к другому оператору 13.11.2015",                   # 3: a label, a masked number
    "Внимание: номер перенесён к другому оператору 13.11.2015",
    "Со слов сына номер перенесён к другому оператору 13.11.2015",
    "Итог: номер перенесён к другому оператору 13.11.2015, SIM уничтожена",
    "Абонент: перешёл в МТС 01.02.2015",
    "Статус абонента: перешёл в МТС 01.02.2015",
    "Комментарий клиента: перешёл к другому оператору 01.02.2015",
    "Перенос номера к другому оператору по прошлой заявке, 13.11.2015",             # 6: a relative cue word
    "Окончание срока действия договора по текущему тарифу, 01.02.2015",
    "Договор расторгнут 6 с половиной лет назад",                                   # 7: a count not read whole
    "Договор расторгнут пять с половиной лет назад",
    "Договор расторгнут 7.5 лет назад",
    "Договор расторгнут 5 лет и 2 месяца назад",
    "Договор расторгнут шесть лет и три месяца назад",
]
# Dates told relative to today: read from today only in a note with no day of its own
RELATIVE = {"Договор расторгнут 11 лет назад", "Договор расторгнут в прошлом веке", "договор расторгли десять лет назад",
            "Договор закрыт в позапрошлом десятилетии", "Договор переоформлен на третье лицо восемь лет назад",
            "контракт расторгнут лет восемь назад"}


def _in_comment(text: str) -> Callable[[dict], None]:
    return lambda out: out["comments"].append({"at": "2015-01-15T09:00:00", "author": "op1021", "text": text})


def _stated(text: str, msisdn: str = "79161234567") -> list:
    out = {"msisdn": msisdn, "contract": {"status": "active", "terminated_at": None}, "comments": []}
    _in_comment(text)(out)
    return terminations_stated(out, TODAY)


def test_a_contract_ended_over_five_years_ago_in_a_note_in_any_words_yields_no_owner_data(attack):
    """f05 through the real proxy with a hostile CRM: every leaked note and our own, and an undated closing — the
    identification answers as a wrong name and the card shows nothing of the owner; the live controls are shown."""
    variants = {f"old {text}": _in_comment(text) for text in LEAKED + MORE[:4] + UNDATED[:3]}
    live = {f"live {text}": _in_comment(text) for text in LIVE[:8]}
    cards = _cards({**variants, **live}, "791630000")
    names = dict(zip(cards, [*variants, *live]))

    async def scenario(stack, client):
        seen = {}
        for i, msisdn in enumerate(cards):
            _, answer, shown = await _identify(client, stack.guard_url, msisdn, f"op{i}",
                                               {"method": "primary", "full_name": WHOLE, "caller_gender": "male"})
            seen[names[msisdn]] = (answer.get("matched"), "Иванов" in shown or msisdn[-4:] in shown)
        return seen

    seen = attack(scenario, crm=crm_with({}, cards), auth_mode="none")
    assert {name: outcome for name, outcome in seen.items() if name.startswith("old") and outcome != (False, False)} \
        == {}
    assert {name: outcome for name, outcome in seen.items() if name.startswith("live") and outcome != (True, True)} \
        == {}


@pytest.mark.parametrize("text", LEAKED + MORE)
def test_a_note_ending_the_contract_over_five_years_ago_in_any_words_states_that_end(text):
    ends = [found.end for found in _stated(text)]
    if text in RELATIVE:  # the note has an `at`: «11 лет назад» from it is unplaceable (review s55, finding 7)
        assert ends == [None]
        assert str(_stated_in_comment(text, TODAY)) < "2021-12-07"  # with no day of its own: read from today
        return
    assert ends and all(end is not None for end in ends)
    assert min(str(end) for end in ends) < "2021-12-07", ends  # over five years before TODAY


@pytest.mark.parametrize("text", BACK_TO_REFUSED + REVIEW_S55)
def test_review_s55_a_note_the_taken_out_readings_cleared_states_an_end(text):
    ends = [found.end for found in _stated(text)]
    assert ends and all(end is None or str(end) < "2021-12-07" for end in ends), ends


def test_review_s55_a_relative_date_is_read_from_today_only_with_no_day_of_its_own():
    out = {"msisdn": "79161234567", "contract": {"status": "active", "terminated_at": None},
           "comments": [{"author": "op1", "text": "Договор расторгнут 3 года назад"}]}
    assert [found.end for found in terminations_stated(out, TODAY)] == [date(2022, 12, 8)]  # no `at`: from today
    out["comments"][0]["at"] = "2019-03-01T12:00:00"
    assert [found.end for found in terminations_stated(out, TODAY)] == [None]  # written in 2019: unplaceable


@pytest.mark.parametrize("text", UNDATED)
def test_a_note_closing_the_contract_with_no_date_it_can_place_states_an_end_no_one_knows(text):
    assert [found.end for found in _stated(text)] == [None]


@pytest.mark.parametrize("text", LIVE)
def test_a_note_that_states_no_end_over_five_years_ago_keeps_a_live_card_live(text):
    ends = [found.end for found in _stated(text)]
    assert all(end is not None and str(end) > "2021-12-07" for end in ends), ends


def test_a_note_about_another_numbers_contract_is_read_for_the_call_s_own_number():
    """A number a note names does not void it (review s55, finding 1): read whatever number it names."""
    assert _stated("Договор на номер 79161234567 расторгнут 15.01.2015")
    assert _stated("Договор на номер +7 903 555-66-77 расторгнут 15.01.2015")


@settings(max_examples=60, deadline=None)
@given(years=st.integers(1, 60), unit=st.sampled_from(["лет", "года", "год"]), tomu=st.booleans())
def test_a_closing_n_years_ago_is_over_five_years_exactly_when_n_reaches_five(years, unit, tomu):
    """«N лет назад» covers the N-th year back whole: its earliest day is N + 1 years back (the stricter reading) —
    refused from N = 5, shown for N < 5."""
    text = f"Договор расторгнут {years} {unit} {'тому ' if tomu else ''}назад"
    end = _stated_in_comment(text, TODAY)
    assert isinstance(end, date)
    assert (end < date(TODAY.year - 5, TODAY.month, TODAY.day)) == (years >= 5), (text, end)


@settings(max_examples=60, deadline=None)
@given(day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(1995, 2020))
def test_a_closing_dated_in_full_width_digits_reads_the_date_as_in_ascii(day, month, year):
    wide = str.maketrans("0123456789", "０１２３４５６７８９")
    written = f"{day:02d}.{month:02d}.{year}".translate(wide)
    assert _stated_in_comment(f"Договор расторгнут {written}", TODAY) == date(year, month, day)


def test_dates_told_relative_to_today_are_read_from_their_earliest_day():
    assert [day for _, _, day in dates_ago("в прошлом веке", TODAY)] == [date(1901, 1, 1)]
    assert [day for _, _, day in dates_ago("в прошлом десятилетии", TODAY)] == [date(2010, 1, 1)]
    assert [day for _, _, day in dates_ago("в прошлом году", TODAY)] == [date(2025, 1, 1)]
    assert [day for _, _, day in dates_ago("несколько лет назад", TODAY)] == [None]
    for text in ("6 с половиной лет назад", "7.5 лет назад", "5 лет и 2 месяца назад"):  # review s55, finding 7
        assert None in [day for _, _, day in dates_ago(text, TODAY)], text
