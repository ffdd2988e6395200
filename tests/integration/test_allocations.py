"""The concealed table: generated from a seed, imported from CSV, watched, exported."""

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_ready_participant
from textsupport.models import AllocationSlot, AuditEntry
from textsupport.services.trial import allocations, randomize

FIELDS = ("site", "sex")


def slots(session) -> int:
    return session.scalar(select(func.count()).select_from(AllocationSlot))


def test_generate_covers_every_site_and_sex_with_exactly_the_slots_asked_for(session):
    allocations.generate(session, "seed-1", 10, ["north", "south"], FIELDS, actor_id=None)
    statuses = allocations.status(session)
    assert [s.stratum for s in statuses] == [
        f"site={site}|sex={sex}" for site in ("north", "south") for sex in ("F", "M", "X")
    ]
    assert all(s.total == 10 and s.used == 0 for s in statuses)
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "allocations_generate"))
    assert entry.data == {"per_stratum": 10}


def test_the_plan_says_what_each_stratum_holds_and_gets_and_regenerating_adds_exactly_that(session):
    allocations.generate(session, "seed-1", 10, ["north"], FIELDS, actor_id=None)
    plan = allocations.plan(session, 13, ["north", "east"], FIELDS)
    assert [(a.stratum, a.slots_now, a.slots_to_add) for a in plan] == [
        ("site=east|sex=F", 0, 13),
        ("site=east|sex=M", 0, 13),
        ("site=east|sex=X", 0, 13),
        ("site=north|sex=F", 10, 13),
        ("site=north|sex=M", 10, 13),
        ("site=north|sex=X", 10, 13),
    ]
    assert slots(session) == 30  # planning saves nothing
    allocations.generate(session, "seed-2", 13, ["north", "east"], FIELDS, actor_id=None)
    totals = {s.stratum: s.total for s in allocations.status(session)}
    assert totals == {a.stratum: a.slots_now + a.slots_to_add for a in plan}


@pytest.mark.parametrize(
    ("seed", "per_stratum", "sites", "message"),
    [
        ("", 10, ["north"], "seed is required"),
        ("s", 10, [" "], "at least one site"),
        ("s", 0, ["north"], "per_stratum must be at least 1"),
        ("s", 10, ["no|rth"], "may not contain"),
    ],
)
def test_generate_refuses_bad_input_and_saves_nothing(session, seed, per_stratum, sites, message):
    with pytest.raises(allocations.AllocationError, match=message):
        allocations.generate(session, seed, per_stratum, sites, FIELDS, actor_id=None)
    session.rollback()
    assert slots(session) == 0


CSV = "redcap_randomization_number,site,sex,arm\n1,north,f,text\n2,north,F,TAU\n3,south,M,PEER\n"


def test_import_appends_after_existing_positions(session):
    allocations.import_csv(session, CSV, FIELDS, actor_id=None)
    allocations.import_csv(session, CSV, FIELDS, actor_id=None)
    north = session.scalars(
        select(AllocationSlot.position)
        .where(AllocationSlot.stratum == "site=north|sex=F")
        .order_by(AllocationSlot.position)
    ).all()
    assert north == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "line 1: empty file"),
        ("site,arm\nnorth,TEXT\n", "missing column(s) sex"),
        ("site,sex,arm\nnorth,F,TEXT\nnorth,F,PLACEBO\n", "line 3: unknown arm 'PLACEBO'"),
        ("site,sex,arm\nnorth,Q,TEXT\n", "line 2: unknown sex 'Q'"),
    ],
)
def test_import_refuses_a_bad_file_whole_and_audits_it(session, text, message):
    with pytest.raises(allocations.AllocationError) as refused:
        allocations.import_csv(session, text, FIELDS, actor_id=None)
    assert message in str(refused.value)
    assert slots(session) == 0
    assert session.scalar(select(AuditEntry.action)) == "allocations_import"


def test_low_strata_are_flagged_below_the_share(session, app, settings):
    allocations.import_csv(session, "site,sex,arm\n" + "north,F,TEXT\n" * 10, FIELDS, actor_id=None)
    for _ in range(9):
        randomize.randomize(session, make_ready_participant(session).study_id, settings, actor_id=None)
    statuses = allocations.status(session)
    assert (statuses[0].used, statuses[0].remaining) == (9, 1)
    assert allocations.low(statuses, 0.10) == []  # exactly 10% left is not below 10%
    randomize.randomize(session, make_ready_participant(session).study_id, settings, actor_id=None)
    assert [s.stratum for s in allocations.low(allocations.status(session), 0.10)] == ["site=north|sex=F"]


def test_export_round_trips_and_is_audited(session):
    allocations.generate(session, "seed-1", 4, ["north"], FIELDS, actor_id=None)
    text = allocations.export_csv(session, FIELDS, actor_id=None)
    assert text.splitlines()[0] == "site,sex,block,arm"
    assert len(text.splitlines()) == 1 + slots(session)
    assert "allocations_export" in session.scalars(select(AuditEntry.action)).all()
