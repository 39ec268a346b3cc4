"""Stop 51, names that leak (issue 15): a first name that names a device after its owner, a noun surname before a first
name where a person is named or acts, and initials typed after a name in any script and case (recognizers/person.py:
_owners_in_device_names, _a_surnames_place, _a_callers_act_by, _with_initials_after; lexicon DEVICE_NAME_WORDS).

- A network's list of devices names a phone after its owner: a first name beside a device's make, model or kind, either
  order, a blank or a hyphen between («Galaxy Ани», «Вероника iPad», «ПК-Гоша»), or an English possessive before it
  («Sveta’s MacBook Air»), is the owner's — not a product's title in quotes, not a river ("Pixel Лены").
- A noun that is also a surname before a first name ("гусь андрей") is the person's surname, not an animal the name
  belongs to, where a speaker names someone ("меня зовут", "зовут меня", "это") or the two do a caller's act
  ("гусь андрей звонил вчера"): a goose rings no contact centre (red team bb25 f07).
- Two dotted initials right after a found name are the name's, in either script and case ("kuznetsova a. v.", "smirnov
  А.В."); a lowercase dotted abbreviation ("т.е.", "г.р.") is not.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_masked, person_touched


@pytest.mark.parametrize("text, owner", [
    ("Устройство клиента называется «Galaxy Оли», MAC 3C:A6:2F:91:0E:7B.", "Оли"),
    ("В списке устройств: «iPhone Серёжи», «Xiaomi Pad 6».", "Серёжи"),
    ("Родительский контроль на устройство «Маргарита iPad» применится завтра.", "Маргарита"),
    ("Имя устройства «Вова Honor», IMEI не указан.", "Вова"),
    ("В сети активно устройство «ПК-Кирилл», оно шлёт много запросов.", "Кирилл"),
    ("У дочери Redmi Насти не подключается к сети.", "Насти"),
    ("Вход выполнен с устройства «Dasha-Xiaomi» в 18:40.", "Dasha"),
    ("Подключено устройство «Olga’s MacBook Air», MAC 8C:85:90:1A:6E:03.", "Olga"),
])
def test_a_first_name_beside_a_devices_make_or_kind_is_its_owners(person_redactor, text, owner):
    assert person_masked(person_redactor, text, owner), text


@pytest.mark.parametrize("text, word", [
    ("Планшет «Lenovo Tab M10», MAC D0:37:45:6B:AA:11.", "Tab"),
    ("Подключено устройство «Anna’s MacBook Air».", "Air"),
    ("Клиент купил Samsung Galaxy A52, сеть не видит.", "Galaxy"),
    ("Ноутбук «Honor MagicBook» не получает адрес.", "MagicBook"),
    ("Часы привязаны к HUAWEI ID anna.petrova, отвязку сделаю сама.", "ID"),
])
def test_a_devices_make_and_model_words_are_no_owner(person_redactor, text, word):
    assert not person_touched(person_redactor, text, word), text


@pytest.mark.parametrize("text, surname, first", [
    ("клиент: меня зовут гусь андрей", "гусь", "андрей"),
    ("клиент: зовут меня кот андрей", "кот", "андрей"),
    ("клиент: это гусь андрей по поводу интернета", "гусь", "андрей"),
    ("клиент: гусь андрей звонил вчера насчёт роутера", "гусь", "андрей"),
    ("оператор: перезвонил кот андрей уточнить счёт", "кот", "андрей"),
])
def test_a_noun_surname_before_a_first_name_where_a_person_is_named_or_calls_is_the_persons(
        person_redactor, text, surname, first):
    assert person_masked(person_redactor, text, surname) and person_masked(person_redactor, text, first), text


@pytest.mark.parametrize("text, pet", [
    ("клиент: у нас рыжий кот тимофей спит на роутере", "тимофей"),
    ("клиент: кошку зовут мурка", "мурка"),
])
def test_a_pets_name_after_its_noun_stays_the_pets_outside_a_naming_slot(person_redactor, text, pet):
    assert not person_touched(person_redactor, text, pet), text


@pytest.mark.parametrize("text, initials", [
    ("клиент kuznetsova a. v. просила перезвонить", "a. v."),
    ("Кл. smirnov А.В. звонил", "А.В."),
    ("звонила Петрова а. в. по поводу счёта", "а. в."),
    ("Клиент sokolov P.S. просил перезвонить", "P.S."),
])
def test_two_dotted_initials_after_a_name_are_the_names_in_any_script_and_case(person_redactor, text, initials):
    assert person_masked(person_redactor, text, initials), text


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["kuznetsova", "smirnov", "Петрова", "Соколов"]),
       st.sampled_from("avsnkАВСНКавснк"), st.sampled_from("avsnkАВСНКавснк"), st.sampled_from(["", " "]),
       st.sampled_from(["клиент {} звонил", "Кл. {} просил перезвонить", "абонент {}"]))
def test_any_two_initials_after_a_masked_surname_are_masked(person_redactor, surname, first, second, gap, frame):
    text = frame.format(f"{surname} {first}.{gap}{second}.")
    initials = f"{first}.{gap}{second}."
    if not person_masked(person_redactor, text, surname) or initials.lower() in {"т.е.", "т.к."}:
        return  # the surname's own reading is another test's; the property is about what follows it
    assert person_masked(person_redactor, text, initials), text


def test_a_lowercase_dotted_abbreviation_after_a_name_is_not_taken_as_initials():
    from guard.recognizers.person import _with_initials_after

    text = "Сидоров г.р. 1980"
    assert _with_initials_after(text, text.index(" г.р.")) == text.index(" г.р.")
