"""The home page says what to do next, per role, and never more than the role may know: supervisors
and admins are told whose supervision check-ins are overdue or asked for."""

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_participant, make_staff
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON as NOON
from tests.support.web import csrf_token, login
from textsupport.models import (
    Arm,
    Assessment,
    AssessmentKind,
    Level,
    ParticipantStatus,
    Pool,
    QueueItem,
    Role,
    StaffUser,
)
from textsupport.services.programme import supervision_records
from textsupport.services.queue import casework
from textsupport.services.trial import allocations

TODAY = date(2026, 11, 23)
ARMS = re.compile(r"\b(PEER|PEER_TEXT|TEXT|TAU)\b")


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TEXTSUPPORT_NOW=NOON)


@pytest.fixture
def trial(session):
    """Two crises (one of Pat's participant, one of a TEXT participant), an item routed to Pat,
    three open follow-ups (overdue, due in 5 days, due in 30 days), and an allocation table whose
    generated strata are full and whose builder strata are used up."""
    pat = make_staff(session, role=Role.PEER_WORKER, email="pat@example.org")
    staff = {role: make_staff(session, role=role, email=f"{role.value}@example.org")
             for role in (Role.SUPERVISOR, Role.ADMIN, Role.RATER, Role.TRIAL_STAFF)}  # fmt: skip
    robin = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    tex = make_active(session, Arm.TEXT, date(2026, 11, 1))
    make_item(session, robin, level=Level.CRISIS, pool=Pool.SUPERVISOR, assignee_id=pat.id)
    make_item(session, tex, level=Level.CRISIS, pool=Pool.SUPERVISOR)
    make_item(session, robin, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=pat.id)
    for kind, due in (
        (AssessmentKind.WEEK_6, TODAY - timedelta(days=2)),
        (AssessmentKind.MONTH_3, TODAY + timedelta(days=5)),
        (AssessmentKind.MONTH_6, TODAY + timedelta(days=30)),
    ):
        session.add(Assessment(participant_id=robin.id, kind=kind, due_date=due))
    session.commit()
    allocations.generate(session, "seed-1", 8, ["north"], ("site", "sex"), None)
    return {"robin": robin, "tex": tex, "sue": staff[Role.SUPERVISOR]}


def home(client, email):
    login(client, email)
    return client.get("/").get_data(as_text=True)


def section(page, name):
    """The text of one 'what to do next' entry, or None when the page has none."""
    found = re.search(rf'<li id="next-{name}"[^>]*>(.*?)</li>', page, re.S)
    return " ".join(found[1].split()) if found else None


def test_a_peer_sees_their_visible_crises_and_their_items(client, trial):
    page = home(client, "pat@example.org")
    assert section(page, "crisis").startswith("<strong>1 crisis item is open.</strong>")  # not the TEXT one
    assert 'href="/queue/?tab=all">Open the queue</a>' in section(page, "crisis")
    assert section(page, "mine").startswith("<strong>2 items are yours</strong>")
    assert 'href="/queue/?tab=mine"' in section(page, "mine")
    assert section(page, "followups") is None and section(page, "allocations") is None


def test_a_supervisor_sees_every_crisis(client, trial):
    page = home(client, "supervisor@example.org")
    assert section(page, "crisis").startswith("<strong>2 crisis items are open.</strong>")
    assert section(page, "mine") == "No items are claimed by you or sent to you."
    assert section(page, "followups") is None and section(page, "allocations") is None


def test_a_rater_sees_follow_ups_and_never_an_arm(client, trial):
    page = home(client, "rater@example.org")
    followups = section(page, "followups")
    assert followups.startswith(
        "<strong>1 follow-up is overdue.</strong> 1 follow-up is due in the next 14 days."
    )
    assert 'href="/assessments/">Open follow-up</a>' in followups
    assert section(page, "crisis") is None and section(page, "mine") is None
    assert section(page, "allocations") is None and "allocation" not in page.lower()
    assert not ARMS.search(page)


def test_trial_staff_never_see_the_allocation_warning(client, trial):
    page = home(client, "trial_staff@example.org")
    assert section(page, "allocations") is None and "allocation" not in page.lower()
    assert section(page, "followups") is None and section(page, "crisis") is None
    assert 'href="/participants/new">enrol a new one</a>' in section(page, "participants")
    assert not ARMS.search(page)


def test_an_admin_sees_everything_and_which_strata_run_low_but_no_arm(client, trial):
    page = home(client, "admin@example.org")
    assert section(page, "crisis").startswith("<strong>2 crisis items are open.</strong>")
    assert section(page, "followups").startswith("<strong>1 follow-up is overdue.</strong>")
    low = section(page, "allocations")
    robin, tex = trial["robin"].id, trial["tex"].id  # the builder gives each a one-slot stratum, now used
    assert low.startswith("<strong>The allocation table is running low.</strong>")
    assert f"p{robin}: used up; p{tex}: used up." in low
    assert "north" not in low  # the generated strata are untouched
    assert 'href="/allocations/">Add to the table</a>' in low
    assert 'href="/participants/new">enrol a new one</a>' in section(page, "participants")  # admins enrol too
    assert not ARMS.search(page)


def test_an_admin_is_warned_when_a_stratum_has_less_than_the_share_left(client, session):
    from tests.support.builders import NOW, make_participant
    from textsupport.models import Allocation, AllocationSlot, AllocationTable

    make_staff(session, role=Role.ADMIN, email="admin@example.org")
    allocations.generate(session, "seed-2", 8, ["north"], ("site", "sex"), None)  # untouched: enough left
    table = AllocationTable(source="imported", strata_fields="site,sex", created_at=NOW)
    session.add(table)
    session.flush()
    slots = [
        AllocationSlot(table_id=table.id, stratum="site=south|sex=F", position=n, block=1, arm=Arm.TAU)
        for n in range(1, 21)
    ]
    session.add_all(slots)
    session.commit()
    for slot in slots[:19]:  # 1 of 20 left: 5 %, under the default 10 %
        person = make_participant(session)
        session.add(
            Allocation(
                participant_id=person.id,
                slot_id=slot.id,
                arm=slot.arm,
                stratum=slot.stratum,
                allocated_at=NOW,
                start_date=TODAY,
            )
        )
    session.commit()
    low = section(home(client, "admin@example.org"), "allocations")
    assert low == (
        "<strong>The allocation table is running low.</strong> site=south, sex=F: 1 of 20 left. "
        '<a href="/allocations/">Add to the table</a>'
    )


def test_an_admin_is_told_when_every_stratum_has_enough_left(client, session):
    make_staff(session, role=Role.ADMIN, email="admin@example.org")
    allocations.generate(session, "seed-2", 8, ["north"], ("site", "sex"), None)
    assert section(home(client, "admin@example.org"), "allocations") == (
        "The allocation table has enough left in every stratum."
    )


def test_an_admin_with_no_allocation_table_is_told_to_make_one(client, session):
    make_staff(session, role=Role.ADMIN, email="admin@example.org")
    assert section(home(client, "admin@example.org"), "allocations").startswith(
        "<strong>There is no allocation table yet.</strong>"
    )


def test_nothing_to_do_reads_plainly(client, session):
    make_staff(session, role=Role.PEER_WORKER, email="pat@example.org")
    make_staff(session, role=Role.RATER, email="rae@example.org")
    page = home(client, "pat@example.org")
    assert section(page, "crisis").startswith("No crisis items are open.")
    client.post("/logout", data={"csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', page)[1]})
    assert (
        section(home(client, "rae@example.org"), "followups") == "No follow-ups are due in the next 14 days."
    )


def test_a_supervisor_is_told_which_crises_wait_for_their_sign_off(client, session, trial, settings):
    assert section(home(client, "supervisor@example.org"), "signoff") is None  # none asked yet
    pat = session.scalar(select(StaffUser).where(StaffUser.email == "pat@example.org"))
    crisis = session.scalar(select(QueueItem).where(QueueItem.participant_id == trial["robin"].id))
    casework.claim(session, crisis.id, pat, settings=settings)
    casework.request_signoff(session, crisis.id, pat, "Called her; safe tonight.")
    client.post("/logout", data={"csrf_token": csrf_token(client, "/")})
    entry = section(home(client, "supervisor@example.org"), "signoff")
    assert entry.startswith("<strong>1 crisis item waits for your sign-off.</strong>")
    assert section(home_as(client, "pat@example.org"), "signoff") is None  # a peer asks; never signs off


def test_trial_staff_are_told_who_waits_to_be_randomised(client, session, trial):
    make_participant(session)  # enrolled, not randomised
    make_participant(session, status=ParticipantStatus.WITHDRAWN)  # withdrawn: nothing to do
    entry = section(home(client, "trial_staff@example.org"), "randomise")
    assert entry.startswith("<strong>1 participant is enrolled but not randomised.</strong>")
    assert section(home_as(client, "rater@example.org"), "randomise") is None


def home_as(client, email):
    """Sign the current person out, then show `email`'s home page."""
    client.post("/logout", data={"csrf_token": csrf_token(client, "/")})
    return home(client, email)


def test_a_supervisor_is_told_whose_check_ins_are_overdue_or_asked_for(app, client, session, trial, settings):
    page = home(client, "supervisor@example.org")
    assert section(page, "supervision").startswith("No supervision check-in is overdue.")  # Pat started today
    assert section(page, "checkins-asked") is None
    pat = session.scalar(select(StaffUser).where(StaffUser.email == "pat@example.org"))
    sam = make_staff(session, role=Role.PEER_WORKER, display_name="Sam Peer")
    lee = make_staff(session, role=Role.PEER_WORKER, display_name="Lee Peer")
    for worker in (pat, lee):
        worker.created_at = NOON - timedelta(days=30)  # never checked in since: overdue
    session.commit()
    with app.app_context():  # asked on Monday (TEXTSUPPORT_NOW)
        supervision_records.answer_debrief(session, sam, None, "requested", settings)
    page = home_as(client, "admin@example.org")
    asked, overdue = section(page, "checkins-asked"), section(page, "supervision")
    assert asked.startswith("<strong>1 peer worker is waiting for a check-in they asked for</strong>")
    assert '<a href="/programme/supervision#requests">See who asked</a>' in asked
    assert overdue.startswith(
        "<strong>2 peer workers are overdue for a supervision check-in</strong> (one is due every 14 days)."
    )
    assert '<a href="/programme/supervision#overdue">See who is overdue</a>' in overdue
    for email in ("pat@example.org", "trial_staff@example.org", "rater@example.org"):
        page = home_as(client, email)
        assert section(page, "supervision") is None and section(page, "checkins-asked") is None
    for worker in (pat, sam, lee):
        fields = {"worker_id": str(worker.id), "held_by_id": str(trial["sue"].id), "held_on": "2026-11-23",
                  "minutes": "30", "wellbeing": "ok", "notes": ""}  # fmt: skip
        supervision_records.record_checkin(session, fields, settings, trial["sue"])
    page = home_as(client, "supervisor@example.org")
    assert section(page, "supervision").startswith("No supervision check-in is overdue.")
    assert section(page, "checkins-asked") is None


def test_a_peer_is_told_at_home_of_a_debrief_offered_after_a_crisis_a_supervisor_closed(
    app, client, session, trial, settings
):
    pat = session.scalar(select(StaffUser).where(StaffUser.email == "pat@example.org"))
    crisis, old = (
        make_item(
            session, trial["robin"], level=Level.CRISIS, pool=Pool.SUPERVISOR, assignee_id=pat.id, at=at
        )
        for at in (NOON - timedelta(hours=3), NOON - timedelta(days=15))
    )
    for item in (crisis, old):
        casework.claim(session, item.id, pat, settings=settings)
        casework.request_signoff(session, item.id, pat, "Safety plan made; please sign off.")
        casework.resolve(session, item.id, trial["sue"], "Signed off.")
    assert section(home(client, "pat@example.org"), "debrief") == (
        "<strong>A debrief is offered after 1 crisis you worked on.</strong> A supervisor can check in with"
        " you about it; it is your choice. Answer on the item's page:"
        f' <a href="/queue/items/{crisis.id}#debrief">item {crisis.id}</a>.'
    )  # the crisis of 15 days ago is not listed: its offer stays on its own page
    assert 'id="debrief"' in client.get(f"/queue/items/{crisis.id}").get_data(as_text=True)
    assert section(home_as(client, "supervisor@example.org"), "debrief") is None
    with app.app_context():
        supervision_records.answer_debrief(session, pat, crisis.id, "declined", settings)
    assert section(home_as(client, "pat@example.org"), "debrief") is None
