"""Review pages and API over accordwatch.review: the queue, the forms (confirm, correct, reject,
merge, split), a correction that moves the dashboard's figure and survives extracting everything
again, and the log of who changed what."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from web_helpers import bearer, csrf_of, login

from accordwatch import pipeline
from accordwatch.settings import load_settings
from accordwatch.store import open_store

PROVISION = "taliban_prisoner_release"


def _figure(client: TestClient, built) -> tuple[int, list[dict]]:
    """The provision's figure and the sources of every step of its curve."""
    provisions = client.get("/api/v1/agreements/doha-2020/provisions", headers=bearer(built, "viewer")).json()
    releases = next(p for p in provisions["provisions"] if p["id"] == PROVISION)
    return releases["reported_done"], [s for step in releases["timeline"] for s in step["sources"]]


def _review(client: TestClient, kind: str, record_id: str, **fields: str):
    form = client.get(f"/review/{kind}/{record_id}")
    assert form.status_code == 200, form.text
    return client.post(f"/review/{kind}/{record_id}", data={"csrf_token": csrf_of(form.text), **fields})


def test_the_queue_puts_first_what_moves_a_figure_and_is_for_reviewers(client: TestClient, built) -> None:
    login(client, "viewer")
    assert client.get("/review").status_code == 403
    client.cookies.clear()
    login(client, "reviewer")
    html = client.get("/review").text
    items = re.findall(r'<a class="queue-item" href="/review/(event|claim)/([^"]+)">', html)
    assert items
    _, sources = _figure(client, built)
    behind_figure = {s["event"] for s in sources}
    first = items[0][1].replace("%3A", ":")
    assert first in behind_figure or not behind_figure


def test_a_correction_moves_the_figure_and_survives_extracting_everything_again(built, writable_app) -> None:
    with TestClient(writable_app, follow_redirects=False) as client:
        login(client, "reviewer")
        before, sources = _figure(client, built)
        source = max(sources, key=lambda s: s["value"])  # the one the figure stands on
        corrected = source["value"] + 100
        answer = _review(client, "event", source["event"], action="correct", field_prisoners=str(corrected),
                         note="the ministry's list gives a hundred more")
        assert answer.status_code == 303, answer.text
        after, _ = _figure(client, built)
        assert after == before + 100
        page = client.get(f"/events/{source['event']}").text
        assert "reviewed: correct" in page and f"prisoners {corrected}" in page
        dashboard = client.get("/").text
        assert f'<span class="done-figure">{after:,}</span>' in dashboard and "reviewed figure" in dashboard
        url = str(writable_app.state.workbench.store.url)
        store = open_store(url)
        try:
            pipeline.extract(store, load_settings(db=url), everything=True)
        finally:
            store.close()
        assert _figure(client, built)[0] == after
        log = client.get("/api/v1/reviews", headers=bearer(built, "viewer")).json()
        assert log[0]["action"] == "correct" and log[0]["reviewer"] == "reviewer"
        assert log[0]["before"]["prisoners"] == source["value"] and log[0]["after"]["prisoners"] == corrected


def test_confirm_marks_the_record_and_the_reviewed_filter_finds_it(built, writable_app) -> None:
    with TestClient(writable_app, follow_redirects=False) as client:
        login(client, "reviewer")
        event = client.get("/api/v1/events?category=RETREAT", headers=bearer(built, "viewer")).json()["items"][0]
        assert _review(client, "event", event["id"], action="confirm").status_code == 303
        found = client.get("/api/v1/events?reviewed=yes&per_page=500", headers=bearer(built, "viewer")).json()
        assert [e["id"] for e in found["items"]] == [event["id"]] and found["items"][0]["review"]["action"] == "confirm"
        assert "reviewed: confirm" in client.get(f"/events/{event['id']}").text


def test_a_bad_value_is_refused_with_the_reason(built, writable_app) -> None:
    with TestClient(writable_app, follow_redirects=False) as client:
        login(client, "reviewer")
        event = client.get("/api/v1/events?category=RETREAT", headers=bearer(built, "viewer")).json()["items"][0]
        answer = _review(client, "event", event["id"], action="correct", field_prisoners="many")
        assert answer.status_code == 400 and "not a whole number" in answer.text
        empty = _review(client, "event", event["id"], action="correct")
        assert empty.status_code == 400


def test_reject_merge_and_split_through_the_api(built, writable_app) -> None:
    with TestClient(writable_app) as client:
        headers = bearer(built, "reviewer")
        events = client.get("/api/v1/events?per_page=500", headers=headers).json()["items"]
        total = len(events)
        by_doc: dict[str, list[dict]] = {}
        for event in events:
            by_doc.setdefault(event["doc_id"], []).append(event)
        pair = next(group for group in by_doc.values() if len(group) >= 3)
        rejected = client.post("/api/v1/reviews", headers=headers, json={
            "kind": "event", "record_id": pair[0]["id"], "action": "reject", "note": "not an act"})
        assert rejected.status_code == 201, rejected.text
        merged = client.post("/api/v1/reviews", headers=headers, json={
            "kind": "event", "record_id": pair[1]["id"], "action": "merge", "merge_into": pair[2]["id"]})
        assert merged.status_code == 201, merged.text
        left = client.get("/api/v1/events?per_page=500", headers=headers).json()["items"]
        assert len(left) == total - 2
        release = next(e for e in left if e["prisoners"] and e["category"] == "RETREAT")
        split = client.post("/api/v1/reviews", headers=headers, json={
            "kind": "event", "record_id": release["id"], "action": "split",
            "parts": [{"prisoners": 10}, {"prisoners": 20}]})
        assert split.status_code == 201, split.text
        parts = [e for e in client.get("/api/v1/events?per_page=500", headers=headers).json()["items"]
                 if e["id"].startswith(release["id"] + "/")]
        assert sorted(p["prisoners"] for p in parts) == [10, 20]
        assert client.get(f"/api/v1/events/{parts[0]['id']}", headers=headers).status_code == 200
        bad = client.post("/api/v1/reviews", headers=headers, json={
            "kind": "event", "record_id": parts[0]["id"], "action": "correct", "changes": {"color": "red"}})
        assert bad.status_code == 400 and "color" in bad.json()["detail"]
        gone = client.post("/api/v1/reviews", headers=headers, json={
            "kind": "event", "record_id": release["id"], "action": "confirm"})
        assert gone.status_code == 404  # split: its parts stand for it now
        assert client.post("/api/v1/reviews", headers=bearer(built, "viewer"), json={
            "kind": "event", "record_id": release["id"], "action": "confirm"}).status_code == 403


def test_claims_are_confirmed_corrected_or_rejected(built, writable_app) -> None:
    with TestClient(writable_app, follow_redirects=False) as client:
        login(client, "reviewer")
        claim = client.get("/api/v1/claims?doc_id=aw-test-hostile", headers=bearer(built, "viewer")).json()["items"][0]
        form = client.get(f"/review/claim/{claim['id']}").text
        assert 'value="merge"' not in form and 'name="field_stance"' in form
        assert _review(client, "claim", claim["id"], action="correct", field_stance="dispute").status_code == 303
        now = client.get(f"/api/v1/claims/{claim['id']}", headers=bearer(built, "viewer")).json()
        assert now["stance"] == "dispute" and now["review"]["action"] == "correct"


def test_what_another_process_stores_meanwhile_shows_on_the_next_page(built, writable_app, tmp_path) -> None:
    """The app keeps what it loaded between requests; a review or a report stored by the command line
    on the same database shows all the same on the next request."""
    from accordwatch.review import record_review

    with TestClient(writable_app, follow_redirects=False) as client:
        before, sources = _figure(client, built)
        assert _figure(client, built)[0] == before  # read again from what was kept: the same
        source = max(sources, key=lambda s: s["value"])
        store = open_store(str(writable_app.state.workbench.store.url))
        try:
            with store.session() as session:
                record_review(session, kind="event", record_id=source["event"], action="correct",
                              reviewer="desk", changes={"prisoners": source["value"] + 40})
            assert _figure(client, built)[0] == before + 40
            report = tmp_path / "late.txt"
            report.write_text("A late report of our own: the talks in Doha resumed on Friday.\n", encoding="utf-8")
            pipeline.ingest(store, [report])
        finally:
            store.close()
        listed = client.get("/api/v1/documents", headers=bearer(built, "viewer")).json()["documents"]
        assert "late" in {d["id"] for d in listed}
