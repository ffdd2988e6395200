"""The research export (DOMAIN.md section 6): files, dictionary, manifest, blinding, CSV safety, refusals."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from datetime import date, timedelta

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from tests.support.builders import make_active, make_outbound, make_participant, make_staff
from tests.support.queue_builders import make_inbound, make_item
from tests.support.times import MONDAY_NOON
from textsupport import config
from textsupport.models import (
    Arm,
    Assessment,
    AssessmentKind,
    AuditEntry,
    EventAction,
    Level,
    OutboundStatus,
    QueueEvent,
    Role,
)
from textsupport.services.export import dictionary, writer
from textsupport.services.export.files import Options

SETTINGS = config.load({"TEXTSUPPORT_ENV": "test"})
DATA_FILES = ("participants.csv", "assessments.csv", "texts.csv", "queue_items.csv", "peer_contacts.csv")
ARMS = re.compile(r"\b(PEER_TEXT|PEER|TEXT|TAU)\b")
START = date(2026, 11, 1)


@pytest.fixture(autouse=True)
def _now(database_url):  # after the database is made: freezegun must not see psycopg load
    with freeze_time(MONDAY_NOON):
        yield


@pytest.fixture
def trial(session):
    """Three participants: texting, peer (with a contact logged by their peer) and never randomised."""
    peer = make_staff(session, role=Role.PEER_WORKER)
    texting = make_active(session, Arm.TEXT, START, first_name="Robin", phone="+17805550301")
    peered = make_active(session, Arm.PEER, START, first_name="Quinn", phone="+17805550302")
    waiting = make_participant(session, first_name="Sky", phone="+17805550303")
    make_outbound(session, texting, status=OutboundStatus.DELIVERED, sent_at=MONDAY_NOON - timedelta(days=1))
    make_outbound(
        session, texting, local_date=date(2026, 11, 23), status=OutboundStatus.FAILED, error_code=30003
    )
    make_inbound(session, texting, level=Level.ROUTINE, body="thanks, a good day")
    item = make_item(session, peered, level=Level.URGENT, body="can someone call")
    session.add(QueueEvent(item_id=item.id, at=item.created_at + timedelta(minutes=5), actor_id=peer.id,
                           action=EventAction.CONTACT, minutes=10, data={}))  # fmt: skip
    for who in (texting, peered):
        session.add(Assessment(participant_id=who.id, kind=AssessmentKind.BASELINE, due_date=START,
                               completed_at=MONDAY_NOON - timedelta(days=20)))  # fmt: skip
        session.add(
            Assessment(participant_id=who.id, kind=AssessmentKind.WEEK_6, due_date=date(2026, 12, 13))
        )
    session.commit()
    return {"texting": texting, "peered": peered, "waiting": waiting, "item": item}


@pytest.fixture
def exports(tmp_path):
    """An empty folder for exports (the SQLite test database lives in tmp_path)."""
    (tmp_path / "exports").mkdir()
    return tmp_path / "exports"


def export(session, folder, actor=None, **options):
    return writer.export(session, folder, Options(**options), actor, SETTINGS)


def read(folder, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def header(folder, name: str) -> list[str]:
    with (folder / name).open(encoding="utf-8", newline="") as stream:
        return next(csv.reader(stream))


def test_the_files_read_back_with_the_csv_module_and_hold_the_trial(session, trial, exports):
    result = export(session, exports / "out", None)
    folder = result.out
    assert folder.stat().st_mode & 0o077 == 0  # personal data: the folder is its owner's alone
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*DATA_FILES, "data_dictionary.csv", "manifest.json"]
    )
    people = {row["participant_id"]: row for row in read(folder, "participants.csv")}
    texting, peered = people[trial["texting"].study_id], people[trial["peered"].study_id]
    assert (texting["arm"], peered["arm"], people[trial["waiting"].study_id]["arm"]) == ("TEXT", "PEER", "")
    assert (texting["texts_planned"], texting["texts_sent"], texting["texts_delivered"]) == ("2", "1", "1")
    assert (texting["texts_failed"], texting["replies"], texting["replies_routine"]) == ("1", "1", "1")
    assert (peered["replies_urgent"], peered["peer_contacts"], peered["assessments_completed"]) == (
        "1",
        "1",
        "1",
    )
    assert texting["randomised_at"] == "2026-11-01T18:00:00Z"
    assert {row["language"] for row in people.values()} == {"en"}  # no French bank yet: everyone reads en
    texts = read(folder, "texts.csv")
    assert [(t["direction"], t["kind"], t["status"], t["level"]) for t in texts] == [
        ("out", "daily", "delivered", ""),
        ("out", "daily", "failed", ""),
        ("in", "reply", "", "routine"),
        ("in", "reply", "", "urgent"),
    ]
    (item,) = read(folder, "queue_items.csv")
    assert item["participant_id"] == trial["peered"].study_id
    assert (item["level"], item["first_response_at"], item["sla_met"]) == (
        "urgent",
        "2026-11-23T17:05:00Z",
        "1",
    )
    assert item["text_id"] == texts[3]["text_id"]
    assert len(read(folder, "assessments.csv")) == 4
    assert result.rows == {name: len(read(folder, name)) for name in [*DATA_FILES, "data_dictionary.csv"]}


def test_every_dictionary_variable_is_a_column_and_every_column_is_in_the_dictionary(session, trial, exports):
    for n, options in enumerate([{}, {"rater": True}, {"identifiable": True, "reason": "linkage"}]):
        folder = export(session, exports / f"out{n}", None, **options).out
        described = {
            (row["Form Name"], row["Variable / Field Name"]) for row in read(folder, "data_dictionary.csv")
        }
        written = {
            (name.removesuffix(".csv"), column)
            for name in DATA_FILES
            if (folder / name).exists()
            for column in header(folder, name)
        }
        assert described == written
        assert header(folder, "data_dictionary.csv") == list(dictionary.HEADER)


def test_the_manifest_counts_and_checksums_every_file(session, trial, exports):
    folder = export(session, exports / "out", None).out
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["options"] == {"identifiable": False, "reason": None, "rater": False}
    assert manifest["exported_at"] == "2026-11-23T19:00:00Z" and manifest["app_version"]
    assert set(manifest["files"]) == {*DATA_FILES, "data_dictionary.csv"}
    for name, entry in manifest["files"].items():
        data = (folder / name).read_bytes()
        assert entry == {
            "rows": len(read(folder, name)),
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # RFC 4180 line ends


def test_no_identifier_leaves_without_identifiable(session, trial, exports):
    folder = export(session, exports / "out", None).out
    everything = "".join((folder / name).read_text() for name in DATA_FILES)
    for secret in (
        "Robin",
        "Quinn",
        "+1780555030",
        "1990-05-17",
        "a good day",
        "can someone call",
        "small step",
    ):
        assert secret not in everything


def test_an_identifiable_export_has_them_and_is_audited(session, trial, exports):
    admin = make_staff(session, role=Role.ADMIN)
    folder = export(
        session, exports / "out", admin, identifiable=True, reason="linkage to health records"
    ).out
    people = {row["participant_id"]: row for row in read(folder, "participants.csv")}
    robin = people[trial["texting"].study_id]
    assert (robin["first_name"], robin["phone"], robin["date_of_birth"]) == (
        "Robin",
        "'+17805550301",
        "1990-05-17",
    )
    assert "thanks, a good day" in {t["body"] for t in read(folder, "texts.csv")}
    (entry,) = session.scalars(select(AuditEntry).where(AuditEntry.action == "research_export_identifiable"))
    assert (entry.actor_id, entry.outcome.value) == (admin.id, "ok")
    assert entry.data["reason"] == "linkage to health records"
    assert entry.data["rows"]["participants.csv"] == 3


def test_a_rater_export_never_reveals_the_arm(session, trial, exports):
    rater = make_staff(session, role=Role.RATER)
    folder = export(session, exports / "out", rater, rater=True).out
    assert sorted(p.name for p in folder.iterdir()) == [
        "assessments.csv", "data_dictionary.csv", "manifest.json", "participants.csv"
    ]  # fmt: skip
    columns = header(folder, "participants.csv")
    assert not {
        "arm",
        "texts_planned",
        "replies",
        "peer_contacts",
        "opted_out_at",
        "withdrawal_reason",
    } & set(columns)
    assert {"participant_id", "site", "stratum", "randomised_at", "assessments_completed"} <= set(columns)
    for name in ("participants.csv", "assessments.csv", "data_dictionary.csv"):
        assert not ARMS.search((folder / name).read_text()), name


@pytest.mark.parametrize(
    ("role", "options", "allowed"),
    [
        (Role.ADMIN, {}, True),
        (Role.ADMIN, {"rater": True}, True),
        (Role.ADMIN, {"identifiable": True, "reason": "audit"}, True),
        (Role.TRIAL_STAFF, {}, True),
        (Role.TRIAL_STAFF, {"identifiable": True, "reason": "audit"}, False),
        (Role.RATER, {"rater": True}, True),
        (Role.RATER, {}, False),
        (Role.RATER, {"rater": True, "identifiable": True, "reason": "audit"}, False),
        (Role.PEER_WORKER, {"rater": True}, False),
        (Role.SUPERVISOR, {}, False),
        (None, {"identifiable": True, "reason": "audit"}, True),  # the operator at the shell
        (None, {"identifiable": True}, False),
        (None, {"identifiable": True, "reason": "   "}, False),
    ],
)
def test_who_may_have_which_export(session, trial, exports, role, options, allowed):
    actor = make_staff(session, role=role) if role else None
    out = exports / "out"
    if allowed:
        export(session, out, actor, **options)
        assert (out / "manifest.json").exists()
        return
    with pytest.raises(writer.ExportRefused, match="nothing was written"):
        export(session, out, actor, **options)
    assert not out.exists() and list(exports.iterdir()) == []
    (denied,) = session.scalars(select(AuditEntry).where(AuditEntry.outcome == "denied"))
    assert (denied.action, denied.actor_id) == ("research_export", actor.id if actor else None)


def test_cells_that_a_spreadsheet_would_run_are_neutralised(session, trial, exports):
    participant = trial["peered"]
    participant.withdrawal_reason = '=HYPERLINK("http://evil.example","click")'
    participant.first_name = "@SUM(1+1)"
    session.commit()
    make_inbound(session, participant, body="+cmd|' /C calc'!A0")
    session.commit()
    folder = export(session, exports / "out", None, identifiable=True, reason="injection check").out
    people = {row["participant_id"]: row for row in read(folder, "participants.csv")}
    assert people[participant.study_id]["withdrawal_reason"] == '\'=HYPERLINK("http://evil.example","click")'
    assert people[participant.study_id]["first_name"] == "'@SUM(1+1)"
    assert "'+cmd|' /C calc'!A0" in {t["body"] for t in read(folder, "texts.csv")}
    for name in DATA_FILES:
        for row in csv.reader(io.StringIO((folder / name).read_text(encoding="utf-8"), newline="")):
            assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row), (name, row)


def test_a_non_empty_folder_is_refused_and_nothing_is_overwritten(session, trial, exports):
    out = exports / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(writer.ExportError, match="not empty; nothing was overwritten"):
        export(session, out, None)
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    with pytest.raises(writer.ExportError, match="is a file"):
        export(session, out / "keep.txt", None)
    with pytest.raises(writer.ExportError, match="does not exist"):
        export(session, exports / "missing" / "out", None)


def test_an_empty_folder_is_filled(session, trial, exports):
    (exports / "out").mkdir()
    assert (export(session, exports / "out", None).out / "manifest.json").exists()


def test_a_failed_export_leaves_nothing_behind(session, trial, exports, monkeypatch):
    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(writer.manifest, "write", broken)
    with pytest.raises(OSError, match="disk full"):
        export(session, exports / "out", None)
    assert list(exports.iterdir()) == []
    assert session.scalars(select(AuditEntry.action)).all() == []  # no export happened, none is recorded
