"""Run the benchmarks and print one JSON summary line last.

Each speed is a ratio to a baseline measured in the same run on the same machine, so the numbers compare
across machines. Targets: plan_ratio <= 2.0 on SQLite and PostgreSQL (and a re-plan no slower),
dispatch_rate_ratio >= 0.95 with no 10 s window above 1.05, peak RSS <= 250 MB for the dispatcher and the
scheduler, webhook_ratio >= 0.50 of a floor app (the signature check and one committed insert of the raw
form into the same database, served and driven the same way in the same run) on SQLite and PostgreSQL,
read at saturation in alternating 1 s slices of each app (one under load at a time; webhook_ratio_median
and webhook_ratio_iqr give the per-round spread), with p99 <= 50 ms at the capacity plan's 20 replies/s
offered at random times (webhook_p99_ms; the saturated p99, queueing, is kept as
webhook_saturated_p99_ms) and 0 errors (webhook_signature_ratio, against a signature-only app, is kept
for reference; webhook_status_ratio and webhook_status_rps measure the status callbacks against the same
floor), queue_page_p95_ms <= 300 (the worst p95 of the queue and item pages at 10,000 participants and
~1,000,000 texts, PostgreSQL only) with the statements per page reported and no N+1 (queue_n_plus_one
false), export_ratio <= 3.0 (the research export against PostgreSQL's COPY of the same statements, on the
queue benchmark's data) with the export's peak RSS <= 200 MB and flat as rows grow, dashboard_p95_ms <=
300 (the trial dashboard as it opens, for one site and for one month, on the same data) with its
statements per page and no N+1 (dashboard_n_plus_one false). BENCH_SCALE=0.1 seeds a tenth of the queue
benchmark's data for a quicker run. PostgreSQL runs when BENCH_DATABASE_URL or TEST_DATABASE_URL is set
(a scratch database beside it is created and dropped); without it the queue benchmark is skipped with a
note. triage_p99_us <= 2,000: classify every labelled reply with its context on one core (CPU time per
call; the wall-clock p99 beside it). Last, the summary of the last `make chaos` in this checkout
(chaos_last, with chaos_last_is_this_commit); BENCH_CHAOS=1 runs the chaos run first.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from benchmarks import dashboard, dispatch, export, plan, queue, scale, triage, webhook
from scripts import chaos_record
from textsupport import create_app, schema

ROUNDS = 300


def timed(func, rounds: int = ROUNDS) -> float:
    """Median seconds per call over `rounds` calls, after a short warm-up."""
    for _ in range(10):
        func()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    samples.sort()
    return samples[len(samples) // 2]


def make_app(url: str):
    app = create_app(
        {"TEXTSUPPORT_ENV": "test", "DATABASE_URL": url, "SMS_BACKEND": "fake", "TWILIO_MPS": "100"}
    )
    schema.upgrade(app.extensions["textsupport.db"].engine)
    return app


def web(url: str) -> dict:
    """healthz and the login page, as ratios to a bare SELECT 1 on the same database."""
    app = make_app(url)
    engine = app.extensions["textsupport.db"].engine
    client = app.test_client()

    def select_one() -> None:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    base = timed(select_one)
    result = {
        "healthz_ratio": round(timed(lambda: client.get("/healthz")) / base, 1),
        "login_page_ratio": round(timed(lambda: client.get("/login")) / base, 1),
    }
    engine.dispose()
    return result


def postgres_url() -> str | None:
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
    if not url:
        return None
    os.environ.setdefault("TEST_DATABASE_URL", url)
    return url


def main() -> int:
    if os.environ.get("BENCH_CHAOS") == "1":  # the chaos run first, on its own (about 15 minutes)
        import subprocess

        subprocess.run([sys.executable, "-m", "scripts.chaos"], check=False)
    summary: dict = {}
    summary.update(triage.run())  # first, while nothing else of ours runs
    print("triage:", summary, file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory() as directory:
        summary.update(web(f"sqlite:///{Path(directory) / 'web.db'}"))
        print("web:", summary, file=sys.stderr, flush=True)
        sqlite_plan = plan.run(make_app(f"sqlite:///{Path(directory) / 'plan.db'}"))
        summary.update({f"sqlite_{k}": v for k, v in sqlite_plan.items()})
        print("plan on SQLite:", sqlite_plan, file=sys.stderr, flush=True)
        dispatch_url = f"sqlite:///{Path(directory) / 'dispatch.db'}"
        summary.update(dispatch.run(make_app(dispatch_url), dispatch_url))
        print("dispatch:", summary, file=sys.stderr, flush=True)
        webhook_url = f"sqlite:///{Path(directory) / 'webhook.db'}"
        summary.update({f"sqlite_{k}": v for k, v in webhook.run(make_app(webhook_url), webhook_url).items()})
        print("webhook on SQLite:", summary, file=sys.stderr, flush=True)
    if postgres_url():
        from tests.support import databases

        url = databases.create_postgres_database("bench")
        try:
            rendered = url.render_as_string(hide_password=False)
            app = make_app(rendered)
            summary.update({f"postgresql_{k}": v for k, v in plan.run(app).items()})
            app.extensions["textsupport.db"].dispose()
        finally:
            databases.drop_postgres_database(url)
        url = databases.create_postgres_database("benchweb")
        try:
            rendered = url.render_as_string(hide_password=False)
            summary.update(
                {f"postgresql_{k}": v for k, v in webhook.run(make_app(rendered), rendered).items()}
            )
        finally:
            databases.drop_postgres_database(url)
        summary.update(scale.on_scratch_database())
        print("scale:", summary, file=sys.stderr, flush=True)
        url = databases.create_postgres_database("benchqueue")
        try:
            rendered = url.render_as_string(hide_password=False)
            app = make_app(rendered)
            summary.update(queue.run(app))
            summary.update(export.run(app, rendered))  # on the queue benchmark's seeded data
            summary.update(dashboard.run(app))  # the trial dashboard, on the same data
            app.extensions["textsupport.db"].dispose()
        finally:
            databases.drop_postgres_database(url)
    else:
        summary["queue_page_p95_ms"] = None
        summary["dashboard_p95_ms"] = None
        summary["queue_note"] = "skipped: needs PostgreSQL (set BENCH_DATABASE_URL or TEST_DATABASE_URL)"
        print("queue:", summary["queue_note"], file=sys.stderr, flush=True)
    summary.update(chaos_record.for_bench())  # the last make chaos (scripts/chaos_record.py)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
