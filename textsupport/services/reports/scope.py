"""What the dashboard covers: a date range and a site, read from the URL, and the local week.

Days are local to PROGRAM_TZ. Participants' figures (the CONSORT flow, recruitment, balance) cover
those enrolled in the range; texts, replies and queue items those that happened in it. Training
participants (practice scenarios) are in none of them: every condition here leaves them out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from textsupport import clock
from textsupport.models import TRAINING_IDS, Participant


class ScopeError(ValueError):
    """The date range or site in the URL cannot be used; the message says why."""


@dataclass(frozen=True)
class Scope:
    """A local date range (either end open) and a site (None: every site)."""

    start: date | None = None
    end: date | None = None
    site: str | None = None

    def bounds(self, zone: ZoneInfo) -> tuple[datetime | None, datetime | None]:
        """The UTC instants [start 00:00, the day after end 00:00) in `zone`."""
        low = clock.at_local_time(self.start, time(0), zone) if self.start else None
        high = clock.at_local_time(self.end + timedelta(days=1), time(0), zone) if self.end else None
        return low, high

    def query(self) -> dict[str, str]:
        """The scope as URL parameters, to keep it in links."""
        values = {"from": self.start, "to": self.end, "site": self.site}
        return {key: str(value) for key, value in values.items() if value}


def parse(args: Mapping[str, str], sites: Sequence[str]) -> Scope:
    """The scope in `args` ('from', 'to' as YYYY-MM-DD, 'site'), or ScopeError naming what is wrong."""
    start, end = _day(args.get("from", ""), "From"), _day(args.get("to", ""), "To")
    if start and end and start > end:
        raise ScopeError(f"The range starts ({start}) after it ends ({end}).")
    site = args.get("site", "").strip() or None
    if site is not None and site not in sites:
        raise ScopeError(f"There is no site {site[:40]!r}; choose one of {', '.join(sites) or 'none yet'}.")
    return Scope(start, end, site)


def _day(value: str, label: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ScopeError(f"{label}: {value[:20]!r} is not a date; use YYYY-MM-DD.") from None


def sites(session: Session, configured: Sequence[str]) -> list[str]:
    """The sites to choose from: SITES, else those participants were enrolled at."""
    if configured:
        return list(configured)
    query = select(Participant.site).where(Participant.in_trial).distinct().order_by(Participant.site)
    return list(session.scalars(query))


def within(column, scope: Scope, zone: ZoneInfo) -> list:
    """Conditions keeping an instant column inside the scope's dates."""
    low, high = scope.bounds(zone)
    conditions = []
    if low is not None:
        conditions.append(column >= low)
    if high is not None:
        conditions.append(column < high)
    return conditions


def cohort(scope: Scope, zone: ZoneInfo) -> list:
    """Conditions on Participant: enrolled in the scope's dates, at its site."""
    return [*within(Participant.created_at, scope, zone), *at_site(scope)]


def at_site(scope: Scope) -> list:
    """Conditions on Participant: a real one (never a training one), at the scope's site if it names one."""
    return [Participant.in_trial, *([Participant.site == scope.site] if scope.site else [])]


def of_participants(query, participant_id, scope: Scope):
    """`query` kept to rows of real participants (at the scope's site, if it names one); the join only
    when a site asks for it, so the whole trial is an index-only scan of the rows' own table, less the
    training participants' rows (a small NOT IN list)."""
    if scope.site:
        return query.join(Participant, Participant.id == participant_id).where(*at_site(scope))
    return query.where(participant_id.is_not(None), participant_id.not_in(TRAINING_IDS))
