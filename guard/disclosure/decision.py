"""Should a line the checker only warns on be warned at all? A learned judge over what fired and how sure each part is.

After the rules, the sense cues, the hit verifier and the line model (guard.disclosure.checker) a line can end
warned by `warn` findings only: a wording rule's hit the verifier kept (п. 7, 12, 14, 16, 19: stances, internal
words, blunt speech) or the line model's own guess ("model:RULE"). On authors the checker never saw, these are
where most clean lines flagged by a wording decision come from (docs/disclosure.md, stop 38): each part is judged
alone — the verifier reads the words around one hit, the line model the whole line with its own threshold — and
nothing weighs them together.

This judge does, over features that carry to a new author's wording because they are not words:

    what fired          a wording hit, the model's guess or both, and how many rules — not which rule: a judge
                        that knew the rule learned each rule's share of clean lines on the authors it saw (one
                        author's "connection-change" cleared another's violation; stop 38, leave-one-author-out)
    how sure each is    the line model's P(violating) and the highest verifier P among the kept hits (logits, and
                        bins crossed with what fired)
    what the line does  the sense cues (a read-back, the operator's own introduction, a refusal), a question, a
                        condition, a negation, quotes, who is spoken of (я / мы / вы), punctuation (ASR or written)

and answers P(the line violates). Where it is below its threshold the warn findings are dropped (the line allowed).

Fail closed, by construction: it is asked only about lines whose every finding is a `warn` (a `block` — a
customer's value said aloud, a personal-data rule, any block rule — is never its to clear, nor the line model's
guess at a block rule), where neither the line model nor the verifier is sure of a violation (P >= MODEL_SURE: two
guesses disagree, the operator is warned, as stop 36 decided for the verifier), and it may clear only
the rules its training found it right to clear on held-out authors (`rules`, stored with its weights). Its weights
live in guard/data/disclosure_decision.npz, written by `python -m benchmarks.train_disclosure_model --decision`
from the leave-one-author-out traces (benchmarks/data/disclosure_traces: each author's lines as judged by the
rules, verifier and model trained WITHOUT that author — so the judge learns how sure the parts are on wording they
never saw, not on their own training lines).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from guard.disclosure.classifier import SparseDenseWeights, feature_id
from guard.disclosure.text import Utterance

DECISION_PATH = Path(__file__).resolve().parent.parent / "data" / "disclosure_decision.npz"
MODEL_PREFIX = "model:"
DENSE = 4  # the line model's logit, the verifier's highest logit, whether a hit was verified, the rule count

_NEGATION = frozenset({"не", "ни", "нет", "нельзя"})
_CONDITION = frozenset({"если", "раз", "когда", "допустим", "вдруг"})
_PERSONS = (("you", frozenset({"вы", "ваш", "ты", "твой"})), ("we", frozenset({"мы", "наш"})),
            ("i", frozenset({"я", "мой"})))
_QUOTES = "«»\"“”„"


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _bin(p: float, edges: Sequence[float]) -> int:
    return sum(p >= edge for edge in edges)


@dataclass(frozen=True)
class Parts:
    """What the checker's parts said of one line that only warns."""

    rules: tuple[str, ...]       # each warn finding's rule ("model:RULE" for the line model's guess)
    line_p: float                # the line model's P(violating) of the whole line
    verifier_p: tuple[float, ...]  # the verifier's P(forbidden sense) of each wording hit it kept (may be empty)


def line_cues(utterance: Utterance) -> list[str]:
    """What the line does, whatever its words (read once a line)."""
    from guard.disclosure.sense import is_own_introduction, is_read_back, is_refusal

    def compute() -> list[str]:
        tokens = utterance.tokens
        text = utterance.text
        lemmas = [t.info.lemmas for t in tokens]
        cues = []
        if is_read_back(utterance):
            cues.append("cue:read-back")
        if is_own_introduction(utterance):
            cues.append("cue:own-introduction")
        if is_refusal(utterance):
            cues.append("cue:refusal")
        if "?" in text:
            cues.append("question")
        if any(ls & _CONDITION for ls in lemmas):
            cues.append("condition")
        if any(ls & _NEGATION for ls in lemmas):
            cues.append("negation")
        if any(q in text for q in _QUOTES):
            cues.append("quotes")
        cues += ["p:" + name for name, words in _PERSONS if any(ls & words for ls in lemmas)]
        if any("impr" in t.info.top_grammemes for t in tokens):
            cues.append("imperative")
        cues.append("punctuated" if any(ch in text for ch in ".,!?;:—") else "unpunctuated")
        cues.append(f"len:{min(len(tokens) // 6, 5)}")
        return cues

    return utterance.derived("decision_cues", compute)


def decision_features(utterance: Utterance, parts: Parts) -> tuple[list[int], np.ndarray]:
    """The judge's hashed feature ids (sorted, each once) and its dense row."""
    names = ["bias", *line_cues(utterance)]
    rules = sorted(set(parts.rules))
    line_bin = _bin(parts.line_p, (0.1, 0.35, 0.65, 0.8, 0.9, 0.97))
    verified = max(parts.verifier_p) if parts.verifier_p else None
    verified_bin = _bin(verified, (0.35, 0.5, 0.7, 0.9, 0.97)) if verified is not None else -1
    names += [f"pb:{line_bin}", f"vb:{verified_bin}", f"n:{min(len(rules), 3)}"]
    kinds = sorted({"guess" if rule.startswith(MODEL_PREFIX) else "hit" for rule in rules})
    names += [f"kind:{'+'.join(kinds)}", f"kind:{'+'.join(kinds)}|pb:{line_bin}",
              f"kind:{'+'.join(kinds)}|vb:{verified_bin}"]

    dense = np.array([_logit(parts.line_p) / 4.0, (_logit(verified) / 4.0) if verified is not None else 0.0,
                      float(verified is not None), min(len(rules), 3) / 3.0], dtype=np.float32)
    return sorted({feature_id(name) for name in names}), dense


class DecisionModel(SparseDenseWeights):
    """The shipped judge: sparse weights over the feature ids seen in training, dense weights, a threshold (below it,
    the line's warn findings are dropped), and the rules it may clear (a line holding a warn finding of any other rule
    is never asked)."""

    def __init__(self, path: Path = DECISION_PATH) -> None:
        data = np.load(path, allow_pickle=False)
        super().__init__(data)
        self.rules = frozenset(str(rule) for rule in data["rules"])

    def may_clear(self, rules: Iterable[str]) -> bool:
        """Every rule is one the judge may clear (a model guess as "model:RULE": the guess, not the rule's hit)."""
        return all(rule in self.rules for rule in rules)

    def probability(self, utterance: Utterance, parts: Parts) -> float:
        """P(the line violates), given what the parts said."""
        return self.score(*decision_features(utterance, parts))


_DECISION: dict[Path, DecisionModel | None] = {}


def default_decision(path: Path = DECISION_PATH) -> DecisionModel | None:
    """The shipped judge, loaded once; None when the file is absent (the parts decide as before)."""
    if path not in _DECISION:
        _DECISION[path] = DecisionModel(path) if path.exists() else None
    return _DECISION[path]


__all__ = ["DECISION_PATH", "DENSE", "DecisionModel", "Parts", "decision_features", "default_decision", "line_cues"]
