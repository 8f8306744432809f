"""The ledger's model: sources, cities, indicators, figures and the
:class:`Ledger` that holds them (loaded by :mod:`analysis.ledger.loading`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import UnknownNameError
from ..figure_rules import is_counted
from ..numbers import is_exact_word, normalize_printed
from ..paths import seeds_dir
from ..periods import Period
from ..quantity import Quantity, decimals_of


#: Period labels parsed once each (periods are immutable; a ledger repeats a few dozen labels).
parse_period = lru_cache(maxsize=4096)(Period.parse)

#: Unit a figure must be printed in, by measure (None: any unit of the
#: indicator's dimension).
MEASURE_UNITS = {
    "growth": {"%", "percent"},
    "avg_growth": {"%", "percent"},
    "two_year_avg": {"%", "percent"},
    "share": {"%", "percent"},
    "contribution": {"%", "percent"},
    "pct_of_target": {"%", "percent"},
    "pp_change": {"个百分点", "个千分点", "percentage points"},
    "pull": {"个百分点", "percentage points"},
    "multiple": {"倍", "times"},
    "multiple_increase": {"倍", "times"},
    "rank": {"位"},
    "growth_rank": {"位"},
}
#: English unit words of MEASURE_UNITS and the unit the arithmetic takes them in.
ARITHMETIC_UNITS = {"percent": "%", "percentage points": "个百分点", "times": "倍"}
#: Measures that compare with a base period and so need one.
NEEDS_BASE = {"avg_growth", "change", "multiple", "multiple_increase", "pp_change"}
#: Measures that are a part of a whole and so need a denominator.
NEEDS_DENOMINATOR = {"share", "contribution", "pull"}
#: Tables that may be absent (no areas below cities yet).
OPTIONAL_RESOURCES = {"areas"}
#: Fields that identify "the same figure recorded twice" (a duplicate key). The excerpt is part of it: one
#: value printed twice on a line ("辖51个嘎查村…51个嘎查村通电") is two rows, each with the words around its printing.
UNIQUE_FIGURE_KEY = ("city", "indicator", "measure", "qualifier", "period", "base_period",
                     "denominator", "denominator_city", "source_id", "line", "value", "excerpt")


class _once:
    """``functools.cached_property`` without its lock: the value is computed on
    first read and kept in the instance's ``__dict__`` (so it is pickled with
    it), where later reads find it. Python 3.11's ``cached_property`` takes a
    lock on every first read, a third of the cost of a figure's quantity.

    >>> class A:
    ...     @_once
    ...     def x(self):
    ...         print("computed")
    ...         return 1
    >>> a = A()
    >>> a.x, a.x
    computed
    (1, 1)
    """

    def __init__(self, func):
        self.func, self.attrname, self.__doc__ = func, func.__name__, func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.attrname = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.attrname] = self.func(obj)
        return value


#: The source kind of a page that is not an official printing (an encyclopedia, a guide, a ranking site):
#: its ``date`` is when it was read, so its figures are of no known vintage.
NON_OFFICIAL_KIND = "reference"


@dataclass(frozen=True)
class Source:
    source_id: str
    file_name: str
    publisher: str
    title: str
    date: str
    kind: str
    notes: str = ""
    url: str = ""
    accessed: str = ""

    @property
    def cited_only(self) -> bool:
        """A source cited by its address, its text kept outside the repository.

        >>> Source("s1", "", "p", "t", "2024-03", "statistical_bulletin", url="https://x.cn/a", accessed="2026-12-06").cited_only
        True
        """
        return not self.file_name

    @property
    def official(self) -> bool:
        """An official printing (not a page of kind :data:`NON_OFFICIAL_KIND`).

        >>> Source("s1", "", "p", "t", "2026-12", "reference").official
        False
        """
        return self.kind != NON_OFFICIAL_KIND

    @property
    def location(self) -> str:
        """Where the document is: its file name in the seeds folder, or its address."""
        return self.file_name or self.url


class _Named:
    """Chinese and English names, chosen by language."""

    name_zh: str
    name_en: str

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en


@dataclass(frozen=True)
class City(_Named):
    slug: str
    name_zh: str
    name_en: str
    province_zh: str
    province_en: str
    parent: str = ""   # for an area below a city (areas.csv): the city's slug
    kind: str = ""     # for an area: banner, district, county, county_level_city


@dataclass(frozen=True)
class Indicator(_Named):
    code: str
    name_zh: str
    name_en: str
    unit: str
    price_basis: str
    avg_growth_method: str
    parent: str = ""
    partition: str = ""
    counted: bool = False  # counted things in units of one: exact integers (methods.md §8)
    signed: bool = False  # a level may be negative (a gap, a balance, a rate)
    notes: str = ""

    def __post_init__(self) -> None:
        for name in ("counted", "signed"):  # the CSV says "true" / "false"
            v = getattr(self, name)
            if isinstance(v, str):
                object.__setattr__(self, name, v == "true")


@dataclass(frozen=True)
class Figure:
    """One documented figure, exactly as printed, with its provenance."""

    figure_id: str
    city: str
    indicator: str
    measure: str
    qualifier: str
    period: str
    base_period: str
    value: str
    unit: str
    price_basis: str
    denominator: str
    denominator_city: str
    source_id: str
    line: int
    excerpt: str
    notes: str = ""
    csv_line: int = field(default=0, compare=False)
    #: A whole count in units of one (set by :class:`Ledger` from the catalogue): an exact integer.
    counted: bool = field(default=False, compare=False)

    # computed once (a figure is immutable, and the checks read these many times)
    @_once
    def normalized(self) -> str:
        """The value as canonical ASCII decimal text (separators, full-width
        digits and Chinese numerals resolved; printed decimals kept)."""
        return normalize_printed(self.value)

    @property
    def number(self) -> float:
        return float(self.normalized)

    @_once
    def decimals(self) -> int:
        return decimals_of(self.normalized)

    @property
    def period_obj(self) -> Period:
        return parse_period(self.period)

    @property
    def base_obj(self) -> Period | None:
        return parse_period(self.base_period) if self.base_period else None

    @property
    def exact(self) -> bool:
        """Whether the printed value is exact: a count (:attr:`counted`) or a
        word of doubling (翻倍 = 2), with no rounding interval (methods.md §8)."""
        return self.counted or is_exact_word(self.value)

    def quantity(self) -> Quantity:
        """The figure as a :class:`Quantity` with its rounding interval (none
        when :attr:`exact`); built once (a Quantity is immutable)."""
        return self._quantity

    @_once
    def _quantity(self) -> Quantity:
        # An English printing's "percent" is the arithmetic's "%" (MEASURE_UNITS accepts both).
        unit = ARITHMETIC_UNITS.get(self.unit, self.unit)
        return Quantity.printed(self.normalized, unit, label=f"{self.indicator} {self.period}",
                                figure_ids=(self.figure_id,), period=self.period,
                                half_width=0.0 if self.exact else None)


@dataclass
class Ledger:
    """All documented series, validated."""

    directory: Path
    sources: dict[str, Source]
    cities: dict[str, City]
    units: dict[str, dict]
    indicators: dict[str, Indicator]
    figures: list[Figure]

    def __post_init__(self) -> None:
        self._by_id = {f.figure_id: f for f in self.figures}
        for f in self.figures:  # counts are exact integers (indicators.csv: counted)
            if is_counted(f, self.indicators, self.units):
                object.__setattr__(f, "counted", True)

    def city_slugs(self) -> list[str]:
        """Cities that have at least one documented figure, in catalogue order
        (areas below a city are not listed: they are shown under it)."""
        have = {f.city for f in self.figures}
        have |= {self.cities[c].parent for c in have if c in self.cities}
        return [c for c in self.cities if c in have and not self.cities[c].parent]

    def areas_of(self, city: str) -> list[str]:
        """Slugs of the areas below ``city`` (areas.csv), in catalogue order."""
        return [a for a, c in self.cities.items() if c.parent == city]

    def figures_under(self, city: str | None = None) -> list[Figure]:
        """The figures of ``city`` followed by those of its areas (all figures
        when ``city`` is None)."""
        if city is None:
            return list(self.figures)
        own = self.figures_for(city)
        areas = set(self.areas_of(city))
        return own + [f for f in self.figures if f.city in areas]

    def city(self, slug: str) -> City:
        """A city with figures, or an area below one (areas.csv: its figures,
        series and checks are its own; its briefing is its city's)."""
        if slug in self.cities and (self.cities[slug].parent or slug in self.city_slugs()):
            return self.cities[slug]
        raise UnknownNameError(f"unknown city {slug!r}; known cities: {', '.join(self.city_slugs())}")

    def figure(self, figure_id: str) -> Figure:
        try:
            return self._by_id[figure_id]
        except KeyError:
            raise UnknownNameError(f"unknown figure {figure_id!r}") from None

    def figures_for(self, city: str | None = None) -> list[Figure]:
        if city is not None:
            self.city(city)
        return [f for f in self.figures if city is None or f.city == city]

    def source_path(self, source_id: str) -> Path:
        """The stored document of ``source_id`` in the seeds folder (not for a cited-only source)."""
        src = self.sources[source_id]
        if src.cited_only:
            raise UnknownNameError(f"sources.csv: source {source_id!r} is cited, not stored ({src.url})")
        return seeds_dir() / src.file_name
