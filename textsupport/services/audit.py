"""Append audit entries inside the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from textsupport import clock, db
from textsupport.models import AuditEntry, AuditOutcome


def record(
    session: Session,
    action: str,
    outcome: AuditOutcome,
    *,
    actor_id: int | None = None,
    target: tuple[str, str | int] | None = None,
    ip: str | None = None,
    detail: str | None = None,
    **data: Any,
) -> AuditEntry:
    """Add one audit entry to `session`; the caller's commit makes it permanent."""
    entry = AuditEntry(
        at=clock.now(),
        actor_id=actor_id,
        action=action,
        outcome=outcome,
        target_type=target[0] if target else None,
        target_id=str(target[1]) if target else None,
        ip=ip,
        detail=detail,
        data=data,
    )
    session.add(entry)
    return entry


def record_now(session: Session, action: str, outcome: AuditOutcome, **kwargs: Any) -> None:
    """Record and commit at once: for refusals, where nothing else is written."""
    db.begin_write(session)
    record(session, action, outcome, **kwargs)
    session.commit()
