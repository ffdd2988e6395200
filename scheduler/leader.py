"""Leadership between scheduler processes: a PostgreSQL advisory lock held on its own connection.

Only the leader runs jobs; a standby keeps trying and takes over as soon as the leader's
connection dies (the database frees the lock). On SQLite every scheduler leads: uniqueness in
the database already makes a second one harmless.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Engine, text

log = logging.getLogger("scheduler")
LOCK_KEY = 7_406_531_337  # any fixed bigint shared by every textsupport scheduler


class Leadership:
    """Whether this process may run jobs now."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection = None
        self._lock = threading.Lock()  # jobs run on several threads; one of them asks at a time
        self.leading = engine.dialect.name != "postgresql"

    def check(self) -> bool:
        """Keep or try to take the lead; True while this process leads."""
        if self._engine.dialect.name != "postgresql":
            return True
        with self._lock:
            return self._check()

    def _check(self) -> bool:
        try:
            if self._connection is None:
                self._connection = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            if not self.leading:
                self.leading = bool(
                    self._connection.execute(
                        text("SELECT pg_try_advisory_lock(:k)"), {"k": LOCK_KEY}
                    ).scalar()
                )
                if self.leading:
                    log.info("scheduler is now the leader")
            else:
                self._connection.execute(text("SELECT 1"))  # still connected, so still holding the lock
        except Exception:
            log.exception("scheduler lost its database connection; standing by")
            self.release()
        return self.leading

    def release(self) -> None:
        """Give up the lead (closing the connection frees the lock)."""
        self.leading = self._engine.dialect.name != "postgresql" and self.leading
        if self._connection is not None:
            try:
                # Invalidate, not close: a pooled connection would keep the session, and the lock, alive.
                self._connection.invalidate()
            except Exception:
                log.debug("closing the leadership connection failed", exc_info=True)
            self._connection = None
