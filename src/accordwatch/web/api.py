"""The JSON API under /api/v1: agreements, provisions as of a day, events (the page's filters), claims,
documents, reviews and ingest by upload. Scripts send `Authorization: Bearer TOKEN`."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from pydantic import BaseModel, Field

from accordwatch.web import reviews
from accordwatch.web.auth import Needs, Principal
from accordwatch.web.data import Snapshot
from accordwatch.web.filters import EventFilter, event_filter, matching, page_of
from accordwatch.web.uploads import ingest_upload
from accordwatch.web.views import claim_row, document_row, event_row, provision_json

router = APIRouter(prefix="/api/v1", tags=["api"])
VIEWER = Needs("viewer")
Viewer = Annotated[Principal, Depends(VIEWER)]


@router.get("/me", summary="Who the request is made as")
def me(principal: Viewer) -> dict[str, Any]:
    return {"name": principal.name, "role": principal.role, "via_token": principal.via_token}


@router.get("/agreements", summary="Agreements stored in the database")
def agreements(request: Request, principal: Viewer) -> list[dict[str, Any]]:
    snapshot = Snapshot(request.app.state.workbench)
    return [{"id": a.id, "title": a.title, "signed": a.signed.isoformat(), "place": a.place,
             "parties": [p.model_dump(mode="json") for p in a.parties],
             "provisions": [{"id": p.id, "text": p.text, "kind": p.kind} for p in a.provisions]}
            for a in snapshot.agreements]


@router.get("/agreements/{agreement_id}/provisions", summary="Every provision's status, figure and band as of a day")
def provisions(request: Request, principal: Viewer, agreement_id: str,
               as_of: Annotated[date | None, Query(description="default: the latest report")] = None
               ) -> dict[str, Any]:
    snapshot = Snapshot(request.app.state.workbench)
    assessment = snapshot.assessment(snapshot.agreement(agreement_id), as_of)
    return {"agreement": agreement_id, "as_of": assessment.as_of.isoformat(),
            "triggers": {k: v.isoformat() for k, v in assessment.triggers.items()},
            "provisions": [provision_json(s) for s in assessment.provisions]}


@router.get("/events", summary="Events, with the events page's filters, sorted and paged")
def events(request: Request, principal: Viewer, chosen: Annotated[EventFilter, Depends(event_filter)]
           ) -> dict[str, Any]:
    snapshot = Snapshot(request.app.state.workbench)
    page = page_of(matching(snapshot.records.events, chosen, snapshot.actors, snapshot.bench.kb.places), chosen)
    return {"total": page.total, "page": page.number, "pages": page.pages, "per_page": chosen.per_page,
            "items": [event_row(e, snapshot.actors, snapshot.documents_by_id) for e in page.items]}


@router.get("/events/{event_id:path}", summary="One event (a split part's id has a slash)")
def event(request: Request, principal: Viewer, event_id: str) -> dict[str, Any]:
    snapshot = Snapshot(request.app.state.workbench)
    return event_row(snapshot.event(event_id), snapshot.actors, snapshot.documents_by_id)


@router.get("/claims", summary="Claims (statements by a speaker), optionally of one document or speaker")
def claims(request: Request, principal: Viewer, doc_id: Annotated[str, Query(max_length=200)] = "",
           speaker: Annotated[str, Query(max_length=200)] = "",
           page: Annotated[int, Query(ge=1, le=100_000)] = 1,
           per_page: Annotated[int, Query(ge=1, le=500)] = 100) -> dict[str, Any]:
    snapshot = Snapshot(request.app.state.workbench)
    found = [c for c in snapshot.records.claims
             if (not doc_id or c.doc_id == doc_id) and (not speaker or c.speaker == speaker)]
    start = (page - 1) * per_page
    return {"total": len(found), "page": page, "per_page": per_page,
            "items": [claim_row(c, snapshot.actors) for c in found[start:start + per_page]]}


@router.get("/claims/{claim_id}", summary="One claim")
def claim(request: Request, principal: Viewer, claim_id: str) -> dict[str, Any]:
    snapshot = Snapshot(request.app.state.workbench)
    return claim_row(snapshot.claim(claim_id), snapshot.actors)


@router.get("/documents", summary="Documents with their failures; open failures of inputs not stored")
def documents(request: Request, principal: Viewer) -> dict[str, Any]:
    snapshot = Snapshot(request.app.state.workbench)
    failed: dict[str, list[str]] = {}
    for failure, stage, doc_id in snapshot.failures:
        if doc_id:
            failed.setdefault(doc_id, []).append(f"{stage}: {failure.reason}")
    return {"documents": [document_row(d, failed.get(d.id, [])) for d in snapshot.documents],
            "failures": [{"stage": stage, "source": f.source, "line": f.line, "doc_id": doc_id, "reason": f.reason}
                         for f, stage, doc_id in snapshot.failures]}


@router.get("/reviews", summary="The review log: who changed what, when, before and after")
def review_log(request: Request, principal: Annotated[Principal, Depends(Needs("viewer"))],
               doc_id: Annotated[str | None, Query(max_length=200)] = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> list[dict[str, Any]]:
    with request.app.state.workbench.store.session() as session:
        return [{k: (v.isoformat() if isinstance(v, date) else v) for k, v in entry.items()}
                for entry in reviews.log(session, doc_id=doc_id, limit=limit)]


class ReviewIn(BaseModel):
    kind: Literal["event", "claim"]
    record_id: str = Field(max_length=240)
    action: Literal["confirm", "correct", "reject", "merge", "split"]
    changes: dict[str, Any] | None = None
    merge_into: str | None = Field(None, max_length=240)
    parts: list[dict[str, Any]] | None = Field(None, max_length=50)
    note: str = Field("", max_length=2000)


@router.post("/reviews", status_code=201, summary="Record a review (reviewer role)")
def review_create(request: Request, principal: Annotated[Principal, Depends(Needs("reviewer", write=True))],
                  review: ReviewIn) -> dict[str, Any]:
    snapshot = Snapshot(request.app.state.workbench)
    record = snapshot.event(review.record_id) if review.kind == "event" else snapshot.claim(review.record_id)
    with snapshot.store.session() as session:
        review_id = reviews.record(session, kind=review.kind, record_id=record.id, action=review.action,
                                   reviewer=principal.name, changes=review.changes, merge_into=review.merge_into,
                                   parts=review.parts, note=review.note)
    return {"review_id": review_id, "kind": review.kind, "record_id": record.id, "action": review.action}


@router.post("/ingest", summary="Ingest uploaded reports (admin role): the CLI's validation and failure records")
async def ingest(request: Request, principal: Annotated[Principal, Depends(Needs("admin", write=True))],
                 files: Annotated[list[UploadFile], File(description="reports (.txt, .html, .jsonl, NAME.meta.json)")],
                 extract: Annotated[bool, Form(description="extract the new documents at once")] = False
                 ) -> dict[str, Any]:
    return await ingest_upload(request.app.state.workbench, files, extract=extract)
