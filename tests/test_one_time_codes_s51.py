"""A one-time code never leaks (issue 15, stop 51, pii_au50; red team bb25's translit codes): its cue typed in translit
is read from the same cue words (lexicon.latin_spellings: "kod:4821", "sms kod"); a bare "код" whose sentence sends it,
says it comes, asks for it or confirms with it (secret.ONE_TIME_LEMMAS) makes the digits said next a code; digits said
right after "пришёл" / "пришло" are what came. Values here are invented.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard import Redactor
from kinds_found import found, masked
from guard.recognizers.lexicon import latin_spellings, latin_to_cyrillic

_REDACTOR = Redactor()


def _found(text: str) -> list[tuple[str, str]]:
    return found(_REDACTOR, text)


def _masked(text: str, value: str) -> bool:
    return masked(_REDACTOR, text, value)


# --- one-time codes --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("kod:4821", "4821"), ("Kod: 5930", "5930"), ("KOD 7716", "7716"), ("sms kod 3390", "3390"),
    ("Введите kod 2048", "2048"), ("kod podtverzhdeniya 6615", "6615"), ("kod iz sms 482193", "482193"),
])
def test_a_one_time_codes_cue_typed_in_translit_is_read(text, code):
    assert _masked(text, code)


@pytest.mark.parametrize("stem, typed", [("код", "kod"), ("код", "cod"), ("пароль", "parol"), ("пароль", "parol'"),
                                         ("секретн", "sekretn"), ("секретн", "syekretn")])
def test_a_cue_words_latin_spellings_come_from_the_translit_table(stem, typed):
    assert re.fullmatch(latin_spellings(stem), typed)
    assert latin_to_cyrillic(typed).replace("'", "") == stem.replace("ь", "")  # read back as the stem


@settings(max_examples=40, deadline=None)
@given(code=st.text("0123456789", min_size=4, max_size=6),
       cue=st.sampled_from(["kod", "Kod", "KOD", "kod:", "sms kod", "kod iz sms", "код", "Код:", "код из смс"]))
def test_any_short_code_after_a_codes_cue_in_either_script_is_masked(code, cue):
    text = f"Клиент написал в чат: {cue} {code}"
    assert _masked(text, code)


@pytest.mark.parametrize("text, code", [
    ("оператор: за час было запрошено три кода лимит сбросится позже\nклиент: последний был 5 2 7 1 он не подходит",
     "5 2 7 1"),
    ("оператор: я вижу что коды уходят на номер вам что-нибудь приходило\nклиент: пришло что-то 8 0 4 6 но неверный",
     "8 0 4 6"),
    ("оператор: для подключения нужно подтверждение кодом на ваш номер\nклиент: так 4 1 9 9 0 2", "4 1 9 9 0 2"),
    ("Ответ: можно, если код придёт ему и он сам сообщит.\nКод на номер сына: 53 18 70. Вход выполнен", "53 18 70"),
])
def test_a_bare_code_sent_asked_for_or_confirming_makes_the_next_lines_digits_a_code(text, code):
    assert _masked(text, code)


@pytest.mark.parametrize("text, code", [("оператор: пусть введёт свой номер\nклиент: ей пришел 6 2 0 3", "6 2 0 3"),
                                        ("клиент: пришло 730418 ввожу", "730418")])
def test_digits_said_right_after_a_verb_of_coming_are_a_code(text, code):
    assert _masked(text, code)


def test_an_amount_that_came_is_no_code():
    assert _found("клиент: пришло 5000 рублей на счёт") == []


def test_a_bare_code_of_something_named_after_it_is_no_one_time_code():
    text = "оператор: код региона отправлен в заявке\nклиент: 7 7 понятно"
    assert not any(value.startswith("7") for _, value in _found(text))


def test_the_numbers_said_after_a_code_that_came_are_not_read_as_codes():
    text = ("клиент: нет не сказала пришло 7 7 3 0\nоператор: с какого номера звонил курьер\nклиент: 8 9 0 1\n"
            "оператор: это не наш номер наши курьеры звонят с 0 6 1 1")
    assert _masked(text, "7 7 3 0")
    assert not _masked(text, "0 6 1 1")
