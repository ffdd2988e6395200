"""queue_items.csv: one row per queue item about a participant: level, opened, first response, resolved.

Items about unknown numbers belong to no participant and are not research data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Select, String, case, cast, func, literal, select

from textsupport.models import ItemKind, ItemState, Level, Participant, Pool, QueueEvent, QueueItem
from textsupport.services.export import formats
from textsupport.services.export.files import Column, ExportFile, Kind, choices, raw, values
from textsupport.services.queue.reads import RESPONSES

# The first reply or logged contact: what the SLA waits for (as the queue and workload count it).
FIRST_RESPONSE = (
    select(QueueEvent.item_id, func.min(QueueEvent.at).label("at"))
    .where(QueueEvent.action.in_(RESPONSES))
    .group_by(QueueEvent.item_id)
    .subquery("first_response")
)
_first = FIRST_RESPONSE.c.at


def _sla_met(now: datetime, _today: date):
    """1: answered by its deadline; 0: answered late, or unanswered past it; empty: not due yet."""
    return case(
        (_first <= QueueItem.due_at, 1),
        (_first.is_not(None), 0),
        (QueueItem.due_at <= now, 0),
        else_=None,
    )


COLUMNS = (
    Column("item_id", "Queue item id", (QueueItem.id,), Kind.INTEGER),
    Column("participant_id", "Study id (pseudonymous)", (Participant.study_id,)),
    Column("text_id", "The reply that opened it (texts.text_id)",
           (literal("in-") + cast(QueueItem.inbound_id, String),), note="empty for a staff task"),
    Column("kind", "What it asks of a person", (QueueItem.kind,), Kind.CHOICE, choices(ItemKind)),
    Column("level", "Triage level", (raw(QueueItem.level),), Kind.CHOICE, choices(Level)),
    Column("pool", "Routed to", (raw(QueueItem.pool),), Kind.CHOICE, choices(Pool)),
    Column("state", "State at export", (raw(QueueItem.state),), Kind.CHOICE, choices(ItemState)),
    Column("opened_at", "Opened", (formats.instant(QueueItem.created_at),), Kind.INSTANT),
    Column("due_at", "First response due (the SLA deadline)", (formats.instant(QueueItem.due_at),),
           Kind.INSTANT),
    Column("first_response_at", "First reply or logged contact", (formats.instant(_first),), Kind.INSTANT,
           note="empty while unanswered"),
    Column("escalated_at", "Escalated to supervisors", (formats.instant(QueueItem.escalated_at),),
           Kind.INSTANT),
    Column("resolved_at", "Resolved (latest, if reopened)", (formats.instant(QueueItem.resolved_at),),
           Kind.INSTANT),
    Column("sla_met", "First response by the deadline", (), Kind.YESNO, timed=_sla_met,
           note="empty when unanswered and not yet due at the export time"),
)  # fmt: skip


def statements(columns: Sequence[Column], now: datetime, today: date) -> list[Select]:
    """Every item about a participant, by id."""
    return [
        select(*values(columns, 0, now, today))
        .select_from(QueueItem)
        .join(Participant, Participant.id == QueueItem.participant_id)
        .outerjoin(FIRST_RESPONSE, FIRST_RESPONSE.c.item_id == QueueItem.id)
        .where(Participant.in_trial)  # never a training participant
        .order_by(QueueItem.id)
    ]


FILE = ExportFile("queue_items.csv", "Queue items", COLUMNS, statements, for_rater=False)
