"""Stop 56 (issue 15): a seafarers' office's documents — a seafarer's documents are the ID_DOCUMENT kind's nouns
(recognizers/id_document.py: SEAFARER_DOCUMENT_WORDS), written, cut and said, and the international passport's own
shape after any passport's word (`_INTERNATIONAL_SHAPE`). Phrasings are my own; each reading has its negatives beside
it (docs/one-home.md, "Stop 56")."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.recognizers.id_document import DOCUMENT_NAMES, DOCUMENT_WORDS

from kinds_found import found, masked


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _typed(redactor: Redactor, text: str, value: str) -> set[str]:
    start = text.index(value)
    return {kind for kind, piece in found(redactor, text)
            if text.find(piece) <= start and start + len(value) <= text.find(piece) + len(piece)}


# --- a seafarer's documents: ID_DOCUMENT's nouns ----------------------------------------------------------------------

_SEAFARER_NOUNS = ["паспорт моряка", "паспорта моряка", "паспортом моряка", "по паспорту моряка", "пасп. моряка",
                   "п-т моряка", "удостоверение личности моряка", "удостоверения личности моряка", "УЛМ",
                   "мореходная книжка", "мореходной книжки", "мореходную книжку", "мореходн. книжка", "мор. книжка",
                   "послужная книжка", "книжка моряка", "Seaman's book", "seamans passport",
                   "seafarer's identity document", "Seafarer's Record Book", "SIRB", "SID", "discharge book", "CDC"]


@settings(max_examples=60, deadline=None)
@given(noun=st.sampled_from(_SEAFARER_NOUNS),
       series=st.sampled_from(["МК", "MK", "РМ", "КЛ", "ИМ", "RUS", "AB"]),
       label=st.sampled_from([" ", " № ", ": ", " серия ", "-"]),
       digits=st.from_regex(r"\A\d{6,7}\Z"),
       after=st.sampled_from(["", ", выдан 12.05.2019", ". Подключён роуминг.", " — владелец в рейсе"]))
def test_a_seafarers_document_after_its_noun_is_masked_whole_with_its_series(redactor, noun, series, label, digits,
                                                                              after):
    value = f"{series}{label.rstrip() if label == '-' else ' '}{digits}" if label != " серия " else f"{series} {digits}"
    text = f"Клиент предъявил {noun}{label if label in (' № ', ': ', ' серия ') else ' '}{value}{after}"
    assert masked(redactor, text, value), text
    assert "ID_DOCUMENT" in _typed(redactor, text, digits)


@pytest.mark.parametrize("text, value", [
    ("паспорт моряка эм ка ноль четыре пять три девять два один", "эм ка ноль четыре пять три девять два один"),
    ("клиент: мореходная книжка ка эл ноль два семь четыре четыре один", "ка эл ноль два семь четыре четыре один"),
    ("номер паспорта моряка ноль шесть один два пять семь девять", "ноль шесть один два пять семь девять"),
])
def test_a_seafarers_document_said_aloud_is_masked_with_its_series_said_by_letters(redactor, text, value):
    assert masked(redactor, text, value)


@pytest.mark.parametrize("name", ["паспорт моряка", "удостоверение личности моряка", "мореходная книжка"])
def test_the_speech_rules_name_the_seafarers_documents_the_kind_reads(name):
    assert name in DOCUMENT_NAMES
    assert re.fullmatch(r"(?:" + DOCUMENT_WORDS + r")", name, re.IGNORECASE)


@pytest.mark.parametrize("text, kept", [
    ("Подключили тариф «Моряк» 350, рейс № 14/25", "350"),
    ("паспорт моряка продлили до 2027, судно IMO 9184732, позывной UBKV8", "9184732"),
    ("Линия для моряков: 8 800 100-12-12, т/х «Механик Сорокин» IMO 9274812", "9274812"),
])
def test_a_vessels_and_a_tariffs_numbers_beside_a_seafarers_words_stay_visible(redactor, text, kept):
    assert kept in redactor.redact(text).text


# --- the international passport's shape after any passport's word -----------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Kushnir A. / DOB 22.08.1989 / PP 75 6612094 / rank 2nd Engineer", "75 6612094"),
    ("Crew: Petrov Ivan, passport No. 72 0453817, joins in Hamburg", "72 0453817"),
    ("PP: 75 № 5531022", "75 № 5531022"),
])
def test_the_international_passports_shape_after_a_latin_passport_word_is_an_id_document(redactor, text, value):
    assert masked(redactor, text, value)


def test_an_internal_passports_number_after_its_word_keeps_its_own_kind(redactor):
    text = "паспорт 4510 123456 выдан ОВД"
    assert "RU_PASSPORT" in _typed(redactor, text, "4510 123456")
