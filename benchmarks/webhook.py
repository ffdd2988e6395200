"""webhook_ratio: signed routine replies under gunicorn (2 workers, 16 connections) against a floor app.

Three apps are served in turn and driven by the same client in the same run: the signature-only
baseline (benchmarks/baseline_app.py), the floor (benchmarks/floor_app.py: the signature check and
one committed insert of the raw form into the same database) and ours. webhook_ratio is ours over
the floor; webhook_signature_ratio, ours over the signature-only app, is kept for reference.

Two loads, for two questions. The ratio is read at saturation (16 connections each sending its next
request as soon as the last is answered): how many replies/s each app carries. Its p99 is queueing
(16 in flight on 2 sync workers: Little's law), kept as `*_saturated_p99_ms`. The p99 target is read
at a stated offered load below saturation, the same for the floor and ours: PACED_RATE replies/s
arriving at random (Poisson) times whether or not earlier ones were answered, each timed from when
it was due to be sent, so a late answer delays nothing unmeasured. PACED_RATE comes from the capacity
plan (docs/operations.md): replies cannot arrive faster than the texts they answer go out, so at most
the reply share (20 %) x the short code's 100 texts/s = 20 replies/s.
"""

from __future__ import annotations

import http.client
import os
import random
import socket
import subprocess
import sys
import threading
import time
from urllib.parse import urlencode

import requests
from sqlalchemy import bindparam, update
from twilio.request_validator import RequestValidator

from benchmarks import floor_app
from benchmarks.plan import seed
from textsupport.config import PROJECT_ROOT
from textsupport.models import Participant

TOKEN = "bench-webhook-token"
CONNECTIONS = 16
SECONDS = 8
PHONES = 200
MAX_RATE = 5000  # requests per second the prepared set can feed (far above what 2 workers answer)
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


def load(base: str) -> dict:
    """Post signed routine replies from CONNECTIONS threads for SECONDS; rps, p99 and errors.

    The requests are signed before the clock starts and sent over plain keep-alive connections, so
    the load generator, which shares this machine's cores with the server, takes as little as it can.
    """
    prepared = iter(signed_requests(base, MAX_RATE * SECONDS))
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    errors = [0]
    stop = time.monotonic() + SECONDS

    def worker() -> None:
        with Poster(host, int(port)) as poster:
            while time.monotonic() < stop:
                signed = next(prepared, None)
                if signed is None:  # every prepared request was sent: the server outran MAX_RATE
                    break
                started = time.perf_counter()
                if not poster.post(*signed):
                    errors[0] += 1
                latencies.append(time.perf_counter() - started)

    _run_threads(worker, CONNECTIONS)
    return {"rps": len(latencies) / SECONDS, "p99_ms": _p99_ms(latencies), "errors": errors[0]}


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
        with Poster(host, int(port)) as poster:
            while (item := _next(work, lock)) is not None:
                offset, signed = item
                time.sleep(max(0.0, origin + offset - time.perf_counter()))
                if not poster.post(*signed):
                    errors[0] += 1
                latencies.append(time.perf_counter() - (origin + offset))

    _run_threads(worker, CONNECTIONS)
    return {"paced_p99_ms": _p99_ms(latencies), "paced_errors": errors[0], "paced_count": len(latencies)}


class Poster:
    """One keep-alive connection posting signed replies; reconnects after a failure."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.connection = http.client.HTTPConnection(host, port, timeout=10)

    def post(self, body: bytes, signature: str) -> bool:
        """True when the reply was answered 200."""
        headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}
        try:
            self.connection.request("POST", "/twilio/sms", body, headers)
            response = self.connection.getresponse()
            response.read()
            return response.status == 200
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
            return False

    def __enter__(self) -> Poster:
        return self

    def __exit__(self, *_exc) -> None:
        self.connection.close()


def _next(items, lock: threading.Lock):
    with lock:
        return next(items, None)


def _run_threads(target, count: int) -> None:
    threads = [threading.Thread(target=target) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _p99_ms(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[max(0, int(len(ordered) * 0.99) - 1)] * 1000


def measure(target: str, database_url: str | None, pace: bool = True) -> dict:
    """Saturation (rps, p99, errors), then, if `pace`, the paced load's p99 on the same server."""
    process, base = serve(target, database_url)
    try:
        result = load(base)
        if pace:  # new MessageSids: none of the saturation run's repeats
            result |= paced(base, first=MAX_RATE * SECONDS + 1)
        return result
    finally:
        process.terminate()
        process.wait(timeout=20)


def run(app, database_url: str) -> dict:
    """webhook_ratio on the app's database: our webhook's rps over the floor's, with p99 and errors."""
    engine = app.extensions["textsupport.db"].engine
    seed(engine, PHONES)
    # The shared seed's phones (+1780 000 ....) are not valid numbers: every reply would come from
    # an unknown sender. Give each participant a valid one so the load is routine participant replies.
    with engine.begin() as conn:
        conn.execute(
            update(Participant).where(Participant.id == bindparam("pid")).values(phone=bindparam("new")),
            [{"pid": n, "new": phone(n)} for n in range(1, PHONES + 1)],
        )
    floor_app.create_table(engine)
    app.extensions["textsupport.db"].dispose()
    baseline = measure("benchmarks.baseline_app:app", None, pace=False)
    floor = measure("benchmarks.floor_app:create_app()", database_url)
    floor_app.drop_table(engine)  # ours runs on the database as seeded
    app.extensions["textsupport.db"].dispose()
    ours = measure("wsgi:app", database_url)
    return {
        "webhook_ratio": round(ours["rps"] / floor["rps"], 3),
        "webhook_signature_ratio": round(ours["rps"] / baseline["rps"], 3),
        "webhook_rps": round(ours["rps"], 1),
        "webhook_floor_rps": round(floor["rps"], 1),
        "webhook_baseline_rps": round(baseline["rps"], 1),
        "webhook_p99_ms": round(ours["paced_p99_ms"], 1),  # at PACED_RATE: the target's p99
        "webhook_floor_p99_ms": round(floor["paced_p99_ms"], 1),
        "webhook_paced_rate": PACED_RATE,
        "webhook_saturated_p99_ms": round(ours["p99_ms"], 1),  # queueing at 16 in flight, for reference
        "webhook_floor_saturated_p99_ms": round(floor["p99_ms"], 1),
        "webhook_errors": ours["errors"] + ours["paced_errors"],
        "webhook_floor_errors": floor["errors"] + floor["paced_errors"],
    }
