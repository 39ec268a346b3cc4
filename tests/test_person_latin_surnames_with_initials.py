"""A Latin-script surname is a name with its initials or after a role cue, English or Russian typed in Latin letters
(issue 15, red team rt5 finding 02): "Kuznetsov P.S. zvonil", "Client Petrov called", "Kl. Orlova E.V."."""
from __future__ import annotations

import pytest

from conftest import person_names as names


@pytest.mark.parametrize("text, name", [
    ("Kuznetsov P.S. zvonil, prosil perezvonit", "Kuznetsov P.S."),
    ("Kl. Orlova E.V. trebuet vozvrat deneg", "Orlova E.V."),
    ("Abonent Smirnov I.I. nedovolen tarifom", "Smirnov I.I."),
    ("Звонил P. S. Kuznetsov по поводу счёта", "P. S. Kuznetsov"),
])
def test_a_latin_surname_with_two_initials_is_a_name(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text, name", [
    ("Client Petrov called about the bill", "Petrov"),
    ("Klient Petrov zvonil vchera", "Petrov"),
])
def test_a_role_cue_names_the_capitalised_latin_word_after_it(person_redactor, text, name):
    assert names(person_redactor, text) == [name]


def test_a_role_cue_before_a_support_word_names_nobody(person_redactor):
    assert names(person_redactor, "Customer Support called back") == []


def test_an_english_word_with_initials_is_no_surname(person_redactor):
    assert names(person_redactor, "Thanks P.S. see attached") == []
