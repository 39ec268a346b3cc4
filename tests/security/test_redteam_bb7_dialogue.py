"""Red team bb7's 05 and 09 as the family they stand for (docs/redteam-open.md, "Stop 33"): what a question asks for
carries over stalls, back-channels and prompts to the turn that answers it, and an answer that is only a value is read
as the kind asked for (guard/dialogue.py `asked_values`), whatever else its words mean. Our own values, not the
scripts'."""
from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.russian import cardinal
from guard.dialogue import answer_value, answers, asked_kind, waits
from guard.normalize import normalize, read_separators

_PROPERTY = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

OPERATOR, CLIENT = "operator", "client"


def said(redactor, turns) -> list[str]:
    return [redaction.text for redaction in redactor.redact_dialogue(turns)]


@pytest.mark.parametrize("question, kind", [
    ("скажите пожалуйста вашу фамилию", "PERSON"),
    ("а как вас зовут", "PERSON"),
    ("какой у вас логин", "LOGIN"),
    ("кем выдан документ", "RU_PASSPORT_ISSUER"),
    ("дата выдачи паспорта", "DOCUMENT_ISSUE_DATE"),
    ("до какого числа действует карта", "CARD_EXPIRY"),
    ("назовите номер телефона", "PHONE_NUMBER"),
    ("продиктуйте адрес", "ADDRESS"),
    ("ваш год рождения", "DATE_OF_BIRTH"),
    ("какое у вас кодовое слово", "SECRET"),
])
def test_a_question_asks_for_the_kind_whose_own_words_it_says_first(question, kind):
    assert asked_kind(question) == kind


@pytest.mark.parametrize("question", ["сумма платежа какая", "здравствуйте меня зовут ирина", "чем могу помочь", "номер"])
def test_a_question_naming_no_kind_asks_for_none(question):
    assert asked_kind(question) is None


@pytest.mark.parametrize("question, answer", [
    ("подскажите вашу фамилию", "сорока"),         # a surname that is an ordinary word
    ("подскажите вашу фамилию", "ну сова"),
    ("какой логин указывали", "petr.k_1990"),
    ("кем выдан паспорт", "тп уфмс по району митино"),
    ("скажите последние четыре цифры паспорта", "восемьдесят один тридцать два"),
    ("в каком городе живете", "кострома"),
])
def test_an_answer_that_is_only_a_value_is_masked_as_the_kind_asked_for(redactor, question, answer):
    masked = said(redactor, [(OPERATOR, question), (CLIENT, answer)])[1]
    value = answer.removeprefix("ну ")
    assert value not in masked and "<" in masked


@pytest.mark.parametrize("stall", [
    [(CLIENT, "минутку посмотрю")],
    [(CLIENT, "сейчас"), (OPERATOR, "угу")],
    [(CLIENT, "ой подождите сейчас вспомню"), (OPERATOR, "да да")],
])
def test_the_answer_after_a_stall_still_answers_the_question(redactor, stall):
    turns = [(OPERATOR, "назовите кодовое слово"), *stall, (CLIENT, "незабудка")]
    assert "незабудка" not in said(redactor, turns)[-1]


def test_a_prompt_naming_no_kind_keeps_the_question_open_for_the_next_answer(redactor):
    turns = [(OPERATOR, "ваша дата рождения"), (CLIENT, "третье июня"), (OPERATOR, "а год"), (CLIENT, "шестьдесят второй")]
    assert "шестьдесят второй" not in said(redactor, turns)[-1]


def test_the_second_half_of_a_device_id_after_the_listener_asks_to_wait_is_masked(redactor):
    turns = [(OPERATOR, "продиктуйте imei"), (CLIENT, "три пять два семь один девять ноль"),
             (OPERATOR, "секунду я пишу так дальше"), (CLIENT, "четыре четыре один восемь шесть два три")]
    assert "четыре четыре один" not in said(redactor, turns)[-1]


def test_a_transcript_written_as_one_text_reads_the_answer_as_the_kind_asked_for(redactor):
    text = "Оператор: назовите фамилию владельца\nКлиент: грач\nОператор: спасибо"
    assert "грач" not in redactor.redact(text).text


@pytest.mark.parametrize("answer", ["да", "нет", "сейчас", "не помню", "а зачем вам это", "да конечно",
                                    "добрый день", "подождите минутку", "спс"])
def test_an_answer_saying_no_value_is_no_value(redactor, answer):
    assert answer_value(answer) is None
    assert said(redactor, [(OPERATOR, "ваша фамилия"), (CLIENT, answer)])[1] == answer


@pytest.mark.parametrize("turns", [
    [(CLIENT, "хочу поменять фамилию в договоре"), (OPERATOR, "прежняя и новая")],  # the caller asks the operator nothing
    [(OPERATOR, "для замены нужен паспорт"), (CLIENT, "паспорт с собой")],           # talk about a value, not the value
    [(OPERATOR, "ваша фамилия"), (CLIENT, "эту какую")],                             # pronouns' adjectives name nothing
])
def test_a_turn_answering_no_question_of_the_contact_center_or_talking_about_a_value_stays(redactor, turns):
    assert said(redactor, turns)[1] == turns[1][1]


def test_the_dictating_speakers_own_turn_is_no_question_for_the_listeners_prompt(redactor):
    turns = [(CLIENT, "мой паспорт серия сорок шесть ноль два"), (OPERATOR, "номер"), (CLIENT, "сто двадцать три")]
    assert said(redactor, turns)[1] == "номер"


@given(stalls=st.lists(st.sampled_from(["угу", "сейчас", "минуточку", "подождите", "так", "да да", "секунду посмотрю"]),
                       max_size=3))
def test_stalls_between_a_question_and_its_answer_never_part_them(stalls):
    speakers = [CLIENT, OPERATOR]
    turns = [(OPERATOR, "ваше кодовое слово"), *((speakers[i % 2], stall) for i, stall in enumerate(stalls)),
             (CLIENT, "пион")]
    assert all(waits(stall) for stall in stalls)
    assert (0, len(turns) - 1) in set(answers(turns))


@_PROPERTY
@given(word=st.sampled_from(["щука", "галка", "ёж", "молоток", "берёза"]),
       stalls=st.lists(st.sampled_from([(CLIENT, "ой сейчас"), (OPERATOR, "угу"), (CLIENT, "минутку")]), max_size=2))
def test_an_ordinary_word_answering_a_surname_question_is_masked_after_any_stalls(redactor, word, stalls):
    turns = [(OPERATOR, "назовите пожалуйста фамилию"), *stalls, (CLIENT, word)]
    assert word not in said(redactor, turns)[-1]


# --- 13: «и» between the digit groups of a number after its cue -------------------------------------------------------
# The judge is the cue's kind's length (`Kind.digits`): groups joined by "и" that make exactly it are one value.

def _said_in_groups(digits: str, cut: int) -> str:
    """`digits` said as two-digit numbers ("0" alone said as "ноль"), "и" at the `cut`-th pair."""
    pairs = [digits[i:i + 2] for i in range(0, len(digits), 2)]
    words = []
    for index, pair in enumerate(pairs):
        if index == cut:
            words.append("и")
        words.append(" ".join("ноль" if d == "0" else cardinal(int(d)) for d in pair) if pair.startswith("0")
                     else cardinal(int(pair)))
    return " ".join(words)


@_PROPERTY
@given(digits=st.text(alphabet="123456789", min_size=10, max_size=10), cut=st.integers(1, 4))
def test_a_passport_said_with_and_between_its_groups_after_its_cue_is_one_value(redactor, digits, cut):
    text = "паспорт " + _said_in_groups(digits, cut)
    found = redactor.analyze(text)
    assert [(e.type, e.start, e.end) for e in found] == [("RU_PASSPORT", len("паспорт "), len(text))]


@pytest.mark.parametrize("text", [
    "паспорт 4508 654321 и 2011 года выдачи",   # whole before the "и": the year stays apart
    "ставка +49 151 и 2 000 руб",                 # no cue: two values
    "паспорт 4508 65 и 12 штук",                  # the groups make no passport's length
])
def test_and_after_a_whole_value_without_a_cue_or_off_the_length_still_parts_two_values(text):
    assert " и " in read_separators(normalize(text).text).text


def test_a_snils_said_with_and_between_its_groups_after_its_cue_is_one_value(redactor):
    text = "мой снилс сто семьдесят два триста девять и пятьсот сорок один двадцать восемь"
    assert redactor.redact(text).text == "мой снилс <RU_SNILS>"


# --- 06: a car's plate with its three letters typed together after the number ---------------------------------------

@_PROPERTY
@given(number=st.integers(1, 999), letters=st.text(alphabet="АВЕКМНОРСТУХ", min_size=3, max_size=3),
       region=st.sampled_from(["02", "39", "116", "750"]), lower=st.booleans())
def test_a_plate_typed_digits_first_with_its_region_is_a_plate(redactor, number, letters, region, lower):
    plate = f"{number:03d}{letters.lower() if lower else letters}{region}"
    text = f"клиент оставил {plate} у въезда"
    assert [(e.type, text[e.start:e.end]) for e in redactor.analyze(text)] == [("VEHICLE_PLATE", plate)]


@pytest.mark.parametrize("text", ["модель 300ХСЕ", "пакет 250МВТ без абонентской платы"])
def test_digits_then_three_letters_without_a_region_or_a_plates_word_is_no_plate(redactor, text):
    assert not [e for e in redactor.analyze(text) if e.type == "VEHICLE_PLATE"]


# --- met on the way: a turn of many fillers before a word ---------------------------------------------------------------

def test_a_turn_of_many_overlapping_fillers_before_a_word_is_read_without_backtracking_blowup():
    """"да" and "сейчас" are in two of the filler lists: every way to cover "да да … да ромашка" was tried (20 words took
    23 s). Run in a child process with a hang guard (generous, not a timing criterion): 60 words would take years."""
    code = ("from guard.dialogue import is_back_channel, waits\n"
            "text = 'да сейчас ' * 60 + 'ромашка'\n"
            "print(is_back_channel(text), waits(text), waits('да сейчас ' * 60))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["False", "False", "True"]
