"""Real background processes for tests and benchmarks: a dispatcher or scheduler with a fake Twilio."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

from textsupport.config import PROJECT_ROOT

ACCOUNT, TOKEN = "AC" + "5" * 32, "fake-token"


def twilio_env(database_url: str, base_url: str, mps: float | str, **extra: str) -> dict[str, str]:
    """The environment of a process that sends through the fake Twilio at `base_url`."""
    return dict(
        os.environ, DATABASE_URL=database_url, TEXTSUPPORT_ENV="test", SMS_BACKEND="twilio",
        TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_AUTH_TOKEN=TOKEN, TWILIO_FROM_NUMBER="+17805550199",
        TWILIO_API_BASE=base_url, TWILIO_MPS=str(mps), **extra,
    )  # fmt: skip


def start(env: dict[str, str], *args: str, stdout=subprocess.PIPE) -> subprocess.Popen:
    """`python -m scheduler ARGS` (the scheduler, or a dispatcher with --dispatch-only)."""
    return subprocess.Popen(
        [sys.executable, "-m", "scheduler", *args], cwd=PROJECT_ROOT, env=env, stdout=stdout,
        stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def duplicate_creates(created: list[dict]) -> list[tuple[str, str]]:
    """(to, body) pairs the fake Twilio was asked to create more than once."""
    counts = Counter((m["to"], m["body"]) for m in created)
    return [pair for pair, n in counts.items() if n > 1]
