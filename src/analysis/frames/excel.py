"""DataFrames as xlsx workbooks: ``frame().to_excel`` and :func:`to_xlsx` (the
workbooks of ``analysis figures|checks --format xlsx`` are :mod:`.exports`).

The frames become rows here; :mod:`analysis.workbook` writes every workbook
of the project (one formatting, and text that looks like a formula stays
text). ``frame()`` and ``checks_frame()`` return a :class:`Frame`, a
DataFrame whose ``to_excel`` writes through it.

>>> import io, openpyxl
>>> buf = io.BytesIO()
>>> from analysis.frames.exports import figures_workbook
>>> figures_workbook(buf, city="hohhot") > 0
True
>>> wb = openpyxl.load_workbook(io.BytesIO(buf.getvalue()))
>>> wb.sheetnames, wb["figures"]["A1"].value, wb["sources"]["A1"].value
(['figures', 'sources'], 'figure_id', 'source_id')
"""

from __future__ import annotations

from typing import Mapping

import pandas as pd

from ..errors import AnalysisError
from ..ledger import Ledger, load_ledger
from ..workbook import write_workbook

__all__ = ["Frame", "frame_sheet", "sources_frame", "to_xlsx"]


def frame_sheet(df: pd.DataFrame, *, index: bool = False, index_label=None, columns=None, header=True,
                na_rep: str = "") -> tuple[list[str], list[tuple]]:
    """(header, rows) of a DataFrame for :func:`analysis.workbook.write_workbook`:
    categoricals as their labels, missing values as blank cells (or ``na_rep``).

    >>> frame_sheet(pd.DataFrame({"a": pd.Categorical(["x", None]), "b": [1.5, float("nan")]}))
    (['a', 'b'], [('x', 1.5), (None, None)])
    """
    if columns is not None:
        df = df[list(columns)]
    names = [str(c) for c in df.columns]
    if header is not True and header is not False:
        names = [str(h) for h in header]
        if len(names) != df.shape[1]:
            raise AnalysisError(f"to_excel: {len(names)} header names for {df.shape[1]} columns")
    if index:
        labels = index_label if index_label is not None else df.index.names
        labels = [labels] if isinstance(labels, str) else list(labels)
        df = df.reset_index(allow_duplicates=True)
        names = ["" if n is None else str(n) for n in labels] + names
    out = df.astype(object).where(df.notna(), None if not na_rep else na_rep)
    rows = list(out.itertuples(index=False, name=None))
    if header is False:
        return [], rows
    return names, rows


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
    write_workbook({name: frame_sheet(df) for name, df in sheets.items()}, target)


#: ``DataFrame.to_excel`` arguments that :class:`Frame` honours (others must keep pandas' defaults).
_DEFAULTS = {"float_format": None, "startrow": 0, "startcol": 0, "engine": None, "merge_cells": True,
             "inf_rep": "inf", "freeze_panes": None, "storage_options": None, "engine_kwargs": None}


class Frame(pd.DataFrame):
    """A DataFrame of the ledger whose ``to_excel`` writes through
    :mod:`analysis.workbook` (text that looks like a formula stays text); it
    is a DataFrame in every other respect, and frames derived from it are too.

    >>> import io, openpyxl
    >>> buf = io.BytesIO()
    >>> Frame({"note": ["=1+1"], "x": [2]}).to_excel(buf, index=False)
    >>> [c.value for c in openpyxl.load_workbook(buf)["Sheet1"][2]]
    ['=1+1', 2]
    """

    @property
    def _constructor(self):
        return Frame

    def to_excel(self, excel_writer, sheet_name: str = "Sheet1", na_rep: str = "", columns=None, header=True,
                 index: bool = True, index_label=None, **kwargs) -> None:
        """Write one sheet as ``DataFrame.to_excel`` does (``sheet_name``,
        ``columns``, ``header``, ``index``, ``index_label``, ``na_rep``);
        several frames in one workbook: :func:`to_xlsx`."""
        odd = sorted(k for k, v in kwargs.items() if k not in _DEFAULTS or v != _DEFAULTS[k])
        if isinstance(excel_writer, pd.ExcelWriter) or odd:
            what = "an ExcelWriter" if isinstance(excel_writer, pd.ExcelWriter) else ", ".join(odd)
            raise AnalysisError(f"frame().to_excel: {what} is not supported (the project writes every workbook "
                                f"with analysis.workbook); for several sheets use analysis.frames.to_xlsx"
                                f"({{name: frame, …}}, path), or pd.DataFrame(frame).to_excel(...) for pandas' own")
        sheet = frame_sheet(self, index=index, index_label=index_label, columns=columns, header=header,
                            na_rep=na_rep)
        write_workbook({sheet_name: sheet}, excel_writer)


def sources_frame(ledger: Ledger | None = None) -> pd.DataFrame:
    """The source documents (``data/sources.csv``) as a DataFrame.

    >>> sources_frame().columns.tolist()[:3]
    ['source_id', 'file_name', 'publisher']
    """
    ledger = ledger or load_ledger()
    return Frame([vars(s) for s in ledger.sources.values()])
