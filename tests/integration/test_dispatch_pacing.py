"""How a dispatcher takes the sender's rate from the shared pacer: in quarter-second windows."""

import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_active
from tests.support.sending import tick
from tests.support.times import SPRING_MONDAY_SEND as SEND
from tests.support.virtual_clock import VirtualClock
from textsupport import config, content, db, sms
from textsupport.models import Arm, OutboundMessage, OutboundStatus
from textsupport.services.sending import dispatch, pacing, senders
from textsupport.services.sending.outcomes import Job


@pytest.fixture
def settings_overrides():
    return dict(TWILIO_MPS="200")


START = 2_000_000_000.0  # virtual Unix time, after any pacer slot a real clock reserved


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

    def recording(session, segments, mps, *args, **kwargs):
        reserved.append(segments)
        return real(session, segments, mps, *args, **kwargs)

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
    report = tick(app, SEND)["dispatch"]
    assert report["sent"] == 120
    # Every segment sent had its slot, none twice; a slot given up by a late text (on this machine's
    # clock) is reserved again, so counted once more.
    assert sum(reserved) == sent_segments(session) + report["late"]
    assert max(reserved) <= 50 and len(reserved) >= 3, reserved


def test_a_starved_dispatcher_reserves_no_new_window_while_an_older_one_waits(app, session, monkeypatch):
    """Sending threads that cannot run (a starved process) must not let windows pile up: its texts give
    their slots up when it runs again, and every window reserved meanwhile would be lost to the rate.
    On a virtual clock, the threads held for 2 s (8 windows' time)."""
    for _ in range(200):  # 4 windows of 50 at 200 MPS
        make_active(session, Arm.TEXT, date(2026, 3, 1))
    tick(app, SEND, send=False)
    timing = VirtualClock(START)
    reserved: list[tuple[float, int]] = []
    real_reserve, real_send_one = pacing.reserve, senders.Sending.send_one

    def recording(session, segments, mps, *args, now, **kwargs):
        reserved.append((now, segments))
        return real_reserve(session, segments, mps, *args, now=now, **kwargs)

    def held(self, job, slot, hold):
        timing.sleep(START + 2.0 - timing.time(), threading.Event())
        real_send_one(self, job, slot, hold)

    monkeypatch.setattr(pacing, "reserve", recording)
    monkeypatch.setattr(senders.Sending, "send_one", held)
    with app.app_context():
        report = dispatch.dispatch(
            db.database(), SEND, config.of(app), sms.gateway(), content.content(), timing=timing
        )
    # The first window waits, so only one more was reserved; the wall clock alone would have reserved 4.
    assert [segments for at, segments in reserved if at < START + 2.0] == [50, 50], reserved
    assert report["sent"] == 200 and sent_segments(session) == 200
    # Every slot reserved went to a text or was given up by one (late), none twice.
    assert sum(segments for _, segments in reserved) == 200 + report["late"]


def test_every_sending_thread_is_ready_before_it_sends(app, session, monkeypatch):
    """Each sending thread sets its gateway up (`ready`) before its first text's slot, so no text spends
    its slot on set-up and the first window does not reach the provider as a burst."""
    for _ in range(60):
        make_active(session, Arm.TEXT, date(2026, 3, 1))
    with app.app_context():
        gateway = sms.gateway()
    unready: list[int] = []
    real_send = gateway.send

    def checked(to, body, status_callback=None):
        if threading.get_ident() not in gateway.readied:
            unready.append(threading.get_ident())
        return real_send(to, body, status_callback)

    monkeypatch.setattr(gateway, "send", checked)
    report = tick(app, SEND)["dispatch"]
    assert report["sent"] == 60 and len(gateway.sent) == 60
    assert unready == [] and gateway.readied
