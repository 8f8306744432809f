"""xlsx workbooks of the figures and the checks (openpyxl), Chinese text intact.

``frame().to_excel("figures.xlsx")`` works as for any DataFrame; the helpers
here add what an analyst expects of a workbook: one sheet per frame plus the
sources, the header row frozen, an autofilter and readable column widths.

>>> import io, openpyxl
>>> buf = io.BytesIO()
>>> figures_workbook(buf, city="hohhot") > 0
True
>>> wb = openpyxl.load_workbook(io.BytesIO(buf.getvalue()))
>>> wb.sheetnames, wb["figures"]["A1"].value, wb["sources"]["A1"].value
(['figures', 'sources'], 'figure_id', 'source_id')
"""

from __future__ import annotations

from typing import Mapping

import pandas as pd

from ..ledger import Ledger, load_ledger
from .table import checks_frame, frame

#: Widest column, in characters (long excerpts and explanations wrap in Excel).
MAX_WIDTH = 60


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def to_xlsx(sheets: Mapping[str, pd.DataFrame], target) -> None:
    """Write DataFrames as the sheets of one workbook at ``target`` (a path or
    a binary file object): header frozen, autofilter, columns sized.

    >>> import io, openpyxl
    >>> buf = io.BytesIO()
    >>> to_xlsx({"t": pd.DataFrame({"城市": ["呼和浩特"], "x": [1.5]})}, buf)
    >>> [c.value for c in openpyxl.load_workbook(buf)["t"][2]]
    ['呼和浩特', 1.5]
    """
    if not sheets:
        raise ValueError("to_xlsx: no sheet to write")
    with pd.ExcelWriter(target, engine="openpyxl") as writer:
        for name, df in sheets.items():
            out = df.copy()
            for col in out.columns:  # categoricals and nullable floats as plain cells
                if isinstance(out[col].dtype, pd.CategoricalDtype):
                    out[col] = out[col].astype(object).where(out[col].notna(), None)
            out.to_excel(writer, sheet_name=name, index=False)
            ws = writer.sheets[name]
            ws.freeze_panes = "A2"
            ws.auto_filter.ref = ws.dimensions
            for i, col in enumerate(out.columns, start=1):
                cells = [str(col), *("" if pd.isna(v) else str(v) for v in out[col].head(500))]
                ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = \
                    min(MAX_WIDTH, max(_width(c) for c in cells) + 2)


def sources_frame(ledger: Ledger | None = None) -> pd.DataFrame:
    """The source documents (``data/sources.csv``) as a DataFrame.

    >>> sources_frame().columns.tolist()[:3]
    ['source_id', 'file_name', 'publisher']
    """
    ledger = ledger or load_ledger()
    return pd.DataFrame([vars(s) for s in ledger.sources.values()])


def figures_workbook(target, city: str | None = None, *, ledger: Ledger | None = None) -> int:
    """The documented figures (sheet ``figures``) and the sources; returns the number of figures.

    >>> import io
    >>> figures_workbook(io.BytesIO()) == len(load_ledger().figures)
    True
    """
    ledger = ledger or load_ledger()
    df = frame(city, ledger=ledger)
    to_xlsx({"figures": df, "sources": sources_frame(ledger)}, target)
    return len(df)


def checks_workbook(target, city: str | None = None, *, verdicts=None, role: str | None = None,
                    ledger: Ledger | None = None) -> int:
    """The checks (sheet ``checks``, optionally only some verdicts or one role)
    and the sources; returns the number of checks written.

    >>> import io
    >>> checks_workbook(io.BytesIO(), "hohhot", role="identity") > 0
    True
    """
    ledger = ledger or load_ledger()
    df = checks_frame(city, ledger=ledger)
    if verdicts:
        df = df[df["verdict"].isin(list(verdicts))]
    if role:
        df = df[df["role"] == role]
    to_xlsx({"checks": df, "sources": sources_frame(ledger)}, target)
    return len(df)
