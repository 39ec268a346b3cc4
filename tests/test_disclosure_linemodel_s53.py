"""Stop 53: the two violating lines stop 52's retrain lost, and the families around them, given readings in the rules
(docs/disclosure.md, "Stop 53").

п. 5: a city number told after a participial phrase that says which number it is («городской, привязанный к вашей
фирме, — …») was read by no rule, and п. 5's condition must not be read from a knowing or saying that is wished, asked
for, still to come or under «бы». п. 1: a first name and patronymic said in a line that names the owner's record
(«карточка владельца подсказывает, что вы …»), and the owner's registration frame with the verb last («он на Петрова
записан»). The phrasings are my own, not the sets' lines; each reading has controls that stay clean of it."""
import pytest

from guard.disclosure import check
from guard.disclosure.sense import states_item5_conditions
from guard.disclosure.text import utterance_of


def rules_fired(line: str) -> set[str]:
    """The rules' own findings (the line model's guesses, `model:…`, left out)."""
    return {f.rule for f in check(line, "operator").violations if not f.rule.startswith("model:")}


# --- п. 5: the city number after a participial phrase ---------------------------------------------------------------

CITY_NUMBER_AFTER_A_PHRASE = [
    "Домашний, указанный в анкете: 345-12-90.",
    "Рабочий номер, который привязан к договору, 345-12-90.",
    "городской указанный в анкете триста сорок пять двенадцать девяносто",
    "домашний который вы указали в анкете 3451290",
    "Городской, действующий по этому договору, — 345-12-90, записывайте.",
]


@pytest.mark.parametrize("line", CITY_NUMBER_AFTER_A_PHRASE)
def test_item5_a_city_number_after_a_participial_phrase_naming_it_is_the_clients_number(line):
    assert "subscriber-number" in rules_fired(line)
    assert check(line, "operator").verdict == "block"


@pytest.mark.parametrize("line", ["рабочий занимающийся ремонтом приедет через 2 дня",
                                  "Рабочие, занятые на объекте, придут к 9.",
                                  "Рабочий день, указанный в графике, до 18."])
def test_a_participial_phrase_after_a_phone_word_with_no_phone_number_after_it_reads_no_number(line):
    assert "subscriber-number" not in rules_fired(line)


# --- п. 5: the condition read through the mood ----------------------------------------------------------------------

CONDITION_NOT_HELD = [
    "Федеральный вы мне так и не назвали, но городской номер ваш 345-12-90.",
    "Если бы вы знали федеральный, я бы подсказала городской, а так городской номер 345-12-90.",
    "Вы хотели назвать федеральный, но не назвали, городской номер 345-12-90.",
    "Когда вы назовёте федеральный, городской номер 345-12-90.",
    "Назовите федеральный, городской номер 345-12-90.",
    "Вы бы назвали федеральный, тогда городской номер 345-12-90.",
]

CONDITION_HELD = [
    "Раз вы знаете федеральный, то городской 345-12-90.",
    "Вы, как новый владелец, правильно назвали федеральный номер, городской 345-12-90.",
    "Вы назвали свой федеральный, подскажу городской: 345-12-90.",
]


@pytest.mark.parametrize("line", CONDITION_NOT_HELD)
def test_item5_a_knowing_or_saying_negated_wished_asked_for_or_to_come_does_not_state_the_condition(line):
    assert not states_item5_conditions(utterance_of(line))
    assert check(line, "operator").verdict == "block"


@pytest.mark.parametrize("line", CONDITION_HELD)
def test_item5_the_condition_stated_as_done_or_held_still_allows_the_other_number(line):
    assert states_item5_conditions(utterance_of(line))
    assert "subscriber-number" not in rules_fired(line)


# --- п. 1: the owner's name read off the owner's record -------------------------------------------------------------

NAME_OFF_THE_RECORD = [
    "Данные владельца показывают, что вы Пётр Сергеевич, верно?",
    "данные владельца показывают что вы петр сергеевич",
    "Пётр Сергеевич, я к вам по графе владельца обращаюсь, так?",
    "В профиле владельца стоит Нина Аркадьевна — это вы?",
    "нина аркадьевна так в анкете владельца записано",
    "Беру отчество из поля владельца: Олег Викторович, слушаю.",
]

NAME_NOT_OFF_THE_RECORD = [
    "Нина Аркадьевна, подскажите ФИО владельца, пожалуйста.",
    "Олег Викторович, можете назвать дату рождения владельца?",
    "Вы представились Ниной Аркадьевной, спасибо; теперь дату рождения владельца, пожалуйста.",
    "В поле для обращения у него Олег Викторович, так и обращайся, а не как в анкете владельца.",
    "Владелец сказал, что Нина приедет.",
    "Олег Викторович, по тарифу у вас всё в порядке.",
]


@pytest.mark.parametrize("line", NAME_OFF_THE_RECORD)
def test_item1_a_first_name_and_patronymic_said_in_a_line_naming_the_owners_record_is_the_owners_name(line):
    assert "owner-name" in rules_fired(line)
    assert check(line, "operator").verdict == "block"


@pytest.mark.parametrize("line", NAME_NOT_OFF_THE_RECORD)
def test_item1_a_name_beside_the_record_asked_for_not_followed_or_said_by_the_caller_is_no_owners_name(line):
    assert "owner-name" not in rules_fired(line)


OWNER_WITH_THE_VERB_LAST = [
    "Номер не ваш, он на Кузьмина оформлен.",
    "на кузьмина оформлен номер",
    "Симка служебная, на ООО «Заря» зарегистрирована.",
    "за ао заря числится этот номер",
]


@pytest.mark.parametrize("line", OWNER_WITH_THE_VERB_LAST)
def test_item1_the_owner_named_before_the_verb_of_registration_is_the_owner_named(line):
    assert "owner-name" in rules_fired(line)


@pytest.mark.parametrize("line", ["Номер на вас оформлен, всё верно.", "На кого оформлен номер, подскажите?",
                                  "Если на ООО оформлен, нужна доверенность."])
def test_the_verb_of_registration_last_with_no_owner_named_names_no_owner(line):
    assert "owner-name" not in rules_fired(line)
