"""Share the sender's rate between every dispatcher process through one database row."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Generic, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from textsupport import db
from textsupport.models import SendPacer

SENDER = "twilio"


def reserve(
    session: Session, segments: int, mps: float, sender: str = SENDER, now: float | None = None
) -> float:
    """Reserve `segments` of sending capacity; returns the Unix time the window starts.

    The window runs from the returned time for segments / mps seconds. Windows reserved by
    different processes never overlap, so together they keep to the sender's rate. Capacity nobody
    reserved is never banked: a window starts no earlier than `now` (the time, by default).
    """
    db.begin_write(session)
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(insert(SendPacer).values(name=sender, next_at=0.0).on_conflict_do_nothing())
    pacer = session.scalar(select(SendPacer).where(SendPacer.name == sender).with_for_update())
    start = max(pacer.next_at, time.time() if now is None else now)
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


class WallClock:
    """The time a dispatcher paces by, and its waits; tests give `dispatch` a virtual one instead.

    Every wait that depends on other sending threads (`wait_until`) goes through `condition`, so a
    virtual clock can tell when every thread is waiting and only then move time on.
    """

    def __init__(self) -> None:
        self.condition = threading.Condition()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float, stop: threading.Event) -> bool:
        """Sleep `seconds`; False when `stop` was set first."""
        return not stop.wait(max(0.0, seconds))

    def wait_until(self, ready: Callable[[], bool], stop: threading.Event) -> None:
        """Block until `ready()` (checked under `condition`, whose holders notify it) or `stop` is set."""
        with self.condition:
            while not ready() and not stop.is_set():
                self.condition.wait(0.1)

    def pool(self, workers: int) -> Executor:
        """The sending threads, whose waits this clock times."""
        return ThreadPoolExecutor(max_workers=workers)


class Clock(Protocol):
    condition: threading.Condition

    def time(self) -> float: ...
    def sleep(self, seconds: float, stop: threading.Event) -> bool: ...
    def wait_until(self, ready: Callable[[], bool], stop: threading.Event) -> None: ...
    def pool(self, workers: int) -> Executor: ...


class Waiting:
    """How many of a dispatcher's texts have a slot and have not yet gone or given it up (thread-safe)."""

    def __init__(self, clock: Clock) -> None:
        self._count = 0
        self._clock = clock

    def add(self, count: int) -> None:
        with self._clock.condition:
            self._count += count

    def reached(self) -> None:
        """One text reached its slot and went, or gave the slot up (late, or told to stop)."""
        with self._clock.condition:
            self._count -= 1
            self._clock.condition.notify_all()

    def at_most(self, count: int, stop: threading.Event) -> None:
        """Block until at most `count` texts wait, or `stop` is set."""
        self._clock.wait_until(lambda: self._count <= count, stop)


class Late(Generic[T]):
    """Claimed texts that gave up their slot because they could not go on time (thread-safe).

    They stay claimed (`sending`): the dispatcher gives them a slot in its next window, before
    anything newer. Sending them late instead would put them on top of the texts already paced
    in the window they land in: a burst over the sender's rate.
    """

    def __init__(self) -> None:
        self._jobs: list[tuple[float, T]] = []
        self._given_up: Counter[T] = Counter()  # slots each text gave up
        self._lock = threading.Lock()

    def add(self, job: T, slot: float) -> int:
        """`job` gave up `slot`; returns how many slots it has given up."""
        with self._lock:
            self._jobs.append((slot, job))
            self._given_up[job] += 1
            return self._given_up[job]

    def forget(self, job: T) -> None:
        """`job` leaves this dispatcher (handed back unsent): it gets no new slot here."""
        with self._lock:
            self._jobs = [(slot, other) for slot, other in self._jobs if other != job]
            del self._given_up[job]

    def pending(self) -> bool:
        with self._lock:
            return bool(self._jobs)

    def take(self) -> list[T]:
        """Every text given back so far, in the order of the slots they gave up; none stays here."""
        with self._lock:
            jobs, self._jobs = self._jobs, []
        return [job for _slot, job in sorted(jobs, key=lambda pair: pair[0])]
