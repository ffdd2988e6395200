"""Append audit entries inside the caller's transaction.

A use case with several audited steps (a webhook reply: received, classified, queued, auto-replied,
notified) keeps a `Trail`: each of its steps is kept in order and `trail_entry` makes them one
entry (services/replies/handling.py writes it) whose data lists every step. Elsewhere a step is its
own entry, as `record` makes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from textsupport import clock, db
from textsupport.models import AuditEntry, AuditOutcome


@dataclass
class Trail:
    """The steps of one use case, written as one audit entry."""

    action: str
    target: tuple[str, str | int]
    steps: list[dict[str, Any]] = field(default_factory=list)
    outcome: AuditOutcome = AuditOutcome.OK

    def step(
        self,
        action: str,
        outcome: AuditOutcome,
        *,
        target: tuple[str, str | int] | None = None,
        detail: str | None = None,
        **data: Any,
    ) -> None:
        """Keep one step, in order; a step that did not go OK marks the whole entry with its outcome."""
        entry: dict[str, Any] = {"action": action, "outcome": outcome.value}
        if target is not None:
            entry["target"] = f"{target[0]}:{target[1]}"
        if detail is not None:
            entry["detail"] = detail
        self.steps.append(entry | data)
        if outcome is not AuditOutcome.OK:
            self.outcome = outcome

    def fill(self, pending: str, target: str) -> None:
        """Give the steps that named a target not yet made (`pending`) the target made since."""
        for step in self.steps:
            if step.get("target") == pending:
                step["target"] = target


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


def trail_entry(trail: Trail, at: datetime | None = None) -> dict[str, Any]:
    """The trail's one audit entry as column values, stamped `at` (default now)."""
    return {
        "at": at or clock.now(),
        "action": trail.action,
        "outcome": trail.outcome,
        "target_type": trail.target[0],
        "target_id": str(trail.target[1]),
        "detail": " > ".join(s["action"] for s in trail.steps),
        "data": {"steps": trail.steps},
    }
