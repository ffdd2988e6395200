"""Everything the trial dashboard shows, read in one place; per-arm figures only when `arms`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

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
    session: Session, scope: Scope, settings: Settings, arms: bool, now: datetime | None = None
) -> Dashboard:
    """The dashboard for `scope`; `arms` (admins only) adds the per-arm figures and the balance."""
    now = now or clock.now()
    zone = settings.program_tz
    today = clock.local_date(now, zone)
    return Dashboard(
        scope=scope,
        now=now,
        arms=arms,
        flow=consort_reads.flow(session, scope, zone, today, arms),
        recruitment=recruitment_reads.recruitment(session, scope, zone, settings.recruitment_target),
        balance=recruitment_reads.balance(session, scope, zone) if arms else None,
        texts=activity_reads.texts(session, scope, zone),
        failure_codes=activity_reads.failure_codes(session, scope, zone),
        replies=activity_reads.replies(session, scope, zone),
        sla=sla_reads.sla(session, scope, zone, now),
    )


def flow(
    session: Session, scope: Scope, settings: Settings, arms: bool, now: datetime | None = None
) -> consort_reads.Flow:
    """The CONSORT flow alone (for the diagram's download); per arm only when `arms`."""
    zone = settings.program_tz
    return consort_reads.flow(session, scope, zone, clock.local_date(now or clock.now(), zone), arms)
