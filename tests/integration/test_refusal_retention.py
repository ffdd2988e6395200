"""Retention of the per-minute refusal counts: the scheduler's prune_refusals job."""

from datetime import timedelta

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from scheduler import jobs
from tests.support import times
from textsupport.models import RefusalCount
from textsupport.services.staff import refusals

NOW = times.MONDAY_NOON
PRUNE = next(spec for spec in jobs.JOBS if spec.name == "prune_refusals")


def refuse_at(session, instant, source="203.0.113.9"):
    with freeze_time(instant):
        refusals.count_now(session, refusals.WEBHOOK_SIGNATURE, source, "/twilio/sms")


def minutes_left(session) -> list:
    session.rollback()
    return sorted(session.scalars(select(RefusalCount.minute)))


def test_the_job_deletes_counts_older_than_30_days_and_keeps_the_rest(app, session):
    kept = [NOW - timedelta(days=30), NOW - timedelta(days=29, hours=23), NOW - timedelta(minutes=1)]
    gone = [NOW - timedelta(days=30, minutes=1), NOW - timedelta(days=90)]
    for instant in gone + kept:
        refuse_at(session, instant)
    refuse_at(session, gone[1])  # a minute refused twice is one row with a count of 2
    app.config["TEXTSUPPORT_NOW"] = NOW
    assert jobs.run_job(app, PRUNE) == {"refusal_counts_deleted": 2}
    assert minutes_left(session) == kept
    assert refusals.total(session) == 3
    assert jobs.run_job(app, PRUNE) == {"refusal_counts_deleted": 0}  # safe to repeat
    assert minutes_left(session) == kept


@pytest.mark.parametrize("settings", [{"REFUSAL_COUNTS_KEEP_DAYS": "7"}], indirect=True)
def test_refusal_counts_keep_days_sets_how_long_counts_are_kept(app, session):
    refuse_at(session, NOW - timedelta(days=7, minutes=1))
    refuse_at(session, NOW - timedelta(days=6))
    app.config["TEXTSUPPORT_NOW"] = NOW
    assert jobs.run_job(app, PRUNE) == {"refusal_counts_deleted": 1}
    assert minutes_left(session) == [NOW - timedelta(days=6)]
