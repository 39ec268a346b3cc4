"""The lowercase name tagger measured: PERSON with and without it, and its speed against natasha's NER.

    python -m benchmarks.bench_name_tagger [--skip-guard] [--model PATH]

Figures (PERSON only, benchmarks/evaluate.py's definitions):
  - factRuEval dev, the "test" documents of benchmarks/train_name_tagger.py's split (never trained on,
    and not used for the threshold), lowercased: the headline;
  - pii_c ASR and written: a training set of the tagger (fit, not generalization); written text must not
    change, since the recognizer is off there;
  - each for guard's Redactor alone, the Redactor with the tagger registered, and the tagger alone.
Speed: words per second of the tagger and of natasha's NewsNERTagger on the same lowercase (recased) texts,
in one process, after a warm-up pass (both cache per word or per model).

Measured when the tagger was added (PERSON protected recall / precision; guard -> guard + tagger):
  factRuEval test documents, lowercased   0.921 / 0.919 -> 0.967 / 0.892   (held out: the headline)
  pii_c ASR                               0.724 / 0.914 -> 1.000 / 0.921   (trained on: fit)
  pii_c ASR, model trained --without pii_c  0.724 / 0.914 -> 0.793 / 0.900   (first contact)
  pii_c written, corpus written           unchanged (the recognizer is off on text with capitals)
Speed: ~46,000 words/s warm (~6,500 cold) against natasha NER's ~740 on the same texts, one process, 2 busy cores.
Retrained in round s20-n15 (synthetic call sentences, benchmarks/name_sentences.py; same features and size, so the
same speed): the tagger alone on the factRuEval test documents 0.785 / 0.970 at its threshold 0.85; guard's figures
with it are in README's Measured table (python -m benchmarks.eval_names).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from benchmarks.evaluate import Found, Report, jsonl_samples, run
from benchmarks.train_name_tagger import DATA, factru_split, persons_only


class TaggerAlone:
    def __init__(self, tagger) -> None:
        self.tagger = tagger

    def analyze(self, text: str) -> list[Found]:
        return [Found("PERSON", s.start, s.end, s.score) for s in self.tagger.tag(text)]


def _line(name: str, report: Report) -> str:
    f = report.figures()
    t = report.by_type["PERSON"]
    return (f"   {name:26} gold {t.gold:4}  protected recall {f['protected_recall']:.3f}  "
            f"precision {f['precision'] or 0:.3f}  ({report.seconds:.1f} s)")


def speed(tagger, texts: list[str]) -> None:
    from natasha import NewsEmbedding, NewsNERTagger

    from guard.name_tagger import words_of
    from guard.nlp import recase

    words = sum(len(words_of(t)) for t in texts)
    ner = NewsNERTagger(NewsEmbedding())
    recased = [recase(t) for t in texts]
    for _ in range(2):  # the second pass is the one timed: caches are warm for both
        t0 = time.perf_counter()
        for text in texts:
            tagger.tag(text)
        tagger_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        for text in recased:
            ner(text)
        ner_s = time.perf_counter() - t0
    print(f"\n== speed on {len(texts)} lowercase texts, {words} words")
    print(f"   name tagger      {words / tagger_s:9.0f} words/s  ({tagger_s:.2f} s)")
    print(f"   natasha NER      {words / ner_s:9.0f} words/s  ({ner_s:.2f} s, on the recased text)")
    print(f"   the tagger is {ner_s / tagger_s:.1f}x faster")
    tagger._projection.cache_clear()
    from guard.name_tagger import word_features
    word_features.cache_clear()
    t0 = time.perf_counter()
    for text in texts:
        tagger.tag(text)
    print(f"   name tagger, cold word caches: {words / (time.perf_counter() - t0):.0f} words/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-guard", action="store_true", help="the tagger alone and the speed only")
    parser.add_argument("--model", type=Path, help="another model file (e.g. one trained --without pii_c)")
    args = parser.parse_args(argv)

    import guard.name_tagger as name_tagger

    if args.model:
        name_tagger._tagger = name_tagger.NameTagger.load(args.model)
    tagger = name_tagger.get_tagger()
    sets = {"factru test lowercased": factru_split()["test"]}
    for name, samples in jsonl_samples(DATA / "pii_c").items():  # PERSON gold only: only PERSON is detected
        sets[name] = persons_only(samples)
    detectors = {"tagger alone": TaggerAlone(tagger)}
    if not args.skip_guard:
        from benchmarks.tagged_detector import TaggedRedactor
        from guard import Redactor

        detectors = {"guard": Redactor(), "guard + tagger": TaggedRedactor(), **detectors}
    print(f"threshold {tagger.threshold:.2f}")
    for set_name, samples in sets.items():
        print(f"\n== {set_name}: {len(samples)} texts")
        for name, detector in detectors.items():
            print(_line(name, run(detector, name, samples, only_type="PERSON")), flush=True)
    speed(tagger, [s.text for s in sets["factru test lowercased"]] + [s.text for s in sets["pii_c asr"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
