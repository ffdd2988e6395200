"""Pure: the peer roles a contact can serve, in their three groups (messages/staff/peer_roles.toml),
and checking the roles a form asks to tag.

No database and no Flask: the loader reads one file; the check takes plain values.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from textsupport import toml_files
from textsupport.config.parsers import ConfigError

FILE = "staff/peer_roles.toml"  # under MESSAGES_DIR
MAX_ROLES = 64
_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")


class RoleGroup(enum.StrEnum):
    """Chinman et al.'s three groups of peer roles; the fidelity report gives each one's share."""

    SERVICES = "services"
    ACTIONS = "actions"
    PROCESSES = "processes"


class RolesFileError(ConfigError):
    """The roles file cannot be used; the message names the file, the group and the fix (at start-up,
    one line and exit status 1, as a bad setting)."""


class UnknownRole(ValueError):
    """A form asked for a role that is not in the list; the message names it."""


@dataclass(frozen=True)
class PeerRole:
    """One peer role, e.g. ('hope', 'Promoting hope', services)."""

    code: str
    label: str
    group: RoleGroup


@dataclass(frozen=True)
class Catalogue:
    """Every configured role in file order, and each group's label."""

    roles: tuple[PeerRole, ...]
    group_labels: dict[RoleGroup, str]

    def of(self, group: RoleGroup) -> tuple[PeerRole, ...]:
        """The roles of one group, in file order."""
        return tuple(role for role in self.roles if role.group is group)

    def get(self, code: str) -> PeerRole | None:
        """The role with this code, or None."""
        return next((role for role in self.roles if role.code == code), None)

    def checked(self, codes: Iterable[str]) -> tuple[str, ...]:
        """The codes a form sent, each once in file order; UnknownRole names any not in the list."""
        wanted = {str(code).strip() for code in codes} - {""}
        unknown = sorted(wanted - {role.code for role in self.roles})
        if unknown:
            shown = ", ".join(code[:40] for code in unknown[:3])
            raise UnknownRole(f"Unknown peer role: {shown}. Tick roles from the list on this page.")
        return tuple(role.code for role in self.roles if role.code in wanted)

    def groups_of(self, codes: Iterable[str]) -> frozenset[RoleGroup]:
        """The groups the roles belong to (codes no longer in the list count in none)."""
        found = (self.get(code) for code in codes)
        return frozenset(role.group for role in found if role is not None)


@functools.cache
def load(path: Path) -> Catalogue:
    """Read and check the roles file; RolesFileError says what is wrong and where."""
    data = toml_files.read(path, RolesFileError)
    names = [group.value for group in RoleGroup]
    if list(data) != names:
        raise RolesFileError(f"{path}: give the groups {', '.join(names)}, each once, in that order")
    roles: list[PeerRole] = []
    labels = {}
    for group in RoleGroup:
        labels[group], found = _group(group, data[group.value], f"{path}: [{group.value}]")
        roles += found
    codes = [role.code for role in roles]
    twice = sorted({code for code in codes if codes.count(code) > 1})
    if twice:
        raise RolesFileError(f"{path}: code(s) {', '.join(twice)} appear more than once; each code once")
    if len(roles) > MAX_ROLES:
        raise RolesFileError(f"{path}: {len(roles)} roles; at most {MAX_ROLES}")
    return Catalogue(tuple(roles), labels)


def for_settings(settings) -> Catalogue:
    """The roles file under MESSAGES_DIR, read once per process."""
    return load(Path(settings.messages_dir) / FILE)


def _group(group: RoleGroup, table, where: str) -> tuple[str, list[PeerRole]]:
    if not isinstance(table, dict) or set(table) != {"label", "roles"}:
        raise RolesFileError(f"{where}: give label and roles")
    label, roles = table["label"], table["roles"]
    if not isinstance(label, str) or not label.strip():
        raise RolesFileError(f'{where}: label must be text, e.g. "Services"')
    if not isinstance(roles, list) or not roles:
        raise RolesFileError(f"{where}: roles must list at least one {{ code, label }}")
    return label.strip(), [_role(group, role, f"{where} role {n}") for n, role in enumerate(roles, start=1)]


def _role(group: RoleGroup, role, where: str) -> PeerRole:
    if not isinstance(role, dict) or set(role) != {"code", "label"}:
        raise RolesFileError(f"{where}: give code and label")
    code, label = role["code"], role["label"]
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise RolesFileError(f"{where}: code must be lowercase letters, digits and _ (up to 40)")
    if not isinstance(label, str) or not label.strip():
        raise RolesFileError(f"{where}: label must be text")
    return PeerRole(code, label.strip(), group)
