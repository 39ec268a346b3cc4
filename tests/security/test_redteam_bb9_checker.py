"""Red team bb9 against the disclosure checker (stop 35, branch s35-checker): each test in our own values, failing
before its fix; neighbours an operator needs left alone beside each."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.disclosure import check


def rules_of(text: str, **kwargs) -> set[str]:
    return {violation.rule for violation in check(text, "operator", **kwargs).violations}


# --- 21: the carrier's internal hosts in other shapes -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "это служебный адрес, диктую: сто семьдесят два, двадцать, пять, девять",
    "айпи у нас такой: 192 168 3 17",
    "вбейте адрес 10-7-200-31",
    "наберите десять, один, два, три, двоеточие восемь ноль восемь ноль",
    "зайдите на эмка тест ноль два",
    "откройте мк тест ноль два",
])
def test_an_internal_host_said_with_commas_spaces_or_dashes_is_an_internal_address(text):
    assert "internal-address" in rules_of(text)


@pytest.mark.parametrize("text", [
    "тарифы по 10, 20, 30, 40 рублей в месяц",
    "адрес салона: улица Ленина 10, 2 этаж, 14, 43",
    "пакеты на 10, 200, 14 гигабайт",
])
def test_numbers_listed_after_other_words_are_no_internal_address(text):
    assert "internal-address" not in rules_of(text)


_OCTET = st.integers(0, 255)


@settings(max_examples=40, deadline=None)
@given(first=st.sampled_from(["10", "127"]), rest=st.tuples(_OCTET, _OCTET, _OCTET),
       separator=st.sampled_from([", ", " ", "-", " - ", " , "]),
       cue=st.sampled_from(["адрес", "IP:", "сервер", "введите", "наберите", "внутренний хост"]))
def test_any_private_ipv4_after_a_hosts_word_is_blocked_whatever_its_separators(first, rest, separator, cue):
    text = f"{cue} " + separator.join([first, *map(str, rest)])
    assert "internal-address" in rules_of(text)
