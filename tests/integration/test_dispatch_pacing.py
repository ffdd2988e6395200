"""How a dispatcher takes the sender's rate from the shared pacer: in quarter-second windows."""

import threading
import time
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_active
from tests.support.sending import tick
from tests.support.times import SPRING_MONDAY_SEND as SEND
from textsupport.models import Arm, OutboundMessage, OutboundStatus
from textsupport.services.sending import dispatch, pacing
from textsupport.services.sending.outcomes import Job


@pytest.fixture
def settings_overrides():
    return dict(TWILIO_MPS="200")


def job(n: int, segments: int = 1) -> Job:
    return Job(n, "+17805550100", "text", segments, None)


def test_chunks_keep_the_order_and_hold_each_group_to_its_segments():
    jobs = [job(1), job(2, 2), job(3), job(4, 3), job(5)]
    groups = pacing.chunks(jobs, 3)
    assert [[j.outbound_id for j in group] for group in groups] == [[1, 2], [3], [4], [5]]
    assert [[j.outbound_id for j in group] for group in pacing.chunks(jobs, 1)] == [[1], [2], [3], [4], [5]]
    assert pacing.chunks([], 3) == []


def recorded_reservations(monkeypatch) -> list[int]:
    reserved: list[int] = []
    real = pacing.reserve

    def recording(session, segments, mps, *args):
        reserved.append(segments)
        return real(session, segments, mps, *args)

    monkeypatch.setattr(pacing, "reserve", recording)
    return reserved


def sent_segments(session) -> int:
    session.rollback()
    return session.scalar(
        select(func.sum(OutboundMessage.segments)).where(OutboundMessage.status == OutboundStatus.SENT)
    )


def test_a_batch_reserves_the_rate_in_windows_of_a_quarter_second(app, session, monkeypatch):
    """At 200 MPS a batch of 200 texts is 1 s of the rate: reserved as four 50-segment windows, so
    dispatchers sharing the pacer interleave every quarter second instead of each holding the whole
    rate for a second (which needs 200 x Twilio's latency sends in flight in one process)."""
    for _ in range(120):
        make_active(session, Arm.TEXT, date(2026, 3, 1))
    reserved = recorded_reservations(monkeypatch)
    assert tick(app, SEND)["dispatch"]["sent"] == 120
    assert sum(reserved) == sent_segments(session)  # every segment sent had its slot, none twice
    assert max(reserved) <= 50 and len(reserved) >= 3, reserved


def test_a_starved_dispatcher_reserves_no_new_window_while_an_older_one_waits(app, session, monkeypatch):
    """Sending threads that cannot run (a starved process) must not let windows pile up: late texts go
    at once, so every window reserved meanwhile would go out in one burst over the sender's rate."""
    for _ in range(200):  # 4 windows of 50 at 200 MPS
        make_active(session, Arm.TEXT, date(2026, 3, 1))
    reserved = recorded_reservations(monkeypatch)
    starved = threading.Event()
    real_send_one = dispatch._send_one

    def send_one_when_fed(*args):
        starved.wait(30)
        real_send_one(*args)

    monkeypatch.setattr(dispatch, "_send_one", send_one_when_fed)
    result = {}
    sender = threading.Thread(target=lambda: result.update(tick(app, SEND)))
    sender.start()
    try:
        deadline = time.monotonic() + 30
        while not reserved and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(2.0)  # 8 windows' time: the wall clock alone would have reserved all 4 by now
        assert len(reserved) == 2, reserved  # the first window waits, so only one more was reserved
    finally:
        starved.set()
        sender.join(60)
    assert result["dispatch"]["sent"] == 200
    assert sum(reserved) == sent_segments(session) and len(reserved) == 4
