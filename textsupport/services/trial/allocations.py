"""The concealed allocation table: generate, import, export and watch it. Admin only."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from textsupport import clock, db, randomization
from textsupport.models import Allocation, AllocationSlot, AllocationTable, Arm, AuditOutcome
from textsupport.progress import SILENT, Progress
from textsupport.services.staff import audit


class AllocationError(ValueError):
    """The table cannot be made or loaded as asked; the message says why."""


def generate(
    session: Session,
    seed: str,
    per_stratum: int,
    sites: list[str],
    fields: tuple[str, ...],
    actor_id: int | None,
) -> AllocationTable:
    """Add exactly per_stratum slots to every site × sex stratum, from a recorded seed."""
    db.begin_write(session)
    seed = (seed or "").strip()
    if not seed:
        raise AllocationError("a seed is required, so the sequence can be re-made and checked")
    strata = _strata(sites, fields, per_stratum)
    slots = randomization.generate(seed, strata, per_stratum)
    return _save(session, "generated", seed, fields, slots, actor_id, per_stratum=per_stratum)


@dataclass(frozen=True)
class Addition:
    """What generating adds to one stratum: the slots it holds now and the slots to add."""

    stratum: str
    slots_now: int
    slots_to_add: int


def plan(session: Session, per_stratum: int, sites: list[str], fields: tuple[str, ...]) -> list[Addition]:
    """What generate would add, per stratum, for the admin to confirm (a read; nothing is saved)."""
    strata = _strata(sites, fields, per_stratum)
    counts = select(AllocationSlot.stratum, func.count()).group_by(AllocationSlot.stratum)
    now = {stratum: count for stratum, count in session.execute(counts)}
    return [Addition(stratum, now.get(stratum, 0), per_stratum) for stratum in strata]


def import_csv(
    session: Session,
    text: str,
    fields: tuple[str, ...],
    actor_id: int | None,
    progress: Progress = SILENT,
) -> AllocationTable:
    """Load a REDCap-style allocation table; nothing is saved if any row is bad."""
    db.begin_write(session)
    try:
        slots = randomization.parse_csv(text, fields)
    except randomization.TableError as error:
        audit.record_now(
            session, "allocations_import", AuditOutcome.FAILED, actor_id=actor_id, detail=str(error)
        )
        raise AllocationError(str(error)) from None
    progress.note(f"allocations import: {len(slots):,} rows read and checked, saving")
    table = _save(session, "imported", None, fields, slots, actor_id)
    progress.done("allocations import", len(slots))
    return table


def _strata(sites: list[str], fields: tuple[str, ...], per_stratum: int) -> list[str]:
    """Every stratum the sites make under `fields`, or AllocationError saying what is wrong."""
    sites = [site.strip() for site in sites if site.strip()]
    if not sites:
        raise AllocationError("at least one site is required")
    if per_stratum < 1:
        raise AllocationError("per_stratum must be at least 1")
    combos = [{"site": site, "sex": sex} for site in sites for sex in randomization.SEXES]
    try:
        return sorted({randomization.stratum_key(combo, fields) for combo in combos})
    except ValueError as error:
        raise AllocationError(str(error)) from None


def _save(session, source, seed, fields, slots, actor_id, **data) -> AllocationTable:
    """Append the slots after whatever each stratum already holds."""
    table = AllocationTable(
        source=source,
        seed=seed,
        strata_fields=",".join(fields),
        created_at=clock.now(),
        created_by_id=actor_id,
    )
    session.add(table)
    session.flush()
    last = select(AllocationSlot.stratum, func.max(AllocationSlot.position)).group_by(AllocationSlot.stratum)
    offsets = {stratum: position for stratum, position in session.execute(last)}
    session.add_all(
        AllocationSlot(
            table_id=table.id,
            stratum=slot.stratum,
            position=offsets.get(slot.stratum, 0) + slot.position,
            block=slot.block,
            arm=Arm(slot.arm),
        )
        for slot in slots
    )
    action = "allocations_generate" if source == "generated" else "allocations_import"
    audit.record(
        session, action, AuditOutcome.OK, actor_id=actor_id, target=("allocation_table", table.id), **data
    )
    session.commit()
    return table


@dataclass(frozen=True)
class StratumStatus:
    """How much of one stratum's table is used."""

    stratum: str
    total: int
    used: int

    @property
    def remaining(self) -> int:
        return self.total - self.used

    @property
    def share_left(self) -> float:
        return self.remaining / self.total if self.total else 0.0


def status(session: Session) -> list[StratumStatus]:
    """Every stratum with its table size and the envelopes opened so far."""
    used = func.count(Allocation.id)
    rows = session.execute(
        select(AllocationSlot.stratum, func.count(AllocationSlot.id), used)
        .outerjoin(Allocation, Allocation.slot_id == AllocationSlot.id)
        .group_by(AllocationSlot.stratum)
        .order_by(AllocationSlot.stratum)
    )
    return [StratumStatus(stratum, total, opened) for stratum, total, opened in rows]


def low(statuses: list[StratumStatus], share: float) -> list[StratumStatus]:
    """Strata with less than `share` of their table left: admins are warned."""
    return [s for s in statuses if s.share_left < share]


def export_csv(session: Session, fields: tuple[str, ...], actor_id: int | None) -> str:
    """The whole table as CSV, audited (it unblinds the sequence)."""
    db.begin_write(session)
    slots = [
        randomization.Slot(row.stratum, row.position, row.block, row.arm.value)
        for row in session.scalars(
            select(AllocationSlot).order_by(AllocationSlot.stratum, AllocationSlot.position)
        )
    ]
    audit.record_now(session, "allocations_export", AuditOutcome.OK, actor_id=actor_id, slots=len(slots))
    return randomization.to_csv(slots, fields)
