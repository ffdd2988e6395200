"""data_dictionary.csv: every column of every file written, in REDCap's data dictionary columns.

REDCap imports this layout as it is. The Form Name is the file the column is in (participants,
assessments, texts, queue_items); a column name may recur across files (participant_id joins them).
"""

from __future__ import annotations

from collections.abc import Iterator

from textsupport.services.export.files import Column, ExportFile, Kind, Options

NAME = "data_dictionary.csv"
HEADER = (
    "Variable / Field Name",
    "Form Name",
    "Section Header",
    "Field Type",
    "Field Label",
    "Choices, Calculations, OR Slider Labels",
    "Field Note",
    "Text Validation Type OR Show Slider Number",
    "Text Validation Min",
    "Text Validation Max",
    "Identifier?",
    "Branching Logic (Show field only if...)",
    "Required Field?",
    "Custom Alignment",
    "Question Number (surveys only)",
    "Matrix Group Name",
    "Matrix Ranking?",
    "Field Annotation",
)
# Our kinds as REDCap field types and text validations.
FIELD_TYPES = {Kind.NOTES: "notes", Kind.CHOICE: "dropdown", Kind.YESNO: "yesno"}
VALIDATIONS = {Kind.INTEGER: "integer", Kind.DATE: "date_ymd"}
INSTANT_NOTE = "UTC, ISO 8601 (YYYY-MM-DDTHH:MM:SSZ)"


def rows(files: list[ExportFile], options: Options) -> Iterator[list[str]]:
    """One row per column of each file this mode writes, in the files' column order."""
    for file in files:
        for n, column in enumerate(file.columns_for(options)):
            yield _row(file, column, section=file.title if n == 0 else "")


def _row(file: ExportFile, column: Column, section: str) -> list[str]:
    note = "; ".join(
        part for part in (INSTANT_NOTE if column.kind == Kind.INSTANT else "", column.note) if part
    )
    return [
        column.name,
        file.form,
        section,
        FIELD_TYPES.get(column.kind, "text"),
        column.label,
        " | ".join(f"{code}, {label}" for code, label in column.choices),
        note,
        VALIDATIONS.get(column.kind, ""),
        "",
        "",
        "y" if column.identifier else "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]
