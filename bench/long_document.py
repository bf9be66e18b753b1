"""Time (and, under /usr/bin/time -v, memory) of extracting one very long report.

Usage: /usr/bin/time -v python bench/long_document.py [--chars 990000] [--db sqlite:///long.db]

The report is generated here from paragraphs written for this benchmark, repeated with changing
figures and days until it is CHARS characters long; it is ingested into a fresh database and
extracted. Issue 12: on main before the change a 990,000-character report took 3 min 41 s and
3.27 GB; over 1,000,000 characters spaCy refused it (E088) and stopped the whole extraction.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from accordwatch.pipeline import extract, ingest
from accordwatch.settings import load_settings
from accordwatch.store import open_store

PARAGRAPHS = (
    "KANDAHAR, Afghanistan - Prison officials in the south said on {day} that {n} Taliban inmates had been "
    "let out of the central jail after a review of their cases. A spokesman for the provincial governor "
    "told reporters that the men were driven to their home districts in buses.",
    "The Taliban said in a statement that it had handed {m} captured soldiers to tribal elders in Ghazni "
    "on {day}. The movement called the step a sign of good will and asked for more of its fighters to be "
    "freed before the talks resume.",
    "Government negotiators accused the insurgents of attacking a checkpoint near Kunduz overnight, "
    "killing {k} policemen. A Taliban spokesman denied any role in the attack and said its fighters were "
    "following the orders of their leaders.",
    "Officials in Kabul said the release of the remaining prisoners would continue next week if the "
    "lists were checked in time. Diplomats who follow the process said both sides had been slow to "
    "exchange the names.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_report(chars: int) -> str:
    """A report of CHARS characters (about): paragraphs separated by blank lines."""
    parts: list[str] = []
    size = 0
    number = 0
    while size < chars:
        template = PARAGRAPHS[number % len(PARAGRAPHS)]
        day = DAYS[(number // len(PARAGRAPHS)) % len(DAYS)]
        paragraph = template.format(day=day, n=10 + number % 90, m=2 + number % 9, k=1 + number % 7)
        parts.append(paragraph)
        size += len(paragraph) + 2
        number += 1
    return "\n\n".join(parts)[:chars]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=990_000)
    parser.add_argument("--db", default=None, help="database URL (default: a new file in a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "long-report.txt"
        report.write_text(long_report(args.chars), encoding="utf-8")
        store = open_store(args.db or f"sqlite:///{folder}/long.db")
        try:
            ingest(store, [report])
            started = time.perf_counter()
            summary = extract(store, load_settings())
            seconds = time.perf_counter() - started
        finally:
            store.close()
    print(f"characters {args.chars}, extracted {summary.extracted}, failed {len(summary.failures)}, "
          f"events {summary.events}, claims {summary.claims}, extraction {seconds:.1f} s")
    for failure in summary.failures:
        print(f"  {failure}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
