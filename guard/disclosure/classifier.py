"""A linear model over an utterance's lemmas: catches paraphrases of the instruction no word pattern covers.

The rules (policies/disclosure.yaml) stay the explanation — span, item, recommended phrase. This model
sits beside them and answers two questions about an operator line the rules did not flag:

    violating?   P(violating) from a logistic head over hashed features
    which rule?  the most likely rule of the file (so: its item, message and recommended phrase)

Features, all from `Utterance` (computed once, shared with the rules): lemmas, lemma bigrams, character
4-grams of each word (ASR spellings, unseen word forms), name grammemes, the lengths of the numbers
said (spoken numbers as digits; an 8-800 line by its kind, not its length), the words under a negation and the imperatives (sense_features: "не могу
назвать" is not "назову"), and the line's mean navec vector (guard.disclosure.embedding: words no
training line used, close in meaning to those that were — what carries over to a new author). Weights live in guard/data/disclosure_model.npz, written by
`python -m benchmarks.train_disclosure_model` from labeled lines; only the rows of features seen in
training are stored, so lookup is a binary search and the file stays small.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Collection, Mapping

import numpy as np

from guard.disclosure.embedding import sentence_embedding
from guard.disclosure.frames import frame_features
from guard.disclosure.text import Token, Utterance
from guard.recognizers.phone import digit_runs as phone_digit_runs
from guard.recognizers.phone import is_toll_free

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "disclosure_model.npz"
DIMENSIONS = 1 << 20  # hashed feature space; collisions are rare at a few hundred thousand features
_NAME_GRAMMEMES = ("Surn", "Name", "Patr", "Geox", "Orgn", "UNKN")


def feature_id(feature: str) -> int:
    """A named feature's row in the hashed space (the hit verifier, guard.disclosure.verifier, shares it)."""
    return zlib.crc32(feature.encode("utf-8")) & (DIMENSIONS - 1)


def lemma_of(token: Token) -> str:
    """One lemma per word, the same on every run: the dictionary's (first in order), else the form."""
    lemmas = token.info.lemmas - {token.form}
    return min(lemmas) if lemmas else token.form


@lru_cache(maxsize=100_000)
def _word_features(form: str, lemma: str, grammemes: frozenset[str]) -> tuple[int, ...]:
    """A word's own features, hashed (cached: words repeat, and this is most of the model's time)."""
    if form.isdigit():
        return (feature_id("w:#"),)
    found = ["w:" + lemma]
    padded = f"<{form}>"
    found.extend("c:" + padded[i:i + 4] for i in range(max(1, len(padded) - 3)))
    found.extend("g:" + grammeme for grammeme in _NAME_GRAMMEMES if grammeme in grammemes)
    return tuple(feature_id(name) for name in found)


_NEGATION = frozenset({"не", "ни", "нельзя"})
NEGATION_SCOPE = 3  # words after "не" that it governs, within the clause: "не могу вам назвать"


def sense_features(tokens: list[Token], lemmas: list[str],
                   classes: list[tuple[int, ...] | None] | None = None) -> list[str]:
    """What the words do, beside which words: a word under negation is another feature than the same word
    asserted ("не могу назвать" is a refusal, "назову" a disclosure), and a request to the caller
    ("назовите", "продиктуйте") another than a statement. Read from the neighbours, case-blind; the scope ends
    at a clause break, as the bigrams do. With `classes` (each word's navec class, word_classes) the same reading
    over the class too: "не назову" and "не продиктую" share a negated class where their lemmas differ."""
    found: list[str] = []
    scope = 0
    for n, (token, lemma) in enumerate(zip(tokens, lemmas)):
        word_class = classes[n] if classes is not None else None
        if token.after_break:
            scope = 0
        if scope:
            found.append("neg:" + lemma)
            found.extend(f"kneg{grain}:{c}" for grain, c in enumerate(word_class or ()))
            scope -= 1
        if token.info.lemmas & _NEGATION:
            scope = NEGATION_SCOPE
        elif "impr" in token.info.top_grammemes:
            found.append("impr:" + lemma)
            found.extend(f"kimpr{grain}:{c}" for grain, c in enumerate(word_class or ()))
    return found


def word_classes(tokens: list[Token]) -> list[tuple[int, ...] | None]:
    """Each word's class of near meaning (navec's vectors in classes: guard.disclosure.embedding.word_class); None
    for a digit or a word navec does not know."""
    embedding = sentence_embedding()
    return [embedding.word_class(token) for token in tokens]


def class_features(tokens: list[Token], classes: list[tuple[int, ...] | None]) -> list[str]:
    """The words' classes and the bigrams of classes within a clause, per grain: what carries a lemma feature over
    to the near word a new author uses ("расторгнуть" -> "расторжение", a verb of telling -> another)."""
    found: list[str] = []
    grains = len(next((c for c in classes if c is not None), ()))
    for grain in range(grains):
        previous = "^"
        for token, word_class in zip(tokens, classes):
            if token.after_break:
                previous = "^"
            current = "?" if word_class is None else str(word_class[grain])
            if word_class is not None:
                found.append(f"k{grain}:{current}")
            found.append(f"kb{grain}:{previous} {current}")
            previous = current
    return found


def number_runs(utterance: Utterance) -> list[str]:
    """The digits of each run of numbers said one after another, read as the phone kind reads a run
    (recognizers/phone.py digit_runs: spaces, dashes, brackets, an ellipsis between groups; an identifier's tail
    apart) in the text the rules read numbers in (Utterance.number_text: spoken numbers as digits, a transcriber's
    comma pauses read past when the digits come to a whole number's length). "девятьсот двадцать пять, триста, сорок,
    пятьдесят" is one run of 10 digits; "9… 16… 204… 55… 18" one of 10; "100, 200, 300 рублей" three."""
    return ["".join(group.group() for group in run) for run in phone_digit_runs(utterance.number_text)]


def digit_runs(utterance: Utterance) -> list[int]:
    """How many digits each run of numbers said one after another holds (number_runs)."""
    return [len(run) for run in number_runs(utterance)]


def _number_names(digits: str, prefix: str) -> list[str]:
    """A number's features: its kind where the phone kind names one, else its length. An 8-800 line is an
    organisation's, no subscriber's phone (recognizers/phone.py, is_toll_free — the detector reads it so too):
    read by its length it took the weight of the hundreds of mobile numbers told in training (stop 31: the
    hot-line line "Позвоните на горячую линию 8 800 250 08 90" crossed the threshold by run:phone, n:11, run:11)."""
    if is_toll_free(digits):
        return [f"{prefix}:toll-free"]
    if prefix == "n":
        return [f"n:{min(len(digits), 12)}", "n:4+" if len(digits) >= 4 else "n:short"]
    return [f"run:{min(len(digits), 12)}",
            "run:phone" if len(digits) >= 10 else "run:4+" if len(digits) >= 4 else "run:short"]


def reading_features(utterance: Utterance) -> list[str]:
    """The rules' own readings of whose value and whose act (guard.disclosure.sense), as features: the line says back
    what the caller gave (a read-back) or the caller's own words, refuses to tell or says the data is not held, goes
    on past its refusal, gives the operator's own name or number, refuses the operator's own identity, is a note about
    the customer rather than speech to them, or states the conditions пп. 4-6 and the 5-year limit allow by. A
    feature, not a verdict: the model weighs each against the words beside it (a read-back that corrects the caller's
    number is still a disclosure)."""
    from guard.disclosure import sense  # sense reads frames too: imported where used, as the checker does

    readings = {"read-back": sense.is_read_back, "callers-words": sense.callers_words_spans,
                "refusal": sense.is_refusal, "past-refusal": sense.goes_on_past_the_refusal,
                "own-introduction": sense.is_own_introduction, "refuses-own-identity": sense.refuses_own_identity,
                "note": sense.a_note_about_the_customer, "item4": sense.states_item4_conditions,
                "item5": sense.states_item5_conditions, "item6": sense.states_item6_conditions,
                "owner-stated": sense.caller_stated_the_owner, "closed-5y": sense.states_closed_over_five_years}
    return [f"read:{name}" for name, reads in readings.items() if reads(utterance)]


def features(utterance: Utterance, with_classes: bool = False, with_readings: bool = False) -> list[int]:
    """The hashed feature ids of one utterance (with repeats; the model counts each once). `with_classes`: also the
    words' classes of near meaning (class_features); `with_readings`: also the rules' readings of whose value and
    whose act (reading_features). A model trained with either says so in its file."""
    tokens = utterance.content_tokens  # fillers left out: "ну вот значит" is how ASR speaks, not what it says
    names: list[str] = ["bias"]
    lemmas = ["#" if token.is_digit else lemma_of(token) for token in tokens]
    ids: set[int] = set()
    for token, lemma in zip(tokens, lemmas):
        ids.update(_word_features(token.form, lemma, token.info.grammemes))
    previous = "^"
    for token, lemma in zip(tokens, lemmas):
        if token.after_break:
            previous = "^"
        names.append(f"b:{previous} {lemma}")
        previous = lemma
    classes = word_classes(tokens) if with_classes else None
    names.extend(sense_features(tokens, lemmas, classes))
    if classes is not None:
        names.extend(class_features(tokens, classes))
    names.extend(frame_features(utterance))  # who does what to whose data (п. 18, 25, 12), whatever the words
    if with_readings:
        names.extend(reading_features(utterance))
    if any(ch.isdigit() for ch in utterance.normalized.text):
        for group in utterance.digit_groups:
            names.extend(_number_names(group.digits, "n"))
        for run in number_runs(utterance):
            names.extend(_number_names(run, "run"))
    ids.update(feature_id(name) for name in names)
    return sorted(ids)


@dataclass(frozen=True)
class Prediction:
    violating: float  # P(violating)
    rule: str | None  # the rule it most resembles, when a violation


def weight_rows(table: np.ndarray, ids: list[int]) -> np.ndarray:
    """The rows of a sorted feature-id table that hold `ids` (ids never seen in training have no row)."""
    query = np.asarray(ids, dtype=table.dtype)
    where = np.minimum(np.searchsorted(table, query), len(table) - 1)
    return where[table[where] == query]


class SparseDenseWeights:
    """A logistic judge as its file holds it: sorted feature ids with a weight each, dense weights, a bias and a
    threshold — the one shape of the hit verifier (guard/disclosure/verifier.py) and the line's decision model
    (guard/disclosure/decision.py), which add what they read it for."""

    def __init__(self, data: Mapping[str, np.ndarray]) -> None:
        self.ids = data["ids"]
        self.weights = data["weights"].astype(np.float32)
        self.dense = data["dense"].astype(np.float32)
        self.bias = float(data["bias"])
        self.threshold = float(data["threshold"])

    def score(self, ids: list[int], dense: np.ndarray) -> float:
        """P(positive) of the sparse feature ids and the dense vector."""
        rows = weight_rows(self.ids, ids)
        return sigmoid(self.bias + float(self.weights[rows].sum()) + float(dense @ self.dense))


def clause_score(clause_vectors: np.ndarray, weights: np.ndarray) -> float:
    """The line's clause term: the highest score of one of its clauses ("...а руководство придумает, а мы
    разгребаем" is violating by one clause, whatever the rest says); 0 for a line without a known word."""
    return float((clause_vectors @ weights).max()) if len(clause_vectors) else 0.0


def sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-z)))


class DisclosureModel:
    """The shipped weights: feature ids (sorted), a violating head and a per-rule head."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        data = np.load(path, allow_pickle=False)
        self.ids = data["ids"]                              # sorted feature ids with weights
        self.binary = data["binary"].astype(np.float32)     # (n,)
        self.rule_weights = data["rules"].astype(np.float32)  # (n, k)
        self.rule_bias = data["rule_bias"].astype(np.float32)
        self.rule_ids = [str(rule) for rule in data["rule_ids"]]
        self.threshold = float(data["threshold"])
        self.bias = float(data["bias"])
        # below this P(violating), a one-word wording rule (guard.disclosure.sense) is read in another sense
        self.other_sense = float(data["other_sense"]) if "other_sense" in data else 0.0
        # the sentence vector's weights (absent: an older model of hashed features alone)
        self.dense = data["dense"].astype(np.float32) if "dense" in data else None
        self.rule_dense = data["rule_dense"].astype(np.float32) if "rule_dense" in data else None
        # the clause vectors' weights: the line's most violating-looking clause adds its score (absent: an older model)
        self.clause_dense = data["clause_dense"].astype(np.float32) if "clause_dense" in data else None
        self._embedding = sentence_embedding() if self.dense is not None else None
        # trained with the words' classes of near meaning beside their lemmas (absent: a model before stop 35)
        self.word_classes = bool(data["word_classes"]) if "word_classes" in data else False
        # trained with the rules' readings of whose value and whose act (absent: a model before stop 55)
        self.readings = bool(data["readings"]) if "readings" in data else False

    def _read(self, utterance: Utterance) -> tuple[np.ndarray, np.ndarray | None, float]:
        """The line's feature rows, its sentence vector (None: no dense part) and P(violating): read once a line by this
        model (the checker asks `predict`, then `score` on the same line when it judges it clean: issue 12, stop 56)."""
        return utterance.derived(("line_model", self), lambda: self._read_afresh(utterance))

    def _read_afresh(self, utterance: Utterance) -> tuple[np.ndarray, np.ndarray | None, float]:
        rows = weight_rows(self.ids, features(utterance, self.word_classes, self.readings))
        z = self.bias + float(self.binary[rows].sum())
        vector = None
        if self._embedding is not None:
            vector = self._embedding.vector(utterance)
            z += float(vector @ self.dense)
            if self.clause_dense is not None:
                z += clause_score(self._embedding.clause_vectors(utterance), self.clause_dense)
        return rows, vector, sigmoid(z)

    def score(self, utterance: Utterance) -> float:
        return self._read(utterance)[2]

    def predict(self, utterance: Utterance, rules: Collection[str] | None = None) -> Prediction:
        """P(violating) and, at or above the threshold, the most likely rule — of `rules` when given (the rules of the
        policy in use: a model trained with a rule the policy does not have still names the nearest one it has)."""
        rows, vector, p = self._read(utterance)
        if p < self.threshold:
            return Prediction(p, None)
        logits = self.rule_bias + self.rule_weights[rows].sum(axis=0)
        if vector is not None and self.rule_dense is not None:
            logits = logits + vector @ self.rule_dense
        if rules is not None:
            known = np.array([rule in rules for rule in self.rule_ids])
            if not known.any():
                return Prediction(p, None)
            logits = np.where(known, logits, -np.inf)
        return Prediction(p, self.rule_ids[int(np.argmax(logits))])


_MODEL: dict[Path, DisclosureModel | None] = {}


def default_model(path: Path = MODEL_PATH) -> DisclosureModel | None:
    """The shipped model, loaded once; None when the file is absent (the rules alone decide)."""
    if path not in _MODEL:
        _MODEL[path] = DisclosureModel(path) if path.exists() else None
    return _MODEL[path]


__all__ = ["DisclosureModel", "Prediction", "SparseDenseWeights", "clause_score", "default_model", "digit_runs", "feature_id",
           "features", "lemma_of", "MODEL_PATH", "number_runs", "reading_features", "sigmoid", "weight_rows", "word_classes",
           "class_features"]
