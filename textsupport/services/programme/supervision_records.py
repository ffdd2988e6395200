"""Recording supervision: a check-in (by a supervisor or admin), and a peer worker's answer to the
debrief offered after a crisis or a check-in they ask for. One use case, one transaction, one audit row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from textsupport import clock, db, past_days, whole_numbers
from textsupport.models import SUPERVISING, AuditOutcome, DebriefRequest, Role, StaffUser, SupervisionCheckin
from textsupport.services.programme import supervision_reads
from textsupport.services.staff import audit
from textsupport.supervision import CheckinKind, DebriefAnswer, Wellbeing

if TYPE_CHECKING:
    from textsupport.config import Settings

MAX_MINUTES = 480  # the table's check constraint: a check-in is at most a working day
NOTES_MAX_CHARS = 4000


class SupervisionError(ValueError):
    """The check-in or request cannot be recorded; the message says why, for the person who tried."""


def record_checkin(
    session: Session, fields: dict[str, str], settings: Settings, actor: StaffUser
) -> SupervisionCheckin:
    """Record a check-in held with a peer worker; the kind follows who held it (supervisor or peer mentor).

    `fields` are the form's worker_id, held_by_id, held_on (YYYY-MM-DD), minutes, wellbeing and notes.
    """
    db.begin_write(session)
    worker = _staff(session, fields.get("worker_id"))
    if worker is None or worker.role is not Role.PEER_WORKER:
        raise SupervisionError("Choose a peer worker.")
    holder = _staff(session, fields.get("held_by_id"))
    if holder is None or holder.id == worker.id or not holder.has_role(Role.PEER_WORKER, *SUPERVISING):
        raise SupervisionError(
            "Choose who held it: a supervisor, an admin, or another peer worker as mentor."
        )
    kind = CheckinKind.MENTORSHIP if holder.role is Role.PEER_WORKER else CheckinKind.SUPERVISION
    today = clock.local_date(clock.now(), settings.program_tz)
    held_on = past_days.parse(
        fields.get("held_on", ""), today, SupervisionError, "check-in", "it was held", "it is held"
    )
    minutes = whole_numbers.parse(fields.get("minutes"), 1, MAX_MINUTES)
    if minutes is None:
        raise SupervisionError(f"Give the length in whole minutes, from 1 to {MAX_MINUTES}.")
    try:
        wellbeing = Wellbeing(fields.get("wellbeing", ""))
    except ValueError:
        raise SupervisionError("Choose how they are: ok, strained or needs time off.") from None
    notes = (fields.get("notes") or "").strip()
    if len(notes) > NOTES_MAX_CHARS:
        raise SupervisionError(f"The notes are {len(notes)} characters; the limit is {NOTES_MAX_CHARS}.")
    if session.scalar(
        select(SupervisionCheckin.id).where(
            SupervisionCheckin.worker_id == worker.id,
            SupervisionCheckin.held_by_id == holder.id,
            SupervisionCheckin.held_on == held_on,
        )
    ):
        raise SupervisionError(
            f"{worker.display_name}'s check-in with {holder.display_name} on {held_on} is already recorded."
        )
    checkin = SupervisionCheckin(
        worker_id=worker.id, held_by_id=holder.id, kind=kind, held_on=held_on, minutes=minutes,
        wellbeing=wellbeing, notes=notes, recorded_by_id=actor.id, recorded_at=clock.now(),
    )  # fmt: skip
    session.add(checkin)
    audit.record(  # never the notes: the audit log is read more widely than they may be
        session, "supervision_checkin_recorded", AuditOutcome.OK, actor_id=actor.id,
        target=("staff_user", worker.id), detail=kind.value, held_on=str(held_on), minutes=minutes,
        wellbeing=wellbeing.value, held_by_id=holder.id,
    )  # fmt: skip
    _commit(session, "That check-in is already recorded.")
    return checkin


def answer_debrief(
    session: Session, worker: StaffUser, item_id: int | None, answer: str, settings: Settings
) -> DebriefRequest:
    """A peer worker's answer to the debrief offered after a crisis item (`item_id`), or, with no
    item, a check-in they ask for on their own (refused while an earlier request still stands)."""
    db.begin_write(session)
    if worker.role is not Role.PEER_WORKER:
        raise SupervisionError("Debriefs and check-in requests are for peer workers.")
    try:
        answer = DebriefAnswer(answer)
    except ValueError:
        raise SupervisionError("Choose whether you want a check-in.") from None
    if item_id is not None and not supervision_reads.debrief_offered(session, item_id, worker):
        raise SupervisionError("There is no debrief to answer for that item.")
    if item_id is None:
        if answer is not DebriefAnswer.REQUESTED:
            raise SupervisionError("Choose whether you want a check-in.")
        if supervision_reads.standing_requests(session, [worker], settings).get(worker.id):
            raise SupervisionError("You have already asked for a check-in; a supervisor will arrange it.")
    request = DebriefRequest(worker_id=worker.id, item_id=item_id, answer=answer, at=clock.now())
    session.add(request)
    audit.record(
        session, f"debrief_{answer.value}", AuditOutcome.OK, actor_id=worker.id,
        target=("queue_item", item_id) if item_id else ("staff_user", worker.id),
    )  # fmt: skip
    _commit(session, "You have already answered this debrief.")
    return request


def _staff(session: Session, text: str | None) -> StaffUser | None:
    """The active staff account a form's id names, or None."""
    staff_id = whole_numbers.parse(text, 1, whole_numbers.MAX_ID)
    user = session.get(StaffUser, staff_id) if staff_id else None
    return user if user is not None and user.is_active else None


def _commit(session: Session, repeated: str) -> None:
    """Commit; the same row recorded at the same moment elsewhere is refused as a repeat."""
    try:
        session.commit()
    except IntegrityError as error:
        session.rollback()
        raise SupervisionError(repeated) from error
