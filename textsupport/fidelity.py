"""Pure: the fidelity figures of peer contacts by month: how contacts spread over the peer roles,
contacts per participant, and the share of tagged contacts that used each role group.

No database and no Flask: the figures take plain contacts (services/programme/fidelity_reads.py reads
them). A contact that used roles of two groups counts in both groups' shares, so the shares of a
month can add up to more than 100%.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from textsupport.peer_roles import Catalogue, RoleGroup


@dataclass(frozen=True)
class Contact:
    """A reply or logged contact by a peer worker, with the roles it was tagged with (maybe none)."""

    worker_id: int
    participant_id: int
    month: date  # the first day of its month in the programme's time zone
    roles: frozenset[str]


@dataclass(frozen=True)
class Month:
    """One month's figures for a worker or for the programme."""

    month: date
    contacts: int  # every reply and logged contact
    tagged: int  # those tagged with at least one role
    participants: int  # distinct participants the contacts were with
    by_role: dict[str, int]  # role code: tagged contacts that served it (every configured role)
    by_group: dict[RoleGroup, int]  # group: tagged contacts that used at least one of its roles

    @property
    def per_participant(self) -> float | None:
        """Contacts per participant contacted; None when nobody was contacted."""
        return self.contacts / self.participants if self.participants else None

    def share(self, group: RoleGroup) -> float | None:
        """The fraction of tagged contacts that used the group; None when none were tagged."""
        return self.by_group[group] / self.tagged if self.tagged else None


def months_between(first: date, last: date) -> list[date]:
    """The first days of every month from `first`'s to `last`'s, oldest first."""
    months, index = [], first.year * 12 + first.month - 1
    while (index // 12, index % 12 + 1) <= (last.year, last.month):
        months.append(date(index // 12, index % 12 + 1, 1))
        index += 1
    return months


def by_month(contacts: Iterable[Contact], catalogue: Catalogue, months: list[date]) -> list[Month]:
    """The figures of each month in `months` (a month without contacts has zeros)."""
    chosen = {month: [] for month in months}
    for contact in contacts:
        if contact.month in chosen:
            chosen[contact.month].append(contact)
    return [figures(month, found, catalogue) for month, found in chosen.items()]


def figures(month: date, contacts: list[Contact], catalogue: Catalogue) -> Month:
    """One month's figures from its contacts."""
    tagged = [contact for contact in contacts if contact.roles]
    groups = [catalogue.groups_of(contact.roles) for contact in tagged]
    return Month(
        month=month,
        contacts=len(contacts),
        tagged=len(tagged),
        participants=len({contact.participant_id for contact in contacts}),
        by_role={role.code: sum(role.code in c.roles for c in tagged) for role in catalogue.roles},
        by_group={group: sum(group in used for used in groups) for group in RoleGroup},
    )


def percent(fraction: float | None) -> str:
    """A share as whole percent ('67%'), or '–' when there is nothing to share."""
    return "–" if fraction is None else f"{round(fraction * 100)}%"
