"""CSV that is safe to open in a spreadsheet: UTF-8, RFC 4180 line endings, no cell read as a formula.

Every CSV the app writes goes through `Writer`. A text cell that begins with = + - @, a tab or a
carriage return would be run as a formula by Excel, LibreOffice or Google Sheets (CSV injection), so
it is neutralised with a leading apostrophe, as OWASP advises; a spreadsheet then shows it as text.
Numbers pass as they are: -3 is a number, not a formula. Pure: no database, no Flask.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may read as the start of a formula
LINE_END = "\r\n"  # RFC 4180


def neutralise(cell: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, made plain text; anything else as it is."""
    if isinstance(cell, str) and cell.startswith(TRIGGERS):
        return "'" + cell
    return cell


class Writer:
    """csv.writer with RFC 4180 line endings whose every text cell is neutralised (None is empty)."""

    def __init__(self, stream: TextIO) -> None:
        self._writer = csv.writer(stream, lineterminator=LINE_END)

    def writerow(self, row: Iterable[Any]) -> None:
        """Write one row."""
        self._writer.writerow([neutralise(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        """Write many rows (the fast path for streamed exports)."""
        # Inlined neutralise: this runs once per cell of a million-row export.
        self._writer.writerows(
            [("'" + cell) if cell.__class__ is str and cell.startswith(TRIGGERS) else cell for cell in row]
            for row in rows
        )


def to_text(header: Sequence[str], rows: Iterable[Iterable[Any]]) -> str:
    """A small CSV as one string: the header, then the rows."""
    out = io.StringIO(newline="")
    writer = Writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
