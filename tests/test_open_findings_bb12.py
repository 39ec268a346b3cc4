"""Red team bb12's redactor findings not mended at stop 37 (branch s37-bb12text ran out of time after 04, 06 and 03):
each is a strict xfail, so the fix that mends it turns it into a failure to remove the mark from. The texts are the
red team's and this file's own phrasings (docs/redteam-open.md, "Stop 37: red team bb12 — redactor")."""
from __future__ import annotations

import pytest

from guard.engine import Redactor

OPEN = pytest.mark.xfail(strict=True, reason="red team bb12: open (docs/redteam-open.md)")


@pytest.fixture(scope="module")
def redactor():
    return Redactor("tag")


# 07 holds since the lead's head-of-note reading (recognizers/person.py: _head_surnames), kept here unmarked
@pytest.mark.parametrize("text, surname", [
    ("Лисицына — по поводу роуминга", "Лисицына"), ("Каримов - вопрос по счёту", "Каримов"),
    ("Лисицына, роуминг, перезвонить", "Лисицына"), ("Ткаченко — вопрос по тарифу", "Ткаченко"),
    ("Каримов", "Каримов"), ("Шевчук — вопрос по тарифу", "Шевчук"),
])
def test_07_a_surname_alone_at_the_head_of_a_note_is_a_name(redactor, text, surname):
    assert surname not in redactor.redact(text).text


@pytest.mark.parametrize("text, name", [
    ("fio=Vorobiev_Petr;dob=1980-03-12", "Vorobiev"), ("user=petr_vorobiev name=Petr_Vorobiev", "Petr_Vorobiev"),
    ("Имя пользователя: Lisitsyna_Olga", "Olga"),
])
def test_11_latin_names_joined_by_an_underscore_are_a_name(redactor, text, name):
    assert name not in redactor.redact(text).text


@pytest.mark.parametrize("text, name", [
    ('From: "Lisitsyna, Olga" <o.lisitsyna@corp.example>', "Lisitsyna"),
    ('Отправитель: "Лисицына, Ольга" <o@x.ru>', "Ольга"),
    ("Subject: =?UTF-8?Q?=D0=9B=D0=B8=D1=81=D0=B8=D1=86=D1=8B=D0=BD=D0=B0?=", "=D0=9B=D0=B8=D1=81"),
])
def test_17_an_email_clients_display_name_and_a_q_encoded_word_are_read(redactor, text, name):
    assert name not in redactor.redact(text).text


@pytest.mark.parametrize("text, tail", [
    ("телефон: восемь девятьсот шестнадцать, один-два-три, четыре-пять, шесть-семь", "четыре-пять, шесть-семь"),
    ("менин номерим сегиз тогуз жуз он алты 123 45 67", "123 45 67"),
])
def test_12_a_spoken_phones_last_groups_are_in_its_span(redactor, text, tail):
    assert tail not in redactor.redact(text).text


@pytest.mark.parametrize("text, word", [
    ("звонит роман зима по поводу счёта", "зима"), ("Звонила Заяц, просила перевести деньги", "Заяц"),
    ("договор на Медведь Ивана", "Медведь"), ("кл. Молодец Иван, ул. не указана", "Иван"),
])
def test_08_a_surname_that_is_a_word_is_a_name_beside_a_given_name_or_a_verb(redactor, text, word):
    assert word not in redactor.redact(text).text


@pytest.mark.parametrize("text, left", [
    ("живёт Ленина 3, 45, Тула", ", 45, Тула"), ("служит: в/ч 12345, Москва", "в/ч 12345"),
])
def test_09_an_address_span_takes_its_flat_and_units(redactor, text, left):
    assert left not in redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    ("ID card Kazakhstan № 045123456", "045123456"), ("Азербайджан, FIN 5ABC12D", "5ABC12D"),
    ("Паспорт Республики Беларусь MP1234567, личный номер 3120380A001PB1", "A001PB1"),
])
def test_10_foreign_personal_numbers_are_masked(redactor, text, value):
    assert value not in redactor.redact(text).text
