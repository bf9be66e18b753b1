"""How alike a story stays when another site runs it lightly edited, against how alike two different
reports on one topic are: the measurement behind syndication.STORY_SIMILARITY.

Each report of examples/ is edited the ways sites edit wire copy (a lead of their own, a paragraph
dropped, a word changed here and there, their own furniture around it); every edit is compared with
the report, and every pair of different reports with each other.

    python bench/syndication.py
"""

from __future__ import annotations

import random
from itertools import combinations
from pathlib import Path
from statistics import median

from accordwatch.ingest.documents import to_document
from accordwatch.ingest.readers import RawDocument
from accordwatch.ingest.syndication import STORY_SIMILARITY, signature, similarity

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FURNITURE = ["Share this article", "Follow us on Twitter", "Related stories: more from the region",
             "Subscribe to our newsletter", "Copyright 2020 The Daily. All rights reserved."]
LEADS = ["In a development watched closely by diplomats, officials gave new details on Sunday.",
         "Here is what we know so far about the latest step in the peace process."]
SYNONYMS = {"said": "stated", "government": "administration", "freed": "released", "on": "on",
            "officials": "authorities", "group": "movement"}


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


EDITS = ("lead", "dropped", "words", "furniture")


def edited(text: str, rng: random.Random, edits: tuple[str, ...]) -> str:
    """TEXT as another site might run it: its own lead, a paragraph dropped, words changed, furniture."""
    parts = paragraphs(text)
    if "lead" in edits and len(parts) > 2:
        parts[1] = rng.choice(LEADS)  # a changed lead (after the headline)
    if "dropped" in edits and len(parts) > 3:
        del parts[rng.randrange(2, len(parts))]
    words = "\n\n".join(parts).split(" ")
    if "words" in edits:
        words = [SYNONYMS.get(w, w) if rng.random() < 0.2 else w for w in words]
    text = " ".join(words)
    if "furniture" in edits:
        text = "\n".join(rng.sample(FURNITURE, 2)) + "\n\n" + text + "\n\n" + "\n".join(FURNITURE[2:])
    return text


def _print(what: str, values: list[float]) -> None:
    values = sorted(values)
    print(f"{what:<28} ({len(values):>3} pairs): min {values[0]:.2f}  tenth {values[len(values) // 10]:.2f}  "
          f"median {median(values):.2f}  max {values[-1]:.2f}")


def main() -> None:
    rng = random.Random(11)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*/*.txt"))}
    sigs = {name: signature(to_document(RawDocument(name, text, name))) for name, text in texts.items()}
    same: list[float] = []
    for edits in [(kind,) for kind in EDITS] + [EDITS]:
        found = []
        for name, text in texts.items():
            variant = signature(to_document(RawDocument(f"{name}-v", edited(text, rng, edits), name)))
            if sigs[name] and variant:
                found.append(similarity(sigs[name], variant))
        _print("edited: " + "+".join(edits), found)
        same += found
    different = [similarity(sigs[a], sigs[b]) for a, b in combinations(sorted(sigs), 2) if sigs[a] and sigs[b]]
    _print("different reports", different)
    missed = sum(s < STORY_SIMILARITY for s in same)
    joined = sum(s >= STORY_SIMILARITY for s in different)
    print(f"STORY_SIMILARITY = {STORY_SIMILARITY}: edited copies missed {missed} of {len(same)}, "
          f"different reports joined {joined} of {len(different)}")


if __name__ == "__main__":
    main()
