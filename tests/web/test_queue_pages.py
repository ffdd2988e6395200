"""The first cut of the reply queue: crisis first, who sees what, the on-call link works, long threads."""

from datetime import date, timedelta

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from tests.support.builders import NOW, make_active, make_staff
from tests.support.queue_builders import make_inbound, make_item
from tests.support.signing import SETTINGS, signed_post
from tests.support.web import login
from textsupport.models import Arm, AuditEntry, OutboundKind, OutboundMessage, Pool, QueueItem, Role
from textsupport.services.queue.reads import THREAD_LIMIT

NIGHT = "2026-11-24T10:00:00Z"  # Tue 03:00 MST


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(ONCALL_PHONES="+17805550999", **SETTINGS)


def text_in(client, body, sender, sid):
    return signed_post(client, "/twilio/sms", {"MessageSid": sid, "From": sender, "Body": body})


@freeze_time(NIGHT)
def test_crisis_is_listed_first_and_counted_in_the_title(client, session):
    make_active(session, Arm.TEXT, date(2026, 11, 1), phone="+17805550101")
    make_active(session, Arm.TAU, date(2026, 11, 1), phone="+17805550102")
    text_in(client, "had a nice walk", "+17805550101", "SM1")
    text_in(client, "i cant cope anymore", "+17805550101", "SM2")
    text_in(client, "i took all my pills", "+17805550102", "SM3")
    make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    login(client, "sue@example.org")
    page = client.get("/queue/").get_data(as_text=True)
    assert "<title>(1 crisis) Queue" in page
    assert (
        page.index("i took all my pills") < page.index("i cant cope anymore") < page.index("had a nice walk")
    )


@freeze_time(NIGHT)
def test_the_on_call_link_opens_the_item_with_the_reply_escaped_and_audited(client, session):
    make_active(session, Arm.TEXT, date(2026, 11, 1), phone="+17805550101")
    text_in(client, "i want to die <script>x()</script>", "+17805550101", "SM1")
    alert = session.scalar(select(OutboundMessage).where(OutboundMessage.kind == OutboundKind.NOTIFICATION))
    path = alert.body.split("https://sms.example.org", 1)[1].split()[0]
    supervisor = make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    login(client, "sue@example.org")
    page = client.get(path).get_data(as_text=True)
    assert 'badge badge-crisis">crisis<' in page and "&lt;script&gt;" in page and "<script>x()" not in page
    assert "opened" in page
    session.rollback()
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "view_queue_item"))
    assert entry.actor_id == supervisor.id


def test_a_peer_sees_only_their_own_participants_items(client, session):
    pat = make_staff(session, email="pat@example.org", role=Role.PEER_WORKER)
    sam = make_staff(session, email="sam@example.org", role=Role.PEER_WORKER)
    make_active(session, Arm.PEER, date(2026, 11, 1), phone="+17805550101", peer_worker_id=pat.id)
    make_active(session, Arm.PEER, date(2026, 11, 1), phone="+17805550102", peer_worker_id=sam.id)
    text_in(client, "pat's person here", "+17805550101", "SM1")
    text_in(client, "sam's person here", "+17805550102", "SM2")
    login(client, "pat@example.org")
    page = client.get("/queue/").get_data(as_text=True)
    assert "pat&#39;s person here" in page and "sam&#39;s person" not in page
    other = session.scalar(select(QueueItem).where(QueueItem.assignee_id == sam.id))
    assert client.get(f"/queue/items/{other.id}").status_code == 404


@pytest.mark.parametrize(("role", "status"), [(Role.RATER, 403), (Role.TRIAL_STAFF, 403), (Role.ADMIN, 200)])
def test_who_may_open_the_queue(client, session, role, status):
    make_staff(session, email="x@example.org", role=role)
    login(client, "x@example.org")
    assert client.get("/queue/").status_code == status


def test_an_overdue_item_says_so(client, session):
    make_active(session, Arm.TEXT, date(2026, 11, 1), phone="+17805550101")
    with freeze_time(NIGHT):
        text_in(client, "i cant cope anymore", "+17805550101", "SM1")
    make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    with freeze_time("2026-11-24T15:00:00Z"):  # 5 h later: past the 4 h urgent SLA
        login(client, "sue@example.org")
        assert "overdue" in client.get("/queue/").get_data(as_text=True)


def test_an_answered_item_past_its_deadline_says_answered_not_overdue(client, session, settings):
    from textsupport.services.queue import casework, contacts

    make_active(session, Arm.TEXT, date(2026, 11, 1), phone="+17805550101")
    make_active(session, Arm.TEXT, date(2026, 11, 1), phone="+17805550102")
    with freeze_time(NIGHT):
        text_in(client, "i cant cope anymore", "+17805550101", "SM1")
        text_in(client, "everything is too much", "+17805550102", "SM2")
    sue = make_staff(session, email="sue@example.org", role=Role.SUPERVISOR)
    first = session.scalar(select(QueueItem).order_by(QueueItem.id))
    with freeze_time("2026-11-24T10:30:00Z"):
        casework.claim(session, first.id, sue, settings=settings)
        contacts.log_contact(session, first.id, sue, "phone", "15", "Talked; they have a plan for today.")
    with freeze_time("2026-11-24T15:00:00Z"):  # 5 h later: both past the 4 h urgent SLA
        login(client, "sue@example.org")
        page = client.get("/queue/").get_data(as_text=True)
        assert page.count("<strong>overdue") == 1 and page.count(">answered<") == 1
        assert "(answered)" in client.get(f"/queue/items/{first.id}").get_data(as_text=True)


CUT = f"Showing the newest {THREAD_LIMIT} texts."


@pytest.mark.parametrize(
    ("role", "texts", "notice"),
    [
        (Role.SUPERVISOR, THREAD_LIMIT + 1, "with a link"),
        (Role.PEER_WORKER, THREAD_LIMIT + 1, "without a link"),  # peers may not open participant pages
        (Role.SUPERVISOR, THREAD_LIMIT, None),
    ],
)
def test_a_long_thread_says_its_older_texts_are_left_out(client, session, role, texts, notice):
    worker = make_staff(session, email="x@example.org", role=role)
    person = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=worker.id)
    for n in range(texts - 1):
        make_inbound(session, person, body=f"text #{n:03d}", at=NOW + timedelta(minutes=n))
    newest = texts - 1
    item = make_item(
        session,
        person,
        pool=Pool.PEER,
        assignee_id=worker.id,
        body=f"text #{newest:03d}",
        at=NOW + timedelta(minutes=newest),
    )
    login(client, "x@example.org")
    page = client.get(f"/queue/items/{item.id}").get_data(as_text=True)
    link = f'<a href="/participants/{person.study_id}">the participant page</a>'
    assert f"text #{newest:03d}" in page
    assert ("text #000" in page) is (notice is None)
    assert (CUT in page) is (notice is not None)
    assert (link in page) is (notice == "with a link")
    if notice is not None:  # the link is there exactly when the viewer may open the page it leads to
        assert (link in page) is (client.get(f"/participants/{person.study_id}").status_code == 200)
