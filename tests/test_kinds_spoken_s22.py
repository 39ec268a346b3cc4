"""Issue 15, round s22: a second value after one cue, a card's expiry said with a month's ordinal or a year, a cue
separated from its number by filler words. Each test states one rule with one example."""
from __future__ import annotations

import pytest

from kinds_found import found


@pytest.mark.parametrize("text, kind, second", [
    ("договор номер 4455 6677 и второй 4455 6688", "CONTRACT_NUMBER", "4455 6688"),
    ("у нас два лицевых счета 600184392 и 600184393", "ACCOUNT_NUMBER", "600184393"),
    ("ИНН 7707083894, второй 7707083893", "RU_INN", "7707083893"),
    ("паспорт 4505 123456 а старый 4503 654321", "RU_PASSPORT", "4503 654321"),
])
def test_a_second_value_joined_to_a_cued_one_by_connecting_words_is_of_its_kind(redactor, text, kind, second):
    assert (kind, second) in found(redactor, text)


@pytest.mark.parametrize("text, left", [
    ("паспорт 4505 123456 и 2010 года выдачи", "2010"),  # a year is not a second passport
    ("договор 12345678 и заявка 99887766", "99887766"),  # a request's number has a cue of its own
    ("лицевой счет 600184392 и 1500 рублей долг", "1500"),  # an amount
])
def test_a_number_after_a_value_that_is_no_second_value_of_its_kind_stays(redactor, text, left):
    assert all(left not in value for _, value in found(redactor, text))


@pytest.mark.parametrize("text, value", [
    ("срок действия карты до пятого месяца тридцатого года", "пятого месяца тридцатого"),
    ("а действует карта до февраля двадцать девятого года", "февраля двадцать девятого"),
    ("карта до ноль второго тридцать первого года", "ноль второго тридцать первого"),
])
def test_a_card_expiry_said_with_an_ordinal_a_month_name_or_a_year_is_found(redactor, text, value):
    assert any(kind == "CARD_EXPIRY" and value in shown for kind, shown in found(redactor, text))


@pytest.mark.parametrize("text", ["действует до двенадцать тридцать дней", "скидка действует до марта двадцать восьмого"])
def test_a_period_or_a_promotion_end_is_no_card_expiry(redactor, text):
    assert "CARD_EXPIRY" not in {kind for kind, _ in found(redactor, text)}


@pytest.mark.parametrize("text, kind", [
    ("лицевой счет номер ну где-то тут вот шесть ноль ноль один восемь четыре три девять два", "ACCOUNT_NUMBER"),
    ("номер договора ну сейчас подождите найду ага вот семьдесят семь ноль один двадцать три сорок пять",
     "CONTRACT_NUMBER"),
])
def test_a_cue_reaches_its_number_past_any_number_of_filler_words(redactor, text, kind):
    assert [k for k, _ in found(redactor, text)] == [kind]


@pytest.mark.parametrize("text", [
    "договор был заключен в две тысячи пятнадцатом году",
    "лицевой счет ну там где-то тысяча пятьсот рублей долг",
])
def test_fillers_do_not_carry_a_cue_to_a_year_or_an_amount(redactor, text):
    assert found(redactor, text) == []


@pytest.mark.parametrize("text, kind, value", [
    ("Оператор: Назовите номер договора, пожалуйста.\nКлиент: Сейчас, минутку, найду... вот: 77 01 23 45",
     "CONTRACT_NUMBER", "77 01 23 45"),
    ("Оператор: Подскажите номер лицевого счета.\nКлиент: Да, конечно. Секунду. Он у меня в приложении... 600184392",
     "ACCOUNT_NUMBER", "600184392"),
    ("Оператор: Назовите номер договора.\nКлиент: Да.\nОператор: Слушаю.\nКлиент: 77 01 23 45",
     "CONTRACT_NUMBER", "77 01 23 45"),
])
def test_the_first_number_of_a_written_answer_is_what_the_question_a_turn_or_two_back_asked_for(redactor, text, kind,
                                                                                                value):
    assert (kind, value) in found(redactor, text)


@pytest.mark.parametrize("text", [
    "Оператор: Назовите номер договора.\nКлиент: Не помню, звонил уже 3 раза, заявка 123456 висит",
    "Оператор: Номер лицевого счета?\nКлиент: Не знаю. Я оплатил 1500 рублей.",
])
def test_an_answer_whose_number_is_a_count_an_amount_or_an_order_is_not_taken_for_the_asked_value(redactor, text):
    assert found(redactor, text) == []


def test_a_years_ordinal_right_after_a_months_number_is_the_year():
    from guard.normalize import normalize

    assert normalize("срок ноль три тридцатый код").text == "срок 0 3 30 код"
    assert normalize("тридцатый раз").text == "тридцатый раз"  # an ordinal after no number stays a word


def test_a_correction_joins_a_second_expiry_to_the_first(redactor):
    text = "срок действия ноль пять двадцать шесть нет уже ноль девять тридцать новая карта"
    assert [kind for kind, _ in found(redactor, text)] == ["CARD_EXPIRY", "CARD_EXPIRY"]


def test_digits_said_one_by_one_past_a_phone_reading_stay_masked(redactor):
    text = "клиент полис семь восемь девять ноль ноль один два три четыре пять шесть семь восемь девять ноль два"
    shown = redactor.redact(text).text
    assert not any(word in shown for word in ("семь", "восемь", "девять", "ноль", "два")), shown
