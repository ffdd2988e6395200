"""Signing in and out, CSRF, throttling, cookies, and role checks."""

import re

import pytest
from sqlalchemy import select

from tests.support.builders import make_staff
from tests.support.web import csrf_token, login
from textsupport.models import AuditEntry, AuditOutcome, Role


def test_login_page_has_the_contract_fields(client):
    page = client.get("/login").get_data(as_text=True)
    for field in ('name="email"', 'name="password"', 'name="csrf_token"'):
        assert field in page


def test_staff_sign_in_and_land_on_home(client, session):
    make_staff(session, email="pat@example.org", display_name="Pat Peer")
    response = login(client, "pat@example.org")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    home = client.get("/").get_data(as_text=True)
    assert "Welcome, Pat Peer" in home


def test_wrong_password_is_refused_with_one_vague_message(client, session):
    make_staff(session, email="pat@example.org")
    response = login(client, "pat@example.org", "not the password")
    assert response.status_code == 200
    assert "do not match an active account" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302  # still signed out


def test_post_without_csrf_token_is_refused(client, session):
    make_staff(session, email="pat@example.org")
    from tests.support.builders import PASSWORD

    response = client.post("/login", data={"email": "pat@example.org", "password": PASSWORD})
    assert response.status_code == 400
    assert client.get("/").status_code == 302


def test_pages_need_a_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_next_parameter_stays_on_this_site(client, session):
    make_staff(session, email="pat@example.org", role=Role.ADMIN)
    token = csrf_token(client)
    from tests.support.builders import PASSWORD

    data = {"email": "pat@example.org", "password": PASSWORD, "csrf_token": token}
    assert client.post("/login?next=https://evil.example/", data=data).headers["Location"] == "/"
    client.post("/logout", data={"csrf_token": csrf_token(client, "/")})
    data["csrf_token"] = csrf_token(client)
    assert client.post("/login?next=/audit", data=data).headers["Location"] == "/audit"


def test_logout_ends_the_session(client, session):
    make_staff(session, email="pat@example.org")
    login(client, "pat@example.org")
    response = client.post("/logout", data={"csrf_token": csrf_token(client, "/")})
    assert response.status_code == 302
    assert client.get("/").status_code == 302


def test_session_cookie_is_httponly_and_samesite(client, session):
    make_staff(session, email="pat@example.org")
    response = login(client, "pat@example.org")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


@pytest.mark.parametrize("settings", [{"LOGIN_RATE_LIMIT": "3 per minute"}], indirect=True)
def test_login_attempts_are_throttled(client, session):
    make_staff(session, email="pat@example.org")
    codes = [login(client, "pat@example.org", f"guess number {i}").status_code for i in range(4)]
    assert codes == [200, 200, 200, 429]


@pytest.mark.parametrize("settings", [{"LOGIN_RATE_LIMIT": "3 per minute"}], indirect=True)
def test_one_account_throttled_leaves_another_at_the_same_address_free(client, session):
    """A clinic behind one address: one person's typos must not lock out a colleague."""
    make_staff(session, email="pat@example.org")
    make_staff(session, email="sue@example.org")
    codes = [login(client, "Pat@Example.org ", f"guess number {i}").status_code for i in range(4)]
    assert codes == [200, 200, 200, 429]  # the email is counted in any case and spacing
    assert login(client, "pat@example.org").status_code == 429  # even the right password, for now
    page = login(client, "pat@example.org").get_data(as_text=True)
    assert "Please try again in 1 min." in page, re.findall(r"<p>[^<]*</p>", page)
    assert login(client, "sue@example.org").status_code == 302  # signed in
    assert client.get("/").status_code == 200


@pytest.mark.parametrize("settings", [{"LOGIN_RATE_LIMIT": "1 per minute"}], indirect=True)
def test_one_address_has_a_ceiling_ten_times_one_account_s(client, session):
    codes = [login(client, f"nobody{i}@example.org", "a guess").status_code for i in range(11)]
    assert codes == [200] * 10 + [429]
    page = login(client, "somebody@example.org", "a guess")
    assert page.status_code == 429
    assert "Too many sign-in attempts from this address" in page.get_data(as_text=True)
    assert int(page.headers["Retry-After"]) <= 60


def test_wrong_role_gets_403_and_an_audit_row(client, session):
    peer = make_staff(session, email="pat@example.org", role=Role.PEER_WORKER)
    login(client, "pat@example.org")
    assert client.get("/audit").status_code == 403
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "access_denied"))
    assert (entry.actor_id, entry.outcome, entry.detail) == (peer.id, AuditOutcome.DENIED, "/audit")


def test_admin_sees_the_audit_log_with_logins(client, session):
    make_staff(session, email="ada@example.org", role=Role.ADMIN)
    login(client, "ada@example.org", "a wrong guess")
    login(client, "ada@example.org")
    page = client.get("/audit").get_data(as_text=True)
    assert page.count("ada@example.org") == 2
    assert "denied" in page


def from_address(app, address: str):
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


@pytest.mark.parametrize("settings", [{"LOGIN_RATE_LIMIT": "1 per minute"}], indirect=True)
def test_one_account_has_a_ceiling_over_all_addresses_three_times_its_own(app, session):
    """Guessing one account's password from many addresses is throttled too."""
    make_staff(session, email="pat@example.org")
    addresses = ["192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4"]
    codes = [login(from_address(app, a), "pat@example.org", "a guess").status_code for a in addresses]
    assert codes == [200, 200, 200, 429]
    page = login(from_address(app, "192.0.2.5"), "pat@example.org", "a guess")
    assert "Too many sign-in attempts for this account." in page.get_data(as_text=True)
    assert int(page.headers["Retry-After"]) <= 60
    assert login(from_address(app, "192.0.2.5"), "sue@example.org", "a guess").status_code == 200


@pytest.mark.parametrize(
    ("settings", "counted"),
    [({"PROXY_COUNT": "1"}, "198.51.100.7"), ({"PROXY_COUNT": "0"}, "127.0.0.1")],
    indirect=["settings"],
)
def test_behind_a_configured_proxy_the_client_s_own_address_is_used(client, session, counted):
    make_staff(session, email="pat@example.org")
    client.environ_base["HTTP_X_FORWARDED_FOR"] = "198.51.100.7"
    login(client, "pat@example.org")
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "login"))
    assert entry.ip == counted  # unset: the header is anyone's to forge, so it is ignored
