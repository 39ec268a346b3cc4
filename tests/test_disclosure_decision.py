"""Stop 38: the judge of lines the checker only warns on (guard.disclosure.decision). It weighs what fired and how
sure the line model and the verifier are; it may clear only a line whose every finding is a `warn` of a rule its
training found right to clear on held-out authors — a `block` (a customer's value said aloud, any personal-data
rule) is never its to clear. Stand-in judges and models: the decision, not the shipped weights, is tested."""
from __future__ import annotations

import gzip
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.checker import DisclosureChecker
from guard.disclosure.classifier import Prediction
from guard.disclosure.decision import DecisionModel, Parts, decision_features, default_decision
from guard.disclosure.rules import default_rules_path, load_rules
from guard.disclosure.text import Utterance


class _Model:
    """A line model at one P(violating), naming one rule at or above its threshold."""
    threshold, other_sense = 0.8, 0.1

    def __init__(self, p: float, rule: str = "internal-terms") -> None:
        self.p, self.rule = p, rule

    def predict(self, utterance, rules=None):
        return Prediction(self.p, self.rule if self.p >= self.threshold else None)

    def score(self, utterance):
        return self.p


def _judge(tmp_path, bias: float, rules: list[str], name: str = "judge.npz") -> DecisionModel:
    """A judge that says the same P for every line (bias alone) and may clear `rules`."""
    path = tmp_path / name
    np.savez(path, ids=np.array([1], dtype=np.int64), weights=np.zeros(1, np.float32),
             dense=np.zeros(4, np.float32), bias=np.float64(bias), threshold=np.float64(0.3),
             rules=np.array(rules if rules else [""]))
    return DecisionModel(path)


WARN_RULES = sorted(rule.id for rule in load_rules(default_rules_path()).rules
                    if rule.speaker == "operator" and rule.verdict == "warn")

WORDING_LINES = ["Повторяю ещё раз: тариф сменится с первого числа.",
                 "Вы сами виноваты, надо было читать договор.",
                 "У нас авария на линии, ждите до вечера."]
PERSONAL_LINES = ["Номер владельца 8 916 123 45 67, записывайте.",
                  "Паспорт владельца 4505 678901, выдан в 2010 году.",
                  "Владелец номера — Иванов Пётр Сергеевич."]


def _checker(judge, p: float = 0.5) -> DisclosureChecker:
    return DisclosureChecker(default_checker().rules, use_engine=False, model=_Model(p), decision=judge)


@pytest.mark.parametrize("text", WORDING_LINES)
def test_a_judge_sure_the_line_is_clean_clears_a_line_only_warned(tmp_path, text):
    before = DisclosureChecker(default_checker().rules, use_engine=False, model=_Model(0.5)).check(text)
    assert before.verdict == "warn"
    assert _checker(_judge(tmp_path, -9.0, WARN_RULES)).check(text).verdict == "allow"
    assert _checker(_judge(tmp_path, 9.0, WARN_RULES)).check(text).verdict == "warn"


@pytest.mark.parametrize("text", ["Это ваша вина, надо было читать договор.",  # frames.shifts_the_trouble_onto_the_caller
                                  "Если бы вы внимательно читали, проблем бы не было."])
def test_a_finding_of_a_reading_the_judge_never_saw_stays(tmp_path, text):
    """A frame the verifier and the judge were never trained on (frames.unverified_frame_spans) is not theirs to clear:
    a judge sure the line is clean leaves it warned (stop 38, after the merge)."""
    assert _checker(_judge(tmp_path, -9.0, WARN_RULES)).check(text).verdict == "warn"


@pytest.mark.parametrize("text", WORDING_LINES)
def test_a_rule_the_judge_may_not_clear_stays(tmp_path, text):
    fired = DisclosureChecker(default_checker().rules, use_engine=False, model=_Model(0.5)).check(text).rules
    others = [rule for rule in WARN_RULES if rule not in fired]
    assert _checker(_judge(tmp_path, -9.0, others)).check(text).verdict == "warn"


@pytest.mark.parametrize("text", PERSONAL_LINES)
def test_personal_data_said_aloud_is_never_the_judges_to_clear(tmp_path, text):
    every_rule = sorted(rule.id for rule in load_rules(default_rules_path()).rules)
    assert _checker(_judge(tmp_path, -9.0, every_rule)).check(text).verdict == "block"


@pytest.mark.parametrize("text", WORDING_LINES)
def test_a_line_model_sure_of_a_violation_is_not_overruled_by_the_judge(tmp_path, text):
    """MODEL_SURE: the line model sure the line violates and the judge sure it is clean disagree — warned."""
    assert _checker(_judge(tmp_path, -9.0, WARN_RULES), 0.99).check(text).verdict == "warn"


def test_the_line_models_guess_is_never_the_judges_to_clear(tmp_path):
    """A line no rule flags, guessed by the line model (model:RULE): the judge is not asked (leave-one-author-out: a
    judge that cleared guesses lost violations — raising the model's threshold in other words)."""
    text = "Тариф сменится с первого числа, сообщение придёт заранее."
    model = _Model(0.9, "internal-terms")
    guessed = DisclosureChecker(default_checker().rules, use_engine=False, model=model).check(text)
    assert [f.rule for f in guessed.violations] == ["model:internal-terms"]
    judged = DisclosureChecker(default_checker().rules, use_engine=False, model=model,
                               decision=_judge(tmp_path, -9.0, WARN_RULES + ["model:internal-terms"])).check(text)
    assert judged.verdict == "warn"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PERSONAL_LINES + WORDING_LINES), st.floats(-9, 9), st.floats(0.0, 1.0))
def test_the_judge_never_lowers_a_block_and_never_raises_a_verdict(text, bias, p):
    """Whatever the judge says and however sure the line model is: a block stays a block, and the judge's verdict is
    the same or allow (it only drops findings)."""
    import tempfile
    from pathlib import Path

    every_rule = sorted(rule.id for rule in load_rules(default_rules_path()).rules)
    with tempfile.TemporaryDirectory() as folder:
        judge = _judge(Path(folder), bias, every_rule)
        without = DisclosureChecker(default_checker().rules, use_engine=False, model=_Model(p)).check(text).verdict
        with_judge = _checker(judge, p).check(text).verdict
    if without == "block":
        assert with_judge == "block"
    assert with_judge in (without, "allow")


def test_the_judges_features_read_the_parts_not_only_the_words():
    utterance = Utterance("Перевод на вторую линию, ожидание ответа специалиста 10 мин.")
    sure = decision_features(utterance, Parts(("internal-terms",), 0.99, (0.99,)))
    unsure = decision_features(utterance, Parts(("internal-terms",), 0.2, (0.4,)))
    guess = decision_features(utterance, Parts(("model:internal-terms",), 0.99, ()))
    assert sure[0] != unsure[0] and not np.allclose(sure[1], unsure[1])
    assert sure[0] != guess[0]


def test_the_shipped_judge_may_clear_warn_rules_only():
    judge = default_decision()
    if judge is None:
        pytest.skip("no shipped judge")
    warns = {rule.id for rule in load_rules(default_rules_path()).rules if rule.verdict == "warn"}
    # a wording rule's hit (warn): never a rule's block, never the line model's guess
    assert judge.rules and judge.rules <= warns
    assert 0.0 < judge.threshold <= 0.5


def test_the_judge_is_trained_deterministically(tmp_path):
    """The same traces give the same bytes (full-batch Adam from zeros, rows in file order)."""
    from benchmarks import disclosure_decision as training

    rows = []
    for n in range(24):
        violating = n % 2 == 0
        found = ["internal-terms"] if n % 3 else ["model:internal-terms"]
        rows.append({"author": f"a{n % 4}", "rendering": "written", "violating": violating, "topic": None,
                     "text": ("Перевод на вторую линию, ожидание " if violating else "Уточню у специалиста, ") + str(n),
                     "found": found, "verified": [["internal-terms", 0.9 if violating else 0.4]],
                     "p_line": 0.95 if violating else 0.82})
    traces = tmp_path / "traces.jsonl.gz"
    with gzip.open(traces, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    training.train_decision(traces, first)
    training.train_decision(traces, second)
    a, b = np.load(first), np.load(second)
    assert sorted(a.files) == sorted(b.files)
    for name in a.files:
        assert np.array_equal(a[name], b[name])
