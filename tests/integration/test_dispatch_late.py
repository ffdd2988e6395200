"""A text that cannot go at its slot gives the slot up: a starved dispatcher never sends in a burst.

On a virtual clock (tests/support/virtual_clock.py): time moves only when every dispatcher thread
waits, so each send happens at an exact virtual instant and the figures below never depend on how
busy the machine running the tests is.
"""

import threading
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from tests.support.builders import make_active
from tests.support.sending import tick
from tests.support.times import SPRING_MONDAY_SEND as SEND
from tests.support.virtual_clock import VirtualClock
from textsupport import config, content, db, sms
from textsupport import progress as progress_module
from textsupport.models import Arm, OutboundMessage, OutboundStatus
from textsupport.services.sending import dispatch, senders

MPS = 20  # 5 texts a quarter-second window: a burst of two windows is half a second of the rate
START = 2_000_000_000.0  # virtual Unix time, after any pacer slot a real clock reserved


@pytest.fixture
def settings_overrides():
    return dict(TWILIO_MPS=str(MPS))


def busiest_second(times: list[float]) -> int:
    """The most sends inside any 1-second window (as benchmarks/scale.py counts creates)."""
    times = sorted(times)
    return max((sum(1 for t in times if first <= t < first + 1) for first in times), default=0)


def run_with_threads_held(
    app, monkeypatch, until: float, lag: float | None = None, progress=None
) -> tuple[dict, list[float], list]:
    """Dispatch on a virtual clock with every sending thread that starts before `until` held until
    then (a starved process), or, given `lag`, held that long each time (a process always that far
    behind); returns the report, each send's virtual time and what was sent."""
    timing = VirtualClock(START)
    never = threading.Event()
    real_send_one = senders.Sending.send_one

    def held(self, job, slot, hold):
        wait = until - timing.time()
        timing.sleep(wait if lag is None else min(lag, wait), never)
        real_send_one(self, job, slot, hold)

    monkeypatch.setattr(senders.Sending, "send_one", held)
    gateway = app.extensions["textsupport.sms"]
    times: list[float] = []
    real_send = gateway.send

    def timed_send(to, body, status_callback=None):
        times.append(timing.time())
        return real_send(to, body, status_callback)

    monkeypatch.setattr(gateway, "send", timed_send)
    with app.app_context():
        report = dispatch.dispatch(
            db.database(),
            SEND,
            config.of(app),
            sms.gateway(),
            content.content(),
            timing=timing,
            **({} if progress is None else {"progress": progress}),
        )
    return report, times, gateway.sent


def test_a_dispatcher_starved_for_four_windows_sends_no_burst_afterwards(app, session, monkeypatch):
    """Held for a second (4 windows), its texts' slots pass. Sent at once when it runs again, they
    would go on top of the next windows' texts (30 in one second at 20 MPS); instead each gives its
    slot up and takes one in a later window, so no second holds more than the rate, and each text
    still goes exactly once."""
    for _ in range(60):
        make_active(session, Arm.TEXT, date(2026, 3, 1))
    tick(app, SEND, send=False)
    report, times, sent = run_with_threads_held(app, monkeypatch, until=START + 1.0)
    assert busiest_second(times) <= MPS * 1.05, Counter(int(t - START) for t in times)
    assert report["sent"] == 60 and report["late"] >= 5, report  # the hold made texts late
    assert len(set(sent)) == len(sent) == 60  # each text once: a slot given up is not a send
    session.rollback()
    statuses = session.scalars(select(OutboundMessage.status)).all()
    assert statuses == [OutboundStatus.SENT] * 60


def test_texts_that_go_on_time_never_give_their_slot_up(app, session, monkeypatch):
    """Unstarved, every text goes at its slot: no slot given up, the rate kept exactly."""
    for _ in range(60):
        make_active(session, Arm.TEXT, date(2026, 3, 1))
    tick(app, SEND, send=False)
    report, times, sent = run_with_threads_held(app, monkeypatch, until=START)
    assert (report["sent"], report["late"]) == (60, 0), report
    assert busiest_second(times) == MPS and max(times) - min(times) == pytest.approx(59 / MPS)


def test_a_text_that_gave_its_slot_up_is_counted_once_in_the_progress(app, session, monkeypatch):
    """The progress line counts texts handed over, not hand-overs: a text handed again after giving
    its slot up is still one text (it once read "3 texts handed to the gateway" for 2 planned)."""
    for _ in range(60):
        make_active(session, Arm.TEXT, date(2026, 3, 1))
    tick(app, SEND, send=False)
    lines: list[str] = []
    monkeypatch.setattr(progress_module, "AFTER", -1.0)  # every line said
    report, _, _ = run_with_threads_held(
        app, monkeypatch, until=START + 1.0, progress=progress_module.Progress(lines.append)
    )
    assert report["late"] >= 5, report  # texts were handed again
    counts = [int(line.split()[1].replace(",", "")) for line in lines]
    assert counts and max(counts) == 60, lines


def test_a_text_handed_back_after_too_many_slots_given_up_is_claimed_again_in_the_same_run(
    app, session, monkeypatch
):
    """Late for every slot for 2 s, a text gives up MAX_GIVE_UPS slots and goes back to `planned`; the
    same dispatch claims it again and sends it once it can go on time. A one-shot dispatch (`flask
    dispatch`, a test's tick) used to end with it unsent, because nothing was left claimed or late."""
    make_active(session, Arm.TEXT, date(2026, 3, 1))
    tick(app, SEND, send=False)
    report, times, sent = run_with_threads_held(app, monkeypatch, until=START + 2.0, lag=0.1)
    assert report["released"] >= 1 and report["late"] > senders.MAX_GIVE_UPS, report
    assert (report["sent"], len(sent)) == (1, 1), report
    assert min(times) >= START + 2.0  # it went once it could go on time, not while it was late
    session.rollback()
    assert session.scalars(select(OutboundMessage.status)).all() == [OutboundStatus.SENT]
