"""The trial dashboard's charts, drawn from its figures (services/reports/dashboard_reads.Dashboard)."""

from __future__ import annotations

from markupsafe import Markup

from textsupport.charts import bars, consort, lines


def draw(dashboard) -> dict[str, Markup]:
    """Every chart of the dashboard by name; the page puts each beside the table of its numbers."""
    weeks = dashboard.recruitment.weeks
    texts = dashboard.texts
    replies = dashboard.replies
    levels = dashboard.sla.levels
    return {
        "consort": consort.diagram(dashboard.flow),
        "recruitment": lines.running(
            "recruitment",
            "Participants enrolled and randomised so far, by week",
            [week.week for week in weeks],
            [
                ("enrolled", [week.enrolled_so_far for week in weeks]),
                ("randomised", [week.randomised_so_far for week in weeks]),
            ],
            target=dashboard.recruitment.target,
        ),
        "texts": bars.grouped(
            "texts",
            "Texts per week",
            [week.week for week in texts],
            [(name, [getattr(week, name) for week in texts]) for name in TEXT_SERIES],
        ),
        "replies": bars.grouped(
            "replies",
            "Replies per week by triage flag",
            [week.week for week in replies],
            [(name, [getattr(week, name) for week in replies]) for name in REPLY_SERIES],
        ),
        "sla": bars.grouped(
            "sla",
            "Queue items answered within their deadline, per level",
            [level.level for level in levels],
            [(name, [getattr(level, name) for level in levels]) for name in ("met", "missed", "pending")],
        ),
    }


TEXT_SERIES = ("planned", "sent", "delivered", "failed", "expired")
REPLY_SERIES = ("crisis", "urgent", "routine", "unflagged")
