"""Rotating SECRET_KEY: `flask reseal-mfa-keys` seals every two-step key again under the new one."""

import json

import pyotp
from sqlalchemy import select

from tests.support.builders import make_staff
from textsupport import sealing
from textsupport.models import AuditEntry, StaffUser
from textsupport.services.staff import mfa

NEW = "test-secret-key"  # the tests' SECRET_KEY (tests/support/databases.py): the one now in use
OLD = "the-secret-key-before-rotation"


def test_keys_sealed_under_the_old_secret_key_open_under_the_new_one_afterwards(app, session):
    keys = [pyotp.random_base32() for _ in range(3)]
    old = make_staff(session, email="old@example.org", totp_key=sealing.seal(OLD, keys[0]))
    new = make_staff(session, email="new@example.org", totp_key=sealing.seal(NEW, keys[1]))
    lost = make_staff(session, email="lost@example.org", totp_key=sealing.seal("a third key", keys[2]))
    make_staff(session, email="none@example.org")
    assert mfa.key_of(old, NEW) is None  # before: the rotation locked this account out
    result = app.test_cli_runner().invoke(args=["reseal-mfa-keys", "--old-key-stdin"], input=OLD + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"resealed": 1, "already": 1, "unreadable": 1}
    session.expire_all()
    assert mfa.key_of(session.get(StaffUser, old.id), NEW) == keys[0]
    assert mfa.key_of(session.get(StaffUser, new.id), NEW) == keys[1]
    assert mfa.key_of(session.get(StaffUser, lost.id), NEW) is None
    assert all(
        key not in (user.totp_key or "") for user in session.scalars(select(StaffUser)) for key in keys
    )
    audited = session.scalar(select(AuditEntry).where(AuditEntry.action == "reseal_mfa_keys"))
    assert audited.data == {"resealed": 1, "already": 1, "unreadable": 1}
    again = app.test_cli_runner().invoke(args=["reseal-mfa-keys", "--old-key-stdin"], input=OLD + "\n")
    assert json.loads(again.stdout) == {"resealed": 0, "already": 2, "unreadable": 1}  # safe to repeat


def test_without_the_old_key_on_stdin_nothing_changes(app, session):
    sealed = sealing.seal(OLD, pyotp.random_base32())
    user = make_staff(session, email="old@example.org", totp_key=sealed)
    for args in (["reseal-mfa-keys"], ["reseal-mfa-keys", "--old-key-stdin"]):
        result = app.test_cli_runner().invoke(args=args, input="")
        assert result.exit_code != 0 and "previous SECRET_KEY on stdin" in result.stderr
    session.expire_all()
    assert session.get(StaffUser, user.id).totp_key == sealed
