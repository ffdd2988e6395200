"""Your own password and sessions on /account/: change the password (the current one first, the
same rules, every other session ends, this one gets a new id) and end your other sessions."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import PASSWORD, make_staff
from tests.support.times import MONDAY_NOON as NOW
from tests.support.web import csrf_token, login
from textsupport import passwords
from textsupport.models import AuditEntry, AuditOutcome, EndReason, StaffSession, StaffUser

NEW = "four unrelated words here"
FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"
PHONE = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0 Mobile Safari/537.36"
)
ENDS = re.compile(r'<input type="hidden" name="which" value="([0-9a-f]{64})">')


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TEXTSUPPORT_NOW=NOW)


@pytest.fixture
def pat(session):
    return make_staff(session, email="pat@example.org")


def browser(app, address: str = "198.51.100.2", user_agent: str = FIREFOX, email: str = "pat@example.org"):
    """A browser of its own (cookies, address, User-Agent), signed in as `email`."""
    client = app.test_client()
    client.environ_base.update(REMOTE_ADDR=address, HTTP_USER_AGENT=user_agent)
    assert login(client, email).status_code == 302
    return client


def copy_of(app, client):
    """Another client with a copy of `client`'s cookie, from the same address and browser."""
    other = app.test_client()
    other.set_cookie("session", client.get_cookie("session").value)
    other.environ_base.update(client.environ_base)
    return other


def signed_in(client) -> bool:
    return client.get("/account/").status_code == 200


def change(client, current=PASSWORD, new=NEW, again=None, token=True):
    data = {"current_password": current, "password": new, "again": new if again is None else again}
    if token:
        data["csrf_token"] = csrf_token(client, "/account/")
    return client.post("/account/password", data=data)


def stored_hash(session, user_id) -> str:
    session.rollback()
    session.expire_all()
    return session.get(StaffUser, user_id).password_hash


def entries(session, action) -> list[AuditEntry]:
    session.rollback()
    return list(
        session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))
    )


def test_a_change_needs_the_current_password_and_a_wrong_one_is_audited(app, session, pat):
    client = browser(app)
    before = stored_hash(session, pat.id)
    response = change(client, current="not my password")
    assert response.status_code == 400
    assert "that is not your current password" in response.get_data(as_text=True)
    assert stored_hash(session, pat.id) == before and signed_in(client)
    [entry] = entries(session, "change_password")
    assert (entry.outcome, entry.actor_id, entry.detail) == (
        AuditOutcome.DENIED,
        pat.id,
        "wrong current password",
    )
    assert PASSWORD not in f"{entry.detail} {entry.data}" and "not my password" not in f"{entry.data}"


@pytest.mark.parametrize(
    ("new", "again", "message"),
    [
        ("too short", None, "at least 12 characters"),
        ("Leavemealone2024", None, "that password is too common"),  # zxcvbn's list, padded
        (NEW, "four unrelated words hare", "the two new passwords differ"),
        (PASSWORD, None, "the new password is your current one"),
    ],
)
def test_the_new_password_is_held_to_the_rules_and_nothing_changes_when_refused(
    app, session, pat, new, again, message
):
    client, other = browser(app), browser(app, "192.0.2.5", PHONE)
    before = stored_hash(session, pat.id)
    response = change(client, new=new, again=again)
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert stored_hash(session, pat.id) == before
    assert signed_in(client) and signed_in(other)  # a refused change ends nothing
    assert [e.outcome for e in entries(session, "change_password")] == []


def test_a_change_without_the_csrf_token_is_refused(app, session, pat):
    client = browser(app)
    before = stored_hash(session, pat.id)
    assert change(client, token=False).status_code == 400
    assert stored_hash(session, pat.id) == before


def test_a_change_stores_argon2id_renews_this_session_and_ends_every_other(app, session, pat):
    client, other = browser(app), browser(app, "192.0.2.5", PHONE)
    old_cookie = copy_of(app, client)  # this browser's cookie from before the change
    response = change(client)
    assert response.status_code == 302 and response.headers["Location"] == "/account/"
    page = client.get("/account/").get_data(as_text=True)
    assert "Your password is changed. Every other session of yours has ended." in page
    assert signed_in(client)  # this browser stays signed in, on a new session id
    assert not signed_in(old_cookie) and not signed_in(other)
    assert old_cookie.get("/account/").headers["Location"].startswith("/login")
    hashed = stored_hash(session, pat.id)
    assert hashed.startswith("$argon2id$") and passwords.verify_password(hashed, NEW)
    assert login(app.test_client(), "pat@example.org", PASSWORD).status_code == 200  # the old one: refused
    assert login(app.test_client(), "pat@example.org", NEW).status_code == 302
    [entry] = entries(session, "change_password")
    assert (entry.outcome, entry.actor_id, entry.target_id) == (AuditOutcome.OK, pat.id, str(pat.id))
    assert entry.data["sessions_ended"] == 2  # the other browser's and this one's old id
    assert NEW not in f"{entry.detail} {entry.data}"
    reasons = session.scalars(select(StaffSession.end_reason).where(StaffSession.user_id == pat.id)).all()
    assert sorted(reason for reason in reasons if reason) == [EndReason.PASSWORD_CHANGED] * 2


def end(client, which):
    data = {"which": which, "csrf_token": csrf_token(client, "/account/")}
    return client.post("/account/sessions/end", data=data)


def open_table(page: str) -> str:
    """The table of sessions open now (not the history of sign-ins below it)."""
    start = page.index('aria-labelledby="open-sessions"')
    return page[start : page.index("</table>", start)]


def test_staff_see_their_open_sessions_with_last_seen_address_and_browser(app, session, pat):
    make_staff(session, email="sue@example.org")
    browser(app, "192.0.2.99", email="sue@example.org")  # someone else's: never shown to Pat
    ended = browser(app, "203.0.113.7")
    ended.post("/logout", data={"csrf_token": csrf_token(ended, "/")})
    phone = browser(app, "192.0.2.5", PHONE)
    app.config["TEXTSUPPORT_NOW"] = NOW + timedelta(minutes=20)
    phone.get("/")  # seen again 20 minutes later
    here = browser(app)
    table = open_table(here.get("/account/").get_data(as_text=True))
    rows = table[table.index("<tbody>") :].split("</tr>")[:-1]
    assert len(rows) == 2  # the ended one and Sue's are not open sessions of Pat's
    assert "198.51.100.2" in rows[0] and "Firefox 133 on Windows" in rows[0] and "this session" in rows[0]
    assert "192.0.2.5" in rows[1] and "Chrome 131 on Android" in rows[1]
    assert "12:00 MST" in rows[1] and "12:20 MST" in rows[1]  # started, last seen: PROGRAM_TZ
    assert 'aria-label="End the session started' in rows[1] and "End it" not in rows[0]
    assert "203.0.113.7" not in table and "192.0.2.99" not in table


def test_ending_one_other_session_signs_that_browser_out_and_is_audited(app, session, pat):
    here, phone = browser(app), browser(app, "192.0.2.5", PHONE)
    [which] = ENDS.findall(here.get("/account/").get_data(as_text=True))  # the phone's, not this one
    response = end(here, which)
    assert response.status_code == 302 and response.headers["Location"] == "/account/"
    page = here.get("/account/").get_data(as_text=True)
    assert "That session has ended." in page and "ended by you from this page" in page
    assert not signed_in(phone) and signed_in(here)
    session.rollback()
    assert session.get(StaffSession, which).end_reason is EndReason.ENDED_BY_USER
    [entry] = entries(session, "end_sessions")
    assert (entry.actor_id, entry.data["sessions_ended"], entry.data["which"]) == (pat.id, 1, "one")


def test_neither_this_session_nor_another_account_s_can_be_ended_here(app, session, pat):
    make_staff(session, email="sue@example.org")
    sue = browser(app, "192.0.2.99", email="sue@example.org")
    session.rollback()
    sues = session.scalar(select(StaffSession.id).where(StaffSession.ip == "192.0.2.99"))
    here = browser(app)
    session.rollback()  # see the app's commits
    this = session.scalar(select(StaffSession.id).where(StaffSession.ip == "198.51.100.2"))
    assert end(here, sues).status_code == 302 and signed_in(sue)
    assert end(here, this).status_code == 302  # Sign out is for this one
    page = here.get("/account/")  # still signed in, and told
    assert page.status_code == 200 and "That session had already ended." in page.get_data(as_text=True)
    assert end(here, "").status_code == 400  # no session named: refused, nothing ended
    assert [entry.data["sessions_ended"] for entry in entries(session, "end_sessions")] == [0, 0]


def test_ending_all_other_sessions_keeps_only_this_one(app, session, pat):
    others = [browser(app, "192.0.2.5", PHONE), browser(app, "203.0.113.7")]
    here = browser(app)
    copied = copy_of(app, others[0])
    token = csrf_token(here, "/account/")
    assert here.post("/account/sessions/end-others").status_code == 400  # no CSRF token: nothing ends
    assert all(signed_in(other) for other in others)
    response = here.post("/account/sessions/end-others", data={"csrf_token": token})
    assert response.status_code == 302
    assert "2 other sessions ended." in here.get("/account/").get_data(as_text=True)
    assert signed_in(here) and not any(signed_in(other) for other in [*others, copied])
    [entry] = entries(session, "end_sessions")
    assert (entry.data["sessions_ended"], entry.data["which"]) == (2, "all others")
