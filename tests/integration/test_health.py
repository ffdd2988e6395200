"""Heartbeats and the health report."""

from datetime import timedelta

from freezegun import freeze_time
from sqlalchemy import func, select

from tests.support import times
from textsupport.models import Heartbeat
from textsupport.services.ops import health


def test_beat_upserts_one_row_per_process(session):
    with freeze_time(times.SPRING_FORWARD_SEND):
        health.beat(session)
    with freeze_time(times.SPRING_FORWARD_SEND + timedelta(minutes=1)):
        health.beat(session)
    assert session.scalar(select(func.count()).select_from(Heartbeat)) == 1
    assert session.scalar(select(Heartbeat.beat_at)) == times.SPRING_FORWARD_SEND + timedelta(minutes=1)


def test_report_says_whether_the_scheduler_is_alive(session):
    assert health.check(session) == (True, {"status": "ok", "database": "ok", "scheduler": "not started"})
    with freeze_time(times.SPRING_FORWARD_SEND):
        health.beat(session)
    with freeze_time(times.SPRING_FORWARD_SEND + timedelta(minutes=2)):
        assert health.check(session)[1]["scheduler"] == "ok"
    with freeze_time(times.SPRING_FORWARD_SEND + timedelta(minutes=10)):
        assert health.check(session)[1]["scheduler"] == "stale"
