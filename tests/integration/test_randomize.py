"""Randomisation: concealed, once per participant, after every step, audited, race-free."""

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_participant, make_ready_participant
from tests.support.concurrency import at_once
from textsupport import config
from textsupport.models import (
    Allocation,
    Assessment,
    AssessmentKind,
    AuditEntry,
    AuditOutcome,
    ParticipantStatus,
)
from textsupport.services.trial import allocations, randomize

FIELDS = ("site", "sex")


def make_table(session, sites=("north",), per_stratum=8, seed="trial-seed"):
    return allocations.generate(session, seed, per_stratum, list(sites), FIELDS, actor_id=None)


def allocated(session) -> int:
    return session.scalar(select(func.count()).select_from(Allocation))


def denials(session) -> list[str]:
    query = select(AuditEntry.detail).where(
        AuditEntry.action == "randomize", AuditEntry.outcome == AuditOutcome.DENIED
    )
    return list(session.scalars(query))


def test_randomize_reveals_the_first_envelope_of_the_stratum(session, app, settings):
    make_table(session)
    participant = make_ready_participant(session, site="north")
    allocation = randomize.randomize(session, participant.study_id, settings, actor_id=None)
    first = next(s for s in allocations_slots(session) if s.stratum == "site=north|sex=F" and s.position == 1)
    assert allocation.arm == first.arm
    assert allocation.stratum == "site=north|sex=F"
    session.refresh(participant)
    assert participant.status is ParticipantStatus.ACTIVE


def allocations_slots(session):
    from textsupport.models import AllocationSlot

    return list(session.scalars(select(AllocationSlot)))


def test_randomize_schedules_every_follow_up_with_baseline_done(session, app, settings):
    make_table(session)
    participant = make_ready_participant(session)
    allocation = randomize.randomize(session, participant.study_id, settings, actor_id=None)
    rows = {
        a.kind: a
        for a in session.scalars(select(Assessment).where(Assessment.participant_id == participant.id))
    }
    assert set(rows) == set(AssessmentKind)
    assert rows[AssessmentKind.BASELINE].completed_at is not None
    start = allocation.allocated_at.date()
    assert (rows[AssessmentKind.WEEK_6].due_date - start).days in (
        41,
        42,
    )  # local date may trail UTC by a day
    assert rows[AssessmentKind.MONTH_12].completed_at is None


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"eligibility_confirmed_at": None}, "eligibility not confirmed"),
        ({"consent_version": None, "consent_at": None}, "consent not recorded"),
        ({"baseline_done_at": None}, "baseline assessment not done"),
        ({"status": ParticipantStatus.WITHDRAWN}, "participant is withdrawn, not enrolled"),
    ],
)
def test_randomize_refuses_until_every_step_is_done(session, app, overrides, message, settings):
    make_table(session)
    participant = make_ready_participant(session, **overrides)
    with pytest.raises(randomize.RandomizeError, match=message):
        randomize.randomize(session, participant.study_id, settings, actor_id=None)
    assert allocated(session) == 0
    assert message in denials(session)[0]


def test_randomizing_twice_is_refused_and_audited(session, app, settings):
    make_table(session)
    participant = make_ready_participant(session)
    randomize.randomize(session, participant.study_id, settings, actor_id=None)
    with pytest.raises(randomize.RandomizeError, match="already randomised"):
        randomize.randomize(session, participant.study_id, settings, actor_id=None)
    assert allocated(session) == 1
    assert denials(session) == ["already randomised"]


def test_no_table_or_an_exhausted_stratum_refuses_without_falling_back(session, app, settings):
    participant = make_ready_participant(session, site="east")
    with pytest.raises(randomize.RandomizeError) as refused:
        randomize.randomize(session, participant.study_id, settings, actor_id=None)
    assert str(refused.value).startswith("no allocation table covers stratum site=east|sex=F; ")
    assert "exhausted" not in str(refused.value)
    make_table(session, sites=("east",), per_stratum=4)
    for _ in range(4):
        randomize.randomize(
            session, make_ready_participant(session, site="east").study_id, settings, actor_id=None
        )
    late = make_ready_participant(session, site="east")
    with pytest.raises(randomize.RandomizeError, match=r"stratum site=east\|sex=F is exhausted"):
        randomize.randomize(session, late.study_id, settings, actor_id=None)
    assert allocated(session) == 4


def test_unknown_participant_is_refused(session, app, settings):
    with pytest.raises(randomize.RandomizeError, match="no participant TS-NOPE"):
        randomize.randomize(session, "TS-NOPE", settings, actor_id=None)


def race(app, study_ids: list[str]) -> list:
    """Call randomize for each study id at the same moment, each on its own connection."""

    def press(own, study_id):
        return randomize.randomize(own, study_id, config.of(app), actor_id=None).arm

    return at_once(app, press, study_ids)


@pytest.mark.parametrize("round_", range(5))
def test_two_staff_pressing_at_once_make_exactly_one_allocation(session, app, round_):
    make_table(session)
    participant = make_ready_participant(session)
    results = race(app, [participant.study_id, participant.study_id])
    errors = [r for r in results if isinstance(r, Exception)]
    assert len(errors) == 1 and "already randomised" in str(errors[0])
    assert allocated(session) == 1


def test_simultaneous_randomisations_in_one_stratum_open_different_envelopes(session, app):
    make_table(session)
    people = [make_ready_participant(session) for _ in range(4)]
    results = race(app, [p.study_id for p in people])
    assert not [r for r in results if isinstance(r, Exception)]
    slot_ids = session.scalars(select(Allocation.slot_id)).all()
    assert len(set(slot_ids)) == 4
    assert sorted(results) == sorted(s.arm for s in allocations_slots(session) if s.id in slot_ids)


def test_enrolled_participant_without_table_keeps_status(session, app, settings):
    participant = make_participant(session)
    with pytest.raises(randomize.RandomizeError):
        randomize.randomize(session, participant.study_id, settings, actor_id=None)
    session.refresh(participant)
    assert participant.status is ParticipantStatus.ENROLLED
