"""The spools: webhooks the database could not take, kept in an append-only file until stored.

Replies go to INBOUND_SPOOL, delivery status callbacks to its sibling `status_path` (same folder,
same safety). One JSON line per webhook: its MessageSid, when the webhook received it, the signed
form and its signature, and for a status callback its own key (a message has several callbacks, so
its MessageSid cannot name one line). Personal data: each file is mode 0600 and each line is
removed once stored.

    webhook ─append+fsync─▶ spool file ─replay (scheduler)─▶ database ─remove─▶ (line gone)

Kill-safe at every step: an append holds an exclusive lock and ends in fsync; a line cut short by a
crash is set aside (the webhook never answered 200 for it, and the backstop finds it at Twilio);
removing rewrites the file under the lock into a temporary file and renames it over the old one, so a
process dying half-way leaves the old file whole, and replaying a line twice stores it once.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)
MODE = 0o600


@dataclass(frozen=True)
class Entry:
    """One spooled webhook; `key` names its line (the MessageSid unless the line has a key of its own)."""

    sid: str
    received_at: datetime
    form: dict[str, str]
    key: str


def status_path(inbound: str | Path) -> Path:
    """The status callbacks' spool, beside the replies' one: inbound.jsonl -> inbound.status.jsonl."""
    inbound = Path(inbound)
    return inbound.with_name(f"{inbound.stem}.status{inbound.suffix}")


def append(
    path: str | Path, form: Mapping[str, str], signature: str, received_at: datetime, key: str | None = None
) -> None:
    """Add one webhook durably: when this returns, the line is on disk (fsynced)."""
    path = Path(path)
    sid = form.get("MessageSid") or form.get("SmsSid") or ""
    line = {"sid": sid, "received_at": received_at.isoformat(), "form": dict(form), "signature": signature}
    if key is not None:
        line["key"] = key
    data = json.dumps(line, ensure_ascii=False).encode() + b"\n"
    with _locked(path):
        created = not path.exists()
        fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, MODE)
        try:
            os.fchmod(fd, MODE)
            size = os.fstat(fd).st_size
            if size and os.pread(fd, 1, size - 1) != b"\n":
                data = b"\n" + data  # a line cut short by a crash must not swallow this one
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if created:
            _sync_directory(path.parent)


def read(path: str | Path) -> list[Entry]:
    """Every complete, readable line, oldest first (lines that cannot be read are left for `remove`)."""
    path = Path(path)
    if not path.exists():
        return []
    with _locked(path):
        raw = path.read_bytes()
    return [entry for entry in (_parse(line) for line in _lines(raw)) if entry is not None]


@dataclass(frozen=True)
class Stats:
    """What waits in the spool, for /healthz: counts and a time, never a body or a phone."""

    lines: int  # replies waiting (complete, readable lines)
    bytes: int  # the file's size, a line cut short by a crash included
    oldest_received_at: datetime | None  # when the webhook got the oldest one waiting


def stats(path: str | Path) -> Stats:
    """The spool's size and oldest reply, read without the lock (a health check must not wait behind a
    replay; the replay renames a whole new file into place, so this sees the old file or the new one)."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return Stats(0, 0, None)
    entries = [entry for entry in (_parse(line) for line in _lines(raw)) if entry is not None]
    oldest = min((entry.received_at for entry in entries), default=None)
    return Stats(len(entries), len(raw), oldest)


def set_aside_path(path: str | Path) -> Path:
    """Where `remove` moves the lines it cannot read: inbound.jsonl -> inbound.jsonl.unreadable."""
    path = Path(path)
    return path.with_name(path.name + ".unreadable")


@dataclass(frozen=True)
class SetAside:
    """Lines set aside as unreadable, for /healthz: they stay (0600) until a person deals with them."""

    lines: int
    bytes: int
    last_at: datetime | None  # when a line was last set aside (the file's modification time)


def set_aside(path: str | Path) -> SetAside:
    """What `remove` has set aside beside `path` (the spool's own path), read without the lock."""
    target = set_aside_path(path)
    try:
        raw = target.read_bytes()
        modified = target.stat().st_mtime
    except FileNotFoundError:
        return SetAside(0, 0, None)
    return SetAside(len(_lines(raw)), len(raw), datetime.fromtimestamp(modified, UTC))


def remove(path: str | Path, keys: Iterable[str]) -> None:
    """Drop the lines of these stored webhooks (by key), atomically; unreadable lines move to
    `set_aside_path(path)`, where they stay until a person deletes them (docs/operations.md)."""
    path, stored = Path(path), set(keys)
    if not path.exists():
        return
    with _locked(path):
        keep, unreadable = [], []
        for line in _lines(path.read_bytes()):
            entry = _parse(line)
            if entry is None:
                unreadable.append(line)
            elif entry.key not in stored:
                keep.append(line)
        if unreadable:
            target = set_aside_path(path)
            log.error("spool: %d unreadable line(s) set aside in %s", len(unreadable), target.name)
            _write(target, unreadable, append=True)
        _write(path, keep)


def _lines(raw: bytes) -> list[bytes]:
    """Complete lines, and a last one cut short by a crash (no newline), which will not parse."""
    return [line for line in raw.split(b"\n") if line.strip()]


def _parse(line: bytes) -> Entry | None:
    try:
        data = json.loads(line)
        sid = data["sid"]
        return Entry(
            sid, datetime.fromisoformat(data["received_at"]), dict(data["form"]), data.get("key") or sid
        )
    except (ValueError, KeyError, TypeError):
        return None


def _write(path: Path, lines: list[bytes], append: bool = False) -> None:
    """Write `lines` durably: appended in place, or into a temporary file renamed over `path`."""
    data = b"".join(line + b"\n" for line in lines)
    target = path if append else path.with_name(path.name + ".tmp")
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
    fd = os.open(target, flags, MODE)
    try:
        os.fchmod(fd, MODE)
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    if not append:
        os.replace(target, path)
    _sync_directory(path.parent)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock shared by every process on this host (web workers, schedulers)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, MODE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _sync_directory(directory: Path) -> None:
    """Make a new or renamed file's directory entry durable too."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
