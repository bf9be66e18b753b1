"""What the pages and the API read, loaded through the store and the pipeline (never SQL here):
records (with reviews applied), documents, failures, agreements and
assessments as of a day."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from threading import Lock
from typing import Any, TypeVar

from accordwatch import pipeline
from accordwatch.agreements import Agreement
from accordwatch.assess import Assessment
from accordwatch.kb import KnowledgeBase
from accordwatch.model import Actor, Claim, Document, Event, Failure
from accordwatch.report.view import ReportView, build_view
from accordwatch.store import Store
from accordwatch.store.agreements import stored_agreements
from accordwatch.store.documents import documents, open_failures
from accordwatch.store.fingerprint import store_fingerprint
from accordwatch.store.records import StoredRecords
from accordwatch.web import reviews
from accordwatch.web.auth import LoginThrottle, WebError

T = TypeVar("T")


class LoadedCache:
    """What the last requests loaded (records, documents, assessments), kept while the store's
    fingerprint is the same: a page over thousands of reports does not read them all again. Anything
    stored meanwhile (by this app or a command line on the same database) changes the fingerprint."""

    def __init__(self) -> None:
        self._fingerprint: tuple | None = None
        self._loaded: dict[Any, Any] = {}
        self._lock = Lock()

    def get(self, fingerprint: tuple, key: Any, load: Callable[[], T]) -> T:
        with self._lock:
            if fingerprint != self._fingerprint:
                self._fingerprint, self._loaded = fingerprint, {}
            if key in self._loaded:
                return self._loaded[key]
        value = load()  # outside the lock: a slow load does not hold up other pages
        with self._lock:
            if fingerprint == self._fingerprint:
                self._loaded[key] = value
        return value


@dataclass(slots=True)
class Workbench:
    """The app's state: its store, knowledge base, mode, login throttle and what was loaded."""

    store: Store
    kb: KnowledgeBase
    read_only: bool = False
    throttle: LoginThrottle = field(default_factory=LoginThrottle)
    upload_limit: int = 20_000_000  # bytes of one uploaded report
    loaded: LoadedCache = field(default_factory=LoadedCache)


class Snapshot:
    """One request's view of the store, each part loaded on first use."""

    def __init__(self, bench: Workbench) -> None:
        self.bench = bench
        self.store = bench.store

    @cached_property
    def fingerprint(self) -> tuple:
        with self.store.session() as session:
            return store_fingerprint(session)

    def _loaded(self, key: Any, load: Callable[[], T]) -> T:
        return self.bench.loaded.get(self.fingerprint, key, load)

    def _read(self, read: Callable[[Any], T]) -> T:
        with self.store.session() as session:
            return read(session)

    @cached_property
    def records(self) -> StoredRecords:
        return self._loaded("records", lambda: self._read(reviews.records))

    @cached_property
    def documents(self) -> list[Document]:
        return self._loaded("documents", lambda: self._read(documents))

    @cached_property
    def documents_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    @cached_property
    def failures(self) -> list[tuple[Failure, str, str | None]]:
        return self._loaded("failures", lambda: self._read(open_failures))

    @cached_property
    def agreements(self) -> list[Agreement]:
        return self._loaded("agreements", lambda: self._read(stored_agreements))

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
        day = as_of or self.latest_day()
        return self._loaded(("assessment", agreement.id, day),
                            lambda: pipeline.assess(self.store, agreement, day, self.bench.kb))

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
