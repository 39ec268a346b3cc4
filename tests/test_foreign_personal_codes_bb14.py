"""Red team bb14, 02: the identity numbers of neighbouring countries' citizens — one definition of a foreign personal
code (id_document.FOREIGN_PERSONAL_CODES: each country's words and its length), the neighbours' own words for their
passports, a passport after its ICAO country code, a licence with a Latin series. Hard negatives: a phone after
"личный номер", a card's PIN, a Russian INN, an article number after a country code."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor
from guard.recognizers.id_document import FOREIGN_PERSONAL_CODES, IdDocumentRecognizer


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def covered(redactor, text: str, value: str, kind: str | None = None) -> bool:
    start = text.index(value)
    return any(e.start <= start and e.end >= start + len(value) and (kind is None or e.type == kind)
               for e in redactor.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("Грузия, личный номер 01024056789", "01024056789"),
    ("гражданин Грузии, piradi nomeri 01008012345", "01008012345"),
    ("Гражданка Молдовы, IDNP 2002003012345", "2002003012345"),
    ("IDNP: 2004001123456, паспорт Молдовы", "2004001123456"),
    ("Армения, номер соцкарты 1234567890", "1234567890"),
    ("соц. карта 3105800123 (Армения)", "3105800123"),
    ("Литва asmens kodas 38001010001", "38001010001"),
    ("Латвия, personas kods 12345678901", "12345678901"),
    ("isikukood 49001010123", "49001010123"),
    ("ИИН 880101300123", "880101300123"),
    ("ПИНФЛ 31234567890123", "31234567890123"),
])
def test_a_foreign_personal_code_after_its_countrys_words_is_masked(redactor, text, value):
    assert covered(redactor, text, value, "ID_DOCUMENT"), text


@pytest.mark.parametrize("text, value", [
    ("Клиент Раҳимов Фирӯз, шиноснома 400123456", "400123456"),  # Tajik: passport
    ("шиносномаи 401234567", "401234567"),
    ("төлқұжат N12345678", "N12345678"),  # Kazakh: passport
    ("pasaport C01234567", "C01234567"),  # Azerbaijani, Turkish
])
def test_a_passport_named_in_the_neighbours_own_language_is_a_foreign_document(redactor, text, value):
    assert covered(redactor, text, value, "ID_DOCUMENT"), text


@pytest.mark.parametrize("text, value", [
    ("Азербайджан AZE 12345678", "12345678"),
    ("AZE C12345678", "C12345678"),
    ("документ: UZB FA1234567", "FA1234567"),
    ("TJK 401234567", "401234567"),
])
def test_a_passport_number_after_its_icao_country_code_is_masked(redactor, text, value):
    assert covered(redactor, text, value, "ID_DOCUMENT"), text


@pytest.mark.parametrize("text, value", [
    ("водительское удостоверение Казахстана AN123456", "AN123456"),
    ("в/у Узбекистана AF 1234567", "AF 1234567"),
    ("driver's licence KZ 123456", "KZ 123456"),
])
def test_a_driving_licence_with_a_latin_series_is_a_foreign_document(redactor, text, value):
    assert covered(redactor, text, value), text


@pytest.mark.parametrize("text, value, kind", [
    ("мой личный номер 89161234567", "89161234567", "PHONE_NUMBER"),  # the caller's phone, not a Georgian code
    ("личный номер 8 916 123 45 67", "8 916 123 45 67", "PHONE_NUMBER"),
    ("ИНН 500100732259", "500100732259", "RU_INN"),
    ("водительское удостоверение 77 АА 123456", "77 АА 123456", "RU_DRIVER_LICENSE"),
])
def test_a_russian_value_after_the_same_words_keeps_its_own_kind(redactor, text, value, kind):
    assert covered(redactor, text, value, kind), text


@pytest.mark.parametrize("text", [
    "артикул AZE 12345678 в наличии",  # an article's number: nobody's
    "мой ПИН 1234",  # a card's PIN: four digits, a secret, not a personal code
    "соцкарта не пришла уже 10 дней",
])
def test_no_foreign_personal_code_where_the_length_or_the_cue_does_not_fit(redactor, text):
    assert not any(e.type == "ID_DOCUMENT" for e in redactor.analyze(text)), text


def test_every_foreign_personal_code_is_one_of_the_kinds_cues():
    cues = [cue for cue, _, _ in IdDocumentRecognizer.CUE_NUMBERS]
    for _, words, fewest, most in FOREIGN_PERSONAL_CODES:
        assert any(words in cue for cue in cues), words
        assert 10 <= fewest <= most <= 14


_SAMPLES = {  # a form of each row's words and a value of its length
    "Kazakhstan, Kyrgyzstan, Uzbekistan": ("ИИН", 12),
    "Moldova": ("IDNP", 13),
    "Georgia": ("личный номер", 11),
    "Armenia": ("номер соцкарты", 10),
    "Lithuania, Latvia, Estonia": ("asmens kodas", 11),
    "Ukraine": ("РНОКПП", 10),
}


@settings(max_examples=40, deadline=None)
@given(country=st.sampled_from(sorted(_SAMPLES)), digits=st.text("0123456", min_size=14, max_size=14),
       before=st.sampled_from(["", "Ин. гр., ", "клиент Иванов, "]), after=st.sampled_from(["", ", тел. 89161234567"]))
def test_any_foreign_personal_code_of_its_length_after_its_words_is_masked_whole(redactor, country, digits, before,
                                                                                  after):
    words, length = _SAMPLES[country]
    value = digits[:length]
    text = f"{before}{words} {value}{after}"
    assert covered(redactor, text, value), text
    assert re.search(r"\d{%d}" % length, redactor.redact(text).text) is None
