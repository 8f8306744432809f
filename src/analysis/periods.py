"""Periods as the ledger writes them, and what may be compared with what.

Grammar (the same pattern is in ``data/datapackage.json``):

========================  =========================================
``2024``                  a calendar year
``2024H1``                the first half (上半年)
``2024Q2``                one quarter
``2024Q1-Q3``             the first three quarters (前三季度)
``2025M11``               one month
``2025M01-M11``           a year-to-date month range (1—11月)
``2021-2024``             an inclusive span of years (cumulative totals)
``2025-12-08``            a date (a stock "截至" that day)
========================  =========================================

Annual, half-year, quarter and month-range figures are different periods:
never compute an annual growth rate between a year-to-date figure and a full
year (methods.md §2).

>>> p = Period.parse("2025M01-M11")
>>> p.kind, p.year, p.months
('months', 2025, (1, 11))
>>> Period.parse("2024").previous().label
'2023'
>>> years_between(Period.parse("2020"), Period.parse("2024"))
4
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import ComputationError

PERIOD_PATTERN = re.compile(
    r"^(?:(?P<year>\d{4})(?:(?P<h1>H1)|Q(?P<q>[1-4])|Q1-Q(?P<qto>[2-4])"
    r"|M(?P<m>0[1-9]|1[0-2])(?:-M(?P<mto>0[1-9]|1[0-2]))?)?"
    r"|(?P<span_from>\d{4})-(?P<span_to>\d{4})"
    r"|(?P<dy>\d{4})-(?P<dm>0[1-9]|1[0-2])-(?P<dd>[0-2][0-9]|3[01]))$"
)

#: Human names of period kinds, in Chinese and English.
KIND_NAMES = {
    "year": ("全年", "full year"),
    "months": ("累计月份", "year-to-date months"),
    "span": ("多年合计", "multi-year span"),
    "date": ("时点", "point in time"),
}


@dataclass(frozen=True)
class Period:
    """A parsed period. ``months`` is the (first, last) month covered within
    ``year``; spans cover ``year_from``..``year`` inclusive."""

    label: str
    kind: str  # year | months | span | date
    year: int
    months: tuple[int, int] = (1, 12)
    year_from: int | None = None

    @classmethod
    def parse(cls, label: str) -> "Period":
        m = PERIOD_PATTERN.match(label or "")
        if not m:
            raise ComputationError(
                f"malformed period {label!r}: expected YYYY, YYYYH1, YYYYQn, YYYYQ1-Qn, "
                "YYYYMmm, YYYYMmm-Mnn, YYYY-YYYY or YYYY-MM-DD"
            )
        g = m.groupdict()
        if g["span_from"]:
            a, b = int(g["span_from"]), int(g["span_to"])
            if b <= a:
                raise ComputationError(f"malformed period {label!r}: a span must run forward")
            return cls(label, "span", b, (1, 12), year_from=a)
        if g["dy"]:
            return cls(label, "date", int(g["dy"]), (int(g["dm"]), int(g["dm"])))
        year = int(g["year"])
        if g["h1"]:
            return cls(label, "months", year, (1, 6))
        if g["q"]:
            q = int(g["q"])
            return cls(label, "months", year, (3 * q - 2, 3 * q))
        if g["qto"]:
            return cls(label, "months", year, (1, 3 * int(g["qto"])))
        if g["m"]:
            first = int(g["m"])
            last = int(g["mto"]) if g["mto"] else first
            if last < first:
                raise ComputationError(f"malformed period {label!r}: months run backwards")
            return cls(label, "months", year, (first, last))
        return cls(label, "year", year)

    @property
    def is_full_year(self) -> bool:
        return self.kind == "year"

    def same_kind(self, other: "Period") -> bool:
        """Whether two periods cover the same part of their years.

        >>> Period.parse("2024H1").same_kind(Period.parse("2023M01-M06"))
        True
        >>> Period.parse("2024").same_kind(Period.parse("2024M01-M10"))
        False
        """
        if self.kind != other.kind:
            return False
        if self.kind == "span":
            return (self.year - self.year_from) == (other.year - other.year_from)
        return self.months == other.months

    def previous(self) -> "Period":
        """The same part of the previous year (the base of 同比)."""
        if self.kind == "span":
            n = self.year - self.year_from + 1
            return Period.parse(f"{self.year_from - n}-{self.year - n}")
        if self.kind == "date":
            return Period.parse(f"{self.year - 1}{self.label[4:]}")
        return Period.parse(f"{self.year - 1}{self.label[4:]}")

    def display(self, lang: str = "en") -> str:
        """A readable label.

        >>> Period.parse("2025M01-M11").display("zh"), Period.parse("2024H1").display("en")
        ('2025年1—11月', 'H1 2024')
        """
        zh = lang == "zh"
        if self.kind == "year":
            return f"{self.year}年" if zh else str(self.year)
        if self.kind == "span":
            return f"{self.year_from}—{self.year}年" if zh else f"{self.year_from}–{self.year}"
        if self.kind == "date":
            y, mo, d = self.label.split("-")
            return f"{y}年{int(mo)}月{int(d)}日" if zh else self.label
        a, b = self.months
        if (a, b) == (1, 6):
            return f"{self.year}年上半年" if zh else f"H1 {self.year}"
        if (a, b) == (1, 9) and "Q" in self.label:
            return f"{self.year}年前三季度" if zh else f"Q1–Q3 {self.year}"
        if a == b:
            return f"{self.year}年{a}月" if zh else f"{self.year}-{a:02d}"
        return f"{self.year}年{a}—{b}月" if zh else f"Jan–{_MONTHS[b - 1]} {self.year}" if a == 1 else f"{_MONTHS[a - 1]}–{_MONTHS[b - 1]} {self.year}"

    def __str__(self) -> str:
        return self.label


_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def years_between(base: Period, end: Period) -> int:
    """Years from a base period to an end period of the same kind (the base
    year is not counted: 2020→2024 is 4, methods.md §2).

    >>> years_between(Period.parse("2024M01-M10"), Period.parse("2024"))
    Traceback (most recent call last):
    ...
    analysis.errors.ComputationError: cannot pair 2024M01-M10 (year-to-date months) with 2024 (full year): periods of different kinds
    """
    if not base.same_kind(end):
        raise ComputationError(
            f"cannot pair {base.label} ({KIND_NAMES[base.kind][1]}) with {end.label} "
            f"({KIND_NAMES[end.kind][1]}): periods of different kinds"
        )
    n = end.year - base.year
    if n == 0:
        raise ComputationError(f"a span of zero years ({base.label} to {end.label})")
    if n < 0:
        raise ComputationError(f"base {base.label} is after {end.label}")
    return n
