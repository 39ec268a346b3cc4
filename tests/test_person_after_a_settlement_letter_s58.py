"""Stop 58 (issue 15; the realistic proxy bench's leak): a settlement's letter before a capitalised word ("г.", "д.",
"с.") makes it a place — but a surname with its initials or a name with a patronymic after it is a person's whole name
all the same ("1985 г. Новиков Я. Ю.": the birth year's "г." is the year's). A cue may change a span's type, never drop
it: the name is masked; a town's name stays a place."""
import pytest

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


@pytest.mark.parametrize("text, name", [
    ("род. 1985 г. Новиков Я. Ю.", "Новиков"),
    ("дата рождения 12.03.1985 г. Новиков Я.Ю. просил перезвонить", "Новиков"),
    ("1985 г. Новиков Ярослав Юрьевич просил перезвонить", "Юрьевич"),
    ("в г. Новиков Я. Ю. оставил заявку", "Новиков"),
    ("Заявление от 2019 г. Сорокина Е. В., паспорт предъявлен", "Сорокина"),
])
def test_a_surname_with_initials_or_a_patronymic_after_a_settlement_letter_is_masked(redactor, text, name):
    assert name not in redactor.redact(text).text


@pytest.mark.parametrize("text, place", [
    ("в д. Кармаскалы нет связи", "Кармаскалы"),
    ("г. Нижний Новгород, офис продаж", "Нижний Новгород"),
    ("с. Иванова Поляна, вышка не работает", "Иванова Поляна"),
])
def test_a_towns_name_after_a_settlement_letter_stays_a_place(redactor, text, place):
    assert place in redactor.redact(text).text
