"""Stop 49 (issue 12, s49-discah): disc_ah49's author (a text-relay line) said the actions of пп. 21, 22, 24, 25 in
ways the frames did not read — a call itself let go by, an MMS as a compound's second part, a credential handed over
with its verb left out, an office named only as the trip the caller is spared — and read back, in a chat, what the
caller typed. Each rule on phrasings of my own (none copied from the set), each with a clean line in similar words
(docs/disclosure.md, "Stop 49 (s49-discah)")."""
from __future__ import annotations

import pytest

from guard.disclosure import default_checker
from guard.disclosure.frames import (asks_for_the_credential, changes_account_data, holds_off_answering, withholds_own_identity,
                                     sends_an_mms)
from guard.disclosure.sense import read_back_spans
from guard.disclosure.text import Utterance


def _verdict(line: str) -> str:
    return default_checker().check(line, "operator").verdict


# --- п. 21: a call the operator let go by ---------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Ваш звонок я прозевала, пока закрывала заявку, он вернулся в очередь.",
    "видеозвонок ваш я пропустил пока отвечал в чате",
    "Простите, я пропустила ваш вызов, обедала.",
])
def test_item_21_a_call_the_operator_let_go_by_is_late_answering(line):
    assert holds_off_answering(Utterance(line)) is not None


@pytest.mark.parametrize("line", [
    "У вас пропущенный вызов с этого номера, перезвоните.",
    "Вы пропустили наш звонок, ничего страшного.",
    "Пропущу вас вне очереди, минуту.",
    "Ваш звонок я не пропустила, всё в порядке.",
])
def test_item_21_a_missed_call_not_the_operators_or_a_queue_is_not_late_answering(line):
    assert holds_off_answering(Utterance(line)) is None


# --- п. 22: an MMS as the second part of a compound --------------------------------------------------------------

def test_item_22_an_mms_as_a_compounds_second_part_is_sent():
    assert sends_an_mms(Utterance("Схему подключения отправлю фото-MMS прямо из CRM.")) is not None


def test_item_22_the_caller_told_to_send_a_compound_mms_is_not_the_operators():
    assert sends_an_mms(Utterance("Пришлите фото-MMS с ошибкой на наш номер.")) is None


# --- п. 24: the credential handed over with the verb left out -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Давайте проще: вы мне логин и пароль, а я сама всё подключу.",
    "вы нам пароль от кабинета а мы дальше сами",
])
def test_item_24_the_credential_handed_to_the_operator_without_a_verb_is_asked_for(line):
    assert asks_for_the_credential(Utterance(line)) is not None
    assert _verdict(line) != "allow"


@pytest.mark.parametrize("line", [
    "Пароль мне не нужен, вы сами войдите в приложение.",
    "Вы мне пароль не называйте, он только ваш.",
    "Вам пароль придёт в SMS через минуту.",
])
def test_item_24_a_credential_with_its_own_predicate_or_negated_is_not_asked_for(line):
    assert asks_for_the_credential(Utterance(line)) is None


# --- п. 25: the office named as the trip the caller is spared ------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Исправила в договоре отчество, в салон можно не приходить.",
    "вписал в анкету новую прописку в офис ехать не нужно",
])
def test_item_25_a_change_that_spares_the_office_is_a_change(line):
    assert changes_account_data(Utterance(line)) is not None


@pytest.mark.parametrize("line", [
    "Отчество в договоре поменять можно только в офисе, по телефону не могу.",
    "Фамилию в карточке исправлю по заявке на административную замену.",
])
def test_item_25_a_change_by_the_sanctioned_route_is_not_flagged(line):
    # the route's words were shadowed by п. 23's list of the same name: the office route was never read before
    assert changes_account_data(Utterance(line)) is None


def test_item_25_a_place_after_a_preposition_is_no_other_agent_of_the_change():
    assert changes_account_data(Utterance("Занесла в карточку новый e-mail, в салон идти не придётся.")) is not None
    assert changes_account_data(Utterance("Офис занёс в карточку новый e-mail.")) is None


# --- read-backs in a chat: what the caller typed or sent, checked back -------------------------------------------

@pytest.mark.parametrize("line", [
    "Проверяю, что вы напечатали: серия 45 07 номер 118834, всё правильно?",
    "сверяю что вы набрали снилс сто двенадцать двести тридцать три четыреста сорок пять девяносто пять верно",
    "Уточняю адрес доставки: Екатеринбург, ул. Белинского, 120, кв. 14, верно?",
    "Получила от вас фото паспорта: серия 65 03 номер 771204, для заявки хватит.",
    "ИНН 667140835230 в вашем сообщении получил, договор оформим.",
])
def test_a_value_the_caller_typed_or_sent_checked_back_is_a_read_back(line):
    assert read_back_spans(Utterance(line))


@pytest.mark.parametrize("line", [
    "Получила из базы: владелец Смирнов Олег Петрович.",
    "Я не получила от вас паспорт, пришлите ещё раз.",
    "Он получил ИНН 667140835230 в налоговой.",
    "Проверяю сама по карточке: серия 45 07 номер 118834.",
])
def test_a_value_from_the_records_or_not_received_is_no_read_back(line):
    assert not read_back_spans(Utterance(line))


# --- the operator's own number and name in apposition ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Записывайте: оператор 3417, Марина Сорокина, я на линии до 21:00.",
    "записывайте оператор сорок один семнадцать марина сорокина я на линии до девяти",
    "Оператор 5120, Олег Дьяконов, чем помочь?",
])
def test_the_operators_own_number_then_full_name_is_an_introduction(line):
    assert _verdict(line) == "allow"


def test_an_owners_name_after_the_introduction_is_still_told():
    line = "Оператор 3417, Марина. Номер оформлен на Сорокину Марину Петровну."
    assert _verdict(line) != "allow"


# --- п. 15: a person placed beside someone is spoken of; a 2nd-person verb after the word addresses ------------------

@pytest.mark.parametrize("line", [
    "Молодой человек возле вас в кадре — ваш брат? Он тоже будет на связи?",
    "женщина рядом с вами на видео переводит верно",
])
def test_item_15_a_person_placed_beside_someone_is_spoken_of(line):
    assert _verdict(line) == "allow"


@pytest.mark.parametrize("line", [
    "девушка уточните пожалуйста какая симка потерялась",
    "мужчина сообщите пожалуйста какая карта пропала",
    "Девушка, рядом с вами есть наш салон.",
    "девушка рядом есть салон зайдите",
    "девушка около пяти минут подождите",
])
def test_item_15_the_caller_addressed_by_the_word_stays_flagged(line):
    assert _verdict(line) != "allow"


# --- п. 18: the possessive of another clause marks no operator's own identity ------------------------------------------

@pytest.mark.parametrize("line", [
    "Паспортные данные владельца диктовать не стану, это персональные данные. Продиктуйте свои — сверю.",
    "паспортные данные владельца диктовать не стану это персональные данные продиктуйте свои сверю",
])
def test_item_18_a_refusal_of_the_owners_data_then_the_callers_own_asked_is_no_refusal_of_the_operators(line):
    assert withholds_own_identity(Utterance(line)) is None


@pytest.mark.parametrize("line", ["номер свой не скажу", "Номер мой называть не стану.", "данные мои вам ни к чему"])
def test_item_18_the_operators_own_number_or_data_withheld_stays(line):
    assert withholds_own_identity(Utterance(line)) is not None


# --- a question said back, then answered: the answer is the operator's ----------------------------------------------

@pytest.mark.parametrize("line", [
    "Вы спросили, сколько номеров на вас: их три, все на одном тарифе.",
    "вы спрашивали какие номера на вас их две обе на безлимите",
])
def test_item_8_the_count_answering_a_question_said_back_is_told(line):
    assert _verdict(line) == "block"


@pytest.mark.parametrize("line", [
    "Вы спросили, на кого оформлен номер: этого я сказать не могу.",
    "вы спрашивали почему списали триста рублей это абонентская плата",
])
def test_a_question_said_back_then_answered_with_no_value_stays_clean(line):
    assert _verdict(line) == "allow"


# --- what the first measurement over every set taught: dialling, the records compared, a request of another kind --------

@pytest.mark.parametrize("line", [
    "По детализации вы в среду дважды набирали 8 902 114-37-58, оба звонка короткие.",
    "Сверяю: у нас записан паспорт 6503 771204, выдан в 2011 году, это ваш прежний?",
])
def test_a_dialled_number_or_the_records_compared_is_no_read_back(line):
    assert _verdict(line) == "block"


def test_item_25_a_request_of_another_kind_than_broadband_is_no_sanctioned_route():
    line = "отчество с ошибкой продиктуйте правильное я исправлю и заявку на перенос номера отправим заново"
    assert changes_account_data(Utterance(line)) is not None
    assert changes_account_data(Utterance(
        "Заявка на домашний интернет ещё не исполнена, паспорт в заявке исправлю сейчас.")) is None
