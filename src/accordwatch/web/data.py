"""What the pages and the API read, loaded through the store and the pipeline (never SQL here):
records (with reviews applied), documents, failures, agreements and
assessments as of a day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from accordwatch import pipeline
from accordwatch.agreements import Agreement
from accordwatch.assess import Assessment
from accordwatch.kb import KnowledgeBase
from accordwatch.model import Actor, Claim, Document, Event, Failure
from accordwatch.report.view import ReportView, build_view
from accordwatch.store import Store
from accordwatch.store.agreements import stored_agreements
from accordwatch.store.documents import documents, open_failures
from accordwatch.store.records import StoredRecords
from accordwatch.web import reviews
from accordwatch.web.auth import LoginThrottle, WebError


@dataclass(slots=True)
class Workbench:
    """The app's state: its store, knowledge base, mode and login throttle."""

    store: Store
    kb: KnowledgeBase
    read_only: bool = False
    throttle: LoginThrottle = field(default_factory=LoginThrottle)
    upload_limit: int = 20_000_000  # bytes of one uploaded report


class Snapshot:
    """One request's view of the store, each part loaded on first use."""

    def __init__(self, bench: Workbench) -> None:
        self.bench = bench
        self.store = bench.store

    @cached_property
    def records(self) -> StoredRecords:
        with self.store.session() as session:
            return reviews.records(session)

    @cached_property
    def documents(self) -> list[Document]:
        with self.store.session() as session:
            return documents(session)

    @cached_property
    def documents_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    @cached_property
    def failures(self) -> list[tuple[Failure, str, str | None]]:
        with self.store.session() as session:
            return open_failures(session)

    @cached_property
    def agreements(self) -> list[Agreement]:
        with self.store.session() as session:
            return stored_agreements(session)

    @cached_property
    def actors(self) -> dict[str, Actor]:
        actors = dict(self.bench.kb.actors)
        actors.update({a.id: a for a in self.records.actors})
        return actors

    @cached_property
    def events_by_id(self) -> dict[str, Event]:
        return {e.id: e for e in self.records.events}

    @cached_property
    def claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.records.claims}

    def agreement(self, agreement_id: str | None) -> Agreement:
        if not self.agreements:
            raise WebError(404, "no agreement is stored yet: run `accordwatch run PATH --agreement FILE`")
        if agreement_id is None:
            return self.agreements[0]
        for agreement in self.agreements:
            if agreement.id == agreement_id:
                return agreement
        raise WebError(404, f"no agreement {agreement_id!r}")

    def latest_day(self) -> date:
        days = [d.published for d in self.documents if d.published]
        return max(days) if days else date.today()

    def assessment(self, agreement: Agreement, as_of: date | None) -> Assessment:
        return pipeline.assess(self.store, agreement, as_of or self.latest_day(), self.bench.kb)

    def view(self, assessment: Assessment | None = None) -> ReportView:
        return build_view(assessment, self.documents, self.records.events, self.records.claims, self.actors,
                          self.bench.kb.places)

    def event(self, event_id: str) -> Event:
        event = self.events_by_id.get(event_id)
        if event is None:
            raise WebError(404, f"no event {event_id!r}")
        return event

    def claim(self, claim_id: str) -> Claim:
        claim = self.claims_by_id.get(claim_id)
        if claim is None:
            raise WebError(404, f"no claim {claim_id!r}")
        return claim

    def document(self, doc_id: str) -> Document:
        document = self.documents_by_id.get(doc_id)
        if document is None:
            raise WebError(404, f"no document {doc_id!r}")
        return document
