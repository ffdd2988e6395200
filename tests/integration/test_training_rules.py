"""A peer whose required training is missing or expired gets no new participants and no crisis items."""

from datetime import date

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_staff, train
from tests.support.times import MONDAY_NOON as NOON
from textsupport.models import Arm, AuditEntry, Level, Pool, Role
from textsupport.services.queue import caseload
from textsupport.services.replies import routing

START = date(2026, 11, 1)
CASELOAD_ONLY = ["privacy", "using_this_system"]


@pytest.fixture
def at_noon(app):
    app.config["TEXTSUPPORT_NOW"] = NOON  # Mon 2026-11-23 local
    with app.app_context():
        yield


def test_assigning_to_an_untrained_peer_is_refused_with_the_reason_and_audited(
    session, app, at_noon, settings
):
    sue = make_staff(session, role=Role.SUPERVISOR)
    pat = make_staff(session, display_name="Pat Peer", trained=False)
    train(session, pat, ["using_this_system"])
    person = make_active(session, Arm.PEER, START)
    with pytest.raises(caseload.CaseloadError) as refused:
        caseload.assign(session, person.study_id, pat.id, settings, sue)
    assert str(refused.value) == (
        "Pat Peer may not hold a caseload until training is current: Privacy and confidentiality (missing)."
    )
    session.rollback()
    assert session.get(type(person), person.id).peer_worker_id is None
    denied = session.scalar(select(AuditEntry).where(AuditEntry.action == "peer_assigned"))
    assert (denied.outcome.value, denied.detail) == ("denied", "training not current")


def test_an_expired_module_refuses_from_its_expiry_day_and_a_renewal_lifts_it(
    session, app, at_noon, settings
):
    sue = make_staff(session, role=Role.SUPERVISOR)
    pat = make_staff(session, display_name="Pat Peer", trained=False)
    train(session, pat, ["using_this_system"])
    train(session, pat, ["privacy"], on=date(2025, 11, 23), expires_on=date(2026, 11, 23))
    person = make_active(session, Arm.PEER, START)
    with pytest.raises(caseload.CaseloadError, match=r"Privacy and confidentiality \(expired 2026-11-23\)"):
        caseload.assign(session, person.study_id, pat.id, settings, sue)
    session.rollback()
    train(session, pat, ["privacy"], on=date(2026, 11, 20), expires_on=date(2027, 11, 20))
    assert caseload.assign(session, person.study_id, pat.id, settings, sue).peer_worker_id == pat.id


@pytest.mark.parametrize(
    ("trained", "level", "pool", "to_peer"),
    [
        (None, Level.ROUTINE, Pool.PEER, True),  # everything current (the test kit's default)
        (None, Level.CRISIS, Pool.SUPERVISOR, True),
        (CASELOAD_ONLY, Level.ROUTINE, Pool.PEER, True),
        (CASELOAD_ONLY, Level.URGENT, Pool.PEER, True),
        (CASELOAD_ONLY, Level.CRISIS, Pool.SUPERVISOR, False),  # no suicide-risk training: not shown it
        ([], Level.ROUTINE, Pool.SUPERVISOR, False),  # nothing current: their items go to supervisors
        ([], Level.CRISIS, Pool.SUPERVISOR, False),
    ],
)
def test_new_items_reach_a_peer_only_for_work_their_training_covers(
    session, app, at_noon, settings, trained, level, pool, to_peer
):
    pat = make_staff(session, trained=trained is None)
    if trained:
        train(session, pat, trained)
    person = make_active(session, Arm.PEER, START, peer_worker_id=pat.id)
    sender = routing.Sender(person, Arm.PEER, peer_available=True)
    assert routing.route(session, sender, level, settings, NOON) == (pool, pat.id if to_peer else None)


def test_training_that_expired_yesterday_sends_the_routine_reply_to_supervisors(
    session, app, at_noon, settings
):
    pat = make_staff(session, trained=False)
    train(session, pat, ["using_this_system"])
    train(session, pat, ["privacy"], on=date(2025, 11, 22), expires_on=date(2026, 11, 22))
    person = make_active(session, Arm.PEER, START, peer_worker_id=pat.id)
    sender = routing.Sender(person, Arm.PEER, peer_available=True)
    assert routing.route(session, sender, Level.ROUTINE, settings, NOON) == (Pool.SUPERVISOR, None)
