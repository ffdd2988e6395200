"""Template filters: instants shown in the programme's local time, which is what staff live in."""

from __future__ import annotations

from datetime import datetime

from flask import Flask, current_app


def local(instant: datetime | None, fmt: str = "%Y-%m-%d %H:%M %Z") -> str:
    """A stored UTC instant in PROGRAM_TZ, e.g. '2026-11-24 03:00 MST'."""
    if instant is None:
        return ""
    return instant.astimezone(current_app.config["PROGRAM_TZ"]).strftime(fmt)


def init_app(app: Flask) -> None:
    app.add_template_filter(local, "local")
