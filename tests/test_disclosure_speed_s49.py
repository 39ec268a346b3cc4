"""Issue 12 (speed, stop 49): the syntax parse asked only where its answer can matter — a reading whose other
conditions already decide is answered without it, and the answer is the same."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import about, checker, default_checker, sense
from guard.disclosure.text import Utterance

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


@pytest.fixture
def parses(monkeypatch):
    """The texts the syntax model is run on while the test runs (about._parse, spied on)."""
    seen: list[str] = []
    real = about._parse

    def spied(text: str):
        seen.append(text)
        return real(text)

    monkeypatch.setattr(about, "_parse", spied)
    return seen


def test_item5_conditions_parse_no_line_that_names_one_kind_of_number(parses):
    # п. 5's exception needs the city number and another kind named: with only one, the caller's knowing is not read
    utterance = Utterance("Городской к этому договору вы, как новый и единственный владелец этой квартиры с прошлого "
                          "года, назвали правильно, записывайте 77-41-09")  # "вы" far from its verb: the parse's reading
    assert sense.states_item5_conditions(utterance) is False
    assert parses == []


def test_item5_conditions_still_read_the_caller_knowing_by_the_syntax():
    utterance = Utterance("Вы, как новый владелец, правильно назвали федеральный номер, городской к нему 77-41-09")
    assert sense.states_item5_conditions(utterance) is True


def test_subject_does_parses_no_line_without_a_word_of_its_subjects(parses):
    utterance = Utterance("Клиент, как новый владелец, правильно назвал федеральный номер, городской к нему 77-41-09")
    assert about.subject_does(utterance, frozenset({"вы"}), frozenset({"назвать"}), frozenset({"федеральный"})) is False
    assert parses == []


SUBJECT_WORDS = st.sampled_from(["вы", "клиент", "он", "назвали", "назвал", "знаете", "федеральный", "городской",
                                 "номер", ",", "как", "владелец", "правильно", "не", "мы", "сказали", "."])


@settings(max_examples=40, deadline=None)
@given(st.lists(SUBJECT_WORDS, min_size=1, max_size=12).map(" ".join))
def test_subject_does_answers_as_the_parse_does_whatever_the_words(text):
    """The gate before the parse changes no answer: a line whose parse holds none of the subjects, verbs or objects is
    False by the parse too, and the gate never says False where the parse's nodes hold all three (a node's lemmas are
    its word's)."""
    subjects, verbs, objects = frozenset({"вы"}), frozenset({"знать", "назвать", "сказать"}), frozenset(
        {"федеральный", "городской"})
    lemmas = {lemma for node in about.parse(Utterance(text)) for lemma in node.lemmas}
    gated = Utterance(text)
    passes = about.may_hold(gated, verbs) and about.may_hold(gated, subjects) and about.may_hold(gated, objects)
    if not (lemmas.isdisjoint(subjects) or lemmas.isdisjoint(verbs) or lemmas.isdisjoint(objects)):
        assert passes
    if not passes:
        assert about.subject_does(gated, subjects, verbs, objects) is False


def _failure_word_lines() -> list[str]:
    rows = [json.loads(line) for name in ("disc_w43", "disc_ad46")
            for line in (DATA / name / "utterances.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    words = ("сбо", "авари", "задерж", "проблем")
    return [row["text"] for row in rows if row.get("speaker", "operator") == "operator"
            and any(word in row["text"].lower() for word in words)][:24] + [
        "У нас авария на станции, с утра вся округа без связи.",
        "Задержка зачисления платежа у нас, через час деньги будут на балансе.",
        "Сбой времени на счётчике лечится перезагрузкой.",
    ]


@pytest.mark.parametrize("text", _failure_word_lines())
def test_carriers_side_is_asked_only_once_the_verifier_has_judged(text, monkeypatch):
    """The verifier judges each hit alone; the syntax's reading that keeps a п. 7 hit against it (a parse) is asked
    after the verifier's judgement, of the hits it read away, not of every hit before it."""
    check = default_checker()
    events: list[str] = []
    real_side, real_keep = checker.said_of_carriers_side, type(check.verifier).keep

    def side(utterance, start, end):
        events.append("syntax")
        return real_side(utterance, start, end)

    def keep(self, utterance, findings):
        events.append("verifier")
        return real_keep(self, utterance, findings)

    monkeypatch.setattr(checker, "said_of_carriers_side", side)
    monkeypatch.setattr(type(check.verifier), "keep", keep)
    check.check(text)
    assert "syntax" not in events[:events.index("verifier")] if "verifier" in events else True, (text, events)
