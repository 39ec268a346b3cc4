"""Red-team round bb28, f01: a contract ended in 2015, its end written as a noun, an abbreviation or a period of years.

A card with `contract.status: "active"` whose own note, a comment or the Flash said «расторжение договора
01.01.2015», «дата расторжения: …», «Дог. растор. …», «прекращение договора с …», «Договор прекратил действие …» —
or whose `period` was "2005-2015" — was shown as a live contract, while «Договор расторгнут 01.01.2015» was refused:
the reading keyed on a past participle. The contract's end is now read as the event of ending in any of its forms,
by morphology (guard/policy/termination.py `_closing`): a closing verb's past form or participle, its noun in any
case, a closing word cut short, a period's end. Инструкция запретов, the «!!!» item: no owner data for a contract
terminated more than 5 years ago. Through the real proxy in front of a hostile CRM on loopback, then over wordings.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Callable

import pytest
from hypothesis import given, settings, strategies as st

from guard.morph import get_morph
from guard.policy.termination import terminations_stated
from guard.recognizers.lexicon import CLOSED_LEMMAS, CLOSING_NOUN_LEMMAS
from security.test_redteam_bb27_owner_keys import WHOLE, _cards, _identify
from security.test_redteam_s19 import crm_with

TODAY = date(2026, 12, 7)
# The wordings that leaked (FINDING.md of f01), each said of a contract that ended on 01.01.2015
LEAKED = ["расторжение договора 01.01.2015", "дата расторжения: 01.01.2015", "Дог. растор. 01.01.2015",
          "прекращение договора с 01.01.2015", "Договор прекратил действие 01.01.2015",
          "аннулирование договора 01.01.2015", "Расторжение по инициативе абонента, 1 января 2015 г."]
# Held in a contract's note but leaked from a comment or the Flash (no contract word)
BARE = ["расторгнут в 2015 г.", "закрыт 01.01.2015", "terminated 2015-01-01"]


def _in_note(text: str) -> Callable[[dict], None]:
    return lambda out: out["contract"].update(note=text)


def _in_comment(text: str) -> Callable[[dict], None]:
    return lambda out: out["comments"].append({"at": "2026-01-01T00:00:00", "author": "sys", "text": text})


def _in_flash(text: str) -> Callable[[dict], None]:
    return lambda out: out.update(flash_restrictions=[text])


def _ends(card: dict) -> list[Any]:
    return [found.end for found in terminations_stated(card, TODAY)]


def test_a_contract_ended_over_five_years_ago_written_as_a_noun_yields_no_owner_data(attack):
    """f01: the repro's cards — a noun, an abbreviation, a past verb with its object, in the contract's note, a
    comment or the Flash beside `status: "active"` — and a period of years: the identification answers as a wrong
    name and the card shows nothing of the owner. A live card with an ordinary comment is shown as before."""
    variants: dict[str, Callable[[dict], None]] = {}
    for text in LEAKED:
        variants[f"note {text}"] = _in_note(text)
        variants[f"comment {text}"] = _in_comment(text)
        variants[f"flash {text}"] = _in_flash(text)
    for text in BARE:
        variants[f"comment {text}"] = _in_comment(text)
        variants[f"flash {text}"] = _in_flash(text)
    for period in ("2005-2015", "с 2005 по 2015", "2005–2015 гг."):
        variants[f"period {period}"] = lambda out, period=period: out["contract"].update(period=period)
    variants["control"] = _in_comment("Кл. просил перезвонить 01.01.2015, хочет расторгнуть договор")
    cards = _cards(variants, "791628800")
    control = list(cards)[-1]

    async def scenario(stack, client):
        seen = {}
        for i, msisdn in enumerate(cards):
            _, answer, shown = await _identify(client, stack.guard_url, msisdn, f"op{i}",
                                               {"method": "primary", "full_name": WHOLE, "caller_gender": "male"})
            seen[msisdn] = (answer.get("matched"), "Иванов" in shown or msisdn[-4:] in shown)
        return seen

    seen = attack(scenario, crm=crm_with({}, cards), auth_mode="none")
    assert seen.pop(control) == (True, True)  # a request to terminate, dated: a live card as before
    names = dict(zip(cards, variants))
    assert {names[msisdn]: outcome for msisdn, outcome in seen.items() if outcome != (False, False)} == {}


def _lexeme(lemma: str) -> list[Any]:
    return [form for parse in get_morph().parse(lemma) if parse.normal_form == lemma for form in parse.lexeme]


# Every form of every closing the lexicon names: a verb's past forms and participles, a noun in every case and number
CLOSINGS = sorted({form.word for lemma in CLOSED_LEMMAS | CLOSING_NOUN_LEMMAS for form in _lexeme(lemma)
                   if form.tag.POS in {"PRTF", "PRTS", "NOUN"} or (form.tag.POS == "VERB" and "past" in form.tag)})
PLACES = {"note": _in_note, "comment": _in_comment, "flash": _in_flash}


def test_the_closings_read_are_every_form_of_the_lexicon_s_lemmas():
    assert {"расторжения", "расторжением", "прекращению", "аннулированием", "закрытии", "расторгнутому",
            "прекратил", "закрыли", "аннулирован"} <= set(CLOSINGS)


@settings(max_examples=150, deadline=None)
@given(closing=st.sampled_from(CLOSINGS), place=st.sampled_from(sorted(PLACES)),
       date_written=st.sampled_from(["01.01.2015", "2015-01-01", "1 января 2015 г.", "в 2015 г."]),
       capitalised=st.booleans())
def test_any_form_of_a_closing_beside_the_contract_and_a_date_over_five_years_ago_states_the_end(
        closing, place, date_written, capitalised):
    """Property over wordings: a closing in any form the dictionary gives, beside a contract word and an old date, in
    the contract's note, a comment or the Flash, states the end (so the 5-year rule refuses the card)."""
    word = closing.capitalize() if capitalised else closing
    out = {"msisdn": "79161234567", "contract": {"status": "active", "terminated_at": None}, "comments": []}
    PLACES[place](f"{word} договора {date_written}")(out)
    ends = _ends(out)
    assert ends and all(end in (date(2015, 1, 1), "undated", "unreadable") or str(end).startswith("2015")
                        for end in ends if end is not None)


@pytest.mark.parametrize("cut", ["растор.", "Растор.", "РАСТОРЖ.", "прекр.", "аннул.", "закр.", "раст."])
@pytest.mark.parametrize("contract", ["Дог.", "дог-р", "договора", ""])
def test_a_closing_cut_short_beside_a_date_states_the_end(cut, contract):
    out = {"msisdn": "79161234567", "contract": {"status": "active", "note": f"{contract} {cut} 01.01.2015"}}
    assert date(2015, 1, 1) in _ends(out)


@pytest.mark.parametrize("text", [
    "Клиент хочет расторгнуть договор, звонил 01.01.2015",  # a request: nothing ended
    "Заявка закрыта 01.01.2015",                              # another thing closed, no contract named
    "Кл. просил перезвонить 01.01.2015",
    "Растёт задолженность с 01.01.2015",                      # a word that only begins as a closing does
])
def test_a_comment_that_states_no_contract_s_end_is_not_read_as_one(text):
    out = {"msisdn": "79161234567", "contract": {"status": "active"}, "comments": [{"text": text}]}
    assert _ends(out) == []


def test_a_period_of_years_states_its_years_as_dates():
    out = {"msisdn": "79161234567", "contract": {"status": "active", "period": "2005-2015"}}
    assert min(_ends(out)) == "2005-01-01" and "2015-01-01" in _ends(out)
