"""A STOP and a text on its way: the window's hold (holds.py) decides which came first, by construction."""

import threading
import time
from collections import Counter
from datetime import date

import pytest

from tests.support.builders import make_active, make_outbound
from tests.support.signing import SETTINGS
from tests.support.sms_webhook import reply
from tests.support.times import SPRING_MONDAY_SEND as SEND
from textsupport import clock
from textsupport.models import Arm, OutboundMessage, OutboundStatus, Participant
from textsupport.services.sending import holds, outcomes, pacing, senders
from textsupport.sms import SendResult, new_sid

PHONE = "+17805550142"


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them): signed webhooks."""
    return dict(SETTINGS)


class SlowTwilio:
    """A gateway whose creates wait for the test to answer them; it notes when each was answered."""

    def __init__(self) -> None:
        self.reached, self.answer = threading.Event(), threading.Event()
        self.answered_at: float | None = None

    def ready(self) -> None:
        pass

    def send(self, to, body, status_callback=None) -> SendResult:
        self.reached.set()
        assert self.answer.wait(10)
        self.answered_at = time.monotonic()
        return SendResult(provider_sid=new_sid(), status="queued")


def claimed(session, **overrides) -> outcomes.Job:
    participant = make_active(session, Arm.TEXT, date(2026, 3, 1), **overrides)
    row = make_outbound(
        session, participant, status=OutboundStatus.SENDING, attempts=1, to_phone=participant.phone,
        claimed_at=SEND, scheduled_for=SEND,
    )  # fmt: skip
    session.commit()
    return outcomes.Job(row.id, row.to_phone, row.body, 1, participant.id)


def status(session, job) -> OutboundStatus:
    session.rollback()
    session.expire_all()
    return session.get(OutboundMessage, job.outbound_id).status


def test_the_window_cancels_the_texts_of_whoever_said_stop_since_the_claim(app, session):
    stays, stopped = claimed(session), claimed(session, phone="+17805550143")
    session.get(Participant, stopped.participant_id).sms_opted_out_at = SEND
    session.commit()
    hold, going = holds.take(app.extensions["textsupport.db"], [stays, stopped], clock.now())
    for _ in going:
        hold.let_go()
    assert going == [stays]
    assert (status(session, stays), status(session, stopped)) == (
        OutboundStatus.SENDING,
        OutboundStatus.CANCELLED,
    )


def test_a_stop_waits_for_the_create_already_on_its_way_and_is_answered_after_it(app, session):
    """PostgreSQL: the STOP webhook cannot commit while its person's text is with Twilio; once the
    create is answered, the STOP goes through and is answered. Without the hold it is answered first."""
    database = app.extensions["textsupport.db"]
    if database.engine.dialect.name != "postgresql":
        pytest.skip("row locks: SQLite re-checks each text just before its slot instead")
    job = claimed(session, phone=PHONE)
    twilio, report, answered = SlowTwilio(), Counter(), {}
    sending = senders.Sending(
        database, twilio, None, clock.now, report, threading.Event(), pacing.WallClock()
    )
    hold, going = holds.take(database, [job], clock.now())
    assert going == [job] and hold.locks
    sending.waiting.add(1)
    with sending.recorder:
        sender = threading.Thread(target=sending.send_one, args=(job, time.time(), hold))
        sender.start()
        assert twilio.reached.wait(10)

        def stop() -> None:
            answered["status"] = reply(app.test_client(), "STOP", sender=PHONE).status_code
            answered["at"] = time.monotonic()

        stopper = threading.Thread(target=stop)
        stopper.start()
        stopper.join(1.0)
        assert stopper.is_alive(), "the STOP was answered while its person's text was with Twilio"
        twilio.answer.set()
        sender.join(10)
        stopper.join(10)
    assert answered["status"] == 200 and answered["at"] > twilio.answered_at
    assert report["sent"] == 1 and status(session, job) is OutboundStatus.SENT
    assert session.get(Participant, job.participant_id).sms_opted_out_at is not None
