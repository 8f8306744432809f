"""Verified, cited briefings from official statistics of Inner Mongolia's cities.

The public API is small: load the documented series, compute with numbers as
printed (their rounding intervals travel along), and check every stated
figure.

>>> from analysis import load_ledger, run_checks, summarize
>>> ledger = load_ledger()
>>> import csv
>>> with open(ledger.directory / "cities.csv", encoding="utf-8") as fh:
...     catalogue = [r["slug"] for r in csv.DictReader(fh) if r["name_zh"] != r["province_zh"]]
>>> ledger.city_slugs() == catalogue   # every city of cities.csv has figures
True
"""

from .checks import Check, find_check, run_checks, summarize, write_checks_csv
from .errors import AnalysisError, ComputationError, DataError, UnknownNameError
from .compute import cagr, change, growth, multiple, pp_change, share, trend_growth
from .growth import (cagr_cumulative, implied_deflator, implied_end_level, implied_level_from_change,
                     implied_previous_level, ratio_from_multiple, ratio_to_cagr, two_year_average)
from .ledger import Figure, Ledger, load_ledger, validate
from .periods import Period, years_between
from .quantity import Quantity
from .structure import contribution, implied_total_from_share, per_capita, pull, total
from .verdicts import VERDICTS, judge

__all__ = [
    "AnalysisError", "Check", "ComputationError", "DataError", "Figure", "Ledger", "Period", "Quantity",
    "UnknownNameError", "VERDICTS", "cagr", "cagr_cumulative", "change", "contribution", "find_check", "growth",
    "implied_deflator", "implied_end_level", "implied_level_from_change", "implied_previous_level",
    "implied_total_from_share", "judge", "load_ledger", "multiple", "per_capita", "pp_change", "pull",
    "ratio_from_multiple", "ratio_to_cagr", "run_checks", "share", "summarize", "total", "trend_growth", "two_year_average",
    "validate", "write_checks_csv", "years_between",
]
from ._version import __version__  # noqa: E402

#: pandas views of the ledger (analysis.frames), loaded on first access so that
#: ``import analysis`` and ``analysis checks`` never import pandas (PEP 562).
_FRAMES = ("frame", "checks_frame", "series")


def __getattr__(name: str):
    if name in _FRAMES:
        from . import frames

        return getattr(frames, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_FRAMES])
