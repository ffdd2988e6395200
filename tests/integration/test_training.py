"""Training completions: recording (with its refusals and audit row) and each worker's status."""

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.support.builders import make_staff, train
from tests.support.times import MONDAY_NOON as NOON
from textsupport.models import AuditEntry, Role, TrainingCompletion
from textsupport.services.programme import training_reads
from textsupport.services.programme.training_records import TrainingError, record
from textsupport.training import Work

TODAY = date(2026, 11, 23)  # NOON's local date


@pytest.fixture
def at_noon(app):
    app.config["TEXTSUPPORT_NOW"] = NOON
    with app.app_context():
        yield


def fields(**overrides):
    return {
        "module_key": "privacy",
        "completed_on": "2026-11-02",
        "hours": "7.5",
        "trainer": "Dana Lee",
    } | overrides


def test_a_completion_is_stored_with_its_expiry_and_audited(session, app, at_noon, settings):
    sue = make_staff(session, role=Role.SUPERVISOR)
    pat = make_staff(session, role=Role.PEER_WORKER, trained=False)
    completion = record(session, pat.id, fields(), settings, sue)
    assert (completion.expires_on, completion.hours, completion.trainer) == (
        date(2027, 11, 2),
        7.5,
        "Dana Lee",
    )
    assert completion.recorded_by_id == sue.id
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "training_recorded"))
    assert (entry.actor_id, entry.target_id, entry.detail) == (sue.id, str(pat.id), "privacy")
    assert entry.data["expires_on"] == "2027-11-02"
    never = record(session, pat.id, fields(module_key="using_this_system"), settings, sue)
    assert never.expires_on is None


@pytest.mark.parametrize(
    ("overrides", "says"),
    [
        ({"completed_on": "2026-11-24"}, "is in the future"),
        ({"completed_on": "23/11/2026"}, "YYYY-MM-DD"),
        ({"completed_on": "1999-12-31"}, "check the year"),
        ({"hours": "-2"}, "more than 0"),
        ({"hours": "0"}, "more than 0"),
        ({"hours": "1001"}, "at most 1000"),
        ({"hours": "nan"}, "as a number"),
        ({"hours": ""}, "as a number"),
        ({"trainer": "  "}, "who gave the training"),
        ({"trainer": "x" * 101}, "up to 100"),
        ({"module_key": "juggling"}, "Choose a training module"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(session, app, at_noon, settings, overrides, says):
    sue = make_staff(session, role=Role.SUPERVISOR)
    pat = make_staff(session, role=Role.PEER_WORKER, trained=False)
    with pytest.raises(TrainingError, match=says):
        record(session, pat.id, fields(**overrides), settings, sue)
    session.rollback()
    assert session.scalar(select(func.count()).select_from(TrainingCompletion)) == 0


def test_only_peer_workers_hold_training_and_a_repeat_is_refused(session, app, at_noon, settings):
    sue = make_staff(session, role=Role.SUPERVISOR)
    pat = make_staff(session, role=Role.PEER_WORKER, trained=False)
    with pytest.raises(TrainingError, match="Choose a peer worker"):
        record(session, sue.id, fields(), settings, sue)
    session.rollback()
    record(session, pat.id, fields(), settings, sue)
    with pytest.raises(TrainingError, match="already recorded"):
        record(session, pat.id, fields(hours="2"), settings, sue)
    session.rollback()
    assert session.scalar(select(func.count()).select_from(TrainingCompletion)) == 1


def test_status_shows_missing_expired_and_valid_and_who_expires_within_30_days(
    session, app, at_noon, settings
):
    pat = make_staff(session, role=Role.PEER_WORKER, display_name="Pat", trained=False)
    sam = make_staff(session, role=Role.PEER_WORKER, display_name="Sam", trained=False)
    train(session, pat, ["privacy"], on=date(2025, 12, 1), expires_on=date(2026, 12, 1))  # in 8 days
    train(session, pat, ["using_this_system"])
    train(session, sam, ["privacy"], on=date(2025, 11, 1), expires_on=date(2026, 11, 1))  # expired
    train(session, sam, ["suicide_risk"], on=date(2025, 1, 1), expires_on=date(2026, 12, 24))  # day 31
    found = {entry.worker.display_name: entry for entry in training_reads.workers(session, settings, TODAY)}
    states = {name: {s.module.key: s.state for s in entry.modules} for name, entry in found.items()}
    assert states["Pat"]["privacy"] == "valid" and states["Pat"]["suicide_risk"] == "missing"
    assert states["Sam"]["privacy"] == "expired"
    assert found["Pat"].gaps[Work.CASELOAD] == []
    assert [gap.module.key for gap in found["Sam"].gaps[Work.CASELOAD]] == ["privacy", "using_this_system"]
    soon = training_reads.expiring(list(found.values()), TODAY)
    assert [(item.worker.display_name, item.module.key, item.expires_on) for item in soon] == [
        ("Pat", "privacy", date(2026, 12, 1))
    ]
