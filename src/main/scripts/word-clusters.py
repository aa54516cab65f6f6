#!/usr/bin/env python3
"""Word clusters for newslens' name finder, from fastText word vectors.

Reads the text-format vectors fastText writes (first line "COUNT DIM", then "word v1 v2 ...", most
frequent word first), clusters the unit vectors by spherical k-means at each granularity asked for,
and writes the lexicon the name finder reads (io/newslens/names/word-clusters.tsv): a header
"word<TAB>k1<TAB>k2...", then one line per word, most frequent first, with its cluster at each
granularity. Deterministic for the same vectors (fixed seed).

Usage: word-clusters.py VECTORS OUT --k 100 320 1000 [--words 200000] [--iterations 25]
"""
import argparse
import sys

import numpy as np


def read_vectors(path, limit):
    words, rows = [], []
    with open(path, encoding="utf-8", errors="strict") as f:
        count, dim = map(int, f.readline().split())
        for line in f:
            parts = line.rstrip("\n").split(" ")
            word, values = parts[0], parts[1:dim + 1]
            # The lexicon is tab-separated, one word per line; fastText's end-of-sentence token is not a word.
            if word == "</s>" or "\t" in word or len(values) != dim:
                continue
            words.append(word)
            rows.append(np.asarray(values, dtype=np.float32))
            if len(words) == limit:
                break
    vectors = np.vstack(rows)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    return words, vectors


def kmeans(vectors, k, iterations, seed):
    rng = np.random.default_rng(seed)
    # Seeds from the frequent half: rare words' vectors are noisy.
    pool = max(k, len(vectors) // 2)
    centroids = vectors[rng.choice(pool, size=k, replace=False)].copy()
    assign = np.zeros(len(vectors), dtype=np.int64)
    for it in range(iterations):
        for start in range(0, len(vectors), 65536):
            block = vectors[start:start + 65536]
            assign[start:start + len(block)] = np.argmax(block @ centroids.T, axis=1)
        sums = np.zeros_like(centroids)
        np.add.at(sums, assign, vectors)
        sizes = np.bincount(assign, minlength=k)
        empty = sizes == 0
        # An empty cluster restarts on a random word rather than vanishing.
        sums[empty] = vectors[rng.choice(len(vectors), size=int(empty.sum()), replace=False)]
        centroids = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)
        print(f"k={k} iteration {it + 1}: {int(empty.sum())} empty", file=sys.stderr)
    return assign


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("vectors")
    p.add_argument("out")
    p.add_argument("--k", type=int, nargs="+", required=True)
    p.add_argument("--words", type=int, default=200000, help="most frequent words kept")
    p.add_argument("--iterations", type=int, default=25)
    p.add_argument("--seed", type=int, default=13)
    a = p.parse_args()
    words, vectors = read_vectors(a.vectors, a.words)
    columns = [kmeans(vectors, k, a.iterations, a.seed + k) for k in a.k]
    with open(a.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# newslens word clusters: spherical k-means over fastText skip-gram vectors learnt from\n")
        out.write("# English Wikipedia (CC BY-SA 3.0), Wikinews (CC BY 2.5) and GMB news text; see NOTICE and\n")
        out.write("# docs/models/en-ner.md. Rebuilt by src/main/scripts/build-word-clusters.sh.\n")
        out.write("word\t" + "\t".join(str(k) for k in a.k) + "\n")
        for i, word in enumerate(words):
            out.write(word + "\t" + "\t".join(str(int(c[i])) for c in columns) + "\n")
    print(f"{len(words)} words written to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
