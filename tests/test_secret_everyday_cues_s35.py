"""A secret after its cue and what it is of, said the everyday way (red team bb9 02, 19): a prepositional phrase naming
what the secret opens or how it is written — "пароль на вход …", "ключ от вайфая …", "секретное слово на латинице …" —
read by its preposition and the case of its noun (pymorphy), not by a list of devices; a particle or an adverb before
the value ("пароль от роутера тоже …"); "ключ" as "код" is: a key's value when its shape follows or what it opens is
named; an account signed in under ("зашёл под …") by the verb of signing in."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _masked_as(redactor, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    return any(e.type == kind and e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("пароль на вход сиреньвечер, клиент предупреждён", "сиреньвечер"),
    ("пароль от модема тоже незабудка", "незабудка"),
    ("кодовое слово на латинице tulipa", "tulipa"),
    ("пароль для входа в приложение Orion44 клиент сменил", "Orion44"),
    ("ключ от вайфая большая эм маленькая эр пять пять", "маленькая эр пять пять"),
    ("сеть Dom_Kotova ключ 87654321kot", "87654321kot"),
    ("код от подъезда 2580", "2580"),
])
def test_a_secret_after_what_it_is_of_is_masked(redactor, text, value):
    assert _masked_as(redactor, text, value, "SECRET")


@pytest.mark.parametrize("text", [
    "пароль от личного кабинета клиент не помнит",
    "пароль на вход не подходит",
    "пароль опять не подходит",
    "код от ошибки не помню",
    "ключ от квартиры потеряли",
    "передал ключи мастеру",
])
def test_talk_about_a_secret_after_what_it_is_of_masks_nothing(redactor, text):
    assert not [e for e in redactor.analyze(text) if e.type == "SECRET"]


@pytest.mark.parametrize("text, value", [
    ("зашла под marina.k77 в приложение, висит загрузка", "marina.k77"),
    ("клиент авторизовался под ivan_ts вчера", "ivan_ts"),
])
def test_the_account_signed_in_under_is_a_login(redactor, text, value):
    assert _masked_as(redactor, text, value, "LOGIN")


def test_working_under_a_system_is_no_login(redactor):
    assert not [e for e in redactor.analyze("приложение работает под android") if e.type == "LOGIN"]


_OF_WHAT = st.sampled_from(["от вайфая", "от роутера", "на вход", "для входа", "к приложению", "от личного кабинета",
                            "от домашнего интернета", "на латинице"])
_BETWEEN = st.sampled_from(["", "тоже ", "теперь ", "опять "])
_VALUE = st.sampled_from(["барбарис", "ёлкапалка", "Sun2024x", "kolokol", "черёмуха"])


@settings(max_examples=25, deadline=None)
@given(cue=st.sampled_from(["пароль", "кодовое слово", "ключ"]), of_what=_OF_WHAT, between=_BETWEEN, value=_VALUE)
def test_what_a_secret_is_of_never_hides_the_value_after_it(redactor, cue, of_what, between, value):
    if cue == "ключ" and of_what.split()[0] not in ("от", "для", "к"):
        of_what = "от роутера"  # a bare "ключ" is a kept key when what it opens is named ("ключ на вход" is not said)
    text = f"{cue} {of_what} {between}{value}"
    assert _masked_as(redactor, text, value, "SECRET")


@pytest.mark.parametrize("text, value", [
    ("пароль такой: ка, о, тэ, эс, один, девять", "ка, о, тэ, эс, один, девять"),
    ("кодовое слово: эл, и, эс, а", "эл, и, эс, а"),
])
def test_a_secret_spelled_a_character_between_commas_is_masked_whole(redactor, text, value):
    assert _masked_as(redactor, text, value, "SECRET")


@settings(max_examples=20, deadline=None)
@given(characters=st.lists(st.sampled_from(["эм", "эр", "ка", "тэ", "эс", "один", "два", "семь", "x", "q"]),
                           min_size=3, max_size=8, unique=True))  # "x, x, x" is a placeholder
def test_any_run_of_single_characters_between_commas_is_one_secret(redactor, characters):
    value = ", ".join(characters)
    text = f"пароль: {value}"
    found = redactor.analyze(text)
    start = text.index(value)
    # masked whole, opened as a secret (a run of letters may also read as a name: the kinds' merge types the rest)
    assert all(any(e.start <= at < e.end for e in found) for at in range(start, len(text)) if text[at] not in ", ")
    assert any(e.type == "SECRET" and e.start == start for e in found)


def test_a_phrase_of_what_a_secret_is_of_opens_only_right_after_its_cue(redactor):
    # pii_y34 a007: past "а" the phrase "на её номер" is another clause's; the number there stays a phone
    text = "надо сменить пароль на госуслугах а на её номер восемь девятьсот тринадцать сто два тридцать три сорок"
    found = redactor.analyze(text)
    start = text.index("восемь")
    assert any(e.type == "PHONE_NUMBER" and e.start <= start < e.end for e in found)
    assert not any(e.type == "SECRET" and e.start <= start < e.end for e in found)
