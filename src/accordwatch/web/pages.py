"""Read pages: login, dashboard, provision, events (with downloads), event and claim."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from accordwatch.model import Claim, Event
from accordwatch.web import reviews
from accordwatch.web.auth import Needs, Principal, WebError, authenticate
from accordwatch.web.charts import curve_chart
from accordwatch.web.data import Snapshot
from accordwatch.web.filters import (
    PAGE_SIZES,
    EventFilter,
    OptionalDay,
    as_csv,
    as_json,
    event_filter,
    matching,
    page_of,
)
from accordwatch.web.views import alerts, claim_row, event_row, highlighted, names, spans_of

router = APIRouter(include_in_schema=False)
PUBLIC, VIEWER = Needs("public"), Needs("viewer")
AsOf = Annotated[OptionalDay, Query(description="the day of the status (default: the latest report)")]


def render(request: Request, template: str, principal: Principal, code: int = 200, **context: Any) -> Response:
    bench = request.app.state.workbench
    return request.app.state.templates.TemplateResponse(
        request, template, {"principal": principal, "bench": bench, **context}, status_code=code)


def _safe_next(target: str) -> str:
    """Where to go after logging in: a path of this site only (never another host)."""
    return target if target.startswith("/") and not target.startswith(("//", "/\\")) else "/"


@router.get("/login")
def login_page(request: Request, principal: Annotated[Principal, Depends(PUBLIC)], next: str = "/") -> Response:
    return render(request, "login.html", principal, next=_safe_next(next), error="")


@router.post("/login")
def login(request: Request, principal: Annotated[Principal, Depends(Needs("public", write=True))],
          name: Annotated[str, Form(max_length=100)], password: Annotated[str, Form(max_length=1000)],
          next: Annotated[str, Form(max_length=2000)] = "/") -> Response:
    bench = request.app.state.workbench
    address = request.client.host if request.client else "?"
    if bench.throttle.blocked(name, address):
        return render(request, "login.html", principal, code=429, next=_safe_next(next),
                      error="too many failed attempts: wait a few minutes and try again")
    user = authenticate(bench.store, name, password)
    if user is None:
        bench.throttle.failed(name, address)
        return render(request, "login.html", principal, code=401, next=_safe_next(next),
                      error="wrong name or password")
    bench.throttle.succeeded(name)
    request.session.clear()  # a new session (and CSRF token) for the logged-in user
    request.session["user_id"] = user.id
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request, principal: Annotated[Principal, Depends(PUBLIC)]) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/")
def home(request: Request, principal: Annotated[Principal, Depends(VIEWER)], as_of: AsOf = None) -> Response:
    snapshot = Snapshot(request.app.state.workbench)
    if not snapshot.agreements:
        return render(request, "dashboard.html", principal, assessment=None, snapshot=snapshot)
    return _dashboard(request, principal, snapshot, snapshot.agreements[0].id, as_of)


@router.get("/agreements/{agreement_id}")
def dashboard(request: Request, principal: Annotated[Principal, Depends(VIEWER)], agreement_id: str,
              as_of: AsOf = None) -> Response:
    return _dashboard(request, principal, Snapshot(request.app.state.workbench), agreement_id, as_of)


def _dashboard(request: Request, principal: Principal, snapshot: Snapshot, agreement_id: str,
               as_of: date | None) -> Response:
    assessment = snapshot.assessment(snapshot.agreement(agreement_id), as_of)
    charts = {s.provision.id: curve_chart(s, 440, 180) for s in assessment.provisions}
    return render(request, "dashboard.html", principal, assessment=assessment, snapshot=snapshot, charts=charts,
                  alerts=alerts(assessment), view=snapshot.view(assessment))


@router.get("/agreements/{agreement_id}/provisions/{provision_id}")
def provision(request: Request, principal: Annotated[Principal, Depends(VIEWER)], agreement_id: str,
              provision_id: str, as_of: AsOf = None) -> Response:
    snapshot = Snapshot(request.app.state.workbench)
    assessment = snapshot.assessment(snapshot.agreement(agreement_id), as_of)
    status = next((s for s in assessment.provisions if s.provision.id == provision_id), None)
    if status is None:
        raise WebError(404, f"no provision {provision_id!r} in {agreement_id}")
    return render(request, "provision.html", principal, assessment=assessment, status=status,
                  curve=curve_chart(status, 820, 260), view=snapshot.view(assessment), snapshot=snapshot)


@router.get("/events")
def events(request: Request, principal: Annotated[Principal, Depends(VIEWER)],
           chosen: Annotated[EventFilter, Depends(event_filter)],
           format: Annotated[str, Query(pattern="^(html|csv|json)$")] = "html") -> Response:
    snapshot = Snapshot(request.app.state.workbench)
    found = matching(snapshot.records.events, chosen, snapshot.actors, snapshot.bench.kb.places)
    if format != "html":  # the whole filter, not one page of it
        rows = [event_row(e, snapshot.actors, snapshot.documents_by_id) for e in found]
        body, kind = (as_csv(rows), "text/csv") if format == "csv" else (as_json(rows), "application/json")
        return Response(body, media_type=f"{kind}; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="events.{format}"'})
    page = page_of(found, chosen)
    rows = [event_row(e, snapshot.actors, snapshot.documents_by_id) for e in page.items]
    choices = {
        "category": sorted({e.category for e in snapshot.records.events}),
        "mode": sorted({e.mode for e in snapshot.records.events if e.mode}),
        "acled": sorted({t for e in snapshot.records.events
                         for t in (e.acled_event_type, e.acled_sub_event_type) if t}),
        "modality": sorted({e.modality for e in snapshot.records.events}),
    }
    return render(request, "events.html", principal, rows=rows, page=page, chosen=chosen, choices=choices,
                  page_sizes=PAGE_SIZES, query=lambda **changes: urlencode(chosen.query(**changes)))


def _record_context(snapshot: Snapshot, record: Event | Claim) -> dict[str, Any]:
    """A record's document with its sentences highlighted, and the other side of a contest."""
    document = snapshot.document(record.doc_id)
    others: list[Event | Claim] = []
    ids = record.contested_with if isinstance(record, Event) else record.events
    for other_id in ids:
        other = snapshot.events_by_id.get(other_id) or snapshot.claims_by_id.get(other_id)
        if other is not None:
            others.append(other)
    if isinstance(record, Event):  # claims that speak of it, and events that name it as their other side
        others += [c for c in snapshot.records.claims if record.id in c.events and c not in others]
        others += [e for e in snapshot.records.events if record.id in e.contested_with and e not in others]
    return {"record": record, "document": document, "text": highlighted(document.text, spans_of(record)),
            "others": others,
            "actors": snapshot.actors, "names": lambda ids: names(snapshot.actors, ids) or "-",
            "review": reviews.review_of(record)}


@router.get("/events/{event_id:path}")
def event_page(request: Request, principal: Annotated[Principal, Depends(VIEWER)], event_id: str) -> Response:
    snapshot = Snapshot(request.app.state.workbench)
    event = snapshot.event(event_id)
    links = []
    for agreement in snapshot.agreements[:1]:
        assessment = snapshot.assessment(agreement, None)
        for status in assessment.provisions:
            for link in status.links + status.breaches + status.not_counted:
                if link.event.id == event.id:
                    links.append((agreement.id, status.provision.id, link.reason))
            for outlier in status.curve.outliers:
                if outlier.observation.event.id == event.id:
                    links.append((agreement.id, status.provision.id, f"outlier, left out: {outlier.reason}"))
    return render(request, "event.html", principal, event=event,
                  row=event_row(event, snapshot.actors, snapshot.documents_by_id), links=links,
                  **_record_context(snapshot, event))


@router.get("/claims/{claim_id:path}")
def claim_page(request: Request, principal: Annotated[Principal, Depends(VIEWER)], claim_id: str) -> Response:
    snapshot = Snapshot(request.app.state.workbench)
    claim = snapshot.claim(claim_id)
    return render(request, "claim.html", principal, claim=claim, row=claim_row(claim, snapshot.actors),
                  **_record_context(snapshot, claim))
