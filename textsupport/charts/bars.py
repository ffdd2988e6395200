"""Grouped vertical bars: one group per category (a week, a level), one bar per series."""

from __future__ import annotations

from markupsafe import Markup

from textsupport.charts import svg

WIDTH = 640
PLOT_HEIGHT = 180
LEFT = 44
TOP = 30
BOTTOM = 44


def grouped(
    chart_id: str,
    title: str,
    categories: list[str],
    series: list[tuple[str, list[float]]],
    empty: str = "Nothing yet.",
) -> Markup:
    """Bars of each series per category, with a y axis from 0 to a round maximum."""
    height = TOP + PLOT_HEIGHT + BOTTOM
    names = [name for name, _ in series]
    description = (
        f"{title}: {', '.join(names)} for {len(categories)} groups; the table beside gives every number."
    )
    body = svg.legend(names, 14)
    if not categories:
        return svg.document(
            WIDTH, height, title, description, [*body, svg.text(LEFT, TOP + 40, empty)], chart_id
        )
    top = svg.nice_top(max([2, *(v for _, values in series for v in values)]))
    body += axis(top)
    group = (WIDTH - LEFT - 8) / len(categories)
    bar = max(min((group - 4) / len(series), 24), 1)
    every = max(1, round(len(categories) / 8))  # at most about 8 labels, so they never overlap
    for index, category in enumerate(categories):
        x0 = LEFT + index * group + (group - bar * len(series)) / 2
        for number, (_name, values) in enumerate(series):
            h = PLOT_HEIGHT * values[index] / top
            body.append(svg.rect(x0 + number * bar, TOP + PLOT_HEIGHT - h, bar, h, svg.COLOURS[number % 6]))
        if index % every == 0:
            body.append(
                svg.text(LEFT + index * group + group / 2, TOP + PLOT_HEIGHT + 16, category, anchor="middle")
            )
    return svg.document(WIDTH, height, title, description, body, chart_id)


def axis(top: int) -> list[str]:
    """Grid lines and labels at 0, half and the top of the y axis."""
    parts = []
    for fraction in (0, 0.5, 1):
        y = TOP + PLOT_HEIGHT * (1 - fraction)
        parts += [
            svg.line(LEFT, y, WIDTH - 4, y),
            svg.text(LEFT - 6, y + 4, f"{top * fraction:g}", anchor="end"),
        ]
    return parts


ROW = 20
LABEL_WIDTH = 300


def horizontal(
    chart_id: str,
    title: str,
    rows: list[tuple[str, float]],
    colours: list[int] | None = None,
    legend: list[str] | None = None,
) -> Markup:
    """One labelled bar per row, longest to scale, its number at its end (the labels may be long).

    `colours` gives each row's palette index (e.g. its group), `legend` names those colours;
    default: all the first colour, no legend.
    """
    height = TOP + ROW * len(rows) + 8
    description = f"{title}: {len(rows)} bars; the table beside gives every number."
    top = max([1, *(value for _, value in rows)])
    span = WIDTH - LABEL_WIDTH - 40
    body = svg.legend(legend, 14, LABEL_WIDTH) if legend else []
    for index, (label, value) in enumerate(rows):
        y = TOP + index * ROW
        colour = svg.COLOURS[(colours[index] if colours else 0) % len(svg.COLOURS)]
        width = span * value / top
        body += [
            svg.text(LABEL_WIDTH - 6, y + 13, _short(label), anchor="end"),
            svg.rect(LABEL_WIDTH, y + 3, width, ROW - 6, colour),
            svg.text(LABEL_WIDTH + width + 4, y + 13, f"{value:g}"),
        ]
    return svg.document(WIDTH, height, title, description, body, chart_id)


def _short(label: str, most: int = 44) -> str:
    """A label that fits beside the bars, cut with an ellipsis."""
    return label if len(label) <= most else label[: most - 1] + "\u2026"
