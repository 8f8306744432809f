"""Numbers as printed, with the interval their printed precision implies.

A value printed with ``d`` decimals stands for a true value in
``[V - h, V + h]`` with ``h = 0.5 * 10**-d`` (methods.md §3, the statcheck
idea). The interval is closed because the tie-breaking rule of the publisher
is unknown.

A :class:`Quantity` carries its point value, that interval, its unit and its
provenance (the ids of the documented figures it comes from). Arithmetic in
:mod:`analysis.growth` and :mod:`analysis.structure` returns new quantities
whose ``inputs`` and ``figure_ids`` travel with them, so a derived number can
always be traced back to the documents (the OWID ETL lesson in style.md).

>>> q = Quantity.printed("1032.9", "亿元")
>>> q.value, q.low, q.high, q.decimals
(1032.9, 1032.85, 1032.95, 1)
>>> Quantity.printed("1033", "亿元").half_width
0.5
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Callable, Iterable

from .errors import ComputationError

#: Relative slack for floating-point noise when comparing interval ends.
#: Far below any printed precision in the documents (at most 2 decimals on
#: values up to 10^4), so it never changes a verdict on its own.
FLOAT_SLACK = 1e-9


#: Plain decimal text (sign, whole part, decimals), the form of nearly every
#: printed value once normalised: read without :class:`~decimal.Decimal`.
_PLAIN_DECIMAL = re.compile(r"(-?[0-9]+)(?:\.([0-9]+))?")


def decimals_of(text: str) -> int:
    """Number of decimals printed in ``text``.

    >>> decimals_of("4107.08"), decimals_of("1265"), decimals_of("-8.5"), decimals_of("1.5e3")
    (2, 0, 1, 0)
    """
    m = _PLAIN_DECIMAL.fullmatch(text)
    if m is not None:
        return len(m.group(2) or "")
    try:
        exponent = Decimal(text).as_tuple().exponent
    except InvalidOperation as exc:
        raise ComputationError(f"not a number as printed: {text!r}") from exc
    if not isinstance(exponent, int):
        raise ComputationError(f"not a finite number: {text!r}")
    return max(0, -exponent)


#: Half a unit of the last printed digit, as a Decimal, by printed decimals (0.5, 0.05, …).
_HALF_UNITS = {d: Decimal(5).scaleb(-d - 1) for d in range(8)}


def half_width_of(text: str) -> float:
    """Half the last printed digit: the rounding half-width of ``text``.

    >>> half_width_of("5.2"), half_width_of("1033")
    (0.05, 0.5)
    """
    return 0.5 * 10.0 ** -decimals_of(text)


@dataclass(frozen=True)
class Quantity:
    """A value with its rounding interval, unit and provenance.

    ``text`` is the figure as printed when the quantity is documented, and
    ``None`` when it is derived; ``method`` names the computation for derived
    quantities and ``inputs`` holds what it was computed from.
    """

    value: float
    low: float
    high: float
    unit: str
    text: str | None = None
    label: str = ""
    method: str | None = None
    inputs: tuple["Quantity", ...] = ()
    figure_ids: tuple[str, ...] = ()
    period: str | None = None
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        v, lo, hi = self.value, self.low, self.high
        if type(v) is not float or type(lo) is not float or type(hi) is not float \
                or v != v or lo != lo or hi != hi:  # the common case in one test; NaN != NaN
            for name in ("value", "low", "high"):
                x = getattr(self, name)
                if not isinstance(x, (int, float)) or math.isnan(x):
                    raise ComputationError(f"{self.label or 'quantity'}: {name} is not a number ({x!r})")
        slack = FLOAT_SLACK * max(1.0, abs(v))
        if not lo - slack <= v <= hi + slack:
            raise ComputationError(
                f"{self.label or 'quantity'}: value {self.value} outside its interval "
                f"[{self.low}, {self.high}]"
            )

    def _slack(self) -> float:
        return FLOAT_SLACK * max(1.0, abs(self.value))

    # -- constructors -------------------------------------------------
    @classmethod
    def printed(
        cls,
        text: str,
        unit: str,
        *,
        label: str = "",
        figure_ids: Iterable[str] = (),
        period: str | None = None,
        half_width: float | None = None,
    ) -> "Quantity":
        """A documented figure: the interval comes from its printed decimals.

        ``half_width`` overrides the precision (used to widen it on purpose).

        >>> Quantity.printed("5.2", "%").low
        5.15
        """
        m = _PLAIN_DECIMAL.fullmatch(text)
        if m is not None:  # plain decimal text (nearly every figure): no Decimal needed
            value = float(text)
            if half_width is None:
                # the ends are the exact decimals V ∓ half a unit of the last printed digit, as text;
                # float() of decimal text rounds correctly, as float(Decimal) does: the same floats
                tenths = int(m.group(1) + (m.group(2) or "")) * 10  # V in tenths of the last digit
                e = len(m.group(2) or "") + 1
                return cls(value, float(f"{tenths - 5}e-{e}"), float(f"{tenths + 5}e-{e}"), unit, text=text,
                           label=label, figure_ids=tuple(figure_ids), period=period)
        else:
            d = decimals_of(text)  # raises ComputationError for text that is not a finite number
            exact = Decimal(text)
            value = float(exact)
            if half_width is None:  # decimal ends, so 1032.9 stands for [1032.85, 1032.95] exactly as printed
                dh = _HALF_UNITS.get(d) or Decimal(5).scaleb(-d - 1)
                return cls(value, float(exact - dh), float(exact + dh), unit, text=text, label=label,
                           figure_ids=tuple(figure_ids), period=period)
        h = float(half_width)
        if h < 0:
            raise ComputationError(f"{label or text}: negative half-width {h}")
        low, high = value - h, value + h
        return cls(value, low, high, unit, text=text, label=label,
                   figure_ids=tuple(figure_ids), period=period)

    @classmethod
    def exact(cls, value: float, unit: str, *, label: str = "", period: str | None = None) -> "Quantity":
        """A value known exactly (zero-width interval).

        >>> Quantity.exact(4, "年").half_width
        0.0
        """
        return cls(float(value), float(value), float(value), unit, label=label, period=period)

    # -- properties ---------------------------------------------------
    @property
    def half_width(self) -> float:
        return (self.high - self.low) / 2

    @property
    def decimals(self) -> int | None:
        """Printed decimals of a documented figure; ``None`` when derived."""
        return None if self.text is None else decimals_of(self.text)

    @property
    def derived(self) -> bool:
        return self.method is not None

    def all_figure_ids(self) -> tuple[str, ...]:
        """Ids of every documented figure this quantity rests on, in order.

        >>> a = Quantity.printed("1", "亿元", figure_ids=["s000-001"])
        >>> b = Quantity.printed("2", "亿元", figure_ids=["s000-002"])
        >>> combine(lambda x, y: x + y, a, b, unit="亿元", method="sum").all_figure_ids()
        ('s000-001', 's000-002')
        """
        seen: dict[str, None] = dict.fromkeys(self.figure_ids)
        for q in self.inputs:
            seen.update(dict.fromkeys(q.all_figure_ids()))
        return tuple(seen)

    def contains(self, x: float) -> bool:
        """Whether ``x`` lies in the closed interval (with float slack)."""
        s = self._slack()
        return self.low - s <= x <= self.high + s

    def widened(self, half_width: float) -> "Quantity":
        """The same point with a wider (never narrower) interval.

        >>> Quantity.printed("5.2", "%").widened(0.5).low
        4.7
        """
        h = max(half_width, self.half_width)
        return replace(self, low=min(self.low, self.value - h), high=max(self.high, self.value + h))

    def __str__(self) -> str:
        if self.text is not None:
            return f"{self.text} {self.unit}".strip()
        return f"{self.value:.4g} {self.unit}".strip()


def combine(
    func: Callable[..., float],
    *quantities: Quantity,
    unit: str,
    method: str,
    label: str = "",
    period: str | None = None,
) -> Quantity:
    """Apply ``func`` to the points and to every corner of the input box.

    Valid for functions monotone in each argument over the box (growth rates,
    CAGRs, ratios, differences, sums): the extremes then lie at corners
    (methods.md §3). ``func`` may raise :class:`ComputationError` for
    undefined inputs; that error is propagated.

    >>> a, b = Quantity.printed("1033", "亿元"), Quantity.printed("1265", "亿元")
    >>> q = combine(lambda x, y: (y / x) ** 0.25 * 100 - 100, a, b, unit="%", method="cagr")
    >>> round(q.value, 3), round(q.low, 2), round(q.high, 2)
    (5.196, 5.17, 5.22)
    """
    point = func(*(q.value for q in quantities))
    corners = [func(*c) for c in itertools.product(*((q.low, q.high) for q in quantities))]
    for x in [point, *corners]:
        if isinstance(x, complex) or math.isnan(x) or math.isinf(x):
            raise ComputationError(f"{method}: undefined for inputs {', '.join(map(str, quantities))}")
    return Quantity(point, min(corners + [point]), max(corners + [point]), unit,
                    label=label, method=method, inputs=tuple(quantities), period=period)
