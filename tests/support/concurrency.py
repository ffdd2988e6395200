"""Press the same button from several people at the same instant, each on their own connection."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


def at_once(app, press: Callable[[Any, Any], Any], args: list) -> list:
    """Run press(session, arg) for each arg in its own thread and session, released together.

    Each result is what press returned, or the exception it raised.
    """
    barrier = threading.Barrier(len(args))
    results: list = [None] * len(args)

    def run(index: int, arg) -> None:
        with app.app_context(), app.extensions["textsupport.db"].sessionmaker() as own:
            barrier.wait()
            try:
                results[index] = press(own, arg)
            except Exception as error:  # noqa: BLE001 (the caller asserts on it)
                results[index] = error

    threads = [threading.Thread(target=run, args=(i, arg)) for i, arg in enumerate(args)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results
