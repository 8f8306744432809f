"""Checks of claims: relations a document asserts, one function per measure
(average growth, the family with the most readings, is in :mod:`.averages`).

Each function takes the builder, the index and one stated figure, pairs it
with the figures it can be checked against (through the index: never a scan
of the ledger) and adds one or more checks. The verdict follows the readings
rule of :mod:`analysis.checks.readings`.

>>> from analysis.ledger import load_ledger
>>> from analysis.checks import run_checks, find_check
>>> c = find_check(run_checks(load_ledger(), city="hohhot"), "hohhot.retail_sales.avg_growth.2020-2024.s000-109")
>>> c.verdict, c.role
('consistent', 'claim')
"""

from __future__ import annotations

import math

from ..errors import ComputationError
from ..growth import growth, two_year_average
from ..ledger import Figure
from ..numbers import is_exact_word
from ..periods import Period, years_between
from ..quantity import Quantity, combine
from ..structure import change, per_capita, pp_change, share
from ..verdicts import judge, judge_lower_bound, judge_upper_bound
from .builder import Builder, join, missing, names, stated_of, to_unit, with_unit, zh_error
from .index import Index
from .readings import decide, real_against_nominal, reading
from .averages import _RATIO_K, _RATIO_K1, _real_vs_nominal, check_avg_growth

#: Per-capita indicators: indicator -> (total indicator, population indicator).
PER_CAPITA = {"gdp_per_capita": ("gdp", "population")}


def compare(b: Builder, fig: Figure, kind: str, stated: Quantity, what: tuple[str, str],
            inputs: list[tuple], compute, notes: list[tuple[str, str]], with_basis: bool = False,
            ix: Index | None = None, **kw) -> None:
    """The common shape of a pairwise check: ``inputs`` are (indicator,
    period, quantity or None[, city]); a missing one gives insufficient_data
    naming it, an undefined computation not_comparable, otherwise a verdict."""
    absent = [(i[0], i[1], *(i[3:4])) for i in inputs if i[2] is None]
    if absent:
        b.add(fig=fig, kind=kind, stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=missing(b.ledger, absent, fig), **kw)
        return
    try:
        q = compute(*(i[2] for i in inputs))
    except ComputationError as exc:
        b.add(fig=fig, kind=kind, stated=stated, computed=None, verdict="not_comparable", what=what,
              detail=(f"无法比较：{zh_error(str(exc))}。", f"Cannot compare: {exc}."), **kw)
        return
    detail = ("", "")
    if with_basis and ix is not None and _real_vs_nominal(ix, fig):
        _, note = real_against_nominal(q, stated, fig.value)
        verdict, gap = "not_comparable", 0.0
        detail = (note[0] + "。", note[1][0].upper() + note[1][1:] + ".")
    else:
        j = judge(stated, q)
        verdict, gap = j.verdict, j.gap
    b.add(fig=fig, kind=kind, stated=stated, computed=q, verdict=verdict, what=what, gap=gap,
          detail=join(notes, detail), evidence=q.all_figure_ids(), **kw)


def check_growth(b: Builder, ix: Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = stated_of(ix, fig)
    zh_name, en_name = names(ledger, fig.indicator)
    end = fig.period_obj
    base = fig.base_obj or (end.previous() if end.kind != "date" else None)
    span_word = ("较" + base.display("zh")) if fig.base_obj and base else "同比"
    what = (f"{zh_name}{span_word}增长", f"growth of {en_name}" + (f" on {base.display('en')}" if fig.base_obj and base
                                                                else " on the same period a year earlier"))
    if base is None or end.kind == "span":
        b.add(fig=fig, kind="growth", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=("该时段没有可比的基期总量。", "No comparable base level exists for this period."))
        return
    start_q, n1 = ix.level(fig.city, fig.indicator, base.label)
    end_q, n2 = ix.level(fig.city, fig.indicator, end.label)
    if start_q is None and end_q is not None and _counted_level(ix, fig, end.label):
        _growth_of_count(b, ix, fig, stated, what, end_q, base)
        return
    compare(b, fig, "growth", stated, what, [(fig.indicator, base.label, start_q), (fig.indicator, end.label, end_q)],
            growth, n1 + n2, with_basis=True, ix=ix, period_start=base.label)


def _counted_level(ix: Index, fig: Figure, period: str) -> bool:
    best = ix.best(ix.find(fig.city, fig.indicator, "level", period))
    return best is not None and ix.counted(best)


def _growth_of_count(b: Builder, ix: Index, fig: Figure, stated: Quantity, what: tuple[str, str],
                     end_q: Quantity, base: Period) -> None:
    """A growth of a count: the implied base must be a whole number (methods.md §8)."""
    lo_base = end_q.value / (1 + stated.high / 100)
    hi_base = end_q.value / (1 + stated.low / 100)
    point = end_q.value / (1 + stated.value / 100)
    implied = Quantity(point, lo_base, hi_base, end_q.unit, label=f"{fig.indicator} {base.label}",
                       method="implied_previous_level", inputs=(end_q, stated), period=base.label)
    wholes = list(range(math.ceil(lo_base - 1e-9), math.floor(hi_base + 1e-9) + 1))
    nearest = max(1, round(point))
    g_near = (end_q.value / nearest - 1) * 100
    unit = end_q.unit
    if wholes:
        w = min(wholes, key=lambda x: abs(x - point))
        g = (end_q.value / w - 1) * 100
        verdict = judge(stated, Quantity.exact(g, "%")).verdict
        detail = (f"计数为整数：隐含基期数{point:.2f}{unit}，取整数{w}{unit}时增速为{g:.1f}%。",
                  f"Counts are whole numbers: the implied base is {with_unit(f'{point:.2f}', unit)}; the whole number "
                  f"{w} gives {g:.1f} %.")
        gap = 0.0
    else:
        verdict = "inconsistent"
        detail = (f"计数为整数：隐含基期数{point:.3f}{unit}（区间{lo_base:.3f}—{hi_base:.3f}）不含整数；最接近的"
                  f"{nearest}{unit}给出增速{g_near:.1f}%。",
                  f"Counts are whole numbers: the implied base {with_unit(f'{point:.3f}', unit)} (range "
                  f"{lo_base:.3f}–{hi_base:.3f}) contains no whole number; the nearest, {nearest}, gives "
                  f"{g_near:.1f} %.")
        gap = abs(g_near - stated.value) - stated.half_width
    rd = reading(("基期为整数", "whole-number base"), implied, stated, verdict=verdict)
    # the computed side is a growth, in the stated figure's unit: the one a whole-number base gives
    g_whole = g if wholes else g_near
    computed = Quantity(g_whole, g_whole, g_whole, "%", label=f"{fig.indicator} growth from a whole-number base",
                        method="growth from a whole-number base", inputs=(end_q, implied), period=fig.period)
    b.add(fig=fig, kind="growth", stated=stated, computed=computed, verdict=verdict, what=what, detail=detail,
          evidence=end_q.all_figure_ids(), readings=[rd], gap=max(gap, 0.0), period_start=base.label,
          head=(f"所述{what[0]}{fig.value}%（末期{end_q.text}{unit}）",
                f"Stated {what[1]} {fig.value} % (end level {with_unit(end_q.text, unit)})"))


def check_change(b: Builder, ix: Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = stated_of(ix, fig)
    zh_name, en_name = names(ledger, fig.indicator)
    what = (f"{zh_name}较{fig.base_obj.display('zh')}变化", f"change in {en_name} since {fig.base_obj.display('en')}")
    if ledger.units.get(fig.unit, {}).get("dimension") in ("rank", "percent", "percentage_point"):
        _check_change_of_rate(b, ix, fig, stated, what)
        return
    start_q, n1 = ix.level(fig.city, fig.indicator, fig.base_period, allow_derived=False)
    end_q, n2 = ix.level(fig.city, fig.indicator, fig.period, allow_derived=False)
    if start_q is None or end_q is None:
        gone = [(fig.indicator, p) for p, q in ((fig.base_period, start_q), (fig.period, end_q)) if q is None]
        zh, en = missing(ledger, gone, fig)
        if (start_q is None) != (end_q is None):
            zh += "已据此推算另一端的数值（见相关核验）。"
            en += " The other end is derived from this change where a check needs it."
        b.add(fig=fig, kind="change", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=(zh, en))
        return
    try:
        years_between(fig.base_obj, fig.period_obj) if fig.base_obj.kind != "date" else None
        q = change(start_q, end_q)
        q = combine(lambda x: x, q, unit=fig.unit, method="same") if q.unit == fig.unit else to_unit(q, fig.unit)
    except ComputationError as exc:
        b.add(fig=fig, kind="change", stated=stated, computed=None, verdict="not_comparable", what=what,
              detail=(f"无法比较：{zh_error(str(exc))}。", f"Cannot compare: {exc}."))
        return
    j = judge(stated, q)
    b.add(fig=fig, kind="change", stated=stated, computed=q, verdict=j.verdict, what=what, gap=j.gap,
          detail=join(n1 + n2), evidence=q.all_figure_ids())


def _check_change_of_rate(b, ix, fig, stated, what) -> None:
    measure = "rank" if fig.unit == "位" else "level"
    start = ix.best(ix.find(fig.city, fig.indicator, measure, fig.base_period))
    end = ix.best(ix.find(fig.city, fig.indicator, measure, fig.period))
    if start is None or end is None:
        gone = [(fig.indicator, p) for p, q in ((fig.base_period, start), (fig.period, end)) if q is None]
        b.add(fig=fig, kind="change", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=missing(ix.ledger, gone, fig))
        return
    q = combine(lambda a, c: round(c - a, 10), ix.q(start), ix.q(end), unit=fig.unit, method="change")
    j = judge(stated, q)
    b.add(fig=fig, kind="change", stated=stated, computed=q, verdict=j.verdict, what=what, gap=j.gap,
          evidence=[start.figure_id, end.figure_id])


def check_multiple(b: Builder, ix: Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = stated_of(ix, fig)
    zh_name, en_name = names(ledger, fig.indicator)
    if fig.denominator and not fig.base_period:  # a multiple of another indicator, same period
        dzh, den = names(ledger, fig.denominator)
        what = (f"{zh_name}为{dzh}的倍数", f"{en_name} as a multiple of {den}")
        dcity = fig.denominator_city or fig.city
        start_q, n1 = ix.level(dcity, fig.denominator, fig.period)
        end_q, n2 = ix.level(fig.city, fig.indicator, fig.period)
        gone = [(i, fig.period, c) for i, q, c in ((fig.denominator, start_q, dcity), (fig.indicator, end_q, fig.city))
                if q is None]
    else:
        what = (f"{zh_name}为{fig.base_obj.display('zh')}的倍数",
                f"{en_name} as a multiple of {fig.base_obj.display('en')}")
        start_q, n1 = ix.level(fig.city, fig.indicator, fig.base_period)
        end_q, n2 = ix.level(fig.city, fig.indicator, fig.period)
        gone = [(fig.indicator, p) for p, q in ((fig.base_period, start_q), (fig.period, end_q)) if q is None]
    conventional = 0.0 if fig.measure == "multiple" else 1.0
    stated_ratio = stated.value + conventional
    t = stated.text
    if is_exact_word(fig.value):
        head = (f"所述{what[0]}：{fig.value}，即{t}倍（比值{stated_ratio:g}）",
                f"Stated {what[1]}: “{fig.value}” = {t}× (a ratio of {stated_ratio:g})")
    elif conventional:
        head = (f"所述{what[0]}：增长{t}倍（比值{stated_ratio:g}）",
                f"Stated {what[1]}: an increase of {t}× (a ratio of {stated_ratio:g})")
    else:
        head = (f"所述{what[0]}{t}倍（比值{stated_ratio:g}）",
                f"Stated {what[1]} {t}× (a ratio of {stated_ratio:g})")
    if start_q is None or end_q is None:
        paired = fig.base_period and ix.find(fig.city, fig.indicator, "avg_growth", fig.period,
                                             base_period=fig.base_period)
        if paired:
            return  # checked against the stated average growth (avg_growth_vs_multiple)
        b.add(fig=fig, kind="multiple", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=missing(ledger, gone, fig), head=head)
        return
    from ..growth import multiple as ratio_of
    ratio = ratio_of(start_q, end_q)
    readings = []
    for name, add in ((_RATIO_K, 0.0), (_RATIO_K1, 1.0)):
        q = combine(lambda r, a=add: r - a, ratio, unit="倍", method=f"ratio-{add:g}")
        rd = reading(name, q, stated, ratio=ratio.value)
        rd["conventional"] = add == conventional
        readings.append(rd)
    verdict, best = decide(readings)
    computed = combine(lambda r: r - conventional, ratio, unit="倍", method="ratio")
    gap = judge(stated, computed).gap if verdict == "inconsistent" else 0.0
    r_txt = f"{ratio.value:.3f}"
    if best is not None:
        detail = (f"两者之比为{r_txt}；按{best['reading_zh']}可对上。",
                  f"The ratio of the two levels is {r_txt}. Reconciled by the {best['reading']}.")
    else:
        detail = (f"两者之比为{r_txt}；两种读法都对不上。",
                  f"The ratio of the two levels is {r_txt}. Neither reading of the multiple reconciles it.")
    head = (head[0] + f"，计算比值{ratio.value:.3f}（区间{ratio.low:.3f}—{ratio.high:.3f}）",
            head[1] + f"; computed ratio {ratio.value:.3f} (range {ratio.low:.3f}–{ratio.high:.3f})")
    b.add(fig=fig, kind="multiple", stated=stated, computed=computed, verdict=verdict, what=what,
          detail=detail, readings=readings, evidence=computed.all_figure_ids(), gap=gap, head=head)


def check_share(b: Builder, ix: Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = stated_of(ix, fig)
    zh_name, en_name = names(ledger, fig.indicator)
    dzh, den = names(ledger, fig.denominator)
    dcity = fig.denominator_city or fig.city
    where_zh = ledger.cities[dcity].name_zh if fig.denominator_city else ""
    where_en = f" of {ledger.cities[dcity].name_en}" if fig.denominator_city else ""
    what = (f"{zh_name}占{where_zh}{dzh}比重", f"share of {en_name} in {den}{where_en}")
    if stated.low > 100:
        b.add(fig=fig, kind="share", stated=stated, computed=None, verdict="inconsistent", what=what,
              detail=("比重超过100%，按所印数值不可能成立。", "A share above 100 % cannot be right as printed."),
              gap=stated.low - 100)
        return
    part_q, n1 = ix.level(fig.city, fig.indicator, fig.period)
    whole_q, n2 = ix.level(dcity, fig.denominator, fig.period)
    compare(b, fig, "share", stated, what, [(fig.indicator, fig.period, part_q, fig.city),
                                            (fig.denominator, fig.period, whole_q, dcity)], share, n1 + n2)


def _share_at(ix: Index, fig: Figure, period: str) -> tuple[Quantity | None, list[tuple[str, str]]]:
    """A documented share, or one computed from levels (derived)."""
    docs = ix.find(fig.city, fig.indicator, "share", period, denominator=fig.denominator)
    docs = [d for d in docs if d.denominator_city == fig.denominator_city]
    best = ix.best(docs)
    if best is not None:
        return ix.q(best), []
    part, n1 = ix.level(fig.city, fig.indicator, period)
    whole, n2 = ix.level(fig.denominator_city or fig.city, fig.denominator, period)
    if part is None or whole is None:
        return None, []
    q = share(part, whole)
    return Quantity(q.value, q.low, q.high, q.unit, label=f"share {period}", method="share", inputs=q.inputs,
                    period=period), n1 + n2 + [(f"{period}年比重由总量计算为{q.value:.2f}%",
                                                f"{period} share computed from levels: {q.value:.2f} %.")]


def _rate_at(ix: Index, fig: Figure, period: Period) -> Figure | None:
    """The growth rate a percentage-point change of growth compares."""
    if period.kind == "span":
        # an average over a span: avg_growth ending at the span's last year, based on the year before it
        for base in (str(period.year_from - 1), str(period.year_from)):
            f = ix.best(ix.find(fig.city, fig.indicator, "avg_growth", str(period.year), base_period=base))
            if f is not None:
                return f
        return None
    return ix.best(ix.find(fig.city, fig.indicator, "growth", period.label, base_period=""))


def check_pp_change(b: Builder, ix: Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = stated_of(ix, fig)
    zh_name, en_name = names(ledger, fig.indicator)
    base = fig.base_obj
    if fig.denominator:
        dzh, den = names(ledger, fig.denominator)
        what = (f"{zh_name}占{dzh}比重较{base.display('zh')}变化",
                f"percentage-point change in the share of {en_name} in {den} since {base.display('en')}")
        s0, n0 = _share_at(ix, fig, fig.base_period)
        s1, n1 = _share_at(ix, fig, fig.period)
        gone = [(fig.indicator, p) for p, q in ((fig.base_period, s0), (fig.period, s1)) if q is None]
    else:
        what = (f"{zh_name}增速较{base.display('zh')}变化",
                f"percentage-point change in the growth of {en_name} since {base.display('en')}")
        f0 = _rate_at(ix, fig, base)
        f1 = _rate_at(ix, fig, fig.period_obj)
        s0 = ix.q(f0) if f0 else None
        s1 = ix.q(f1) if f1 else None
        n0, n1 = [], []
        gone = [(fig.indicator, p) for p, q in ((fig.base_period, s0), (fig.period, s1)) if q is None]
        if f0 is not None and f1 is not None and f0.price_basis != f1.price_basis:
            b.add(fig=fig, kind="pp_change", stated=stated, computed=None, verdict="not_comparable", what=what,
                  detail=("两个增速的价格口径不同。", "The two growth rates are on different price bases."),
                  evidence=[f0.figure_id, f1.figure_id])
            return
    if s0 is None or s1 is None:
        zh, en = missing(ledger, gone, fig)
        b.add(fig=fig, kind="pp_change", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=(zh.replace("文件未给出", "文件未给出比重或增速："),
                      en.replace("do not give", "do not give the share or the growth of")))
        return
    q = pp_change(s0, s1)
    j = judge(stated, q)
    b.add(fig=fig, kind="pp_change", stated=stated, computed=q, verdict=j.verdict, what=what, gap=j.gap,
          detail=join(n0 + n1), evidence=q.all_figure_ids())


def check_pct_of_target(b: Builder, ix: Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = stated_of(ix, fig)
    zh_name, en_name = names(ledger, fig.indicator)
    what = (f"{zh_name}完成目标的比例", f"percentage of the target for {en_name} achieved")
    level, n = ix.level(fig.city, fig.indicator, fig.period)
    target = ix.best(ix.find(fig.city, fig.indicator, "level", fig.period, qualifier="target"))
    if target is None and fig.period_obj.kind == "months":
        target = ix.best(ix.find(fig.city, fig.indicator, "level", str(fig.period_obj.year), qualifier="target"))
    if level is None or target is None:
        gone = ([("完成值", "achieved level")] if level is None else []) + \
               ([("目标值", "target")] if target is None else [])
        zh = "文件未给出" + "、".join(z for z, _ in gone) + "。"
        en = "The documents do not give the " + " and the ".join(e for _, e in gone) + "."
        b.add(fig=fig, kind="pct_of_target", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=(zh, en))
        return
    q = share(level, ix.q(target))
    j = judge(stated, q)
    b.add(fig=fig, kind="pct_of_target", stated=stated, computed=q, verdict=j.verdict, what=what, gap=j.gap,
          evidence=q.all_figure_ids(), detail=join(n))


def check_two_year_avg(b: Builder, ix: Index, fig: Figure) -> None:
    stated = stated_of(ix, fig)
    zh_name, en_name = names(ix.ledger, fig.indicator)
    what = (f"{zh_name}两年平均增长", f"two-year average growth of {en_name}")
    end = fig.period_obj
    g2 = ix.best(ix.find(fig.city, fig.indicator, "growth", end.label, base_period=""))
    g1 = ix.best(ix.find(fig.city, fig.indicator, "growth", end.previous().label, base_period=""))
    if g1 is None or g2 is None:
        gone = [(fig.indicator, p.label) for p, g in ((end.previous(), g1), (end, g2)) if g is None]
        zh, en = missing(ix.ledger, gone, fig)
        b.add(fig=fig, kind="two_year_avg", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=(zh.replace("文件未给出", "文件未给出增速："), en.replace("do not give", "do not give the growth of")))
        return
    q = two_year_average(ix.q(g1), ix.q(g2))
    j = judge(stated, q)
    b.add(fig=fig, kind="two_year_avg", stated=stated, computed=q, verdict=j.verdict, what=what, gap=j.gap,
          evidence=[g1.figure_id, g2.figure_id])


def check_contribution_or_pull(b: Builder, ix: Index, fig: Figure) -> None:
    stated = stated_of(ix, fig)
    zh_name, en_name = names(ix.ledger, fig.indicator)
    dzh, den = names(ix.ledger, fig.denominator)
    if fig.measure == "contribution":
        what = (f"{zh_name}对{dzh}增长的贡献率", f"contribution of {en_name} to the growth of {den}")
    else:
        what = (f"{zh_name}拉动{dzh}增长", f"pull of {en_name} on the growth of {den}")
    b.add(fig=fig, kind=fig.measure, stated=stated, computed=None, verdict="insufficient_data", what=what,
          detail=("需要按可比价计算的本期与上期增量，文件未给出。",
                  "It needs the part's and the total's increments at comparable prices, which the documents do "
                  "not give."))


def check_bound(b: Builder, ix: Index, fig: Figure) -> None:
    """A lower (over) or upper (under) bound against an exact figure of the same quantity."""
    ledger = ix.ledger
    threshold = ix.q(fig)
    zh_name, en_name = names(ledger, fig.indicator)
    over = fig.qualifier == "over"
    kind = "lower_bound" if over else "upper_bound"
    word_zh, word_en = ("超过", "above") if over else ("不超过", "at most")
    what = (f"{zh_name}{word_zh}", f"{en_name} {word_en}")
    exact = [f for f in ix.find(fig.city, fig.indicator, fig.measure, fig.period,
                                base_period=fig.base_period if fig.measure != "level" else None)
             if f.denominator == fig.denominator]
    best = ix.best(exact)
    if best is None:
        return  # a bound with nothing to hold it against: reported by figures, not as a check
    q = ix.q(best)
    if q.unit != threshold.unit:
        try:
            q = to_unit(q, threshold.unit)
        except ComputationError:
            return
    j = judge_lower_bound(threshold, q) if over else judge_upper_bound(threshold, q)
    b.add(fig=fig, kind=kind, stated=threshold, computed=q, verdict=j.verdict, what=what, gap=j.gap,
          evidence=[best.figure_id])


def check_per_capita(b: Builder, ix: Index, f: Figure) -> None:
    """A per-capita figure against total / population, read two ways: by the
    year-end population (what the documents usually print) and by the average
    of this and the previous year-end population (the statistics office's
    divisor). Only when both are tested and neither fits is it inconsistent;
    with the average untestable, a gap is ``not_comparable`` (another divisor)."""
    total_code, pop_code = PER_CAPITA[f.indicator]
    t, n1 = ix.level(f.city, total_code, f.period)
    p, n2 = ix.level(f.city, pop_code, f.period)
    what = names(ix.ledger, f.indicator)
    if t is None or p is None:
        gone = [(i, f.period) for i, q in ((total_code, t), (pop_code, p)) if q is None]
        b.add(fig=f, kind="per_capita", stated=stated_of(ix, f), computed=None, verdict="insufficient_data",
              what=what, detail=missing(ix.ledger, gone, f))
        return
    stated = stated_of(ix, f)
    q_end = per_capita(t, p, f.unit)
    readings = [reading(("按年末常住人口", "year-end population"), q_end, stated)]
    period = f.period_obj
    p0 = ix.level(f.city, pop_code, period.previous().label)[0] if period.kind == "year" else None
    q_avg = None
    if p0 is not None:
        avg = combine(lambda a, c: (a + c) / 2, p0, p, unit=p.unit, method="average population")
        q_avg = per_capita(t, avg, f.unit)
        readings.append(reading(("按年平均常住人口", "average population"), q_avg, stated))
    else:
        readings.append(reading(("按年平均常住人口", "average population"), None, stated, verdict="not_comparable",
                                note=("需要上年末常住人口，文件未给出", "needs the previous year-end population, "
                                      "which the documents do not give")))
    verdict, best = decide(readings)
    computed = q_avg if best is not None and best is readings[-1] and q_avg is not None else q_end
    j = judge(stated, computed)
    notes = n1 + n2
    if verdict == "not_comparable":
        notes = notes + [("统计部门按年平均常住人口计算人均值，文件未给出上年末人口，按年末人口计算的差异不能判为不一致",
                          "The statistics office divides by the average population over the year; the documents do "
                          "not give the previous year-end population, so a gap against the year-end population is "
                          "not an inconsistency")]
    b.add(fig=f, kind="per_capita", stated=stated, computed=computed, verdict=verdict, what=what,
          gap=j.gap if verdict == "inconsistent" else 0.0, detail=join(notes), evidence=computed.all_figure_ids(),
          readings=readings)


BY_MEASURE = {
    "avg_growth": check_avg_growth,
    "growth": check_growth,
    "change": check_change,
    "multiple": check_multiple,
    "multiple_increase": check_multiple,
    "share": check_share,
    "pp_change": check_pp_change,
    "pct_of_target": check_pct_of_target,
    "two_year_avg": check_two_year_avg,
    "contribution": check_contribution_or_pull,
    "pull": check_contribution_or_pull,
}
