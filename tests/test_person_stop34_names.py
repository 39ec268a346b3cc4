"""Stop 34, names in speech (issue 15): a letter after an honorific ("гражданка ша") stands for the person's surname,
as court news hides it; a word after a cardinal numeral that reads as a common noun's plural ("двух зайцев") is
things counted, no person, though its singular is a surname."""
from __future__ import annotations

import pytest

from conftest import person_names as names


@pytest.mark.parametrize("text, name", [
    ("в материалах дела его называют гражданином ка он пытался передать в колонию телефон", "ка"),
    ("суд оштрафовал гражданку ша на пять тысяч рублей за оскорбление соседки", "ша"),
    ("в арзамасе гражданка пэ пыталась продать через интернет чужую машину", "пэ"),
    ("товарищ эм сказал что придёт позже", "эм"),
])
def test_a_letter_said_after_an_honorific_is_the_persons_initial(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text", [
    "гражданин и гражданка пришли в суд вместе",
    "господа те кто опоздал подождите в коридоре",
])
def test_a_function_word_or_a_plural_honorific_makes_no_initial(person_redactor, text):
    assert names(person_redactor, text) == []


@pytest.mark.parametrize("text, word", [
    ("в багажнике его нивы нашли косулю и двух зайцев фамилия конечно обязывает", "зайцев"),
    ("в этом году на волге уже спасли одиннадцать рыбаков напоминает начальник", "рыбаков"),
])
def test_a_common_nouns_plural_after_a_numeral_is_no_name(person_redactor, text, word):
    assert word not in " ".join(names(person_redactor, text))


@pytest.mark.parametrize("text, name", [
    ("у двух петров из нашего класса день рождения в марте", "петров"),
    ("на рынке я встретил двух ивановых из соседнего дома", "ивановых"),
    ("рыбаков сказал что приедет завтра", "рыбаков"),
    ("в деревню пришли пленные немцы один курт чинил часы и говорил по русски", "курт"),
])
def test_a_first_names_or_a_surnames_own_plural_after_a_numeral_stays_a_name(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text, name, noun", [
    ("Повара на кухне зовут его просто дядей Туаном, он здесь десять лет.", "Туаном", "дядей"),
    ("повара на кухне зовут его просто дядей туаном он здесь десять лет", "туаном", "дядей"),
])
def test_a_kin_noun_after_a_naming_word_is_how_they_call_him_and_the_name_follows(person_redactor, text, name, noun):
    found = names(person_redactor, text)
    assert name in " ".join(found) and noun not in " ".join(found)


def test_a_kin_noun_after_a_naming_word_with_no_name_after_it_is_no_name(person_redactor):
    assert names(person_redactor, "внуки зовут его дедушкой и очень любят") == []
