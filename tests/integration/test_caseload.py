"""Caseload caps, off shift, SLA escalation and the workload figures."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_active, make_staff
from tests.support.concurrency import at_once
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON as NOON
from textsupport import config, content
from textsupport.models import (
    Arm,
    AuditEntry,
    ItemState,
    Level,
    OutboundKind,
    OutboundMessage,
    Participant,
    Pool,
    QueueEvent,
    QueueItem,
    Role,
    StaffUser,
)
from textsupport.services.queue import caseload, casework, contacts, sla
from textsupport.services.queue import workload_reads as workload


@pytest.fixture
def at_noon(app):
    app.config["TEXTSUPPORT_NOW"] = NOON
    with app.app_context():
        yield


def peer_arm_people(session, n: int) -> list[Participant]:
    return [make_active(session, Arm.PEER, date(2026, 11, 1)) for _ in range(n)]


def caseload_of(session, peer) -> int:
    session.rollback()
    return session.scalar(select(func.count()).where(Participant.peer_worker_id == peer.id))


def test_the_cap_holds_and_only_a_supervisor_with_a_reason_goes_over(session, app, at_noon, settings):
    sue = make_staff(session, role=Role.SUPERVISOR)
    pat = make_staff(session, role=Role.PEER_WORKER, caseload_cap=2)
    people = peer_arm_people(session, 3)
    for person in people[:2]:
        caseload.assign(session, person.study_id, pat.id, settings, sue)
    with pytest.raises(caseload.CaseloadError, match=r"already has 2 participants \(cap 2\)"):
        caseload.assign(session, people[2].study_id, pat.id, settings, sue)
    session.rollback()
    assert caseload_of(session, pat) == 2
    caseload.assign(session, people[2].study_id, pat.id, settings, sue, "Covering for Sam's leave this week")
    assert caseload_of(session, pat) == 3
    entry = session.scalar(
        select(AuditEntry).where(AuditEntry.action == "peer_assigned").order_by(AuditEntry.id.desc())
    )
    assert entry.detail == "Covering for Sam's leave this week" and entry.data["over_cap"] is True


def test_the_default_cap_is_fifteen(session, app, at_noon, settings):
    sue = make_staff(session, role=Role.SUPERVISOR)
    pat = make_staff(session, role=Role.PEER_WORKER)
    people = peer_arm_people(session, 16)
    for person in people[:15]:
        caseload.assign(session, person.study_id, pat.id, settings, sue)
    with pytest.raises(caseload.CaseloadError, match="cap 15"):
        caseload.assign(session, people[15].study_id, pat.id, settings, sue)


@pytest.mark.parametrize("arm", [Arm.TEXT, Arm.TAU])
def test_a_peer_for_a_text_or_tau_participant_is_refused_and_audited(session, app, at_noon, arm, settings):
    sue = make_staff(session, role=Role.SUPERVISOR)
    pat = make_staff(session, role=Role.PEER_WORKER)
    person = make_active(session, arm, date(2026, 11, 1))
    with pytest.raises(caseload.CaseloadError, match="not in a peer arm"):
        caseload.assign(session, person.study_id, pat.id, settings, sue)
    assert caseload_of(session, pat) == 0
    denied = session.scalar(select(AuditEntry).where(AuditEntry.action == "peer_assigned"))
    assert denied.outcome.value == "denied"


def test_two_supervisors_assigning_the_last_place_at_once_cannot_both_fit(session, app, settings):
    sue = make_staff(session, role=Role.SUPERVISOR)
    pat = make_staff(session, role=Role.PEER_WORKER, caseload_cap=1)
    people = peer_arm_people(session, 2)

    def press(own, person):
        caseload.assign(own, person.study_id, pat.id, settings, own.get(StaffUser, sue.id))
        return "assigned"

    outcomes = [str(outcome) for outcome in at_once(app, press, people)]
    assert outcomes.count("assigned") == 1, outcomes
    assert any("cap 1" in outcome for outcome in outcomes if outcome != "assigned"), outcomes
    assert caseload_of(session, pat) == 1


QUIET = {"rerouted": 0, "rerouted_untrained": 0, "escalated": 0, "oncall_alerts": 0}


def escalate(app, at):
    app.config["TEXTSUPPORT_NOW"] = at
    with app.app_context(), app.extensions["textsupport.db"].sessionmaker() as own:
        return sla.escalate(own, at, config.of(app), content.content())


@pytest.mark.parametrize("settings", [{"ONCALL_PHONES": "+17805550999"}], indirect=True)
def test_overdue_items_escalate_once_and_an_overdue_crisis_pages_on_call_with_a_link(session, app):
    pat = make_staff(session, role=Role.PEER_WORKER)
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    crisis = make_item(
        session,
        person,
        level=Level.CRISIS,
        pool=Pool.SUPERVISOR,
        assignee_id=pat.id,
        body="i have the pills here",
        at=NOON,
    )
    routine = make_item(session, person, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=pat.id, at=NOON)
    assert escalate(app, NOON + timedelta(minutes=14)) == QUIET | {"escalated": 0, "oncall_alerts": 0}
    assert escalate(app, NOON + timedelta(minutes=16)) == QUIET | {"escalated": 1, "oncall_alerts": 1}
    assert escalate(app, NOON + timedelta(minutes=30)) == QUIET | {"escalated": 0, "oncall_alerts": 0}
    session.rollback()
    alert = session.scalar(select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.NOTIFICATION))
    assert alert.urgent and f"/queue/items/{crisis.id}" in alert.body and "pills" not in alert.body
    assert escalate(app, NOON + timedelta(hours=25))["escalated"] == 1  # the routine one, a day later
    session.rollback()
    session.expire_all()
    assert session.get(QueueItem, routine.id).pool is Pool.SUPERVISOR
    actions = session.scalars(select(QueueEvent.action).where(QueueEvent.item_id == routine.id)).all()
    assert actions == ["opened", "escalated"]
    assert session.scalar(select(func.count()).select_from(OutboundMessage)) == 1  # only the crisis paged


def test_a_resolved_item_never_escalates(session, app, at_noon, settings):
    sue = make_staff(session, role=Role.SUPERVISOR)
    item = make_item(session, make_active(session, Arm.TEXT, date(2026, 11, 1)), level=Level.CRISIS)
    casework.claim(session, item.id, sue, settings=settings)
    casework.resolve(session, item.id, sue, "Called, safe with family.")
    assert escalate(app, NOON + timedelta(hours=2))["escalated"] == 0


def test_unclaimed_items_of_an_off_shift_peer_go_to_the_supervisors(session, app, at_noon, settings):
    pat = make_staff(session, role=Role.PEER_WORKER)
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    waiting = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id)
    claimed = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id)
    casework.claim(session, claimed.id, pat, settings=settings)
    caseload.set_shift(session, pat, False)
    assert escalate(app, NOON + timedelta(minutes=1))["rerouted"] == 1
    session.rollback()
    session.expire_all()
    assert session.get(QueueItem, waiting.id).pool is Pool.SUPERVISOR
    assert session.get(QueueItem, claimed.id).pool is Pool.PEER  # still theirs: they are working it


def test_workload_figures_per_worker(session, app, at_noon, settings):
    pat = make_staff(session, role=Role.PEER_WORKER, display_name="Pat")
    make_staff(session, role=Role.PEER_WORKER, display_name="Sam")
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    first = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id, at=NOON - timedelta(hours=3))
    second = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id, at=NOON - timedelta(hours=1))
    make_item(session, person, pool=Pool.PEER, assignee_id=pat.id, at=NOON - timedelta(hours=5))
    for item in (first, second):
        casework.claim(session, item.id, pat, settings=settings)
        contacts.log_contact(session, item.id, pat, "phone", "10", "Checked in.")
    casework.resolve(session, first.id, pat, "All good.")
    loads = {load.worker.display_name: load for load in workload.loads(session, settings, NOON)}
    assert loads["Pat"].open_items == 2 and loads["Pat"].oldest == timedelta(hours=5)
    assert loads["Pat"].median_first_response == timedelta(hours=2)  # 3 h and 1 h waits
    assert (loads["Pat"].contacts, loads["Pat"].resolved, loads["Pat"].caseload) == (2, 1, 1)
    assert (loads["Sam"].open_items, loads["Sam"].median_first_response, loads["Sam"].resolved) == (
        0,
        None,
        0,
    )
    assert session.get(QueueItem, first.id).state is ItemState.RESOLVED
