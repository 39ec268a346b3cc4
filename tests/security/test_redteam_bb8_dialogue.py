"""Red team bb8's 04, 24, 05 and 06 in `guard batch` (docs/redteam-open.md, "Stop 34: red team bb8 — dialogue"): a
value the caller dictates in groups or letters, the listener's prompts between ("да", "дальше", "и контрольное"), is
one answer to the question that asked for it, however many turns it takes (guard/dialogue.py `answers`,
`value_pieces`). Our own values, not the scripts'."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.russian import cardinal
from guard.dialogue import answer_value, answers, asked_kind, value_pieces, where_nothing_is
from guard.entities import Entity

_PROPERTY = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

OPERATOR, CLIENT = "operator", "client"
_PROMPTS = ("да", "так", "угу", "дальше", "и контрольное", "последние", "ещё", "продолжайте")


def masked_turns(redactor, turns) -> list[bool]:
    """For each turn: does its redaction mask something?"""
    return [bool(redaction.entities) for redaction in redactor.redact_dialogue(turns)]


def _in_words(group: str) -> str:
    return " ".join(cardinal(int(digit)) for digit in group)


def test_the_fourth_group_of_a_snils_after_the_listeners_prompts_is_masked(redactor):
    turns = [(OPERATOR, "продиктуйте номер снилс"), (CLIENT, "двести тридцать четыре"), (OPERATOR, "угу"),
             (CLIENT, "пятьсот шестьдесят семь"), (OPERATOR, "так"), (CLIENT, "восемьсот девяносто один"),
             (OPERATOR, "и контрольное"), (CLIENT, "ноль два")]
    assert masked_turns(redactor, turns)[1::2] == [True] * 4


def test_the_last_group_of_a_card_number_after_a_prompt_is_masked(redactor):
    turns = [(OPERATOR, "номер вашей карты"), (CLIENT, "пять три один два"), (OPERATOR, "да"),
             (CLIENT, "семь семь ноль девять"), (OPERATOR, "дальше"), (CLIENT, "четыре один ноль три"),
             (OPERATOR, "последние"), (CLIENT, "шесть два два восемь")]
    assert masked_turns(redactor, turns)[1::2] == [True] * 4


@_PROPERTY
@given(st.lists(st.from_regex(r"[0-9]{2,4}", fullmatch=True), min_size=4, max_size=6),
       st.lists(st.sampled_from(_PROMPTS), min_size=5, max_size=5))
def test_every_group_of_a_number_dictated_after_its_question_is_masked(redactor, groups, prompts):
    turns = [(OPERATOR, "назовите номер договора")]
    for group, prompt in zip(groups, prompts):
        turns += [(CLIENT, _in_words(group)), (OPERATOR, prompt)]
    assert all(masked_turns(redactor, turns)[1::2])


def test_a_dictation_goes_on_past_the_answer_turns_of_a_question():
    turns = [(OPERATOR, "назовите снилс")] + [turn for group in ("один два", "три четыре", "пять шесть", "семь восемь",
                                                                 "девять ноль")
                                             for turn in ((CLIENT, group), (OPERATOR, "дальше"))]
    assert [answer for _, answer in answers(turns)] == [1, 3, 5, 7, 9]


def test_a_dictation_ends_when_the_caller_says_something_else():
    turns = [(OPERATOR, "назовите кодовое слово"), (CLIENT, "сирень"), (CLIENT, "а зачем это вам"),
             (CLIENT, "я думал его уже не спрашивают"), (CLIENT, "у меня вопрос по тарифу"), (CLIENT, "тарифище")]
    assert 5 not in [answer for _, answer in answers(turns)]


@pytest.mark.parametrize("letters", [["и", "эл", "ю", "ха", "а"], ["о", "дэ", "и", "эн"], ["а", "и", "о"]])
def test_a_login_dictated_a_letter_a_turn_is_masked_letter_by_letter(redactor, letters):
    turns = [(OPERATOR, "скажите ваш логин"), (CLIENT, "записывайте")]
    for letter in letters:
        turns += [(CLIENT, letter), (OPERATOR, "ага")]
    assert masked_turns(redactor, turns)[2::2] == [True] * len(letters)


def test_a_lone_letter_among_back_channels_is_no_spelled_value():
    turns = [(OPERATOR, "скажите ваш логин"), (CLIENT, "а"), (OPERATOR, "логин от личного кабинета")]
    assert 1 not in value_pieces(turns)


@pytest.mark.parametrize("question", ["какой госномер у машины", "номер автомобиля подскажите", "назовите номерной знак"])
def test_a_question_naming_a_plate_asks_for_a_plate(question):
    assert asked_kind(question) == "VEHICLE_PLATE"


def test_a_vehicle_named_alone_asks_for_no_plate():
    assert asked_kind("вы на машине приедете") is None


def test_a_plate_said_by_letters_names_in_answer_to_its_question_is_masked(redactor):
    # "эм" alone reads as a name: the digits the name's span leaves are still the plate asked for
    redacted = redactor.redact_dialogue([(OPERATOR, "номер машины какой"), (CLIENT, "ка семьсот сорок два эм ха")])[1]
    assert "семьсот" not in redacted.text and "сорок" not in redacted.text


def test_a_letters_name_is_a_word_of_a_value():
    assert answer_value("эр ка ха") == (0, 8)


def test_what_an_answers_own_reading_leaves_of_the_value_asked_for_is_masked_when_it_says_a_number():
    asked = [Entity(0, 20, "VEHICLE_PLATE", 0.3)]
    found = [Entity(17, 19, "PERSON", 0.7)]
    assert where_nothing_is(asked, found, "ка семьсот сорок эм ха") == [Entity(0, 16, "VEHICLE_PLATE", 0.3)]
    assert where_nothing_is(asked, found) == []


def test_the_askers_echo_of_a_piece_with_a_word_for_the_next_does_not_end_the_answer(redactor):
    turns = [(OPERATOR, "продиктуйте адрес"), (CLIENT, "малышева сто двенадцать"),
             (OPERATOR, "сто двенадцать а квартира"), (CLIENT, "сорок три")]
    assert masked_turns(redactor, turns)[3]
