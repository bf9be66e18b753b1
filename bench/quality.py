"""Extraction quality on the development sets, each on its two fixed halves: ingest, export, score.

Usage: python bench/quality.py [--shared ../shared] [--only seeds,plover,isaf,acled,probe,helpers,timebank,yemen]
                               [--json FILE] [--keep DIR] [--per-type]

Every gold set of records is split by id (accordwatch.evaluation.halves): the "look" half is the one
whose failures we read, the "score" half is only ever scored. Both are printed with their gap; a gain
the score half does not share is fitting. Each set is read into a fresh SQLite file with the same
pipeline the CLI uses. `yemen` holds the release ledger against the checkpoints of its expected.yaml.
`probe` is our own: snippets we wrote for each ACLED sub-type (bench/data/acled_probe.*.yaml, grouped by
sub-type), turned into the ACLED gold's format and scored by its scorer, as a second view of how the typing
generalises; being ours, it is read whole ("all"). `helpers` are snippets in the same format that helpers wrote
from ACLED's definitions alone, without reading the project (bench/data/acled_helpers.look.yaml; the score
half is acled_helpers.score.yaml with acled_helpers.score_d.yaml): the look file's misses were read, the score
files are only scored, as a gold set's halves are. `--per-type` prints the ACLED sets' figure for each sub-type.
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
from accordwatch.evaluation import HALVES, check_checkpoints, half_of
from accordwatch.export import ExportInput, interchange
from accordwatch.kb import default_knowledge_base
from accordwatch.settings import load_settings
from accordwatch.store import Store, open_store
from accordwatch.store.documents import documents
from accordwatch.store.records import load_records

ROOT = Path(__file__).resolve().parent.parent
AGREEMENT = ROOT / "examples" / "afghanistan-2020" / "doha-2020.yaml"
LOWER_IS_BETTER = {"wrong_alarm", "boilerplate_hits", "false_alarm_on_other"}

# set name -> (input to ingest, gold file, scorer, figures to show with their targets); a gold .jsonl is halved
SETS = {
    "seeds": ("seeds", "gold/seeds.yaml", "eval/score.py",
              {"events.f1": 0.90, "claims.f1": 0.90, "times.f1": 0.95, "entities.f1": 0.95,
               "quantities.f1": 0.95, "provisions.f1": None, "boilerplate_hits": 0}),
    "plover": ("gold/plover/gsr_dev.jsonl", "gold/plover/gsr_dev.jsonl", "eval/score_sentences.py",
               {"category_any": 0.80, "actor": 0.75, "wrong_alarm": 0.10, "category_top": None,
                "recipient": None}),
    "isaf": ("gold/isaf/isaf_dev.jsonl", "gold/isaf/isaf_dev.jsonl", "eval/score_isaf.py",
             {"date": 0.80, "date_within_1": 0.95, "province_f1": 0.95, "killed": 0.90, "captured": 0.90,
              "airstrike": 0.97, "found": None}),
    "acled": ("gold/acled/case2021_dev.jsonl", "gold/acled/case2021_dev.jsonl", "eval/score_acled.py",
              {"sub_type_any": 0.75, "sub_type_top": None, "false_alarm_on_other": 0.10}),
    "probe": ("", "", "eval/score_acled.py",
              {"sub_type_any": 0.75, "sub_type_top": None, "false_alarm_on_other": 0.10}),
    "helpers": ("", "", "eval/score_acled.py",
                {"sub_type_any": 0.75, "sub_type_top": None, "false_alarm_on_other": 0.10}),
    "timebank": ("gold/timebank/tbaq.jsonl", "gold/timebank/tbaq.jsonl", "eval/score_times.py",
                 {"found": None, "value_accuracy": 0.85}),
}
PROBE_FILES = "acled_probe.*.yaml"  # in bench/data: our own ACLED snippets, one file per family of sub-types
OUTSIDE_ACLED = "outside ACLED"  # the probe's group of near-misses ACLED would not code
# in bench/data: ACLED snippets helpers wrote from ACLED's definitions without reading the project, in the probe's
# format; the "look" file's misses were read, the "score" file is only scored
HELPER_FILES = {"look": ("acled_helpers.look.yaml",),
                "score": ("acled_helpers.score.yaml", "acled_helpers.score_d.yaml")}
YEMEN = "corpora/yemen-2023"
YEMEN_SIDES = {"government_side_released": "government_side_release", "houthi_released": "houthi_release"}


def _ingest_and_extract(store: Store, source: Path) -> tuple[float, int]:
    started = time.perf_counter()
    pipeline.ingest(store, [source])
    summary = pipeline.extract(store, load_settings())
    return time.perf_counter() - started, summary.extracted


def _export(store: Store, out: Path, assessment=None) -> None:
    with store.session() as session:
        data = ExportInput(documents(session), load_records(session), default_knowledge_base(), assessment)
    out.write_text(json.dumps(interchange(data)), encoding="utf-8")


def _score(shared: Path, scorer: str, gold: Path, export: Path) -> dict:
    result = subprocess.run([sys.executable, str(shared / scorer), str(gold), str(export), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def _halves(gold: Path, workdir: Path) -> dict[str, Path]:
    # split on newlines only: texts hold U+2028, which splitlines() would break on
    lines = [line for line in gold.read_text(encoding="utf-8").split("\n") if line.strip()]
    paths = {}
    for half in HALVES:
        path = workdir / f"{gold.stem}.{half}.jsonl"
        path.write_text("\n".join(line for line in lines if half_of(str(json.loads(line)["id"])) == half) + "\n",
                        encoding="utf-8")
        paths[half] = path
    return paths


def snippet_records(path: Path, prefix: str) -> list[dict]:
    """The snippets of a file of the probe's format (sub-type -> texts) as records of the ACLED gold's format,
    numbered after PREFIX."""
    groups = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts = [(None if kind == OUTSIDE_ACLED else kind, text) for kind, items in groups.items() for text in items]
    return [{"id": f"{prefix}-{number:03d}", "text": text, "acled_sub_event_type": kind}
            for number, (kind, text) in enumerate(texts, start=1)]


def probe_records() -> list[dict]:
    """The probe's snippets as records of the ACLED gold's format, numbered within each family's file."""
    return [record for path in sorted((ROOT / "bench" / "data").glob(PROBE_FILES))
            for record in snippet_records(path, f"probe-{path.name.split('.')[1]}")]


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def run_helpers(shared: Path, workdir: Path, keep: Path | None = None) -> tuple[dict[str, dict], float, int]:
    """The helpers' snippets, each file its half: read into one store, each half scored on its own."""
    golds = {half: _write_jsonl(workdir / f"acled_helpers.{half}.jsonl",
                                [record for name in names for record in snippet_records(
                                    ROOT / "bench" / "data" / name, f"helpers-{half}-{name.split('.')[1]}")])
             for half, names in HELPER_FILES.items()}
    store = open_store(f"sqlite:///{workdir / 'helpers.db'}")
    elapsed, count = _ingest_and_extract(store, workdir / "acled_helpers.look.jsonl")
    more, more_count = _ingest_and_extract(store, workdir / "acled_helpers.score.jsonl")
    out = workdir / "helpers.json"
    _export(store, out)
    store.close()
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        for path in [out, *golds.values()]:
            (keep / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return {half: _score(shared, "eval/score_acled.py", gold, out) for half, gold in golds.items()}, \
        elapsed + more, count + more_count


def run_set(name: str, shared: Path, workdir: Path, keep: Path | None = None) -> tuple[dict[str, dict], float, int]:
    """Scores by half ("all" for a set too small to halve), seconds taken, documents extracted."""
    source, gold, scorer, _ = SETS[name]
    store = open_store(f"sqlite:///{workdir / (name + '.db')}")
    if name == "helpers":
        return run_helpers(shared, workdir, keep)
    if name == "probe":  # ours, read whole: every family's file as one gold file
        probe = _write_jsonl(workdir / "acled_probe.jsonl", probe_records())
        elapsed, count = _ingest_and_extract(store, probe)
        out = workdir / f"{name}.json"
        _export(store, out)
        store.close()
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / out.name).write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
            (keep / probe.name).write_text(probe.read_text(encoding="utf-8"), encoding="utf-8")
        return {"all": _score(shared, scorer, probe, out)}, elapsed, count
    elapsed, count = _ingest_and_extract(store, shared / source)
    assessment = None
    if name == "seeds":
        as_of = (yaml.safe_load((shared / gold).read_text(encoding="utf-8")).get("agreement") or {}).get("as_of")
        assessment = pipeline.assess(store, load_agreement(AGREEMENT), date.fromisoformat(str(as_of)))
    out = workdir / f"{name}.json"
    _export(store, out, assessment)
    store.close()
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        (keep / out.name).write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
    if not gold.endswith(".jsonl"):
        return {"all": _score(shared, scorer, shared / gold, out)}, elapsed, count
    return ({half: _score(shared, scorer, path, out) for half, path in _halves(shared / gold, workdir).items()},
            elapsed, count)


def run_yemen(shared: Path, workdir: Path) -> list:
    corpus = shared / YEMEN
    store = open_store(f"sqlite:///{workdir / 'yemen.db'}")
    _ingest_and_extract(store, corpus)
    agreement = load_agreement(corpus / "agreement.yaml")
    expected = yaml.safe_load((corpus / "expected.yaml").read_text(encoding="utf-8"))

    def figure_of(as_of: date, provision: str) -> int:
        assessment = pipeline.assess(store, agreement, as_of)
        return next(p.reported_done for p in assessment.provisions if p.provision.id == provision)

    results = check_checkpoints(expected["checkpoints"], YEMEN_SIDES, figure_of)
    store.close()
    return results


def figure(scores: dict, key: str) -> float | int | None:
    if "." in key:
        section, field = key.split(".")
        return (scores.get("sections", {}).get(section) or {}).get(field)
    return scores.get(key)


def _print_per_type(name: str, scores: dict) -> None:
    """Each sub-type's share found, on each half (sub-types of the ACLED scorer's "per_type")."""
    halves = [half for half in ("look", "score", "all") if half in scores]
    kinds = sorted({kind for half in halves for kind in scores[half].get("per_type", {})})
    for kind in kinds:
        shown = [_shown(scores[half].get("per_type", {}).get(kind)) for half in halves]
        print(f"{name:<9}   {kind[:38]:<38} " + " ".join(f"{value:>7}" for value in shown))


def _shown(value: float | int | None) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def _ok(key: str, value: float | int | None, target: float | None) -> str:
    if target is None or value is None:
        return ""
    return "yes" if (value <= target if key in LOWER_IS_BETTER else value >= target) else "NO"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", default=",".join([*SETS, "yemen"]))
    parser.add_argument("--json", type=Path, help="also write all figures to this file")
    parser.add_argument("--keep", type=Path, help="keep each set's export in this folder (to run its scorer with -v)")
    parser.add_argument("--per-type", action="store_true", help="also print the ACLED sets' figure per sub-type")
    args = parser.parse_args()
    table: dict[str, dict] = {}
    print(f"{'set':<9} {'figure':<20} {'look':>7} {'score':>7} {'gap':>7} {'target':>7}  ok")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only.split(","):
            if name == "yemen":
                results = run_yemen(args.shared, Path(tmp))
                for result in results:
                    print(f"{'yemen':<9} {result}")
                inside = sum(r.ok for r in results)
                print(f"{'yemen':<9} {'checkpoints inside':<20} {inside:>4} of {len(results)}")
                table["yemen"] = {"inside": inside, "of": len(results), "checkpoints": [str(r) for r in results]}
                continue
            if name == "probe" and not list((ROOT / "bench" / "data").glob(PROBE_FILES)):
                print(f"{'probe':<9} no bench/data/{PROBE_FILES}: skipped")
                continue
            if name == "helpers" and not all((ROOT / "bench" / "data" / f).exists()
                                             for names in HELPER_FILES.values() for f in names):
                print(f"{'helpers':<9} no bench/data/acled_helpers.*.yaml: skipped")
                continue
            scores, elapsed, count = run_set(name, args.shared, Path(tmp), args.keep)
            table[name] = scores
            for key, target in SETS[name][3].items():
                look = figure(scores.get("look", scores.get("all", {})), key)
                score = figure(scores["score"], key) if "score" in scores else None
                gap = (look - score) if isinstance(look, float) and isinstance(score, float) else None
                halves = [v for v in (look, score) if v is not None]
                # a target is met when both halves meet it
                worst = (max(halves) if key in LOWER_IS_BETTER else min(halves)) if halves else None
                print(f"{name:<9} {key:<20} {_shown(look):>7} {_shown(score):>7} {_shown(gap):>7} "
                      f"{'' if target is None else target:>7}  {_ok(key, worst, target)}")
            if args.per_type:
                _print_per_type(name, scores)
            print(f"{name:<9} {'documents/s':<20} {count / elapsed:7.1f}")
    if args.json:
        args.json.write_text(json.dumps(table, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
