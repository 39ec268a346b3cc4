"""Build guard/data/navec_word_classes.npz: navec's Russian words in K classes of near meaning (spherical k-means).

    python -m benchmarks.train_word_classes            # writes the file (deterministic: fixed sample, fixed start)

The disclosure model (guard.disclosure.classifier) reads a word's class beside its lemma: "назову", "скажу",
"продиктую" are three lemmas no training line may share with a new author's, but one class if navec puts them
close — and a bigram of classes ("не" + a verb of telling) carries over where the bigram of lemmas does not. No
label is read: the classes come from navec's vectors alone (natasha's wheel), so a leave-one-author-out fold
using them sees nothing of its author.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CLASSES = (128, 1024)  # two grains: ~600 and ~80 words of the sample a class (near topic, near meaning)
EVERY = 3         # a third of navec's lowercase Cyrillic words (~65,000): the sample the classes are fit on
ITERATIONS = 12
_RUSSIAN = re.compile(r"[а-яё][а-яё-]+")


def sample_vectors() -> np.ndarray:
    """The unit vectors of every EVERY-th lowercase Cyrillic word of navec's (alphabetical) vocabulary."""
    from guard.disclosure.embedding import sentence_embedding
    from guard.nlp import news_embedding

    words = news_embedding().vocab.words
    rows = [row for row, word in enumerate(words) if _RUSSIAN.fullmatch(word)][::EVERY]
    return sentence_embedding().row_vectors(rows)


def centred(vectors: np.ndarray, mean: np.ndarray) -> np.ndarray:
    """The unit vectors less their mean, unit again (guard.disclosure.embedding classifies words the same way)."""
    moved = vectors - mean
    return moved / np.maximum(np.linalg.norm(moved, axis=1, keepdims=True), 1e-6)


def spherical_kmeans(vectors: np.ndarray, k: int, iterations: int = ITERATIONS) -> np.ndarray:
    """k unit centroids: started at evenly spaced rows of `vectors`, then assign by cosine / re-average."""
    centroids = vectors[np.linspace(0, len(vectors) - 1, k).astype(np.int64)].copy()
    for iteration in range(iterations):
        assigned = np.concatenate([np.argmax(vectors[i:i + 8192] @ centroids.T, axis=1)
                                   for i in range(0, len(vectors), 8192)])
        sums = np.zeros_like(centroids)
        np.add.at(sums, assigned, vectors)
        empty = ~sums.any(axis=1)
        sums[empty] = centroids[empty]  # a class that lost every word keeps its centroid
        centroids = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-6)
        print(f"iteration {iteration + 1}: {len(np.unique(assigned))} classes used", file=sys.stderr)
    return centroids.astype(np.float32)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "guard" / "data" / "navec_word_classes.npz")
    args = parser.parse_args(argv)
    vectors = sample_vectors()
    print(f"{len(vectors)} words, {CLASSES} classes", file=sys.stderr)
    # centred: navec's frequent words share a common direction, and uncentred they fall into a few hub classes
    # ("номер", "заявление", "руководство" in one) that say nothing of meaning
    mean = vectors.mean(axis=0)
    tables = {f"centroids{k}": spherical_kmeans(centred(vectors, mean), k).astype(np.float16) for k in CLASSES}
    with open(args.output, "wb") as out:
        np.savez_compressed(out, mean=mean.astype(np.float32), **tables)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
