"""A study id typed in lower case finds its participant in every service that looks one up."""

from datetime import date

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_participant, make_ready_participant, make_staff
from textsupport.models import Arm, Participant, Role
from textsupport.services.queue import caseload
from textsupport.services.trial import allocations, corrections, participant_reads, participants, randomize


def test_get_and_search_ignore_case_and_spaces(session):
    person = make_participant(session)
    make_participant(session)
    typed = f"  {person.study_id.lower()} "
    assert participants.get(session, typed).id == person.id
    assert [p.id for p, _ in participant_reads.search(session, typed)] == [person.id]


def test_search_reads_percent_and_underscore_literally(session):
    make_participant(session)
    assert participant_reads.search(session, "%") == []
    assert participant_reads.search(session, "P_0") == []


def test_search_by_a_phone_with_letters_matches_nothing(session):
    make_participant(session, phone="+17805552223")  # what keypad digits make of 780-555-ABCD
    assert participant_reads.search(session, "780-555-ABCD") == []
    assert len(participant_reads.search(session, "780-555-2223")) == 1


def test_randomize_withdraw_and_correct_take_a_lower_case_id(session, app, settings):
    allocations.generate(session, "s", 4, ["north"], ("site", "sex"), actor_id=None)
    person = make_ready_participant(session, site="north")
    raw = dict(corrections.current(person), first_name="Robin")
    assert corrections.correct(session, person.study_id.lower(), raw, settings, None) == ["first_name"]
    allocation = randomize.randomize(session, person.study_id.lower(), settings, actor_id=None)
    assert allocation.participant_id == person.id
    participants.withdraw(session, person.study_id.lower(), "moved away", actor_id=None)
    assert session.scalar(select(Participant.status).where(Participant.id == person.id)).value == "withdrawn"


@pytest.fixture
def at_noon(app):
    with app.app_context():
        yield


def test_a_peer_is_assigned_by_a_lower_case_id(session, app, at_noon, settings):
    sue = make_staff(session, role=Role.SUPERVISOR)
    pat = make_staff(session, role=Role.PEER_WORKER)
    person = make_active(session, Arm.PEER, date(2026, 11, 1))
    caseload.assign(session, f" {person.study_id.lower()} ", pat.id, settings, sue)
    session.rollback()
    assert session.get(Participant, person.id).peer_worker_id == pat.id
