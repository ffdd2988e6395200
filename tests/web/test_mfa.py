"""Two-step sign-in with an authenticator app (TOTP): set up, sign in with a code once, require it."""

import re
from datetime import datetime, timedelta

import pyotp
import pytest
from sqlalchemy import select

from tests.support.builders import PASSWORD, make_staff
from tests.support.times import MONDAY_ELEVEN as NOW
from tests.support.web import csrf_token
from textsupport.models import AuditEntry, AuditOutcome, StaffUser


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TEXTSUPPORT_NOW=NOW)


def code_at(secret: str, instant: datetime) -> str:
    return pyotp.TOTP(secret).at(instant)


def sign_in(client, email="pat@example.org", code=""):
    data = {"email": email, "password": PASSWORD, "code": code, "csrf_token": csrf_token(client)}
    return client.post("/login", data=data)


def sign_out(client):
    client.post("/logout", data={"csrf_token": csrf_token(client, "/")})


def set_up(client, app) -> str:
    """Set up MFA through the page, as a person would; returns the key the page showed."""
    page = client.get("/account/mfa").get_data(as_text=True)
    key = re.search(r'<code class="key">([A-Z2-7 ]+)</code>', page)[1].replace(" ", "")
    token = csrf_token(client, "/account/mfa")
    response = client.post("/account/mfa", data={"code": code_at(key, NOW), "csrf_token": token})
    assert response.status_code == 302, response.get_data(as_text=True)
    return key


def test_set_up_then_sign_in_needs_a_current_code_used_once(client, app, session):
    pat = make_staff(session, email="pat@example.org")
    assert sign_in(client).status_code == 302
    key = set_up(client, app)
    session.rollback()
    session.expire_all()
    assert session.get(StaffUser, pat.id).totp_secret == key
    sign_out(client)
    assert "do not match" in sign_in(client).get_data(as_text=True)  # no code
    assert "do not match" in sign_in(client, code="000000").get_data(as_text=True)
    assert "do not match" in sign_in(client, code=code_at(key, NOW)).get_data(as_text=True)  # used to set up
    app.config["TEXTSUPPORT_NOW"] = NOW + timedelta(seconds=30)
    assert sign_in(client, code=code_at(key, NOW + timedelta(seconds=30))).status_code == 302
    sign_out(client)
    assert "do not match" in sign_in(client, code=code_at(key, NOW + timedelta(seconds=30))).get_data(
        as_text=True
    )  # a replay of the same code
    session.rollback()
    details = session.scalars(
        select(AuditEntry.detail).where(
            AuditEntry.action == "login", AuditEntry.outcome == AuditOutcome.DENIED
        )
    ).all()
    assert details.count("MFA code") == 4


def test_a_wrong_code_while_setting_up_says_so_and_changes_nothing(client, session):
    pat = make_staff(session, email="pat@example.org")
    sign_in(client)
    token = csrf_token(client, "/account/mfa")
    response = client.post("/account/mfa", data={"code": "123456", "csrf_token": token})
    assert response.status_code == 400 and "does not match" in response.get_data(as_text=True)
    session.rollback()
    assert session.get(StaffUser, pat.id).totp_secret is None


def test_turning_it_off_needs_a_current_code(client, app, session):
    pat = make_staff(session, email="pat@example.org")
    sign_in(client)
    key = set_up(client, app)
    token = csrf_token(client, "/account/mfa")
    client.post("/account/mfa/off", data={"code": "999999", "csrf_token": token})
    session.rollback()
    session.expire_all()
    assert session.get(StaffUser, pat.id).totp_secret == key
    app.config["TEXTSUPPORT_NOW"] = NOW + timedelta(seconds=60)
    client.post(
        "/account/mfa/off", data={"code": code_at(key, NOW + timedelta(seconds=60)), "csrf_token": token}
    )
    session.rollback()
    session.expire_all()
    assert session.get(StaffUser, pat.id).totp_secret is None


@pytest.mark.parametrize("settings", [{"MFA_REQUIRED": "true"}], indirect=True)
def test_where_it_is_required_every_page_leads_to_setting_it_up(client, app, session):
    make_staff(session, email="pat@example.org")
    sign_in(client)
    for path in ("/", "/queue/"):
        response = client.get(path)
        assert response.status_code == 302 and response.headers["Location"] == "/account/mfa", path
    assert client.get("/healthz").status_code in (200, 503)  # not behind sign-in at all
    set_up(client, app)
    assert client.get("/").status_code == 200


def test_production_requires_it_unless_configured_otherwise(database_url, tmp_path):
    from textsupport.config import load

    base = {
        "TEXTSUPPORT_ENV": "production",
        "SECRET_KEY": "x" * 40,
        "DATABASE_URL": database_url,
        "ONCALL_PHONES": "+17805550999",
        "SMS_BACKEND": "twilio",
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        "TWILIO_AUTH_TOKEN": "token",
        "TWILIO_FROM_NUMBER": "+17805550199",
        "PUBLIC_BASE_URL": "https://sms.example.org",
    }
    assert load(base, tmp_path).mfa_required is True
    assert load({**base, "MFA_REQUIRED": "false"}, tmp_path).mfa_required is False
    assert load({"TEXTSUPPORT_ENV": "development"}, tmp_path).mfa_required is False
