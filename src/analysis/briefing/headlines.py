"""One plain line per key finding, in the reader's language: what is wrong
(or why it is not an error), with the stated figure as stated and the
computed one at one decimal more than the stated one. The method detail
stays in the check's row, behind the finding's link.

>>> from analysis.briefing import Briefing
>>> b = Briefing.for_city("hohhot", "en")
>>> soe = next(c for c in b.findings() if c.indicator == "soe_total_profit")
>>> headline(b, soe)[:60]
'The increase of CNY 61.5 bn in total profit of municipal sta'
"""

from __future__ import annotations

from .. import display_units as du
from ..checks import Check
from ..quantity import decimals_of
from .stated import stated_phrase


#: Groups of findings, in reading order (:func:`materiality`).
GROUPS = ("contradiction", "rounding_edge", "not_comparable")


def stated_gap(c: Check) -> float:
    """How far the computed interval lies from the stated figure's rounding
    interval (0 when they touch), in the stated figure's unit.

    >>> from analysis.checks import Check
    >>> c = Check("x", "c", "gdp", "avg_growth", "2020", "2024", 11.6, "11.6", "%", 11.44, 11.34, 11.54,
    ...           "inconsistent", "", "", "x-1")
    >>> round(stated_gap(c), 3)
    0.01
    """
    try:
        half = 0.5 * 10 ** -decimals_of(c.stated_text)
    except Exception:  # noqa: BLE001 - a stated text that is not a plain number: no interval
        half = 0.0
    if c.stated is None or c.computed_low is None or c.computed_high is None:
        return 0.0
    return max(c.computed_low - (c.stated + half), (c.stated - half) - c.computed_high, 0.0)


def materiality(c: Check) -> str:
    """The group of a finding: ``not_comparable``; ``rounding_edge`` when an
    inconsistent figure misses by no more than one unit of its last printed
    digit (270 against a computed 270.59; 11.6 against 11.54); else
    ``contradiction`` (a part larger than its whole, a rate far off)."""
    if c.verdict == "not_comparable":
        return "not_comparable"
    try:
        unit = 10 ** -decimals_of(c.stated_text)
    except Exception:  # noqa: BLE001 - no printed precision to measure the gap by
        return "contradiction"
    return "rounding_edge" if stated_gap(c) <= unit + 1e-12 else "contradiction"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _whole_of(b, c: Check):
    """The whole a part is held against: the evidence figure printed as the stated value."""
    for fid in c.evidence_ids:
        f = b._fig_or_none(fid)
        if f is not None and f.normalized == c.stated_text and f.unit == c.unit:
            return f
    return None


def computed_text(b, c: Check, value: float | None = None) -> str:
    """A computed value for the reader at one decimal more than the stated figure."""
    v = c.computed if value is None else value
    if v is None:  # a check that could not compute (its explanation says why)
        return b.t("无法计算", "not computable")
    try:
        d = decimals_of(c.stated_text) + 1
    except Exception:  # noqa: BLE001 - a stated text that is not a plain number
        d = 1
    return du.show_value(v, c.unit, b.lang, d) if c.unit else f"{v:.{d}f}"


def _stated(b, c: Check) -> str:
    f = b._fig_or_none(c.figure_id)
    if f is not None and f.normalized.lstrip("+-") == c.stated_text.lstrip("+-") and f.unit == c.unit:
        return stated_phrase(f, b.lang, f.value if b.zh else f.normalized)
    return du.show(c.stated_text, c.unit, b.lang) if c.unit else c.stated_text


def headline(b, c: Check) -> str:
    """The finding's one line (module docstring)."""
    name = b.name(c.indicator)
    period = b._check_period(c)
    group = materiality(c)
    part = b._fig_or_none(c.figure_id)
    if c.kind in ("part_of_whole", "implied_level_vs_whole") and part is not None:
        whole = _whole_of(b, c)
        wname = b.name(whole.indicator) if whole is not None else ""
        wtext = stated_phrase(whole, b.lang, whole.value if b.zh else whole.normalized) if whole else \
            du.show(c.stated_text, c.unit, b.lang)
        ptext = stated_phrase(part, b.lang, part.value if b.zh else part.normalized)
        if b.zh:
            return f"{name}{ptext}（{period}）按所印数字不可能成立：它超过了所属整体{wname}{wtext}。"
        return (f"The {ptext} in {_lower_first(name)} ({period}) cannot be right as printed: it exceeds the "
                f"whole it belongs to, {_lower_first(wname)} of {wtext}.")
    stated, computed = _stated(b, c), computed_text(b, c)
    if group == "not_comparable":
        ind = b.ledger.indicators.get(c.indicator)
        real = part is not None and part.price_basis == "comparable"
        if real and c.kind == "avg_growth":
            return b.t(f"{name}（{period}）：所述{stated}为可比价实际增速；按所印现价总量计算为名义{computed}，"
                       "两者之差是价格变动，并非错误。",
                       f"{name}, {period}: the stated {stated} is real growth (comparable prices); the printed "
                       f"current-price levels give a nominal {computed} a year. The gap is the price change, "
                       "not an error.")
        if ind is not None and ind.avg_growth_method == "cumulative":
            return b.t(f"{name}（{period}）：所述{stated}按累计法计算，由所印数据按水平法只能得出{computed}，"
                       "两种方法不可直接比较，并非错误。",
                       f"{name}, {period}: the stated {stated} is averaged by the cumulative method; the printed "
                       f"figures give {computed} a year by the level method. The methods differ; not an error.")
        return b.t(f"{name}（{period}）：所述{stated}与用于核验的数据口径不同（计算为{computed}），并非错误。",
                   f"{name}, {period}: the stated {stated} and the figures it is checked against are on "
                   f"different bases (they give {computed}); not an error.")
    if group == "rounding_edge":
        return b.t(f"{name}（{period}）：所述{stated}，按所印数据计算为{computed}，仅略超出舍入允许的范围。",
                   f"{name}, {period}: stated {stated}; the printed figures give {computed}, just outside "
                   "what rounding allows.")
    return b.t(f"{name}（{period}）：文件称{stated}，但按其所印数据计算为{computed}，超出舍入误差。",
               f"{name}, {period}: the document states {stated}, but its own printed figures give {computed}, "
               "beyond rounding.")
