"""Rounding-aware verdicts (methods.md §3–4).

A stated figure ``R`` printed with ``d`` decimals stands for ``[R - h, R + h]``
with ``h = 0.5 * 10^-d``. Against a computed quantity (point and interval):

- ``consistent``: the computed point rounds to ``R`` (``|point - R| <= h``);
- ``within_rounding``: only the rounding intervals of the inputs reconcile it
  (the computed interval meets ``[R - h, R + h]``);
- ``inconsistent``: no value inside the input intervals reproduces ``R``; the
  gap says by how much;
- ``not_comparable`` and ``insufficient_data`` are decided by the caller
  (another basis or period; a missing input).

>>> from analysis.quantity import Quantity
>>> judge(Quantity.printed("5.2", "%"), Quantity(5.196, 5.17, 5.22, "%")).verdict
'consistent'
>>> j = judge(Quantity.printed("17.2", "%"), Quantity(12.5, 11.6, 13.3, "%"))
>>> j.verdict, round(j.gap, 2)
('inconsistent', 3.85)
"""

from __future__ import annotations

from dataclasses import dataclass

from .quantity import FLOAT_SLACK, Quantity

VERDICTS = ("consistent", "within_rounding", "inconsistent", "not_comparable", "insufficient_data")

#: How a verdict reads in a sentence.
VERDICT_TEXT = {
    "consistent": ("一致", "consistent"),
    "within_rounding": ("在舍入误差范围内一致", "consistent within rounding"),
    "inconsistent": ("不一致", "inconsistent"),
    "not_comparable": ("口径不可比", "not comparable"),
    "insufficient_data": ("数据不足，无法核验", "insufficient data to check"),
}

#: 约/左右 figures are rounded loosely: allow one whole unit of the last
#: printed digit instead of half a unit.
ABOUT_WIDENING = 2.0

#: Order from best to worst, for choosing among readings.
RANK = {"consistent": 0, "within_rounding": 1, "not_comparable": 2, "inconsistent": 3, "insufficient_data": 4}


@dataclass(frozen=True)
class Judgement:
    verdict: str
    gap: float  # distance from the computed interval to the stated interval (0 unless inconsistent)


def judge(stated: Quantity, computed: Quantity) -> Judgement:
    """Compare a stated figure (with its rounding interval) with a computed one."""
    slack = FLOAT_SLACK * max(1.0, abs(stated.value), abs(computed.value))
    if abs(computed.value - stated.value) <= stated.half_width + slack:
        return Judgement("consistent", 0.0)
    if computed.high + slack >= stated.low and computed.low - slack <= stated.high:
        return Judgement("within_rounding", 0.0)
    gap = stated.low - computed.high if computed.high < stated.low else computed.low - stated.high
    return Judgement("inconsistent", gap)


def judge_lower_bound(threshold: Quantity, computed: Quantity) -> Judgement:
    """A lower bound (突破/超过/以上) against a level: the level must exceed it.

    >>> judge_lower_bound(Quantity.printed("4000", "亿元"), Quantity.printed("4107.1", "亿元")).verdict
    'consistent'
    """
    if computed.value >= threshold.value:
        return Judgement("consistent", 0.0)
    if computed.high >= threshold.value:
        return Judgement("within_rounding", 0.0)
    return Judgement("inconsistent", threshold.value - computed.high)


def judge_upper_bound(threshold: Quantity, computed: Quantity) -> Judgement:
    """An upper bound (不足/不到/以内) against a level: the level must stay below it.

    >>> judge_upper_bound(Quantity.printed("1000", "亿元"), Quantity.printed("962", "亿元")).verdict
    'consistent'
    """
    if computed.value <= threshold.value:
        return Judgement("consistent", 0.0)
    if computed.low <= threshold.value:
        return Judgement("within_rounding", 0.0)
    return Judgement("inconsistent", computed.low - threshold.value)
