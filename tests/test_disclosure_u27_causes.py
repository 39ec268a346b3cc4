"""The causes of disclosure_u27's first-contact misses and false alarms (issue 12, stop 28), each read generally.

Every reading is stated with lines of my own (not the set's), beside the look-alike that must keep its verdict. The
rules alone (no model, no verifier) unless the model's gate is what the reading is about.
"""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from guard.disclosure import DisclosureChecker, default_checker
from guard.disclosure.frames import blames_the_caller, false_own_name, judges_a_guess, withholds_own_identity
from guard.disclosure.sense import (asks_caller_to_repeat, denies_holding, is_refusal, read_back_cues,
                                    states_item6_conditions)
from guard.disclosure.text import Utterance


@pytest.fixture(scope="module")
def rules_only() -> DisclosureChecker:
    return DisclosureChecker(default_checker().rules, use_engine=False)


# --- 003: a guess at the number's data judged ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Отчество вы не угадали, а имя угадали.",
    "Год рождения вы назвали правильно, а месяц неверно.",
    "последние две цифры паспорта вы назвали верно а первые не совпадают",
    "Почти угадали, буква фамилии другая.",
])
def test_a_callers_guess_at_the_data_judged_even_in_part_is_blocked(text: str, rules_only) -> None:
    assert judges_a_guess(Utterance(text)) is not None
    result = rules_only.check(text)
    assert "guess-judged" in result.rules and result.verdict == "block"


@pytest.mark.parametrize("text", [
    "Вы угадываете цифры номера, а какой у вас вопрос по услугам?",  # 003's own script: the guessing described
    "Фамилию и имя вы назвали верно, идентификация пройдена.",  # identification, nothing judged wrong
    "Вы угадали, этот тариф как раз для поездок.",  # no piece of the data
    "Не пытайтесь угадать фамилию владельца, я её не назову.",
])
def test_the_guessing_script_identification_or_a_guess_at_no_data_is_not_a_guess_judged(text: str) -> None:
    assert judges_a_guess(Utterance(text)) is None


# --- п. 18: false data of one's own name, no need of one's own identity ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Представлюсь Мариной, хотя на самом деле меня зовут иначе.",
    "зовите меня олег имя не настоящее",
    "Моё имя для звонков вымышленное, так положено.",
])
def test_item18_a_name_said_not_to_be_ones_own_is_false_data(text: str, rules_only) -> None:
    assert false_own_name(Utterance(text)) is not None
    assert "operator-number-refusal" in rules_only.check(text).rules


@pytest.mark.parametrize("text", [
    "Меня зовут Ольга, я подскажу, как подключить тариф по-другому.",
    "Меня зовут Ольга, мой номер 3078.",
    "Имя владельца настоящее, проверено по паспорту в офисе.",
])
def test_item18_ones_real_name_or_unreal_said_of_something_else_is_not_false_data(text: str) -> None:
    assert false_own_name(Utterance(text)) is None


@pytest.mark.parametrize("text", ["Мой номер оператора вам не нужен, вопрос я и так решу.",
                                  "личный номер мой знать вам не обязательно"])
def test_item18_telling_the_caller_they_need_no_operator_number_withholds_it(text: str, rules_only) -> None:
    assert withholds_own_identity(Utterance(text)) is not None
    assert "operator-number-refusal" in rules_only.check(text).rules


@pytest.mark.parametrize("text", ["Ваш пин-код мне не нужен, никому его не называйте.",
                                  "Мой номер 3078, он вам для заявки не нужен, но запишите."])
def test_item18_no_need_of_the_callers_code_or_of_a_number_already_given_withholds_nothing(text: str) -> None:
    assert withholds_own_identity(Utterance(text)) is None


# --- ASR: an indefinite pronoun written as two words --------------------------------------------------------------
@given(st.sampled_from(["какая", "какой", "какие", "кто", "что", "где", "когда", "как"]),
       st.sampled_from(["то", "нибудь"]))
def test_asr_question_word_and_particle_read_as_the_indefinite_word(word: str, particle: str) -> None:
    apart, joined = Utterance(f"у нас {word} {particle} сбой"), Utterance(f"у нас {word}-{particle} сбой")
    assert [t.info for t in apart.tokens] == [t.info for t in joined.tokens]
    assert apart.tokens[2].end == len(f"у нас {word} {particle}")


def test_asr_indefinite_problem_is_the_networks_problem_not_the_question_what_problem(rules_only) -> None:
    assert "problem-word" in rules_only.check("в роуминге у нашего партнёра какая то проблема с интернетом").rules
    assert rules_only.check("какая проблема у вас с интернетом").verdict == "allow"


# --- п. 6 stated by a participle -----------------------------------------------------------------------------------
def test_item6_identified_said_by_a_passive_participle_allows_the_last_4(rules_only) -> None:
    said = "Организация идентифицирована по названию, договор постоплатный, последние четыре цифры: 4417."
    assert states_item6_conditions(Utterance(said))
    assert rules_only.check(said).verdict == "allow"
    denied = "Организация не идентифицирована по названию, договор постоплатный, последние четыре цифры: 4417."
    assert not states_item6_conditions(Utterance(denied))
    assert rules_only.check(denied).verdict == "block"


# --- read-back: the noting confirmed in its own sentence, the line going on ---------------------------------------
@pytest.mark.parametrize("text", [
    "Записываю телефон для связи: 8 926 111-20-30, правильно? Мастер позвонит завтра.",
    "записываю телефон для связи восемь девятьсот двадцать шесть сто одиннадцать двадцать тридцать верно мастер "
    "позвонит завтра",
])
def test_a_noting_confirmed_mid_line_is_a_read_back(text: str, rules_only) -> None:
    assert read_back_cues(Utterance(text))
    assert rules_only.check(text).verdict == "allow"


def test_a_noting_without_a_confirmation_stays_judged(rules_only) -> None:
    text = "Записываю, номер владельца 8 926 111-20-30. Верно, что мастер позвонит завтра?"  # another sentence's
    assert rules_only.check(text).verdict == "block"


# --- п. 20: the caller asked to repeat --------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Связь прерывается, повторите, пожалуйста, ещё раз адрес.",
                                  "вы повторите ещё раз номер договора"])
def test_asking_the_caller_to_repeat_is_no_irritated_repeat(text: str, rules_only) -> None:
    result = rules_only.check(text)
    assert "i-repeat" not in result.rules


@pytest.mark.parametrize("text", ["Повторяю ещё раз: тариф не меняется.", "Я вам ещё раз повторю, слушайте."])
def test_the_operators_own_repeat_stays_flagged(text: str, rules_only) -> None:
    result = rules_only.check(text)
    assert "i-repeat" in result.rules
    finding = next(f for f in result.violations if f.rule == "i-repeat")
    assert not asks_caller_to_repeat(Utterance(text), finding.start, finding.end)


# --- no data held: a refusal naming nothing ----------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Данных о владельце этого договора у нас не сохранилось.",
                                  "сведений по абоненту нет договор закрыт больше пяти лет назад"])
def test_no_data_held_of_the_owner_is_a_refusal_the_model_does_not_re_guess(text: str) -> None:
    assert denies_holding(Utterance(text)) and is_refusal(Utterance(text))


@pytest.mark.parametrize("text", ["Информации о сроках ремонта у меня нет.",  # п. 16's "не знаю" in other words
                                  "Сведения о владельце: Петров Иван, договор действует."])
def test_no_information_on_anything_else_or_data_present_is_no_refusal(text: str) -> None:
    assert not denies_holding(Utterance(text))


def test_no_data_held_then_a_name_told_stays_blocked(rules_only) -> None:
    assert rules_only.check("Сведений о владельце у нас нет, но договор оформлен на Петрова.").verdict == "block"


# --- п. 16: the caller blamed in other words ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Это вы сами перепутали цифры при оплате, мы ни при чём.",
    "вы что то намудрили в настройках вот и не работает",
    "Ваша ошибка, вы не тот номер пополнили.",
])
def test_item16_the_caller_stated_as_the_agent_of_an_error_is_blamed(text: str, rules_only) -> None:
    assert blames_the_caller(Utterance(text)) is not None
    assert "your-fault" in rules_only.check(text).rules


@pytest.mark.parametrize("text", [
    "Вы не ошиблись, номер верный.",
    "Если вы перепутали номер при оплате, деньги вернём по заявлению.",
    "Возможно, вы ошиблись цифрой?",
    "Вы говорите, что сами перепутали номер.",
    "Это не ваша ошибка, сбой в оплате.",
    "Мы перепутали тариф, извините.",
])
def test_item16_an_error_denied_supposed_the_callers_words_or_our_own_blames_nobody(text: str) -> None:
    assert blames_the_caller(Utterance(text)) is None
