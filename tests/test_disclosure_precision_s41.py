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
from guard.disclosure.sense import a_note_about_the_customer, callers_words_spans, read_back_spans, states_item6_conditions
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


# --- a number called by its last 4 digits after "на", in a line alone ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "Смс-рассылка шла с номера на 41-17, отключаю её.",
    "списания были с номера на четыре тысячи сто семнадцать",
    "Кодовое слово верно, поэтому скажу: подписка была на номере на 4117.",
])
def test_item_6_a_number_called_by_its_tail_is_flagged_in_a_line_alone(line):
    assert _check(line) == "block"


@pytest.mark.parametrize("line", [
    "Пополните номер на 1500, и связь вернётся.",
    "вам начислили на номер на тысячу двести бонусов",
    "Договор постоплатный, ФИО вы назвали полностью: больше всех потратил номер на 4117.",
])
def test_a_sum_a_verb_takes_or_item_6_stated_is_no_tail_told(line):
    assert _check(line) == "allow"


# --- a value failing the company's own check was given to the operator ------------------------------------------------

@pytest.mark.parametrize("line", [
    "СНИЛС 118-224-330 71 не проходит проверку — проверьте, пожалуйста, цифры.",
    "imei три пять один два ноль ноль девять восемь семь шесть пять четыре три два один не проходит проверку видимо перепутана цифра",
])
def test_a_value_that_fails_the_check_is_said_back(line):
    assert _check(line) == "allow"


@pytest.mark.parametrize("line", [
    "СНИЛС 118-224-330 71 не проходит проверку, а по договору у владельца СНИЛС 118-224-330 99.",
    "Паспорт 4511 908172 недействителен, владелец его потерял.",
    "ИНН 7734123456 у владельца, а тот, что вы назвали, не проходит проверку.",
])
def test_attack_a_value_beside_the_failed_one_or_a_documents_validity_is_blocked(line):
    assert _check(line) == "block"


# --- п. 9: a called number's digits described by their nouns -----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Вызов шёл на номер, где в начале две шестёрки, он зарубежный.",
    "входящий был с номера с двумя восьмёрками на конце",
    "По детализации звонок на телефон с тремя единичками подряд.",
])
def test_item_9_a_called_numbers_digits_told_by_their_nouns_are_blocked(line):
    assert _check(line) == "block"


@pytest.mark.parametrize("line", [
    "Если звонят с номера с тремя семёрками и просят код — кладите трубку.",
    "Номера с двумя семёрками подряд можно выбрать в салоне, они платные.",
    "Звонок был исходящий, на международный номер, в Казахстан.",
])
def test_item_9_a_supposed_call_a_number_for_sale_or_the_call_type_tells_no_digit(line):
    assert _check(line) == "allow"


# --- a note about the customer for colleagues says п. 14's terms to no customer ---------------------------------------

@pytest.mark.parametrize("line", [
    "Аб. просит расторжение, оформлено сторнирование платежа, передан на линию удержания.",
    "клиентка жалуется на списания платёж поставлен на сторнирование",
])
def test_item_14_internal_terms_in_a_note_about_the_customer_are_said_to_no_customer(line):
    assert a_note_about_the_customer(Utterance(line))
    assert "internal-terms" not in _rules(line)


@pytest.mark.parametrize("line", [
    "Абоненту объяснила, что у вас сторнирование платежа.",
    "Переведу вас на линию удержания, не кладите трубку.",
    "Клиент спрашивает про сторнирование — объясните ему, что это?",
])
def test_attack_item_14_a_term_said_to_the_customer_is_still_flagged(line):
    assert not a_note_about_the_customer(Utterance(line))
