"""Check the message bank: every template renders, fits the segment limit, and the bank is whole."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from jinja2 import TemplateError

from textsupport.content import SEGMENT_LIMIT, Content, CrisisLines, daily_template, segments

PROGRAM_DAYS = 182
CRISIS_LINES_MAX_AGE = timedelta(days=180)
# The sample participant: a long first name, a missing one, with and without a location.
SAMPLE_NAMES = ("Jordan", "Maximilianne-Jo", None)
SAMPLE_VARIABLES = ({"location": "the Grey Nuns Community Hospital"}, {"location": ""})
SAMPLE = {
    "appointment_at": "Wed Sep 30 at 12:45 PM",
    "assessment_label": "12-month",
    "link": "https://sms.example-health-region.ca/queue/items/123456",
    "filtered": 12345,
    "sends": 123456,
}


@dataclass(frozen=True)
class TemplateReport:
    """The worst case of one template over the sample participants."""

    name: str
    encoding: str
    segments: int
    units: int
    error: str | None = None


def check(content: Content, crisis: CrisisLines, today: date) -> tuple[list[TemplateReport], list[str]]:
    """(report per template, problems). No problems means the bank may go live."""
    reports = [_check_template(content, name) for name in content.templates()]
    problems = [f"{r.name}: {r.error}" for r in reports if r.error]
    problems += [
        f"{r.name}: {r.segments} segments ({r.encoding}, {r.units} units); the limit is {SEGMENT_LIMIT}"
        for r in reports
        if not r.error and r.segments > SEGMENT_LIMIT
    ]
    names = {r.name for r in reports}
    problems += [
        f"{daily_template(day)}: missing"
        for day in range(1, PROGRAM_DAYS + 1)
        if daily_template(day) not in names
    ]
    if today - crisis.last_verified > CRISIS_LINES_MAX_AGE:
        problems.append(
            f"crisis lines last verified {crisis.last_verified}: check every number and update the date"
        )
    return reports, problems


def _check_template(content: Content, name: str) -> TemplateReport:
    worst = None
    for first_name in SAMPLE_NAMES:
        for variables in SAMPLE_VARIABLES:
            try:
                text = content.render(name, first_name, **SAMPLE, **variables)
            except TemplateError as error:
                return TemplateReport(name, "-", 0, 0, f"{type(error).__name__}: {error}")
            if not text:
                return TemplateReport(name, "-", 0, 0, "renders to an empty text")
            counted = segments(text)
            if worst is None or (counted.count, counted.units) > (worst.count, worst.units):
                worst = counted
    return TemplateReport(name, worst.encoding, worst.count, worst.units)
