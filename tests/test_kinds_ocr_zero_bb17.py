"""Red team bb17, 21: OCR of a scanned passport writes the letter О as the digit 0 — "Фамилия КУЗНЕЦ0В",
"С0К0Л0В", "0РЛ0В", "Кем выдан: 0ВД ТВЕРСК0Г0 Р-НА Г. М0СКВЫ" — and the names and the issuing office were left:
digits were read through the letters that look like them, never letters through digits. A Cyrillic word written
with 0 for О (two letters at least, no other digit) is read as the word (guard/normalize.py); an issuing office
named in capitals beside a word of a kind of place is the office (п. 2: passport data)."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from guard.normalize import DIGIT_LOOKALIKES, join_spelled, normalize_unicode
from kinds_found import found


@pytest.mark.parametrize("text, kind, value", [
    ("Фамилия КУЗНЕЦ0В", "PERSON", "КУЗНЕЦ0В"),
    ("Фамилия: С0К0Л0В", "PERSON", "С0К0Л0В"),
    ("Имя ПЁТР Отчество СЕРГЕЕВИЧ Фамилия 0РЛ0В", "PERSON", "0РЛ0В"),
    ("КУЗНЕЦ0В ПЕТР СЕРГЕЕВИЧ", "PERSON", "КУЗНЕЦ0В"),
    ("Фамилия  К У З Н Е Ц 0 В", "PERSON", "К У З Н Е Ц 0 В"),
    ("Кем выдан: 0ВД ТВЕРСК0Г0 Р-НА Г. М0СКВЫ", "RU_PASSPORT_ISSUER", "ТВЕРСК0Г0"),
    ("Кем выдан: ОВД ТВЕРСКОГО Р-НА Г. МОСКВЫ", "RU_PASSPORT_ISSUER", "МОСКВЫ"),
])
def test_a_scanned_passports_zero_for_o_hides_no_name_or_office(redactor, text, kind, value):
    assert any(found_kind == kind and value in covered for found_kind, covered in found(redactor, text))


@pytest.mark.parametrize("text", ["госномер А001ВС 77", "заказ на 100руб", "0 рублей к оплате", "кабинет Х0", "В 0 0 0",
                                  "А 0 0 1"])
def test_a_zero_among_other_digits_or_beside_one_letter_stays_a_digit(text):
    assert normalize_unicode(text).text == text and join_spelled(text).text == text


@pytest.mark.parametrize("text", ["справка из ОВД СРОЧНО нужна", "запрос из МВД РОССИИ по делу"])
def test_capitals_after_an_office_with_no_kind_of_place_name_no_office(redactor, text):
    assert all(kind != "RU_PASSPORT_ISSUER" for kind, _ in found(redactor, text))


@given(st.text("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ", min_size=3, max_size=12).filter(
    lambda w: "О" in w and sum(letter != "О" for letter in w) >= 2  # two letters besides: "А0" may be a code
    and any(letter not in DIGIT_LOOKALIKES for letter in w)))  # "ВВ0" may be a scanned number's group
def test_every_word_with_its_o_scanned_as_zero_reads_back_as_the_word(word):
    assert normalize_unicode("Фамилия " + word.replace("О", "0")).text == "Фамилия " + word
