"""Store data turned into what templates and the API show: event rows, the highlighted document
text, safe links, alerts of a dashboard. Markup is built here only from escaped pieces."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from accordwatch.assess import Assessment
from accordwatch.assess.progress import ProvisionStatus
from accordwatch.model import Actor, Claim, Document, Event
from accordwatch.web import reviews

COUNT_FIELDS = ("dead", "injured", "size", "arrested", "prisoners")
# how recent an allegation or a disputed figure is to be an alert on the dashboard
ALERT_DAYS = 14


def safe_url(url: str | None) -> str | None:
    """URL when it is a web address a reader can follow (http, https); anything else (javascript:,
    data:, a relative path) is shown as text, never as a link."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in {"http", "https"} else None


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    css: str  # "sentence" or "words"
    anchor: str = ""  # an id to jump to (the first highlight of a record)


def highlighted(text: str, spans: list[Span]) -> Markup:
    """TEXT with SPANS wrapped in <mark>: every piece of the document is escaped on its own, so its
    text stays data whatever it holds. Overlapping spans are cut at each other's edges."""
    cuts = sorted({0, len(text), *(max(0, min(len(text), p)) for s in spans for p in (s.start, s.end))})
    out: list[str] = []
    anchored: set[str] = set()
    for start, end in pairwise(cuts):
        piece = escape(text[start:end])
        covering = [s for s in spans if s.start <= start and end <= s.end]
        if not covering:
            out.append(str(piece))
            continue
        classes = " ".join(sorted({s.css for s in covering}))
        anchor = next((s.anchor for s in covering if s.anchor and s.anchor not in anchored), "")
        anchored.add(anchor)
        id_attribute = f' id="{escape(anchor)}"' if anchor else ""
        out.append(f'<mark class="{escape(classes)}"{id_attribute}>{piece}</mark>')
    return Markup("".join(out))


def spans_of(record: Event | Claim) -> list[Span]:
    """The sentence and the words a record was read from (an event's other sentences too)."""
    evidences = [record.evidence, *(record.more_evidence if isinstance(record, Event) else [])]
    spans: list[Span] = []
    for number, evidence in enumerate(evidences):
        if evidence.sentence:
            spans.append(Span(evidence.sentence_start, evidence.sentence_start + len(evidence.sentence),
                              "sentence", "source" if number == 0 else ""))
        spans.append(Span(evidence.start, evidence.end, "words"))
    return spans


def names(actors: dict[str, Actor], ids: list[str]) -> str:
    return ", ".join(actors[i].name if i in actors else i for i in ids)


def event_row(event: Event, actors: dict[str, Actor], documents: dict[str, Document]) -> dict:
    """One event as the table, the CSV and the JSON show it."""
    document = documents.get(event.doc_id)
    review = reviews.review_of(event)
    return {
        "id": event.id, "doc_id": event.doc_id, "category": event.category, "mode": event.mode,
        "acled_event_type": event.acled_event_type, "acled_sub_event_type": event.acled_sub_event_type,
        "actors": list(event.actors), "actor_names": names(actors, event.actors),
        "recipients": list(event.recipients), "recipient_names": names(actors, event.recipients),
        "date": str(event.date) if event.date else None, "date_basis": event.date_basis,
        "place": event.place, "modality": event.modality, "historical": event.historical,
        "contested": event.contested, "cumulative": event.cumulative,
        **{name: getattr(event, name) for name in COUNT_FIELDS},
        "published": document.published.isoformat() if document and document.published else None,
        "reviewed": review is not None, "review": review,
        "sentence": event.evidence.sentence or event.evidence.text,
        "start": event.evidence.start, "end": event.evidence.end,
    }


def claim_row(claim: Claim, actors: dict[str, Actor]) -> dict:
    review = reviews.review_of(claim)
    return {
        "id": claim.id, "doc_id": claim.doc_id, "speaker": claim.speaker,
        "speaker_name": names(actors, [claim.speaker]) if claim.speaker else None,
        "channel": claim.channel, "date": str(claim.date) if claim.date else None, "stance": claim.stance,
        "quote": claim.quote, "events": list(claim.events), "reviewed": review is not None, "review": review,
        "sentence": claim.evidence.sentence or claim.evidence.text,
        "start": claim.evidence.start, "end": claim.evidence.end,
    }


def document_row(document: Document, failed: list[str]) -> dict:
    return {
        "id": document.id, "title": document.title, "outlet": document.outlet,
        "published": document.published.isoformat() if document.published else None,
        "published_from": document.published_from, "url": safe_url(document.url), "source": document.source,
        "copy_of": document.copy_of, "warnings": list(document.warnings), "characters": len(document.text),
        "failures": failed,
    }


@dataclass(slots=True)
class Alert:
    kind: str  # deadline | allegation | disputed
    provision: str
    text: str
    day: date | None = None


def alerts(assessment: Assessment) -> list[Alert]:
    """What needs a reader's eye as of the day: deadlines passed and not met, allegations of breach and
    disputed figures of the last ALERT_DAYS days."""
    since = assessment.as_of - timedelta(days=ALERT_DAYS)
    out: list[Alert] = []
    for status in assessment.provisions:
        pid = status.provision.id
        if status.days_late:
            out.append(Alert("deadline", pid, f"deadline {status.deadline} passed {status.days_late} days ago, "
                                              f"status {status.status}", status.deadline))
        for link in status.breaches:
            day = link.event.date.first if link.event.date else None
            if link.alleged and (day is None or day >= since):
                out.append(Alert("allegation", pid, link.reason, day))
        for point in status.curve.points:
            if point.disagreements and since <= point.day <= assessment.as_of:
                out += [Alert("disputed", pid, note, point.day) for note in point.disagreements]
    return out


def provision_json(status: ProvisionStatus) -> dict:
    data = status.to_json()
    data["kind"] = status.provision.kind
    data["obligated"] = status.provision.obligated
    return data
