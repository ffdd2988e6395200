"""dispatch_scale_ratio and the standby's takeover, on PostgreSQL, with every process running together.

4 dispatcher processes share TWILIO_MPS=200 (a Messaging Service) against a fake Twilio answering
in 200 ms, in a process of its own; two schedulers run, one the leader. Reported, each create timed
when its request reached the fake (the kernel's time): the achieved rate over the configured one
(target >= 0.95), the busiest 1-second window over the configured rate (target <= 1.05), duplicate
creates in the fake's own log (target 0). Then the leader is killed with SIGKILL and the standby's
first heartbeat is timed (target: within 2 heartbeat intervals). For reading the rate: the
dispatchers' CPU per text (their user and system time once every text is recorded, summed, over the
texts) and the pacer slots they gave up (a text that could not start within 30 ms of its slot, from
their log).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.dispatch import queue
from benchmarks.plan import seed
from scheduler import jobs
from tests.support.fakes.twilio_process import FakeTwilioProcess
from tests.support.processes import ACCOUNT, TOKEN, duplicate_creates, start, twilio_env
from textsupport.models import Heartbeat, OutboundKind, OutboundMessage
from textsupport.services.ops import health

MPS = 200
DISPATCHERS = 4
HEARTBEAT_SECONDS = next(spec.seconds for spec in jobs.JOBS if spec.name == "heartbeat")


def busiest_second(times: list[float]) -> int:
    """The most creates inside any 1-second window."""
    times, busiest, j = sorted(times), 0, 0
    for i, first in enumerate(times):
        while j < len(times) and times[j] < first + 1:
            j += 1
        busiest = max(busiest, j - i)
    return busiest


def cpu_seconds(pid: int) -> float:
    """The user and system CPU time a running process has used so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def leader_pid(engine) -> int | None:
    """The pid of the scheduler that beat last (only the leader beats)."""
    with engine.connect() as conn:
        return conn.scalar(select(Heartbeat.pid).where(Heartbeat.name == health.SCHEDULER))


def outbox(engine) -> dict[str, int]:
    """Outbound rows by status (and why, when not sent)."""
    query = select(OutboundMessage.status, OutboundMessage.last_error, func.count()).group_by(
        OutboundMessage.status, OutboundMessage.last_error
    )
    with engine.connect() as conn:
        return {f"{status.value}{f' ({why})' if why else ''}": n for status, why, n in conn.execute(query)}


def wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def takeover(engine, schedulers: list[subprocess.Popen]) -> dict:
    """SIGKILL the leader; seconds until the standby beats."""
    pids = {process.pid: process for process in schedulers}
    if not wait_for(lambda: leader_pid(engine) in pids, 3 * HEARTBEAT_SECONDS):
        return {"takeover_s": None, "takeover_note": "no scheduler led"}
    leader = pids[leader_pid(engine)]
    leader.send_signal(signal.SIGKILL)
    leader.wait()
    killed = time.monotonic()
    limit = 3 * HEARTBEAT_SECONDS
    took_over = wait_for(lambda: leader_pid(engine) not in (None, leader.pid), limit)
    seconds = round(time.monotonic() - killed, 1) if took_over else None
    return {
        "takeover_s": seconds,
        "takeover_heartbeats": round(seconds / HEARTBEAT_SECONDS, 2) if took_over else None,
    }


def run(engine, database_url: str, count: int = int(os.environ.get("BENCH_SCALE_TEXTS", 8000))) -> dict:
    """Send `count` texts through 4 dispatchers beside 2 schedulers; then kill the leading scheduler."""
    seed(engine, count)
    # Staff replies: the leading scheduler's planner would end these March participants' programme
    # (day 183 is past) and cancel daily texts; a staff reply still goes to a participant who completed.
    queue(engine, count, OutboundKind.STAFF_REPLY)
    # The fake runs in a process of its own, not in this one's interpreter beside its polling, and
    # gives each create the kernel's time of its request's arrival.
    server = FakeTwilioProcess(ACCOUNT, TOKEN, latency=0.2)
    processes: list[subprocess.Popen] = []
    logs = tempfile.NamedTemporaryFile("w+", prefix="scale-", suffix=".log", delete=False)  # noqa: SIM115
    try:
        with server as fake:
            env = twilio_env(database_url, server.base_url, MPS, TWILIO_MESSAGING_SERVICE_SID="MG" + "0" * 32)
            schedulers = [start(env, stdout=logs) for _ in range(2)]
            processes += schedulers
            dispatchers = [start(env, "--dispatch-only", stdout=logs) for _ in range(DISPATCHERS)]
            processes += dispatchers
            wait_for(lambda: len(fake.sync().created) >= count, count / MPS * 4 + 60)
            result = _rates(fake.sync(), count)
            # The last creates' rows are recorded just after Twilio answers: give them a moment.
            wait_for(lambda: not any(key.startswith("sending") for key in outbox(engine)), 10)
            result["dispatch_scale_outbox"] = outbox(engine)
            cpu = sum(cpu_seconds(process.pid) for process in dispatchers)
            result["dispatch_scale_cpu_ms_per_text"] = round(cpu / max(1, len(fake.created)) * 1000, 2)
            result.update(takeover(engine, schedulers))
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                print(f"scale: process {process.pid} ignored SIGTERM", file=sys.stderr)
        logs.close()
    lines = Path(logs.name).read_text().splitlines()
    errors = sum("ERROR" in line or "Traceback" in line for line in lines)
    result["dispatch_scale_log_errors"] = errors
    reports = [json.loads(line.split(" dispatched ", 1)[1]) for line in lines if " dispatched {" in line]
    result["dispatch_scale_late"] = sum(report.get("late", 0) for report in reports)
    print(f"scale: the processes' log is {logs.name} ({errors} error lines)", file=sys.stderr)
    return result


def steady_rate(times: list[float]) -> float:
    """Creates per second, leaving out the first and last second (processes starting, the queue
    running dry)."""
    times = sorted(times)
    steady = [t for t in times if times[0] + 1 <= t <= times[-1] - 1]
    return (len(steady) - 1) / (steady[-1] - steady[0]) if len(steady) > 1 else 0.0


def _rates(fake, count: int) -> dict:
    # Twilio's rate limit sees a request when it arrives: the kernel's time of its arrival on the fake's
    # socket, which no wait for the fake's threads to wake can shift. The time the fake's thread noted
    # it (what FakeTwilio records; later, and bunched, whenever the fake's process waits for a core)
    # is kept for reference as *_noted.
    if None in fake.received_times:
        raise RuntimeError("a create came without the kernel's time of its arrival")
    received, noted = fake.received_times, fake.arrival_times
    return {
        "dispatch_scale_texts": len(received),
        "dispatch_scale_expected": count,
        "dispatch_scale_ratio": round(steady_rate(received) / MPS, 3),
        "dispatch_scale_max_1s_ratio": round(busiest_second(received) / MPS, 3),
        "dispatch_scale_ratio_noted": round(steady_rate(noted) / MPS, 3),
        "dispatch_scale_max_1s_ratio_noted": round(busiest_second(noted) / MPS, 3),
        "dispatch_scale_duplicates": len(duplicate_creates(fake.created)),
    }


def on_scratch_database() -> dict:
    """This benchmark on a scratch PostgreSQL database beside TEST_DATABASE_URL, dropped afterwards."""
    from benchmarks.__main__ import make_app
    from tests.support import databases

    url = databases.create_postgres_database("benchscale")
    try:
        rendered = url.render_as_string(hide_password=False)
        app = make_app(rendered)
        result = run(app.extensions["textsupport.db"].engine, rendered)
        app.extensions["textsupport.db"].dispose()
    finally:
        databases.drop_postgres_database(url)
    return result


def main() -> None:
    """`python -m benchmarks.scale`: this benchmark alone."""
    from benchmarks.__main__ import postgres_url

    if not postgres_url():
        sys.exit("needs PostgreSQL: set BENCH_DATABASE_URL or TEST_DATABASE_URL")
    print(json.dumps(on_scratch_database()))


if __name__ == "__main__":
    main()
