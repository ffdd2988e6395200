"""plan_ratio: planning 100,000 participants' daily rows, against a raw executemany of the same rows."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, insert, select

from textsupport import config
from textsupport.models import (
    Allocation,
    AllocationSlot,
    AllocationTable,
    Arm,
    OutboundMessage,
    Participant,
    ParticipantStatus,
    Sex,
)
from textsupport.services.sending import planner

AT = datetime(2026, 3, 9, 16, 0, tzinfo=UTC)  # Mon 10:00 MDT
START = date(2026, 3, 1)


def seed(engine, count: int) -> None:
    """`count` active TEXT participants, bulk-inserted."""
    now = AT - timedelta(days=9)
    with engine.begin() as conn:
        conn.execute(
            insert(AllocationTable),
            [{"id": 1, "source": "imported", "strata_fields": "site,sex", "created_at": now}],
        )
        conn.execute(
            insert(Participant),
            [
                {
                    "id": n,
                    "study_id": f"B{n:07d}",
                    "phone": f"+1780{n:07d}",
                    "first_name": "Bench",
                    "site": "north",
                    "sex": Sex.F,
                    "tz": "America/Edmonton",
                    "date_of_birth": date(1990, 1, 1),
                    "discharge_date": START,
                    "status": ParticipantStatus.ACTIVE,
                    "created_at": now,
                }
                for n in range(1, count + 1)
            ],
        )
        conn.execute(
            insert(AllocationSlot),
            [
                {"id": n, "table_id": 1, "stratum": "b", "position": n, "block": 1, "arm": Arm.TEXT}
                for n in range(1, count + 1)
            ],
        )
        conn.execute(
            insert(Allocation),
            [
                {
                    "participant_id": n,
                    "slot_id": n,
                    "arm": Arm.TEXT,
                    "stratum": "b",
                    "allocated_at": now,
                    "start_date": START,
                }
                for n in range(1, count + 1)
            ],
        )


def baseline(engine, rows: list[dict]) -> float:
    """Seconds for a raw executemany insert of `rows` into outbound_messages."""
    started = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(insert(OutboundMessage.__table__), rows)
    elapsed = time.perf_counter() - started
    with engine.begin() as conn:
        conn.execute(delete(OutboundMessage.__table__))
    return elapsed


def run(app, count: int = 100_000) -> dict:
    """plan_ratio and the immediate re-run, on the app's database."""
    engine = app.extensions["textsupport.db"].engine
    seed(engine, count)
    with app.app_context():
        from textsupport import db

        session = db.session()
        started = time.perf_counter()
        first = planner.plan(session, AT, config.of(app))
        plan_seconds = time.perf_counter() - started
        rows = [dict(r._mapping) for r in session.execute(select(OutboundMessage.__table__).limit(count))]
        session.rollback()
        started = time.perf_counter()
        again = planner.plan(session, AT, config.of(app))
        rerun_seconds = time.perf_counter() - started
    with engine.begin() as conn:
        conn.execute(delete(OutboundMessage.__table__))
    for row in rows:
        row.pop("id")
    base = baseline(engine, rows)
    assert first["planned"] == count and again["planned"] == 0, (first, again)
    return {
        "plan_s": round(plan_seconds, 3),
        "executemany_s": round(base, 3),
        "plan_ratio": round(plan_seconds / base, 3),
        "replan_s": round(rerun_seconds, 3),
        "replan_no_slower": rerun_seconds <= plan_seconds,
    }
