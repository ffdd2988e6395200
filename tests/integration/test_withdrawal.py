"""Withdrawal from the intervention (texts and peer contact stop, follow-up goes on) or from the study."""

from datetime import UTC, date, datetime, timedelta

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from tests.support.builders import make_active, make_outbound, make_participant, make_staff
from tests.support.queue_builders import make_item
from tests.support.sending import sent, tick
from tests.support.times import MONDAY_NOON as NOON
from textsupport.models import (
    Arm,
    Assessment,
    AssessmentKind,
    AuditEntry,
    Level,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    ParticipantStatus,
    Pool,
    Role,
    WithdrawalKind,
)
from textsupport.services.queue import caseload, casework, contacts
from textsupport.services.queue import reads as queue
from textsupport.services.replies import routing
from textsupport.services.trial import assessments, participant_reads, participants

INTERVENTION, STUDY = WithdrawalKind.INTERVENTION, WithdrawalKind.STUDY
START = date(2026, 10, 1)
WITHDRAWN_AT = "2026-11-10T18:00:00Z"


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TWILIO_MPS="1000")


def ten_am(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=17)  # 10:00 MST


def withdraw(session, participant, kind, reason="asked to stop the texts"):
    with freeze_time(WITHDRAWN_AT):
        return participants.withdraw(session, participant.study_id, reason, actor_id=None, kind=kind)


def planned(session, participant) -> dict[OutboundKind, OutboundStatus]:
    session.expire_all()
    rows = session.scalars(select(OutboundMessage).where(OutboundMessage.participant_id == participant.id))
    return {row.kind: row.status for row in rows}


def test_from_the_intervention_stops_programme_texts_and_the_peer_but_keeps_follow_up(session):
    peer = make_staff(session)
    participant = make_active(session, Arm.PEER_TEXT, START, peer_worker_id=peer.id)
    make_outbound(session, participant, kind=OutboundKind.DAILY)
    make_outbound(session, participant, kind=OutboundKind.SURVEY_INVITATION)
    withdraw(session, participant, INTERVENTION)
    assert participant.status is ParticipantStatus.ACTIVE
    assert participant.withdrawal_kind is INTERVENTION
    assert participant.withdrawn_at == datetime(2026, 11, 10, 18, tzinfo=UTC)
    assert participant.withdrawal_reason == "asked to stop the texts"
    assert participant.peer_worker_id is None
    assert planned(session, participant) == {
        OutboundKind.DAILY: OutboundStatus.CANCELLED,
        OutboundKind.SURVEY_INVITATION: OutboundStatus.PLANNED,
    }


def test_from_the_study_stops_everything_and_keeps_the_data(session):
    participant = make_active(session, Arm.TEXT, START)
    make_outbound(session, participant, kind=OutboundKind.SURVEY_INVITATION)
    withdraw(session, participant, STUDY)
    assert participant.status is ParticipantStatus.WITHDRAWN
    assert participant.withdrawal_kind is STUDY
    assert planned(session, participant) == {OutboundKind.SURVEY_INVITATION: OutboundStatus.CANCELLED}


@pytest.mark.parametrize(
    ("first", "then", "refusal"),
    [
        (INTERVENTION, INTERVENTION, "already withdrawn from the intervention"),
        (STUDY, STUDY, "already withdrawn from the study; that is final"),
        (STUDY, INTERVENTION, "already withdrawn from the study; that is final"),
    ],
)
def test_a_second_withdrawal_is_refused_unless_it_extends_to_the_study(session, first, then, refusal):
    participant = make_active(session, Arm.TEXT, START)
    withdraw(session, participant, first)
    with pytest.raises(participants.ParticipantError, match=refusal):
        withdraw(session, participant, then, "again")


def test_an_intervention_withdrawal_extends_to_the_study_and_the_timeline_keeps_both(session):
    participant = make_active(session, Arm.TEXT, START)
    withdraw(session, participant, INTERVENTION, "too many texts")
    with freeze_time("2026-11-20T18:00:00Z"):
        participants.withdraw(session, participant.study_id, "moved away", None, kind=STUDY)
    assert (participant.status, participant.withdrawal_kind) == (ParticipantStatus.WITHDRAWN, STUDY)
    events = [(e.what, e.detail) for e in participant_reads.timeline(session, participant, show_arm=False)]
    assert [event for event in events if event[0].startswith("Withdrawn")] == [
        ("Withdrawn from the intervention", "too many texts"),
        ("Withdrawn from the study", "moved away"),
    ]
    kinds = session.scalars(select(AuditEntry.data).where(AuditEntry.action == "withdraw")).all()
    assert [data["kind"] for data in kinds] == ["intervention", "study"]


def test_only_an_active_participant_can_leave_the_intervention_alone(session):
    participant = make_participant(session)  # enrolled, not randomised
    with pytest.raises(participants.ParticipantError, match="withdraw them from the study instead"):
        withdraw(session, participant, INTERVENTION)


def test_the_planner_and_dispatcher_send_follow_up_but_no_daily_text_after_leaving_the_intervention(
    app, session
):
    participant = make_active(session, Arm.TEXT, START)
    due = date(2026, 11, 12)
    session.add(Assessment(participant_id=participant.id, kind=AssessmentKind.WEEK_6, due_date=due))
    session.commit()
    withdraw(session, participant, INTERVENTION)
    for offset in range(4):
        tick(app, ten_am(due + timedelta(days=offset)))
    assert OutboundKind.DAILY not in planned(session, participant)  # not even planned, then cancelled
    assert [t.local_date for t in sent(session, participant, OutboundKind.SURVEY_INVITATION)] == [due]
    assert [t.local_date for t in sent(session, participant, OutboundKind.SURVEY_REMINDER)] == [
        due + timedelta(days=3)
    ]


def test_a_daily_text_planned_before_the_withdrawal_is_cancelled_at_send_time(app, session):
    participant = make_active(session, Arm.TEXT, START)
    tick(app, datetime(2026, 11, 11, 7, 0, tzinfo=UTC), send=False)  # planned at 00:00 local
    participant.withdrawal_kind = INTERVENTION  # as if withdrawn on another connection after planning
    session.commit()
    report = tick(app, ten_am(date(2026, 11, 11)), plan=False)
    assert report["dispatch"]["cancelled"] == 1
    assert sent(session, participant) == []


def test_no_peer_may_be_assigned_after_leaving_the_intervention(session, app, settings):
    peer = make_staff(session)
    supervisor = make_staff(session, role=Role.SUPERVISOR)
    participant = make_active(session, Arm.PEER, START)
    withdraw(session, participant, INTERVENTION)
    with pytest.raises(caseload.CaseloadError, match="withdrawn from the intervention"):
        caseload.assign(session, participant.study_id, peer.id, settings, supervisor)
    session.rollback()
    assert participant.peer_worker_id is None


@pytest.mark.parametrize(
    ("withdrawal", "level", "pool"),
    [
        (None, Level.ROUTINE, Pool.PEER),
        (INTERVENTION, Level.ROUTINE, Pool.STAFF),
        (INTERVENTION, Level.URGENT, Pool.STAFF),
        (INTERVENTION, Level.CRISIS, Pool.SUPERVISOR),
    ],
)
def test_a_reply_after_leaving_the_intervention_goes_to_staff_never_to_a_peer(
    session, settings, withdrawal, level, pool
):
    peer = make_staff(session)
    # The peer still set, as data from before withdrawal unassigned peers would have it.
    participant = make_active(session, Arm.PEER, START, peer_worker_id=peer.id, withdrawal_kind=withdrawal)
    sender = routing.Sender(participant, Arm.PEER, peer_available=True)
    routed_pool, assignee = routing.route(session, sender, level, settings, NOON)
    assert routed_pool is pool
    assert (assignee == peer.id) is (withdrawal is None)


def test_peers_do_not_see_the_staff_items_of_someone_who_left_the_intervention(session):
    peer = make_staff(session)
    staying = make_active(session, Arm.PEER, START)
    leaving = make_active(session, Arm.PEER, START, withdrawal_kind=INTERVENTION)
    kept = make_item(session, staying, pool=Pool.STAFF)
    make_item(session, leaving, pool=Pool.STAFF)
    assert [row.item.id for row in queue.open_items(session, peer, "unassigned")] == [kept.id]


@pytest.mark.parametrize(
    ("role", "withdrawal", "refusal"),
    [
        (Role.PEER_WORKER, INTERVENTION, "withdrawn from the intervention"),
        (Role.SUPERVISOR, INTERVENTION, None),
        (Role.SUPERVISOR, STUDY, "withdrawn from the study"),
    ],
)
def test_staff_replies_after_a_withdrawal(session, app, role, withdrawal, refusal, settings):
    worker = make_staff(session, role=role)
    participant = make_active(session, Arm.PEER, START)
    item = make_item(session, participant, pool=Pool.STAFF)
    casework.claim(session, item.id, worker, settings=settings)
    withdraw(session, participant, withdrawal)
    if refusal is None:
        assert contacts.reply(session, item.id, worker, "How are you?", "n1", settings).body == "How are you?"
        return
    with pytest.raises(casework.CaseworkError, match=refusal):
        contacts.reply(session, item.id, worker, "How are you?", "n1", settings)


@pytest.mark.parametrize(("withdrawal", "listed"), [(None, True), (INTERVENTION, True), (STUDY, False)])
def test_raters_list_and_csv_drop_open_assessments_after_a_study_withdrawal(session, withdrawal, listed):
    participant = make_active(session, Arm.TAU, START)
    session.add_all(
        [
            Assessment(participant_id=participant.id, kind=AssessmentKind.BASELINE, due_date=START,
                       completed_at=ten_am(START)),
            Assessment(participant_id=participant.id, kind=AssessmentKind.WEEK_6,
                       due_date=date(2026, 11, 12)),
        ]
    )  # fmt: skip
    session.commit()
    if withdrawal:
        withdraw(session, participant, withdrawal)
    tasks = assessments.open_tasks(session, date(2026, 11, 20))
    assert [t.study_id for t in tasks] == ([participant.study_id] if listed else [])
    rows = assessments.export_csv(session).splitlines()[1:]
    assert [row.split(",")[1] for row in rows] == (["baseline", "week_6"] if listed else ["baseline"])


def test_an_assessment_cannot_be_completed_after_a_study_withdrawal(session):
    participant = make_active(session, Arm.TAU, START)
    assessment = Assessment(participant_id=participant.id, kind=AssessmentKind.WEEK_6, due_date=START)
    session.add(assessment)
    session.commit()
    withdraw(session, participant, STUDY)
    with pytest.raises(assessments.AssessmentError, match="withdrawn from the study"):
        assessments.complete(session, assessment.id, actor_id=None)
    session.rollback()
    assert session.get(Assessment, assessment.id).completed_at is None
