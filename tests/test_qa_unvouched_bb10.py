"""Red team bb10, 11: the QA report shows no number of six digits or more and no Latin name the redactor left in a
listed line (kinds guard does not read yet: a Kazakh ИИН, a Belarusian phone, an English name); wording, short
numbers and Latin words not written as names stay readable."""
from __future__ import annotations

import json
import re

from hypothesis import given, settings, strategies as st

from guard.cli import main
from guard.disclosure.qa import HIDDEN, show_turn


@settings(max_examples=80, deadline=None)
@given(st.lists(st.from_regex(r"[0-9]{2,4}", fullmatch=True), min_size=2, max_size=5),
       st.sampled_from([" ", "-", ".", "\n", " - ", ") "]))
def test_a_number_of_six_digits_or_more_is_hidden_in_the_shown_turn(groups, separator):
    number = separator.join(groups)
    if sum(len(group) for group in groups) < 6:
        return
    line = f"Мужчина, я без понятия, пишите {number} и всё"
    shown, _ = show_turn(line, line, [(0, 7)])
    assert re.sub(r"\D", "", "".join(groups)) not in re.sub(r"\D", "", shown)
    assert HIDDEN in shown and shown.startswith("Мужчина, я без понятия, пишите ")


@settings(deadline=None)  # no timing threshold in a unit test: the first example pays the redactor's warm-up
@given(st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True), st.from_regex(r"[A-Z][a-z]{2,11}", fullmatch=True))
def test_a_latin_name_is_hidden_in_the_shown_turn(first, last):
    line = f"Мужчина, я без понятия, это к {first} {last}"
    shown, _ = show_turn(line, line, [(0, 7)])
    assert first not in shown and last not in shown


def test_short_numbers_and_latin_words_not_written_as_names_stay():
    line = "Мужчина, тариф 4 900 рублей, в 10:30 по SMS, на iPhone"
    assert show_turn(line, line, [(0, 7)])[0] == line


def test_the_qa_report_prints_no_unread_number_or_latin_name_of_a_flagged_line(tmp_path):
    lines = {"k": "Мужчина, я без понятия, запишите ИИН 920617350284",
             "b": "Мужчина, у нас авария, звоните на 029 765 43 21",
             "e": "Мужчина, я без понятия, это к Olivia Brown"}
    source = tmp_path / "calls.jsonl"
    source.write_text("".join(json.dumps({"call_id": key, "operator_id": "op3", "turns": [
        {"speaker": "operator", "start": 0.0, "end": 2.0, "text": text}]}, ensure_ascii=False) + "\n"
        for key, text in lines.items()), encoding="utf-8")
    html, data = tmp_path / "r.html", tmp_path / "r.json"
    assert main(["qa", str(source), "--report", str(html), "--json", str(data)]) == 0
    pages = html.read_text(encoding="utf-8") + data.read_text(encoding="utf-8")
    assert json.loads(data.read_text(encoding="utf-8"))["utterances"]  # the lines are listed
    for value in ("920617350284", "029 765 43 21", "Olivia", "Brown"):
        assert value not in pages, value
