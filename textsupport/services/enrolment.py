"""Enrol a participant: check every field, save all or nothing, audit the attempt."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from textsupport import clock, db, eligibility
from textsupport.models import AuditOutcome, Participant, ParticipantStatus, Sex
from textsupport.services import audit, submissions

# No 0/O or 1/I: study ids are read aloud and typed by hand.
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class EnrolmentError(ValueError):
    """Enrolment refused; `errors` maps each bad field to the reason."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field}: {why}" for field, why in errors.items()))
        self.errors = errors


def rules(config: Mapping[str, Any]) -> eligibility.Rules:
    """The eligibility rules from the app's configuration."""
    low, high = config["ELIGIBLE_AGE"]
    return eligibility.Rules(low, high, config["DISCHARGE_WINDOW_DAYS"])


def enrol(
    session: Session,
    raw: Mapping[str, Any],
    config: Mapping[str, Any],
    actor_id: int | None,
    *,
    token: str | None = None,
) -> Participant:
    """Save a new participant, or raise EnrolmentError having saved nothing but an audit row.

    `token` is the form's one-time token (None: not from a form): a second send enrols no one.
    """
    db.begin_write(session)
    if token is not None:
        submissions.spend(session, token, actor_id, "enrol")
    now = clock.now()
    checked, errors = eligibility.check(raw, clock.local_date(now, config["PROGRAM_TZ"]), rules(config))
    if checked and _phone_in_use(session, checked.phone):
        errors = {"phone": "this phone already belongs to an enrolled participant"}
    if errors:
        return _refuse(session, errors, actor_id)
    participant = _participant(checked, now, actor_id)
    session.add(participant)
    try:
        session.flush()
    except IntegrityError:  # a concurrent enrolment took the phone (or, rarely, the study id)
        session.rollback()
        return _refuse(session, {"phone": "this phone already belongs to an enrolled participant"}, actor_id)
    audit.record(
        session, "enrol", AuditOutcome.OK, actor_id=actor_id, target=("participant", participant.study_id)
    )
    session.commit()
    return participant


def _phone_in_use(session: Session, phone: str) -> bool:
    active = Participant.status != ParticipantStatus.WITHDRAWN
    return session.scalar(select(Participant.id).where(Participant.phone == phone, active)) is not None


def _refuse(session: Session, errors: dict[str, str], actor_id: int | None):
    session.rollback()
    audit.record_now(
        session, "enrol", AuditOutcome.FAILED, actor_id=actor_id, detail=", ".join(sorted(errors))
    )
    raise EnrolmentError(errors)


def _participant(checked: eligibility.Enrolment, now, actor_id: int | None) -> Participant:
    return Participant(
        study_id="TS-" + "".join(secrets.choice(_ALPHABET) for _ in range(6)),
        phone=checked.phone,
        first_name=checked.first_name,
        site=checked.site,
        sex=Sex(checked.sex),
        tz=checked.tz,
        date_of_birth=checked.date_of_birth,
        discharge_date=checked.discharge_date,
        status=ParticipantStatus.ENROLLED,
        eligibility_confirmed_at=now if checked.eligibility_confirmed else None,
        eligibility_confirmed_by_id=actor_id if checked.eligibility_confirmed else None,
        consent_version=checked.consent_version,
        consent_at=now,
        consent_by_id=actor_id,
        baseline_done_at=now if checked.baseline_done else None,
        created_at=now,
        created_by_id=actor_id,
    )
