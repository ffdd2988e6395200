"""Pure: stratified 1:1:1:1 permuted-block allocation, generated from a seed or read from a CSV table."""

from __future__ import annotations

import csv
import io
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from textsupport import csv_safety

ARMS: tuple[str, ...] = ("PEER", "PEER_TEXT", "TEXT", "TAU")
BLOCK_SIZES: tuple[int, ...] = (4, 8)
DEFAULT_STRATA_FIELDS: tuple[str, ...] = ("site", "sex")
SEXES: tuple[str, ...] = ("F", "M", "X")


@dataclass(frozen=True)
class Slot:
    """One concealed allocation: the arm for whoever takes this position in this stratum."""

    stratum: str
    position: int
    block: int
    arm: str


class TableError(ValueError):
    """A malformed allocation table; the message names the line and what is wrong."""


def stratum_key(values: Mapping[str, str], fields: Sequence[str] = DEFAULT_STRATA_FIELDS) -> str:
    """The stratum as 'field=value|field=value', fields in the given order, values stripped."""
    parts = []
    for field in fields:
        value = str(values.get(field) or "").strip()
        if not value:
            raise ValueError(f"stratum field {field!r} is missing or empty")
        if "|" in value or "=" in value:
            # They separate the parts of the key, so a value holding one could not be read back.
            raise ValueError(f"stratum field {field!r} may not contain '|' or '='")
        parts.append(f"{field}={value}")
    return "|".join(parts)


def default_strata(sites: Sequence[str]) -> list[str]:
    """Every site × sex stratum key: sites in the given order, then F, M, X; repeats dropped."""
    keys = [stratum_key({"site": site, "sex": sex}) for site in sites for sex in SEXES]
    return list(dict.fromkeys(keys))


def permuted_blocks(
    rng: random.Random, count: int, arms: Sequence[str] = ARMS, block_sizes: Sequence[int] = BLOCK_SIZES
) -> list[tuple[int, str]]:
    """Exactly `count` (block, arm) pairs: whole shuffled blocks while one fits, then a trimmed last block.

    The remainder rule: while at least one block size fits in what is left, the next block is a whole
    block of a size chosen at random among those that fit (every arm equally often in it). What is
    left after that is shorter than the smallest size: it is a shuffled block of the smallest size cut
    short, so each arm appears in it at most once per `len(arms)` of that size. Every prefix stays
    within the balance of a whole block (within 2 with blocks of 4 and 8), and a stratum ends at most
    one apart between arms.
    """
    if not arms or not block_sizes:
        raise ValueError("arms and block sizes must not be empty")
    for size in block_sizes:
        if size < 1 or size % len(arms):
            raise ValueError(f"block size {size} is not a positive multiple of {len(arms)} arms")
    pairs: list[tuple[int, str]] = []
    block = 0
    while len(pairs) < count:
        block += 1
        left = count - len(pairs)
        fitting = [size for size in block_sizes if size <= left]
        size = rng.choice(fitting) if fitting else min(block_sizes)
        arms_in_block = list(arms) * (size // len(arms))
        rng.shuffle(arms_in_block)
        pairs.extend((block, arm) for arm in arms_in_block[:left])
    return pairs


def generate(seed: str, strata: Sequence[str], per_stratum: int) -> list[Slot]:
    """Exactly per_stratum concealed slots per stratum (see permuted_blocks); the same for the same seed."""
    if per_stratum < 1:
        raise ValueError("per_stratum must be at least 1")
    if not strata:
        raise ValueError("at least one stratum is needed")
    if len(set(strata)) != len(strata):
        raise ValueError("a stratum is listed more than once")
    slots = []
    for stratum in strata:
        # One generator per stratum, so adding a site later leaves the existing sequences unchanged.
        rng = random.Random(f"{seed}:{stratum}")
        for position, (block, arm) in enumerate(permuted_blocks(rng, per_stratum), start=1):
            slots.append(Slot(stratum, position, block, arm))
    return slots


def parse_csv(text: str, fields: Sequence[str] = DEFAULT_STRATA_FIELDS) -> list[Slot]:
    """Read a REDCap-style allocation table: a header, then one row per slot in allocation order."""
    # Excel and REDCap exports often start with a UTF-8 byte order mark.
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")))
    try:
        header = next(reader, [])
        if not any(cell.strip() for cell in header):
            raise TableError("line 1: empty file")
        columns = _columns(header, fields)
        positions: Counter[str] = Counter()
        slots = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue  # blank lines, usually trailing, are not slots
            stratum, block, arm = _read_row(row, columns, fields, reader.line_num)
            positions[stratum] += 1
            slots.append(Slot(stratum, positions[stratum], block, arm))
    except csv.Error as exc:
        raise TableError(f"line {reader.line_num}: {exc}") from None
    if not slots:
        raise TableError(f"line {reader.line_num + 1}: no slots after the header")
    return slots


def _columns(header: Sequence[str], fields: Sequence[str]) -> dict[str, int]:
    """The index of each column we read, matching header names case-insensitively."""
    names = [cell.strip().lower() for cell in header]
    wanted = [*fields, "arm"] + (["block"] if "block" in names else [])
    missing = [name for name in wanted if name.lower() not in names]
    if missing:
        raise TableError(f"line 1: missing column(s) {', '.join(missing)}")
    repeated = [name for name in wanted if names.count(name.lower()) > 1]
    if repeated:
        raise TableError(f"line 1: column(s) {', '.join(repeated)} appear more than once")
    return {name: names.index(name.lower()) for name in wanted}


def _read_row(
    row: Sequence[str], columns: Mapping[str, int], fields: Sequence[str], line: int
) -> tuple[str, int, str]:
    """(stratum, block, arm) from one data row, or TableError naming the line."""
    cells = {name: row[index].strip() if index < len(row) else "" for name, index in columns.items()}
    if "sex" in cells:  # REDCap exports may write f/m/x; the app's strata use F/M/X
        cells["sex"] = cells["sex"].upper()
        if cells["sex"] and cells["sex"] not in SEXES:
            raise TableError(
                f"line {line}: unknown sex {cells['sex']!r} (expected one of {', '.join(SEXES)})"
            )
    try:
        stratum = stratum_key(cells, fields)
    except ValueError as exc:
        raise TableError(f"line {line}: {exc}") from None
    arm = cells["arm"].upper()
    if arm not in ARMS:
        raise TableError(f"line {line}: unknown arm {cells['arm']!r} (expected one of {', '.join(ARMS)})")
    block = cells.get("block", "1")
    if not (block.isascii() and block.isdigit()) or int(block) < 1:
        raise TableError(f"line {line}: block {block!r} is not a positive whole number")
    return stratum, int(block), arm


def to_csv(slots: Sequence[Slot], fields: Sequence[str] = DEFAULT_STRATA_FIELDS) -> str:
    """The table as parse_csv reads it: the stratum fields, block, arm; slots in the given order."""
    return csv_safety.to_text([*fields, "block", "arm"], (_row(slot, fields) for slot in slots))


def _row(slot: Slot, fields: Sequence[str]) -> list:
    values = dict(part.partition("=")[::2] for part in slot.stratum.split("|"))
    if list(values) != list(fields):
        raise ValueError(f"stratum {slot.stratum!r} does not have exactly the fields {', '.join(fields)}")
    return [*values.values(), slot.block, slot.arm]


def max_spread(arms_so_far: Sequence[str], arms: Sequence[str] = ARMS) -> int:
    """How unbalanced a sequence is: the largest arm count minus the smallest, over `arms`."""
    counts = Counter(arms_so_far)
    return max(counts[arm] for arm in arms) - min(counts[arm] for arm in arms)
