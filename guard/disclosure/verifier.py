"""Is a wording rule's hit meant the forbidden way? A learned check of the words around it.

A `warn` rule of policies/disclosure.yaml fires on a word sequence: "задержка", "не могу", "уважаемый
клиент", "служба безопасности". A new author writes the same words in a sense the instruction allows —
"простите за задержку с ответом", "я не могу ответить на ваш вопрос, так как он не относится к работе
компании" (the script of п. 16 itself), "SMS с текстом «Уважаемый клиент…» мы не отправляли", "девушка из
службы безопасности банка" (a fraud warning). The rules' exceptions list the phrasings seen so far; this
verifier judges the sense from the context of the hit, so phrasings nobody listed are read too:

    the rule and its words                   R:rule, h:lemma, rule x lemma
    the words before and after the hit       l:/r: lemmas in a window of 4, l1:/r1: the nearest ones, rule x nearest
    the line                                 s: every lemma of the line
    syntax-like cues, from the neighbours    a negation before the hit, quotes around it, who speaks (я/мы/вы in
                                             the line, the person of the verbs near the hit), a condition
                                             ("если", "раз"), a question, the hit at a clause start
    the hand-written sense cues              guard.disclosure.sense: read-back, own introduction, other sense,
                                             denied blame
    meaning                                  navec's mean vector of the window and the line's pooled vector

natasha's syntax parser would give the head and relation of the hit word. Through natasha's whole pipeline it cost
200+ ms a line here, forty times the 5 ms budget, so the neighbours' lemmas and grammemes stand in for it; slovnet's
Syntax on razdel's tokens (guard.disclosure.about) costs 1-2 ms a sentence (stop 44) and is run only on lines where
a п. 7 / п. 14 / п. 24 rule hit, not for every finding verified here.

Only `warn` wording findings are verified. The personal-data `block` rules stay fail-closed here: a finding
this module would call harmless there is still reported, and so is one the line model is sure is clean (tried in
stop 34 as MODEL_SURE_CLEAN and removed at the merge: on a blind author it lost a violating pair for one clean line,
docs/disclosure.md). The verifier's weights live in
guard/data/disclosure_verifier.npz, written by `python -m benchmarks.train_disclosure_model` from the
labelled lines (a hit in a clean line is the allowed sense, a hit in a violating line the forbidden one);
its threshold is chosen on leave-one-author-out (benchmarks/eval_disclosure_blind.py), not on one set.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Sequence, TypeVar

import numpy as np

from guard.disclosure.classifier import SparseDenseWeights, feature_id, lemma_of
from guard.disclosure.embedding import WORD_DIMENSIONS, sentence_embedding
from guard.disclosure.embedding import DIMENSIONS as LINE_DIMENSIONS
from guard.disclosure.sense import blame_negated, is_own_introduction, is_read_back, other_sense
from guard.disclosure.text import Utterance

VERIFIER_PATH = Path(__file__).resolve().parent.parent / "data" / "disclosure_verifier.npz"
DENSE_DIMENSIONS = WORD_DIMENSIONS + LINE_DIMENSIONS  # the window's mean vector, then the line's pooled vector
WINDOW = 4

_NEGATION = frozenset({"не", "ни", "нет", "нельзя"})
_YOU = frozenset({"вы", "ваш", "ты", "твой"})
_WE = frozenset({"мы", "наш"})
_I = frozenset({"я", "мой"})
_CONDITION = frozenset({"если", "раз", "когда", "чтобы"})
_QUOTES = "«»\"“”„"


class Hit(Protocol):
    """What the verifier reads of a finding (guard.disclosure.checker.Finding has it)."""

    rule: str
    start: int
    end: int
    verdict: str


F = TypeVar("F", bound=Hit)


@dataclass(frozen=True)
class HitFeatures:
    ids: list[int]      # hashed feature ids, sorted, each once
    dense: np.ndarray   # (DENSE_DIMENSIONS,)


def hit_features(utterance: Utterance, rule: str, start: int, end: int,
                 line_vector: np.ndarray | None = None) -> HitFeatures:
    """The features of rule `rule`'s hit at [start, end) of the utterance (see the module's note)."""
    tokens = utterance.tokens
    inside = utterance.token_range(start, end)
    first, last = inside if inside is not None else (0, -1)
    lemmas, whole_line = utterance.derived("verifier_line", lambda: _line_features(utterance))
    names = ["bias", "R:" + rule, *whole_line]
    for i in range(first, last + 1):
        names += ["h:" + lemmas[i], f"Rh:{rule}|{lemmas[i]}"]
    left = range(max(0, first - WINDOW), first)
    right = range(last + 1, min(len(tokens), last + 1 + WINDOW))
    names += ["l:" + lemmas[i] for i in left] + ["r:" + lemmas[i] for i in right]
    nearest_left = lemmas[first - 1] if first > 0 and not tokens[first].after_break else "^"
    nearest_right = lemmas[last + 1] if last + 1 < len(tokens) and not tokens[last + 1].after_break else "$"
    names += ["l1:" + nearest_left, "r1:" + nearest_right, f"Rl1:{rule}|{nearest_left}",
              f"Rr1:{rule}|{nearest_right}"]
    near = [tokens[i] for i in (*left, *right)]
    if any(t.info.lemmas & _NEGATION for t in tokens[max(0, first - 2):first]):
        names += ["neg-before", f"R:{rule}|neg-before"]
    if any(t.info.lemmas & _NEGATION for t in tokens[last + 1:last + 3]):
        names.append("neg-after")
    names += [f"R:{rule}|{name}" for name in whole_line if name.startswith("p:")]
    for t in near:
        top = t.info.top_grammemes
        if "VERB" in top:
            names += ["v:" + grammeme for grammeme in ("1per", "2per", "3per", "impr", "past") if grammeme in top]
    if any(t.info.lemmas & _CONDITION for t in tokens[max(0, first - WINDOW):first]):
        names.append("condition-near")
    text = utterance.text
    if any(q in text[max(0, start - 3):start] for q in _QUOTES) or text[:start].count("«") > text[:start].count("»"):
        names += ["quoted", f"R:{rule}|quoted"]
    if inside is not None and tokens[first].after_break:
        names.append("hit-at-clause-start")
    if other_sense(utterance, start, end):
        names.append("cue:other-sense")
    if blame_negated(utterance, start, end):
        names.append("cue:blame-denied")
    embedding = sentence_embedding()
    window = embedding.mean_vector([tokens[i] for i in range(max(0, first - WINDOW), min(len(tokens), last + 1 + WINDOW))])
    line = line_vector if line_vector is not None else embedding.vector(utterance)
    return HitFeatures(sorted({feature_id(name) for name in names}), np.concatenate([window, line]))


def _line_features(utterance: Utterance) -> tuple[list[str], list[str]]:
    """What every hit of one line shares (computed once a line): its lemmas, and the line's own feature names."""
    tokens = utterance.tokens
    lemmas = ["#" if t.is_digit else lemma_of(t) for t in tokens]
    names = ["s:" + lemma for lemma in set(lemmas)]
    names += ["p:" + person for person, words in (("you", _YOU), ("we", _WE), ("i", _I))
              if any(t.info.lemmas & words for t in tokens)]
    if tokens and tokens[0].info.lemmas & _CONDITION:
        names.append("condition")
    if "?" in utterance.text:
        names.append("question")
    names.append(f"len:{min(len(tokens) // 5, 6)}")
    if is_read_back(utterance):
        names.append("cue:read-back")
    if is_own_introduction(utterance):
        names.append("cue:own-introduction")
    return lemmas, names


class HitVerifier(SparseDenseWeights):
    """The shipped weights: sparse rows for the feature ids seen in training, dense weights, a threshold (below it, the
    hit is read in the allowed sense)."""

    def __init__(self, path: Path = VERIFIER_PATH) -> None:
        super().__init__(np.load(path, allow_pickle=False))

    def probability(self, utterance: Utterance, rule: str, start: int, end: int,
                    line_vector: np.ndarray | None = None) -> float:
        """P(the hit is the forbidden sense)."""
        found = hit_features(utterance, rule, start, end, line_vector)
        return self.score(found.ids, found.dense)

    def keep(self, utterance: Utterance, findings: Sequence[F]) -> list[F]:
        """The findings minus the `warn` wording hits read in the allowed sense; every other finding stays."""
        kept: list[F] = []
        for finding in findings:
            if finding.verdict == "warn" and not finding.rule.startswith("model:"):
                # the line's vector is computed once per utterance, for this and the line model (embedding.vector)
                if self.probability(utterance, finding.rule, finding.start, finding.end) < self.threshold:
                    continue
            kept.append(finding)
        return kept


_VERIFIER: dict[Path, HitVerifier | None] = {}


def default_verifier(path: Path = VERIFIER_PATH) -> HitVerifier | None:
    """The shipped verifier, loaded once; None when the file is absent (the wording rules decide alone)."""
    if path not in _VERIFIER:
        _VERIFIER[path] = HitVerifier(path) if path.exists() else None
    return _VERIFIER[path]


__all__ = ["DENSE_DIMENSIONS", "HitFeatures", "HitVerifier", "VERIFIER_PATH", "default_verifier", "hit_features"]
