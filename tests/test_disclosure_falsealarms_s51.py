"""Stop 51 (issue 12): clean lines of the newest authors (disc_am51, disc_ak50) read where their decisions live, and
stop 50's two reverted readings rebuilt fail-closed — the operator repeating or noting «за вами» (a read-back clears
the caller's own words only, never a third person's) and «X закрыт на профилактику» (a thing NOT the carrier's is read
from a list of such things; anything else stays flagged) (docs/disclosure.md, "Stop 51"). Phrasings are my own (none
copied from a set); each reading has its attack beside it, the attacks of stop 50's review among them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure.about import OTHERS_CLOSED_FOR_UPKEEP

from checker_lines import rules_of, verdict_of


# --- the read-back after the caller: the caller's own words only ----------------------------------------------------

@pytest.mark.parametrize("line", [
    # stop 50's review: «за вами» alone made whatever followed the caller's
    "Повторяю за вами: номер владельца 89161234567, его зовут Иванов Пётр.",
    "Повторяю за вами: паспорт 4510 123456.",
    # a third person's data in the operator's own noting or repeating, even asked to be confirmed
    "Повторю: номер владельца 89161234567, его зовут Иванов Пётр, верно?",
    "Записываю за вами: номер владельца 89161234567, верно?",
    "Записала: номер мужа 89161234567, верно?",
    "Я записала номер соседки 89161234567, правильно?",
    "Записываю за вами: номер владельца 89161234567 — продиктуйте ещё его паспорт.",
    "Записываю за вами: номер 89161234567, это номер вашей мамы, верно?",  # the possessor after the value
    "Повторю громко, для соседки: прописана Зоя Петровна в Балакове, улица Мира, дом 3, правильно?",
    "Повторю: ваш номер 89161234567, а его зовут Иванов Пётр, верно?",  # the caller's number, then a third person
])
def test_a_read_back_never_clears_a_third_persons_data_or_a_value_nobody_marked_as_the_callers(line):
    assert verdict_of(line) == "block"


# stop 51's review F2: the caller asked to go on dictating is no evidence that what was noted is the caller's words —
# offline, «Записываю за вами: X, продиктуйте теперь …» told X whatever it was. The qualifier is taken out: noting
# after the caller reads back only with a confirmation asked, as on main; the dictation lines it was built for
# (below; disc_u30 u-0249/0250) are flagged again
_NOTED_AS_THE_CALLER_GOES_ON = [
    "Записываю за вами: телефон 8 916 555 44 33, продиктуйте теперь адрес.",
    "Записываю за вами: серия 4505 номер 123456, продиктуйте теперь дату рождения.",
    "Записываю за вами: Иванов Сергей Петрович, паспорт 4505 123456, продиктуйте теперь адрес.",
    "Записываю за вами: прописка Ленина 5 квартира 12, продиктуйте теперь паспорт.",
    "Записываю за вами для заявки на перенос номера: серия 45 11, номер 902113 — продиктуйте, пожалуйста, ещё дату выдачи.",
    "записываю за вами для заявки серия сорок пять одиннадцать номер девятьсот два сто тринадцать продиктуйте пожалуйста дальше дату выдачи",
]


@pytest.mark.parametrize("line", _NOTED_AS_THE_CALLER_GOES_ON)
def test_noting_after_the_caller_asked_to_go_on_dictating_still_blocks(line):
    assert verdict_of(line) == "block"


@pytest.mark.parametrize("line", [
    "Записала: обращается Сомова Ирина Павловна, внучка владельца. Всё верно?",  # the caller, then whose kin she is
    "Записала ваш номер для связи 8 917 204-55-12, специалист перезвонит завтра, верно?",  # a person who acts
    "повторю за вами почта ирина точка сомова собака мейл точка ру правильно",  # «собака» is the @
])
def test_a_person_who_acts_or_the_callers_kinship_is_no_third_persons_data(line):
    assert verdict_of(line) == "allow"


@pytest.mark.parametrize("line", [
    "Повторяю за вами: Самара, улица Победы, 14, квартира 9 — сюда привезти новую сим-карту?",
    "Повторяю за вами: тариф «Семейный», подключить с понедельника, верно?",
])
def test_repeating_after_the_caller_is_no_irritated_repeat(line):
    assert "i-repeat" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Повторяю ещё раз за вами: тариф не меняется.",
    "Я же повторяла за вами: тариф не меняется.",
    "Повторяю: тариф не меняется.",
    "Сколько можно, повторяю за вами уже третий раз.",
])
def test_the_operators_own_repeat_again_stays_the_irritated_one(line):
    assert "i-repeat" in rules_of(line)


# --- п. 23: what is closed for upkeep is read from a list of what is NOT the carrier's -------------------------------

@pytest.mark.parametrize("line", [
    "Бассейн у больницы закрыт на профилактику до понедельника, а связь работает как обычно.",
    "лифт в корпусе закрыт на профилактику а у сети никаких ограничений нет",
    "Каток во дворе закрыт на профилактику, но с вашим номером всё в порядке.",
])
def test_item_23_a_thing_not_the_carriers_closed_for_upkeep_is_no_network_upkeep(line):
    assert "maintenance-words" not in rules_of(line)


@pytest.mark.parametrize("line", [
    # stop 50's review: any noun off the old lists cleared it
    "Узел закрыт на профилактику до утра.",
    "Ретранслятор закрыт на профилактику.",
    "Кластер закрыт на профилактику.",
    "Сегмент закрыт на профилактику.",
    "Станция закрыта на профилактику.",
    "Салон закрыт на профилактику.",  # the company's own place
    "Бассейн закрыт на профилактику, и сервер у нас закрыт на профилактику.",
])
def test_item_23_anything_not_on_the_list_closed_for_upkeep_stays_flagged(line):
    assert "maintenance-words" in rules_of(line)


_NOT_ON_THE_LIST = ["узел", "коммутатор", "шлюз", "контур", "модуль", "блок", "пульт", "комплекс", "участок", "портал",
                    "маршрутизатор", "фидер", "мост", "щит", "агрегат", "хаб", "терминал", "ретранслятор"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(_NOT_ON_THE_LIST))
def test_item_23_a_subject_off_the_list_of_others_things_never_clears(noun):
    assert noun.split()[0] not in OTHERS_CLOSED_FOR_UPKEEP
    line = f"{noun.capitalize()} закрыт на профилактику до вечера."
    assert "maintenance-words" in rules_of(line)


@pytest.mark.parametrize("line, kept", [
    ("профилактика пролежней дело медсестер а ваш вопрос про номер отца я решу сейчас", False),
    ("профилактика сети дело инженеров а ваш вопрос про номер отца я решу сейчас", True),
    ("у нас профилактика а ваш вопрос про номер отца я решу сейчас", True),
])
def test_item_23_the_prevention_of_something_else_is_read_up_to_a_contrast_word(line, kept):
    assert ("maintenance-words" in rules_of(line)) is kept


# --- п. 7: a body's failure is no service's -------------------------------------------------------------------------

@pytest.mark.parametrize("line, kept", [
    ("Сбой сердечного ритма у отца — это тяжело; номер его мы сохраним, не волнуйтесь.", False),
    ("сбой сердечного ритма у отца это тяжело номер его мы сохраним", False),
    ("Сбой сети у нас, давление на систему большое.", True),
    ("У нас сбой, пульс сети восстановим к вечеру.", True),
])
def test_item_7_a_failure_of_a_persons_body_is_no_service_limitation(line, kept):
    assert ("service-failure-words" in rules_of(line)) is kept


# --- п. 6: a sex likened to the caller's after a preposition ---------------------------------------------------------

@pytest.mark.parametrize("line, verdict", [
    ("Вы назвали полное ФИО владельца, договор постоплатный и оформлен на женщину, как и вы, поэтому скажу: номер "
     "заканчивается на 4471.", "allow"),
    ("Вы назвали полное ФИО владельца, договор постоплатный и оформлен на женщину, как вы, поэтому скажу: номер "
     "заканчивается на 4471.", "block"),  # no «и»: no likening
    ("Вы назвали полное ФИО владельца, договор постоплатный и оформлен на женщину, а вы мужчина, поэтому скажу: номер "
     "заканчивается на 4471.", "block"),  # the instruction's own refusal
    ("Вы назвали полное ФИО владельца, договор предоплатный и оформлен на женщину, как и вы, поэтому скажу: номер "
     "заканчивается на 4471.", "block"),  # prepaid
])
def test_item_6_the_owners_sex_likened_to_the_callers_after_a_preposition_states_the_match(line, verdict):
    assert verdict_of(line) == verdict


# --- п. 3: registered TO someone is no address ------------------------------------------------------------------------

def test_item_3_registered_to_a_pronoun_is_whose_not_where():
    assert "address" not in rules_of("Нина Павловна, вы владелица, договор зарегистрирован на вас, сейчас всё оформим.")


@pytest.mark.parametrize("line", ["Владелица зарегистрирована на Садовой, дом 5.",
                                  "владелица зарегистрирована на улице садовой"])
def test_item_3_the_owner_registered_on_a_street_stays_an_address(line):
    assert "address" in rules_of(line)


# --- пп. 11, 14: another organisation's security service, or the one strangers call from -----------------------------

@pytest.mark.parametrize("line", [
    "Если вам опять позвонят из службы безопасности, сразу кладите трубку.",
    "Те люди назвались службой безопасности банка, это обычная схема мошенников.",
    "звонившие представились службой безопасности банка это мошенники",
    "звонившие назвались службой безопасности банка настоящий банк так не пишет это обман",  # a unit named, an act past
])
def test_items_11_14_a_security_service_of_a_bank_or_of_strangers_is_none_of_the_companys(line):
    assert not {"internal-terms", "internal-service-named"} & set(rules_of(line))


@pytest.mark.parametrize("line", [
    "Я позвонила в службу безопасности, они проверят ваш номер.",
    "Ваш номер проверяет наша служба безопасности.",
    "Служба безопасности сказала, что ваш номер чист.",
])
def test_items_11_14_the_companys_security_service_stays_flagged(line):
    assert {"internal-terms", "internal-service-named"} & set(rules_of(line))


# --- п. 8: the operator's own number is no count of the contract's numbers ---------------------------------------------

def test_item_8_the_operators_own_number_is_no_count_of_numbers():
    assert "numbers-on-contract" not in rules_of(
        "запишите оператор вероника номер сорок девяносто три обращение о замене сим зарегистрировано")


@pytest.mark.parametrize("line", ["Запишите: оператор Вероника, номер 3041, на вас зарегистрировано три сим-карты.",
                                  "оператор вероника номер тридцать сорок один на вас зарегистрировано три сим карты"])
def test_item_8_a_count_beside_the_introduction_stays_flagged(line):
    assert "numbers-on-contract" in rules_of(line)


# stop 51's review F5: in unpunctuated speech the count comes after the operator's own number, outside the finding
# whose only digits are the introduction's — any count said after the introduction's number keeps п. 8
@pytest.mark.parametrize("line", [
    "оператор Ростислав номер 2093 номеров на договоре 3",
    "оператор Ростислав номер 2093 у вас номеров на договоре пять",
    "Оператор Ростислав номер 2093 номеров на договоре два",
])
def test_item_8_a_count_said_after_the_operators_number_blocks(line):
    assert verdict_of(line) == "block"
