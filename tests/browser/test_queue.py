"""The reply queue in Chromium: peers and supervisors triage, claim, answer, escalate and resolve replies."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from tests import sending
from tests.builders import PASSWORD, make_active, make_staff
from tests.queue_builders import make_item
from textsupport.models import (
    Arm,
    AuditEntry,
    ItemState,
    Level,
    Participant,
    Pool,
    QueueItem,
    Role,
    StaffUser,
)

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).parent / "screenshots"
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


def test_a_peer_sees_the_crisis_first_claims_replies_and_resolves_it(page, live_app):
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
    expect(items.nth(0)).to_contain_text(re.compile(r"1[0-4] min left"))
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

    page.get_by_label("What was done (required)").fill("Called Robin: safe at her sister's tonight.")
    page.get_by_role("button", name="Resolve").click()
    expect(flash(page)).to_have_text("Resolved.")
    expect(page.get_by_role("button", name="Reopen")).to_be_visible()
    events = history(page)
    expect(events.filter(has_text="claimed by Pat Peer")).to_have_count(1)
    expect(events.filter(has_text="replied by Pat Peer")).to_have_count(1)
    expect(
        events.filter(has_text="resolved by Pat Peer: Called Robin: safe at her sister's tonight.")
    ).to_have_count(1)
    item = load(live_app, crisis)
    assert item.state is ItemState.RESOLVED and item.owner_id == pat

    page.get_by_role("link", name="Back to the queue").click()
    expect(page).to_have_title(TITLE)
    expect(queue_items(page)).to_have_count(2)
    expect(queue_items(page).nth(0)).to_contain_text("urgent")


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


def load_id(app, email: str) -> int:
    """The id of the account with `email`."""
    with sessions(app) as session:
        return session.scalar(select(StaffUser.id).where(StaffUser.email == email))


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
        expect(peer.locator(".facts")).to_contain_text("supervisor (escalated)")

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
        expect(supervisor.locator(".facts")).to_contain_text("supervisor (escalated)")
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


def test_the_queue_refreshes_itself_without_a_reload(page, live_app):
    add_staff(live_app, "Sue Supervisor", Role.SUPERVISOR)
    quiet = add_participant(live_app, Arm.TEXT, first_name="Quinn")
    add_item(live_app, quiet, level=Level.ROUTINE, body="all good here", at=ago(60))
    worried = add_participant(live_app, Arm.TAU, first_name="Robin", phone="+17805550102")
    sign_in(page, live_app, "Sue Supervisor")
    open_queue(page)
    expect(page).to_have_title(TITLE)
    expect(queue_items(page)).to_have_count(1)
    page.evaluate("window.notReloaded = true")

    # A crisis text arrives, left as routing leaves one: the supervisors' pool.
    add_item(
        live_app, worried, level=Level.CRISIS, pool=Pool.SUPERVISOR, body="i took all my pills", at=ago(0)
    )
    expect(queue_items(page)).to_have_count(1)  # nothing moves until the refresh
    page.evaluate("window.textsupportRefreshQueue()")
    expect(page).to_have_title(f"(1 crisis) {TITLE}")
    items = queue_items(page)
    expect(items).to_have_count(2)
    expect(items.nth(0)).to_contain_text(f"crisis {worried.study_id} Robin")
    expect(items.nth(0)).to_contain_text("i took all my pills")
    expect(page.get_by_role("link", name=re.compile(r"^All 2$"))).to_be_visible()
    assert page.evaluate("window.notReloaded") is True


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

    page.get_by_label("Type").select_option(label="Phone call")
    page.get_by_label("Duration (minutes)").fill("20")
    page.get_by_label("Note", exact=True).fill(f"Talked it through; sent {link}")
    page.get_by_role("button", name="Log contact").click()
    expect(flash(page)).to_have_text("Contact logged.")
    expect(history(page).filter(has_text="contact by Pat Peer")).to_contain_text("(Phone call, 20 min)")

    tab_to(page, page.get_by_label("What was done (required)"))
    page.keyboard.type(f"Called, she is OK; follow-up booked, see {link}")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(flash(page)).to_have_text("Resolved.")
    assert load(live_app, item_id).state is ItemState.RESOLVED
    assert fits(page), "item with a long history"
    shot(page, "item-phone")


def test_the_workload_page_charts_each_peer_and_refuses_a_text_arm(page, live_app):
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
    expect(cells).to_have_text(["on", "1 / 15", "2", "2.5 h", "–", "0", "0"])
    expect(
        page.get_by_role("row")
        .filter(has=page.get_by_role("rowheader", name="Quinn Peer"))
        .get_by_role("cell")
    ).to_have_text(["on", "0 / 15", "0", "–", "–", "0", "0"])
    assert fits(page), "workload"
    shot(page, "workload")

    page.get_by_label("Study id").fill(text_arm.study_id)
    page.get_by_label("Peer worker", exact=True).select_option(label="Quinn Peer")
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_role("alert")).to_have_text(
        f"{text_arm.study_id} is not in a peer arm, so no peer worker may be assigned "
        "(it would contaminate the arm)."
    )
    expect(page.get_by_label("Study id")).to_have_value(text_arm.study_id)

    page.get_by_label("Study id").fill(peer_arm.study_id)
    page.get_by_label("Peer worker", exact=True).select_option(label="Quinn Peer")
    page.get_by_role("button", name="Assign").click()
    expect(flash(page)).to_have_text(f"{peer_arm.study_id} assigned.")
    quinn_row = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name="Quinn Peer"))
    expect(quinn_row.get_by_role("cell").nth(1)).to_have_text("1 / 15")
    with sessions(live_app) as session:
        assert session.get(Participant, text_arm.id).peer_worker_id is None
        assert session.get(Participant, peer_arm.id).peer_worker_id is not None
