"""The review queue and forms (confirm, correct, reject, merge, split), over accordwatch.review."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from accordwatch.web import reviews
from accordwatch.web.auth import Needs, Principal, WebError
from accordwatch.web.data import Snapshot
from accordwatch.web.pages import _record_context, render
from accordwatch.web.views import claim_row, event_row

router = APIRouter(include_in_schema=False)
REVIEWER, REVIEWER_WRITE = Needs("reviewer"), Needs("reviewer", write=True)
Kind = Literal["event", "claim"]


@router.get("/review")
def queue_page(request: Request, principal: Annotated[Principal, Depends(REVIEWER)]) -> Response:
    snapshot = Snapshot(request.app.state.workbench)
    assessment = snapshot.assessment(snapshot.agreements[0], None) if snapshot.agreements else None
    with snapshot.store.session() as session:
        items = reviews.queue(session, assessment)
        log = reviews.log(session, limit=50)
    return render(request, "review_queue.html", principal, items=items, log=log, snapshot=snapshot,
                  orphaned=getattr(snapshot.records, "orphaned_reviews", []))


def _record(snapshot: Snapshot, kind: str, record_id: str) -> Any:
    return snapshot.event(record_id) if kind == "event" else snapshot.claim(record_id)


@router.get("/review/{kind}/{record_id:path}")
def review_form(request: Request, principal: Annotated[Principal, Depends(REVIEWER)], kind: Kind,
                record_id: str) -> Response:
    snapshot = Snapshot(request.app.state.workbench)
    record = _record(snapshot, kind, record_id)
    fields = reviews.correctable_fields(kind)
    row = event_row(record, snapshot.actors, snapshot.documents_by_id) if kind == "event" \
        else claim_row(record, snapshot.actors)
    with snapshot.store.session() as session:
        log = reviews.log(session, doc_id=record.doc_id, limit=50)
    return render(request, "review_form.html", principal, kind=kind, row=row, fields=fields,
                  actions=reviews.ACTIONS[kind], error="",
                  log=[entry for entry in log if entry.get("record_id") == record_id],
                  **_record_context(snapshot, record))


def changes_from_form(form: Any, fields: dict[str, str]) -> dict[str, Any]:
    """The fields a reviewer filled in, as typed (blank: left as it is); the review module reads and
    checks each value by its kind."""
    changes = {}
    for name in fields:
        given = form.get(f"field_{name}")
        if isinstance(given, str) and given.strip():
            changes[name] = given.strip()
    return changes


@router.post("/review/{kind}/{record_id:path}")
async def review_submit(request: Request, principal: Annotated[Principal, Depends(REVIEWER_WRITE)], kind: Kind,
                        record_id: str) -> Response:
    form = await request.form()
    snapshot = Snapshot(request.app.state.workbench)
    record = _record(snapshot, kind, record_id)
    action = str(form.get("action", ""))
    if action not in reviews.ACTIONS[kind]:
        raise WebError(400, f"unknown action {action!r}")
    arguments: dict[str, Any] = {"kind": kind, "record_id": record.id, "action": action,
                                 "reviewer": principal.name, "note": str(form.get("note", ""))[:2000]}
    if action == "correct":
        arguments["changes"] = changes_from_form(form, reviews.correctable_fields(kind))
        if not arguments["changes"]:
            raise WebError(400, "a correction needs at least one field filled in")
    elif action == "merge":
        arguments["merge_into"] = str(form.get("merge_into", "")).strip()
        if not arguments["merge_into"]:
            raise WebError(400, "a merge needs the id of the record it joins")
    elif action == "split":
        try:
            parts = json.loads(str(form.get("parts", "")))
        except json.JSONDecodeError as err:
            raise WebError(400, f"the parts are not JSON: {err.msg}") from err
        if not isinstance(parts, list) or len(parts) < 2 or not all(isinstance(p, dict) for p in parts):
            raise WebError(400, 'a split needs a list of two or more parts, e.g. '
                                '[{"prisoners": 100}, {"prisoners": 50}]')
        arguments["parts"] = parts
    with snapshot.store.session() as session:
        reviews.record(session, **arguments)
    request.session["flash"] = f"{kind} {record.id}: {action} recorded"
    return RedirectResponse(f"/{kind}s/{record.id}", status_code=303)
