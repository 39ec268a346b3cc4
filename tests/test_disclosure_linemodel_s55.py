"""Stop 55: the rules' own readings of whose value and whose act as features of the line model (docs/disclosure.md,
"Stop 55"). A read-back, a refusal, the operator's own name, a note about the customer are readings the checker's code
already makes (guard/disclosure/sense.py); the line model reads them as features when its file says it was trained
with them, and a model file without the flag reads exactly the features it was trained on. The phrasings are my own,
not the sets' lines."""
import numpy as np
import pytest

from guard.disclosure.classifier import DisclosureModel, feature_id, features, reading_features
from guard.disclosure.text import Utterance

READ_BACK = "Вы продиктовали почту ivanov@mail.ru, всё верно?"
REFUSAL = "Паспортные данные владельца назвать не могу."
PLAIN = "Тариф подключится с завтрашнего дня."


@pytest.mark.parametrize("line, reading", [
    (READ_BACK, "read:read-back"),
    ("вы продиктовали почту иванов собака мэйл ру всё верно", "read:read-back"),
    (REFUSAL, "read:refusal"),
    ("Меня зовут Ольга, мой номер оператора 3318.", "read:own-introduction"),
    ("Кл. просит перезвонить после обеда.", "read:note"),
])
def test_a_reading_of_the_rules_is_a_feature_of_the_line(line: str, reading: str) -> None:
    assert reading in reading_features(Utterance(line))


def test_a_plain_consultation_holds_no_reading() -> None:
    assert reading_features(Utterance(PLAIN)) == []


def test_the_features_without_readings_are_those_a_model_before_stop_55_was_trained_on() -> None:
    for line in (READ_BACK, REFUSAL, PLAIN):
        assert features(Utterance(line)) == features(Utterance(line), False, False)
        assert set(features(Utterance(line))) <= set(features(Utterance(line), False, True))


def _model_file(tmp_path, readings: bool | None) -> DisclosureModel:
    """A one-feature model: the read-back reading weighs 6 towards violating (only sparse features, no vectors)."""
    arrays = {"ids": np.array([feature_id("read:read-back")], dtype=np.int64),
              "binary": np.array([6.0], dtype=np.float16), "bias": np.float64(0.0),
              "rules": np.zeros((1, 1), dtype=np.float16), "rule_bias": np.zeros(1, dtype=np.float32),
              "rule_ids": np.array(["owner-name"]), "threshold": np.float64(0.8), "other_sense": np.float64(0.1),
              "word_classes": np.bool_(False)}
    if readings is not None:
        arrays["readings"] = np.bool_(readings)
    path = tmp_path / "model.npz"
    np.savez_compressed(path, **arrays)
    return DisclosureModel(path)


def test_a_model_trained_with_the_readings_reads_them(tmp_path) -> None:
    model = _model_file(tmp_path, readings=True)
    assert model.score(Utterance(READ_BACK)) > 0.99
    assert model.score(Utterance(PLAIN)) == pytest.approx(0.5, abs=0.01)


@pytest.mark.parametrize("readings", [False, None])
def test_a_model_file_without_the_readings_flag_never_reads_them(tmp_path, readings: bool | None) -> None:
    assert _model_file(tmp_path, readings).score(Utterance(READ_BACK)) == pytest.approx(0.5, abs=0.01)


# --- a п. 7 hit the syntax could not read stays: the learned guesses may not read it away (fail closed) ------------

class _DropsEveryHit:
    """A hit verifier that reads every hit in the allowed sense."""

    threshold = 0.35

    def keep(self, utterance, findings):
        return []

    def probability(self, utterance, rule, start, end):
        return 0.0


def _checker_with(verifier):
    from guard.disclosure.checker import DisclosureChecker
    from guard.disclosure.rules import default_rules_path, load_rules

    return DisclosureChecker(load_rules(default_rules_path()), use_engine=False, verifier=verifier)


def test_a_failure_word_the_parse_could_not_read_is_not_the_verifiers_to_read_away(monkeypatch):
    from guard.disclosure import about

    def broken(text):
        raise RuntimeError("no model")

    monkeypatch.setattr(about, "_parse", broken)
    line = "Сбой даты на термостате уберёт перезагрузка. "
    assert "service-failure-words" in _checker_with(_DropsEveryHit()).check(line, "operator").rules


def test_with_a_working_parse_the_verifier_still_reads_a_customers_device_failure_away():
    line = "Сбой даты на термостате уберёт перезагрузка. "
    assert "service-failure-words" not in _checker_with(_DropsEveryHit()).check(line, "operator").rules


# --- п. 18: the operator's own number withheld, as the frame reads it, is not the judge's to clear ------------------

class _ClearsEveryLine:
    """A judge of lines only warned that reads every line as clean."""

    threshold = 0.5

    def may_clear(self, rules):
        return True

    def probability(self, utterance, parts):
        return 0.0


@pytest.mark.parametrize("line", [
    "Добрый вечер, слушаю вас. Номер не называю.",
    "Слушаю вас внимательно. Номер не дам, работаю анонимно.",
    "Вопрос решим, а номер не дам.",
])
def test_the_operators_own_number_withheld_is_not_the_judges_to_clear(line: str) -> None:
    from guard.disclosure.checker import DisclosureChecker
    from guard.disclosure.classifier import default_model
    from guard.disclosure.frames import withholds_own_identity
    from guard.disclosure.rules import default_rules_path, load_rules

    assert withholds_own_identity(Utterance(line)) is not None
    checker = DisclosureChecker(load_rules(default_rules_path()), use_engine=False, model=default_model(),
                                decision=_ClearsEveryLine())
    assert "operator-number-refusal" in checker.check(line, "operator").rules


def test_another_persons_number_not_told_is_no_withholding_of_the_operators_own() -> None:
    from guard.disclosure.frames import withholds_own_identity

    assert withholds_own_identity(Utterance("Номер владельца не называю.")) is None
