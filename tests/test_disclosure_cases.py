"""`guard policy test` accepts utterance cases (text, speaker, optional card and context)."""
from __future__ import annotations

import textwrap
from pathlib import Path

from guard.disclosure.cases import register
from guard.policy import default_policy_path
from guard.policy.testing import run_case_files

UTTERANCES = Path(__file__).resolve().parents[1] / "policies" / "tests" / "utterances"


def run(paths):
    register()
    return run_case_files([str(p) for p in paths], default_policy_path())


def test_the_shipped_utterance_cases_pass():
    report = run([UTTERANCES])
    assert report.errors == [] and report.failed == 0 and report.passed >= 30


def test_a_failing_utterance_case_says_what_fired(tmp_path):
    path = tmp_path / "cases.yaml"
    path.write_text(textwrap.dedent("""\
        cases:
          - name: wrongly expected clean
            text: "У нас авария на сети"
            expect: {verdict: allow, not_rules: [service-failure-words]}
        """), encoding="utf-8")
    report = run([path])
    [result] = report.results
    assert not result.passed and result.line == 2
    assert "expected allow, got warn" in result.describe() and "service-failure-words" in result.describe()


def test_a_malformed_utterance_case_names_file_and_line(tmp_path):
    path = tmp_path / "cases.yaml"
    path.write_text(textwrap.dedent("""\
        cases:
          - name: bad speaker
            text: "привет"
            speaker: robot
            expect: {verdict: allow}
        """), encoding="utf-8")
    report = run([path])
    [error] = report.errors
    assert str(error).startswith(f"{path}:4:") and "speaker" in str(error)


def test_an_utterance_case_with_a_card_is_not_taken_for_a_card_case(tmp_path):
    path = tmp_path / "cases.yaml"
    path.write_text(textwrap.dedent("""\
        cases:
          - name: surname from the card
            text: "Номер оформлен на Петрова"
            card: {owner: {last_name: Петров}}
            expect: {verdict: block, rules: [owner-name]}
        """), encoding="utf-8")
    report = run([path])
    assert report.errors == [] and report.passed == 1


def _identified_by_case(tmp_path, identified_by: str) -> Path:
    path = tmp_path / f"{identified_by}.yaml"
    cards = UTTERANCES.parent / "cards"
    path.write_text(textwrap.dedent(f"""\
        cases:
          - name: the last 4 digits to an organization's caller, identified by {identified_by}
            text: "Ваш номер заканчивается на 4410"
            card_file: {cards / "romashka.json"}
            context: {{identification: primary, identified_by: {identified_by}}}
            expect: {{verdict: allow}}
        """), encoding="utf-8")
    return path


def test_an_utterance_case_carries_identified_by_to_the_call_state_item6(tmp_path):
    # Инструкция запретов, п. 6: an organization identified by its name may hear the last 4 digits; one identified
    # by a person's full name may not. The case's context reaches the checker whole (CallState.from_context).
    allowed = run([_identified_by_case(tmp_path, "organization")])
    assert allowed.errors == [] and allowed.passed == 1
    report = run([_identified_by_case(tmp_path, "full_name")])
    [result] = report.results
    assert not result.passed and "expected allow, got block" in result.describe()


def test_utterance_and_card_cases_build_the_call_state_one_way(tmp_path, monkeypatch):
    from guard.callstate import CallState

    built = []
    original = CallState.from_context.__func__

    def spy(cls, context):
        built.append(dict(context))
        return original(cls, context)

    monkeypatch.setattr(CallState, "from_context", classmethod(spy))
    path = tmp_path / "cases.yaml"
    cards = UTTERANCES.parent / "cards"
    path.write_text(textwrap.dedent(f"""\
        cases:
          - name: an utterance case
            text: "Здравствуйте"
            card_file: {cards / "romashka.json"}
            context: {{identification: primary, identified_by: organization, confirmed: [msisdn], said: ["алло"]}}
            expect: {{verdict: allow}}
          - name: a card case
            card_file: {cards / "romashka.json"}
            context: {{identification: alternative, caller_gender: female}}
            expect: {{hidden: [owner]}}
        """), encoding="utf-8")
    assert run([path]).errors == []
    assert built == [
        {"identification": "primary", "caller_gender": "unknown", "identified_by": "organization", "confirmed": ["msisdn"]},
        {"identification": "alternative", "caller_gender": "female", "identified_by": None, "confirmed": []}]
