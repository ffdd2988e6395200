"""One way to show time on staff pages: PROGRAM_TZ with its zone, durations in days and hours."""

from datetime import timedelta

import pytest
from flask import Flask

from tests.support import times
from textsupport import config
from textsupport.web import filters


@pytest.fixture
def app_context():
    app = Flask(__name__)
    app.extensions[config.EXTENSION] = config.load({"PROGRAM_TZ": "America/Edmonton"})
    with app.app_context():
        yield


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        (times.BEFORE_SPRING_FORWARD, "2026-03-08 01:59 MST"),
        (times.SPRING_FORWARD_SEND, "2026-03-08 10:00 MDT"),
        (times.FALL_BACK_JUST_AFTER_MIDNIGHT, "2026-11-01 00:59 MDT"),
        (times.FALL_BACK_SEND, "2026-11-01 10:00 MST"),
        (times.LATE_SUNDAY_EVENING, "2026-11-22 23:30 MST"),
    ],
)
def test_instants_read_in_program_time_with_the_zone(app_context, instant, expected):
    assert filters.local(instant) == expected


def test_a_day_is_the_local_date_of_an_instant(app_context):
    assert filters.day(times.LATE_SUNDAY_EVENING) == "2026-11-22"


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        (timedelta(seconds=59), "0 min"),
        (timedelta(minutes=45), "45 min"),
        (timedelta(hours=3, minutes=5), "3 h 5 min"),
        (timedelta(hours=2), "2 h"),
        (timedelta(days=2, hours=3, minutes=59), "2 d 3 h"),
        (timedelta(days=9), "9 d"),
    ],
)
def test_durations_read_in_days_and_hours_not_minutes(span, expected):
    assert filters.duration(span) == expected


def test_deadlines_read_due_in_or_overdue_by():
    now = times.FALL_BACK_SEND
    assert filters.due(now + timedelta(minutes=11), now) == "due in 11 min"
    assert filters.due(now - timedelta(days=2, hours=3), now) == "overdue by 2 d 3 h"


def test_ages_read_ago():
    now = times.FALL_BACK_SEND
    assert filters.ago(now - timedelta(minutes=12), now) == "12 min ago"
    assert filters.ago(now - timedelta(seconds=20), now) == "just now"


@pytest.mark.parametrize(
    ("count", "expected"), [(None, ""), (0, "0 min"), (20, "20 min"), (60, "1 h"), (75, "1 h 15 min")]
)
def test_logged_minutes_read_as_a_duration(count, expected):
    assert filters.minutes(count) == expected


def test_recent_events_show_their_age_measured_in_real_time_across_the_fall_back(app_context):
    # 00:59 MDT, then two real hours later the clocks read 01:59 MST: one hour apart on the wall.
    event = times.FALL_BACK_JUST_AFTER_MIDNIGHT
    assert filters.when(event, event + timedelta(hours=2)) == "2026-11-01 00:59 MDT (2 h ago)"
    assert filters.local(event + timedelta(hours=2)) == "2026-11-01 01:59 MST"


def test_older_events_show_only_their_time(app_context):
    event = times.SPRING_FORWARD_SEND
    assert (
        filters.when(event, event + timedelta(hours=23, minutes=59))
        == "2026-03-08 10:00 MDT (23 h 59 min ago)"
    )
    assert filters.when(event, event + timedelta(days=1)) == "2026-03-08 10:00 MDT"
    assert filters.when(None) == ""
