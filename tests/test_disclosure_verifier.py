"""The hit verifier: a warn wording rule's words in the allowed sense stay silent; block rules never do."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from guard.disclosure import DisclosureChecker, check, default_checker
from guard.disclosure.classifier import feature_id
from guard.disclosure.text import Utterance
from guard.disclosure.verifier import (DENSE_DIMENSIONS, VERIFIER_PATH, HitVerifier, default_verifier,
                                       hit_features)


def _verifier_with_bias(tmp_path: Path, bias: float) -> HitVerifier:
    """A verifier with no learned weights: every hit gets P = sigmoid(bias)."""
    path = tmp_path / "verifier.npz"
    np.savez(path, ids=np.array([0], dtype=np.int64), weights=np.zeros(1, dtype=np.float16),
             dense=np.zeros(DENSE_DIMENSIONS, dtype=np.float32), bias=np.float64(bias), threshold=np.float64(0.5))
    return HitVerifier(path)


def test_the_verifier_ships_inside_the_package_and_the_default_checker_uses_it():
    assert VERIFIER_PATH.exists()
    verifier = default_verifier()
    assert verifier is not None and 0.0 < verifier.threshold < 1.0
    assert default_checker().verifier is verifier


def test_a_warn_hit_the_verifier_reads_in_the_allowed_sense_is_dropped(tmp_path):
    checker = DisclosureChecker(default_checker().rules, use_engine=False, verifier=_verifier_with_bias(tmp_path, -9))
    # a word of the caller's side: one said of the carrier's own («у нас авария на сети») no verifier clears (stop 48,
    # tests/test_disclosure_falsealarms_s48.py)
    assert checker.check("у вас на улице авария").verdict == "allow"
    kept = DisclosureChecker(default_checker().rules, use_engine=False, verifier=_verifier_with_bias(tmp_path, 9))
    assert kept.check("у вас на улице авария").rules == ["service-failure-words"]


def test_personal_data_block_rules_stay_fail_closed_whatever_the_verifier_says(tmp_path):
    checker = DisclosureChecker(default_checker().rules, use_engine=False, verifier=_verifier_with_bias(tmp_path, -9))
    assert checker.check("Паспорт владельца 4510 123456").verdict == "block"


def test_the_same_words_in_quotes_are_read_as_quoted():
    quoted = Utterance("SMS с текстом «Уважаемый клиент, ваш номер заблокирован» мы не отправляли")
    start = quoted.text.index("Уважаемый")
    plain = Utterance("Уважаемый клиент, ваш номер заблокирован")
    assert feature_id("quoted") in hit_features(quoted, "form-of-address", start, start + 16).ids
    assert feature_id("quoted") not in hit_features(plain, "form-of-address", 0, 16).ids


def test_hit_features_are_the_same_on_every_run():
    utterance = Utterance("Простите за задержку с ответом")
    a = hit_features(utterance, "service-failure-words", 12, 20)
    b = hit_features(Utterance("Простите за задержку с ответом"), "service-failure-words", 12, 20)
    assert a.ids == b.ids and np.array_equal(a.dense, b.dense) and a.dense.shape == (DENSE_DIMENSIONS,)


@pytest.mark.parametrize("text", [
    "Простите за задержку с ответом — проверяла ваши начисления за месяц.",
    "простите за задержку с ответом проверяла ваши начисления за месяц",
    "SMS с текстом «Уважаемый клиент, ваш номер будет заблокирован» мы не отправляли — это мошенники.",
])
def test_a_rules_words_in_a_sense_the_instruction_allows_are_not_flagged(text):
    assert check(text).verdict == "allow"


@pytest.mark.parametrize("text, rule", [
    ("у нас авария на сети", "service-failure-words"),
    ("Уважаемый клиент, подождите", "form-of-address"),
    ("Возможны задержки зачисления платежей", "service-failure-words"),
])
def test_the_forbidden_sense_is_still_flagged_with_its_rule_span_and_recommended_phrase(text, rule):
    result = check(text)
    assert result.verdict == "warn"
    [finding] = [f for f in result.violations if f.rule == rule]
    assert finding.end > finding.start and finding.suggestion and finding.item
