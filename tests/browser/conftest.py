"""A real Chromium (Debian's) driven by Playwright against the app on a live local server."""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from werkzeug.serving import make_server

from tests.support import databases
from tests.support.databases import make_settings
from textsupport import create_app

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
# Quiet, offline-friendly flags: this machine has no outside network to phone home to.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's Chromium, or a skip (a failure when REQUIRE_BROWSER=1)."""
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    reason = f"Chromium not found at {CHROMIUM}: install Debian's chromium package to run browser tests"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser(chromium_path):
    """One headless Chromium for the whole run."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def live_app(request, sqlite_template, tmp_path):
    """The app on a fresh SQLite database, served over real HTTP on a free loopback port.

    A test may add settings with parametrize("live_app", [{...}], indirect=True).
    """
    overrides = getattr(request, "param", {})
    app = create_app(make_settings(databases.copy_sqlite(sqlite_template, tmp_path), **overrides))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    app.config["LIVE_URL"] = f"http://127.0.0.1:{server.server_port}"
    yield app
    server.shutdown()
    thread.join()
    app.extensions["textsupport.db"].dispose()


@pytest.fixture
def page(browser):
    """A fresh browser context and page per test (no shared cookies)."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    tab = context.new_page()
    refused: list[str] = []  # the browser's own report of anything the Content-Security-Policy blocked
    tab.on(
        "console",
        lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None,
    )
    yield tab
    context.close()
    assert refused == [], refused
