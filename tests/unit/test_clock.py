"""Local dates and send instants across the DST changes, with named instants."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from freezegun import freeze_time

from tests.support import times
from textsupport import clock

EDMONTON = ZoneInfo("America/Edmonton")
SEND = time(10, 0)


@pytest.mark.parametrize(
    ("day", "expected_utc"),
    [
        (date(2026, 3, 7), times.DAY_BEFORE_SPRING_SEND),  # MST: 17:00 UTC
        (date(2026, 3, 8), times.SPRING_FORWARD_SEND),  # MDT from 03:00: 16:00 UTC
        (date(2026, 11, 1), times.FALL_BACK_SEND),  # MST again from 02:00: 17:00 UTC
    ],
)
def test_send_time_in_utc_follows_dst(day, expected_utc):
    assert clock.at_local_time(day, SEND, EDMONTON) == expected_utc


def test_time_inside_the_spring_gap_becomes_a_real_instant():
    # 02:30 does not exist on 2026-03-08 in Edmonton; it resolves to 03:30 MDT (09:30 UTC).
    assert clock.at_local_time(date(2026, 3, 8), time(2, 30), EDMONTON) == datetime(
        2026, 3, 8, 9, 30, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        (times.BEFORE_SPRING_FORWARD, date(2026, 3, 8)),
        (times.FALL_BACK_JUST_AFTER_MIDNIGHT, date(2026, 11, 1)),
        (times.LATE_SUNDAY_EVENING, date(2026, 11, 22)),  # UTC says Monday; Edmonton says Sunday
    ],
)
def test_local_date(instant, expected):
    assert clock.local_date(instant, EDMONTON) == expected


def test_naive_instants_are_refused():
    with pytest.raises(ValueError, match="naive"):
        clock.local_date(datetime(2026, 3, 8, 12, 0), EDMONTON)


@freeze_time(times.LATE_SUNDAY_EVENING)
def test_now_is_aware_utc():
    assert clock.now() == times.LATE_SUNDAY_EVENING
    assert clock.now().tzinfo is UTC


@freeze_time(times.LATE_SUNDAY_EVENING)
def test_fixed_now_from_the_app_wins_inside_an_app_context():
    app = Flask(__name__)
    app.config["TEXTSUPPORT_NOW"] = times.SPRING_FORWARD_SEND
    with app.app_context():
        assert clock.now() == times.SPRING_FORWARD_SEND
    assert clock.now() == times.LATE_SUNDAY_EVENING
