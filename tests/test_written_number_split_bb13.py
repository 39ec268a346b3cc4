"""Red team bb13 12: a number written in pieces the layout splits — two messenger messages, two table cells, a line
that goes on after a remark — and a spoken number typed in Latin letters: one number (guard/normalize.py readings)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.normalize import readings, transliterated_numbers


@pytest.mark.parametrize("text, secret", [
    ("| Код | Номер |\n| 916 | 1234567 |", "1234567"),
    ("| 8 916 | 123 45 67 |", "123 45 67"),
    ("Тел.: | 916 | 765 43 21 | перезвонить", "765 43 21"),
    ("[10:15] Пётр: мой номер 8916\n[10:15] Пётр: 1234567", "1234567"),
    ("[10:15] Анна: телефон +7 903\n[10:16] Анна: 7654321\n[10:17] Борис: ок", "7654321"),
    ("Номер: 8 916\n(продолжение) 123 45 67", "123 45 67"),
    ("тел 8 903\n(cont.) 765-43-21", "765-43-21"),
    ("Код оператора;Номер\n916;1234567", "1234567"),
])
def test_a_number_split_by_the_layout_is_one_number(redactor, text, secret):
    out = redactor.redact(text).text
    assert secret not in out, out


@pytest.mark.parametrize("text, secret", [
    ("klient skazal nomer vosem devyatsot shestnadtsat sto dvadtsat tri sorok pyat shestdesyat sem", "sto dvadtsat tri"),
    ("moy nomer vosem devyat odin shest odin dva tri chetyre pyat shest sem", "chetyre pyat shest"),
    ("pasport sorok pyat nol pyat shestsot semdesyat vosem devyatsot odin", "semdesyat vosem"),
    ("tel vosem devyatsot tridtsat tri sto odinnadtsat dvadtsat dva tridtsat tri", "sto odinnadtsat"),
])
def test_a_spoken_number_typed_in_latin_letters_is_read(redactor, text, secret):
    out = redactor.redact(text).text
    assert secret not in out, out


@pytest.mark.parametrize("text", ["I have tri cats", "sto let", "Sem Smith called", "pat the dog, sem"])
def test_fewer_than_three_latin_number_words_are_left_as_written(text):
    assert not transliterated_numbers(text).changed


_SPELLINGS = {"восемь": ["vosem", "vosem'"], "девятьсот": ["devyatsot", "devjatsot"], "шестнадцать": ["shestnadtsat",
              "shestnadcat"], "сто": ["sto"], "двадцать": ["dvadtsat", "dvadcat"], "три": ["tri"],
              "сорок": ["sorok"], "пять": ["pyat", "pjat", "pyat'"], "шестьдесят": ["shestdesyat", "shest'desyat"],
              "семь": ["sem", "sem'"]}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(sorted(_SPELLINGS)), min_size=3, max_size=8).flatmap(
    lambda words: st.tuples(st.just(words), st.tuples(*[st.sampled_from(_SPELLINGS[w]) for w in words]))))
def test_property_any_spelling_of_a_run_of_number_words_reads_as_the_words(drawn):
    words, spelled = drawn
    read = transliterated_numbers("nomer " + " ".join(spelled))
    assert read.text == "nomer " + " ".join(words)
    assert any(reading.text != read.original for reading in readings(read.original))


@pytest.mark.parametrize("text, kept", [
    ("| 1988-11-04 | 3619 557301 |", "1988-11-04"),  # a date's column beside a passport's (training set packed_l37)
    ("| 79274009112 | 89701055972003560035 |", "89701055972003560035"),  # a phone's column beside an ICCID's
])
def test_two_columns_whole_values_are_not_joined(text, kept):
    from guard.normalize import layout_reading

    read = layout_reading(text).text
    assert "|" in read or kept + " " not in read and " " + kept not in read
