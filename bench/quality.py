"""Extraction quality on the development sets: ingest each, export, run its own scorer, print one table.

Usage: python bench/quality.py [--shared ../shared] [--only seeds,plover,isaf] [--json FILE] [--keep DIR]

Each set is read into a fresh SQLite file in a temporary folder with the same pipeline the CLI uses.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import yaml

from accordwatch import pipeline
from accordwatch.agreements import load_agreement
from accordwatch.export import ExportInput, interchange
from accordwatch.kb import default_knowledge_base
from accordwatch.settings import load_settings
from accordwatch.store import open_store
from accordwatch.store.documents import documents
from accordwatch.store.records import load_records

ROOT = Path(__file__).resolve().parent.parent
AGREEMENT = ROOT / "examples" / "afghanistan-2020" / "doha-2020.yaml"

# set name -> (input to ingest, gold file, scorer, figures to show with their targets)
SETS = {
    "seeds": ("seeds", "gold/seeds.yaml", "eval/score.py",
              {"events.f1": 0.90, "claims.f1": 0.90, "times.f1": 0.95, "entities.f1": 0.95,
               "quantities.f1": 0.95, "provisions.f1": None, "boilerplate_hits": 0}),
    "plover": ("gold/plover/gsr_dev.jsonl", "gold/plover/gsr_dev.jsonl", "eval/score_sentences.py",
               {"category_any": 0.80, "actor": 0.75, "wrong_alarm": 0.10, "category_top": None,
                "recipient": None}),
    "isaf": ("gold/isaf/isaf_dev.jsonl", "gold/isaf/isaf_dev.jsonl", "eval/score_isaf.py",
             {"date": 0.95, "province_f1": 0.95, "killed": 0.90, "captured": 0.90, "airstrike": 0.97,
              "found": None}),
}


def run_set(name: str, shared: Path, workdir: Path, keep: Path | None = None) -> tuple[dict, float, int]:
    source, gold, scorer, _ = SETS[name]
    store = open_store(f"sqlite:///{workdir / (name + '.db')}")
    started = time.perf_counter()
    pipeline.ingest(store, [shared / source])
    summary = pipeline.extract(store, load_settings())
    elapsed = time.perf_counter() - started
    assessment = None
    if name == "seeds":
        as_of = (yaml.safe_load((shared / gold).read_text(encoding="utf-8")).get("agreement") or {}).get("as_of")
        assessment = pipeline.assess(store, load_agreement(AGREEMENT), date.fromisoformat(str(as_of)))
    with store.session() as session:
        data = ExportInput(documents(session), load_records(session), default_knowledge_base(), assessment)
    out = workdir / f"{name}.json"
    out.write_text(json.dumps(interchange(data)), encoding="utf-8")
    store.close()
    result = subprocess.run([sys.executable, str(shared / scorer), str(shared / gold), str(out), "--json"],
                            capture_output=True, text=True, check=True)
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        (keep / out.name).write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
    return json.loads(result.stdout), elapsed, summary.extracted


def figure(scores: dict, key: str) -> float | int | None:
    if "." in key:
        section, field = key.split(".")
        return (scores.get("sections", {}).get(section) or {}).get(field)
    return scores.get(key)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", default=",".join(SETS))
    parser.add_argument("--json", type=Path, help="also write all figures to this file")
    parser.add_argument("--keep", type=Path, help="keep each set's export in this folder (to run its scorer with -v)")
    args = parser.parse_args()
    table: dict[str, dict] = {}
    print(f"{'set':<8} {'figure':<16} {'value':>8} {'target':>8}  ok")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only.split(","):
            scores, elapsed, count = run_set(name, args.shared, Path(tmp), args.keep)
            table[name] = scores
            for key, target in SETS[name][3].items():
                value = figure(scores, key)
                ok = "" if target is None or value is None else (
                    "yes" if (value <= target if key in {"wrong_alarm", "boilerplate_hits"} else value >= target)
                    else "NO")
                shown = "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)
                print(f"{name:<8} {key:<16} {shown:>8} {'' if target is None else target:>8}  {ok}")
            print(f"{name:<8} {'documents/s':<16} {count / elapsed:8.1f}")
    if args.json:
        args.json.write_text(json.dumps(table, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
