"""The backstop: replies Twilio has that never reached the webhook are found and stored once, late."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from scheduler import jobs
from tests.support.builders import make_active
from textsupport import sms
from textsupport.models import (
    Arm,
    Arrival,
    InboundMessage,
    Level,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    ProviderCheckpoint,
)
from textsupport.sms import Failure, Received, SendError

OURS = "+17805550199"


@pytest.fixture
def settings_overrides():
    return {"TWILIO_FROM_NUMBER": OURS, "ONCALL_PHONES": "+17805550999"}


def backstop(app) -> dict:
    return jobs.run_job(app, next(spec for spec in jobs.JOBS if spec.name == "backstop"))


def text(n, phone, body, minutes_ago=10, to=OURS) -> Received:
    return Received(f"SMlost{n}", phone, to, body, 0, datetime.now(UTC) - timedelta(minutes=minutes_ago))


def test_a_crisis_that_never_reached_us_is_stored_queued_and_answered_by_text(app, session):
    person = make_active(session, Arm.TEXT, date(2026, 11, 1))
    gateway = app.extensions["textsupport.sms"]
    lost = text(1, person.phone, "i want to end my life")
    gateway.inbound.extend([lost, text(2, person.phone, "not ours", to="+17805550111")])
    assert backstop(app) == {"listed": 1, "recovered": 1}
    session.rollback()
    reply = session.scalar(select(InboundMessage))
    assert (reply.provider_sid, reply.arrival, reply.level) == ("SMlost1", Arrival.BACKSTOP, Level.CRISIS)
    assert reply.received_at == lost.sent_at and reply.stored_at > lost.sent_at
    answers = session.scalars(select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.AUTO_REPLY))
    # Nobody gave the crisis numbers at the time: they go out now, through the outbox.
    assert [(a.idempotency_key, a.status, a.urgent) for a in answers] == [
        ("inbound:SMlost1:crisis", OutboundStatus.PLANNED, True)
    ]
    assert backstop(app) == {"listed": 1, "recovered": 0}


def test_a_reply_younger_than_the_settling_time_is_left_to_its_webhook(app, session):
    person = make_active(session, Arm.TEXT, date(2026, 11, 1))
    app.extensions["textsupport.sms"].inbound.append(text(3, person.phone, "on its way", minutes_ago=0))
    assert backstop(app) == {"listed": 1, "recovered": 0}
    session.rollback()
    checkpoint = session.get(ProviderCheckpoint, "inbound_backstop")
    assert checkpoint.reconciled_until < datetime.now(UTC) - timedelta(minutes=1)  # it is looked at again


def test_when_twilio_cannot_list_the_checkpoint_stays(app, session, monkeypatch):
    def failing(_to, _since):
        raise SendError(Failure.AMBIGUOUS, "500 from Twilio")
        yield  # pragma: no cover

    monkeypatch.setattr(sms.FakeGateway, "received", lambda self, to, since: failing(to, since))
    assert backstop(app) == {"listed": 0, "recovered": 0, "failed": 1}
    session.rollback()
    assert session.get(ProviderCheckpoint, "inbound_backstop") is None


def test_two_lost_crises_from_one_phone_queue_the_crisis_numbers_once(app, session):
    person = make_active(session, Arm.TEXT, date(2026, 11, 1))
    gateway = app.extensions["textsupport.sms"]
    gateway.inbound.extend(
        [text(4, person.phone, "i want to die", 12), text(5, person.phone, "i want to die", 11)]
    )
    assert backstop(app) == {"listed": 2, "recovered": 2}
    session.rollback()
    answers = session.scalars(select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.AUTO_REPLY))
    assert [a.idempotency_key for a in answers] == ["inbound:SMlost4:crisis"]  # at most one an hour
