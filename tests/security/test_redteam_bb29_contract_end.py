"""Red-team round bb29, f01: a contract ended in 2015, its end told by a word the closings' lexicon did not hold.

A card with `contract.status: "active"` whose comment, note or Flash said «Договор завершён 01.01.2015», «Срок действия
договора истёк …», «Договор утратил силу …», «Договор окончен …», «Номер перенесён к другому оператору …» was shown as
live (the DE name, the identification oracle, the last 4 digits), while «Договор расторгнут 01.01.2015» was refused.
The contract's end is now read as the event of ending of any kind (guard/policy/termination.py `_ending_event`,
recognizers/lexicon.py ENDING_EVENTS: it ends, expires, loses force, leaves for another operator) said of the contract,
its validity or the number, by lemma and morphology; read fail closed beside it: a live state negated or limited by a
past date, an unknown past form said of the contract. The red team's structured shapes: a number ported out (`mnp:
{ported_out: true}`), a deleted record (`deleted_at`, `is_deleted`), a fixed term run out (`signed_at` with
`duration_years`). Инструкция запретов, the «!!!» item: no owner data for a contract terminated over 5 years ago.
"""
from __future__ import annotations

import copy
from datetime import date
from typing import Any, Callable

import pytest
from hypothesis import given, settings, strategies as st

from guard.morph import get_morph
from guard.policy.termination import _stated_in_comment, terminations_stated
from guard.recognizers.lexicon import ENDING_EVENTS
from security.test_redteam_bb27_owner_keys import WHOLE, _cards, _identify
from security.test_redteam_s19 import crm_with

TODAY = date(2026, 12, 7)
# FINDING.md of f01: the wordings shown as live
LEAKED = ["Договор завершён 01.01.2015", "Срок действия договора истёк 01.01.2015", "Договор утратил силу 01.01.2015",
          "Договор окончен 01.01.2015", "Номер перенесён к другому оператору 01.01.2015"]
# Other wordings of the same events, and those read fail closed (a live state over, an unknown past form)
MORE = ["Действие договора прекращено 01.01.2015", "Договор закончился в 2015 году", "Абонент перешёл в МТС 01.01.2015",
        "Клиент ушёл к другому оператору 01.01.2015", "Дата окончания договора: 31.12.2014",
        "истечение срока действия договора 01.01.2015", "Договор действовал до 01.01.2015",
        "Договор не действует с 01.01.2015", "Договор недействителен с 2015 г.", "Номер портирован 01.01.2015",
        "Договор, заключённый в 2010 г., завершён 01.01.2015", "Абонент сменил оператора 01.01.2015",
        "Срок договора вышел 01.01.2015", "Договор потерял актуальность в 2015 г."]


def _in_comment(text: str) -> Callable[[dict], None]:
    return lambda out: out["comments"].append({"at": "2026-01-01T00:00:00", "author": "sys", "text": text})


def _in_flash(text: str) -> Callable[[dict], None]:
    return lambda out: out.update(flash_restrictions=[text])


def _in_note(text: str) -> Callable[[dict], None]:
    return lambda out: out["contract"].update(note=text)


PLACES = {"comment": _in_comment, "flash": _in_flash, "note": _in_note}


def test_a_contract_ended_over_five_years_ago_in_any_words_of_ending_yields_no_owner_data(attack):
    """f01 through the real proxy: every leaked wording in a comment and in the Flash, and the structured shapes
    beside `status: "active"` — the identification answers as a wrong name and the card shows nothing of the owner.
    A live card with an ordinary dated comment is shown as before."""
    variants: dict[str, Callable[[dict], None]] = {}
    for text in LEAKED:
        variants[f"comment {text}"] = _in_comment(text)
        variants[f"flash {text}"] = _in_flash(text)
    variants["mnp ported out"] = lambda out: out.update(mnp={"ported_out": True, "date": "2015-01-01"})
    variants["deleted_at"] = lambda out: out.update(deleted_at="2015-01-01")
    variants["is_deleted"] = lambda out: out.update(is_deleted=True)
    variants["term run out"] = lambda out: out["contract"].update(signed_at="2005-01-01", duration_years=5)
    variants["control"] = _in_comment("Договор заключён 01.01.2015, клиент закончил разговор")
    cards = _cards(variants, "791629900")
    control = list(cards)[-1]

    async def scenario(stack, client):
        seen = {}
        for i, msisdn in enumerate(cards):
            _, answer, shown = await _identify(client, stack.guard_url, msisdn, f"op{i}",
                                               {"method": "primary", "full_name": WHOLE, "caller_gender": "male"})
            seen[msisdn] = (answer.get("matched"), "Иванов" in shown or msisdn[-4:] in shown)
        return seen

    seen = attack(scenario, crm=crm_with({}, cards), auth_mode="none")
    assert seen.pop(control) == (True, True)  # a contract signed in 2015: a live card as before
    names = dict(zip(cards, variants))
    assert {names[msisdn]: outcome for msisdn, outcome in seen.items() if outcome != (False, False)} == {}


@pytest.mark.parametrize("text", LEAKED + MORE)
@pytest.mark.parametrize("place", sorted(PLACES))
def test_an_event_of_ending_said_of_the_contract_with_an_old_date_states_its_end(text, place):
    out = {"msisdn": "79161234567", "contract": {"status": "active", "terminated_at": None}, "comments": []}
    PLACES[place](text)(out)
    ends = [found.end for found in terminations_stated(out, TODAY)]
    assert ends and min(str(end) for end in ends) <= "2015-01-01"


def _lexeme(lemma: str) -> list[Any]:
    # the dictionary's own words only: an unknown lemma's guessed lexeme holds no real forms («портироватей»)
    return [form for parse in get_morph().parse(lemma) if parse.normal_form == lemma and parse.is_known
            for form in parse.lexeme]


# Every past form of every ending event's verbs (past tense, past participle full or short) and every form of its nouns
# the dictionary gives (a present participle, «завершаемый», is an ending under way, not one that happened)
ENDINGS = sorted({(kind, form.word, form.tag.POS == "NOUN") for kind, event in ENDING_EVENTS.items()
                  for lemma in event.verbs | event.nouns for form in _lexeme(lemma)
                  if form.tag.POS in {"PRTS", "NOUN"} or (form.tag.POS in {"VERB", "PRTF"} and "past" in form.tag)})
COMPLETES = {"loses force": "силу", "leaves": "к другому оператору", "changes operator": "оператора",
             # the kinds red team bb30 (f05) added to the lexicon
             "returned to the pool": "в пул", "passes to another": "другому лицу", "cut off for good": "навсегда",
             "gives up the service": "от обслуживания"}


def test_the_endings_read_are_every_form_of_each_kind_of_ending():
    words = {word for _, word, _ in ENDINGS}
    assert {"завершён", "истёк", "утратил", "окончен", "перенесён", "истечения", "окончанием", "завершился"} - words \
        <= {"завершился"}  # a reflexive form is the verb's own lemma with «-ся»: read by _unreflexive, below
    assert _stated_in_comment("Договор завершился 01.01.2015", TODAY) == date(2015, 1, 1)


@settings(max_examples=200, deadline=None)
@given(ending=st.sampled_from(ENDINGS), subject=st.sampled_from(["Договор", "Номер", "Контракт", "Срок действия"]),
       written=st.sampled_from(["01.01.2015", "2015-01-01", "1 января 2015 г.", "в 2015 г."]),
       first=st.booleans())
def test_any_form_of_an_ending_beside_the_contract_or_the_number_and_an_old_date_states_the_end(
        ending, subject, written, first):
    """Property over wordings: an ending event in any past form, said of the contract, its validity or the number
    (a verb before or after its subject, a noun before its genitive), with what completes it, and an old date: the
    end, 2015 (so the 5-year rule refuses the card)."""
    kind, word, noun = ending
    if noun:
        said = f"{word} {({'Договор': 'договора', 'Номер': 'номера', 'Контракт': 'контракта'}).get(subject, 'срока действия')}"
    else:
        # a change's object follows it, so its subject goes first («Номер сменил оператора»: «сменил номер оператора»
        # is the operator's number)
        said = f"{subject} {word}" if first or kind == "changes operator" else f"{word} {subject.lower()}"
    text = f"{said} {COMPLETES.get(kind, '')} {written}".replace("  ", " ")
    assert _stated_in_comment(text, TODAY) == date(2015, 1, 1), text


@pytest.mark.parametrize("text", [
    "Договор заключён 01.01.2015",                                 # a beginning
    "Договор продлён 01.01.2015", "Договор переоформлен 01.01.2015",
    "Клиент закончил разговор, договор от 01.01.2015",             # an ending of another thing
    "Срок оплаты истёк 01.01.2015", "Обещанный платёж истёк 01.01.2015",
    "Звонок перенесён на номер 89161234567 01.01.2015",            # the number behind a preposition
    "Клиент перешёл на другой тариф 01.01.2015",                   # a leaving with no other operator
    "Номер заявки перенесён к другому оператору 2015",             # another thing's number
    "по договору истёк срок оплаты 01.01.2015",
    "Клиент хочет завершить договор, звонил 01.01.2015",           # a request
    "Пришло СМС о переносе номера к другому оператору, 01.01.2015",  # a topic, not an event
    "Заявление на перенос номера к другому оператору 01.01.2015",  # a purpose
    "Перенос номера от МТС 01.01.2015",                            # a porting in
    "Ваш номер будет перенесён к другому оператору 01.01.2015",    # an ending to come
    "Номер, оканчивающийся на 2015",                               # a present participle: no event that happened
    "сим заблокировался, номер 89182710463 на меня оформлен 01.01.2015",  # an unknown word beside no contract
    "Оператор сменил статус договора 01.01.2015",                  # the operator is no other network
    "Клиент сменил тариф 01.01.2015", "Вышел новый тариф по договору 01.01.2015",
])
def test_a_note_that_states_no_ending_of_the_contract_is_not_read_as_one(text):
    assert _stated_in_comment(text, TODAY) is None


@pytest.mark.parametrize("text", ["Договор действует до 01.01.2030", "Дата окончания договора 31.12.2030",
                                  "Срок действия договора истекает 01.01.2030"])
def test_an_ending_to_come_is_no_end(text):
    """A term still running (a date after today) states nothing: the card's own status stands."""
    assert _stated_in_comment(text, TODAY) is None


def test_an_ending_with_a_recent_date_leaves_a_live_card_shown(policy):
    from conftest import SAMPLE_CARD
    from guard.policy import CallContext, IdentificationLevel

    ctx = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", today=TODAY)
    for written, refused in (("01.06.2024", False), ("01.01.2015", True)):
        card = copy.deepcopy(SAMPLE_CARD)
        card["comments"] = [{"at": "2026-11-20T10:00:00", "author": "op1", "text": f"Договор завершён {written}"}]
        assert policy.apply(card, ctx).refused is refused


# --- the structured shapes of the red team's notes -------------------------------------------------------------------

def _ends(**top: Any) -> list[Any]:
    out = {"msisdn": "79161234567", "contract": {"status": "active", "terminated_at": None}, **top}
    return [found.end for found in terminations_stated(out, TODAY)]


@pytest.mark.parametrize("record", [{"ported_out": True, "date": "2015-01-01"}, {"status": "ported_out"},
                                    {"portOutDate": "2015-01-01"}, {"mnp_out": "yes"}])
def test_a_number_ported_out_states_the_contract_s_end(record):
    assert _ends(mnp=record)


@pytest.mark.parametrize("record", [{"ported_out": False, "date": "2015-01-01"}, {"ported_in": True, "date": "2015-01-01"},
                                    {"status": "ported_in"}])
def test_a_number_ported_in_or_never_ported_out_states_no_end(record):
    assert _ends(mnp=record) == []


@pytest.mark.parametrize("top, end", [({"deleted_at": "2015-01-01"}, "2015-01-01"), ({"is_deleted": True}, None),
                                      ({"isDeleted": "Y"}, "Y")])
def test_a_deleted_record_states_an_end(top, end):
    """The data are not held: the instruction's own reason for the refusal («по причине их отсутствия»)."""
    assert _ends(**top) == [end]


def test_a_record_not_deleted_states_no_end():
    assert _ends(is_deleted=False, deleted_at=None) == []


@pytest.mark.parametrize("where", ["contract", "top"])
@pytest.mark.parametrize("term, end", [({"duration_years": 5}, "2010-01-01"), ({"term": "60 мес"}, "2010-01-01"),
                                       ({"срок_лет": "5"}, "2010-01-01"), ({"duration": "P5Y"}, "2010-01-01")])
def test_a_fixed_term_that_ran_out_states_its_end(where, term, end):
    record = {"signed_at": "2005-01-01", **term}
    out = {"msisdn": "79161234567", "contract": {"status": "active"}}
    (out["contract"] if where == "contract" else out).update(record)
    assert [found.end for found in terminations_stated(out, TODAY)] == [end]


def test_a_fixed_term_still_running_states_nothing():
    out = {"msisdn": "79161234567", "contract": {"status": "active", "signed_at": "2024-01-01", "duration_years": 5}}
    assert terminations_stated(out, TODAY) == []


# --- where an ending is the contract's: a record's own status, not an entry's ----------------------------------------

@pytest.mark.parametrize("status", ["Завершён", "Не действует", "Перенесён к другому оператору"])
def test_a_records_own_status_told_by_an_ending_states_an_end_no_one_dates(status):
    assert _ends(status=status) == [None]
    assert [found.end for found in terminations_stated(
        {"msisdn": "79161234567", "contract": {"status": "active", "state": "Срок истёк"}}, TODAY)][:1] == [None]


@pytest.mark.parametrize("top", [
    {"status": "Обработка завершена"}, {"status": "Действует"},
    {"history": [{"text": "Звонок завершён", "date": "2015-01-01"}]},
])
def test_an_ending_of_something_else_in_a_record_or_an_entry_states_no_end(top):
    assert _ends(**top) == []


def test_an_entry_inside_the_contract_ends_for_itself():
    """A payment «Завершён» inside the contract's record is the payment's (the contract's own note would be the
    contract's: «Срок истёк»)."""
    payment = {"msisdn": "79161234567",
               "contract": {"status": "active", "payments": [{"status": "Завершён", "date": "2015-01-01"}]}}
    own = {"msisdn": "79161234567", "contract": {"status": "active", "note": "Срок истёк"}}
    assert terminations_stated(payment, TODAY) == []
    assert [found.end for found in terminations_stated(own, TODAY)] == [None]


def test_a_live_states_limit_is_the_one_written_right_after_it():
    assert _stated_in_comment("Договор действует, счёт оплачен по 01.01.2015", TODAY) is None
    assert _stated_in_comment("договор действителен по 1 января 2015 г.", TODAY) == date(2015, 1, 1)


# --- review 54 (proxy, F1 and F2): a deletion's, a port-out's or a run-out term's end only adds a refusal -------------

_LIVE = {"status": "active", "terminated_at": None}
_NOTE_2016 = "Договор расторгнут 15.01.2016"  # over 5 years before TODAY: owner data refused


def _review_card(contract: dict, **top: Any) -> dict:
    card = {"msisdn": "+79161234567",
            "owner": {"last_name": "Кузнецова", "first_name": "Мария", "middle_name": "Петровна",
                      "birth_date": "1966-05-25"},
            "contract": contract}
    card.update(top)
    return card


REVIEW54 = {
    # F1: the record's new dated end hid its own note-stated, older end (_stated_by kept only the dated)
    "contract: term ran out 2022 hides note 2016": _review_card({**_LIVE, "signed_at": "2010-03-01",
                                                                 "duration_years": 12, "remark": _NOTE_2016}),
    "top level: deleted_at 2024 hides notes 2016": dict(_review_card(_LIVE), deleted_at="2024-06-01",
                                                        notes=[_NOTE_2016]),
    "top level: ported_out_at 2024 hides note 2016": dict(_review_card(_LIVE), ported_out_at="2024-06-01",
                                                          remark=_NOTE_2016),
    "subscription: term '8 лет' hides note 2016": dict(_review_card(_LIVE), subscription={
        "signed_at": "2015-01-01", "term": "8 лет", "note": "договор расторгнут 15.01.2016"}),
    # F2: a closed status with no date (an end no one knows: refused) was dated by a term's end or a deletion
    "subscription Расторгнут, no date, term to 2023": dict(_review_card(_LIVE), subscription={
        "status": "Расторгнут", "signed_at": "2015-01-01", "term": "8 лет"}),
    "top status terminated, no date, deleted_at 2024": dict(_review_card(_LIVE), status="terminated",
                                                            deleted_at="2024-06-01"),
    "account closed, no date, 48 months from 2019": dict(_review_card(_LIVE), account={
        "state": "closed", "start_date": "2019-01-01", "duration_months": 48}),
}


@pytest.mark.parametrize("name", REVIEW54)
def test_review54_a_new_end_never_hides_an_end_main_read(policy, name):
    """Review 54, proxy F1/F2: refused as on main — the note's 2016 end, or the closed status's unknown end, stands
    beside the deletion's, the port-out's or the term's later date (`Termination.only_adds`)."""
    from guard.policy import CallContext, IdentificationLevel

    ctx = CallContext(identification=IdentificationLevel.PRIMARY, caller_gender="male", identified_by="full_name",
                      today=TODAY)
    decision = policy.apply(copy.deepcopy(REVIEW54[name]), ctx, redact_text=lambda s: s)
    assert decision.refused, f"{name}: shown, stated={terminations_stated(REVIEW54[name], TODAY)}"


def test_review54_the_new_ends_are_kept_beside_the_records_own():
    stated = terminations_stated(REVIEW54["top status terminated, no date, deleted_at 2024"], TODAY)
    assert sorted(map(str, (found.end for found in stated))) == ["2024-06-01", "None"]
    assert [found.only_adds for found in stated if found.end is not None] == [True]
