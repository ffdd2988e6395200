"""Pure: reading the TOML configuration files under messages/ (training modules, milestones)."""

from __future__ import annotations

import tomllib
from pathlib import Path


def read(path: Path, error: type[ValueError]) -> dict:
    """The file as a dict; `error`, naming the file, when it cannot be read or is not TOML."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as problem:
        raise error(f"{path}: cannot be read as TOML ({problem})") from problem
