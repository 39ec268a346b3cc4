"""Review of s57-bb32 (M1, M2): the five-year rule's reading of notes in the neighbours' languages.

M1: an ordinary Russian note — abbreviated («Подкл. опц. безлим.»), naming a Tatar or Bashkir surname («Шайхутдинов»),
a town («Бузулук») or a person («Баскаков, оператор») a neighbour's stem begins — states no end of the contract, so a
live card stays live (guard/policy/termination.py in_a_language_unread, _read_as_russian, _a_russian_word).
M2: the neighbours' endings typed with a Latin "i" for "і", in Latin letters, or beside a few acronyms (SIM, MNP)
are read (recognizers/lexicon.py NEIGHBOURS_ENDING_STEMS; guard/normalize.py folded_other_letters).
"""
from __future__ import annotations

import datetime

import pytest

from guard.normalize import folded_other_letters
from guard.policy.termination import _stated_in_comment, in_a_language_unread

TODAY = datetime.date(2025, 6, 1)
ENDED = datetime.date(2015, 1, 15)

RUSSIAN_NOTES = [  # the reviewer's
    "ОК. Подкл. опц. безлим. 15.01.2015", "Кл. Шайхутдинов Р.Р., пасп. выд. 15.01.2015",
    "абон. Хабибуллин подкл. 15.01.2015", "Абонент из Бузулука, договор заключен 12.03.2019",
    "Консультировал Баскаков, оператор 2 линии, 10.10.2019",
]
RUSSIAN_VARIANTS = [  # case, ASR lowercase, word order, other names
    "АБОН. ХАБИБУЛЛИН ПОДКЛ. 15.01.2015", "Кл. Гайнутдинова Г.Р. выд. 15.01.2015",
    "консультировал баскаков оператор 2 линии 10.10.2019", "12.03.2019 договор заключен, абонент из Бузулука",
    "оператор Баскакова 10.10.2019", "Подкл. безлим. Шайхутдинов 15.01.2015",
]


@pytest.mark.parametrize("note", RUSSIAN_NOTES + RUSSIAN_VARIANTS)
def test_five_year_rule_an_ordinary_russian_note_states_no_end_of_the_contract(note):
    assert _stated_in_comment(note, TODAY) is None, note
    assert not in_a_language_unread(note)


NEIGHBOURS_ENDINGS = [  # the reviewer's M2 notes
    "Договiр розiрвано 15.01.2015 по заявлению абонента", "Договiр розiрвано 15.01.2015, SIM, MNP, CRM ok",
    "Dohovir rozirvano 15.01.2015", "Kelisimshart buzyldy 15.01.2015", "Shartnoma tugadi 15.01.2015",
    "Abonent сообщил: договір закінчився 15.01.2015", "Договір розторгнуто 15.01.2015, SIM, MNP, CRM ok",
    "Umowa wygasła 15.01.2015", "Umowa zakończona 15.01.2015", "Numer przeniesiony do innej sieci 15.01.2015",
    "Müqavilə bitdi 15.01.2015", "Պայմանագիրը չեղարկվել է 15.01.2015, ID 12345, MNP, SIM ok",
    # variants: case, lowercase, the Kazakh "another operator" typed without its letters
    "ДОГОВIР РОЗIРВАНО 15.01.2015 по заявлению абонента", "shartnoma tugadi 15.01.2015", "UMOWA WYGASŁA 15.01.2015",
    "номер 15.01.2015 баска операторга коширилди",
]


@pytest.mark.parametrize("note", NEIGHBOURS_ENDINGS)
def test_five_year_rule_a_neighbours_ending_typed_in_latin_letters_or_diluted_states_the_end(note):
    assert _stated_in_comment(note, TODAY) == ENDED, note


@pytest.mark.parametrize("word,folded", [("розiрвано", "розирвано"), ("СЕГIЗ", "сегиз"), ("bir", "bir"),
                                         ("Йигирма", "иигирма")])
def test_a_latin_i_in_a_cyrillic_word_reads_as_the_cyrillic_letter(word, folded):
    assert folded_other_letters(word) == folded
