"""Check the message bank: every template renders, fits the segment limit, and each language is whole."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from jinja2 import TemplateError

from textsupport.content import (
    ENGLISH,
    LANGUAGES,
    SEGMENT_LIMIT,
    STAFF_FOLDER,
    Content,
    CrisisLines,
    daily_template,
    segments,
)

PROGRAM_DAYS = 182
CRISIS_LINES_MAX_AGE = timedelta(days=180)
# The sample participant: a long first name, a missing one, with and without a location.
SAMPLE_NAMES = ("Jordan", "Maximilianne-Jo", None)
SAMPLE_VARIABLES = ({"location": "the Grey Nuns Community Hospital"}, {"location": ""})
SAMPLE = {
    "appointment_at": "Wed Sep 30 at 12:45 PM",
    # the longest French date: mercredi 30 septembre à 12 h 45
    "appointment": {"weekday": 2, "day": 30, "month": 9, "hour": 12, "minute": 45},
    "assessment_label": "12-month",
    "assessment_kind": "month_12",
    "link": "https://sms.example-health-region.ca/queue/items/123456",
    "filtered": 12345,
    "sends": 123456,
}
# reviewed: pending, or who and when: "2026-11-20 by A. Tremblay (clinical lead), B. Roy (peer reviewer)"
REVIEWED_AS = re.compile(r"pending|\d{4}-\d{2}-\d{2} by \S.*")


@dataclass(frozen=True)
class TemplateReport:
    """The worst case of one template over the sample participants."""

    name: str
    encoding: str
    segments: int
    units: int
    error: str | None = None
    language: str = ENGLISH
    reviewed: str | None = None

    @property
    def path(self) -> str:
        """The file under messages/: 'fr/replies/help.txt'."""
        return Content.path(self.name, self.language)


def check(content: Content, crisis: CrisisLines, today: date) -> tuple[list[TemplateReport], list[str]]:
    """(report per template and language, problems). No problems means the bank may go live."""
    reports = [
        _check_template(content, name, language)
        for language in LANGUAGES
        for name in content.templates(language)
    ]
    problems = [f"{r.path}: {r.error}" for r in reports if r.error]
    problems += [
        f"{r.path}: {r.segments} segments ({r.encoding}, {r.units} units); the limit is {SEGMENT_LIMIT}"
        for r in reports
        if not r.error and r.segments > SEGMENT_LIMIT
    ]
    problems += [
        f"{r.path}: no reviewed line ({{# reviewed: pending #}} or who and when)"
        if r.reviewed is None
        else f"{r.path}: reviewed line {r.reviewed!r} is neither 'pending' nor 'YYYY-MM-DD by who'"
        for r in reports
        if r.reviewed is None or not REVIEWED_AS.fullmatch(r.reviewed)
    ]
    problems += _missing(content, {(r.language, r.name) for r in reports})
    if today - crisis.last_verified > CRISIS_LINES_MAX_AGE:
        problems.append(
            f"crisis lines last verified {crisis.last_verified}: check every number and update the date"
        )
    return reports, problems


def pending(reports: list[TemplateReport]) -> dict[str, list[str]]:
    """Per language, the files nobody has reviewed yet (their reviewed line says pending)."""
    return {
        language: [r.name for r in reports if r.language == language and r.reviewed == "pending"]
        for language in LANGUAGES
    }


def _missing(content: Content, found: set[tuple[str, str]]) -> list[str]:
    """Every daily text in every language, and each language mirrors English's participant texts."""
    english = [name for language, name in sorted(found) if language == ENGLISH]
    participant_facing = [name for name in english if not name.startswith(f"{STAFF_FOLDER}/")]
    problems = []
    for language in LANGUAGES:
        wanted = {daily_template(day) for day in range(1, PROGRAM_DAYS + 1)}
        if language != ENGLISH:
            wanted |= set(participant_facing)
        have = {name for lang, name in found if lang == language}
        problems += [f"{Content.path(name, language)}: missing" for name in sorted(wanted - have)]
        if language != ENGLISH:
            problems += [
                f"{Content.path(name, language)}: not in the English bank"
                for name in sorted(have - set(participant_facing))
            ]
    return problems


def _check_template(content: Content, name: str, language: str) -> TemplateReport:
    reviewed = content.reviewed(name, language)
    worst = None
    for first_name in SAMPLE_NAMES:
        for variables in SAMPLE_VARIABLES:
            try:
                text = content.render(name, first_name, language=language, **SAMPLE, **variables)
            except TemplateError as error:
                error_text = f"{type(error).__name__}: {error}"
                return TemplateReport(name, "-", 0, 0, error_text, language, reviewed)
            if not text:
                return TemplateReport(name, "-", 0, 0, "renders to an empty text", language, reviewed)
            counted = segments(text)
            if worst is None or (counted.count, counted.units) > (worst.count, worst.units):
                worst = counted
    return TemplateReport(name, worst.encoding, worst.count, worst.units, None, language, reviewed)
