"""Recording a peer worker's training completion: one use case, one transaction, one audit row."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from textsupport import clock, db, past_days, training
from textsupport.models import AuditOutcome, Role, StaffUser, TrainingCompletion
from textsupport.services.staff import audit

if TYPE_CHECKING:
    from textsupport.config import Settings

TRAINER_MAX_CHARS = 100  # the column's width
MAX_HOURS = 1000  # the table's check constraint
_HOURS = re.compile(r"-?[0-9]{1,6}(\.[0-9]{1,2})?")


class TrainingError(ValueError):
    """The completion cannot be recorded; the message says why, for the person who typed it."""


def record(
    session: Session,
    worker_id: int | None,
    fields: dict[str, str],
    settings: Settings,
    actor: StaffUser,
) -> TrainingCompletion:
    """Record that a peer worker completed a module; its expiry comes from the module's validity.

    `fields` are the form's module_key, completed_on (YYYY-MM-DD), hours and trainer.
    """
    db.begin_write(session)
    module = training.for_settings(settings).get(fields.get("module_key", ""))
    if module is None:
        raise TrainingError("Choose a training module.")
    worker = session.get(StaffUser, worker_id) if worker_id else None
    if worker is None or worker.role is not Role.PEER_WORKER:
        raise TrainingError("Choose a peer worker.")
    today = clock.local_date(clock.now(), settings.program_tz)
    completed_on = past_days.parse(
        fields.get("completed_on", ""), today, TrainingError, "completion", "it was completed", "it is done"
    )
    hours = _hours(fields.get("hours", ""))
    trainer = (fields.get("trainer") or "").strip()
    if not trainer or len(trainer) > TRAINER_MAX_CHARS:
        raise TrainingError(f"Write who gave the training (up to {TRAINER_MAX_CHARS} characters).")
    if session.scalar(
        select(TrainingCompletion.id).where(
            TrainingCompletion.worker_id == worker.id,
            TrainingCompletion.module_key == module.key,
            TrainingCompletion.completed_on == completed_on,
        )
    ):
        raise TrainingError(f"{worker.display_name}'s {module.title} on {completed_on} is already recorded.")
    completion = TrainingCompletion(
        worker_id=worker.id, module_key=module.key, completed_on=completed_on, hours=hours,
        trainer=trainer, expires_on=training.expires_on(completed_on, module.valid_months),
        recorded_by_id=actor.id, recorded_at=clock.now(),
    )  # fmt: skip
    session.add(completion)
    audit.record(
        session, "training_recorded", AuditOutcome.OK, actor_id=actor.id, target=("staff_user", worker.id),
        detail=module.key, completed_on=str(completed_on), hours=hours,
        expires_on=str(completion.expires_on) if completion.expires_on else None,
    )  # fmt: skip
    try:
        session.commit()
    except IntegrityError as error:  # the same completion recorded at the same moment elsewhere
        session.rollback()
        raise TrainingError(f"{module.title} on {completed_on} is already recorded.") from error
    return completion


def _hours(text: str) -> float:
    text = text.strip()
    if not _HOURS.fullmatch(text):
        raise TrainingError("Give the hours as a number, e.g. 7.5.")
    hours = float(text)
    if not 0 < hours <= MAX_HOURS:
        raise TrainingError(f"Hours must be more than 0 and at most {MAX_HOURS}.")
    return hours
