"""The reply queue in Chromium: peers and supervisors claim, answer, escalate, ask for sign-off, resolve."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from tests.support import sending
from tests.support.browser import (
    TITLE,
    add_item,
    add_participant,
    add_staff,
    ago,
    flash,
    history,
    load,
    load_id,
    new_page,
    open_queue,
    queue_items,
    shot,
    sign_in,
    thread,
)
from textsupport.models import (
    Arm,
    ItemState,
    Level,
    Pool,
    Role,
)

pytestmark = pytest.mark.browser


def test_a_peer_sees_the_crisis_first_claims_replies_and_asks_for_sign_off(page, live_app):
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    robin = add_participant(live_app, peer_id=pat, first_name="Robin")
    kim = add_participant(live_app, peer_id=pat, first_name="Kim")
    lee = add_participant(live_app, Arm.PEER_TEXT, peer_id=pat, first_name="Lee")
    # Older items first in time, so only the level can put the crisis on top.
    add_item(
        live_app,
        lee,
        level=Level.ROUTINE,
        pool=Pool.PEER,
        assignee_id=pat,
        body="had a nice walk",
        at=ago(50),
    )
    add_item(
        live_app,
        kim,
        level=Level.URGENT,
        pool=Pool.PEER,
        assignee_id=pat,
        body="cant sleep again",
        at=ago(30),
    )
    # As routing leaves a crisis of a peer arm: the supervisors' pool, shown to the on-shift peer.
    crisis = add_item(
        live_app,
        robin,
        level=Level.CRISIS,
        pool=Pool.SUPERVISOR,
        assignee_id=pat,
        body="i dont want to be here anymore",
        at=ago(2),
    )
    sign_in(page, live_app, "Pat Peer")
    open_queue(page)
    expect(page).to_have_title(f"(1 crisis) {TITLE}")
    items = queue_items(page)
    expect(items).to_have_count(3)
    expect(items.nth(0)).to_contain_text(f"crisis {robin.study_id} Robin")
    expect(items.nth(0)).to_contain_text("i dont want to be here anymore")
    expect(items.nth(0)).to_contain_text(re.compile(r"due in 1[0-4] min"))
    expect(items.nth(1)).to_contain_text(f"urgent {kim.study_id} Kim")
    expect(items.nth(2)).to_contain_text(f"routine {lee.study_id} Lee")
    expect(page.get_by_role("alert")).to_have_text("1 crisis item waiting.")
    shot(page, "queue-peer")

    items.nth(0).get_by_role("link").click()
    expect(page.get_by_role("heading", name=f"crisis {robin.study_id} Robin")).to_be_visible()
    expect(thread(page).filter(has_text="They wrote")).to_contain_text("i dont want to be here anymore")
    expect(page.get_by_label("Your text to Robin")).to_have_count(0)  # not before claiming
    page.get_by_role("button", name="Claim").click()
    expect(flash(page)).to_have_text("Claimed: it is yours now.")
    expect(page.get_by_role("button", name="Claim")).to_have_count(0)

    page.get_by_label("Your text to Robin").fill("Robin, I'm here. Can I call you in 5 minutes?")
    page.get_by_role("button", name="Send reply").click()
    expect(flash(page)).to_contain_text("Reply queued to send.")
    sent = thread(page).filter(has_text="Can I call you in 5 minutes?")
    expect(sent).to_contain_text("We sent (staff reply)")
    expect(sent.locator(".status")).to_have_text("planned")

    sending.tick(live_app, datetime.now(UTC), plan=False)  # the dispatcher, on the fake SMS backend
    live_app.config["TEXTSUPPORT_NOW"] = None
    page.reload()
    expect(sent.locator(".status")).to_have_text("sent")
    shot(page, "item-peer")

    # A crisis routed to supervisors is theirs to close: the peer asks for sign-off instead.
    expect(page.get_by_role("button", name="Resolve", exact=True)).to_have_count(0)
    page.get_by_label("What was done, for the supervisor (required)").fill(
        "Called Robin: safe at her sister's tonight."
    )
    page.get_by_role("button", name="Request sign-off").click()
    expect(flash(page)).to_have_text("Sign-off requested: a supervisor will review and resolve it.")
    events = history(page)
    expect(events.filter(has_text="claimed by Pat Peer")).to_have_count(1)
    expect(events.filter(has_text="replied by Pat Peer")).to_have_count(1)
    expect(
        events.filter(has_text="sign-off requested by Pat Peer: Called Robin: safe at her sister's tonight.")
    ).to_have_count(1)
    item = load(live_app, crisis)
    assert item.state is ItemState.CLAIMED and item.owner_id == pat

    page.get_by_role("link", name="Back to the queue").click()
    expect(page).to_have_title(f"(1 crisis) {TITLE}")
    expect(queue_items(page)).to_have_count(3)
    expect(queue_items(page).nth(0)).to_contain_text("sign-off requested")


def test_a_second_worker_cannot_claim_an_item_someone_has(browser, live_app):
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    add_staff(live_app, "Sam Supervisor", Role.SUPERVISOR)
    person = add_participant(live_app, Arm.TEXT)
    item_id = add_item(live_app, person, level=Level.URGENT, body="please call me", at=ago(5))
    path = f"{live_app.config['LIVE_URL']}/queue/items/{item_id}"
    sue, sam = new_page(browser), new_page(browser)
    try:
        sign_in(sue, live_app, "Sue Supervisor")
        sign_in(sam, live_app, "Sam Supervisor")
        sam.goto(path)  # Sam has the page open before Sue claims
        sue.goto(path)
        sue.get_by_role("button", name="Claim").click()
        expect(flash(sue)).to_have_text("Claimed: it is yours now.")

        sam.get_by_role("button", name="Claim").click()
        expect(sam.get_by_role("alert")).to_have_text("Sue Supervisor has already claimed this item.")
        assert load(live_app, item_id).owner_id != load_id(live_app, "sam@example.org")

        sam.goto(path)
        expect(sam.locator(".facts")).to_contain_text("claimed by Sue Supervisor")
        expect(sam.get_by_role("button", name="Claim")).to_have_count(0)
        open_queue(sam)
        expect(queue_items(sam).filter(has_text="please call me")).to_contain_text(
            "claimed by Sue Supervisor"
        )
        assert load(live_app, item_id).owner_id == load_id(live_app, "sue@example.org")
    finally:
        sue.context.close()
        sam.context.close()


def test_a_supervisor_sees_what_a_peer_escalated_and_why(browser, live_app):
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    robin = add_participant(live_app, peer_id=pat, first_name="Robin")
    item_id = add_item(
        live_app,
        robin,
        reasons=("stopped medication", "low mood"),
        level=Level.URGENT,
        pool=Pool.PEER,
        assignee_id=pat,
        body="I stopped my meds",
        at=ago(40),
    )
    # The rest of a supervisor's morning, so the desktop screenshots show a real queue.
    others = [add_participant(live_app, Arm.TEXT, first_name=name) for name in ("Jo", "Max")]
    add_item(
        live_app,
        others[0],
        reasons=("lethal means: overdose amount",),
        level=Level.CRISIS,
        pool=Pool.SUPERVISOR,
        body="i took all my pills",
        at=ago(3),
    )
    add_item(
        live_app,
        others[1],
        ("no risk cue",),
        level=Level.ROUTINE,
        body="thanks, feeling better today",
        at=ago(90),
    )
    peer, supervisor = new_page(browser), new_page(browser, width=1000)
    try:
        sign_in(peer, live_app, "Pat Peer")
        peer.goto(f"{live_app.config['LIVE_URL']}/queue/items/{item_id}")
        peer.get_by_role("button", name="Claim").click()
        expect(flash(peer)).to_have_text("Claimed: it is yours now.")
        peer.get_by_label("Reason").fill("Stopped lithium two days ago; I think this needs a clinician.")
        peer.get_by_role("button", name="Escalate").click()
        expect(flash(peer)).to_have_text("Escalated to the supervisors.")
        expect(peer.locator(".facts")).to_contain_text("supervisors (escalated)")

        sign_in(supervisor, live_app, "Sue Supervisor")
        open_queue(supervisor)
        items = queue_items(supervisor)
        expect(items).to_have_count(3)
        expect(items.nth(0)).to_contain_text("crisis")
        escalated = items.filter(has_text="I stopped my meds")
        expect(escalated).to_contain_text("· supervisors")
        expect(escalated).not_to_contain_text("claimed by")
        shot(supervisor, "queue-desktop")
        escalated.get_by_role("link").click()
        expect(supervisor.locator(".facts")).to_contain_text("supervisors (escalated)")
        expect(history(supervisor).filter(has_text="escalated by Pat Peer")).to_contain_text(
            "Stopped lithium two days ago; I think this needs a clinician."
        )
        supervisor.get_by_role("button", name="Claim").click()
        expect(flash(supervisor)).to_have_text("Claimed: it is yours now.")
        supervisor.get_by_label("Your text to Robin").fill("Hi Robin, this is Sue. I'll call you at 10.")
        supervisor.get_by_role("button", name="Send reply").click()
        expect(flash(supervisor)).to_contain_text("Reply queued to send.")
        shot(supervisor, "item-desktop")
    finally:
        peer.context.close()
        supervisor.context.close()
    item = load(live_app, item_id)
    assert item.pool is Pool.SUPERVISOR and item.owner_id == load_id(live_app, "sue@example.org")
