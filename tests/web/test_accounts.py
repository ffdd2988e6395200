"""Staff accounts for admins: list, create, deactivate, reactivate, set roles, reset passwords."""

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from tests.support.builders import PASSWORD, make_staff
from tests.support.web import csrf_token, login
from textsupport.models import AuditEntry, AuditOutcome, Role, StaffUser

SHOWN = re.compile(r'<code class="key" id="new-password"[^>]*>([^<]+)</code>')


@pytest.fixture
def ada(client, session):
    """Ada, an admin, signed in."""
    admin = make_staff(session, role=Role.ADMIN, email="ada@example.org", display_name="Ada Admin")
    login(client, "ada@example.org")
    return admin


def post(client, path, **data):
    return client.post(path, data={"csrf_token": csrf_token(client, "/accounts/new"), **data})


def account(session, email) -> StaffUser | None:
    session.rollback()
    session.expire_all()
    return session.scalar(select(StaffUser).where(StaffUser.email == email))


def audited(session, action) -> list[AuditEntry]:
    session.rollback()
    return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def sign_in_as(app, email, password):
    """A fresh browser (its own cookies) signing in; returns its client and the answer."""
    other = app.test_client()
    data = {"email": email, "password": password, "csrf_token": csrf_token(other)}
    return other, other.post("/login", data=data)


def test_the_list_shows_role_active_mfa_and_last_sign_in_in_program_time(client, session, ada):
    make_staff(
        session,
        email="pat@example.org",
        totp_key="sealed: only whether it is set matters here",
        last_login_at=datetime(2026, 11, 23, 19, 5, tzinfo=UTC),
    )
    make_staff(session, email="old@example.org", is_active=False)
    page = client.get("/accounts/").get_data(as_text=True)
    pat = page[page.index("pat@example.org") :].split("</tr>")[0]
    assert "peer worker" in pat and "yes" in pat and ">on<" in pat and "12:05 MST" in pat
    assert "no (deactivated)" in page[page.index("old@example.org") :].split("</tr>")[0]
    assert page.index("pat@example.org") < page.index("old@example.org")  # active first
    assert 'href="/accounts/"' in client.get("/").get_data(as_text=True)  # in the admin's navigation


def test_an_admin_creates_an_account_with_a_generated_password_shown_once(client, session, ada, app):
    response = post(
        client, "/accounts/new", email="Sam@Example.org", display_name="Sam", role="supervisor", phone=""
    )
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    password = SHOWN.search(response.get_data(as_text=True))[1]
    assert len(password) >= 12
    sam = account(session, "sam@example.org")
    assert (sam.role, sam.display_name, sam.is_active) == (Role.SUPERVISOR, "Sam", True)
    assert sign_in_as(app, "sam@example.org", password)[1].headers["Location"] == "/"
    entry = audited(session, "create_user")[0]
    assert (entry.actor_id, entry.target_type, entry.target_id) == (ada.id, "staff_user", str(sam.id))
    assert password not in client.get("/accounts/").get_data(as_text=True)
    everything = " ".join(f"{e.detail} {e.data}" for e in session.scalars(select(AuditEntry)))
    assert password not in everything


def test_an_admin_creates_an_account_with_a_typed_password_and_phone(client, session, ada, app):
    typed = "a typed long password"
    response = post(
        client, "/accounts/new", email="ray@example.org", role="rater", phone="780 555 0100", password=typed
    )
    assert response.status_code == 302 and typed not in response.get_data(as_text=True)
    assert account(session, "ray@example.org").phone == "+17805550100"
    assert sign_in_as(app, "ray@example.org", typed)[1].status_code == 302


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": "ada@example.org"}, "already exists"),
        ({"email": "not an email"}, "is not an email address"),
        ({"password": "too short"}, "at least 12 characters"),
        ({"password": "Password2024!"}, "that password is too common"),
        ({"password": "Leavemealone2024"}, "that password is too common"),  # from the long list
        ({"role": "superuser"}, "role must be one of"),
        ({"role": ""}, "choose a role"),  # the form's "Choose…": no list of enum values to decode
        ({"email": ""}, "enter an email address"),  # never "'' is not an email address"
        ({"phone": "12345"}, "too short"),
    ],
)
def test_bad_input_is_refused_with_the_reason_and_the_form_keeps_what_was_typed(
    client, session, ada, fields, message
):
    data = {"email": "new@example.org", "display_name": "Nell New", "role": "rater", "phone": "", **fields}
    response = post(client, "/accounts/new", **data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and message in page and "Nothing was saved" in page
    assert f'value="{data["email"]}"' in page and 'value="Nell New"' in page
    assert 'aria-invalid="true"' in page
    session.rollback()
    assert session.scalar(select(func.count()).select_from(StaffUser)) == 1


def test_deactivating_ends_an_open_session_and_sign_in_until_reactivated(client, session, ada, app):
    pat = make_staff(session, email="pat@example.org")
    pats_browser, answer = sign_in_as(app, "pat@example.org", PASSWORD)
    assert answer.status_code == 302 and pats_browser.get("/").status_code == 200
    assert post(client, f"/accounts/{pat.id}/active", active="0").status_code == 302
    assert account(session, "pat@example.org").is_active is False
    next_click = pats_browser.get("/")
    assert next_click.status_code == 302 and next_click.headers["Location"].startswith("/login")
    assert sign_in_as(app, "pat@example.org", PASSWORD)[1].status_code == 200  # refused
    assert post(client, f"/accounts/{pat.id}/active", active="1").status_code == 302
    assert sign_in_as(app, "pat@example.org", PASSWORD)[1].status_code == 302
    assert [e.target_id for e in audited(session, "deactivate_user")] == [str(pat.id)]
    assert [e.actor_id for e in audited(session, "reactivate_user")] == [ada.id]


def test_an_admin_cannot_deactivate_themselves_nor_demote_the_last_admin(client, session, ada):
    response = post(client, f"/accounts/{ada.id}/active", active="0")
    assert response.status_code == 400 and "cannot deactivate your own account" in response.get_data(
        as_text=True
    )
    response = post(client, f"/accounts/{ada.id}/role", role="supervisor")
    assert response.status_code == 400 and "last active admin" in response.get_data(as_text=True)
    assert account(session, "ada@example.org").role is Role.ADMIN
    other = make_staff(session, email="bo@example.org", role=Role.ADMIN)
    assert post(client, f"/accounts/{other.id}/role", role="trial_staff").status_code == 302
    make_staff(session, email="cy@example.org", role=Role.ADMIN)
    assert post(client, f"/accounts/{ada.id}/role", role="supervisor").status_code == 302  # not the last
    entry = audited(session, "set_role")[-1]
    assert (entry.target_id, entry.data) == (str(ada.id), {"old": "admin", "new": "supervisor"})


def test_a_reset_password_is_shown_once_or_typed_and_the_old_one_stops_working(client, session, ada, app):
    pat = make_staff(session, email="pat@example.org")
    response = post(client, f"/accounts/{pat.id}/password", password="")
    assert response.headers["Cache-Control"] == "no-store"
    generated = SHOWN.search(response.get_data(as_text=True))[1]
    assert sign_in_as(app, "pat@example.org", PASSWORD)[1].status_code == 200  # the old one: refused
    assert sign_in_as(app, "pat@example.org", generated)[1].status_code == 302
    short = post(client, f"/accounts/{pat.id}/password", password="short")
    assert short.status_code == 400 and "at least 12 characters" in short.get_data(as_text=True)
    assert post(client, f"/accounts/{pat.id}/password", password="typed by the admin").status_code == 302
    assert sign_in_as(app, "pat@example.org", "typed by the admin")[1].status_code == 302
    entries = audited(session, "reset_password")
    assert [e.target_id for e in entries] == [str(pat.id)] * 2
    assert all(generated not in f"{e.detail} {e.data}" for e in entries)


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMIN])
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/accounts/"),
        ("get", "/accounts/new"),
        ("post", "/accounts/new"),
        ("post", "/accounts/1/active"),
    ],
)
def test_only_admins_get_in_and_every_refusal_is_audited(client, session, role, method, path):
    make_staff(session, role=Role.ADMIN, email="ada@example.org")
    user = make_staff(session, role=role, email="x@example.org")
    login(client, "x@example.org")
    token = csrf_token(client, "/")
    response = client.get(path) if method == "get" else client.post(path, data={"csrf_token": token})
    assert response.status_code == 403
    denied = [e for e in audited(session, "access_denied") if e.actor_id == user.id]
    assert [(e.outcome, e.detail) for e in denied] == [(AuditOutcome.DENIED, path)]
    assert 'href="/accounts/"' not in client.get("/").get_data(as_text=True)


def test_an_account_form_without_its_csrf_token_saves_nothing_and_never_shows_the_password(
    client, session, ada
):
    data = {"email": "new@example.org", "role": "rater", "password": "a secret long password"}
    response = client.post("/accounts/new", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "new@example.org" in page and "a secret long password" not in page
    assert account(session, "new@example.org") is None
    assert 'value="new@example.org"' in client.get("/accounts/new").get_data(as_text=True)  # filled in again
