"""Read pages over the corpus (documents, actors, map), the admin's pages (retry, upload, users) and
the API's own docs page (drawn from the OpenAPI schema, nothing from a CDN)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from accordwatch import pipeline
from accordwatch.store.users import ROLES, add_user, all_users, set_disabled
from accordwatch.web.auth import Needs, Principal, WebError, all_routes, declared_role, hash_password
from accordwatch.web.charts import event_map
from accordwatch.web.data import Snapshot
from accordwatch.web.pages import render
from accordwatch.web.uploads import ingest_upload
from accordwatch.web.views import document_row

router = APIRouter(include_in_schema=False)
VIEWER, ADMIN_WRITE, ADMIN = Needs("viewer"), Needs("admin", write=True), Needs("admin")


@router.get("/documents")
def documents_page(request: Request, principal: Annotated[Principal, Depends(VIEWER)]) -> Response:
    snapshot = Snapshot(request.app.state.workbench)
    failed: dict[str, list[str]] = {}
    for failure, stage, doc_id in snapshot.failures:
        if doc_id:
            failed.setdefault(doc_id, []).append(f"{stage}: {failure.reason}")
    counts: dict[str, int] = {}
    for event in snapshot.records.events:
        counts[event.doc_id] = counts.get(event.doc_id, 0) + 1
    rows = [document_row(d, failed.get(d.id, [])) for d in snapshot.documents]
    return render(request, "documents.html", principal, rows=rows, failures=snapshot.failures, counts=counts)


@router.get("/documents/{doc_id:path}")
def document_page(request: Request, principal: Annotated[Principal, Depends(VIEWER)], doc_id: str) -> Response:
    snapshot = Snapshot(request.app.state.workbench)
    document = snapshot.document(doc_id)
    events = [e for e in snapshot.records.events if e.doc_id == doc_id]
    claims = [c for c in snapshot.records.claims if c.doc_id == doc_id]
    return render(request, "document.html", principal, document=document, row=document_row(document, []),
                  events=events, claims=claims, actors=snapshot.actors)


@router.post("/admin/retry")
def retry_failed(request: Request, principal: Annotated[Principal, Depends(ADMIN_WRITE)]) -> Response:
    summary = pipeline.ingest(request.app.state.workbench.store, [], retry_failed=True)
    request.session["flash"] = (f"retried: {summary.new} new, {summary.updated} updated, "
                                f"{len(summary.failures)} failed again, {len(summary.cleared)} gone")
    return RedirectResponse("/documents", status_code=303)


@router.post("/admin/upload")
async def upload(request: Request, principal: Annotated[Principal, Depends(ADMIN_WRITE)],
                 files: Annotated[list[UploadFile], File()], extract: Annotated[bool, Form()] = False) -> Response:
    result = await ingest_upload(request.app.state.workbench, files, extract=extract)
    failures = "; ".join(f"{f['source']}: {f['reason']}" for f in result["failures"])
    request.session["flash"] = (f"uploaded: {result['new']} new, {result['updated']} updated, "
                                f"{result['unchanged']} unchanged" + (f"; failed: {failures}" if failures else ""))
    return RedirectResponse("/documents", status_code=303)


@router.get("/actors")
def actors_page(request: Request, principal: Annotated[Principal, Depends(VIEWER)]) -> Response:
    snapshot = Snapshot(request.app.state.workbench)
    seen: dict[str, int] = {}
    for event in snapshot.records.events:
        for actor_id in {*event.actors, *event.recipients}:
            seen[actor_id] = seen.get(actor_id, 0) + 1
    for claim in snapshot.records.claims:
        if claim.speaker:
            seen[claim.speaker] = seen.get(claim.speaker, 0) + 1
    actors = sorted((snapshot.actors[i] for i in seen if i in snapshot.actors), key=lambda a: a.name.casefold())
    return render(request, "actors.html", principal, actors=actors, seen=seen, all_actors=snapshot.actors)


@router.get("/actors/{actor_id:path}")
def actor_page(request: Request, principal: Annotated[Principal, Depends(VIEWER)], actor_id: str) -> Response:
    snapshot = Snapshot(request.app.state.workbench)
    actor = snapshot.actors.get(actor_id)
    if actor is None:
        raise WebError(404, f"no actor {actor_id!r}")
    claims = sorted((c for c in snapshot.records.claims if c.speaker == actor_id),
                    key=lambda c: (c.date.first.isoformat() if c.date else "", c.id))
    events = [e for e in snapshot.records.events if actor_id in e.actors or actor_id in e.recipients]
    return render(request, "actor.html", principal, actor=actor, claims=claims, events=events,
                  actors=snapshot.actors)


@router.get("/map")
def map_page(request: Request, principal: Annotated[Principal, Depends(VIEWER)],
             by: Annotated[str, Query(pattern="^(place|province)$")] = "place") -> Response:
    """Events by the place they name (a district, a city), or summed up by province."""
    snapshot = Snapshot(request.app.state.workbench)
    kb = request.app.state.workbench.kb
    chart = event_map(snapshot.records.events, kb.places, grouped_by=kb.province_of if by == "province" else None)
    return render(request, "map.html", principal, chart=chart, by=by)


@router.get("/admin/users")
def users_page(request: Request, principal: Annotated[Principal, Depends(ADMIN)]) -> Response:
    with request.app.state.workbench.store.session() as session:
        users = all_users(session)
    return render(request, "users.html", principal, users=users, roles=ROLES)


@router.post("/admin/users")
def users_add(request: Request, principal: Annotated[Principal, Depends(ADMIN_WRITE)],
              name: Annotated[str, Form(min_length=1, max_length=100, pattern=r"^[\w.@-]+$")],
              role: Annotated[str, Form(pattern="^(viewer|reviewer|admin)$")],
              password: Annotated[str, Form(min_length=8, max_length=1000)]) -> Response:
    with request.app.state.workbench.store.session() as session:
        add_user(session, name, role, hash_password(password))
    request.session["flash"] = f"user {name} ({role}) saved"
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{name}/disable")
def users_disable(request: Request, principal: Annotated[Principal, Depends(ADMIN_WRITE)], name: str,
                  disabled: Annotated[bool, Form()] = True) -> Response:
    if name == principal.name and disabled:
        raise WebError(400, "you cannot disable yourself")
    with request.app.state.workbench.store.session() as session:
        if not set_disabled(session, name, disabled):
            raise WebError(404, f"no user {name!r}")
    return RedirectResponse("/admin/users", status_code=303)


@router.get("/api/docs")
def api_docs(request: Request, principal: Annotated[Principal, Depends(Needs("public"))]) -> Response:
    schema = request.app.openapi()
    roles = {(m, getattr(r, "path", "")): declared_role(r) for r in all_routes(request.app)
             for m in getattr(r, "methods", None) or []}
    operations = []
    for path, items in schema.get("paths", {}).items():
        for method, operation in items.items():
            needs = roles.get((method.upper(), path))
            operations.append({"method": method.upper(), "path": path, "summary": operation.get("summary", ""),
                               "description": operation.get("description", ""),
                               "parameters": operation.get("parameters", []),
                               "role": needs.role if needs else "public"})
    return render(request, "api_docs.html", principal, schema=schema, operations=operations)
