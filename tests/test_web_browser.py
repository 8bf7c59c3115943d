"""The dashboard in a real headless Chromium (Debian's, driven by Playwright), over a real
uvicorn server and SQLite store. Screenshots land in test-output/ for a human to look at."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from eventwire.settings import Settings
from eventwire.sources.files import RawDocument
from eventwire.store import open_store
from eventwire.web import create_app
from tests.web_corpus import ARTICLES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parent.parent / "test-output" / "screenshots"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(tmp_path_factory, pipeline):
    db = tmp_path_factory.mktemp("browser") / "store.sqlite"
    store = open_store(str(db))
    for name, (published, body) in ARTICLES.items():
        store.write(pipeline.process_document(RawDocument(name, body.encode(), "html" if name.endswith(".html") else "text"), published))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=str(db))), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), ("Debian's chromium is needed for the browser tests: "
                                     "`make test` installs it (scripts/ensure-chromium.sh)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


def test_pick_dyad_open_event_see_highlighted_evidence(server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    page.get_by_role("link", name="Dyads", exact=True).click()
    page.fill("input[name=a]", "RUS")
    page.fill("input[name=b]", "CHN")
    page.click("#dyad-form button")
    page.wait_for_url("**/dyad/RUS/CHN")
    assert "Russia – China" in page.locator("h1").inner_text()
    assert page.locator("svg.chart").count() >= 2
    page.screenshot(path=str(SHOTS / "dyad-rus-chn.png"), full_page=True)
    page.locator("table.events a.evidence-link").first.click()
    page.wait_for_url("**/events/*")
    evidence = page.locator("#doc-text mark.evidence").first
    assert evidence.is_visible()
    trigger = page.locator("#doc-text mark.trigger").first
    assert trigger.is_visible() and trigger.inner_text().strip()
    assert page.locator("#doc-text mark.actor").count() >= 1
    sentence = page.locator("#evidence").inner_text()
    assert trigger.inner_text().strip() in sentence
    page.screenshot(path=str(SHOTS / "event.png"), full_page=True)
    page.close()


def test_upload_a_file_and_see_its_events(server, browser, tmp_path):
    article = tmp_path / "baltic.txt"
    article.write_text("Baltic ministers meet\n\nVILNIUS, Feb 2 (Reuters) - Lithuanian Foreign Minister Gabrielius "
                       "Landsbergis met Polish Foreign Minister Radoslaw Sikorski in Vilnius on Friday to discuss "
                       "air defence.\n", "utf-8")
    page = browser.new_page()
    page.goto(server + "/upload")
    page.set_input_files("#files", str(article))
    page.fill("input[name=published]", "2024-02-02")
    page.click("#upload-form button[type=submit]")
    report = page.locator("#upload-report")
    report.wait_for()
    assert "baltic.txt" in report.inner_text() and "events" in report.inner_text()
    page.screenshot(path=str(SHOTS / "upload.png"), full_page=True)
    report.get_by_role("link").first.click()
    page.wait_for_url("**/documents/*")
    assert "Baltic ministers meet" in page.locator("h1").inner_text()
    assert page.locator("table.events tbody tr").count() >= 1
    assert "Lithuania" in page.locator("table.events").inner_text() or "LTU" in page.locator("table.events").inner_text()
    page.close()


def test_script_in_an_article_shows_as_text(server, browser):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/documents")
    page.get_by_role("link", name="Envoys meet in Geneva").click()
    page.wait_for_url("**/documents/*")
    assert "<script>window.__pwned" in page.locator("#doc-text").inner_text()
    assert page.evaluate("window.__pwned") is None and not dialogs
    page.screenshot(path=str(SHOTS / "script-as-text.png"), full_page=True)
    page.close()


def test_pages_read_without_javascript(server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/dyad/RUS/CHN")
    assert page.locator("table.events tbody tr").count() >= 3
    assert page.locator("svg.chart").count() >= 2  # charts are drawn on the server
    page.locator("table.events a.evidence-link").first.click()
    assert page.locator("#doc-text mark.trigger").first.is_visible()
    page.goto(server + "/map")
    assert page.locator("svg path.land").count() > 150
    page.screenshot(path=str(SHOTS / "map-no-js.png"), full_page=True)
    context.close()
