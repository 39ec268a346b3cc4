"""`guard batch`'s fields beside the turns' text (red team bb8 17, 18): a named field is redacted whole — an object's
keys are its text too — and the closing warning names a field without printing a number or a name it holds."""
from __future__ import annotations

from collections import Counter

from hypothesis import given, settings, strategies as st

from guard.batch.calls import redact_call
from guard.fields import OTHER_NAMES, shown


def _call(**extra) -> dict:
    return {"call_id": "k-7", "operator_id": "op7", "started_at": "2026-10-02T11:00:00",
            "turns": [{"speaker": "client", "start": 0.0, "end": 1.0, "text": "добрый вечер"}], **extra}


def test_a_redacted_fields_object_keys_are_redacted_as_its_values_are(redactor):
    summary = {"Клюева Дарья Олеговна": "звонила", "89035557788": "второй номер", "паспорт 4612 334455": "сверен"}
    out = redact_call(_call(summary=summary), redactor, ("summary",)).call["summary"]
    text = " ".join(out)
    assert "Клюева" not in text and "89035557788" not in text and "334455" not in text
    assert len(out) == 3  # two keys redacted alike keep both entries


def test_keys_redacted_to_one_text_keep_every_entry(redactor):
    summary = {"Клюева Дарья": "а", "Тихонов Павел": "б"}
    out = redact_call(_call(summary=summary), redactor, ("summary",)).call["summary"]
    assert sorted(out.values()) == ["а", "б"]


def test_the_warning_does_not_print_a_field_name_holding_a_customers_number(redactor):
    call = _call()
    call["turns"][0]["memo_89035557788"] = "перезвонить"
    passed = redact_call(call, redactor).passed_through
    assert passed and not any("89035557788" in path for path in passed)


@settings(max_examples=50, deadline=None)
@given(st.from_regex(r"[a-z]{1,8}_", fullmatch=True), st.integers(10**4, 10**11))
def test_a_field_name_with_more_than_four_digits_is_not_shown(name, number):
    assert shown(f"{name}{number}") == OTHER_NAMES


def test_a_field_name_of_an_identifiers_shape_with_few_digits_is_shown():
    assert shown("turns[].note_2") == "turns[].note_2"


def test_a_speaker_label_that_is_a_surname_is_warned_of(redactor):
    call = _call()
    call["turns"][0]["speaker"] = "Клюева"
    assert "turns[].speaker" in redact_call(call, redactor).passed_through


def test_a_speaker_label_of_a_side_is_not_warned_of(redactor):
    for label in ("client", "operator", "Клиент", "спикер 2"):
        call = _call()
        call["turns"][0]["speaker"] = label
        assert "turns[].speaker" not in redact_call(call, redactor).passed_through
