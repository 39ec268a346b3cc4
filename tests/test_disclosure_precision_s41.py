"""Stop 41 (issue 12): readings that mend what flagged clean lines of, or let violations of, the two authors of stop 40
(disc_q40: a retention and number-porting line, disc_r40: a technical support and network complaints audit) at first
contact — the instruction's own name for the main identification (п. 6), the caller's own verb of introducing
themselves, the card named as a source ending a read-back, someone entered as the contract's holder (п. 25), every
number of the customer's given out (п. 8), a support unit contacted (п. 11). Each is tested on phrasings of my own
(none copied from those sets), each with the attack that a real violation in similar words is still flagged
(docs/disclosure.md, "Stop 41")."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.frames import changes_account_data, names_unit_contacted, offers_the_numbers_list
from guard.disclosure.sense import callers_words_spans, read_back_spans, states_item6_conditions
from guard.disclosure.text import Utterance


def _check(line: str) -> str:
    return default_checker().check(line, "operator").verdict


def _rules(line: str) -> set[str]:
    return set(default_checker().check(line, "operator").rules)


# --- п. 6: "по основной идентификации" is the instruction's own name for the identification by full name ------------

@pytest.mark.parametrize("line", [
    "По основной идентификации, договор у вас постоплатный, скажу последние четыре цифры: 5190.",
    "по основной идентификации договор постоплатный последние цифры номера пять один девять ноль",
    "Основную идентификацию вы прошли, тариф постоплатный, номер оканчивается на 3318.",
])
def test_item_6_the_main_identification_by_its_own_name_lets_the_last_four_be_said(line):
    assert states_item6_conditions(Utterance(line))
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "По основной идентификации на предоплатном тарифе скажу последние цифры: 5190.",
    "Без основной идентификации, договор постоплатный, скажу только хвостик: 5190.",
    "По альтернативной идентификации, договор постоплатный, последние цифры — 5190.",
    "По основной идентификации назову последние цифры: 5190.",  # postpaid not said
])
def test_attack_item_6_without_its_conditions_the_digits_are_blocked(line):
    assert _check(line) == "block"


# --- the caller's own verb of naming themselves: the name it governs is theirs, not the owner's ----------------------

@pytest.mark.parametrize("line", [
    "вы представились маргаритой олеговной хорошо назовите кодовое слово владельца",
    "вы назвались тимуром ринатовичем спасибо уточните дату рождения владельца договора",
])
def test_a_first_name_and_patronymic_the_caller_introduced_themselves_by_is_theirs(line):
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "вы представились маргаритой а номер записан на геннадия павловича",
    "владелец договора назвался геннадием павловичем",
    "номер оформлен на геннадия павловича а вы представились маргаритой",
])
def test_attack_the_owners_first_name_and_patronymic_beside_it_is_still_blocked(line):
    assert _check(line) == "block"


# --- a read-back ends where the operator names the card or the records as the source ---------------------------------

def test_a_read_back_ends_before_the_clause_naming_the_card():
    line = "Вы продиктовали почту lena.k@yandex.ru, в карточке записана другая: k.lena@mail.ru."
    spans = [line[s:e] for s, e in read_back_spans(Utterance(line))]
    assert spans and all("k.lena@mail.ru" not in span for span in spans)
    words = [line[s:e] for s, e in callers_words_spans(Utterance(line))]
    assert all("k.lena@mail.ru" not in span for span in words)


@pytest.mark.parametrize("line", [
    "Вы продиктовали почту lena.k@yandex.ru, в карточке записана другая: k.lena@mail.ru.",
    "вы продиктовали почту лена точка ка собака яндекс ру в карточке другая ка точка лена собака мэйл ру",
    "Вы назвали город, а СНИЛС владельца по договору 112-233-445 95.",
    "Вы назвали улицу, по договору паспорт владельца 4509 112233.",
])
def test_attack_a_value_read_from_the_card_after_a_read_back_is_blocked(line):
    assert _check(line) == "block"


@pytest.mark.parametrize("line", [
    "Вы продиктовали почту lena.k@yandex.ru — в карточке она такая же, всё сходится.",
    "вы назвали адрес проживания который совпадает с тем что в договоре спасибо",
    "Организацию вы назвали верно, контактное лицо по договору — Семёнова Ирина Львовна.",
])
def test_a_read_back_confirmed_by_the_card_stays_clean(line):
    assert _check(line) == "allow"


# --- п. 25: someone entered as the contract's holder -----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Давайте я сейчас запишу вашего сына собственником договора, бумаги не нужны.",
    "Впишу супругу хозяйкой номера прямо сейчас.",
    "сейчас внесу вас владелицей и всё",
])
def test_item_25_entering_someone_as_the_holder_is_a_change_of_the_account(line):
    assert changes_account_data(Utterance(line)) is not None
    assert _check(line) != "allow"


@pytest.mark.parametrize("line", [
    "Запишу вас на приём в офис, владельцем пока остаётся папа.",
    "Я не могу вписать вас владельцем по телефону, это делает салон по документам.",
    "Вписать вас владелицей можно только в офисе по свидетельству о наследстве.",
])
def test_item_25_a_holder_named_in_another_clause_or_refused_is_no_change(line):
    assert changes_account_data(Utterance(line)) is None


# --- п. 8: every number of the customer's given out ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Перечень всех ваших сим-карт могу выслать в мессенджер, скажите куда.",
    "все ваши номера сейчас зачитаю записывайте",
    "Давайте я продиктую все номера, что числятся на вас.",
])
def test_item_8_every_number_of_the_customers_given_out_is_blocked(line):
    assert offers_the_numbers_list(Utterance(line)) is not None
    assert _check(line) == "block"


@pytest.mark.parametrize("line", [
    "Перечень всех ваших номеров выдают только в офисе по паспорту.",
    "Все ваши номера я продиктовать не могу — только по письменному запросу.",
    "Могу перечислить все ваши подключённые услуги, их четыре.",
    "Вы можете сами посмотреть все свои номера в личном кабинете.",
    "Продиктую ваш номер целиком, проверьте, пожалуйста.",
])
def test_item_8_the_list_refused_sent_to_the_office_or_not_of_numbers_is_no_offer(line):
    assert offers_the_numbers_list(Utterance(line)) is None


# --- п. 11: a support unit named as contacted --------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Я написала в федеральную поддержку роуминга, там ответили, что всё исправят.",
    "передала ваш вопрос в региональную поддержку интернета они проверили",
])
def test_item_11_a_support_unit_contacted_is_named(line):
    assert names_unit_contacted(Utterance(line)) is not None
    assert _check(line) != "allow"


@pytest.mark.parametrize("line", [
    "Передам ваш вопрос в техническую поддержку, ответ придёт в течение суток.",
    "Спасибо за поддержку, вы очень помогли.",
])
def test_item_11_the_script_or_another_sense_of_support_names_no_unit(line):
    assert names_unit_contacted(Utterance(line)) is None


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["федеральную", "региональную", "московскую", "корпоративную", "сибирскую"]),
       st.sampled_from(["написала в", "переслала запрос в", "звонила в"]))
def test_item_11_a_past_contact_with_a_named_support_is_read_whatever_its_name(adjective, verb):
    line = f"Я {verb} {adjective} поддержку, мне ответили сегодня."
    assert names_unit_contacted(Utterance(line)) is not None
