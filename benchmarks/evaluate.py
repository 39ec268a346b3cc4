"""Does the detector hide what it must and leave the rest visible? The measured claim behind the engine.

Runs a detector over the synthetic call-center corpus (written and ASR renderings separately) and over
the factRuEval-2016 dev set (PERSON only; written and lowercased), and prints per-type figures plus the
misses and false positives worth looking at.

Definitions (character counts ignore whitespace throughout):

- *protected*: a gold span is protected when >= 90% of its characters lie inside the union of the
  detected spans, whatever their type — hidden is hidden. *Protected recall* = protected / gold.
- *typed recall*: the same, counting only detected spans of the gold span's own type.
- *strict recall*: a detected span has exactly the gold span's type, start and end.
- *precision (overlap)*: a detected span is correct when >= 50% of its own characters lie inside gold
  spans of any type. *Strict precision*: it equals a gold span exactly, type included.
  Identical detections (same type and offsets) are counted once.

On factRuEval only PERSON detections count, against gold PERSON spans = the extent (first to last
character) of each Person object's name/surname/patronymic spans; a PERSON detection over a Person
object that has only a nickname is not counted against precision.

    python -m benchmarks.evaluate [--n 500] [--seed 0] [--detector guard|baseline|digits|natasha|module:Class]
                                [--factru PATH | --no-factru] [--show 8] [--json OUT.json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, Sequence

from benchmarks.corpus import Rendering, generate

PROTECTED_SHARE = 0.9
# Types the labelled sets disagree on, with guard's decision (documented, never dropped from the figures): the
# headline figures count every set as its author labelled it, and each report says apart how much of them is the
# disputed type — its gold protected, and the spans guard found over the set's own hard negatives of that type.
# RU_BIK: a BIK given with a person's or a sole proprietor's account is masked as part of that person's payment
# details (recognizers/holder.py; docs/packed-notes.md, "Stop 43: the BIK"); packed_c28, d29, h33, i34, o40 and
# pii_ag39 label every BIK the bank's (a hard negative), most other sets label a person's BIK gold.
DISPUTED_TYPES: dict[str, str] = {
    "RU_BIK": "a BIK in a person's payment details (guard masks it; some sets label every BIK a negative)",
    # EMPLOYER: an applicant's or a debtor's employer after «место работы», «работодатель», «раб.» is masked as that
    # person's employment (recognizers/employment.py; docs/one-home.md, "Stop 51"); packed_aa51 labels it gold,
    # packed_i34 and n39 label the same kind of name a hard negative (a company's name).
    "EMPLOYER": "an organisation named as someone's employer (guard masks it; some sets label it a company's negative)",
    # DEVICE_ID: a subscriber's handset, laptop or home router by its MAC, IMEI or serial is masked (recognizers/holder.py,
    # "whose technical id"; docs/one-home.md, stop 51); the network's own equipment's is not. pii_au50 labels every
    # device id a hard negative, most sets label a subscriber's gold.
    "DEVICE_ID": "a subscriber's device id (guard masks it; pii_au50 labels every device id a negative)",
    # NOTARIAL_NUMBER: a notarial act's register entry or form number (a power of attorney's, an heir's certificate's)
    # is masked (recognizers/notarial.py; docs/one-home.md, "Stop 55"); packed_ad54 labels it gold, packed_c28, d29,
    # f31, g32, h33, i34, l37, m38, o40, q42 and pii_ag39, an43, aw52 label it a hard negative.
    "NOTARIAL_NUMBER": "a notarial act's number (guard masks it; most older sets label it a negative)",
    # CADASTRAL_NUMBER: a property's cadastral number is masked unless an organisation's building is named before it
    # (recognizers/cadastral.py); pii_ay54 labels a flat's gold, packed_x48 labels every cadastral number a negative.
    "CADASTRAL_NUMBER": "a property's cadastral number (guard masks it; packed_x48 labels it a negative)",
}
PRECISE_SHARE = 0.5
DEFAULT_FACTRU = Path("/work/shared/data/factRuEval-2016/devset")
Span = tuple[str, int, int]

# Acceptance bar (the engine's brief): (dataset, metric) -> minimum.
BARS: dict[tuple[str, str], float] = {
    ("written", "protected_recall"): 0.98, ("asr", "protected_recall"): 0.95,
    ("written", "precision"): 0.95, ("asr", "precision"): 0.95,
    ("factru written", "protected_recall"): 0.95, ("factru lowercased", "protected_recall"): 0.85,
    # the blind set written by someone who never saw the recognizers: the same bars as the corpus
    ("heldout written", "protected_recall"): 0.98, ("heldout asr", "protected_recall"): 0.95,
    ("heldout written", "precision"): 0.95, ("heldout asr", "precision"): 0.95,
    ("heldout2 written", "protected_recall"): 0.98, ("heldout2 asr", "protected_recall"): 0.95,
    ("heldout2 written", "precision"): 0.95, ("heldout2 asr", "precision"): 0.95,
    ("heldout3 written", "protected_recall"): 0.98, ("heldout3 asr", "protected_recall"): 0.95,
    ("heldout3 written", "precision"): 0.95, ("heldout3 asr", "precision"): 0.95,
}


class Detected(Protocol):
    type: str
    start: int
    end: int


class Detector(Protocol):
    def analyze(self, text: str) -> Sequence[Detected]: ...


@dataclass(frozen=True)
class Found:
    """A detection as the harness's own detectors report it: the engine's `.type .start .end .score`."""

    type: str
    start: int
    end: int
    score: float = 1.0


@dataclass
class Sample:
    id: str
    text: str
    gold: list[Span]
    negatives: list[Span] = field(default_factory=list)
    ignore: list[Span] = field(default_factory=list)  # annotated regions where a detection is not an error


class DigitRunDetector:
    """A trivial detector (every run of 4+ digits, any separators) to check the harness itself."""

    _RUN = re.compile(r"\+?\d[\d\s\-()]{2,}\d")

    def analyze(self, text: str) -> list[Found]:
        return [Found("PHONE_NUMBER", m.start(), m.end(), 0.5) for m in self._RUN.finditer(text)]


class NatashaNerDetector:
    """natasha's NER alone (its PER spans as PERSON, on the text as given): the floor guard's PERSON must not
    fall below on written text (issue 15)."""

    def __init__(self) -> None:
        from guard.nlp import NatashaNlpEngine
        self._nlp = NatashaNlpEngine()

    def analyze(self, text: str) -> list[Found]:
        return [Found("PERSON", span.start, span.stop if hasattr(span, "stop") else span.end, 0.85)
                for span in self._nlp.ner(text) if span.type == "PER"]


def load_detector(name: str) -> Detector:
    if name == "guard":
        from guard import Redactor
        return Redactor()
    if name == "baseline":
        from benchmarks.baseline import BaselineStack
        return BaselineStack()
    if name == "digits":
        return DigitRunDetector()
    if name == "natasha":
        return NatashaNerDetector()
    if ":" in name:  # any class with .analyze(text), e.g. "mypackage.detect:Detector"
        import importlib
        module, _, attribute = name.partition(":")
        return getattr(importlib.import_module(module), attribute)()
    raise SystemExit(f"unknown detector {name!r}: guard | baseline | digits | natasha | module:Class")


# --- metrics -----------------------------------------------------------------------------------------

def _chars(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if not text[i].isspace()}


@dataclass
class TypeStats:
    gold: int = 0
    protected: int = 0
    typed: int = 0
    strict: int = 0
    detected: int = 0
    correct: int = 0
    exact: int = 0


@dataclass
class Report:
    name: str
    by_type: dict[str, TypeStats] = field(default_factory=lambda: defaultdict(TypeStats))
    misses: list[tuple[str, str, str, float]] = field(default_factory=list)  # type, value, context, coverage
    false_positives: list[tuple[str, str, str, str]] = field(default_factory=list)  # type, kind, value, context
    # a disputed type (DISPUTED_TYPES) -> found spans of it over the set's hard negatives, counted as false spans
    disputed_on_negatives: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    texts: int = 0
    errors: list[str] = field(default_factory=list)  # texts the detector raised on (scored as no detections)

    def total(self) -> TypeStats:
        total = TypeStats()
        for stats in self.by_type.values():
            for name in vars(total):
                setattr(total, name, getattr(total, name) + getattr(stats, name))
        return total

    def as_json(self) -> dict:
        return {**self.figures(), "texts": self.texts, "errors": len(self.errors),
                "by_type": {type_: vars(stats) for type_, stats in sorted(self.by_type.items())},
                "disputed": self.disputed()}

    def disputed(self) -> dict[str, dict[str, int | float | None]]:
        """Per disputed type: its gold and how much was protected, the spans found over the set's hard negatives, and
        the set's precision if those spans were not counted false (the other convention)."""
        t = self.total()
        out = {}
        for type_ in DISPUTED_TYPES:
            stats, on_negatives = self.by_type.get(type_, TypeStats()), self.disputed_on_negatives[type_]
            if not stats.gold and not on_negatives:
                continue
            out[type_] = {"gold": stats.gold, "protected": stats.protected, "found_on_negatives": on_negatives,
                          "precision_other_convention":
                              (t.correct + on_negatives) / t.detected if t.detected else None}
        return out

    def figures(self) -> dict[str, float | None]:
        t = self.total()
        return {
            "protected_recall": t.protected / t.gold if t.gold else 1.0,
            "typed_recall": t.typed / t.gold if t.gold else 1.0,
            "strict_recall": t.strict / t.gold if t.gold else 1.0,
            "precision": t.correct / t.detected if t.detected else None,  # nothing detected: undefined
            "strict_precision": t.exact / t.detected if t.detected else None,
        }


def _context(text: str, start: int, end: int, width: int = 30) -> str:
    left, right = text[max(0, start - width):start], text[end:end + width]
    return f"…{left}[{text[start:end]}]{right}…".replace("\n", " ")


def score_sample(report: Report, sample: Sample, detected: Sequence[Detected],
                 only_type: str | None = None) -> None:
    """Add one text's gold and detections to `report` (definitions in the module docstring)."""
    text = sample.text
    found = sorted({(d.type, d.start, d.end) for d in detected
                    if only_type is None or d.type == only_type}, key=lambda s: (s[1], s[2]))
    covered: set[int] = set()
    covered_by_type: dict[str, set[int]] = defaultdict(set)
    for type_, start, end in found:
        chars = _chars(text, start, end)
        covered |= chars
        covered_by_type[type_] |= chars
    exact = set(found)
    gold_chars: set[int] = set()
    for type_, start, end in sample.gold:
        stats = report.by_type[type_]
        chars = _chars(text, start, end)
        gold_chars |= chars
        stats.gold += 1
        share = len(chars & covered) / len(chars) if chars else 1.0
        if share >= PROTECTED_SHARE:
            stats.protected += 1
        else:
            report.misses.append((type_, text[start:end], _context(text, start, end), share))
        if chars and len(chars & covered_by_type[type_]) / len(chars) >= PROTECTED_SHARE:
            stats.typed += 1
        stats.strict += (type_, start, end) in exact
    allowed = set(gold_chars)
    for _, start, end in sample.ignore:
        allowed |= _chars(text, start, end)
    gold_exact = set(sample.gold)
    for type_, start, end in found:
        stats = report.by_type[type_]
        stats.detected += 1
        stats.exact += (type_, start, end) in gold_exact
        chars = _chars(text, start, end)
        if chars and len(chars & allowed) / len(chars) >= PRECISE_SHARE:
            stats.correct += 1
        else:
            kind = next((k for k, s, e in sample.negatives if s < end and start < e), "other")
            report.false_positives.append((type_, kind, text[start:end], _context(text, start, end)))
            if type_ in DISPUTED_TYPES and kind != "other":
                report.disputed_on_negatives[type_] += 1


def run(detector: Detector, name: str, samples: list[Sample], only_type: str | None = None) -> Report:
    report = Report(name)
    outputs: list[Sequence[Detected]] = []
    try:  # first-call costs (lazy imports, caches) stay out of the texts/s figure
        detector.analyze(samples[0].text)
    except Exception:  # reported below, text by text
        pass
    t0 = time.perf_counter()
    for sample in samples:
        try:
            outputs.append(detector.analyze(sample.text))
        except Exception as exc:  # a crash on one text is a finding, not the end of the evaluation
            report.errors.append(f"{sample.id}: {type(exc).__name__}: {exc}")
            outputs.append([])
    report.seconds = time.perf_counter() - t0
    report.texts = len(samples)
    for sample, detected in zip(samples, outputs):
        score_sample(report, sample, detected, only_type)
    return report


# --- data sets -----------------------------------------------------------------------------------------

def corpus_samples(n: int, seed: int) -> dict[str, list[Sample]]:
    items = generate(n, seed)

    def sample(item_id: str, r: Rendering) -> Sample:
        return Sample(item_id, r.text, list(r.spans), list(r.negatives))

    return {"written": [sample(i.id, i.written) for i in items], "asr": [sample(i.id, i.asr) for i in items]}


def _hard_negatives(folder: Path) -> dict[str, list[dict]]:
    """`negatives.jsonl` beside a set: {"id", "negatives": [{"start", "end", "text"}]} — what its author marked as no
    personal data."""
    path = folder / "negatives.jsonl"
    if not path.exists():
        return {}
    items = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {item["id"]: item.get("negatives", []) for item in items}


def jsonl_samples(folder: Path) -> dict[str, list[Sample]]:
    """A labeled set on disk: `written.jsonl` / `asr.jsonl` with {"id", "text", "gold": [{"type", "start", "end"}]},
    and its hard negatives where `negatives.jsonl` has them (a negative counts where its text is the text's there)."""
    out: dict[str, list[Sample]] = {}
    negatives = _hard_negatives(folder)
    for rendering in ("written", "asr"):
        path = folder / f"{rendering}.jsonl"
        if not path.exists():
            continue
        samples = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                spans = [(g["type"], g["start"], g["end"]) for g in item["gold"]]
                text = item["text"]
                marked = [("negative", n["start"], n["end"]) for n in negatives.get(item["id"], [])
                          if text[n["start"]:n["end"]] == n.get("text", text[n["start"]:n["end"]])]
                samples.append(Sample(item["id"], text, spans, marked))
        out[f"{folder.name} {rendering}"] = samples
    return out


_PERSON_PARTS = {"name", "surname", "patronymic"}


def factru_samples(devset: Path) -> list[Sample]:
    """factRuEval-2016 documents with gold PERSON spans.

    `.spans` lines: `id type start length ...` (an id can repeat with another type: "Долгорукому" is both
    surname and nickname); `.objects` lines: `id Kind span_id... # text`. Offsets are character offsets
    into the UTF-8 `.txt`.
    """
    samples = []
    for txt in sorted(devset.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        spans: dict[str, list[tuple[str, int, int]]] = defaultdict(list)  # one id may carry two types
        for line in txt.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 4:
                spans[fields[0]].append((fields[1], int(fields[2]), int(fields[2]) + int(fields[3])))
        gold: list[Span] = []
        ignore: list[Span] = []
        for line in txt.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) < 3 or fields[1] != "Person":
                continue
            parts = [part for i in fields[2:] for part in spans.get(i, [])]
            if not parts:
                continue
            names = [p for p in parts if p[0] in _PERSON_PARTS]
            chosen = names or parts
            extent = ("PERSON", min(p[1] for p in chosen), max(p[2] for p in chosen))
            (gold if names else ignore).append(extent)
        samples.append(Sample(txt.stem, text, sorted(set(gold), key=lambda s: s[1]), ignore=ignore))
    return samples


def lowercased(samples: list[Sample]) -> list[Sample]:
    """The same documents in lower case, offsets unchanged (characters whose lower case is longer stay)."""
    def lower(text: str) -> str:
        return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)

    return [Sample(s.id, lower(s.text), s.gold, s.negatives, s.ignore) for s in samples]


# --- printing -------------------------------------------------------------------------------------

_NUMBER_WORDS = set("""ноль один одна два две три четыре пять шесть семь восемь девять десять одиннадцать
двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать
тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто сто двести триста четыреста пятьсот
шестьсот семьсот восемьсот девятьсот тысяча тысячи тысяч миллион миллиона миллионов""".split())
_KEPT_WORDS = set("""номер серия № дом д квартира кв корпус корп к строение стр улица ул город г проспект пр т
переулок пер шоссе ш бульвар б р набережная наб площадь пл микрорайон мкр область обл точка собака дефис
нижнее подчёркивание плюс года дробь""".split())


def shape(value: str) -> str:
    """What a missed value looks like, so that misses of one format group together.

    Digits -> 9, number words -> N (a run -> N+), ordinals -> O, capitalised words -> Xx (initials X),
    other words -> w; structural words ("номер", "дом", "собака") and punctuation stay:
    "45 05 номер 678901" -> "99 99 номер 999999", "Иванова М.П." -> "Xx X . X .".
    """
    out: list[str] = []
    for token in re.findall(r"\d+|[^\W\d_]+|[^\s\w]", value):
        low = token.lower()
        if token.isdigit():
            mark = "9" * len(token)
        elif not token[0].isalpha():
            mark = token
        elif low in _KEPT_WORDS:
            mark = low
        elif low in _NUMBER_WORDS:
            mark = "N"
        elif token.islower() and re.search(r"(ого|ое|ье|ьего)$", low):
            mark = "O"
        elif token[0].isupper():
            mark = "X" if len(token) == 1 else "Xx"
        else:
            mark = "w"
        if mark == "N" and out and out[-1] in ("N", "N+"):
            out[-1] = "N+"
        else:
            out.append(mark)
    return " ".join(out)


def _pct(num: int, den: int) -> str:
    return f"{num / den:6.3f}" if den else "     -"


def print_report(report: Report, show: int) -> None:
    print(f"\n== {report.name}: {report.texts} texts, {report.seconds:.1f} s "
          f"({report.texts / report.seconds if report.seconds else 0:.0f} texts/s)")
    if report.errors:
        print(f"!! the detector raised on {len(report.errors)} texts (scored as no detections); first: "
              f"{report.errors[0]}")
    print(f"{'type':16}{'gold':>6}{'prot.R':>8}{'typedR':>8}{'strictR':>8}{'found':>7}{'prec':>8}{'strictP':>8}")
    rows = sorted(report.by_type.items()) + [("ALL", report.total())]
    for type_, s in rows:
        print(f"{type_:16}{s.gold:6}{_pct(s.protected, s.gold):>8}{_pct(s.typed, s.gold):>8}"
              f"{_pct(s.strict, s.gold):>8}{s.detected:7}{_pct(s.correct, s.detected):>8}{_pct(s.exact, s.detected):>8}")
    t = report.total()
    if t.gold:
        print(f"-- values that leak: {t.gold - t.protected} of {t.gold} ({100 * (t.gold - t.protected) / t.gold:.1f}%)")
    for type_, d in report.disputed().items():
        other = "-" if d["precision_other_convention"] is None else f"{d['precision_other_convention']:.3f}"
        print(f"-- disputed {type_} ({DISPUTED_TYPES[type_]}): gold {d['gold']}, protected {d['protected']}; found over "
              f"the set's hard negatives {d['found_on_negatives']} (counted false above; precision without them {other})")
    if show and report.misses:
        print(f"-- misses by type: {dict(Counter(t for t, *_ in report.misses).most_common())}")
        shapes = Counter((t, shape(v)) for t, v, *_ in report.misses)
        print("-- most common missed shapes: " + "; ".join(
            f"{t} «{sh}» x{c}" for (t, sh), c in shapes.most_common(2 * show)))
        shown: Counter[str] = Counter()
        for type_, _value, context, share in report.misses:
            if shown[type_] < show:
                shown[type_] += 1
                print(f"   MISS {type_:14} covered {share:4.0%}  {context}")
    if show and report.false_positives:
        kinds = Counter((t, k) for t, k, *_ in report.false_positives)
        print("-- false positives by (detected type, what it hit): "
              + ", ".join(f"{t}/{k}: {c}" for (t, k), c in kinds.most_common()))
        values = Counter((t, v.lower()) for t, _, v, _ in report.false_positives)
        common = [f"{t} {v!r} x{c}" for (t, v), c in values.most_common(show) if c > 1]
        if common:
            print("   most repeated: " + "; ".join(common))
        shown = Counter()
        for type_, kind, _value, context in report.false_positives:
            if shown[(type_, kind)] < max(1, show // 2):
                shown[(type_, kind)] += 1
                print(f"   FP   {type_:14} on {kind:13} {context}")


def check_bars(reports: dict[str, Report]) -> bool:
    ok = True
    print("\n== acceptance")
    for (dataset, metric), bar in BARS.items():
        if dataset not in reports or not reports[dataset].texts:
            continue  # a bar is held only against texts that were scored: an empty set passes nothing
        value = reports[dataset].figures()[metric]
        if value is None:
            print(f"   {dataset:18} {metric:17}    n/a  (bar {bar:.2f})  nothing detected")
            continue
        passed = value >= bar
        ok &= passed
        print(f"   {dataset:18} {metric:17} {value:6.3f}  (bar {bar:.2f})  {'PASS' if passed else 'FAIL'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Protected recall and precision of a detector.")
    parser.add_argument("--n", type=int, default=500, help="synthetic items (each rendered written and ASR)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--detector", default="guard", help="guard | baseline | digits | natasha (NER alone) | module:Class")
    parser.add_argument("--factru", type=Path, default=DEFAULT_FACTRU, help="factRuEval-2016 devset folder")
    parser.add_argument("--no-factru", action="store_true")
    parser.add_argument("--show", type=int, default=8, help="examples of misses / false positives per type")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--data", type=Path, action="append", default=[],
                        help="also score a labeled set on disk (a folder with written.jsonl / asr.jsonl), "
                             "e.g. benchmarks/data/heldout")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    detector = load_detector(args.detector)
    print(f"detector {args.detector} loaded in {time.perf_counter() - t0:.1f} s")
    reports: dict[str, Report] = {}
    for name, samples in corpus_samples(args.n, args.seed).items():
        if not samples:  # --n 0: no synthetic items, so nothing to report or to hold against a bar
            continue
        reports[name] = run(detector, name, samples)
        print_report(reports[name], args.show)
    for folder in args.data:
        for name, samples in jsonl_samples(folder).items():
            reports[name] = run(detector, name, samples)
            print_report(reports[name], args.show)
    if not args.no_factru and args.factru.is_dir():
        documents = factru_samples(args.factru)
        for name, samples in (("factru written", documents), ("factru lowercased", lowercased(documents))):
            reports[name] = run(detector, name, samples, only_type="PERSON")
            print_report(reports[name], args.show)
    passed = check_bars(reports)
    if args.json:
        args.json.write_text(json.dumps({name: r.as_json() for name, r in reports.items()}, indent=2))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
