"""participants.csv: one row per participant, with their texts, replies, follow-up and contacts counted."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Select, case, func, select

from textsupport.models import (
    Allocation,
    Arm,
    Assessment,
    EventAction,
    InboundMessage,
    Language,
    Level,
    OutboundMessage,
    OutboundStatus,
    Participant,
    ParticipantStatus,
    QueueEvent,
    QueueItem,
    Role,
    Sex,
    StaffUser,
    WithdrawalKind,
)
from textsupport.services.export import formats
from textsupport.services.export.files import Column, ExportFile, Kind, choices, joined, raw, values
from textsupport.services.reports import consort_reads

ARM_LABELS = {
    "PEER": "Peer support only",
    "PEER_TEXT": "Peer support and daily texts",
    "TEXT": "Daily texts only",
    "TAU": "Treatment as usual",
}


def _count(condition) -> object:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


_out = OutboundMessage
TEXTS_OUT = (
    select(
        _out.participant_id,
        func.count().label("planned"),
        _count(_out.sent_at.is_not(None)).label("sent"),
        _count(_out.status == OutboundStatus.DELIVERED).label("delivered"),
        _count(_out.status.in_([OutboundStatus.FAILED, OutboundStatus.UNDELIVERED])).label("failed"),
        _count(_out.status == OutboundStatus.EXPIRED).label("expired"),
    )
    .where(_out.participant_id.is_not(None))
    .group_by(_out.participant_id)
    .subquery("texts_out")
)
REPLIES = (
    select(
        InboundMessage.participant_id,
        func.count().label("replies"),
        *(_count(InboundMessage.level == level).label(level.value) for level in Level),
        _count(InboundMessage.level.is_(None)).label("unflagged"),
    )
    .where(InboundMessage.participant_id.is_not(None))
    .group_by(InboundMessage.participant_id)
    .subquery("replies")
)
FOLLOW_UP = (
    select(Assessment.participant_id, func.count().label("completed"))
    .where(Assessment.completed_at.is_not(None))
    .group_by(Assessment.participant_id)
    .subquery("follow_up")
)
PEER_CONTACTS = (
    select(QueueItem.participant_id, func.count().label("contacts"))
    .join(QueueEvent, QueueEvent.item_id == QueueItem.id)
    .join(StaffUser, StaffUser.id == QueueEvent.actor_id)
    .where(QueueEvent.action == EventAction.CONTACT, StaffUser.role == Role.PEER_WORKER)
    .group_by(QueueItem.participant_id)
    .subquery("peer_contacts")
)


def _counted(sub, name: str) -> tuple:
    return (func.coalesce(sub.c[name], 0),)


def _lost(_now: datetime, today: date):
    return case((Participant.in_study & consort_reads.lost_to_follow_up(today), 1), else_=0)


def _texts(name: str, label: str, what: str) -> Column:
    return Column(name, label, _counted(TEXTS_OUT, what), Kind.INTEGER, reveals_arm=True, needs=(TEXTS_OUT,))


COLUMNS = (
    Column("participant_id", "Study id (pseudonymous)", (Participant.study_id,), note="the record id"),
    Column("site", "Recruiting site", (Participant.site,)),
    Column("sex", "Sex as recorded at enrolment", (raw(Participant.sex),), Kind.CHOICE, choices(Sex)),
    Column("date_of_birth", "Date of birth", (formats.day(Participant.date_of_birth),), Kind.DATE,
           identifier=True),
    Column("first_name", "First name", (Participant.first_name,), identifier=True),
    Column("phone", "Mobile phone (E.164)", (Participant.phone,), identifier=True),
    Column("status", "Where the participant is in the trial", (raw(Participant.status),), Kind.CHOICE,
           choices(ParticipantStatus)),
    Column("enrolled_at", "Enrolled", (formats.instant(Participant.created_at),), Kind.INSTANT),
    Column("eligible_at", "Eligibility confirmed", (formats.instant(Participant.eligibility_confirmed_at),),
           Kind.INSTANT, note="empty while not confirmed"),
    Column("consent_version", "Consent form version", (Participant.consent_version,)),
    Column("language", "Language of the texts they read", (raw(Participant.language),), Kind.CHOICE,
           choices(Language, {"en": "English", "fr": "French"})),
    Column("consented_at", "Consent recorded", (formats.instant(Participant.consent_at),), Kind.INSTANT),
    Column("stratum", "Randomisation stratum", (Allocation.stratum,), note="e.g. site=north|sex=F"),
    Column("randomised_at", "Randomised", (formats.instant(Allocation.allocated_at),), Kind.INSTANT,
           note="empty until randomised"),
    Column("arm", "Allocated arm", (raw(Allocation.arm),), Kind.CHOICE, choices(Arm, ARM_LABELS),
           reveals_arm=True),
    Column("started_intervention", "Started the allocated intervention",
           (case((Participant.intervention_started_at.is_not(None), 1), else_=0),), Kind.YESNO,
           reveals_arm=True,
           note="TAU on randomisation; texting arms once a welcome or daily text went; peer arms once a peer "
           "was assigned or a reply or contact logged (as the CONSORT dashboard counts)"),
    _texts("texts_planned", "Texts to them in the outbox, whatever became of them", "planned"),
    _texts("texts_sent", "Texts accepted by the carrier (sent)", "sent"),
    _texts("texts_delivered", "Texts delivered to the phone", "delivered"),
    _texts("texts_failed", "Texts that failed or were undelivered", "failed"),
    _texts("texts_expired", "Texts whose local day passed before they could go", "expired"),
    Column("replies", "Texts they sent us", _counted(REPLIES, "replies"), Kind.INTEGER,
           reveals_arm=True, needs=(REPLIES,)),
    *(
        Column(f"replies_{level.value}", f"Replies triaged {level.value}", _counted(REPLIES, level.value),
               Kind.INTEGER, reveals_arm=True, needs=(REPLIES,))
        for level in Level
    ),
    Column("replies_unflagged", "Replies never triaged (e.g. STOP)", _counted(REPLIES, "unflagged"),
           Kind.INTEGER, reveals_arm=True, needs=(REPLIES,)),
    Column("opted_out_at", "Opted out of texts (STOP)", (formats.instant(Participant.sms_opted_out_at),),
           Kind.INSTANT, reveals_arm=True, note="empty unless opted out now"),
    Column("withdrawn_at", "Withdrawn", (formats.instant(Participant.withdrawn_at),), Kind.INSTANT,
           reveals_arm=True),
    Column("withdrawal_kind", "Withdrawn from", (raw(Participant.withdrawal_kind),), Kind.CHOICE,
           choices(WithdrawalKind, {"intervention": "the intervention only", "study": "the whole study"}),
           reveals_arm=True),
    Column("withdrawal_reason", "Why they withdrew, as staff wrote it", (Participant.withdrawal_reason,),
           Kind.NOTES, reveals_arm=True),
    Column("assessments_completed", "Follow-up assessments completed (baseline included)",
           _counted(FOLLOW_UP, "completed"), Kind.INTEGER, needs=(FOLLOW_UP,)),
    Column("lost_to_follow_up", "Lost to follow-up at the export date", (), Kind.YESNO, timed=_lost,
           note=f"in the study, a follow-up not done {consort_reads.LOST_AFTER_DAYS} days after its due date "
           "(local dates in PROGRAM_TZ)"),
    Column("peer_contacts", "Contacts peer workers logged with them", _counted(PEER_CONTACTS, "contacts"),
           Kind.INTEGER, reveals_arm=True, needs=(PEER_CONTACTS,)),
)  # fmt: skip


def statements(columns: Sequence[Column], now: datetime, today: date) -> list[Select]:
    """Every participant, by study id (never a training participant)."""
    statement = select(*values(columns, 0, now, today)).select_from(Participant).where(Participant.in_trial)
    statement = statement.outerjoin(Allocation, Allocation.participant_id == Participant.id)
    return [joined(statement, columns, Participant.id).order_by(Participant.study_id)]


FILE = ExportFile("participants.csv", "Participants", COLUMNS, statements, for_rater=True)
