"""Two-step sign-in with an authenticator app (TOTP): set up, sign in with a code once, require it."""

import re
from datetime import datetime, timedelta

import pyotp
import pytest
from sqlalchemy import select

from tests.support.builders import PASSWORD, make_staff
from tests.support.concurrency import at_once
from tests.support.times import MONDAY_ELEVEN as NOW
from tests.support.web import csrf_token
from textsupport import sealing
from textsupport.models import AuditEntry, AuditOutcome, RecoveryCode, StaffSession, StaffUser
from textsupport.services.staff import mfa, recovery, users

KEY = "test-secret-key"  # the tests' SECRET_KEY (tests/support/databases.py)


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


def stored_key(session, user_id: int) -> str | None:
    """The account's key as the database holds it, unsealed; it must never be there in clear."""
    user = session.get(StaffUser, user_id)
    key = mfa.key_of(user, KEY)
    assert key is None or key not in user.totp_key
    return key


def shown_key(client) -> str:
    page = client.get("/account/mfa").get_data(as_text=True)
    return re.search(r'<code class="key">([A-Z2-7 ]+)</code>', page)[1].replace(" ", "")


def set_up_with_codes(client) -> tuple[str, list[str]]:
    """Set up MFA through the page, as a person would; the key the page showed and the recovery codes.

    Setting it up ends the session: the page shows the codes once and asks to sign in again.
    """
    key = shown_key(client)
    token = csrf_token(client, "/account/mfa")
    response = client.post("/account/mfa", data={"code": code_at(key, NOW), "csrf_token": token})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "shown only this once" in page, page
    assert client.get("/").status_code == 302  # signed out
    return key, re.findall(r'<code class="key">(\d{4}-\d{4}-\d{4})</code>', page)


def set_up(client, app) -> str:
    """Set up MFA through the page; returns the key the page showed."""
    return set_up_with_codes(client)[0]


def test_set_up_then_sign_in_needs_a_current_code_used_once(client, app, session):
    pat = make_staff(session, email="pat@example.org")
    assert sign_in(client).status_code == 302
    key = set_up(client, app)
    session.rollback()
    session.expire_all()
    assert stored_key(session, pat.id) == key
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
    assert session.get(StaffUser, pat.id).totp_key is None


def test_turning_it_off_needs_a_current_code(client, app, session):
    pat = make_staff(session, email="pat@example.org")
    sign_in(client)
    key = set_up(client, app)
    app.config["TEXTSUPPORT_NOW"] = NOW + timedelta(seconds=30)
    sign_in(client, code=code_at(key, NOW + timedelta(seconds=30)))
    token = csrf_token(client, "/account/mfa")
    client.post("/account/mfa/off", data={"code": "999999", "csrf_token": token})
    session.rollback()
    session.expire_all()
    assert stored_key(session, pat.id) == key
    app.config["TEXTSUPPORT_NOW"] = NOW + timedelta(seconds=60)
    client.post(
        "/account/mfa/off", data={"code": code_at(key, NOW + timedelta(seconds=60)), "csrf_token": token}
    )
    session.rollback()
    session.expire_all()
    assert session.get(StaffUser, pat.id).totp_key is None


@pytest.mark.parametrize("settings", [{"MFA_REQUIRED": "true"}], indirect=True)
def test_where_it_is_required_every_page_leads_to_setting_it_up(client, app, session):
    make_staff(session, email="pat@example.org")
    sign_in(client)
    for path in ("/", "/queue/"):
        response = client.get(path)
        assert response.status_code == 302 and response.headers["Location"] == "/account/mfa", path
    assert client.get("/healthz").status_code in (200, 503)  # not behind sign-in at all
    key = set_up(client, app)
    app.config["TEXTSUPPORT_NOW"] = NOW + timedelta(seconds=30)
    sign_in(client, code=code_at(key, NOW + timedelta(seconds=30)))
    assert client.get("/").status_code == 200


@pytest.mark.parametrize("settings", [{"MFA_REQUIRED": "true"}], indirect=True)
def test_a_password_only_session_never_becomes_full_when_the_real_user_sets_up_mfa(app, session):
    make_staff(session, email="pat@example.org")
    intruder, owner = app.test_client(), app.test_client()
    sign_in(intruder)  # knows the password, not the phone
    sign_in(owner)
    assert intruder.get("/queue/").headers["Location"] == "/account/mfa"
    set_up(owner, app)
    response = intruder.get("/queue/")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    assert intruder.get("/account/mfa").headers["Location"].startswith("/login")


def test_the_key_being_set_up_is_kept_sealed_on_the_server_never_in_the_cookie(app, client, session):
    make_staff(session, email="pat@example.org")
    sign_in(client)
    key = shown_key(client)
    assert shown_key(client) == key  # the same key on every visit, until it is set up
    cookie = client.get_cookie("session").value
    contents = app.session_interface.get_signing_serializer(app).loads(cookie)
    assert key not in repr(contents) and key not in cookie
    sealed = session.scalar(select(StaffSession.pending_totp))
    assert sealed and key not in sealed
    assert sealing.unseal(KEY, sealed) == key


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


def test_a_key_sealed_under_another_secret_key_opens_nothing(client, session):
    key = pyotp.random_base32()
    make_staff(session, email="pat@example.org", totp_key=sealing.seal("another-secret-key", key))
    assert "do not match" in sign_in(client, code=code_at(key, NOW)).get_data(as_text=True)


def test_ten_recovery_codes_each_sign_in_once_in_place_of_a_code(client, session):
    pat = make_staff(session, email="pat@example.org")
    sign_in(client)
    _key, codes = set_up_with_codes(client)
    assert len(codes) == len(set(codes)) == 10
    stored = session.scalars(select(RecoveryCode.code_hash).where(RecoveryCode.user_id == pat.id)).all()
    assert len(stored) == 10 and not any(code.replace("-", "") in h for code in codes for h in stored)
    response = sign_in(client, code=codes[3].replace("-", " "))  # typed with spaces
    assert response.status_code == 302
    assert "recovery code: 9 of 10 left" in client.get("/").get_data(as_text=True)
    sign_out(client)
    assert "do not match" in sign_in(client, code=codes[3]).get_data(as_text=True)  # used once
    assert "do not match" in sign_in(client, code="0000-0000-0000").get_data(as_text=True)
    assert sign_in(client, code=codes[9]).status_code == 302
    session.rollback()
    details = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "login")).all()
    assert details.count("recovery code") == 2


def test_the_same_recovery_code_twice_at_once_signs_in_once(app, session):
    pat = make_staff(session, email="pat@example.org", totp_key=sealing.seal(KEY, pyotp.random_base32()))
    codes = recovery.new_codes()
    recovery.replace(session, pat.id, codes)
    session.commit()

    def press(own, code):
        return users.authenticate(own, "pat@example.org", PASSWORD, code=code, secret_key=KEY)

    results = at_once(app, press, [codes[0], codes[0]])
    assert sum(isinstance(result, StaffUser) for result in results) == 1, results
