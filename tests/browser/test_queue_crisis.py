"""A crisis in Chromium: what the item page gives a supervisor to act, peer sign-off, the Resolved tab,
and the escalated badge whose reason shows on keyboard focus."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from tests.support.browser import (
    add_item,
    add_participant,
    add_staff,
    ago,
    fits,
    flash,
    load,
    new_page,
    open_queue,
    queue_items,
    sessions,
    shot,
    sign_in,
    tab_to,
)
from textsupport import config
from textsupport.models import Arm, ItemState, Level, Pool, Role, StaffUser
from textsupport.services.queue import casework

pytestmark = pytest.mark.browser
EDMONTON = ZoneInfo("America/Edmonton")  # PROGRAM_TZ's default


def test_a_peer_asks_for_sign_off_and_a_supervisor_acts_resolves_and_finds_it(browser, live_app):
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    robin = add_participant(live_app, peer_id=pat, first_name="Robin", phone="+17805550142")
    crisis = add_item(
        live_app,
        robin,
        reasons=("suicidal ideation",),
        level=Level.CRISIS,
        pool=Pool.SUPERVISOR,
        assignee_id=pat,
        body="i dont want to be here anymore",
        at=ago(4),
    )
    path = f"{live_app.config['LIVE_URL']}/queue/items/{crisis}"
    peer, supervisor = new_page(browser), new_page(browser, width=1280)
    try:
        sign_in(peer, live_app, "Pat Peer")
        peer.goto(path)
        peer.get_by_role("button", name="Claim").click()
        expect(flash(peer)).to_have_text("Claimed: it is yours now.")
        expect(peer.get_by_role("link", name="Call (780) 555-0142")).to_have_attribute(
            "href", "tel:+17805550142"
        )
        expect(peer.get_by_role("link", name=f"Open {robin.study_id}'s page")).to_have_count(0)
        peer.get_by_label("Duration (minutes)").fill("20")
        peer.get_by_label("Note", exact=True).fill("Called Robin: she is at her sister's, safe tonight.")
        peer.get_by_role("button", name="Log contact").click()
        expect(flash(peer)).to_have_text("Contact logged.")
        # No resolve form for a peer on a crisis routed to supervisors, and a forged POST is refused.
        expect(peer.get_by_role("button", name="Resolve", exact=True)).to_have_count(0)
        expect(
            peer.get_by_text("Only a supervisor or admin can resolve a crisis routed to supervisors.")
        ).to_be_visible()
        token = peer.locator('input[name="csrf_token"]').first.get_attribute("value")
        forged = peer.request.post(f"{path}/resolve", form={"csrf_token": token, "note": "Settled."})
        assert forged.status == 400
        assert "Only a supervisor or admin can resolve" in forged.text()
        peer.get_by_label("What was done, for the supervisor (required)").fill("Safe tonight; please review.")
        peer.get_by_role("button", name="Request sign-off").click()
        expect(flash(peer)).to_have_text("Sign-off requested: a supervisor will review and resolve it.")
        expect(peer.get_by_text("Sign-off requested.", exact=True)).to_be_visible()
        assert load(live_app, crisis).state is ItemState.CLAIMED

        sign_in(supervisor, live_app, "Sue Supervisor")
        open_queue(supervisor)
        listed = queue_items(supervisor).filter(has_text="i dont want to be here anymore")
        expect(listed.locator(".badge-signoff")).to_have_text("sign-off requested")
        listed.get_by_role("link").click()
        act = supervisor.get_by_role("region", name="To act")
        expect(act.get_by_role("link", name="Call (780) 555-0142")).to_have_attribute(
            "href", "tel:+17805550142"
        )
        expect(act.get_by_role("link", name=f"Open {robin.study_id}'s page")).to_have_attribute(
            "href", f"/participants/{robin.study_id}"
        )
        lines = act.get_by_role("list", name="Crisis lines").get_by_role("listitem")
        expect(lines.first).to_have_text("9-8-8 Suicide Crisis Helpline: 9-8-8")
        expect(lines.first.get_by_role("link")).to_have_attribute("href", "tel:988")
        expect(act).to_contain_text("Numbers last verified 2026-11-01.")
        contacts = act.get_by_role("list", name="Last contacts").get_by_role("listitem")
        expect(contacts).to_have_count(1)
        expect(contacts.first).to_contain_text(
            "Phone call, 20 min by Pat Peer: Called Robin: she is at her sister's, safe tonight."
        )
        assert fits(supervisor), "item at 1280 px"
        shot(supervisor, "item-crisis-1280")
        supervisor.set_viewport_size({"width": 360, "height": 740})
        supervisor.reload()
        expect(act.get_by_role("link", name="Call (780) 555-0142")).to_be_visible()
        assert fits(supervisor), "item at 360 px"
        shot(supervisor, "item-crisis-360")
        supervisor.set_viewport_size({"width": 1280, "height": 740})

        supervisor.get_by_label("What was done (required)").fill("Reviewed Pat's call: signed off.")
        supervisor.get_by_role("button", name="Resolve", exact=True).click()
        expect(flash(supervisor)).to_have_text("Resolved.")
        assert load(live_app, crisis).state is ItemState.RESOLVED

        open_queue(supervisor)
        supervisor.get_by_role("navigation", name="Queue tabs").get_by_role("link", name="Resolved").click()
        expect(supervisor.get_by_role("heading", name="Resolved items")).to_be_visible()
        today = datetime.now(EDMONTON).date()
        supervisor.get_by_label("Resolved from (date)").fill(today.isoformat())
        supervisor.get_by_label("to (date)").fill(today.isoformat())
        supervisor.get_by_label("Level").select_option("crisis")
        supervisor.get_by_role("button", name="Find").click()
        assert f"from={today.isoformat()}" in supervisor.url and "level=crisis" in supervisor.url
        found = supervisor.get_by_role("list", name="Resolved items, newest first").get_by_role("listitem")
        expect(found).to_have_count(1)
        expect(found.first).to_contain_text(f"crisis {robin.study_id} Robin")
        expect(found.first).to_contain_text("by Sue Supervisor")
        expect(found.first).to_contain_text("Reviewed Pat's call: signed off.")
        expect(supervisor.get_by_label("Resolved from (date)")).to_have_value(today.isoformat())  # kept
        shot(supervisor, "queue-resolved-1280")
        yesterday = (today - timedelta(days=1)).isoformat()
        supervisor.get_by_label("Resolved from (date)").fill(yesterday)
        supervisor.get_by_label("to (date)").fill(yesterday)
        supervisor.get_by_role("button", name="Find").click()
        expect(supervisor.get_by_text("No resolved items match.")).to_be_visible()
    finally:
        peer.context.close()
        supervisor.context.close()


def test_an_escalated_item_shows_its_badge_and_the_reason_on_keyboard_focus(page, live_app):
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    robin = add_participant(live_app, peer_id=pat, first_name="Robin")
    kim = add_participant(live_app, Arm.TEXT, first_name="Kim")
    item_id = add_item(live_app, robin, level=Level.URGENT, pool=Pool.PEER, assignee_id=pat, at=ago(30))
    add_item(live_app, kim, level=Level.ROUTINE, body="thanks, a good day", at=ago(20))
    live_app.config["TEXTSUPPORT_NOW"] = None
    with live_app.app_context(), sessions(live_app) as session:
        worker = session.get(StaffUser, pat)
        casework.claim(session, item_id, worker, settings=config.of(live_app))
        casework.escalate(session, item_id, worker, "Stopped lithium two days ago; needs a clinician.")
    sign_in(page, live_app, "Sue Supervisor")
    open_queue(page)
    row = queue_items(page).filter(has_text=f"urgent {robin.study_id} Robin")
    badge = row.get_by_text("escalated", exact=True)
    reason = row.get_by_role("tooltip")
    expect(badge).to_be_visible()
    expect(reason).to_be_hidden()
    expect(
        queue_items(page).filter(has_text="thanks, a good day").get_by_text("escalated", exact=True)
    ).to_have_count(0)
    tab_to(page, badge)  # by keyboard alone
    expect(reason).to_be_visible()
    expect(reason).to_have_text("Why: Stopped lithium two days ago; needs a clinician.")
    expect(badge).to_have_accessible_description("Why: Stopped lithium two days ago; needs a clinician.")
    assert fits(page), "queue with an escalated badge"
    shot(page, "queue-escalated-360")
    page.keyboard.press("Tab")  # focus moves on: the reason goes away again
    expect(reason).to_be_hidden()
