"""Fidelity in Chromium: a peer worker ticks the peer roles a call served (by keyboard too) on a
360 px phone, and a supervisor sees it in the fidelity report's chart and table."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.support.browser import (
    add_item,
    add_participant,
    add_staff,
    ago,
    fits,
    flash,
    history,
    new_page,
    sessions,
    shot,
    sign_in,
    tab_to,
)
from tests.support.fidelity_builders import contact
from textsupport.models import Participant, Pool, QueueItem, Role, StaffUser

pytestmark = pytest.mark.browser


def lees_contacts(live_app, lee_id: int, person: Participant) -> None:
    """Lee Peer's two tagged calls with another participant, minutes ago (this month, in any time zone
    but for a minute or two at a month's turn)."""
    item_id = add_item(live_app, person, pool=Pool.PEER, assignee_id=lee_id, at=ago(5))
    with sessions(live_app) as session:
        lee, item = session.get(StaffUser, lee_id), session.get(QueueItem, item_id)
        contact(session, item, lee, ago(3), ["empathy", "strengths"])
        contact(session, item, lee, ago(2), ["recovery_planning", "community_resources", "trust"])


def test_a_worker_tags_a_contact_and_a_supervisor_sees_it_in_the_fidelity_report(page, browser, live_app):
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    lee = add_staff(live_app, "Lee Peer", Role.PEER_WORKER)
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    robin = add_participant(live_app, peer_id=pat, first_name="Robin")
    item = add_item(live_app, robin, pool=Pool.PEER, assignee_id=pat, at=ago(20))
    lees_contacts(live_app, lee, add_participant(live_app, peer_id=lee, first_name="Kim"))

    sign_in(page, live_app, "Pat Peer")
    page.goto(f"{live_app.config['LIVE_URL']}/queue/items/{item}")
    page.get_by_role("button", name="Claim").click()
    expect(flash(page)).to_have_text("Claimed: it is yours now.")
    form = page.locator("form").filter(has=page.get_by_role("button", name="Log contact"))
    form.get_by_label("Duration (minutes)").fill("25")
    form.get_by_label("Note").fill("Called Robin; we made a plan for the weekend.")
    services = form.get_by_role("group", name="Services")
    expect(services.get_by_role("checkbox")).to_have_count(4)
    hope = form.get_by_role("checkbox", name="Promoting hope")
    tab_to(page, hope)  # by keyboard: Tab to the box, Space ticks it
    page.keyboard.press("Space")
    expect(hope).to_be_checked()
    form.get_by_role("checkbox", name="Recovery planning").check()
    form.get_by_role("checkbox", name="Building a trusting relationship").check()
    assert fits(page), "item with the role checkboxes at 360 px"
    shot(page, "item-roles-360")
    form.get_by_role("button", name="Log contact").click()
    expect(flash(page)).to_have_text("Contact logged.")
    logged = history(page).filter(has_text="contact by Pat Peer")
    expect(logged).to_contain_text(
        "Peer roles: Promoting hope Recovery planning Building a trusting relationship"
    )

    supervisor = new_page(browser)
    sign_in(supervisor, live_app, "Sue Supervisor")
    supervisor.goto(f"{live_app.config['LIVE_URL']}/programme/fidelity?months=3")
    expect(
        supervisor.get_by_role(
            "img", name="Share of tagged contacts that used each group of peer roles, by month (%)"
        )
    ).to_be_visible()
    expect(
        supervisor.get_by_role("img", name="Tagged contacts that served each peer role, in the months shown")
    ).to_be_visible()
    this_month = supervisor.locator("#fidelity-months-table tbody tr").first
    expect(this_month.locator('td[data-label="Contacts"]')).to_have_text("3")
    expect(this_month.locator('td[data-label="Participants"]')).to_have_text("2")
    expect(this_month.locator('td[data-label="Services"]')).to_contain_text("33% (1)")
    expect(this_month.locator('td[data-label="Actions"]')).to_contain_text("67% (2)")
    expect(this_month.locator('td[data-label="Processes"]')).to_contain_text("100% (3)")
    hope_row = supervisor.locator("#fidelity-roles-table tr").filter(has_text="Promoting hope")
    expect(hope_row.locator("td").last).to_have_text("1")
    pats = supervisor.locator("#fidelity-workers-table tbody tr").filter(has_text="Pat Peer")
    expect(pats.locator('td[data-label="Contacts"]')).to_have_text("1")
    assert fits(supervisor), "fidelity report at 360 px"
    shot(supervisor, "fidelity-360")
    supervisor.set_viewport_size({"width": 1100, "height": 900})
    shot(supervisor, "fidelity")  # the README's: both charts at full size
    supervisor.context.close()
