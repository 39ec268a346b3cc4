"""A value sent over two messages of a messenger's export is one value (red team bb12, 03): the export's dated stamp
and sender ("[12.11.2026, 14:04] Мария Соколова: …", "12.11.26, 14:04 - Мария: …"), Telegram's heading line
("Мария, [12.11.2026 14:04]") and an SMS's part ("SMS 1/2: …") open a line the way a timestamp and "Клиент:" do, in
the one reading of an export's layout (guard/normalize.py: layout_reading)."""
from __future__ import annotations

import pytest

from guard.engine import Redactor
from guard.normalize import layout_reading

WHATSAPP = "[12.11.2026, 14:04] Мария Соколова: {}\n[12.11.2026, 14:05] Мария Соколова: {}"
ANDROID = "12.11.26, 14:04 - Мария: {}\n12.11.26, 14:05 - Мария: {}"
TELEGRAM = "Мария, [12.11.2026 14:04]\n{}\n\nМария, [12.11.2026 14:05]\n{}"
SMS = "SMS 1/2: {}\nSMS 2/2: {}"
LAYOUTS = {"whatsapp": WHATSAPP, "android": ANDROID, "telegram": TELEGRAM, "sms": SMS}


@pytest.fixture(scope="module")
def redactor():
    return Redactor("tag")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("first, second", [("паспорт 4505", "678901"), ("телефон 8916", "1234567"),
                                           ("мой номер восемь девятьсот шестнадцать", "123 45 67")])
def test_a_value_sent_over_two_messages_of_one_sender_is_masked_whole(redactor, layout, first, second):
    out = redactor.redact(LAYOUTS[layout].format(first, second)).text
    assert second not in out and first.split()[-1] not in out, out


def test_two_senders_messages_are_two_turns_not_one_value():
    read = layout_reading("[12.11.2026, 14:04] Мария: паспорт 4505\n[12.11.2026, 14:05] Пётр: 678901").text
    assert read == "Спикер 1: паспорт 4505\nСпикер 2: 678901"


@pytest.mark.parametrize("text", [
    "[12.11.2026, 14:04] Оператор: назовите кодовое слово\n[12.11.2026, 14:04] Мария Соколова: ромашка",
    "[05.03.2026 09:12] Иван Петров: кодовое слово какое?\n[05.03.2026 09:13] Анна: ромашка",
])
def test_a_code_word_answered_in_the_next_message_is_masked(redactor, text):
    assert "ромашка" not in redactor.redact(text).text


def test_a_sender_name_is_only_read_after_a_dated_stamp():
    # a subtitle's or a transcript's clock is not a messenger's: a key there stays a key
    assert layout_reading("[00:03] паспорт: 4505\n[00:04] 678901").text == "паспорт: 4505 678901"
