"""Your own account (/account/): your last sign-ins; and an admin's reset of another's two-step sign-in."""

import pyotp
import pytest
from sqlalchemy import select

from tests.support.builders import PASSWORD, make_staff
from tests.support.times import MONDAY_NOON as NOW
from tests.support.web import csrf_token, login
from textsupport import sealing
from textsupport.models import AuditEntry, RecoveryCode, Role, StaffUser
from textsupport.services.staff import recovery

KEY = "test-secret-key"  # the tests' SECRET_KEY (tests/support/databases.py)


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TEXTSUPPORT_NOW=NOW)


def browser_at(app, address: str):
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def test_staff_see_their_own_last_sign_ins_with_time_and_address(app, session):
    make_staff(session, email="pat@example.org")
    make_staff(session, email="sue@example.org")
    first = browser_at(app, "203.0.113.7")
    login(first, "pat@example.org")
    first.post("/logout", data={"csrf_token": csrf_token(first, "/")})
    login(browser_at(app, "192.0.2.99"), "sue@example.org")  # someone else's: never shown to Pat
    now = browser_at(app, "198.51.100.2")
    login(now, "pat@example.org")
    page = now.get("/account/").get_data(as_text=True)
    history = page[page.index('aria-labelledby="sign-ins"') :]
    rows = history[history.index("<tbody>") :].split("</tr>")
    assert "198.51.100.2" in rows[0] and "this session" in rows[0] and "12:00 MST" in rows[0]
    assert "203.0.113.7" in rows[1] and "signed out" in rows[1]
    assert "192.0.2.99" not in page
    assert 'href="/account/"' in now.get("/").get_data(as_text=True)  # linked from every page


@pytest.fixture
def pat_with_mfa(session):
    pat = make_staff(session, email="pat@example.org", totp_key=sealing.seal(KEY, pyotp.random_base32()))
    recovery.replace(session, pat.id, recovery.new_codes())
    session.commit()
    return pat


def fresh(session, user_id: int) -> StaffUser:
    """The account as the database has it now (a new transaction, nothing cached)."""
    session.rollback()
    session.expire_all()
    return session.get(StaffUser, user_id)


def reset(client, user_id, reason):
    token = csrf_token(client, f"/accounts/{user_id}")
    return client.post(f"/accounts/{user_id}/mfa", data={"reason": reason, "csrf_token": token})


def sign_in_with_code(client, email, key):
    data = {
        "email": email,
        "password": PASSWORD,
        "code": pyotp.TOTP(key).at(NOW),
        "csrf_token": csrf_token(client),
    }
    return client.post("/login", data=data)


def test_an_admin_resets_another_s_mfa_only_with_a_reason_and_it_is_audited(client, session, pat_with_mfa):
    ada = make_staff(session, email="ada@example.org", role=Role.ADMIN)
    login(client, "ada@example.org")
    assert reset(client, pat_with_mfa.id, "   ").status_code == 400
    assert fresh(session, pat_with_mfa.id).has_mfa
    response = reset(client, pat_with_mfa.id, "Lost phone and codes; identity checked by phone call")
    assert response.headers["Location"] == f"/accounts/{pat_with_mfa.id}"
    assert "Two-step sign-in is off for pat@example.org" in client.get(response.headers["Location"]).get_data(
        as_text=True
    )
    assert not fresh(session, pat_with_mfa.id).has_mfa
    assert session.scalars(select(RecoveryCode).where(RecoveryCode.user_id == pat_with_mfa.id)).all() == []
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "reset_mfa"))
    assert (entry.actor_id, entry.target_id) == (ada.id, str(pat_with_mfa.id))
    assert entry.detail == "Lost phone and codes; identity checked by phone call"


def test_a_reset_ends_the_account_s_sessions(app, client, session, pat_with_mfa):
    make_staff(session, email="ada@example.org", role=Role.ADMIN)
    pat_browser = app.test_client()
    assert (
        sign_in_with_code(
            pat_browser, "pat@example.org", sealing.unseal(KEY, pat_with_mfa.totp_key)
        ).status_code
        == 302
    )
    assert pat_browser.get("/").status_code == 200
    login(client, "ada@example.org")
    reset(client, pat_with_mfa.id, "Lost phone")
    assert pat_browser.get("/").status_code == 302


def test_an_admin_cannot_reset_their_own_mfa(client, session):
    key = pyotp.random_base32()
    ada = make_staff(session, email="ada@example.org", role=Role.ADMIN, totp_key=sealing.seal(KEY, key))
    make_staff(session, email="bob@example.org", role=Role.ADMIN)  # another admin exists to ask
    assert sign_in_with_code(client, "ada@example.org", key).status_code == 302
    response = reset(client, ada.id, "I lost my phone")
    assert response.status_code == 400 and "ask another admin" in response.get_data(as_text=True)
    assert fresh(session, ada.id).has_mfa
