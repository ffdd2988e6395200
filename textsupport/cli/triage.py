"""`triage [--context TEXT] TEXT` or `triage -`: the risk verdict as JSON, to check rules from a shell."""

from __future__ import annotations

import sys

import click

from textsupport import triage
from textsupport.cli.output import emit


def _verdict(text: str, context: str | None) -> dict:
    """The contract's three keys (an opt-out request in words, or an answer, shows among the reasons)."""
    verdict = triage.classify(text, context)
    return {"level": verdict.level, "keyword": verdict.keyword, "reasons": list(verdict.reasons)}


@click.command("triage")
@click.option(
    "--context", default=None, help="the last text we sent that person: the reply is read as an answer"
)
@click.argument("text")
def classify(text: str, context: str | None) -> None:
    """Classify TEXT; with '-', classify each line of stdin (one JSON object per line)."""
    if text != "-":
        emit(_verdict(text, context))
        return
    for line in sys.stdin:
        emit(_verdict(line.rstrip("\r\n"), context))


COMMANDS = (classify,)
