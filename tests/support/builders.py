"""Builders: make_x(session, **overrides) returns a saved row with sensible defaults."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from tests.support.times import MONDAY_SEND as NOW
from textsupport import passwords, training
from textsupport.models import (
    OutboundKind,
    OutboundMessage,
    Participant,
    Role,
    Sex,
    StaffUser,
    TrainingCompletion,
)
from textsupport.training import Work

_numbers = itertools.count(1)
MESSAGES = Path(__file__).resolve().parents[2] / "messages"
TRAINED_ON = date(2026, 1, 12)  # before every named instant in times.py
# Hashing with full argon2 parameters is slow; builders share one hash of this password.
PASSWORD = "correct horse battery staple"
_HASH = passwords.hash_password(PASSWORD)


def make_staff(session: Session, **overrides) -> StaffUser:
    """A saved staff account whose password is PASSWORD."""
    n = next(_numbers)
    values = {
        "email": f"staff{n}@example.org",
        "display_name": f"Staff {n}",
        "role": Role.PEER_WORKER,
        "password_hash": _HASH,
        "is_active": True,
        "on_shift": True,
        "created_at": NOW,
    }
    trained = overrides.pop("trained", True)
    values.update(overrides)
    user = StaffUser(**values)
    session.add(user)
    session.commit()
    if trained and user.role is Role.PEER_WORKER:
        train(session, user)
    return user


def train(session: Session, worker: StaffUser, keys=None, on: date = TRAINED_ON, expires_on=None) -> None:
    """Record completions of `keys` (default: every module required for a caseload or crisis work).

    By default they never expire, so a test about another rule is not bound to the calendar; tests
    of expiry pass expires_on (or record through the service, which computes it).
    """
    catalogue = training.load(MESSAGES / training.FILE)
    if keys is None:
        keys = sorted({module.key for work in Work for module in catalogue.required(work)})
    for key in keys:
        session.add(
            TrainingCompletion(
                worker_id=worker.id, module_key=key, completed_on=on, hours=3.0, trainer="Test trainer",
                expires_on=expires_on, recorded_by_id=worker.id, recorded_at=NOW,
            )
        )  # fmt: skip
    session.commit()


def make_participant(session: Session, **overrides) -> Participant:
    """A saved, enrolled participant with a unique phone and study id."""
    n = next(_numbers)
    values = {
        "study_id": f"P-{n:05d}",
        "phone": f"+1780555{n:04d}",
        "first_name": "Alex",
        "site": "north",
        "sex": Sex.X,
        "tz": "America/Edmonton",
        "date_of_birth": date(1990, 5, 17),
        "discharge_date": date(2026, 11, 20),
        "created_at": NOW,
    }
    values.update(overrides)
    participant = Participant(**values)
    session.add(participant)
    session.commit()
    return participant


def make_training(session: Session, trainee: StaffUser | None = None, **overrides) -> Participant:
    """A saved training participant (a practice scenario), active, on `trainee`'s practice set."""
    from textsupport.models import ParticipantStatus

    values = {"training": True, "status": ParticipantStatus.ACTIVE, "first_name": "Practice"}
    if trainee is not None:
        values["peer_worker_id"] = trainee.id
    return make_participant(session, **{**values, **overrides})


def make_outbound(session: Session, participant: Participant, **overrides) -> OutboundMessage:
    """A saved planned daily text for `participant`."""
    values = {
        "participant_id": participant.id,
        "kind": OutboundKind.DAILY,
        "local_date": date(2026, 11, 24),
        "body": "A small step counts.",
        "scheduled_for": NOW,
        "created_at": NOW,
        "updated_at": NOW,
    }
    values.update(overrides)
    message = OutboundMessage(**values)
    session.add(message)
    session.commit()
    return message


def make_ready_participant(session: Session, **overrides) -> Participant:
    """An enrolled participant with eligibility, consent and baseline done: ready to randomise."""
    values = {
        "eligibility_confirmed_at": NOW,
        "consent_version": "v2.1",
        "consent_at": NOW,
        "baseline_done_at": NOW,
        "sex": Sex.F,
    }
    values.update(overrides)
    return make_participant(session, **values)


def enrolment_input(**overrides) -> dict:
    """Enrolment fields as a person would type them, all valid on 2026-11-23."""
    values = {
        "phone": "780 555 0142",
        "first_name": "Jordan",
        "site": "north",
        "sex": "F",
        "tz": "America/Edmonton",
        "date_of_birth": "1988-04-02",
        "discharge_date": "2026-11-20",
        "consent_version": "v2.1",
        "eligibility_confirmed": True,
        "baseline_done": True,
    }
    values.update(overrides)
    return values


def make_active(session: Session, arm, start_date: date, **overrides) -> Participant:
    """A randomised, active participant in `arm` whose program day 1 is the day after `start_date`."""
    from textsupport.models import Allocation, AllocationSlot, AllocationTable, ParticipantStatus

    participant = make_ready_participant(session, **{"status": ParticipantStatus.ACTIVE, **overrides})
    table = AllocationTable(source="imported", strata_fields="site,sex", created_at=NOW)
    session.add(table)
    session.flush()
    slot = AllocationSlot(table_id=table.id, stratum=f"p{participant.id}", position=1, block=1, arm=arm)
    session.add(slot)
    session.flush()
    allocated_at = datetime.combine(start_date, datetime.min.time(), tzinfo=UTC) + timedelta(hours=18)
    session.add(
        Allocation(
            participant_id=participant.id,
            slot_id=slot.id,
            arm=arm,
            stratum=slot.stratum,
            allocated_at=allocated_at,
            start_date=start_date,
        )
    )
    session.commit()
    return participant
