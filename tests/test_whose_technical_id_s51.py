"""Whose technical id an IP address or a device's id is (issue 15, stop 51, pii_au50; recognizers/holder.py
`held_by_equipment`): the network's own equipment — an access point, a controller, a server, a subnet, a private
gateway — names nobody; a subscriber's device or connection stays masked (fail closed); a network's range is no host's
address. Values here are invented.
"""
from __future__ import annotations

import pytest

from guard import Redactor
from kinds_found import found, masked

_REDACTOR = Redactor()


def _found(text: str) -> list[tuple[str, str]]:
    return found(_REDACTOR, text)


def _masked(text: str, value: str) -> bool:
    return masked(_REDACTOR, text, value)


# --- whose technical id ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Точка доступа у входа в парк, SN 31K8-0051-77, контроллер 172.21.4.9 — нагрузка нормальная.", "31K8-0051-77"),
    ("Точка доступа у входа в парк, контроллер 203.0.113.9 — нагрузка нормальная.", "203.0.113.9"),
])
def test_the_networks_own_equipment_names_nobody(text, value):
    assert not _masked(text, value)


@pytest.mark.parametrize("text, value", [
    ("MAC моего ноутбука 0A:83:E7:1C:52:19, вход по номеру.", "0A:83:E7:1C:52:19"),
    ("Клиент сообщил IP-адрес своего сервера 203.0.113.15 для настройки", "203.0.113.15"),
    ("Её IP 198.51.100.23; подсеть провайдера 198.51.100.1 в порядке.", "198.51.100.23"),
    ("Подключена услуга «Статический IP»: 198.51.100.40, шлюз 198.51.100.41", "198.51.100.41"),
    ("Устройство клиента: MAC 0C:57:CA:1D:83:B2, IMEI 490154203237518", "0C:57:CA:1D:83:B2"),
    ("IP заявки на сайте 203.0.113.90.", "203.0.113.90"),
    # the equipment's private address is an internal host: masked (the senior-line procedure)
    ("Точка доступа у входа в парк, контроллер 172.21.4.9 — нагрузка нормальная.", "172.21.4.9"),
    ("сервер 192.168.10.25 не отвечает", "192.168.10.25"),
    # "сеть" says nothing of whose: a subscriber's phone that does not see the network, a household's network
    ("Samsung Galaxy A54 не видит сеть до 03:00, ICCID 89701995158166200017, тел. мужа", "89701995158166200017"),
    ("Клиент: нашёл, сеть Keenetic-4471, пароль k7Fq9w2Lm, серийник ZTEGD4410C55. всё работает", "ZTEGD4410C55"),
    ("Клиент попросил пробросить порт на домашний сервер.\nСервер: MAC 02:1B:21:7F:4C:9B, локальный адрес", "02:1B:21:7F:4C:9B"),
])
def test_a_subscribers_device_or_connection_stays_masked(text, value):
    assert _masked(text, value)


# Review 51 F1: equipment is nobody's only where the text says it is a venue's or the network's, names no person and
# says no home; a cue nearest the value alone no longer frees it. The three last ones were freed before the review
# (no venue said; a person's "её" in the text) and go back to masked.
@pytest.mark.parametrize("text, value", [
    ("У Иванова дома точка доступа, MAC 00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5E"),
    ("Петрова Анна, точка доступа в квартире, MAC 00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5E"),
    ("Абонент Сидоров И.И. Точка доступа TP-Link, серийный номер 2187456321009", "2187456321009"),
    ("Иванов Пётр жалуется: дома точка доступа, IP 95.24.11.7, интернет пропадает.", "95.24.11.7"),
    ("Смирнова включила хотспот на телефоне, MAC 00:1A:2B:3C:4D:5E, ноутбук не видит сеть.", "00:1A:2B:3C:4D:5E"),
    ("Контроллер умного дома Петрова, серийный номер 2187456321009", "2187456321009"),
    ("MAC точки 02:1B:2C:3D:4E:5F, прошивка 7.2.14.", "02:1B:2C:3D:4E:5F"),
    ("Её IP 198.51.100.23; подсеть провайдера 198.51.100.1 в порядке.", "198.51.100.1"),
    ("Шлюз района 10.41.0.1, DNS 8.8.8.8 — ответ есть.", "10.41.0.1"),
])
def test_equipment_in_a_text_naming_a_person_or_a_home_or_no_venue_stays_masked(text, value):
    assert _masked(text, value)


def test_a_customers_own_block_is_no_networks_range():
    """Review 51 F6: a person's cue in the line says whose the block is."""
    assert _masked("мой IP 95.24.11.0/24 выдали в договоре", "95.24.11.0")


def test_a_networks_range_is_no_hosts_address():
    text = "Точка выдаёт пользователям адреса из 10.72.0.0/16, вход по номеру."
    assert not _masked(text, "10.72.0.0")
    assert _masked("IP клиента 10.72.3.7/16 в бане", "10.72.3.7")
