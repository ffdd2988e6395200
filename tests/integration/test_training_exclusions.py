"""Training participants stay out of the trial (issue 17, the sandbox): no dashboard or CONSORT
figure, no export row, no follow-up task, no allocation, no caseload, no real queue count.

Each test adds a training participant with a full history beside real data and checks the trial's
figures did not move; the practice rows are shown to be there, so each check could fail.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from freezegun import freeze_time
from sqlalchemy import func, select

from tests.support import trial_story as story
from tests.support.builders import make_active, make_ready_participant, make_staff, make_training
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON
from textsupport.models import (
    Allocation,
    Arm,
    Assessment,
    AssessmentKind,
    AuditEntry,
    EventAction,
    ItemState,
    Level,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Participant,
    Pool,
    QueueEvent,
    Role,
)
from textsupport.services.export import writer
from textsupport.services.export.files import Options
from textsupport.services.ops import home_reads
from textsupport.services.queue import caseload, workload_reads
from textsupport.services.queue import reads as queue
from textsupport.services.reports import dashboard_reads
from textsupport.services.reports.scope import Scope
from textsupport.services.trial import assessments, randomize


def practise(session, trainee=None, day: date = date(2026, 11, 20), **overrides) -> Participant:
    """A training participant with what a real one would leave: texts both ways, a crisis item
    answered by a contact, a follow-up assessment, a peer on their practice set."""
    at = story.NOW - timedelta(days=3)
    practice = make_training(session, trainee, created_at=at, baseline_done_at=at, **overrides)
    session.add(
        OutboundMessage(
            participant_id=practice.id, kind=OutboundKind.DAILY, local_date=day, scheduled_for=at,
            status=OutboundStatus.DELIVERED, sent_at=at, created_at=at, updated_at=at,
        )
    )  # fmt: skip
    item = make_item(session, practice, level=Level.CRISIS, pool=Pool.SUPERVISOR, at=at)
    session.add(
        QueueEvent(item_id=item.id, at=at + timedelta(minutes=5), action=EventAction.CONTACT,
                   actor_id=trainee.id if trainee else None, minutes=5, data={})
    )  # fmt: skip
    session.add(Assessment(participant_id=practice.id, kind=AssessmentKind.WEEK_6, due_date=day))
    session.commit()
    return practice


def test_the_dashboard_and_consort_do_not_move_for_training_participants(session, settings):
    story.build(session)
    scopes = (Scope(), Scope(site="north"), Scope(start=date(2026, 11, 1), end=date(2026, 11, 30)))
    before = [dashboard_reads.read(session, s, settings, arms=True, now=story.NOW) for s in scopes]

    practise(session, make_staff(session, role=Role.PEER_WORKER))
    practise(session, site="south")

    after = [dashboard_reads.read(session, s, settings, arms=True, now=story.NOW) for s in scopes]
    assert after == before
    assert before[0].flow.boxes["enrolled"].total == story.ENROLLED


def test_the_research_export_has_no_row_of_a_training_participant(session, settings, tmp_path):
    real = make_active(session, Arm.TEXT, date(2026, 11, 1), first_name="Robin")
    make_item(session, real, level=Level.URGENT)
    session.add(Assessment(participant_id=real.id, kind=AssessmentKind.WEEK_6, due_date=date(2026, 11, 20)))
    session.commit()
    practice = practise(session)
    with freeze_time(MONDAY_NOON):
        options = Options(identifiable=True, reason="test")
        result = writer.export(session, tmp_path / "out", options, None, settings)
    ids = {}
    for name in ("participants.csv", "assessments.csv", "texts.csv", "queue_items.csv"):
        with (result.out / name).open(encoding="utf-8", newline="") as stream:
            ids[name] = {row["participant_id"] for row in csv.DictReader(stream)}
    assert ids == {name: {real.study_id} for name in ids}
    assert practice.phone not in "".join((result.out / n).read_text() for n in ids)


@pytest.fixture
def settings_overrides():
    return {"RECRUITMENT_TARGET": "north=10,south=6"}


def test_a_training_participant_is_never_randomised_and_takes_no_slot(session, settings):
    make_active(session, Arm.TEXT, date(2026, 11, 1))  # an allocation table exists
    practice = make_ready_participant(session, training=True)
    with pytest.raises(randomize.RandomizeError, match="training participant is never randomised"):
        randomize.randomize(session, practice.study_id, settings, None)
    assert session.scalar(select(func.count()).select_from(Allocation)) == 1
    denied = session.scalars(select(AuditEntry).where(AuditEntry.action == "randomize")).all()
    assert [entry.outcome.value for entry in denied] == ["denied"]


def test_follow_up_tasks_and_the_home_page_leave_training_participants_out(session, settings):
    real = make_active(session, Arm.TAU, date(2026, 11, 1))
    session.add(Assessment(participant_id=real.id, kind=AssessmentKind.WEEK_6, due_date=date(2026, 11, 20)))
    session.commit()
    practise(session)
    make_training(session, status="enrolled")  # not randomised, and never to be
    make_ready_participant(session)  # a real one waiting for randomisation
    tasks = assessments.open_tasks(session, date(2026, 11, 23))
    assert [task.study_id for task in tasks] == [real.study_id]
    assert real.study_id in assessments.export_csv(session)
    admin = make_staff(session, role=Role.ADMIN)
    home = home_reads.read(session, admin, settings, MONDAY_NOON)
    assert (home.awaiting_randomisation, home.followups_overdue, home.crisis_open) == (1, 1, 0)


def test_practice_items_have_their_own_tab_out_of_the_real_counts(session):
    trainee = make_staff(session, role=Role.PEER_WORKER)
    supervisor = make_staff(session, role=Role.SUPERVISOR)
    real = make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), peer_worker_id=trainee.id)
    mine = make_item(session, real, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=trainee.id)
    practice = practise(session, trainee)
    routine = make_item(session, practice, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=trainee.id)
    unknown = make_item(session, None, level=Level.URGENT, pool=Pool.ADMIN)  # no participant: real
    session.commit()

    counts = queue.counts(session, trainee)
    assert (counts["mine"], counts["practice"], counts["crisis"]) == (1, 2, 0)
    assert [row.item.id for row in queue.open_items(session, trainee, "mine")] == [mine.id]
    practice_ids = [row.item.id for row in queue.open_items(session, trainee, "practice")]
    assert routine.id in practice_ids and len(practice_ids) == 2
    boss = queue.counts(session, supervisor)
    assert (boss["all"], boss["practice"], boss["crisis"]) == (2, 2, 0)
    assert {row.item.id for row in queue.open_items(session, supervisor, "all")} == {mine.id, unknown.id}


def test_a_practice_set_is_not_a_caseload_nor_work_on_the_workload_page(session, settings):
    trainee = make_staff(session, role=Role.PEER_WORKER)
    practice = practise(session, trainee)
    make_item(session, practice, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=trainee.id)
    session.commit()
    assert caseload.sizes(session) == {}
    [load] = workload_reads.loads(session, settings, now=story.NOW)
    assert (load.open_items, load.contacts, load.caseload) == (0, 0, 0)
    assert session.scalar(select(func.count()).select_from(QueueEvent)) >= 1
    assert all(row.item.state is ItemState.OPEN for row in queue.open_items(session, trainee, "practice"))


def test_practice_earns_no_recognition(session, settings):
    from textsupport.services.programme import recognition_reads

    trainee = make_staff(session, role=Role.PEER_WORKER)
    practise(session, trainee)  # a contact logged by the trainee on a practice crisis
    real = make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), peer_worker_id=trainee.id)
    item = make_item(session, real, level=Level.ROUTINE, pool=Pool.PEER, assignee_id=trainee.id)
    session.add(QueueEvent(item_id=item.id, at=story.NOW - timedelta(days=1), action=EventAction.CONTACT,
                           actor_id=trainee.id, minutes=5, data={}))  # fmt: skip
    session.commit()
    summary = recognition_reads.month_summary(session, settings, date(2026, 11, 1), story.NOW)
    [row] = [row for row in summary.rows if row.worker.id == trainee.id]
    assert (row.to_date.contacts, row.to_date.resolved) == (1, 0)
