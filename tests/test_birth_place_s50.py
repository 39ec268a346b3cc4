"""A place of birth in an HR office's notes (issue 15, stop 50): after a birth date, the way a personnel file lists a
person ("д.р. 19.10.1988, с. Карагай …", "р. 21.01.1997 в г. Верещагино", a full name, the date, the town), and under a
table's column or a key named by the place-of-birth label (recognizers/address.py: birthplace_spans, reading
recognizers/structured.py's reading). A town after another date (a hiring's, a transfer's) stays."""
import pytest

from guard import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


@pytest.mark.parametrize("text, place", [
    ("д.р. 19.10.1987, с. Карагай Пермской обл.\nпаспорт 5709 446711", "Карагай"),
    ("Анкета курьера: Ваганов Тихон Ильич, р. 21.01.1996 в г. Верещагино. Паспорт 57 17 820915", "Верещагино"),
    ("Сальникова Маргарита Дмитриевна, 08.01.2001, г. Лысьва\nпаспорт 57 22 118408", "Лысьва"),
    ("ФИО\tД.р.\tМесто рождения\tТелефон\nКашина Полина Игоревна\t17.03.2004\tг. Чусовой\t89519201175\n"
     "Морозов Даниил Витальевич\t29.12.2003\tпос. Теплая Гора\t89024418821", "Теплая Гора"),
])
def test_a_place_of_birth_after_a_birth_date_or_under_its_column_is_masked(redactor, text, place):
    assert place not in redactor.redact(text).text


@pytest.mark.parametrize("text, kept", [
    ("Принят 12.03.2024, г. Пермь, салон PRM-0147", "Пермь"),
    ("Переведена с 01.08.2024 в г. Березники", "Березники"),
])
def test_a_town_after_another_date_stays_visible(redactor, text, kept):
    assert kept in redactor.redact(text).text


def test_fail_closed_a_place_of_birth_with_a_tab_inside_is_masked_whole():
    # the review of the stop-50 merge: a tab between a place's words ended it («Нижний<TAB>Новгород» left «Новгород»);
    # a wider span over the next cell is the fail-closed side
    from guard import Redactor

    shown = Redactor().redact("Место рождения: Нижний\tНовгород").text
    assert "Новгород" not in shown and "Нижний" not in shown
