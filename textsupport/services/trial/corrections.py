"""Correct enrolment details typed wrong, before randomisation fixes the participant's stratum."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from textsupport import clock, db, eligibility, study_ids
from textsupport.models import Allocation, AuditOutcome, Participant, ParticipantStatus, Sex
from textsupport.services.staff import audit
from textsupport.services.trial import enrolment

if TYPE_CHECKING:
    from textsupport.config import Settings

# The enrolment form's details that may be corrected; consent and the eligibility steps have their own.
FIELDS = ("phone", "first_name", "site", "sex", "tz", "date_of_birth", "discharge_date")


class CorrectionError(ValueError):
    """The correction is refused; `errors` maps each bad field to the reason ('' for the whole form)."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field}: {why}" if field else why for field, why in errors.items()))
        self.errors = errors


def can_correct(session: Session, participant: Participant) -> bool:
    """Whether the participant's enrolment details may still be corrected (not yet randomised)."""
    allocated = select(Allocation.id).where(Allocation.participant_id == participant.id)
    return participant.status is ParticipantStatus.ENROLLED and session.scalar(allocated) is None


def current(participant: Participant) -> dict[str, Any]:
    """The correctable details as they stand, to fill the form."""
    values = {name: getattr(participant, name) for name in FIELDS}
    return dict(values, sex=participant.sex.value)


def correct(
    session: Session, study_id: str, raw: Mapping[str, Any], settings: Settings, actor_id: int | None
) -> list[str]:
    """Save corrected details and return the fields changed, or raise CorrectionError (audited)."""
    db.begin_write(session)
    study_id = study_ids.normalise(study_id)
    participant = session.scalar(select(Participant).where(Participant.study_id == study_id))
    if participant is None:
        raise CorrectionError({"": f"no participant {study_id}"})
    if not can_correct(session, participant):
        why = "enrolment details cannot be corrected after randomisation: the stratum is already used"
        return _refuse(session, study_id, {"": why}, actor_id, AuditOutcome.DENIED)
    checked = _check(session, participant, raw, settings)
    if isinstance(checked, dict):
        return _refuse(session, study_id, checked, actor_id, AuditOutcome.FAILED)
    changed = [name for name in FIELDS if getattr(checked, name) != current(participant)[name]]
    if not changed:
        session.rollback()
        return []
    for name in changed:
        setattr(participant, name, Sex(checked.sex) if name == "sex" else getattr(checked, name))
    if "phone" in changed:
        participant.phone_problem = None  # the flag was about the old number
    try:
        session.flush()
    except IntegrityError:  # a concurrent enrolment took the phone
        session.rollback()
        errors = {"phone": "this phone already belongs to an enrolled participant"}
        return _refuse(session, study_id, errors, actor_id, AuditOutcome.FAILED)
    # Field names only: the values are personal data and stay out of the log.
    audit.record(
        session,
        "correct_enrolment",
        AuditOutcome.OK,
        actor_id=actor_id,
        target=("participant", study_id),
        detail=", ".join(changed),
    )
    session.commit()
    return changed


def _check(session, participant, raw, settings) -> eligibility.Enrolment | dict[str, str]:
    """The checked details, or {field: why}; eligibility is judged on the day of enrolment."""
    merged = {
        **{name: raw.get(name) for name in FIELDS},
        "consent_version": participant.consent_version or "unknown",
    }
    enrolled_on = clock.local_date(participant.created_at, settings.program_tz)
    rules = enrolment.rules(settings, enrolment.open_sites(session, settings))
    checked, errors = eligibility.check(merged, enrolled_on, rules)
    if errors:
        return errors
    if checked.phone != participant.phone and enrolment.phone_in_use(session, checked.phone, participant.id):
        return {"phone": "this phone already belongs to an enrolled participant"}
    return checked


def _refuse(session, study_id, errors, actor_id, outcome):
    session.rollback()
    audit.record_now(
        session,
        "correct_enrolment",
        outcome,
        actor_id=actor_id,
        target=("participant", study_id),
        detail=", ".join(sorted(errors)) if outcome is AuditOutcome.FAILED else errors[""],
    )
    raise CorrectionError(errors)
