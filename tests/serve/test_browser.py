"""The web reader in a real browser: Playwright drives Debian's chromium against `newsfacts serve`.

The server is the real command (`python -m newsfacts serve --port 0`) on loopback, over an
invented corpus, with the real model for the extract form. Playwright never downloads a
browser here: it launches /usr/bin/chromium, and the tests skip (saying why) where that is
missing; CI installs it (.ci/run). Screenshots are kept in build/screenshots/ (or
$NEWSFACTS_ARTIFACTS) for a person to look at.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.serve.corpus import ARTICLE, FERRY, FERRY_FOLLOWUP, HOSTILE, make_corpus, sheet_of

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
READY = re.compile(r"Uvicorn running on (http://127\.0\.0\.1:\d+)")
STARTUP_SECONDS = 120
TIMEOUT_MS = 30_000
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
    ),
]


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = Path(os.environ.get("NEWSFACTS_ARTIFACTS") or ROOT / "build" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`newsfacts serve` on a free loopback port; its URL once it says it is running."""
    folder = tmp_path_factory.mktemp("browser")
    db = make_corpus(folder / "corpus.db")
    log = (folder / "access.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "newsfacts", "serve", "--db", str(db), "--port", "0", "--no-fetch"],
        stdout=log,
        stderr=subprocess.PIPE,
        text=True,
    )
    found: list[str] = []
    lines: list[str] = []

    def watch() -> None:  # reads stderr to the end, so the server never blocks on a full pipe
        assert server.stderr is not None
        for line in server.stderr:
            lines.append(line)
            if not found and (match := READY.search(line)):
                found.append(match.group(1))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        waited = 0.0
        while not found and server.poll() is None and waited < STARTUP_SECONDS:
            threading.Event().wait(0.1)
            waited += 0.1
        if not found:
            pytest.fail("newsfacts serve did not start:\n" + "".join(lines[-20:]))
        yield found[0]
    finally:
        server.terminate()
        server.wait(timeout=30)
        watcher.join(timeout=30)
        if server.stderr is not None:
            server.stderr.close()
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url: str) -> Iterator[object]:
    context = browser.new_context(viewport=DESKTOP, base_url=base_url)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(base_url) else outside.append(r.url))
    yield page
    context.close()
    assert not outside, f"the reader requested something off the server: {outside}"


def test_browser_home_search_article_quote(page, artifacts: Path) -> None:
    from playwright.sync_api import expect

    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Articles")
    expect(page.get_by_role("link", name=FERRY_FOLLOWUP.headline)).to_be_visible()
    page.screenshot(path=artifacts / "home.png", full_page=True)

    page.get_by_role("searchbox", name="Search articles").fill("pier winter")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q=pier\+winter"))
    expect(page.locator(".snippet mark").first).to_be_visible()
    page.screenshot(path=artifacts / "search.png", full_page=True)

    page.get_by_role("link", name=FERRY.headline).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(FERRY.headline)
    quote = page.locator(".quote").first
    tip = page.locator(".quote + .who").first
    expect(tip).to_be_hidden()
    quote.hover()
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("Ines Kovac")
    expect(page.locator('mark.ent-PERSON[data-entity="e1"]').first).to_have_text("Ines Kovac")
    expect(page.get_by_role("heading", name="The event")).to_be_visible()
    page.screenshot(path=artifacts / "article.png", full_page=True)


def test_browser_quote_speaker_by_keyboard(page) -> None:
    from playwright.sync_api import expect

    page.goto(f"/articles/{sheet_of(FERRY).id}")
    for _ in range(40):  # skip link, navigation, search, ... then the text's first quote
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('quote')"):
            break
    else:
        pytest.fail("no quote is reachable with the Tab key")
    expect(page.locator(".quote:focus + .who")).to_contain_text("Ines Kovac")


def test_browser_markup_in_an_article_stays_inert(page, artifacts: Path) -> None:
    from playwright.sync_api import expect

    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"/articles/{sheet_of(HOSTILE).id}")
    expect(page.locator(".quote").first).to_contain_text("<script>window.__pwned = 1;")
    page.locator(".quote").first.hover()
    expect(page.locator("h1")).to_contain_text("<script>")
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    assert page.locator("main script, main img, main b, main iframe").count() == 0
    scripts = page.eval_on_selector_all("script", "nodes => nodes.map(n => n.src)")
    assert [src.rsplit("/", 1)[-1] for src in scripts] == ["reader.js"]
    assert page.locator('a[href^="javascript:"]').count() == 0
    page.screenshot(path=artifacts / "markup.png", full_page=True)


def test_browser_extract_form(page, artifacts: Path) -> None:
    from playwright.sync_api import expect

    page.goto("/extract")
    page.get_by_label("Article text or HTML").fill(ARTICLE)
    page.get_by_label("Published (YYYY-MM-DD, resolves “last week”)").fill("2024-03-12")
    page.get_by_role("button", name="Extract").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Harbour council names")
    expect(page.get_by_text("not stored in the corpus")).to_be_visible()
    quote = page.locator('.quote[data-speaker*="Kovac"]').first
    quote.focus()
    expect(page.locator(".quote:focus + .who")).to_contain_text("Kovac")
    page.screenshot(path=artifacts / "extract-result.png", full_page=True)


def test_browser_readable_at_phone_width(browser, base_url: str, artifacts: Path) -> None:
    context = browser.new_context(viewport=PHONE, base_url=base_url, is_mobile=True)
    page = context.new_page()
    try:
        for name, path in [
            ("home", "/"),
            ("article", f"/articles/{sheet_of(FERRY).id}"),
            ("entities", "/entities"),
            ("extract", "/extract"),
        ]:
            page.goto(path)
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at phone width"
            size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
            assert size >= 16
            page.screenshot(path=artifacts / f"phone-{name}.png", full_page=True)
    finally:
        context.close()
