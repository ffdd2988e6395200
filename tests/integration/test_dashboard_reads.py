"""The dashboard's figures against the hand-built trial of tests/support/trial_story.py, on every backend."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support import trial_story as story
from textsupport.services.reports import dashboard_reads
from textsupport.services.reports.scope import Scope


@pytest.fixture
def settings_overrides():
    return {"RECRUITMENT_TARGET": "north=10,south=6"}


@pytest.fixture
def built(session):
    return story.build(session)


def read(session, settings, arms=True, scope=None):
    return dashboard_reads.read(session, scope or Scope(), settings, arms=arms, now=story.NOW)


BOXES = {
    "enrolled": (story.ENROLLED, None),
    "eligible": (story.ELIGIBLE, None),
    "consented": (story.CONSENTED, None),
    "randomised": (story.RANDOMISED, story.RANDOMISED_BY_ARM),
    "started": (story.STARTED, story.STARTED_BY_ARM),
    "opted_out": (story.OPTED_OUT, story.OPTED_OUT_BY_ARM),
    "withdrawn": (story.WITHDRAWN, story.WITHDRAWN_BY_ARM),
    "lost": (story.LOST_TO_FOLLOW_UP, story.LOST_BY_ARM),
    "completed": (story.COMPLETED, story.COMPLETED_BY_ARM),
}


def test_every_consort_box_holds_the_story_count_per_arm_for_admins(session, settings, built):
    flow = read(session, settings).flow

    for name, (total, by_arm) in BOXES.items():
        assert flow.boxes[name].total == total, name
        assert flow.boxes[name].by_arm == by_arm, name  # None before randomisation: no arm yet
    reasons = {reason: n for _kind, reason, n in flow.withdrawn_by_reason}
    assert reasons == story.WITHDRAWN_BY_REASON
    kinds = {}
    for kind, _reason, n in flow.withdrawn_by_reason:
        kinds[kind] = kinds.get(kind, 0) + n
    assert kinds == story.WITHDRAWN_BY_KIND
    assert {p.kind: (p.due.total, p.done.total) for p in flow.follow_up} == story.FOLLOW_UP


def test_trial_staff_get_the_same_totals_and_nothing_split_by_arm(session, settings, built):
    blinded = read(session, settings, arms=False)

    assert {name: count.total for name, count in blinded.flow.boxes.items()} == {
        name: total for name, (total, _) in BOXES.items()
    }
    assert all(count.by_arm is None for count in blinded.flow.boxes.values())
    assert all(p.due.by_arm is None and p.done.by_arm is None for p in blinded.flow.follow_up)
    assert blinded.balance is None
    assert not blinded.arms


def test_recruitment_per_site_against_its_target_and_the_balance_per_stratum(session, settings, built):
    dashboard = read(session, settings)

    sites = {s.site: (s.enrolled, s.randomised, s.target) for s in dashboard.recruitment.sites}
    assert sites == {
        site: (story.ENROLLED_BY_SITE[site], story.RANDOMISED_BY_SITE[site], target)
        for site, target in (("north", 10), ("south", 6))
    }
    assert dashboard.recruitment.target == 16
    last = dashboard.recruitment.weeks[-1]
    assert (last.enrolled_so_far, last.randomised_so_far) == (story.ENROLLED, story.RANDOMISED)
    assert {w.week: w.enrolled for w in dashboard.recruitment.weeks if w.enrolled} == story.ENROLLED_BY_WEEK
    assert {
        w.week: w.randomised for w in dashboard.recruitment.weeks if w.randomised
    } == story.RANDOMISED_BY_WEEK
    balance = {s.stratum: {arm: n for arm, n in s.by_arm.items() if n} for s in dashboard.balance}
    assert balance == story.BALANCE


def test_texts_and_replies_per_local_week_with_failure_codes(session, settings, built):
    dashboard = read(session, settings)

    texts = {w.week: (w.planned, w.sent, w.delivered, w.failed, w.expired) for w in dashboard.texts}
    assert texts == story.TEXTS_BY_WEEK
    assert dict(dashboard.failure_codes) == story.FAILURE_CODES
    replies = {w.week: (w.replies, w.crisis, w.urgent, w.routine, w.unflagged) for w in dashboard.replies}
    assert replies == story.REPLIES_BY_WEEK


def test_queue_sla_per_level_and_first_response_percentiles(session, settings, built):
    sla = read(session, settings).sla

    assert {level.level: (level.met, level.missed, level.pending) for level in sla.levels} == story.SLA
    assert sla.median == story.FIRST_RESPONSE_MEDIAN
    assert sla.p90 == story.FIRST_RESPONSE_P90


def test_a_site_and_date_range_narrow_every_figure(session, settings, built):
    south = read(session, settings, scope=Scope(site="south"))

    assert south.flow.boxes["enrolled"].total == story.SOUTH_ENROLLED
    assert south.flow.boxes["randomised"].total == story.SOUTH_RANDOMISED
    assert south.recruitment.target == 6
    totals = [
        sum(getattr(w, f) for w in south.replies)
        for f in ("replies", "crisis", "urgent", "routine", "unflagged")
    ]
    assert tuple(totals) == story.SOUTH_REPLIES_TOTAL

    november = read(session, settings, scope=Scope(start=date(2026, 11, 16), end=date(2026, 11, 22)))
    assert [w.week for w in november.texts] == ["2026-11-16"]
    assert november.flow.boxes["enrolled"].total == story.WEEK_OF_16_NOV_ENROLLED
    assert november.flow.boxes["randomised"].total == story.WEEK_OF_16_NOV_RANDOMISED
    assert sum(w.replies for w in november.replies) == story.REPLIES_BY_WEEK["2026-11-16"][0]


def test_with_no_dates_recent_weeks_narrow_texts_replies_and_the_queue_only(session, settings, built):
    recent = dashboard_reads.read(session, Scope(), settings, arms=True, now=story.NOW, recent_weeks=8)

    assert recent.activity.start == date(2026, 10, 5)  # the Monday 7 weeks before Mon 2026-11-23
    assert {w.week for w in recent.texts} == set(story.TEXTS_BY_WEEK) - {"2026-04-27"}
    assert {w.week for w in recent.replies} == set(story.REPLIES_BY_WEEK)
    assert recent.flow.boxes["enrolled"].total == story.ENROLLED  # the whole trial still
    chosen = Scope(start=date(2026, 4, 1))
    assert (
        dashboard_reads.read(session, chosen, settings, arms=True, now=story.NOW, recent_weeks=8).activity
        == chosen
    )
