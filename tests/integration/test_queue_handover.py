"""Handing items on: escalation leaves the peer, reopening restarts the SLA, an answer meets it."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_staff
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON as NOON
from textsupport import config, content
from textsupport.models import Arm, Level, OutboundMessage, ParticipantStatus, Pool, QueueItem, Role
from textsupport.services.queue import caseload, casework, contacts, sla
from textsupport.services.queue import reads as queue
from textsupport.services.queue import workload_reads as workload

LATER = NOON + timedelta(days=2)  # Wed 12:00


@pytest.fixture
def team(app, session):
    """Pat (a peer), Sue (a supervisor) and Pat's participant, at noon."""
    app.config["TEXTSUPPORT_NOW"] = NOON
    with app.app_context():
        pat = make_staff(session, role=Role.PEER_WORKER, display_name="Pat")
        sue = make_staff(session, role=Role.SUPERVISOR, display_name="Sue")
        person = make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), peer_worker_id=pat.id)
        yield pat, sue, person


def ids(session, user, tab) -> set[int]:
    session.rollback()
    session.expire_all()
    return {row.item.id for row in queue.open_items(session, user, tab)}


def run_sla(app, at) -> dict:
    app.config["TEXTSUPPORT_NOW"] = at
    with app.app_context(), app.extensions["textsupport.db"].sessionmaker() as own:
        return sla.escalate(own, at, config.of(app), content.content())


def test_an_escalated_item_leaves_the_peer_and_waits_unassigned_for_the_supervisors(
    session, app, team, settings
):
    pat, sue, person = team
    item = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id, at=NOON)
    casework.claim(session, item.id, pat, settings=settings)
    casework.escalate(session, item.id, pat, "They talk about a plan; I need a supervisor.")
    assert item.id not in ids(session, pat, "mine")
    assert item.id in ids(session, pat, "all")  # still one of their participants' items
    assert item.id in ids(session, sue, "unassigned")
    loads = {load.worker.display_name: load for load in workload.loads(session, settings, NOON)}
    assert loads["Pat"].open_items == 0


def test_a_peer_arm_crisis_is_in_its_peers_queue_and_unassigned_for_the_supervisors(session, team, settings):
    pat, sue, person = team
    crisis = make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, assignee_id=pat.id, at=NOON)
    routine = make_item(session, person, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=pat.id, at=NOON)
    assert ids(session, pat, "mine") == {crisis.id, routine.id}
    assert ids(session, sue, "unassigned") == {crisis.id}  # the peer's own routine item is theirs alone
    casework.claim(session, crisis.id, sue, settings=settings)
    assert ids(session, sue, "unassigned") == set() and ids(session, pat, "mine") == {routine.id}


def test_a_reopened_item_gets_a_fresh_sla_and_can_escalate_again(session, app, team, settings):
    _pat, sue, person = team
    item = make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, at=NOON)
    assert run_sla(app, NOON + timedelta(minutes=16))["escalated"] == 1
    app.config["TEXTSUPPORT_NOW"] = NOON + timedelta(minutes=20)
    casework.resolve(session, item.id, sue, "Called them back; safe with their sister.")
    app.config["TEXTSUPPORT_NOW"] = LATER
    casework.reopen(session, item.id, sue, "They texted again asking for a call.", settings=settings)
    session.rollback()
    session.expire_all()
    reopened = session.get(QueueItem, item.id)
    assert (reopened.due_at, reopened.escalated_at) == (LATER + timedelta(minutes=15), None)
    assert run_sla(app, LATER + timedelta(minutes=5))["escalated"] == 0  # not overdue the moment it reopens
    assert run_sla(app, LATER + timedelta(minutes=16))["escalated"] == 1


@pytest.mark.parametrize("settings", [{"ONCALL_PHONES": "+17805550999"}], indirect=True)
def test_an_answered_item_meets_its_sla_and_pages_nobody(session, app, team, settings):
    _pat, sue, person = team
    answered = make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, at=NOON)
    waiting = make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, at=NOON)
    casework.claim(session, answered.id, sue, settings=settings)
    contacts.log_contact(session, answered.id, sue, "phone", "20", "Talked it through; safety plan.")
    # claimed but not answered: the clock still runs
    casework.claim(session, waiting.id, sue, settings=settings)
    report = run_sla(app, NOON + timedelta(minutes=16))
    assert (report["escalated"], report["oncall_alerts"]) == (1, 1)
    session.rollback()
    alerts = session.scalars(select(OutboundMessage.body)).all()
    assert len(alerts) == 1 and f"/queue/items/{waiting.id}" in alerts[0]


def test_a_withdrawn_participant_cannot_be_put_on_a_caseload(session, app, team, settings):
    pat, sue, _person = team
    gone = make_active(session, Arm.PEER, date(2026, 11, 1), status=ParticipantStatus.WITHDRAWN)
    with pytest.raises(caseload.CaseloadError, match="withdrawn"):
        caseload.assign(session, gone.study_id, pat.id, settings, sue)
    session.rollback()
    session.expire_all()
    assert session.get(type(gone), gone.id).peer_worker_id is None


def test_recognition_counts_start_on_monday_and_a_first_response_is_credited_to_who_gave_it(
    session, app, team, settings
):
    pat, sue, person = team
    sunday = NOON - timedelta(days=1)  # Sun 12:00: last week
    last_week = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id, at=sunday - timedelta(hours=1))
    app.config["TEXTSUPPORT_NOW"] = sunday
    casework.claim(session, last_week.id, pat, settings=settings)
    contacts.log_contact(session, last_week.id, pat, "phone", "10", "Checked in.")
    casework.resolve(session, last_week.id, pat, "Fine.")
    taken_over = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id, at=NOON - timedelta(hours=2))
    app.config["TEXTSUPPORT_NOW"] = NOON - timedelta(minutes=30)
    contacts.log_contact(session, taken_over.id, sue, "phone", "5", "Supervisor called first.")
    app.config["TEXTSUPPORT_NOW"] = NOON
    casework.claim(session, taken_over.id, pat, settings=settings)
    contacts.log_contact(session, taken_over.id, pat, "phone", "10", "Followed up.")
    assert workload.week_start(NOON, settings) == datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # Mon 00:00 MST
    (load,) = workload.loads(session, settings, NOON)
    assert (load.contacts, load.resolved) == (1, 0)  # Sunday's contact and resolve were last week
    assert load.median_first_response == timedelta(hours=1)  # only the item Pat answered first
