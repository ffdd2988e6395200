"""The export of the hand-built trial (tests/support/trial_story.py): every CONSORT box, the texts, the
replies and the queue counted from the CSVs alone agree with the story and with the dashboard's reads."""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date, datetime

import pytest
from freezegun import freeze_time

from tests.support import trial_story as story
from textsupport.services.export import writer
from textsupport.services.export.files import Options
from textsupport.services.reports import dashboard_reads
from textsupport.services.reports.scope import Scope
from textsupport.services.reports.sla_reads import interpolate

ARMS = re.compile(r"\b(PEER_TEXT|PEER|TEXT|TAU)\b")


@pytest.fixture
def built(session):
    return story.build(session)


@pytest.fixture
def exported(session, settings, built, tmp_path):
    """The story exported by its admin at story.NOW, as {file: rows as dicts}."""
    with freeze_time(story.NOW):
        folder = writer.export(session, tmp_path / "export", Options(), built.admin, settings).out
    return {name: read(folder / name) for name in ("participants.csv", "assessments.csv", "texts.csv",
                                                   "queue_items.csv")}  # fmt: skip


def read(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def by_arm(rows, keep) -> dict[str, int]:
    counts = Counter(row["arm"] for row in rows if keep(row))
    return {arm: counts[arm] for arm in ("PEER", "PEER_TEXT", "TEXT", "TAU")}


def boxes(people: list[dict[str, str]]) -> dict[str, tuple[int, dict[str, int] | None]]:
    """The CONSORT boxes counted from participants.csv as a statistician would."""
    randomised = [p for p in people if p["randomised_at"]]
    keep = {
        "randomised": lambda p: True,
        "started": lambda p: p["started_intervention"] == "1",
        "opted_out": lambda p: p["opted_out_at"] != "",
        "withdrawn": lambda p: p["withdrawal_kind"] != "",
        "lost": lambda p: p["lost_to_follow_up"] == "1",
        "completed": lambda p: p["status"] == "completed",
    }
    counted = {
        "enrolled": (len(people), None),
        "eligible": (sum(1 for p in people if p["eligible_at"]), None),
        "consented": (sum(1 for p in people if p["eligible_at"] and p["consented_at"]), None),
    }
    for name, test in keep.items():
        counted[name] = (sum(1 for p in randomised if test(p)), by_arm(randomised, test))
    return counted


STORY_BOXES = {
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


def test_every_consort_box_counted_from_the_export_holds_the_story_and_the_dashboard(
    session, settings, exported
):
    people = exported["participants.csv"]
    assert boxes(people) == STORY_BOXES
    dashboard = dashboard_reads.read(session, Scope(), settings, arms=True, now=story.NOW)
    assert {name: (count.total, count.by_arm) for name, count in dashboard.flow.boxes.items()} == {
        name: (total, arms if arms is not None else dashboard.flow.boxes[name].by_arm)
        for name, (total, arms) in boxes(people).items()
    }
    assert (
        Counter(p["withdrawal_reason"] for p in people if p["withdrawal_reason"]) == story.WITHDRAWN_BY_REASON
    )
    assert Counter(p["withdrawal_kind"] for p in people if p["withdrawal_kind"]) == story.WITHDRAWN_BY_KIND


def test_follow_up_per_time_point(exported):
    counted = {}
    for row in exported["assessments.csv"]:
        due, done = counted.get(row["assessment"], (0, 0))
        counted[row["assessment"]] = (
            due + (date.fromisoformat(row["due_date"]) <= story.TODAY),
            done + bool(row["completed_at"]),
        )
    assert {kind: counted.get(kind, (0, 0)) for kind in story.FOLLOW_UP} == story.FOLLOW_UP
    people = exported["participants.csv"]
    assert sum(int(p["assessments_completed"]) for p in people) == sum(d for _, d in story.FOLLOW_UP.values())


def test_texts_and_replies_agree_per_participant_and_per_text(exported):
    people, texts = exported["participants.csv"], exported["texts.csv"]
    out = [t for t in texts if t["direction"] == "out"]
    from_texts = (
        len(out),
        sum(1 for t in out if t["sent_at"]),
        sum(1 for t in out if t["status"] == "delivered"),
        sum(1 for t in out if t["status"] in ("failed", "undelivered")),
        sum(1 for t in out if t["status"] == "expired"),
    )
    columns = ("texts_planned", "texts_sent", "texts_delivered", "texts_failed", "texts_expired")
    assert from_texts == tuple(sum(int(p[c]) for p in people) for c in columns) == story.TEXTS_TOTAL
    failed = Counter(int(t["error_code"]) for t in out if t["status"] in ("failed", "undelivered"))
    assert failed == story.FAILURE_CODES
    replies = [t for t in texts if t["direction"] == "in"]
    from_replies = (
        len(replies),
        *(sum(1 for t in replies if t["level"] == level) for level in ("crisis", "urgent", "routine", "")),
    )
    columns = ("replies", "replies_crisis", "replies_urgent", "replies_routine", "replies_unflagged")
    assert from_replies == tuple(sum(int(p[c]) for p in people) for c in columns) == story.REPLIES_TOTAL
    assert {t["kind"] for t in replies} == {"reply", "stop"}


def test_the_queue_sla_and_first_response_times(exported):
    items = exported["queue_items.csv"]
    sla = {}
    for item in items:
        met, missed, pending = sla.get(item["level"], (0, 0, 0))
        sla[item["level"]] = (met + (item["sla_met"] == "1"), missed + (item["sla_met"] == "0"),
                              pending + (item["sla_met"] == ""))  # fmt: skip
    assert sla == story.SLA
    waits = sorted(
        (
            datetime.fromisoformat(i["first_response_at"]) - datetime.fromisoformat(i["opened_at"])
        ).total_seconds()
        for i in items
        if i["first_response_at"]
    )
    assert interpolate(waits, 0.5) == story.FIRST_RESPONSE_MEDIAN.total_seconds()
    assert interpolate(waits, 0.9) == story.FIRST_RESPONSE_P90.total_seconds()
    texts = {t["text_id"] for t in exported["texts.csv"]}
    assert all(item["text_id"] in texts for item in items)


@pytest.mark.parametrize(
    ("who", "options"),
    [("admin", Options(rater=True)), ("admin", Options(rater=True, identifiable=True, reason="re-contact"))],
)
def test_a_rater_export_of_the_story_still_counts_the_blind_boxes_and_shows_no_arm(
    session, settings, built, tmp_path, who, options
):
    with freeze_time(story.NOW):
        folder = writer.export(session, tmp_path / "export", options, getattr(built, who), settings).out
    for path in folder.iterdir():
        assert not ARMS.search(path.read_text(encoding="utf-8")), path.name
    people = read(folder / "participants.csv")
    assert len(people) == story.ENROLLED
    assert sum(1 for p in people if p["randomised_at"]) == story.RANDOMISED
    assert sum(1 for p in people if p["lost_to_follow_up"] == "1") == story.LOST_TO_FOLLOW_UP
    assert sum(1 for p in people if p["status"] == "completed") == story.COMPLETED
