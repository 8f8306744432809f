"""Growth rates, average growth (level and cumulative methods), two-year
averages, trend growth, implied deflators and levels implied by a growth.

All rates are in percent. Every function takes :class:`~analysis.Quantity`
inputs (numbers as printed, with their rounding intervals) and returns a
Quantity whose interval is the range of results over the input box and whose
``inputs`` keep the provenance.

Formulas follow the National Bureau of Statistics conventions summarised in
``shared/reference/methods.md`` §2: 同比 ``x_t / x_{t-1} - 1``; 年均增长 by the
level method ``(X_n / X_0)^(1/n) - 1`` with the base year not counted; the
cumulative method for fixed-asset investment solving
``sum_{i=1..n} (1+g)^i = sum X_i / X_0``; 两年平均 as a geometric mean.

>>> from analysis import Quantity
>>> q = cagr(Quantity.printed("1032.9", "亿元", period="2020"),
...          Quantity.printed("1265", "亿元", period="2024"))
>>> round(q.value, 3), round(q.low, 3), round(q.high, 3)
(5.198, 5.186, 5.21)
"""

from __future__ import annotations

import math
from typing import Mapping, Sequence

from . import units as _units
from .errors import ComputationError
from .periods import Period, years_between
from .quantity import Quantity, combine

PERCENT = "%"


def _aligned(reference: Quantity, other: Quantity) -> Quantity:
    """``other`` expressed in ``reference``'s unit (raises if dimensions differ)."""
    f = _units.factor(other.unit, reference.unit)
    if f == 1.0:
        return other
    return combine(lambda x: x * f, other, unit=reference.unit, method=f"convert {other.unit}→{reference.unit}",
                   label=other.label, period=other.period)


def _years(start: Quantity, end: Quantity, years: int | None) -> int:
    if years is None:
        if not (start.period and end.period):
            raise ComputationError("give years, or quantities that carry their periods")
        return years_between(Period.parse(start.period), Period.parse(end.period))
    if start.period and end.period:
        n = years_between(Period.parse(start.period), Period.parse(end.period))
        if n != years:
            raise ComputationError(f"{years} years given, but {start.period} to {end.period} is {n}")
    if years <= 0:
        raise ComputationError(f"a span of {years} years: the span must be at least one year")
    return years


def _positive(*qs: Quantity, what: str) -> None:
    for q in qs:
        if q.low <= 0:
            raise ComputationError(
                f"{what} is undefined for a non-positive endpoint: {q.label or q} "
                f"(interval [{q.low:g}, {q.high:g}])", about=[q]
            )


def growth(previous: Quantity, current: Quantity) -> Quantity:
    """Growth of ``current`` on ``previous`` in percent (同比 when they are
    the same period one year apart; growth over the span otherwise).

    >>> growth(Quantity.printed("100", "亿元"), Quantity.printed("105.0", "亿元")).value
    5.0
    """
    current = _aligned(previous, current)
    if previous.period and current.period:
        years_between(Period.parse(previous.period), Period.parse(current.period))
    _positive(previous, what="growth")
    return combine(lambda a, b: (b - a) / a * 100, previous, current, unit=PERCENT, method="growth",
                   period=current.period)


def cagr(start: Quantity, end: Quantity, years: int | None = None) -> Quantity:
    """Average annual growth by the level method (水平法), in percent.

    ``years`` defaults to the years between the quantities' periods.
    (``analysis.cagr(series, "2020", "2024")``, :mod:`analysis.compute`,
    reads a pandas Series at two periods and calls this.)

    >>> cagr(Quantity.printed("0", "亿元"), Quantity.printed("5", "亿元"), 4)
    Traceback (most recent call last):
    ...
    analysis.errors.ComputationError: CAGR is undefined for a non-positive endpoint: 0 亿元 (interval [-0.5, 0.5])
    >>> cagr(Quantity.printed("1", "亿元", period="2024"), Quantity.printed("2", "亿元", period="2024"))
    Traceback (most recent call last):
    ...
    analysis.errors.ComputationError: a span of zero years (2024 to 2024)
    """
    end = _aligned(start, end)
    n = _years(start, end, years)
    _positive(start, end, what="CAGR")
    return combine(lambda a, b: ((b / a) ** (1 / n) - 1) * 100, start, end, unit=PERCENT,
                   method=f"cagr_level n={n}", period=end.period)


def ratio_to_cagr(ratio: Quantity, years: int) -> Quantity:
    """Average annual growth implied by a multiple (ratio end/start).

    >>> q = ratio_to_cagr(Quantity.printed("1.6", "倍"), 4)
    >>> round(q.low, 1), round(q.high, 1)
    (11.6, 13.3)
    """
    if years <= 0:
        raise ComputationError(f"a span of {years} years: the span must be at least one year")
    _positive(ratio, what="CAGR")
    return combine(lambda r: (r ** (1 / years) - 1) * 100, ratio, unit=PERCENT, method=f"ratio_to_cagr n={years}")


def _solve_cumulative(target_ratio: float, n: int) -> float:
    """Root g (fraction) of sum_{i=1..n} (1+g)^i = target_ratio, by bisection."""
    if target_ratio <= 0:
        raise ComputationError("cumulative method needs a positive sum of levels")

    def f(g: float) -> float:
        x = 1 + g
        return sum(x ** i for i in range(1, n + 1)) - target_ratio

    lo, hi = -0.999999, 10.0
    if f(lo) > 0 or f(hi) < 0:
        raise ComputationError("cumulative method: no root for these levels")
    for _ in range(200):
        mid = (lo + hi) / 2
        if f(mid) < 0:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-13:
            break
    return (lo + hi) / 2


def cagr_cumulative(base: Quantity, levels: Sequence[Quantity]) -> Quantity:
    """Average annual growth by the cumulative method (累计法), used for
    fixed-asset investment: solve ``sum (1+g)^i = sum X_i / X_0``.

    ``levels`` are the n annual levels after the base year, in order.

    >>> b = Quantity.exact(100, "亿元")
    >>> xs = [Quantity.exact(100 * 1.1 ** i, "亿元") for i in range(1, 5)]
    >>> round(cagr_cumulative(b, xs).value, 6)
    10.0
    """
    if not levels:
        raise ComputationError("cumulative method needs at least one level after the base year")
    levels = [_aligned(base, q) for q in levels]
    _positive(base, *levels, what="cumulative average growth")
    n = len(levels)
    return combine(lambda b, *xs: _solve_cumulative(sum(xs) / b, n) * 100, base, *levels,
                   unit=PERCENT, method=f"cagr_cumulative n={n}", period=levels[-1].period)


def two_year_average(first: Quantity, second: Quantity) -> Quantity:
    """Two-year average growth: the geometric mean of two annual rates (%).

    >>> round(two_year_average(Quantity.exact(2.0, "%"), Quantity.exact(8.0, "%")).value, 3)
    4.957
    """
    for q in (first, second):
        if q.unit != PERCENT:
            raise ComputationError(f"two-year average takes rates in %, got {q.unit}", about=[q])
    return combine(lambda a, b: (math.sqrt((1 + a / 100) * (1 + b / 100)) - 1) * 100, first, second,
                   unit=PERCENT, method="two_year_average")


def implied_deflator(nominal_pct: Quantity, real_pct: Quantity) -> Quantity:
    """Average price change implied by a nominal and a real rate:
    ``(1 + g_nominal) / (1 + g_real) - 1`` (methods.md §2), in percent.

    >>> round(implied_deflator(Quantity.exact(8.9, "%"), Quantity.exact(6.4, "%")).value, 2)
    2.35
    """
    return combine(lambda n, r: ((1 + n / 100) / (1 + r / 100) - 1) * 100, nominal_pct, real_pct,
                   unit=PERCENT, method="implied_deflator")


def multiple(start: Quantity, end: Quantity) -> Quantity:
    """The ratio end / start (是…的k倍).

    >>> round(multiple(Quantity.printed("147", "亿元"), Quantity.printed("226.7", "亿元")).value, 3)
    1.542
    """
    end = _aligned(start, end)
    _positive(start, what="a multiple")
    return combine(lambda a, b: b / a, start, end, unit="倍", method="multiple", period=end.period)


#: Readings of a printed multiple (methods.md §2): 是/达到…的k倍 is the ratio
#: k; 增长/增加k倍 is k + 1; 翻n番 is 2^n.
MULTIPLE_READINGS = ("ratio", "increase", "doublings")


def ratio_from_multiple(k: Quantity, reading: str = "ratio") -> Quantity:
    """The ratio end/start that a printed multiple states, under a reading.

    >>> [ratio_from_multiple(Quantity.exact(2, "倍"), r).value for r in MULTIPLE_READINGS]
    [2.0, 3.0, 4.0]
    >>> ratio_from_multiple(Quantity.exact(2, "倍"), "twice")
    Traceback (most recent call last):
    ...
    analysis.errors.ComputationError: unknown reading 'twice' of a multiple; expected one of: ratio, increase, doublings
    """
    funcs = {"ratio": lambda x: x, "increase": lambda x: x + 1, "doublings": lambda x: 2.0 ** x}
    if reading not in funcs:
        raise ComputationError(f"unknown reading {reading!r} of a multiple; expected one of: "
                               f"{', '.join(MULTIPLE_READINGS)}")
    return combine(funcs[reading], k, unit="倍", method=f"multiple_{reading}", period=k.period)


def implied_previous_level(current: Quantity, growth_pct: Quantity) -> Quantity:
    """The base level implied by a level and its growth: ``X / (1 + g)``.

    >>> round(implied_previous_level(Quantity.exact(105, "亿元"), Quantity.exact(5, "%")).value, 6)
    100.0
    """
    if growth_pct.low <= -100:
        raise ComputationError("a growth of -100 % or less implies no base level")
    return combine(lambda x, g: x / (1 + g / 100), current, growth_pct, unit=current.unit,
                   method="implied_previous_level")


def implied_level_from_change(level: Quantity, change: Quantity, *, level_is_end: bool = True) -> Quantity:
    """The other end of a documented change: ``end - change`` or ``start + change``.

    >>> implied_level_from_change(Quantity.printed("173.3", "亿元"), Quantity.printed("46.6", "亿元")).value
    126.7
    """
    change = _aligned(level, change)
    if level_is_end:
        return combine(lambda x, d: round(x - d, 10), level, change, unit=level.unit, method="level_minus_change")
    return combine(lambda x, d: round(x + d, 10), level, change, unit=level.unit, method="level_plus_change")


def implied_end_level(start: Quantity, rate_pct: Quantity, years: int) -> Quantity:
    """The end level implied by a start level and an average growth rate.

    >>> round(implied_end_level(Quantity.exact(100, "亿元"), Quantity.exact(10, "%"), 2).value, 6)
    121.0
    """
    if years <= 0:
        raise ComputationError(f"a span of {years} years: the span must be at least one year")
    return combine(lambda x, g: x * (1 + g / 100) ** years, start, rate_pct, unit=start.unit,
                   method=f"implied_end_level n={years}")


def trend_growth(levels: Mapping[int, float | Quantity], *, alpha: float = 0.05,
                 consecutive: bool = True) -> Quantity:
    """Least-squares trend growth (World Bank): fit ``ln X_t = a + b t`` and
    report ``e^b - 1`` in percent with its (1 - alpha) confidence interval,
    transformed exactly through ``e^x - 1``.

    Needs at least five points (methods.md §5): with fewer, use :func:`cagr`.
    Years must be consecutive (gaps are not filled) unless ``consecutive`` is
    False: then a missing year is simply not a point of the regression (the
    fit needs no equal spacing; the briefing says which years are missing).
    (``analysis.trend_growth`` also reads a pandas Series of full years,
    :mod:`analysis.compute`.)

    >>> q = trend_growth({2019 + i: 100 * 1.05 ** i for i in range(5)})
    >>> round(q.value, 6)
    5.0
    >>> round(trend_growth({y: 100 * 1.05 ** (y - 2015) for y in (2015, 2016, 2018, 2019, 2021)},
    ...                    consecutive=False).value, 6)
    5.0
    >>> trend_growth({2020: 1.0, 2021: 2.0, 2022: 3.0})
    Traceback (most recent call last):
    ...
    analysis.errors.ComputationError: trend growth needs at least 5 annual points, got 3: use the endpoint CAGR
    """
    return trend_line(levels, alpha=alpha, consecutive=consecutive)["growth"]


def trend_line(levels: Mapping[int, float | Quantity], *, alpha: float = 0.05,
               consecutive: bool = True) -> dict:
    """The least-squares trend of :func:`trend_growth` for a chart:
    ``{"growth": Quantity, "years": [...], "fit": [...], "low": [...],
    "high": [...]}``, the fitted level ``e^(a + b t)`` for every year from the
    first to the last and its (1 - alpha) confidence band (of the fitted
    mean, statsmodels ``get_prediction``), in the levels' unit.

    >>> t = trend_line({2019 + i: 100 * 1.05 ** i * (1.01 if i % 2 else 0.99) for i in range(5)})
    >>> t["years"], [round(v) for v in t["fit"]]
    ([2019, 2020, 2021, 2022, 2023], [100, 105, 110, 116, 121])
    >>> all(lo < f < hi for lo, f, hi in zip(t["low"], t["fit"], t["high"]))
    True
    """
    if len(levels) < 5:
        raise ComputationError(
            f"trend growth needs at least 5 annual points, got {len(levels)}: use the endpoint CAGR"
        )
    years = sorted(levels)
    if consecutive and years != list(range(years[0], years[-1] + 1)):
        raise ComputationError(f"trend growth needs consecutive years, got {years}")
    values = [float(v.value if isinstance(v, Quantity) else v) for v in (levels[y] for y in years)]
    if min(values) <= 0:
        raise ComputationError("trend growth is undefined for non-positive levels")
    import numpy as np  # heavy imports only here
    import statsmodels.api as sm

    x = sm.add_constant(np.array(years, dtype=float) - years[0])
    fit = sm.OLS(np.log(values), x).fit()
    b = float(fit.params[1])
    lo, hi = (float(v) for v in fit.conf_int(alpha)[1])
    to_pct = lambda v: math.expm1(v) * 100  # noqa: E731
    unit = next((v.unit for v in levels.values() if isinstance(v, Quantity)), "")
    growth_q = Quantity(to_pct(b), to_pct(lo), to_pct(hi), PERCENT, method=f"trend_ols n={len(years)}",
                        inputs=tuple(v for v in levels.values() if isinstance(v, Quantity)),
                        extra={"level_unit": unit, "alpha": alpha})
    grid = list(range(years[0], years[-1] + 1))
    pred = fit.get_prediction(sm.add_constant(np.array(grid, dtype=float) - years[0], has_constant="add"))
    band = pred.conf_int(alpha=alpha)
    return {"growth": growth_q, "years": grid, "fit": [float(math.exp(v)) for v in pred.predicted_mean],
            "low": [float(math.exp(v)) for v in band[:, 0]], "high": [float(math.exp(v)) for v in band[:, 1]]}
