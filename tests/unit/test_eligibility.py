"""Eligibility: the site must be one open for enrolment (pure; table-driven)."""

from datetime import date

import pytest

from tests.support.builders import enrolment_input
from textsupport import eligibility

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("sites", "typed", "saved"),
    [
        (None, "anywhere", "anywhere"),  # the table does not stratify by site
        (("north", "south"), "north", "north"),
        (("north", "south"), " South ", "south"),  # the listed spelling is kept
    ],
)
def test_an_open_site_is_accepted(sites, typed, saved):
    checked, errors = eligibility.check(enrolment_input(site=typed), TODAY, eligibility.Rules(sites=sites))
    assert errors == {} and checked.site == saved


@pytest.mark.parametrize(
    ("sites", "typed", "message"),
    [
        (("north", "south"), "nrth", "'nrth' is not a recruiting site; choose one of north, south"),
        ((), "north", "no site is open for enrolment: set SITES or load an allocation table"),
        (("north",), "", "this is required"),
    ],
)
def test_any_other_site_is_refused(sites, typed, message):
    checked, errors = eligibility.check(enrolment_input(site=typed), TODAY, eligibility.Rules(sites=sites))
    assert checked is None and errors == {"site": message}


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "this is required"),  # an empty date box reads as every empty field does
        ("  ", "this is required"),
        ("1990-02-30", "'1990-02-30' is not a date; use YYYY-MM-DD"),
    ],
)
def test_a_missing_or_impossible_date_of_birth_is_refused_plainly(typed, message):
    checked, errors = eligibility.check(enrolment_input(date_of_birth=typed), TODAY, eligibility.Rules())
    assert checked is None and errors["date_of_birth"] == message


@pytest.mark.parametrize("typed", ["Mars/Olympus", "é" * 300, "../etc", ""])
def test_an_unknown_or_impossible_time_zone_is_refused_plainly(typed):
    """A name too long for a file name made ZoneInfo raise OSError, a 500 (tests/web/test_fuzz.py)."""
    checked, errors = eligibility.check(enrolment_input(tz=typed), TODAY, eligibility.Rules())

    assert checked is None and "is not a time zone" in errors["tz"]
