"""The sandbox in Chromium at 360 px (issue 17): a new peer worker practises on a training crisis and
the rest of their practice set; a French participant's thread in the phone simulator."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from tests.support import sending
from tests.support.browser import (
    TITLE,
    add_staff,
    fits,
    flash,
    history,
    new_page,
    open_queue,
    queue_items,
    sessions,
    shot,
    sign_in,
    tab_to,
    thread,
)
from tests.support.signing import SETTINGS
from textsupport import config, content
from textsupport.models import ItemState, OutboundMessage, Participant, QueueItem, Role, StaffUser
from textsupport.services.ops import demo, practice

pytestmark = pytest.mark.browser


def practice_set(app, worker_id: int) -> dict[str, str]:
    """Pat's practice set, texted in through the webhook's service: {first name: study id}."""
    with app.app_context(), sessions(app) as session:
        worker = session.get(StaffUser, worker_id)
        people = practice.load(session, worker, config.current(), content.content(), actor_id=None)
        return {person.first_name: person.study_id for person in people}


def item_of(app, study_id: str, level: str) -> QueueItem:
    with sessions(app) as session:
        item = session.scalar(
            select(QueueItem)
            .join(Participant, Participant.id == QueueItem.participant_id)
            .where(Participant.study_id == study_id, QueueItem.level == level)
            .order_by(QueueItem.id)
            .limit(1)
        )
        session.expunge(item)
        return item


def open_practice_item(page, study_id: str, name: str) -> None:
    open_queue(page)
    page.get_by_role("link", name=re.compile(r"^Practice")).click()
    page.locator("#queue-list").get_by_role("link", name=re.compile(f"{study_id} {name}")).first.click()
    page.get_by_role("button", name="Claim").click()
    expect(flash(page)).to_have_text("Claimed: it is yours now.")


def test_a_new_peer_worker_practises_on_a_training_crisis_and_the_rest_of_the_set(page, live_app):
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    ids = practice_set(live_app, pat)
    sign_in(page, live_app, "Pat Peer")
    open_queue(page)
    expect(page).to_have_title(TITLE)  # a practice crisis is in no real count
    expect(queue_items(page)).to_have_text(["Nothing is waiting here."])
    page.get_by_role("link", name=re.compile(r"^Practice")).click()
    expect(page.get_by_text("Practice items come from training participants")).to_be_visible()
    items = queue_items(page)
    expect(items).to_have_count(8)
    expect(items.nth(0)).to_contain_text(f"crisis {ids['Robin']} Robin")
    expect(items.nth(0)).to_contain_text("i want to end it tonight")
    assert fits(page)
    shot(page, "practice")

    # The crisis: claim, reply, log the call, ask a supervisor to sign off (theirs to close).
    open_practice_item(page, ids["Robin"], "Robin")
    page.get_by_label("Your text to Robin").fill("Robin, I'm here. Can I call you in 5 minutes?")
    page.get_by_role("button", name="Send reply").click()
    expect(flash(page)).to_contain_text("Reply queued to send.")
    sending.tick(live_app, datetime.now(UTC), plan=False)  # the dispatcher: a practice text never leaves
    live_app.config["TEXTSUPPORT_NOW"] = None
    page.reload()
    expect(thread(page).filter(has_text="Can I call you").locator(".status")).to_have_text("sent")
    page.get_by_label("Duration (minutes)").fill("12")
    page.get_by_label("Note").fill("Called Robin: safe with her sister tonight.")
    page.get_by_role("button", name="Log contact").click()
    expect(flash(page)).to_have_text("Contact logged.")
    expect(page.get_by_role("button", name="Resolve", exact=True)).to_have_count(0)
    page.get_by_label("What was done, for the supervisor (required)").fill("Called; safe tonight.")
    page.get_by_role("button", name="Request sign-off").click()
    expect(flash(page)).to_have_text("Sign-off requested: a supervisor will review and resolve it.")
    expect(history(page).filter(has_text="contact")).not_to_have_count(0)
    crisis = item_of(live_app, ids["Robin"], "crisis")
    assert crisis.state is ItemState.CLAIMED and crisis.owner_id == pat

    # The bare HELP: escalate. The routine chat: resolve.
    open_practice_item(page, ids["Sasha"], "Sasha")
    page.get_by_label("Reason").fill("Practice: a bare HELP I could not reach by phone.")
    page.get_by_role("button", name="Escalate").click()
    expect(flash(page)).to_have_text("Escalated to the supervisors.")
    open_practice_item(page, ids["Charlie"], "Charlie")
    reply = page.get_by_label("What was done (required)")
    tab_to(page, reply)
    page.keyboard.type("Sent a kind word back; nothing to act on.")
    page.get_by_role("button", name="Resolve", exact=True).click()
    expect(flash(page)).to_have_text("Resolved.")
    escalated = item_of(live_app, ids["Sasha"], "urgent")
    assert (escalated.pool.value, escalated.owner_id) == ("supervisor", None)
    assert item_of(live_app, ids["Charlie"], "routine").state is ItemState.RESOLVED
    with sessions(live_app) as session:
        sent = session.scalars(select(OutboundMessage).where(OutboundMessage.kind == "staff_reply")).all()
        assert [row.status.value for row in sent] == ["sent"] and sent[0].provider_sid.startswith("SM")


def test_a_supervisor_sees_the_practice_sets_and_resets_one(page, live_app):
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    old = practice_set(live_app, pat)
    sign_in(page, live_app, "Sue Supervisor")
    open_queue(page)
    page.get_by_role("link", name=re.compile(r"^Practice")).click()
    sets = page.get_by_role("table")
    expect(sets).to_contain_text("Pat Peer")
    sets.get_by_role("link", name="Reset Pat Peer's practice…").click()
    expect(page.get_by_label("Peer worker")).to_have_value(str(pat))
    page.get_by_role("button", name="Reset their practice set").click()
    expect(flash(page)).to_have_text("The practice set starts over with 5 practice participants.")
    expect(queue_items(page)).to_have_count(8)
    for study_id in old.values():
        expect(queue_items(page).filter(has_text=study_id)).to_have_count(0)
    assert fits(page)


@pytest.mark.parametrize("live_app", [SETTINGS], indirect=True)
def test_a_french_participants_thread_in_the_simulator(browser, live_app, tmp_path):
    with live_app.app_context(), sessions(live_app) as session:
        report = demo.load(session, tmp_path / "demo-accounts.json", config.current(), content.content())
    camille = report["french"]
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    page = new_page(browser)
    try:
        sign_in(page, live_app, "Sue Supervisor")
        page.goto(f"{live_app.config['LIVE_URL']}/simulator/?participant={camille}")
        expect(page.get_by_role("heading", name="Camille's phone")).to_be_visible()
        expect(page.get_by_text("Their texts are in français")).to_be_visible()
        box = page.get_by_label("Text", exact=True)
        expect(box).to_have_attribute("placeholder", "Message texte")
        box.fill("AIDE")
        page.get_by_role("button", name="Send as Camille").click()
        expect(thread(page).filter(has_text="Répondez ARRET pour vous désabonner")).to_have_count(1)
        page.get_by_role("button", name="Next day").click()
        expect(page.get_by_role("status")).to_contain_text("Planned and sent")
        expect(thread(page).filter(has_text="We sent")).not_to_have_count(0)
        expect(page.locator("#phone [lang='fr']").first).to_be_visible()
        assert fits(page)
        shot(page, "simulator-fr")
    finally:
        page.context.close()


@pytest.mark.parametrize("live_app", [SETTINGS], indirect=True)  # the phone's texts are signed
@pytest.mark.parametrize("width", [360, 1280])
def test_from_a_practice_item_the_trainee_sees_the_participants_side(browser, live_app, width):
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    ids = practice_set(live_app, pat)
    page = new_page(browser, width)
    try:
        sign_in(page, live_app, "Pat Peer")
        open_practice_item(page, ids["Robin"], "Robin")
        note = page.get_by_role("region", name="Practice")
        expect(note).to_contain_text("Robin is a training participant")
        expect(note).to_contain_text("A practice crisis asks for none")
        page.get_by_label("Your text to Robin").fill("Robin, I'm here. Are you safe right now?")
        page.get_by_role("button", name="Send reply").click()
        expect(flash(page)).to_contain_text("Reply queued to send.")
        assert fits(page), width
        shot(page, f"practice-item-{width}")
        note.get_by_role("link", name="See Robin's phone").click()
        expect(page.get_by_role("heading", name="Robin's phone")).to_be_visible()
        expect(thread(page).filter(has_text="i want to end it tonight")).to_have_count(1)
        expect(thread(page).filter(has_text="Are you safe right now?")).to_have_count(1)
        expect(page.get_by_role("button", name="Next day")).to_have_count(0)  # sends everyone's: not theirs
        page.get_by_label("Text", exact=True).fill("yes, at my sister's")
        page.get_by_role("button", name="Send as Robin").click()
        expect(thread(page).filter(has_text="yes, at my sister's")).to_have_count(1)
        assert fits(page), width
        shot(page, f"practice-phone-{width}")
        page.get_by_role("link", name="Back to the practice items").click()
        page.locator("#queue-list").get_by_role(
            "link", name=re.compile(f"{ids['Robin']} Robin")
        ).first.click()
        expect(thread(page).filter(has_text="yes, at my sister's")).to_have_count(1)
        expect(page.get_by_role("heading", name="Would you like a debrief?")).to_have_count(0)
    finally:
        page.context.close()
