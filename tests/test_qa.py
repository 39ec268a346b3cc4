"""`guard qa`: whole calls reviewed for a compliance officer (greeting, farewell, wording, disclosures, abuse)."""
from __future__ import annotations

import json
import pickle
import re

from guard.cli import main
from guard.disclosure.qa import QaReport, qa_call


def redact(text: str) -> str:
    """A stand-in redactor for the tests: digits and capitalised surnames become tags."""
    text = re.sub(r"\d[\d\s-]{5,}\d", "<PHONE_NUMBER>", text)
    return re.sub(r"Иванов\w*", "<PERSON>", text)


def turns(*pairs: tuple[str, str]) -> list[dict]:
    return [{"speaker": speaker, "start": float(i), "end": float(i) + 1, "text": text} for i, (speaker, text) in enumerate(pairs)]


GOOD_CALL = {"call_id": "c-0001", "operator_id": "op1", "started_at": "2026-11-01T10:15:00", "turns": turns(
    ("operator", "Добрый день, компания МТС, меня зовут Анна, чем могу помочь?"),
    ("client", "Подскажите баланс"),
    ("operator", "Ваш баланс 350 рублей."),
    ("operator", "Спасибо за звонок, всего доброго!"),
)}


def test_a_clean_call_has_greeting_farewell_and_no_violations():
    qa = qa_call(GOOD_CALL, redact)
    assert qa.greeting and qa.farewell and qa.violations == [] and qa.verdict == "allow"


def test_missing_greeting_and_farewell_are_violations_004():
    call = {"call_id": "c2", "operator_id": "op1", "turns": turns(("operator", "Слушаю."), ("client", "Баланс?"),
                                                                    ("operator", "350 рублей."))}
    qa = qa_call(call, redact)
    assert not qa.greeting and not qa.farewell
    assert {v.rule for v in qa.violations} == {"greeting-missing", "farewell-missing"}


def test_wording_and_disclosures_are_found_with_redacted_turn_texts():
    call = dict(GOOD_CALL, turns=turns(
        ("operator", "Здравствуйте!"),
        ("operator", "У нас авария, номер оформлен на Иванова Петра"),
        ("operator", "До свидания"),
    ))
    qa = qa_call(call, redact)
    assert {(v.turn, v.rule, v.verdict) for v in qa.violations} == {(1, "service-failure-words", "warn"),
                                                                     (1, "owner-name", "block")}
    assert qa.verdict == "block"
    shown = qa.shown_turns[1]
    assert "Иванов" not in shown.text and "<PERSON>" in shown.text
    assert next(v for v in qa.violations if v.rule == "service-failure-words").phrase == "авария"


def test_what_the_client_said_earlier_may_be_repeated_by_the_operator():
    call = dict(GOOD_CALL, turns=turns(
        ("operator", "Здравствуйте!"),
        ("client", "мой номер 8 916 123 45 67"),
        ("operator", "Номер 8 916 123 45 67, верно. Спасибо за звонок, всего доброго"),
    ))
    assert qa_call(call, redact).violations == []


def test_ending_a_call_over_abuse_needs_two_warnings_first_003():
    one_warning = dict(GOOD_CALL, turns=turns(
        ("operator", "Здравствуйте!"),
        ("client", "вы там все идиоты"),
        ("operator", "К сожалению, в таком тоне разговор продолжаться не может, я буду вынуждена прекратить разговор."),
        ("client", "идиоты"),
        ("operator", "Я вынуждена прекратить разговор. Всего доброго."),
    ))
    assert [v.rule for v in qa_call(one_warning, redact).violations] == ["abuse-ended-without-warnings"]
    two_warnings = dict(one_warning, turns=one_warning["turns"][:3] + turns(
        ("client", "идиоты"),
        ("operator", "К сожалению, в таком тоне разговор продолжаться не может, я буду вынуждена прекратить разговор."),
        ("client", "идиоты"),
        ("operator", "К сожалению, разговор не может продолжаться в таком тоне, я вынуждена прекратить разговор. Всего доброго."),
    ))
    assert qa_call(two_warnings, redact).violations == []


def test_client_hints_are_counted_not_judged():
    call = dict(GOOD_CALL, turns=GOOD_CALL["turns"][:1] + turns(("client", "Хочу расторгнуть договор"))
                + GOOD_CALL["turns"][3:])
    qa = qa_call(call, redact)
    assert qa.violations == [] and qa.hints == {"termination-request": 1}


def test_call_qa_pickles_for_worker_processes():
    qa = qa_call(GOOD_CALL, redact)
    assert pickle.loads(pickle.dumps(qa)) == qa


def test_report_aggregates_by_operator_and_rule_with_links_to_turns(tmp_path):
    report = QaReport()
    report.add(qa_call(GOOD_CALL, redact))
    bad = dict(GOOD_CALL, call_id="c/2", operator_id="op2",
               turns=turns(("operator", "Девушка, у нас сбой. Номер оформлен на Иванова Петра")))
    report.add(qa_call(bad, redact))
    data = report.to_json()
    assert data["calls"] == 2 and data["calls_with_violations"] == 1
    assert data["by_operator"]["op2"]["by_rule"]["form-of-address"] == 1
    assert data["by_rule"]["owner-name"]["verdict"] == "block"
    html_path = tmp_path / "report.html"
    report.write_html(html_path)
    html = html_path.read_text(encoding="utf-8")
    assert "<svg" in html and "<script" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    anchor = data["utterances"][0]["anchor"]
    assert f'id="{anchor}"' in html and f'href="#{anchor}"' in html
    assert "Иванов" not in html and "Иванов" not in json.dumps(data, ensure_ascii=False)


def test_guard_qa_command_writes_html_and_json_and_reports_bad_lines(tmp_path, capsys):
    source = tmp_path / "calls.jsonl"
    source.write_text(json.dumps(GOOD_CALL, ensure_ascii=False) + "\n{broken\n" +
                      json.dumps({"call_id": "x", "turns": "nope"}) + "\n", encoding="utf-8")
    html, data = tmp_path / "r.html", tmp_path / "r.json"
    assert main(["qa", str(source), "--report", str(html), "--json", str(data)]) == 1
    err = capsys.readouterr().err
    assert "line 2: not JSON" in err and "line 3: field 'turns' must be a list" in err
    assert json.loads(data.read_text(encoding="utf-8"))["calls"] == 1
    assert html.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_the_json_report_has_one_line_per_call_for_machines():
    report = QaReport()
    report.add(qa_call(GOOD_CALL, redact))
    [line] = report.to_json()["per_call"]
    assert line == {"call_id": "c-0001", "operator_id": "op1", "started_at": "2026-11-01T10:15:00", "turns": 4,
                    "verdict": "allow", "verdict_title": "без нарушений", "greeting": True, "farewell": True,
                    "violations": 0, "block_violations": 0, "hints": {}, "flagged_turns": [], "hint_turns": []}
