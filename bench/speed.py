"""Extraction speed against the bare spaCy pipeline on the same text (words per second).

Usage: python bench/speed.py [--repeat 3] [PATH ...]   (default: the example reports and the seeds)

Target (issue 3): accordwatch's whole extraction (knowledge-base matcher + extractors) at >= 0.8x
the words per second of the bare statistical parse. Figures are best-of-N wall times on one core.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from accordwatch.extract import extract_document
from accordwatch.ingest import read_documents
from accordwatch.kb import default_knowledge_base
from accordwatch.nlp import build_pipeline
from accordwatch.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent


def best_of(repeat: int, run: Callable[[], None]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    paths = args.paths or [ROOT / "examples", ROOT.parent / "shared" / "seeds"]
    documents = read_documents([p for p in paths if p.exists()]).documents
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    model = load_settings().spacy_model
    bare = spacy.load(model)
    ours = build_pipeline(model)
    kb = default_knowledge_base()

    def parse_only() -> None:
        for _ in bare.pipe(texts):
            pass

    def extract_all() -> None:
        known: dict = {}
        for doc, document in ours.pipe(((d.text, d) for d in documents), as_tuples=True):
            extract_document(doc, document, kb, known)

    parse_only()
    extract_all()  # warm both (vocab, lexeme caches)
    bare_s = best_of(args.repeat, parse_only)
    ours_s = best_of(args.repeat, extract_all)
    print(f"documents {len(documents)}, words {words}")
    print(f"bare spaCy parse      {words / bare_s:10.0f} words/s")
    print(f"accordwatch extraction {words / ours_s:9.0f} words/s")
    print(f"ratio                 {bare_s / ours_s:10.2f}x  (target >= 0.80)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
