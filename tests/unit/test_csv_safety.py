"""The one CSV writer: RFC 4180, and no cell a spreadsheet would run as a formula."""

import csv
import io

import pytest

from textsupport import csv_safety, randomization
from textsupport.randomization import Slot


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1780555", "'+1780555"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("plain", "plain"),
        ("a=b", "a=b"),  # only the first character matters
        ("", ""),
        (-3, -3),  # a number is not a formula
        (None, None),
    ],
)
def test_neutralise(cell, written):
    assert csv_safety.neutralise(cell) == written


def test_rows_read_back_with_the_csv_module_and_end_lines_rfc_4180():
    rows = [["=1+1", "line\nbreak", 'quote "x"', -4, None, "ok"], ["@a", "+b", "-c", "\td", "\re", "é"]]
    text = csv_safety.to_text(["a", "b", "c", "d", "e", "f"], rows)
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 3  # the embedded newline is quoted, not a record end
    back = list(csv.reader(io.StringIO(text, newline="")))
    assert back == [
        ["a", "b", "c", "d", "e", "f"],
        ["'=1+1", "line\nbreak", 'quote "x"', "-4", "", "ok"],
        ["'@a", "'+b", "'-c", "'\td", "'\re", "é"],
    ]


def test_writerow_and_writerows_agree():
    one, many = io.StringIO(newline=""), io.StringIO(newline="")
    rows = [["=x", 1, None], ["y", "-z", 2.5]]
    for row in rows:
        csv_safety.Writer(one).writerow(row)
    csv_safety.Writer(many).writerows(rows)
    assert one.getvalue() == many.getvalue()


def test_the_allocation_table_export_is_neutralised():
    text = randomization.to_csv([Slot("site==cmd()|sex=F", 1, 1, "TAU")])
    assert text.splitlines()[1] == "'=cmd(),F,1,TAU"


def test_a_writer_told_its_text_columns_neutralises_the_whole_row_when_one_needs_it():
    out = io.StringIO(newline="")
    csv_safety.Writer(out, text_columns=[1]).writerows(
        [(1, "=bad", "-x"), (2, "fine", None), (3, "@x", "ok")]
    )
    # A row whose text column needs it is neutralised whole; a clean row is written as it came.
    assert out.getvalue().splitlines() == ["1,'=bad,'-x", "2,fine,", "3,'@x,ok"]
