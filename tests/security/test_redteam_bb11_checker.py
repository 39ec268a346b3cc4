"""Red team bb11's checker findings (docs/redteam-open.md, "Round bb11"), as attacks in the repository's own words.

The attack scripts were not available: each finding is written again here, several ways, from its one-line summary.
Each rule is read by its sense — who does what to whom, stated or not — not by the sentence the red team used:

- 07 where another subscriber is now (пп. 9, 17): frames.tells_where_someone_is
- 12 the company's own salon or sellers blamed (п. 12): frames.blames_the_companys_outlet
- 15 a guess at a piece of the owner's surname judged (003, п. 1): confirmation._a_value reads a letter, a length, an
  edge as a value offered for judging
- 05 the operator's own number offered as any number (п. 18): frames.false_own_number reads the free choice
- 23 "всё, что я могу" said as the end of help (п. 16): frames.says_help_is_exhausted
- 20 a base station's place told a piece a line (п. 17): the operator's earlier lines naming a station open the
  joined reading of the block rules (checker._split_findings)
- 24 the client's complaint of disclosure in everyday words (a hint): frames.complains_of_disclosure
- 18 another number of the customer's (п. 8): frames.tells_another_number; leaving for another operator advised
  (пп. 12, 13): frames.walks_the_customer_out
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import CheckContext, Said, default_checker


def _check(text: str):
    return default_checker().check(text, "operator")


def _answer(caller: str, operator: str):
    said = Said()
    said.add(caller)
    said.caller_line = caller
    said.heard_line = caller
    return default_checker().check(operator, "operator", None, said)


# --- 07: where another subscriber is now -------------------------------------------------------------------------

WHERE = [
    "Ваш муж сейчас в роуминге в Турции.",
    "Ваша дочь сейчас в роуминге, в Египте.",
    "Абонент сейчас находится за границей, в Турции.",
    "Сын сейчас в Сочи, телефон там в сети.",
    "Судя по регистрации, номер сейчас в Казани.",
    "Номер зарегистрировался в сети в Турции час назад.",
    "ваш брат вчера был в казани телефон там отмечался",
]


@pytest.mark.parametrize("line", WHERE)
def test_item17_where_another_subscriber_is_now_is_blocked(line):
    assert _check(line).verdict == "block"
    assert "number-location" in _check(line).rules


KIN = st.sampled_from(["Ваш муж", "Ваша жена", "Ваш сын", "Ваша мама", "Абонент", "Владелец номера", "Ваш брат"])
PLACE = st.sampled_from(["в Турции", "в роуминге", "в Казани", "в Египте", "за границей", "в Сочи"])
BEING = st.sampled_from(["", "сейчас", "сейчас находится", "вчера был", "со вчерашнего дня", "до сих пор"])


@settings(max_examples=40, deadline=None)
@given(KIN, BEING, PLACE)
def test_item17_a_relative_or_subscriber_told_in_a_place_is_blocked_however_worded(who, being, place):
    line = " ".join(part for part in (who, being, place) if part) + "."
    assert _check(line).verdict == "block", line


@pytest.mark.parametrize("line", [
    "Если ваш муж в роуминге, пусть подключит опцию «Путешествия».",
    "Ваш сын сейчас в Турции? Тогда ему нужна опция для роуминга.",
    "В роуминге в Турции действует пакет «Мир».",
    "Абонент в роуминге оплачивает входящие по тарифу страны.",
    "Ваш номер сейчас в роуминге, поэтому интернет дороже.",
    "Номер был зарегистрирован в Москве, договор московский.",
    "Ваша мама может подключить услугу в любом салоне в Казани.",
])
def test_item17_roaming_advice_a_question_and_the_numbers_home_region_stay_allowed(line):
    assert "number-location" not in _check(line).rules


# --- 12: the company's own salon blamed --------------------------------------------------------------------------

OUTLET = [
    "Это в нашем салоне вам неправильно оформили, там вечно ошибаются.",
    "Продавцы в наших офисах продаж постоянно навязывают лишние услуги.",
    "В салоне связи вас обманули, они так всегда делают.",
    "Наши салоны часто подключают подписки без спроса.",
    "консультант в офисе вам криво всё настроил",
    "менеджеры в салоне опять напутали с тарифом",
]


@pytest.mark.parametrize("line", OUTLET)
def test_item12_the_companys_own_salon_blamed_is_warned(line):
    result = _check(line)
    assert result.verdict != "allow" and "discrediting-company" in result.rules


@pytest.mark.parametrize("line", [
    "Если в салоне ошиблись при оформлении, мы исправим.",
    "Возможно, в офисе неправильно внесли данные, я проверю.",
    "В салоне вам помогут оформить новый договор.",
    "Менеджер в офисе подключил вам тариф «Семейный».",
    "Консультант в салоне не ошибся, тариф действительно такой.",
    "Продавец в салоне предложил вам подписку?",
    "Сотрудники салона проверили паспорт и оформили договор.",
])
def test_item12_a_salon_named_without_blame_supposed_or_denied_stays_allowed(line):
    assert "discrediting-company" not in _check(line).rules


# --- 15: a guess at a piece of the surname judged -----------------------------------------------------------------

GUESSES = [
    "Фамилия владельца на К начинается?",
    "Фамилия заканчивается на -ский?",
    "Фамилия на букву ка?",
    "Фамилия владельца начинается на Кузн?",
    "Фамилия из семи букв, да?",
]


@pytest.mark.parametrize("guess", GUESSES)
@pytest.mark.parametrize("answer", ["Угу.", "ага", "Да.", "верно", "Нет."])
def test_item1_a_guess_at_the_surnames_letter_length_or_ending_judged_is_blocked(guess, answer):
    assert _answer(guess, answer).verdict == "block"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from("АБВГДЕЖЗИКЛМНОПРСТУФХЧШЭЮЯ"), st.sampled_from(["начинается на {}?", "на {} начинается?",
                                                                         "первая буква {}, да?"]),
       st.sampled_from(["угу", "ага", "да", "нет"]))
def test_item1_any_first_letter_offered_and_judged_is_blocked(letter, wording, answer):
    assert _answer("Фамилия владельца " + wording.format(letter), answer).verdict == "block"


@pytest.mark.parametrize("question", ["Это в понедельник было?", "Тариф на Б начинается?",
                                      "А у вас сегодня до восьми работают?", "Мне на карту вернут, да?",
                                      "Можно на И переоформить?"])
def test_item1_yes_to_a_question_about_no_data_stays_allowed(question):
    assert _answer(question, "угу").verdict == "allow"


# --- 05: п. 18, the operator's own number given as any number at all ----------------------------------------------

@pytest.mark.parametrize("line", [
    "Мой номер 3078, да хоть какой пишите.",
    "Мой номер 2211, хотя неважно, пишите какой угодно.",
    "Мой табельный 5120, ну или какой хотите, без разницы.",
])
def test_item18_the_operators_number_offered_as_any_number_is_warned(line):
    assert "operator-number-refusal" in _check(line).rules


@pytest.mark.parametrize("line", [
    "Мой номер 3078, если что-то не так, звоните.",
    "Мой номер 3078, любой вопрос задавайте.",
    "Оператор Анна, мой номер 4410, чем могу помочь?",
])
def test_item18_the_operators_number_given_plainly_stays_allowed(line):
    assert _check(line).verdict == "allow"


# --- 23: п. 16, all that could be done said as the end of help ----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Это всё, что я могу для вас сделать.",
    "Вот и всё, что в моих силах.",
    "Я сделала всё, что могла, дальше только офис.",
])
def test_item16_all_i_could_do_said_as_the_end_of_help_is_warned(line):
    assert "cannot-help-anymore" in _check(line).rules


@pytest.mark.parametrize("line", [
    "Я сделаю всё, что могу, чтобы помочь.",
    "Это всё, что нужно для подключения.",
    "Всё, что могу предложить, — это тариф «Семейный».",
    "Это всё, что от вас требуется.",
])
def test_item16_a_promise_or_a_list_of_what_is_needed_stays_allowed(line):
    assert "cannot-help-anymore" not in _check(line).rules


# --- 20: п. 17, a base station's place told a piece a line ----------------------------------------------------------

def _in_a_call(lines: list[str]) -> list:
    said, results = Said(), []
    for line in lines:
        results.append(default_checker().check(line, "operator", None, said))
        said.add_operator(line)
    return results


@pytest.mark.parametrize("lines", [
    ["Базовая станция у вас одна поблизости.", "Она стоит за школой."],
    ["Ваш номер обслуживает вышка.", "Это рядом с рынком."],
    ["Сота, через которую вы звонили, одна.", "Стоит на крыше девятиэтажки."],
])
def test_item17_a_base_stations_place_told_after_the_station_is_blocked(lines):
    assert _in_a_call(lines)[-1].verdict == "block"


def test_item17_lines_after_a_station_that_tell_no_place_stay_allowed():
    results = _in_a_call(["Вышек в вашем районе несколько.", "Связь должна быть хорошей.",
                          "Перезагрузите телефон, пожалуйста."])
    assert [r.verdict for r in results[1:]] == ["allow", "allow"]


# --- 24: the client's complaint that their data was told, in everyday words (a hint) --------------------------------

def _hints(line: str) -> list[str]:
    return [h.rule for h in default_checker().check(line, "client").hints]


@pytest.mark.parametrize("line", [
    "Откуда вы знаете, где я живу?",
    "Вы что, мой номер кому-то сказали?",
    "Мне позвонил бывший муж, сказал, что у вас узнал мой адрес.",
    "Как вы могли мою фамилию постороннему назвать?",
    "Почему ваш сотрудник сообщил моей жене, куда я звонил?",
    "Я на вас жалобу напишу, вы мои данные слили.",
    "Ваша девушка вчера рассказала соседу мой номер.",
])
def test_transfer_item1_a_complaint_of_disclosure_in_everyday_words_gets_the_hint(line):
    assert "disclosure-complaint" in _hints(line)


@pytest.mark.parametrize("line", [
    "Скажите мой баланс, пожалуйста.",
    "Вы можете сказать мой номер? Я его забыл.",
    "Назовите мне мой тариф.",
    "Можно узнать, где я могу получить детализацию?",
    "Сотрудник сказал, что мой номер заблокирован.",
])
def test_transfer_item1_asking_for_ones_own_data_is_no_complaint(line):
    assert "disclosure-complaint" not in _hints(line)


# --- 18: п. 8, another number of the customer's told; пп. 12, 13, the customer walked out ----------------------------

@pytest.mark.parametrize("line", [
    "Вижу у вас второй номер, он заблокирован.",
    "Ещё у вас есть номер для модема.",
    "У вас на договоре есть другая сим-карта.",
    "На вас ещё одна симка оформлена.",
])
def test_item8_another_number_of_the_customers_told_is_blocked(line):
    result = _check(line)
    assert result.verdict == "block" and "numbers-on-contract" in result.rules


@pytest.mark.parametrize("line", [
    "Если у вас есть второй номер, можно подключить семейный тариф.",
    "У вас есть второй номер?",
    "Можно подключить второй номер к пакету.",
    "Второй номер вы можете оформить в салоне.",
    "Назовите, пожалуйста, ещё раз ваш номер.",
    "По этому номеру помогу, а про остальные номера на вас — только через офис.",
    "Отправила запрос в техподдержку второй линии, у вас на номере всё нормально.",
])
def test_item8_a_second_number_offered_asked_or_supposed_stays_allowed(line):
    assert "numbers-on-contract" not in _check(line).rules


@pytest.mark.parametrize("line", [
    "Можете перейти в другую компанию, мы не держим.",
    "Вам выгоднее уйти в МТС, честно.",
    "Переходите к другому оператору, там дешевле.",
    "Проще сменить оператора, чем ждать.",
])
def test_item13_the_customer_advised_to_leave_for_another_operator_is_warned(line):
    assert "discrediting-company" in _check(line).rules


@pytest.mark.parametrize("line", [
    "Если хотите перейти к другому оператору, я переключу вас на специалиста.",
    "Вы можете перейти на другой тариф.",
    "Вы хотите перейти к другому оператору?",
    "При переходе к другому оператору номер сохраняется.",
    "Для перехода в другую компанию нужно оплатить задолженность.",
])
def test_item13_the_transfer_a_tariff_or_a_question_about_leaving_stays_allowed(line):
    assert "discrediting-company" not in _check(line).rules


# --- 13: the owner's first name in everyday words, in a call whose DE is someone else --------------------------------

def _in_view(de: dict, line: str):
    """The operator's view after primary identification (the proxy's POST /v1/check): the owner's name hidden, the DE's
    shown."""
    view = {"msisdn": "79161234567", "de": de, "owner": {"last_name": "***", "first_name": "***", "middle_name": "***"}}
    context = CheckContext(card=view, shown=True, identification="primary", caller_gender="female")
    return default_checker().check(line, "operator", context, Said())


OWNER_BY_NAME = ["Номер оформлен на Петра.", "Это номер Петра.", "Пётр Сергеевич — владелец номера.",
                 "Номер принадлежит Петру.", "Номер на Пете.", "Симка записана на Петра Сергеевича."]


@pytest.mark.parametrize("line", OWNER_BY_NAME)
def test_item1_the_owners_first_name_told_when_the_de_is_someone_else_is_blocked(line):
    assert _in_view({"first_name": "Анна"}, line).verdict == "block"
    assert _check(line).verdict == "block"  # and alone, with no card


@pytest.mark.parametrize("line", OWNER_BY_NAME[:4])
def test_item1_the_des_own_name_the_view_shows_may_be_said(line):
    assert _in_view({"first_name": "Пётр", "middle_name": "Сергеевич"}, line).verdict == "allow"


def test_item1_a_surname_beside_the_des_name_is_still_told():
    assert _in_view({"first_name": "Пётр"}, "Номер оформлен на Петрова Петра.").verdict == "block"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["Петра", "Ивана", "Сергея", "Ольгу", "Марину", "Андрея"]),
       st.sampled_from(["Номер оформлен на {}.", "Договор записан на {}.", "Симка оформлена на {}, не на вас."]))
def test_item1_any_first_name_as_the_owner_the_view_hides_is_blocked(name, wording):
    assert _in_view({"first_name": "Анна"}, wording.format(name)).verdict == "block"
