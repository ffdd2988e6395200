"""The research export (DOMAIN.md section 6): who may ask for which mode, and writing the folder.

The files are written into a hidden temporary folder beside `out`, from one consistent snapshot of
the database, streaming rows (a server-side cursor on PostgreSQL), and the folder is renamed to `out`
only when every file, the dictionary, the manifest and the audit row are done. A failed export leaves
nothing behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sqlalchemy import Connection, Dialect, Select
from sqlalchemy.orm import Session

from textsupport import clock, csv_safety, peer_roles
from textsupport.models import AuditOutcome, Role, StaffUser
from textsupport.progress import Progress
from textsupport.services.export import (
    assessments,
    dictionary,
    manifest,
    participants,
    peer_contacts,
    queue_items,
    texts,
)
from textsupport.services.export.files import ExportFile, Kind, Options
from textsupport.services.staff import audit

if TYPE_CHECKING:
    from textsupport.config import Settings

FILES = (participants.FILE, assessments.FILE, texts.FILE, queue_items.FILE)  # then peer_contacts.csv
BATCH = 5_000  # rows fetched per round trip
REASON_MAX = 500
POSTGRES_SETTINGS = (
    "cursor_tuple_fraction = 1.0",  # every row will be read: plan for all of them, not the first 10%
    "jit = off",  # one pass over every row: compiling the plan (seconds at a million rows) never pays
)
# Who may ask for which mode. None is the operator at the server's shell (the CLI), who can read the
# database anyway; they count as an admin. A rater may only ask for a rater's export.
MAY_EXPORT = (Role.ADMIN, Role.TRIAL_STAFF, Role.RATER)


class ExportError(ValueError):
    """The export cannot be made as asked; nothing was written."""


class ExportRefused(ExportError):
    """This person may not have this export (audited)."""


@dataclass(frozen=True)
class Result:
    """Where the export went and how many rows each file holds (header excluded)."""

    out: Path
    rows: dict[str, int]


def files_for(options: Options, settings: Settings) -> list[ExportFile]:
    """The files this mode writes, in order (a rater's: participants and assessments only);
    peer_contacts.csv has a column per configured peer role."""
    every = (*FILES, peer_contacts.file(peer_roles.for_settings(settings)))
    return [file for file in every if file.for_rater or not options.rater]


def export(
    session: Session,
    out: Path,
    options: Options,
    actor: StaffUser | None,
    settings: Settings,
    *,
    ip: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> Result:
    """Write the export folder `out`; refuse (audited) a mode this actor may not have."""
    authorise(session, options, actor, ip)
    out = Path(out)
    _check_out(out)
    now = clock.now()
    scratch = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
    try:
        today = clock.local_date(now, settings.program_tz)
        files = files_for(options, settings)
        rows = _write_files(session, scratch, files, options, now, today, Progress(progress))
        rows[dictionary.NAME] = _write_dictionary(scratch, files, options)
        by = f"staff:{actor.id}" if actor else "command line"
        manifest.write(scratch, rows, options, now, by)
        action = "research_export_identifiable" if options.identifiable else "research_export"
        audit.record_now(
            session, action, AuditOutcome.OK, actor_id=actor.id if actor else None, ip=ip,
            **options.as_dict(), rows=rows,
        )  # fmt: skip
        os.rename(scratch, out)  # atomic; replaces an empty folder, fails on one that filled meanwhile
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return Result(out, rows)


def export_zip(
    session: Session, options: Options, actor: StaffUser | None, settings: Settings, ip: str | None = None
) -> tuple[IO[bytes], str]:
    """The export as a zip in an unnamed temporary file (gone once closed), and the zip's name."""
    name = "textsupport-export-" + clock.now().strftime("%Y%m%dT%H%M%SZ")
    with tempfile.TemporaryDirectory(prefix="textsupport-export-") as scratch:
        result = export(session, Path(scratch) / name, options, actor, settings, ip=ip)
        archive = tempfile.TemporaryFile()  # noqa: SIM115 (the caller sends it, then closes it)
        try:
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
                for path in sorted(result.out.iterdir()):
                    bundle.write(path, f"{name}/{path.name}")
        except BaseException:
            archive.close()
            raise
    archive.seek(0)
    return archive, f"{name}.zip"


def authorise(session: Session, options: Options, actor: StaffUser | None, ip: str | None = None) -> None:
    """Refuse (audited) a mode this actor may not have, or an identifiable export without a reason."""
    reason = (options.reason or "").strip()
    problem = None
    if options.reason is not None and not options.identifiable:
        raise ExportError("--reason goes with --identifiable; nothing was written")
    if actor is not None and actor.role not in MAY_EXPORT:
        problem = f"a {actor.role.label} may not export trial data"
    elif actor is not None and actor.role is Role.RATER and not options.rater:
        problem = "a rater may only have a rater's export (--rater), which never shows the arm"
    elif options.identifiable and actor is not None and actor.role is not Role.ADMIN:
        problem = "only an admin may export identifiable data"
    elif options.identifiable and not reason:
        problem = "an identifiable export needs a reason (--reason TEXT): say why names and phones are needed"
    elif len(reason) > REASON_MAX:
        problem = f"the reason is longer than {REASON_MAX} characters"
    if problem:
        audit.record_now(
            session, "research_export", AuditOutcome.DENIED, actor_id=actor.id if actor else None, ip=ip,
            detail=problem, **options.as_dict(),
        )  # fmt: skip
        raise ExportRefused(problem + "; nothing was written")


def _check_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out} is a file, not a folder; nothing was written")
    if out.is_dir() and any(out.iterdir()):
        raise ExportError(f"{out} already exists and is not empty; nothing was overwritten")
    if not out.parent.is_dir():
        raise ExportError(f"the folder {out.parent} does not exist; nothing was written")


def _write_files(
    session: Session,
    folder: Path,
    files: list[ExportFile],
    options: Options,
    now: datetime,
    today: date,
    progress: Progress,
) -> dict[str, int]:
    """Each data file from one snapshot: REPEATABLE READ on PostgreSQL; a SQLite read transaction is one."""
    if session.in_transaction():
        session.commit()
    snapshot = (
        {"isolation_level": "REPEATABLE READ"} if session.get_bind().dialect.name == "postgresql" else {}
    )
    connection = session.connection(execution_options=snapshot)
    if snapshot:
        for setting in POSTGRES_SETTINGS:
            connection.exec_driver_sql(f"SET LOCAL {setting}")
    rows = {}
    try:
        for file in files:
            columns = file.columns_for(options)
            with (folder / file.name).open("w", encoding="utf-8", newline="") as stream:
                texts = [n for n, column in enumerate(columns) if column.kind in (Kind.TEXT, Kind.NOTES)]
                writer = csv_safety.Writer(stream, text_columns=texts)
                writer.writerow([column.name for column in columns])
                count = 0
                for statement in file.statements(columns, now, today):
                    for batch in _batches(connection, statement):
                        writer.writerows(batch)
                        count += len(batch)
                        progress.rows(file.name, count)
            rows[file.name] = count
            progress.done(file.name, count)
    finally:
        session.rollback()  # a read-only transaction: end it, close any server-side cursor
    return rows


def sql(statement: Select, dialect: Dialect) -> str:
    """A statement's SQL with its values inlined (they are the export's own: times and codes, no input)."""
    return str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def _batches(connection: Connection, statement: Select) -> Iterator[list[tuple]]:
    """The rows as plain tuples, BATCH at a time, from the driver's cursor: a server-side cursor on
    PostgreSQL. Building SQLAlchemy rows would cost more than writing the CSV."""
    raw = connection.connection.dbapi_connection
    postgres = connection.dialect.name == "postgresql"
    cursor = raw.cursor(name="textsupport_export") if postgres else raw.cursor()
    try:
        cursor.execute(sql(statement, connection.dialect))
        while batch := cursor.fetchmany(BATCH):
            yield batch
    finally:
        cursor.close()


def _write_dictionary(folder: Path, files: list[ExportFile], options: Options) -> int:
    lines = list(dictionary.rows(files, options))
    (folder / dictionary.NAME).write_text(
        csv_safety.to_text(dictionary.HEADER, lines), encoding="utf-8", newline=""
    )
    return len(lines)
