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

import re

from .. import display_units as du
from ..checks import Check
from ..quantity import decimals_of
from .labels import BASIS_REASONS, word
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


_CENSUS = re.compile(r"The (base|end) level \((\d{4}), printed [\d-]+\) predates the revision by (the \w+ national "
                     r"economic census)")


def census_clause(c: Check, lang: str) -> str:
    """A sentence for a finding whose base and end levels are on different
    economic-census vintages (the check's explanation says which,
    :func:`analysis.vintages.census_note`), else "".

    >>> from analysis.checks import Check
    >>> c = Check("x", "c", "gdp", "avg_growth", "2021", "2024", 6.4, "6.4", "%", 8.9, 8.9, 8.9, "not_comparable",
    ...           "… The base level (2020, printed 2021-04) predates the revision by the fifth national economic "
    ...           "census (published 2024-12); …", "", "x-1")
    >>> census_clause(c, "en")
    ' The 2020 level, the base of another reading, was printed before the fifth national economic census revised it: the base and end levels are different census vintages, so the growth across them may not be comparable.'
    >>> census_clause(c, "zh")
    '另：另一读法的基期2020年总量印于第五次全国经济普查修订之前，与另一端不属同一普查版本，跨越两者的增速可能不可比。'
    """
    from ..vintages import CENSUS_NAMES_ZH

    m = _CENSUS.search(c.explanation_en)
    if not m:
        return ""
    _, year, census = m.groups()
    other = year not in (c.period_start[:4], c.period_end[:4])  # the base of another reading (2020 of 2021–2024)
    what = ("增加额", "change") if c.kind in ("change", "pp_change") else ("增速", "growth")
    if lang == "zh":
        return (f"另：{'另一读法的基期' if other else ''}{year}年总量印于{CENSUS_NAMES_ZH.get(census, census)}修订之前，"
                f"与另一端不属同一普查版本，跨越两者的{what[0]}可能不可比。")
    return (f" The {year} level{', the base of another reading,' if other else ''} was printed before {census} "
            f"revised it: the base and end levels are different census vintages, so the {what[1]} across them may "
            "not be comparable.")


def basis_of(b, c: Check) -> str:
    """Why a ``not_comparable`` finding is not an error, as a key of
    :data:`.labels.BASIS_REASONS`, read from the figure's price basis, the
    indicator's averaging method and the check's explanation.

    >>> from analysis.checks import Check
    >>> from analysis.briefing import Briefing
    >>> b = Briefing.for_city("hohhot", "en")
    >>> c = Check("x", "c", "gdp_per_capita", "per_capita", "2016", "2016", 215500, "215500", "yuan", 214951.6,
    ...           214949.1, 214954.1, "not_comparable", "… The statistics office divides by the average population "
    ...           "over the year; …", "", "x-1")
    >>> basis_of(b, c)
    'per_capita'
    """
    part = b._fig_or_none(c.figure_id)
    ind = b.ledger.indicators.get(c.indicator)
    text = c.explanation_en
    if (part is not None and part.price_basis == "comparable" and c.kind in ("growth", "avg_growth")
            and "the levels at current prices" in text):
        return "real"
    if c.kind == "avg_growth" and ind is not None and ind.avg_growth_method == "cumulative":
        return "cumulative"
    if _CENSUS.search(text):
        return "census"
    if "average population" in text:
        return "per_capita"
    if "documents of different dates" in text:
        return "revision"
    return "other"


def basis_row(b, c: Check) -> tuple[str, str, str, str, str]:
    """A finding on another basis as the cells of the key findings' table:
    the indicator, the period, the stated figure, what the printed figures
    give and why that is not an error (:data:`.labels.BASIS_REASONS`)."""
    reason = word(BASIS_REASONS, basis_of(b, c), b.lang)
    return b.name(c.indicator), b._check_period(c), _stated(b, c), computed_text(b, c), reason


def headline(b, c: Check) -> str:
    """The finding's one line (module docstring), with the census clause
    (:func:`census_clause`) where the levels are of different census vintages."""
    return _headline(b, c) + census_clause(c, b.lang)


def _headline(b, c: Check) -> str:
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
        basis = basis_of(b, c)
        if basis == "real":
            a_year = b.t("", " a year") if c.kind == "avg_growth" else ""
            return b.t(f"{name}（{period}）：所述{stated}为可比价实际增速；按所印现价总量计算为名义{computed}，"
                       "两者之差是价格变动，并非错误。",
                       f"{name}, {period}: the stated {stated} is real growth (comparable prices); the printed "
                       f"current-price levels give a nominal {computed}{a_year}. The gap is the price change, "
                       "not an error.")
        if basis == "cumulative":
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
