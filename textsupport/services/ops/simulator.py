"""The phone simulator (/simulator): whose phone may be shown, and the development-only next day.

Texts typed on the simulated phone are not handled here: the web layer signs them and posts them
to the real webhook, so they take exactly the production path (services/replies/inbound.py).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport import clock, sms
from textsupport.content import Content
from textsupport.db import Database
from textsupport.models import (
    Allocation,
    Language,
    OutboundKind,
    OutboundMessage,
    Participant,
    Role,
    StaffUser,
)
from textsupport.services.sending import dispatch, planner
from textsupport.services.trial import participants

# The console gateway records every text as sent at once, so the next day need not be paced to the
# real sender's TWILIO_MPS: a week of a demo's daily texts passes in seconds.
CONSOLE_MPS = 100.0


# The simulated phone's own labels, in the participant's language (the texts come from messages/).
PHONE_LABELS = {
    Language.EN: {"compose": "Text message", "language": "English"},
    Language.FR: {"compose": "Message texte", "language": "français"},
}


@dataclass(frozen=True)
class Choice:
    """A participant offered in the picker: pseudonym, first name, arm (None before randomisation)."""

    study_id: str
    first_name: str
    arm: str | None
    language: str = Language.EN.value
    training: bool = False


def practising_only(viewer: StaffUser | None) -> bool:
    """A peer worker opens only the phones of their own practice set, in every environment: they
    do not read other participants' texts, but see the other side of the practice they work on."""
    return viewer is not None and viewer.role is Role.PEER_WORKER


def available(settings, participant: Participant | None = None) -> bool:
    """Whether the simulator may show this participant's phone (or open at all, with None).

    Development, demo (run in development) and test: anyone's. Production: only a training
    participant's (a practice scenario, texted only through the console), never a real one's.
    """
    return not settings.production or (participant is not None and participant.training)


def next_day_available(settings, viewer: StaffUser | None = None) -> bool:
    """The next-day button plans and sends with the console gateway: development and test only, and
    not for a peer worker practising (it sends every participant's texts due by then)."""
    return settings.textsupport_env in ("development", "test") and not practising_only(viewer)


def choices(session: Session, settings, viewer: StaffUser | None = None) -> list[Choice]:
    """Participants still in the study, by study id, for the picker (production: training ones only;
    a peer worker: their practice set)."""
    query = (
        select(
            Participant.study_id, Participant.first_name, Allocation.arm, Participant.language,
            Participant.training,
        )
        .outerjoin(Allocation, Allocation.participant_id == Participant.id)
        .where(Participant.in_study)
        .order_by(Participant.training, Participant.study_id)
    )  # fmt: skip
    if settings.production:
        query = query.where(Participant.training)
    if practising_only(viewer):
        query = query.where(Participant.training, Participant.peer_worker_id == viewer.id)
    return [
        Choice(study_id, name, arm.value if arm else None, language.value, training)
        for study_id, name, arm, language, training in session.execute(query)
    ]


def find(session: Session, study_id: str, settings, viewer: StaffUser | None = None) -> Participant | None:
    """The participant whose phone may be simulated, or None (unknown, or not allowed here or to `viewer`)."""
    try:
        participant = participants.get(session, study_id)
    except participants.ParticipantError:
        return None
    if practising_only(viewer) and not (participant.training and participant.peer_worker_id == viewer.id):
        return None
    return participant if available(settings, participant) else None


def next_send_time(session: Session, participant: Participant, send_time, now: datetime) -> datetime:
    """The participant's next SEND_TIME after both now and their latest planned daily text."""
    latest = session.scalar(
        select(func.max(OutboundMessage.scheduled_for)).where(
            OutboundMessage.participant_id == participant.id, OutboundMessage.kind == OutboundKind.DAILY
        )
    )
    after = max(now, clock.as_utc(latest)) if latest is not None else now
    zone = ZoneInfo(participant.tz)
    day = clock.local_date(after, zone)
    candidate = clock.at_local_time(day, send_time, zone)
    return candidate if candidate > after else clock.at_local_time(day + timedelta(days=1), send_time, zone)


def next_day(
    database: Database, participant: Participant, settings, bank: Content, now: datetime
) -> tuple[datetime, dict, dict]:
    """Plan and dispatch at the participant's next send time, through the console gateway.

    The same plan and dispatch the scheduler runs, each its own transaction, so their unique
    constraints and atomic claims keep every text exactly once: a later real round finds them done.
    It moves every participant's texts due by then, not only this one's (development data only).
    """
    with database.sessionmaker() as session:
        at = next_send_time(session, participant, settings.send_time, now)
        planned = planner.plan(session, at, settings)
    console = dataclasses.replace(settings, twilio_mps=max(settings.twilio_mps, CONSOLE_MPS))
    sent = dispatch.dispatch(database, at, console, sms.ConsoleGateway(), bank)
    return at, planned, sent
