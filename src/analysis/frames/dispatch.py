"""Series arguments of the computations, turned into quantities.

:mod:`analysis.compute` calls these helpers in the public forms that accept
a pandas Series (with the periods to read), then hands the
:class:`~analysis.Quantity` objects returned to the arithmetic of
:mod:`analysis.growth` and :mod:`analysis.structure`: one implementation of
the rounding-aware arithmetic, whatever the input. Standard library only: a Series can only be passed once pandas is
imported, so :func:`is_series` never imports it.

>>> is_series(3.0)
False
>>> from analysis import Quantity
>>> q = Quantity.printed("1", "亿元")
>>> pair("cagr", q, q, None) == (q, q)
True
>>> pair("cagr", q, q, "2024")
Traceback (most recent call last):
...
analysis.errors.ComputationError: cagr: a third argument '2024' is a period, for a pandas Series only: cagr(series, '2020', '2024')
"""

from __future__ import annotations

import sys

from ..errors import ComputationError


def is_series(x) -> bool:
    """Whether ``x`` is a pandas Series (without importing pandas).

    >>> import pandas as pd
    >>> is_series(pd.Series([1.0])), is_series([1.0])
    (True, False)
    """
    pd = sys.modules.get("pandas")
    return pd is not None and isinstance(x, pd.Series)


def _period(func: str, label, what: str) -> str:
    if not isinstance(label, str) or not label:
        raise ComputationError(f"{func} of a Series needs the {what} period as a label such as '2020' "
                               f"(got {label!r}): {func}(series, '2020', '2024')")
    return label


def at(func: str, x, period):
    """``x`` itself, or the quantity a Series holds at ``period``.

    >>> import analysis
    >>> at("share", analysis.series("hohhot", "gdp"), "2024").figure_ids
    ('s001-003',)
    >>> at("share", 2.0, None)
    2.0
    """
    if not is_series(x):
        return x
    from .timeseries import quantity_at

    return quantity_at(x, _period(func, period, "one"))


def pair(func: str, first, second, third):
    """Arguments of a two-quantity computation: ``(series, start, end)`` gives
    the series' quantities at ``start`` and ``end``; quantities pass through.

    >>> pair("growth", 1, 2, None)
    (1, 2)
    """
    if is_series(first):
        return (at(func, first, _period(func, second, "start")), at(func, first, _period(func, third, "end")))
    if third is not None:
        raise ComputationError(f"{func}: a third argument {third!r} is a period, for a pandas Series only: "
                               f"{func}(series, '2020', '2024')")
    return first, second


def both_at(func: str, first, second, period):
    """Arguments of a computation on two series (or quantities) at one period.

    >>> both_at("share", 1, 2, None)
    (1, 2)
    """
    if is_series(first) or is_series(second):
        return at(func, first, period), at(func, second, period)
    if period is not None:
        raise ComputationError(f"{func}: the period {period!r} is for pandas Series arguments only")
    return first, second


def annual(func: str, levels):
    """``{year: Quantity}`` from a Series of full-year periods (a Mapping
    passes through), for :func:`analysis.trend_growth`.

    >>> annual("trend_growth", {2020: 1.0})
    {2020: 1.0}
    """
    if not is_series(levels):
        return levels
    from .timeseries import annual_quantities

    return annual_quantities(levels, func)
