"""A network device's MAC address (by its shape anywhere, or glued after a MAC's word) and a hex device id after an
id's word of a device are DEVICE_ID, like an IMEI (red team bb8 27)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _device_over(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.type == "DEVICE_ID" and e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("мак-адрес роутера клиента 9C:5C:8E:11:2F:A0", "9C:5C:8E:11:2F:A0"),
    ("прописали в ACL f4-6d-04-aa-19-3b, ок", "f4-6d-04-aa-19-3b"),
    ("MAC: 9C5C8E112FA0", "9C5C8E112FA0"),
    ("ID устройства 7f3e9a01bc44", "7f3e9a01bc44"),
    ("идентификатор приставки: 0a9b8c7d6e5f4a3b", "0a9b8c7d6e5f4a3b"),
])
def test_a_hardware_address_or_a_device_id_is_masked(redactor, text, value):
    assert _device_over(redactor, text, value)


@pytest.mark.parametrize("text", ["звонок в 10:15:30, ждал 5 минут", "ID заявки 7f3e9a01bc44 закрыт",
                                  "хеш коммита 7f3e9a01bc44"])
def test_a_time_a_requests_id_or_a_hash_is_no_device(redactor, text):
    assert not [e for e in redactor.analyze(text) if e.type == "DEVICE_ID"]


@settings(max_examples=30, deadline=None)
@given(pairs=st.lists(st.integers(0, 255), min_size=6, max_size=6), mark=st.sampled_from([":", "-"]),
       upper=st.booleans())
def test_any_mac_address_is_masked(redactor, pairs, mark, upper):
    # masked whole; an all-digit address may read as another number too ("00:00:00:00:00:00": an INN's checksum holds)
    value = mark.join(f"{p:02X}" if upper else f"{p:02x}" for p in pairs)
    text = f"клиент сменил роутер, новый {value} прописан"
    start = text.index(value)
    assert any(e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


@pytest.mark.parametrize("value", ["ba:ba:ca:ca:ca:ca", "AB-CD-EF-FA-BC-DE"])
def test_a_mac_address_of_hex_letters_alone_is_masked(redactor, value):
    # no digit in it: the kind's hint reads a MAC's hex pairs too (hypothesis found "ba:ba:ca:ca:ca:ca")
    text = f"клиент сменил роутер, новый {value} прописан"
    start = text.index(value)
    assert any(e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))
