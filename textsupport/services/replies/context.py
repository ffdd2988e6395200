"""Who sent a reply, and the context it is read in: the last text we sent that phone within 24 hours.

Both come from one statement, read inside the webhook's write transaction (DOMAIN section 3), as plain
rows on its Core connection: the sender is the few columns handling needs, never an ORM object. On
SQLite the last text is also read alone before the write lock (read_last), to triage the reply there.
"""

from __future__ import annotations

import functools
from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, func, select, true

from textsupport import phones, triage
from textsupport.models import (
    Allocation,
    InboundMessage,
    OutboundKind,
    OutboundMessage,
    Participant,
    StaffUser,
)
from textsupport.prepared import Prepared
from textsupport.services.replies import routing

WINDOW = timedelta(hours=24)  # an older text is no longer what the reply answers

# The newest text sent to anyone enrolled with this phone inside the window (staff notifications are
# not texts to the participant), as a one-row table the sender's query joins. Driven from the phone's
# owners (ix_participants_phone) into ix_outbound_messages_participant_id_scheduled_for, so it reads
# their texts only, never the whole table.
_OWNERS = select(Participant.id).where(Participant.phone == bindparam("phone"))
_LAST_SENT_ROW = (
    select(OutboundMessage.kind, OutboundMessage.body)
    .where(
        OutboundMessage.participant_id.in_(_OWNERS),
        OutboundMessage.kind != OutboundKind.NOTIFICATION,
        OutboundMessage.sent_at > bindparam("since"),
        OutboundMessage.sent_at <= bindparam("at"),
    )
    .order_by(OutboundMessage.sent_at.desc(), OutboundMessage.id.desc())
    .limit(1)
)
_LAST_SENT = _LAST_SENT_ROW.subquery("last_sent")
_READ_LAST = Prepared(_LAST_SENT_ROW)  # the context alone, read before the write lock (read_last)
# Everyone enrolled with the phone, each with their arm, peer availability and latest reply, and the
# last text sent (the same on every row): built once, bound per request (on SQLite, run on the DB-API
# connection: it is read while the write lock is held, prepared.py).
_SENDER = (
    select(
        *(getattr(Participant, name) for name in routing.ENROLLED_COLUMNS),
        Allocation.arm,
        StaffUser.is_active,
        StaffUser.on_shift,
        select(func.max(InboundMessage.received_at))
        .where(InboundMessage.participant_id == Participant.id)
        .correlate(Participant)
        .scalar_subquery(),
        _LAST_SENT.c.kind,
        _LAST_SENT.c.body,
    )
    .outerjoin(Allocation, Allocation.participant_id == Participant.id)
    .outerjoin(StaffUser, StaffUser.id == Participant.peer_worker_id)
    .outerjoin(_LAST_SENT, true())
    .where(Participant.phone == bindparam("phone"))
)
_READ_SENDER = Prepared(_SENDER)
_COLUMNS = len(routing.ENROLLED_COLUMNS)
_normalise = functools.lru_cache(maxsize=4096)(phones.normalise)  # pure; a refused number is not cached


def read_last(connection: Connection, sender: str, at: datetime) -> triage.Context | None:
    """The last text we sent this phone within WINDOW before `at`, as `read` gives it, alone.

    On SQLite the webhook reads it on its connection before taking the write lock, to triage the reply
    meanwhile (inbound.receive); `read` inside the lock says whether it still holds.
    """
    try:
        phone = _normalise(sender)
    except phones.PhoneError:
        return None
    rows = _READ_LAST.rows(connection, {"phone": phone, "since": at - WINDOW, "at": at})
    return _context(*rows[0]) if rows else None


def _context(kind, body) -> triage.Context | None:
    return triage.Context(str(kind), body) if kind is not None else None


def read(connection: Connection, sender: str, at: datetime) -> tuple[routing.Sender, triage.Context | None]:
    """Inside the caller's transaction: who sent from this phone, and the last text we sent it within
    WINDOW before `at` (triage's context; None when there is none or nobody is enrolled with it).

    The sender is the one participant who owns the phone; unknown when nobody does or it is shared. A
    shared phone (two participants, whatever their status) is never attributed to either; its owners
    are kept so a STOP or START still applies to the number.
    """
    try:
        phone = _normalise(sender)
    except phones.PhoneError:
        return routing.Sender(None), None
    rows = _READ_SENDER.rows(connection, {"phone": phone, "since": at - WINDOW, "at": at})
    last = _context(*rows[0][-2:]) if rows else None
    enrolled = tuple(routing.Enrolled(*row[:_COLUMNS]) for row in rows)
    if len(rows) != 1:
        return routing.Sender(None, owners=enrolled), last
    arm, peer_active, peer_on_shift, last_reply_at = rows[0][_COLUMNS : _COLUMNS + 4]
    available = bool(peer_active and peer_on_shift)
    return routing.Sender(enrolled[0], arm, available, last_reply_at, enrolled), last
