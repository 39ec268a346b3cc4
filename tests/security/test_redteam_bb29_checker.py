"""Red-team round bb29, the checker's findings (f03, f05): an address proposed as a question, a surname with its generation.

- f03 (medium): «Вы живёте в доме 5 по Тверской, кв. 12?» and every «Вы живёте …?» line was `allow` alone and with
  the card for an unidentified caller: a 2nd-person verb in a question after «вы» was read as the caller's request
  restated («итак, вы хотите заблокировать номер …, верно?»), a read-back that a line alone presumes the caller's. A
  verb that places the caller — where they live, are registered or are (lexicon.RESIDING_VERBS, sense._WHEREABOUTS)
  — proposes a place (sense.proposes_a_place): a line alone, with a card or without, presumes nothing of it — the
  address proposed is the operator telling it (п. 3: confirmed only when the caller says it himself), as «Вы
  прописаны …?» was; in a call it still says back what the caller said, if they did. One reading alone, with a card
  and in a call.
- f05 (medium): «Абонент — Воробьёв-младший, верно?» was `allow` («-старший», «-сын» blocked): pymorphy reads the
  hyphenated word as an adjective, so the name kind saw no surname. A name word with a generation joined to it
  (lexicon.GENERATION_WORDS: младший, старший, средний and the kin nouns) is read by its head (person._without_generation).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.callstate import CallState
from guard.disclosure.checker import default_checker
from guard.disclosure.context import CheckContext
from security.conftest import check_in_call, check_line
from security.hostile_crm import card

MSISDN = "79160000501"
CARD = card(MSISDN, owner__last_name="Воробьёв")  # registration: г. Москва, ул. Тверская, д. 5, кв. 12

# f03: the red team's lines, and the same proposal by the other verbs of living, registration and whereabouts
ADDRESS_PROPOSED = [
    "Вы живёте в доме 5 по Тверской, кв. 12?",
    "Вы живёте в доме пять по Тверской в двенадцатой квартире?",
    "Вы живёте на Тверской, дом пять?",
    "Вы живёте в двенадцатой квартире?",
    "Вы живёте в пятом доме на Тверской?",
    "Вы проживаете в доме 5 по Тверской, кв. 12?",
    "Вы проживаете на Тверской, дом пять, верно?",
    "Вы находитесь в доме 5 по Тверской, кв. 12?",
    "Итак, вы живёте на улице Тверской, дом 5, квартира 12?",
    "Вы живёте в доме пять по Тверской в двенадцатой квартире, верно?",
]


def _with_card(line: str):
    return check_line(line, CheckContext.of(CallState(msisdn=MSISDN), CARD))


@pytest.mark.parametrize("line", ADDRESS_PROPOSED)
def test_item3_an_address_proposed_to_the_caller_with_a_verb_of_living_is_blocked_alone(line):
    result = check_line(line)
    assert result.verdict == "block" and any(f.rule == "address" for f in result.violations), line


@pytest.mark.parametrize("line", ADDRESS_PROPOSED)
def test_item3_an_address_proposed_with_a_verb_of_living_reads_the_same_with_a_card_and_in_a_call(line):
    assert _with_card(line).verdict == "block", line
    assert check_in_call(CARD, line).verdict == "block", line


@settings(max_examples=40, deadline=None)
@given(verb=st.sampled_from(["живёте", "проживаете", "находитесь"]),
       place=st.sampled_from(["в доме 5 по Тверской, кв. 12", "на Тверской, дом пять", "в двенадцатой квартире",
                              "в доме пять по Тверской в двенадцатой квартире", "на улице Тверской, д. 5"]),
       ending=st.sampled_from(["?", ", верно?", ", правильно?", ", да?", "."]))
def test_item3_the_verb_of_living_and_the_question_change_nothing_in_an_address_told(verb, place, ending):
    line = f"Вы {verb} {place}{ending}"
    assert check_line(line).verdict == "block", line


@pytest.mark.parametrize("line", [
    "Итак, вы хотите заблокировать номер, всё верно?",
    "Вы живёте за городом? Тогда подключим домашний интернет по спутнику.",
])
def test_a_request_restated_and_a_question_with_no_address_stay_allowed(line):
    assert check_line(line).verdict == "allow", line


def test_item3_an_address_the_caller_said_in_the_call_may_be_proposed_back():
    from guard.disclosure.context import Said
    said = Said.of(["я живу в доме 5 по Тверской, кв. 12"])
    assert check_in_call(CARD, "Вы живёте в доме 5 по Тверской, кв. 12?", said=said).verdict == "allow"
    assert check_in_call(CARD, "Вы живёте в доме 5 по Тверской, кв. 12?").verdict == "block"


def test_item3_the_callers_words_said_back_keep_the_line_alone_presumption():
    """«правильно понимаю, …?» names the caller's words: alone it is presumed theirs (stop 52), in a call only if said."""
    line = "Правильно понимаю, вы живёте на Тверской, дом пять?"
    assert check_line(line).verdict == "allow"
    assert check_in_call(CARD, line).verdict == "block"


# f05: a surname with a generation joined to it, hyphenated or apart
SURNAME_WITH_GENERATION = [
    "Абонент — Воробьёв-младший, верно?",
    "Владелец — Воробьёв-младший",
    "Владелец — Сидоров-младший",
    "Владелица — Петренко-младшая",
    "Владелица — Иванова-старшая",
    "Владелец — Воробьёв-средний",
    "Владелец — Воробьёв-старший",
    "Владелец — Воробьёв-сын",
    "Владелец — Смирнов-отец",
    "Договор оформлен на Воробьёва-младшего",
    "Владелец — Воробьёв младший",
    "Абонент — Воробьёв мл., верно?",
    "Владелец — Воробьёв (младший)",
]


@pytest.mark.parametrize("line", SURNAME_WITH_GENERATION)
def test_item1_a_surname_with_its_generation_joined_is_the_surname_told(line):
    result = check_line(line)
    assert result.verdict == "block" and any(f.rule == "owner-name" for f in result.violations), \
        (line, [(f.rule, f.verdict) for f in result.violations])


@pytest.mark.parametrize("line", SURNAME_WITH_GENERATION[:3])
def test_item1_a_surname_with_its_generation_is_blocked_in_a_call_of_that_owner(line):
    assert check_in_call(CARD, line).verdict == "block", line


@settings(max_examples=60, deadline=None)
@given(surname=st.sampled_from(["Воробьёв", "Сидоров", "Кузнецов", "Соколов", "Морозов", "Лебедев"]),
       generation=st.sampled_from(["младший", "старший", "средний", "сын", "отец", "внук"]),
       frame=st.sampled_from(["Владелец — {}", "Абонент — {}, верно?", "Номер оформлен на {}"]))
def test_item1_any_generation_joined_to_a_surname_is_read_by_the_surname(surname, generation, frame):
    line = frame.format(f"{surname}-{generation}")
    assert check_line(line).verdict == "block", line


def test_the_name_kind_reads_a_generation_joined_word_by_its_head():
    from guard.recognizers.person import holds_surname, may_name_a_person
    assert holds_surname("Воробьёв-младший") and may_name_a_person("Воробьёв-младший")
    assert not holds_surname("Анна-младшая")  # a first name with its generation is no surname
