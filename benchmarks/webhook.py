"""webhook_ratio: signed routine replies under gunicorn (2 workers, 16 connections) against a floor app.

Three apps are served in turn and driven by the same client in the same run: the signature-only
baseline (benchmarks/baseline_app.py), the floor (benchmarks/floor_app.py: the signature check and
one committed insert of the raw form into the same database) and ours. webhook_ratio is ours over
the floor; webhook_signature_ratio, ours over the signature-only app, is kept for reference.
"""

from __future__ import annotations

import http.client
import os
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


def signed_requests(base: str, count: int) -> list[tuple[bytes, str]]:
    """`count` signed routine replies (urlencoded body, signature), each with a new MessageSid."""
    validator = RequestValidator(TOKEN)
    url = f"{base}/twilio/sms"
    made = []
    for n in range(1, count + 1):
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
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        while time.monotonic() < stop:
            signed = next(prepared, None)
            if signed is None:  # every prepared request was sent: the server outran MAX_RATE
                break
            body, signature = signed
            headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}
            started = time.perf_counter()
            try:
                connection.request("POST", "/twilio/sms", body, headers)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
                connection = http.client.HTTPConnection(host, int(port), timeout=10)
            latencies.append(time.perf_counter() - started)
            if not ok:
                errors[0] += 1
        connection.close()

    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    return {
        "rps": len(latencies) / SECONDS,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "errors": errors[0],
    }


def measure(target: str, database_url: str | None) -> dict:
    process, base = serve(target, database_url)
    try:
        return load(base)
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
    baseline = measure("benchmarks.baseline_app:app", None)
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
        "webhook_p99_ms": round(ours["p99_ms"], 1),
        "webhook_floor_p99_ms": round(floor["p99_ms"], 1),
        "webhook_errors": ours["errors"],
        "webhook_floor_errors": floor["errors"],
    }
