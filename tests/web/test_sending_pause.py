"""The admin's banner about paused daily texts, and the button that resumes them (CSRF, audited)."""

from datetime import date

import pytest
from sqlalchemy import select

from tests.support.builders import make_staff
from tests.support.times import MONDAY_NOON, MONDAY_SEND
from tests.support.web import csrf_token, login
from textsupport.models import AuditEntry, Role, SendingPause, StaffUser

BANNER = 'id="sending-paused"'


@pytest.fixture
def settings_overrides():
    return dict(TEXTSUPPORT_NOW=MONDAY_NOON)


@pytest.fixture
def paused(session):
    for role in (Role.ADMIN, Role.SUPERVISOR, Role.TRIAL_STAFF):
        make_staff(session, role=role, email=f"{role.value}@example.org")
    row = SendingPause(
        reason="carrier_filtering",
        day=date(2026, 11, 23),
        sends=40,
        filtered=10,
        paused_at=MONDAY_SEND,
        active=True,
    )
    session.add(row)
    session.commit()
    return row


def pause_row(session) -> SendingPause:
    session.rollback()
    session.expire_all()
    return session.scalar(select(SendingPause))


def test_an_admin_sees_why_and_since_when_with_a_button_to_resume(client, paused):
    login(client, "admin@example.org")
    page = client.get("/").get_data(as_text=True)
    assert BANNER in page and 'role="alert"' in page
    text = " ".join(page.split())
    assert "Daily texts are paused" in text
    assert 'Since <time datetime="2026-11-23T17:00:00+00:00">2026-11-23 10:00 MST (2 h ago)</time>' in text
    assert "carriers filtered 10 of the 40 texts sent on 2026-11-23" in text
    assert 'action="/sending/resume"' in page and "Resume daily texts" in page


@pytest.mark.parametrize("email", ["supervisor@example.org", "trial_staff@example.org"])
def test_nobody_else_sees_the_banner(client, paused, email):
    login(client, email)
    assert BANNER not in client.get("/").get_data(as_text=True)


def test_no_banner_when_nothing_is_paused(client, session):
    make_staff(session, role=Role.ADMIN, email="admin@example.org")
    login(client, "admin@example.org")
    assert BANNER not in client.get("/").get_data(as_text=True)


def test_resuming_ends_the_pause_audited_with_who_and_from_where(client, session, paused):
    login(client, "admin@example.org")
    token = csrf_token(client, "/")
    response = client.post("/sending/resume", data={"csrf_token": token})
    assert response.status_code == 302 and response.headers["Location"] == "/"
    row = pause_row(session)
    admin = session.scalar(select(StaffUser.id).where(StaffUser.email == "admin@example.org"))
    assert (row.active, row.resumed_at, row.resumed_by_id) == (None, MONDAY_NOON, admin)
    [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "sending_resumed")).all()
    assert (entry.actor_id, entry.ip, entry.target_id) == (admin, "127.0.0.1", str(row.id))
    page = client.get("/").get_data(as_text=True)
    assert BANNER not in page and "Daily texts are resumed." in page
    again = client.post("/sending/resume", data={"csrf_token": token}, follow_redirects=True)
    assert "Daily texts are not paused." in again.get_data(as_text=True)
    assert len(session.scalars(select(AuditEntry).where(AuditEntry.action == "sending_resumed")).all()) == 1


def test_resuming_needs_the_forms_csrf_token(client, session, paused):
    login(client, "admin@example.org")
    assert client.post("/sending/resume", data={}).status_code == 400
    assert pause_row(session).active is True


def test_only_an_admin_may_resume(client, session, paused):
    login(client, "supervisor@example.org")
    token = csrf_token(client, "/")
    assert client.post("/sending/resume", data={"csrf_token": token}).status_code == 403
    assert pause_row(session).active is True
