"""webhook_ratio: signed routine replies under gunicorn (2 workers, 16 connections) against a floor app.

Three apps are served at once, each by its own gunicorn on its own port, and driven by the same
client in the same run: the signature-only baseline (benchmarks/baseline_app.py), the floor
(benchmarks/floor_app.py: the signature check and one committed insert of the raw form into the same
database) and ours, which is loaded twice: replies (`POST /twilio/sms`) and delivery status
callbacks (`POST /twilio/status`, "sent" then "delivered" for each of STATUS_TEXTS seeded texts).
webhook_ratio is ours over the floor; webhook_status_ratio, the status callbacks over the same
floor; webhook_signature_ratio, ours over the signature-only app, is kept for reference.

Two loads, for two questions. The ratios are read at saturation (16 connections each sending its next
request as soon as the last is answered): how many requests/s each app carries. They are taken in
alternating slices of SLICE_SECONDS, one app at a time, ROUNDS rounds (benchmarks/interleave.py), so
a change in the machine's other load falls on both sides of each pair; the per-round ratios' median
and quartiles say how much they spread. The saturated p99 is queueing (16 in flight on 2 sync
workers: Little's law), kept as `*_saturated_p99_ms`. The p99 target is read at a stated offered load
below saturation, the same for the floor and ours: PACED_RATE replies/s arriving at random (Poisson)
times whether or not earlier ones were answered, each timed from when it was due to be sent, so a
late answer delays nothing unmeasured. PACED_RATE comes from the capacity plan (docs/operations.md):
replies cannot arrive faster than the texts they answer go out, so at most the reply share (20 %) x
the short code's 100 texts/s = 20 replies/s.
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlencode

import requests
from sqlalchemy import bindparam, insert, update
from twilio.request_validator import RequestValidator

from benchmarks import floor_app, interleave
from benchmarks.interleave import Poster, Target, next_item, p99_ms, run_threads
from benchmarks.plan import seed
from textsupport.config import PROJECT_ROOT
from textsupport.models import OutboundKind, OutboundMessage, OutboundStatus, Participant

TOKEN = "bench-webhook-token"
CONNECTIONS = 16
ROUNDS = 8
SLICE_SECONDS = 1.0  # ROUNDS x SLICE_SECONDS = 8 s under load for each app, as in one 8 s run
PHONES = 200
MAX_RATE = 5000  # requests per second the prepared set can feed (far above what 2 workers answer)
STATUS_TEXTS = MAX_RATE * 2  # sent texts seeded for the status callbacks, two callbacks each
PACED_RATE = 20  # replies/s: the capacity plan's ceiling for a province (see the docstring)
PACED_SECONDS = 15


def phone(n: int) -> str:
    """Participant n's phone: a valid number, so each reply is matched to its participant."""
    return f"+1780555{n:04d}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(target: str, database_url: str | None) -> tuple[subprocess.Popen, str]:
    """gunicorn with 2 sync workers on a free port; returns (process, base URL) once it answers."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(
        os.environ,
        TWILIO_AUTH_TOKEN=TOKEN,
        PUBLIC_BASE_URL=base,
        TEXTSUPPORT_ENV="test",
        SMS_BACKEND="console",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "-w",
        "2",
        "-b",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
        target,
    ]
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            requests.post(f"{base}/twilio/sms", timeout=5)
            return process, base
        except requests.RequestException:  # not listening yet, or a worker still booting on a busy machine
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"gunicorn did not start for {target}")


def signed_requests(base: str, count: int, first: int = 1) -> list[tuple[bytes, str]]:
    """`count` signed routine replies (urlencoded body, signature), each with a new MessageSid."""
    validator = RequestValidator(TOKEN)
    url = f"{base}/twilio/sms"
    made = []
    for n in range(first, first + count):
        form = {"MessageSid": f"SM{n:032x}", "From": phone(1 + n % PHONES), "To": "+17805550199",
                "Body": "thanks, had a good walk today"}  # fmt: skip
        made.append((urlencode(form).encode(), validator.compute_signature(url, form)))
    return made


def status_requests(base: str, count: int) -> list[tuple[bytes, str]]:
    """`count` signed status callbacks: "sent", then "delivered", for each seeded text in turn."""
    validator = RequestValidator(TOKEN)
    url = f"{base}/twilio/status"
    made = []
    for n in range(count):
        text = 1 + n // 2
        form = {"MessageSid": status_sid(text), "MessageStatus": ("sent", "delivered")[n % 2],
                "AccountSid": "AC" + "0" * 32, "From": "+17805550199",
                "To": phone(status_recipient(text))}  # fmt: skip
        made.append((urlencode(form).encode(), validator.compute_signature(url, form)))
    return made


def status_sid(text: int) -> str:
    return f"SMst{text:030x}"


def paced(base: str, first: int) -> dict:
    """Post PACED_RATE replies/s at Poisson times for PACED_SECONDS; p99 from each one's due time, errors.

    Enough connections that a slow answer never holds back the next request (open loop); a request
    that still starts late is timed from when it was due, so its wait is counted.
    """
    times = random.Random(15).expovariate  # the same arrival times for every app
    due, at = [], 0.0
    while (at := at + times(PACED_RATE)) < PACED_SECONDS:
        due.append(at)
    work = iter(zip(due, signed_requests(base, len(due), first), strict=True))
    lock = threading.Lock()
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    errors = [0]
    origin = time.perf_counter() + 0.5

    def worker() -> None:
        with Poster(host, int(port), "/twilio/sms") as poster:
            while (item := next_item(work, lock)) is not None:
                offset, signed = item
                time.sleep(max(0.0, origin + offset - time.perf_counter()))
                if not poster.post(*signed):
                    errors[0] += 1
                latencies.append(time.perf_counter() - (origin + offset))

    run_threads(worker, CONNECTIONS)
    return {"paced_p99_ms": p99_ms(latencies), "paced_errors": errors[0], "paced_count": len(latencies)}


def prepare(engine) -> None:
    """PHONES participants who reply and PHONES who get the texts whose status callbacks are posted,
    all with valid phones, and the floor's table."""
    seed(engine, PHONES * 2)
    # The shared seed's phones (+1780 000 ....) are not valid numbers: every reply would come from
    # an unknown sender. Give each participant a valid one so the load is routine participant replies.
    with engine.begin() as conn:
        conn.execute(
            update(Participant).where(Participant.id == bindparam("pid")).values(phone=bindparam("new")),
            [{"pid": n, "new": phone(n)} for n in range(1, PHONES * 2 + 1)],
        )
    floor_app.create_table(engine)


def seed_sent_texts(engine) -> None:
    """STATUS_TEXTS daily texts, sent, to the participants who do not reply. Seeded after the replies
    were measured: a reply's read of the last text sent is slower with them (docs/operations.md)."""
    now = datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(insert(OutboundMessage), [sent_text(n, now) for n in range(1, STATUS_TEXTS + 1)])


def sent_text(n: int, now: datetime) -> dict:
    """Text n of the status callbacks: one day's text to one of the participants who do not reply."""
    return {"participant_id": status_recipient(n), "kind": OutboundKind.DAILY,
            "local_date": date(2026, 1, 1) + timedelta(days=n // PHONES), "scheduled_for": now,
            "status": OutboundStatus.SENT, "provider_sid": status_sid(n), "attempts": 1, "segments": 1,
            "sent_at": now, "created_at": now, "updated_at": now}  # fmt: skip


def status_recipient(text: int) -> int:
    return PHONES + 1 + text % PHONES


def run(app, database_url: str) -> dict:
    """The replies' ratios from alternating slices, each app's p99 at PACED_RATE, then the status
    callbacks' ratio from alternating slices of their own against the same floor."""
    engine = app.extensions["textsupport.db"].engine
    prepare(engine)
    app.extensions["textsupport.db"].dispose()
    servers = {
        "baseline": serve("benchmarks.baseline_app:app", None),
        "floor": serve("benchmarks.floor_app:create_app()", database_url),
        "ours": serve("wsgi:app", database_url),
    }
    count = int(MAX_RATE * SLICE_SECONDS * ROUNDS)  # more than any app answers in its slices
    (_, floor), (_, ours), (_, baseline) = servers["floor"], servers["ours"], servers["baseline"]
    try:
        # The order in a round: the floor between ours and the reference-only baseline.
        slices = interleave.run(
            [
                Target("replies", ours, "/twilio/sms", iter(signed_requests(ours, count))),
                Target("floor", floor, "/twilio/sms", iter(signed_requests(floor, count))),
                Target("baseline", baseline, "/twilio/sms", iter(signed_requests(baseline, count))),
            ],
            ROUNDS,
            SLICE_SECONDS,
            CONNECTIONS,
        )
        paced_floor = paced(floor, first=count + 1)  # new MessageSids: none of the slices' repeats
        paced_ours = paced(ours, first=count + 1)
        seed_sent_texts(engine)
        app.extensions["textsupport.db"].dispose()
        slices += interleave.run(
            [
                Target("statuses", ours, "/twilio/status", iter(status_requests(ours, STATUS_TEXTS * 2))),
                Target("status floor", floor, "/twilio/sms", iter(signed_requests(floor, count, count * 2))),
            ],
            ROUNDS,
            SLICE_SECONDS,
            CONNECTIONS,
        )
    finally:
        for process, _base in servers.values():
            process.terminate()
        for process, _base in servers.values():
            process.wait(timeout=20)
    floor_app.drop_table(engine)
    app.extensions["textsupport.db"].dispose()
    return summary(slices, paced_floor, paced_ours)


def summary(slices: list[interleave.Slice], floor: dict, ours: dict) -> dict:
    replies = interleave.compare(slices, "replies", "floor")
    statuses = interleave.compare(slices, "statuses", "status floor")

    def of(name: str) -> list[interleave.Slice]:
        return [turn for turn in slices if turn.name == name]

    def saturated_p99(name: str) -> float:
        return round(p99_ms([latency for turn in of(name) for latency in turn.latencies]), 1)

    def errors(name: str) -> int:
        return sum(turn.errors for turn in of(name))

    return {
        "webhook_ratio": replies["ratio"],  # totals over the paired slices
        "webhook_ratio_median": replies["median"],
        "webhook_ratio_iqr": replies["iqr"],
        "webhook_signature_ratio": interleave.compare(slices, "replies", "baseline")["ratio"],
        "webhook_rps": round(interleave.total_rate(of("replies")), 1),
        "webhook_floor_rps": round(interleave.total_rate(of("floor")), 1),
        "webhook_baseline_rps": round(interleave.total_rate(of("baseline")), 1),
        "webhook_p99_ms": round(ours["paced_p99_ms"], 1),  # at PACED_RATE: the target's p99
        "webhook_floor_p99_ms": round(floor["paced_p99_ms"], 1),
        "webhook_paced_rate": PACED_RATE,
        "webhook_saturated_p99_ms": saturated_p99("replies"),
        "webhook_floor_saturated_p99_ms": saturated_p99("floor"),
        "webhook_errors": errors("replies") + ours["paced_errors"],
        "webhook_floor_errors": errors("floor") + errors("status floor") + floor["paced_errors"],
        "webhook_status_ratio": statuses["ratio"],
        "webhook_status_ratio_median": statuses["median"],
        "webhook_status_ratio_iqr": statuses["iqr"],
        "webhook_status_rps": round(interleave.total_rate(of("statuses")), 1),
        "webhook_status_floor_rps": round(interleave.total_rate(of("status floor")), 1),
        "webhook_status_saturated_p99_ms": saturated_p99("statuses"),
        "webhook_status_errors": errors("statuses"),
        "webhook_rounds": ROUNDS,  # of one SLICE_SECONDS slice per app, the order reversed every other round
        "webhook_slice_seconds": SLICE_SECONDS,
    }
