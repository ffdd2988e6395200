"""The database itself keeps the invariants the services rely on."""

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from tests.support.builders import NOW, make_outbound, make_participant, make_staff
from textsupport.models import (
    Allocation,
    AllocationSlot,
    AllocationTable,
    Arm,
    AuditEntry,
    AuditOutcome,
    DeliveryEvent,
    InboundMessage,
    ItemState,
    Level,
    OutboundKind,
    OutboundMessage,
    ParticipantStatus,
    Pool,
    QueueEvent,
    QueueItem,
)


def test_one_text_per_kind_per_participant_per_local_day(session):
    participant = make_participant(session)
    make_outbound(session, participant)
    with pytest.raises(IntegrityError):
        make_outbound(session, participant)
    session.rollback()
    make_outbound(session, participant, local_date=date(2026, 11, 25))  # the next day is fine
    make_outbound(session, participant, kind=OutboundKind.WELCOME)  # another kind is fine


def test_event_driven_texts_are_unique_on_their_cause(session):
    participant = make_participant(session)
    reply = {"kind": OutboundKind.AUTO_REPLY, "local_date": None, "urgent": True}
    make_outbound(session, participant, idempotency_key="inbound:SM1:crisis", **reply)
    make_outbound(session, participant, idempotency_key="inbound:SM2:crisis", **reply)
    with pytest.raises(IntegrityError):
        make_outbound(session, participant, idempotency_key="inbound:SM1:crisis", **reply)


def test_every_outbound_text_has_a_dedupe_key(session):
    participant = make_participant(session)
    with pytest.raises(IntegrityError):
        make_outbound(session, participant, kind=OutboundKind.STAFF_REPLY, local_date=None)


def test_inbound_message_sid_is_stored_once(session):
    def inbound(sid):
        return InboundMessage(provider_sid=sid, from_phone="+17805550100", body="hi", received_at=NOW)

    session.add(inbound("SM123"))
    session.commit()
    session.add(inbound("SM123"))
    with pytest.raises(IntegrityError):
        session.commit()


def test_one_active_participant_per_phone_but_withdrawn_numbers_can_return(session):
    first = make_participant(session, phone="+17805550123")
    with pytest.raises(IntegrityError):
        make_participant(session, phone="+17805550123")
    session.rollback()
    first.status = ParticipantStatus.WITHDRAWN
    session.commit()
    make_participant(session, phone="+17805550123")


def test_phones_must_be_e164(session):
    with pytest.raises(IntegrityError):
        make_participant(session, phone="780-555-0199")


def test_a_participant_is_allocated_once_and_a_slot_used_once(session):
    table = AllocationTable(source="generated", seed="42", strata_fields="site,sex", created_at=NOW)
    session.add(table)
    session.flush()
    slots = [
        AllocationSlot(table_id=table.id, stratum="site=north|sex=X", position=i, block=1, arm=arm)
        for i, arm in enumerate([Arm.TEXT, Arm.TAU])
    ]
    session.add_all(slots)
    session.commit()
    a, b = make_participant(session), make_participant(session)

    def allocate(participant, slot):
        session.add(
            Allocation(
                participant_id=participant.id,
                slot_id=slot.id,
                arm=slot.arm,
                stratum=slot.stratum,
                allocated_at=NOW,
                start_date=NOW.date(),
            )
        )
        session.commit()

    allocate(a, slots[0])
    with pytest.raises(IntegrityError):
        allocate(a, slots[1])  # randomised twice
    session.rollback()
    with pytest.raises(IntegrityError):
        allocate(b, slots[0])  # envelope opened twice
    session.rollback()
    allocate(b, slots[1])


def test_enum_columns_refuse_unknown_values(session):
    participant = make_participant(session)
    with pytest.raises(IntegrityError):
        session.execute(
            text("UPDATE participants SET status = 'paused' WHERE id = :id"), {"id": participant.id}
        )
        session.commit()


def _append_only_rows(session):
    staff = make_staff(session)
    participant = make_participant(session)
    item = QueueItem(
        participant_id=participant.id,
        kind="reply",
        level=Level.ROUTINE,
        pool=Pool.STAFF,
        state=ItemState.OPEN,
        due_at=NOW + timedelta(hours=24),
        created_at=NOW,
    )
    session.add(item)
    session.flush()
    session.add_all(
        [
            AuditEntry(at=NOW, actor_id=staff.id, action="login", outcome=AuditOutcome.OK),
            QueueEvent(item_id=item.id, at=NOW, action="opened"),
            DeliveryEvent(provider_sid="SM1", status="delivered", received_at=NOW),
        ]
    )
    session.commit()


@pytest.mark.parametrize("model", [AuditEntry, QueueEvent, DeliveryEvent])
def test_append_only_tables_refuse_updates(session, model):
    _append_only_rows(session)
    with pytest.raises(DBAPIError, match="append-only"):
        session.execute(
            update(model).values(at=NOW) if model is not DeliveryEvent else update(model).values(status="x")
        )
    session.rollback()


@pytest.mark.parametrize("model", [AuditEntry, QueueEvent, DeliveryEvent])
def test_append_only_tables_refuse_deletes(session, model):
    _append_only_rows(session)
    with pytest.raises(DBAPIError, match="append-only"):
        session.execute(model.__table__.delete())
    session.rollback()
    assert session.scalars(select(model)).first() is not None


def test_timestamps_come_back_aware_utc(session):
    edmonton_evening = datetime(2026, 11, 22, 23, 30, tzinfo=timezone(timedelta(hours=-7)))
    participant = make_participant(session, created_at=edmonton_evening)
    session.expire_all()
    stored = session.get(type(participant), participant.id).created_at
    assert stored == edmonton_evening
    assert stored.utcoffset() == timedelta(0)


def test_naive_timestamps_are_refused(session):
    with pytest.raises(Exception, match="naive"):
        make_participant(session, created_at=datetime(2026, 11, 23, 10, 0))
    session.rollback()
    assert session.scalar(select(OutboundMessage)) is None
