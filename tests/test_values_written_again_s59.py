"""A personal number written again in the same text is masked as the kind found it (recognizers/long_number.py
`values_written_again`, stop 59) — and the search is linear in the text (review M1: a regex per found result, each run
over the whole text and checked against every span taken, cost R³ for a number written R times: 150 s for one
20,000-character window). The work is counted (Python line events), not timed, so the bound does not depend on the
machine's speed."""
from __future__ import annotations

import re
import sys

from hypothesis import given, settings, strategies as st

from guard.analysis import RecognizerResult
from guard.recognizers.long_number import values_written_again


def _found_everywhere(text: str, number: str, entity: str = "PHONE_NUMBER") -> list[RecognizerResult]:
    return [RecognizerResult(entity, match.start(), match.end(), 0.8) for match in re.finditer(re.escape(number), text)]


def _line_events(call) -> int:
    """How many Python lines `call` runs (its own and everything it calls): the work done."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def _work_for(repeats: int) -> int:
    text = "тел " + " ".join("89161234567," for _ in range(repeats))
    found = _found_everywhere(text, "89161234567")
    values_written_again(text, found)  # the registry imported before counting
    return _line_events(lambda: values_written_again(text, found))


def test_a_number_written_many_times_costs_work_linear_in_the_text():
    """Four times the repeats, about four times the work (the cubic search did 64 times the work)."""
    small, large = _work_for(100), _work_for(400)
    assert large <= 5 * small, (small, large)


def test_distinct_numbers_cost_work_linear_in_the_text():
    def work(count: int) -> int:
        numbers = [f"8916{index:07d}" for index in range(count)]
        text = "тел " + ", ".join(numbers)
        found = [RecognizerResult("PHONE_NUMBER", match.start(), match.end(), 0.8)
                 for match in re.finditer(r"\d{11}", text)]
        return _line_events(lambda: values_written_again(text, found))

    small, large = work(100), work(400)
    assert large <= 5 * small, (small, large)


def test_a_passport_quoted_as_a_tickets_number_first_is_masked_where_it_stands_again():
    text = "тикет 3318 075544 закрыли? это не тикет, а паспорт Вотинцевой 3318 075544"
    second = text.rindex("3318")
    found = [RecognizerResult("RU_PASSPORT", second, second + len("3318 075544"), 0.8)]
    again = values_written_again(text, found)
    assert [(result.entity_type, text[result.start:result.end]) for result in again] == [("RU_PASSPORT", "3318 075544")]


def test_a_number_inside_a_longer_run_or_after_a_plus_is_not_the_value_again():
    text = "паспорт 3318075544; счёт 133180755441; +3318075544; 3318 0755449"
    found = [RecognizerResult("RU_PASSPORT", 8, 18, 0.8)]
    assert values_written_again(text, found) == []


def _reference(text: str, found: list) -> list[tuple[int, int]]:
    """The first reading (stop 59, commit 47f98eee): one regex per found value, run over the whole text."""
    taken = [(result.start, result.end) for result in found]
    out = []
    for result in list(found):
        digits = re.sub(r"\D", "", text[result.start:result.end])
        if len(digits) < 6:
            continue
        for match in re.finditer(r"(?<![\d+])" + r"[ \-]?".join(digits) + r"(?!\d)", text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            out.append((start, end))
            taken.append((start, end))
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="1122 -+a", min_size=6, max_size=60), st.data())
def test_every_place_the_first_reading_masked_is_masked_still(text, data):
    """Property: the linear search masks every character the first (cubic) reading masked, and only a found value's
    digits, whole (no digit or "+" before it, no digit after it)."""
    runs = [match for match in re.finditer(r"\d(?:[ \-]?\d)*", text) if len(re.sub(r"\D", "", match.group())) >= 6]
    if not runs:
        return
    chosen = data.draw(st.lists(st.sampled_from(runs), min_size=1, max_size=3, unique_by=lambda match: match.start()))
    found = [RecognizerResult("RU_PASSPORT", match.start(), match.end(), 0.8) for match in chosen]
    values = {re.sub(r"\D", "", text[result.start:result.end]) for result in found}
    masked = set()
    for result in values_written_again(text, found):
        assert re.sub(r"\D", "", text[result.start:result.end]) in values
        assert result.start == 0 or text[result.start - 1] not in "0123456789+"
        assert result.end == len(text) or not text[result.end].isdigit()
        masked.update(range(result.start, result.end))
    for result in found:
        masked.update(range(result.start, result.end))
    for start, end in _reference(text, found):
        assert set(range(start, end)) <= masked, (text, start, end)
