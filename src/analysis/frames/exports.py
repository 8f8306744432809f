"""The xlsx exports of ``analysis figures|checks --format xlsx``: the frames
of :mod:`analysis.frames.table` with the sources sheet, written by the one
workbook writer (:mod:`analysis.workbook`, through :mod:`.excel`)."""

from __future__ import annotations

from ..ledger import Ledger, load_ledger
from .excel import sources_frame, to_xlsx
from .table import checks_frame, frame


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
