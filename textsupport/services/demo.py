"""Demo data for `make run`: loaded once, with the accounts kept in the instance folder."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport.models import Role, StaffUser
from textsupport.services import users

ACCOUNTS = (
    ("admin@demo.textsupport.local", Role.ADMIN, "Ada Admin"),
    ("staff@demo.textsupport.local", Role.TRIAL_STAFF, "Tom Trialstaff"),
    ("rater@demo.textsupport.local", Role.RATER, "Rae Rater"),
    ("peer@demo.textsupport.local", Role.PEER_WORKER, "Pat Peer"),
    ("peer2@demo.textsupport.local", Role.PEER_WORKER, "Sam Peer"),
    ("supervisor@demo.textsupport.local", Role.SUPERVISOR, "Sue Supervisor"),
)


def load(session: Session, credentials_file: Path) -> dict:
    """Create the demo accounts that do not exist yet; report every demo account."""
    known = _read(credentials_file)
    created = []
    for email, role, name in ACCOUNTS:
        if session.scalar(select(StaffUser.id).where(StaffUser.email == email)) is not None:
            continue
        password = secrets.token_urlsafe(12)
        users.create_user(session, email, role.value, password, name)
        known[email] = {"role": role.value, "password": password}
        created.append(email)
    _write(credentials_file, known)
    return {"created": created, "accounts": known, "credentials_file": str(credentials_file)}


def describe(report: dict) -> str:
    """The demo accounts as a small table for the terminal."""
    lines = [f"Demo staff accounts (also in {report['credentials_file']}):"]
    for email, account in report["accounts"].items():
        lines.append(f"  {account['role']:<12} {email:<36} password: {account['password']}")
    return "\n".join(lines)


def _read(path: Path) -> dict:
    return json.loads(path.read_text()) if path.exists() else {}


def _write(path: Path, accounts: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(accounts, indent=2))
    os.chmod(path, 0o600)  # demo passwords, readable by their owner only
