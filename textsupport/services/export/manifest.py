"""manifest.json: what the export holds (rows, bytes and SHA-256 of each file), when, by which version
of the app, and with which options, so a statistician can check that nothing changed on the way."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

from textsupport.services.export.files import Options
from textsupport.version import VERSION

NAME = "manifest.json"
CHUNK = 1 << 20


def sha256(path: Path) -> str:
    """The file's SHA-256, read in chunks (files may be large)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write(folder: Path, rows: dict[str, int], options: Options, exported_at: datetime, by: str) -> None:
    """Describe every file already in `folder` (rows as counted while writing) in manifest.json."""
    manifest = {
        "app": "textsupport",
        "app_version": VERSION,
        "exported_at": exported_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "exported_by": by,
        "options": options.as_dict(),
        "files": {
            name: {"rows": count, "bytes": (folder / name).stat().st_size, "sha256": sha256(folder / name)}
            for name, count in rows.items()
        },
    }
    (folder / NAME).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
