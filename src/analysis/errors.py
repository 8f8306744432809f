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

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        head = f"{len(self.problems)} problem(s) in data/:"
        super().__init__("\n".join([head, *("  " + p for p in self.problems)]))


class ComputationError(AnalysisError, ValueError):
    """A computation is undefined for its inputs (a non-positive CAGR endpoint,
    a span of zero years, a year-to-date figure paired with a full year,
    units that do not match)."""


class UnknownNameError(AnalysisError, KeyError):
    """An unknown city, indicator or check id; the message lists what exists."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""
