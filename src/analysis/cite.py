"""Citations of checks, ready to paste into a text.

>>> from analysis.ledger import load_ledger
>>> from analysis.checks import run_checks, find_check
>>> ledger = load_ledger()
>>> c = find_check(run_checks(ledger, city="hohhot"), "hohhot.retail_sales.avg_growth.2020-2024.s000-109")
>>> print(citation(c, ledger).splitlines()[0])
Check hohhot.retail_sales.avg_growth.2020-2024.s000-109 — verdict: consistent
"""

from __future__ import annotations

from .checks import Check
from .excerpts import figure_excerpt
from .ledger import Ledger
from .periods import Period
from .checks.readings import describe
from .verdicts import VERDICT_TEXT

#: Chinese names of the computations a derived input may come from.
_METHODS_ZH = {"level_minus_change": "末期数值减增加额", "level_plus_change": "基期数值加增加额", "share": "比重",
               "implied_previous_level": "由末期数值与增速推算", "implied_total_from_share": "由部分与比重推算"}


def _derived_zh(text: str) -> str:
    """A derived-input note in Chinese: the English words replaced (figures and units kept)."""
    import re

    m = re.fullmatch(r"(.*?): (\S+) (\S+) derived by (\S+) from (.*)", text)
    if not m:
        return text
    label, value, unit, method, parts = m.groups()
    return f"{label}：{value}{unit}，{_METHODS_ZH.get(method, '推算')}（依据{parts.replace(' and ', '、')}）"


def _period(label: str, lang: str) -> str:
    return Period.parse(label).display(lang) if label else ""


def citation(check: Check, ledger: Ledger, lang: str = "en") -> str:
    """The claim, the computation, the verdict and the sources of a check."""
    zh = lang == "zh"
    city = ledger.cities[check.city]
    span = _period(check.period_start, lang)
    if check.period_start != check.period_end:
        span = f"{span}—{_period(check.period_end, lang)}" if zh else f"{span} to {_period(check.period_end, lang)}"
    lines = []
    if zh:
        lines.append(f"核验 {check.check_id} — 结论：{VERDICT_TEXT[check.verdict][0]}（{check.verdict}）")
        lines.append(f"城市：{city.name_zh}；时期：{span}")
        lines.append(f"说明：{check.explanation_zh}")
    else:
        lines.append(f"Check {check.check_id} — verdict: {check.verdict}")
        lines.append(f"City: {city.name_en} ({city.name_zh}); period: {span}")
        lines.append(f"Finding: {check.explanation_en}")
    if check.computed is not None:
        rng = f"{check.computed_low:.4g}–{check.computed_high:.4g}"
        lines.append(("计算：" if zh else "Computation: ")
                     + (f"{check.computed:.4g}（区间{rng}），方法见说明" if zh else
                        f"{check.computed:.4g} (interval {rng}, from the rounding of the printed inputs)"))
    for r in describe(check.readings, lang).splitlines():
        lines.append(f"  {'读法：' if zh else 'reading: '}{r}")
    for d in check.derived_inputs:
        lines.append(("  推算输入：" + _derived_zh(d)) if zh else "  derived input: " + d)
    lines.append("来源：" if zh else "Sources:")
    for s in check.sources:
        where = f"第{s['line']}行" if zh else f"line {s['line']}"
        lines.append(f"  [{s['figure_id']}] {s['publisher']}《{s['title']}》({s['date']}), {s['file_name']}, "
                     f"{where}: “{figure_excerpt(ledger, s['figure_id'], s['excerpt'])}”")
    return "\n".join(lines)
