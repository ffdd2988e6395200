"""One reply's transaction: a plain Core connection and the reply's audit trail, no ORM unit of work.

The webhook, the spool's replay and the backstop handle every reply in one of these (inbound.receive).
Each statement goes out as it is made and the commit is the connection's own: no session to set up,
no identity map, no flush. The one rule that reads staff as ORM objects (a peer's training and crisis
count, routing.routed) gets a session joined to this same transaction, made only when a reply's
routing gets that far.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from textsupport.models import AuditOutcome
from textsupport.services.staff import audit


@dataclass
class Handling:
    """The connection in its transaction, and the reply's audit trail once the reply is stored."""

    connection: Connection
    trail: audit.Trail | None = None
    _reads: Session | None = None

    def reads(self) -> Session:
        """An ORM session on this connection and transaction (it never commits or rolls back either)."""
        if self._reads is None:
            self._reads = Session(bind=self.connection, autoflush=False)
        return self._reads

    def step(self, action: str, outcome: AuditOutcome, **kwargs: Any) -> None:
        """Add one step to the reply's trail (opened when the reply was stored)."""
        if self.trail is None:
            raise RuntimeError("no reply stored yet: nothing to audit the step against")
        self.trail.step(action, outcome, **kwargs)

    def write_trail(self) -> None:
        """Write the trail as the reply's one audit entry, inside the transaction."""
        if self.trail is not None:
            audit.write_trail(self.connection, self.trail)
            self.trail = None


@contextmanager
def transaction(engine: Engine) -> Iterator[Handling]:
    """One transaction ready to write, committed when the block ends, rolled back if it raises.

    On SQLite it begins IMMEDIATE (the write lock before the first read, db._sqlite_on_begin), so two
    processes serialise instead of acting on a stale snapshot; PostgreSQL relies on row locks and
    unique constraints.
    """
    with engine.connect() as connection:
        connection.execution_options(sqlite_immediate=True)
        work = Handling(connection)
        try:
            with connection.begin():
                yield work
        finally:
            if work._reads is not None:
                work._reads.close()
