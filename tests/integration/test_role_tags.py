"""Tagging contacts with peer roles through the services: stored once each, with the contact or
reply in one transaction; an unknown role refuses the whole contact; retagging is for the worker who
logged it or a supervisor, audited with the roles before and after."""

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from tests.support.builders import make_active, make_staff
from tests.support.queue_builders import make_item
from textsupport.models import Arm, AuditEntry, AuditOutcome, ContactRole, EventAction, Pool, QueueEvent, Role
from textsupport.services.programme import role_tags
from textsupport.services.queue import casework, contacts


@pytest.fixture
def claimed(session, settings):
    pat = make_staff(session, display_name="Pat Peer")
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id)
    casework.claim(session, item.id, pat, settings=settings)
    return pat, item


def roles(session, event_id):
    return list(
        session.scalars(
            select(ContactRole.role_code)
            .where(ContactRole.event_id == event_id)
            .order_by(ContactRole.role_code)
        )
    )


def last_event(session, action):
    return session.scalar(
        select(QueueEvent).where(QueueEvent.action == action).order_by(QueueEvent.id.desc())
    )


def test_a_contact_and_a_reply_are_stored_with_their_roles(session, settings, claimed):
    pat, item = claimed
    contacts.log_contact(
        session, item.id, pat, "phone", "15", "Talked.", settings=settings, roles=["trust", "hope"]
    )
    contacts.reply(session, item.id, pat, "Thinking of you.", None, settings, roles=["empathy"])
    assert roles(session, last_event(session, EventAction.CONTACT).id) == ["hope", "trust"]
    assert roles(session, last_event(session, EventAction.REPLIED).id) == ["empathy"]
    audited = session.scalars(select(AuditEntry.data).where(AuditEntry.action == "tag_contact_roles")).all()
    assert audited == [{"roles": ["hope", "trust"]}, {"roles": ["empathy"]}]


def test_an_unknown_role_refuses_the_contact_and_stores_nothing(session, settings, claimed):
    pat, item = claimed
    with pytest.raises(casework.CaseworkError, match="Unknown peer role: hopes"):
        contacts.log_contact(
            session, item.id, pat, "phone", "15", "Talked.", settings=settings, roles=["hopes"]
        )
    session.rollback()
    assert last_event(session, EventAction.CONTACT) is None
    assert session.scalar(select(func.count()).select_from(ContactRole)) == 0


def test_a_role_is_stored_once_per_contact_whatever_writes_it(session, settings, claimed):
    pat, item = claimed
    contacts.log_contact(session, item.id, pat, "phone", "15", "Talked.", settings=settings, roles=["hope"])
    event = last_event(session, EventAction.CONTACT)
    session.add(ContactRole(event_id=event.id, role_code="hope", tagged_by_id=pat.id, tagged_at=event.at))
    with pytest.raises(IntegrityError):
        session.commit()


def test_retagging_by_its_worker_a_supervisor_and_not_another_peer(session, settings, claimed):
    pat, item = claimed
    contacts.log_contact(session, item.id, pat, "phone", "15", "Talked.", settings=settings, roles=["hope"])
    event = last_event(session, EventAction.CONTACT)
    assert role_tags.retag(session, event.id, pat, ["strengths", "hope"], settings) == item.id
    assert roles(session, event.id) == ["hope", "strengths"]

    lee = make_staff(session, display_name="Lee Peer")
    item.assignee_id = lee.id  # handed over: Lee sees the item, but did not log the contact
    session.commit()
    with pytest.raises(casework.CaseworkError, match="Only the worker who logged this contact"):
        role_tags.retag(session, event.id, lee, ["trust"], settings)
    sue = make_staff(session, role=Role.SUPERVISOR)
    role_tags.retag(session, event.id, sue, ["trust"], settings)
    assert roles(session, event.id) == ["trust"]
    trail = session.execute(
        select(AuditEntry.action, AuditEntry.outcome, AuditEntry.actor_id, AuditEntry.data)
        .where(AuditEntry.action.in_(["retag_contact_roles", "tag_contact_roles"]))
        .order_by(AuditEntry.id)
    ).all()
    assert [(action, outcome, actor) for action, outcome, actor, _ in trail] == [
        ("tag_contact_roles", AuditOutcome.OK, pat.id),
        ("retag_contact_roles", AuditOutcome.OK, pat.id),
        ("tag_contact_roles", AuditOutcome.DENIED, lee.id),
        ("retag_contact_roles", AuditOutcome.OK, sue.id),
    ]
    assert trail[3].data == {"before": ["hope", "strengths"], "after": ["trust"]}


def test_only_a_reply_or_contact_can_be_tagged(session, settings, claimed):
    pat, _item = claimed
    claim = last_event(session, EventAction.CLAIMED)
    with pytest.raises(casework.NotFound):
        role_tags.retag(session, claim.id, pat, ["hope"], settings)
    with pytest.raises(casework.NotFound):
        role_tags.retag(session, 999_999, pat, ["hope"], settings)
