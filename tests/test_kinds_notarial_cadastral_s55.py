"""Stop 55 (issue 15, packed_ad54 and pii_ay54): a notarial act's number — by the notary's register's entry, by the
notarial form it is printed on, or after the act's noun with its certifier named — and a property's cadastral number
are a person's data, masked written or said; the notary's own register number and licence, an inheritance case's or a
letter's number, a company's own power of attorney and an organisation's building stay visible."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinds_found import found, masked
from guard.recognizers import ENTITY_TYPES, NUMERIC_TYPES, canonical_value


@pytest.mark.parametrize("text, value", [
    # the register's entry, whatever words stand before it
    ("Согласие супруга на продажу, запись 50/218-н/50-2024-7-1933 от 14.05.2024", "50/218-н/50-2024-7-1933"),
    ("внук принёс распоряжение (рег. 16/4-н/16-2023-11-86), просит сменить тариф", "16/4-н/16-2023-11-86"),
    # the notarial form's series and number, blanks or none, "№" or none
    ("Согласие родителей 78 АБ № 0912336 приложено к заявлению", "78 АБ № 0912336"),
    ("оригинал 23АВ1099087 вернули представителю", "23АВ1099087"),
    # the register's formula, an old entry's shape
    ("Доверенность, зарегистрированная в реестре за № 3-1187, от имени Галкиной", "3-1187"),
    ("реестровый номер 7/2019-441, доверитель в больнице", "7/2019-441"),
    # the act's noun, its certifier named, any office's numbering
    ("Доверенность удостоверена капитаном судна, приравнена к нотариальной, № КС-17/24", "КС-17/24"),
    ("доверенность заверена в посольстве РФ в Ереване, № 0443/2025", "0443/2025"),
    ("Свидетельство о праве на наследство, удостоверено нотариусом, № 1154/2-25", "1154/2-25"),
])
def test_a_notarial_acts_number_is_masked_whole(redactor, text, value):
    assert masked(redactor, text, value), found(redactor, text)


@pytest.mark.parametrize("text, visible", [
    ("Нотариус Фролова И.С., № в реестре нотариусов 77/512, лицензия № 004417", "77/512"),
    ("Нотариус Фролова И.С., № в реестре нотариусов 77/512, лицензия № 004417", "004417"),
    ("Запрос нотариуса по наследственному делу № 112/2025 (исх. № 93)", "112/2025"),
    ("Доверенность № 27-Д от 11.02.2025 выдана ООО «Вектор» кладовщику", "27-Д"),
    ("дов. № 14/26 от 02.02.2026, бухгалтер Сомова", "14/26"),
])
def test_a_notarys_own_numbers_and_a_companys_power_of_attorney_stay_visible(redactor, text, visible):
    start = text.index(visible)
    assert not any(e.start < start + len(visible) and start < e.end for e in redactor.analyze(text)), found(redactor, text)


@given(region=st.integers(1, 99), notary=st.integers(1, 2999), year=st.integers(2014, 2030),
       volume=st.integers(1, 12), entry=st.integers(1, 99999))
@settings(max_examples=40, deadline=None, derandomize=True)
def test_any_register_entry_is_masked_after_any_words(redactor, region, notary, year, volume, entry):
    value = f"{region:02d}/{notary}-н/{region:02d}-{year}-{volume}-{entry}"
    text = f"Представитель показал бумагу {value}, просит детализацию"
    assert masked(redactor, text, value), found(redactor, text)


def test_a_form_number_said_after_a_power_of_attorneys_noun_is_masked(redactor):
    text = "клиент: доверенность у меня номер семьдесят семь а бэ один два три четыре пять шесть семь"
    redaction = redactor.redact(text)
    assert "четыре пять шесть семь" not in redaction.text, redaction.text


@pytest.mark.parametrize("text, value", [
    ("Собственник Лаврова, кадастровый номер комнаты 78:11:0006021:4417", "78:11:0006021:4417"),
    ("объект 50:21:120305:96 (частный дом, вл. Ерохин)", "50:21:120305:96"),
    ("кад. № 61:44:0031907:1128, доля 1/2", "61:44:0031907:1128"),
])
def test_a_propertys_cadastral_number_is_masked_whole(redactor, text, value):
    assert masked(redactor, text, value), found(redactor, text)


def test_a_cadastral_number_said_after_its_word_is_masked(redactor):
    text = "клиент: кадастровый номер семьдесят восемь одиннадцать ноль ноль ноль шестьдесят два ноль один четыре четыре один семь"
    redaction = redactor.redact(text)
    assert "четыре четыре один семь" not in redaction.text, redaction.text


@pytest.mark.parametrize("text, visible", [
    ("Подключение интернета в бизнес-центре «Аврора», 78:11:0006021:15", "78:11:0006021:15"),
    ("гостиница «Прибой» (23:49:0125004:18) просит счёт на юрлицо", "23:49:0125004:18"),
])
def test_an_organisations_buildings_cadastral_number_stays_visible(redactor, text, visible):
    start = text.index(visible)
    assert not any(e.start < start + len(visible) and start < e.end
                   for e in redactor.analyze(text) if e.type == "CADASTRAL_NUMBER"), found(redactor, text)


def test_both_kinds_are_registered_with_one_canonical_value():
    assert {"NOTARIAL_NUMBER", "CADASTRAL_NUMBER"} <= set(ENTITY_TYPES)
    assert "CADASTRAL_NUMBER" in NUMERIC_TYPES
    assert canonical_value("NOTARIAL_NUMBER", "69 АА № 2814573") == canonical_value("NOTARIAL_NUMBER", "69АА2814573")
    assert canonical_value("CADASTRAL_NUMBER", "23:49:0125004:2210") == "234901250042210"


@pytest.mark.parametrize("text, said", [
    ("да реестровый номер шестьдесят три дробь восемьсот двадцать семь дробь две тысячи двадцать один дробь сорок "
     "восемь тысяч девятьсот двадцать три правильно", "сорок восемь тысяч девятьсот двадцать три"),
    ("оператор: зарегистрирована в реестре за номером пятьдесят дробь два эн дробь пятьдесят дробь две тысячи "
     "двадцать четыре дробь семь дробь сто девятнадцать", "сто девятнадцать"),
])
def test_a_register_entry_said_aloud_is_masked_to_its_last_group(redactor, text, said):
    redaction = redactor.redact(text)
    assert said not in redaction.text and "дробь" not in redaction.text, redaction.text


@pytest.mark.parametrize("text, value", [
    ("Интересы представляет адвокат Рябов К.К., удостоверение адвоката 50/2231, ордер № 7", "50/2231"),
    ("Пришёл с юристом, удостоверение 77/10418, сверили фото", "77/10418"),
])
def test_a_certificates_register_pair_with_no_label_is_masked(redactor, text, value):
    # ID_DOCUMENT's certificate reading: the region's code and the holder's number in its register, no "№" before them
    assert masked(redactor, text, value), found(redactor, text)


def test_a_month_and_year_after_a_certificates_noun_stay_visible(redactor):
    text = "Справка 03/2025 о доходах приложена"
    assert not any(e.type == "ID_DOCUMENT" for e in redactor.analyze(text)), found(redactor, text)


@pytest.mark.parametrize("text, place", [
    ("Доверитель Лосев Пётр Ильич, уроженец с. Медное Калининского р-на, паспорт 28 01 223344", "с. Медное"),
    ("мать заявителя, уроженка г. Ржев, просит переоформить номер", "г. Ржев"),
])
def test_a_place_of_birth_after_urozhenets_and_a_settlements_keyword_is_masked(redactor, text, place):
    assert masked(redactor, text, place), found(redactor, text)


def test_a_bare_towns_name_after_urozhenets_is_no_place_read(redactor):
    text = "уроженец Уссурийска стал чемпионом края"
    assert not any(e.type == "ADDRESS" for e in redactor.analyze(text)), found(redactor, text)


@pytest.mark.parametrize("text, address", [
    ("Дочь живёт за границей, адрес: Portugal, Porto, Rua de Cedofeita 210, apt 3. Тел. +351 912 345 678",
     "Portugal, Porto, Rua de Cedofeita 210, apt 3"),
    ("Сын проживает: Hrvatska, Split, Ulica Domovinskog rata 14, stan 6", "Hrvatska, Split, Ulica Domovinskog rata 14, stan 6"),
    ("адрес матери Slovensko, Banská Bystrica, Ulica Národná 9, byt 12", "Slovensko, Banská Bystrica, Ulica Národná 9, byt 12"),
])
def test_a_foreign_address_is_masked_with_its_country_and_town_before_it(redactor, text, address):
    assert masked(redactor, text, address), found(redactor, text)


# Review 55, finding 1: the notary cue was reverted (it freed an heir's address, an account, a landline after «у
# нотариуса», «к нотариусу», a person named between). A notary's office's address and phone go back to masked.
@pytest.mark.parametrize("text, value", [
    ("Нотариус Лебедева О.П. (г. Кимры, ул. Урицкого, д. 12, оф. 2) удостоверила доверенность", "ул. Урицкого, д. 12"),
    ("Позвонили в нотариальную контору: 8 (4822) 41-22-19, подтвердили", "41-22-19"),
    ("адрес нотариуса: г. Тверь, ул. Новоторжская, д. 6, оф. 4", "Новоторжская, д. 6"),
    ("Наследник у нотариуса: Петров Андрей Ильич, г. Тверь, ул. Советская, д. 12", "Советская, д. 12"),
    ("Сестра — нотариус, Козлова Мария Петровна, д. Плоское, ул. Лесная, д. 4", "Лесная, д. 4"),
    ("Был у нотариуса, звоните 8 (4822) 32-14-56", "32-14-56"),
    ("Ходил к нотариусу, теперь адрес: г. Тверь, ул. Советская, д. 12", "Советская, д. 12"),
    ("Оформлял наследство у нотариуса, пишите на г. Тверь, ул. Советская, д. 12", "Советская, д. 12"),
    ("Запрос нотариуса о наследодателе Петрове Иване Ивановиче, г. Тверь, ул. Лесная, д. 4", "Лесная, д. 4"),
    ("Нотариус запросил детализацию по лицевому счёту 512345678901", "512345678901"),
    ("Нотариус запросила выписку по вкладу отца, счёт 42307810500001234567", "42307810500001234567"),
    ("Для нотариуса нужна справка по счёту 42301810400000012345", "42301810400000012345"),
    ("По наследству у нотариуса, папин стационарный 8 (4822) 32-14-56", "32-14-56"),
    ("Справка нотариусу: номер 8 (4822) 32-14-56 принадлежал отцу", "32-14-56"),
    ("нотариусу нужна справка, что номер +7 4822 32-14-56 был оформлен на маму", "32-14-56"),
])
def test_a_notarys_word_releases_nothing(redactor, text, value):
    assert value not in redactor.redact(text).text, found(redactor, text)


# Review 55, finding 3: a dwelling word in the clause wins over a building word before a cadastral number.
@pytest.mark.parametrize("text, value", [
    ("Квартира над магазином, 50:21:0110114:2512", "0110114:2512"),
    ("Сдаю квартиру, не под офис, к/н 69:40:0200017:356", "0200017:356"),
    ("Квартира в доме с магазином на первом этаже, КН 50:21:0110114:2512", "0110114:2512"),
])
def test_a_flats_cadastral_number_after_a_shop_word_is_masked(redactor, text, value):
    assert value not in redactor.redact(text).text, found(redactor, text)


# Review 55, finding 2: the Latin town's reading keeps the Cyrillic first word («Нижний Novgorod») in the address.
@pytest.mark.parametrize("text, value", [("адрес: Нижний Novgorod, ul. Lenina 5", "Нижний"),
                                         ("живу Великий Novgorod, ul. Lenina 5", "Великий")])
def test_the_cyrillic_first_word_of_a_latin_town_is_masked(redactor, text, value):
    assert value not in redactor.redact(text).text, found(redactor, text)


@pytest.mark.parametrize("text, value", [
    ("Нотариус Лебедева О.П., моб. доверителя 8 920 155 63 07", "8 920 155 63 07"),
    ("нотариус Лебедева, доверитель живёт: г. Кимры, ул. Урицкого, д. 12, кв. 2", "ул. Урицкого, д. 12, кв. 2"),
])
def test_a_mobile_or_a_dwelling_after_a_notarys_word_stays_masked(redactor, text, value):
    assert masked(redactor, text, value), found(redactor, text)


def test_a_notarys_mailbox_stays_masked(redactor):
    # pii_ad38: a notary writes from her own mailbox; an office's address and phone are the office's, an e-mail is not
    text = "От: нотариус Руденко Вера Павловна <rudenko.vp@mail.ru> Тема: запрос по номеру"
    assert masked(redactor, text, "rudenko.vp@mail.ru"), found(redactor, text)


def test_a_phone_of_any_office_stays_masked(redactor):
    # pii_an43: «контора» alone is anyone's office (a caller's workplace), no notary's
    text = "клиент: и телефон конторы восемь три восемь один два двадцать девять шестнадцать семьдесят четыре"
    assert "семьдесят четыре" not in redactor.redact(text).text, found(redactor, text)


def test_a_postcode_before_a_latin_town_stays_in_the_address(redactor):
    # pii_written1: the country reading must not drop the postcode the chain took before it
    text = "Delivery to our office: 123112, Moscow, Presnenskaya nab. 12, office 4501."
    assert masked(redactor, text, "123112, Moscow, Presnenskaya nab. 12, office 4501"), found(redactor, text)
