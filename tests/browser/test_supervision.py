"""Supervision in Chromium: from the home page's note of who asked and who is overdue, a supervisor
records a check-in and reads its notes, at 360 and 1280 px."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from tests.support.browser import add_staff, fits, sessions, shot, sign_in, tab_to
from textsupport import config
from textsupport.models import Role, StaffUser
from textsupport.services.programme import supervision_records

pytestmark = pytest.mark.browser
NOTES = "Two hard calls this week; sleeping badly. Agreed lighter shifts."


def asks_after_a_month(app, worker_id: int) -> None:
    """Pat started a month ago with no check-in since (overdue), and asks for one now."""
    with app.app_context(), sessions(app) as session:
        worker = session.get(StaffUser, worker_id)
        worker.created_at = datetime.now(UTC) - timedelta(days=30)
        session.commit()
        supervision_records.answer_debrief(session, worker, None, "requested", config.current())


def tables_fit(page) -> bool:
    """No table scrolls sideways inside its box (at 360 px each row is stacked and wraps)."""
    return page.evaluate(
        "[...document.querySelectorAll('.scroll')].every(box => box.scrollWidth <= box.clientWidth)"
    )


@pytest.mark.parametrize("width", [360, 1280])
def test_a_supervisor_records_a_check_in_and_reads_the_notes(page, live_app, width):
    page.set_viewport_size({"width": width, "height": 740})
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    asks_after_a_month(live_app, pat)
    today = datetime.now(UTC).astimezone(ZoneInfo("America/Edmonton")).date().isoformat()
    sign_in(page, live_app, "Sue Supervisor")
    home = page.locator("#next-supervision")  # the home page says what needs the supervisor
    asked = page.locator("#next-checkins-asked")
    expect(asked).to_contain_text("1 peer worker is waiting for a check-in they asked for")
    expect(home).to_contain_text("1 peer worker is overdue for a supervision check-in")
    shot(page, f"supervisor-home-{width}")
    assert fits(page), width
    asked.get_by_role("link", name="See who asked").click()
    expect(page.get_by_role("heading", name="Supervision and mentorship")).to_be_visible()
    expect(page.get_by_role("table", name="Check-ins asked for")).to_contain_text("Pat Peer")
    assert fits(page), width

    page.get_by_label("Peer worker").select_option(label="Pat Peer")
    page.get_by_label("Held by").select_option(label="Sue Supervisor (supervisor)")
    page.get_by_label("Held on").fill(today)
    page.get_by_label("Minutes").fill("0")
    page.get_by_label("strained").check()
    page.get_by_label("Private notes").fill(NOTES)
    page.get_by_role("button", name="Record check-in").click()
    expect(page.get_by_role("alert")).to_contain_text("whole minutes")  # refused, everything kept
    expect(page.get_by_label("Private notes")).to_have_value(NOTES)
    expect(page.get_by_label("strained")).to_be_checked()
    page.get_by_label("Minutes").fill("45")
    submit = page.get_by_role("button", name="Record check-in")
    tab_to(page, submit)  # reachable by keyboard
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text(f"Check-in recorded (supervision, {today}).")
    each = page.get_by_role("table", name="Each worker")
    expect(each.get_by_role("row").filter(has_text="Pat Peer")).to_contain_text("strained")
    expect(page.get_by_text(NOTES)).to_have_count(0)  # the overview never shows notes
    shot(page, f"supervision-{width}")
    assert fits(page) and (width > 600 or tables_fit(page)), width

    page.get_by_role("link", name="textsupport", exact=True).click()  # home: nothing waits any more
    expect(home).to_contain_text("No supervision check-in is overdue.")
    expect(asked).to_have_count(0)
    home.get_by_role("link", name="Supervision").click()
    each.get_by_role("link", name="Pat Peer").click()
    expect(page.get_by_role("heading", name="Check-ins with Pat Peer")).to_be_visible()
    expect(page.get_by_text(NOTES)).to_be_visible()
    shot(page, f"supervision-notes-{width}")
    assert fits(page), width
