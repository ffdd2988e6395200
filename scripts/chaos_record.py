"""The last `make chaos` run, kept for `make bench` to report beside its own figures.

`make chaos` takes about 15 minutes, too long to run inside every `make bench`; so the chaos run saves its
summary, whether it passed, the commit it ran at and when it finished, and the bench reports that record
with whether it is of the commit being benchmarked (a record of another commit says so rather than pass
for this one). BENCH_CHAOS=1 makes the bench run `make chaos`'s second half first.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from textsupport.config import PROJECT_ROOT

RECORD = PROJECT_ROOT / "instance" / "chaos-last.json"


def head(root: Path = PROJECT_ROOT) -> str | None:
    """The commit checked out at `root`, or None outside a git checkout."""
    git = shutil.which("git")
    if git is None:
        return None
    try:
        found = subprocess.run(
            [git, "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return found.stdout.strip() or None


def save(summary: dict, passed: bool, path: Path = RECORD, commit: str | None = None) -> None:
    """Write the record atomically (a name of this process's own, then renamed over the last one)."""
    record = {
        "passed": passed,
        "commit": commit if commit is not None else head(),
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "summary": summary,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.write_text(json.dumps(record, indent=1) + "\n")
    os.replace(partial, path)


def for_bench(path: Path = RECORD, commit: str | None = None) -> dict:
    """The bench's chaos figures: the last run's record, and whether it ran at the commit benchmarked."""
    if not path.exists():
        return {"chaos_last": None, "chaos_note": "no make chaos recorded in this checkout: run make chaos"}
    try:
        record = json.loads(path.read_text())
        ran_at = record["commit"]
    except (ValueError, KeyError, TypeError):
        return {"chaos_last": None, "chaos_note": f"{path.name} is not a chaos record: run make chaos again"}
    commit = commit if commit is not None else head()
    return {"chaos_last": record, "chaos_last_is_this_commit": ran_at is not None and ran_at == commit}
