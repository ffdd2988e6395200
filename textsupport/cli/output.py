"""How commands report: one JSON object per line on stdout; errors on stderr, non-zero exit."""

from __future__ import annotations

import json

import click


def emit(payload: dict) -> None:
    """Print one JSON report line."""
    click.echo(json.dumps(payload, default=str))


def fail(message: str) -> None:
    """Stop with a clear message on stderr and exit status 1."""
    raise click.ClickException(message)
