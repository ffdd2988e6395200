"""Server-side staff sessions: ended on the server, an absolute lifetime, renewed ids, safe cookies."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.support.builders import make_staff
from tests.support.databases import production_settings
from tests.support.times import MONDAY_NOON as NOW
from tests.support.web import csrf_token, login
from textsupport import create_app
from textsupport.models import EndReason, Role, StaffSession
from textsupport.services.staff import accounts


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TEXTSUPPORT_NOW=NOW, SESSION_IDLE_MINUTES="30", SESSION_MAX_HOURS="12")


def cookie(client) -> str:
    return client.get_cookie("session").value


def copy_of(app, client, user_agent: str | None = None):
    """Another client holding a copy of `client`'s session cookie: the same browser as far as the
    server can tell, or one with another `user_agent`."""
    other = app.test_client()
    other.set_cookie("session", cookie(client))
    other.environ_base.update(client.environ_base)
    if user_agent is not None:
        other.environ_base["HTTP_USER_AGENT"] = user_agent
    return other


def signed_in(client) -> bool:
    response = client.get("/")
    return response.status_code == 200 and "Welcome" in response.get_data(as_text=True)


def at(app, **delta) -> None:
    app.config["TEXTSUPPORT_NOW"] = NOW + timedelta(**delta)


@pytest.fixture
def pat(session):
    return make_staff(session, email="pat@example.org", display_name="Pat Peer", role=Role.PEER_WORKER)


def sign_out(client):
    return client.post("/logout", data={"csrf_token": csrf_token(client, "/")})


def test_the_cookie_carries_a_session_token_and_no_account(app, client, pat):
    login(client, "pat@example.org")
    data = app.session_interface.get_signing_serializer(app).loads(cookie(client))
    assert "_user_id" not in data and str(pat.id) not in data.values()
    assert len(data["sid"]) >= 43  # 32 random bytes, URL-safe


def test_a_copied_cookie_replayed_after_sign_out_gets_the_sign_in_page(app, client, pat):
    login(client, "pat@example.org")
    thief = copy_of(app, client)
    assert signed_in(thief)  # the copy works while the session is open: that is what a cookie is
    sign_out(client)
    response = thief.get("/queue/")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    assert not signed_in(client)


def test_a_cookie_copied_into_another_browser_opens_nothing(app, client, pat):
    login(client, "pat@example.org")
    assert not signed_in(copy_of(app, client, user_agent="Mozilla/5.0 (elsewhere)"))
    assert signed_in(client)


def test_every_sign_in_gets_a_new_id_and_the_old_one_stays_ended(app, client, session, pat):
    client.get("/login")
    serializer = app.session_interface.get_signing_serializer(app)
    assert "sid" not in serializer.loads(cookie(client))  # nothing to fix before sign-in
    login(client, "pat@example.org")
    old = copy_of(app, client)
    first = serializer.loads(cookie(client))["sid"]
    sign_out(client)
    login(client, "pat@example.org")
    assert serializer.loads(cookie(client))["sid"] != first
    assert signed_in(client) and not signed_in(old)
    reasons = session.scalars(select(StaffSession.end_reason).order_by(StaffSession.created_at)).all()
    assert reasons == [EndReason.SIGNED_OUT, None]


def test_the_queue_refresh_does_not_keep_an_idle_session_alive(app, client, pat):
    login(client, "pat@example.org")
    for minutes in (10, 20, 29):
        at(app, minutes=minutes)
        assert client.get("/queue/?partial=1").status_code == 200  # the list refreshes while it can
    at(app, minutes=31)
    assert not signed_in(client)


def test_activity_keeps_a_session_alive_until_its_absolute_lifetime(app, client, pat):
    login(client, "pat@example.org")
    for minutes in range(20, 12 * 60, 20):
        at(app, minutes=minutes)
        assert signed_in(client), minutes
    at(app, hours=12)
    assert not signed_in(client)


def test_idle_too_long_ends_the_session(app, client, pat):
    login(client, "pat@example.org")
    at(app, minutes=29)
    assert signed_in(client)
    at(app, minutes=29 + 30)
    assert not signed_in(client)


@pytest.mark.parametrize("change", ["deactivate", "reset_password"])
def test_an_admin_s_change_ends_the_account_s_sessions(app, client, session, pat, change):
    ada = make_staff(session, email="ada@example.org", role=Role.ADMIN)
    login(client, "pat@example.org")
    if change == "deactivate":
        accounts.set_active(session, ada.id, pat.id, False)
        accounts.set_active(session, ada.id, pat.id, True)  # active again: the old session stays over
    else:
        accounts.reset_password(session, ada.id, pat.id, "")
    assert not signed_in(client)
    ended = session.scalars(select(StaffSession.end_reason).where(StaffSession.user_id == pat.id)).all()
    assert ended == [EndReason.DEACTIVATED if change == "deactivate" else EndReason.PASSWORD_RESET]


def test_production_cookie_is_host_prefixed_secure_httponly_lax(database_url):
    app = create_app(production_settings(database_url, MFA_REQUIRED="false"))
    try:
        with app.extensions["textsupport.db"].sessionmaker() as own:
            make_staff(own, email="pat@example.org")
        client = app.test_client()
        response = client.get("/login", base_url="https://localhost")
        header = response.headers["Set-Cookie"]
        assert header.startswith("__Host-session=")
        attributes = {part.strip().split("=")[0] for part in header.split(";")[1:]}
        assert {"Secure", "HttpOnly", "SameSite", "Path"} <= attributes and "Domain" not in attributes
        assert "SameSite=Lax" in header and "Path=/;" in header + ";"
    finally:
        app.extensions["textsupport.db"].dispose()
