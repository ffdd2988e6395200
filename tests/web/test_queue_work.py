"""The queue in the browser's terms: routing into tabs, actions by form, errors that keep typing, access."""

from datetime import date, timedelta

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from tests.support.builders import make_active, make_staff
from tests.support.queue_builders import make_item
from tests.support.signing import SETTINGS, signed_post
from tests.support.times import MONDAY_NOON as NOON
from tests.support.web import csrf_token, form_data, login
from textsupport.models import (
    Arm,
    AuditEntry,
    AuditOutcome,
    Level,
    Participant,
    Pool,
    QueueEvent,
    QueueItem,
    Role,
    StaffUser,
)

NIGHT = "2026-11-24T10:00:00Z"  # Tue 03:00 MST


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(ONCALL_PHONES="+17805550999", TEXTSUPPORT_NOW=NOON, **SETTINGS)


def post(client, path, **data):
    return client.post(path, data={"csrf_token": csrf_token(client, "/queue/"), **data})


def events(session, item_id):
    session.rollback()
    return list(
        session.scalars(
            select(QueueEvent.action).where(QueueEvent.item_id == item_id).order_by(QueueEvent.id)
        )
    )


@freeze_time(NIGHT)
@pytest.mark.parametrize(("on_shift", "assignee"), [(True, "peer"), (False, None)])
def test_a_crisis_of_a_peer_arm_goes_to_supervisors_and_shows_in_the_on_shift_peers_queue(
    client, session, app, on_shift, assignee
):
    app.config["TEXTSUPPORT_NOW"] = None
    pat = make_staff(session, role=Role.PEER_WORKER, on_shift=on_shift)
    make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), phone="+17805550177", peer_worker_id=pat.id)
    signed_post(client, "/twilio/sms", {"MessageSid": "SM1", "From": "+17805550177", "Body": "i want to die"})
    item = session.scalar(select(QueueItem))
    assert (item.level, item.pool) == (Level.CRISIS, Pool.SUPERVISOR)  # never only to a peer
    assert item.assignee_id == (pat.id if assignee else None)


def test_tabs_mine_unassigned_and_all_for_a_peer_and_a_supervisor(client, session):
    pat = make_staff(session, role=Role.PEER_WORKER, email="pat@example.org")
    make_staff(session, role=Role.SUPERVISOR, email="sue@example.org")
    mine = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id, first_name="Mina")
    unpeered = make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), first_name="Una")
    text_arm = make_active(session, Arm.TEXT, date(2026, 11, 1), first_name="Tex")
    make_item(session, mine, pool=Pool.PEER, assignee_id=pat.id, body="from my person")
    make_item(session, unpeered, pool=Pool.STAFF, body="from a peer-arm person with no peer")
    make_item(session, text_arm, pool=Pool.STAFF, body="from a text-arm person")
    login(client, "pat@example.org")
    page = client.get("/queue/").get_data(as_text=True)  # a peer starts on "mine"
    assert "from my person" in page and "no peer" not in page
    page = client.get("/queue/?tab=unassigned").get_data(as_text=True)
    assert "from a peer-arm person with no peer" in page and "text-arm" not in page
    page = client.get("/queue/?tab=all").get_data(as_text=True)
    assert "text-arm" not in page  # TEXT and TAU never reach a peer
    client.post("/logout", data={"csrf_token": csrf_token(client, "/queue/")})
    login(client, "sue@example.org")
    page = client.get("/queue/").get_data(as_text=True)
    assert all(body in page for body in ("from my person", "no peer", "text-arm"))
    assert client.get("/queue/?tab=nonsense").status_code == 404


def test_the_partial_list_carries_the_counts_for_the_title(client, session):
    make_staff(session, role=Role.SUPERVISOR, email="sue@example.org")
    person = make_active(session, Arm.TEXT, date(2026, 11, 1))
    make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR)
    make_item(session, person, level=Level.CRISIS, pool=Pool.SUPERVISOR)
    make_item(session, person, level=Level.ROUTINE)
    login(client, "sue@example.org")
    page = client.get("/queue/?tab=all&partial=1").get_data(as_text=True)
    assert 'data-crisis="2"' in page and 'data-count-all="3"' in page and "<html" not in page
    assert "<title>(2 crisis) Queue" in client.get("/queue/").get_data(as_text=True)


def test_a_peer_claims_replies_logs_a_contact_and_resolves_from_the_page(client, session, app):
    pat = make_staff(session, role=Role.PEER_WORKER, email="pat@example.org")
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id, at=NOON - timedelta(minutes=10))
    login(client, "pat@example.org")
    path = f"/queue/items/{item.id}"
    assert post(client, f"{path}/claim").status_code == 302
    for action, fields in (
        ("reply", {"body": "Here for you, Alex.", "form": "reply"}),
        ("contact", {"type": "phone", "minutes": "15", "note": "Called; feeling steadier."}),
        ("resolve", {"note": "Called and made a plan for tonight."}),
    ):
        tokens = form_data(client, path, f"{path}/{action}")
        assert client.post(f"{path}/{action}", data={**tokens, **fields}).status_code == 302, action
    page = client.get(path).get_data(as_text=True)
    assert (
        "Here for you, Alex." in page and "status-planned" in page
    )  # in the thread, waiting for the dispatcher
    assert events(session, item.id) == ["opened", "claimed", "replied", "contact", "resolved"]
    assert "Called and made a plan for tonight." in page and "Reopen" in page


def test_a_refused_action_keeps_what_was_typed_and_says_why(client, session):
    pat = make_staff(session, role=Role.PEER_WORKER, email="pat@example.org")
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, person, pool=Pool.PEER, assignee_id=pat.id)
    login(client, "pat@example.org")
    post(client, f"/queue/items/{item.id}/claim")
    path = f"/queue/items/{item.id}"
    response = post(
        client,
        f"{path}/contact",
        type="phone",
        minutes="a while",
        note="Long talk about sleep.",
        form="contact",
        token=form_data(client, path, f"{path}/contact")["token"],
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "whole number of minutes" in page
    assert "Long talk about sleep.</textarea>" in page and 'value="a while"' in page
    assert events(session, item.id) == ["opened", "claimed"]


def test_a_second_worker_is_told_who_has_the_item(client, session):
    make_staff(session, role=Role.SUPERVISOR, email="sue@example.org", display_name="Sue S")
    make_staff(session, role=Role.SUPERVISOR, email="ann@example.org", display_name="Ann A")
    item = make_item(session, make_active(session, Arm.TEXT, date(2026, 11, 1)))
    login(client, "sue@example.org")
    post(client, f"/queue/items/{item.id}/claim")
    client.post("/logout", data={"csrf_token": csrf_token(client, "/queue/")})
    login(client, "ann@example.org")
    page = client.get(f"/queue/items/{item.id}").get_data(as_text=True)
    assert ">Claim</button>" not in page and "by Sue S" in page
    response = post(client, f"/queue/items/{item.id}/claim")
    assert response.status_code == 409 and "Sue S has already claimed this item" in response.get_data(
        as_text=True
    )


def test_bodies_are_escaped_everywhere(client, session):
    make_staff(session, role=Role.SUPERVISOR, email="sue@example.org")
    person = make_active(session, Arm.TEXT, date(2026, 11, 1), first_name="<b>Bo</b>")
    item = make_item(session, person, body='<script>alert(1)</script> =HYPERLINK("http://x.example","y")')
    login(client, "sue@example.org")
    for path in ("/queue/", f"/queue/items/{item.id}", "/queue/?partial=1"):
        page = client.get(path).get_data(as_text=True)
        assert "<script>alert" not in page and "<b>Bo" not in page, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;Bo" in page, path
        assert "=HYPERLINK(&#34;http://x.example&#34;" in page, path  # shown as typed, never a live link


@pytest.mark.parametrize(
    ("role", "path", "method"),
    [
        (Role.RATER, "/queue/", "get"),
        (Role.TRIAL_STAFF, "/queue/items/1", "get"),
        (Role.RATER, "/queue/items/1/claim", "post"),
        (Role.PEER_WORKER, "/queue/workload/", "get"),
        (Role.PEER_WORKER, "/queue/workload/assign", "post"),
    ],
)
def test_the_wrong_role_gets_403_and_an_audit_row(client, session, role, path, method):
    user = make_staff(session, role=role, email="x@example.org")
    login(client, "x@example.org")
    token = csrf_token(client, "/")
    response = client.get(path) if method == "get" else client.post(path, data={"csrf_token": token})
    assert response.status_code == 403
    session.rollback()
    denied = session.scalar(
        select(AuditEntry).where(AuditEntry.action == "access_denied", AuditEntry.actor_id == user.id)
    )
    assert denied is not None and denied.outcome is AuditOutcome.DENIED and denied.detail == path


def test_forms_without_a_csrf_token_are_refused(client, session):
    make_staff(session, role=Role.SUPERVISOR, email="sue@example.org")
    item = make_item(session, make_active(session, Arm.TEXT, date(2026, 11, 1)))
    login(client, "sue@example.org")
    assert client.post(f"/queue/items/{item.id}/claim").status_code == 400
    assert events(session, item.id) == ["opened"]


def test_going_off_shift_sends_new_items_to_the_supervisors(client, session):
    pat = make_staff(session, role=Role.PEER_WORKER, email="pat@example.org")
    login(client, "pat@example.org")
    assert "Go off shift" in client.get("/queue/").get_data(as_text=True)
    post(client, "/queue/shift", on_shift="0")
    session.rollback()
    session.expire_all()
    assert session.get(StaffUser, pat.id).on_shift is False
    assert "Go on shift" in client.get("/queue/").get_data(as_text=True)


@pytest.mark.parametrize("settings", [{"QUEUE_SLA_MINUTES": "crisis=5,urgent=60,routine=600"}], indirect=True)
def test_the_sla_comes_from_configuration(client, session):
    make_active(session, Arm.TEXT, date(2026, 11, 1), phone="+17805550177")
    with freeze_time(NIGHT):
        signed_post(
            client, "/twilio/sms", {"MessageSid": "SM1", "From": "+17805550177", "Body": "i want to die"}
        )
    item = session.scalar(select(QueueItem))
    assert item.due_at - item.created_at == timedelta(minutes=5)


def test_every_view_of_participants_texts_is_audited(client, session):
    sue = make_staff(session, role=Role.SUPERVISOR, email="sue@example.org")
    item = make_item(session, make_active(session, Arm.TEXT, date(2026, 11, 1)))
    login(client, "sue@example.org")
    for path in ("/queue/", "/queue/?partial=1", f"/queue/items/{item.id}"):
        assert client.get(path).status_code == 200
    session.rollback()
    views = session.scalars(
        select(AuditEntry.action)
        .where(AuditEntry.actor_id == sue.id, AuditEntry.action.like("view_%"))
        .order_by(AuditEntry.id)
    ).all()
    assert views == ["view_queue", "view_queue", "view_queue_item"]


def test_the_participant_page_names_their_peer_worker(client, session):
    pat = make_staff(session, role=Role.PEER_WORKER, display_name="Pat Peer")
    make_staff(session, role=Role.SUPERVISOR, email="sue@example.org")
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    alone = make_active(session, Arm.TEXT, date(2026, 11, 1))
    login(client, "sue@example.org")
    page = client.get(f"/participants/{person.study_id}").get_data(as_text=True)
    assert "<dt>Peer worker</dt><dd>Pat Peer" in page and "assign on the workload page" in page
    assert "<dt>Peer worker</dt><dd>none" in client.get(f"/participants/{alone.study_id}").get_data(
        as_text=True
    )


def test_the_assign_form_takes_a_study_id_in_any_case(client, session):
    pat = make_staff(session, role=Role.PEER_WORKER, display_name="Pat Peer")
    make_staff(session, role=Role.SUPERVISOR, email="sue@example.org")
    person = make_active(session, Arm.PEER, date(2026, 11, 1))
    login(client, "sue@example.org")
    typed = f" {person.study_id.lower()} "
    response = post(client, "/queue/workload/assign", study_id=typed, peer_id=str(pat.id))
    assert response.status_code == 302, response.get_data(as_text=True)
    session.expire_all()
    assert session.get(Participant, person.id).peer_worker_id == pat.id
