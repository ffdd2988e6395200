"""Twilio's faults, end to end: the dispatcher against the local fake Twilio over real HTTP.

The twilio SDK, its HTTP client and TWILIO_TIMEOUT_SECONDS are the production ones; only the
server on the other side is the fake (tests/support/fakes/twilio_api.py), which scripts the faults
and keeps its own record of every create request. test_send_errors.py covers the same table with
the in-memory gateway; here the faults really cross the wire.
"""

import logging
import threading
import time
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from scheduler import dispatcher
from tests.support.builders import make_active
from tests.support.fakes.twilio_api import FakeTwilioServer
from tests.support.processes import ACCOUNT, TOKEN, duplicate_creates
from tests.support.sending import tick
from tests.support.times import SPRING_MONDAY_SEND as SEND
from textsupport.models import Arm, OutboundKind, OutboundMessage, OutboundStatus
from textsupport.services.sending import dispatch

HANG_TIMEOUT = 2  # TWILIO_TIMEOUT_SECONDS in the hang test; the others keep the default (10 s), so
# ordinary answers on a loaded machine are never mistaken for hangs


@pytest.fixture
def twilio():
    server = FakeTwilioServer(ACCOUNT, TOKEN)
    with server as fake:
        yield server, fake


@pytest.fixture
def settings_overrides(twilio):
    server, _ = twilio
    return server.client_settings()


@pytest.fixture
def fake(twilio):
    return twilio[1]


def dailies(session, day: date | None = None) -> list[OutboundMessage]:
    session.rollback()  # the dispatcher wrote on its own connections
    session.expire_all()
    query = select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.DAILY)
    if day is not None:
        query = query.where(OutboundMessage.local_date == day)
    return list(session.scalars(query.order_by(OutboundMessage.id)))


def test_a_burst_of_429s_sends_nothing_then_every_text_goes_once(app, session, fake):
    """Fifteen 429s in a row: each of five texts is tried three times in process, then put back."""
    for _ in range(5):
        make_active(session, Arm.TEXT, date(2026, 3, 1))
    fake.faults = ["429"] * 15
    report = tick(app, SEND)["dispatch"]
    assert (report["retried"], report["sent"]) == (5, 0)
    assert len(fake.requests) == 15 and fake.created == []
    rows = dailies(session)
    assert {(row.status, row.attempts) for row in rows} == {(OutboundStatus.PLANNED, 1)}
    assert all(row.scheduled_for >= SEND + timedelta(seconds=60) for row in rows)  # backed off
    assert tick(app, SEND + timedelta(seconds=30), plan=False)["dispatch"]["sent"] == 0  # not yet due
    assert tick(app, SEND + timedelta(minutes=2), plan=False)["dispatch"]["sent"] == 5
    assert len(fake.created) == 5 and duplicate_creates(fake.created) == []
    assert {row.provider_sid for row in dailies(session)} == {m["sid"] for m in fake.created}


@pytest.mark.parametrize(
    ("fault", "creates_asked"),
    [("500-after-create", 1), ("500", 2)],
    ids=["created_then_500", "500_before_create"],
)
def test_a_500_is_reconciled_at_twilio_and_never_resent_blind(app, session, fake, fault, creates_asked):
    """A 500 may hide a created message: the row waits as unknown, then Twilio's list decides."""
    make_active(session, Arm.TEXT, date(2026, 3, 1))
    fake.faults = [fault]
    assert tick(app, SEND)["dispatch"]["unknown"] == 1
    [row] = dailies(session)
    assert (row.status, row.provider_sid) == (OutboundStatus.UNKNOWN, None)
    tick(app, SEND + timedelta(seconds=30), plan=False)  # too soon to trust Twilio's list
    assert len(fake.requests) == 1
    tick(app, SEND + dispatch.RECONCILE_AFTER + timedelta(seconds=5), plan=False)
    tick(app, SEND + dispatch.RECONCILE_AFTER + timedelta(seconds=10), plan=False)  # sends if planned again
    [row] = dailies(session)
    assert len(fake.requests) == creates_asked  # a second create only when Twilio never had the first
    assert len(fake.created) == 1
    assert (row.status, row.provider_sid) == (OutboundStatus.SENT, fake.created[0]["sid"])


@pytest.mark.parametrize("settings", [{"TWILIO_TIMEOUT_SECONDS": str(HANG_TIMEOUT)}], indirect=True)
def test_a_hang_times_out_and_the_text_is_reconciled_not_resent(app, session, fake):
    """Twilio takes the message and never answers: the client gives up after TWILIO_TIMEOUT_SECONDS."""
    make_active(session, Arm.TEXT, date(2026, 3, 1))
    fake.faults, fake.hang_seconds = ["hang-after-create"], 12
    started = time.monotonic()
    report = tick(app, SEND)["dispatch"]
    elapsed = time.monotonic() - started
    assert report["unknown"] == 1 and report["sent"] == 0
    assert elapsed < 9  # the 2 s timeout fired; the fake held its answer back for 12 s
    [row] = dailies(session)
    assert (row.status, row.last_error) == (OutboundStatus.UNKNOWN, "read timeout")
    report = tick(app, SEND + dispatch.RECONCILE_AFTER + timedelta(seconds=5), plan=False)["dispatch"]
    assert report["sent"] == 1
    tick(app, SEND + dispatch.RECONCILE_AFTER + timedelta(seconds=10), plan=False)
    [row] = dailies(session)
    assert (row.status, row.provider_sid) == (OutboundStatus.SENT, fake.created[0]["sid"])
    assert len(fake.requests) == 1 and len(fake.created) == 1  # found at Twilio, never asked again


def test_a_backlog_past_its_day_expires_and_the_dispatch_round_reports_the_counts(app, session, fake, caplog):
    """Twelve texts planned on Monday, the dispatchers down until Tuesday's send time: Monday's
    expire unsent, Tuesday's go, and the round logs both counts."""
    for _ in range(12):
        make_active(session, Arm.TEXT, date(2026, 3, 1))
    tick(app, SEND, send=False)  # planned; no dispatcher running
    tuesday = SEND + timedelta(days=1)
    tick(app, tuesday, send=False)
    app.config["TEXTSUPPORT_NOW"] = tuesday
    with caplog.at_level(logging.INFO, logger="scheduler.dispatcher"):
        report = dispatcher.send_round(app, threading.Event())
    assert (report["expired"], report["sent"]) == (12, 12)
    assert '"sent": 12, "expired": 12' in caplog.text
    monday, today = dailies(session, date(2026, 3, 9)), dailies(session, date(2026, 3, 10))
    assert {(r.status, r.provider_sid) for r in monday} == {(OutboundStatus.EXPIRED, None)}
    assert {r.status for r in today} == {OutboundStatus.SENT} and len(today) == 12
    assert sorted(m["body"] for m in fake.created) == sorted(r.body for r in today)  # none of Monday's
