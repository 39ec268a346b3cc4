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
    assert line == {"call_id": "c-0001", "anchor": "call-c-0001", "operator_id": "op1", "started_at": "2026-11-01T10:15:00", "turns": 4,
                    "verdict": "allow", "verdict_title": "без нарушений", "greeting": True, "farewell": True,
                    "violations": 0, "block_violations": 0, "hints": {}, "flagged_turns": [], "hint_turns": []}


# --- the report a compliance officer reads (issue 12) --------------------------------------------

from datetime import datetime, timezone  # noqa: E402

from guard.disclosure.qa import HIDDEN, show_turn  # noqa: E402
from guard.disclosure.report import RULE_TITLES, item_title, render_html, rule_title  # noqa: E402
from guard.disclosure.rules import default_rules_path, load_rules  # noqa: E402

BAD_TURN = "Девушка, у нас сбой. Номер оформлен на Иванова Петра"


def report_of(*calls: dict, **options) -> QaReport:
    report = QaReport(**options)
    for call in calls:
        report.add(qa_call(call, redact))
    return report


def test_one_entry_per_utterance_lists_every_violation_with_its_words_marked_in_the_redacted_text():
    call = dict(GOOD_CALL, turns=turns(("operator", "Здравствуйте!"), ("operator", BAD_TURN), ("operator", "До свидания")))
    [entry] = report_of(call).to_json()["utterances"]
    assert entry["turn"] == 1 and entry["verdict"] == "block"
    assert "Иванов" not in entry["text"]
    marked = {v["rule"]: entry["text"][slice(*v["mark"])] for v in entry["violations"]}
    assert marked == {"form-of-address": "Девушка", "service-failure-words": "сбой", "owner-name": "оформлен на <PERSON>"}
    assert all(v["phrase"] == marked[v["rule"]] for v in entry["violations"])


def test_the_marked_words_are_highlighted_on_the_page_and_numbered():
    call = dict(GOOD_CALL, turns=turns(("operator", "Здравствуйте!"), ("operator", BAD_TURN), ("operator", "До свидания")))
    html = render_html(report_of(call).to_json())
    assert '<mark class="warn">Девушка</mark><sup class="ref">1</sup>' in html
    assert '<mark class="block">оформлен на &lt;PERSON&gt;</mark>' in html


def test_words_the_redactor_missed_but_the_checker_saw_as_personal_data_are_hidden():
    call = dict(GOOD_CALL, turns=turns(("operator", "Здравствуйте! Номер оформлен на Сидорова Олега. До свидания")))
    report = QaReport()
    report.add(qa_call(call, lambda text: text))  # a redactor that finds nothing
    data = report.to_json()
    page = render_html(data)
    assert "Сидоров" not in page and "Сидоров" not in json.dumps(data, ensure_ascii=False)
    assert HIDDEN in data["utterances"][0]["text"] and data["utterances"][0]["violations"][0]["phrase"] is None


def test_a_span_is_mapped_from_the_original_into_the_redacted_text_whole_tags_included():
    original = "Номер оформлен на Иванова, у нас сбой"
    spans = [(6, original.index(",")), (original.index("сбой"), len(original))]
    text, marks = show_turn(original, redact(original), spans)
    assert text == "Номер оформлен на <PERSON>, у нас сбой"
    assert [text[a:b] for a, b in marks] == ["оформлен на <PERSON>", "сбой"]
    # the stand-in redactor leaves the first name: the marked fragment is hidden whole
    original = "Номер оформлен на Иванова Петра, у нас сбой"
    text, marks = show_turn(original, redact(original), [(6, original.index(",")), (original.index("сбой"), len(original))])
    assert text == f"Номер {HIDDEN}, у нас сбой" and [text[a:b] for a, b in marks] == [HIDDEN, "сбой"]


def test_block_utterances_come_first_and_a_full_report_keeps_block_before_warn():
    warn = dict(GOOD_CALL, call_id="w", turns=turns(("operator", "Здравствуйте, у нас авария. До свидания")))
    block = dict(GOOD_CALL, call_id="b", turns=turns(("operator", "Здравствуйте! Номер оформлен на Иванова Петра. До свидания")))
    assert [e["call_id"] for e in report_of(warn, block).to_json()["utterances"]] == ["b", "w"]
    full = report_of(warn, block, max_offences=1).to_json()
    assert [e["call_id"] for e in full["utterances"]] == ["b"] and full["utterances_not_listed"] == 1


def test_rules_hints_and_items_are_named_in_russian_never_by_their_id():
    rules = load_rules(default_rules_path())
    ids = [rule.id for rule in rules.rules] + [getattr(rules.calls, name).id for name in
                                               ("greeting", "farewell", "abuse_warning", "abuse_ending")]
    for rule in rules.rules:
        assert re.search("[а-яё]", rule_title(rule.id, rule.message), re.I), rule.id
    assert set(ids) <= set(RULE_TITLES), "name the new rules in guard/disclosure/report.py RULE_TITLES"
    assert rule_title("a-rule-added-later", "Слово «такое-то» не говорится. Почему.") == "Слово «такое-то» не говорится"
    assert item_title("Инструкция запретов, п. 7") == "Слова «сбой», «авария», «задержка», «проблема»"
    assert item_title("Инструкция запретов, пп. 5, 6").startswith("п. 5 — Телефонный избирательный номер клиента; п. 6 — ")
    call = dict(GOOD_CALL, turns=turns(("operator", "Слушаю. " + BAD_TURN), ("client", "Хочу расторгнуть договор")))
    data = report_of(call).to_json()
    page = re.sub(r'(id|href)="[^"]*"', "", render_html(data))
    for rule in list(data["by_rule"]) + list(data["client_hints"]):
        assert rule not in page
    assert "Обращение «девушка»" in page and "Слова «сбой», «авария», «задержка», «проблема»" in page


def test_every_call_is_listed_clean_ones_too_with_links_to_its_turns():
    bad = dict(GOOD_CALL, call_id="c-0002", turns=turns(("operator", "Здравствуйте!"), ("operator", BAD_TURN),
                                                         ("operator", "До свидания")))
    data = report_of(GOOD_CALL, bad).to_json()
    assert [c["call_id"] for c in data["per_call"]] == ["c-0001", "c-0002"]
    [flagged] = data["per_call"][1]["flagged_turns"]
    assert flagged == {"turn": 1, "verdict": "block", "anchor": "call-c-0002-turn-1"}
    html = render_html(data)
    assert 'id="call-c-0001"' in html and 'href="#call-c-0002-turn-1"' in html and 'id="call-c-0002-turn-1"' in html


def test_a_section_per_operator_and_counts_by_day_over_started_at():
    day2 = dict(GOOD_CALL, call_id="c-2", operator_id="op2", started_at="2026-11-02T09:00:00",
                turns=turns(("operator", "Здравствуйте, у нас авария. До свидания")))
    undated = dict(GOOD_CALL, call_id="c-3", started_at=None)
    data = report_of(GOOD_CALL, day2, undated).to_json()
    assert data["by_day"] == {
        "2026-11-01": {"calls": 1, "calls_with_violations": 0, "calls_with_block": 0, "violations": 0, "block_violations": 0},
        "2026-11-02": {"calls": 1, "calls_with_violations": 1, "calls_with_block": 0, "violations": 1, "block_violations": 0},
        "unknown": {"calls": 1, "calls_with_violations": 0, "calls_with_block": 0, "violations": 0, "block_violations": 0}}
    assert data["period"] == {"from": "2026-11-01T10:15:00", "to": "2026-11-02T09:00:00", "days": 2, "calls_without_date": 1}
    assert data["by_operator"]["op2"]["by_rule"] == {"service-failure-words": 1}
    html = render_html(data)
    assert '<h3>Оператор op1</h3>' in html and '<h3>Оператор op2</h3>' in html
    assert "01.11.2026 10:15 — 02.11.2026 09:00 (2 дн.)" in html and "дата не указана" in html


def test_client_hints_are_shown_with_their_turn():
    call = dict(GOOD_CALL, turns=turns(("operator", "Здравствуйте!"), ("client", "Хочу расторгнуть договор, Иванов я"),
                                       ("operator", "До свидания")))
    data = report_of(call).to_json()
    [entry] = data["client_turns"]
    assert entry["turn"] == 1 and entry["speaker"] == "client" and "Иванов" not in entry["text"]
    [hint] = entry["hints"]
    assert hint["title"] == "Клиент хочет расторгнуть договор" and entry["text"][slice(*hint["mark"])] == "расторгнуть договор"
    assert data["per_call"][0]["hint_turns"] == [{"turn": 1, "anchor": "call-c-0001-turn-1"}]
    assert 'id="call-c-0001-turn-1"' in render_html(data)


def test_the_report_says_its_period_source_and_when_it_was_made_in_html_and_json():
    data = report_of(GOOD_CALL, source="exports/november.jsonl").to_json(datetime(2026, 12, 2, 6, 30, tzinfo=timezone.utc))
    assert data["source"] == "exports/november.jsonl" and data["generated_at"] == "2026-12-02T06:30:00Z"
    html = render_html(data)
    assert '<dd id="source">exports/november.jsonl</dd>' in html and "02.12.2026 06:30 UTC" in html
    assert "01.11.2026 10:15 — 01.11.2026 10:15" in html


def test_the_page_is_self_contained_no_scripts_no_external_resources():
    call = dict(GOOD_CALL, turns=turns(("operator", "Слушаю. " + BAD_TURN), ("client", "Хочу расторгнуть договор")))
    html = render_html(report_of(call).to_json())
    assert "<script" not in html.lower() and " src=" not in html and "<link" not in html and "@import" not in html
    assert "url(" not in html and "http" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_guard_qa_writes_the_source_and_one_generation_time_into_both_files(tmp_path):
    source = tmp_path / "calls.jsonl"
    source.write_text(json.dumps(GOOD_CALL, ensure_ascii=False) + "\n", encoding="utf-8")
    html, data = tmp_path / "r.html", tmp_path / "r.json"
    assert main(["qa", str(source), "--report", str(html), "--json", str(data)]) == 0
    report = json.loads(data.read_text(encoding="utf-8"))
    page = html.read_text(encoding="utf-8")
    assert report["source"] == str(source) and escape_free(str(source)) in page
    generated = datetime.fromisoformat(report["generated_at"]).strftime("%d.%m.%Y %H:%M UTC")
    assert generated in page


def escape_free(text: str) -> str:
    from html import escape

    return escape(text)


def test_a_call_without_an_operator_turn_is_one_entry_for_the_whole_call():
    call = dict(GOOD_CALL, turns=turns(("client", "Алло?")))
    [entry] = report_of(call).to_json()["utterances"]
    assert entry["turn"] == -1 and [v["rule"] for v in entry["violations"]] == ["greeting-missing"]
    assert "весь звонок, реплик оператора нет" in render_html(report_of(call).to_json())


def test_a_goodbye_straight_after_abuse_ends_the_call_over_it_and_needs_two_warnings_first_003():
    # the call ended over abuse however the goodbye is worded (red team bb11 17)
    for ending in ("до свидания", "Спасибо за звонок, всего доброго."):
        no_warning = dict(GOOD_CALL, turns=turns(("operator", "Здравствуйте!"), ("client", "вы там все идиоты"),
                                                 ("operator", ending)))
        assert [v.rule for v in qa_call(no_warning, redact).violations] == ["abuse-ended-without-warnings"]
    calmed_down = dict(GOOD_CALL, turns=turns(
        ("operator", "Здравствуйте!"), ("client", "вы там все идиоты"),
        ("operator", "К сожалению, в таком тоне разговор продолжаться не может, я буду вынуждена прекратить разговор."),
        ("client", "ладно, извините, баланс подскажите"), ("operator", "350 рублей. Спасибо за звонок, всего доброго.")))
    assert qa_call(calmed_down, redact).violations == []


def test_the_warning_that_the_conversation_will_end_is_no_termination_letter_003():
    call = dict(GOOD_CALL, turns=turns(
        ("operator", "Здравствуйте!"), ("client", "вы там все идиоты"),
        ("operator", "К сожалению, в таком тоне разговор продолжаться не может, я буду вынуждена прекратить разговор."),
        ("client", "идиоты"),
        ("operator", "Прошу вас, выбирайте выражения, иначе я буду вынуждена прекратить разговор."),
        ("client", "идиоты"),
        ("operator", "Извините, наш разговор не может быть продолжен. Спасибо Вам за звонок. Всего доброго.")))
    assert qa_call(call, redact).violations == []
