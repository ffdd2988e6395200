"""`triage TEXT` or `triage -`: the risk verdict as JSON, for checking rules from the shell."""

from __future__ import annotations

import sys

import click

from textsupport import triage
from textsupport.cli.output import emit


def _verdict(text: str) -> dict:
    """The contract's three keys (an opt-out request in words shows among the reasons)."""
    verdict = triage.classify(text)
    return {"level": verdict.level, "keyword": verdict.keyword, "reasons": list(verdict.reasons)}


@click.command("triage")
@click.argument("text")
def classify(text: str) -> None:
    """Classify TEXT; with '-', classify each line of stdin (one JSON object per line)."""
    if text != "-":
        emit(_verdict(text))
        return
    for line in sys.stdin:
        emit(_verdict(line.rstrip("\r\n")))


COMMANDS = (classify,)
