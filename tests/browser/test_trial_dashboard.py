"""The trial dashboard in Chromium: an admin at 1280 px by keyboard, trial staff at 360 px without
JavaScript, both on the hand-built trial of tests/support/trial_story.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support import trial_story as story
from tests.support.browser import SCREENSHOTS, add_staff, fits, sessions, shot, sign_in, tab_to
from textsupport.models import Role

pytestmark = pytest.mark.browser
STORY_SETTINGS = {"TEXTSUPPORT_NOW": "2026-11-23T19:00:00Z", "RECRUITMENT_TARGET": "north=10,south=6"}
DOCS = Path(__file__).parents[2] / "docs" / "screenshots"
ARMS = re.compile(r"\b(PEER_TEXT|PEER|TEXT|TAU)\b")


def build_story(app) -> None:
    with sessions(app) as session:
        story.build(session)


def cell(page, box: str, column: int):
    """One cell of the CONSORT table's row for `box` (column 0: the pooled total)."""
    return page.locator(f"#box-{box} td").nth(column)


@pytest.mark.parametrize("live_app", [STORY_SETTINGS], indirect=True)
def test_an_admin_reads_the_trial_by_keyboard_at_1280(browser, live_app):
    build_story(live_app)
    add_staff(live_app, "Ada Admin", Role.ADMIN)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    try:
        sign_in(page, live_app, "Ada Admin")
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Trial", exact=True).click()
        expect(page.get_by_role("heading", name="Trial dashboard", level=1)).to_be_visible()
        expect(cell(page, "randomised", 0)).to_have_text(str(story.RANDOMISED))
        expect(page.locator("#consort-table thead th")).to_have_text(
            ["Box", "All", "PEER", "PEER_TEXT", "TEXT", "TAU"]
        )
        expect(page.get_by_role("img", name="CONSORT flow diagram")).to_be_visible()
        clipped = page.evaluate(
            "[...document.querySelectorAll('.pair .scroll')].filter(s => s.scrollWidth > s.clientWidth)"
            ".map(s => s.querySelector('table').id)"
        )
        assert clipped == [], "tables beside their charts scroll sideways at 1280 px"
        expect(page.locator("#scroll-hint")).to_be_hidden()  # nothing scrolls at 1280 px
        # no dates chosen: the queue of the last four weeks, whose first responses took 120, 10 and 25 min
        expect(page.locator("#first-response")).to_contain_text("median 25 min, 90th percentile 1 h 41 min")
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=SCREENSHOTS / "dashboard.png")  # the top of the page, as README shows it
        shot(page, "dashboard-admin-1280")

        # Keyboard only: choose a site, show it, then download the diagram of that site.
        tab_to(page, page.get_by_label("Site", exact=True))
        page.keyboard.press("ArrowDown")  # north
        page.keyboard.press("ArrowDown")  # south
        tab_to(page, page.get_by_role("button", name="Show"), limit=5)
        page.keyboard.press("Enter")
        expect(page).to_have_url(re.compile(r"/trial/\?from=&to=&site=south$"))
        expect(cell(page, "enrolled", 0)).to_have_text(str(story.SOUTH_ENROLLED))
        download_link = page.get_by_role("link", name="Download the diagram (SVG)")
        tab_to(page, download_link)
        with page.expect_download() as download:
            page.keyboard.press("Enter")
        assert download.value.suggested_filename == "consort.svg"
        assert f"Enrolled (n={story.SOUTH_ENROLLED})" in Path(download.value.path()).read_text()

        # On a phone the per-arm diagram and tables scroll sideways: the page says so, and every
        # table's caption stays readable in view rather than scrolling off with the table.
        page.set_viewport_size({"width": 360, "height": 740})
        expect(page.locator("#scroll-hint")).to_be_visible()
        assert fits(page), "the admin's dashboard at 360 px scrolls sideways"
        cut = page.evaluate(
            "[...document.querySelectorAll('.scroll > table > caption')]"
            ".filter(c => c.getBoundingClientRect().right > window.innerWidth).map(c => c.textContent)"
        )
        assert cut == [], f"captions run off the screen at 360 px: {cut}"
    finally:
        context.close()


@pytest.mark.parametrize("live_app", [STORY_SETTINGS], indirect=True)
def test_trial_staff_read_pooled_figures_at_360_without_javascript(browser, live_app):
    build_story(live_app)
    add_staff(live_app, "Tess Staff", Role.TRIAL_STAFF)
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    try:
        sign_in(page, live_app, "Tess Staff")
        page.get_by_role("link", name="trial dashboard").click()
        expect(page.get_by_role("heading", name="Trial dashboard", level=1)).to_be_visible()
        expect(cell(page, "enrolled", 0)).to_have_text(str(story.ENROLLED))
        assert ARMS.findall(page.content()) == []
        assert fits(page), "the dashboard at 360 px scrolls sideways"
        expect(page.locator("#scroll-hint")).to_have_text("The diagram scrolls sideways.")
        page.get_by_label("From (date)").fill("2026-11-16")
        page.get_by_label("to (date)").fill("2026-11-22")
        page.get_by_role("button", name="Show").click()
        expect(cell(page, "enrolled", 0)).to_have_text(str(story.WEEK_OF_16_NOV_ENROLLED))
        shot(page, "dashboard-staff-360")
    finally:
        context.close()


def test_the_readme_screenshot_is_the_one_this_test_takes():
    """docs/screenshots/dashboard.png is copied from tests/browser/screenshots/dashboard.png."""
    assert (DOCS / "dashboard.png").exists()
    assert "docs/screenshots/dashboard.png" in (DOCS.parents[1] / "README.md").read_text()
