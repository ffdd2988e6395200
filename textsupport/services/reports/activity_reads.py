"""Texts per week (planned, sent, delivered, failed, expired) with the top failure codes, and replies
per week with their triage flags. Texts and replies of participants at the scope's site, grouped by
the local week in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport.models import InboundMessage, Level, OutboundMessage, OutboundStatus, Participant
from textsupport.services.reports.scope import Scope, at_site, local_week, within

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
    week = local_week(session, OutboundMessage.scheduled_for, zone)
    status = OutboundMessage.status
    rows = session.execute(
        select(
            week,
            func.count(),
            func.count(OutboundMessage.sent_at),
            func.count().filter(status == OutboundStatus.DELIVERED),
            func.count().filter(status.in_(FAILED)),
            func.count().filter(status == OutboundStatus.EXPIRED),
        )
        .join(Participant, Participant.id == OutboundMessage.participant_id)
        .where(*within(OutboundMessage.scheduled_for, scope, zone), *at_site(scope))
        .group_by(week)
        .order_by(week)
    ).all()
    return [TextWeek(*row) for row in rows]


def failure_codes(session: Session, scope: Scope, zone: ZoneInfo) -> list[tuple[int, int]]:
    """The commonest error codes of failed and undelivered texts: (code, texts), most first."""
    rows = session.execute(
        select(OutboundMessage.error_code, func.count())
        .join(Participant, Participant.id == OutboundMessage.participant_id)
        .where(
            OutboundMessage.status.in_(FAILED),
            OutboundMessage.error_code.is_not(None),
            *within(OutboundMessage.scheduled_for, scope, zone),
            *at_site(scope),
        )
        .group_by(OutboundMessage.error_code)
        .order_by(func.count().desc(), OutboundMessage.error_code)
        .limit(TOP_CODES)
    ).all()
    return [(code, count) for code, count in rows]


def replies(session: Session, scope: Scope, zone: ZoneInfo) -> list[ReplyWeek]:
    """Replies from participants per local week, with their triage levels."""
    week = local_week(session, InboundMessage.received_at, zone)
    level = InboundMessage.level
    rows = session.execute(
        select(
            week,
            func.count(),
            func.count().filter(level == Level.CRISIS),
            func.count().filter(level == Level.URGENT),
            func.count().filter(level == Level.ROUTINE),
            func.count().filter(level.is_(None)),
        )
        .join(Participant, Participant.id == InboundMessage.participant_id)
        .where(*within(InboundMessage.received_at, scope, zone), *at_site(scope))
        .group_by(week)
        .order_by(week)
    ).all()
    return [ReplyWeek(*row) for row in rows]
