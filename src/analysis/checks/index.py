"""Lookups of documented figures by what they state, built once per ledger.

Every lookup is a dictionary access: the checks pair figures through these
keys (city, indicator, measure, qualifier, period) and never scan the ledger
per figure, so checking one city costs only that city's figures (issue 11).
The index is cached on the ledger object (:func:`index_for`).

>>> from analysis.ledger import load_ledger
>>> ledger = load_ledger()
>>> index_for(ledger) is index_for(ledger)
True
>>> ix = index_for(ledger)
>>> ix.best(ix.find("hohhot", "retail_sales", "level", "2020")).value
'1032.9'
"""

from __future__ import annotations

import math
from decimal import Decimal
from collections import defaultdict

from ..growth import implied_level_from_change
from ..ledger import Figure, Ledger
from ..numbers import normalize_printed
from ..quantity import Quantity
from ..vintages import official_first

#: Attribute of the ledger object that holds its index.
_CACHE_ATTR = "_checks_index"


def _fmt(x: float, decimals: int) -> str:
    return f"{x:.{max(0, min(decimals, 6))}f}"


class Index:
    """Figures of a ledger grouped by the keys the checks pair them on."""

    def __init__(self, ledger: Ledger):
        self.ledger = ledger
        self.by_key: dict[tuple, list[Figure]] = defaultdict(list)
        self.by_city: dict[str, list[Figure]] = defaultdict(list)
        self.changes: dict[tuple, list[Figure]] = defaultdict(list)  # (city, indicator) -> exact changes
        self.order = {}
        for i, f in enumerate(ledger.figures):
            self.order[f.figure_id] = i
            self.by_key[(f.city, f.indicator, f.measure, f.qualifier, f.period)].append(f)
            self.by_city[f.city].append(f)
            if f.measure == "change" and f.qualifier == "exact":
                self.changes[(f.city, f.indicator)].append(f)
        self.children: dict[str, list[str]] = defaultdict(list)  # parent indicator -> part indicators
        for ind in ledger.indicators.values():
            if ind.parent:
                self.children[ind.parent].append(ind.code)
        self._q: dict[str, Quantity] = {}
        self._dec: dict[str, int] = {}

    def cities(self) -> list[str]:
        """Cities with figures, in catalogue order."""
        return [c for c in self.ledger.cities if c in self.by_city]

    def find(self, city, indicator, measure, period, *, qualifier="exact", base_period=None,
             denominator=None, denominator_city=None) -> list[Figure]:
        out = []
        for f in self.by_key.get((city, indicator, measure, qualifier, period), ()):
            if base_period is not None and f.base_period != base_period:
                continue
            if denominator is not None and f.denominator != denominator:
                continue
            if denominator_city is not None and f.denominator_city != denominator_city:
                continue
            out.append(f)
        return out

    def best(self, figs: list[Figure]) -> Figure | None:
        """The most precise of several printings (the finest last printed digit,
        in one unit: 312.14 billion yuan is as precise as 3177.8 亿元, not more;
        first on a tie)."""
        if not figs:
            return None
        if len(figs) == 1:
            return figs[0]
        return max(figs, key=self.precision)

    def _in_unit(self, f: Figure, unit: str) -> str:
        """A printed value restated in another unit of its dimension (312.14 billion yuan: '3121.4' 亿元)."""
        units = self.ledger.units
        v = Decimal(f.normalized) * Decimal(str(units[f.unit]["factor"])) / Decimal(str(units[unit]["factor"]))
        return format(v.normalize(), "f")

    def precision(self, f: Figure) -> float:
        """Decimals of a printing counted in the dimension's base unit (higher: more precise)."""
        factor = float(self.ledger.units.get(f.unit, {}).get("factor") or 1.0)
        return round(self.decimals(f) - math.log10(factor), 6)

    def decimals(self, f: Figure) -> int:
        """Printed decimals of a figure (cached)."""
        d = self._dec.get(f.figure_id)
        if d is None:
            d = self._dec[f.figure_id] = f.decimals
        return d

    # -- quantities ------------------------------------------------------------
    @staticmethod
    def counted(f: Figure) -> bool:
        """Whether ``f`` is a whole count printed in units of one (methods.md §8)."""
        return f.counted

    def q(self, f: Figure) -> Quantity:
        """The figure as a quantity (cached): exact for counts and for words of
        doubling (翻倍 = 2), otherwise with the interval its printed precision implies."""
        got = self._q.get(f.figure_id)
        if got is None:
            got = self._q[f.figure_id] = f.quantity()
        return got

    def level(self, city: str, indicator: str, period: str, *, exclude: str | None = None,
              allow_derived: bool = True) -> tuple[Quantity | None, list[tuple[str, str]]]:
        """A level, documented or derived from a documented change; with notes."""
        figs = [f for f in self.find(city, indicator, "level", period) if f.figure_id != exclude]
        figs, dropped = official_first(figs, self.ledger)  # as in a series (frames.timeseries.choose_vintage)
        best = self.best(figs)
        if best is not None:
            notes = []
            others = [f for f in figs if f is not best and f.value != best.value]
            lesser = [o for o in others if self.precision(o) < self.precision(best)]
            if lesser:  # in the reader's unit, every digit kept, where the printings differ in unit
                mixed = any(o.unit != best.unit for o in lesser)
                zh = "、".join(_exact(o, "zh") if mixed else o.value for o in lesser)
                en = ", ".join(_exact(o, "en") if mixed else o.value for o in lesser)
                notes.append((f"采用更精确的{_exact(best, 'zh') if mixed else best.value}（另处印为{zh}）",
                               f"{_exact(best, 'en') if mixed else best.value} used (more precise than {en})."))
            same = [o for o in others if self.precision(o) >= self.precision(best)
                    and Decimal(self._in_unit(o, best.unit)) != Decimal(best.normalized)]
            if same:  # as precise and different: another release or a misprint, not rounding
                zh = "、".join(f"{self._in_unit(o, best.unit)}{best.unit}" for o in same)
                en = ", ".join(f"{o.value} {self.ledger.units[o.unit]['name_en']}" for o in same)
                notes.append((f"采用{best.value}（另处印为同等精度的{zh}）",
                               f"{best.value} used (also printed, as precisely, as {en})."))
            if dropped:
                zh = "、".join(f"{o.value}（{o.figure_id}）" for o in dropped)
                en = ", ".join(f"{o.value} ({o.figure_id})" for o in dropped)
                notes.append((f"非官方网页所载{zh}未采用：有官方印本", f"{en} of a non-official page not used: an "
                                                                    f"official printing exists."))
            return self.q(best), notes
        if not allow_derived:
            return None, []
        # derive from a change: level(end) - change, or level(base) + change
        for f in self.changes.get((city, indicator), ()):
            if f.figure_id == exclude:
                continue
            if f.base_period == period:
                other, level_is_end, sign = f.period, True, "−"
            elif f.period == period and f.base_period:
                other, level_is_end, sign = f.base_period, False, "+"
            else:
                continue
            known, _ = self.level(city, indicator, other, exclude=f.figure_id, allow_derived=False)
            if known is None:
                continue
            q = implied_level_from_change(known, self.q(f), level_is_end=level_is_end)
            q = Quantity(q.value, q.low, q.high, q.unit, label=f"{indicator} {period}", method=q.method,
                         inputs=q.inputs, period=period)
            v = _fmt(q.value, 2)
            return q, [(f"{period}年数值为推算：{known.text}{sign}{f.value}={v}",
                        f"{period} level derived: {known.text} {sign} {f.value} = {v}.")]
        return None, []


def index_for(ledger: Ledger) -> Index:
    """The ledger's index, built on first use and kept on the ledger object."""
    ix = ledger.__dict__.get(_CACHE_ATTR)
    if ix is None or ix.ledger is not ledger:
        ix = Index(ledger)
        ledger.__dict__[_CACHE_ATTR] = ix
    return ix


def _exact(f: Figure, lang: str) -> str:
    """A figure's printed value in the reader's unit with every digit kept (a
    note comparing precisions must not round them away).

    >>> from analysis.ledger import Figure
    >>> f = Figure.__new__(Figure); object.__setattr__(f, "value", "472.5"); object.__setattr__(f, "unit", "亿元")
    >>> _exact(f, "en"), _exact(f, "zh")
    ('CNY 47.25 bn', '472.5亿元')
    """
    from ..display_units import reader_unit

    ru = reader_unit(f.unit, lang)
    value = Decimal(normalize_printed(f.value)) * Decimal(repr(ru.factor))
    return ru.template.format(format(value.normalize(), "f"))
