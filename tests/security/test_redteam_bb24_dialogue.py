"""Red team bb24 f04 (black box on the bb95d44 wheel): in a call export, the caller's answer to the operator's
follow-up "а номер?" after the passport's series is the passport's number (guard/dialogue.py: `_followed_up_kind`)."""
from __future__ import annotations

import pytest

from guard.batch.calls import redact_call


# --- f04: the passport's number asked by a follow-up ---------------------------------------------------------------

def _export(redactor, *texts: str) -> list[str]:
    turns = [{"speaker": "operator" if i % 2 == 0 else "client", "start": float(i), "end": i + 0.9, "text": text}
             for i, text in enumerate(texts)]
    call = {"call_id": "c-1", "operator_id": "op9", "started_at": "2026-10-02T11:00:00", "turns": turns}
    return [turn["text"] for turn in redact_call(call, redactor).call["turns"]]


@pytest.mark.parametrize("follow_up", ["так, а номер?", "записала. номер?", "а номер какой?", "хорошо, теперь номер",
                                       "а шесть цифр номера?", "дальше?"])
@pytest.mark.parametrize("number", ["шестьсот семьдесят восемь, э-э, девятьсот один",
                                    "шестьсот семьдесят восемь девятьсот один", "678 901"])
def test_the_answer_to_a_follow_up_after_the_passports_series_is_the_passports_number(redactor, follow_up, number):
    turns = _export(redactor, "назовите серию и номер паспорта", "сорок пять ноль пять", follow_up, number)
    assert "девятьсот один" not in turns[3] and "901" not in turns[3], turns

