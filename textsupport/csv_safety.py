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
    """csv.writer with RFC 4180 line endings whose every text cell is neutralised (None is empty).

    `text_columns` names the positions that may hold text from outside (names, reasons, bodies); a
    caller whose other columns are numbers, codes and formatted times it made itself passes them, so
    a million-row export checks one or two cells a row instead of every one. None checks every cell.
    """

    def __init__(self, stream: TextIO, text_columns: Sequence[int] | None = None) -> None:
        self._writer = csv.writer(stream, lineterminator=LINE_END)
        self._text_columns = None if text_columns is None else tuple(text_columns)

    def writerow(self, row: Iterable[Any]) -> None:
        """Write one row."""
        self._writer.writerow([neutralise(cell) for cell in row])

    def writerows(self, rows: Iterable[Sequence[Any]]) -> None:
        """Write many rows (the fast path for streamed exports)."""
        if self._text_columns is None:
            self._writer.writerows([neutralise(cell) for cell in row] for row in rows)
            return
        self._writer.writerows(map(self._safe, rows))

    def _safe(self, row: Sequence[Any]) -> Sequence[Any]:
        """The row as it is, or neutralised if one of its text columns needs it (rare)."""
        for index in self._text_columns:
            cell = row[index]
            if cell.__class__ is str and cell.startswith(TRIGGERS):
                return [neutralise(cell) for cell in row]
        return row


def to_text(header: Sequence[str], rows: Iterable[Iterable[Any]]) -> str:
    """A small CSV as one string: the header, then the rows."""
    out = io.StringIO(newline="")
    writer = Writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
