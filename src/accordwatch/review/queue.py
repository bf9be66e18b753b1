"""What a reviewer should look at first: what moves a provision's figure, then what is disputed or
read with little confidence, then the rest. Reviewed records leave the queue."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from accordwatch.assess import Assessment
from accordwatch.model import Event
from accordwatch.review.apply import reviewed_records
from accordwatch.review.fields import COUNT_FIELDS

# lower is more urgent
MOVES_A_FIGURE, LEFT_OUT, DISPUTED, UNSURE, OTHER = range(5)


@dataclass(slots=True)
class QueueItem:
    kind: str  # event | claim
    record_id: str
    doc_id: str
    priority: int
    reasons: list[str] = field(default_factory=list)
    sentence: str = ""

    def to_json(self) -> dict:
        return {"kind": self.kind, "record_id": self.record_id, "doc_id": self.doc_id, "priority": self.priority,
                "reasons": self.reasons, "sentence": self.sentence}


def _figure_sources(assessment: Assessment) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Events behind each provision's figure, and those linked but left out (outliers, not counted)."""
    behind: dict[str, list[str]] = {}
    left_out: dict[str, list[str]] = {}
    for status in assessment.provisions:
        name = status.provision.id
        for point in status.curve.points:
            for obs in point.sources:
                behind.setdefault(obs.event.id, []).append(f"moves the figure of {name} on {point.day.isoformat()}")
        for outlier in status.curve.outliers:
            left_out.setdefault(outlier.observation.event.id, []).append(
                f"left out of {name}: {outlier.reason}")
        for link in status.not_counted:
            left_out.setdefault(link.event.id, []).append(f"linked to {name}, not counted: {link.reason}")
        for link in status.breaches:
            behind.setdefault(link.event.id, []).append(f"{'alleged ' if link.alleged else ''}breach of {name}")
    return behind, left_out


def _doubts(event: Event) -> list[str]:
    doubts = []
    if event.contested:
        doubts.append("contested by another account")
    if event.vague_counts:
        doubts.append(f"a count from a vague word ({', '.join(event.vague_counts)})")
    if event.date is None:
        doubts.append("no date in the text")
    elif event.date_basis == "publication":
        doubts.append("dated by its report's day")
    if event.modality != "asserted":
        doubts.append(f"told as {event.modality}")
    return doubts


def review_queue(session: Session, assessment: Assessment | None = None) -> list[QueueItem]:
    records = reviewed_records(session)
    behind, left_out = _figure_sources(assessment) if assessment else ({}, {})
    items: list[QueueItem] = []
    for event in records.events:
        if event.review is not None:
            continue
        doubts = _doubts(event)
        if event.id in behind:
            priority, reasons = MOVES_A_FIGURE, [*behind[event.id], *doubts]
        elif event.id in left_out:
            priority, reasons = LEFT_OUT, [*left_out[event.id], *doubts]
        elif event.contested:
            priority, reasons = DISPUTED, doubts
        elif doubts and any(getattr(event, f) is not None for f in COUNT_FIELDS):
            priority, reasons = UNSURE, doubts
        else:
            priority, reasons = OTHER, doubts
        items.append(QueueItem("event", event.id, event.doc_id, priority, reasons,
                               event.evidence.sentence or event.evidence.text))
    for claim in records.claims:
        if claim.review is None and claim.stance in ("deny", "dispute", "accuse"):
            items.append(QueueItem("claim", claim.id, claim.doc_id, DISPUTED, [f"a claim that does {claim.stance}"],
                                   claim.evidence.sentence or claim.evidence.text))
    # within a priority: the more reasons first, then the store's order (stable)
    return sorted(items, key=lambda item: (item.priority, -len(item.reasons)))
