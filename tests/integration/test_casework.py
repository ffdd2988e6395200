"""Working an item: atomic claims, replies through the outbox, contacts, escalation, resolve, reopen."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_active, make_staff
from tests.support.concurrency import at_once
from tests.support.queue_builders import make_item
from tests.support.sending import tick
from tests.support.times import MONDAY_NOON as NOON
from tests.support.times import TUESDAY_NIGHT as NIGHT
from textsupport import config
from textsupport.models import (
    Arm,
    AuditEntry,
    ItemState,
    Level,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Pool,
    QueueEvent,
    QueueItem,
    Role,
    StaffUser,
)
from textsupport.services.queue import casework, contacts
from textsupport.services.staff import submissions


@pytest.fixture
def at_noon(app):
    app.config["TEXTSUPPORT_NOW"] = NOON
    with app.app_context():
        yield


def events(session, item_id) -> list[str]:
    session.rollback()
    return list(
        session.scalars(
            select(QueueEvent.action).where(QueueEvent.item_id == item_id).order_by(QueueEvent.id)
        )
    )


def reload(session, item_id) -> QueueItem:
    session.rollback()
    session.expire_all()
    return session.get(QueueItem, item_id)


def race_to_claim(app, item_id: int, workers: list) -> list:
    """Each worker presses claim at the same moment, on their own connection."""

    def press(own, worker_id):
        return casework.claim(own, item_id, own.get(StaffUser, worker_id), settings=config.of(app)).owner_id

    return at_once(app, press, [worker.id for worker in workers])


@pytest.mark.parametrize("round_", range(3))
def test_two_workers_claiming_at_once_give_one_owner_and_the_other_is_told_who(app, session, at_noon, round_):
    sue = make_staff(session, role=Role.SUPERVISOR, display_name="Sue Supervisor")
    ann = make_staff(session, role=Role.SUPERVISOR, display_name="Ann Supervisor")
    item = make_item(session, make_active(session, Arm.TEXT, date(2026, 11, 1)))
    results = race_to_claim(app, item.id, [sue, ann])
    winners = [r for r in results if isinstance(r, int)]
    losers = [r for r in results if isinstance(r, Exception)]
    assert len(winners) == 1 and len(losers) == 1, results
    winner = sue if winners[0] == sue.id else ann
    assert isinstance(losers[0], casework.Conflict)
    assert f"{winner.display_name} has already claimed this item" in str(losers[0])
    assert reload(session, item.id).owner_id == winner.id
    assert events(session, item.id) == ["opened", "claimed"]


def test_four_workers_racing_make_one_claim_event(app, session, at_noon):
    workers = [make_staff(session, role=Role.SUPERVISOR) for _ in range(4)]
    item = make_item(session, make_active(session, Arm.TAU, date(2026, 11, 1)))
    results = race_to_claim(app, item.id, workers)
    assert sum(isinstance(r, int) for r in results) == 1, results
    assert events(session, item.id).count("claimed") == 1


def test_a_peer_cannot_claim_or_see_an_item_of_a_text_arm_participant(session, at_noon, settings):
    pat = make_staff(session, role=Role.PEER_WORKER)
    item = make_item(session, make_active(session, Arm.TEXT, date(2026, 11, 1)), pool=Pool.STAFF)
    with pytest.raises(casework.NotFound):
        casework.claim(session, item.id, pat, settings=settings)


def test_a_peer_must_claim_before_replying_and_a_double_click_is_harmless(session, app, at_noon, settings):
    pat = make_staff(session, role=Role.PEER_WORKER)
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id)
    with pytest.raises(casework.CaseworkError, match="Claim this item"):
        contacts.reply(session, item.id, pat, "hi", "n1", settings)
    session.rollback()
    casework.claim(session, item.id, pat, settings=settings)
    # the same person again: still theirs, no second event
    casework.claim(session, item.id, pat, settings=settings)
    assert events(session, item.id) == ["opened", "claimed"]


def test_a_reply_goes_through_the_outbox_and_the_dispatcher_and_a_resubmit_sends_once(
    session, app, at_noon, settings
):
    pat = make_staff(session, role=Role.PEER_WORKER)
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id, at=NOON - timedelta(hours=3))
    casework.claim(session, item.id, pat, settings=settings)
    first = contacts.reply(session, item.id, pat, "Hi Alex, I'm here. Want a call at 3?", "token-1", settings)
    with pytest.raises(submissions.AlreadySubmitted):
        contacts.reply(session, item.id, pat, "Hi Alex, I'm here. Want a call at 3?", "token-1", settings)
    session.rollback()
    assert first.kind is OutboundKind.STAFF_REPLY and first.urgent is False  # their text was 3 h ago
    assert events(session, item.id) == ["opened", "claimed", "replied"]
    tick(app, NOON, plan=False)
    assert app.extensions["textsupport.sms"].sent[-1] == (
        person.phone,
        "Hi Alex, I'm here. Want a call at 3?",
    )
    session.rollback()
    session.expire_all()
    assert session.get(OutboundMessage, first.id).status is OutboundStatus.SENT
    count = (
        select(func.count())
        .select_from(OutboundMessage)
        .where(OutboundMessage.kind == OutboundKind.STAFF_REPLY)
    )
    assert session.scalar(count) == 1


@pytest.mark.parametrize(
    ("their_text", "urgent", "sent"), [(timedelta(minutes=20), True, 1), (timedelta(hours=2), False, 0)]
)
def test_a_reply_to_a_text_within_the_hour_is_not_held_for_quiet_hours(
    session, app, their_text, urgent, sent, settings
):
    app.config["TEXTSUPPORT_NOW"] = NIGHT
    sue = make_staff(session, role=Role.SUPERVISOR)
    item = make_item(session, make_active(session, Arm.TEXT, date(2026, 11, 1)), at=NIGHT - their_text)
    with app.app_context():
        outbound = contacts.reply(session, item.id, sue, "Still here with you.", "n", settings)
    assert outbound.urgent is urgent
    before = len(app.extensions["textsupport.sms"].sent)
    report = tick(app, NIGHT, plan=False)
    assert len(app.extensions["textsupport.sms"].sent) - before == sent
    assert report["dispatch"]["held"] == 1 - sent


def test_no_reply_to_someone_who_said_stop(session, app, at_noon, settings):
    sue = make_staff(session, role=Role.SUPERVISOR)
    person = make_active(session, Arm.TEXT, date(2026, 11, 1), sms_opted_out_at=NOON - timedelta(days=1))
    item = make_item(session, person)
    with pytest.raises(casework.CaseworkError, match="opted out"):
        contacts.reply(session, item.id, sue, "hello", "n", settings)


def test_contact_escalate_resolve_reopen_each_append_an_event_and_an_audit_row(
    session, app, at_noon, settings
):
    pat = make_staff(session, role=Role.PEER_WORKER)
    sue = make_staff(session, role=Role.SUPERVISOR)
    person = make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id)
    casework.claim(session, item.id, pat, settings=settings)
    contacts.log_contact(session, item.id, pat, "phone", "25", "Talked through the evening plan.")
    casework.escalate(session, item.id, pat, "Mentions stopping meds; needs the nurse.")
    escalated = reload(session, item.id)
    assert (escalated.pool, escalated.owner_id, escalated.state) == (Pool.SUPERVISOR, None, ItemState.OPEN)
    with pytest.raises(casework.CaseworkError, match="Claim this item"):
        casework.resolve(session, item.id, pat, "done")  # no longer theirs to close
    session.rollback()
    casework.resolve(session, item.id, sue, "Nurse called back; plan in place.")
    casework.reopen(session, item.id, sue, "They texted again about the same thing.", settings=settings)
    assert events(session, item.id) == ["opened", "claimed", "contact", "escalated", "resolved", "reopened"]
    contact = session.scalar(select(QueueEvent).where(QueueEvent.action == "contact"))
    assert (contact.minutes, contact.data["type"], contact.actor_id) == (25, "phone", pat.id)
    actions = set(session.scalars(select(AuditEntry.action).where(AuditEntry.target_id == str(item.id))))
    assert {
        "queue_claimed",
        "queue_contact",
        "queue_escalated",
        "queue_resolved",
        "queue_reopened",
    } <= actions
    assert reload(session, item.id).state is ItemState.OPEN


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, i, u, settings: casework.resolve(s, i, u, "   "), "write a note"),
        (lambda s, i, u, settings: casework.escalate(s, i, u, ""), "why you are escalating"),
        (lambda s, i, u, settings: contacts.log_contact(s, i, u, "fax", "5", "x"), "type of contact"),
        (lambda s, i, u, settings: contacts.log_contact(s, i, u, "phone", "ten", "x"), "whole number"),
        (lambda s, i, u, settings: contacts.log_contact(s, i, u, "phone", "0", "x"), "from 1 to 600"),
        (lambda s, i, u, settings: casework.reopen(s, i, u, "because", settings=settings), "not resolved"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_changes_nothing(
    session, at_noon, call, message, settings
):
    sue = make_staff(session, role=Role.SUPERVISOR)
    item = make_item(session, make_active(session, Arm.TEXT, date(2026, 11, 1)), level=Level.ROUTINE)
    with pytest.raises(casework.CaseworkError, match=message):
        call(session, item.id, sue, settings)
    assert events(session, item.id) == ["opened"]


def _crisis_for_supervisors(session):
    """A crisis of Pat's participant, routed to the supervisors as routing leaves it, claimed by Pat."""
    pat = make_staff(session, role=Role.PEER_WORKER)
    sue = make_staff(session, role=Role.SUPERVISOR)
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR, assignee_id=pat.id)
    casework.claim(session, item.id, pat, settings=config.current())
    return pat, sue, item


def test_a_peer_cannot_resolve_a_crisis_routed_to_supervisors_but_may_ask_for_sign_off(session, app, at_noon):
    pat, sue, item = _crisis_for_supervisors(session)
    contacts.log_contact(session, item.id, pat, "phone", "20", "Called; safe at her sister's.")
    with pytest.raises(casework.CaseworkError, match="Only a supervisor or admin can resolve"):
        casework.resolve(session, item.id, pat, "All settled.")
    session.rollback()
    assert reload(session, item.id).state is ItemState.CLAIMED
    casework.request_signoff(session, item.id, pat, "Safe tonight; please check the plan.")
    with pytest.raises(casework.Conflict, match="already requested"):
        casework.request_signoff(session, item.id, pat, "again")
    session.rollback()
    casework.resolve(session, item.id, sue, "Reviewed the plan with Pat: signed off.")
    assert events(session, item.id) == ["opened", "claimed", "contact", "signoff_requested", "resolved"]
    assert reload(session, item.id).state is ItemState.RESOLVED
    audited = session.scalar(select(AuditEntry).where(AuditEntry.action == "queue_signoff_requested"))
    assert (audited.actor_id, audited.target_id) == (pat.id, str(item.id))


@pytest.mark.parametrize(
    ("level", "pool", "peer_may_resolve"),
    [
        (Level.CRISIS, Pool.SUPERVISOR, False),
        (
            Level.CRISIS,
            Pool.PEER,
            True,
        ),  # not routed to supervisors (not what routing does, but the rule is the pool)
        (Level.URGENT, Pool.SUPERVISOR, True),
        (Level.ROUTINE, Pool.PEER, True),
    ],
)
def test_the_sign_off_rule_is_a_crisis_in_the_supervisors_pool(
    session, app, at_noon, settings, level, pool, peer_may_resolve
):
    pat = make_staff(session, role=Role.PEER_WORKER)
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, level=level, pool=pool, assignee_id=pat.id)
    casework.claim(session, item.id, pat, settings=settings)
    if peer_may_resolve:
        with pytest.raises(casework.CaseworkError, match="does not need a supervisor"):
            casework.request_signoff(session, item.id, pat, "please check")
        session.rollback()
        casework.resolve(session, item.id, pat, "Done.")
        assert reload(session, item.id).state is ItemState.RESOLVED
    else:
        with pytest.raises(casework.CaseworkError, match="Only a supervisor"):
            casework.resolve(session, item.id, pat, "Done.")


def test_a_reopened_crisis_may_ask_for_sign_off_again(session, app, at_noon, settings):
    from textsupport.services.queue import reads as queue

    pat, sue, item = _crisis_for_supervisors(session)
    casework.request_signoff(session, item.id, pat, "Safe tonight.")
    casework.resolve(session, item.id, sue, "Signed off.")
    casework.reopen(session, item.id, sue, "They texted again.", settings=settings)
    row, _ = queue.item_for(session, item.id, sue)
    assert row.signoff_requested is False
    casework.claim(session, item.id, pat, settings=settings)
    casework.request_signoff(session, item.id, pat, "Called again; safe.")
    row, _ = queue.item_for(session, item.id, sue)
    assert row.signoff_requested is True
