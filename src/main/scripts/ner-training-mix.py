#!/usr/bin/env python3
"""Builds the name finder's training text and its held-out evaluation sets from the shared corpora.

Every N-th document of each corpus (index % N == N - 1) is held out: it is written as gold documents in
the evaluation format (`newslens eval DIR`), with exact spans, and is not trained on. The rest is
concatenated into one training file in the OpenNLP name-finder format, in the order given, with
optional copies of a share of its sentences in capitals (for headlines, datelines and tables in
capitals). Deterministic: the same arguments give the same files.

Usage: ner-training-mix.py CORPORA OUT [--holdout 10] [--upper 0.1] [--share wikipedia=0.5 ...]
Writes OUT/train.txt and OUT/heldout/<corpus>/<corpus>-<n>.json. OUT must be outside the repository.
"""
import argparse
import json
import os
import re
import zlib

CORPORA = ["silver-gmb-vote3", "silver-wikinews-vote3", "silver-wikipedia-vote3", "gold-gum",
           "gold-wikigold", "gold-uner-ewt-dev", "gold-uner-ewt-test"]
LAYER = {"person": "people", "location": "places", "organization": "organizations"}
NAME = re.compile(r"<START:([a-z]+)> (.*?) <END>")


def documents(path):
    doc = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip():
                doc.append(line)
            elif doc:
                yield doc
                doc = []
    if doc:
        yield doc


def keep(key, share):
    """A stable pseudo-random choice of a share of the items, by a checksum of their key."""
    return zlib.crc32(key.encode("utf-8")) % 10000 < share * 10000


def upper(sentence):
    """The sentence in capitals, its name marks kept."""
    return NAME.sub(lambda m: "<START:%s> %s <END>" % (m.group(1), m.group(2).upper()),
                    "".join(part if part.startswith("<") else part.upper()
                            for part in re.split(r"(<START:[a-z]+>|<END>)", sentence)))


def gold(doc, corpus, n):
    """One held-out document in the evaluation format: tokens joined by spaces, a sentence a line."""
    text, layers = [], {"people": [], "places": [], "organizations": []}
    offset = 0
    for sentence in doc:
        plain, pos = [], 0
        for m in re.finditer(r"<START:([a-z]+)> (.*?) <END>|(\S+)", sentence):
            token = m.group(2) if m.group(1) else m.group(3)
            start = offset + sum(len(p) + 1 for p in plain)
            plain.append(token)
            if m.group(1) in LAYER:
                end = start + len(token)
                # newslens reports a name without the possessive the tokenizer leaves glued to it.
                for suffix in ("'s", "’s", "'", "’"):
                    if token.endswith(suffix) and len(token) > len(suffix):
                        end -= len(suffix)
                        break
                layers[LAYER[m.group(1)]].append({"start": start, "end": end, "text": None})
        line = " ".join(plain)
        text.append(line)
        offset += len(line) + 1
    body = "\n".join(text)
    for spans in layers.values():
        for s in spans:
            s["text"] = body[s["start"]:s["end"]]
    return dict(id="%s-%d" % (corpus, n), dataset="held-out tenth of " + corpus, text=body, published=None,
                title=None, layers=list(layers), **layers)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpora", help="the shared corpora folder (its ner/ subfolder is read)")
    p.add_argument("out")
    p.add_argument("--holdout", type=int, default=10)
    p.add_argument("--upper", type=float, default=0.0, help="share of training sentences copied in capitals")
    p.add_argument("--share", nargs="*", default=[], help="CORPUS=FRACTION of a corpus' documents trained on")
    p.add_argument("--corpus", nargs="*", default=CORPORA, help="corpora to use, in training order")
    a = p.parse_args()
    shares = {k: float(v) for k, v in (s.split("=") for s in a.share)}
    os.makedirs(a.out, exist_ok=True)
    capitals = []
    with open(os.path.join(a.out, "train.txt"), "w", encoding="utf-8") as train:
        for corpus in a.corpus:
            folder = os.path.join(a.out, "heldout", corpus)
            os.makedirs(folder, exist_ok=True)
            short = corpus.split("-", 1)[1]
            for n, doc in enumerate(documents(os.path.join(a.corpora, "ner", corpus + ".txt"))):
                if n % a.holdout == a.holdout - 1:
                    with open(os.path.join(folder, "%s-%04d.json" % (short, n)), "w", encoding="utf-8") as g:
                        json.dump(gold(doc, short, n), g, ensure_ascii=False)
                    continue
                if not keep("%s/%d" % (corpus, n), shares.get(short, 1.0)):
                    continue
                train.write("\n".join(doc) + "\n\n")
                capitals.extend(s for i, s in enumerate(doc) if keep("%s/%d/%d" % (corpus, n, i), a.upper))
        # Copies in capitals go last, 20 sentences to a document, so no real document is split by them.
        for i in range(0, len(capitals), 20):
            train.write("\n".join(upper(s) for s in capitals[i:i + 20]) + "\n\n")


if __name__ == "__main__":
    main()
