"""Enrol a participant: check every field, save all or nothing, audit the attempt."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from textsupport import clock, db, eligibility, study_ids
from textsupport.models import AllocationSlot, AuditOutcome, Language, Participant, ParticipantStatus, Sex
from textsupport.services.staff import audit, submissions

if TYPE_CHECKING:
    from textsupport.config import Settings


class EnrolmentError(ValueError):
    """Enrolment refused; `errors` maps each bad field to the reason."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field}: {why}" for field, why in errors.items()))
        self.errors = errors


def rules(settings: Settings, sites: tuple[str, ...] | None = None) -> eligibility.Rules:
    """The eligibility rules from the app's configuration, with the sites open for enrolment."""
    low, high = settings.eligible_age
    return eligibility.Rules(low, high, settings.discharge_window_days, sites)


def open_sites(session: Session, settings: Settings) -> tuple[str, ...] | None:
    """The sites enrolment accepts: SITES, else those the allocation table covers (None: any site)."""
    if settings.sites:
        return tuple(settings.sites)
    if "site" not in settings.strata_fields:
        return None  # the table does not stratify by site, so every site can be randomised
    strata = session.scalars(select(AllocationSlot.stratum).distinct())
    sites = {
        value
        for stratum in strata
        for field, _, value in (part.partition("=") for part in stratum.split("|"))
        if field == "site"
    }
    return tuple(sorted(sites))


def enrol(
    session: Session,
    raw: Mapping[str, Any],
    settings: Settings,
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
    today = clock.local_date(now, settings.program_tz)
    checked, errors = eligibility.check(raw, today, rules(settings, open_sites(session, settings)))
    if checked and phone_in_use(session, checked.phone):
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


def phone_in_use(session: Session, phone: str, other_than: int | None = None) -> bool:
    """Whether an active participant (other than the one with id `other_than`) has this phone."""
    active = Participant.status != ParticipantStatus.WITHDRAWN
    query = select(Participant.id).where(Participant.phone == phone, active, Participant.id != other_than)
    return session.scalar(query) is not None


def _refuse(session: Session, errors: dict[str, str], actor_id: int | None):
    session.rollback()
    audit.record_now(
        session, "enrol", AuditOutcome.FAILED, actor_id=actor_id, detail=", ".join(sorted(errors))
    )
    raise EnrolmentError(errors)


def _participant(checked: eligibility.Enrolment, now, actor_id: int | None) -> Participant:
    return Participant(
        study_id=study_ids.new(),
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
        language=Language(checked.language),
        consent_at=now,
        consent_by_id=actor_id,
        baseline_done_at=now if checked.baseline_done else None,
        created_at=now,
        created_by_id=actor_id,
    )
