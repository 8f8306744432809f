"""The briefing's state and its look-ups: figures of a city, levels (documented
or derived from a documented change), and numbers in the reader's units.

Everything here reads the ledger and the public API of :mod:`analysis.checks`
(``run_checks`` and the fields of ``Check``) only.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from .. import display_units as du
from ..checks import Check, run_checks
from ..errors import AnalysisError, ComputationError
from ..growth import implied_level_from_change
from ..ledger import City, Figure, Ledger, load_ledger, parse_period
from ..periods import Period
from ..quantity import Quantity, decimals_of
from .labels import LANGS, QUALIFIER_WORDS, label, word

#: Indicators of the headline table, in this order (also the importance order
#: of the key findings, see :mod:`analysis.briefing.story`).
HEADLINE_INDICATORS = (
    "gdp", "gdp_per_capita", "va_primary", "va_secondary", "va_tertiary", "va_industry",
    "va_industry_above_scale", "fai", "retail_sales", "trade_total", "public_budget_revenue",
    "disposable_income_per_capita", "population", "power_capacity", "new_energy_capacity",
)

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

#: A period is *assumed* when the figure's notes say its year or period is not
#: printed, or that a year was assumed (curation rule, docs/curation.md).
_ASSUMED = re.compile(r"\b(years?|period|date)\b[^;.]*\bnot printed|\b\d{4}\b[^;.]*\bassumed", re.I)


def is_assumed(f: Figure) -> bool:
    """Whether the figure's period is an assumption of the curator (its notes say so).

    >>> from dataclasses import replace
    >>> f = Figure("x-1", "c", "gdp", "level", "exact", "2020", "", "1", "亿元", "current", "", "", "x", 1, "1",
    ...            notes="years not printed; 2020 assumed")
    >>> is_assumed(f), is_assumed(replace(f, notes="Price basis assumed comparable"))
    (True, False)
    """
    return bool(_ASSUMED.search(f.notes or ""))


def period_key(label_: str) -> tuple:
    """Sort key of a period label: by year, then by the last month covered."""
    p = parse_period(label_)
    return (p.year, p.months[1], label_)


def period_kind(label_: str) -> str:
    """The kind of a period label (``year``, ``months``, ``span``, ``date``;
    labels parsed once, :func:`analysis.ledger.parse_period`).

    >>> period_kind("2024"), period_kind("2024H1")
    ('year', 'months')
    """
    return parse_period(label_).kind


def memoized(method):
    """A method without arguments computed once per briefing (its rows are
    read by the table, the chart, its title and its caption).

    A briefing is built for one ledger and never sees it change, so the
    cached rows cannot go stale; the cache lives on the instance.
    """
    name = method.__name__

    @functools.wraps(method)
    def wrapper(self):
        cache = self.__dict__.setdefault("_memo", {})
        if name not in cache:
            cache[name] = method(self)
        return cache[name]

    return wrapper


@dataclass
class BriefingBase:
    """Everything a briefing shows for one city in one language."""

    ledger: Ledger
    city: City
    lang: str
    checks: list[Check] = field(default_factory=list)

    @classmethod
    def for_city(cls, city: str, lang: str = "zh", ledger: Ledger | None = None):
        if lang not in LANGS:
            raise AnalysisError(f"unknown language {lang!r}; expected one of: {', '.join(LANGS)}")
        ledger = ledger or load_ledger()
        c = ledger.city(city)
        return cls(ledger, c, lang, run_checks(ledger, city=city))

    # -- words -------------------------------------------------------------
    @property
    def zh(self) -> bool:
        return self.lang == "zh"

    def t(self, zh: str, en: str) -> str:
        """The text in the briefing's language."""
        return zh if self.zh else en

    def name(self, code: str) -> str:
        ind = self.ledger.indicators.get(code)
        if ind is None:
            return code
        return ind.name(self.lang) if self.zh else du.english_phrases(ind.name(self.lang))

    def period(self, label_: str, *, assumed: bool = False) -> str:
        """A period for the reader: "as of 8 Dec 2025" for a date, "2020
        (assumed)" when the year is not printed."""
        if not label_:
            return ""
        p = Period.parse(label_)
        if p.kind == "date":
            y, mo, d = label_.split("-")
            text = self.t(f"截至{y}年{int(mo)}月{int(d)}日", f"as of {int(d)} {_MONTHS[int(mo) - 1]} {y}")
        elif p.kind == "months" and p.months[0] == p.months[1] and not self.zh:
            text = f"{_MONTHS[p.months[0] - 1]} {p.year}"  # one month: "Feb 2026", not "2026-02"
        else:
            text = p.display(self.lang)
        if assumed:
            text += self.t("（推定）", " (assumed)")
        return text

    def span_text(self, start: str, end: str, *, assumed: bool = False) -> str:
        """Two periods of a comparison for the reader: a span of years
        "2020–2024"; two spans "2016–2020 and 2021–2024"; year-to-date
        periods "Jan–Oct 2025 vs Jan–Oct 2024".

        >>> b = BriefingBase.for_city("hohhot", "en")
        >>> b.span_text("2020", "2024"), b.span_text("2016-2020", "2021-2024")
        ('2020–2024', '2016–2020 and 2021–2024')
        >>> b.span_text("2024M01-M10", "2025M01-M10")
        'Jan–Oct 2025 vs Jan–Oct 2024'
        """
        a, b = Period.parse(start), Period.parse(end)
        end_text = self.period(end, assumed=assumed)
        if a.kind == b.kind == "year":
            return self.t(f"{a.year}—{end_text}", f"{a.year}–{end_text}")
        if a.kind == b.kind == "span":
            return self.t(f"{self.period(start)}与{end_text}", f"{self.period(start)} and {end_text}")
        return self.t(f"{end_text}比{self.period(start)}", f"{end_text} vs {self.period(start)}")

    def fig_period(self, f: Figure) -> str:
        """The period of a figure, with its base period, marked when assumed."""
        a = is_assumed(f)
        if f.base_period:
            return self.span_text(f.base_period, f.period, assumed=a)
        return self.period(f.period, assumed=a)

    # -- figures -----------------------------------------------------------
    @cached_property
    def figures(self) -> list[Figure]:
        return self.ledger.figures_for(self.city.slug)

    @cached_property
    def _by_key(self) -> dict[tuple, list[Figure]]:
        ix: dict[tuple, list[Figure]] = defaultdict(list)
        for f in self.figures:
            ix[(f.indicator, f.measure, f.qualifier, f.period)].append(f)
        return ix

    def find(self, code: str, measure: str, period: str, qualifier: str = "exact",
             base_period: str | None = None) -> list[Figure]:
        return [f for f in self._by_key.get((code, measure, qualifier, period), [])
                if base_period is None or f.base_period == base_period]

    @staticmethod
    def best(figs: list[Figure]) -> Figure | None:
        """The most precise of several printings (most decimals; first on a tie)."""
        return max(figs, key=lambda f: f.decimals) if figs else None

    @cached_property
    def _by_indicator(self) -> dict[str, list[Figure]]:
        ix: dict[str, list[Figure]] = defaultdict(list)
        for f in self.figures:
            ix[f.indicator].append(f)
        return ix

    def of_indicator(self, code: str) -> list[Figure]:
        """The city's figures of one indicator, in ledger order."""
        return self._by_indicator.get(code, [])

    def levels(self, code: str) -> dict[str, Figure]:
        """Most precise exact level per period of an indicator, periods in order."""
        periods = sorted({f.period for f in self.of_indicator(code) if f.measure == "level"
                          and f.qualifier == "exact"}, key=period_key)
        return {p: self.best(self.find(code, "level", p)) for p in periods}

    def level(self, code: str, period: str) -> Quantity | None:
        """A level documented for the period, or derived from a documented
        change and the level at the change's other end (marked derived)."""
        f = self.best(self.find(code, "level", period))
        if f is not None:
            return f.quantity()
        for ch in self.of_indicator(code):
            if ch.measure != "change" or ch.qualifier != "exact" or not ch.base_period:
                continue
            if ch.base_period == period:
                other, level_is_end = ch.period, True
            elif ch.period == period:
                other, level_is_end = ch.base_period, False
            else:
                continue
            known = self.best(self.find(code, "level", other))
            if known is None:
                continue
            try:
                q = implied_level_from_change(known.quantity(), ch.quantity(), level_is_end=level_is_end)
            except ComputationError:
                continue
            return Quantity(q.value, q.low, q.high, q.unit, label=f"{code} {period}", method=q.method,
                            inputs=q.inputs, period=period)
        return None

    # -- numbers in the reader's units -----------------------------------------
    @cached_property
    def units_shown(self) -> list[str]:
        """Printed units of the numbers shown so far (for the conversion notes)."""
        return []

    def _note_unit(self, unit: str) -> None:
        if unit not in self.units_shown:
            self.units_shown.append(unit)

    def num(self, text: str, unit: str, by_size: bool = False) -> str:
        """A printed number converted to the reader's unit, without the unit
        (``by_size``: the unit for a value of its size, for a row that shows
        ``unit_label(unit, size)`` beside it)."""
        self._note_unit(unit)
        return du.number(text, unit, self.lang, by_size=by_size)

    def unit_label(self, unit: str, size: float | None = None) -> str:
        self._note_unit(unit)
        return du.reader_unit(unit, self.lang, size).label

    def show(self, text: str, unit: str, qualifier: str = "exact") -> str:
        """A printed number with its unit (and qualifier) for the reader."""
        self._note_unit(unit)
        q = word(QUALIFIER_WORDS, qualifier, self.lang) if qualifier not in ("target", "forecast") else ""
        return q + du.show(text, unit, self.lang)

    def excerpt(self, source) -> str:
        """An excerpt as the reader sees it (a figure, or a check's source
        entry with ``figure_id`` and ``excerpt``): a partial English word at
        either end dropped and marked "…" (:mod:`analysis.excerpts`)."""
        from ..excerpts import figure_excerpt

        if isinstance(source, dict):
            return figure_excerpt(self.ledger, source["figure_id"], source["excerpt"])
        return figure_excerpt(self.ledger, source.figure_id, source.excerpt)

    def show_fig(self, f: Figure) -> str:
        """A figure's value for the reader; a place in a ranking as a place
        (4th, 第4位), not a quantity of a unit ("4 rank")."""
        from ..figure_rules import RANK_MEASURES

        if f.measure in RANK_MEASURES:  # printed in 位 (ledger.MEASURE_UNITS)
            q = word(QUALIFIER_WORDS, f.qualifier, self.lang) if f.qualifier not in ("target", "forecast") else ""
            return q + du.show_place(f.value, self.lang)
        return self.show(f.value if self.zh else f.normalized, f.unit, f.qualifier)

    @staticmethod
    def decimals(q: Quantity) -> int:
        """Decimals a quantity can carry: as printed, or for a derived sum or
        difference the fewest decimals among its printed inputs.

        >>> a, b = Quantity.printed("4107.08", "亿元"), Quantity.printed("1321.6", "亿元")
        >>> from ..growth import implied_level_from_change
        >>> BriefingBase.decimals(implied_level_from_change(a, b))
        1
        """
        if q.text is not None:
            return decimals_of(q.text)
        ds = [BriefingBase.decimals(i) for i in q.inputs]
        return min(ds) if ds else 2

    def show_q(self, q: Quantity) -> str:
        """A quantity for the reader: printed as printed, derived at the
        precision its inputs allow and marked derived."""
        if q.text is not None:
            return self.show(q.text, q.unit)
        self._note_unit(q.unit)
        text = du.show_value(q.value, q.unit, self.lang, self.decimals(q))
        return f"{text} [{label('derived', self.lang)}]"

    def q_value(self, q: Quantity) -> float:
        """The point value in the reader's unit (for charts)."""
        return q.value * du.reader_unit(q.unit, self.lang).factor
