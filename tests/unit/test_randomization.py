"""Permuted-block randomisation: balance at every prefix, reproducible seeds, and the CSV table format."""

import random
from collections import Counter, defaultdict
from functools import cache

import pytest

from textsupport import randomization
from textsupport.randomization import ARMS, Slot, TableError

SEEDS = ["trial-2026-04-01", "7f3a9c", "0"]
STRATA = randomization.default_strata(["north", "south"])
PER_STRATUM = 1000


@cache
def table(seed: str) -> tuple[Slot, ...]:
    """A big generated table, made once per seed for the whole module."""
    return tuple(randomization.generate(seed, STRATA, PER_STRATUM))


def by_stratum(slots) -> dict[str, list[Slot]]:
    grouped = defaultdict(list)
    for slot in slots:
        grouped[slot.stratum].append(slot)
    return grouped


def by_block(slots) -> dict[int, list[str]]:
    grouped = defaultdict(list)
    for slot in slots:
        grouped[slot.block].append(slot.arm)
    return grouped


# --- generated tables ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_every_prefix_of_every_stratum_is_within_four(seed):
    for stratum, slots in by_stratum(table(seed)).items():
        arms = [slot.arm for slot in slots]
        assert len(arms) >= PER_STRATUM, stratum
        for length in range(1, len(arms) + 1):
            assert randomization.max_spread(arms[:length]) <= 4, (stratum, length)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_block_is_complete_and_of_size_four_or_eight(seed):
    sizes = Counter()
    for stratum, slots in by_stratum(table(seed)).items():
        blocks = by_block(slots)
        assert [slot.block for slot in slots] == sorted(slot.block for slot in slots), stratum
        assert list(blocks) == list(range(1, len(blocks) + 1)), stratum
        for number, arms in blocks.items():
            assert len(arms) in (4, 8), (stratum, number)
            assert Counter(arms) == {arm: len(arms) // 4 for arm in ARMS}, (stratum, number)
            sizes[len(arms)] += 1
    assert set(sizes) == {4, 8}


@pytest.mark.parametrize("seed", SEEDS)
def test_each_stratum_is_one_to_one_to_one_to_one_and_numbered_from_one(seed):
    grouped = by_stratum(table(seed))
    assert list(grouped) == STRATA
    for stratum, slots in grouped.items():
        counts = Counter(slot.arm for slot in slots)
        assert set(counts) == set(ARMS), stratum
        assert len(set(counts.values())) == 1, (stratum, counts)
        assert [slot.position for slot in slots] == list(range(1, len(slots) + 1)), stratum


@pytest.mark.parametrize("seed", SEEDS)
def test_the_same_seed_gives_the_same_table(seed):
    assert tuple(randomization.generate(seed, STRATA, PER_STRATUM)) == table(seed)


@pytest.mark.parametrize(("seed", "other"), [(SEEDS[0], SEEDS[1]), (SEEDS[1], SEEDS[2]), ("a", "A")])
def test_a_different_seed_gives_a_different_sequence_in_every_stratum(seed, other):
    first = by_stratum(randomization.generate(seed, STRATA, 100))
    second = by_stratum(randomization.generate(other, STRATA, 100))
    for stratum in STRATA:
        assert [s.arm for s in first[stratum]] != [s.arm for s in second[stratum]], stratum


@pytest.mark.parametrize("seed", SEEDS)
def test_adding_or_reordering_strata_leaves_the_other_strata_unchanged(seed):
    before = by_stratum(randomization.generate(seed, STRATA, 200))
    more = randomization.default_strata(["east"]) + list(reversed(STRATA))
    after = by_stratum(randomization.generate(seed, more, 200))
    for stratum in STRATA:
        assert after[stratum] == before[stratum], stratum


@pytest.mark.parametrize(
    ("strata", "per_stratum", "message"),
    [
        (STRATA, 0, "per_stratum must be at least 1"),
        (STRATA, -5, "per_stratum must be at least 1"),
        ([], 10, "at least one stratum is needed"),
        ([STRATA[0], STRATA[0]], 10, "a stratum is listed more than once"),
    ],
)
def test_generate_rejects_bad_arguments(strata, per_stratum, message):
    with pytest.raises(ValueError) as caught:
        randomization.generate("seed", strata, per_stratum)
    assert str(caught.value) == message


# --- permuted_blocks ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "arms", "block_sizes"),
    [
        (0, ARMS, (4, 8)),
        (1, ARMS, (4, 8)),
        (5, ARMS, (4,)),
        (9, ARMS, (8,)),
        (10, ARMS, (4, 8)),
        (13, ARMS, (4, 8)),
        (15, ARMS, (4, 8)),
        (3, ("A", "B"), (2, 4)),
    ],
)
def test_permuted_blocks_give_exactly_the_count_in_whole_blocks_then_a_trimmed_smallest(
    count, arms, block_sizes
):
    smallest = min(block_sizes)
    for seed in range(20):
        pairs = randomization.permuted_blocks(random.Random(seed), count, arms, block_sizes)
        assert len(pairs) == count, seed
        blocks = list(by_block(Slot("s", 0, block, arm) for block, arm in pairs).values())
        for number, block_arms in enumerate(blocks, start=1):
            counts = Counter(block_arms)
            if len(block_arms) in block_sizes:  # a whole block: every arm equally often
                assert counts == {arm: len(block_arms) // len(arms) for arm in arms}, (seed, number)
            else:  # only the last, shorter than the smallest block, and cut from one
                assert number == len(blocks) and len(block_arms) < smallest, (seed, number)
                assert max(counts.values()) <= smallest // len(arms), (seed, number)
        assert randomization.max_spread([arm for _, arm in pairs], arms) <= 1 or smallest > len(arms)


@pytest.mark.parametrize("per_stratum", [1, 3, 7, 9, 10, 13, 14, 101])
@pytest.mark.parametrize("seed", SEEDS)
def test_generate_gives_exactly_the_slots_asked_for_and_stays_balanced(seed, per_stratum):
    for stratum, slots in by_stratum(randomization.generate(seed, STRATA, per_stratum)).items():
        arms = [slot.arm for slot in slots]
        assert len(arms) == per_stratum, stratum
        assert [slot.position for slot in slots] == list(range(1, per_stratum + 1)), stratum
        assert all(randomization.max_spread(arms[:n]) <= 2 for n in range(1, per_stratum + 1)), stratum
        assert randomization.max_spread(arms) <= 1, stratum  # each stratum ends near 1:1:1:1


@pytest.mark.parametrize("seed", SEEDS)
def test_a_table_made_exactly_is_the_start_of_a_longer_one_while_blocks_fit(seed):
    """While 8 or more are left both sizes fit, so the choices match up to the last few blocks."""
    short = by_stratum(randomization.generate(seed, STRATA, 40))
    long = by_stratum(randomization.generate(seed, STRATA, 1000))
    for stratum in STRATA:
        common = [slot for slot in short[stratum] if slot.block < short[stratum][-1].block - 1]
        assert common == long[stratum][: len(common)], stratum


@pytest.mark.parametrize(
    ("arms", "block_sizes", "message"),
    [
        (ARMS, (4, 6), "block size 6 is not a positive multiple of 4 arms"),
        (ARMS, (0,), "block size 0 is not a positive multiple of 4 arms"),
        (("A", "B", "C"), (4,), "block size 4 is not a positive multiple of 3 arms"),
        (ARMS, (), "arms and block sizes must not be empty"),
        ((), (4,), "arms and block sizes must not be empty"),
    ],
)
def test_permuted_blocks_rejects_bad_block_sizes(arms, block_sizes, message):
    with pytest.raises(ValueError) as caught:
        randomization.permuted_blocks(random.Random(1), 10, arms, block_sizes)
    assert str(caught.value) == message


# --- strata -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "fields", "expected"),
    [
        ({"site": "north", "sex": "F"}, ("site", "sex"), "site=north|sex=F"),
        ({"sex": " M ", "site": " south ", "age": "40"}, ("site", "sex"), "site=south|sex=M"),
        ({"site": "north", "sex": "X"}, ("sex", "site"), "sex=X|site=north"),
        ({"site": "St. Mary's"}, ("site",), "site=St. Mary's"),
    ],
)
def test_stratum_key(values, fields, expected):
    assert randomization.stratum_key(values, fields) == expected


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"site": "north"}, "stratum field 'sex' is missing or empty"),
        ({"site": "north", "sex": "   "}, "stratum field 'sex' is missing or empty"),
        ({"site": "", "sex": "F"}, "stratum field 'site' is missing or empty"),
        ({"site": "a|b", "sex": "F"}, "stratum field 'site' may not contain '|' or '='"),
        ({"site": "north", "sex": "F=M"}, "stratum field 'sex' may not contain '|' or '='"),
    ],
)
def test_stratum_key_rejects_bad_values(values, message):
    with pytest.raises(ValueError) as caught:
        randomization.stratum_key(values)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("sites", "expected"),
    [
        (["north"], ["site=north|sex=F", "site=north|sex=M", "site=north|sex=X"]),
        (
            ["south", "north", "south "],
            [f"site={site}|sex={sex}" for site in ("south", "north") for sex in "FMX"],
        ),
        ([], []),
    ],
)
def test_default_strata(sites, expected):
    assert randomization.default_strata(sites) == expected


def test_default_strata_rejects_an_empty_site():
    with pytest.raises(ValueError, match="stratum field 'site' is missing or empty"):
        randomization.default_strata(["north", ""])


# --- max_spread ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arms_so_far", "expected"),
    [
        ([], 0),
        (["PEER"], 1),
        (["PEER", "PEER_TEXT", "TEXT", "TAU"], 0),
        (["TAU", "TAU", "TAU", "PEER"], 3),
        (["TAU"] * 5 + ["PEER", "PEER_TEXT", "TEXT"], 4),
        (["TAU", "OTHER", "OTHER"], 1),
    ],
)
def test_max_spread(arms_so_far, expected):
    assert randomization.max_spread(arms_so_far) == expected


# --- CSV tables ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_csv_round_trip(seed):
    slots = list(table(seed))
    assert randomization.parse_csv(randomization.to_csv(slots)) == slots


@pytest.mark.parametrize(
    ("slots", "fields"),
    [
        ([], ("site", "sex")),
        ([Slot("site=St. Mary's, east|sex=X", 1, 3, "TAU")], ("site", "sex")),
        ([Slot("sex=F|site=north", 1, 1, "PEER"), Slot("sex=F|site=north", 2, 1, "TEXT")], ("sex", "site")),
    ],
)
def test_to_csv_output_parses_back(slots, fields):
    text = randomization.to_csv(slots, fields)
    assert text.splitlines()[0] == ",".join([*fields, "block", "arm"])
    if slots:
        assert randomization.parse_csv(text, fields) == slots


def test_to_csv_rejects_a_slot_with_other_fields():
    with pytest.raises(ValueError, match="does not have exactly the fields site, sex"):
        randomization.to_csv([Slot("site=north", 1, 1, "TAU")])


REDCAP_EXPORT = (
    "\ufeffredcap_randomization_number,Site,SEX,redcap_randomization_group,Arm\r\n"
    "1,north,F,2,peer\r\n"
    "2,north,M,1,Peer_Text\r\n"
    "3, north ,F,4,tau\r\n"
    "\r\n"
    "4,south,X,3,TEXT\r\n"
    "\r\n"
)


def test_parse_a_redcap_export_with_bom_extra_columns_and_lowercase_arms():
    assert randomization.parse_csv(REDCAP_EXPORT) == [
        Slot("site=north|sex=F", 1, 1, "PEER"),
        Slot("site=north|sex=M", 1, 1, "PEER_TEXT"),
        Slot("site=north|sex=F", 2, 1, "TAU"),
        Slot("site=south|sex=X", 1, 1, "TEXT"),
    ]


def test_parse_reads_the_block_column_when_present():
    text = "site,sex,Block,arm\nnorth,F,1,PEER\nnorth,F,2,TAU\n"
    assert [slot.block for slot in randomization.parse_csv(text)] == [1, 2]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "line 1: empty file"),
        ("\ufeff", "line 1: empty file"),
        ("\n\n", "line 1: empty file"),
        ("site,sex,arm\n", "line 2: no slots after the header"),
        (
            "site,sex,arm\nnorth,F,PEER\nsouth,M,TAX\n",
            "line 3: unknown arm 'TAX' (expected one of PEER, PEER_TEXT, TEXT, TAU)",
        ),
        ("site,sex,arm\nnorth,F,\n", "line 2: unknown arm '' (expected one of PEER, PEER_TEXT, TEXT, TAU)"),
        ("site,arm\nnorth,PEER\n", "line 1: missing column(s) sex"),
        ("record_id,group\n1,PEER\n", "line 1: missing column(s) site, sex, arm"),
        ("site,sex,arm,ARM\nnorth,F,PEER,TAU\n", "line 1: column(s) arm appear more than once"),
        ("site,sex,arm\nnorth,F,PEER\n\n,M,TAU\n", "line 4: stratum field 'site' is missing or empty"),
        ("site,sex,arm\nnorth,  ,PEER\n", "line 2: stratum field 'sex' is missing or empty"),
        ("site,sex,arm\nnorth\n", "line 2: stratum field 'sex' is missing or empty"),
        ("site,sex,arm\nnorth|x,F,PEER\n", "line 2: stratum field 'site' may not contain '|' or '='"),
        (
            "site,sex,block,arm\nnorth,F,1,PEER\nnorth,F,0,TAU\n",
            "line 3: block '0' is not a positive whole number",
        ),
        ("site,sex,block,arm\nnorth,F,-1,PEER\n", "line 2: block '-1' is not a positive whole number"),
        ("site,sex,block,arm\nnorth,F,1.5,PEER\n", "line 2: block '1.5' is not a positive whole number"),
        ("site,sex,block,arm\nnorth,F,,PEER\n", "line 2: block '' is not a positive whole number"),
        ("site,sex,block,arm\nnorth,F,²,PEER\n", "line 2: block '²' is not a positive whole number"),
    ],
)
def test_parse_rejects_a_malformed_table_naming_the_line(text, message):
    with pytest.raises(TableError) as caught:
        randomization.parse_csv(text)
    assert str(caught.value) == message
