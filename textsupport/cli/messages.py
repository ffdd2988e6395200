"""`messages check`: render the whole bank and refuse texts that are broken or too long."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from textsupport import clock, config, content
from textsupport.cli.output import emit
from textsupport.services.ops import bank_check


@click.group("messages")
def messages_group() -> None:
    """The message bank in messages/."""


@messages_group.command("check")
@with_appcontext
def check() -> None:
    """Render every template for sample participants; exit 1 on any error or text over 2 segments."""
    today = clock.local_date(clock.now(), config.current().program_tz)
    crisis = current_app.extensions["textsupport.crisis"]
    reports, problems = bank_check.check(content.content(), crisis, today)
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    emit(
        {
            "templates": len(reports),
            "gsm7": sum(r.encoding == "GSM-7" for r in reports),
            "ucs2": sum(r.encoding == "UCS-2" for r in reports),
            "two_segments": sorted(r.name for r in reports if r.segments == 2),
            "crisis_lines_last_verified": crisis.last_verified.isoformat(),
            "problems": problems,
        }
    )
    if problems:
        raise SystemExit(1)


COMMANDS = (messages_group,)
