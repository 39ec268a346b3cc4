"""Stop 44 (issue 12): what a п. 7, п. 14 or п. 24 word is about, read from the line's dependency parse
(guard/disclosure/about.py) — the customer's own device, request or account rather than the carrier's network, staff or
internal systems. Each rule is tested on phrasings of my own (none copied from a set), each with the attack that the
forbidden sense in similar words is still flagged (docs/disclosure.md, "Stop 44")."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure.about import CUSTOMERS_EQUIPMENT, act_negated, about_customers_own, names_customers_request

from checker_lines import rules_of, verdict_of, word_at


# --- п. 7: a failure word said of the customer's own device -----------------------------------------------------------

@pytest.mark.parametrize("line, word", [
    ("Сбой настроек на датчике дыма уберёт сброс к заводским: держите кнопку пять секунд.", "сбой"),
    ("сбой даты на вашем термостате исправит обновление прошивки через приложение", "сбой"),
    ("Задержку срабатывания в контроллере выставьте секунд на пятнадцать.", "задержку"),
    ("задержку включения на розетке поставьте минуту в настройках сценария", "задержку"),
    ("Если планшет выдаёт сбой синхронизации, перезапустите его.", "сбой"),
])
def test_item_7_a_failure_word_said_of_the_customers_own_device_is_not_the_networks(line, word):
    assert about_customers_own(*word_at(line, word))
    assert not rules_of(line) & {"service-failure-words", "problem-word", "delay-verb"}


@pytest.mark.parametrize("line, word", [
    # the carrier's side in the sentence keeps the word the rule's, whatever device is named beside it
    ("Сбой на вышке, поэтому ваш датчик и не выходит на связь.", "сбой"),
    ("у нас авария на станции из-за неё ваша камера офлайн", "авария"),
    ("Задержка зачисления платежа, трекер включится, как деньги придут.", "задержка"),
    ("Сбой в сети, а не в вашем роутере.", "сбой"),
    # a possessive alone names no device: the customer's number or district is still the network's trouble
    ("Есть сбой по вашему номеру, входящие не проходят.", "сбой"),
    ("в вашем квартале авария до вечера", "авария"),
    # a device the failure caused trouble to is not what the failure is said of
    ("Из-за аварии трекер молчит до вечера.", "аварии"),
    ("Авария, поэтому камера и не пишет.", "авария"),
])
def test_item_7_a_failure_word_near_the_carriers_side_or_without_a_device_stays_the_rules(line, word):
    assert not about_customers_own(*word_at(line, word))
    assert verdict_of(line) != "allow"


def test_item_7_a_device_the_line_denies_is_not_what_the_word_is_about():
    line = "Проблема не в вашем модеме, проблема в узле связи."
    assert not about_customers_own(*word_at(line, "проблема"))


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["сеть", "вышку", "сервер", "линию", "станцию"]),
       st.sampled_from(["датчике", "камере", "счётчике", "панели"]))
def test_item_7_any_carriers_word_in_the_sentence_keeps_the_failure_word_flagged(carrier, device):
    line = f"Сбой на {device}, потому что мы перезагружаем {carrier}."
    assert not about_customers_own(*word_at(line, "сбой"))
    assert "service-failure-words" in rules_of(line)


# --- п. 14: "тикет" as the customer's own request -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Продиктуйте, пожалуйста, номер тикета из письма, я его найду.",
    "по вашему тикету выезд мастера назначен на четверг",
    "Ваш тикет у меня открыт, номер тикета 40912, звоните с ним, если что.",
])
def test_item_14_the_customers_request_under_its_loanword_is_no_internal_term(line):
    assert names_customers_request(*word_at(line, "тикет"))
    assert "internal-terms" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Ваш тикет я переслал в службу эксплуатации, пусть разбираются.",
    "номер тикета скинул на вторую линию там ответят",
    "Я сначала тикет закрою, потом возьму следующий звонок.",  # the operator's own work item, not the customer's
    "Открыли ТТ на ваш адрес, ждите.",
])
def test_item_14_a_ticket_sent_inside_the_company_or_not_the_customers_stays_an_internal_term(line):
    assert "internal-terms" in rules_of(line)


# --- п. 24: entering the customer's account, denied --------------------------------------------------------------

@pytest.mark.parametrize("line, words", [
    ("Под вашей учёткой мы никогда не заходим, пароль оставьте при себе.", "под вашей учёткой"),
    ("под вашим логином я не захожу пароль поменяйте через приложение", "под вашим логином"),
])
def test_item_24_the_account_act_the_line_denies_is_the_instructions_own_stance(line, words):
    assert act_negated(*word_at(line, words))
    assert "client-account-login" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Не волнуйтесь, захожу под вашей учёткой и всё поправлю.",
    "под вашим логином я зайду сама а вы не переживайте",
    "Под вашей учёткой мы не заходим без пароля, так что продиктуйте пароль.",
])
def test_item_24_a_negation_of_another_verb_or_a_password_asked_still_blocks(line):
    assert "client-account-login" in rules_of(line)


# --- one home: the home network's address reads the same equipment words ----------------------------------------

def test_the_home_networks_address_reads_the_customers_equipment_words_from_one_home():
    from guard.disclosure import sense

    assert sense._HOME_DEVICE is CUSTOMERS_EQUIPMENT
    assert "internal-address" not in rules_of("Адрес камеры в домашней сети поменяйте на 192.168.0.77.")
    assert "internal-address" in rules_of("Наш сервер статистики на 10.20.4.12:8080, туда и смотрите.")


def test_a_parse_that_fails_keeps_every_hit(monkeypatch):
    from guard.disclosure import about

    def broken(text):
        raise RuntimeError("no model")

    monkeypatch.setattr(about, "_parse", broken)
    line = "Сбой даты на термостате уберёт перезагрузка."
    assert not about_customers_own(*word_at(line, "сбой"))
    assert "service-failure-words" in rules_of(line + " ")
