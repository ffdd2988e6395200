"""Wording from messages/: a Jinja2 environment (StrictUndefined) per language, and SMS segment counting.

English lives at the top of messages/; each other language mirrors the participant-facing files in a
folder of its own (messages/fr/). Staff texts (messages/staff/) are English only.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gsm0338  # noqa: F401 (registers the 'gsm03.38' codec)
from flask import Flask, current_app
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from textsupport import milestones, peer_roles, training
from textsupport.languages import ENGLISH, LANGUAGES

if TYPE_CHECKING:
    from textsupport.config import Settings

SEGMENT_LIMIT = 2  # the bank's rule: at most 2 segments per text
STAFF_FOLDER = "staff"  # texts to staff phones: English only, never mirrored
# "Hi there," and "Bonjour à vous," read well when we have no first name
NAME_FALLBACK = {"en": "there", "fr": "à vous"}
# Every file of the bank opens with who reviewed it and when, or pending: {# reviewed: pending #}
REVIEWED = re.compile(r"\{#\s*reviewed:\s*(?P<who>.*?)\s*#\}")


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


def language_of(value: Any) -> str:
    """A participant's language as a bank folder's name ("en", "fr"); English when none is known."""
    language = str(value or ENGLISH)
    if language not in LANGUAGES:
        raise ValueError(f"no message bank for language {language!r}")
    return language


class Content:
    """Renders the templates in messages/ with the programme's shared variables, in a language.

    `shared` holds the variables every language shares; `by_language` what differs ("reply_hours" in
    French, say), laid over them.
    """

    def __init__(
        self, root: Path, shared: dict[str, Any], by_language: dict[str, dict[str, Any]] | None = None
    ) -> None:
        self.root = root
        self.shared = shared
        self.by_language = by_language or {}
        self.env = Environment(
            loader=FileSystemLoader(root),
            undefined=StrictUndefined,
            autoescape=False,  # noqa: S701 (plain-text SMS, never HTML)
            keep_trailing_newline=False,
        )

    def render(
        self, name: str, first_name: str | None = None, *, language: Any = ENGLISH, **variables: Any
    ) -> str:
        """The text of template `name` in `language`, stripped, with every variable required to exist.

        There is no silent fallback: a French participant's text missing from messages/fr/ is an error
        (`messages check` refuses such a bank). Callers choose English only where nobody's language is
        known (an unknown number, the database down).
        """
        language = language_of(language)
        fallback = NAME_FALLBACK[language]
        context = dict(self.shared, **self.by_language.get(language, {}))
        context |= dict(first_name=(first_name or "").strip() or fallback, **variables)
        return self.env.get_template(self.path(name, language)).render(context).strip()

    @staticmethod
    def path(name: str, language: Any = ENGLISH) -> str:
        """Where template `name` lives for `language`: 'replies/help.txt' -> 'fr/replies/help.txt'."""
        language = language_of(language)
        return name if language == ENGLISH else f"{language}/{name}"

    def templates(self, language: Any = ENGLISH) -> list[str]:
        """Every template name of one language, e.g. 'daily/day_001.txt' (the same name in each)."""
        language = language_of(language)
        base = self.root if language == ENGLISH else self.root / language
        others = {other for other in LANGUAGES if other != ENGLISH}
        names = (path.relative_to(base) for path in base.rglob("*.txt"))
        return sorted(str(name) for name in names if language != ENGLISH or name.parts[0] not in others)

    def reviewed(self, name: str, language: Any = ENGLISH) -> str | None:
        """The file's `reviewed:` line (who and when, or 'pending'); None when it has none."""
        source = (self.root / self.path(name, language)).read_text(encoding="utf-8")
        found = REVIEWED.search(source)
        return found.group("who") if found else None

    def daily_count(self, language: Any = ENGLISH) -> int:
        """How many daily messages the bank holds in `language`."""
        return sum(name.startswith("daily/day_") for name in self.templates(language))


def daily_template(day: int) -> str:
    """The template for program day `day` (1-based)."""
    return f"daily/day_{day:03d}.txt"


def init_app(app: Flask, settings: Settings) -> None:
    """Attach the content of messages/ to the app."""
    crisis = load_crisis_lines(Path(settings.crisis_lines_file))
    training.for_settings(settings)  # a bad modules file stops start-up, not the first assignment
    milestones.for_settings(settings)  # so does a bad milestones file
    peer_roles.for_settings(settings)  # and a bad peer roles file
    shared = {
        "program_name": settings.program_name,
        "operator": settings.program_operator,
        "reply_hours": settings.reply_hours,
        "crisis": crisis.lines,
    }
    by_language = {"fr": {"operator": settings.program_operator_fr, "reply_hours": settings.reply_hours_fr}}
    app.extensions["textsupport.content"] = Content(Path(settings.messages_dir), shared, by_language)
    app.extensions["textsupport.crisis"] = crisis


def content() -> Content:
    """The current app's Content."""
    return current_app._get_current_object().extensions["textsupport.content"]  # one step through the proxy


def crisis_lines() -> CrisisLines:
    """The current app's crisis lines (CRISIS_LINES_FILE), loaded once at start-up."""
    return current_app.extensions["textsupport.crisis"]
