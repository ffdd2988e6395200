"""The reply queue in Chromium: who may open it, escaping, self-refresh, phone width, keyboard, workload."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from tests.support.browser import (
    TITLE,
    add_item,
    add_participant,
    add_staff,
    ago,
    fits,
    flash,
    history,
    load,
    open_queue,
    queue_items,
    sessions,
    shot,
    sign_in,
    tab_once,
    tab_to,
    thread,
)
from textsupport.models import (
    Arm,
    AuditEntry,
    ItemState,
    Level,
    Participant,
    Pool,
    Role,
)

pytestmark = pytest.mark.browser
REFRESH_WAIT_MS = 4_000  # four ticks of a 1 s refresh; a 20 s timer would never make it


def test_a_rater_cannot_open_the_queue(page, live_app):
    add_staff(live_app, "Ray Rater", Role.RATER)
    person = add_participant(live_app, Arm.TEXT)
    item_id = add_item(live_app, person, body="private words", at=ago(5))
    sign_in(page, live_app, "Ray Rater")
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Queue")).to_have_count(0)
    base = live_app.config["LIVE_URL"]
    for path in ("/queue/", f"/queue/items/{item_id}", "/queue/workload/"):
        response = page.goto(f"{base}{path}")
        assert response.status == 403, path
        expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
        expect(page.get_by_text("private words")).to_have_count(0)
    with sessions(live_app) as session:
        denied = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "access_denied")).all()
    assert sorted(denied) == sorted(["/queue/", f"/queue/items/{item_id}", "/queue/workload/"])


def test_script_and_formula_bodies_are_shown_as_typed(page, live_app):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    script = '<script>alert("in the queue")</script>'
    formula = '=HYPERLINK("http://evil.example/","click me")'
    person = add_participant(live_app, Arm.TEXT, first_name="<b>Bo</b>")
    script_item = add_item(live_app, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, body=script, at=ago(2))
    add_item(live_app, person, body=formula, at=ago(20))
    sign_in(page, live_app, "Sue Supervisor")
    open_queue(page)
    expect(page.get_by_text(script, exact=True)).to_be_visible()
    expect(page.get_by_text(formula, exact=True)).to_be_visible()
    expect(page.get_by_text(f"{person.study_id} <b>Bo</b>").first).to_be_visible()

    page.goto(f"{live_app.config['LIVE_URL']}/queue/items/{script_item}")
    expect(thread(page).filter(has_text="They wrote")).to_have_count(2)
    expect(page.get_by_role("blockquote").filter(has_text=script)).to_have_text(script)
    expect(page.get_by_role("blockquote").filter(has_text=formula)).to_have_text(formula)
    expect(page.get_by_label("Your text to <b>Bo</b>")).to_be_visible()
    reply = '<img src=x onerror=alert("out")> =HYPERLINK("x")'
    page.get_by_label("Your text to <b>Bo</b>").fill(reply)
    page.get_by_role("button", name="Send reply").click()
    expect(thread(page).filter(has_text="We sent").get_by_role("blockquote")).to_have_text(reply)
    assert page.locator("main img, main b").count() == 0
    assert page.evaluate("[...document.scripts].every(s => !s.textContent.includes('alert'))")
    assert dialogs == []


@pytest.mark.parametrize("live_app", [{"QUEUE_REFRESH_SECONDS": "1"}], indirect=True, ids=["every-1-s"])
def test_the_queue_refreshes_itself_without_a_reload(page, live_app):
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    quiet = add_participant(live_app, Arm.TEXT, first_name="Quinn")
    add_item(live_app, quiet, level=Level.ROUTINE, body="all good here", at=ago(60))
    worried = add_participant(live_app, Arm.TAU, first_name="Robin", phone="+17805550102")
    sign_in(page, live_app, "Sue Supervisor")
    open_queue(page)
    expect(page.get_by_text("This list refreshes itself every 1 second.")).to_be_visible()
    expect(page).to_have_title(TITLE)
    expect(queue_items(page)).to_have_count(1)
    page.evaluate("window.notReloaded = true")

    # A crisis text arrives, left as routing leaves one: the supervisors' pool. From here on the test
    # only waits: the page's own timer must bring it in, within a few of its 1 s ticks (not 20 s).
    add_item(
        live_app, worried, level=Level.CRISIS, pool=Pool.SUPERVISOR, body="i took all my pills", at=ago(0)
    )
    expect(page).to_have_title(f"(1 crisis) {TITLE}", timeout=REFRESH_WAIT_MS)
    items = queue_items(page)
    expect(items).to_have_count(2)
    expect(items.nth(0)).to_contain_text(f"crisis {worried.study_id} Robin")
    expect(items.nth(0)).to_contain_text("i took all my pills")
    expect(page.get_by_role("link", name=re.compile(r"^All 2$"))).to_be_visible()

    # It keeps refreshing, not only once, and a keyboard user on an item keeps their place.
    quinn = page.locator(".item-link", has_text="Quinn")
    quinn.focus()
    href = quinn.get_attribute("href")
    jo = add_participant(live_app, Arm.TEXT, first_name="Jo")
    add_item(live_app, jo, level=Level.CRISIS, pool=Pool.SUPERVISOR, body="i have the rope", at=ago(0))
    expect(page).to_have_title(f"(2 crisis) {TITLE}", timeout=REFRESH_WAIT_MS)
    expect(queue_items(page)).to_have_count(3)
    expect(page.get_by_role("link", name=re.compile(r"^All 3$"))).to_be_visible()
    assert page.evaluate("window.notReloaded") is True
    assert page.evaluate("document.activeElement.getAttribute('href')") == href


def test_a_phone_sized_screen_and_the_keyboard_are_enough(page, live_app):
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    robin = add_participant(live_app, peer_id=pat, first_name="Robin")
    link = "https://example.org/" + "a-very-long-unbroken-link-" * 8
    item_id = add_item(
        live_app, robin, level=Level.URGENT, pool=Pool.PEER, assignee_id=pat, body=f"look {link}", at=ago(10)
    )
    sign_in(page, live_app, "Pat Peer")
    open_queue(page)
    assert fits(page), "queue"
    tab_to(page, page.get_by_role("link", name=f"urgent {robin.study_id} Robin"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name=f"urgent {robin.study_id} Robin")).to_be_visible()
    assert fits(page), "item before claiming"

    tab_to(page, page.get_by_role("button", name="Claim"))
    page.keyboard.press("Enter")
    expect(flash(page)).to_have_text("Claimed: it is yours now.")
    tab_to(page, page.get_by_label("Your text to Robin"))
    page.keyboard.type("Thanks Robin. Is now a good time to talk?")
    tab_to(page, page.get_by_role("button", name="Send reply"))
    page.keyboard.press("Enter")
    expect(flash(page)).to_contain_text("Reply queued to send.")

    # Log a contact: each Tab lands on the next field of the form, in the order it reads.
    tab_to(page, page.get_by_label("Type"))
    page.keyboard.press("ArrowDown")  # from the first type, Phone call, to the next
    expect(page.get_by_label("Type")).to_have_value("in_person")
    tab_once(page, page.get_by_label("Duration (minutes)"))
    page.keyboard.type("20")
    tab_once(page, page.get_by_label("Note", exact=True))
    page.keyboard.type(f"Met at the clinic; showed her {link}")
    tab_once(page, page.locator("#contact-role-hope"))  # the peer roles it served, first of 16
    page.keyboard.press("Space")
    tab_to(page, page.get_by_role("button", name="Log contact"))
    page.keyboard.press("Enter")
    expect(flash(page)).to_have_text("Contact logged.")
    logged = history(page).filter(has_text="contact by Pat Peer")
    expect(logged).to_contain_text(
        re.compile(
            rf"contact by Pat Peer \(In person, 20 min\): Met at the clinic; showed her {link}\s*Peer roles:"
        )
    )
    expect(logged.locator(".event-roles .badge-role")).to_have_text(["Promoting hope"])

    tab_to(page, page.get_by_label("What was done (required)"))
    page.keyboard.type(f"Called, she is OK; follow-up booked, see {link}")
    tab_once(page, page.get_by_role("button", name="Resolve"))
    page.keyboard.press("Enter")
    expect(flash(page)).to_have_text("Resolved.")
    assert load(live_app, item_id).state is ItemState.RESOLVED

    tab_to(page, page.get_by_label("Why reopen it"))
    page.keyboard.type("She texted again: the follow-up fell through.")
    tab_once(page, page.get_by_role("button", name="Reopen"))
    page.keyboard.press("Space")
    expect(flash(page)).to_have_text("Reopened.")
    expect(history(page).filter(has_text="reopened by Pat Peer")).to_contain_text(
        "She texted again: the follow-up fell through."
    )
    assert load(live_app, item_id).state is ItemState.OPEN

    tab_to(page, page.get_by_role("button", name="Claim"))
    page.keyboard.press("Space")
    expect(flash(page)).to_have_text("Claimed: it is yours now.")
    tab_to(page, page.get_by_label("Reason"))
    page.keyboard.type("Second missed follow-up; a clinician should call her.")
    tab_once(page, page.get_by_role("button", name="Escalate"))
    page.keyboard.press("Enter")
    expect(flash(page)).to_have_text("Escalated to the supervisors.")
    expect(history(page).filter(has_text="escalated by Pat Peer")).to_contain_text(
        "Second missed follow-up; a clinician should call her."
    )
    item = load(live_app, item_id)
    assert item.pool is Pool.SUPERVISOR and item.owner_id is None and item.state is ItemState.OPEN
    assert fits(page), "item with a long history"
    shot(page, "item-phone")


def test_the_workload_page_charts_each_peer_assigns_by_keyboard_and_refuses_a_text_arm(page, live_app):
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    pat = add_staff(live_app, "Pat Peer", Role.PEER_WORKER)
    add_staff(live_app, "Quinn Peer", Role.PEER_WORKER)
    robin = add_participant(live_app, peer_id=pat, first_name="Robin")
    add_item(live_app, robin, level=Level.URGENT, pool=Pool.PEER, assignee_id=pat, at=ago(150))
    add_item(live_app, robin, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=pat, at=ago(20))
    text_arm = add_participant(live_app, Arm.TEXT)
    peer_arm = add_participant(live_app, Arm.PEER_TEXT)
    sign_in(page, live_app, "Sue Supervisor")
    open_queue(page)
    page.get_by_role("navigation", name="Queue tabs").get_by_role("link", name="Workload").click()
    expect(page.get_by_role("heading", name="Peer workload")).to_be_visible()
    chart = page.get_by_role("img", name="Open items, contacts and resolved items per peer worker")
    expect(chart).to_be_visible()
    expect(chart).to_contain_text("Pat Peer")
    expect(chart).to_contain_text("Quinn Peer")
    pat_row = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name="Pat Peer"))
    cells = pat_row.get_by_role("cell")
    # No check-in yet: the first is due 14 days after the account was made (the test kit's Mon 2026-11-23).
    due = re.compile(r"(due|overdue \(was due) 2026-12-07\)?")
    expect(cells).to_have_text(["on", "1 / 15", "2", "2 h 30 min", "–", "0", "0", "0 / 3", "–", due])
    expect(
        page.get_by_role("row")
        .filter(has=page.get_by_role("rowheader", name="Quinn Peer"))
        .get_by_role("cell")
    ).to_have_text(["on", "0 / 15", "0", "–", "–", "0", "0", "0 / 3", "–", due])
    assert fits(page), "workload"
    shot(page, "workload")

    # Assign by keyboard alone: type the study id, pick the peer by typing a name, Tab on, press Space.
    peer = page.get_by_label("Peer worker", exact=True)
    tab_to(page, page.get_by_label("Study id"))
    page.keyboard.type(peer_arm.study_id)
    tab_once(page, peer)
    page.keyboard.type("Quinn")
    expect(peer.locator("option:checked")).to_have_text("Quinn Peer")
    tab_once(page, page.get_by_label("Over the cap? The reason (supervisors only)"))
    tab_once(page, page.get_by_role("button", name="Assign"))
    page.keyboard.press("Space")
    expect(flash(page)).to_have_text(f"{peer_arm.study_id} assigned.")
    quinn_row = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name="Quinn Peer"))
    expect(quinn_row.get_by_role("cell").nth(1)).to_have_text("1 / 15")

    page.get_by_label("Study id").fill(text_arm.study_id)
    page.get_by_label("Peer worker", exact=True).select_option(label="Quinn Peer")
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_role("alert")).to_have_text(
        f"{text_arm.study_id} is not in a peer arm, so no peer worker may be assigned "
        "(it would contaminate the arm)."
    )
    expect(page.get_by_label("Study id")).to_have_value(text_arm.study_id)
    expect(quinn_row.get_by_role("cell").nth(1)).to_have_text("1 / 15")
    with sessions(live_app) as session:
        assert session.get(Participant, text_arm.id).peer_worker_id is None
        assert session.get(Participant, peer_arm.id).peer_worker_id is not None
