"""Wording from messages/: a Jinja2 environment (StrictUndefined) and SMS segment counting."""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gsm0338  # noqa: F401 (registers the 'gsm03.38' codec)
from flask import Flask, current_app
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from textsupport import training

if TYPE_CHECKING:
    from textsupport.config import Settings

SEGMENT_LIMIT = 2  # the bank's rule: at most 2 segments per text
NAME_FALLBACK = "there"  # "Hi there," reads well when we have no first name


@dataclass(frozen=True)
class Segments:
    """How a text is billed: its encoding, its length in that encoding's units, and segments."""

    encoding: str  # "GSM-7" or "UCS-2"
    units: int
    count: int


def segments(text: str) -> Segments:
    """GSM-7: 160 septets in one segment, 153 each when concatenated; UCS-2: 70 and 67."""
    try:
        units = len(text.encode("gsm03.38"))  # extension characters take two septets
        single, multi, encoding = 160, 153, "GSM-7"
    except UnicodeEncodeError:
        units = len(text.encode("utf-16-le")) // 2  # characters beyond the BMP take two units
        single, multi, encoding = 70, 67, "UCS-2"
    count = 1 if units <= single else math.ceil(units / multi)
    return Segments(encoding, units, count)


@dataclass(frozen=True)
class CrisisLines:
    """Crisis numbers from configuration, with the date someone last checked them."""

    lines: dict[str, str]
    last_verified: date
    verified_by: str
    labels: dict[str, str] = field(default_factory=dict)  # what staff pages call each line

    def label(self, key: str) -> str:
        """The line's name for staff, e.g. 'Suicide Crisis Helpline' (else its key in words)."""
        return self.labels.get(key) or key.replace("_", " ").capitalize()


def load_crisis_lines(path: Path) -> CrisisLines:
    """Read the crisis lines file (TOML)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    labels = dict(data.get("labels", {}))
    return CrisisLines(dict(data["lines"]), data["last_verified"], data.get("verified_by", ""), labels)


class Content:
    """Renders the templates in messages/ with the programme's shared variables."""

    def __init__(self, root: Path, shared: dict[str, Any]) -> None:
        self.root = root
        self.shared = shared
        self.env = Environment(
            loader=FileSystemLoader(root),
            undefined=StrictUndefined,
            autoescape=False,  # noqa: S701 (plain-text SMS, never HTML)
            keep_trailing_newline=False,
        )

    def render(self, name: str, first_name: str | None = None, **variables: Any) -> str:
        """The text of template `name`, stripped, with every variable required to exist."""
        context = dict(self.shared, first_name=(first_name or "").strip() or NAME_FALLBACK, **variables)
        return self.env.get_template(name).render(context).strip()

    def templates(self) -> list[str]:
        """Every template name, e.g. 'daily/day_001.txt'."""
        return sorted(str(path.relative_to(self.root)) for path in self.root.rglob("*.txt"))

    def daily_count(self) -> int:
        """How many daily messages the bank holds."""
        return len(list((self.root / "daily").glob("day_*.txt")))


def daily_template(day: int) -> str:
    """The template for program day `day` (1-based)."""
    return f"daily/day_{day:03d}.txt"


def init_app(app: Flask, settings: Settings) -> None:
    """Attach the content of messages/ to the app."""
    crisis = load_crisis_lines(Path(settings.crisis_lines_file))
    training.for_settings(settings)  # a bad modules file stops start-up, not the first assignment
    shared = {
        "program_name": settings.program_name,
        "operator": settings.program_operator,
        "reply_hours": settings.reply_hours,
        "crisis": crisis.lines,
    }
    app.extensions["textsupport.content"] = Content(Path(settings.messages_dir), shared)
    app.extensions["textsupport.crisis"] = crisis


def content() -> Content:
    """The current app's Content."""
    return current_app.extensions["textsupport.content"]


def crisis_lines() -> CrisisLines:
    """The current app's crisis lines (CRISIS_LINES_FILE), loaded once at start-up."""
    return current_app.extensions["textsupport.crisis"]
