"""Issue 15, round s28-kinds: values packed into CRM comments and said in calls that the kinds left in the text
(benchmarks/data/packed_a27, pii_p27). Fail closed: a cue may change a value's kind, never drop it."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.engine import Redactor
from guard.recognizers.holder import belongs_to_organisation
from tests.kinds_found import found


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# --- a request's word names its number only when nothing says what the request is for


@pytest.mark.parametrize("text, phone", [
    ("заявка на переоформление 89161234567", "89161234567"),
    ("обращение о блокировке +79161234567 от 12.03", "+79161234567"),
    ("заказ на доставку, получатель 8 916 123 45 67", "8 916 123 45 67"),
])
def test_a_number_after_what_a_request_is_for_is_still_a_phone(redactor, text, phone):
    assert ("PHONE_NUMBER", phone) in found(redactor, text)


@pytest.mark.parametrize("text", ["заявка 9161234567 закрыта", "номер заказа 9161234567", "заявка № 9161234567 на доставку"])
def test_a_number_a_request_names_is_still_nobodys(redactor, text):
    assert all(kind != "PHONE_NUMBER" for kind, _ in found(redactor, text))


# --- a mobile number is a person's whatever organisation it is written after


@settings(max_examples=40, deadline=None)
@given(st.from_regex(r"[78]9\d{9}", fullmatch=True), st.sampled_from(["ООО «Вега» ИНН 2371786868:", "офис компании,",
                                                                      "бухгалтерия фирмы тел."]))
def test_a_mobile_number_is_a_persons_after_any_organisation_cue(phone, cue):
    text = f"{cue} {phone} (пользователь Дьяченко Р.)"
    assert not belongs_to_organisation(text, text.index(phone), text.index(phone) + len(phone), "PHONE_NUMBER")


def test_an_offices_city_line_is_still_the_organisations():
    text = "Клиент работает в ООО «Альфа», рабочий телефон офиса 8 495 222-33-44."
    start = text.index("8 495")
    assert belongs_to_organisation(text, start, start + len("8 495 222-33-44"), "PHONE_NUMBER")


def test_a_mobile_in_a_companys_card_is_masked(redactor):
    text = "ООО «СтарСервисПлюс» ИНН 2371786868: 89180506611 (пользователь Дьяченко Р.)"
    assert ("PHONE_NUMBER", "89180506611") in found(redactor, text)


# --- a sum written right after a value ends the value


@pytest.mark.parametrize("text, account", [
    ("Переплата по л/с 1100338471 2 140 руб.", "1100338471"),
    ("долг по л/с 600184392 350 руб", "600184392"),
    ("л/с 1100338471 2140 р. к оплате", "1100338471"),
])
def test_an_account_followed_by_a_sum_is_the_account_alone(redactor, text, account):
    assert ("ACCOUNT_NUMBER", account) in found(redactor, text)


def test_a_number_with_its_own_groups_is_not_cut_by_a_sum_far_after(redactor):
    assert ("ACCOUNT_NUMBER", "0112 4587 3301") in found(redactor, "лицевой счёт 0112 4587 3301, к оплате 512,40 руб.")


# --- a CVV asked for or written in a packed row


@pytest.mark.parametrize("text, code", [
    ("полные данные карты: 2202 2070 1555 9357 / 05/26 / 731 / MAKSIM POCHTAR", "731"),
    ("ввела карту 5536 1218 6010 5721, 03/29, а он просит ещё три цифры, это 048? Или это не надо", "048"),
    ("карту 5536 1218 6010 5721 срок 06/30 и ещё три цифры два четыре один списывайте", "два четыре один"),
    ("оператор у вас записал мой цвв в комментарий код семьсот семьдесят один это как вообще", "семьсот семьдесят один"),
])
def test_a_cards_code_asked_for_after_the_card_is_masked(redactor, text, code):
    assert ("CARD_CVV", code) in found(redactor, text)


@pytest.mark.parametrize("text", ["карта 4276 1234 5678 9012, последние 4 цифры 901",
                                  "карта 4276 1234 5678 9012, первые три цифры 427"])
def test_the_last_or_first_digits_of_a_card_are_no_code(redactor, text):
    assert all(kind != "CARD_CVV" for kind, _ in found(redactor, text))


# --- the service a contract is for may stand between the contract word and its number


@pytest.mark.parametrize("text, contract", [
    ("дог. на ШПД ШПД-2231457, заявка 778124", "ШПД-2231457"),
    ("договор на ДИ ДИ-0047721", "ДИ-0047721"),
    ("по договору на интернет 240077 долг", "240077"),
])
def test_a_contract_named_with_its_service_is_masked(redactor, text, contract):
    assert ("CONTRACT_NUMBER", contract) in found(redactor, text)


def test_a_contracts_term_is_no_contract_number(redactor):
    assert all(kind != "CONTRACT_NUMBER" for kind, _ in found(redactor, "договор на 2 года, продлён"))


# --- a headerless row of a subscriber's record: its bare identifiers are theirs


@pytest.mark.parametrize("row, identifiers", [
    ("|570021458807|Осадчий И.И.|79184552014|Краснодар, Зиповская 5 к2 кв 44|1 120,00|", ["570021458807"]),
    ("570022019945\t459001782\tЕрмоленко Нина Павловна\t04.04.1961\t79184410290\tСоциальный\t0,00",
     ["570022019945", "459001782"]),
    ("Шпак|79183311001|458119201|570000451829|11.11.1971|ДОЛГ 0|АКТИВЕН", ["458119201", "570000451829"]),
])
def test_a_bare_identifier_in_a_row_holding_a_subscribers_number_is_masked(redactor, row, identifiers):
    redacted = redactor.redact(row).text
    assert not any(identifier in redacted for identifier in identifiers), redacted


@pytest.mark.parametrize("row", ["|Абсолют|500|123456|Москва|", "Итого\t1200\t345678\t901234"])
def test_a_row_without_a_subscribers_number_keeps_its_counts(redactor, row):
    assert all(kind != "ACCOUNT_NUMBER" for kind, _ in found(redactor, row))


@settings(max_examples=30, deadline=None)
@given(st.from_regex(r"[1-6]\d{5,13}", fullmatch=True), st.sampled_from(["|", "\t", " | "]))
def test_any_identifier_beside_a_mobile_in_a_row_is_hidden(redactor, identifier, separator):
    row = separator.join(["Иванов И.И.", "+79161234567", identifier, "активен"])
    assert identifier not in redactor.redact(row).text


# --- whose address: a shopping centre's and a company's legal address are theirs; a salon's stays masked (unsure)


@pytest.mark.parametrize("text, address", [
    ("Жалоба на очередь в ТЦ «Карусель», ул. Маршала Жукова, 2. Отзыв записан", "ул. Маршала Жукова, 2"),
    ("ООО «СК», юр.адрес г. Краснодар, ул. Северная, д. 405, оф. 12. Ген. дир Бедоков", "ул. Северная, д. 405"),
])
def test_a_shopping_centres_or_a_companys_legal_address_is_not_personal_data(redactor, text, address):
    start = text.index(address)
    assert not any(e.type == "ADDRESS" and e.start < start + len(address) and start < e.end
                   for e in redactor.analyze(text))


@pytest.mark.parametrize("text, address", [
    ("Новая SIM выдана в салоне г. Курск, ул. Ленина, 2.", "ул. Ленина, 2"),
    ("ООО «СК», юр.адрес г. Краснодар, ул. Северная, д. 405, кв. 12", "ул. Северная"),
    ("были в ТЦ «Галерея», а живу я на ул. Головатого, 313", "ул. Головатого, 313"),
])
def test_an_address_of_unsure_holder_or_with_a_flat_stays_masked(redactor, text, address):
    assert address not in redactor.redact(text).text


# --- a dotted quad that is a version, a name server or a private gateway is no subscriber's address


@pytest.mark.parametrize("text", ["роутер Sagemcom, прошивка 4.1.7.2.", "версия прошивки 4.1.7.2",
                                  "Шлюз 10.0.0.1 в норме", "шлюз десять точка ноль точка ноль точка один"])
def test_a_version_or_a_private_gateway_is_no_ip_address(redactor, text):
    assert all(kind != "IP_ADDRESS" for kind, _ in found(redactor, text))


@pytest.mark.parametrize("text, address", [("IP VPN-шлюза 85.143.200.17", "85.143.200.17"),
                                           ("клиент заходил с 95.67.169.119 вчера, шлюз в норме", "95.67.169.119"),
                                           ("с адреса 192.168.1.10 заходили в личный кабинет", "192.168.1.10")])
def test_a_customers_address_stays_an_ip_address(redactor, text, address):
    assert ("IP_ADDRESS", address) in found(redactor, text)


# --- a passport's pieces in a packed line: the code after the issue date, the number before a birth date


def test_a_department_code_after_a_passports_issue_date_is_the_code(redactor):
    text = "пасп.рф 0319 044127, выдан ГУ МВД России по Краснодарскому краю 21.11.2019, 230-045, Белая Марина Игоревна"
    assert ("RU_PASSPORT_DEPT", "230-045") in found(redactor, text)


def test_a_code_shape_after_a_date_with_no_passport_is_left_alone(redactor):
    assert all(kind != "RU_PASSPORT_DEPT" for kind, _ in found(redactor, "заказ от 21.11.2019, 230-045 шт"))


@pytest.mark.parametrize("text, passport", [
    ("кл.Цой Ен Ир (так в паспорте, 3 слова) 0308 447219 03.03.1963 т89184503344", "0308 447219"),
    pytest.param("Ким Б.А. 4509/123456 01.02.1970", "4509/123456", marks=pytest.mark.xfail(strict=True, reason=(
        "masked, but as PHONE_NUMBER: the separator reading (s28-bbnum) reads the slash as a space, and the printed "
        "layout '4509 123456' was already outscored by the phone kind before this stop; whose shape wins is open"))),
])
def test_a_printed_passport_before_a_date_is_a_passport(redactor, text, passport):
    assert ("RU_PASSPORT", passport) in found(redactor, text)


def test_a_slashed_passport_before_a_date_is_masked_whatever_its_type(redactor):
    assert any(value == "4509/123456" for _, value in found(redactor, "Ким Б.А. 4509/123456 01.02.1970"))


def test_a_licence_said_after_po_pravam_is_a_licence(redactor):
    text = "я михеев станислав по правам шестьдесят четыре семнадцать двести три девятьсот сорок восемь"
    assert ("RU_DRIVER_LICENSE", "шестьдесят четыре семнадцать двести три девятьсот сорок восемь") in found(redactor, text)


# --- a phone dictated in two turns, the listener's turn between


@pytest.mark.parametrize("text, pieces", [
    ("Оператор: Назовите, пожалуйста, номер телефона. Клиент: 916… Оператор: Да. Клиент: 123 45 67.",
     ["916", "123 45 67"]),
    ("оператор назовите номер клиент девятьсот шестнадцать оператор да клиент сто двадцать три сорок пять шестьдесят семь",
     ["девятьсот шестнадцать", "сто двадцать три сорок пять шестьдесят семь"]),
])
def test_a_phone_dictated_across_the_listeners_turn_is_masked_whole(redactor, text, pieces):
    redacted = redactor.redact(text).text
    assert not any(piece in redacted for piece in pieces), redacted


# --- a day written after a cued value is no piece of it


def test_a_date_after_an_ip_address_is_not_masked_as_its_rest(redactor):
    text = "В логах вход с IP 213.87.131.40 19.09 в 23:14."
    assert found(redactor, text) == [("IP_ADDRESS", "213.87.131.40")]


@pytest.mark.parametrize("text, pieces", [
    ("Оператор: Назовите, пожалуйста, номер телефона.\nКлиент: 916…\nОператор: Да.\nКлиент: 123 45 67.", ["916", "123 45 67"]),
    ("Клиент: запишите номер, 9… 16… 204… 55… 18.", ["204", "55… 18"]),
    ("запишите 9... 16... 204... 55... 18", ["204", "55... 18"]),
])
def test_a_phone_dictated_in_pauses_or_turns_on_lines_of_their_own_is_masked_whole(redactor, text, pieces):
    redacted = redactor.redact(text).text
    assert not any(piece in redacted for piece in pieces), redacted


# --- a birth date written with the ordinals' endings, its month by its ordinal


@pytest.mark.parametrize("text, birth", [("д.р. 5-го 3-го 1990", "5-го 3-го 1990"),
                                         ("дата рождения 5-е 03-го 90-го", "5-е 03-го 90-го")])
def test_a_birth_date_with_ordinal_endings_is_masked_whole(redactor, text, birth):
    assert ("DATE_OF_BIRTH", birth) in found(redactor, text)


def test_a_payment_date_with_ordinal_endings_is_no_birth_date(redactor):
    assert all(kind != "DATE_OF_BIRTH" for kind, _ in found(redactor, "оплата 5-го 3-го 2020"))


# --- a card's expiry by its month's ordinal, or by name and again in digits


@pytest.mark.parametrize("text, expiry", [
    ("5536 0817 4980 3591, десятый месяц двадцать седьмого года, код на обороте 260.", "десятый месяц двадцать седьмого года"),
    ("срок действия первый месяц тридцатого года", "первый месяц тридцатого года"),
    ("карта четыре два семь срок до апреля двадцать восьмого ноль четыре двадцать восемь короче",
     "апреля двадцать восьмого ноль четыре двадцать восемь"),
])
def test_an_expiry_by_ordinal_month_or_said_twice_is_masked_whole(redactor, text, expiry):
    assert ("CARD_EXPIRY", expiry) in found(redactor, text)


def test_an_expiry_by_ordinal_month_has_the_same_canonical_value_as_written():
    from guard.recognizers import canonical_value
    assert canonical_value("CARD_EXPIRY", "десятый месяц двадцать седьмого года") == canonical_value("CARD_EXPIRY", "10/27")
    assert canonical_value("CARD_EXPIRY", "одиннадцатый месяц 27") != canonical_value("CARD_EXPIRY", "01/27")


def test_a_sum_after_a_cards_number_is_no_expiry(redactor):
    assert all(kind != "CARD_EXPIRY" for kind, _ in found(redactor, "карта 4276 1234 5678 9012, 12 30 рублей списали"))


def test_an_expiry_named_by_its_parts_after_a_card_is_masked(redactor):
    text = "карта 4276 2544 0214 2576 месяц год одиннадцать двадцать пять а сзади девятьсот три"
    assert ("CARD_EXPIRY", "одиннадцать двадцать пять") in found(redactor, text)
    assert all(kind != "CARD_EXPIRY" for kind, _ in found(redactor, "через месяц год 2025 закончится"))
