"""One exception root for everything the package raises on purpose.

>>> issubclass(DataError, AnalysisError) and issubclass(ComputationError, ValueError)
True
"""

from __future__ import annotations


class AnalysisError(Exception):
    """Root of the package's own errors."""


#: Problems a message lists before it counts the rest (``analysis validate --max-problems N`` shows more).
MAX_SHOWN = 50


def shown_problems(problems: list[str], limit: int = MAX_SHOWN) -> list[str]:
    """The first ``limit`` problems (all when ``limit`` is 0), and a line
    counting the rest: 10 MB of junk makes half a million problems, and the
    first ones say what is wrong.

    >>> shown_problems(["a", "b", "c"], 2)
    ['a', 'b', '… and 1 more problem (analysis validate --max-problems 0 lists every one)']
    >>> shown_problems(["a", "b"], 2) == shown_problems(["a", "b"], 0) == ["a", "b"]
    True
    """
    if not limit or len(problems) <= limit:
        return list(problems)
    rest = len(problems) - limit
    return [*problems[:limit], f"… and {rest:,} more problem{'s' if rest > 1 else ''} "
                               f"(analysis validate --max-problems 0 lists every one)"]


class DataError(AnalysisError):
    """The documented series are invalid; carries every problem found
    (``problems``); its message lists the first :data:`MAX_SHOWN`.

    Each problem is a string naming the file, line, column and what was
    expected, so that a curator can fix the CSV without reading code.
    """

    def __init__(self, problems: list[str], where: str = "data/"):
        self.problems = list(problems)
        head = f"{len(self.problems)} problem(s) in {where}:"
        super().__init__("\n".join([head, *("  " + p for p in shown_problems(self.problems))]))


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
