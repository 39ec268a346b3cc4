"""Ordinary operator speech, the instructions' own recommended phrases, and the client's words raise nothing."""
from __future__ import annotations

import pytest

from guard.disclosure import check

ORDINARY = [
    "Задержитесь, пожалуйста, на линии, я уточню информацию.",
    "задержитесь на линии пожалуйста",
    "Оставайтесь на линии, соединяю со специалистом.",
    "Ваш платёж поступил, баланс 350 рублей.",
    "Пётр Сергеевич, услуга подключена, спасибо за обращение.",
    "Услуга может быть подключена через личный кабинет.",
    "Это может быть связано с настройками точки доступа.",
    "Давайте решим вашу проблему с подключением.",
    "В чём проблема, расскажите подробнее?",
    "Ваш вопрос я взяла на контроль, перезвоню завтра.",
    "У вас подключена услуга «Родительский контроль».",
    "Платёж зачислен сегодня в 10:15.",
    "Не волнуйтесь, деньги не пропадут.",
    "Вы правы, давайте я сделаю перерасчёт.",
    "Я уточню информацию у специалистов и вернусь к вам.",
    "Мы не сообщаем, где находится базовая станция.",
    "Да, такое возможно при слабом сигнале.",
    "Назовите, пожалуйста, фамилию, имя и отчество владельца договора.",
    "Информацию о номерах, оформленных на вас, можно получить только в офисе.",
    "Сим-карту можно заменить в любом салоне связи.",
    # near misses of the rules added after the blind sets
    "Задержек с зачислением сейчас нет, платёж придёт в течение нескольких минут.",
    "вышки в вашем городе поддерживают четыре джи",
    "откройте приложение в десять ноль ноль",
    "На ваше имя можно оформить до 20 номеров.",
    "Позвонить в контактный центр можно по номеру 0611 с мобильного — это бесплатно.",
    "Никому не называйте пароль от личного кабинета.",
    "Владелец номера может подключить услугу в личном кабинете.",
    "Мой операторский номер — 4521.",
    "Договор заключён с компанией МТС, условия есть на сайте.",
    "Назовите, пожалуйста, последние четыре цифры номера.",
    # the public site is no internal address (the line model, at its LOAO threshold 0.75, needs to see it)
    "Тарифы и условия опубликованы на сайте mts.ru.",
    "Карта покрытия есть на сайте mts.ru в разделе «Связь».",
    "на сайте мтс точка ру есть карта покрытия",
]
RECOMMENDED = [
    # Инструкция запретов, п. 7 (both standard phrases), п. 23, п. 13, п. 16
    "Действительно, в настоящее время у ряда наших абонентов, в этом районе, наблюдаются временные ограничения с "
    "исходящей связью. Возможно, они вызваны проведением работ по улучшению качества связи в этом районе.",
    "В настоящее время ограничений в этом районе не зафиксировано. Мы примем Вашу информацию к сведению, она поможет "
    "нам разобраться с данным вопросом. Спасибо за Ваше обращение.",
    "В настоящий момент нет доступа к запрашиваемой информации. Я предлагаю Вам перезвонить позже. Благодарю Вас за понимание.",
    "Я понял Ваш вопрос, для решения этого вопроса в настоящий момент потребуется консультация специалиста, с которым я "
    "сейчас Вас соединю. Пожалуйста, оставайтесь на линии и дождитесь соединения со специалистом.",
    "Спасибо, что сообщили нам о данной ситуации. Будьте уверены, мы обязательно разберемся.",
    # 001, 002, 003, 004
    "Для решения Вашего вопроса, я соединю Вас со специалистом сервисного обслуживания, пожалуйста, дождитесь ответа.",
    "Извините, не могли бы подождать 2 мин? Я уточню данную информацию для Вас.",
    "Мы понимаем Ваше желание разрешить данную ситуацию. В настоящее время технические специалисты делают все "
    "возможное для решения вопроса в самые сжатые сроки.",
    "К сожалению, в таком тоне разговор продолжаться не может, я буду вынужден(а) прекратить разговор.",
    "Я не могу предоставить ответ на ваш вопрос, так как он не относится к работе компании МТС.",
    "Здравствуйте, меня зовут Ольга Иванова, чем я могу Вам помочь?",
    "Спасибо за звонок, до свидания.",
    # the card policy's refusal wording (152-ФЗ)
    "К сожалению, данные владельца по этому договору отсутствуют, поэтому предоставить их я не могу.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_operator_speech_is_allowed(text):
    result = check(text)
    assert result.verdict == "allow", [(v.rule, text[v.start:v.end]) for v in result.violations]


@pytest.mark.parametrize("text", RECOMMENDED)
def test_the_instructions_recommended_phrases_are_allowed(text):
    result = check(text)
    assert result.verdict == "allow", [(v.rule, text[v.start:v.end]) for v in result.violations]


@pytest.mark.parametrize("text", [
    "У меня сбой какой-то, интернет не работает",
    "Девушка, я не знаю, что у вас там за авария",
    "Мой номер 8 916 123 45 67, паспорт 4505 678901",
    "Меня зовут Иванов Пётр Сергеевич, живу на Тверской, дом 5",
])
def test_the_clients_own_words_are_never_violations(text):
    result = check(text, "client")
    assert result.verdict == "allow" and result.violations == []


@pytest.mark.parametrize("text", [
    "наш справочный номер восемь четыреста девяносто пять девятьсот семьдесят четыре восемьдесят восемь восемьдесят "
    "восемь звоните в любое время",
    "Наш справочный номер 8 495 974 88 88, звоните в любое время.",
])
def test_the_companys_own_number_of_the_shared_list_is_no_ones_data_for_the_model_either(text):
    # whose number: policies/lists.yaml names it the company's own; the line model read "справочный номер + number"
    # as a department's phone (п. 10) in the ASR rendering
    assert check(text).verdict == "allow", check(text).violations


def test_a_model_guess_of_a_number_rule_still_counts_with_a_subscribers_number_beside_the_companys():
    text = "наш номер восемь четыреста девяносто пять девятьсот семьдесят четыре восемьдесят восемь восемьдесят восемь " \
           "а номер вашей жены восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"
    assert check(text).verdict != "allow"


@pytest.mark.parametrize("text", [
    "Приходите в наш офис на Ленинском проспекте, 30.",
    "приходите в наш офис на ленинском проспекте тридцать",
    "Ближайший салон связи на Тверской, 7, работает до девяти; возьмите с собой паспорт.",
])
def test_the_companys_own_office_address_is_not_a_customers_address(text):
    assert check(text).verdict == "allow", check(text).violations


@pytest.mark.parametrize("text", [
    "Ближайший салон связи — улица Тверская, дом 7, а ваш адрес доставки счетов — Садовая, 12.",
    "Наш офис на Ленинском проспекте, 30; счета приходят вам на улицу Садовую, 12, кв. 4.",
])
def test_a_customers_address_beside_the_companys_office_is_still_flagged(text):
    assert check(text).verdict != "allow"


def test_an_address_found_inside_the_company_office_stretch_is_dropped_however_wide_the_recognizer(monkeypatch):
    # the address kind may be widened (recognizers/address.py) to find "Ленинском проспекте, 30" without a cue: whose
    # address it is, the checker decides
    from guard.disclosure import DisclosureChecker, checker as checker_module
    from guard.entities import Entity

    text = "Приходите в наш офис на Ленинском проспекте, 30, с паспортом."
    start = text.index("Ленинском")
    found = [Entity(start, text.index(", с паспортом"), "ADDRESS", 0.9)]
    monkeypatch.setattr(checker_module, "might_hold_personal_data", lambda utterance: True)
    monkeypatch.setattr(checker_module, "quick_entities", lambda utterance: list(found))
    rules_only = DisclosureChecker(checker_module.default_checker().rules, use_engine=False)
    assert rules_only.check(text).verdict == "allow"
    customer = "Ваш адрес прописки: Ленинский проспект, 30."
    found[:] = [Entity(customer.index("Ленинский"), len(customer) - 1, "ADDRESS", 0.9)]
    assert "address" in rules_only.check(customer).rules


@pytest.mark.parametrize("text, ours", [
    ("Приходите в наш офис на Ленинском проспекте, 30.", True),
    ("Адрес ближайшего салона связи: ул. Ленина, 24, работает с 9 до 21.", True),
    ("Курьер привезёт договор в ваш офис на Ленинском проспекте, 30.", False),  # the caller's own place
    ("Отправим акт в офис вашей компании на Ленинском проспекте, 30.", False),
    ("Счета доставляются в офис владельца на Ленинском проспекте, 30.", False),  # the owner's address
])
def test_whose_office_the_companys_own_or_the_callers(text, ours):
    from guard.disclosure.sense import company_place_spans
    from guard.disclosure.text import Utterance

    assert bool(company_place_spans(Utterance(text))) is ours


@pytest.mark.parametrize("text", [
    "да пожалуйста зовут меня кирилл табельный номер сорок ноль восемь два",
    "Да, пожалуйста: зовут меня Кирилл, табельный номер 4082.",
])
def test_item18_the_operators_own_name_in_either_word_order_is_no_owners_name(text):
    assert check(text).verdict == "allow", check(text).violations
