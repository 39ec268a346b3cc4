"""`guard batch`'s fields beside the turns' text (red team bb8 17, 18): a named field is redacted whole — an object's
keys are its text too — and the closing warning names a field without printing a number or a name it holds."""
from __future__ import annotations

from collections import Counter

from guard.batch.calls import redact_call


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
