"""Refused requests, counted per UTC minute, kind and source address: one row a minute, not one a request.

Refusals that come before any account is known (a forged or unsigned webhook, an oversized body)
can arrive by the thousand; an audit row each would let a flood fill the append-only audit log.
They are counted instead, by an upsert on the row's primary key, so concurrent refusals from any
number of workers add to the same row. Refusals of a signed-in account stay audit rows (access.py).
The counts are kept REFUSAL_COUNTS_KEEP_DAYS days; the scheduler's `prune_refusals` job deletes older ones.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from textsupport import clock, db
from textsupport.models import RefusalCount

log = logging.getLogger(__name__)
WEBHOOK_SIGNATURE = "webhook_signature"  # an unsigned or badly signed Twilio webhook
TOO_LARGE = "too_large"  # a body over the limit, refused before it was read
KINDS = (WEBHOOK_SIGNATURE, TOO_LARGE)
_TABLE = RefusalCount.__table__


def _upsert(dialect):
    insert = dialect.insert(_TABLE)
    return insert.on_conflict_do_update(
        index_elements=[_TABLE.c.minute, _TABLE.c.kind, _TABLE.c.source],
        set_={"count": _TABLE.c.count + 1, "last_path": insert.excluded.last_path},
    )


_COUNT = {"postgresql": _upsert(postgresql), "sqlite": _upsert(sqlite)}


def count_now(session: Session, kind: str, source: str | None, path: str) -> None:
    """Add one refusal to this minute's row and commit; a database failure is logged, never raised.

    The request is refused either way: counting must not turn a 403 into a 500.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown refusal kind {kind!r}")
    minute = clock.now().replace(second=0, microsecond=0)
    source = (source or "-")[:45]
    values = {"minute": minute, "kind": kind, "source": source, "count": 1, "last_path": path[:200]}
    try:
        db.begin_write(session)
        connection = session.connection()
        connection.execute(_COUNT[connection.dialect.name], values)
        session.commit()
    except Exception:
        session.rollback()
        log.exception("refused (%s) on %s; the refusal could not be counted", kind, path[:200])


def recent(session: Session, since: datetime, limit: int = 100) -> list[RefusalCount]:
    """The newest per-minute counts since `since`, newest first (the audit log page shows them)."""
    query = select(RefusalCount).where(RefusalCount.minute >= since)
    return list(
        session.scalars(query.order_by(RefusalCount.minute.desc(), RefusalCount.count.desc()).limit(limit))
    )


def total(session: Session, kind: str | None = None) -> int:
    """Every refusal counted so far (of one kind, or all)."""
    query = select(func.coalesce(func.sum(RefusalCount.count), 0))
    if kind is not None:
        query = query.where(RefusalCount.kind == kind)
    return session.scalar(query)


def prune(session: Session, now: datetime, keep_days: int) -> int:
    """Delete the counts of minutes more than `keep_days` days before `now`, commit, return how many.

    A minute exactly `keep_days` days old is kept. Safe to repeat and to run from any process.
    """
    db.begin_write(session)
    cutoff = now - timedelta(days=keep_days)
    deleted = session.execute(delete(RefusalCount).where(RefusalCount.minute < cutoff)).rowcount
    session.commit()
    return deleted
