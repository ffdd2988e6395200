"""Pure: the training modules peer workers complete (messages/staff/training_modules.toml), and
whether a worker's completions let them hold a caseload or take crisis items.

No database and no Flask: the loader reads one file; the checks take plain values.
"""

from __future__ import annotations

import calendar
import enum
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from textsupport import toml_files
from textsupport.config.parsers import ConfigError

FILE = "staff/training_modules.toml"  # under MESSAGES_DIR
MAX_VALID_MONTHS = 120
_KEY = re.compile(r"[a-z][a-z0-9_]{0,47}")
_FIELDS = {"key", "title", "group", "required_for", "valid_months"}


class Work(enum.StrEnum):
    """The work a module can be required for."""

    CASELOAD = "caseload"  # new participants on a peer's caseload, and their routine replies
    CRISIS = "crisis"  # crisis items

    @property
    def label(self) -> str:
        """What the refusal calls this work."""
        return "hold a caseload" if self is Work.CASELOAD else "take crisis items"


class TrainingFileError(ConfigError):
    """The modules file cannot be used; the message names the file, the module and the fix (at start-up,
    one line and exit status 1, as a bad setting)."""


@dataclass(frozen=True)
class Module:
    """One training module, as configured."""

    key: str
    title: str
    group: str
    required_for: frozenset[Work]
    valid_months: int | None  # None: a completion never expires


@dataclass(frozen=True)
class Catalogue:
    """Every configured module, in file order."""

    modules: tuple[Module, ...]

    def get(self, key: str) -> Module | None:
        """The module with this key, or None."""
        return next((module for module in self.modules if module.key == key), None)

    def required(self, work: Work) -> tuple[Module, ...]:
        """The modules `work` needs."""
        return tuple(module for module in self.modules if work in module.required_for)


@dataclass(frozen=True)
class Completion:
    """A recorded completion, as the checks need it."""

    module_key: str
    completed_on: date
    expires_on: date | None


@dataclass(frozen=True)
class Gap:
    """A required module that is missing, or whose latest completion has expired."""

    module: Module
    expired_on: date | None = None  # None: never completed

    def describe(self) -> str:
        """E.g. 'Privacy and confidentiality (expired 2026-11-30)'."""
        return self.module.title + (f" (expired {self.expired_on})" if self.expired_on else " (missing)")


@functools.cache
def load(path: Path) -> Catalogue:
    """Read and check the modules file; TrainingFileError says what is wrong and where."""
    data = toml_files.read(path, TrainingFileError)
    entries = data.get("module")
    if not isinstance(entries, list) or not entries:
        raise TrainingFileError(f"{path}: no [[module]] entries")
    modules: list[Module] = []
    for n, entry in enumerate(entries, start=1):
        where = f"{path}: module {n} ({entry.get('key', 'no key')!r})"
        module = _module(entry, where)
        if any(other.key == module.key for other in modules):
            raise TrainingFileError(f"{where}: the key is used twice")
        modules.append(module)
    return Catalogue(tuple(modules))


def for_settings(settings) -> Catalogue:
    """The modules file under MESSAGES_DIR, read once per process."""
    return load(Path(settings.messages_dir) / FILE)


def _module(entry: dict, where: str) -> Module:
    unknown = set(entry) - _FIELDS
    if unknown:
        raise TrainingFileError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    key, title, group = entry.get("key"), entry.get("title"), entry.get("group", "")
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise TrainingFileError(f"{where}: key must be lowercase letters, digits and _ (up to 48)")
    if not isinstance(title, str) or not title.strip() or not isinstance(group, str):
        raise TrainingFileError(f"{where}: title (and group, if given) must be text")
    required = entry.get("required_for", [])
    known = {work.value for work in Work}
    if not isinstance(required, list) or not set(required) <= known:
        raise TrainingFileError(f"{where}: required_for must be a list of {sorted(known)} (or empty)")
    months = entry.get("valid_months")
    if months is not None and (
        type(months) is not int or not 1 <= months <= MAX_VALID_MONTHS  # a bool is not a number of months
    ):
        raise TrainingFileError(f"{where}: valid_months must be a whole number from 1 to {MAX_VALID_MONTHS}")
    return Module(key, title.strip(), group.strip(), frozenset(Work(w) for w in required), months)


def expires_on(completed_on: date, valid_months: int | None) -> date | None:
    """The day a completion stops counting: `valid_months` later (month-end clamped), or None."""
    if valid_months is None:
        return None
    month = completed_on.month - 1 + valid_months
    year, month = completed_on.year + month // 12, month % 12 + 1
    return date(year, month, min(completed_on.day, calendar.monthrange(year, month)[1]))


def current(completions: Iterable[Completion]) -> dict[str, Completion]:
    """Per module, the completion that counts: the one that expires last (never beats any date)."""
    best: dict[str, Completion] = {}
    for completion in completions:
        held = best.get(completion.module_key)
        if held is None or _later(completion, held):
            best[completion.module_key] = completion
    return best


def _later(a: Completion, b: Completion) -> bool:
    if a.expires_on is None and b.expires_on is None:
        return a.completed_on > b.completed_on
    if a.expires_on is None or b.expires_on is None:
        return a.expires_on is None  # never expiring beats any date
    return (a.expires_on, a.completed_on) > (b.expires_on, b.completed_on)


def is_valid(completion: Completion | None, today: date) -> bool:
    """True while a completion counts: it exists and has not reached its expiry day."""
    return completion is not None and (completion.expires_on is None or completion.expires_on > today)


def gaps(catalogue: Catalogue, completions: Iterable[Completion], work: Work, today: date) -> list[Gap]:
    """The modules `work` needs that are missing or expired on `today` (empty: the worker may do it)."""
    held = current(completions)
    found = []
    for module in catalogue.required(work):
        completion = held.get(module.key)
        if not is_valid(completion, today):
            found.append(Gap(module, completion.expires_on if completion else None))
    return found


def refusal(name: str, work: Work, found: list[Gap]) -> str:
    """Why `name` may not do `work`, in words for staff pages; empty when nothing is missing."""
    if not found:
        return ""
    return f"{name} may not {work.label} until training is current: " + "; ".join(
        gap.describe() for gap in found
    )
