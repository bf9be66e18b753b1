"""The dashboard: each provision's status, figure and band, deadline, days late, its curve, alerts;
as of a chosen day; and the read-only mode that publishes it without login."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from web_helpers import bearer, login


def _row(html: str, provision: str) -> str:
    found = re.search(rf'<tr id="prov-{provision}">(.*?)</tr>', html, re.S)
    assert found, f"no row for {provision}"
    return found.group(1)


def test_the_dashboard_shows_every_provision_with_its_figure_deadline_and_curve(client: TestClient, built) -> None:
    login(client, "viewer")
    html = client.get("/").text
    api = client.get("/api/v1/agreements/doha-2020/provisions", headers=bearer(built, "viewer")).json()
    assert "US-Taliban Agreement for Bringing Peace to Afghanistan" in html
    for provision in api["provisions"]:
        row = _row(html, provision["id"])
        assert provision["status"].replace("_", " ") in row
        if provision["target"]:
            assert f'{provision["reported_done"]:,}' in row and f'{provision["target"]:,}' in row
        if provision["days_late"]:
            assert f'{provision["days_late"]} days late' in row
        if provision["deadline"]:
            assert provision["deadline"] in row
    releases = _row(html, "taliban_prisoner_release")
    assert "<svg" in releases and "<polyline" in releases  # its curve, drawn on the server


def test_an_earlier_day_shows_the_figure_of_that_day(client: TestClient, built) -> None:
    login(client, "viewer")
    headers = bearer(built, "viewer")
    timeline = next(p for p in client.get("/api/v1/agreements/doha-2020/provisions", headers=headers).json()
                    ["provisions"] if p["id"] == "taliban_prisoner_release")["timeline"]
    assert len(timeline) >= 2, "the example should tell the releases in more than one step"
    first = timeline[0]
    html = client.get(f"/agreements/doha-2020?as_of={first['date']}").text
    assert f'<span class="done-figure">{first["value"]:,}</span>' in _row(html, "taliban_prisoner_release")
    before = client.get("/agreements/doha-2020?as_of=2020-03-01").text
    assert '<span class="done-figure">0</span>' in _row(before, "taliban_prisoner_release")


def test_the_dashboard_raises_alerts_for_deadlines_passed(client: TestClient) -> None:
    login(client, "viewer")
    html = client.get("/agreements/doha-2020?as_of=2020-04-25").text
    alerts = re.search(r'<section class="alerts" id="alerts">(.*?)</section>', html, re.S)
    assert alerts and "deadline" in alerts.group(1) and "taliban_prisoner_release" in alerts.group(1)


def test_a_bad_day_or_an_unknown_agreement_is_said_plainly(client: TestClient) -> None:
    login(client, "viewer")
    assert client.get("/agreements/doha-2020?as_of=2020-02-30").status_code == 422
    missing = client.get("/agreements/no-such-deal")
    assert missing.status_code == 404 and "no agreement" in missing.text


def test_read_only_mode_serves_the_read_pages_without_login_and_refuses_writes(read_only_app) -> None:
    with TestClient(read_only_app, follow_redirects=False) as anonymous:
        home = anonymous.get("/")
        assert home.status_code == 200 and "read-only" in home.text and "Log in" not in home.text
        assert anonymous.get("/events").status_code == 200
        assert anonymous.get("/api/v1/events").status_code == 200
        token = re.search(r'name="csrf_token" value="([^"]+)"', anonymous.get("/login").text).group(1)
        assert anonymous.post("/login", data={"name": "admin", "password": "x", "csrf_token": token}
                              ).status_code == 403
        assert anonymous.get("/admin/users").status_code == 401 or \
            anonymous.get("/admin/users").headers.get("location", "").startswith("/login")
        assert anonymous.post("/api/v1/reviews", json={}).status_code == 403
