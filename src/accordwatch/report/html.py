"""The self-contained HTML report: one file, inline CSS, no scripts or remote assets.

It is written a batch of documents at a time, so that memory holds one batch, never the store: the
rows of each batch (events, claims, contested accounts) go to files on disk, and the page is put
together once the counts its headings give are known.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from jinja2 import Environment, PackageLoader, select_autoescape

from accordwatch.assess import Assessment
from accordwatch.kb import default_knowledge_base
from accordwatch.report.view import Names, contests_of
from accordwatch.review import batches
from accordwatch.store import Store
from accordwatch.store.records import load_actors


@dataclass(slots=True)
class ReportCounts:
    """What the report shows, counted: the terminal summary's first line."""

    documents: int = 0
    copies: int = 0  # syndicated copies of another document, read once
    events: int = 0
    claims: int = 0
    contests: int = 0  # contested items (a document's own accounts)


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("accordwatch.report", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)  # the parts are joined: each keeps its last line's end
    env.filters["pct"] = lambda done, target: 0 if not target else min(100, round(100 * done / target))
    return env


def report_names(store: Store) -> Names:
    """The knowledge base's and the store's actors, and the knowledge base's places."""
    kb = default_knowledge_base()
    actors = dict(kb.actors)
    with store.session() as session:
        actors.update({a.id: a for a in load_actors(session)})
    return Names(actors, kb.places)


def write_report(store: Store, assessment: Assessment | None, output: Path | None,
                 batch: int | None = None) -> ReportCounts:
    """Write the HTML report of STORE (and ASSESSMENT) to OUTPUT, whole or not at all (None: only
    count); return what it counts."""
    env = _environment()
    names = report_names(store)
    counts = ReportCounts()
    with tempfile.TemporaryDirectory(prefix="accordwatch-report-") as tmp:
        parts = Parts(*(Path(tmp) / f"{name}.html" for name in ("events", "claims", "contests")))
        with parts.events.open("w", encoding="utf-8") as events_out, \
                parts.claims.open("w", encoding="utf-8") as claims_out, \
                parts.contests.open("w", encoding="utf-8") as contests_out:
            for docs, records in batches.reviewed_batches(store, batch or batches.REVIEWED_BATCH):
                counts.documents += len(docs)
                counts.copies += sum(1 for d in docs if d.copy_of)
                counts.events += len(records.events)
                counts.claims += len(records.claims)
                contests = contests_of(records.events, records.claims)  # a document's own accounts
                counts.contests += len(contests)
                if output is None:
                    continue
                contests_out.write(env.get_template("contest_rows.html").render(contests=contests, view=names))
                by_id = {d.id: d for d in docs}
                events_out.write(env.get_template("event_rows.html").render(
                    events=records.events, view=names, documents=by_id))
                claims_out.write(env.get_template("claim_rows.html").render(claims=records.claims, view=names))
        if output is not None:
            _put_together(env, output, names, assessment, counts, parts)
    return counts


@dataclass(frozen=True, slots=True)
class Parts:
    """The files the rows of the page's sections are written to, a batch at a time."""

    events: Path
    claims: Path
    contests: Path


def _put_together(env: Environment, output: Path, names: Names, assessment: Assessment | None,
                  counts: ReportCounts, parts: Parts) -> None:
    """The page from its parts, written beside OUTPUT and moved over it: a run that dies halfway
    leaves the old report, never half of a new one."""
    view = _HeadView(names.actors, names.places, assessment)
    partial = output.with_name(f".{output.name}.partial")
    try:
        with partial.open("w", encoding="utf-8") as out:
            out.write(env.get_template("report_head.html").render(view=view, counts=counts))
            out.write(env.get_template("contests_head.html").render(count=counts.contests))
            _copy(parts.contests, out)
            out.write("\n")
            out.write(env.get_template("events_head.html").render(count=counts.events))
            _copy(parts.events, out)
            out.write("</table>\n\n")
            out.write(env.get_template("claims_head.html").render(count=counts.claims))
            _copy(parts.claims, out)
            out.write("</table>\n")
            out.write(env.get_template("report_tail.html").render().removesuffix("\n"))
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)


def _copy(part: Path, out: TextIO) -> None:
    with part.open(encoding="utf-8") as rows:
        shutil.copyfileobj(rows, out)


@dataclass(slots=True)
class _HeadView(Names):
    """What the page's head (the agreement and its provisions) reads."""

    assessment: Assessment | None = None
