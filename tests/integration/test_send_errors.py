"""Each error row of the dispatcher's table: retry, reconcile, opt out, flag the phone."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_outbound
from tests.support.sending import tick
from tests.support.times import SPRING_MONDAY_SEND as SEND
from textsupport.models import Arm, OutboundKind, OutboundMessage, OutboundStatus, Participant, QueueItem
from textsupport.services.sending import dispatch
from textsupport.sms import Failure, SendError


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TWILIO_MPS="1000")


@pytest.fixture
def fake(app):
    return app.extensions["textsupport.sms"]


def daily(session, participant) -> OutboundMessage:
    session.rollback()
    session.expire_all()
    query = select(OutboundMessage).where(
        OutboundMessage.participant_id == participant.id, OutboundMessage.kind == OutboundKind.DAILY
    )
    return session.scalars(query.order_by(OutboundMessage.local_date)).first()


def error(failure, code=None):
    return SendError(failure, failure.value, code)


def test_a_429_is_retried_in_process_and_then_sent_once(app, session, fake):
    participant = make_active(session, Arm.TEXT, date(2026, 3, 1))
    fake.failures = [error(Failure.RETRY), error(Failure.RETRY)]
    report = tick(app, SEND)
    assert report["dispatch"]["sent"] == 1
    assert len(fake.sent) == 1
    assert daily(session, participant).status is OutboundStatus.SENT


def test_repeated_429s_put_the_text_back_with_backoff_then_it_goes(app, session, fake):
    participant = make_active(session, Arm.TEXT, date(2026, 3, 1))
    fake.failures = [error(Failure.RETRY)] * 3
    assert tick(app, SEND)["dispatch"]["retried"] == 1
    row = daily(session, participant)
    assert (row.status, row.attempts) == (OutboundStatus.PLANNED, 1)
    assert row.scheduled_for > SEND
    tick(app, SEND + timedelta(minutes=5), plan=False)
    assert daily(session, participant).status is OutboundStatus.SENT
    assert len(fake.sent) == 1


@pytest.mark.parametrize("accepted", [True, False], ids=["provider_has_it", "provider_never_got_it"])
def test_an_ambiguous_send_is_reconciled_never_resent_blind(app, session, fake, accepted):
    participant = make_active(session, Arm.TEXT, date(2026, 3, 1))
    fake.failures = [error(Failure.AMBIGUOUS)]
    fake.accept_then_fail = accepted
    assert tick(app, SEND)["dispatch"]["unknown"] == 1
    assert daily(session, participant).status is OutboundStatus.UNKNOWN
    tick(app, SEND + timedelta(seconds=20), plan=False)  # too soon to trust the provider's list
    assert daily(session, participant).status is OutboundStatus.UNKNOWN
    tick(app, SEND + dispatch.RECONCILE_AFTER + timedelta(seconds=5), plan=False)
    row = daily(session, participant)
    assert row.status is OutboundStatus.SENT
    assert len(fake.sent) == 1  # exactly one text reached the provider either way


def test_21610_marks_the_participant_opted_out_and_cancels_the_rest(app, session, fake):
    participant = make_active(session, Arm.TEXT, date(2026, 3, 1))
    fake.failures = [error(Failure.OPTED_OUT, 21610)]
    tick(app, SEND)
    session.rollback()
    session.expire_all()
    assert session.get(Participant, participant.id).sms_opted_out_at is not None
    assert (daily(session, participant).status, daily(session, participant).error_code) == (
        OutboundStatus.FAILED,
        21610,
    )
    tick(app, SEND + timedelta(days=1))
    assert fake.sent == []


@pytest.mark.parametrize("code", [21211, 21614])
def test_an_invalid_number_is_flagged_for_staff_and_never_retried(app, session, fake, code):
    participant = make_active(session, Arm.TEXT, date(2026, 3, 1))
    fake.failures = [error(Failure.INVALID_NUMBER, code)]
    tick(app, SEND)
    tick(app, SEND + timedelta(days=1))
    session.rollback()
    session.expire_all()
    assert session.get(Participant, participant.id).phone_problem == "invalid"
    tasks = session.scalars(select(QueueItem).where(QueueItem.participant_id == participant.id)).all()
    assert [(t.kind, t.pool.value) for t in tasks] == [("verify_phone", "staff")]
    assert fake.sent == []


def test_a_rejected_text_fails_without_retry(app, session, fake):
    participant = make_active(session, Arm.TEXT, date(2026, 3, 1))
    fake.failures = [error(Failure.REJECTED, 21602)]
    assert tick(app, SEND)["dispatch"]["failed"] == 1
    tick(app, SEND + timedelta(minutes=5), plan=False)
    assert daily(session, participant).status is OutboundStatus.FAILED
    assert fake.sent == []


def test_a_stale_not_found_never_plans_a_text_another_dispatcher_has_already_taken(app, session):
    """Two dispatchers reconcile the same row: the slower one's answer must not undo the faster's."""
    from textsupport.services.sending import outcomes

    participant = make_active(session, Arm.TEXT, date(2026, 3, 1))
    row = make_outbound(
        session, participant, status=OutboundStatus.UNKNOWN, attempts=1, to_phone=participant.phone,
        claimed_at=SEND, scheduled_for=SEND,
    )  # fmt: skip
    seen = outcomes.Unsettled(row.id, row.to_phone, row.body, SEND, 1)
    row.status, row.attempts = OutboundStatus.SENDING, 2  # the faster one planned it; a dispatcher took it
    session.commit()
    assert outcomes.settle(session, seen, None, SEND) == "unknown_settled_elsewhere"
    session.commit()
    session.expire_all()
    assert (session.get(OutboundMessage, row.id).status, row.attempts) == (OutboundStatus.SENDING, 2)


def test_a_stop_answered_after_the_claim_still_stops_the_text(app, session, fake):
    """A claimed batch waits for its slots; the STOP that came meanwhile is re-checked before sending."""
    import threading
    import time
    from collections import Counter

    from textsupport import clock
    from textsupport.services.sending import holds, outcomes, pacing, senders

    participant = make_active(session, Arm.TEXT, date(2026, 3, 1))
    row = make_outbound(
        session, participant, status=OutboundStatus.SENDING, attempts=1, to_phone=participant.phone,
        claimed_at=SEND, scheduled_for=SEND,
    )  # fmt: skip
    session.get(Participant, participant.id).sms_opted_out_at = SEND
    session.commit()
    job = outcomes.Job(row.id, row.to_phone, row.body, 1, participant.id)
    report = Counter()
    database, stop = app.extensions["textsupport.db"], threading.Event()
    sending = senders.Sending(database, fake, None, clock.now, report, stop, pacing.WallClock())
    sending.waiting.add(1)
    sending.send_one(job, time.time(), holds.Hold(None, 1, locks=False))
    assert fake.sent == [] and report == {"cancelled": 1}
    session.expire_all()
    assert session.get(OutboundMessage, row.id).status is OutboundStatus.CANCELLED
