"""The computations as the public API offers them: on quantities, or on the
pandas Series of :func:`analysis.series` read at the periods given.

The arithmetic (:mod:`analysis.growth`, :mod:`analysis.structure`) takes
:class:`~analysis.Quantity` objects only and knows nothing of pandas. These
forms read a Series into quantities first (interval and figure ids kept,
:mod:`analysis.frames.dispatch`) and then call it: one rounding-aware
implementation, whatever the input. Standard library only: pandas is never
imported here (a Series can only be passed once it is).

>>> from analysis import Quantity
>>> a, b = Quantity.printed("1032.9", "亿元", period="2020"), Quantity.printed("1265", "亿元", period="2024")
>>> cagr(a, b) == _growth.cagr(a, b)
True
>>> s = __import__("analysis").series("hohhot", "retail_sales")
>>> str(cagr(s, "2020", "2024"))
'5.198 %'
"""

from __future__ import annotations

from . import growth as _growth
from . import structure as _structure
from .frames import dispatch as _series
from .quantity import Quantity

__all__ = ["cagr", "change", "growth", "multiple", "pp_change", "share", "trend_growth"]


def growth(previous, current, end_period: str | None = None) -> Quantity:
    """:func:`analysis.growth.growth`; ``growth(series, "2023", "2024")`` reads a Series at two periods."""
    return _growth.growth(*_series.pair("growth", previous, current, end_period))


def cagr(start, end, years=None) -> Quantity:
    """:func:`analysis.growth.cagr`; ``cagr(series, "2020", "2024")`` reads a Series at two periods."""
    if _series.is_series(start):
        return _growth.cagr(*_series.pair("cagr", start, end, years))
    return _growth.cagr(start, end, years)


def multiple(start, end, end_period: str | None = None) -> Quantity:
    """:func:`analysis.growth.multiple`; ``multiple(series, "2020", "2024")`` reads a Series."""
    return _growth.multiple(*_series.pair("multiple", start, end, end_period))


def trend_growth(levels, *, alpha: float = 0.05, consecutive: bool = True) -> Quantity:
    """:func:`analysis.growth.trend_growth`; a Series of full years is read as ``{year: Quantity}``."""
    return _growth.trend_growth(_series.annual("trend_growth", levels), alpha=alpha, consecutive=consecutive)


def share(part, whole, period: str | None = None) -> Quantity:
    """:func:`analysis.structure.share`; ``share(part_series, whole_series, "2024")`` reads
    Series (or one Series and a quantity) at a period."""
    return _structure.share(*_series.both_at("share", part, whole, period))


def pp_change(earlier_pct, later_pct, end_period: str | None = None) -> Quantity:
    """:func:`analysis.structure.pp_change`; ``pp_change(series, "2020", "2024")`` reads a Series."""
    return _structure.pp_change(*_series.pair("pp_change", earlier_pct, later_pct, end_period))


def change(earlier, later, end_period: str | None = None) -> Quantity:
    """:func:`analysis.structure.change`; ``change(series, "2020", "2024")`` reads a Series."""
    return _structure.change(*_series.pair("change", earlier, later, end_period))
