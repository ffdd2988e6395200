"""`export --out DIR [--identifiable --reason TEXT] [--rater]` (contract section 4)."""

import json
from datetime import date

import pytest
from sqlalchemy import select

from tests.support.builders import make_active, make_participant
from textsupport import progress
from textsupport.models import Arm, AuditEntry


def cli(app, *args):
    return app.test_cli_runner().invoke(args=["export", *args])


@pytest.fixture
def people(session):
    return [make_active(session, Arm.TEXT, date(2026, 11, 1)), make_participant(session)]


def test_export_writes_the_folder_and_prints_rows_per_file(app, people, tmp_path):
    result = cli(app, "--out", str(tmp_path / "export"))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["out"] == str(tmp_path / "export")
    assert report["rows"]["participants.csv"] == 2
    assert set(report["rows"]) == {
        "participants.csv", "assessments.csv", "texts.csv", "queue_items.csv", "peer_contacts.csv",
        "data_dictionary.csv",
    }  # fmt: skip
    manifest = json.loads((tmp_path / "export" / "manifest.json").read_text())
    assert {name: entry["rows"] for name, entry in manifest["files"].items()} == report["rows"]


def test_rater_writes_only_participants_and_assessments(app, people, tmp_path):
    result = cli(app, "--out", str(tmp_path / "export"), "--rater")
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.stdout)["rows"]) == {
        "participants.csv",
        "assessments.csv",
        "data_dictionary.csv",
    }
    assert "arm" not in (tmp_path / "export" / "participants.csv").read_text().splitlines()[0].split(",")


def test_identifiable_without_a_reason_is_refused_with_a_clear_line_and_audited(
    app, session, people, tmp_path
):
    result = cli(app, "--out", str(tmp_path / "export"), "--identifiable")
    assert result.exit_code == 1
    assert "export refused: an identifiable export needs a reason (--reason TEXT)" in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "export").exists() and not list(tmp_path.glob(".export*"))
    (entry,) = session.scalars(select(AuditEntry))
    assert (entry.action, entry.outcome.value, entry.actor_id) == ("research_export", "denied", None)


def test_identifiable_with_a_reason_is_audited(app, session, people, tmp_path):
    result = cli(app, "--out", str(tmp_path / "export"), "--identifiable", "--reason", "linkage study")
    assert result.exit_code == 0, result.output
    (entry,) = session.scalars(select(AuditEntry))
    assert (entry.action, entry.data["reason"]) == ("research_export_identifiable", "linkage study")
    assert "phone" in (tmp_path / "export" / "participants.csv").read_text().splitlines()[0]


def test_a_reason_without_identifiable_is_bad_input(app, people, tmp_path):
    result = cli(app, "--out", str(tmp_path / "export"), "--reason", "why")
    assert result.exit_code == 1
    assert "--reason goes with --identifiable" in result.stderr


def test_an_existing_non_empty_folder_is_refused(app, people, tmp_path):
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "notes.txt").write_text("keep me")
    result = cli(app, "--out", str(tmp_path / "export"))
    assert result.exit_code == 1
    assert "already exists and is not empty; nothing was overwritten" in result.stderr
    assert [p.name for p in (tmp_path / "export").iterdir()] == ["notes.txt"]


def test_progress_goes_to_stderr_when_the_export_takes_a_while(app, people, tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "AFTER", 0.0)  # as if it were slow
    result = cli(app, "--out", str(tmp_path / "export"))
    assert result.exit_code == 0, result.output
    assert "participants.csv: 2 rows, done" in result.stderr
    json.loads(result.stdout)  # stdout stays one JSON object
