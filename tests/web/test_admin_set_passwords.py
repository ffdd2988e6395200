"""A password an admin set (a new account, a reset) is changed by its owner at the next sign-in, before
any other page opens (ASVS 6.2.2: the admin has seen it)."""

import pyotp
import pytest
from sqlalchemy import select

from tests.support.builders import PASSWORD, make_staff
from tests.support.times import MONDAY_NOON as NOW
from tests.support.web import csrf_token, login
from tests.web.test_access_matrix import routes
from textsupport import sealing
from textsupport.models import AuditEntry, Role, StaffUser
from textsupport.services.staff import accounts, users

OWN = "a phrase of my very own"
OPEN_BEFORE = {"own_account.index", "own_account.change_password", "auth.logout", "auth.login"}
OPEN_BEFORE |= {"static", "health.healthz", "webhooks.sms", "webhooks.status"}  # never an account's


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TEXTSUPPORT_NOW=NOW)


def fresh(session, user_id: int) -> StaffUser:
    """The account as the database has it now."""
    session.rollback()
    session.expire_all()
    return session.get(StaffUser, user_id)


def change(client, current: str, new: str = OWN):
    token = csrf_token(client, "/account/")
    data = {"current_password": current, "password": new, "again": new, "csrf_token": token}
    return client.post("/account/password", data=data)


def test_an_account_an_admin_created_opens_only_its_password_page_until_it_chooses_its_own(
    app, client, session
):
    ada = make_staff(session, email="ada@example.org", role=Role.ADMIN)
    sam, given = accounts.create(session, ada.id, "sam@example.org", "Sam", "admin", "", "")
    assert fresh(session, sam.id).must_change_password
    assert login(client, "sam@example.org", given).headers["Location"] == "/"
    home = client.get("/")
    assert home.status_code == 302 and home.headers["Location"] == "/account/"
    page = client.get("/account/").get_data(as_text=True)
    assert "Choose your own password" in page and "an admin set the one you signed in with" in page
    token = csrf_token(client, "/account/")
    kept = []
    for endpoint, method, path in routes(app):  # sign-out last
        if endpoint in OPEN_BEFORE:
            continue
        response = client.open(path, method=method, data={"csrf_token": token} if method == "POST" else None)
        response.close()
        if response.status_code != 302 or response.headers["Location"] != "/account/":
            kept.append(f"{method} {path}: {response.status_code} {response.headers.get('Location')}")
    assert kept == []  # Sam is an admin: each of these would have opened (or 404ed) otherwise
    assert fresh(session, sam.id).must_change_password  # nothing above changed it


def test_choosing_one_s_own_password_opens_every_page_and_is_audited(client, session):
    ada = make_staff(session, email="ada@example.org", role=Role.ADMIN)
    sam, given = accounts.create(session, ada.id, "sam@example.org", "Sam", "supervisor", "", "")
    login(client, "sam@example.org", given)
    refused = change(client, current=given, new=given)  # the admin's own choice again: refused
    assert refused.status_code == 400 and fresh(session, sam.id).must_change_password
    assert change(client, current=given).headers["Location"] == "/account/"
    assert not fresh(session, sam.id).must_change_password
    assert client.get("/").status_code == 200 and client.get("/queue/").status_code == 200
    assert "Choose your own password" not in client.get("/account/").get_data(as_text=True)
    audited = session.scalars(select(AuditEntry.action).where(AuditEntry.actor_id == sam.id)).all()
    assert "change_password" in audited


def test_an_admin_s_reset_asks_again_and_a_change_of_one_s_own_does_not(client, session):
    ada = make_staff(session, email="ada@example.org", role=Role.ADMIN)
    pat = make_staff(session, email="pat@example.org")
    assert not fresh(session, pat.id).must_change_password  # never asked while nobody else set it
    given = accounts.reset_password(session, ada.id, pat.id, "")
    assert fresh(session, pat.id).must_change_password
    login(client, "pat@example.org", given)
    assert client.get("/queue/").headers["Location"] == "/account/"
    change(client, current=given)
    assert client.get("/queue/").status_code == 200
    change(client, current=OWN, new="another phrase I chose")  # one's own change never asks again
    assert not fresh(session, pat.id).must_change_password


def test_the_command_line_s_account_is_not_asked(session):
    # `flask create-user` is how the first admin makes their own account, typing their own password.
    user = users.create_user(session, "first@example.org", "admin", PASSWORD)
    assert not fresh(session, user.id).must_change_password


@pytest.mark.parametrize("settings_overrides", [dict(TEXTSUPPORT_NOW=NOW, MFA_REQUIRED="true")])
def test_where_mfa_is_required_the_password_comes_first_then_two_step_set_up(client, session):
    ada = make_staff(session, email="ada@example.org", role=Role.ADMIN)
    sam, given = accounts.create(session, ada.id, "sam@example.org", "Sam", "supervisor", "", "")
    login(client, "sam@example.org", given)
    assert client.get("/queue/").headers["Location"] == "/account/"
    assert client.get("/account/mfa").headers["Location"] == "/account/"
    assert change(client, current=given).headers["Location"] == "/account/"
    assert client.get("/queue/").headers["Location"] == "/account/mfa"  # then the second factor


def test_an_account_with_mfa_changes_the_password_after_its_code(client, session):
    key = pyotp.random_base32()
    ada = make_staff(session, email="ada@example.org", role=Role.ADMIN)
    pat = make_staff(session, email="pat@example.org")
    pat.totp_key = sealing.seal("test-secret-key", key)
    session.commit()
    given = accounts.reset_password(session, ada.id, pat.id, "")
    data = {"email": "pat@example.org", "password": given, "code": pyotp.TOTP(key).at(NOW)}
    assert client.post("/login", data={**data, "csrf_token": csrf_token(client)}).status_code == 302
    assert client.get("/queue/").headers["Location"] == "/account/"
    change(client, current=given)
    assert client.get("/queue/").status_code == 200
