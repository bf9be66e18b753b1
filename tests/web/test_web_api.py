"""The JSON API under /api/v1 with tokens: agreements, provisions as of a day, events (the page's
filters), claims, documents, reviews, and ingest by upload with the CLI's failure records."""

from __future__ import annotations

from fastapi.testclient import TestClient
from web_helpers import bearer, csrf_of, login


def test_agreements_and_provisions_as_of_a_day(client: TestClient, built) -> None:
    headers = bearer(built, "viewer")
    agreements = client.get("/api/v1/agreements", headers=headers).json()
    assert [a["id"] for a in agreements] == ["doha-2020"]
    assert "taliban_prisoner_release" in [p["id"] for p in agreements[0]["provisions"]]
    early = client.get("/api/v1/agreements/doha-2020/provisions?as_of=2020-03-01", headers=headers).json()
    late = client.get("/api/v1/agreements/doha-2020/provisions", headers=headers).json()
    assert early["as_of"] == "2020-03-01" and late["as_of"] > early["as_of"]
    by_id = {p["id"]: p for p in late["provisions"]}
    releases = by_id["taliban_prisoner_release"]
    assert releases["reported_done"] > 0 and releases["band"] and releases["sources"]
    assert {p["id"]: p for p in early["provisions"]}["taliban_prisoner_release"]["reported_done"] == 0
    assert client.get("/api/v1/agreements/unknown/provisions", headers=headers).status_code == 404
    assert client.get("/api/v1/agreements/doha-2020/provisions?as_of=soon", headers=headers).status_code == 422


def test_events_and_claims_one_by_one_and_in_pages(client: TestClient, built) -> None:
    headers = bearer(built, "viewer")
    page = client.get("/api/v1/events?category=RETREAT&per_page=3", headers=headers).json()
    assert page["per_page"] == 3 and len(page["items"]) <= 3 and page["total"] >= len(page["items"])
    one = page["items"][0]
    assert client.get(f"/api/v1/events/{one['id']}", headers=headers).json() == one
    assert client.get("/api/v1/events/not-an-event", headers=headers).status_code == 404
    claims = client.get("/api/v1/claims?doc_id=aw-test-hostile", headers=headers).json()
    assert claims["total"] >= 1 and {c["doc_id"] for c in claims["items"]} == {"aw-test-hostile"}
    first = claims["items"][0]
    assert client.get(f"/api/v1/claims/{first['id']}", headers=headers).json()["sentence"] == first["sentence"]


def test_documents_list_their_failures(client: TestClient, built) -> None:
    listed = client.get("/api/v1/documents", headers=bearer(built, "viewer")).json()
    assert "aw-test-hostile" in {d["id"] for d in listed["documents"]}
    hostile = next(d for d in listed["documents"] if d["id"] == "aw-test-hostile")
    assert hostile["url"] is None  # a javascript: address is no link
    assert any(f["source"].endswith("broken-empty.txt") for f in listed["failures"])


def test_ingest_by_upload_is_for_admins_and_records_failures_like_the_cli(writable_app, built) -> None:
    with TestClient(writable_app, follow_redirects=False) as client:
        report = (b"HERAT - Local elders said on Sunday that a road between two districts had reopened after "
                  b"a week of talks.\n")
        upload = [("files", ("road-reopens.txt", report, "text/plain"))]
        assert client.post("/api/v1/ingest", files=upload, headers=bearer(built, "reviewer")).status_code == 403
        done = client.post("/api/v1/ingest", files=upload, headers=bearer(built, "admin"))
        assert done.status_code == 200 and done.json()["new"] == 1
        again = client.post("/api/v1/ingest", files=upload, headers=bearer(built, "admin")).json()
        assert again["unchanged"] == 1
        broken = client.post("/api/v1/ingest", files=[("files", ("blank.txt", b"", "text/plain"))],
                             headers=bearer(built, "admin")).json()
        assert broken["new"] == 0 and broken["failures"] and broken["failures"][0]["source"] == "blank.txt"
        listed = client.get("/api/v1/documents", headers=bearer(built, "admin")).json()
        assert any(f["source"].endswith("blank.txt") for f in listed["failures"])
        wrong_kind = client.post("/api/v1/ingest", files=[("files", ("tool.exe", b"MZ", "application/x-binary"))],
                                 headers=bearer(built, "admin"))
        assert wrong_kind.status_code == 400


def test_a_browser_session_must_send_its_csrf_token_to_the_api(writable_app) -> None:
    with TestClient(writable_app, follow_redirects=False) as client:
        login(client, "admin")
        files = [("files", ("x.txt", b"KABUL - A short note of our own about a meeting.\n", "text/plain"))]
        assert client.post("/api/v1/ingest", files=files).status_code == 403
        token = csrf_of(client.get("/documents").text)
        assert client.post("/api/v1/ingest", files=files, headers={"X-CSRF-Token": token}).status_code == 200


def test_reviews_are_listed_to_readers_and_taken_by_reviewers(client: TestClient, built) -> None:
    body = {"kind": "event", "record_id": "no-such-event", "action": "confirm"}
    assert client.post("/api/v1/reviews", json=body, headers=bearer(built, "viewer")).status_code == 403
    assert client.post("/api/v1/reviews", json=body, headers=bearer(built, "reviewer")).status_code == 404
    assert client.post("/api/v1/reviews", json={**body, "action": "approve"},
                       headers=bearer(built, "reviewer")).status_code == 422
    assert client.get("/api/v1/reviews", headers=bearer(built, "viewer")).status_code == 200


def test_a_feed_uploaded_and_extracted_gives_its_entries_as_documents(writable_app, built) -> None:
    feed = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Valley Wire</title>
 <item><guid>vw-12</guid><title>Elders meet</title><link>https://valley.example.org/12</link>
  <pubDate>Tue, 14 Apr 2020 09:00:00 +0430</pubDate>
  <description>Elders from two districts of Herat met on Monday to reopen a road closed for a week, a
  provincial official said.</description></item>
</channel></rss>"""
    with TestClient(writable_app, follow_redirects=False) as client:
        done = client.post("/api/v1/ingest", files=[("files", ("valley.rss", feed, "application/rss+xml"))],
                           data={"extract": "true"}, headers=bearer(built, "admin"))
        assert done.status_code == 200, done.text
        assert done.json()["new"] == 1 and done.json()["extracted"]["documents"] == 1
