"""Reads for a participant's page: texts both ways with triage, queue items, contacts, assessments,
appointments, the next daily texts, and why texts are on or off. Nothing here writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport import clock
from textsupport.content import Content
from textsupport.models import (
    TEXTING_ARMS,
    Allocation,
    Appointment,
    Arm,
    Assessment,
    DeliveryEvent,
    EventAction,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Participant,
    ParticipantStatus,
    QueueEvent,
    QueueItem,
    StaffUser,
)
from textsupport.services.programme import role_tags
from textsupport.services.queue import reads as queue
from textsupport.services.sending.planner import PROGRAM_DAYS, program_day
from textsupport.services.sending.recheck import daily_text
from textsupport.services.trial import appointments

if TYPE_CHECKING:
    from textsupport.config import Settings

STORY_TEXTS = 200  # the newest texts, in and out together, on a participant's page
PREVIEW_DAYS = 5  # the next daily texts shown before they are sent


@dataclass(frozen=True)
class Contact:
    """One logged contact (a `contact` event on one of the participant's queue items)."""

    at: datetime
    type: str
    minutes: int | None
    by: str
    note: str
    item_id: int
    roles: tuple[str, ...] = ()  # the peer role codes tagged on it, sorted


@dataclass(frozen=True)
class Preview:
    """A daily text not yet sent, as the participant will read it on `local_date`."""

    local_date: date
    day: int
    body: str


@dataclass(frozen=True)
class Story:
    """Everything the participant's page shows besides the facts and the timeline."""

    allocation: Allocation | None
    texting: str
    thread: queue.Thread
    history: dict[int, list[tuple[datetime, str]]]
    items: list[QueueItem]
    contacts: list[Contact]
    assessments: list[Assessment]
    appointments: list[Appointment]
    preview: list[Preview]


def story(session: Session, participant: Participant, content: Content, settings: Settings) -> Story:
    """The participant's page in one read: every section, newest texts and items first where cut."""
    allocation = session.scalar(select(Allocation).where(Allocation.participant_id == participant.id))
    arm = allocation.arm if allocation else None
    thread = queue.participant_thread(session, participant.id, STORY_TEXTS)
    today = clock.local_date(clock.now(), ZoneInfo(participant.tz))
    return Story(
        allocation=allocation,
        texting=texting_state(participant, arm),
        thread=thread,
        history=delivery_history(session, [t.outbound_id for t in thread.texts if t.outbound_id]),
        items=queue_items(session, participant),
        contacts=contacts(session, participant),
        assessments=assessments(session, participant),
        appointments=appointments.recent(session, participant),
        preview=next_daily_texts(session, participant, allocation, content, today),
    )


def texting_state(participant: Participant, arm: Arm | None) -> str:
    """'on', or what the participant gets instead and why ('off: withdrawn from the study')."""
    if not participant.in_study:
        return "off: withdrawn from the study"
    if participant.sms_opted_out_at is not None:
        return "off: stopped by the participant (STOP)"
    if participant.phone_problem == "invalid":
        return "off: the phone number is invalid"
    if arm is None:
        return "off until randomised"
    if not participant.in_intervention:
        return "follow-up survey texts only: withdrawn from the intervention"
    if arm not in TEXTING_ARMS:
        return "follow-up survey texts only: this arm gets no daily texts"
    if participant.status is ParticipantStatus.COMPLETED:
        return f"follow-up survey texts only: the {PROGRAM_DAYS} days of daily texts are over"
    return "on"


def delivery_history(session: Session, outbound_ids: list[int]) -> dict[int, list[tuple[datetime, str]]]:
    """Status callbacks of these texts, in the order received, in one query."""
    history: dict[int, list[tuple[datetime, str]]] = {}
    if not outbound_ids:
        return history
    for outbound_id, at, status in session.execute(
        select(DeliveryEvent.outbound_id, DeliveryEvent.received_at, DeliveryEvent.status)
        .where(DeliveryEvent.outbound_id.in_(outbound_ids))
        .order_by(DeliveryEvent.received_at, DeliveryEvent.id)
    ):
        history.setdefault(outbound_id, []).append((at, status))
    return history


def assessments(session: Session, participant: Participant) -> list[Assessment]:
    """The participant's follow-up time points by due date."""
    query = select(Assessment).where(Assessment.participant_id == participant.id)
    return list(session.scalars(query.order_by(Assessment.due_date, Assessment.id)))


def queue_items(session: Session, participant: Participant, limit: int = 100) -> list[QueueItem]:
    """The participant's queue items, newest first."""
    return list(
        session.scalars(
            select(QueueItem)
            .where(QueueItem.participant_id == participant.id)
            .order_by(QueueItem.created_at.desc(), QueueItem.id.desc())
            .limit(limit)
        )
    )


def contacts(session: Session, participant: Participant, limit: int = 100) -> list[Contact]:
    """Contacts logged on the participant's queue items, newest first, with who logged them and the
    peer roles they served."""
    rows = session.execute(
        select(QueueEvent, StaffUser.display_name)
        .join(QueueItem, QueueItem.id == QueueEvent.item_id)
        .outerjoin(StaffUser, StaffUser.id == QueueEvent.actor_id)
        .where(QueueItem.participant_id == participant.id, QueueEvent.action == EventAction.CONTACT)
        .order_by(QueueEvent.at.desc(), QueueEvent.id.desc())
        .limit(limit)
    ).all()
    tags = role_tags.roles_of(session, [e.id for e, _ in rows])
    return [
        Contact(
            e.at, e.data.get("type", ""), e.minutes, by or "", e.note or "", e.item_id, tags.get(e.id, ())
        )
        for e, by in rows
    ]


def next_daily_texts(
    session: Session,
    participant: Participant,
    allocation: Allocation | None,
    content: Content,
    today: date,
    count: int = PREVIEW_DAYS,
) -> list[Preview]:
    """The next `count` daily texts from the participant's local `today`, worded from messages/.

    None unless they are in a texting arm, active, in the intervention and not opted out. A day
    whose text was already sent, cancelled or expired is skipped.
    """
    if (
        allocation is None
        or allocation.arm not in TEXTING_ARMS
        or participant.status is not ParticipantStatus.ACTIVE
        or not participant.in_intervention
        or participant.sms_opted_out_at is not None
    ):
        return []
    done = set(
        session.scalars(
            select(OutboundMessage.local_date).where(
                OutboundMessage.participant_id == participant.id,
                OutboundMessage.kind == OutboundKind.DAILY,
                OutboundMessage.local_date >= today,
                OutboundMessage.status != OutboundStatus.PLANNED,
            )
        )
    )
    previews: list[Preview] = []
    local = max(today, allocation.start_date + timedelta(days=1))
    while len(previews) < count and (day := program_day(allocation.start_date, local)) <= PROGRAM_DAYS:
        if local not in done:
            previews.append(Preview(local, day, daily_text(content, participant, day)))
        local += timedelta(days=1)
    return previews
