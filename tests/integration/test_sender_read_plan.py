"""Every reply reads its sender and the last text sent by index, never by scanning a whole table.

SQLite's plan is checked on the migrated template (its planner, without statistics, shows which index a
statement can use); PostgreSQL chooses by cost, so on its tiny test tables a scan proves nothing.
"""

from sqlalchemy import create_engine

from tests.support.databases import sqlite_url
from textsupport.services.replies import context


def test_the_sender_read_searches_by_index(sqlite_template):
    engine = create_engine(sqlite_url(sqlite_template))
    statement = context._SENDER.compile(engine)
    values = {"phone": "+17805550100", "since": "2026-03-01", "at": "2026-03-02"}
    params = statement.construct_params(values)
    ordered = tuple(params[name] for name in statement.positiontup)
    with engine.connect() as conn:
        plan = [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", ordered)]
    engine.dispose()
    scans = [step for step in plan if step.startswith("SCAN") and "LEFT-JOIN" not in step]
    assert scans == [], plan  # no whole participants or outbound_messages table read per reply
    assert any("ix_participants_phone" in step for step in plan), plan
    assert any("ix_outbound_messages_participant_id_scheduled_for" in step for step in plan), plan
