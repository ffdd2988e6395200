"""Progress of long command-line work (plan, dispatch, allocations import, export) on stderr.

Quick work says nothing: lines start only once the work has taken more than `after` seconds, so a
pilot's nightly `plan` stays quiet while a province's backlog shows it is moving. The command's JSON
report stays the last line on stdout; progress never goes there, and never carries message text.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

AFTER = 1.0  # seconds of silence before the first line
ROWS_EVERY = 100_000  # a row count is told at each multiple of this


class Progress:
    """Tells `say` how far the work has got, once it has been running for more than a moment."""

    def __init__(self, say: Callable[[str], None] | None = None) -> None:
        self.say, self.started = say, time.monotonic()
        self.next_rows = ROWS_EVERY

    @classmethod
    def to_stderr(cls) -> Progress:
        """Progress for a command: each line on stderr."""
        return cls(lambda line: print(line, file=sys.stderr, flush=True))

    def slow(self) -> bool:
        return self.say is not None and time.monotonic() - self.started > AFTER

    def note(self, line: str) -> None:
        """Say `line` if the work has become slow."""
        if self.slow():
            self.say(line)

    def rows(self, name: str, count: int) -> None:
        """A running row count, told at each multiple of ROWS_EVERY."""
        if count >= self.next_rows:
            self.next_rows = count - count % ROWS_EVERY + ROWS_EVERY
            self.note(f"{name}: {count:,} rows so far")

    def done(self, name: str, count: int) -> None:
        """The end of one part, with its row count."""
        self.next_rows = ROWS_EVERY
        self.note(f"{name}: {count:,} rows, done")


SILENT = Progress()
