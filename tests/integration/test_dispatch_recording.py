"""Accepted texts are recorded in batches (sending/recording.py), and exactly-once still holds."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_outbound
from tests.support.sending import tick
from tests.support.times import SPRING_MONDAY_SEND as SEND
from textsupport.models import Arm, OutboundMessage, OutboundStatus
from textsupport.services.sending import dispatch, outcomes, recording
from textsupport.services.sending.delivery import record_status
from textsupport.sms import SendResult


@pytest.fixture
def settings_overrides():
    return dict(TWILIO_MPS="1000")


def statuses(session) -> list[OutboundStatus]:
    session.rollback()
    session.expire_all()
    return list(session.scalars(select(OutboundMessage.status).order_by(OutboundMessage.id)))


def test_a_batch_stores_each_text_with_its_own_sid_and_time_and_a_callback_that_came_first(app, session):
    people = [make_active(session, Arm.TEXT, date(2026, 3, 1)) for _ in range(3)]
    rows = [
        make_outbound(session, person, status=OutboundStatus.SENDING, attempts=1, to_phone=person.phone)
        for person in people
    ]
    batch = [
        recording.Accepted(
            outcomes.Job(row.id, row.to_phone, row.body, 1, row.participant_id, kind=row.kind),
            SendResult(f"SM{n:032x}", "queued"),
            SEND + timedelta(seconds=n),
        )
        for n, row in enumerate(rows)
    ]
    # Twilio's 'delivered' for the second text arrives before its batch is recorded: kept as an orphan.
    assert record_status(session, {"MessageSid": f"SM{1:032x}", "MessageStatus": "delivered"}) == "orphan"
    with app.extensions["textsupport.db"].sessionmaker() as own:
        recording.record_sent(own, batch)
    session.expire_all()
    stored = [session.get(OutboundMessage, row.id) for row in rows]
    assert [(r.provider_sid, r.sent_at, r.last_error) for r in stored] == [
        (f"SM{n:032x}", SEND + timedelta(seconds=n), None) for n in range(3)
    ]
    assert [r.status for r in stored] == [OutboundStatus.SENT, OutboundStatus.DELIVERED, OutboundStatus.SENT]
    # A daily text starts the texting arm, at that person's own send.
    assert [person.intervention_started_at for person in people] == [each.at for each in batch]


def test_a_batch_that_cannot_be_recorded_is_reconciled_at_twilio_never_sent_again(app, session, monkeypatch):
    """Twilio accepted the texts but their batch never committed (the database failed, or the
    dispatcher died before it): the rows stay 'sending' until the lease, then Twilio is asked and
    each is recorded sent; none is created a second time."""
    fake = app.extensions["textsupport.sms"]
    for _ in range(5):
        make_active(session, Arm.TEXT, date(2026, 3, 1))

    def broken(_session, _batch):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(recording, "record_sent", broken)
    report = tick(app, SEND)["dispatch"]
    assert (report["sent"], report["unknown"], len(fake.sent)) == (0, 5, 5)
    assert statuses(session) == [OutboundStatus.SENDING] * 5
    monkeypatch.undo()
    later = SEND + dispatch.LEASE + dispatch.RECONCILE_AFTER
    report = tick(app, later, plan=False)["dispatch"]
    assert (report["sent"], len(fake.sent)) == (5, 5)
    assert statuses(session) == [OutboundStatus.SENT] * 5
    assert set(session.scalars(select(OutboundMessage.provider_sid))) == set(fake.sids)
