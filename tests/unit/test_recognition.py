"""Recognition milestones: the configured file loads, a bad file is refused clearly, and the counting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from textsupport import milestones
from textsupport.milestones import Measure, MilestoneFileError, Tally

MESSAGES = Path(__file__).resolve().parents[2] / "messages"
CONFIGURED = milestones.load(MESSAGES / milestones.FILE)


def labels(milestones) -> list[str]:
    return [milestone.label for milestone in milestones]


def test_the_configured_file_holds_the_issue_milestones():
    assert labels(CONFIGURED.milestones) == [
        "10 items resolved", "50 items resolved", "100 items resolved",
        "25 contacts logged", "100 contacts logged",
        "3 months of service", "6 months of service", "12 months of service",
    ]  # fmt: skip
    assert [m.at for m in CONFIGURED.of(Measure.MONTHS)] == [3, 6, 12]


GOOD = '[resolved]\nname = "items resolved"\nat = [10, 50]\n'


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[resolved\n", "cannot be read as TOML"),
        (GOOD + '[visits]\nname = "visits"\nat = [1]\n', "unknown measure(s) visits"),
        (GOOD.replace("[10, 50]", "[50, 10]"), "at must list whole numbers from 1 to 100000, smallest first"),
        (GOOD.replace("[10, 50]", "[10, 10]"), "smallest first"),
        (GOOD.replace("[10, 50]", "[0, 10]"), "from 1"),
        (GOOD.replace("[10, 50]", "[10.5]"), "whole numbers"),
        (GOOD.replace("[10, 50]", "[true]"), "whole numbers"),
        (GOOD.replace("[10, 50]", "[]"), "at must list"),
        (GOOD.replace('"items resolved"', '" "'), "name must be text"),
        (GOOD + "colour = 1\n", "[resolved]: give only name and at"),
    ],
)
def test_a_bad_file_is_refused_with_where_and_why(tmp_path, text, says):
    path = tmp_path / "milestones.toml"
    path.write_text(text)
    with pytest.raises(MilestoneFileError) as error:
        milestones.load(path)
    assert str(path) in str(error.value) and says in str(error.value)


def test_a_measure_left_out_has_no_milestones(tmp_path):
    path = tmp_path / "milestones.toml"
    path.write_text(GOOD)
    assert labels(milestones.load(path).milestones) == ["10 items resolved", "50 items resolved"]


@pytest.mark.parametrize(
    ("started", "today", "months"),
    [
        (date(2026, 5, 15), date(2026, 8, 14), 2),
        (date(2026, 5, 15), date(2026, 8, 15), 3),  # on the same day of the month
        (date(2026, 1, 31), date(2026, 2, 27), 0),
        (date(2026, 1, 31), date(2026, 2, 28), 1),  # the shorter month's last day
        (date(2024, 1, 30), date(2024, 2, 29), 1),  # leap year
        (date(2026, 1, 30), date(2026, 3, 29), 1),
        (date(2025, 11, 23), date(2026, 11, 23), 12),
        (date(2026, 11, 30), date(2026, 11, 1), 0),  # not started yet: never negative
    ],
)
def test_months_of_service(started, today, months):
    assert milestones.months_of_service(started, today) == months


@pytest.mark.parametrize(
    ("tally", "reached", "next_up"),
    [
        (Tally(), [], ["10 items resolved (10)", "25 contacts logged (25)", "3 months of service (3)"]),
        (
            Tally(resolved=10, contacts=24, months=6),
            ["10 items resolved", "6 months of service", "3 months of service"],
            ["50 items resolved (40)", "25 contacts logged (1)", "12 months of service (6)"],
        ),
        (
            Tally(resolved=250, contacts=100, months=40),
            labels(CONFIGURED.milestones),
            [],
        ),
    ],
)
def test_reached_and_next_up(tally, reached, next_up):
    assert sorted(labels(milestones.reached(CONFIGURED, tally))) == sorted(reached)
    assert [f"{n.milestone.label} ({n.to_go})" for n in milestones.next_up(CONFIGURED, tally)] == next_up


@pytest.mark.parametrize(
    ("before", "after", "newly"),
    [
        (Tally(9, 0, 2), Tally(10, 0, 2), ["10 items resolved"]),  # the tenth in this period
        (Tally(10, 0, 2), Tally(12, 0, 2), []),  # reached before it
        (Tally(5, 20, 2), Tally(55, 101, 3), [
            "10 items resolved", "50 items resolved", "25 contacts logged", "100 contacts logged",
            "3 months of service",
        ]),
    ],
)  # fmt: skip
def test_newly_reached_is_what_a_period_brought(before, after, newly):
    assert labels(milestones.newly_reached(CONFIGURED, before, after)) == newly
