"""`accordwatch export --format FMT` end to end: invented reports (text files and a feed) run
through the real pipeline, each format written by the command and read back with its library."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from test_formats import (
    ACLED_COLUMNS,
    PARQUET_TABLES,
    PLOVER_FIELDS,
    PROVISION_COLUMNS,
    assert_rfc7946_feature_collection,
)
from typer.testing import CliRunner

from accordwatch.cli import app

DOHA = Path(__file__).resolve().parents[2] / "examples" / "afghanistan-2020" / "doha-2020.yaml"

REPORTS = {
    "herat.txt": ("HERAT, Afghanistan - Taliban fighters attacked an army checkpoint in Injil district of Herat "
                  "province on Monday, killing three soldiers, a provincial official said.\n",
                  {"id": "herat", "published": "2020-04-14", "outlet": "Western Herald"}),
    "kandahar.txt": ("KABUL - The Taliban released 20 Afghan soldiers in Kandahar province on Saturday, a "
                     "spokesman for the group said.\n",
                     {"id": "kandahar", "published": "2020-05-03", "outlet": "Capital Daily"}),
}
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Frontier Wire</title>
 <item><guid>fw-7</guid><title>Prisoners freed</title><link>https://wire.example.org/7</link>
  <pubDate>Mon, 20 Apr 2020 11:00:00 +0430</pubDate>
  <description>&lt;p&gt;Afghan authorities freed 150 Taliban prisoners from Bagram prison on Sunday, the
  National Security Council said.&lt;/p&gt;</description></item>
</channel></rss>
"""


@pytest.fixture(scope="module")
def tracker(tmp_path_factory):
    """invoke(*args) on one database holding the reports, run once with the Doha agreement."""
    folder = tmp_path_factory.mktemp("export-cli")
    reports = folder / "reports"
    reports.mkdir()
    for name, (text, meta) in REPORTS.items():
        (reports / name).write_text(text, encoding="utf-8")
        (reports / name).with_suffix(".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (reports / "wire.rss").write_text(FEED, encoding="utf-8")
    runner = CliRunner(env={"COLUMNS": "2000"})
    db = f"sqlite:///{folder / 'tracker.db'}"

    def invoke(*args):
        return runner.invoke(app, ["--db", db, *map(str, args)])

    result = invoke("run", reports, "--agreement", DOHA, "--report", folder / "report.html")
    assert result.exit_code == 0, result.output
    invoke.folder = folder
    return invoke


def exported(tracker, fmt: str, *extra) -> Path:
    out = tracker.folder / f"out-{fmt}-{len(extra)}"
    result = tracker("export", "--format", fmt, "-o", out, *extra)
    assert result.exit_code == 0, result.output
    return out


def test_acled_csv_from_the_command(tracker):
    frame = pd.read_csv(exported(tracker, "acled-csv"), keep_default_na=False, dtype=str)
    assert list(frame.columns) == ACLED_COLUMNS
    assert len(frame) >= 2
    attack = frame[frame.notes.str.contains("document herat,")].iloc[0]
    assert attack.country == "Afghanistan" and attack.admin1 == "Herat" and attack.iso == "4"
    assert attack.event_date == "2020-04-13" and attack.time_precision == "1"  # "on Monday" of 14 April
    assert "Taliban fighters attacked an army checkpoint" in attack.notes
    assert attack.source.startswith("Western Herald")


def test_plover_json_geojson_and_json_from_the_command(tracker):
    plover = json.loads(exported(tracker, "plover-json").read_text(encoding="utf-8"))
    assert plover and all(set(record) == PLOVER_FIELDS for record in plover)
    assert any(record["source"]["outlet"] == "Frontier Wire" for record in plover)  # the feed's entry
    geo = json.loads(exported(tracker, "geojson").read_text(encoding="utf-8"))
    assert_rfc7946_feature_collection(geo)
    assert geo["features"]
    everything = json.loads(exported(tracker, "json").read_text(encoding="utf-8"))
    assert {d["id"] for d in everything["documents"]} == {"herat", "kandahar", "fw-7"}


def test_parquet_from_the_command_has_the_provisions_of_the_agreement(tracker):
    folder = exported(tracker, "parquet")
    assert {p.stem for p in folder.glob("*.parquet")} == PARQUET_TABLES | {"provisions"}
    assert pq.read_table(folder / "provisions.parquet").column_names == PROVISION_COLUMNS
    provisions = pq.read_table(folder / "provisions.parquet").to_pylist()
    assert provisions and all(p["status"] for p in provisions)
    documents = pq.read_table(folder / "documents.parquet").to_pylist()
    assert {d["id"] for d in documents} == {"herat", "kandahar", "fw-7"}


def test_since_and_until_from_the_command(tracker):
    late = json.loads(exported(tracker, "json", "--since", "2020-05-01").read_text(encoding="utf-8"))
    assert [d["id"] for d in late["documents"]] == ["kandahar"]
    assert late["events"] and all(e["doc_id"] == "kandahar" for e in late["events"])
    early = pd.read_csv(exported(tracker, "acled-csv", "--until", "2020-04-30"), keep_default_na=False, dtype=str)
    assert len(early) and (early.event_date <= "2020-04-30").all()
    assert not early.notes.str.contains("document kandahar,").any()


def test_export_options_that_cannot_work_fail_with_one_line(tracker):
    bad_day = tracker("export", "--format", "json", "--since", "May 1")
    assert bad_day.exit_code != 0 and "--since 'May 1' is not a date (YYYY-MM-DD)" in bad_day.stderr
    reversed_bounds = tracker("export", "--since", "2020-05-02", "--until", "2020-05-01")
    assert reversed_bounds.exit_code != 0 and "is after --until" in reversed_bounds.stderr
    no_folder = tracker("export", "--format", "parquet")
    assert no_folder.exit_code != 0 and "writes a folder" in no_folder.stderr
    csv_to_stdout = tracker("export", "--format", "acled-csv")
    assert csv_to_stdout.exit_code == 0
    assert list(pd.read_csv(io.StringIO(csv_to_stdout.stdout)).columns) == ACLED_COLUMNS
