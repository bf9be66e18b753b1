"""Where a reviewed record was read from, and how to find it again after extraction changes.

A record's id is its position among the document's records ("doc:e003"): a better extractor, or a
record found before it, renumbers it. A review is therefore keyed by the words the record was read
from (the document, the span of its evidence, the machine's category). After re-extraction it goes
to the record of the same document whose evidence is that span, else the one whose evidence overlaps
it most (same category first); if the document's text changed, the span is looked for in the new
text first. A review that finds no record is kept, shown as orphaned, and never applied by guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from accordwatch.model import Claim, Event, Evidence

R = TypeVar("R", Event, Claim)


@dataclass(frozen=True, slots=True)
class Anchor:
    doc_id: str
    content_hash: str
    start: int
    end: int
    text: str
    category: str | None  # an event's category as the machine read it; None for a claim

    def to_json(self) -> dict[str, object]:
        return {"doc_id": self.doc_id, "content_hash": self.content_hash, "start": self.start,
                "end": self.end, "text": self.text, "category": self.category}

    @classmethod
    def from_json(cls, data: dict) -> Anchor:
        return cls(str(data["doc_id"]), str(data["content_hash"]), int(data["start"]), int(data["end"]),
                   str(data["text"]), data.get("category"))  # type: ignore[arg-type]


def anchor_of(record: Event | Claim, content_hash: str) -> Anchor:
    evidence = record.evidence
    category = record.category if isinstance(record, Event) else None
    return Anchor(record.doc_id, content_hash, evidence.start, evidence.end, evidence.text, category)


def _overlap(evidence: Evidence, start: int, end: int) -> int:
    return max(0, min(evidence.end, end) - max(evidence.start, start))


def _relocated(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """The anchor's span in a changed text: its words found nearest their old place, or None."""
    if not anchor.text:
        return None
    found: list[int] = []
    at = text.find(anchor.text)
    while at >= 0:
        found.append(at)
        at = text.find(anchor.text, at + 1)
    if not found:
        return None
    start = min(found, key=lambda position: abs(position - anchor.start))
    return start, start + len(anchor.text)


def find_record(anchor: Anchor, candidates: list[R], content_hash: str, text: str) -> R | None:
    """The record among CANDIDATES (one document's events or claims) that ANCHOR was made on."""
    if content_hash == anchor.content_hash:
        span: tuple[int, int] | None = (anchor.start, anchor.end)
    else:
        span = _relocated(anchor, text)
    if span is None:
        return None
    start, end = span

    def closeness(record: R) -> tuple[int, int, int]:
        same_category = anchor.category is None or getattr(record, "category", None) == anchor.category
        exact = record.evidence.start == start and record.evidence.end == end
        return (int(exact), int(same_category), _overlap(record.evidence, start, end))

    scored = [(closeness(r), r) for r in candidates if _overlap(r.evidence, start, end) > 0]
    if not scored:
        return None
    return max(scored, key=lambda pair: pair[0])[1]
