"""Command line: `flask --app wsgi <command>`. Reports are one JSON object on stdout."""

from __future__ import annotations

from flask import Flask

from textsupport.cli import export, messages, outbox, replies, setup, triage, trial


def init_app(app: Flask) -> None:
    """Register every command on the app."""
    for command in (
        *setup.COMMANDS,
        *trial.COMMANDS,
        *messages.COMMANDS,
        *outbox.COMMANDS,
        *triage.COMMANDS,
        *replies.COMMANDS,
        *export.COMMANDS,
    ):
        app.cli.add_command(command)
