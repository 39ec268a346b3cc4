"""Train the lowercase name tagger (guard/data/name_tagger.npz) and measure it on documents it never saw.

    python -m benchmarks.train_name_tagger                    # train, pick the threshold, write the model
    python -m benchmarks.train_name_tagger --without names --out /tmp/t.npz   # leave a source out
    python -m benchmarks.train_name_tagger --speech-sets --out /tmp/t.npz     # stop 33's candidate (not shipped)

Training text is lowercased and read word by word (punctuation dropped), as ASR emits it (the tagger's features
lowercase every word, so a written text and its lowercased copy are the same input):
  - factru     factRuEval-2016 dev, the documents of the "train" part of a split by document (factru_part):
               "dev" documents choose the threshold, "test" documents are never trained on (the headline figure)
  - corpus     the synthetic call-center generator (benchmarks/corpus.py), ASR renderings and lowercased written
               ones, seed CORPUS_SEED (not the evaluation's seed 0, though the templates are the same)
  - names      synthetic call sentences built for the tagger (benchmarks/name_sentences.py): names from lists and
               from pymorphy2's dictionary, inflected into every case, in contexts written for it, with hard
               negatives (вера, роман, марта, cities, brands, speaker labels)
  - pii_written1, pii_c   two labeled sets in benchmarks/data (written ones lowercased): lowercased CRM comments with
               initials and abbreviations, which nothing else here teaches; their figures are fit, not held out
With --speech-sets (stop 33's candidate; not the shipped model, see docs/names.md "Stop 33"), also:
  - names_sets the hand-written name sets of stops 27-30 (NAME_SETS): their ASR renderings and their written texts
               lowercased (stop 33); names_y31 chooses the threshold (THRESHOLD_SETS) and names_z32 is kept out
               whole, the held-out set of the retraining
  - pii_asr    the ASR halves of the pii and secret sets of stops 27-32 with PERSON gold (PII_ASR_SETS)
  - hard_negatives  every hard negative the sets above record (negatives.jsonl: brands, clubs, works, titles,
               roles, interjections, place names read as people), lowercased in the words around it, twice
               (HARD_NEGATIVE_REPEAT): the words the rounds found read as names, weighed against the names around
The other sets in benchmarks/data are not trained on (pii_asr1 chooses the threshold with the factRuEval "dev"
documents, and names_y31, ASR and lowercased, with --speech-sets; names_z32, pii_d, heldout*, names_check* stay
held out).
NEREL and BSNLP data are not used: they are kept for acceptance.

Model: guard.name_tagger's word features for a word and two neighbours each side -> one ReLU layer -> O/B/I,
trained with Adam on cross-entropy. Deterministic: a fixed seed, numpy only, one thread of arithmetic order.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.evaluate import DEFAULT_FACTRU, Report, Sample, factru_samples, lowercased, score_sample
from guard.name_tagger import LABELS, MODEL_PATH, WINDOW, decode, word_features, words_of

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
SEED = 15
CORPUS_SEED = 15
CORPUS_ITEMS = 1000
NAME_SENTENCES = 2000
HIDDEN = 64
EPOCHS = 4
BATCH = 256
LEARNING_RATE = 1e-3
L2 = 1e-4
FACTRU_REPEAT = 3
NAME_WEIGHT = 2.0  # names are ~3% of words; missing one costs more than a false alarm
THRESHOLDS = np.round(np.arange(0.2, 0.96, 0.05), 2)
SOURCES = ("factru", "corpus", "names", "pii_written1", "pii_c")
SPEECH_SOURCES = ("names_sets", "pii_asr", "hard_negatives")  # --speech-sets
NAME_SETS = ("names_t27", "names_v28", "names_w29", "names_x30")
# speech-like text for the threshold: the factRuEval "dev" documents are written news, where guard's own rules already
# find nearly every name, so alone they choose by precision only (stop 33)
THRESHOLD_SETS = ("names_y31",)
PII_ASR_SETS = ("pii_p27", "pii_r28", "pii_s29", "pii_t30", "pii_u30", "pii_v31", "pii_w32", "secret_a32", "secret_b32")
HELD_OUT_SET = "names_z32"  # never trained on: the retraining's test (stop 33)
# --all-name-sets (stop 59): every hand-written name set of stops 27-58 but the check sets (measured, never read), the
# threshold's, the held-out one and the one named by --hold-out (issue 15: lowercase and ASR names the tagger never saw)
_ALL_NAME_SET = re.compile(r"names_[a-z]{1,2}\d+")


def all_name_sets(hold_out: tuple[str, ...] = ()) -> tuple[str, ...]:
    return tuple(sorted(folder.name for folder in DATA.iterdir() if folder.is_dir()
                        and _ALL_NAME_SET.fullmatch(folder.name)
                        and folder.name not in (*THRESHOLD_SETS, HELD_OUT_SET, *hold_out)))
HARD_NEGATIVE_CONTEXT = 48  # characters each side of a hard negative kept as its own training text
HARD_NEGATIVE_REPEAT = 2


def factru_part(document_id: str) -> str:
    """A fixed split of factRuEval dev by document: a quarter test, a quarter dev (threshold), half train."""
    return ("test", "dev", "train", "train")[zlib.crc32(document_id.encode()) % 4]


@dataclass
class Sequence:
    words: list[str]
    labels: np.ndarray  # index into LABELS per word


def labeled_words(sample: Sample) -> Sequence:
    """Words of a lowercased text with BIO labels from its gold PERSON spans."""
    words = words_of(sample.text)
    labels = np.zeros(len(words), dtype=np.int64)
    for type_, start, end in sample.gold:
        if type_ != "PERSON":
            continue
        inside = [i for i, (_, s, e) in enumerate(words) if s < end and start < e]
        for n, i in enumerate(inside):
            labels[i] = 1 if n == 0 else 2
    return Sequence([w for w, _, _ in words], labels)


def _jsonl(path: Path, lower: bool) -> list[Sample]:
    samples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            samples.append(Sample(item["id"], item["text"], [(g["type"], g["start"], g["end"]) for g in item["gold"]]))
    return lowercased(samples) if lower else samples


def persons_only(samples: list[Sample]) -> list[Sample]:
    """PERSON gold only (the tagger is scored on PERSON alone); other kinds' spans are still no false alarm
    (a name inside an address is personal data all the same), as in evaluate.py where every kind counts."""
    return [Sample(s.id, s.text, [g for g in s.gold if g[0] == "PERSON"], s.negatives,
                   s.ignore + [g for g in s.gold if g[0] != "PERSON"]) for s in samples]


def factru_split(devset: Path = DEFAULT_FACTRU) -> dict[str, list[Sample]]:
    parts: dict[str, list[Sample]] = {"train": [], "dev": [], "test": []}
    for sample in lowercased(factru_samples(devset)):
        parts[factru_part(sample.id)].append(sample)
    return parts


def training_samples(without: set[str], corpus_items: int = CORPUS_ITEMS, limit: int | None = None,
                     name_sentences: int = NAME_SENTENCES, factru_repeat: int = FACTRU_REPEAT,
                     hard_negative_repeat: int = HARD_NEGATIVE_REPEAT, name_sets: tuple[str, ...] = NAME_SETS
                     ) -> list[Sample]:
    from benchmarks import name_sentences as names
    from benchmarks.corpus import generate

    samples: list[Sample] = []
    if "factru" not in without:
        # three times: news is the only text here not written for call centers, and the least like the rest
        samples += factru_split()["train"][:limit] * factru_repeat
    if "corpus" not in without:
        for item in generate(corpus_items, CORPUS_SEED):
            samples.append(Sample(item.id, item.asr.text, list(item.asr.spans)))
            samples.extend(lowercased([Sample(item.id, item.written.text, list(item.written.spans))]))
    if "names" not in without:
        samples += names.generate(name_sentences if limit is None else min(limit, name_sentences), SEED)
    for source, files in (("pii_written1", ("written.jsonl",)), ("pii_c", ("asr.jsonl", "written.jsonl"))):
        if source not in without:  # training sets: their figures are fit, not generalization
            for name in files:
                samples += _jsonl(DATA / source / name, lower=True)[:limit]
    if "names_sets" not in without:
        for folder in name_sets:
            for name in ("asr.jsonl", "written.jsonl"):
                if (DATA / folder / name).exists():
                    samples += _jsonl(DATA / folder / name, lower=True)[:limit]
    if "pii_asr" not in without:
        for folder in PII_ASR_SETS:
            samples += _jsonl(DATA / folder / "asr.jsonl", lower=True)[:limit]
    if "hard_negatives" not in without:
        samples += hard_negatives(name_sets + PII_ASR_SETS)[:limit] * hard_negative_repeat
    return samples


def hard_negatives(folders: tuple[str, ...]) -> list[Sample]:
    """Each recorded hard negative of these sets with the words around it, lowercased, as a text of its own (gold
    names inside the window kept). A set's negatives.jsonl marks its written texts, asr.negatives.jsonl its ASR ones."""
    samples = []
    for folder in folders:
        for negatives_file, texts_file in (("negatives.jsonl", "written.jsonl"), ("asr.negatives.jsonl", "asr.jsonl"),
                                           ("negatives_asr.jsonl", "asr.jsonl")):
            if not (DATA / folder / negatives_file).exists() or not (DATA / folder / texts_file).exists():
                continue
            texts = {s.id: s for s in _jsonl(DATA / folder / texts_file, lower=False)}
            for line in (DATA / folder / negatives_file).read_text(encoding="utf-8").splitlines():
                item = json.loads(line) if line.strip() else None
                if item is None or item["id"] not in texts:
                    continue
                sample = texts[item["id"]]
                for n, negative in enumerate(item["negatives"]):
                    samples.append(hard_negative_window(sample, negative["start"], negative["end"], f"{sample.id}-neg{n}"))
    return lowercased(samples)


def hard_negative_window(sample: Sample, start: int, end: int, sample_id: str) -> Sample:
    """The words within HARD_NEGATIVE_CONTEXT characters of [start, end), cut at spaces, with the gold inside."""
    text = sample.text
    left = text.rfind(" ", 0, max(0, start - HARD_NEGATIVE_CONTEXT)) + 1
    right = text.find(" ", min(len(text), end + HARD_NEGATIVE_CONTEXT))
    right = len(text) if right < 0 else right
    gold = [(t, s - left, e - left) for t, s, e in sample.gold if left <= s and e <= right]
    return Sample(sample_id, text[left:right], gold, [])


class WordTable:
    """Each distinct word's features once; sequences become rows of word ids (0 = past the end)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.rows: list[np.ndarray] = []

    def id(self, word: str) -> int:
        if word not in self.ids:
            self.ids[word] = len(self.rows) + 1
            self.rows.append(word_features(word))
        return self.ids[word]

    def matrix(self) -> np.ndarray:
        return np.vstack([np.zeros_like(self.rows[0])[None, :], *self.rows])

    def windows(self, sequences: list[Sequence]) -> tuple[np.ndarray, np.ndarray]:
        """(n_words, 2*WINDOW+1) word ids of each word's window, and the labels."""
        ids, labels = [], []
        for seq in sequences:
            own = [self.id(w) for w in seq.words]
            padded = [0] * WINDOW + own + [0] * WINDOW
            ids.extend(padded[i:i + 2 * WINDOW + 1] for i in range(len(own)))
            labels.append(seq.labels)
        return np.asarray(ids, dtype=np.int64).reshape(-1, 2 * WINDOW + 1), np.concatenate(labels)


def train(table: np.ndarray, windows: np.ndarray, labels: np.ndarray, *, epochs: int = EPOCHS,
          hidden: int = HIDDEN, seed: int = SEED) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    counts = np.bincount(windows.reshape(-1), minlength=len(table)).astype(np.float64)
    counts[0] = 0
    mean = (counts[:, None] * table).sum(axis=0) / counts.sum()
    std = np.sqrt((counts[:, None] * (table - mean) ** 2).sum(axis=0) / counts.sum())
    scale = np.where(std > 1e-6, 1.0 / np.maximum(std, 1e-6), 0.0)
    normalized = ((table - mean) * scale).astype(np.float32)
    normalized[0] = 0.0  # past the end: nothing, not an average word
    width = table.shape[1] * windows.shape[1]
    w1 = (rng.standard_normal((width, hidden)) * np.sqrt(2.0 / width)).astype(np.float32)
    b1 = np.zeros(hidden, dtype=np.float32)
    w2 = (rng.standard_normal((hidden, len(LABELS))) * np.sqrt(1.0 / hidden)).astype(np.float32)
    b2 = np.zeros(len(LABELS), dtype=np.float32)
    params = [w1, b1, w2, b2]
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    class_weight = np.array([1.0, NAME_WEIGHT, NAME_WEIGHT], dtype=np.float32)
    step = 0
    for epoch in range(epochs):
        order = rng.permutation(len(labels))
        total = 0.0
        for begin in range(0, len(order), BATCH):
            batch = order[begin:begin + BATCH]
            x = normalized[windows[batch]].reshape(len(batch), -1)
            y = labels[batch]
            h_pre = x @ w1 + b1
            h = np.maximum(h_pre, 0.0)
            logits = h @ w2 + b2
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            p /= p.sum(axis=1, keepdims=True)
            weight = class_weight[y]
            total += float(-(weight * np.log(p[np.arange(len(y)), y] + 1e-9)).sum())
            grad_logits = p
            grad_logits[np.arange(len(y)), y] -= 1.0
            grad_logits *= (weight / weight.sum())[:, None]
            grad_w2 = h.T @ grad_logits + L2 * w2
            grad_b2 = grad_logits.sum(axis=0)
            grad_h = (grad_logits @ w2.T) * (h_pre > 0)
            grad_w1 = x.T @ grad_h + L2 * w1
            grad_b1 = grad_h.sum(axis=0)
            step += 1
            for param, grad, (m, v) in zip(params, (grad_w1, grad_b1, grad_w2, grad_b2), moments):
                m *= 0.9
                m += 0.1 * grad
                v *= 0.999
                v += 0.001 * grad * grad
                param -= (LEARNING_RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
                          ).astype(np.float32)
        print(f"   epoch {epoch + 1}: loss {total / len(labels):.4f}", flush=True)
    return {"mean": mean.astype(np.float32), "scale": scale.astype(np.float32),
            "w1": w1, "b1": b1, "w2": w2, "b2": b2}


def score(tagger, samples: list[Sample], threshold: float,
          base: list[list] | None = None) -> dict[str, float | None]:
    """PERSON only, evaluate.py's definitions (protected recall, overlap precision): the tagger's spans,
    joined with `base` (the other PERSON detectors' spans per sample) when given — then as the recognizer
    reports them (recognizers/person_tagger.lowercase_name_spans: filtered and widened)."""
    from benchmarks.evaluate import Found
    from guard.recognizers.person_tagger import lowercase_name_spans

    report = Report("tagger")
    for i, sample in enumerate(samples):
        if base is None:
            found = [Found("PERSON", s.start, s.end, s.score) for s in tagger.tag(sample.text, threshold)]
        else:
            found = _union([Found("PERSON", s, e, p) for s, e, p in lowercase_name_spans(sample.text, tagger, threshold)]
                           + base[i])
        score_sample(report, sample, found, "PERSON")
    return report.figures()


def _union(spans: list) -> list:
    """Overlapping spans as one, as the engine merges them (so an extended name is one detection)."""
    from benchmarks.evaluate import Found

    merged: list[list[int]] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.end)
        else:
            merged.append([span.start, span.end])
    return [Found("PERSON", start, end) for start, end in merged]


def guard_spans(samples: list[Sample], tagger) -> list[list]:
    """What guard's other PERSON detectors mark in each sample, their rules reading `tagger`'s probabilities (the
    model being trained, not the shipped one): the Redactor without its lowercase-tagger recognizer."""
    import guard.name_tagger as name_tagger
    from guard import Redactor

    name_tagger._tagger = tagger
    name_tagger.name_probabilities.cache_clear()
    redactor = Redactor(entities=["PERSON"])
    redactor.analyze("проверка")  # builds the analyzer
    registry = redactor._analyzer.registry
    registry.recognizers = [r for r in registry.recognizers if type(r).__name__ != "LowercaseNameRecognizer"]
    return [[e for e in redactor.analyze(s.text) if e.type == "PERSON"] for s in samples]


def choose_threshold(tagger, samples: list[Sample], base: list[list] | None) -> float:
    """The threshold with the best F2 of protected recall and precision on the dev documents (a missed name
    leaks, a false one hides a word: recall weighs twice), for the tagger joined with guard's own spans
    (`base`), as the recognizer will run."""
    best, best_f = 0.5, -1.0
    for threshold in THRESHOLDS:
        figures = score(tagger, samples, float(threshold), base)
        recall, precision = figures["protected_recall"], figures["precision"] or 0.0
        f2 = 5 * recall * precision / (4 * precision + recall) if recall + precision else 0.0
        print(f"   threshold {threshold:.2f}: protected recall {recall:.3f} precision {precision:.3f} F2 {f2:.3f}")
        if f2 > best_f:
            best, best_f = float(threshold), f2
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--without", action="append", default=[], choices=SOURCES + SPEECH_SOURCES,
                        help="leave a source out")
    parser.add_argument("--speech-sets", action="store_true",
                        help="also train on the hand-written name sets, the pii ASR halves and their hard negatives, "
                             "and choose the threshold with names_y31 too (stop 33's candidate)")
    parser.add_argument("--all-name-sets", action="store_true",
                        help="with --speech-sets: every names_* set of stops 27-58 (all_name_sets), not stop 33's four")
    parser.add_argument("--hold-out", action="append", default=[],
                        help="a name set left out of --all-name-sets, to be measured as never seen")
    parser.add_argument("--factru-repeat", type=int, default=FACTRU_REPEAT,
                        help="times the factRuEval train documents are read (keeps news' share beside --speech-sets)")
    parser.add_argument("--hard-negative-repeat", type=int, default=HARD_NEGATIVE_REPEAT)
    parser.add_argument("--corpus-items", type=int, default=CORPUS_ITEMS)
    parser.add_argument("--name-sentences", type=int, default=NAME_SENTENCES)
    parser.add_argument("--limit", type=int, help="at most this many texts per source (a quick run)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--tagger-alone", action="store_true",
                        help="choose the threshold for the tagger alone (no Redactor: quicker)")
    args = parser.parse_args(argv)

    from guard.name_tagger import NameTagger

    t0 = time.perf_counter()
    without = set(args.without) | (set() if args.speech_sets else set(SPEECH_SOURCES))
    samples = training_samples(without, args.corpus_items, args.limit, args.name_sentences, args.factru_repeat,
                               args.hard_negative_repeat,
                               all_name_sets(tuple(args.hold_out)) if args.all_name_sets else NAME_SETS)
    table = WordTable()
    windows, labels = table.windows([labeled_words(s) for s in samples])
    print(f"{len(samples)} texts, {len(labels)} words ({int((labels > 0).sum())} in names), "
          f"{len(table.rows)} distinct; features in {time.perf_counter() - t0:.0f} s", flush=True)
    weights = train(table.matrix(), windows, labels, epochs=args.epochs)
    weights["threshold"] = np.float32(0.5)
    tagger = NameTagger(weights)
    split = factru_split()
    dev = split["dev"][:args.limit] + persons_only(_jsonl(DATA / "pii_asr1" / "asr.jsonl", lower=True))[:args.limit]
    for folder in THRESHOLD_SETS if args.speech_sets else ():
        dev += [sample for name in ("asr.jsonl", "written.jsonl")
                for sample in persons_only(_jsonl(DATA / folder / name, lower=True))[:args.limit]]
    base = None if args.tagger_alone else guard_spans(dev, tagger)
    if base is not None:
        figures = score(tagger, dev, 2.0, base)  # no word reaches 2: guard alone
        print(f"   guard alone on the dev documents: protected recall {figures['protected_recall']:.3f} "
              f"precision {figures['precision'] or 0:.3f}")
    weights["threshold"] = np.float32(choose_threshold(tagger, dev, base))
    tagger = NameTagger(weights)
    test = split["test"][:args.limit]
    figures = score(tagger, test, tagger.threshold)
    print(f"threshold {tagger.threshold:.2f}; factRuEval test documents (never trained on), lowercased, tagger alone: "
          f"protected recall {figures['protected_recall']:.3f}, precision {figures['precision'] or 0:.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **weights)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
