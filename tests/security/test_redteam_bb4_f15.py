"""Red team bb4, F15: the owner's hidden birth date in other forms — English month names and abbreviations («DOB March
12, 1980», «born 12 Mar 1980»), day and month without the year («родился 12.03», «12 марта»), spoken ordinals («др
двенадцатого третьего») — is masked: the card's date is read into every form the scrub compares."""
import pytest

from guard.proxy.scrub import MASK, CardSecrets

BIRTH = "1980-03-12"


def _secrets() -> CardSecrets:
    return CardSecrets.from_values([BIRTH])


@pytest.mark.parametrize("text, told", [
    ("DOB March 12, 1980", "March 12"),
    ("born 12 Mar 1980", "12 Mar"),
    ("born Mar. 12th", "Mar. 12"),
    ("b-day: 12th of March", "12th of March"),
    ("DOB: 12-MAR-80", "12-MAR"),
    ("родился 12.03", "12.03"),
    ("д.р. 12/03", "12/03"),
    ("родился 12 марта", "12 марта"),
    ("др двенадцатого третьего", "двенадцатого третьего"),
    ("день рождения двенадцатого марта", "двенадцатого марта"),
])
def test_the_hidden_birth_date_in_another_form_is_masked(text: str, told: str) -> None:
    scrubbed, count = _secrets().scrub_text(text)
    assert told not in scrubbed and count and MASK in scrubbed


@pytest.mark.parametrize("text", [
    "called 2026-03-12T10:15:00", "звонок 2026-11-01T10:15:00", "March 13, 1980", "13 марта", "12.04",
    "перезвонить 12.03.2026", "в 12:03", "may 12", "Баланс 12 3 рубля",
])
def test_other_dates_and_numbers_are_left(text: str) -> None:
    assert _secrets().scrub_text(text) == (text, 0)
