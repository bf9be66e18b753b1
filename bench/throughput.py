"""Throughput of whole runs on a generated corpus (issue 11): words/s of `accordwatch run` against the
bare spaCy parse of the same texts, 2 workers against 1, peak memory at two corpus sizes, a new day's
reports in a full store against an empty one, on SQLite and (given a server) PostgreSQL.

The corpus is made from our own example reports (examples/), each copy varied: people's names (read
by the model's entity recogniser and replaced from a list made up here), numbers, month names, and the
order of the paragraphs after the lead. Nothing of ../shared is used.

    python bench/throughput.py --docs 1000                 # 1,000 reports (a few minutes on 2 cores)
    python bench/throughput.py --docs 1000 --docs 10000    # memory at both sizes (10,000 takes long)
    python bench/throughput.py --docs 1000 --pg postgresql+psycopg://me@localhost/scratch
                                                           # (or ACCORDWATCH_TEST_PG): PostgreSQL too
    python bench/throughput.py --docs 1000 --docs 10000 --stores /tmp/stores
                                                           # the assessment and report only, on stores
                                                           # built once (2 workers) and kept there

The bench also measures the bare parse in 2 processes against 1 (3 pairs in turn, their median): what this
machine gives two processes with none of our work, the ceiling of "2 workers against 1".

Targets: run >= 0.8x the bare parse (the default run, `--workers auto`: the bench names the workers it takes);
2 workers >= 1.8x one; peak RSS of the sizes within 10% (ingest and extract; assessment and report).
Figures are one run each on a shared machine: noisy, compare ratios within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# made-up people for the copies (no name of a real report)
FIRST = ["Amina", "Bashir", "Dawood", "Farida", "Gul", "Hamid", "Jamila", "Karim", "Laila", "Mahmud", "Nasrin",
         "Omar", "Parwin", "Qasim", "Rahima", "Sami", "Tahir", "Wahid", "Yasmin", "Zarif"]
LAST = ["Ahmadi", "Barakzai", "Durrani", "Ghori", "Hakimi", "Jalali", "Karimi", "Mansoor", "Noori", "Popal",
        "Qaderi", "Rahimi", "Sadat", "Tokhi", "Wardak", "Yousufzai", "Zaheer"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NUMBER = re.compile(r"(?<![\w-])\d{1,3}(?:,\d{3})*(?![\w-])")
MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
FILE_DOCS = 500  # reports per JSON Lines file of the corpus
CEILING_PAIRS = 3  # bare parses, in 1 process then in 2, measured in turn for the machine's ceiling


def _examples() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(EXAMPLES.glob("*/*.txt")):
        meta_path = path.with_suffix(".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        out.append((path.read_text(encoding="utf-8"), meta))
    return out


def _people(nlp, texts: list[str]) -> list[str]:
    """The people the model finds in TEXTS (two words or more), longest first (replaced before parts)."""
    names = {ent.text for doc in nlp.pipe(texts) for ent in doc.ents if ent.label_ == "PERSON" and " " in ent.text}
    return sorted(names, key=lambda n: (-len(n), n))


def _vary(text: str, rng: random.Random, people: list[str]) -> str:
    for name in people:
        if name in text:
            text = text.replace(name, f"{rng.choice(FIRST)} {rng.choice(LAST)}")

    def number(match: re.Match) -> str:
        value = int(match.group().replace(",", ""))
        if 1900 <= value <= 2100 or value == 0:
            return match.group()  # a year stays a year
        return f"{max(1, round(value * rng.uniform(0.5, 1.5))):,}"

    text = NUMBER.sub(number, text)
    shift = rng.randrange(12)
    text = MONTH.sub(lambda m: MONTHS[(MONTHS.index(m.group()) + shift) % 12], text)
    paragraphs = text.split("\n\n")
    head, rest = paragraphs[:2], paragraphs[2:]
    rng.shuffle(rest)
    return "\n\n".join(head + rest)


def make_corpus(folder: Path, docs: int, seed: int = 11, prefix: str = "r") -> int:
    """DOCS varied reports as JSON Lines files in FOLDER; returns their words."""
    from accordwatch.nlp import build_pipeline
    from accordwatch.settings import load_settings

    examples = _examples()
    people = _people(build_pipeline(load_settings().spacy_model), [t for t, _ in examples])
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    out = None
    for n in range(docs):
        if n % FILE_DOCS == 0:
            if out:
                out.close()
            out = (folder / f"{prefix}{n // FILE_DOCS:04d}.jsonl").open("w", encoding="utf-8")
        text, meta = examples[n % len(examples)]
        varied = _vary(text, rng, people)
        words += len(varied.split())
        day = date(2020, 3, 1) + timedelta(days=rng.randrange(200))
        record = {"id": f"{prefix}{n:05d}", "text": varied, "published": day.isoformat(),
                  "outlet": meta.get("outlet", "Example"), "title": varied.split("\n", 1)[0]}
        out.write(json.dumps(record) + "\n")  # type: ignore[union-attr]
    if out:
        out.close()
    return words


def _texts(folder: Path) -> list[str]:
    return [json.loads(line)["text"] for path in sorted(folder.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()]


def bare_parse_seconds(folder: Path, processes: int = 1) -> float:
    """The bare statistical model over the corpus's texts (spaCy's default batching), in PROCESSES processes
    each parsing its share of the texts, all starting the parse at one moment once their model is loaded:
    the seconds until the last one is done."""
    code = ("import sys, json, time, spacy, pathlib\n"
            "from accordwatch.settings import load_settings\n"
            "texts = [json.loads(l)['text'] for p in sorted(pathlib.Path(sys.argv[1]).glob('*.jsonl'))"
            " for l in p.read_text(encoding='utf-8').splitlines()]\n"
            "share, of, at = int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])\n"
            "texts = texts[share::of]\n"
            "nlp = spacy.load(load_settings().spacy_model)\n"
            "time.sleep(max(0.0, at - time.time()))\n"
            "start = time.perf_counter()\n"
            "for _ in nlp.pipe(texts): pass\n"
            "print(time.perf_counter() - start)\n")
    at = time.time() + 10  # (loading the model takes a few seconds in each)
    runs = [subprocess.Popen([sys.executable, "-c", code, str(folder), str(share), str(processes), str(at)],
                             env=_env(), stdout=subprocess.PIPE, text=True) for share in range(processes)]
    outs = [run.communicate()[0] for run in runs]
    if any(run.returncode for run in runs):
        raise SystemExit("the bare parse failed")
    return max(float(out.strip()) for out in outs)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}


def timed(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of `accordwatch ARGS` (the largest of its processes)."""
    code = ("import resource, subprocess, sys, time\n"
            "start = time.perf_counter()\n"
            "subprocess.run(sys.argv[1:], check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)\n"
            "wall = time.perf_counter() - start\n"
            "print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n")
    out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "accordwatch.cli", *args], env=_env(),
                         check=True, capture_output=True, text=True)
    wall, rss = out.stdout.split()
    return float(wall), float(rss)


class Databases:
    """A fresh database per measurement: an SQLite file, or a database made on the PostgreSQL server."""

    def __init__(self, folder: Path, pg: str | None) -> None:
        self.folder, self.pg, self.made = folder, pg, []

    def new(self, backend: str) -> str:
        name = f"throughput_{uuid.uuid4().hex[:10]}"
        if backend == "sqlite":
            return f"sqlite:///{self.folder / (name + '.db')}"
        from sqlalchemy import create_engine, make_url, text

        admin = create_engine(self.pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        self.made.append(name)
        return make_url(self.pg).set(database=name).render_as_string(hide_password=False)

    def drop(self) -> None:
        if not self.made:
            return
        from sqlalchemy import create_engine, text

        admin = create_engine(self.pg, isolation_level="AUTOCOMMIT")  # type: ignore[arg-type]
        with admin.connect() as connection:
            for name in self.made:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, action="append", help="corpus size (repeat for memory at sizes); "
                        "default 1000 and 10000")
    parser.add_argument("--pg", default=os.environ.get("ACCORDWATCH_TEST_PG"),
                        help="PostgreSQL URL of a server to make databases on [env ACCORDWATCH_TEST_PG]")
    parser.add_argument("--day", type=int, default=50, help="reports of the new day (incremental work)")
    parser.add_argument("--stores", type=Path, help="measure only the assessment and report, on each size's "
                        "SQLite store kept in this folder (built once, with 2 workers, where missing)")
    args = parser.parse_args()
    sizes = sorted(set(args.docs or [1000, 10000]))
    if args.stores is not None:
        assess_bench(args.stores, sizes)
        return 0
    backends = ["sqlite"] + (["postgresql"] if args.pg else [])
    with tempfile.TemporaryDirectory(prefix="throughput-") as tmp:
        work = Path(tmp)
        databases = Databases(work, args.pg)
        try:
            run_bench(work, sizes, backends, databases, args.day)
        finally:
            databases.drop()
    return 0


def run_bench(work: Path, sizes: list[int], backends: list[str], databases: Databases, day_docs: int) -> None:
    agreement = str(EXAMPLES / "afghanistan-2020" / "doha-2020.yaml")
    small = sizes[0]
    corpora = {size: work / f"corpus-{size}" for size in sizes}
    words = {size: make_corpus(corpora[size], size) for size in sizes}
    new_day = work / "new-day"
    make_corpus(new_day, day_docs, seed=99, prefix="d")
    print(f"corpus: {', '.join(f'{s:,} reports ({words[s]:,} words)' for s in sizes)}; new day: {day_docs}")
    bare = bare_parse_seconds(corpora[small])
    print(f"bare spaCy parse, {small:,} reports: {bare:7.1f} s  {words[small] / bare:8.0f} words/s")
    # what two processes gain on this machine with nothing of ours: the ceiling of "2 workers against 1",
    # as the median of pairs measured one after the other (the machine's load moves between measurements)
    pairs = [(bare, bare_parse_seconds(corpora[small], processes=2))]
    for _ in range(CEILING_PAIRS - 1):
        pairs.append((bare_parse_seconds(corpora[small]), bare_parse_seconds(corpora[small], processes=2)))
    ceiling = statistics.median(one / two for one, two in pairs)
    print(f"bare spaCy parse, {small:,} reports in 2 processes (half each, at once), against 1: "
          f"{', '.join(f'{one / two:.2f}x' for one, two in pairs)}; median {ceiling:.2f}x "
          f"(the machine's own ceiling for '2 workers against 1' below)")
    from accordwatch.nlp.parallel import usable_cores, workers_for

    auto = workers_for(sum(len(t) for t in _texts(corpora[small])))
    print(f"`--workers auto` (the default) takes {auto} worker(s) for {small:,} reports on {usable_cores()} usable "
          f"core(s): the run below with {auto} is the default run")
    rss: dict[int, float] = {}
    for backend in backends:
        runs = {}
        for workers in (1, 2):
            db = databases.new(backend)
            wall, peak = timed(["--db", db, "run", str(corpora[small]), "-a", agreement, "--workers", str(workers),
                                "--report", str(work / "report.html")])
            runs[workers] = (wall, db)
            print(f"{backend:<10} run, {small:,} reports, {workers} worker(s): {wall:7.1f} s  "
                  f"{words[small] / wall:8.0f} words/s  peak {peak:6.0f} MB  "
                  f"({bare / wall:.2f}x the bare parse)")
        print(f"{backend:<10} 2 workers against 1: {runs[1][0] / runs[2][0]:.2f}x  (target >= 1.80)")
        # a new day's reports read and extracted: into the full store, and into an empty one (the report
        # is left out: it shows the whole store, so it grows with it by design)
        full = runs[1][1]
        empty = databases.new(backend)
        day = {}
        for name, db in (("full", full), ("empty", empty)):
            day[name] = sum(timed(["--db", db, *command])[0] for command in (["ingest", str(new_day)], ["extract"]))
        print(f"{backend:<10} a new day of {day_docs} reports, ingest + extract: {day['full']:6.1f} s into "
              f"{small:,} stored, {day['empty']:6.1f} s into none ({day['full'] / day['empty']:.2f}x)")
    # memory of the streaming stages (ingest, then extract, as the commands) and of the assessment, at each size
    assessed: dict[int, float] = {}
    for size in sizes:
        db = databases.new("sqlite")
        ingest_s, ingest_mb = timed(["--db", db, "ingest", str(corpora[size])])
        extract_s, extract_mb = timed(["--db", db, "extract"])
        rss[size] = max(ingest_mb, extract_mb)
        print(f"sqlite     {size:,} reports: ingest {ingest_s:6.1f} s {ingest_mb:5.0f} MB, extract {extract_s:6.1f} s "
              f"{extract_mb:5.0f} MB")
        assessed[size] = assess_and_report(db, work / "r.html", size)
    apart("ingest and extract", rss)
    apart("assess and report", assessed)


def apart(what: str, rss: dict[int, float]) -> None:
    if len(rss) > 1:
        low, high = min(rss.values()), max(rss.values())
        print(f"peak RSS of {what} {', '.join(f'{s:,}: {m:.0f} MB' for s, m in sorted(rss.items()))}: "
              f"{(high - low) / low:.0%} apart (target within 10%)")


def assess_and_report(db: str, output: Path, size: int) -> float:
    """Print the time and peak memory of `assess` and `report` on the store DB; return the larger peak."""
    agreement = str(EXAMPLES / "afghanistan-2020" / "doha-2020.yaml")
    assess_s, assess_mb = timed(["--db", db, "assess", "-a", agreement])
    report_s, report_mb = timed(["--db", db, "report", "-a", agreement, "-o", str(output)])
    print(f"sqlite     {size:,} reports: assess {assess_s:6.1f} s {assess_mb:5.0f} MB "
          f"({assess_s / size * 1000:.1f} ms a report), report {report_s:6.1f} s {report_mb:5.0f} MB")
    return max(assess_mb, report_mb)


def assess_bench(folder: Path, sizes: list[int]) -> None:
    """The assessment and report at each size, on stores kept in FOLDER (each built once where missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    peaks = {}
    for size in sizes:
        corpus, db, built = folder / f"corpus-{size}", f"sqlite:///{folder / f's{size}.db'}", folder / f"s{size}.built"
        if not built.exists():
            words = make_corpus(corpus, size)
            print(f"building the store of {size:,} reports ({words:,} words) in {folder}")
            for command in (["ingest", str(corpus)], ["extract", "--workers", "2"]):
                timed(["--db", db, *command])
            built.touch()
        peaks[size] = assess_and_report(db, folder / "r.html", size)
    apart("assess and report", peaks)


if __name__ == "__main__":
    raise SystemExit(main())
