"""What an utterance is about, beyond its exact words: navec word vectors pooled over the line.

A new author says "руководство придумает, а мы разгребаем" where the training lines said "начальство
решило"; hashed lemmas see two unrelated words, navec's vectors (trained on news, shipped inside natasha's
wheel, nothing downloaded) put them close. The trained model (guard.disclosure.classifier) reads this
sentence vector beside its hashed lemma features.

navec stores each of its 250,000 word forms as 100 codes into 256 centroids of 3 dimensions (product
quantization), so a word's 300-dimensional vector is 100 table look-ups; pooling the line's words (mean and
maximum) is one gather and two reductions in numpy, tens of microseconds. Words navec does not know fall back to their lemma,
else are left out; digits are left out (the model has its own number features).
"""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from guard.disclosure.text import Token, Utterance, clauses

WORD_DIMENSIONS = 300
WORD_CLASSES_PATH = Path(__file__).resolve().parent.parent / "data" / "navec_word_classes.npz"
DIMENSIONS = 2 * WORD_DIMENSIONS  # the mean and the element-wise maximum of the word vectors
_KEPT_ROWS_AT_ONCE = 1_000  # row_vectors keeps each row's unit vector for a line's words, not for a whole vocabulary


class SentenceEmbedding:
    """navec's news vectors (natasha.NewsEmbedding), pooled over the line: mean and maximum, each unit length."""

    def __init__(self) -> None:
        from guard.nlp import news_embedding

        navec = news_embedding()
        self._ids = navec.vocab.word_ids                  # form -> row
        self._indexes = navec.pq.indexes  # (words, 100) uint8: a centroid per subvector (widened per line, not here:
        # a copy of the whole table as int64 would be ~200 MB)
        subvectors, centroids, width = navec.pq.codes.shape  # (100, 256, 3)
        self._centroids = navec.pq.codes.reshape(-1, width)  # flat: subvector j's centroid c is row j*256 + c
        self._offsets = np.arange(subvectors, dtype=np.int64) * centroids
        self._unk = navec.vocab.unk_id
        self._row = lru_cache(maxsize=100_000)(self._find_row)  # words repeat: one dictionary walk per form
        self._unit_row = lru_cache(maxsize=20_000)(self._find_unit_row)  # one decoding per row (1.2 KB each, 24 MB at most)
        self._word_classes: list[np.ndarray] | None = None  # per grain (classes, 300) unit rows, read on first use
        self._class_mean: np.ndarray | None = None  # the words' mean vector, taken out before classing
        self._class = lru_cache(maxsize=100_000)(self._find_class)

    def _find_row(self, form: str, lemmas: frozenset[str]) -> int | None:
        row = self._ids.get(form)
        if row is None:
            row = next((self._ids[lemma] for lemma in sorted(lemmas) if lemma in self._ids), None)
        return None if row == self._unk else row

    def word_vectors(self, tokens: Sequence[Token]) -> np.ndarray:
        """The unit vectors of the words navec knows among `tokens`, one row each (digits left out)."""
        rows = [row for token in tokens if not token.is_digit
                for row in (self._row(token.form, token.info.lemmas),) if row is not None]
        return self.row_vectors(rows)

    def row_vectors(self, rows: Sequence[int]) -> np.ndarray:
        """The unit vectors of navec's vocabulary rows `rows`: (len(rows), 300). Each row's unit vector is built once
        (_unit_row) and kept: lines repeat a few thousand words, and each line rebuilt every word's vector from its
        100 codes (stop 42). A row's vector is the same numbers alone or among others (its norm is its own row's)."""
        if not len(rows):
            return np.zeros((0, WORD_DIMENSIONS), dtype=np.float32)
        if len(rows) > _KEPT_ROWS_AT_ONCE:  # a vocabulary's worth (benchmarks/train_word_classes.py): decoded, not kept
            return self._build_rows(rows)
        return np.array([self._unit_row(row) for row in rows])

    def _build_rows(self, rows: Sequence[int]) -> np.ndarray:
        """The unit vectors of `rows` decoded from their codes (what row_vectors keeps per row)."""
        flat = (self._indexes[rows].astype(np.int64) + self._offsets).ravel()   # (k * 100,) rows of the centroid table
        words = self._centroids.take(flat, axis=0).reshape(len(rows), WORD_DIMENSIONS)
        words /= np.maximum(np.linalg.norm(words, axis=1, keepdims=True), 1e-6)
        return words

    def _find_unit_row(self, row: int) -> np.ndarray:
        vector = self._build_rows([row])[0]
        vector.flags.writeable = False  # shared by every line that holds the word
        return vector

    def word_class(self, token: Token) -> tuple[int, ...] | None:
        """The classes of near meaning navec puts the word in, one per grain, coarse first
        (guard/data/navec_word_classes.npz, built by benchmarks/train_word_classes.py: "расторгнуть" and
        "расторжение" share one); None: a digit, or a word navec does not know."""
        if token.is_digit:
            return None
        return self._class(token.form, token.info.lemmas)

    def _find_class(self, form: str, lemmas: frozenset[str]) -> tuple[int, ...] | None:
        row = self._row(form, lemmas)
        if row is None:
            return None
        if self._word_classes is None:
            classes = np.load(WORD_CLASSES_PATH)
            grains = sorted((key for key in classes.files if key.startswith("centroids")), key=lambda k: int(k[9:]))
            self._class_mean = classes["mean"].astype(np.float32)
            self._word_classes = [classes[key].astype(np.float32) for key in grains]
        vector = self.row_vectors([row])[0] - self._class_mean
        return tuple(int(np.argmax(table @ vector)) for table in self._word_classes)

    def clause_vectors(self, utterance: Utterance) -> np.ndarray:
        """One unit mean vector per clause of the line (text.clauses), for the clauses with a word navec knows:
        (clauses, 300). A violating clause of a long line keeps its own meaning here, where the line's mean
        dilutes it among the innocent ones. Computed once per utterance."""
        return utterance.derived("clause_vectors", lambda: self._clause_means(utterance))

    def _clause_means(self, utterance: Utterance) -> np.ndarray:
        words = self._content_words(utterance)  # the line's word vectors, gathered once; each clause averages its own
        sizes = np.array([sum(1 for token in clause if self._known(token))
                          for clause in clauses(utterance.content_tokens)], dtype=np.int64)
        if not len(words):
            return np.zeros((0, WORD_DIMENSIONS), dtype=np.float32)
        starts = (np.cumsum(sizes) - sizes)[sizes > 0]
        means = np.add.reduceat(words, starts, axis=0) / sizes[sizes > 0][:, None]
        means /= np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-6)
        return means.astype(np.float32)

    def _known(self, token: Token) -> bool:
        """Whether word_vectors gives `token` a row."""
        return not token.is_digit and self._row(token.form, token.info.lemmas) is not None

    def _content_words(self, utterance: Utterance) -> np.ndarray:
        """word_vectors of the line's content tokens, computed once (the pooled line and its clauses read them)."""
        return utterance.derived("content_word_vectors", lambda: self.word_vectors(utterance.content_tokens))

    def mean_vector(self, tokens: Sequence[Token]) -> np.ndarray:
        """The unit mean of the words' vectors (the hit verifier's window around a rule's words); zeros: none known."""
        words = self.word_vectors(tokens)
        if not len(words):
            return np.zeros(WORD_DIMENSIONS, dtype=np.float32)
        mean = words.mean(axis=0)
        return (mean / max(float(np.linalg.norm(mean)), 1e-6)).astype(np.float32)

    def vector(self, utterance: Utterance) -> np.ndarray:
        """The mean and the element-wise maximum of the line's unit word vectors, each scaled to unit length
        (the maximum keeps one strong word — "авария", "арпу" — from being averaged away); zeros: no word known.
        Computed once per utterance: the line model and the hit verifier both read it."""
        return utterance.derived("sentence_vector", lambda: self._pooled(utterance))

    def _pooled(self, utterance: Utterance) -> np.ndarray:
        words = self._content_words(utterance)  # fillers left out, as the line model's features
        if not len(words):
            return np.zeros(DIMENSIONS, dtype=np.float32)
        pooled = np.concatenate([words.mean(axis=0), words.max(axis=0)]).reshape(2, WORD_DIMENSIONS)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-6)
        return pooled.reshape(-1).astype(np.float32)


_SHARED: list[SentenceEmbedding] = []
_LOCK = threading.Lock()


def sentence_embedding() -> SentenceEmbedding:
    """The process-wide embedding, loaded once (about a second, ~30 MB) on first use."""
    if not _SHARED:
        with _LOCK:
            if not _SHARED:
                _SHARED.append(SentenceEmbedding())
    return _SHARED[0]


__all__ = ["DIMENSIONS", "WORD_CLASSES_PATH", "WORD_DIMENSIONS", "SentenceEmbedding", "sentence_embedding"]
