"""Stop 56 (s56-overrefusal), issue 15: a notary office's address in a note is the office's, not a person's.

pii_ad38 marks «по адресу нотариальной конторы 191025, Санкт-Петербург, ул. Марата, д. 8» as a negative; the redactor
masked it: «контора» was no organisation's word of recognizers/holder.py (`belongs_to_organisation`, the one reading of
whose a value is: the nearest cue before it in its sentence). It is now, for the address it governs only — right
after it, as its label, in apposition or after «адрес … конторы»; the notary is a person, so an address told after
the notary alone («адрес нотариуса …», «удостоверена нотариусом … (г. Тверь, …)») stays masked, and so does one with a
flat, one with a person's cue nearer, and an office's phone or e-mail (pii_an43 marks a notary's as a person's).
"""
from __future__ import annotations

import pytest

from guard import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _types_over(redactor, text: str, value: str) -> set[str]:
    start = text.index(value)
    return {e.type for e in redactor.analyze(text) if e.start < start + len(value) and e.end > start}


@pytest.mark.parametrize("text, value", [
    ("Ответ — по адресу нотариальной конторы 191025, Санкт-Петербург, ул. Марата, д. 8 или на электронную почту.",
     "ул. Марата, д. 8"),
    ("Нотариальная контора: г. Тверь, пр-т Победы, д. 14, пом. 2", "пр-т Победы, д. 14"),
    ("ВРИО нотариуса Лапиной О.Н.; контора г. Тверь, пр-т Победы, д. 14, пом. 2", "пр-т Победы, д. 14"),
    ("по адресу нотариальной конторы город тверь улица советская дом пять", "улица советская дом пять"),
])
def test_an_address_governed_by_an_office_s_noun_is_the_office_s(redactor, text, value):
    assert "ADDRESS" not in _types_over(redactor, text, value)


@pytest.mark.parametrize("text, value", [
    ("Адрес нотариуса для справки: г. Тверь, Смоленский пер., д. 13", "Смоленский пер., д. 13"),
    ("Доверенность удостоверена нотариусом Громовой Е.Л. (г. Тверь, ул. Трёхсвятская, д. 7, оф. 3).",
     "ул. Трёхсвятская, д. 7"),
    ("Адрес конторы: г. Тверь, ул. Советская, д. 5, кв. 12", "ул. Советская, д. 5, кв. 12"),
    ("Клиент работает в конторе, прописан г. Тверь, ул. Ленина, д. 5", "ул. Ленина, д. 5"),
    ("Контора закрылась, клиент переехал: г. Тверь, ул. Ленина, д. 5", "ул. Ленина, д. 5"),
])
def test_an_address_of_a_person_or_a_home_beside_an_office_stays_masked(redactor, text, value):
    assert "ADDRESS" in _types_over(redactor, text, value)


@pytest.mark.parametrize("text, value", [
    ("Ответ прошу направить на почту нотариальной конторы notarius.petrova@yandex.ru", "notarius.petrova@yandex.ru"),
    ("и телефон конторы восемь три восемь один два двадцать девять шестнадцать семьдесят четыре",
     "восемь три восемь один"),
    ("Телефон нотариальной конторы: +7 3812 29-16-74", "+7 3812 29-16-74"),
])
def test_an_office_s_phone_or_e_mail_stays_masked_a_notary_s_own_is_a_person_s(redactor, text, value):
    assert _types_over(redactor, text, value) & {"EMAIL_ADDRESS", "PHONE_NUMBER"}
