"""Who a reply reaches: the routing table for every arm, unknown and shared numbers, and crises."""

from datetime import date

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_staff
from tests.support.sms_webhook import items, reply
from textsupport.models import (
    Arm,
    Level,
    OutboundMessage,
    OutboundStatus,
    Participant,
    ParticipantStatus,
    Pool,
    Role,
)

SHARED = "+17805550177"


@pytest.mark.parametrize(
    ("arm", "peer", "on_shift", "pool"),
    [
        (Arm.PEER, True, True, Pool.PEER),
        (Arm.PEER_TEXT, True, True, Pool.PEER),
        (Arm.PEER_TEXT, True, False, Pool.SUPERVISOR),
        (Arm.PEER, False, True, Pool.STAFF),
        (Arm.TEXT, True, True, Pool.STAFF),
        (Arm.TAU, True, True, Pool.STAFF),
    ],
)
def test_routing_of_routine_replies_by_arm(client, session, arm, peer, on_shift, pool):
    worker = make_staff(session, role=Role.PEER_WORKER, on_shift=on_shift)
    make_active(
        session, arm, date(2026, 11, 1), phone="+17805550177", peer_worker_id=worker.id if peer else None
    )
    reply(client, "had a good walk today", sender="+17805550177")
    (item,) = items(session)
    assert item.pool is pool
    assert item.assignee_id == (worker.id if pool is Pool.PEER else None)


@pytest.mark.parametrize("arm", [Arm.PEER, Arm.PEER_TEXT, Arm.TEXT, Arm.TAU])
def test_a_crisis_goes_to_the_supervisors_in_every_arm_and_its_on_shift_peer_sees_it(client, session, arm):
    worker = make_staff(session, role=Role.PEER_WORKER, on_shift=True)
    peer_arm = arm in (Arm.PEER, Arm.PEER_TEXT)
    make_active(session, arm, date(2026, 11, 1), phone=SHARED, peer_worker_id=worker.id if peer_arm else None)
    reply(client, "i want to kill myself", sender=SHARED)
    (item,) = items(session)
    assert (item.level, item.pool) == (Level.CRISIS, Pool.SUPERVISOR)
    assert item.assignee_id == (worker.id if peer_arm else None)


def test_an_unknown_number_goes_to_admins_and_is_never_attributed(client, session):
    page = reply(client, "who is this?", sender="+14035550100").get_data(as_text=True)
    assert "research" in page.lower()
    (item,) = items(session)
    assert (item.pool, item.participant_id) == (Pool.ADMIN, None)


def test_a_crisis_from_an_unknown_number_goes_to_the_supervisors_unattributed(client, session):
    page = reply(client, "i want to end my life", sender="+14035550100").get_data(as_text=True)
    assert "9-8-8" in page
    (item,) = items(session)
    assert (item.level, item.pool, item.participant_id) == (Level.CRISIS, Pool.SUPERVISOR, None)


def shared_phone(session) -> tuple[Participant, Participant]:
    """Two participants on one phone: one withdrawn, one enrolled again with the same number."""
    first = make_active(session, Arm.TEXT, date(2026, 11, 1), phone=SHARED, first_name="Ann")
    first.status = ParticipantStatus.WITHDRAWN
    session.commit()
    second = make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), phone=SHARED, first_name="Bo")
    return first, second


def test_a_shared_number_goes_to_admins_and_is_attributed_to_neither(client, session):
    shared_phone(session)
    page = reply(client, "had a good walk today", sender=SHARED).get_data(as_text=True)
    assert "Ann" not in page and "Bo" not in page
    (item,) = items(session)
    assert (item.pool, item.participant_id) == (Pool.ADMIN, None)


def test_stop_from_a_shared_number_opts_out_everyone_on_it(client, session):
    first, second = shared_phone(session)
    reply(client, "STOP", sender=SHARED)
    session.rollback()
    session.expire_all()  # a rollback outside a transaction expires nothing
    assert session.get(Participant, first.id).sms_opted_out_at is not None
    assert session.get(Participant, second.id).sms_opted_out_at is not None
    planned = select(OutboundMessage).where(OutboundMessage.status == OutboundStatus.PLANNED)
    assert session.scalars(planned).all() == []
    reply(client, "START", sender=SHARED)
    session.rollback()
    session.expire_all()
    assert session.get(Participant, second.id).sms_opted_out_at is None
