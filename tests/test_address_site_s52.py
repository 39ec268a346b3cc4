"""Where a resident's address begins (issue 15, stop 52, pii_av51). A building's street address with no flat governed by
its intercom panel's words ("Панель ВП-00417 по адресу …") is the building's and stays visible (recognizers/holder.py:
building_equipment_site); a camera (review 52, finding 1: a camera bought, a phone's, a house's), a flat in it, a person's
cue or a PERSON in its sentence, a delivery, installation, registration or residence or a private home in the text, or an
entrance alone (where something happened to someone) keeps it masked (fail closed). A flat's "кв." after another number is the next flat, not a year's quarter, unless that number is one to
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
    ("Домофон подъезда по адресу ул. Зареченская, 41 не открывает дверь с утра.", "ул. Зареченская, 41"),
])
def test_a_buildings_address_governed_by_its_intercom_panel_stays_visible(redactor, text, building):
    assert not any(type_ == "ADDRESS" for type_, _ in found(redactor, text)), found(redactor, text)


@pytest.mark.parametrize("text, home", [
    ("Панель по адресу ул. Зареченская, 41, кв. 7 не работает.", "ул. Зареченская, 41, кв. 7"),
    ("Клиент: частный дом, ул. Болдина, 17, камеры на воротах не пишут.", "ул. Болдина, 17"),
    ("Клиент: камера у моего дома ул. Болдина, 17 не пишет.", "ул. Болдина, 17"),
    ("Клиент: камера на участке ул. Болдина, 17 не пишет.", "ул. Болдина, 17"),
    ("Клиент: камера не пишет, я живу на ул. Болдина, 17.", "ул. Болдина, 17"),
    # review 52, finding 1: a camera is no cue (these two were released before the review)
    ("Запрос записи с камеры над входом в подъезд по адресу г. Тула, ул. Болдина, д. 17 за 03.05.", "ул. Болдина, д. 17"),
    ("оператор: слушаю вас\nклиент: нужна запись с камеры у подъезда улица болдина дом сорок за пятницу",
     "улица болдина дом сорок"),
    ("Камера на заборе дома по адресу ул. Болдина, 17 не пишет.", "ул. Болдина, 17"),
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


# review 52, finding 1 (/work/review52/redact/test_equipment_address_leak.py): a camera or panel word that does not
# govern the address as a building's installation, a delivery, a pick-up, a registration, a person between
@pytest.mark.parametrize("text", [
    "Клиент заказал камеру видеонаблюдения, доставка по адресу ул. Оборонная, 95.",
    "У клиента сломалась камера телефона, курьер заберёт по адресу ул. Оборонная, д. 95.",
    "Клиентка просит подключить домофонную панель по адресу ул. Оборонная, 95, она там прописана.",
    "Камера сняла, как Иванова вошла в дом по адресу ул. Оборонная, 95.",
    "Жалоба на панель: Петров Иван, адрес ул. Оборонная, 95",
])
def test_an_address_beside_any_camera_or_panel_word_stays_masked(redactor, text):
    assert masked(redactor, text, "ул. Оборонная")
