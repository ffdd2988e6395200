"""Share the sender's rate between every dispatcher process through one database row."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import Protocol, TypeVar

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


class _Sized(Protocol):
    segments: int


T = TypeVar("T", bound=_Sized)


def chunks(items: Sequence[T], segments: int) -> list[list[T]]:
    """`items` in order, in groups of at most `segments` segments (a longer one goes alone): each group
    is one reservation, so dispatchers sharing the pacer take the rate in small interleaved windows."""
    parts: list[list[T]] = []
    size = 0
    for item in items:
        if not parts or size + item.segments > segments:
            parts.append([])
            size = 0
        parts[-1].append(item)
        size += item.segments
    return parts


class Waiting:
    """How many of a dispatcher's texts have a slot and have not reached it yet (thread-safe)."""

    def __init__(self) -> None:
        self._count = 0
        self._changed = threading.Condition()

    def add(self, count: int) -> None:
        with self._changed:
            self._count += count

    def reached(self) -> None:
        """One text reached its slot (or was told to stop waiting)."""
        with self._changed:
            self._count -= 1
            self._changed.notify_all()

    def at_most(self, count: int, stop: threading.Event) -> None:
        """Block until at most `count` texts wait, or `stop` is set."""
        with self._changed:
            while self._count > count and not stop.is_set():
                self._changed.wait(0.1)
