"""dispatch_rate_ratio and peak RSS: a real dispatcher process against a fake Twilio answering in 200 ms."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from benchmarks.plan import seed
from tests.support.fakes.twilio_api import FakeTwilioServer
from textsupport.config import PROJECT_ROOT
from textsupport.models import OutboundKind, OutboundMessage, OutboundStatus

ACCOUNT, TOKEN = "AC" + "7" * 32, "bench-token"
MPS = 100


def queue(engine, count: int, kind: OutboundKind = OutboundKind.DAILY) -> None:
    """`count` texts due now, one per participant."""
    now = datetime.now(UTC)
    rows = [
        {
            "participant_id": n,
            "kind": kind,
            "local_date": date.today(),
            "body": f"Bench text {n}",
            "urgent": True,
            "scheduled_for": now - timedelta(minutes=1),
            "expires_at": now + timedelta(days=1),
            "status": OutboundStatus.PLANNED,
            "attempts": 0,
            "created_at": now,
            "updated_at": now,
        }
        for n in range(1, count + 1)
    ]
    with engine.begin() as conn:
        conn.execute(insert(OutboundMessage.__table__), rows)


def peak_rss_mb(pid: int) -> float:
    """VmHWM (peak resident set) of a running process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def watch(process: subprocess.Popen, seconds: float | None = None) -> float:
    """Poll a process's peak RSS until it exits (or `seconds` pass, then SIGTERM it)."""
    peak, started = 0.0, time.monotonic()
    while process.poll() is None:
        try:
            peak = max(peak, peak_rss_mb(process.pid))
        except (FileNotFoundError, ProcessLookupError):
            break
        if seconds is not None and time.monotonic() - started > seconds:
            process.send_signal(signal.SIGTERM)
        time.sleep(0.2)
    process.communicate()
    return peak


def rates(times: list[float]) -> tuple[float, float]:
    """(overall rate, busiest 10-second window rate) in texts per second."""
    times = sorted(times)
    overall = (len(times) - 1) / (times[-1] - times[0])
    busiest, j = 0, 0
    for i, start in enumerate(times):
        while j < len(times) and times[j] < start + 10:
            j += 1
        busiest = max(busiest, j - i)
    return overall, busiest / 10


def run(app, database_url: str, count: int = 3000) -> dict:
    """Send `count` texts through a dispatcher process; measure its rate and memory, then the scheduler's."""
    engine = app.extensions["textsupport.db"].engine
    seed(engine, count)
    queue(engine, count)
    server = FakeTwilioServer(ACCOUNT, TOKEN, latency=0.2)
    env = dict(
        os.environ,
        DATABASE_URL=database_url,
        TEXTSUPPORT_ENV="test",
        SMS_BACKEND="twilio",
        TWILIO_ACCOUNT_SID=ACCOUNT,
        TWILIO_AUTH_TOKEN=TOKEN,
        TWILIO_FROM_NUMBER="+17805550199",
        TWILIO_MPS=str(MPS),
    )
    with server as fake:
        env["TWILIO_API_BASE"] = server.base_url
        command = [sys.executable, "-m", "flask", "--app", "wsgi", "dispatch"]
        dispatcher = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL)
        dispatcher_mb = watch(dispatcher)
        scheduler = subprocess.Popen(
            [sys.executable, "-m", "scheduler"], cwd=PROJECT_ROOT, env=env, stderr=subprocess.DEVNULL
        )
        scheduler_mb = watch(scheduler, seconds=12)
        overall, busiest = rates(fake.created_times)
        created = len(fake.created)
    return {
        "dispatch_texts": created,
        "dispatch_rate_ratio": round(overall / MPS, 3),
        "dispatch_busiest_10s_ratio": round(busiest / MPS, 3),
        "dispatcher_peak_rss_mb": round(dispatcher_mb, 1),
        "scheduler_peak_rss_mb": round(scheduler_mb, 1),
    }
