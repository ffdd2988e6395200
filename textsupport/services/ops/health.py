"""Liveness checks for load balancers and the ops person paged at night."""

from __future__ import annotations

import logging
import os
import socket
from datetime import timedelta

from sqlalchemy import select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from textsupport import clock, db
from textsupport.models import Heartbeat

log = logging.getLogger(__name__)

SCHEDULER = "scheduler"
DISPATCHER = "dispatcher"  # one row shared by every dispatcher process: the latest beat of any
STALE_AFTER = timedelta(minutes=3)  # three missed one-minute beats


def check(session: Session) -> tuple[bool, dict[str, str]]:
    """(healthy, report). Unhealthy only when the database cannot be reached."""
    try:
        session.execute(text("SELECT 1"))
        beat = session.scalar(select(Heartbeat.beat_at).where(Heartbeat.name == SCHEDULER))
    except SQLAlchemyError as error:
        log.warning("health check: database unreachable (%s)", type(error).__name__)
        return False, {"status": "error", "database": "unreachable"}
    finally:
        session.rollback()
    if beat is None:
        scheduler = "not started"
    else:
        scheduler = "ok" if clock.now() - beat < STALE_AFTER else "stale"
    return True, {"status": "ok", "database": "ok", "scheduler": scheduler}


def beat(session: Session, name: str = SCHEDULER) -> None:
    """Record that the process `name` is alive (one upserted row per name)."""
    db.begin_write(session)
    values = {"name": name, "beat_at": clock.now(), "host": socket.gethostname(), "pid": os.getpid()}
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(Heartbeat).values(values)
    statement = statement.on_conflict_do_update(
        index_elements=[Heartbeat.name], set_={k: statement.excluded[k] for k in ("beat_at", "host", "pid")}
    )
    session.execute(statement)
    session.commit()
