"""A line chart of running totals over categories (weeks), with an optional dashed target line."""

from __future__ import annotations

from markupsafe import Markup

from textsupport.charts import svg
from textsupport.charts.bars import BOTTOM, LEFT, PLOT_HEIGHT, TOP, WIDTH, axis


def running(
    chart_id: str,
    title: str,
    categories: list[str],
    series: list[tuple[str, list[float]]],
    target: int | None = None,
    empty: str = "Nothing yet.",
) -> Markup:
    """One polyline per series, and the target as a dashed line across the plot."""
    height = TOP + PLOT_HEIGHT + BOTTOM
    names = [name for name, _ in series] + ([f"target {target}"] if target else [])
    description = (
        f"{title}: {', '.join(names)} over {len(categories)} weeks; the table beside gives every number."
    )
    body = svg.legend(names, 14)
    if not categories:
        return svg.document(
            WIDTH, height, title, description, [*body, svg.text(LEFT, TOP + 40, empty)], chart_id
        )
    top = svg.nice_top(max([2, target or 0, *(v for _, values in series for v in values)]))
    body += axis(top)
    step = (WIDTH - LEFT - 40) / max(len(categories) - 1, 1)  # room for the last label
    for number, (_name, values) in enumerate(series):
        points = " ".join(
            f"{LEFT + i * step:g},{TOP + PLOT_HEIGHT * (1 - v / top):g}" for i, v in enumerate(values)
        )
        colour = svg.COLOURS[number % 6]
        body.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
        if len(values) == 1:  # one week is a point: a line of one point draws nothing
            x, y = points.split(",")
            body.append(f'<circle cx="{x}" cy="{y}" r="4" fill="{colour}"/>')
    if target:
        y = TOP + PLOT_HEIGHT * (1 - target / top)
        body.append(
            svg.line(LEFT, y, WIDTH - 4, y, stroke=svg.COLOURS[len(series) % 6], dashed=True, width=2)
        )
    every = max(1, round(len(categories) / 6))
    for index, category in enumerate(categories):
        if index % every == 0:
            body.append(svg.text(LEFT + index * step, TOP + PLOT_HEIGHT + 16, category, anchor="middle"))
    return svg.document(WIDTH, height, title, description, body, chart_id)
