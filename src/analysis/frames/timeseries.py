"""One documented series as a pandas Series, and the ``.analysis`` accessor.

:func:`series` picks, for each period, one figure among the exact printings
of the quantity (methods.md §2–3):

- printings that agree (their rounding intervals overlap, as 1032.9 and
  1033 do) are one value: the most precise printing is used;
- printings that disagree are different vintages (a first release and a
  revision): the figure of the latest source document is used, and the
  choice is stated in ``.attrs["notes"]`` (a disagreement inside one
  document, or between documents of the same date, is also noted, and
  warned about, since no vintage can settle it).

The Series is indexed by period label (an ordered categorical, see
:mod:`analysis.frames.table`); ``.attrs`` holds, by period, ``figure_id``,
``low``/``high`` (the rounding interval), ``printed`` (the text, normalised),
``source_id`` and ``vintage`` (the source date), and ``notes``, ``unit``,
``city``, ``indicator``, ``measure``, ``price_basis``, ``name_en``/``name_zh``.
``s.analysis.provenance()`` is the companion frame with files, lines and
excerpts.

>>> s = series("hohhot", "retail_sales")
>>> float(s["2020"]), float(s["2024"])
(1032.9, 1265.0)
>>> s.attrs["figure_id"]["2020"], [n for n in s.attrs["notes"] if n.startswith("2020")]
('s000-034', ['2020: 1032.9 (s000-034) used, the more precise printing of s000-107 (1033).'])
>>> q = s.analysis.cagr("2020", "2024")
>>> round(q.value, 3), round(q.low, 3), round(q.high, 3), q.all_figure_ids()
(5.198, 5.186, 5.21, ('s000-034', 's000-035'))
"""

from __future__ import annotations

import math
import warnings

import pandas as pd

from ..errors import ComputationError, UnknownNameError
from ..ledger import Figure, Ledger, load_ledger
from ..periods import Period
from ..quantity import Quantity
from ..vintages import official_first, same_time
from .table import _selected, ledger_period_dtype

#: ``periods=`` choices of :func:`series`: a kind of :class:`~analysis.Period`, or all.
PERIOD_CHOICES = ("year", "months", "span", "date", "all")
#: Fields that must agree between the figures of one period (else pass a filter); units of one
#: dimension are converted to one (``analysis.units``: 2351 亿元 and 235.1 billion yuan are one figure).
_SAME = ("base_period", "denominator", "denominator_city", "price_basis")


def _factor(ledger: Ledger, unit: str, to: str) -> float | None:
    """The factor from ``unit`` to ``to`` in the ledger's units, or None across dimensions."""
    a, b = ledger.units.get(unit), ledger.units.get(to)
    if unit == to:
        return 1.0
    if not a or not b or a["dimension"] != b["dimension"]:
        return None
    return float(a["factor"]) / float(b["factor"])


def _in_unit(q: Quantity, f: float, unit: str) -> Quantity:
    """``q`` expressed in ``unit`` (``f`` its factor), keeping its figure ids and period; a power
    of ten keeps the printed digits (416.22 billion yuan is 4162.2 亿元, not 4162.200000000001).

    >>> _in_unit(Quantity.printed("416.22", "billion yuan"), 10.0, "亿元").value
    4162.2
    """
    if f == 1.0:
        return q
    value, e = q.value * f, math.log10(f)
    if q.decimals is not None and abs(e - round(e)) < 1e-9:
        value = round(value, max(0, q.decimals - round(e)))
    return Quantity(value, q.low * f, q.high * f, unit, label=q.label, figure_ids=q.figure_ids,
                    period=q.period)


def series_unit(figs: list[Figure], ledger: Ledger, what: str) -> str:
    """The one unit a series of ``figs`` is shown in: the indicator's catalogue
    unit where every figure converts to it (so cities compare), else the unit most figures print;
    figures of another dimension are an error naming them.

    >>> ledger = load_ledger()
    >>> series_unit([ledger.figure("s000-003")], ledger, "hohhot gdp level")
    '亿元'
    """
    units = sorted({f.unit for f in figs})
    catalogue = ledger.indicators[figs[0].indicator].unit
    if len(units) == 1 and (units[0] == catalogue or _factor(ledger, units[0], catalogue or units[0]) is None):
        return units[0]
    if catalogue and all(_factor(ledger, u, catalogue) is not None for u in units):
        return catalogue
    common = max(units, key=lambda u: (sum(f.unit == u for f in figs), u))
    other = [u for u in units if _factor(ledger, u, common) is None]
    if other:
        ids = ", ".join(f.figure_id for f in figs if f.unit in other)
        raise ComputationError(f"{what}: figures {ids} are in {', '.join(map(repr, other))}, which does not "
                               f"convert to {common!r}: a series needs one unit (filter them out)")
    return common


class VintageWarning(UserWarning):
    """Printings of one quantity disagree and no later document settles which holds."""


def _agree(figs: list[Figure], ledger: Ledger | None = None) -> bool:
    unit = figs[0].unit
    qs = [_in_unit(f.quantity(), _factor(ledger, f.unit, unit) if ledger else 1.0, unit) for f in figs]
    return max(q.low for q in qs) <= min(q.high for q in qs) + 1e-12 * max(1.0, abs(qs[0].value))


def choose_vintage(figs: list[Figure], ledger: Ledger) -> tuple[Figure, list[str]]:
    """The figure that stands for one period, and notes on the choice.

    >>> ledger = load_ledger()
    >>> f, notes = choose_vintage([ledger.figure("s000-003"), ledger.figure("s001-003")], ledger)
    >>> f.figure_id, notes
    ('s001-003', ['2024: 4107.08 (s001-003) used, the more precise printing of s000-003 (4107.1).'])
    """
    date = lambda f: ledger.sources[f.source_id].date  # noqa: E731
    if len(figs) == 1:
        return figs[0], []
    official, aside = official_first(figs, ledger)
    if aside:  # a reference page (dated when read) gives way to a printing
        best, notes = choose_vintage(official, ledger)
        dropped = ", ".join(f"{f.value} ({f.figure_id})" for f in aside)
        return best, notes + [f"{figs[0].period}: {dropped} of a non-official page not used: an official "
                              f"printing exists."]
    # the narrowest interval first (in one unit: 2351 亿元 against 235.1 billion yuan); on a tie the
    # later document, then ledger order
    unit = figs[0].unit
    width = lambda f: round(f.quantity().half_width * (_factor(ledger, f.unit, unit) or 1.0), 12)  # noqa: E731
    by_precision = sorted(figs, key=lambda f: (width(f), _neg_date(date(f))))
    label = figs[0].period
    if _agree(figs, ledger):
        best = by_precision[0]
        others = [f for f in figs if f is not best and f.value != best.value]
        if not others:
            return best, []
        lesser = ", ".join(f"{o.figure_id} ({o.value})" for o in others)
        return best, [f"{label}: {best.value} ({best.figure_id}) used, the more precise printing of {lesser}."]
    latest = max(date(f) for f in figs)
    newest = [f for f in by_precision if same_time(date(f), latest)]  # 2024-08 may be 2024-08-22
    best = newest[0]
    older = [f for f in figs if not same_time(date(f), latest)]
    notes = []
    if older:
        olds = ", ".join(f"{o.value} ({o.figure_id}, {o.source_id} of {date(o)})" for o in older)
        notes.append(f"{label}: printings disagree; the latest vintage {best.value} ({best.figure_id}, "
                     f"{best.source_id} of {latest}) is used, not the earlier {olds}: a revision.")
    if not _agree(newest, ledger):
        clash = ", ".join(f"{f.value} ({f.figure_id})" for f in newest if f is not best)
        msg = (f"{label}: {best.value} ({best.figure_id}) and {clash} disagree in documents of the same "
               f"date ({latest}); the most precise is used, no vintage settles it (see the same_quantity checks).")
        notes.append(msg)
        warnings.warn(msg, VintageWarning, stacklevel=3)
    return best, notes


def _neg_date(d: str) -> tuple:
    return tuple(-int(x) for x in d.split("-") if x.isdigit())


def series(city: str, indicator: str, measure: str = "level", *, periods: str = "year",
           base_period: str | None = None, denominator: str | None = None, price_basis: str | None = None,
           ledger: Ledger | None = None) -> pd.Series:
    """The documented values of one indicator of one city, one per period.

    Only figures printed as exact values are used (not targets, forecasts,
    lower bounds or approximations). ``periods`` keeps one kind of period:
    ``"year"`` (full years, the default: what a CAGR or a trend needs),
    ``"months"``, ``"span"``, ``"date"`` or ``"all"``. Where the figures of
    one period differ in base period, denominator or price basis, pass the
    one wanted (the error lists them).

    >>> float(series("hohhot", "gdp").loc["2024"])
    4107.08
    >>> [p for p in series("hohhot", "retail_sales", periods="all").index if p in ("2024H1", "2024", "2025M01-M11")]
    ['2024H1', '2024', '2025M01-M11']
    >>> series("hohhot", "retail_sales", "growht")
    Traceback (most recent call last):
    ...
    analysis.errors.UnknownNameError: unknown measure 'growht'; did you mean: growth, avg_growth; known: level, growth, avg_growth, two_year_avg, share, pp_change, change, multiple, multiple_increase, contribution, pull, pct_of_target, rank, growth_rank
    >>> series(None, None)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.UnknownNameError: series() needs one city, got None; known cities: ...
    """
    if periods not in PERIOD_CHOICES:
        raise ComputationError(f"periods={periods!r}: expected one of {', '.join(PERIOD_CHOICES)}")
    ledger = ledger or load_ledger()
    for name, value, known in (("city", city, ledger.city_slugs()), ("indicator", indicator, list(ledger.indicators))):
        if not isinstance(value, str) or not value:  # series(None, None) is one line, not a list of figures
            listed = ", ".join(known[:12]) + (", …" if len(known) > 12 else "")
            plural = "cities" if name == "city" else "indicators"
            raise UnknownNameError(f"series() needs one {name}, got {value!r}; known {plural}: {listed}")
    figs = [f for f in _selected(ledger, city, indicator, measure) if f.qualifier == "exact"
            and (periods == "all" or f.period_obj.kind == periods)]
    wanted = {"base_period": base_period, "denominator": denominator, "price_basis": price_basis}
    figs = [f for f in figs if all(v is None or getattr(f, k) == v for k, v in wanted.items())]
    what = f"{city} {indicator} {measure}"
    if not figs:
        raise UnknownNameError(f"{what}: no exact documented figure for periods={periods!r}"
                               + "".join(f", {k}={v!r}" for k, v in wanted.items() if v is not None)
                               + " (frame() lists what is documented)")
    by_period: dict[str, list[Figure]] = {}
    for f in figs:
        by_period.setdefault(f.period, []).append(f)
    unit = series_unit(figs, ledger, what)
    chosen, notes = {}, []
    for label, group in by_period.items():
        for field in _SAME:
            values = sorted({getattr(f, field) for f in group})
            if len(values) > 1:
                raise ComputationError(
                    f"{what} {label}: figures {', '.join(f.figure_id for f in group)} differ in {field} "
                    f"({', '.join(repr(v) for v in values)}): pass {field}=… to series() to pick one"
                    if field in wanted else
                    f"{what} {label}: figures {', '.join(f.figure_id for f in group)} differ in {field} "
                    f"({', '.join(repr(v) for v in values)}); a series needs one {field}")
        chosen[label], why = choose_vintage(group, ledger)
        notes += why
    for field in ("price_basis", "denominator", "denominator_city"):  # one series, one basis
        values = sorted({getattr(f, field) for f in chosen.values()})
        if len(values) > 1:
            hint = f"pass {field}=… to series()" if field in wanted else "build one series per " + field
            raise ComputationError(f"{what}: periods differ in {field} ({', '.join(repr(v) for v in values)}): "
                                   f"{hint}")
    dtype = ledger_period_dtype(ledger)
    order = sorted(chosen, key=lambda p: dtype.categories.get_loc(p))
    qs = {p: _in_unit(chosen[p].quantity(), _factor(ledger, chosen[p].unit, unit), unit) for p in order}
    from ..vintages import census_breaks

    notes += census_breaks(ledger, [chosen[p] for p in order])
    shown = [p for p in order if chosen[p].unit != unit]
    if shown:
        notes.append("Shown in " + unit + ": " + "; ".join(
            f"{p}: {chosen[p].value} {chosen[p].unit} ({chosen[p].figure_id})" for p in shown) + ".")
    index = pd.CategoricalIndex(order, dtype=dtype, name="period")
    s = pd.Series([qs[p].value for p in order], index=index, name=f"{city}.{indicator}.{measure}", dtype=float)
    ind, src = ledger.indicators[indicator], ledger.sources
    first = next(iter(chosen.values()))
    s.attrs = {
        "city": city, "indicator": indicator, "measure": measure, "unit": unit,
        "printed_unit": {p: chosen[p].unit for p in order},
        "price_basis": first.price_basis, "base_period": {p: chosen[p].base_period for p in order}, "denominator": first.denominator,
        "name_en": ind.name_en, "name_zh": ind.name_zh, "periods": periods,
        "figure_id": {p: chosen[p].figure_id for p in order},
        "low": {p: qs[p].low for p in order},
        "high": {p: qs[p].high for p in order},
        "printed": {p: qs[p].text for p in order},
        "source_id": {p: chosen[p].source_id for p in order},
        "vintage": {p: src[chosen[p].source_id].date for p in order},
        "notes": notes,
        "data": str(ledger.directory),
    }
    return s


def _require(s: pd.Series, key: str):
    if key not in s.attrs:
        raise ComputationError(
            f"series {s.name!r} has no .attrs[{key!r}]: computations need the rounding interval of every value; "
            "build the series with analysis.series(…), or set .attrs['low'], ['high'] (dicts by period) and "
            "['unit']")
    return s.attrs[key]


def quantity_at(s: pd.Series, period: str) -> Quantity:
    """The :class:`~analysis.Quantity` a series holds at ``period``: its
    value, its rounding interval, its unit and the figure id.

    >>> q = quantity_at(series("hohhot", "retail_sales"), "2020")
    >>> q.text, q.low, q.figure_ids, q.period
    ('1032.9', 1032.85, ('s000-034',), '2020')
    >>> quantity_at(series("hohhot", "retail_sales"), "1999")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.ComputationError: hohhot.retail_sales.level has no value for 1999; it has: ..., 2020, 2024...
    """
    lows, highs, unit = _require(s, "low"), _require(s, "high"), _require(s, "unit")
    if period not in s.index:
        have = ", ".join(map(str, s.index))
        raise ComputationError(f"{s.name} has no value for {period}; it has: {have}")
    value = s.loc[period]
    if isinstance(value, pd.Series):
        raise ComputationError(f"{s.name} has {len(value)} values for {period}: one per period is needed")
    value = float(value)
    if pd.isna(value):
        raise ComputationError(f"{s.name} at {period} is missing (NaN): nothing to compute with")
    if period not in lows or period not in highs:
        raise ComputationError(f"{s.name} at {period}: no interval in .attrs['low'] / .attrs['high']")
    printed = s.attrs.get("printed", {}).get(period)
    fid = s.attrs.get("figure_id", {}).get(period)
    label = f"{s.attrs.get('indicator', s.name)} {period}"
    if printed is not None:
        q = Quantity.printed(printed, unit, label=label, figure_ids=(fid,) if fid else (), period=period)
        printed_unit = s.attrs.get("printed_unit", {}).get(period, unit)
        if printed_unit != unit:  # printed in another unit of the dimension (235.1 billion yuan as 亿元)
            from ..units import factor

            q = _in_unit(Quantity.printed(printed, printed_unit, label=label, figure_ids=q.figure_ids,
                                          period=period), factor(printed_unit, unit), unit)
        if not (math.isclose(q.value, value, rel_tol=1e-12) and math.isclose(q.low, lows[period], rel_tol=1e-12)
                and math.isclose(q.high, highs[period], rel_tol=1e-12)):
            raise ComputationError(
                f"{s.name} at {period} holds {value:g}, but the documented figure {fid} is {printed} "
                f"[{lows[period]:g}, {highs[period]:g}]: the series was changed after analysis.series(); "
                "compute on the documented series, or drop .attrs['printed'] and give the new intervals")
        return q
    if not lows[period] <= value <= highs[period]:
        raise ComputationError(f"{s.name} at {period}: {value:g} lies outside its interval "
                               f"[{lows[period]:g}, {highs[period]:g}] in .attrs")
    return Quantity(value, float(lows[period]), float(highs[period]), unit, label=label,
                    figure_ids=(fid,) if fid else (), period=period)


def annual_quantities(s: pd.Series, func: str = "trend_growth") -> dict[int, Quantity]:
    """``{year: Quantity}`` of a series of full-year periods (for a trend).

    >>> annual_quantities(series("hohhot", "retail_sales"))[2020].figure_ids
    ('s000-034',)
    """
    out = {}
    for label in s.index:
        p = Period.parse(str(label))
        if p.kind != "year":
            raise ComputationError(f"{func} takes full-year periods; {s.name} has {label} "
                                   "(build it with periods='year')")
        out[p.year] = quantity_at(s, str(label))
    return out


@pd.api.extensions.register_series_accessor("analysis")
class SeriesAccessor:
    """``s.analysis``: computations and provenance of a documented series.

    Each computation calls the function of :mod:`analysis.growth` or
    :mod:`analysis.structure` of the same name with the series and the
    periods, so results keep their rounding interval and figure ids.

    >>> s = series("hohhot", "retail_sales")
    >>> round(s.analysis.growth("2020", "2024").value, 2)
    22.47
    >>> s.analysis.provenance().set_index("period").loc[["2020", "2024"], ["figure_id", "vintage", "line"]].to_dict("list")
    {'figure_id': ['s000-034', 's000-035'], 'vintage': ['2025-12', '2025-12'], 'line': [17, 17]}
    """

    def __init__(self, s: pd.Series):
        self._s = s

    def quantity(self, period: str) -> Quantity:
        """The quantity at ``period`` (see :func:`quantity_at`).

        >>> str(series("hohhot", "retail_sales").analysis.quantity("2024"))
        '1265 亿元'
        """
        return quantity_at(self._s, period)

    def quantities(self) -> dict[str, Quantity]:
        """Every value as a quantity, by period label.

        >>> series("hohhot", "retail_sales").analysis.quantities()["2024"].figure_ids
        ('s000-035',)
        """
        return {str(p): quantity_at(self._s, str(p)) for p in self._s.index}

    def _pair(self, start, end) -> tuple[Quantity, Quantity]:
        return quantity_at(self._s, str(start)), quantity_at(self._s, str(end))

    def cagr(self, start: str, end: str) -> Quantity:
        """Average annual growth (level method) from ``start`` to ``end``, in %.

        >>> str(series("hohhot", "retail_sales").analysis.cagr("2020", "2024"))
        '5.198 %'
        """
        from ..growth import cagr

        return cagr(*self._pair(start, end))

    def growth(self, previous: str, current: str) -> Quantity:
        """Growth of ``current`` on ``previous``, in %.

        >>> q = series("hohhot", "trade_total").analysis.growth("2020", "2024")
        >>> round(q.value, 2), q.all_figure_ids()
        (54.22, ('s000-037', 's000-038'))
        """
        from ..growth import growth

        return growth(*self._pair(previous, current))

    def multiple(self, start: str, end: str) -> Quantity:
        """The ratio of the value at ``end`` to the value at ``start``.

        >>> q = series("hohhot", "trade_total").analysis.multiple("2020", "2024")
        >>> round(q.value, 3), round(q.low, 3), round(q.high, 3)
        (1.542, 1.537, 1.548)
        """
        from ..growth import multiple

        return multiple(*self._pair(start, end))

    def change(self, earlier: str, later: str) -> Quantity:
        """The change in level from ``earlier`` to ``later``.

        >>> series("hohhot", "retail_sales").analysis.change("2020", "2024").value
        232.1
        """
        from ..structure import change

        return change(*self._pair(earlier, later))

    def pp_change(self, earlier: str, later: str) -> Quantity:
        """Percentage-point change of a series of percentages.

        >>> s = series("hohhot", "va_tertiary", "share", denominator="va_tertiary")
        >>> s.analysis.pp_change("2020", "2024").value
        0.5
        """
        from ..structure import pp_change

        return pp_change(*self._pair(earlier, later))

    def share_of(self, whole: pd.Series, period: str) -> Quantity:
        """This series' share of ``whole`` at ``period``, in %.

        >>> q = series("hohhot", "va_tertiary").analysis.share_of(series("hohhot", "gdp"), "2024")
        >>> round(q.value, 1), q.all_figure_ids()
        (64.5, ('s000-030', 's001-003'))
        """
        from ..structure import share

        return share(quantity_at(self._s, period), quantity_at(whole, period) if isinstance(whole, pd.Series) else whole)

    def trend_growth(self, start: str | None = None, end: str | None = None, *, alpha: float = 0.05) -> Quantity:
        """Least-squares trend growth over the full years from ``start`` to ``end`` (needs 5 points).

        >>> series("hohhot", "retail_sales").analysis.trend_growth("2020", "2020")
        Traceback (most recent call last):
        ...
        analysis.errors.ComputationError: trend growth needs at least 5 annual points, got 1: use the endpoint CAGR
        """
        from ..growth import trend_growth

        s = self._s
        keep = [p for p in s.index if (start is None or Period.parse(str(p)).year >= Period.parse(start).year)
                and (end is None or Period.parse(str(p)).year <= Period.parse(end).year)]
        return trend_growth(annual_quantities(s.loc[keep], "trend_growth"), alpha=alpha)

    def provenance(self, ledger: Ledger | None = None) -> pd.DataFrame:
        """The companion frame: per period the value, interval, figure, source,
        vintage, file, line and excerpt.

        >>> series("hohhot", "retail_sales").analysis.provenance().set_index("period").loc["2020", ["printed", "excerpt"]].tolist()
        ['1032.9', '从2020年的1032.9亿元']
        """
        s, ledger = self._s, ledger or load_ledger(self._s.attrs.get("data"))
        ids = _require(s, "figure_id")
        rows = []
        for p in map(str, s.index):
            f = ledger.figure(ids[p])
            src = ledger.sources[f.source_id]
            rows.append({"period": p, "value": float(s.loc[p]), "low": s.attrs["low"][p],
                         "high": s.attrs["high"][p], "printed": f.value, "unit": f.unit, "figure_id": f.figure_id,
                         "source_id": f.source_id, "vintage": src.date, "publisher": src.publisher,
                         "title": src.title, "file_name": src.location, "line": f.line, "excerpt": f.excerpt})
        return pd.DataFrame(rows)

    def source_lines(self, lang: str = "en", ledger: Ledger | None = None) -> list[str]:
        """One line per figure, ready for a chart caption or a footnote.

        >>> next(line for line in series("hohhot", "retail_sales").analysis.source_lines() if "[s000-034]" in line)
        '2020: 1032.9 亿元 [s000-034] 未署名报纸（本报记者 杨彩霞等） (2025-12), 000_184274e290461752.txt, line 17'
        """
        zh = lang == "zh"
        out = []
        for r in self.provenance(ledger).itertuples():
            where = f"第{r.line}行" if zh else f"line {r.line}"
            out.append(f"{r.period}: {r.printed} {r.unit} [{r.figure_id}] {r.publisher} ({r.vintage}), "
                       f"{r.file_name}, {where}")
        return out
