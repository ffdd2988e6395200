"""Helpers for the queue browser tests: data on the live app, signing in, reading the page."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from playwright.sync_api import expect
from sqlalchemy import select

from tests.support.builders import PASSWORD, make_active, make_staff
from tests.support.queue_builders import make_item
from textsupport.models import (
    Arm,
    Participant,
    QueueItem,
    Role,
    StaffUser,
)

SCREENSHOTS = Path(__file__).parents[1] / "browser" / "screenshots"  # beside the browser tests
START = date(2026, 11, 1)
TITLE = "Queue · textsupport"


def sessions(app):
    """A new session on the live app's database."""
    return app.extensions["textsupport.db"].sessionmaker()


def ago(minutes: int) -> datetime:
    """A real instant `minutes` ago: the live app runs on the real clock."""
    return datetime.now(UTC) - timedelta(minutes=minutes)


def add_staff(app, name: str, role: Role) -> int:
    """A saved account called `name` (email: first name, lower case); returns its id."""
    with sessions(app) as session:
        email = f"{name.split()[0].lower()}@example.org"
        return make_staff(session, email=email, display_name=name, role=role).id


def add_participant(app, arm: Arm = Arm.PEER, peer_id: int | None = None, **overrides) -> Participant:
    """An active participant in `arm`, on `peer_id`'s caseload when given."""
    with sessions(app) as session:
        participant = make_active(session, arm, START, peer_worker_id=peer_id, **overrides)
        session.expunge(participant)
        return participant


def add_item(app, participant: Participant | None, reasons: tuple[str, ...] = (), **fields) -> int:
    """A stored reply and its open item, flagged for `reasons` when given; returns the item's id."""
    with sessions(app) as session:
        item = make_item(session, participant, **fields)
        if reasons:
            item.reasons = list(reasons)
            session.commit()
        return item.id


def load(app, item_id: int) -> QueueItem:
    """The item as the database has it now."""
    with sessions(app) as session:
        item = session.get(QueueItem, item_id)
        session.expunge(item)
        return item


def new_page(browser, width: int = 360):
    """A page in a context of its own (its own cookies), `width` px wide."""
    return browser.new_context(viewport={"width": width, "height": 740}).new_page()


def sign_in(page, app, name: str) -> None:
    """Sign in through /login as the account made by add_staff(app, name, ...)."""
    page.goto(f"{app.config['LIVE_URL']}/login")
    page.get_by_label("Email").fill(f"{name.split()[0].lower()}@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    expect(page.get_by_role("heading", name=f"Welcome, {name}")).to_be_visible()


def open_queue(page) -> None:
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Queue", exact=True).click()
    expect(page.get_by_role("heading", name="Reply queue")).to_be_visible()


def queue_items(page):
    """The items listed on the queue page, top first."""
    return page.locator("#queue-list").get_by_role("listitem")


def history(page):
    """The entries of the item's history."""
    return page.locator("ol.timeline").get_by_role("listitem")


def thread(page):
    """The texts of the item's SMS thread, oldest first."""
    return page.get_by_role("list", name="SMS thread, oldest first").get_by_role("listitem")


def flash(page):
    return page.get_by_role("status")


def shot(page, name: str) -> None:
    """Keep a full-page screenshot of this run (git-ignored)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def fits(page) -> bool:
    """No sideways scrolling at the viewport's width."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def tab_to(page, target, limit: int = 60) -> None:
    """Press Tab until `target` has the focus, as someone without a mouse would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {target}")


def tab_once(page, target, key: str = "Tab") -> None:
    """Press Tab (or Shift+Tab) once: `target` must get the focus, so focus follows the reading order."""
    page.keyboard.press(key)
    expect(target).to_be_focused()


def load_id(app, email: str) -> int:
    """The id of the account with `email`."""
    with sessions(app) as session:
        return session.scalar(select(StaffUser.id).where(StaffUser.email == email))
