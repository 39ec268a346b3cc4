"""Red team bb32 f01: a CRM note saying the contract ended over five years ago, written in Ukrainian or Belarusian
(«Договір розірвано 15.01.2015», «Номер перенесено до іншого оператора 15.01.2015», «Дагавор скасаваны 15.01.2015»),
left the card live: `identify` compared the name and answered `matched: true`, and the operator saw the DE name, the
numbers' last digits, the tariff, the comments. The same note in Russian refuses the card.

What holds now (Инструкция запретов, the «!!!» item after п. 1: the data of a contract terminated over 5 years ago are
refused «по причине их отсутствия»): the termination reader (guard/policy/termination.py) reads, beside Russian,
- the neighbours' words for the ending and for the contract as data (recognizers/lexicon.py NEIGHBOURS_ENDING_STEMS,
  NEIGHBOURS_CONTRACT_STEMS: Ukrainian, Belarusian, Kazakh, Uzbek, Kyrgyz, Tatar, Tajik, Azerbaijani, Turkish, Armenian
  and Georgian in their scripts and transliterated, Polish, Romanian, …): dated, the end is that date; undated, an end
  no one knows (refused);
- fail closed, a note in a language it does not read (a letter of neither the Russian nor the plain Latin alphabet, or
  Cyrillic words mostly unknown to the Russian dictionary): its earliest past date is read as the end.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from guard.policy.termination import _stated_in_comment, in_a_language_unread, terminations_stated
from security.test_redteam_bb27_owner_keys import WHOLE, _cards, _identify
from security.test_redteam_s19 import crm_with

TODAY = date(2026, 12, 7)
ENDED_2015 = date(2015, 1, 15)

LEAKED = [  # the red team's
    "Договір розірвано 15.01.2015",
    "Абонент розірвав договір 15.01.2015",
    "Номер перенесено до іншого оператора 15.01.2015",
    "Договір припинено 15.01.2015",
    "Дагавор скасаваны 15.01.2015",
]
FAMILY = [  # what the red team would try next: the other languages of Russia and its neighbours
    "Келісімшарт 15.01.2015 бұзылды",  # Kazakh
    "Shartnoma 15.01.2015 da bekor qilindi",  # Uzbek Latin, plain ASCII
    "Шартнома 15.01.2015 бекор қилинди",  # Uzbek Cyrillic
    "Килешү 15.01.2015 өзелде",  # Tatar
    "Müqavilə 15.01.2015 ləğv edildi",  # Azerbaijani
    "Sözleşme 15.01.2015 feshedildi",  # Turkish
    "Пайманагир луцвац 15.01.2015",  # Armenian, Cyrillic-transliterated
    "Պայմանագիրը լուծվել է 15.01.2015",  # Armenian
    "Хелшекрулеба шецкветилиа 15.01.2015",  # Georgian, Cyrillic-transliterated
    "ხელშეკრულება შეწყვეტილია 15.01.2015",  # Georgian
    "Umowa rozwiązana 15.01.2015", "Umowa rozwiazana 15.01.2015",  # Polish, with and without its marks
    "Contractul reziliat 15.01.2015",  # Romanian
    "Шартнома 15.01.2015 қатъ шуд",  # Tajik
    "Договір розірвано п'ятнадцятого січня 2015 року",  # the date half in words
    "Номер 15.01.2015 басқа операторға көшірілді",  # Kazakh: ported out
    "Raqam 15.01.2015 boshqa operatorga o'tkazildi",  # Uzbek Latin: ported out
    "Nömrə 15.01.2015 başqa operatora keçirildi",  # Azerbaijani: ported out
]
UNDATED = ["Договір розірвано", "Дагавор скасаваны", "Shartnoma bekor qilindi", "Müqavilə ləğv edildi",
           "Келісімшарт бұзылды"]
LIVE = [  # no end over five years back: the card stays live
    "Договір не розірвано",  # negated
    "Просил перезвонить 15.01.2015",  # Russian, no ending
    "Клиент Иванчук звонил 12.03.2015",  # Russian with an unknown surname
    "DOB: 12.03.1981",  # plain Latin: read as English, as before
    "Абонент просить передзвонити",  # Ukrainian, no date
    "Договір розірвано 15.01.2030",  # an end to come
    "Кліент телефонував 03.11.2025",  # unread, dated within five years
    "Анкету заполнила сама: Әбілқасымова Гүлнар, жеке куәлік 051247831, туған күні 14.05.1990",  # a birth date
    "Сәлеметсіз бе, мой казахский номер +7 701 338 1942",  # a phone's last group is no year
    "Оператор сказал, что другого оператора нет 15.01.2015",  # Russian «другого оператора»: no port-out stated
]


def _stated(text: str) -> list:
    card = {"msisdn": "79161234567", "contract": {"status": "active", "terminated_at": None},
            "comments": [{"at": "2024-01-01T10:00:00", "author": "op1021", "text": text}]}
    return terminations_stated(card, TODAY)


@pytest.mark.parametrize("text", LEAKED + FAMILY)
def test_five_year_rule_a_note_ending_the_contract_in_a_neighbours_language_states_that_end(text):
    ends = [found.end for found in _stated(text)]  # a month in the neighbour's words is read by its year: earlier
    assert ends and all(isinstance(end, date) and end <= ENDED_2015 for end in ends), (text, ends)


@pytest.mark.parametrize("text", UNDATED)
def test_five_year_rule_an_undated_ending_in_a_neighbours_language_states_an_end_no_one_knows(text):
    assert [found.end for found in _stated(text)] == [None], text


@pytest.mark.parametrize("text", LIVE)
def test_a_note_stating_no_end_over_five_years_ago_keeps_the_card_live(text):
    assert all(isinstance(found.end, date) and found.end > TODAY - timedelta(days=5 * 366)
               for found in _stated(text)), text


def test_the_ukrainian_status_key_of_the_red_team_is_read_too():
    card = {"msisdn": "79161234567", "contract": {"status": "active", "стан": "розірваний 15.01.2015"}}
    assert ENDED_2015 in [found.end for found in terminations_stated(card, TODAY)]


_FOREIGN_WORDS = st.sampled_from(["Кліент", "Абонент", "қосылды", "ўзгартирилди", "ändrad", "zmieniony", "Հաճախորդ",
                                  "კლიენტი", "телефонував", "тарыф", "змінено"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_FOREIGN_WORDS, min_size=1, max_size=4), st.dates(date(1990, 1, 1), date(2021, 1, 1)))
def test_fail_closed_any_unread_note_dated_over_five_years_back_states_an_end_no_later(words, day):
    text = " ".join(words) + " " + day.strftime("%d.%m.%Y")
    if not in_a_language_unread(text):
        return  # every word Russian (Абонент): the Russian reader decides
    end = _stated_in_comment(text, TODAY)
    assert isinstance(end, date) and end <= day, (text, end)


def test_f01_through_the_proxy_a_neighbours_note_of_an_old_end_yields_no_owner_data(attack):
    """The red team's notes and the family through the real proxy with a hostile CRM: the identification answers as a
    wrong name and the card shows nothing of the owner; the live controls are shown."""
    def note(text):
        return lambda out: out["comments"].append({"at": "2024-01-01T10:00:00", "author": "op1021", "text": text})

    variants = {f"old {text}": note(text) for text in LEAKED + FAMILY[:6] + UNDATED[:2]}
    live = {f"live {text}": note(text) for text in LIVE[:5]}
    cards = _cards({**variants, **live}, "791640000")
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
