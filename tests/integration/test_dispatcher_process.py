"""`python -m scheduler --dispatch-only`: dispatcher processes that share the rate and stop promptly."""

import re
import signal
import subprocess
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_outbound
from tests.support.fakes.twilio_api import FakeTwilioServer
from tests.support.processes import ACCOUNT, TOKEN, duplicate_creates, start, twilio_env
from textsupport.models import Arm, Heartbeat, OutboundMessage, OutboundStatus


def due_texts(session, count: int) -> None:
    now = datetime.now(UTC)
    for n in range(count):
        person = make_active(session, Arm.TEXT, date(2026, 3, 1))
        window = {"scheduled_for": now - timedelta(minutes=1), "expires_at": now + timedelta(days=1)}
        make_outbound(session, person, local_date=now.date(), body=f"Text number {n}", urgent=True, **window)


def statuses(session) -> dict:
    session.rollback()
    rows = session.scalars(select(OutboundMessage)).all()
    return {status: sum(row.status is status for row in rows) for status in {row.status for row in rows}}


def wait_for(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def stop(process: subprocess.Popen, seconds: float = 20) -> tuple[str, float]:
    """SIGTERM, then wait at most `seconds`; fail (after a SIGKILL) if it does not stop.

    Returns the output and how long the dispatcher itself took from the signal to stopped (its
    log line): the wall time also holds the interpreter's exit, slow on a loaded machine.
    """
    process.send_signal(signal.SIGTERM)
    try:
        output, _ = process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        pytest.fail(f"the dispatcher did not stop within {seconds} s of SIGTERM:\n{output}")
    took = re.search(r"dispatcher stopped in ([0-9.]+) s", output)
    assert took, output
    return output, float(took[1])


def test_sigterm_mid_backlog_stops_promptly_and_hands_back_what_it_had_not_sent(database_url, session):
    due_texts(session, 40)
    server = FakeTwilioServer(ACCOUNT, TOKEN, latency=0.2)
    with server as fake:
        dispatcher = start(twilio_env(database_url, server.base_url, mps=4), "--dispatch-only")
        wait_for(lambda: len(fake.created) >= 2 or dispatcher.poll() is not None, 60, "the first sends")
        output, took = stop(dispatcher)
    assert dispatcher.returncode == 0, output
    assert "dispatcher stopping on SIGTERM" in output and "dispatcher stopped" in output, output
    assert "Traceback" not in output, output
    assert took < 2, f"took {took:.2f} s to stop"  # one send on the wire (0.2 s) and one transaction
    counts = statuses(session)
    assert OutboundStatus.SENDING not in counts  # every claimed row was sent or handed back
    assert counts[OutboundStatus.SENT] == len(fake.created) and duplicate_creates(fake.created) == []
    assert counts[OutboundStatus.PLANNED] == 40 - len(fake.created) > 0  # it really stopped mid-backlog
    released = session.scalars(
        select(OutboundMessage).where(OutboundMessage.status == OutboundStatus.PLANNED)
    )
    assert {row.attempts for row in released} == {0} and all(row.claimed_at is None for row in released)


def test_sigterm_while_idle_stops_at_once(database_url, session):
    server = FakeTwilioServer(ACCOUNT, TOKEN)
    with server:
        dispatcher = start(twilio_env(database_url, server.base_url, mps=4), "--dispatch-only")
        wait_for(lambda: session.rollback() or session.scalar(select(Heartbeat)) is not None, 60, "a beat")
        output, took = stop(dispatcher)
    assert dispatcher.returncode == 0 and "dispatcher stopped" in output, output
    assert took < 1, f"took {took:.2f} s to stop"
    assert session.scalar(select(Heartbeat.name)) == "dispatcher"


def test_two_dispatchers_share_the_rate_and_send_each_text_once(database_url, session):
    due_texts(session, 50)
    server = FakeTwilioServer(ACCOUNT, TOKEN, latency=0.2)
    with server as fake:
        env = twilio_env(database_url, server.base_url, mps=10)
        dispatchers = [start(env, "--dispatch-only") for _ in range(2)]
        wait_for(lambda: len(fake.created) >= 50, 120, "every text")
        for dispatcher in dispatchers:
            output, _ = stop(dispatcher)
            assert dispatcher.returncode == 0 and "Traceback" not in output, output
    assert duplicate_creates(fake.created) == [] and len(fake.created) == 50
    assert statuses(session) == {OutboundStatus.SENT: 50}
    # Each of a dispatcher's 8 sending threads builds its HTTP client on its first text, so the first
    # texts arrive late and bunched; the pace is measured from the 9th on: 41 intervals of 0.1 s
    # (4.1 s) with one shared pacer, 2.05 s if each dispatcher kept 10 a second to itself. The
    # per-second ceiling is measured by `make bench` (dispatch_scale_max_1s_ratio), on a quiet machine.
    times = sorted(fake.created_times)[8:]
    assert times[-1] - times[0] > 3.0, f"42 creates in {times[-1] - times[0]:.2f} s"
