"""The few SVG pieces every chart is drawn with, escaped once here."""

from __future__ import annotations

from markupsafe import Markup, escape

__all__ = ["escape"]

FONT = 'font-family="system-ui, sans-serif" font-size="12"'
# Distinguishable in colour-blind palettes (Okabe-Ito), each dark enough for text on white.
COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#56b4e9", "#e69f00")
INK = "#222"
GRID = "#ccc"


def document(
    width: float, height: float, title: str, description: str, body: list[str], chart_id: str
) -> Markup:
    """A standalone, scalable <svg> with its title and description (also valid as a downloaded file)."""
    # Every piece of `body` comes from the helpers here, which escape what they are given.
    return Markup(  # noqa: S704
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width:g} {height:g}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" {FONT}>'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>{"".join(body)}</svg>'
    )


def text(
    x: float, y: float, content: object, anchor: str = "start", weight: str = "normal", fill: str = INK
) -> str:
    """One line of text."""
    return (
        f'<text x="{x:g}" y="{y:g}" text-anchor="{anchor}" font-weight="{weight}" fill="{fill}">'
        f"{escape(str(content))}</text>"
    )


def rect(x: float, y: float, width: float, height: float, fill: str, stroke: str = "none") -> str:
    """A filled rectangle."""
    size = f'width="{max(width, 0):g}" height="{max(height, 0):g}"'
    return f'<rect x="{x:g}" y="{y:g}" {size} fill="{fill}" stroke="{stroke}"/>'


def line(
    x1: float, y1: float, x2: float, y2: float, stroke: str = GRID, dashed: bool = False, width: float = 1
) -> str:
    """A straight line."""
    dash = ' stroke-dasharray="6 4"' if dashed else ""
    ends = f'x1="{x1:g}" y1="{y1:g}" x2="{x2:g}" y2="{y2:g}"'
    return f'<line {ends} stroke="{stroke}" stroke-width="{width:g}"{dash}/>'


def legend(names: list[str], y: float, x: float = 0) -> list[str]:
    """Swatches and names in a row, coloured as the series are."""
    parts = []
    for index, name in enumerate(names):
        parts += [rect(x, y - 9, 10, 10, COLOURS[index % len(COLOURS)]), text(x + 14, y, name)]
        x += 24 + 7 * len(name)
    return parts


def nice_top(value: float) -> int:
    """A round axis maximum at or above `value`: 1, 2, 5 times a power of ten."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if value <= step * factor:
                return step * factor
        step *= 10
