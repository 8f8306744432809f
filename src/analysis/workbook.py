"""Every ``.xlsx`` workbook the project writes is written here (XlsxWriter):
``analysis figures|checks --format xlsx``, the workbook beside each briefing
(:mod:`analysis.downloads`) and ``frame().to_excel`` / :func:`analysis.frames.to_xlsx`
(:mod:`analysis.frames.excel` turns DataFrames into rows, then calls
:func:`write_workbook`).

One formatting: a bold header row, frozen, with an autofilter; columns sized to
their text (Chinese characters count double, at most :data:`MAX_WIDTH`).

One rule for text: a string is written as a text cell holding exactly that
string. Text that looks like a formula (``=HYPERLINK(…)``, ``+1``, ``-2``,
``@SUM(…)``), a number (``1032.90``, precision kept) or a link stays text: it
is never evaluated, and no quote is added to it (the data are not changed).
Numbers are numbers, ``None``/NaN/empty strings are blank cells.

>>> import io, openpyxl
>>> data = write_workbook({"t": (["a", "b"], [["1032.90", 3], ["=HYPERLINK(\\"http://x\\")", None]])})
>>> ws = openpyxl.load_workbook(io.BytesIO(data))["t"]
>>> [[c.value for c in row] for row in ws.iter_rows()], ws["A3"].data_type, ws.freeze_panes
([['a', 'b'], ['1032.90', 3], ['=HYPERLINK("http://x")', None]], 's', 'A2')

The bytes depend only on the sheets (the document's date is fixed), so a
workbook whose rows did not change is not rewritten:

>>> write_workbook({"t": (["a"], [["x"]])}) == write_workbook({"t": (["a"], [["x"]])})
True
"""

from __future__ import annotations

import io
import math
import numbers
from typing import Iterable, Mapping, Sequence

#: Widest column, in characters (long excerpts and explanations are cut off, the cell keeps them whole).
MAX_WIDTH = 60
#: Rows read to size the columns.
_SIZED_ROWS = 500
#: XlsxWriter options: a string is never turned into a number, a formula or a link.
OPTIONS = {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
           "nan_inf_to_errors": False, "in_memory": True}
#: The workbook's document date: fixed, so that the same rows give the same bytes.
WORKBOOK_DATE = (2000, 1, 1)

#: A sheet: its header and its rows (each a sequence of cells, in the header's order).
Sheet = tuple[Sequence[str], Iterable[Sequence]]


def _width(text: str) -> int:
    if text.isascii():
        return len(text)
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _blank(value) -> bool:
    if value is None or (isinstance(value, str) and value == ""):
        return True
    if isinstance(value, float):
        return math.isnan(value)
    try:  # pandas.NA, NaT, numpy.nan: whatever says it is missing
        return value != value  # noqa: PLR0124
    except (TypeError, ValueError):
        return False


def write_cell(ws, row: int, col: int, value) -> None:
    """Write one cell by the workbook's rule: text as text (never a formula),
    numbers as numbers, booleans as booleans, a missing value as nothing."""
    if _blank(value):
        return
    if isinstance(value, str):
        ws.write_string(row, col, value)
    elif isinstance(value, bool) or type(value).__name__ in ("bool_", "bool"):  # numpy booleans too
        ws.write_boolean(row, col, bool(value))
    elif isinstance(value, numbers.Real) and math.isfinite(float(value)):
        ws.write_number(row, col, float(value) if not isinstance(value, numbers.Integral) else int(value))
    else:  # inf, dates, anything else: its text
        ws.write_string(row, col, str(value))


def write_workbook(sheets: Mapping[str, Sheet], target=None) -> bytes | None:
    """Write ``{sheet name: (header, rows)}`` as one workbook to ``target`` (a
    path or a binary file object); with no target, return its bytes.

    >>> import io, openpyxl
    >>> buf = io.BytesIO()
    >>> write_workbook({"城市": (["城市", "x"], [["呼和浩特", 1.5], ["+1", True]])}, buf)
    >>> [[c.value for c in r] for r in openpyxl.load_workbook(buf)["城市"].iter_rows(min_row=2)]
    [['呼和浩特', 1.5], ['+1', True]]
    >>> buf = io.BytesIO(); write_workbook({"t": ([], [["no header", 1]])}, buf)
    >>> [[c.value for c in r] for r in openpyxl.load_workbook(buf)["t"].iter_rows()]
    [['no header', 1]]
    >>> write_workbook({})
    Traceback (most recent call last):
    ...
    ValueError: write_workbook: no sheet to write
    """
    import datetime

    import xlsxwriter

    if not sheets:
        raise ValueError("write_workbook: no sheet to write")
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, dict(OPTIONS))
    wb.set_properties({"created": datetime.datetime(*WORKBOOK_DATE)})
    bold = wb.add_format({"bold": True})
    for name, (header, rows) in sheets.items():
        header = [str(h) for h in header]
        rows = rows if isinstance(rows, list) else list(rows)
        ws = wb.add_worksheet(name)
        first = 1 if header else 0  # an empty header: rows only (``to_excel(header=False)``)
        if header:
            ws.write_row(0, 0, header, bold)  # header names are text (write_row follows the workbook's options)
            ws.freeze_panes(1, 0)
        for i, row in enumerate(rows, start=first):
            for j, value in enumerate(row):
                write_cell(ws, i, j, value)
        if header:
            ws.autofilter(0, 0, len(rows), len(header) - 1)
        widths = [_width(h) for h in header] or [0] * max((len(r) for r in rows[:_SIZED_ROWS]), default=0)
        for row in rows[:_SIZED_ROWS]:
            for j, value in enumerate(row[:len(widths)]):
                if not _blank(value):
                    widths[j] = max(widths[j], _width(str(value)))
        for j, w in enumerate(widths):
            ws.set_column(j, j, min(MAX_WIDTH, w + 2))
    wb.close()
    data = buf.getvalue()
    if target is None:
        return data
    if hasattr(target, "write"):
        target.write(data)
    else:
        with open(target, "wb") as fh:
            fh.write(data)
    return None
