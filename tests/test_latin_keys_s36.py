"""An export's keys in Latin letters name their values' kinds (red team bb10, 15): an English key ("code_word",
"lastName"), a transliterated Russian one ("kodovoe_slovo", "parol") is read as the kind's Russian cue — the kind's
entry in lexicon.LATIN_KEY_NAMES, or the Russian word it spells — by the one structured reading
(recognizers/structured.py); and a log line's "user <account>" names a login."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.recognizers.lexicon import LATIN_KEY_NAMES
from guard.recognizers.structured import key_words, read_structure


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _written(words: list[str], style: str) -> str:
    """A key of several words as an export writes it."""
    if style == "snake":
        return "_".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "upper":
        return "_".join(words).upper()
    return words[0] + "".join(word.capitalize() for word in words[1:])  # camelCase


_NAMES = sorted((name, cue) for cue, names in LATIN_KEY_NAMES.items() for name in names if name.isascii())


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_NAMES), st.sampled_from(["snake", "kebab", "upper", "camel"]))
def test_a_kinds_latin_key_in_any_writing_reads_as_the_kinds_cue(named, style):
    name, cue = named
    assert key_words(_written(name.split(), style)) == [cue]


@pytest.mark.parametrize("key, words", [
    ("kodovoe_slovo", ["кодовое", "слово"]),
    ("parol", ["пароль"]),  # the soft sign is not written in Latin
    ("seriya", ["серия"]),  # "iya" is "ия"
    ("otchestvo", ["отчество"]),
    ("nomerPasporta", ["номер", "паспорта"]),
])
def test_a_transliterated_russian_key_reads_as_the_russian_word(key, words):
    assert key_words(key) == words


def test_a_latin_word_that_spells_no_russian_word_stays_as_written():
    assert key_words("message_id") == ["message", "id"]


def test_one_line_whose_key_is_a_fields_name_is_a_structure():
    assert read_structure("control_word: Василёк").text == "кодовое слово Василёк"
    assert read_structure("Примечание: перезвонить") is None  # a note's label is no field's name


@pytest.mark.parametrize("text, values", [
    ("control_word: Василёк", ["Василёк"]),
    ("tariff: Смарт\nsecretWord: Подсолнух", ["Подсолнух"]),
    ("ban=2271 controlword=Подсолнух", ["Подсолнух"]),
    ('{"klient": {"parol_lk": "Zx9mnop44", "kodovoe_slovo": "Ежевика"}}', ["Zx9mnop44", "Ежевика"]),
    ("firstName: Olga\nlastName: Sidorova", ["Olga", "Sidorova"]),
    ('{"familiya": "Сидорова", "imya": "Ольга"}', ["Сидорова", "Ольга"]),
    ('{"dokument": {"seriya": "6108", "nomer": "554433"}}', ["6108", "554433"]),
    ('{"doc": {"s": "6108", "n": "554433"}}', ["6108", "554433"]),
])
def test_a_value_under_a_latin_key_of_its_kind_is_masked(redactor, text, values):
    redacted = redactor.redact(text).text
    assert [value for value in values if value in redacted] == []


@pytest.mark.parametrize("text, value", [
    ("2024-03-01 10:02 user s.orlova77 logged out", "s.orlova77"),
    ("пользователь orlov_dm вошёл в приложение", "orlov_dm"),
    ("юзера kot_1988 заблокировали", "kot_1988"),
])
def test_an_account_named_after_user_in_a_log_line_is_a_login(redactor, text, value):
    assert value not in redactor.redact(text).text


@pytest.mark.parametrize("text", [
    "user admin logged in",  # a plain word: no account's shape
    "пользователь не может войти, версия 2.5",
    '{"code": "E4021", "status": "error", "message": "timeout"}',
])
def test_no_account_or_secret_is_read_where_none_is_named(redactor, text):
    assert redactor.redact(text).text == text


def test_a_name_key_over_a_word_that_names_nothing_leaves_it():
    assert "не указано" in Redactor().redact("имя: не указано\nфамилия: Sidorova").text
