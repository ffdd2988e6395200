"""The CONSORT flow diagram: enrolment, exclusions, randomisation, then one column per arm (admins)
or one pooled column (trial staff), down to follow-up.

`flow` is the dashboard's CONSORT read: `boxes` maps a box name to a count with `total` and
`by_arm` (None when blinded), `follow_up` lists time points with `kind`, `due` and `done`.
"""

from __future__ import annotations

from markupsafe import Markup

from textsupport.charts import svg

WIDTH = 760
LINE = 16
BOX_FILL = "#f4f7fb"
BOX_STROKE = "#44546a"


def diagram(flow, title: str = "CONSORT flow diagram") -> Markup:
    """The flow as boxes joined by arrows; every number is also in the table beside it."""
    boxes = flow.boxes
    body = [_marker()]
    y = 10
    enrolled = boxes["enrolled"].total
    body += _box(200, y, 240, [f"Enrolled (n={enrolled})"], bold=True)
    excluded = [
        f"Excluded before randomisation (n={enrolled - boxes['randomised'].total})",
        f"  eligibility not confirmed: {enrolled - boxes['eligible'].total}",
        f"  no consent recorded: {boxes['eligible'].total - boxes['consented'].total}",
        f"  not (yet) randomised: {boxes['consented'].total - boxes['randomised'].total}",
    ]
    body += _box(460, y + 44, 296, excluded)
    body += [_arrow(320, y + 28, 320, y + 120), _arrow(320, y + 80, 460, y + 80)]
    y += 120
    body += _box(200, y, 240, [f"Randomised (n={boxes['randomised'].total})"], bold=True)
    columns = _columns(flow)
    width = (WIDTH - 10) / len(columns)
    top = y + 60
    height = 0
    for index, (heading, lines) in enumerate(columns):
        x = 5 + index * width
        body.append(_arrow(320, y + 28, x + width / 2, top))
        body += _box(x + 3, top, width - 6, [heading, *lines], bold_first=True)
        height = max(height, (len(lines) + 1) * LINE + 12)
    total_height = top + height + 10
    description = "Enrolment, exclusions, randomisation and what followed" + (
        " per arm." if flow.arms else ", pooled."
    )
    return svg.document(WIDTH, total_height, title, description, body, "consort")


def _columns(flow) -> list[tuple[str, list[str]]]:
    arms = list(flow.boxes["randomised"].by_arm) if flow.arms else [None]
    columns = []
    for arm in arms:

        def n(count, arm=arm) -> int:
            return count.total if arm is None else count.by_arm[arm]

        boxes = flow.boxes
        lines = [
            f"Started intervention: {n(boxes['started'])}",
            f"Opted out of texts: {n(boxes['opted_out'])}",
            f"Withdrawn: {n(boxes['withdrawn'])}",
            f"Lost to follow-up: {n(boxes['lost'])}",
            f"Completed: {n(boxes['completed'])}",
            "Follow-up done / due:",
            *(f"  {_label(point.kind)}: {n(point.done)} / {n(point.due)}" for point in flow.follow_up),
        ]
        heading = (
            f"All arms (n={n(boxes['randomised'])})" if arm is None else f"{arm} (n={n(boxes['randomised'])})"
        )
        columns.append((heading, lines))
    return columns


def _label(kind: str) -> str:
    """A time point as the table beside the diagram names it: week_6 -> week 6."""
    return kind.replace("_", " ")


def _box(
    x: float, y: float, width: float, lines: list[str], bold: bool = False, bold_first: bool = False
) -> list[str]:
    parts = [svg.rect(x, y, width, LINE * len(lines) + 12, BOX_FILL, stroke=BOX_STROKE)]
    for index, content in enumerate(lines):
        weight = "bold" if bold or (bold_first and index == 0) else "normal"
        parts.append(
            f'<text x="{x + 8:g}" y="{y + 20 + index * LINE:g}" font-weight="{weight}" xml:space="preserve">'
            f"{svg.escape(content)}</text>"
        )
    return parts


def _marker() -> str:
    return (
        '<defs><marker id="consort-arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="7" markerHeight="7" '
        f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{BOX_STROKE}"/></marker></defs>'
    )


def _arrow(x1: float, y1: float, x2: float, y2: float) -> str:
    return (
        f'<line x1="{x1:g}" y1="{y1:g}" x2="{x2:g}" y2="{y2:g}" stroke="{BOX_STROKE}" stroke-width="1.5" '
        'marker-end="url(#consort-arrow)"/>'
    )
