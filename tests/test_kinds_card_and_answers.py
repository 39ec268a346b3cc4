"""A card read out with its expiry and code, abbreviations of a CRM note, and the answer to an operator's question on
the next speaker's line (issue 15): a cue, a length and the context decide, never a checksum. Each rule has a
look-alike that must stay visible."""
from __future__ import annotations

import pytest

from guard.engine import Redactor
from kinds_found import found
from guard.recognizers.base import question_before


def types(redactor: Redactor, text: str) -> set[str]:
    return {e.type for e in redactor.analyze(text)}


@pytest.mark.parametrize("text, value", [
    # a sentence's full stop after the year, in the answer on the next speaker's line
    ("Оператор: Срок действия?\nКлиент: 10/2031. А код нужен?", "10/2031"),
    # right after the card's number, a bare "до"
    ("карта 4081 5757 0502 4920 до 12/2031. если что звоните", "12/2031"),
    ("вторая — 2200 8667 4269 8978, до 07 30. Оператор: Записала.", "07 30"),
    ("двести двадцать сто сорок пять двести шестьдесят восемь триста двенадцать триста восемьдесят пять один до ноль "
     "один тридцать три записал", "ноль один тридцать три"),
    # spoken with "дробь" or "слэш" between month and year, or after "истекает"
    ("срок действия ноль семь дробь двадцать шесть а код", "ноль семь дробь двадцать шесть"),
    ("срок ноль два слэш двадцать семь спасибо", "ноль два слэш двадцать семь"),
    ("карта истекает ноль пять двадцать семь", "ноль пять двадцать семь"),
])
def test_a_card_expiry_is_found_by_its_cue_the_card_before_it_or_the_question(redactor, text, value):
    assert ("CARD_EXPIRY", value) in found(redactor, text)


@pytest.mark.parametrize("text", [
    "Перезвоните до 12 30, пожалуйста",                  # a time of day after "до", no card before it
    "тариф действует до 12 30 дней",                      # no month and year
    "Оператор: Сколько платили?\nКлиент: 10/2031",       # the question is not about a card
    "выполнено 12/26 заданий.",                           # MM/YY with no card word
])
def test_a_month_and_year_without_a_card_stay_visible(redactor, text):
    assert "CARD_EXPIRY" not in types(redactor, text)


@pytest.mark.parametrize("text, value", [
    ("и тут ещё цэ вэ вэ шесть девять ноль стоп", "шесть девять ноль"),
    ("а код с обратной стороны шесть девять шесть нет нет", "шесть девять шесть"),
    ("а трёхзначный код тоже ноль тридцать четыре нет его называть не надо", "ноль тридцать четыре"),
    ("Клиент: 10/2031. А код сзади нужен? 482\nОператор: Нет-нет", "482"),
    ("код с обратной стороны карты — 263. удалите пожалуйста", "263"),
    # a bare "код", "цифры" or the card's side while the card is read out
    ("срок действия ноль четыре слэш тридцать три код один семь семь нет код не нужен", "один семь семь"),
    ("действует до 11/28, код 5821. Amex.", "5821"),
    ("карта 4276 3800 1234 5678, срок 03/26, на обороте 902.", "902"),
    ("карта жены а код на ней ноль сорок два если надо", "ноль сорок два"),
    # a packed note: number, expiry, code
    ("Клиент продиктовал: 4279 0178 2277 1267 05/27 116 — сообщение удалено", "116"),
])
def test_a_card_code_is_found_after_its_cue_or_while_the_card_is_read_out(redactor, text, value):
    assert ("CARD_CVV", value) in found(redactor, text)


@pytest.mark.parametrize("text", [
    "код из смс 4821 не приходит",                        # a one-time code
    "карта привязана, код из смс 4821 не пришёл",          # ... even while a card is discussed
    "пришёл код 4821, ввёл, не работает",                  # no card anywhere near: an SMS code
    "карта последние четыре цифры три восемь семь два",    # the card's last four digits, not its code
    "карта 4276 3800 1234 5678, срок 05/27 100 руб",       # a sum after the expiry
    "код подразделения 770-001",                          # the passport's department
])
def test_digits_after_code_that_are_not_a_card_code_stay_visible(redactor, text):
    assert "CARD_CVV" not in types(redactor, text)


@pytest.mark.parametrize("text, value", [
    ("Ахмедов Р. оглы, паспорт 6367861458 выд. 740205. Сообщил клиенту", "740205"),
    ("паспорт новый 18 11 800571 код подр. 360-478, выдан 22.06.2026", "360-478"),
    ("серия 2049 № 044972, код подр. 160418. Номер для переноса", "160418"),
])
def test_a_department_code_is_found_after_the_abbreviations_of_a_crm_note(redactor, text, value):
    assert ("RU_PASSPORT_DEPT", value) in found(redactor, text)


def test_six_digits_after_an_abbreviation_that_is_not_issued_stay_visible(redactor):
    assert "RU_PASSPORT_DEPT" not in types(redactor, "выд. 2 шт., сумма 123456 руб")


def test_a_policy_number_answering_the_operators_question_is_the_policy(redactor):
    text = ("Оператор: Уточните полис ОМС, если хотите льготный тариф в рамках программы для медработников.\n"
            "Клиент: 7721 1481 5501 6377\nОператор: Спасибо.")
    assert ("RU_OMS", "7721 1481 5501 6377") in found(redactor, text)


def test_the_question_is_read_only_for_a_value_that_opens_the_answer():
    text = "Оператор: Срок действия?\nКлиент: 10/2031\nОператор: Спасибо, я всё записала, срок 10/2031"
    assert question_before(text, text.index("10/2031")) == ["оператор", "срок", "действия"]
    assert question_before(text, text.rindex("10/2031")) == []  # deep in a line, not its opening
    assert question_before("Срок действия 10/2031", 14) == []  # no dialogue at all


@pytest.mark.parametrize("text, value", [
    # a misheard digit breaks the checksum: the card word a few words back and a card's length decide
    ("а ещё карту жены привяжите она в приложении не может пятьсот пятьдесят три шестьсот девяносто девять четыреста "
     "двадцать два ноль шестьдесят шесть восемьсот девяносто шесть один код",
     "пятьсот пятьдесят три шестьсот девяносто девять четыреста двадцать два ноль шестьдесят шесть восемьсот девяносто "
     "шесть один"),
])
def test_a_card_number_said_while_a_card_is_talked_about_is_a_card_whatever_its_checksum(redactor, text, value):
    assert ("CREDIT_CARD", value) in found(redactor, text)


@pytest.mark.parametrize("text", [
    "оплатил картой, номер заказа 1234567890123 не пришёл",      # an order's number after the card word
    "оплата картой прошла, номер операции 1234567890123456",       # a transaction's
])
def test_an_orders_number_after_a_card_word_stays_visible(redactor, text):
    assert types(redactor, text) == set()


def test_a_phone_list_said_in_one_breath_is_two_phones(redactor):
    text = ("номера перечислите восемь девятьсот пять двести десять пятьдесят девять три четыре девять один шесть ноль "
            "тридцать три семьдесят шесть восемьдесят восемь остальные потом")
    assert found(redactor, text) == [
        ("PHONE_NUMBER", "восемь девятьсот пять двести десять пятьдесят девять три четыре"),
        ("PHONE_NUMBER", "девять один шесть ноль тридцать три семьдесят шесть восемьдесят восемь")]


@pytest.mark.parametrize("text, value", [
    ("платили с моего девять два ноль пятьсот пять тридцать восемь то есть двадцать восемь пятьдесят пять а на какой",
     "девять два ноль пятьсот пять тридцать восемь то есть двадцать восемь пятьдесят пять"),
    ("номер какой плюс семь девять девять девять шестьсот сорок четыре то есть пятьсот сорок четыре десять пятьдесят "
     "два так", "плюс семь девять девять девять шестьсот сорок четыре то есть пятьсот сорок четыре десять пятьдесят два"),
    # a compound split in two and a voiced consonant, as speech recognition writes them
    ("какой номер звонит вот этот восемь девятьсот двадцать шесть сто семь семь десят три ноль ноль и ещё",
     "восемь девятьсот двадцать шесть сто семь семь десят три ноль ноль"),
    ("а надо было на восемь девятьсот пядь четыреста двадцать один ноль семь двадцать на мой номер",
     "восемь девятьсот пядь четыреста двадцать один ноль семь двадцать"),
])
def test_a_phone_said_with_a_correction_or_a_misheard_word_is_masked_whole(redactor, text, value):
    assert ("PHONE_NUMBER", value) in found(redactor, text)


@pytest.mark.parametrize("text, value", [
    ("имя ребёнка тимур дата рождения десятое апреля ноль восемнадцатого хорошо",
     "десятое апреля ноль восемнадцатого"),
    ("Оператор: Дата рождения?\nКлиент: 3 марта 89-го. Оператор: Спасибо.", "3 марта 89-го"),
    ("назовите дату рождения владельца клиент ноль пять ноль восемь тысяча девятьсот девяносто первого оператор",
     "ноль пять ноль восемь тысяча девятьсот девяносто первого"),
])
def test_a_birth_date_with_a_year_said_short_or_after_a_dictated_month_is_whole(redactor, text, value):
    assert ("DATE_OF_BIRTH", value) in found(redactor, text)


def test_a_payment_date_said_the_same_way_is_no_birth_date(redactor):
    assert "DATE_OF_BIRTH" not in types(redactor, "платёж прошёл десятого апреля ноль восемнадцатого года")


def test_an_account_named_number_of_the_account_is_a_personal_account(redactor):
    text = "верните на лицевой счёт номер счёта пять три пять пять восемь пять шесть ноль пять один"
    assert ("ACCOUNT_NUMBER", "пять три пять пять восемь пять шесть ноль пять один") in found(redactor, text)


@pytest.mark.parametrize("text", [
    "звоню уточнить по счёту номер 4713858 за ноябрь",   # a bill's number
    "сумма счёта 150000 рублей",                          # an amount
])
def test_a_bill_or_a_sum_is_no_personal_account(redactor, text):
    assert "ACCOUNT_NUMBER" not in types(redactor, text)


def test_a_birth_certificate_said_a_few_words_after_its_name_is_found(redactor):
    text = ("свидетельство о рождении моё нужно для подтверждения родства восемь гэ гэ номер пять пять семь семь три "
            "ноль примите соболезнования")
    assert ("RU_BIRTH_CERTIFICATE", "восемь гэ гэ номер пять пять семь семь три ноль") in found(redactor, text)


def test_a_number_and_two_letters_without_a_certificate_stay_visible(redactor):
    assert "RU_BIRTH_CERTIFICATE" not in types(redactor, "дом восемь и я номер пять пять семь семь три ноль")


@pytest.mark.parametrize("text, kind, value", [
    ("Diners 3640 008838 7378 exp 05/27", "CREDIT_CARD", "3640 008838 7378"),          # 14 digits, Diners Club
    ("муж в Германии, номер у него +49 151 23456789, можно", "PHONE_NUMBER", "+49 151 23456789"),
    ("Contact: Jonas Müller, +49 30 901820 44, Berlin", "PHONE_NUMBER", "+49 30 901820 44"),
    ("Соловей Д.А. (сын), д/р 05.11.1999, СНИЛС", "DATE_OF_BIRTH", "05.11.1999"),
    ("запишите почту кэт подчёркивание смирнова два ноль ноль ноль собака гмейл точка ком туда чеки",
     "EMAIL_ADDRESS", "кэт подчёркивание смирнова два ноль ноль ноль собака гмейл точка ком"),
    ("срок ноль первый двадцать девятый и всё", "CARD_EXPIRY", "ноль первый двадцать девятый"),
])
def test_written_and_spoken_forms_of_other_issuers_countries_and_mailboxes(redactor, text, kind, value):
    assert (kind, value) in found(redactor, text)


@pytest.mark.parametrize("text, kind", [
    ("Артикул 3640008838737 на складе", "CREDIT_CARD"),            # a Diners prefix without a card's checksum
    ("ставка +49 151 и 2 000 руб", "PHONE_NUMBER"),                 # too few digits for a number abroad
    ("акт от 05.11.1999, д/з выдан", "DATE_OF_BIRTH"),               # another slashed abbreviation beside a date
])
def test_look_alikes_of_the_wider_forms_stay_visible(redactor, text, kind):
    assert kind not in types(redactor, text)


def test_a_code_answering_a_question_that_names_it_is_the_cards_code(redactor):
    text = ("Клиент: Карта 4154 8205 6895 5923, срок 03/28.\nОператор: CVV не называйте, пожалуйста.\n"
            "Клиент: Ладно, 655… ой.\nОператор: Рекомендую перевыпустить карту.")
    assert ("CARD_CVV", "655") in found(redactor, text)


@pytest.mark.parametrize("text", [
    "Оператор: CVV не нужен. Сколько списали?\nКлиент: 1500 рублей",   # a sum answers the question
    "Оператор: Какой тариф?\nКлиент: Ладно, 655.",                       # the question names no code
])
def test_an_answer_to_a_question_without_the_code_stays_visible(redactor, text):
    assert "CARD_CVV" not in types(redactor, text)


@pytest.mark.parametrize("text", [
    "Ирина Сергеевна Белая, 03.03.1989 — нет, стоп, уточню",   # a patronymic that begins like "с"
    "абонент Попова 03.03.1989 звонила",
])
def test_a_date_decades_back_after_a_name_beginning_like_a_preposition_is_a_birth_date(redactor, text):
    assert ("DATE_OF_BIRTH", "03.03.1989") in found(redactor, text)


@pytest.mark.parametrize("text", ["оплачено по 03.03.1989", "Договор с 03.03.1989 расторгнут"])
def test_a_date_after_a_preposition_is_the_date_of_something(redactor, text):
    assert "DATE_OF_BIRTH" not in types(redactor, text)


def test_a_customers_inn_is_not_an_orders_number(redactor):
    assert ("RU_INN", "7707083893") in found(redactor, "ИНН заказчика 7707083893")  # "заказчик" is not "заказ"
