"""A virtual clock for the dispatcher's pacing: time moves only when every thread it knows waits.

`dispatch(..., timing=VirtualClock(...))` runs on real threads (its own pool, below) against a real
database, but every wait the dispatcher makes goes through the clock. The clock counts the threads
that are running; when none is, and no waiting thread is ready to go on, it jumps to the earliest
deadline. So a text sent at its slot is sent at exactly its slot, whatever the machine is doing,
and a test can hold threads for a stretch of virtual time (`sleep`) to stand for a starved process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future

REAL_SECONDS = 60.0  # a thread waiting this long in real time with nothing to wake it: a deadlock


class VirtualClock:
    def __init__(self, start: float) -> None:
        self.condition = threading.Condition()
        self._now = start
        self._running = 1  # the thread that calls dispatch
        self._waiting: list[tuple[Callable[[], bool], float | None, threading.Event]] = []

    def time(self) -> float:
        with self.condition:
            return self._now

    def sleep(self, seconds: float, stop: threading.Event) -> bool:
        with self.condition:
            deadline = self._now + max(0.0, seconds)
            self._block(lambda: self._now >= deadline, deadline, stop)
            return not stop.is_set()

    def wait_until(self, ready: Callable[[], bool], stop: threading.Event) -> None:
        with self.condition:
            self._block(ready, None, stop)

    def pool(self, workers: int) -> VirtualPool:
        return VirtualPool(self)

    def _block(self, ready: Callable[[], bool], deadline: float | None, stop: threading.Event) -> None:
        waiter = (ready, deadline, stop)
        self._waiting.append(waiter)
        self._running -= 1
        try:
            while not ready() and not stop.is_set():
                self._advance_if_idle()
                if ready() or stop.is_set():
                    break
                if not self.condition.wait(REAL_SECONDS):
                    raise AssertionError("virtual clock: every thread waits and nothing can wake one")
        finally:
            self._waiting.remove(waiter)
            self._running += 1

    def started(self) -> None:
        with self.condition:
            self._running += 1

    def finished(self) -> None:
        with self.condition:
            self._running -= 1
            self._advance_if_idle()
            self.condition.notify_all()

    def _advance_if_idle(self) -> None:
        """Under `condition`: with no thread running and none ready, jump to the earliest deadline."""
        if self._running > 0 or any(ready() or stop.is_set() for ready, _, stop in self._waiting):
            return
        deadlines = [deadline for _, deadline, _ in self._waiting if deadline is not None]
        if deadlines:
            self._now = max(self._now, min(deadlines))
            self.condition.notify_all()


class VirtualPool:
    """A thread per submitted call, each counted by the clock as running until it waits or ends."""

    def __init__(self, clock: VirtualClock) -> None:
        self._clock = clock
        self._threads: list[threading.Thread] = []
        self._open = 0

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        self._clock.started()
        with self._clock.condition:
            self._open += 1

        def run() -> None:
            try:
                future.set_result(fn(*args))
            except BaseException as error:  # noqa: BLE001 (kept on the future, as an executor does)
                future.set_exception(error)
            finally:
                with self._clock.condition:
                    self._open -= 1
                self._clock.finished()

        thread = threading.Thread(target=run, daemon=True)
        self._threads.append(thread)
        thread.start()
        return future

    def __enter__(self) -> VirtualPool:
        return self

    def __exit__(self, *_exc) -> None:
        self._clock.wait_until(lambda: self._open == 0, threading.Event())
        for thread in self._threads:
            thread.join()
