"""Issue 15, round s29 (number and text kinds): an old system's "KEY=value" export is read like JSON and "key: value"
lines, its short Latin field names as the Russian cues the kinds know (lexicon.FIELD_KEY_WORDS); a department code
glued to its "код"; a card's code whose card is named right after it. Each test states one rule with one example."""
from __future__ import annotations

import pytest

from kinds_found import found
from guard.recognizers.structured import key_words, read_structure


def test_key_value_fields_are_read_each_key_before_its_value():
    reading = read_structure("FAM=ГОРОХ NAM=ЕЛЕНА BDAY=19700304 STATUS=ACTIVE")
    # "STATUS", a loanword, is read in Cyrillic as any transliterated Russian key (structured.key_words)
    assert reading.text == "фамилия ГОРОХ, имя ЕЛЕНА, дата рождения 19700304, статус ACTIVE"


def test_a_key_value_field_runs_to_its_semicolon():
    text = "pasp=0515 772310;kp=250-004;adr=г. Владивосток, ул. Светлая, 5"
    reading = read_structure(text)
    assert reading.text == "паспорт 0515 772310, код подразделения 250-004, адрес г. Владивосток, ул. Светлая, 5"


@pytest.mark.parametrize("text", ["x=1", "Сумма 2+2=4 и всё", "тариф Безлимит"])
def test_one_equals_sign_is_no_structure(text):
    assert read_structure(text) is None


def test_an_unknown_latin_key_is_read_as_written():
    assert key_words("ticket_id") == ["ticket", "id"]
    assert key_words("BDAY") == ["дата рождения"]


@pytest.mark.parametrize("text, kind, value", [
    ("pasp=0515 772310;kp=250-004;tariff=Мой", "RU_PASSPORT_DEPT", "250-004"),
    ('{"pass":"3304 118025","code":"430-007","contact":"79122210345"}', "RU_PASSPORT_DEPT", "430-007"),
    ('{"email":"nino@mail.ru","ls":"418820337","tariff":"Мой безлимит"}', "ACCOUNT_NUMBER", "418820337"),
    ("PASP=4500123987 TEL=9161230044 DOG=0088120045 STATUS=ACTIVE", "CONTRACT_NUMBER", "0088120045"),
    ("PASP=4500123987 TEL=9161230044 DOG=0088120045 STATUS=ACTIVE", "RU_PASSPORT", "4500123987"),
    ("card=4276 **** **** 1234 exp=03/29 cvc=901 holder=ALEKSANDR BELKA", "CARD_CVV", "901"),
])
def test_a_short_latin_field_name_is_its_kinds_cue(redactor, text, kind, value):
    assert (kind, value) in found(redactor, text)


def test_a_department_code_glued_to_its_code_word_after_a_passport_is_found(redactor):
    text = "пасп.4608№504219 выд 21.03.2008 ТП УФМС по МО в г.Подольск код500-121"
    assert ("RU_PASSPORT_DEPT", "500-121") in found(redactor, text)


def test_a_glued_code_with_no_passport_near_is_no_department_code(redactor):
    assert [kind for kind, _ in found(redactor, "Код500-121 отправлен по смс")] == []


@pytest.mark.parametrize("text, value", [
    ("Клиентка назвала код 590 с обратной стороны карты, срок 06/28.", "590"),
    ("код семь семь четыре срок январь двадцать девятого это я", "семь семь четыре"),
])
def test_a_bare_code_followed_by_its_card_is_the_cards_code(redactor, text, value):
    assert ("CARD_CVV", value) in found(redactor, text)


def test_a_code_the_words_after_call_an_sms_code_is_no_cvv(redactor):
    assert "CARD_CVV" not in [kind for kind, _ in found(redactor, "код 4821 из смс пришёл, карта заблокирована")]


@pytest.mark.parametrize("text, value", [
    ("мой логин дед мазай шестьдесят шесть через нижнее подчёркивание", "дед мазай шестьдесят шесть"),
    ("а логин ка трубин без точки тикет мне дали", "ка трубин"),
    ("логин екб ноль четыре один семь три три два всё слитно маленькими", "екб ноль четыре один семь три три два"),
    ("не могу зайти логин настя кедр через точку пароль не помню", "настя кедр"),
])
def test_the_words_said_after_a_login_word_are_the_login(redactor, text, value):
    assert ("LOGIN", value) in found(redactor, text)


@pytest.mark.parametrize("text", [
    "не помню логин и пароль",
    "аккаунт клиента заблокирован",
    "логин не подходит уже третий раз",
    "пишет мне в вотсапе мой номер восемь девятьсот тридцать семь девятьсот один двенадцать двадцать семь",
])
def test_a_login_word_followed_by_no_name_like_words_masks_no_login(redactor, text):
    assert "LOGIN" not in [kind for kind, _ in found(redactor, text)]


@pytest.mark.parametrize("text, value", [
    ("логин ЛКvolk_as85, IP входа 95.31.204.17", "volk_as85"),
    ("Клиент с ником Vova_Ural в чате", "Vova_Ural"),
])
def test_a_latin_login_glued_to_a_label_or_after_an_inflected_login_word_is_found(redactor, text, value):
    assert ("LOGIN", value) in found(redactor, text)


def test_a_field_label_after_a_login_is_no_login(redactor):
    text = "зарег. в ЛК: login:kozel_m email:m.kozel@outlook.com"
    assert [value for kind, value in found(redactor, text) if kind == "LOGIN"] == ["kozel_m"]


@pytest.mark.parametrize("text, value", [
    ("tel89055420019 наш? нет", "89055420019"),  # a Latin phone label glued to it
    ("tel 0079258812233 — номер указан с 007", "0079258812233"),  # dialled from abroad: 00, then the country code
    ("тел+8613912345678 (кит.номер)", "+8613912345678"),  # another country's number in one group
])
def test_a_phone_written_the_ways_an_old_export_has_it_is_found(redactor, text, value):
    assert ("PHONE_NUMBER", value) in found(redactor, text)


@pytest.mark.parametrize("text", ["INC0047719 закрыт", "звоните 0078001234567", "код c3980981210af"])
def test_an_identifier_or_a_free_line_is_still_no_phone(redactor, text):
    assert "PHONE_NUMBER" not in [kind for kind, _ in found(redactor, text)]


def test_a_birth_date_under_an_export_key_is_found_year_first(redactor):
    assert ("DATE_OF_BIRTH", "19700304") in found(redactor, "FAM=ГОРОХ NAM=ЕЛЕНА BDAY=19700304 STATUS=ACTIVE")


def test_eight_digits_that_are_no_day_after_a_birth_cue_are_no_birth_date(redactor):
    assert "DATE_OF_BIRTH" not in [kind for kind, _ in found(redactor, "дата рождения 20259931")]


def test_a_birth_certificate_followed_by_its_issue_date_is_found(redactor):
    assert ("RU_BIRTH_CERTIFICATE", "IV-МЮ 512077") in found(redactor, "св-во о рожд. IV-МЮ 512077 19.01.2016")


def test_a_birth_certificate_series_said_with_its_numerals_and_letters_words_is_covered(redactor):
    text = "свидетельство о рождении серия четыре римскими буквы а и номер пятьсот восемьдесят три двести семнадцать"
    covered = [value for kind, value in found(redactor, text) if kind == "RU_BIRTH_CERTIFICATE"]
    assert covered and "четыре римскими буквы а и" in covered[0] and "двести семнадцать" in covered[0]
