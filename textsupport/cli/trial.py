"""Trial commands: enroll, participants, randomize, allocations."""

from __future__ import annotations

from pathlib import Path

import click
from flask.cli import with_appcontext

from textsupport import config, db, study_ids
from textsupport.cli.output import emit, fail
from textsupport.progress import Progress
from textsupport.services.trial import allocations, enrolment, participant_reads, randomize


@click.command("enroll")
@with_appcontext
@click.option("--phone", required=True)
@click.option("--first-name", required=True)
@click.option("--site", required=True)
@click.option("--sex", required=True, help="F, M or X")
@click.option("--tz", required=True, help="IANA time zone, e.g. America/Edmonton")
@click.option("--discharge-date", required=True, help="YYYY-MM-DD")
@click.option("--dob", required=True, help="date of birth, YYYY-MM-DD")
@click.option("--consent-version", required=True)
@click.option("--language", default="en", show_default=True, help="the language of their texts: en or fr")
@click.option(
    "--confirm-eligibility", is_flag=True, help="you checked: text-capable phone, reads that language"
)
@click.option("--baseline-done", is_flag=True, help="the baseline assessment is done")
def enroll(**options) -> None:
    """Enrol a participant (randomisation also needs eligibility and baseline)."""
    raw = dict(
        options, date_of_birth=options.pop("dob"), eligibility_confirmed=options.pop("confirm_eligibility")
    )
    try:
        participant = enrolment.enrol(db.session(), raw, config.current(), actor_id=None)
    except enrolment.EnrolmentError as error:
        fail("enrolment refused, nothing saved: " + str(error))
    emit({"participant_id": participant.study_id})


@click.command("participants")
@with_appcontext
@click.option(
    "--include-practice", is_flag=True, help="also list training participants (practice sets), marked"
)
def list_participants(include_practice: bool) -> None:
    """One JSON line per trial participant (with --include-practice, training participants too)."""
    practice = None if include_practice else False
    for participant, allocation in reversed(
        participant_reads.search(db.session(), limit=1_000_000, practice=practice)
    ):
        emit(
            {
                "participant_id": participant.study_id,
                "site": participant.site,
                "sex": participant.sex.value,
                "status": participant.status.value,
                "arm": allocation.arm.value if allocation else None,
                "sms_opted_out": participant.sms_opted_out_at is not None,
                # null, "intervention" (follow-up goes on, status unchanged) or "study" (status withdrawn)
                "withdrawal_kind": participant.withdrawal_kind.value if participant.withdrawal_kind else None,
                "practice": participant.training,  # a training participant: never in the trial
            }
        )


@click.command("randomize")
@with_appcontext
@click.argument("participant_id")
def randomize_participant(participant_id: str) -> None:
    """Reveal a participant's arm from the concealed table."""
    try:
        allocation = randomize.randomize(db.session(), participant_id, config.current(), actor_id=None)
    except randomize.RandomizeError as error:
        fail(f"randomisation refused for {participant_id}: {error}")
    emit({"participant_id": study_ids.normalise(participant_id), "arm": allocation.arm.value})


@click.group("allocations")
def allocations_group() -> None:
    """The concealed allocation table."""


@allocations_group.command("generate")
@with_appcontext
@click.option("--seed", required=True)
@click.option("--per-stratum", required=True, type=click.IntRange(min=1))
@click.option("--sites", required=True, help="comma-separated, e.g. north,south")
def generate(seed: str, per_stratum: int, sites: str) -> None:
    """Add exactly N slots to every site × sex stratum (blocks of 4 and 8, the last of 4 cut short)."""
    fields, session = config.current().strata_fields, db.session()
    try:
        plan = allocations.plan(session, per_stratum, sites.split(","), fields)
        table = allocations.generate(session, seed, per_stratum, sites.split(","), fields, actor_id=None)
    except allocations.AllocationError as error:
        fail(str(error))
    added = [{"stratum": a.stratum, "slots_before": a.slots_now, "slots_added": a.slots_to_add} for a in plan]
    emit({"table_id": table.id, "strata": len(allocations.status(session)), "added": added})


@allocations_group.command("import")
@with_appcontext
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_table(file: Path) -> None:
    """Load a REDCap-style allocation table CSV."""
    fields = config.current().strata_fields
    try:
        table = allocations.import_csv(
            db.session(), file.read_text(encoding="utf-8-sig"), fields, actor_id=None,
            progress=Progress.to_stderr(),
        )  # fmt: skip
    except (allocations.AllocationError, UnicodeDecodeError) as error:
        fail(f"{file}: {error}; nothing was imported")
    emit({"table_id": table.id, "strata": len(allocations.status(db.session()))})


@allocations_group.command("status")
@with_appcontext
def table_status() -> None:
    """How much of each stratum's table is used."""
    statuses = allocations.status(db.session())
    warn = {s.stratum for s in allocations.low(statuses, config.current().low_allocation_share)}
    emit(
        {
            "strata": [
                {
                    "stratum": s.stratum,
                    "total": s.total,
                    "used": s.used,
                    "remaining": s.remaining,
                    "low": s.stratum in warn,
                }
                for s in statuses
            ]
        }
    )


COMMANDS = (enroll, list_participants, randomize_participant, allocations_group)
