"""The documented figures and the checks as tidy pandas DataFrames.

Periods are an **ordered categorical** of the ledger's period labels
(``2020``, ``2024H1``, ``2025M01-M10``, ``2021-2024``, ``2025-12-08`` …),
ordered by :func:`period_key`: by the end of the time covered, then by its
start (so ``2024H1`` < ``2021-2024`` < ``2024`` < ``2025M01-M10``). Sorting,
``min``/``max`` and comparisons such as ``df.period >= "2024"`` follow time;
the labels are the ones the ledger and the check ids use. Every frame built
from the same ledger shares one period dtype, so frames and series of
different cities align.

>>> df = frame("hohhot", "retail_sales", "level")
>>> df[df.period == "2020"][["figure_id", "printed", "low", "high"]].to_dict("records")
[{'figure_id': 's000-034', 'printed': '1032.9', 'low': 1032.85, 'high': 1032.95}, {'figure_id': 's000-107', 'printed': '1033', 'low': 1032.5, 'high': 1033.5}]
"""

from __future__ import annotations

import difflib
import json

import pandas as pd

from ..errors import UnknownNameError
from ..ledger import Ledger, load_ledger
from ..periods import Period
from .excel import Frame

#: Columns of :func:`frame`, in order.
FIGURE_COLUMNS = ["figure_id", "city", "city_en", "city_zh", "indicator", "indicator_en", "indicator_zh",
                  "measure", "qualifier", "period", "period_kind", "base_period", "value", "low", "high",
                  "printed", "decimals", "unit", "price_basis", "denominator", "denominator_city", "vintage",
                  "source_id", "file_name", "line", "excerpt", "notes"]
#: Columns of :func:`checks_frame`, in order.
CHECK_COLUMNS = ["check_id", "role", "verdict", "city", "indicator", "indicator_en", "indicator_zh", "kind",
                 "period_start", "period_end", "stated", "stated_text", "unit", "computed", "computed_low",
                 "computed_high", "explanation_en", "explanation_zh", "figure_id", "evidence_ids", "readings",
                 "derived_inputs", "source_ids", "sources"]


def period_key(label: str) -> tuple:
    """Sort key of a period label: (end of the time covered, its start).

    >>> sorted(["2024", "2021-2024", "2025M01-M10", "2024H1", "2024-08-22", "2020"], key=period_key)
    ['2020', '2024H1', '2024-08-22', '2021-2024', '2024', '2025M01-M10']
    """
    p = Period.parse(label)
    if p.kind == "date":
        day = int(label[-2:])
        return (p.year, p.months[1], day), (p.year, p.months[0], day)
    first_year = p.year_from if p.kind == "span" else p.year
    return (p.year, p.months[1], 32), (first_year, p.months[0], 0)


def period_dtype(labels) -> pd.CategoricalDtype:
    """An ordered categorical dtype of period labels, in time order (:func:`period_key`).

    >>> period_dtype(["2024", "2020", "2024H1", ""]).categories.tolist()
    ['2020', '2024H1', '2024']
    """
    return pd.CategoricalDtype(sorted({x for x in labels if x}, key=period_key), ordered=True)


def ledger_period_dtype(ledger: Ledger, extra=()) -> pd.CategoricalDtype:
    """The period dtype shared by every frame of ``ledger`` (periods and base periods).

    >>> dtype = ledger_period_dtype(load_ledger())
    >>> dtype.ordered, dtype.categories.get_loc("2020") < dtype.categories.get_loc("2024H1")
    (True, True)
    """
    return period_dtype([*(f.period for f in ledger.figures), *(f.base_period for f in ledger.figures), *extra])


def _unknown(kind: str, name: str, known) -> UnknownNameError:
    close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.6)
    hint = f"; did you mean: {', '.join(close)}" if close else ""
    if len(known) <= 20:
        hint += f"; known: {', '.join(known)}"
    return UnknownNameError(f"unknown {kind} {name!r}{hint}")


def _measures(ledger: Ledger) -> list[str]:
    """The measures the data package allows (``figures.measure`` enum), else those in use."""
    try:
        package = json.loads((ledger.directory / "datapackage.json").read_text(encoding="utf-8"))
        fields = next(r for r in package["resources"] if r["name"] == "figures")["schema"]["fields"]
        return list(next(f for f in fields if f["name"] == "measure")["constraints"]["enum"])
    except (OSError, ValueError, KeyError, StopIteration):
        return sorted({f.measure for f in ledger.figures})


def _selected(ledger: Ledger, city, indicator, measure) -> list:
    """The figures of ``ledger`` matching the filters; raises for unknown names or no figure."""
    figs = ledger.figures_for(city)  # raises UnknownNameError for an unknown city
    if indicator is not None:
        if indicator not in ledger.indicators:
            raise _unknown("indicator", indicator, ledger.indicators)
        figs = [f for f in figs if f.indicator == indicator]
    if measure is not None:
        measures = _measures(ledger)
        if measure not in measures:
            raise _unknown("measure", measure, measures)
        figs = [f for f in figs if f.measure == measure]
    if not figs:
        asked = ", ".join(f"{k}={v!r}" for k, v in (("city", city), ("indicator", indicator),
                                                       ("measure", measure)) if v is not None)
        raise UnknownNameError(f"no documented figure with {asked} in {ledger.directory / 'figures.csv'}")
    return figs


def _categorical(values, categories=None, ordered=False) -> pd.Categorical:
    if categories is None:
        categories = list(dict.fromkeys(v for v in values if v))
    return pd.Categorical([v or None for v in values], categories=categories, ordered=ordered)


def frame(city: str | None = None, indicator: str | None = None, measure: str | None = None, *,
          ledger: Ledger | None = None) -> pd.DataFrame:
    """The documented figures as a tidy DataFrame, one row per figure, in ledger order.

    Columns (:data:`FIGURE_COLUMNS`): ids, city and indicator (codes and
    names), measure, qualifier, ``period`` and ``base_period`` (ordered
    categoricals), ``value`` (float), ``low``/``high`` (the rounding interval
    of the printed figure), ``printed`` (the text as printed), unit, price
    basis, denominator, ``vintage`` (the date of the source document),
    source id, file, line and excerpt. Unknown names raise
    :class:`~analysis.UnknownNameError`, and so do filters no figure matches.

    >>> df = frame()
    >>> len(df) == len(load_ledger().figures), df["period"].dtype.ordered
    (True, True)
    >>> frame("hohhot", "retail_sales").query("measure == 'level' and period == '2024'")["value"].tolist()
    [1265.0, 1265.0]
    >>> frame("hohhot", "retail_sale")
    Traceback (most recent call last):
    ...
    analysis.errors.UnknownNameError: unknown indicator 'retail_sale'; did you mean: retail_sales, online_retail_sales
    """
    ledger = ledger or load_ledger()
    figs = _selected(ledger, city, indicator, measure)
    qs = [f.quantity() for f in figs]
    periods = ledger_period_dtype(ledger)
    kinds = {label: Period.parse(label).kind for label in {f.period for f in figs}}
    src = ledger.sources
    col = {
        "figure_id": [f.figure_id for f in figs],
        "city": _categorical([f.city for f in figs], list(ledger.cities)),
        "city_en": [ledger.cities[f.city].name_en for f in figs],
        "city_zh": [ledger.cities[f.city].name_zh for f in figs],
        "indicator": _categorical([f.indicator for f in figs], list(ledger.indicators)),
        "indicator_en": [ledger.indicators[f.indicator].name_en for f in figs],
        "indicator_zh": [ledger.indicators[f.indicator].name_zh for f in figs],
        "measure": _categorical([f.measure for f in figs]),
        "qualifier": _categorical([f.qualifier for f in figs]),
        "period": pd.Categorical([f.period for f in figs], dtype=periods),
        "period_kind": _categorical([kinds[f.period] for f in figs]),
        "base_period": pd.Categorical([f.base_period or None for f in figs], dtype=periods),
        "value": [q.value for q in qs],
        "low": [q.low for q in qs],
        "high": [q.high for q in qs],
        "printed": [f.value for f in figs],
        "decimals": [q.decimals for q in qs],
        "unit": _categorical([f.unit for f in figs]),
        "price_basis": _categorical([f.price_basis for f in figs]),
        "denominator": [f.denominator for f in figs],
        "denominator_city": [f.denominator_city for f in figs],
        "vintage": [src[f.source_id].date for f in figs],
        "source_id": _categorical([f.source_id for f in figs], list(src)),
        "file_name": [src[f.source_id].location for f in figs],
        "line": [f.line for f in figs],
        "excerpt": [f.excerpt for f in figs],
        "notes": [f.notes for f in figs],
    }
    df = Frame(col, columns=FIGURE_COLUMNS)  # a DataFrame whose to_excel keeps formula-like text as text
    df.attrs = {"what": "documented figures", "data": str(ledger.directory),
                "filters": {"city": city, "indicator": indicator, "measure": measure}}
    return df


def checks_frame(city: str | None = None, *, ledger: Ledger | None = None) -> pd.DataFrame:
    """Every check (of one city, or all) as a DataFrame, one row per check.

    Columns (:data:`CHECK_COLUMNS`): id, ``role`` (claim or identity) and
    ``verdict`` (ordered categoricals, in the order of
    :data:`analysis.verdicts.VERDICTS`), city, indicator, kind, the periods,
    stated and computed values with the computed interval, the explanations,
    the figure checked, its evidence, the readings tried, the derived inputs
    and the sources (figure ids, and file, line and excerpt as text).

    >>> from analysis.checks import run_checks
    >>> cf = checks_frame("hohhot")
    >>> len(cf) == len(run_checks(load_ledger(), city="hohhot"))
    True
    >>> row = cf.set_index("check_id").loc["hohhot.retail_sales.avg_growth.2020-2024.s000-109"]
    >>> row.role, row.verdict, round(float(row.computed), 3), row.source_ids
    ('claim', 'consistent', 5.198, 's000-109; s000-034; s000-035')
    """
    from ..checks import ROLES, run_checks
    from ..verdicts import VERDICTS

    ledger = ledger or load_ledger()
    checks = run_checks(ledger, city=city)
    if not checks:
        raise UnknownNameError(f"no check for city={city!r}: the ledger states no relation that can be checked")
    rows = [c.to_row() for c in checks]
    periods = ledger_period_dtype(ledger, [x for c in checks for x in (c.period_start, c.period_end)])
    names = {code: ind for code, ind in ledger.indicators.items()}
    col = {
        "check_id": [c.check_id for c in checks],
        "role": pd.Categorical([c.role for c in checks], categories=list(ROLES)),
        "verdict": pd.Categorical([c.verdict for c in checks], categories=list(VERDICTS), ordered=True),
        "city": _categorical([c.city for c in checks], list(ledger.cities)),
        "indicator": _categorical([c.indicator for c in checks], list(ledger.indicators)),
        "indicator_en": [names[c.indicator].name_en if c.indicator in names else "" for c in checks],
        "indicator_zh": [names[c.indicator].name_zh if c.indicator in names else "" for c in checks],
        "kind": _categorical([c.kind for c in checks]),
        "period_start": pd.Categorical([c.period_start or None for c in checks], dtype=periods),
        "period_end": pd.Categorical([c.period_end or None for c in checks], dtype=periods),
        "stated": pd.array([c.stated for c in checks], dtype="Float64"),
        "stated_text": [c.stated_text for c in checks],
        "unit": _categorical([c.unit for c in checks]),
        "computed": pd.array([c.computed for c in checks], dtype="Float64"),
        "computed_low": pd.array([c.computed_low for c in checks], dtype="Float64"),
        "computed_high": pd.array([c.computed_high for c in checks], dtype="Float64"),
        "explanation_en": [c.explanation_en for c in checks],
        "explanation_zh": [c.explanation_zh for c in checks],
        "figure_id": [c.figure_id for c in checks],
        "evidence_ids": ["; ".join(c.evidence_ids) for c in checks],
        "readings": [r["readings"] for r in rows],
        "derived_inputs": [r["derived_inputs"] for r in rows],
        "source_ids": ["; ".join(s["figure_id"] for s in c.sources) for c in checks],
        "sources": [r["sources"] for r in rows],
    }
    df = Frame(col, columns=CHECK_COLUMNS)
    df.attrs = {"what": "checks", "data": str(ledger.directory), "filters": {"city": city}}
    return df
