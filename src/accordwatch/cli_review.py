"""`accordwatch review ...`: the review desk on the command line (the workbench has the same in pages).

Example: accordwatch review correct "report-7:e002" --set prisoners=300 --by amina
"""

from __future__ import annotations

from types import ModuleType
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from accordwatch.review import ReviewError, record_review, review_log, review_queue

review_app = typer.Typer(help="Confirm, correct, reject, merge or split what the machine read; the queue and "
                              "the log. A review survives `extract --all` and comes before the machine's values.",
                         no_args_is_help=True)

_host: ModuleType | None = None  # the main command line, whose --db and error line these commands use


def attach(host: ModuleType) -> typer.Typer:
    global _host
    _host = host
    return review_app


def _cli() -> Any:
    assert _host is not None, "attach() is called by accordwatch.cli"
    return _host


ByOption = Annotated[str, typer.Option("--by", help="the reviewer's name (kept in the log)")]
NoteOption = Annotated[str, typer.Option("--note", help="why (kept with the review)")]
ClaimOption = Annotated[bool, typer.Option("--claim", help="the id is a claim's, not an event's")]


def _assignments(text: str, separator: str) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for piece in filter(None, (p.strip() for p in text.split(separator))):
        name, equals, value = piece.partition("=")
        if not equals:
            raise ReviewError(f"{piece!r}: write FIELD=VALUE")
        changes[name.strip()] = value.strip()
    return changes


def _take(record_id: str, action: str, by: str, note: str, claim: bool = False, **options: Any) -> None:
    cli = _cli()
    with cli._store() as store, store.session() as session:
        try:
            review_id = record_review(session, kind="claim" if claim else "event", record_id=record_id,
                                      action=action, reviewer=by, note=note, **options)
        except ReviewError as err:
            cli.fail(str(err))
    cli.console.print(f"review {review_id}: {action} {escape(record_id)} by {escape(by)}")


@review_app.command()
def confirm(record_id: str, by: ByOption, note: NoteOption = "", claim: ClaimOption = False) -> None:
    """The record is right as the machine read it."""
    _take(record_id, "confirm", by, note, claim)


@review_app.command()
def correct(record_id: str, by: ByOption,
            assignments: Annotated[list[str], typer.Option("--set", help="FIELD=VALUE, repeatable "
                                                                         "(prisoners=300, date=2020-04-08, "
                                                                         "actors=a,b, cumulative=yes)")],
            note: NoteOption = "", claim: ClaimOption = False) -> None:
    """Replace the machine's values of some fields."""
    cli = _cli()
    try:
        changes = {k: v for a in assignments for k, v in _assignments(a, ";").items()}
    except ReviewError as err:
        cli.fail(str(err))
    _take(record_id, "correct", by, note, claim, changes=changes)


@review_app.command()
def reject(record_id: str, by: ByOption, note: NoteOption = "", claim: ClaimOption = False) -> None:
    """The record is no event (or claim) at all: left out of every figure."""
    _take(record_id, "reject", by, note, claim)


@review_app.command()
def merge(record_id: str, into: Annotated[str, typer.Option("--into", help="the event it tells again")],
          by: ByOption, note: NoteOption = "") -> None:
    """Two tellings of one act: RECORD_ID joins INTO (one source in the ledger)."""
    _take(record_id, "merge", by, note, merge_into=into)


@review_app.command()
def split(record_id: str, by: ByOption,
          parts: Annotated[list[str], typer.Option("--part", help="one part's FIELD=VALUE;FIELD=VALUE, "
                                                                  "at least twice")],
          note: NoteOption = "") -> None:
    """One record that tells several acts: one part each."""
    cli = _cli()
    try:
        changes = [_assignments(part, ";") for part in parts]
    except ReviewError as err:
        cli.fail(str(err))
    _take(record_id, "split", by, note, parts=changes)


@review_app.command()
def queue(agreement: Annotated[str | None, typer.Option("--agreement", "-a")] = None,
          as_of: Annotated[str | None, typer.Option("--as-of")] = None,
          limit: Annotated[int, typer.Option("--limit", "-n")] = 20) -> None:
    """What to review first: what moves a provision's figure, then what is disputed or unsure."""
    from pathlib import Path

    from accordwatch import pipeline

    cli = _cli()
    with cli._store() as store:
        agreements = cli._agreements_for([], Path(agreement) if agreement else None, store)
        assessment = pipeline.assess(store, agreements[0], cli._as_of(as_of, store)) if agreements else None
        with store.session() as session:
            items = review_queue(session, assessment)
    table = Table("record", "why", "sentence")
    for item in items[:limit]:
        table.add_row(escape(item.record_id), escape("; ".join(item.reasons)), escape(item.sentence[:120]))
    cli.console.print(table)
    cli.console.print(f"{len(items)} records to review")


@review_app.command("log")
def show_log(doc: Annotated[str | None, typer.Option("--doc", help="one document's reviews")] = None,
             limit: Annotated[int, typer.Option("--limit", "-n")] = 50) -> None:
    """Who reviewed what, when, and the record before and after."""
    cli = _cli()
    with cli._store() as store, store.session() as session:
        entries = review_log(session, doc_id=doc, limit=limit)
    table = Table("when", "who", "action", "record", "before → after")
    for entry in entries:
        changed = {k: v for k, v in entry["after"].items() if entry["before"].get(k) != v}
        table.add_row(entry["at"], escape(entry["reviewer"]), entry["action"], escape(entry["record_id"] or ""),
                      escape(", ".join(f"{k}: {entry['before'].get(k)} → {v}" for k, v in changed.items())))
    cli.console.print(table)
