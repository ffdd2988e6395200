"""The participant page in a browser: withdrawal of each kind, texts both ways, appointments changed."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from tests.support.browser import add_staff, fits, flash, new_page, sessions, shot, sign_in, thread
from tests.support.builders import make_active, make_outbound, make_staff
from tests.support.queue_builders import make_inbound, make_item
from textsupport.models import Arm, InboundMessage, Level, OutboundStatus, Participant, QueueEvent, Role

pytestmark = pytest.mark.browser
EDMONTON = ZoneInfo("America/Edmonton")


def add_participant(app, arm: Arm, **overrides) -> str:
    """An active participant randomised 20 local days ago; returns the study id."""
    start = datetime.now(EDMONTON).date() - timedelta(days=20)
    with sessions(app) as session:
        return make_active(session, arm, start, first_name="Robin", **overrides).study_id


def open_participant(page, app, study_id: str) -> None:
    page.goto(f"{app.config['LIVE_URL']}/participants/{study_id}")
    expect(page.get_by_role("heading", name=re.compile(study_id))).to_be_visible()


def fact(page, name: str):
    """The value of one fact in the participant's facts list."""
    return page.locator(f"dl.facts dt:text-is('{name}') + dd")


def test_withdraw_from_the_intervention_then_from_the_study(page, live_app):
    peer_id = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    study_id = add_participant(live_app, Arm.PEER_TEXT, peer_worker_id=peer_id)
    add_staff(live_app, "Tess Staff", Role.TRIAL_STAFF)
    sign_in(page, live_app, "Tess Staff")
    open_participant(page, live_app, study_id)
    expect(fact(page, "Texts")).to_have_text("on")
    expect(fact(page, "Peer worker")).to_have_text("Pat Peer")

    page.get_by_role("link", name="Withdraw this participant…").click()
    page.get_by_role("radio", name=re.compile("^From the intervention only")).check()
    page.get_by_label("Reason for withdrawal").fill("finds the daily texts too much")
    page.get_by_role("button", name="Withdraw").click()
    expect(flash(page)).to_contain_text(f"{study_id} is withdrawn from the intervention")
    expect(fact(page, "Status")).to_have_text("active (withdrawn from the intervention)")
    expect(fact(page, "Texts")).to_have_text("follow-up survey texts only: withdrawn from the intervention")
    expect(fact(page, "Peer worker")).to_have_text("none")
    expect(page.get_by_role("heading", name="Next daily texts")).to_have_count(0)
    expect(page.get_by_role("button", name="Add appointment")).to_be_visible()

    page.get_by_role("link", name="Withdraw from the study as well…").click()
    expect(page.get_by_role("radio", name=re.compile("^From the study"))).to_be_checked()
    page.get_by_label("Reason for withdrawal").fill("moved out of province")
    page.get_by_role("button", name="Withdraw").click()
    expect(flash(page)).to_contain_text(f"{study_id} is withdrawn from the study")
    expect(fact(page, "Status")).to_have_text("withdrawn")
    expect(fact(page, "Texts")).to_have_text("off: withdrawn from the study")
    timeline = page.locator("ol.timeline")
    expect(timeline).to_contain_text("Withdrawn from the intervention: finds the daily texts too much")
    expect(timeline).to_contain_text("Withdrawn from the study: moved out of province")
    expect(page.get_by_role("button", name="Add appointment")).to_have_count(0)
    expect(page.get_by_role("link", name=re.compile("^Withdraw"))).to_have_count(0)


def add_story(app, study_id: str) -> None:
    """A day of texts both ways, a flagged reply with a logged call, for the page to show."""
    now = datetime.now(UTC)
    with sessions(app) as session:
        participant = session.scalar(select(Participant).where(Participant.study_id == study_id))
        make_outbound(
            session,
            participant,
            body="A small step still counts. What is one you could take today?",
            status=OutboundStatus.DELIVERED,
            scheduled_for=now - timedelta(hours=5),
            sent_at=now - timedelta(hours=5),
            local_date=(now - timedelta(hours=5)).astimezone(EDMONTON).date(),
        )
        make_inbound(
            session, participant, level=Level.ROUTINE, body="thanks, that helped", at=now - timedelta(hours=4)
        )
        item = make_item(
            session,
            participant,
            level=Level.URGENT,
            body="rough night, can someone call me",
            at=now - timedelta(hours=3),
        )
        item.reasons = ["asks for contact", "distress"]
        session.get(InboundMessage, item.inbound_id).reasons = item.reasons
        worker = make_staff(session, display_name="Casey Supervisor", role=Role.SUPERVISOR).id
        session.add(
            QueueEvent(
                item_id=item.id,
                at=now - timedelta(hours=2),
                actor_id=worker,
                action="contact",
                note="called, feeling steadier",
                minutes=20,
                data={"type": "phone"},
            )
        )
        session.commit()


def test_texts_both_ways_with_triage_then_an_appointment_is_edited_and_cancelled(browser, live_app):
    study_id = add_participant(live_app, Arm.TEXT)
    add_story(live_app, study_id)
    add_staff(live_app, "Ada Admin", Role.ADMIN)
    page = new_page(browser, 1280)
    sign_in(page, live_app, "Ada Admin")
    open_participant(page, live_app, study_id)

    expect(fact(page, "Arm")).to_contain_text("TEXT")
    texts = thread(page)
    expect(texts).to_have_count(3)
    expect(texts.nth(0)).to_contain_text("We sent (daily)")
    expect(texts.nth(0)).to_contain_text("delivered")
    expect(texts.nth(1)).to_contain_text("thanks, that helped")
    expect(texts.nth(1)).to_contain_text("Triage: routine")
    expect(texts.nth(2)).to_contain_text("rough night, can someone call me")
    expect(texts.nth(2)).to_contain_text("Triage: urgent asks for contact; distress")
    expect(page.get_by_role("heading", name="Next daily texts")).to_be_visible()
    expect(page.locator("ol.preview > li")).to_have_count(5)
    expect(page.locator(".contacts")).to_contain_text(
        "Phone call, 20 min by Casey Supervisor: called, feeling steadier"
    )
    expect(page.get_by_role("link", name=re.compile(r"MST|MDT")).first).to_be_visible()  # the queue item

    when = (datetime.now(EDMONTON) + timedelta(days=3)).replace(hour=14, minute=30)
    page.get_by_label("Date and time (participant's local time)", exact=True).fill(
        when.strftime("%Y-%m-%dT%H:%M")
    )
    page.get_by_label("Where (optional; never what it is for)", exact=True).fill("Grey Nuns clinic")
    page.get_by_role("button", name="Add appointment").click()
    expect(flash(page)).to_have_text("Appointment added.")
    shot(page, "participant")

    appointment = page.locator(".appointments > li").first
    appointment.get_by_text("Change or cancel").click()
    moved = when + timedelta(days=1, hours=-5)
    appointment.get_by_label(re.compile("^Date and time")).fill(moved.strftime("%Y-%m-%dT%H:%M"))
    appointment.get_by_label(re.compile("^Where")).fill("Home visit")
    appointment.get_by_role("button", name="Save changes").click()
    expect(flash(page)).to_have_text("Appointment changed.")
    expect(page.locator(".appointments > li").first).to_contain_text(f"{moved:%Y-%m-%d %H:%M}")
    expect(page.locator(".appointments > li").first).to_contain_text("Home visit")

    page.locator(".appointments > li").first.get_by_text("Change or cancel").click()
    page.get_by_role("button", name="Cancel this appointment").click()
    expect(flash(page)).to_have_text("Appointment cancelled.")
    expect(page.locator(".appointments > li").first).to_contain_text("cancelled")

    narrow = new_page(browser, 360)
    sign_in(narrow, live_app, "Ada Admin")
    open_participant(narrow, live_app, study_id)
    shot(narrow, "participant-narrow")
    assert fits(narrow), "the participant page scrolls sideways at 360 px"
