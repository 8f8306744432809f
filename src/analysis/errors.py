"""One exception root for everything the package raises on purpose.

>>> issubclass(DataError, AnalysisError) and issubclass(ComputationError, ValueError)
True
"""

from __future__ import annotations


class AnalysisError(Exception):
    """Root of the package's own errors."""


class DataError(AnalysisError):
    """The documented series are invalid; carries every problem found.

    Each problem is a string naming the file, line, column and what was
    expected, so that a curator can fix the CSV without reading code.
    """

    def __init__(self, problems: list[str], where: str = "data/"):
        self.problems = list(problems)
        head = f"{len(self.problems)} problem(s) in {where}:"
        super().__init__("\n".join([head, *("  " + p for p in self.problems)]))


class ComputationError(AnalysisError, ValueError):
    """A computation is undefined for its inputs (a non-positive CAGR endpoint,
    a span of zero years, a year-to-date figure paired with a full year,
    units that do not match).

    ``about`` names the quantities at fault: the message then names the
    documented figures they rest on, so that a curator can find the row.

    >>> from analysis.quantity import Quantity
    >>> str(ComputationError("share is undefined", about=[Quantity.printed("-1", "亿元", figure_ids=["s004-012"])]))
    'share is undefined (from figure s004-012; `analysis figures` shows its file, line and excerpt)'
    """

    def __init__(self, message: str = "", *, about=()):
        ids = list(dict.fromkeys(i for q in about for i in q.all_figure_ids()))
        if ids:
            message += (f" (from figure{'s' if len(ids) > 1 else ''} {', '.join(ids)}; `analysis figures` shows "
                        f"{'their' if len(ids) > 1 else 'its'} file, line and excerpt)")
        super().__init__(message)


class UnknownNameError(AnalysisError, KeyError):
    """An unknown city, indicator or check id; the message lists what exists."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""
