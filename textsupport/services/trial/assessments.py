"""Research follow-up: schedule assessments for every arm, list raters' tasks, record completion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from textsupport import clock, csv_safety, db
from textsupport.models import Assessment, AssessmentKind, AuditOutcome, Participant
from textsupport.services.staff import audit

HORIZON_DAYS = 14  # raters see assessments due within this many days, and every overdue one


class AssessmentError(ValueError):
    """The assessment cannot be recorded as asked."""


def schedule(
    session: Session, participant: Participant, randomized_at: datetime, offsets: dict[str, int]
) -> None:
    """Inside the caller's transaction: add one assessment per configured time point after randomisation."""
    start = clock.local_date(randomized_at, ZoneInfo(participant.tz))
    for kind, days in offsets.items():
        done = kind == AssessmentKind.BASELINE and participant.baseline_done_at is not None
        session.add(
            Assessment(
                participant_id=participant.id,
                kind=AssessmentKind(kind),
                due_date=start + timedelta(days=days),
                completed_at=participant.baseline_done_at if done else None,
                completed_by_id=participant.created_by_id if done else None,
            )
        )


@dataclass(frozen=True)
class Task:
    """One open assessment as a rater sees it: never the arm."""

    assessment_id: int
    study_id: str
    first_name: str
    kind: str
    due_date: date
    overdue: bool


def open_tasks(session: Session, today: date, horizon_days: int = HORIZON_DAYS) -> list[Task]:
    """Open assessments due within `horizon_days`, overdue first, then by due date.

    Participants withdrawn from the study drop off; those withdrawn from the intervention only stay.
    """
    rows = session.execute(
        select(
            Assessment.id, Participant.study_id, Participant.first_name, Assessment.kind, Assessment.due_date
        )
        .join(Participant, Participant.id == Assessment.participant_id)
        .where(
            Assessment.completed_at.is_(None),
            Assessment.due_date <= today + timedelta(days=horizon_days),
            Participant.in_study,
            Participant.in_trial,
        )
        .order_by(Assessment.due_date, Participant.study_id)
    )
    return [Task(id_, sid, name, kind.value, due, due < today) for id_, sid, name, kind, due in rows]


def complete(session: Session, assessment_id: int, actor_id: int | None) -> Assessment:
    """Record that an assessment was done, once."""
    db.begin_write(session)
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise AssessmentError(f"no assessment {assessment_id}")
    if assessment.completed_at is not None:
        raise AssessmentError("this assessment is already recorded as complete")
    if not session.get(Participant, assessment.participant_id).in_study:
        raise AssessmentError("this participant has withdrawn from the study; no more follow-up is collected")
    assessment.completed_at = clock.now()
    assessment.completed_by_id = actor_id
    audit.record(
        session,
        "complete_assessment",
        AuditOutcome.OK,
        actor_id=actor_id,
        target=("assessment", assessment_id),
    )
    session.commit()
    return assessment


def export_csv(session: Session) -> str:
    """Every assessment for raters: study id, time point, due, completed. Never the arm.

    Of a participant withdrawn from the study only the completed ones stay: the rest will never be done.
    """
    rows = session.execute(
        select(Participant.study_id, Assessment.kind, Assessment.due_date, Assessment.completed_at)
        .join(Participant, Participant.id == Assessment.participant_id)
        .where(or_(Participant.in_study, Assessment.completed_at.is_not(None)), Participant.in_trial)
        .order_by(Participant.study_id, Assessment.due_date)
    )
    return csv_safety.to_text(
        ["participant_id", "assessment", "due_date", "completed_at"],
        (
            [study_id, kind.value, due.isoformat(), done.isoformat() if done else None]
            for study_id, kind, due, done in rows
        ),
    )
