"""The workbench in a real browser: the app served by uvicorn on a free loopback port, Debian's Chromium
driven headless by Playwright (one server and one browser for the module). The main flows end to end
(login, dashboard, filtering events, opening one, reviewing it: a correction that moves the dashboard's
figure and survives extracting everything again), hostile markup inert in the DOM, and a screenshot of
each page (into ACCORDWATCH_SCREENSHOTS when set: scripts/screenshots.sh writes docs/screenshots/)."""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from web_helpers import PASSWORD, SECRET, copy_store

from accordwatch import pipeline
from accordwatch.settings import load_settings
from accordwatch.store import open_store
from accordwatch.web import create_app

pytestmark = pytest.mark.browser
CHROMIUM_VARIABLE = "ACCORDWATCH_TEST_CHROMIUM"
HOSTILE_EVENT = "aw-test-hostile:e001"


def _chromium() -> str:
    path = os.environ.get(CHROMIUM_VARIABLE) or "/usr/bin/chromium"
    if Path(path).exists():
        return path
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but no Chromium for the browser tests at {path} ({CHROMIUM_VARIABLE}; "
                    f"scripts/test.sh installs Debian's chromium)", pytrace=False)
    pytest.skip(f"browser tests: no Chromium at {path} (set {CHROMIUM_VARIABLE}; scripts/test.sh installs it)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(built, tmp_path_factory) -> Iterator[tuple[str, str]]:
    """(base URL, store URL): the app over a copy of the built store, served on a free loopback port."""
    url = copy_store(built, tmp_path_factory.mktemp("served"))
    server = uvicorn.Server(uvicorn.Config(create_app(url, secret=SECRET), host="127.0.0.1", port=_free_port(),
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{server.config.port}", url
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where the screenshots go: ACCORDWATCH_SCREENSHOTS, else a folder of this test run."""
    given = os.environ.get("ACCORDWATCH_SCREENSHOTS")
    folder = Path(given) if given else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser, served):
    context = browser.new_context(viewport={"width": 1280, "height": 860}, base_url=served[0])
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    # what the Content-Security-Policy refused (an inline style or script would be): the page relies on none
    opened.on("console", lambda message: errors.append(message.text)
              if "Content Security Policy" in message.text else None)
    yield opened
    context.close()
    assert not errors, f"script errors or refusals in the page: {errors}"


def _login(page, name: str) -> None:
    page.goto("/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"^(?!.*/login).*$"))


def _figure(page) -> str:
    return page.locator("#prov-taliban_prisoner_release .done-figure").inner_text()


def test_login_then_the_dashboard(page, shots: Path) -> None:
    page.goto("/")
    assert "/login" in page.url  # an anonymous reader is sent to the form
    page.screenshot(path=shots / "login.png")
    page.fill("input[name=name]", "viewer")
    page.fill("input[name=password]", "not the password")
    page.click("button[type=submit]")
    assert "wrong name or password" in page.locator("#login-error").inner_text()
    _login(page, "viewer")
    assert "US-Taliban Agreement" in page.locator("#agreement-title").inner_text()
    assert page.locator("#provisions svg.curve").count() >= 1
    assert page.locator("#who").inner_text() == "viewer (viewer)"
    page.screenshot(path=shots / "dashboard.png", full_page=True)
    page.fill("input[name=as_of]", "2020-03-05")
    page.click("#as-of-form button[type=submit]")
    assert "as_of=2020-03-05" in page.url and _figure(page) == "0"


def test_filter_the_events_and_open_one(page, shots: Path) -> None:
    _login(page, "viewer")
    page.goto("/events")
    every = int(page.locator("#event-total").inner_text().split()[0])
    page.select_option("select[name=category]", "RETREAT")
    page.select_option("select[name=mode]", "release")
    page.click("#filters button[type=submit]")
    assert "category=RETREAT" in page.url
    found = int(page.locator("#event-total").inner_text().split()[0])
    assert 0 < found < every
    links = page.locator("a.event-link")
    assert all(text.startswith("RETREAT/release") for text in links.all_inner_texts())
    page.screenshot(path=shots / "events.png", full_page=True)
    with page.expect_download() as download:
        page.click("#download-csv")
    assert download.value.suggested_filename == "events.csv"
    links.first.click()
    page.wait_for_url(re.compile(r"/events/.+"))
    assert page.locator("#doctext mark#source").count() == 1  # its sentence, marked in the document
    assert page.locator("#doctext mark#source").is_visible()
    page.screenshot(path=shots / "event.png", full_page=True)


def test_review_an_event_the_figure_moves_and_survives_extracting_again(page, served, shots: Path) -> None:
    _login(page, "reviewer")
    page.goto("/agreements/doha-2020/provisions/taliban_prisoner_release")
    page.screenshot(path=shots / "provision.png", full_page=True)
    before = int(page.locator("#figure").inner_text().replace(",", ""))
    # the source the figure stands on: the highest of the last step
    last_step = page.locator("#steps tbody tr").last
    source = last_step.locator(".source a").first
    value = int(re.sub(r"\D", "", source.inner_text()))
    source.click()
    page.wait_for_url(re.compile(r"/events/.+"))
    page.click("#review-link")
    page.wait_for_url(re.compile(r"/review/event/.+"))
    page.check("input[name=action][value=correct]")
    assert page.locator("#correct-fields").is_visible()
    page.fill("input[name=field_prisoners]", str(value + 100))
    page.fill("input[name=note]", "the list published later gives a hundred more")
    page.screenshot(path=shots / "review-form.png", full_page=True)
    page.click("#review-submit")
    page.wait_for_url(re.compile(r"/events/.+"))
    assert "correct recorded" in page.locator(".flash").inner_text()
    assert "reviewed: correct" in page.content()
    page.goto("/")
    assert int(_figure(page).replace(",", "")) == before + 100
    store = open_store(served[1])
    try:
        pipeline.extract(store, load_settings(db=served[1]), everything=True)  # `accordwatch extract --all`
    finally:
        store.close()
    page.reload()
    assert int(_figure(page).replace(",", "")) == before + 100
    assert page.locator("#prov-taliban_prisoner_release .reviewed").count() == 1
    page.goto("/review")
    assert page.locator("#review-log tbody tr").first.inner_text().count("correct") >= 1
    page.screenshot(path=shots / "review-queue.png")


HOSTILE_PAGES = {"dashboard-hostile": "/",
                 "provision-hostile": "/agreements/doha-2020/provisions/taliban_prisoner_release",
                 "events-hostile": "/events?place=kandahar", "event-hostile": f"/events/{HOSTILE_EVENT}",
                 "claim": "/claims/aw-test-hostile:c001", "documents": "/documents",
                 "document-hostile": "/documents/aw-test-hostile", "actors": "/actors", "actor": "/actors/taliban",
                 "map": "/map", "review-queue-hostile": "/review", "review-hostile": f"/review/event/{HOSTILE_EVENT}",
                 "users": "/admin/users", "api-docs": "/api/docs"}


def test_markup_in_a_report_stays_inert_on_every_page(page, shots: Path) -> None:
    _login(page, "admin")
    for name, path in HOSTILE_PAGES.items():
        answer = page.goto(path)
        assert answer is not None and answer.status == 200, path
        assert page.evaluate("window.__awPwned") is None, f"a script of the report ran on {path}"
        assert page.locator("script:not([src])").count() == 0, path
        assert page.locator("img[onerror], [onmouseover], [onerror]").count() == 0, path
        assert page.locator("a[href^='javascript:' i]").count() == 0, path
        if name in {"event-hostile", "document-hostile"}:
            assert "window.__awPwned" in page.locator(".doctext").first.inner_text()  # shown as the text it is
        if not name.endswith("-hostile") or name in {"event-hostile", "document-hostile"}:
            whole = name not in {"actor", "actors"}  # (long lists: their first screen is enough)
            page.screenshot(path=shots / f"{name.removesuffix('-hostile')}.png", full_page=whole)


def test_a_form_without_its_csrf_token_is_refused_in_the_browser(page) -> None:
    _login(page, "admin")
    page.goto("/admin/users")
    page.evaluate("document.querySelector('#add-user input[name=csrf_token]').remove()")
    page.fill("#add-user input[name=name]", "intruder")
    page.fill("#add-user input[name=password]", "long enough password")
    page.click("#add-user button[type=submit]")
    assert "CSRF" in page.locator("#error-message").inner_text()
    page.goto("/admin/users")
    assert "intruder" not in page.locator("#users").inner_text()
