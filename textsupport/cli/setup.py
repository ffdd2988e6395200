"""Setting up: init-db, create-user, demo, and running the scheduler."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from textsupport import config, content, db, logs, schema
from textsupport.cli.output import emit
from textsupport.services.ops import demo, practice
from textsupport.services.staff import mfa, users


@click.command("init-db")
@with_appcontext
def init_db() -> None:
    """Apply every Alembic migration (safe to repeat)."""
    url = config.current().database_url
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    schema.upgrade(db.database().engine, secret_key=config.current().secret_key)
    emit({"database": db.database().engine.url.render_as_string(hide_password=True), "schema": "up to date"})


@click.command("create-user")
@with_appcontext
@click.argument("email")
@click.option("--role", required=True, help="admin, trial_staff, rater, peer_worker or supervisor")
@click.option("--name", "display_name", help="Name shown to colleagues (default: the email's local part)")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin")
def create_user(email: str, role: str, display_name: str | None, password_stdin: bool) -> None:
    """Create a staff account."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = users.create_user(db.session(), email, role, password, display_name)
    except users.UserError as error:
        raise click.ClickException(str(error)) from None
    emit({"id": user.id, "email": user.email, "role": user.role.value})


@click.command("reseal-mfa-keys")
@with_appcontext
@click.option("--old-key-stdin", is_flag=True, help="Read the previous SECRET_KEY from stdin (required)")
def reseal_mfa_keys(old_key_stdin: bool) -> None:
    """After rotating SECRET_KEY: seal every two-step key again under the new one (the old one from stdin,
    never an argument: arguments show in the process list)."""
    old_key = sys.stdin.readline().rstrip("\r\n") if old_key_stdin else ""
    if not old_key:
        raise click.ClickException("give the previous SECRET_KEY on stdin")
    emit(mfa.reseal(db.session(), old_key, config.current().secret_key))


@click.command("demo")
@with_appcontext
@click.option("--training", is_flag=True, help=practice.OPTION_HELP)
def load_demo(training: bool) -> None:
    """Load the demo data once and print the demo accounts and their passwords."""
    if config.current().production:
        raise click.ClickException("demo data is refused in production")
    accounts = Path(current_app.instance_path) / "demo-accounts.json"
    report = demo.load(db.session(), accounts, config.current(), content.content())
    if training:
        report["practice"] = practice.load_all(db.session(), config.current(), content.content())
    click.echo(demo.describe(report), err=True)
    if training:
        click.echo(practice.describe(report["practice"]), err=True)
    emit(report)


@click.command("scheduler")
@with_appcontext
def run_scheduler() -> None:
    """Run the scheduler process (the same as `python -m scheduler`)."""
    from scheduler.runner import run  # the scheduler drives the app, not the other way round

    logs.configure(json_lines=config.current().production)
    raise SystemExit(run(current_app._get_current_object()))


COMMANDS = (init_db, create_user, reseal_mfa_keys, load_demo, run_scheduler)
