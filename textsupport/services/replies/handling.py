"""One reply's transaction: a plain Core connection and the reply's audit trail, no ORM unit of work.

The webhook, the spool's replay and the backstop handle every reply in one of these (inbound.receive).
Each statement goes out as it is made and the commit is the connection's own: no session to set up,
no identity map, no flush. The one rule that reads staff as ORM objects (a peer's training and crisis
count, routing.routed) gets a session joined to this same transaction, made only when a reply's
routing gets that far.

On PostgreSQL the reply's own inserts wait and go out together: the reply (insert-or-ignore on its
MessageSid), its queue item with the item's first event, and the audit trail are one statement, data-
modifying CTEs each inserting from the one before (`WITH reply AS (INSERT ... ON CONFLICT DO NOTHING
RETURNING id), new_item AS (INSERT ... SELECT ... FROM reply ...), ...`), so a repeat of a MessageSid
inserts none of them. They are sent at the end, or as soon as anything else uses the connection (a
STOP's update, an auto-reply, an on-call alert), so every other statement runs after the reply is
stored, as before. A routine reply is then four round trips besides the pool's pre-ping (BEGIN, the
sender read, this statement, COMMIT) where it was six. SQLite has no data-modifying CTE: there each
insert goes out as it is made.
"""

from __future__ import annotations

import functools
import json
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Connection, Engine, Text, bindparam, cast, func, insert, null, select, true
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from textsupport.models import AuditEntry, AuditOutcome, InboundMessage, QueueEvent, QueueItem
from textsupport.prepared import Prepared
from textsupport.services.staff import audit

# The queued step's target in a trail written with its item (PostgreSQL): the statement that makes the
# item puts the item's id in its place. Random per process, so no text of a step can hold it.
PENDING_ITEM = f"pending-{secrets.token_hex(16)}"

_INBOUND = InboundMessage.__table__
_ITEMS = QueueItem.__table__
_EVENTS = QueueEvent.__table__
_AUDIT = AuditEntry.__table__
REPLY_COLUMNS = ("provider_sid", "participant_id", "from_phone", "to_phone", "body", "num_media",
                 "received_at", "arrival", "stored_at", "level", "keyword", "reasons", "extra")  # fmt: skip
# The item's inbound_id is the reply's; the event's item_id, the item's; the trail's data, below.
ITEM_COLUMNS = ("participant_id", "kind", "level", "reasons", "pool", "assignee_id", "state", "due_at",
                "created_at")  # fmt: skip
EVENT_COLUMNS = ("at", "action", "data")
TRAIL_COLUMNS = ("at", "action", "outcome", "target_type", "target_id", "detail")

# SQLite: one statement each, built once, run on the DB-API connection (prepared.py: on SQLite they
# run while the write lock is held, and SQLAlchemy's execution context cost more than the inserts).
_STORE_REPLY = Prepared(sqlite.insert(_INBOUND).on_conflict_do_nothing().returning(_INBOUND.c.id))
_INSERT_ITEM = Prepared(insert(_ITEMS).returning(_ITEMS.c.id))
_INSERT_EVENT = Prepared(insert(_EVENTS))
_INSERT_TRAIL = Prepared(insert(_AUDIT))


def _param(table, column: str, prefix: str = ""):
    return bindparam(f"{prefix}{column}", type_=table.c[column].type)


def _item_cte(inbound_id, source):
    """The item inserted from `source` (a CTE or nothing), with the reply's id, as a CTE."""
    values = select(*(_param(_ITEMS, name, "item_") for name in ITEM_COLUMNS), inbound_id)
    values = values.select_from(source) if source is not None else values
    made = insert(_ITEMS).from_select((*ITEM_COLUMNS, "inbound_id"), values).returning(_ITEMS.c.id)
    return made.cte("new_item")


def _event_cte(item):
    values = select(item.c.id, *(_param(_EVENTS, name, "event_") for name in EVENT_COLUMNS))
    return insert(_EVENTS).from_select(("item_id", *EVENT_COLUMNS), values).cte("opened")


def _trail_cte(source, item):
    """The audit entry inserted from `source`; with an item, the queued step's target gets its id."""
    if item is None:
        data = _param(_AUDIT, "data", "trail_")
    else:
        filled = func.replace(bindparam("trail_data_text", type_=Text), PENDING_ITEM, cast(item.c.id, Text))
        data = cast(filled, JSON)
    values = select(*(_param(_AUDIT, name, "trail_") for name in TRAIL_COLUMNS), data).select_from(source)
    return insert(_AUDIT).from_select((*TRAIL_COLUMNS, "data"), values).cte("trail")


def _folded(with_item: bool, with_trail: bool):
    """PostgreSQL: the reply, and its item and event and/or its audit entry, as one statement returning
    (reply id, item id), or no row when the MessageSid was stored before."""
    reply = (
        postgresql.insert(_INBOUND)
        .values({name: _param(_INBOUND, name) for name in REPLY_COLUMNS})
        .on_conflict_do_nothing()
        .returning(_INBOUND.c.id)
        .cte("reply")
    )
    item = _item_cte(reply.c.id, reply) if with_item else None
    ctes = [_event_cte(item)] if item is not None else []
    if with_trail:
        ctes.append(_trail_cte(item if item is not None else reply, item))
    if item is None:
        return select(reply.c.id, null()).add_cte(*ctes)
    return select(reply.c.id, item.c.id).select_from(reply.outerjoin(item, true())).add_cte(*ctes)


_FOLDED = {(item, trail): Prepared(_folded(item, trail)) for item in (False, True) for trail in (False, True)}
# PostgreSQL, once the reply is sent: an item and its first event in one statement.
_ITEM = _item_cte(bindparam("inbound_id", type_=_ITEMS.c.inbound_id.type), None)
_ITEM_WITH_EVENT = select(_ITEM.c.id).add_cte(_event_cte(_ITEM))


class AlreadyStored(Exception):  # noqa: N818 (a state, not a bug)
    """The reply's MessageSid was stored before: its pending inserts inserted nothing. Nothing to do."""


@dataclass
class _Pending:
    """PostgreSQL: the reply's inserts not yet sent (column values; an item's event prefixed event_)."""

    reply: dict[str, Any]
    item: dict[str, Any] | None = None
    trail: dict[str, Any] | None = None


@dataclass
class Handling:
    """The connection in its transaction, the reply's one instant, and its audit trail once it is stored.

    `now` is when this reply is handled, read once (inbound.receive): its stored and received time, its
    item's, its auto-reply's and its audit entry's, so every row of one reply carries the same instant.
    """

    _connection: Connection
    now: datetime
    trail: audit.Trail | None = None
    reply_id: int | None = None  # the stored reply's id, once its insert has gone out
    item_id: int | None = None  # the id of the item opened for it, once its insert has gone out
    ahead: Any = None  # what `transaction`'s `ahead` read before the write lock (SQLite), else None
    _reads: Session | None = None
    _pending: _Pending | None = None

    @property
    def connection(self) -> Connection:
        """The transaction's connection; the reply's pending inserts go out first, so what follows sees them.

        Raises AlreadyStored when they find the MessageSid stored before.
        """
        self.send()
        return self._connection

    def reads(self) -> Session:
        """An ORM session on this connection and transaction (it never commits or rolls back either).

        Its reads (staff, their training and items) never need the reply's pending inserts.
        """
        if self._reads is None:
            self._reads = Session(bind=self._connection, autoflush=False)
        return self._reads

    def store(self, reply: dict[str, Any]) -> bool:
        """Insert-or-ignore the reply by MessageSid; False when it was stored before.

        On PostgreSQL the insert waits for what hangs on it (True then; a repeat raises AlreadyStored
        when it goes out).
        """
        if self._connection.dialect.name == "postgresql":
            self._pending = _Pending(reply)
            return True
        stored = _STORE_REPLY.execute(self._connection, reply).fetchone()
        self.reply_id = stored[0] if stored else None
        return self.reply_id is not None

    def open_item(self, item: dict[str, Any], event: dict[str, Any]) -> int | str:
        """Insert the reply's queue item and its first event; the item's id, or PENDING_ITEM while it
        waits to go out with the reply (`queued_item` sends it)."""
        if self._pending is not None and self._pending.item is None:
            self._pending.item = _prefixed(item, "item_") | _prefixed(event, "event_")
            return PENDING_ITEM
        connection = self.connection
        if connection.dialect.name == "postgresql":
            values = _prefixed(item, "item_") | _prefixed(event, "event_") | {"inbound_id": self.reply_id}
            self.item_id = connection.execute(_ITEM_WITH_EVENT, values).scalar_one()
        else:
            made = _INSERT_ITEM.execute(connection, item | {"inbound_id": self.reply_id})
            self.item_id = made.fetchone()[0]
            _INSERT_EVENT.execute(connection, event | {"item_id": self.item_id})
        return self.item_id

    def queued_item(self) -> int:
        """The id of the item opened for this reply (its pending inserts go out first)."""
        self.send()
        if self.item_id is None:
            raise RuntimeError("no item opened for this reply")
        return self.item_id

    def step(self, action: str, outcome: AuditOutcome, **kwargs: Any) -> None:
        """Add one step to the reply's trail (opened when the reply was stored)."""
        if self.trail is None:
            raise RuntimeError("no reply stored yet: nothing to audit the step against")
        self.trail.step(action, outcome, **kwargs)

    def write_trail(self) -> None:
        """Write the trail as the reply's one audit entry, inside the transaction (on PostgreSQL with the
        reply's pending inserts, if any), then send whatever is pending."""
        if self.trail is not None:
            if self._pending is not None:
                self._pending.trail = audit.trail_entry(self.trail, self.now)
            else:
                _INSERT_TRAIL.execute(self._connection, audit.trail_entry(self.trail, self.now))
            self.trail = None
        self.send()

    def send(self) -> None:
        """Send the reply's pending inserts as one statement (PostgreSQL); AlreadyStored on a repeat."""
        pending, self._pending = self._pending, None
        if pending is None:
            return
        values = dict(pending.reply)
        if pending.item is not None:
            values |= pending.item
        if pending.trail is not None:
            values |= _prefixed(pending.trail, "trail_")
            if pending.item is not None:
                values["trail_data_text"] = json.dumps(values.pop("trail_data"))
        statement = _FOLDED[(pending.item is not None, pending.trail is not None)]
        row = statement.execute(self._connection, values).fetchone()
        if row is None:
            raise AlreadyStored()
        self.reply_id = row[0]
        if pending.item is not None:
            self.item_id = row[1]
            if self.trail is not None:  # sent before the trail: its queued step gets the id here
                self.trail.fill(f"queue_item:{PENDING_ITEM}", f"queue_item:{self.item_id}")


def _prefixed(values: dict[str, Any], prefix: str) -> dict[str, Any]:
    """The values named for their place in a folded statement (the reply's and its item's columns share
    names)."""
    return {f"{prefix}{name}": value for name, value in values.items()}


@functools.lru_cache(maxsize=16)
def _immediate(engine: Engine) -> Engine:
    """`engine` with sqlite_immediate set, made once: its connections begin IMMEDIATE on SQLite without
    setting the option (and running its event) on each connection, every reply."""
    return engine.execution_options(sqlite_immediate=True)


@contextmanager
def transaction(
    engine: Engine, now: datetime, ahead: Callable[[Connection], Any] | None = None
) -> Iterator[Handling]:
    """One transaction ready to write, committed when the block ends, rolled back if it raises.

    On SQLite it begins IMMEDIATE (the write lock before the first read, db._sqlite_on_begin), so two
    processes serialise instead of acting on a stale snapshot; PostgreSQL relies on row locks and
    unique constraints.

    `ahead` runs on SQLite only, on the same connection before the write lock is taken (its reads go to
    the DB-API connection, each in a snapshot of its own, holding no lock), and what it returns is the
    Handling's `ahead`: work done there is not done while every other writer waits. What it read may be
    stale by the time the lock is taken, so the caller checks it against what it reads inside.
    """
    with _immediate(engine).connect() as connection:
        work = Handling(connection, now)
        if ahead is not None and connection.dialect.name == "sqlite":
            work.ahead = ahead(connection)
        try:
            with connection.begin():
                yield work
        finally:
            if work._reads is not None:
                work._reads.close()
