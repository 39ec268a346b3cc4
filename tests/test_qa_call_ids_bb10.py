"""Red team bb10, 22: a call's id made of the customer's name is not printed by the QA report (HTML, JSON) — the report
numbers such a call instead — and `guard batch` warns that the id passes through; an id that reads as a code is shown
and passes without a warning."""
from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from guard.batch.calls import redact_call
from guard.cli import main
from guard.fields import reads_as_a_code

NAMED_IDS = {"sidorenko_gleb.wav": "sidorenko", "Morozova-Inna-2025": "Morozova", "rec-KUZMIN": "KUZMIN",
             "Сидоренко": "Сидоренко"}


def _call(call_id: str) -> dict:
    return {"call_id": call_id, "operator_id": "op7", "started_at": "2026-10-05T12:00:00",
            "turns": [{"speaker": "client", "start": 0.0, "end": 1.0, "text": "алло"},
                      {"speaker": "operator", "start": 1.0, "end": 2.0, "text": "Мужчина, я без понятия"}]}


def test_the_qa_report_numbers_a_call_whose_id_holds_a_name_and_prints_no_part_of_it(tmp_path):
    source = tmp_path / "calls.jsonl"
    ids = [*NAMED_IDS, "c-0042"]
    source.write_text("".join(json.dumps(_call(i), ensure_ascii=False) + "\n" for i in ids), encoding="utf-8")
    html, data = tmp_path / "r.html", tmp_path / "r.json"
    assert main(["qa", str(source), "--report", str(html), "--json", str(data)]) == 0
    pages = html.read_text(encoding="utf-8") + data.read_text(encoding="utf-8")
    for name in NAMED_IDS.values():
        assert name.lower() not in pages.lower(), name
    rows = json.loads(data.read_text(encoding="utf-8"))["per_call"]
    assert [row["call_id"] for row in rows] == ["№1", "№2", "№3", "№4", "c-0042"]
    assert len({row["anchor"] for row in rows}) == 5


def test_batch_warns_of_a_call_id_made_of_a_name_and_not_of_a_code(redactor):
    assert redact_call(_call("Morozova-Inna-2025"), redactor).passed_through["call_id"] == 1
    assert "call_id" not in redact_call(_call("call-2026-0042"), redactor).passed_through


@settings(max_examples=60, deadline=None)
@given(st.from_regex(r"[a-z]{4,10}", fullmatch=True), st.sampled_from(["_", "-", ".", ""]),
       st.from_regex(r"[0-9]{0,6}", fullmatch=True), st.booleans())
def test_an_id_with_a_word_of_four_letters_or_more_is_no_code_unless_ids_are_made_of_it(word, sep, digits, upper):
    """A name written into an id in any case, with any separator and number: not vouched for."""
    from guard.recognizers.lexicon import ID_WORDS

    shown = word.upper() if upper else word.capitalize()
    assert reads_as_a_code(f"{shown}{sep}{digits}") == (word in ID_WORDS)


@given(st.uuids())
def test_a_uuid_reads_as_a_code(value):
    assert reads_as_a_code(str(value))


def test_short_codes_read_as_codes():
    for code in ("c-0001", "qa-bb8", "CALL-0001", "rec_17.wav", "op/2026/11/05-3"):
        assert reads_as_a_code(code), code
