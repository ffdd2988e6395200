"""webhook_ratio: signed routine replies under gunicorn (2 workers, 16 connections) against a baseline app."""

from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
import threading
import time

import requests
from sqlalchemy import bindparam, update
from twilio.request_validator import RequestValidator

from benchmarks.plan import seed
from textsupport.config import PROJECT_ROOT
from textsupport.models import Participant

TOKEN = "bench-webhook-token"
CONNECTIONS = 16
SECONDS = 8
PHONES = 200


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


def load(base: str) -> dict:
    """Post signed routine replies from CONNECTIONS threads for SECONDS; rps, p99 and errors."""
    validator = RequestValidator(TOKEN)
    ids = itertools.count(1)
    latencies: list[float] = []
    errors = [0]
    stop = time.monotonic() + SECONDS

    def worker() -> None:
        session = requests.Session()
        while time.monotonic() < stop:
            n = next(ids)
            form = {"MessageSid": f"SM{n:032x}", "From": phone(1 + n % PHONES), "To": "+17805550199",
                    "Body": "thanks, had a good walk today"}  # fmt: skip
            headers = {"X-Twilio-Signature": validator.compute_signature(f"{base}/twilio/sms", form)}
            started = time.perf_counter()
            try:
                ok = (
                    session.post(f"{base}/twilio/sms", data=form, headers=headers, timeout=10).status_code
                    == 200
                )
            except requests.RequestException:
                ok = False
            latencies.append(time.perf_counter() - started)
            if not ok:
                errors[0] += 1

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
    """webhook_ratio on the app's database: our webhook's rps over the baseline's, with p99 and errors."""
    engine = app.extensions["textsupport.db"].engine
    seed(engine, PHONES)
    # The shared seed's phones (+1780 000 ....) are not valid numbers: every reply would come from
    # an unknown sender. Give each participant a valid one so the load is routine participant replies.
    with engine.begin() as conn:
        conn.execute(
            update(Participant).where(Participant.id == bindparam("pid")).values(phone=bindparam("new")),
            [{"pid": n, "new": phone(n)} for n in range(1, PHONES + 1)],
        )
    app.extensions["textsupport.db"].dispose()
    baseline = measure("benchmarks.baseline_app:app", None)
    ours = measure("wsgi:app", database_url)
    return {
        "webhook_ratio": round(ours["rps"] / baseline["rps"], 3),
        "webhook_rps": round(ours["rps"], 1),
        "webhook_baseline_rps": round(baseline["rps"], 1),
        "webhook_p99_ms": round(ours["p99_ms"], 1),
        "webhook_errors": ours["errors"],
    }
