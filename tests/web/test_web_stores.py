"""The workbench on each store (an SQLite file, a PostgreSQL database): the dashboard's figure, a review
taken through the API, and the login, on both."""

from __future__ import annotations

from fastapi.testclient import TestClient
from web_helpers import EXAMPLE, PASSWORD, login

from accordwatch import pipeline
from accordwatch.agreements import load_agreement
from accordwatch.settings import load_settings
from accordwatch.store import open_store
from accordwatch.store.agreements import save_agreement
from accordwatch.store.users import add_token, add_user
from accordwatch.web import create_app
from accordwatch.web.auth import hash_password, new_token, token_hash


def test_the_workbench_reads_and_reviews_on_each_store(db_url: str) -> None:
    store = open_store(db_url)
    token = new_token()
    try:
        with store.session() as session:
            save_agreement(session, load_agreement(EXAMPLE / "doha-2020.yaml"), str(EXAMPLE))
        pipeline.ingest(store, [EXAMPLE])
        pipeline.extract(store, load_settings(db=db_url))
        with store.session() as session:
            user = add_user(session, "rev", "reviewer", hash_password(PASSWORD))
            add_token(session, user.id, token_hash(token), "")
    finally:
        store.close()
    headers = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(db_url, secret="x"), follow_redirects=False) as client:
        login(client, "rev")
        assert "US-Taliban Agreement" in client.get("/").text

        def releases() -> dict:
            provisions = client.get("/api/v1/agreements/doha-2020/provisions", headers=headers).json()["provisions"]
            return next(p for p in provisions if p["id"] == "taliban_prisoner_release")

        before = releases()
        source = max((s for step in before["timeline"] for s in step["sources"]), key=lambda s: s["value"])
        taken = client.post("/api/v1/reviews", headers=headers, json={
            "kind": "event", "record_id": source["event"], "action": "correct",
            "changes": {"prisoners": source["value"] + 50}})
        assert taken.status_code == 201, taken.text
        assert releases()["reported_done"] == before["reported_done"] + 50
        assert client.get("/events?reviewed=yes").text.count('class="event-link"') == 1
