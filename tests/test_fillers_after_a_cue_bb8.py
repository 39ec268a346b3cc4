"""The fillers of a pause ("ээ", "ну", "там", "это самое") between a cue and its value are no words of the clause: a
secret after its cue and a birth date after its word are reached past any few of them, as a number after its cue is
(recognizers/cue_reach.py). Red team bb8 04 and 06, in our own values."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_PROPERTY = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_FILLERS = st.lists(st.sampled_from(["ээ", "э", "ну", "там", "это самое", "вот", "короче", "значит", "как бы"]),
                    min_size=2, max_size=5).map(" ".join)


def test_a_code_word_after_five_fillers_is_masked(redactor):
    assert "сирень" not in redactor.redact("кодовое слово ну там э это самое сирень").text


def test_a_birth_date_after_its_word_and_fillers_is_masked(redactor):
    assert "седьмого июня" not in redactor.redact("дата рождения у меня ну ээ седьмого июня").text


@_PROPERTY
@given(_FILLERS)
def test_a_password_after_its_cue_and_any_few_fillers_is_masked(redactor, fillers):
    assert "лиственница" not in redactor.redact(f"пароль от кабинета {fillers} лиственница сорок").text


@_PROPERTY
@given(_FILLERS)
def test_a_birth_date_after_its_word_and_any_few_fillers_is_masked(redactor, fillers):
    assert "седьмого июня" not in redactor.redact(f"день рождения у меня {fillers} седьмого июня").text


def test_fillers_do_not_make_talk_a_secret(redactor):
    assert redactor.redact("пароль ну там это самое сменить надо").entities == []
