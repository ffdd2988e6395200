"""Everything the trial dashboard shows, read in one place; per-arm figures only when `arms`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.orm import Session

from textsupport import clock
from textsupport.services.reports import activity_reads, consort_reads, recruitment_reads, sla_reads
from textsupport.services.reports.scope import Scope

if TYPE_CHECKING:
    from textsupport.config import Settings


@dataclass(frozen=True)
class Dashboard:
    """The figures of one scope, as of `now`. `balance` is None when blinded (trial staff)."""

    scope: Scope
    activity: Scope  # what the texts, replies and queue figures cover (recent weeks by default)
    now: datetime
    arms: bool
    flow: consort_reads.Flow
    recruitment: recruitment_reads.Recruitment
    balance: list[recruitment_reads.Stratum] | None
    texts: list[activity_reads.TextWeek]
    failure_codes: list[tuple[int, int]]
    replies: list[activity_reads.ReplyWeek]
    sla: sla_reads.Sla


def read(
    session: Session,
    scope: Scope,
    settings: Settings,
    arms: bool,
    now: datetime | None = None,
    recent_weeks: int | None = None,
) -> Dashboard:
    """The dashboard for `scope`; `arms` (admins only) adds the per-arm figures and the balance.

    With `recent_weeks` and no dates in the scope, texts, replies and the queue cover only the last
    that many local weeks (this one included); the participants' figures still cover the whole trial.
    """
    now = now or clock.now()
    zone = settings.program_tz
    today = clock.local_date(now, zone)
    plain_plans(session)
    activity = scope
    if recent_weeks and scope.start is None and scope.end is None:
        activity = replace(scope, start=clock.week_of(now, zone) - timedelta(weeks=recent_weeks - 1))
    return Dashboard(
        scope=scope,
        activity=activity,
        now=now,
        arms=arms,
        flow=consort_reads.flow(session, scope, zone, today, arms),
        recruitment=recruitment_reads.recruitment(session, scope, zone, settings.recruitment_target),
        balance=recruitment_reads.balance(session, scope, zone) if arms else None,
        texts=activity_reads.texts(session, activity, zone),
        failure_codes=activity_reads.failure_codes(session, activity, zone),
        replies=activity_reads.replies(session, activity, zone),
        sla=sla_reads.sla(session, activity, zone, now),
    )


def flow(
    session: Session, scope: Scope, settings: Settings, arms: bool, now: datetime | None = None
) -> consort_reads.Flow:
    """The CONSORT flow alone (for the diagram's download); per arm only when `arms`."""
    zone = settings.program_tz
    plain_plans(session)
    return consort_reads.flow(session, scope, zone, clock.local_date(now or clock.now(), zone), arms)


def plain_plans(session: Session) -> None:
    """Inside the caller's transaction: no JIT compilation for the reads that follow (PostgreSQL).

    The CONSORT query's estimated cost (a subquery per participant) passes jit_above_cost, and
    compiling it took ~120 ms of a 10,000-participant page for a query that runs in less.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))
