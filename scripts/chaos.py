"""make chaos: 10,000 sends under repeated SIGKILLs and a PostgreSQL crash, with webhooks arriving.

A private PostgreSQL cluster (never the machine's shared server), the fake Twilio answering in 200 ms,
gunicorn for the webhooks, two schedulers (a leader and a standby) and two dispatchers. Every 10-20 s a
random scheduler or dispatcher is killed with SIGKILL and started again (as systemd would); once, the
database is crashed and restarted. Then the fake's own record of creates and the database are compared:
the share of outbound rows in a terminal state, duplicate creates, texts created after a STOP was
answered, and replies the fake knows that the database lacks. Prints one JSON line last; exit 1 if any
figure misses, and keeps the summary in instance/chaos-last.json for `make bench` (chaos_record.py).
CHAOS_SENDS, CHAOS_KILLS and CHAOS_MPS change the size.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, func, insert, select, text, update

from benchmarks.plan import seed
from scripts import chaos_record
from scripts.chaos_traffic import Traffic
from tests.support.fakes.twilio_api import FakeTwilioServer
from tests.support.private_postgres import PrivateCluster, free_port
from textsupport import schema
from textsupport.config import PROJECT_ROOT
from textsupport.db import make_engine
from textsupport.models import Allocation, Arm, InboundMessage, OutboundKind, OutboundMessage, OutboundStatus

SENDS = int(os.environ.get("CHAOS_SENDS", "10000"))
KILLS = int(os.environ.get("CHAOS_KILLS", "20"))
MPS = os.environ.get("CHAOS_MPS", "30")
PEOPLE = 500
ACCOUNT, TOKEN, OURS = "AC" + "c" * 32, "chaos-token", "+17805550199"
OPEN = (OutboundStatus.PLANNED, OutboundStatus.SENDING, OutboundStatus.UNKNOWN)
TERMINAL = {"sent", "delivered", "undelivered", "failed", "cancelled", "expired"}


def prepare(url: str) -> list[str]:
    """Migrate, enrol PEOPLE (TAU: the planner adds nothing) and queue SENDS texts due now."""
    engine = make_engine(url)
    schema.upgrade(engine)
    seed(engine, PEOPLE)
    now = datetime.now(UTC)
    rows = [
        {
            "participant_id": n % PEOPLE + 1, "kind": OutboundKind.STAFF_REPLY,
            "idempotency_key": f"chaos:{n}", "body": f"Chaos text {n}", "urgent": True,
            "scheduled_for": now - timedelta(minutes=1),
            "status": OutboundStatus.PLANNED, "attempts": 0, "created_at": now, "updated_at": now,
        }
        for n in range(SENDS)
    ]  # fmt: skip
    with engine.begin() as conn:
        conn.execute(update(Allocation).values(arm=Arm.TAU))
        conn.execute(text("UPDATE participants SET phone = '+1780555' || (1000 + id)"))  # valid numbers
        conn.execute(insert(OutboundMessage.__table__), rows)
        phones = list(conn.scalars(text("SELECT phone FROM participants ORDER BY id")))
    engine.dispose()
    return phones


class Processes:
    """The scheduler, dispatcher and web processes, started again whenever one dies."""

    def __init__(self, env: dict, web_port: int, log: Path) -> None:
        dispatcher = ["-m", "scheduler", "--dispatch-only"]
        if "--dispatch-only" not in (PROJECT_ROOT / "scheduler" / "__main__.py").read_text():
            dispatcher = ["-m", "flask", "--app", "wsgi", "dispatch"]  # one round, started again on exit
        self.commands = {
            "scheduler-a": ["-m", "scheduler"],
            "scheduler-b": ["-m", "scheduler"],
            "dispatcher-a": dispatcher,
            "dispatcher-b": dispatcher,
        }
        web = ["-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{web_port}", "wsgi:app"]
        self.env, self.log, self.running = env, log.open("a"), {}
        self.running["web"] = self._spawn(web)
        for name, command in self.commands.items():
            self.running[name] = self._spawn(command)

    def _spawn(self, command: list[str]) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, *command], cwd=PROJECT_ROOT, env=self.env, stdout=self.log, stderr=self.log
        )

    def kill_one(self, rng: random.Random) -> str:
        name = rng.choice(sorted(self.commands))
        self.running[name].send_signal(signal.SIGKILL)
        self.running[name].wait()
        self.running[name] = self._spawn(self.commands[name])
        return name

    def respawn_finished(self) -> None:
        for name, process in self.running.items():
            if name != "web" and process.poll() is not None:
                self.running[name] = self._spawn(self.commands[name])

    def stop(self) -> None:
        for process in self.running.values():
            process.send_signal(signal.SIGTERM)
        for process in self.running.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def open_rows(engine) -> int:
    try:
        with engine.connect() as conn:
            return conn.scalar(select(func.count()).where(OutboundMessage.status.in_(OPEN)))
    except Exception:
        return -1  # the database is restarting


def after_stop(fake, traffic: Traffic) -> list[dict]:
    """Creates whose request reached the fake after the person's STOP was answered 200."""
    return [
        {"to": message["to"], "body": message["body"][:40], "late_by": round(arrived - stopped, 3)}
        for message, arrived in zip(fake.created, fake.arrival_times, strict=True)
        if arrived > (stopped := traffic.stopped_at.get(message["to"], float("inf")))
    ]


def results(engine, fake, traffic: Traffic) -> dict:
    """The figures, from the fake's record of creates and from the database."""
    with engine.connect() as conn:
        by_status = select(OutboundMessage.status, func.count()).group_by(OutboundMessage.status)
        statuses = Counter(dict(conn.execute(by_status).all()))
        stored = set(conn.scalars(select(InboundMessage.provider_sid)))
        recorded = Counter(
            conn.scalars(
                select(OutboundMessage.provider_sid).where(OutboundMessage.provider_sid.is_not(None))
            )
        )
        by_arrival = select(InboundMessage.arrival, func.count()).group_by(InboundMessage.arrival)
        arrivals = dict(conn.execute(by_arrival).all())
    total = sum(statuses.values())
    terminal = sum(n for status, n in statuses.items() if status.value in TERMINAL)
    same_text = Counter((m["to"], m["body"]) for m in fake.created)
    return {
        "chaos_outbound_rows": total,
        "chaos_terminal_share": round(terminal / total, 4) if total else 0.0,
        "chaos_statuses": {status.value: n for status, n in sorted(statuses.items())},
        "chaos_creates": len(fake.created),
        # Every create belongs to exactly one outbound row: one that no row records is a second send.
        "chaos_duplicate_creates": sum(1 for m in fake.created if m["sid"] not in recorded),
        "chaos_rows_recording_one_sid_twice": sum(1 for n in recorded.values() if n > 1),
        "chaos_same_text_to_one_phone_twice": sum(n - 1 for n in same_text.values() if n > 1),
        "chaos_texts_after_stop": len(after_stop(fake, traffic)),
        "chaos_stops": len(traffic.stopped_at),
        "chaos_replies_known_to_twilio": len(fake.inbound),
        "chaos_replies_lost": len({m["sid"] for m in fake.inbound} - stored),
        "chaos_reply_arrivals": {str(arrival.value): n for arrival, n in arrivals.items()},
        "chaos_webhook_answers": traffic.answers,
    }


def run(cluster, engine, fake, processes, traffic, rng, started) -> tuple[list[str], int]:
    """Kill a random scheduler or dispatcher every 10-20 s (and crash the database once) until KILLS,
    then wait for every outbound row to settle and every reply Twilio has to be stored."""
    time.sleep(5)
    traffic.start()
    kills: list[str] = []
    restarted = 0
    while time.monotonic() - started < 45 * 60:
        time.sleep(rng.uniform(10, 20))
        left = open_rows(engine)
        print(f"{time.monotonic() - started:6.0f}s open rows {left}, creates {len(fake.created)}, "
              f"kills {len(kills)}", file=sys.stderr, flush=True)  # fmt: skip
        if len(kills) >= KILLS and left == 0:
            break
        if len(kills) < KILLS:  # then let the survivors settle what the dead left
            kills.append(processes.kill_one(rng))
        if len(kills) == KILLS // 3 and not restarted:
            cluster.restart()
            restarted = 1
        processes.respawn_finished()
    traffic.stop()
    deadline = time.monotonic() + 300  # the spool replays in 10 s; the backstop within 2-4 min
    while time.monotonic() < deadline and results(engine, fake, traffic)["chaos_replies_lost"]:
        time.sleep(10)
    return kills, restarted


def write_findings(engine, fake, traffic: Traffic, path: Path) -> None:
    """For the investigation: each create no row records, each text after a STOP."""
    with engine.connect() as conn:
        recorded = set(conn.scalars(select(OutboundMessage.provider_sid)))
        orphans = []
        for message, arrived in zip(fake.created, fake.arrival_times, strict=True):
            if message["sid"] in recorded:
                continue
            row = conn.execute(
                select(OutboundMessage.id, OutboundMessage.kind, OutboundMessage.status,
                       OutboundMessage.attempts, OutboundMessage.last_error, OutboundMessage.claimed_at)
                .where(OutboundMessage.body == message["body"], OutboundMessage.to_phone == message["to"])
            ).all()  # fmt: skip
            orphans.append(
                {"sid": message["sid"], "arrived": arrived, "rows": [[str(v) for v in r] for r in row]}
            )
    path.write_text(
        json.dumps({"orphan_creates": orphans, "after_stop": after_stop(fake, traffic)}, indent=1)
    )


def main() -> int:
    rng = random.Random(os.environ.get("CHAOS_SEED", "15"))
    work = Path(os.environ.get("CHAOS_DIR", "/tmp")) / f"chaos-{os.getpid()}"
    work.mkdir(parents=True)
    started = time.monotonic()
    with PrivateCluster() as cluster:
        url = cluster.create_database("chaos")
        phones = prepare(url)
        engine = create_engine(url, pool_pre_ping=True)
        server = FakeTwilioServer(ACCOUNT, TOKEN, latency=0.2)
        with server as fake:
            web_port = free_port()
            env = dict(
                os.environ, DATABASE_URL=url, TEXTSUPPORT_ENV="development", SMS_BACKEND="twilio",
                TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_AUTH_TOKEN=TOKEN, TWILIO_FROM_NUMBER=OURS,
                TWILIO_API_BASE=server.base_url, TWILIO_MPS=MPS, PUBLIC_BASE_URL=f"http://127.0.0.1:{web_port}",
                INBOUND_SPOOL=str(work / "spool" / "inbound.jsonl"), SECRET_KEY="chaos",
            )  # fmt: skip
            processes = Processes(env, web_port, work / "processes.log")
            traffic = Traffic(fake, f"http://127.0.0.1:{web_port}", TOKEN, OURS, phones)
            try:
                kills, restarted = run(cluster, engine, fake, processes, traffic, rng, started)
            finally:
                traffic.stop()
                processes.stop()
            write_findings(engine, fake, traffic, work / "findings.json")
            summary = results(engine, fake, traffic)
        engine.dispose()
    summary.update(
        chaos_sends=SENDS, chaos_kills=len(kills), chaos_killed=dict(Counter(kills)),
        chaos_postgres_restarts=restarted, chaos_seconds=round(time.monotonic() - started),
    )  # fmt: skip
    passed = (
        summary["chaos_terminal_share"] == 1.0
        and summary["chaos_duplicate_creates"] == 0
        and summary["chaos_texts_after_stop"] == 0
        and summary["chaos_replies_lost"] == 0
        and summary["chaos_kills"] >= KILLS
    )
    chaos_record.save(summary, passed)  # make bench reports it (chaos_record.py)
    print(json.dumps(summary))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
