"""What the exploration notebook (notebooks/explore.py) computes for one city,
each part with a sentence that says what it found, or what it cannot compute
for this city and why (no series, one annual level, fewer than five
consecutive years for a trend, no claim checked). The notebook stays thin and
runs for every city of ``data/cities.csv``; a slug that is not in the
catalogue at all is an error (a typo), raised at once.

Each function returns a :class:`Finding`: ``value`` (a series, a Quantity,
or None when nothing could be computed) and ``text`` (printed by the notebook).

>>> from analysis.ledger import load_ledger
>>> ledger = load_ledger()
>>> city = ledger.city_slugs()[0]
>>> levels = level_series(city, "gdp", ledger=ledger)
>>> levels.value is None or len(levels.value) >= 1
True
>>> endpoint_cagr(None, name="GDP").text
'No CAGR of GDP: no annual level of it is documented for this city.'
>>> level_series("atlantis", "gdp", ledger=ledger)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
analysis.errors.UnknownNameError: unknown city 'atlantis': data/cities.csv lists ...
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import AnalysisError, UnknownNameError

#: Fewest annual points a trend is fitted to (methods.md §5; analysis.trend_growth).
TREND_MIN_POINTS = 5

#: Without a run of consecutive years, a trend is fitted to the annual levels of this many latest
#: years (as the briefing's series, analysis.briefing.series.TREND_SPAN).
TREND_SPAN = 10


@dataclass(frozen=True)
class Finding:
    """What one part of the exploration found: ``value`` (None when nothing
    could be computed) and the sentence that says it."""

    value: Any
    text: str

    def __str__(self) -> str:
        return self.text


def _ledger(ledger):
    if ledger is None:
        from .ledger import load_ledger

        ledger = load_ledger()
    return ledger


def _city(ledger, city: str):
    """The catalogue's city; an unknown slug raises (a typo is an error, not a finding)."""
    if city not in ledger.cities:
        raise UnknownNameError(f"unknown city {city!r}: data/cities.csv lists {', '.join(ledger.cities)}")
    return ledger.cities[city]


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _indicator_name(ledger, code: str, lang: str) -> str:
    ind = ledger.indicators.get(code)
    return ind.name(lang) if ind is not None else code


def level_series(city: str, indicator: str, *, ledger=None, lang: str = "en") -> Finding:
    """The exact annual levels of ``indicator`` for ``city`` (:func:`analysis.series`),
    or None with the reason none can be used."""
    ledger = _ledger(ledger)
    place = _city(ledger, city).name(lang)
    name = _indicator_name(ledger, indicator, lang)
    if city not in ledger.city_slugs():
        return Finding(None, f"{place}: no figure of it is documented in {ledger.directory.name}/figures.csv; "
                             "nothing below can be computed for it.")
    from .frames import series

    try:
        s = series(city, indicator, ledger=ledger)
    except AnalysisError as exc:
        return Finding(None, f"{place}: no series of {name} to explore ({_first_line(exc)}).")
    notes = "".join(f"\n{n}" for n in s.attrs.get("notes", []))
    return Finding(s, f"{place}: {name}, {len(s)} annual level{'s' * (len(s) != 1)} "
                      f"({', '.join(s.index.astype(str))}).{notes}")


def endpoint_periods(s) -> tuple[str, str] | None:
    """The first and last periods of an annual series, or None with fewer than two.

    >>> import pandas as pd
    >>> endpoint_periods(pd.Series([1.0, 2.0, 3.0], index=["2019", "2021", "2024"]))
    ('2019', '2024')
    >>> endpoint_periods(pd.Series([1.0], index=["2024"])) is None
    True
    """
    if s is None or len(s) < 2:
        return None
    periods = list(s.index.astype(str))
    return periods[0], periods[-1]


def endpoint_cagr(s, start: str | None = None, end: str | None = None, *, name: str = "") -> Finding:
    """The CAGR of ``s`` between two of its periods (default: its first and
    last), with its rounding interval and figure ids; else what is missing."""
    from . import cagr  # the public form: reads a Series at two periods

    if s is None:
        return Finding(None, f"No CAGR of {name}: no annual level of it is documented for this city.")
    periods = list(s.index.astype(str))
    if start is None or end is None:
        ends = endpoint_periods(s)
        if ends is None:
            return Finding(None, f"No CAGR of {name}: one annual level only ({periods[0]}); a CAGR needs two.")
        start, end = (start or ends[0]), (end or ends[1])
    start, end = str(start), str(end)
    missing = [p for p in (start, end) if p not in periods]
    if missing:
        return Finding(None, f"No CAGR of {name}, {start}–{end}: no level for {', '.join(missing)} "
                             f"(documented: {', '.join(periods)}).")
    try:
        q = cagr(s, start, end)
    except AnalysisError as exc:
        return Finding(None, f"No CAGR of {name}, {start}–{end}: {_first_line(exc)}.")
    return Finding(q, f"CAGR of {name}, {start}–{end}: {q.value:.3f} % (interval {q.low:.3f}–{q.high:.3f} %), "
                      f"from figures {', '.join(q.all_figure_ids())}")


def _longest_run(years: list[int]) -> list[int]:
    """The longest run of consecutive years (the latest of equal ones).

    >>> _longest_run([2010, 2012, 2013, 2014, 2016, 2017, 2018])
    [2016, 2017, 2018]
    """
    best: list[int] = []
    run: list[int] = []
    for y in sorted(set(years)):
        run = run + [y] if run and y == run[-1] + 1 else [y]
        if len(run) >= len(best):
            best = run
    return best


def trend(city: str, indicator: str, *, ledger=None, lang: str = "en") -> Finding:
    """Least-squares trend growth (:func:`analysis.trend_growth`) of
    ``indicator``, or else of the city's level with the most annual points:
    over a run of :data:`TREND_MIN_POINTS` or more consecutive years where
    there is one, else over the annual levels of the last :data:`TREND_SPAN`
    years when there are that many (a
    missing year is no point of the regression; the sentence names the
    missing years, and says when the levels mix economic-census vintages);
    else what the data lack."""
    ledger = _ledger(ledger)
    place = _city(ledger, city).name(lang)
    if city not in ledger.city_slugs():
        return Finding(None, f"No trend for {place}: no figure of it is documented; no trend is fitted.")
    from .frames import frame, series
    from . import trend_growth
    from .vintages import census_breaks

    annual = frame(city, measure="level", ledger=ledger).query("qualifier == 'exact' and period_kind == 'year'")
    years_of = {code: sorted({int(p) for p in group["period"].astype(str).unique()})
                for code, group in annual.groupby("indicator", observed=True)}
    runs = {code: _longest_run(ys) for code, ys in years_of.items()}
    if not runs:
        return Finding(None, f"No trend for {place}: no annual level is documented; no trend is fitted.")

    def fit_years(code: str) -> list[int]:  # a consecutive run, else the levels of the last TREND_SPAN years
        if len(runs[code]) >= TREND_MIN_POINTS:
            return runs[code]
        return [y for y in years_of[code] if y > years_of[code][-1] - TREND_SPAN]

    best = max(runs, key=lambda c: (len(runs[c]) >= TREND_MIN_POINTS, len(fit_years(c)), c == indicator))
    code = indicator if indicator in runs and len(fit_years(indicator)) >= TREND_MIN_POINTS else best
    years = fit_years(code)
    if len(years) < TREND_MIN_POINTS:
        return Finding(None, f"No level of {place} is documented for {TREND_MIN_POINTS} or more years within "
                             f"{TREND_SPAN} (the most: {len(years)} year{'s' * (len(years) != 1)}, "
                             f"{_indicator_name(ledger, code, lang)}): "
                             "no trend is fitted; use the endpoint CAGR.")
    name = _indicator_name(ledger, code, lang)
    consecutive = years == list(range(years[0], years[-1] + 1))
    try:
        s = series(city, code, ledger=ledger)
        qs = {y: s.analysis.quantity(str(y)) for y in years}
        tq = trend_growth(qs, consecutive=consecutive)
    except AnalysisError as exc:
        return Finding(None, f"No trend of {name}, {years[0]}–{years[-1]}: {_first_line(exc)}.")
    points = f"{len(years)} points"
    if not consecutive:
        missing = [y for y in range(years[0], years[-1] + 1) if y not in years]
        points = f"{len(years)} annual levels; {', '.join(map(str, missing))} missing"
    figs = [ledger.figure(i) for q in qs.values() for i in q.figure_ids[:1]]
    mixed = "; the levels mix economic-census vintages, so it is indicative only" \
        if census_breaks(ledger, figs) else ""
    return Finding(tq, f"Trend growth of {name}, {years[0]}–{years[-1]} ({points}): {tq.value:.2f} % "
                       f"a year (95 % interval {tq.low:.2f}–{tq.high:.2f} %), from figures "
                       f"{', '.join(tq.all_figure_ids())}{mixed}")


def compare(city: str, indicator: str, cities=None, *, ledger=None, lang: str = "en") -> Finding:
    """The same indicator in the same period for two cities, and their ratio.

    ``cities``: two slugs, compared in the latest period both document for
    ``indicator``; None picks from the data an indicator and period that two
    cities document, preferring ``city`` and ``indicator``, then the latest.
    """
    ledger = _ledger(ledger)
    _city(ledger, city)
    from .frames import frame, series
    from . import multiple

    levels = frame(measure="level", ledger=ledger).query("qualifier == 'exact'")
    levels = levels.assign(city=levels["city"].astype(str), indicator=levels["indicator"].astype(str),
                           period=levels["period"].astype(str))
    if cities is None:
        shared = levels.groupby(["indicator", "period"])["city"].agg(lambda c: sorted(set(c)))
        shared = shared[shared.map(len) >= 2]
        if shared.empty:
            return Finding(None, "No indicator is documented for two cities in the same period.")
        from .frames.table import period_key

        pick = max(shared.index, key=lambda k: (city in shared[k], k[0] == indicator, period_key(k[1])))
        code, period = pick
        pair = shared[pick]
        pair = [city, next(c for c in pair if c != city)] if city in pair else pair[:2]
    else:
        pair = list(cities)
        if len(pair) != 2:
            raise UnknownNameError(f"compare: two city slugs expected, got {pair!r}")
        for c in pair:
            _city(ledger, c)
        code = indicator
        both = [set(levels.query("indicator == @code and city == @c")["period"]) for c in pair]
        common = both[0] & both[1]
        if not common:
            return Finding(None, f"No period in which both {pair[0]} and {pair[1]} document "
                                 f"{_indicator_name(ledger, code, lang)}.")
        from .frames.table import period_key

        period = max(common, key=period_key)
    try:
        a, b = (series(c, code, periods="all", ledger=ledger).analysis.quantity(period) for c in pair)
        ratio = multiple(a, b)
    except AnalysisError as exc:
        return Finding(None, f"No comparison of {_indicator_name(ledger, code, lang)}, {period}: "
                             f"{_first_line(exc)}.")
    names = [ledger.cities[c].name(lang) for c in pair]
    return Finding(ratio, f"{_indicator_name(ledger, code, lang)}, {period}: {names[0]} {a} [{a.figure_ids[0]}], "
                          f"{names[1]} {b} [{b.figure_ids[0]}]; {names[1]} / {names[0]} = {ratio.value:.3f} "
                          f"(interval {ratio.low:.3f}–{ratio.high:.3f})")


def cited_check(city: str, indicator: str, *, ledger=None, lang: str = "en") -> Finding:
    """A checked claim of the city, cited (:func:`analysis.cite.citation`): the
    document's own average growth of ``indicator``, else another claim about
    it, else one of the city; else that no claim of the city is checked."""
    ledger = _ledger(ledger)
    place = _city(ledger, city).name(lang)
    if city not in ledger.city_slugs():
        return Finding(None, f"No check for {place}: no figure of it is documented.")
    from .checks import find_check, run_checks
    from .cite import citation
    from .frames import checks_frame

    checks = checks_frame(city, ledger=ledger).query("role == 'claim'")
    if checks.empty:
        return Finding(None, f"No claim of {place} is checked (no stated growth, total or share to test).")
    mine = checks[checks["indicator"].astype(str) == indicator]
    stated = mine[mine["kind"] == "avg_growth"]
    chosen = next(c for c in (stated, mine, checks) if len(c)).sort_values("verdict").iloc[0]
    check = find_check(run_checks(ledger, city), chosen["check_id"])
    return Finding(check, citation(check, ledger, lang=lang))


def plot_levels(s, *, title: str, lang: str = "en"):
    """Levels with their rounding intervals as error bars and the source lines
    below; returns the matplotlib figure (the notebook shows it)."""
    import matplotlib.pyplot as plt

    years = [int(p) for p in s.index.astype(str)]
    err = [[v - s.attrs["low"][p] for p, v in s.items()], [s.attrs["high"][p] - v for p, v in s.items()]]
    fig, ax = plt.subplots(figsize=(6.4, 3.4))
    ax.errorbar(years, s.values, yerr=err, fmt="o:", capsize=4)  # dotted: the years between are not documented
    ax.set_xticks(years)
    ax.set_title(title)
    fig.text(0.01, -0.02, "Sources:\n" + "\n".join(s.analysis.source_lines(lang)), va="top", fontsize=7)
    return fig
