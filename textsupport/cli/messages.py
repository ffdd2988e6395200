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
    """Render every template of every language for sample participants; list what awaits review.

    Exit 1 on any error, text over 2 segments, file missing from a language or without a reviewed line.
    """
    today = clock.local_date(clock.now(), config.current().program_tz)
    crisis = current_app.extensions["textsupport.crisis"]
    reports, problems = bank_check.check(content.content(), crisis, today)
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    pending = bank_check.pending(reports)
    for language, names in pending.items():
        if names:
            click.echo(f"pending review ({language}): {len(names)} files", err=True)
    emit(
        {
            "templates": len(reports),
            "gsm7": sum(r.encoding == "GSM-7" for r in reports),
            "ucs2": sum(r.encoding == "UCS-2" for r in reports),
            "two_segments": sorted(r.path for r in reports if r.segments == 2),
            "languages": {language: _summary(reports, language) for language in pending},
            "pending_review": pending,
            "crisis_lines_last_verified": crisis.last_verified.isoformat(),
            "problems": problems,
        }
    )
    if problems:
        raise SystemExit(1)


def _summary(reports: list[bank_check.TemplateReport], language: str) -> dict:
    """One language's figures: templates, daily texts, encodings, the most segments any text takes."""
    own = [r for r in reports if r.language == language]
    return {
        "templates": len(own),
        "daily": sum(r.name.startswith("daily/") for r in own),
        "gsm7": sum(r.encoding == "GSM-7" for r in own),
        "ucs2": sum(r.encoding == "UCS-2" for r in own),
        "max_segments": max((r.segments for r in own), default=0),
        "pending_review": sum(r.reviewed == "pending" for r in own),
    }


COMMANDS = (messages_group,)
