"""Notes and chats of a desk for foreign expats (issue 15, stop 46): Latin names after the greetings, titles, relatives,
self-introductions and sign-offs of English, German and Turkish chats (recognizers/person.py); a Latin name as the
holder of the birth date, phone or document right after it; the stay's documents named in other languages, the Turkish
identity number, the Italian codice fiscale (recognizers/id_document.py); German and Turkish birth words
(recognizers/birth_date.py); a home abroad (recognizers/address.py). The values are written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.recognizers.person import person_spans

from conftest import types_covering, value_hidden


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in person_spans(text)]


# --- a Latin name after a chat's naming cue ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Operator: Good evening, Henrik! Your SIM is ready.", "Henrik"),
    ("Оператор: Hello, Ji-woo! The roaming is on.", "Ji-woo"),
    ("Оператор: Guten Tag, Frau Brenninkmeyer! Die Rechnung kommt morgen.", "Brenninkmeyer"),
    ("Оператор: Vielen Dank, Herr Oberhuber. Die Sperre ist aktiv.", "Oberhuber"),
])
def test_a_name_a_greeting_or_a_title_addresses_is_a_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("Client: Hi! I'm Ragnhild Solberg, I work for the shipyard.", "Ragnhild Solberg"),
    ("Client: Merhaba, ben Yusuf Demirtaş, numaram kapandı.", "Yusuf Demirtaş"),
    ("Client: Guten Morgen, hier nochmal Hans-Jörg Pfister. Die SIM geht nicht.", "Hans-Jörg Pfister"),
])
def test_a_name_a_client_introduces_themselves_by_is_a_name(text, name):
    assert any(name in found or found in name and len(found) > 4 for found in _names(text))


@pytest.mark.parametrize("text, name", [
    ("Client: my daughter Ingrid lost her phone yesterday.", "Ingrid"),
    ("Client: Bitte rufen Sie meinen Sohn Matthias an.", "Matthias"),
    ("Client: olmazsa oğlum Baran öder.", "Baran"),
    ("Client: I am the wife of Takeshi Mori, he is at work.", "Takeshi Mori"),
])
def test_a_name_after_a_relative_is_a_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("Die Adresse ist geändert. Viele Grüße, Wiebke Harms", "Wiebke Harms"),
    ("Rechnung bitte per Post. Mit freundlichen Grüßen Gesine Lüttke", "Gesine Lüttke"),
])
def test_a_name_after_a_german_sign_off_is_a_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Mit freundlichen Grüßen Hanseatic Kabelwerk GmbH",   # a company signs, nobody's name
    "Seit 2019 ich bin Kunde bei Ihnen.",                  # a German noun after "ich bin"
    "Bitte nutzen Sie eSIM, IMEI steht im Menü.",           # "eSIM" is no Turkish relative
    "Client: Hello, Support! My number is blocked.",       # a desk is greeted
])
def test_a_cue_before_a_company_a_noun_or_a_desk_names_nobody(text):
    names = _names(text)
    assert not any(word in " ".join(names) for word in ("Hanseatic", "Kabelwerk", "Kunde", "IMEI", "Support")), names


@settings(max_examples=30, deadline=None)
@given(first=st.sampled_from(["Annika", "Lorenzo", "Mehmet", "Sigrid", "Tobias", "Yuki", "Dariusz"]),
       greeting=st.sampled_from(["Hello", "Good morning", "Good afternoon", "Guten Abend", "Hallo", "Merhaba"]),
       end=st.sampled_from(["!", ",", "."]))
def test_any_first_name_a_greeting_addresses_is_hidden(redactor, first, greeting, end):
    text = f"Оператор: {greeting}, {first}{end} Ваш номер активен."
    assert value_hidden(redactor, text, first)


# --- a Latin name as the holder of the value right after it -------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Сотрудники: 1. Pekka Lahtinen, DOB 1979-11-02, passport FIN XK7310264", "Pekka Lahtinen"),
    ("Kinder: Jonas (geb. 12.04.2012) und Mia (geb. 30.08.2015)", "Jonas"),
    ("Kinder: Jonas (geb. 12.04.2012) und Mia (geb. 30.08.2015)", "Mia"),
    ("Контакты: Jansen Willem — +31 6 12345678, Mulder Femke — +31 6 87654321", "Jansen Willem"),
    ("Семья: Ito Sora, born 14 May 2016", "Ito Sora"),
    ("Staff: Bogdan Ilić (Serbia), passport 017733921", "Bogdan Ilić"),
])
def test_a_latin_name_right_before_its_birth_date_phone_or_document_is_a_name(text, name):
    assert name in _names(text)


def test_one_latin_word_before_a_bare_date_without_a_birth_word_is_no_holder():
    assert "Termin" not in _names("Termin (14.09.2025) bestätigt.")


# --- foreign documents named in other languages ---------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Staff list: residence permit 82 № 5520917, mobile +7 911 000 11 22", "82 № 5520917"),
    ("Client: pasaport U 20481776, göç kartı 4019 7712083.", "4019 7712083"),
    ("Client: миграционная 4021 6630915, спасибо", "4021 6630915"),
    ("Client: T.C. kimlik no 10000000146, doğum tarihi 02.03.1990", "10000000146"),
    ("Сотрудник консульства, аккредитационная карточка МИД Д 007731.", "Д 007731"),
])
def test_a_stay_document_named_in_another_language_is_an_id_document(redactor, text, value):
    assert "ID_DOCUMENT" in types_covering(redactor, text, value)


@pytest.mark.parametrize("text, value", [
    ("Reisepass: CHJ4K7L9M, bitte prüfen", "CHJ4K7L9M"),       # three digits among a German passport's letters
    ("паспорт Испании: PAA301744, д.р. 01.01.1990", "PAA301744"),  # a series of three letters
    ("Der Reisepass von Jule: CXR8N1T2K.", "CXR8N1T2K"),        # Latin words between the word and the number
    ("по загранпаспорту ФРГ CJ7N2R4M8", "CJ7N2R4M8"),
])
def test_a_foreign_passport_number_after_its_word_is_an_id_document(redactor, text, value):
    assert "ID_DOCUMENT" in types_covering(redactor, text, value)


def test_a_codice_fiscale_is_an_id_document_wherever_it_stands(redactor):
    text = "Реквизиты сотрудника: VRDLCU80A01H501U, Адрес: Калининград"
    assert "ID_DOCUMENT" in types_covering(redactor, text, "VRDLCU80A01H501U")


def test_a_ticket_of_three_letters_and_digits_without_a_passport_word_stays_visible(redactor):
    assert not value_hidden(redactor, "Заявка INC0048812 закрыта", "INC0048812")


# --- a birth date after a German or Turkish birth word ---------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Tochter Frieda, geb. 07.02.2014, braucht eine SIM", "07.02.2014"),
    ("Sohn geboren am 19.10.2011", "19.10.2011"),
    ("doğum tarihi 05.06.1988", "05.06.1988"),
])
def test_a_date_after_a_german_or_turkish_birth_word_is_a_birth_date(redactor, text, value):
    assert "DATE_OF_BIRTH" in types_covering(redactor, text, value)


# --- a home abroad ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Neue Adresse: Lindenstraße 7, 50667 Köln", "Lindenstraße 7, 50667 Köln"),
    ("Счёт отправить: Bahnhofstrasse 12, 8001 Zürich, Schweiz.", "Bahnhofstrasse 12, 8001 Zürich, Schweiz"),
    ("Адрес в Польше: ul. Długa 3/5, 80-827 Gdańsk", "ul. Długa 3/5, 80-827 Gdańsk"),
    ("Client: wir wohnen in Kaliningrad, ul. Frunse 12, Wohnung 4", "ul. Frunse 12, Wohnung 4"),
])
def test_a_home_abroad_is_hidden_whole(redactor, text, value):
    shown = redactor.redact(text).text
    assert not any(piece in shown for piece in value.replace(",", " ").split() if any(c.isdigit() for c in piece))
    assert "ADDRESS" in types_covering(redactor, text, value.split(",")[0])


def test_a_postcode_and_town_are_read_only_after_a_house(redactor):
    text = "Рейс в 8002 Zürich отменён"
    assert "ADDRESS" not in {e.type for e in redactor.analyze(text)}


@pytest.mark.parametrize("text", [
    "Заявка Numlex NP-2025-11-07-001184, окно порта завтра",      # a request's number with a date inside
    "Отель группы — Sharm Grand Plaza, тел. +20 69 360 0010.",  # a hotel holds its phone
    "für folgende Kollegen Nummern unter Vertrag 0178823611 ein",  # capitalised German nouns before a number
])
def test_words_before_a_date_inside_a_number_or_a_hotels_phone_hold_nothing(text):
    assert not any(word in " ".join(_names(text)) for word in ("Numlex", "Sharm", "Plaza", "Kollegen")), _names(text)


def test_a_title_after_a_relative_is_no_part_of_the_name():
    assert "Mrs" not in " ".join(_names("Sato Ken and his wife Mrs. Sato Emi, passport TR6620915"))
