"""One-time form tokens: the same form sent twice, or twice at once, is acted on once on every backend."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_active, make_staff
from tests.support.concurrency import at_once
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON as NOON
from textsupport.models import (
    Arm,
    FormSubmission,
    OutboundKind,
    OutboundMessage,
    Participant,
    Pool,
    QueueEvent,
    Role,
    StaffUser,
)
from textsupport.services.queue import casework, contacts
from textsupport.services.staff import submissions
from textsupport.services.trial import enrolment


@pytest.fixture
def at_noon(app):
    app.config["TEXTSUPPORT_NOW"] = NOON
    with app.app_context():
        yield


@pytest.fixture
def claimed(session, at_noon, settings):
    """A peer with a claimed item of one of their participants: (peer, item)."""
    pat = make_staff(session, role=Role.PEER_WORKER)
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id, at=NOON - timedelta(minutes=5))
    casework.claim(session, item.id, pat, settings=settings)
    return pat, item


def staff_replies(session) -> int:
    session.rollback()
    where = OutboundMessage.kind == OutboundKind.STAFF_REPLY
    return session.scalar(select(func.count()).select_from(OutboundMessage).where(where))


def test_a_token_is_spent_once_and_a_failed_use_case_leaves_it_unspent(session, claimed):
    pat, item = claimed
    token = submissions.new_token()
    with pytest.raises(casework.CaseworkError, match="Please write"):
        casework.resolve(session, item.id, pat, "  ", token=token)  # refused: nothing spent
    session.rollback()
    casework.resolve(session, item.id, pat, "Called; all fine.", token=token)
    with pytest.raises(submissions.AlreadySubmitted, match="already sent"):
        casework.resolve(session, item.id, pat, "Called; all fine.", token=token)
    session.rollback()
    spent = session.scalars(select(FormSubmission)).all()
    assert [(row.token, row.user_id, row.action) for row in spent] == [(token, pat.id, "queue_resolved")]


@pytest.mark.parametrize("token", ["", "   ", "x" * 65])
def test_a_missing_or_malformed_token_is_refused(session, claimed, app, token, settings):
    pat, item = claimed
    with pytest.raises(submissions.MissingToken, match="Reload"):
        contacts.reply(session, item.id, pat, "Hello", token, settings)
    session.rollback()
    assert staff_replies(session) == 0


def test_the_same_reply_sent_twice_makes_one_outbound_text(session, claimed, app, settings):
    pat, item = claimed
    token = submissions.new_token()
    contacts.reply(session, item.id, pat, "Here for you.", token, settings)
    with pytest.raises(submissions.AlreadySubmitted):
        contacts.reply(session, item.id, pat, "Here for you.", token, settings)
    session.rollback()
    assert staff_replies(session) == 1


def test_the_same_reply_sent_from_four_connections_at_once_makes_one_outbound_text(
    session, claimed, app, settings
):
    pat, item = claimed
    token = submissions.new_token()

    def press(own, _):
        return contacts.reply(own, item.id, own.get(StaffUser, pat.id), "Here for you.", token, settings).id

    results = at_once(app, press, [1, 2, 3, 4])
    assert sum(isinstance(r, int) for r in results) == 1, results
    assert all(isinstance(r, (int, submissions.AlreadySubmitted)) for r in results), results
    assert staff_replies(session) == 1
    replied = select(func.count()).select_from(QueueEvent).where(QueueEvent.action == "replied")
    assert session.scalar(replied) == 1


def test_the_same_resolve_sent_twice_at_once_resolves_once(session, claimed, app):
    pat, item = claimed
    token = submissions.new_token()

    def press(own, _):
        casework.resolve(own, item.id, own.get(StaffUser, pat.id), "Talked; safe.", token=token)
        return "done"

    results = at_once(app, press, [1, 2])
    assert sorted(type(r).__name__ for r in results) == ["AlreadySubmitted", "str"], results
    session.rollback()
    resolved = select(func.count()).select_from(QueueEvent).where(QueueEvent.action == "resolved")
    assert session.scalar(resolved) == 1


def test_an_enrolment_form_sent_twice_enrols_one_participant(session, app, at_noon, settings):
    ada = make_staff(session, role=Role.TRIAL_STAFF)
    raw = {
        "phone": "780 555 0142",
        "first_name": "Sam",
        "site": "north",
        "sex": "F",
        "tz": "America/Edmonton",
        "date_of_birth": "1990-05-17",
        "discharge_date": "2026-11-20",
        "consent_version": "v2",
        "eligibility_confirmed": True,
        "baseline_done": True,
    }
    token = submissions.new_token()
    enrolment.enrol(session, raw, settings, ada.id, token=token)
    with pytest.raises(submissions.AlreadySubmitted):
        enrolment.enrol(session, raw, settings, ada.id, token=token)
    session.rollback()
    assert session.scalar(select(func.count()).select_from(Participant)) == 1
