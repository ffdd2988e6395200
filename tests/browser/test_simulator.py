"""The phone simulator in Chromium, at 360 px and by keyboard: a demo participant texts in a crisis."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from tests.support.browser import (
    add_staff,
    fits,
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
from textsupport.models import Allocation, InboundMessage, Participant, Role
from textsupport.services.ops import demo

pytestmark = pytest.mark.browser


def load_demo(app, tmp_path) -> Participant:
    """The demo data `make run` loads; returns a randomised demo participant who has not texted yet
    (the demo's own crisis text already had its answer, and a crisis answer goes once an hour)."""
    with app.app_context(), sessions(app) as session:
        demo.load(session, tmp_path / "demo-accounts.json", config.current(), content.content())
        person = session.scalars(
            select(Participant)
            .join(Allocation, Allocation.participant_id == Participant.id)
            .where(~select(InboundMessage.id).where(InboundMessage.participant_id == Participant.id).exists())
        ).first()
        session.expunge(person)
        return person


@pytest.mark.parametrize("live_app", [SETTINGS], indirect=True)
def test_a_demo_participant_texts_a_crisis_and_the_answer_and_the_item_appear(browser, live_app, tmp_path):
    person = load_demo(live_app, tmp_path)
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    page = new_page(browser)
    try:
        sign_in(page, live_app, "Sue Supervisor")
        link = page.get_by_role("link", name="phone simulator")
        tab_to(page, link)
        page.keyboard.press("Enter")
        expect(page.get_by_role("heading", name="Phone simulator")).to_be_visible()
        picker = page.get_by_label("Participant")
        tab_to(page, picker)
        picker.select_option(person.study_id)
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")  # "Show their phone"
        expect(page.get_by_role("heading", name=f"{person.first_name}'s phone")).to_be_visible()
        answer = thread(page).filter(has_text="Thank you for telling us")
        expect(answer).to_have_count(0)
        box = page.get_by_label("Text", exact=True)
        tab_to(page, box)
        page.keyboard.type("i want to die")
        page.keyboard.press("Tab")
        started = time.monotonic()
        page.keyboard.press("Enter")  # "Send as ..."
        expect(answer).to_have_count(1, timeout=1000)
        assert time.monotonic() - started < 1.0
        expect(thread(page).filter(has_text="i want to die")).to_contain_text("crisis")
        assert fits(page)
        shot(page, "simulator")

        page.get_by_label("Text", exact=True).fill("<script>window.pwned = 1</script>")
        page.get_by_role("button", name=f"Send as {person.first_name}").click()
        expect(thread(page).filter(has_text="<script>window.pwned = 1</script>")).to_have_count(1)
        assert page.evaluate("window.pwned") is None

        open_queue(page)
        page.get_by_role("link", name="All").first.click()
        expect(queue_items(page).filter(has_text="i want to die")).to_contain_text("crisis")
    finally:
        page.context.close()
