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


# --- Review of stop 53 (early findings F1, F2): an end read elsewhere only adds a refusal ---------------------------
# The 5-year rule refuses a contract that is neither active nor suspended and gives no end (or one after today): the
# end is unknown, maybe over 5 years ago. A note read as a closing with a recent date (a request, a refused
# termination, a bare "закрыт", a two-year code) supplied that end and the card was shown (DE's name, call details).

POLICY = None


def _policy():
    global POLICY
    if POLICY is None:
        from guard.policy import default_policy_path, load_policy
        POLICY = load_policy(default_policy_path())
    return POLICY


def _decide(card: dict):
    from guard.policy import CallContext, IdentificationLevel
    ctx = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", today=TODAY)
    return _policy().apply(card, ctx)


def _unknown_end_card(status="terminated", comments=(), contract_extra=None, flash=None):
    import copy
    from conftest import SAMPLE_CARD
    card = copy.deepcopy(SAMPLE_CARD)
    card["contract"]["status"] = status
    card["contract"]["terminated_at"] = None  # the end is unknown: maybe over 5 years ago -> refused
    card["contract"].update(contract_extra or {})
    card["comments"] = [{"at": "2026-11-20T10:00:00", "author": "op1021", "text": t} for t in comments]
    if flash is not None:
        card["flash_restrictions"] = flash
    return card


def test_review_f1_baseline_terminated_with_no_end_is_refused():
    assert _decide(_unknown_end_card()).refused


@pytest.mark.parametrize("text", [
    "Заявление на расторжение от 01.06.2025", "Расторжение отклонено 01.06.2025", "Отказ в расторжении 01.06.2025",
    "закрыт 01.06.2025", "Закрыто 01.06.2025", "Дог. растор. 01.06.2025",
    "Клиент хочет расторжение договора, перезвонить 01.06.2025", "Консультация по расторжению 01.06.2025",
    "Расторжение невозможно: долг. 01.06.2025", "Абонент просит расторжение с 01.06.2025",
    "обращение закрыто 01.06.2025",
    "Договор расторгнут 01.06.2025",  # main's own reading: it supplied the end too
])
def test_review_f1_a_note_s_recent_date_does_not_supply_an_unknown_end(text):
    decision = _decide(_unknown_end_card(comments=[text]))
    assert decision.refused, f"shown: {[('/'.join(map(str, p)), v) for p, v in decision.shown][:6]}"


def test_review_f1_flash_noun_alone():
    assert _decide(_unknown_end_card(flash=["прекращение 01.06.2025"])).refused


def test_review_f1_no_contract_status_and_a_bare_note():
    assert _decide(_unknown_end_card(status=None, comments=["закрыт 01.06.2025"])).refused


def test_review_f1_a_future_end_stays_refused_beside_a_bare_note():
    card = _unknown_end_card(comments=["закрыт 01.06.2025"])
    card["contract"]["terminated_at"] = "2091-05-01"
    assert _decide(card).refused


@pytest.mark.parametrize("note", ["Заявление на расторжение от 01.06.2025", "отказ в расторжении 01.06.2025"])
def test_review_f1_a_contracts_own_note_of_a_request_is_no_end(note):
    assert _decide(_unknown_end_card(contract_extra={"note": note})).refused


@pytest.mark.parametrize("value", ["2024-2025", "2023/2024", "2022 2025"])
def test_review_f2_a_closed_entry_with_two_year_shaped_code_is_still_an_unknown_end(value):
    card = _unknown_end_card(contract_extra={"history": [{"status": "terminated", "ref": value}]})
    assert _decide(card).refused
    assert _ends(card) == [None]  # the code is no period: the entry's end is unknown


@pytest.mark.parametrize("key, value", [("season", "2024-2025"), ("tariff_years", "2023–2025 гг."),
                                        ("promo_until", "2025-06-01")])
def test_review_f2_two_years_under_a_contract_key_do_not_supply_an_end(key, value):
    assert _decide(_unknown_end_card(contract_extra={key: value})).refused


@pytest.mark.parametrize("key, value", [("season", "2005-2015"), ("tariff_years", "2005–2015 гг."),
                                        ("ref", "2005 2015")])
def test_review_f2_two_years_read_as_a_period_only_under_a_key_naming_one(key, value):
    assert _ends({"msisdn": "79161234567", "contract": {"status": "active", key: value}}) == []
    assert "2005-01-01" in _ends({"msisdn": "79161234567", "contract": {"status": "active", "contract_term": value}})


def test_review_f1_a_live_card_s_stated_end_still_refuses_when_old_and_shows_when_recent():
    """The card's own status live, every statement dated: the earliest end stands (it can only refuse)."""
    old = _unknown_end_card(status="active", comments=["Договор расторгнут 01.01.2015"])
    recent = _unknown_end_card(status="active", comments=["Договор расторгнут 01.06.2025"])
    assert _decide(old).refused and not _decide(recent).refused


@pytest.mark.parametrize("where", ["comment", "record note"])
def test_review_f1_a_live_card_s_unknown_end_stated_elsewhere_is_not_dated_by_a_note(where):
    """The own status live, a record elsewhere closed with no date (an end no one knows: refused); a note's recent
    date — a bare note, a request — does not date that end."""
    card = _unknown_end_card(status="active")
    if where == "comment":
        card["status"] = "terminated"
        card["comments"] = [{"text": "закрыт 01.06.2025"}]
    else:
        card["account"] = {"status": "terminated", "note": "Договор: заявление на расторжение от 01.06.2025"}
    assert _decide(card).refused


def test_review_f1_a_record_that_dates_its_closed_status_states_that_day_alone():
    out = {"msisdn": "79161234567", "contract": {"status": "active"},
           "account": {"status": "closed", "closed_at": "2024-01-01"}}
    assert _ends(out) == ["2024-01-01"]
