"""Rules about single figures that a schema cannot state: which figures are
whole counts, which dates exist, and which periods may be compared.

Used by :mod:`analysis.ledger` (validation, and the ``counted`` flag of each
figure). Messages name the column and what was expected; the caller adds the
file and line.

>>> from analysis.periods import Period
>>> impossible_date(Period.parse("2024-02-31"))
'day is out of range for month'
>>> period_pairing("change", Period.parse("2024M01-M10"), Period.parse("2023"))[0][:61]
"column 'base_period': 2023 (2023, full year) cannot be paired"
"""

from __future__ import annotations

from typing import Protocol

from .periods import KIND_NAMES, Period


class FigureLike(Protocol):
    """What these rules read of a figure (:class:`analysis.ledger.Figure` has it)."""

    qualifier: str
    indicator: str
    measure: str
    unit: str
    normalized: str


#: Measures whose value is itself a count of the indicator (not a rate of it).
COUNT_MEASURES = ("level", "change", "rank", "growth_rank")
#: Measures that are a place in a ranking (第3位): of the level, or of the growth rate.
RANK_MEASURES = ("rank", "growth_rank")
#: Measures that are a growth rate (a rank printed after one is its ``growth_rank``).
GROWTH_MEASURES = ("growth", "avg_growth", "two_year_avg")


def is_counted(f: FigureLike, indicators: dict, units: dict) -> bool:
    """Whether a figure is a whole count: a rank, or a level or change of an
    indicator marked ``counted`` printed in a unit of one (个, 家, 列 …, not
    万个) as an integer; never a figure qualified 约 (about).

    >>> from types import SimpleNamespace as F
    >>> indicators, units = {"trains": F(counted=True)}, {"列": {"factor": 1.0}, "万列": {"factor": 1e4}}
    >>> trains = F(qualifier="exact", indicator="trains", measure="level", unit="列", normalized="63")
    >>> is_counted(trains, indicators, units), is_counted(F(**{**vars(trains), "unit": "万列"}), indicators, units)
    (True, False)
    >>> is_counted(F(**{**vars(trains), "qualifier": "about"}), indicators, units)
    False
    """
    if f.qualifier == "about":  # 约/近: rounded on purpose, whatever it counts
        return False
    ind = indicators.get(f.indicator)
    if f.measure not in RANK_MEASURES:  # a rank (第30位) is a whole number whatever it ranks
        if ind is None or not getattr(ind, "counted", False) or f.measure not in COUNT_MEASURES:
            return False
        if units.get(f.unit, {}).get("factor") != 1.0:
            return False
    try:
        return "." not in f.normalized
    except ValueError:
        return False




def impossible_date(p: Period) -> str:
    """Why a date period is not a calendar day ('' when it is)."""
    if p.kind != "date":
        return ""
    import datetime

    y, mo, d = (int(x) for x in p.label.split("-"))
    try:
        datetime.date(y, mo, d)
    except ValueError as exc:
        return str(exc)
    return ""


def period_end(p: Period) -> tuple:
    """A sortable end of a period: (year, last month, day)."""
    if p.kind == "date":
        return (p.year, p.months[1], int(p.label.rsplit("-", 1)[1]))
    return (p.year, p.months[1], 31)


def period_pairing(measure: str, period: Period, base: Period) -> list[str]:
    """Problems of a period against its base period: the base must come first
    (a zero span is refused), and a year-to-date period is never paired with
    a full year or with another part of a year (methods.md §2)."""
    out = []
    if period.label == base.label:
        out.append(f"column 'base_period': {base.label!r} equals the period: a zero span; expected a base period "
                   f"before {period.label!r}")
        return out
    if period_end(base) >= period_end(period):
        out.append(f"column 'base_period': {base.label!r} is not before the period {period.label!r}; expected an "
                   f"earlier base period")
    if "months" in (period.kind, base.kind) and not (period.kind == base.kind and period.months == base.months):
        what = lambda p: f"{p.label} ({p.display('en')}, {KIND_NAMES[p.kind][1]})"  # noqa: E731
        out.append(f"column 'base_period': {what(base)} cannot be paired with {what(period)} for measure "
                   f"{measure!r}: a year-to-date or part-year figure compares only with the same months of "
                   f"another year")
    return out


