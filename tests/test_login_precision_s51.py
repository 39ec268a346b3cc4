"""Logins (issue 15, stop 51, pii_au50): a network open to everyone ("Metro_Free") is no household's; a service's or a
mailbox's word after a login word is no login; a login said after what it is of ("логин у меня от кабинета …") or as the
new one ("логин поменять на …") is masked. Values here are invented.
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


# --- logins -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Metro_Free", "SPb_Bus_Free", "Cafe_Guest", "ParkPublic", "Open_Wifi_Park"])
def test_a_network_open_to_everyone_is_no_households_login(name):
    assert _found(f"Не могу подключиться к сети {name}, пишет что устройство заблокировано") == []


@pytest.mark.parametrize("text, value", [
    ("Клиент продиктовал сеть Wi-Fi Nizamov_Guest, пароль сбросили.", "Nizamov"),
    ("Сеть Ivanova_Open у клиента дома", "Ivanova"),
    ("Сеть Smirnov_Free_WiFi дома у абонента, пароль забыт", "Smirnov"),
])
def test_a_network_name_with_a_piece_that_could_be_a_name_stays_masked(text, value):
    """Review 51 F4: a network is open to everyone only when every piece of its name is a public or a venue's word."""
    assert _masked(text, value)


def test_a_households_network_name_stays_a_login():
    assert ("LOGIN", "Petrovy_5G") in _found("Новую сеть назвали Petrovy_5G, пароль оставили")


@pytest.mark.parametrize("text, login", [("Логин в Wi-Fi mkorol, вход вчера", "mkorol"),
                                         ("просит сменить логин korol77; ссылка отправлена на e-mail.", "korol77")])
def test_a_services_or_mailboxs_word_after_a_login_word_is_no_login(text, login):
    found = _found(text)
    assert ("LOGIN", login) in found
    assert [value for kind, value in found if kind == "LOGIN"] == [login]


@pytest.mark.parametrize("text, login", [
    ("клиент: спасибо а логин у меня от кабинета алина точка сорокина он тоже нужен", "алина точка сорокина"),
    ("клиент: а можно сразу логин поменять на гарин два ноль один девять\nоператор: только в кабинете",
     "гарин два ноль один девять"),
])
def test_a_login_said_after_what_it_is_of_or_as_the_new_one_is_masked(text, login):
    assert _masked(text, login)


def test_what_a_login_changes_in_is_no_login():
    assert [kind for kind, _ in _found("оператор: логин и пароль меняются только в кабинете по телефону не принимаем")
            ] == []
