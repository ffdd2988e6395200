"""export_ratio and the export's peak RSS, on the queue benchmark's data (PostgreSQL).

The queue benchmark's seed (10,000 participants, ~1,000,000 texts; BENCH_SCALE=0.1 seeds a tenth)
plus five follow-up assessments per participant. The baseline is PostgreSQL's own
`COPY (the same statements) TO STDOUT WITH CSV HEADER` into files, in the same run: the export's
statements compiled with their values inlined, so both sides run the same joins and the same
formatting in the database. Ours is the real export (files, dictionary, manifest with checksums, audit
row, rename) in a process of its own, so its peak RSS (VmHWM) is its own; it notes its peak at every
100,000 rows, which shows whether memory grows with the rows. Each side runs three times; the
fastest counts (the machine may be shared).

    python -m benchmarks.export    # seeds a scratch database beside TEST_DATABASE_URL on its own
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.dialects import postgresql

from benchmarks.dispatch import peak_rss_mb
from benchmarks.queue_seed import seed
from textsupport.config import EXTENSION

TARGET_RATIO = 3.0
TARGET_RSS_MB = 200
ROUNDS = 3
ASSESSMENTS_SQL = """
INSERT INTO assessments (participant_id, kind, due_date, completed_at, completed_by_id)
SELECT a.participant_id, k.kind, a.start_date + k.days,
    CASE WHEN a.start_date + k.days < current_date - 7 AND (a.participant_id + k.days) % 5 <> 0
        THEN (a.start_date + k.days + 2)::timestamp AT TIME ZONE 'UTC' END,
    CASE WHEN a.start_date + k.days < current_date - 7 AND (a.participant_id + k.days) % 5 <> 0 THEN 1 END
FROM allocations a CROSS JOIN (VALUES ('baseline', 0), ('week_6', 42), ('month_3', 91), ('month_6', 182),
    ('month_12', 365)) AS k(kind, days)
"""


def log(*parts) -> None:
    print("export:", *parts, file=sys.stderr, flush=True)


def copy_statements(now: datetime, settings) -> list[tuple[str, str]]:
    """(file name, COPY ... TO STDOUT) for every statement of a full pseudonymous export."""
    from textsupport.services.export import writer
    from textsupport.services.export.files import Options

    dialect = postgresql.psycopg.dialect()
    found = []
    for file in writer.files_for(Options(), settings):
        columns = file.columns_for(Options())
        for statement in file.statements(columns, now, now.date()):
            found.append((file.name, f"COPY ({writer.sql(statement, dialect)}) TO STDOUT WITH CSV HEADER"))
    return found


def copy_baseline(engine, folder: Path, settings) -> float:
    """Seconds for PostgreSQL to COPY the export's statements to files through the client."""
    from textsupport.services.export import writer

    statements = copy_statements(datetime.now(UTC), settings)
    raw = engine.raw_connection()
    try:
        started = time.perf_counter()
        with raw.cursor() as cursor:
            for setting in writer.POSTGRES_SETTINGS:  # the settings the export reads with
                cursor.execute(f"SET LOCAL {setting}")
            for n, (name, sql) in enumerate(statements):
                with (folder / f"{n}-{name}").open("wb") as out, cursor.copy(sql) as copy:
                    for chunk in copy:
                        out.write(chunk)
        raw.commit()
        return time.perf_counter() - started
    finally:
        raw.close()


def ours(url: str, folder: Path) -> dict:
    """The export in a child process: its seconds, rows, and peak RSS as it went."""
    child = subprocess.run(
        [sys.executable, "-m", "benchmarks.export", "--child", url, str(folder / "export")],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(child.stdout)


def child(url: str, out: str) -> None:
    """In the child: run the export; print {seconds, rows, peak_rss_mb, rss_before_mb, rss_by_rows}."""
    from textsupport import create_app, db
    from textsupport.config import current
    from textsupport.services.export import writer
    from textsupport.services.export.files import Options

    app = create_app({"TEXTSUPPORT_ENV": "test", "DATABASE_URL": url, "SMS_BACKEND": "fake"})
    writer.PROGRESS_AFTER = 0.0  # a line per 100,000 rows, each noting the peak RSS so far
    samples: list[tuple[str, float]] = []
    with app.app_context():
        before = round(peak_rss_mb(os.getpid()), 1)  # the app loaded, nothing exported yet
        started = time.perf_counter()
        result = writer.export(
            db.session(),
            Path(out),
            Options(),
            None,
            current(),
            progress=lambda line: samples.append((line, round(peak_rss_mb(os.getpid()), 1))),
        )
        seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rows": result.rows,
                "peak_rss_mb": round(peak_rss_mb(os.getpid()), 1),
                "rss_before_mb": before,
                "rss_by_rows": samples,
            }
        )
    )


def run(app, url: str) -> dict:
    """On the queue benchmark's seeded database: the export against COPY; the summary keys."""
    engine = app.extensions["textsupport.db"].engine
    with engine.begin() as conn:
        if not conn.execute(text("SELECT count(*) FROM assessments")).scalar_one():
            conn.execute(text(ASSESSMENTS_SQL))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE assessments")
    copies, runs = [], []
    for n in range(ROUNDS):
        with tempfile.TemporaryDirectory() as folder:
            copies.append(copy_baseline(engine, Path(folder), app.extensions[EXTENSION]))
        with tempfile.TemporaryDirectory() as folder:
            runs.append(ours(url, Path(folder)))
        log(f"round {n + 1}: COPY {copies[-1]:.2f} s, export {runs[-1]['seconds']:.2f} s,"
            f" peak RSS {runs[-1]['peak_rss_mb']} MB")  # fmt: skip
    best = min(runs, key=lambda r: r["seconds"])
    texts = [rss for line, rss in best["rss_by_rows"] if line.startswith("texts.csv") and "so far" in line]
    ratio = round(best["seconds"] / min(copies), 2)
    peak = max(r["peak_rss_mb"] for r in runs)
    growth = round(texts[-1] - texts[0], 1) if len(texts) > 1 else None
    log("rows", best["rows"], "peak RSS by rows", best["rss_by_rows"])
    return {
        "export_ratio": ratio,
        "export_ratio_target_met": ratio <= TARGET_RATIO,
        "export_s": round(best["seconds"], 2),
        "export_copy_s": round(min(copies), 2),
        "export_rows": sum(count for name, count in best["rows"].items() if name != "data_dictionary.csv"),
        "export_peak_rss_mb": peak,
        "export_rss_target_met": peak <= TARGET_RSS_MB,
        "export_rss_before_mb": best["rss_before_mb"],  # the process with the app loaded, before exporting
        "export_rss_growth_mb": growth,  # peak RSS after the last 100,000 texts minus after the first
    }


def main() -> int:
    """Seed a scratch PostgreSQL database beside TEST_DATABASE_URL, run, drop it."""
    from benchmarks.__main__ import make_app, postgres_url
    from tests.support import databases

    if not postgres_url():
        print("export: needs PostgreSQL (set BENCH_DATABASE_URL or TEST_DATABASE_URL)", file=sys.stderr)
        return 2
    url = databases.create_postgres_database("benchexport")
    try:
        rendered = url.render_as_string(hide_password=False)
        app = make_app(rendered)
        seed(app.extensions["textsupport.db"].engine)
        summary = run(app, rendered)
        app.extensions["textsupport.db"].dispose()
    finally:
        databases.drop_postgres_database(url)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(*sys.argv[2:4])
    else:
        sys.exit(main())
