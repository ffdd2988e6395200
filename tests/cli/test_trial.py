"""Trial commands: enroll, participants (trial participants; practice ones when asked, marked),
randomize, allocations (contract section 4)."""

import json
from datetime import date

import pytest
from freezegun import freeze_time
from sqlalchemy import func, select

from tests.support.builders import make_active, make_ready_participant
from textsupport.models import AllocationSlot, Arm, Participant
from textsupport.services.trial import participants

ENROLL = [
    "enroll",
    "--phone", "780-555-0142",
    "--first-name", "Jordan",
    "--site", "north",
    "--sex", "F",
    "--tz", "America/Edmonton",
    "--discharge-date", "2026-11-20",
    "--dob", "1988-04-02",
    "--consent-version", "v2.1",
]  # fmt: skip


def cli(app, *args):
    return app.test_cli_runner().invoke(args=list(args))


@pytest.fixture(autouse=True)
def _today():
    with freeze_time("2026-11-23T17:00:00Z"):
        yield


def test_enroll_then_randomize_prints_json(app, session):
    assert (
        cli(
            app, "allocations", "generate", "--seed", "s1", "--per-stratum", "8", "--sites", "north,south"
        ).exit_code
        == 0
    )
    enrolled = cli(app, *ENROLL, "--confirm-eligibility", "--baseline-done")
    assert enrolled.exit_code == 0, enrolled.output
    study_id = json.loads(enrolled.stdout)["participant_id"]
    randomized = cli(app, "randomize", study_id)
    assert randomized.exit_code == 0, randomized.output
    arm = json.loads(randomized.stdout)["arm"]
    assert arm in {"PEER", "PEER_TEXT", "TEXT", "TAU"}
    listing = [json.loads(line) for line in cli(app, "participants").stdout.splitlines()]
    assert listing == [
        {
            "participant_id": study_id,
            "site": "north",
            "sex": "F",
            "status": "active",
            "arm": arm,
            "sms_opted_out": False,
            "withdrawal_kind": None,
            "practice": False,
        }
    ]


def test_without_eligibility_and_baseline_randomize_is_refused(app):
    cli(app, "allocations", "generate", "--seed", "s1", "--per-stratum", "8", "--sites", "north")
    study_id = json.loads(cli(app, *ENROLL).stdout)["participant_id"]
    refused = cli(app, "randomize", study_id)
    assert refused.exit_code != 0
    assert "eligibility not confirmed; baseline assessment not done" in refused.stderr
    assert json.loads(cli(app, "participants").stdout)["arm"] is None


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--phone", "12345", "phone: '12345' is too short"),
        ("--dob", "2012-01-01", "date_of_birth: age 14 is outside the eligible range 18-65"),
        ("--discharge-date", "yesterday", "discharge_date: 'yesterday' is not a date"),
        ("--tz", "Edmonton", "tz: 'Edmonton' is not a time zone"),
        ("--phone", "780-555-ABCD", "phone: '780-555-ABCD' has letters; type the number in digits only"),
        ("--site", "nrth", "site: 'nrth' is not a recruiting site; choose one of north, south"),
    ],
)
def test_enroll_refuses_bad_input_and_saves_nothing(app, session, option, value, message):
    args = list(ENROLL)
    args[args.index(option) + 1] = value
    result = cli(app, *args)
    assert result.exit_code != 0
    assert message in result.stderr
    assert "nothing saved" in result.stderr
    assert session.scalar(select(func.count()).select_from(Participant)) == 0


@pytest.mark.parametrize("settings", [{"SITES": ""}], indirect=True)
def test_without_sites_enroll_accepts_only_the_table_s_sites(app, session):
    refused = cli(app, *ENROLL)
    assert refused.exit_code != 0 and "no site is open for enrolment" in refused.stderr
    cli(app, "allocations", "generate", "--seed", "s1", "--per-stratum", "4", "--sites", "north")
    assert cli(app, *ENROLL).exit_code == 0
    assert session.scalar(select(Participant.site)) == "north"


def test_enroll_refuses_a_duplicate_active_phone(app, session):
    cli(app, *ENROLL)
    again = cli(app, *ENROLL)
    assert again.exit_code != 0 and "already belongs" in again.stderr
    assert session.scalar(select(func.count()).select_from(Participant)) == 1


def test_randomize_twice_is_refused(app):
    cli(app, "allocations", "generate", "--seed", "s1", "--per-stratum", "8", "--sites", "north")
    study_id = json.loads(cli(app, *ENROLL, "--confirm-eligibility", "--baseline-done").stdout)[
        "participant_id"
    ]
    cli(app, "randomize", study_id)
    again = cli(app, "randomize", study_id)
    assert again.exit_code != 0 and "already randomised" in again.stderr


def test_allocations_import_and_status(app, session, tmp_path):
    table = tmp_path / "table.csv"
    table.write_text("\ufeffsite,sex,arm\nnorth,F,TEXT\nnorth,F,TAU\nnorth,M,PEER\n", encoding="utf-8")
    imported = cli(app, "allocations", "import", str(table))
    assert imported.exit_code == 0, imported.output
    status = json.loads(cli(app, "allocations", "status").stdout)
    assert status == {
        "strata": [
            {"stratum": "site=north|sex=F", "total": 2, "used": 0, "remaining": 2, "low": False},
            {"stratum": "site=north|sex=M", "total": 1, "used": 0, "remaining": 1, "low": False},
        ]
    }


def test_allocations_import_of_a_bad_file_names_the_line_and_saves_nothing(app, session, tmp_path):
    table = tmp_path / "table.csv"
    table.write_text("site,sex,arm\nnorth,F,TEXT\nnorth,F,SOMETIMES\n")
    result = cli(app, "allocations", "import", str(table))
    assert result.exit_code != 0
    assert "line 3: unknown arm 'SOMETIMES'" in result.stderr and "nothing was imported" in result.stderr
    assert session.scalar(select(func.count()).select_from(AllocationSlot)) == 0


def test_allocations_generate_refuses_a_missing_seed(app):
    result = cli(app, "allocations", "generate", "--seed", " ", "--per-stratum", "8", "--sites", "north")
    assert result.exit_code != 0 and "seed is required" in result.stderr


@pytest.mark.parametrize(("kind", "status"), [("intervention", "active"), ("study", "withdrawn")])
def test_participants_lists_the_withdrawal_kind_beside_the_status(app, session, kind, status):
    participant = make_active(session, Arm.TEXT, date(2026, 11, 1))
    participants.withdraw(session, participant.study_id, "moved", actor_id=None, kind=kind)
    row = json.loads(cli(app, "participants").stdout)
    assert (row["status"], row["withdrawal_kind"]) == (status, kind)


def test_randomize_and_outbox_take_a_lower_case_study_id(app, session):
    cli(app, "allocations", "generate", "--seed", "s1", "--per-stratum", "8", "--sites", "north")
    study_id = json.loads(cli(app, *ENROLL, "--confirm-eligibility", "--baseline-done").stdout)[
        "participant_id"
    ]
    randomised = cli(app, "randomize", f" {study_id.lower()}")
    assert randomised.exit_code == 0, randomised.output
    assert json.loads(randomised.stdout)["participant_id"] == study_id
    outbox = cli(app, "outbox", "--participant", study_id.lower())
    assert outbox.exit_code == 0, outbox.output
    missing = cli(app, "outbox", "--participant", "ts-nope99")
    assert missing.exit_code != 0 and "no participant TS-NOPE99" in missing.stderr


@pytest.mark.parametrize("per_stratum", [10, 13])
def test_allocations_generate_adds_exactly_n_per_stratum_without_asking(app, session, per_stratum):
    first = cli(app, "allocations", "generate", "--seed", "s1", "--per-stratum", "8", "--sites", "north")
    assert first.exit_code == 0, first.output
    n = str(per_stratum)
    result = cli(app, "allocations", "generate", "--seed", "s2", "--per-stratum", n, "--sites", "north,south")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["strata"] == 6
    assert [(a["stratum"], a["slots_before"], a["slots_added"]) for a in report["added"]] == [
        (f"site={site}|sex={sex}", 8 if site == "north" else 0, per_stratum)
        for site in ("north", "south")
        for sex in "FMX"
    ]
    counts = select(AllocationSlot.stratum, func.count()).group_by(AllocationSlot.stratum)
    totals = dict(session.execute(counts).all())
    assert totals == {a["stratum"]: a["slots_before"] + per_stratum for a in report["added"]}


@pytest.mark.parametrize(
    ("given", "stored"), [([], "en"), (["--language", "fr"], "fr"), (["--language", "FR"], "fr")]
)
def test_enroll_takes_the_language_of_the_texts(app, session, given, stored):
    result = cli(app, *ENROLL, *given)
    assert result.exit_code == 0, result.output
    assert session.scalar(select(Participant.language)) == stored


def test_enroll_refuses_a_language_without_a_bank_and_saves_nothing(app, session):
    result = cli(app, *ENROLL, "--language", "es")
    assert result.exit_code != 0
    assert "language: 'es' is not a language of the message bank; choose en (English) or fr (French)" in (
        result.stderr
    )
    assert session.scalar(select(func.count()).select_from(Participant)) == 0


def test_participants_lists_trial_participants_and_practice_ones_only_when_asked(app, session):
    real = make_active(session, Arm.TEXT, date(2026, 11, 1))
    practice = make_ready_participant(session, training=True, site="practice")
    trial = [json.loads(line) for line in cli(app, "participants").stdout.splitlines()]
    assert [(row["participant_id"], row["practice"]) for row in trial] == [(real.study_id, False)]
    every = cli(app, "participants", "--include-practice")
    assert every.exit_code == 0, every.output
    rows = {row["participant_id"]: row for row in map(json.loads, every.stdout.splitlines())}
    assert (rows[real.study_id]["practice"], rows[practice.study_id]["practice"]) == (False, True)
    assert rows[practice.study_id]["arm"] is None and rows[practice.study_id]["site"] == "practice"
