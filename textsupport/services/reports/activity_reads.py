"""Texts per week (planned, sent, delivered, failed, expired) with the top failure codes, and replies
per week with their triage flags. Texts and replies of participants at the scope's site, grouped by
the local week in SQL (weeks.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport.models import InboundMessage, Level, OutboundMessage, OutboundStatus
from textsupport.services.reports import weeks
from textsupport.services.reports.scope import Scope, of_participants, within

TOP_CODES = 5
FAILED = (OutboundStatus.FAILED, OutboundStatus.UNDELIVERED)


@dataclass(frozen=True)
class TextWeek:
    """Texts scheduled in one local week: every one planned, and how far they got."""

    week: str
    planned: int
    sent: int
    delivered: int
    failed: int  # failed or undelivered
    expired: int


@dataclass(frozen=True)
class ReplyWeek:
    """Replies received in one local week, and how triage flagged them."""

    week: str
    replies: int
    crisis: int
    urgent: int
    routine: int
    unflagged: int  # keywords (STOP, HELP...) and anything never classified


def texts(session: Session, scope: Scope, zone: ZoneInfo) -> list[TextWeek]:
    """Texts to participants per local week of their scheduled time."""
    span = weeks.covering(session, OutboundMessage.scheduled_for, scope, zone)
    if span is None:
        return []
    week = span.bucket(session, OutboundMessage.scheduled_for)
    status = OutboundMessage.status
    query = of_participants(select(), OutboundMessage.participant_id, scope)
    rows = session.execute(
        query.add_columns(
            week,
            func.count(),
            func.count(OutboundMessage.sent_at),
            func.count().filter(status == OutboundStatus.DELIVERED),
            func.count().filter(status.in_(FAILED)),
            func.count().filter(status == OutboundStatus.EXPIRED),
        )
        .where(*within(OutboundMessage.scheduled_for, scope, zone))
        .group_by(week)
        .order_by(week)
    ).all()
    return [TextWeek(span.label(number), *counts) for number, *counts in rows]


def failure_codes(session: Session, scope: Scope, zone: ZoneInfo) -> list[tuple[int, int]]:
    """The commonest error codes of failed and undelivered texts: (code, texts), most first."""
    query = of_participants(
        select(OutboundMessage.error_code, func.count()), OutboundMessage.participant_id, scope
    )
    rows = session.execute(
        query.where(
            OutboundMessage.status.in_(FAILED),
            OutboundMessage.error_code.is_not(None),
            *within(OutboundMessage.scheduled_for, scope, zone),
        )
        .group_by(OutboundMessage.error_code)
        .order_by(func.count().desc(), OutboundMessage.error_code)
        .limit(TOP_CODES)
    ).all()
    return [(code, count) for code, count in rows]


def replies(session: Session, scope: Scope, zone: ZoneInfo) -> list[ReplyWeek]:
    """Replies from participants per local week, with their triage levels."""
    span = weeks.covering(session, InboundMessage.received_at, scope, zone)
    if span is None:
        return []
    week = span.bucket(session, InboundMessage.received_at)
    level = InboundMessage.level
    query = of_participants(select(), InboundMessage.participant_id, scope)
    rows = session.execute(
        query.add_columns(
            week,
            func.count(),
            func.count().filter(level == Level.CRISIS),
            func.count().filter(level == Level.URGENT),
            func.count().filter(level == Level.ROUTINE),
            func.count().filter(level.is_(None)),
        )
        .where(*within(InboundMessage.received_at, scope, zone))
        .group_by(week)
        .order_by(week)
    ).all()
    return [ReplyWeek(span.label(number), *counts) for number, *counts in rows]
