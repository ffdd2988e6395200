"""dashboard_p95_ms: the trial dashboard on the queue benchmark's data (PostgreSQL).

It runs on the database benchmarks/queue_seed.py filled (10,000 participants, ~1,000,000 texts; less
with BENCH_SCALE), adding only what the queue needs not: eligibility, follow-up assessments (five
per participant, the older ones done; where the export benchmark, run before it in `make bench`, has
already seeded them, those are kept) and two accounts, an admin and trial staff. Each page goes
through the test client (routing, login, SQL, charts, templates) and every SQL statement it sends is
counted: the whole trial costs as many statements as one site or one month (no N+1). The target
(<= 300 ms) is for the page as it opens (texts, replies and the queue of the last 4 weeks; the CONSORT
flow and recruitment of the whole trial), one site and one month; every week since the first text
(from=2000-01-01) is timed and reported apart, as dashboard_whole_trial_p95_ms.

Run alone: `python -m benchmarks.dashboard` (seeds a scratch database beside TEST_DATABASE_URL).
"""

from __future__ import annotations

import json
import sys

from sqlalchemy import insert, text

from benchmarks.queue import TARGET_MS, Counter, _login, measure
from benchmarks.queue_seed import PASSWORD, log
from textsupport import passwords
from textsupport.models import Role, StaffUser

ADMIN, STAFF = "admin@bench.example", "trialstaff@bench.example"
EXTRA_SQL = [
    "UPDATE participants SET eligibility_confirmed_at = consent_at",
    """
    INSERT INTO assessments (participant_id, kind, due_date, completed_at)
    SELECT a.participant_id, k.kind, a.start_date + k.days,
        CASE WHEN a.start_date + k.days < current_date - 10 AND (a.participant_id + k.days) % 7 <> 0
            THEN (a.start_date + k.days)::timestamp AT TIME ZONE 'UTC' END
    FROM allocations a CROSS JOIN (VALUES ('baseline', 0), ('week_6', 42), ('month_3', 91),
        ('month_6', 182), ('month_12', 365)) AS k (kind, days)
    ON CONFLICT (participant_id, kind) DO NOTHING
    """,
]


def prepare(engine) -> None:
    """Add the dashboard's extras to the queue benchmark's data."""
    hashed = passwords.hash_password(PASSWORD)
    with engine.begin() as conn:
        for sql in EXTRA_SQL:
            conn.execute(text(sql))
        conn.execute(
            insert(StaffUser).values(created_at=text("now()")),
            [
                {
                    "email": email,
                    "display_name": name,
                    "role": role,
                    "password_hash": hashed,
                    "is_active": True,
                }
                for email, name, role in (
                    (ADMIN, "Bench Admin", Role.ADMIN),
                    (STAFF, "Bench Staff", Role.TRIAL_STAFF),
                )
            ],
        )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE participants, assessments, staff_users")


def run(app) -> dict:
    """Time the dashboard's pages on the seeded database; the summary keys for benchmarks/__main__.py."""
    engine = app.extensions["textsupport.db"].engine
    prepare(engine)
    with engine.connect() as conn:
        today = conn.exec_driver_sql("SELECT current_date").scalar_one()
    month = f"from={today.replace(day=1)}&to={today}"
    admin, staff = _login(app, ADMIN), _login(app, STAFF)
    counter = Counter(engine)
    pages = {  # name: (who asks, the paths asked in turn)
        "admin": (admin, ["/trial/"]),
        "trial_staff": (staff, ["/trial/"]),
        "site": (admin, ["/trial/?site=north"]),
        "month": (admin, [f"/trial/?{month}"]),
        "consort_svg": (admin, ["/trial/consort.svg"]),
        "whole_trial": (admin, ["/trial/?from=2000-01-01"]),  # every week of every text: reported apart
    }
    results = {}
    for name, (client, paths) in pages.items():
        results[name] = measure(client, paths, counter, rounds=30)
        log("dashboard", name, results[name])
    # The fewest statements a page sent: once a minute a request also records the sign-in as seen.
    statements = {name: min(result["queries"]) for name, result in results.items()}
    # No N+1: every participant (and every week since the first text) sends as many statements as
    # the third of them at one site. (A month sends fewer: both ends given, no first/last lookups.)
    n_plus_one = len({statements["admin"], statements["site"], statements["whole_trial"]}) > 1
    # The target is for the pages people open: the dashboard as it opens (the last 4 weeks of texts),
    # a site, a month, the diagram. Every week since the first text is timed and reported apart.
    worst = max(result["p95_ms"] for name, result in results.items() if name != "whole_trial")
    summary = {
        "dashboard_p95_ms": worst,
        "dashboard_target_met": worst <= TARGET_MS,
        "dashboard_n_plus_one": n_plus_one,
    }
    for name, result in results.items():
        summary[f"dashboard_{name}_p50_ms"] = result["p50_ms"]
        summary[f"dashboard_{name}_p95_ms"] = result["p95_ms"]
        summary[f"dashboard_{name}_queries"] = statements[name]
    return summary


def main() -> int:
    """Seed a scratch PostgreSQL database, run the dashboard benchmark, print its JSON summary."""
    from benchmarks.__main__ import make_app, postgres_url
    from benchmarks.queue_seed import seed
    from tests.support import databases

    if not postgres_url():
        print("dashboard: needs PostgreSQL (set BENCH_DATABASE_URL or TEST_DATABASE_URL)", file=sys.stderr)
        return 1
    url = databases.create_postgres_database("benchdash")
    try:
        app = make_app(url.render_as_string(hide_password=False))
        seed(app.extensions["textsupport.db"].engine)
        summary = run(app)
        app.extensions["textsupport.db"].dispose()
    finally:
        databases.drop_postgres_database(url)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
