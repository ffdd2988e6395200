"""Pure supervision rules: when a check-in is due and overdue, where a shift began, when a request is met."""

from datetime import UTC, date, datetime, timedelta

import pytest

from textsupport import supervision

NOW = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("last", "started", "every", "due"),
    [
        (date(2026, 11, 9), date(2026, 1, 1), 14, date(2026, 11, 23)),  # from the last check-in
        (None, date(2026, 11, 1), 14, date(2026, 11, 15)),  # never held: from when they started
        (date(2026, 12, 25), date(2026, 1, 1), 7, date(2027, 1, 1)),  # across the year
    ],
)
def test_the_next_check_in_is_due_every_days_after_the_last(last, started, every, due):
    assert supervision.next_due(last, started, every) == due


@pytest.mark.parametrize(
    ("today", "overdue"),
    [(date(2026, 11, 22), False), (date(2026, 11, 23), False), (date(2026, 11, 24), True)],
)
def test_a_check_in_is_overdue_only_once_its_due_day_has_passed(today, overdue):
    assert supervision.is_overdue(date(2026, 11, 23), today) is overdue


@pytest.mark.parametrize(
    ("started_at", "began"),
    [
        (NOW - timedelta(hours=2), NOW - timedelta(hours=2)),  # went on shift two hours ago
        (NOW - timedelta(hours=30), NOW - supervision.LONGEST_SHIFT),  # never went off: the last 12 h
        (None, NOW - supervision.LONGEST_SHIFT),  # never toggled at all
    ],
)
def test_a_shift_begins_when_the_worker_went_on_shift_at_most_twelve_hours_back(started_at, began):
    assert supervision.shift_began(started_at, NOW) == began


@pytest.mark.parametrize(
    ("held", "met"),
    [([], False), ([date(2026, 11, 19)], False), ([date(2026, 11, 20)], True), ([date(2026, 11, 27)], True)],
)
def test_a_request_is_met_by_a_check_in_on_or_after_its_day(held, met):
    assert supervision.request_met(date(2026, 11, 20), held) is met


def test_wellbeing_flags_read_as_words():
    assert [flag.label for flag in supervision.Wellbeing] == ["ok", "strained", "needs time off"]
