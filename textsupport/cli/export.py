"""`export`: the research export folder (contract section 4, DOMAIN.md section 6)."""

from __future__ import annotations

from pathlib import Path

import click
from flask.cli import with_appcontext

from textsupport import config, db
from textsupport.cli.output import emit, fail
from textsupport.services.export import writer
from textsupport.services.export.files import Options


@click.command("export")
@with_appcontext
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path), help="a new folder")
@click.option("--identifiable", is_flag=True, help="add phones, names, dates of birth and bodies (audited)")
@click.option("--reason", help="why identifiable data is needed (required with --identifiable)")
@click.option("--rater", is_flag=True, help="only what a blinded rater may see: no arm, nothing revealing it")
def export(out: Path, identifiable: bool, reason: str | None, rater: bool) -> None:
    """Write participants, assessments, texts and queue items with their data dictionary and manifest."""
    options = Options(identifiable=identifiable, reason=reason, rater=rater)
    try:
        result = writer.export(
            db.session(),
            out,
            options,
            actor=None,
            settings=config.current(),
            progress=lambda line: click.echo(line, err=True),
        )
    except writer.ExportError as error:
        fail(f"export refused: {error}")
    emit({"out": str(result.out), "rows": result.rows})


COMMANDS = (export,)
