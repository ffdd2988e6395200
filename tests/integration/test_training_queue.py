"""Training in the queue: a peer whose crisis training is not current may not claim a crisis item, and
once a worker's required training lapses the scheduler hands their items to the supervisors. A practice
set is a new worker's to practise on, trained or not."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_participant, make_staff, train
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON as NOON
from tests.support.times import TUESDAY_NIGHT  # Tue 2026-11-24 02:00 local: the day Pat's module expires
from textsupport import config, content
from textsupport.models import (
    Arm,
    AuditEntry,
    ItemState,
    Level,
    ParticipantStatus,
    Pool,
    QueueEvent,
    QueueItem,
    Role,
)
from textsupport.services.queue import casework, contacts, sla

START = date(2026, 11, 1)
CASELOAD_ONLY = ["privacy", "using_this_system"]
EXPIRES = date(2026, 11, 24)


@pytest.fixture
def at_noon(app):
    app.config["TEXTSUPPORT_NOW"] = NOON  # Mon 2026-11-23 local
    with app.app_context():
        yield


def item_now(session, item_id) -> QueueItem:
    session.rollback()
    session.expire_all()
    return session.get(QueueItem, item_id)


def test_a_peer_without_crisis_training_is_refused_a_crisis_item_with_the_reason(
    session, app, at_noon, settings
):
    pat = make_staff(session, display_name="Pat Peer", trained=False)
    train(session, pat, CASELOAD_ONLY)
    person = make_active(session, Arm.PEER, START, peer_worker_id=pat.id)
    crisis = make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, at=NOON)
    routine = make_item(session, person, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=pat.id, at=NOON)
    with pytest.raises(casework.CaseworkError) as refused:
        casework.claim(session, crisis.id, pat, settings=settings)
    assert str(refused.value) == (
        "Pat Peer may not take crisis items until training is current: Helps peers to manage crises "
        "(missing); Suicide-risk training (missing). A supervisor takes this item."
    )
    assert (item_now(session, crisis.id).owner_id, item_now(session, crisis.id).state) == (
        None,
        ItemState.OPEN,
    )
    denied = session.scalar(select(AuditEntry).where(AuditEntry.action == "queue_claimed"))
    assert (denied.outcome.value, denied.detail, denied.actor_id) == (
        "denied",
        "training not current",
        pat.id,
    )
    assert (
        casework.claim(session, routine.id, pat, settings=settings).owner_id == pat.id
    )  # caseload work is fine
    train(session, pat, ["helps_manage_crises", "suicide_risk"])
    assert casework.claim(session, crisis.id, pat, settings=settings).owner_id == pat.id


def test_an_expired_suicide_risk_module_refuses_from_its_expiry_day_but_never_a_supervisor(
    session, app, at_noon, settings
):
    pat = make_staff(session, display_name="Pat Peer", trained=False)
    train(session, pat, [*CASELOAD_ONLY, "helps_manage_crises"])
    train(session, pat, ["suicide_risk"], on=date(2024, 11, 23), expires_on=date(2026, 11, 23))
    sue = make_staff(session, role=Role.SUPERVISOR)  # supervisors keep no training records
    person = make_active(session, Arm.PEER, START, peer_worker_id=pat.id)
    crisis = make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, at=NOON)
    with pytest.raises(casework.CaseworkError, match=r"Suicide-risk training \(expired 2026-11-23\)\."):
        casework.claim(session, crisis.id, pat, settings=settings)
    session.rollback()
    assert casework.claim(session, crisis.id, sue, settings=settings).owner_id == sue.id


def run_sla(app, at) -> dict:
    app.config["TEXTSUPPORT_NOW"] = at
    with app.app_context(), app.extensions["textsupport.db"].sessionmaker() as own:
        return sla.escalate(own, at, config.of(app), content.content())


@pytest.fixture
def pats_items(session, app, at_noon, settings):
    """Pat's work on Monday: a routine item routed to them, an urgent one they claimed and answered, a
    crisis routed to them (Tuesday night) and a crisis of theirs a supervisor claimed and answered."""
    pat = make_staff(session, display_name="Pat Peer", trained=False)
    sue = make_staff(session, role=Role.SUPERVISOR)
    person = make_active(session, Arm.PEER, START, peer_worker_id=pat.id)
    routine = make_item(session, person, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=pat.id, at=NOON)
    urgent = make_item(session, person, level=Level.URGENT, pool=Pool.PEER, assignee_id=pat.id, at=NOON)
    taken = make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, assignee_id=pat.id, at=NOON)
    later = TUESDAY_NIGHT - timedelta(minutes=5)
    crisis = make_item(
        session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, assignee_id=pat.id, at=later
    )
    train(session, pat, ["using_this_system", "helps_manage_crises"])
    casework.claim(session, urgent.id, pat, settings=settings)  # before the training records: not a crisis
    contacts.log_contact(session, urgent.id, pat, "phone", "10", "Called back.")
    casework.claim(session, taken.id, sue, settings=settings)
    contacts.log_contact(session, taken.id, sue, "phone", "10", "Safety plan made.")
    return pat, sue, {"routine": routine.id, "urgent": urgent.id, "taken": taken.id, "crisis": crisis.id}


def where(session, item_id) -> tuple:
    item = item_now(session, item_id)
    return item.pool, item.assignee_id, item.owner_id, item.state


def rerouted_notes(session, item_id) -> list[str]:
    return list(
        session.scalars(
            select(QueueEvent.note).where(QueueEvent.item_id == item_id, QueueEvent.action == "rerouted")
        )
    )


def test_when_crisis_training_lapses_the_workers_crisis_items_go_to_the_supervisors(session, app, pats_items):
    pat, sue, items = pats_items
    train(session, pat, ["privacy"])
    train(session, pat, ["suicide_risk"], on=date(2024, 11, 24), expires_on=EXPIRES)
    assert run_sla(app, NOON)["rerouted_untrained"] == 0  # current on Monday
    assert run_sla(app, TUESDAY_NIGHT)["rerouted_untrained"] == 2
    assert where(session, items["crisis"]) == (Pool.SUPERVISOR, None, None, ItemState.OPEN)
    assert where(session, items["taken"]) == (Pool.SUPERVISOR, None, sue.id, ItemState.CLAIMED)  # still Sue's
    assert where(session, items["routine"]) == (
        Pool.PEER,
        pat.id,
        None,
        ItemState.OPEN,
    )  # caseload still fine
    assert where(session, items["urgent"]) == (Pool.PEER, pat.id, pat.id, ItemState.CLAIMED)
    assert rerouted_notes(session, items["crisis"]) == ["their peer worker's crisis training is not current"]
    assert run_sla(app, TUESDAY_NIGHT + timedelta(minutes=1))["rerouted_untrained"] == 0  # once


def test_when_caseload_training_lapses_every_item_they_hold_goes_to_the_supervisors_unclaimed(
    session, app, pats_items
):
    pat, sue, items = pats_items
    train(session, pat, ["suicide_risk"])
    train(session, pat, ["privacy"], on=date(2025, 11, 24), expires_on=EXPIRES)
    assert run_sla(app, NOON)["rerouted_untrained"] == 0
    report = run_sla(app, TUESDAY_NIGHT)
    assert (report["rerouted_untrained"], report["escalated"]) == (4, 0)
    for name in ("routine", "urgent", "crisis"):
        assert where(session, items[name]) == (Pool.SUPERVISOR, None, None, ItemState.OPEN), name
    assert where(session, items["taken"]) == (Pool.SUPERVISOR, None, sue.id, ItemState.CLAIMED)
    assert rerouted_notes(session, items["urgent"]) == [
        "their peer worker's caseload training is not current"
    ]
    assert rerouted_notes(session, items["crisis"]) == ["their peer worker's crisis training is not current"]


def test_a_new_peer_with_no_training_keeps_and_claims_their_practice_set_on_or_off_shift(
    session, app, at_noon, settings
):
    pat = make_staff(session, display_name="Pat Peer", trained=False)
    practising = {"training": True, "peer_worker_id": pat.id, "status": ParticipantStatus.ACTIVE}
    crisis = make_item(session, make_participant(session, **practising), level=Level.CRISIS,
                       pool=Pool.SUPERVISOR, assignee_id=pat.id, at=NOON)  # fmt: skip
    routine = make_item(session, make_participant(session, **practising), level=Level.ROUTINE,
                        pool=Pool.PEER, assignee_id=pat.id, at=NOON)  # fmt: skip
    assert run_sla(app, NOON)["rerouted_untrained"] == 0
    pat.on_shift = False
    session.commit()
    assert run_sla(app, NOON + timedelta(minutes=1))["rerouted"] == 0
    assert where(session, routine.id) == (Pool.PEER, pat.id, None, ItemState.OPEN)
    assert casework.claim(session, crisis.id, pat, settings=settings).owner_id == pat.id
    assert where(session, crisis.id) == (Pool.SUPERVISOR, pat.id, pat.id, ItemState.CLAIMED)
