"""A hand-built trial with a known count in every CONSORT box, for the dashboard and the export.

`build(session)` saves twelve participants, seen at NOW = Mon 2026-11-23 19:00 UTC (12:00 MST,
`times.MONDAY_NOON`), whose histories exercise every box and its edge cases:

    id    site  sex enrolled    steps          arm        history
    S-01  north F   2026-05-01  elig+cons+base TEXT       welcome delivered; completed the programme;
                                                          week_6, month_3, month_6 done
    S-02  north M   2026-09-01  elig+cons+base TEXT       texts delivered, one failed (30007); week_6 done;
                                                          a crisis reply answered after 25 min (SLA missed)
    S-03  south F   2026-11-02  elig+cons+base TEXT       withdrawn from the study ("moved away") the same
                                                          day; its welcome text cancelled: never started
    S-04  north F   2026-08-03  elig+cons+base PEER_TEXT  peer assigned; texts delivered, undelivered
                                                          (30003), expired, sent; week_6 done, month_3
                                                          21 days overdue (not lost); a crisis reply
                                                          answered after 10 min (met)
    S-05  south M   2026-10-05  elig+cons+base PEER_TEXT  texts sent, one undelivered (30003); STOP on
                                                          2026-11-10: opted out, a later text cancelled;
                                                          week_6 7 days overdue; an urgent reply answered
                                                          after 2 h (met)
    S-06  south F   2026-09-14  elig+cons+base PEER       a peer contact 3 h after a routine reply (met),
                                                          then withdrawn from the intervention ("did not
                                                          want peer contact"); week_6 done
    S-07  north M   2026-07-01  elig+cons+base TAU        week_6 and month_3 not done: lost to follow-up;
                                                          a routine reply still within its SLA (pending)
    S-08  south F   2026-11-16  elig+cons+base TAU        an urgent reply never answered (SLA missed)
    S-09  north X   2026-11-09  elig+cons      -          waits for the baseline
    S-10  south M   2026-11-16  elig           -          no consent yet
    S-11  north F   2026-11-18  -              -          eligibility not confirmed
    S-12  north X   2026-11-20  -              -          eligibility not confirmed

Definitions the counts follow (the dashboard's reads document the same):
- eligible: eligibility confirmed; consented: eligible and consent recorded; randomised: allocated.
- started the allocated intervention: TAU on randomisation; a texting arm once a welcome or daily
  text was sent; a peer arm once a peer worker is assigned or a reply or contact was logged on one
  of their queue items.
- lost to follow-up: still in the study with a follow-up assessment not done 30 days after its due date.
- completed: status completed (the end of the programme).
- follow-up per time point: due = due date on or before today; done = completed.
- texts per week (Monday, PROGRAM_TZ, by scheduled time; texts to participants only): planned = every
  text scheduled; sent = has gone out; delivered; failed = failed or undelivered; expired.
- SLA met: the first reply or contact came by the item's deadline; missed: it came late, or the deadline
  passed without one; pending: neither yet. First response times: linear-interpolated percentiles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from tests.support.builders import make_participant, make_staff
from tests.support.times import MONDAY_NOON
from textsupport.models import (
    Allocation,
    AllocationSlot,
    AllocationTable,
    Arm,
    Assessment,
    AssessmentKind,
    EventAction,
    InboundMessage,
    ItemState,
    Level,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Participant,
    ParticipantStatus,
    Pool,
    QueueEvent,
    QueueItem,
    Role,
    Sex,
    StaffUser,
    WithdrawalKind,
)
from textsupport.services.trial import started

NOW = MONDAY_NOON
TODAY = date(2026, 11, 23)

# The CONSORT boxes, whole trial, no filter.
ENROLLED = 12
ELIGIBLE = 10
CONSENTED = 9
RANDOMISED = 8
RANDOMISED_BY_ARM = {"PEER": 1, "PEER_TEXT": 2, "TEXT": 3, "TAU": 2}
STARTED = 7
STARTED_BY_ARM = {"PEER": 1, "PEER_TEXT": 2, "TEXT": 2, "TAU": 2}
OPTED_OUT = 1
OPTED_OUT_BY_ARM = {"PEER": 0, "PEER_TEXT": 1, "TEXT": 0, "TAU": 0}
WITHDRAWN = 2
WITHDRAWN_BY_KIND = {"intervention": 1, "study": 1}
WITHDRAWN_BY_REASON = {"did not want peer contact": 1, "moved away": 1}
WITHDRAWN_BY_ARM = {"PEER": 1, "PEER_TEXT": 0, "TEXT": 1, "TAU": 0}
LOST_TO_FOLLOW_UP = 1
LOST_BY_ARM = {"PEER": 0, "PEER_TEXT": 0, "TEXT": 0, "TAU": 1}
COMPLETED = 1
COMPLETED_BY_ARM = {"PEER": 0, "PEER_TEXT": 0, "TEXT": 1, "TAU": 0}
FOLLOW_UP = {  # time point: (due, done)
    "baseline": (8, 8),
    "week_6": (6, 4),
    "month_3": (3, 1),
    "month_6": (1, 1),
    "month_12": (0, 0),
}
# Recruitment: enrolled and randomised per site, and per local week (Monday's date, PROGRAM_TZ).
ENROLLED_BY_SITE = {"north": 7, "south": 5}
RANDOMISED_BY_SITE = {"north": 4, "south": 4}
ENROLLED_BY_WEEK = {
    "2026-04-27": 1,
    "2026-06-29": 1,
    "2026-08-03": 1,
    "2026-08-31": 1,
    "2026-09-14": 1,
    "2026-10-05": 1,
    "2026-11-02": 1,
    "2026-11-09": 1,
    "2026-11-16": 4,
}
ENROLLED_BY_MONTH = {"2026-05": 1, "2026-07": 1, "2026-08": 1, "2026-09": 2, "2026-10": 1, "2026-11": 6}
RANDOMISED_BY_WEEK = {week: 1 for week in ENROLLED_BY_WEEK if week != "2026-11-09"}
# Arm balance: stratum -> arm -> count.
BALANCE = {
    "site=north|sex=F": {"TEXT": 1, "PEER_TEXT": 1},
    "site=north|sex=M": {"TEXT": 1, "TAU": 1},
    "site=south|sex=F": {"TEXT": 1, "PEER": 1, "TAU": 1},
    "site=south|sex=M": {"PEER_TEXT": 1},
}
# Texts per week (Monday's date): planned, sent, delivered, failed, expired.
TEXTS_BY_WEEK = {
    "2026-04-27": (1, 1, 1, 0, 0),
    "2026-11-02": (1, 0, 0, 0, 0),
    "2026-11-09": (3, 3, 2, 1, 0),
    "2026-11-16": (5, 3, 1, 2, 1),
    "2026-11-23": (2, 1, 0, 0, 0),
}
TEXTS_TOTAL = (12, 8, 4, 3, 1)
FAILURE_CODES = {30003: 2, 30007: 1}
# Replies per week (Monday's date): all, crisis, urgent, routine, not flagged.
REPLIES_BY_WEEK = {
    "2026-10-19": (1, 0, 0, 1, 0),
    "2026-11-09": (2, 0, 1, 0, 1),
    "2026-11-16": (4, 2, 1, 1, 0),
}
REPLIES_TOTAL = (7, 2, 2, 2, 1)
# Queue: level -> (met, missed, pending).
SLA = {"crisis": (1, 1, 0), "urgent": (1, 1, 0), "routine": (1, 0, 1)}
FIRST_RESPONSE_MEDIAN = timedelta(minutes=72, seconds=30)  # of 10, 25, 120 and 180 minutes
FIRST_RESPONSE_P90 = timedelta(minutes=162)

# Site "south" only, for the filter.
SOUTH_ENROLLED = 5
SOUTH_RANDOMISED = 4
SOUTH_REPLIES_TOTAL = (4, 0, 2, 1, 1)
# Enrolled in the week of Mon 2026-11-16 to Sun 2026-11-22 only: S-08, S-10, S-11, S-12.
WEEK_OF_16_NOV_ENROLLED = 4
WEEK_OF_16_NOV_RANDOMISED = 1


@dataclass
class Story:
    """What `build` saved: participants by study id, and the staff who acted."""

    participants: dict[str, Participant] = field(default_factory=dict)
    admin: StaffUser | None = None
    trial_staff: StaffUser | None = None
    peer: StaffUser | None = None


_PEOPLE = (
    # study id, site, sex, enrolled, steps (e=eligible, c=consented, b=baseline), arm
    ("S-01", "north", Sex.F, date(2026, 5, 1), "ecb", Arm.TEXT),
    ("S-02", "north", Sex.M, date(2026, 9, 1), "ecb", Arm.TEXT),
    ("S-03", "south", Sex.F, date(2026, 11, 2), "ecb", Arm.TEXT),
    ("S-04", "north", Sex.F, date(2026, 8, 3), "ecb", Arm.PEER_TEXT),
    ("S-05", "south", Sex.M, date(2026, 10, 5), "ecb", Arm.PEER_TEXT),
    ("S-06", "south", Sex.F, date(2026, 9, 14), "ecb", Arm.PEER),
    ("S-07", "north", Sex.M, date(2026, 7, 1), "ecb", Arm.TAU),
    ("S-08", "south", Sex.F, date(2026, 11, 16), "ecb", Arm.TAU),
    ("S-09", "north", Sex.X, date(2026, 11, 9), "ec", None),
    ("S-10", "south", Sex.M, date(2026, 11, 16), "e", None),
    ("S-11", "north", Sex.F, date(2026, 11, 18), "", None),
    ("S-12", "north", Sex.X, date(2026, 11, 20), "", None),
)
_OFFSETS = {"baseline": 0, "week_6": 42, "month_3": 91, "month_6": 182, "month_12": 365}
_DONE = {  # follow-up done besides every baseline
    "S-01": ("week_6", "month_3", "month_6"),
    "S-02": ("week_6",),
    "S-04": ("week_6",),
    "S-06": ("week_6",),
}
# study id, kind, local date, status, error code (texts at 17:00 UTC = 10:00 MST/11:00 MDT)
_TEXTS = (
    ("S-01", OutboundKind.WELCOME, date(2026, 5, 2), OutboundStatus.DELIVERED, None),
    ("S-03", OutboundKind.WELCOME, date(2026, 11, 3), OutboundStatus.CANCELLED, None),
    ("S-02", OutboundKind.DAILY, date(2026, 11, 10), OutboundStatus.DELIVERED, None),
    ("S-04", OutboundKind.DAILY, date(2026, 11, 10), OutboundStatus.DELIVERED, None),
    ("S-05", OutboundKind.DAILY, date(2026, 11, 10), OutboundStatus.UNDELIVERED, 30003),
    ("S-02", OutboundKind.DAILY, date(2026, 11, 17), OutboundStatus.DELIVERED, None),
    ("S-04", OutboundKind.DAILY, date(2026, 11, 17), OutboundStatus.UNDELIVERED, 30003),
    ("S-05", OutboundKind.DAILY, date(2026, 11, 17), OutboundStatus.CANCELLED, None),
    ("S-04", OutboundKind.DAILY, date(2026, 11, 18), OutboundStatus.EXPIRED, None),
    ("S-02", OutboundKind.DAILY, date(2026, 11, 18), OutboundStatus.FAILED, 30007),
    ("S-02", OutboundKind.DAILY, date(2026, 11, 23), OutboundStatus.PLANNED, None),
    ("S-04", OutboundKind.DAILY, date(2026, 11, 23), OutboundStatus.SENT, None),
)
_NOT_SENT = {OutboundStatus.PLANNED, OutboundStatus.CANCELLED, OutboundStatus.EXPIRED}


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


# study id, received (UTC), level (None: a keyword), minutes to the first response (None: none),
# response action
_REPLIES = (
    ("S-06", _at(date(2026, 10, 20), 18), Level.ROUTINE, 180, EventAction.CONTACT),
    ("S-05", _at(date(2026, 11, 10), 18), Level.URGENT, 120, EventAction.REPLIED),
    ("S-05", _at(date(2026, 11, 10), 20), None, None, None),  # STOP: no item
    ("S-04", _at(date(2026, 11, 17), 20), Level.CRISIS, 10, EventAction.REPLIED),
    ("S-02", _at(date(2026, 11, 18), 20), Level.CRISIS, 25, EventAction.CONTACT),
    ("S-08", _at(date(2026, 11, 21), 18), Level.URGENT, None, None),
    ("S-07", _at(date(2026, 11, 22), 20), Level.ROUTINE, None, None),
)
_SLA_MINUTES = {Level.CRISIS: 15, Level.URGENT: 240, Level.ROUTINE: 1440}


def build(session: Session) -> Story:
    """Save the story's staff, participants, allocations, assessments, texts, replies and queue items."""
    story = Story(
        admin=make_staff(session, role=Role.ADMIN, email="story-admin@example.org"),
        trial_staff=make_staff(session, role=Role.TRIAL_STAFF, email="story-staff@example.org"),
        peer=make_staff(session, role=Role.PEER_WORKER, email="story-peer@example.org"),
    )
    table = AllocationTable(source="imported", strata_fields="site,sex", created_at=_at(date(2026, 4, 1), 12))
    session.add(table)
    session.flush()
    for number, (study_id, site, sex, enrolled, steps, arm) in enumerate(_PEOPLE, start=1):
        story.participants[study_id] = _enrol(session, study_id, number, site, sex, enrolled, steps)
        if arm is not None:
            _randomise(session, table, story.participants[study_id], arm, number, enrolled)
    _histories(session, story)
    for study_id, kind, day, status, code in _TEXTS:
        _text(session, story.participants[study_id], kind, day, status, code)
    for study_id, at, level, minutes, action in _REPLIES:
        _reply(session, story, story.participants[study_id], at, level, minutes, action)
    # The story is saved around the services, so "started" comes from its history, as migration 0019
    # backfilled it (tests/integration/test_intervention_started.py checks both against the services).
    session.flush()
    started.backfill(session.connection())
    session.commit()
    return story


def _enrol(session, study_id, number, site, sex, enrolled, steps) -> Participant:
    at = _at(enrolled, 17)
    return make_participant(
        session,
        study_id=study_id,
        phone=f"+1780555{9000 + number:04d}",
        site=site,
        sex=sex,
        discharge_date=enrolled - timedelta(days=2),
        created_at=at,
        eligibility_confirmed_at=at if "e" in steps else None,
        consent_version="v2.1" if "c" in steps else None,
        consent_at=at if "c" in steps else None,
        baseline_done_at=at if "b" in steps else None,
    )


def _randomise(session, table, participant, arm, number, day) -> None:
    stratum = f"site={participant.site}|sex={participant.sex.value}"
    slot = AllocationSlot(table_id=table.id, stratum=stratum, position=number, block=1, arm=arm)
    session.add(slot)
    session.flush()
    at = _at(day, 18)
    session.add(
        Allocation(
            participant_id=participant.id,
            slot_id=slot.id,
            arm=arm,
            stratum=stratum,
            allocated_at=at,
            start_date=day,
        )
    )
    participant.status = ParticipantStatus.ACTIVE
    done = ("baseline", *_DONE.get(participant.study_id, ()))
    for kind, days in _OFFSETS.items():
        due = day + timedelta(days=days)
        session.add(
            Assessment(
                participant_id=participant.id,
                kind=AssessmentKind(kind),
                due_date=due,
                completed_at=_at(min(due, TODAY), 16) if kind in done else None,
            )
        )


def _histories(session, story: Story) -> None:
    people = story.participants
    people["S-01"].status = ParticipantStatus.COMPLETED
    people["S-03"].status = ParticipantStatus.WITHDRAWN
    people["S-03"].withdrawal_kind = WithdrawalKind.STUDY
    people["S-03"].withdrawal_reason = "moved away"
    people["S-03"].withdrawn_at = _at(date(2026, 11, 2), 20)
    people["S-04"].peer_worker_id = story.peer.id
    people["S-05"].sms_opted_out_at = _at(date(2026, 11, 10), 20)
    people["S-06"].withdrawal_kind = WithdrawalKind.INTERVENTION
    people["S-06"].withdrawal_reason = "did not want peer contact"
    people["S-06"].withdrawn_at = _at(date(2026, 11, 1), 18)
    session.flush()


def _text(session, participant, kind, day, status, code) -> None:
    at = _at(day, 17)
    session.add(
        OutboundMessage(
            participant_id=participant.id,
            kind=kind,
            local_date=day,
            scheduled_for=at,
            status=status,
            error_code=code,
            sent_at=None if status in _NOT_SENT else at,
            created_at=at,
            updated_at=at,
        )
    )


def _reply(session, story, participant, at, level, minutes, action) -> None:
    inbound = InboundMessage(
        provider_sid=f"SMSTORY{at:%m%d%H}{participant.id:04d}",
        participant_id=participant.id,
        from_phone=participant.phone,
        body="STOP" if level is None else "a reply",
        received_at=at,
        level=level,
        keyword="STOP" if level is None else None,
        reasons=[],
        extra={},
    )
    session.add(inbound)
    session.flush()
    if level is None:
        return
    answered = minutes is not None
    item = QueueItem(
        participant_id=participant.id,
        inbound_id=inbound.id,
        kind="reply",
        level=level,
        reasons=[],
        pool=Pool.SUPERVISOR if level is Level.CRISIS else Pool.STAFF,
        state=ItemState.RESOLVED if answered else ItemState.OPEN,
        due_at=at + timedelta(minutes=_SLA_MINUTES[level]),
        created_at=at,
        resolved_at=at + timedelta(minutes=minutes + 5) if answered else None,
    )
    session.add(item)
    session.flush()
    session.add(QueueEvent(item_id=item.id, at=at, action=EventAction.OPENED, data={}))
    if answered:
        first = at + timedelta(minutes=minutes)
        session.add(QueueEvent(item_id=item.id, at=first, actor_id=story.peer.id, action=action, data={}))
        end = first + timedelta(minutes=5)
        session.add(
            QueueEvent(item_id=item.id, at=end, actor_id=story.peer.id, action=EventAction.RESOLVED, data={})
        )
