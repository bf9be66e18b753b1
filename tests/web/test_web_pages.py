"""The read pages: provision, events (filters, sorting, pages, downloads), event and claim (their
sentences highlighted in the document), documents (failures, retry, upload), actors and the map."""

from __future__ import annotations

import csv
import io
import json
import re

from fastapi.testclient import TestClient
from web_helpers import bearer, csrf_of, login


def _api(client: TestClient, built, path: str, role: str = "viewer"):
    answer = client.get(path, headers=bearer(built, role))
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_the_provision_page_shows_each_step_with_its_sources_and_the_links_with_reasons(client, built) -> None:
    login(client, "viewer")
    provisions = _api(client, built, "/api/v1/agreements/doha-2020/provisions")["provisions"]
    releases = next(p for p in provisions if p["id"] == "taliban_prisoner_release")
    html = client.get("/agreements/doha-2020/provisions/taliban_prisoner_release").text
    steps = re.search(r'<table id="steps">(.*?)</table>', html, re.S).group(1)
    assert steps.count("<tr>") == len(releases["timeline"]) + 1  # its head and one row a step
    for step in releases["timeline"]:
        assert step["date"] in steps
        for source in step["sources"]:
            assert f'/events/{source["event"].replace(":", "%3A")}' in steps
    links = re.search(r'<ul id="links">(.*?)</ul>', html, re.S).group(1)
    for link in releases["links"]:
        assert link["reason"].split(" matches")[0] in links
    assert client.get("/agreements/doha-2020/provisions/nothing-like-it").status_code == 404


def test_events_filter_by_category_mode_modality_and_contested(client, built) -> None:
    login(client, "viewer")
    every = _api(client, built, "/api/v1/events?per_page=500")["items"]
    releases = [e for e in every if e["category"] == "RETREAT" and e["mode"] == "release"]
    assert releases and len(releases) < len(every)
    html = client.get("/events?category=RETREAT&mode=release&per_page=200").text
    assert f"{len(releases)} found" in html
    assert html.count('class="event-link"') == len(releases)
    planned = _api(client, built, "/api/v1/events?modality=planned&per_page=500")["items"]
    assert planned and {e["modality"] for e in planned} == {"planned"}
    contested = _api(client, built, "/api/v1/events?contested=yes&per_page=500")["items"]
    calm = _api(client, built, "/api/v1/events?contested=no&per_page=500")["items"]
    assert len(contested) + len(calm) == len(every) and all(e["contested"] for e in contested)


def test_events_filter_by_actor_place_date_range_and_acled_type(client, built) -> None:
    every = _api(client, built, "/api/v1/events?per_page=500")["items"]
    taliban = _api(client, built, "/api/v1/events?actor=taliban&per_page=500")["items"]
    assert taliban and all("taliban" in e["actors"] + e["recipients"] or e["actor_names"] for e in taliban)
    kandahar = _api(client, built, "/api/v1/events?place=kandahar&per_page=500")["items"]
    assert kandahar and all("kandahar" in e["place"] for e in kandahar)
    april = _api(client, built, "/api/v1/events?date_from=2020-04-01&date_to=2020-04-30&per_page=500")["items"]
    dated = [e for e in every if e["date"]]
    assert april and len(april) < len(dated)
    assert all(e["date"][:7] in {"2020-04", "2020"} or isinstance(e["date"], str) for e in april)
    typed = [e for e in every if e["acled_event_type"]]
    if typed:
        kind = typed[0]["acled_event_type"]
        found = _api(client, built, f"/api/v1/events?acled={kind}&per_page=500")["items"]
        assert found and all(kind in {e["acled_event_type"], e["acled_sub_event_type"]} for e in found)


def test_events_sort_and_page(client, built) -> None:
    newest = _api(client, built, "/api/v1/events?sort=-date&per_page=500")["items"]
    dates = [e["date"] for e in newest if e["date"] and len(e["date"]) == 10]
    assert dates == sorted(dates, reverse=True)
    first = _api(client, built, "/api/v1/events?per_page=5&page=1")
    second = _api(client, built, "/api/v1/events?per_page=5&page=2")
    assert first["pages"] == -(-first["total"] // 5)
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    login(client, "viewer")
    html = client.get("/events?per_page=25&page=2").text
    assert "page 2 of" in html and 'rel="prev"' in html


def test_the_downloads_hold_the_whole_filter_not_one_page(client, built) -> None:
    login(client, "viewer")
    wanted = _api(client, built, "/api/v1/events?category=RETREAT&per_page=500")["items"]
    as_csv = client.get("/events?category=RETREAT&per_page=1&format=csv")
    assert as_csv.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert [r["id"] for r in rows] == [e["id"] for e in wanted]
    as_json = client.get("/events?category=RETREAT&per_page=1&format=json")
    assert [e["id"] for e in json.loads(as_json.text)] == [e["id"] for e in wanted]


def test_the_event_page_highlights_its_sentence_inside_the_document(client, built) -> None:
    login(client, "viewer")
    event = next(e for e in _api(client, built, "/api/v1/events?category=RETREAT&per_page=500")["items"]
                 if e["doc_id"] != "aw-test-hostile" and e["prisoners"])
    html = client.get(f"/events/{event['id']}").text
    text = re.search(r'<div class="doctext" id="doctext">(.*?)</div>', html, re.S).group(1)
    marked = re.search(r'<mark class="sentence[^"]*" id="source">(.*?)</mark>', text, re.S)
    assert marked, "the sentence is marked in the document text"
    words = re.findall(r'<mark class="sentence words"[^>]*>(.*?)</mark>', text, re.S)
    assert words and words[0].strip() in event["sentence"].replace("&", "&amp;")
    assert "provision-links" in html and "taliban_prisoner_release" in html


def test_the_claim_page_shows_the_accounts_side_by_side(client, built) -> None:
    login(client, "viewer")
    claims = _api(client, built, "/api/v1/claims?per_page=500")["items"]
    about = next(c for c in claims if c["events"])
    html = client.get(f"/claims/{about['id']}").text
    assert 'id="accounts"' in html and about["events"][0] in html
    assert '<mark class="sentence' in html
    assert client.get("/claims/no-such-claim").status_code == 404


def test_documents_show_failures_with_their_reasons_and_only_admins_get_the_buttons(client) -> None:
    login(client, "viewer")
    html = client.get("/documents").text
    failures = re.search(r'<table id="failures">(.*?)</table>', html, re.S).group(1)
    assert "broken-empty.txt" in failures and "empty" in failures
    assert 'id="retry"' not in html and 'id="upload-form"' not in html
    client.cookies.clear()
    login(client, "admin")
    admin = client.get("/documents").text
    assert 'id="retry"' in admin and 'id="upload-form"' in admin


def test_an_admin_uploads_a_report_and_retries_failures(writable_app) -> None:
    with TestClient(writable_app, follow_redirects=False) as client:
        login(client, "admin")
        token = csrf_of(client.get("/documents").text)
        text = "KABUL - Officials said on Monday that talks between the two sides would resume next week.\n"
        sent = client.post("/admin/upload", data={"csrf_token": token},
                           files=[("files", ("talks-resume.txt", text.encode(), "text/plain"))])
        assert sent.status_code == 303
        after = client.get("/documents").text
        assert "uploaded: 1 new" in after and "talks-resume" in after
        retried = client.post("/admin/retry", data={"csrf_token": csrf_of(after)})
        assert retried.status_code == 303 and "retried:" in client.get("/documents").text


def test_actors_and_the_map(client) -> None:
    login(client, "viewer")
    actors = client.get("/actors").text
    assert 'href="/actors/taliban"' in actors
    taliban = client.get("/actors/taliban").text
    assert "Statements over time" in taliban and "<blockquote>" in taliban
    assert client.get("/actors/nobody-at-all").status_code == 404
    mapped = client.get("/map").text
    assert '<svg class="map"' in mapped and mapped.count('<circle class="point"') >= 1
    assert "Kandahar" in mapped
    provinces = client.get("/map?by=province").text
    assert '<strong>province</strong>' in provinces and "(province)" in provinces
    assert client.get("/map?by=planet").status_code == 422
