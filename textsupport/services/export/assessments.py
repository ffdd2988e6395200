"""assessments.csv: one row per participant and follow-up time point. Raters may see all of it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Select, select

from textsupport.models import Assessment, AssessmentKind, Participant
from textsupport.services.export import formats
from textsupport.services.export.files import Column, ExportFile, Kind, choices, raw, values

COLUMNS = (
    Column("participant_id", "Study id (pseudonymous)", (Participant.study_id,)),
    Column("assessment", "Time point", (raw(Assessment.kind),), Kind.CHOICE, choices(AssessmentKind)),
    Column("due_date", "Due", (formats.day(Assessment.due_date),), Kind.DATE),
    Column("completed_at", "Recorded as done", (formats.instant(Assessment.completed_at),), Kind.INSTANT,
           note="empty while not done"),
    Column("completed_by", "Staff account that recorded it", (Assessment.completed_by_id,), Kind.INTEGER,
           note="a staff account number; empty when recorded from the command line"),
    Column("late_by_days", "Days from the due date to the UTC date it was done",
           (formats.days_late(Assessment.completed_at, Assessment.due_date),), Kind.INTEGER,
           note="negative when done early; empty while not done"),
)  # fmt: skip


def statements(columns: Sequence[Column], now: datetime, today: date) -> list[Select]:
    """Every scheduled assessment, by participant and due date."""
    return [
        select(*values(columns, 0, now, today))
        .select_from(Assessment)
        .join(Participant, Participant.id == Assessment.participant_id)
        .where(Participant.in_trial)  # never a training participant
        .order_by(Participant.study_id, Assessment.due_date, Assessment.id)
    ]


FILE = ExportFile("assessments.csv", "Follow-up assessments", COLUMNS, statements, for_rater=True)
