"""The terminal summary (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from accordwatch.assess import Assessment
from accordwatch.report.html import ReportCounts


def print_summary(assessment: Assessment | None, counts: ReportCounts, console: Console) -> None:
    syndicated = f" ({counts.copies} syndicated copies, read once)" if counts.copies else ""
    console.print(f"[bold]{counts.documents}[/] documents{syndicated}, [bold]{counts.events}[/] events, "
                  f"[bold]{counts.claims}[/] claims, [bold]{counts.contests}[/] contested items")
    if assessment is None:
        return
    table = Table(title=f"{assessment.agreement.title} — as of {assessment.as_of.isoformat()}")
    table.add_column("provision", overflow="fold", min_width=18)
    for column in ("status", "progress", "deadline", "late", "disputed"):
        table.add_column(column)
    colours = {"done": "green", "on_track": "green", "behind": "yellow", "violated": "red",
               "no_reports": "dim", "not_started": "dim"}
    for status in assessment.provisions:
        progress = (f"{status.reported_done:,} / {status.target:,}" if status.target is not None
                    else f"{status.reported_done} event(s)")
        if status.spread:
            progress += f" (band {status.spread[0]:,}–{status.spread[1]:,})"
        point = status.point
        if point is not None and point.sources:
            progress += f" [dim]from {', '.join(sorted({o.doc_id for o in point.sources}))}[/]"
        if status.curve.outliers:
            progress += f" [yellow]{len(status.curve.outliers)} left out[/]"
        table.add_row(
            status.provision.id,
            f"[{colours.get(status.status, 'white')}]{status.status}[/]",
            progress,
            status.deadline.isoformat() if status.deadline else "—",
            f"{status.days_late} d" if status.days_late else "",
            "yes" if status.disputed else "",
        )
    console.print(table)
    for status in assessment.provisions:
        point = status.point
        for note in point.disagreements if point else []:
            console.print(f"[yellow]{status.provision.id}[/]: {note}", highlight=False)
        for tally in status.breach_tallies:
            answer = f", answered by {len(tally.answered_by)}" if tally.answered_by else ""
            console.print(f"[yellow]{status.provision.id}[/]: {tally.party} {tally.month}: {tally.alleged} alleged, "
                          f"{tally.established} reported as fact{answer}", highlight=False)
    if assessment.triggers:
        for trigger, day in assessment.triggers.items():
            console.print(f"trigger [bold]{trigger}[/] fired on {day.isoformat()}")
