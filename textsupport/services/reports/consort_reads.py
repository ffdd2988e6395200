"""The CONSORT flow: enrolled to completed, and follow-up per time point; per arm for admins only.

One grouped query over participants for the boxes, one for the withdrawal reasons and one for the
follow-up time points. Each box counts participants enrolled in the scope:

- eligible: eligibility confirmed; consented: eligible with consent recorded; randomised: allocated;
- started the allocated intervention: TAU on randomisation; a texting arm once a welcome or daily
  text was sent; a peer arm once a peer worker is assigned or a reply or contact was logged on one of
  their queue items (PEER_TEXT: either). Stored once, when it happens, as
  participants.intervention_started_at (services/trial/started.py): no probe per participant;
- opted out of texts, withdrawn (either kind), lost to follow-up (still in the study with a
  follow-up not done LOST_AFTER_DAYS after its due date), completed (the end of the programme):
  among the randomised;
- follow-up per time point: due on or before today, and done.

Blinding: with `arms=False` (trial staff) nothing is grouped by arm, so no figure split by arm
leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from textsupport.models import (
    Allocation,
    Arm,
    Assessment,
    AssessmentKind,
    Participant,
    ParticipantStatus,
)
from textsupport.services.reports.scope import Scope, cohort

LOST_AFTER_DAYS = 30
BEFORE_ARMS = ("enrolled", "eligible", "consented")  # nobody has an arm yet: never split
BOXES = (
    "enrolled",
    "eligible",
    "consented",
    "randomised",
    "started",
    "opted_out",
    "withdrawn",
    "lost",
    "completed",
)


@dataclass(frozen=True)
class Count:
    """One box: its total, and per arm (admins only, from randomisation on; else None)."""

    total: int
    by_arm: dict[str, int] | None = None


@dataclass(frozen=True)
class TimePoint:
    """Follow-up at one time point: assessments due by today, and done."""

    kind: str
    due: Count
    done: Count


@dataclass(frozen=True)
class Flow:
    """Every CONSORT box, the withdrawal reasons and follow-up per time point."""

    boxes: dict[str, Count]
    withdrawn_by_reason: list[tuple[str, str, int]]  # (kind, reason, participants)
    follow_up: list[TimePoint]
    arms: bool


def flow(session: Session, scope: Scope, zone: ZoneInfo, today: date, arms: bool) -> Flow:
    """The CONSORT flow of the participants enrolled in `scope`, seen on `today` (local)."""
    randomised = Allocation.id.is_not(None)
    overdue = _overdue(today)
    columns = [
        func.count(),
        func.count().filter(Participant.eligibility_confirmed_at.is_not(None)),
        func.count().filter(
            Participant.eligibility_confirmed_at.is_not(None), Participant.consent_at.is_not(None)
        ),
        func.count(Allocation.id),
        func.count().filter(randomised, Participant.intervention_started_at.is_not(None)),
        func.count().filter(randomised, Participant.sms_opted_out_at.is_not(None)),
        func.count().filter(randomised, Participant.withdrawal_kind.is_not(None)),
        func.count().filter(randomised, Participant.in_study, overdue.c.participant_id.is_not(None)),
        func.count().filter(Participant.status == ParticipantStatus.COMPLETED),
    ]
    key = [Allocation.arm] if arms else []
    rows = _keyed(
        session.execute(
            select(*key, *columns)
            .select_from(Participant)
            .outerjoin(Allocation, Allocation.participant_id == Participant.id)
            .outerjoin(overdue, overdue.c.participant_id == Participant.id)
            .where(*cohort(scope, zone))
            .group_by(*key)
        ),
        arms,
    )
    boxes = {
        name: _count(rows, index + 1, arms and name not in BEFORE_ARMS) for index, name in enumerate(BOXES)
    }
    return Flow(boxes, _reasons(session, scope, zone), _follow_up(session, scope, zone, today, arms), arms)


def lost_to_follow_up(today: date):
    """SQL: a follow-up assessment of the participant is not done LOST_AFTER_DAYS after its due date."""
    return exists().where(Assessment.participant_id == Participant.id, *_overdue_assessment(today))


def _overdue(today: date):
    """The participants lost to follow-up by `today` (in the study or not), once each: one pass over
    the assessments joined to the flow, where an EXISTS per participant cost ~20 ms of the page at
    10,000 participants."""
    return (
        select(Assessment.participant_id)
        .where(*_overdue_assessment(today))
        .group_by(Assessment.participant_id)
        .subquery("overdue")
    )


def _overdue_assessment(today: date) -> list:
    return [
        Assessment.kind != AssessmentKind.BASELINE,
        Assessment.completed_at.is_(None),
        Assessment.due_date <= today - timedelta(days=LOST_AFTER_DAYS),
    ]


def _keyed(rows, arms: bool) -> list[tuple]:
    """Rows as (arm or None, values...), whether or not the query grouped by arm."""
    return [tuple(row) if arms else (None, *row) for row in rows]


def _count(rows, index: int, arms: bool) -> Count:
    total = sum(row[index] for row in rows)
    if not arms:
        return Count(total)
    by_arm = {arm.value: 0 for arm in Arm}
    for row in rows:
        if row[0] is not None:
            by_arm[Arm(row[0]).value] += row[index]
    return Count(total, by_arm)


def _reasons(session: Session, scope: Scope, zone: ZoneInfo) -> list[tuple[str, str, int]]:
    reason = func.trim(Participant.withdrawal_reason)
    rows = session.execute(
        select(Participant.withdrawal_kind, reason, func.count())
        .join(Allocation, Allocation.participant_id == Participant.id)
        .where(Participant.withdrawal_kind.is_not(None), *cohort(scope, zone))
        .group_by(Participant.withdrawal_kind, reason)
        .order_by(func.count().desc(), reason)
    ).all()
    return [(kind.value, text or "", count) for kind, text, count in rows]


def _follow_up(session: Session, scope: Scope, zone: ZoneInfo, today: date, arms: bool) -> list[TimePoint]:
    key = [Allocation.arm] if arms else []
    rows = session.execute(
        select(
            *key,
            func.count().filter(Assessment.due_date <= today),
            func.count().filter(Assessment.completed_at.is_not(None)),
            Assessment.kind,
        )
        .join(Participant, Participant.id == Assessment.participant_id)
        .join(Allocation, Allocation.participant_id == Participant.id)
        .where(*cohort(scope, zone))
        .group_by(Assessment.kind, *key)
    ).all()
    points = []
    for kind in AssessmentKind:
        mine = _keyed([row[:-1] for row in rows if AssessmentKind(row[-1]) is kind], arms)
        points.append(TimePoint(kind.value, _count(mine, 1, arms), _count(mine, 2, arms)))
    return points
