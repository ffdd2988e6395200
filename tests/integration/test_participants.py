"""Search, later steps, withdrawal, timeline, and the follow-up schedule."""

from datetime import date, timedelta

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from tests.support.builders import make_outbound, make_participant, make_ready_participant
from textsupport.models import (
    AuditEntry,
    OutboundKind,
    OutboundStatus,
    ParticipantStatus,
)
from textsupport.services.trial import allocations, assessments, participant_reads, participants, randomize


def test_search_by_study_id_fragment_or_any_phone_format(session):
    alex = make_participant(session, study_id="TS-ABC234", phone="+17805550111")
    make_participant(session, study_id="TS-XYZ789", phone="+17805550122")
    assert [p.study_id for p, _ in participant_reads.search(session, "abc")] == [alex.study_id]
    assert [p.study_id for p, _ in participant_reads.search(session, "(780) 555-0111")] == [alex.study_id]
    assert len(participant_reads.search(session, "")) == 2
    assert participant_reads.search(session, "nobody") == []


def test_steps_recorded_after_enrolment_make_randomisation_possible(session):
    participant = make_ready_participant(session, eligibility_confirmed_at=None, baseline_done_at=None)
    assert randomize.missing_steps(participant) == [
        "eligibility not confirmed",
        "baseline assessment not done",
    ]
    participants.record_step(session, participant.study_id, "eligibility", actor_id=None)
    participants.record_step(session, participant.study_id, "baseline", actor_id=None)
    assert randomize.missing_steps(participant) == []
    actions = set(session.scalars(select(AuditEntry.action)))
    assert {"record_eligibility", "record_baseline"} <= actions


def test_unknown_step_is_refused(session):
    participant = make_participant(session)
    with pytest.raises(participants.ParticipantError, match="unknown step"):
        participants.record_step(session, participant.study_id, "vibes", actor_id=None)


def test_withdrawal_keeps_data_and_cancels_every_planned_text(session):
    participant = make_participant(session)
    planned = make_outbound(session, participant)
    sent = make_outbound(session, participant, kind=OutboundKind.WELCOME, status=OutboundStatus.SENT)
    participants.withdraw(session, participant.study_id, "moved away", actor_id=None)
    session.refresh(planned)
    session.refresh(sent)
    assert participant.status is ParticipantStatus.WITHDRAWN
    assert participant.withdrawal_reason == "moved away"
    assert planned.status is OutboundStatus.CANCELLED
    assert sent.status is OutboundStatus.SENT  # history is not rewritten
    assert participants.get(session, participant.study_id).first_name == "Alex"  # data kept


@pytest.mark.parametrize("reason", ["", "   "])
def test_withdrawal_needs_a_reason(session, reason):
    participant = make_participant(session)
    with pytest.raises(participants.ParticipantError, match="reason is required"):
        participants.withdraw(session, participant.study_id, reason, actor_id=None)
    session.refresh(participant)
    assert participant.status is ParticipantStatus.ENROLLED


def test_withdrawing_twice_is_refused(session):
    participant = make_participant(session)
    participants.withdraw(session, participant.study_id, "asked to stop", actor_id=None)
    with pytest.raises(participants.ParticipantError, match="already withdrawn"):
        participants.withdraw(session, participant.study_id, "again", actor_id=None)


@freeze_time("2026-11-23T18:00:00Z")  # after the builders' consent and baseline times
def test_timeline_shows_the_arm_only_when_asked(session, app, settings):
    allocations.generate(session, "s", 4, ["north"], ("site", "sex"), actor_id=None)
    participant = make_ready_participant(session)
    allocation = randomize.randomize(session, participant.study_id, settings, actor_id=None)
    with_arm = participant_reads.timeline(session, participant, show_arm=True)
    without = participant_reads.timeline(session, participant, show_arm=False)
    assert [e.what for e in with_arm][-1] == "Randomised"
    assert with_arm[-1].detail == f"arm {allocation.arm.value}"
    assert without[-1].detail == ""


@freeze_time("2026-11-23T18:00:00Z")  # Mon 11:00 MST
def test_rater_tasks_list_due_and_overdue_without_arms(session, app, settings):
    allocations.generate(session, "s", 4, ["north"], ("site", "sex"), actor_id=None)
    participant = make_ready_participant(session)
    randomize.randomize(session, participant.study_id, settings, actor_id=None)
    start = date(2026, 11, 23)
    tasks = assessments.open_tasks(session, start + timedelta(days=50))
    assert [t.kind for t in tasks] == ["week_6"]
    assert tasks[0].overdue
    assert not hasattr(tasks[0], "arm")
    assessments.complete(session, tasks[0].assessment_id, actor_id=None)
    assert assessments.open_tasks(session, start + timedelta(days=50)) == []
    with pytest.raises(assessments.AssessmentError, match="already recorded"):
        assessments.complete(session, tasks[0].assessment_id, actor_id=None)
