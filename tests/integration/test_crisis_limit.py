"""CRISIS_PER_SHIFT_MAX: after a peer has taken the limit of crisis items this shift, new crises go to
the supervisors only, and the peer may not claim another. Practice crises never count, nor are they
kept from a peer at the limit."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_participant, make_staff
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON as NOON
from textsupport.models import Arm, AuditEntry, Level, ParticipantStatus, Pool, Role, StaffUser
from textsupport.services.programme import crisis_limit
from textsupport.services.queue import caseload, casework
from textsupport.services.replies import routing

START = date(2026, 11, 1)


@pytest.fixture
def at_noon(app):
    app.config["TEXTSUPPORT_NOW"] = NOON  # Mon 2026-11-23 12:00 local
    with app.app_context():
        yield


def crisis(session, pat, minutes_ago: float, routed: bool = True):
    """A crisis of a participant on Pat's caseload, `minutes_ago`, routed to Pat (or to nobody)."""
    person = make_active(session, Arm.PEER, START, peer_worker_id=pat.id)
    at = NOON - timedelta(minutes=minutes_ago)
    return make_item(
        session,
        person,
        level=Level.CRISIS,
        pool=Pool.SUPERVISOR,
        assignee_id=pat.id if routed else None,
        at=at,
    )


def route_new(session, pat, level, settings):
    person = make_active(session, Arm.PEER, START, peer_worker_id=pat.id)
    return routing.route(
        session, routing.Sender(person, Arm.PEER, peer_available=True), level, settings, NOON
    )


@pytest.mark.parametrize(("earlier", "to_peer"), [(2, True), (3, False)])
def test_the_crisis_after_the_limit_goes_to_the_supervisors_only(
    session, app, at_noon, settings, earlier, to_peer
):
    pat = make_staff(session, display_name="Pat Peer")
    for n in range(earlier):
        crisis(session, pat, 60 - 10 * n)
    assert route_new(session, pat, Level.CRISIS, settings) == (Pool.SUPERVISOR, pat.id if to_peer else None)
    assert route_new(session, pat, Level.ROUTINE, settings) == (Pool.PEER, pat.id)  # only crises are limited


@pytest.mark.parametrize("settings", [{"CRISIS_PER_SHIFT_MAX": "1"}], indirect=True)
def test_the_limit_is_a_setting(session, app, at_noon, settings):
    pat = make_staff(session)
    crisis(session, pat, 30)
    assert route_new(session, pat, Level.CRISIS, settings) == (Pool.SUPERVISOR, None)


def test_going_off_and_on_shift_starts_a_new_count(session, app, at_noon, settings):
    pat = make_staff(session)
    for minutes in (50, 40, 30):
        crisis(session, pat, minutes)
    caseload.set_shift(session, pat, False)
    caseload.set_shift(session, pat, True)
    session.refresh(pat)
    assert pat.shift_started_at == NOON
    assert crisis_limit.taken_by(session, [pat], NOON) == {pat.id: 0}
    assert route_new(session, pat, Level.CRISIS, settings) == (Pool.SUPERVISOR, pat.id)


def test_crises_before_the_longest_shift_do_not_count_for_someone_who_never_went_off(
    session, app, at_noon, settings
):
    pat = make_staff(session)
    for minutes in (13 * 60, 12 * 60 + 5, 11 * 60):  # two more than 12 hours ago, one within
        crisis(session, pat, minutes)
    assert crisis_limit.taken_by(session, [pat], NOON) == {pat.id: 1}


def test_claimed_crises_count_and_a_peer_at_the_limit_may_not_claim_another(session, app, at_noon, settings):
    pat = make_staff(session, display_name="Pat Peer")
    sue = make_staff(session, role=Role.SUPERVISOR)
    items = [crisis(session, pat, minutes, routed=False) for minutes in (40, 30, 20, 10)]
    for item in items[:3]:
        casework.claim(session, item.id, pat, settings=settings)
    with pytest.raises(casework.CaseworkError) as refused:
        casework.claim(session, items[3].id, pat, settings=settings)
    assert str(refused.value).startswith(
        "Pat Peer has taken 3 crisis items this shift (the limit is 3): new crises go to the supervisors."
    )
    denied = session.scalar(
        select(AuditEntry).where(AuditEntry.action == "queue_claimed", AuditEntry.outcome == "denied")
    )
    assert (denied.target_id, denied.detail) == (str(items[3].id), "crisis limit per shift")
    assert (
        casework.claim(session, items[3].id, sue, settings=settings).owner_id == sue.id
    )  # supervisors: no limit
    routine = make_item(
        session,
        make_active(session, Arm.PEER, START, peer_worker_id=pat.id),
        level=Level.ROUTINE,
        pool=Pool.PEER,
        assignee_id=pat.id,
    )
    assert casework.claim(session, routine.id, pat, settings=settings).owner_id == pat.id


def test_a_crisis_already_routed_to_the_peer_is_counted_so_they_may_still_claim_it(
    session, app, at_noon, settings
):
    pat = make_staff(session)
    items = [crisis(session, pat, minutes) for minutes in (30, 20, 10)]
    assert crisis_limit.taken_by(session, [pat], NOON) == {pat.id: 3}
    assert casework.claim(session, items[2].id, pat, settings=settings).owner_id == pat.id
    assert crisis_limit.taken_by(session, [session.get(StaffUser, pat.id)], NOON) == {pat.id: 3}  # not twice


def practice_crisis(session, pat, minutes_ago: float, routed: bool = True):
    """A crisis of one of Pat's practice participants (a training participant), `minutes_ago`."""
    person = make_participant(session, training=True, peer_worker_id=pat.id, status=ParticipantStatus.ACTIVE)
    return make_item(
        session,
        person,
        level=Level.CRISIS,
        pool=Pool.SUPERVISOR,
        assignee_id=pat.id if routed else None,
        at=NOON - timedelta(minutes=minutes_ago),
    )


def test_practice_crises_never_count_so_a_real_crisis_still_reaches_the_peer(session, app, at_noon, settings):
    pat = make_staff(session)
    for minutes in (50, 40):
        practice_crisis(session, pat, minutes)
    for minutes in (30, 20):
        casework.claim(
            session, practice_crisis(session, pat, minutes, routed=False).id, pat, settings=settings
        )
    assert crisis_limit.taken_by(session, [pat], NOON) == {pat.id: 0}
    assert crisis_limit.refusal_for(session, pat, settings, NOON) == ""
    assert route_new(session, pat, Level.CRISIS, settings) == (Pool.SUPERVISOR, pat.id)


def test_at_the_limit_a_real_crisis_is_refused_but_a_practice_crisis_is_not_hidden(
    session, app, at_noon, settings
):
    pat = make_staff(session, display_name="Pat Peer")
    for minutes in (50, 40, 30):
        crisis(session, pat, minutes)
    practice = practice_crisis(session, pat, 10, routed=False)
    real = crisis(session, pat, 5, routed=False)
    assert route_new(session, pat, Level.CRISIS, settings) == (Pool.SUPERVISOR, None)
    with pytest.raises(casework.CaseworkError, match="the limit is 3"):
        casework.claim(session, real.id, pat, settings=settings)
    assert casework.claim(session, practice.id, pat, settings=settings).owner_id == pat.id
    assert crisis_limit.taken_by(session, [session.get(StaffUser, pat.id)], NOON) == {pat.id: 3}
