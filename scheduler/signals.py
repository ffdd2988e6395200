"""Wait for SIGTERM or SIGINT without a Python signal handler, so stopping never deadlocks.

A handler runs between two bytecodes of the main thread, possibly while that thread holds a lock
(an Event's, a scheduler's, a connection pool's) that the handler then wants: an intermittent hang
on SIGTERM. Instead the signals are blocked in every thread (call `block` before any thread
starts: threads inherit the mask) and the main thread takes them with sigtimedwait, then stops the
workers from ordinary code.
"""

from __future__ import annotations

import signal
from collections.abc import Callable

STOP_SIGNALS = {signal.SIGTERM, signal.SIGINT}


def block() -> None:
    """Keep SIGTERM and SIGINT pending for `wait`; call before starting any thread."""
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)


def wait(alive: Callable[[], bool]) -> str | None:
    """Wait for a stop signal while `alive()`; its name, or None when the workers ended by themselves."""
    while alive():
        received = signal.sigtimedwait(STOP_SIGNALS, 1.0)
        if received is not None:
            return signal.Signals(received.si_signo).name
    return None
