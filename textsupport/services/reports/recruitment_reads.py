"""Recruitment over time against RECRUITMENT_TARGET, per site, and arm balance per stratum (admins).

Enrolments are counted by the local week of enrolment, randomisations by the week of randomisation;
each grouped in SQL, so a trial of any size costs the same few statements.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport.models import Allocation, Arm, Participant
from textsupport.services.reports import weeks as local_weeks
from textsupport.services.reports.scope import Scope, at_site, cohort, within


@dataclass(frozen=True)
class Week:
    """One local week (its Monday): enrolled and randomised that week, and in total by its end."""

    week: str
    enrolled: int
    randomised: int
    enrolled_so_far: int
    randomised_so_far: int


@dataclass(frozen=True)
class Site:
    """One site's enrolled and randomised participants, and its target (None: none set)."""

    site: str
    enrolled: int
    randomised: int
    target: int | None


@dataclass(frozen=True)
class Recruitment:
    """Weeks in order, sites by name, and the target for the scope (None: none set)."""

    weeks: list[Week]
    sites: list[Site]
    target: int | None


def recruitment(session: Session, scope: Scope, zone: ZoneInfo, targets: Mapping[str, int]) -> Recruitment:
    """Enrolments and randomisations per week and per site, with the target that applies to the scope."""
    enrolled = _per_week(session, Participant.created_at, scope, zone, select().where(*cohort(scope, zone)))
    randomised = _per_week(
        session,
        Allocation.allocated_at,
        scope,
        zone,
        select()
        .join_from(Allocation, Participant, Participant.id == Allocation.participant_id)
        .where(*within(Allocation.allocated_at, scope, zone), *at_site(scope)),
    )
    weeks, enrolled_so_far, randomised_so_far = [], 0, 0
    for week in sorted(set(enrolled) | set(randomised)):
        enrolled_so_far += enrolled.get(week, 0)
        randomised_so_far += randomised.get(week, 0)
        weeks.append(
            Week(week, enrolled.get(week, 0), randomised.get(week, 0), enrolled_so_far, randomised_so_far)
        )
    sites = _sites(session, scope, zone, targets)
    return Recruitment(weeks, sites, _target(scope, targets))


def _per_week(session: Session, column, scope: Scope, zone: ZoneInfo, query) -> dict[str, int]:
    """Rows of `query` per local week of `column`: {Monday: count}."""
    span = local_weeks.covering(session, column, scope, zone)
    if span is None:
        return {}
    week = span.bucket(session, column)
    rows = session.execute(query.add_columns(week, func.count()).group_by(week)).all()
    return {span.label(number): count for number, count in rows}


def _sites(session: Session, scope: Scope, zone: ZoneInfo, targets: Mapping[str, int]) -> list[Site]:
    rows = session.execute(
        select(Participant.site, func.count(), func.count(Allocation.id))
        .outerjoin(Allocation, Allocation.participant_id == Participant.id)
        .where(*cohort(scope, zone))
        .group_by(Participant.site)
        .order_by(Participant.site)
    ).all()
    return [Site(site, enrolled, randomised, targets.get(site)) for site, enrolled, randomised in rows]


def _target(scope: Scope, targets: Mapping[str, int]) -> int | None:
    """A site's own target for a site; else the total, or the sum of the sites' targets."""
    if not targets:
        return None
    if scope.site:
        return targets.get(scope.site)
    return targets.get("total", sum(targets.values()))


@dataclass(frozen=True)
class Stratum:
    """Randomised participants of one stratum per arm."""

    stratum: str
    by_arm: dict[str, int]

    @property
    def spread(self) -> int:
        """The largest arm less the smallest: how far from balance the stratum is."""
        return max(self.by_arm.values()) - min(self.by_arm.values())


def balance(session: Session, scope: Scope, zone: ZoneInfo) -> list[Stratum]:
    """Admins only: per stratum, the randomised participants of each arm."""
    rows = session.execute(
        select(Allocation.stratum, Allocation.arm, func.count())
        .join(Participant, Participant.id == Allocation.participant_id)
        .where(*cohort(scope, zone))
        .group_by(Allocation.stratum, Allocation.arm)
        .order_by(Allocation.stratum)
    ).all()
    strata: dict[str, dict[str, int]] = {}
    for stratum, arm, count in rows:
        strata.setdefault(stratum, {a.value: 0 for a in Arm})[Arm(arm).value] = count
    return [Stratum(stratum, by_arm) for stratum, by_arm in strata.items()]
