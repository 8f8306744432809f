"""Shares, percentage-point changes, contributions, pulls, per-capita values
and totals implied by a share.

Definitions (methods.md §2): 比重 ``V_i / V`` at current prices; 百分点 the
difference of two percentages, never a ratio; 贡献率 ``ΔV_i / ΔV`` (the parts
sum to 100); 拉动 ``ΔV_i / V_{t-1}`` in points (the pulls sum to total
growth).

>>> from analysis import Quantity
>>> s = share(Quantity.printed("1023.3", "亿元"), Quantity.printed("4107.1", "亿元"))
>>> round(s.value, 2), s.unit
(24.92, '%')
"""

from __future__ import annotations

from typing import Sequence

from . import units as _units
from .errors import ComputationError
from .growth import _aligned
from .quantity import Quantity, combine

PERCENT = "%"
POINTS = "个百分点"


def share(part: Quantity, whole: Quantity) -> Quantity:
    """Share of ``part`` in ``whole``, in percent.

    >>> share(Quantity.exact(1, "亿元"), Quantity.exact(0, "亿元"))
    Traceback (most recent call last):
    ...
    analysis.errors.ComputationError: share is undefined: the whole 0 亿元 can be zero or negative
    """
    part = _aligned(whole, part)
    if whole.low <= 0:
        raise ComputationError(f"share is undefined: the whole {whole} can be zero or negative", about=[whole])
    return combine(lambda p, w: p / w * 100, part, whole, unit=PERCENT, method="share", period=whole.period)


def pp_change(earlier_pct: Quantity, later_pct: Quantity) -> Quantity:
    """Percentage-point change between two percentages (a difference).

    >>> pp_change(Quantity.printed("21.9", "%"), Quantity.printed("22.4", "%")).value
    0.5
    """
    for q in (earlier_pct, later_pct):
        if q.unit != PERCENT:
            raise ComputationError(f"percentage-point change takes percentages, got {q.unit} ({q.label or q})",
                                   about=[q])
    return combine(lambda a, b: round(b - a, 10), earlier_pct, later_pct, unit=POINTS, method="pp_change",
                   period=later_pct.period)


def change(earlier: Quantity, later: Quantity) -> Quantity:
    """Change in level, in the earlier figure's unit.

    >>> change(Quantity.printed("632.1", "亿元"), Quantity.printed("1023.3", "亿元")).value
    391.2
    """
    later = _aligned(earlier, later)
    return combine(lambda a, b: round(b - a, 10), earlier, later, unit=earlier.unit, method="change",
                   period=later.period)


def contribution(part_change: Quantity, total_change: Quantity) -> Quantity:
    """Contribution rate (贡献率) of a component: ``ΔV_i / ΔV`` in percent.

    >>> contribution(Quantity.exact(30, "亿元"), Quantity.exact(40, "亿元")).value
    75.0
    """
    part_change = _aligned(total_change, part_change)
    if total_change.low <= 0 <= total_change.high:
        raise ComputationError("contribution rate is undefined when the total's change can be zero")
    return combine(lambda d, t: d / t * 100, part_change, total_change, unit=PERCENT, method="contribution")


def pull(part_change: Quantity, total_previous: Quantity) -> Quantity:
    """Pull (拉动) of a component on total growth, in percentage points:
    ``ΔV_i / V_{t-1}``.

    >>> pull(Quantity.exact(9, "亿元"), Quantity.exact(100, "亿元")).value
    9.0
    """
    part_change = _aligned(total_previous, part_change)
    if total_previous.low <= 0:
        raise ComputationError("pull is undefined for a non-positive previous total")
    return combine(lambda d, v: d / v * 100, part_change, total_previous, unit=POINTS, method="pull")


def per_capita(total: Quantity, population: Quantity, unit: str) -> Quantity:
    """A total divided by a population, expressed in ``unit`` per person.

    >>> round(per_capita(Quantity.printed("4107.1", "亿元"), Quantity.printed("363.9", "万人"), "万元").value, 2)
    11.29
    """
    f_total = _units.factor(total.unit, "元") if _units.dimension(total.unit) == "currency_cny" else None
    if f_total is None:
        raise ComputationError(f"per capita takes a total in yuan units, got {total.unit}", about=[total])
    f_pop = _units.factor(population.unit, "人")
    f_out = _units.factor("元", unit)
    if population.low <= 0:
        raise ComputationError("per capita is undefined for a non-positive population", about=[population])
    return combine(lambda t, p: t * f_total / (p * f_pop) * f_out, total, population, unit=unit,
                   method="per_capita", period=total.period)


def implied_total_from_share(part: Quantity, share_pct: Quantity) -> Quantity:
    """The whole implied by a part and its share: ``part / share``.

    >>> implied_total_from_share(Quantity.exact(25, "亿元"), Quantity.exact(25, "%")).value
    100.0
    """
    if share_pct.low <= 0:
        raise ComputationError("a share of zero or less implies no total")
    return combine(lambda p, s: p / (s / 100), part, share_pct, unit=part.unit, method="implied_total_from_share")


def total(parts: Sequence[Quantity]) -> Quantity:
    """Sum of parts in the first part's unit (their intervals add up).

    >>> total([Quantity.printed("173.3", "亿元"), Quantity.printed("1284.3", "亿元"),
    ...        Quantity.printed("2649.5", "亿元")]).value
    4107.1
    """
    if not parts:
        raise ComputationError("a sum needs at least one part")
    first = parts[0]
    aligned = [first, *(_aligned(first, p) for p in parts[1:])]
    return combine(lambda *xs: round(sum(xs), 10), *aligned, unit=first.unit, method="sum")
