"""Where a resident's address begins (issue 15, stop 52, pii_av51). A building's street address told as where its
intercom panel or entrance camera is, with no flat, is the building's and stays visible (recognizers/holder.py:
building_equipment_site); a flat in it, a person's cue nearer, a private home in the text, or an entrance alone (where
something happened to someone) keeps it masked (fail closed). A flat's "кв." after another number is the next flat, not a year's quarter, unless that number is one to
four (recognizers/address.py: _names_a_home). The values are written for these tests."""
from __future__ import annotations

import pytest

from guard import Redactor

from kinds_found import found, masked

_REDACTOR = Redactor()


@pytest.fixture(scope="module")
def redactor():
    return _REDACTOR


@pytest.mark.parametrize("text, building", [
    ("Панель ВП-00417 по адресу ул. Зареченская, 41 не на связи с 07:20.", "ул. Зареченская, 41"),
    ("Запрос записи с камеры над входом в подъезд по адресу г. Тула, ул. Болдина, д. 17 за 03.05.", "ул. Болдина, д. 17"),
    ("оператор: слушаю вас\nклиент: нужна запись с камеры у подъезда улица болдина дом сорок за пятницу",
     "улица болдина дом сорок"),
])
def test_a_buildings_address_told_as_its_panels_or_cameras_place_stays_visible(redactor, text, building):
    assert not any(type_ == "ADDRESS" for type_, _ in found(redactor, text)), found(redactor, text)


@pytest.mark.parametrize("text, home", [
    ("Панель по адресу ул. Зареченская, 41, кв. 7 не работает.", "ул. Зареченская, 41, кв. 7"),
    ("Клиент: частный дом, ул. Болдина, 17, камеры на воротах не пишут.", "ул. Болдина, 17"),
    ("Клиент: камера у моего дома ул. Болдина, 17 не пишет.", "ул. Болдина, 17"),
    ("Клиент: камера на участке ул. Болдина, 17 не пишет.", "ул. Болдина, 17"),
    ("Клиент: камера не пишет, я живу на ул. Болдина, 17.", "ул. Болдина, 17"),
    ("Обстоятельства: телефон вырвали из рук у подъезда по адресу г. Тула, ул. Болдина, д. 17, около 22:10.",
     "ул. Болдина, д. 17"),
])
def test_a_home_near_a_camera_or_panel_stays_masked(redactor, text, home):
    assert masked(redactor, text, home)


@pytest.mark.parametrize("text, flat", [
    ("Жильцы: кв. 21 — Сомов Олег Ильич, +7 915 702-11-48 кв. 22 — Ершова Анна Петровна", "кв. 22"),
    ("кв. 2 — 009,00313 кв. 8 (Рябова Ольга Павловна)", "кв. 8"),
])
def test_a_flat_after_anothers_number_is_a_flat(redactor, text, flat):
    assert masked(redactor, text, flat)


@pytest.mark.parametrize("text", ["Отчёт за 1 кв. 2026 года готов.", "План на 3-й кв. утверждён."])
def test_a_years_quarter_is_no_flat(redactor, text):
    assert not any(type_ == "ADDRESS" for type_, _ in found(redactor, text))
