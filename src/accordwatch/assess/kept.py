"""What an assessment keeps of an event that links to a provision: what its figures, reports and pages
show of it (ids, parties, day, standing, review, and its sentence where it can be a figure's source).

A store's assessment lists every linked event, so what it holds grows with the store: a small record
per linked event, its names shared, not the stored event with its every sentence and field. The rest
of an event is the store's, by its id.
"""

from __future__ import annotations

from dataclasses import dataclass
from sys import intern
from typing import Any

from accordwatch.model import DateValue, Event, Evidence


@dataclass(slots=True)
class LinkedEvent:
    id: str
    doc_id: str
    category: str
    modality: str
    evidence: Evidence  # its offsets; its sentence (or words) only where it can be a figure's source
    date: DateValue | None
    actors: list[str]
    recipients: list[str]
    contested: bool
    contested_with: list[str]
    review: dict[str, Any] | None


class Keeper:
    """Makes the kept records of one assessment, sharing their lists of names (never changed after) and
    their days (many events tell one day)."""

    def __init__(self) -> None:
        self._names: dict[tuple[str, ...], list[str]] = {}
        self._days: dict[DateValue, DateValue] = {}

    def names(self, ids: list[str]) -> list[str]:
        key = tuple(ids)
        if key not in self._names:
            self._names[key] = [intern(i) for i in ids]
        return self._names[key]

    def keep(self, event: Event, sentence: bool = False) -> LinkedEvent:
        """EVENT as kept; SENTENCE: with the words a figure's source shows."""
        words = event.evidence
        doc_id = intern(event.doc_id)
        told = words.sentence if sentence else ""
        evidence = Evidence(doc_id, words.start, words.end, words.text if sentence and not told else "", told,
                            words.sentence_start)
        return LinkedEvent(event.id, doc_id, intern(event.category), intern(event.modality), evidence,
                           event.date and self._days.setdefault(event.date, event.date),
                           self.names(event.actors), self.names(event.recipients), event.contested,
                           self.names(event.contested_with), event.review)
