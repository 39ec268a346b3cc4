"""Stop 44, the checker's speed (issue 12): work skipped or kept once finds exactly what the full work finds.

- a word's candidate patterns are worked out once a word (patterns.PatternIndex._starting_with): the index's hits on
  a line are every hit of every one of its patterns tried at every word of the line;
- a rule's regex is searched only where the facts of its parse allow a match (checker._may_match: the fewest digits,
  the strings every match holds — the gate the redactor's recognizers pass): wherever the regex matches, the gate
  lets it be searched.

Speed itself is measured in benchmarks/ (`python -m benchmarks.bench_disclosure --speed` in both trees), not here.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.disclosure_set import labeled_set
from guard.disclosure import default_checker
from guard.disclosure.checker import _may_match
from guard.disclosure.patterns import Hit, PatternIndex, compile_pattern, match_at
from guard.disclosure.text import Utterance

# pieces the rules' regexes and phrases are made of: words of the wording rules, hosts, addresses, ports, digits
PIECES = st.sampled_from([
    "сервер", "порт", "точка", "адрес", "зайдите", "на", "http://", "https://", "10", "241", "22", "6", ".", ":", ",",
    "8080", "mktest01", "msk", "corp", "siebel", "статья", "159", "УК", "РФ", "end", "of", "day", "700123", "55.7558",
    "37.6173", ";", "двоеточие", "у", "нас", "авария", "сбой", "не", "знаю", "девушка", "конт.", "лицо", "ваш",
    "номер", "оформлен", "последние", "цифры", "4567", "блгуи", "эм", "ка", "тест", "вас", "-", " "])
LINES = st.lists(PIECES, min_size=1, max_size=14).map(" ".join)


def _every_hit(index: PatternIndex, utterance: Utterance) -> set[Hit]:
    """Every pattern of the index tried at every word of the line (the index's dotted cuts read as it reads them)."""
    tokens = index._cut_readings(utterance)
    entries = {id(pattern): (key, pattern) for entries in index._by_word.values() for key, pattern in entries}
    entries.update((id(pattern), (key, pattern)) for key, pattern in index._scan)
    return {Hit(key, start, last) for key, pattern in entries.values() for start in range(len(tokens))
            if (last := match_at(pattern, tokens, start)) >= 0}


def test_the_index_finds_every_hit_of_its_patterns_on_the_labeled_lines():
    checker = default_checker()
    for index in (*checker._index.values(), checker._without_card):
        for item in labeled_set():
            utterance = Utterance(item.text)
            assert set(index.hits(utterance)) == _every_hit(index, utterance), item.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_the_index_finds_every_hit_of_its_patterns_on_any_line(text):
    index = default_checker()._index["operator"]
    utterance = Utterance(text)
    assert set(index.hits(utterance)) == _every_hit(index, utterance)
    assert set(index.hits(utterance)) == _every_hit(index, utterance)  # the words' kept candidates read again


def test_a_pattern_added_later_is_tried_at_a_word_already_read():
    index = PatternIndex()
    index.add("one", compile_pattern("сбой"))
    assert [hit.key for hit in index.hits(Utterance("у нас авария и сбой"))] == ["one"]
    index.add("two", compile_pattern("авария"))
    assert sorted(hit.key for hit in index.hits(Utterance("у нас авария и сбой"))) == ["one", "two"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_a_rule_regex_is_searched_wherever_it_matches(text):
    utterance = Utterance(text)
    for rule in default_checker().rules.rules:
        for pattern in rule.regex:
            if pattern.search(utterance.normalized.text):
                assert _may_match(pattern, utterance), (rule.id, pattern.pattern, text)


def test_a_rule_regex_is_searched_wherever_it_matches_on_the_labeled_lines():
    for item in labeled_set():
        utterance = Utterance(item.text)
        for rule in default_checker().rules.rules:
            for pattern in rule.regex:
                if pattern.search(utterance.normalized.text):
                    assert _may_match(pattern, utterance), (rule.id, item.text)


def test_a_line_without_the_strings_a_regex_needs_is_not_searched_with_it():
    rule = default_checker().rules.by_id["internal-address"]
    https = next(pattern for pattern in rule.regex if pattern.pattern.startswith("https?"))
    assert not _may_match(https, Utterance("Зайдите в личный кабинет на сайте"))
    assert _may_match(https, Utterance("Зайдите на HTTP://10.0.49.28:8081"))  # case folded as the regex reads it
