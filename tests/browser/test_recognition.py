"""Recognition in Chromium: a peer worker sees the milestone they reached on their home page, and a
supervisor reads the month's summary and its chart on a 360 px phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.browser import add_participant, add_staff, ago, fits, sessions, shot, sign_in
from tests.support.recognition_builders import resolve_items
from textsupport.models import Participant, Role, StaffUser

pytestmark = pytest.mark.browser


def resolved_ten(live_app, worker_id: int, person: Participant) -> None:
    with sessions(live_app) as session:
        worker = session.get(StaffUser, worker_id)
        resolve_items(session, worker, session.get(Participant, person.id), [ago(n) for n in range(1, 11)])


def test_a_peer_worker_sees_the_milestone_they_reached_on_home(page, live_app):
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    resolved_ten(live_app, pat, add_participant(live_app, peer_id=pat))
    sign_in(page, live_app, "Pat Peer")
    section = page.get_by_role("region", name="Your recognition")
    expect(section).to_contain_text("This month so far: 10 items resolved and 0 contacts logged.")
    news = section.get_by_role("status")
    expect(news).to_have_text("Congratulations: this month you reached 10 items resolved.")
    expect(section).to_contain_text("Next: 50 items resolved (40 to go)")
    assert fits(page), "home at 360 px"
    shot(page, "home-peer-recognition-360")


def test_a_supervisor_reads_the_months_summary_on_a_phone(page, live_app):
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    resolved_ten(live_app, pat, add_participant(live_app, peer_id=pat))
    sign_in(page, live_app, "Sue Supervisor")
    page.goto(f"{live_app.config['LIVE_URL']}/programme/recognition")
    chart = page.get_by_role("img", name="Items resolved and contacts logged in the month, per peer worker")
    expect(chart).to_be_visible()
    row = page.get_by_role("row").filter(has_text="Pat Peer")
    expect(row).to_contain_text("10 items resolved")
    main_menu, programme = (
        page.get_by_role("navigation", name="Main"),
        page.get_by_role("navigation", name="Programme"),
    )
    expect(main_menu.get_by_role("link", name="Programme", exact=True)).to_have_attribute(
        "aria-current", "page"
    )
    expect(programme.get_by_role("link", name="Recognition", exact=True)).to_have_attribute(
        "aria-current", "page"
    )
    assert fits(page), "recognition at 360 px"
    shot(page, "recognition-360")
