"""Share the sender's rate between every dispatcher process through one database row."""

from __future__ import annotations

import time

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from textsupport import db
from textsupport.models import SendPacer

SENDER = "twilio"


def reserve(session: Session, segments: int, mps: float, sender: str = SENDER) -> float:
    """Reserve `segments` of sending capacity; returns the Unix time the window starts.

    The window runs from the returned time for segments / mps seconds. Windows reserved by
    different processes never overlap, so together they keep to the sender's rate.
    """
    db.begin_write(session)
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(insert(SendPacer).values(name=sender, next_at=0.0).on_conflict_do_nothing())
    pacer = session.scalar(select(SendPacer).where(SendPacer.name == sender).with_for_update())
    start = max(pacer.next_at, time.time())
    pacer.next_at = start + segments / mps
    session.commit()
    return start
