"""A small name tagger for lowercase (speech-to-text) text: which words are part of a person's name.

natasha's NER reads capitals, and guard's recasing (guard.nlp) only capitalises words pymorphy2
knows as names or does not know at all, so lowercase text loses names in oblique cases next to
ordinary words, surnames that are ordinary words ("номеров", "белая") and one word of two. This
tagger reads lowercase words only: per word, navec's embedding (natasha's NewsEmbedding, already
shipped with natasha) plus pymorphy2's grammemes, known/unknown and suffixes, for the word and its
two neighbours on each side; a one-hidden-layer network gives B/I/O of PERSON per word.

Weights: guard/data/name_tagger.npz, written by `python -m benchmarks.train_name_tagger` (the data,
the split and the seed are there); loaded once, on first use. Feature code lives here only, so the
training script and the recognizer (recognizers/person_tagger.py) cannot drift apart.
"""
from __future__ import annotations

import re
import threading
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from guard.morph import normalize_word, parses
from guard.nlp import DOMAIN_WORDS, STOPWORDS, any_grammemes, is_known, word_grammemes
from guard.threads import one_blas_thread

MODEL_PATH = Path(__file__).resolve().parent / "data" / "name_tagger.npz"
LABELS = ("O", "B", "I")
WINDOW = 2  # neighbours on each side

# Words as ASR emits them: letters or digits, a hyphen inside ("кто-то", "салтыков-щедрин").
WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_CYRILLIC = re.compile(r"[а-яё]")

GRAMMEMES = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "nomn", "gent", "datv", "accs", "ablt", "loct",
             "voct", "masc", "femn", "neut", "ms-f", "sing", "plur", "Sgtm", "Pltm", "Fixd", "anim", "inan",
             "NOUN", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "NUMR", "ADVB", "NPRO",
             "PRED", "PREP", "CONJ", "PRCL", "INTJ", "LATN", "NUMB", "UNKN", "Abbr", "Init", "Infr")
_GRAMMEME_INDEX = {g: i for i, g in enumerate(GRAMMEMES)}
N_GRAMMEMES = len(_GRAMMEME_INDEX)
SUFFIX_BUCKETS = 64  # hashed last two and last three letters
# word flags: known, stopword, domain word, digits, latin, hyphen, length 1, 2-3, 4-6, 7+, navec knows it,
# best-parse score of a Name / Surn / Patr reading
N_FLAGS = 14
N_WORD = 2 * N_GRAMMEMES + 2 * SUFFIX_BUCKETS + N_FLAGS  # hand features of one word (embedding comes on top)


@lru_cache(maxsize=1)
def _navec():
    from guard.nlp import news_embedding

    navec = news_embedding()
    pq = navec.pq
    return navec.vocab.word_ids, pq.indexes, pq.codes, navec.vocab.unk_id


def embedding_dim() -> int:
    _, indexes, codes, _ = _navec()
    return codes.shape[0] * codes.shape[2]


def _embedding(word: str) -> tuple[np.ndarray, bool]:
    word_ids, indexes, codes, unk_id = _navec()
    index = word_ids.get(word)
    if index is None:
        index = word_ids.get(word.replace("ё", "е"))
    known = index is not None
    row = indexes[index if known else unk_id]
    return codes[np.arange(codes.shape[0]), row].reshape(-1), known


def _bucket(text: str) -> int:
    return zlib.crc32(text.encode("utf-8")) % SUFFIX_BUCKETS


def _person_score(word: str, grammeme: str) -> float:
    return max((p.score for p in parses(word) if grammeme in p.tag.grammemes), default=0.0)


@lru_cache(maxsize=100_000)
def word_features(word: str) -> np.ndarray:
    """Hand features and the navec embedding of one lowercase word, as one float32 row."""
    word = word.lower()
    hand = np.zeros(N_WORD, dtype=np.float32)
    folded = normalize_word(word)
    alpha = folded.replace("-", "").isalpha()
    if alpha:
        for g in word_grammemes(folded):
            if g in _GRAMMEME_INDEX:
                hand[_GRAMMEME_INDEX[g]] = 1.0
        for g in any_grammemes(folded):
            if g in _GRAMMEME_INDEX:
                hand[N_GRAMMEMES + _GRAMMEME_INDEX[g]] = 1.0
    base = 2 * N_GRAMMEMES
    hand[base + _bucket("2" + folded[-2:])] = 1.0
    hand[base + SUFFIX_BUCKETS + _bucket("3" + folded[-3:])] = 1.0
    vector, in_navec = _embedding(word)
    flags = base + 2 * SUFFIX_BUCKETS
    length = len(folded)
    hand[flags:flags + N_FLAGS] = (
        alpha and is_known(folded), folded in STOPWORDS, folded in DOMAIN_WORDS, folded.isdigit(),
        bool(re.search(r"[a-z]", folded)), "-" in folded, length == 1, 2 <= length <= 3, 4 <= length <= 6,
        length >= 7, in_navec,
        *((_person_score(folded, g) if alpha else 0.0) for g in ("Name", "Surn", "Patr")),
    )
    return np.concatenate([hand, vector.astype(np.float32)])


def words_of(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    score: float  # the lowest P(part of a name) among its words


class NameTagger:
    """The trained network: a word's features and its neighbours' -> ReLU hidden layer -> softmax over O/B/I.

    The first layer is linear in each window position, so each distinct word is projected once (cached)
    and a word's hidden layer is the sum of its window's projections: words repeat, the matrix product does not.
    """

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        positions = 2 * WINDOW + 1
        width = weights["w1"].shape[0] // positions
        self.mean = weights["mean"]
        self.scale = weights["scale"]
        self.w1 = weights["w1"].reshape(positions, width, -1)
        self.b1, self.w2, self.b2 = weights["b1"], weights["w2"], weights["b2"]
        self.threshold = float(weights["threshold"])
        self._projection = lru_cache(maxsize=50_000)(self._project)
        # the recognizer's tag() and the PERSON rules' name_probabilities() read the same text in one analysis: the
        # network runs once for both (it was ~5% of a transcript's time, twice)
        self.text_probabilities = lru_cache(maxsize=8)(self._text_probabilities)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "NameTagger":
        with np.load(path) as data:
            return cls({key: data[key] for key in data.files})

    def _project(self, word: str) -> np.ndarray:
        """(positions, hidden): the word's contribution to the hidden layer from each place in a window."""
        normalized = (word_features(word) - self.mean) * self.scale
        return np.einsum("f,pfh->ph", normalized, self.w1)

    @one_blas_thread
    def probabilities(self, words: list[str]) -> np.ndarray:
        """P(O), P(B), P(I) per word."""
        n = len(words)
        hidden = np.tile(self.b1, (n, 1))
        projections = np.stack([self._projection(w) for w in words])  # (n, positions, hidden)
        for position in range(2 * WINDOW + 1):
            shift = position - WINDOW  # the neighbour at i + shift sits at `position` of word i's window
            lo, hi = max(0, -shift), min(n, n - shift)
            if hi > lo:
                hidden[lo:hi] += projections[lo + shift:hi + shift, position]
        logits = np.maximum(hidden, 0.0) @ self.w2 + self.b2
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def _text_probabilities(self, text: str) -> tuple[list[tuple[str, int, int]], np.ndarray]:
        """The words of `text` and P(O), P(B), P(I) of each (read-only: shared by everyone who asks)."""
        words = words_of(text)
        probs = self.probabilities([w for w, _, _ in words]) if words else np.zeros((0, len(LABELS)))
        probs.flags.writeable = False
        return words, probs

    def tag(self, text: str, threshold: float | None = None) -> list[NameSpan]:
        """Spans of names: runs of words with P(B)+P(I) >= threshold; a word more B than I starts a new one."""
        words, probs = self.text_probabilities(text)
        if not words:
            return []
        probs = probs.copy()
        # Latin words in lowercase Russian text are brands and terms ("json", "spacex"), and text with no
        # Cyrillic at all is not what the tagger learned; names said in speech come out in Cyrillic.
        probs[[not _CYRILLIC.search(w) for w, _, _ in words]] = (1.0, 0.0, 0.0)
        return decode(words, probs, self.threshold if threshold is None else threshold)


def decode(words: list[tuple[str, int, int]], probs: np.ndarray, threshold: float) -> list[NameSpan]:
    spans: list[NameSpan] = []
    current: list[int] | None = None  # [start, end] and the lowest score, as a list to extend
    low = 1.0
    for (_, start, end), (_, p_begin, p_inside) in zip(words, probs):
        name = p_begin + p_inside
        if name < threshold:
            if current:
                spans.append(NameSpan(current[0], current[1], low))
            current = None
            continue
        if current is None or p_begin > p_inside:
            if current:
                spans.append(NameSpan(current[0], current[1], low))
            current, low = [start, end], float(name)
        else:
            current[1] = end
            low = min(low, float(name))
    if current:
        spans.append(NameSpan(current[0], current[1], low))
    return spans


@lru_cache(maxsize=8)
def name_probabilities(text: str) -> dict[int, float]:
    """P(part of a name) of each lowercase word of `text`, by its start offset, from the shipped model: a second
    opinion the PERSON rules ask for (recognizers/person.py) on the text this recognizer tags too. Cached per text:
    both ask about the same text within one analysis."""
    words, probs = get_tagger().text_probabilities(text)
    return {start: float(p_begin + p_inside) for (_, start, _), (_, p_begin, p_inside) in zip(words, probs)}


@one_blas_thread
def name_probability(text: str, start: int, default: float) -> float:
    """`name_probabilities(text).get(start, default)`, bit for bit, for one word: only the words in its window are
    projected (a word's hidden layer is the sum of its window's projections). A written note asks the tagger about one
    capitalised word at a sentence's start (recognizers/person.py, a caller's act), and the whole text's words — its
    digit groups among them, each new to the projection cache — cost ~2 ms a CRM card (issue 13, stop 41). The other
    rows are left at the bias: the matrix product and the softmax still run over as many rows as the whole text's do,
    so the word's own row is computed by the same BLAS call shape and lane as there (a product over fewer rows may
    round its last bit otherwise)."""
    tagger = get_tagger()
    words = words_of(text)
    index = next((k for k, (_, word_start, _) in enumerate(words) if word_start == start), None)
    if index is None:
        return default
    n = len(words)
    lo, hi = max(0, index - WINDOW), min(n, index + WINDOW + 1)
    projections = {k: tagger._projection(words[k][0]) for k in range(lo, hi)}
    hidden = np.tile(tagger.b1, (n, 1))
    for position in range(2 * WINDOW + 1):  # the order `NameTagger.probabilities` adds them in
        neighbour = index + position - WINDOW
        if lo <= neighbour < hi:
            hidden[index] += projections[neighbour][position]
    logits = np.maximum(hidden, 0.0) @ tagger.w2 + tagger.b2
    logits -= logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    probs = exp / exp.sum(axis=1, keepdims=True)
    return float(probs[index, 1] + probs[index, 2])


_lock = threading.Lock()
_tagger: NameTagger | None = None


def get_tagger() -> NameTagger:
    """The shipped model, loaded once, on first use."""
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                _tagger = NameTagger.load()
    return _tagger
