"""Run the benchmarks and print one JSON summary line last.

Each benchmark reports its time as a ratio to a baseline measured in the same run on the same
machine, so the numbers compare across machines. Ratios, not seconds, carry the targets.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

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


def main() -> int:
    with tempfile.TemporaryDirectory() as directory:
        url = f"sqlite:///{Path(directory) / 'bench.db'}"
        app = create_app({"TEXTSUPPORT_ENV": "test", "DATABASE_URL": url, "SMS_BACKEND": "fake"})
        engine = app.extensions["textsupport.db"].engine
        schema.upgrade(engine)
        client = app.test_client()

        def baseline() -> None:  # the cheapest possible round trip to the same database
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))

        base = timed(baseline)
        results = {
            "healthz": timed(lambda: client.get("/healthz")),
            "login_page": timed(lambda: client.get("/login")),
        }
        engine.dispose()
    summary = {"baseline_select_1_s": round(base, 6)}
    for name, seconds in results.items():
        summary[f"{name}_s"] = round(seconds, 6)
        summary[f"{name}_ratio"] = round(seconds / base, 1)
        print(f"{name}: {seconds * 1000:.2f} ms median, {seconds / base:.1f}x the SELECT 1 baseline")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
