"""Contract numbers and addresses as people who never saw guard write them (issue 15): abbreviated cues, the answer
on the next speaker's line, letter prefixes, English; addresses as city, street, house-flat without keywords."""
from __future__ import annotations

import pytest

from kinds_found import found


@pytest.mark.parametrize("text, value", [
    ("ЛС 507825819500 / дог. 21-4695145/21 / тариф Семейный 900", "21-4695145/21"),
    ("просит перезвонить, по дог 1085496806 задолженность 3 200р", "1085496806"),
    ("основание — расторжение дог. 6461835617 от 01.02.2023.", "6461835617"),
    ("Дог. № 0145-778231 расторгнут в 2017 г.", "0145-778231"),
    ("дог. КЗН-0098812 расторгнут по заявлению.", "КЗН-0098812"),
    ("дог. KZ-RM-2023-05512, IP посл. входа", "KZ-RM-2023-05512"),
    ("Оператор: Ваш договор 1-8H7XQ2L заключён 12.12.2012.", "1-8H7XQ2L"),
    ("Договор оказания услуг связи № 4-0192283 от 12.08.2018", "4-0192283"),
])
def test_a_contract_number_after_an_abbreviated_or_longer_cue_is_masked_whole(redactor, text, value):
    assert ("CONTRACT_NUMBER", value) in found(redactor, text)


def test_a_contract_number_in_english_after_contract(redactor):
    text = "Internet blocked since 28.11. Contract 16508553. Contact me"
    assert ("CONTRACT_NUMBER", "16508553") in found(redactor, text)


@pytest.mark.parametrize("text, value", [
    ("Оператор: Назовите, пожалуйста, номер договора. Клиент: 6356707558 Оператор: Спасибо", "6356707558"),
    ("оператор уточните номер договора клиент 00731592 оператор передаю", "00731592"),
    ("договор у меня 33700192", "33700192"),
])
def test_the_answer_to_the_contract_question_on_the_next_line_is_the_contract(redactor, text, value):
    assert ("CONTRACT_NUMBER", value) in found(redactor, text)


def test_a_contract_number_said_with_drob_is_masked_whole(redactor):
    text = "договор у меня ноль один дробь шестьдесят один дробь ноль ноль четыре семь два хочу узнать"
    assert ("CONTRACT_NUMBER", "ноль один дробь шестьдесят один дробь ноль ноль четыре семь два") in found(redactor, text)


@pytest.mark.parametrize("text", [
    "Номер заказа 6461835617, чек 1085496806",
    "Артикул 4509123456 на складе",
    "договор от 12.08.2018 расторгнут",
    "по дог. вопросам звоните",
])
def test_bare_order_and_receipt_numbers_and_dates_are_not_contracts(redactor, text):
    assert "CONTRACT_NUMBER" not in {kind for kind, _ in found(redactor, text)}


def test_a_phone_after_the_contract_word_and_a_call_verb_stays_a_phone(redactor):
    assert [kind for kind, _ in found(redactor, "по договору звоните на 89161234567")] == ["PHONE_NUMBER"]


@pytest.mark.parametrize("text, value", [
    ("кл. Белых С. адр Химки, Молодежная 12-78, роутер белый TP-Link", "Химки, Молодежная 12-78"),
    ("Интернет по адресу Екатеринбург, Малышева 51-107 не работает с 29.11.", "Екатеринбург, Малышева 51-107"),
])
def test_a_town_then_a_street_with_house_and_flat_is_an_address_without_keywords(redactor, text, value):
    assert ("ADDRESS", value) in found(redactor, text)


@pytest.mark.parametrize("text", [
    "Тариф Семейный 900, Малышева 51 ответила",
    "в Москве, серия 12-78 не подходит",
])
def test_a_name_before_a_number_without_a_town_is_no_address(redactor, text):
    assert "ADDRESS" not in {kind for kind, _ in found(redactor, text)}


@pytest.mark.parametrize("text, value", [
    ("My name is Anzhela, I live at Moscow, Tverskaya str. 5, apt. 12. Please send", "Moscow, Tverskaya str. 5, apt. 12"),
    ("адрес для роутера: Moscow, Leninsky prospekt 67-9 (latinitsey", "Moscow, Leninsky prospekt 67-9"),
])
def test_an_address_in_latin_letters_is_an_address(redactor, text, value):
    assert ("ADDRESS", value) in found(redactor, text)


@pytest.mark.parametrize("text, value", [
    ("prozhivaet: g. Samara, ul. Novo-Sadovaya, d. 41, kv. 8 (pishet latinitsey)", "g. Samara, ul. Novo-Sadovaya, d. 41, kv. 8"),
    ("zareg. pos. Krasnyy Yar, ulitsa Lesnaya, dom 3", "pos. Krasnyy Yar, ulitsa Lesnaya, dom 3"),
])
def test_an_address_typed_in_transliteration_reads_its_russian_keywords(redactor, text, value):
    """Red team bb7, 21: "g.", "d.", "pos.", "ulitsa" are г., д., пос., улица in transliteration — the address's keywords
    are one list, read in Latin letters through lexicon.latin_readings, not a second list."""
    assert ("ADDRESS", value) in found(redactor, text)


@pytest.mark.parametrize("text", ["Vitamin D. and omega 3, 5 g. a day", "router 5G, 3D-modem, model D. 41"])
def test_a_latin_letter_that_abbreviates_nothing_here_makes_no_address(redactor, text):
    assert "ADDRESS" not in {kind for kind, _ in found(redactor, text)}


@pytest.mark.parametrize("text, value", [
    ("можно я адрес по буквам скажу город тюмень улица республики дом сто сорок три корпус а квартира шестьдесят спасибо",
     "город тюмень улица республики дом сто сорок три корпус а квартира шестьдесят"),
])
def test_a_spoken_address_with_a_lettered_building_is_masked_whole(redactor, text, value):
    assert ("ADDRESS", value) in found(redactor, text)


def test_a_verb_before_gorod_is_not_part_of_the_address_but_an_adjective_noun_is(redactor):
    text = "клиент домашний адрес московская область город одинцово рабочий посёлок новоивановское улица агрохимиков " \
           "дом шесть строение два помещение четырнадцать"
    assert ("ADDRESS", text[text.index("московская"):]) in found(redactor, text)


@pytest.mark.parametrize("text, value", [
    ("я живу тюмень улица республики дом сто шестьдесят квартира девяносто оператор",
     "тюмень улица республики дом сто шестьдесят квартира девяносто"),
    ("письма шлите маме владимир улица горького дом семьдесят два квартира сорок четыре а остаток",
     "владимир улица горького дом семьдесят два квартира сорок четыре"),
    ("живёт по адресу грозный проспект путина дом двенадцать квартира девять его номер",
     "грозный проспект путина дом двенадцать квартира девять"),
])
def test_a_spoken_town_before_street_keyword_belongs_to_the_address(redactor, text, value):
    assert ("ADDRESS", value) in found(redactor, text)


def test_a_first_name_before_a_street_said_in_passing_stays_out_of_the_address(redactor):
    text = "звонил владимир по поводу улицы ленина дом пять"
    assert all("владимир" not in value for kind, value in found(redactor, text) if kind == "ADDRESS")


@pytest.mark.parametrize("text, value", [
    ("Почтовый адрес не изменился: 603000, Нижний Новгород, ул. Большая Покровская, д. 15, кв. 3. Петров Иван",
     "603000, Нижний Новгород, ул. Большая Покровская, д. 15, кв. 3"),
    ("Доставьте SIM по адресу ул. Гагарина 15/2, кв. 33, Екатеринбург, 620078. Оператор: Получатель?",
     "ул. Гагарина 15/2, кв. 33, Екатеринбург, 620078"),
    ("Клиент: Минск, пр. Независимости 44 - 18, я гражданин Беларуси", "Минск, пр. Независимости 44 - 18"),
])
def test_a_postcode_a_trailing_town_and_a_spaced_house_flat_belong_to_the_address(redactor, text, value):
    assert ("ADDRESS", value) in found(redactor, text)


def test_a_town_after_an_address_and_a_comma_must_be_a_place(redactor):
    text = "ул. Гагарина 15/2, кв. 33, Петров просит перезвонить"
    assert ("ADDRESS", "ул. Гагарина 15/2, кв. 33") in found(redactor, text)


@pytest.mark.parametrize("text, value", [
    ("адрес подключения город москва улица профсоюзная дом сто двадцать три корпус два квартира сорок пять",
     "город москва улица профсоюзная дом сто двадцать три корпус два квартира сорок пять"),
    ("Адрес теперь г. Сергиев Посад, пр-т Красной Армии, 212В, кв. 6", "г. Сергиев Посад, пр-т Красной Армии, 212В, кв. 6"),
])
def test_only_an_adjective_before_the_settlement_word_belongs_to_its_name(redactor, text, value):
    assert ("ADDRESS", value) in found(redactor, text)


@pytest.mark.parametrize("text, value", [
    ("адрес санкт петербург проспект просвещения дом восемьдесят семь корпус один квартира двести десять",
     "санкт петербург проспект просвещения дом восемьдесят семь корпус один квартира двести десять"),
    ("адрес улан удэ улица балтахинова дом пятнадцать квартира три", "улан удэ улица балтахинова дом пятнадцать квартира три"),
])
def test_a_spoken_town_whose_hyphen_asr_dropped_belongs_to_the_address(redactor, text, value):
    assert ("ADDRESS", value) in found(redactor, text)


def test_a_first_name_before_a_surname_street_is_not_a_hyphenated_town(redactor):
    text = "звонил иван петров улица ленина дом пять"
    assert all("иван" not in value for kind, value in found(redactor, text) if kind == "ADDRESS")


def test_a_spoken_postcode_before_the_address_belongs_to_it(redactor):
    text = "адрес вот новый сто семнадцать двести семьдесят девять москва профсоюзная улица дом девяносто один " \
           "корпус три квартира двести четырнадцать оператор записала"
    assert ("ADDRESS", text[text.index("сто семнадцать"):text.index(" оператор")]) in found(redactor, text)


def test_a_six_digit_number_before_a_capitalised_town_without_comma_is_not_taken(redactor):
    text = "заявка 123456 Москва, ул. Тверская, д. 5"
    assert ("ADDRESS", "Москва, ул. Тверская, д. 5") in found(redactor, text)
