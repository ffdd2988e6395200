"""Creating staff accounts and checking their passwords, audited."""

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from tests.support.builders import PASSWORD, make_staff
from textsupport import passwords
from textsupport.models import AuditEntry, AuditOutcome, Role, StaffUser
from textsupport.services.staff import users

KEY = "test-secret-key"  # the tests' SECRET_KEY (tests/support/databases.py): unseals TOTP keys


def test_create_user_stores_an_argon2id_hash_and_audits(session):
    user = users.create_user(session, "  Pat.Peer@Example.org ", "peer_worker", "a long enough password")
    assert user.email == "pat.peer@example.org"
    assert user.role is Role.PEER_WORKER
    assert user.password_hash.startswith("$argon2id$")
    assert "a long enough password" not in user.password_hash
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "create_user"))
    assert entry.target_id == str(user.id)


@pytest.mark.parametrize(
    ("email", "role", "password", "message"),
    [
        ("not-an-email", "peer_worker", "a long enough password", "not an email"),
        ("a@example.org", "wizard", "a long enough password", "role must be one of"),
        ("a@example.org", "rater", "short", "at least 12"),
    ],
)
def test_create_user_refuses_bad_input_and_saves_nothing(session, email, role, password, message):
    with pytest.raises(users.UserError, match=message):
        users.create_user(session, email, role, password)
    session.rollback()
    assert session.scalar(select(StaffUser)) is None


def test_duplicate_email_is_refused_whatever_its_case(session):
    users.create_user(session, "sue@example.org", "supervisor", "a long enough password")
    with pytest.raises(users.UserError, match="already exists"):
        users.create_user(session, "SUE@example.org", "supervisor", "another long password")


def test_authenticate_accepts_the_right_password_and_records_the_login(session):
    staff = make_staff(session, email="pat@example.org")
    assert users.authenticate(session, "PAT@example.org", PASSWORD, ip="10.0.0.5", secret_key=KEY) == staff
    assert staff.last_login_at is not None
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "login"))
    assert (entry.outcome, entry.actor_id, entry.ip) == (AuditOutcome.OK, staff.id, "10.0.0.5")


@pytest.mark.parametrize(
    ("email", "password", "active"),
    [
        ("pat@example.org", "wrong password entirely", True),
        ("nobody@example.org", PASSWORD, True),
        ("pat@example.org", PASSWORD, False),
    ],
)
def test_authenticate_refuses_and_audits(session, email, password, active):
    make_staff(session, email="pat@example.org", is_active=active)
    assert users.authenticate(session, email, password, secret_key=KEY) is None
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "login"))
    assert entry.outcome is AuditOutcome.DENIED


def test_a_weaker_hash_is_made_again_with_today_s_parameters_at_sign_in(session):
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(PASSWORD)
    pat = make_staff(session, email="pat@example.org", password_hash=weak)
    assert passwords.needs_rehash(weak)
    assert users.authenticate(session, "pat@example.org", PASSWORD, secret_key=KEY) is not None
    stored = session.get(StaffUser, pat.id).password_hash
    assert stored != weak and stored.startswith("$argon2id$") and not passwords.needs_rehash(stored)
    assert passwords.verify_password(stored, PASSWORD)
