"""Reading the audit log (admin only)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport.models import AuditEntry, StaffUser


def recent(session: Session, limit: int = 200) -> list[tuple[AuditEntry, str | None]]:
    """The newest audit entries with the actor's email, newest first."""
    rows = session.execute(
        select(AuditEntry, StaffUser.email)
        .outerjoin(StaffUser, StaffUser.id == AuditEntry.actor_id)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return [(entry, email) for entry, email in rows]
