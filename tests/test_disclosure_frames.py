"""Who does what to whose data (guard.disclosure.frames): п. 18 and п. 25 read from the roles, not from listed words.

Each test states one reading with a line no wording rule lists, and the look-alike that must stay allowed. The rules
alone (no model, no verifier): the frames are the checker's own findings.
"""
from __future__ import annotations

import pytest

from guard.disclosure import DisclosureChecker, default_checker
from guard.disclosure.frames import (addresses_by_kind, changes_account_data, false_own_number, frame_features,
                                     names_unit_contacted, tells_relatives_activity, withholds_own_identity)
from guard.disclosure.text import Utterance


@pytest.fixture(scope="module")
def rules_only() -> DisclosureChecker:
    return DisclosureChecker(default_checker().rules, use_engine=False)


@pytest.mark.parametrize("text", [
    "Номерок свой называть не стану, у нас так не принято.",
    "личный номер сотрудника в эфире не озвучиваем",
    "Идентификатор оператора у нас засекречен.",
    "Номер не дам, можете жаловаться.",
    "я без номера работаю я стажёр",
])
def test_item18_the_operator_withholding_their_own_number_is_the_violation(text: str, rules_only) -> None:
    assert withholds_own_identity(Utterance(text)) is not None
    assert "operator-number-refusal" in rules_only.check(text).rules


@pytest.mark.parametrize("text", [
    "Номер звонившего мы не сообщаем, но тип вызова видно: входящий.",
    "Узнать, на кого оформлен номер, можно лично в офисе с паспортом.",
    "Чтобы не было списаний, можно запретить короткие номера.",
    "Меня зовут Кирилл, мой операторский номер 4417.",
])
def test_item18_withholding_someone_elses_number_or_giving_ones_own_is_not_the_frame(text: str) -> None:
    assert withholds_own_identity(Utterance(text)) is None


@pytest.mark.parametrize("text", ["Мой код сотрудника 0000, это номер для всех.",
                                  "Назову какой-нибудь, 12345, проверять никто не будет."])
def test_item18_a_number_nobody_is_given_is_false_data(text: str, rules_only) -> None:
    assert false_own_number(Utterance(text)) is not None
    assert "operator-number-refusal" in rules_only.check(text).rules


@pytest.mark.parametrize("text", ["Меня зовут Дмитрий, мой номер оператора 123.",  # short: a real one
                                  "Свой номер можно узнать бесплатно: наберите *111*0#.",
                                  "Мой номер оператора 4417."])
def test_item18_a_real_number_or_a_service_code_is_not_false_data(text: str) -> None:
    assert false_own_number(Utterance(text)) is None


@pytest.mark.parametrize("text", [
    "Без проблем, e-mail для счетов в карточке сейчас заменю на тот, что вы продиктовали.",
    "Так, девичью фамилию убираю, ставлю новую.",
    "Записываю в учётку новую дату рождения.",
    "ИНН организации в карточке я поправил, сверять с выпиской не будем.",
])
def test_item25_the_operator_changing_account_data_on_the_call_is_the_violation(text: str, rules_only) -> None:
    assert changes_account_data(Utterance(text)) is not None
    assert "client-data-change" in rules_only.check(text).rules


@pytest.mark.parametrize("text", [
    "Новую фамилию в договор внесут в офисе, когда вы покажете паспорт.",
    "Изменение данных владельца оформляется по процедуре административной замены.",
    "Я внесу в заявку удобное время для звонка монтажника.",
    "Проверю, правильно ли записала вашу почту.",
    "E-mail для входа вы можете сами изменить в профиле.",
    "Я не буду менять фамилию без документов.",
])
def test_item25_the_sanctioned_ways_and_someone_elses_act_are_not_the_frame(text: str) -> None:
    assert changes_account_data(Utterance(text)) is None


def test_item12_an_opinion_on_the_companys_side_is_a_model_feature_not_a_finding() -> None:
    assert "frame:opinion-on-company" in frame_features(Utterance("Лично я против этого повышения тарифа."))
    assert "frame:opinion-on-company" not in frame_features(Utterance("Лично я вам перезвоню завтра."))


@pytest.mark.parametrize("text", [
    "Бабуля, нажмите на телефоне зелёную кнопку.",
    "бабуля нажмите на телефоне зелёную кнопку",
    "Так, мамаша, подождите минуту.",
    "ну дедушка вы меня слышите",
    "Бабуль, вы нажмите зелёную кнопочку.",  # the spoken vocative, its ending dropped
    "Смотрите, бабуля, услуга подключена ещё с марта.",  # set off by commas mid-sentence
])
def test_item15_a_person_noun_opening_a_line_to_the_caller_is_a_form_of_address(text: str, rules_only) -> None:
    assert addresses_by_kind(Utterance(text)) is not None
    assert "form-of-address" in rules_only.check(text).rules


@pytest.mark.parametrize("text", [
    "Кирилл, подождите минуту, я проверю.",  # a name: the sanctioned address
    "Елена Викторовна, вы меня слышите?",
    "Специалист вам перезвонит в течение часа.",  # someone spoken of: 3rd person
    "Мастер, который к вам приходил, оставил заявку.",
    "Владелец может прийти в офис с паспортом.",
])
def test_item15_a_name_or_someone_spoken_of_is_not_a_form_of_address(text: str) -> None:
    assert addresses_by_kind(Utterance(text)) is None


@pytest.mark.parametrize("text", [
    "Ваш сын вчера отправил с этого номера сорок сообщений на короткий номер 7781.",
    "на номер вашего мужа на прошлой неделе было пополнение на пятьсот рублей с карты",
    "Номер вашей мамы последний раз был в сети в Твери.",
    "ваша дочь подключила себе подписку на фильмы",
])
def test_002_what_a_relatives_number_did_is_confidential(text: str, rules_only) -> None:
    assert tells_relatives_activity(Utterance(text)) is not None
    result = rules_only.check(text)
    assert "relatives-activity" in result.rules and result.verdict == "block"


@pytest.mark.parametrize("text", [
    "Сведения о звонках с номера вашего сына я сообщить не могу, он может получить их сам.",
    "Детализацию по номеру супруги может заказать только владелец номера.",
    "Ваш сын звонил раньше, но данные по номеру я могу обсуждать только с владельцем.",
    "Попросите супругу позвонить нам самой, если нужна информация по её номеру.",
    "Если ваш сын потерял сим-карту, её можно заблокировать.",
])
def test_002_a_refusal_a_condition_or_a_call_to_us_about_a_relative_is_not_the_frame(text: str) -> None:
    assert tells_relatives_activity(Utterance(text)) is None


@pytest.mark.parametrize("text", [
    "Коллеги из службы поддержки сети сказали, что вышка исправна.",
    "сетевики уже в курсе вашей так да проблемы я им звонил",
    "Группа эксплуатации сети сообщила мне, что работы закончатся к вечеру.",
    "я написала в технический отдел они ответили что всё в порядке",
    "Ваш вопрос я переслала в группу по роумингу, там сказали ждать три дня.",
])
def test_item11_a_named_unit_and_what_it_said_or_was_asked_is_the_violation(text: str, rules_only) -> None:
    assert names_unit_contacted(Utterance(text)) is not None
    assert "internal-service-named" in rules_only.check(text).rules


@pytest.mark.parametrize("text", [
    "Я передам ваше обращение специалистам, ответ придёт в течение трёх дней.",  # what will be done: the script
    "Уточните в отделе кадров вашей компании, кто выдавал сим-карту.",  # the caller's own company (п. 4)
    "Отдел продаж в офисе работает до восьми вечера.",
    "Служба поддержки работает круглосуточно.",
])
def test_item11_the_script_the_callers_company_or_a_unit_doing_nothing_past_is_not_the_frame(text: str) -> None:
    assert names_unit_contacted(Utterance(text)) is None
