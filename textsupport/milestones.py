"""Pure: recognition milestones for peer workers (messages/staff/recognition_milestones.toml), and
which of them a worker's counts reach.

No database and no Flask: the loader reads one file; the counting takes plain values.
"""

from __future__ import annotations

import calendar
import enum
import functools
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from textsupport import toml_files
from textsupport.config.parsers import ConfigError

FILE = "staff/recognition_milestones.toml"  # under MESSAGES_DIR
MAX_AT = 100_000


class Measure(enum.StrEnum):
    """What a milestone counts."""

    RESOLVED = "resolved"  # queue items the worker resolved, each item once
    CONTACTS = "contacts"  # contacts the worker logged
    MONTHS = "months"  # whole months of service


class MilestoneFileError(ConfigError):
    """The milestones file cannot be used; the message names the file, the measure and the fix (at start-up,
    one line and exit status 1, as a bad setting)."""


@dataclass(frozen=True)
class Milestone:
    """One milestone: `at` of a measure, e.g. 50 items resolved."""

    measure: Measure
    at: int
    name: str

    @property
    def label(self) -> str:
        """E.g. '50 items resolved'."""
        return f"{self.at} {self.name}"


@dataclass(frozen=True)
class Milestones:
    """Every configured milestone, by measure in the order of Measure, smallest first."""

    milestones: tuple[Milestone, ...]

    def of(self, measure: Measure) -> tuple[Milestone, ...]:
        """The milestones of one measure, smallest first."""
        return tuple(milestone for milestone in self.milestones if milestone.measure is measure)


@dataclass(frozen=True)
class Tally:
    """A worker's counts at one moment."""

    resolved: int = 0
    contacts: int = 0
    months: int = 0

    def of(self, measure: Measure) -> int:
        """The count of one measure."""
        return getattr(self, measure.value)


@dataclass(frozen=True)
class Next:
    """The next milestone of a measure and how far off it is."""

    milestone: Milestone
    to_go: int


@functools.cache
def load(path: Path) -> Milestones:
    """Read and check the milestones file; MilestoneFileError says what is wrong and where."""
    data = toml_files.read(path, MilestoneFileError)
    unknown = set(data) - {measure.value for measure in Measure}
    if unknown:
        raise MilestoneFileError(
            f"{path}: unknown measure(s) {', '.join(sorted(unknown))}; use {', '.join(Measure)}"
        )
    found: list[Milestone] = []
    for measure in Measure:
        if measure.value in data:
            found += _measure(measure, data[measure.value], f"{path}: [{measure.value}]")
    return Milestones(tuple(found))


def for_settings(settings) -> Milestones:
    """The milestones file under MESSAGES_DIR, read once per process."""
    return load(Path(settings.messages_dir) / FILE)


def _measure(measure: Measure, table, where: str) -> list[Milestone]:
    if not isinstance(table, dict) or set(table) - {"name", "at"}:
        raise MilestoneFileError(f"{where}: give only name and at")
    name, at = table.get("name"), table.get("at")
    if not isinstance(name, str) or not name.strip():
        raise MilestoneFileError(f'{where}: name must be text, e.g. "items resolved"')
    whole = isinstance(at, list) and all(type(n) is int and 1 <= n <= MAX_AT for n in at)  # not a bool
    if not whole or not at or at != sorted(set(at)):
        raise MilestoneFileError(f"{where}: at must list whole numbers from 1 to {MAX_AT}, smallest first")
    return [Milestone(measure, n, name.strip()) for n in at]


def months_of_service(started: date, today: date) -> int:
    """Whole months from `started` to `today`: a month is reached on the same day of the month
    (or the month's last day when it is shorter), so 31 January reaches a month on 28 February."""
    months = (today.year - started.year) * 12 + today.month - started.month
    if months > 0 and today.day < started.day and not _last_day(today):
        months -= 1
    return max(months, 0)


def _last_day(day: date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def reached(milestones: Milestones, tally: Tally) -> list[Milestone]:
    """Every milestone the counts have reached."""
    return [milestone for milestone in milestones.milestones if tally.of(milestone.measure) >= milestone.at]


def newly_reached(milestones: Milestones, before: Tally, after: Tally) -> list[Milestone]:
    """The milestones reached after `before` and by `after` (e.g. the start and end of a month)."""
    return [
        milestone
        for milestone in milestones.milestones
        if before.of(milestone.measure) < milestone.at <= after.of(milestone.measure)
    ]


def next_up(milestones: Milestones, tally: Tally) -> list[Next]:
    """Per measure, the smallest milestone not yet reached and how many more it needs."""
    found = []
    for measure in Measure:
        ahead = [m for m in milestones.of(measure) if m.at > tally.of(measure)]
        if ahead:
            found.append(Next(ahead[0], ahead[0].at - tally.of(measure)))
    return found
