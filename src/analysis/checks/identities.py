"""Checks of identities: consistencies the ledger implies, per city.

The same quantity printed twice; parts summing to their whole; shares of a
partition summing to 100; a part not larger than its whole; the sectors'
changes summing to the whole's change; two shares of one whole implying the
same whole; a level implied by a growth and a change held against the whole
it belongs to; the parts' growth weighted by their shares against the whole's
growth. Each function takes the builder, the index and one city, and
looks only at that city's figures (and, through the index, the wholes they
name).

>>> from analysis.ledger import load_ledger
>>> from analysis.checks import run_checks
>>> sorted({c.kind for c in run_checks(load_ledger(), city="hohhot") if c.role == "identity"})[:3]
['implied_level_vs_whole', 'part_of_whole', 'same_quantity']
"""

from __future__ import annotations

from collections import defaultdict

from ..errors import ComputationError
from ..quantity import Quantity, combine
from ..structure import change, implied_total_from_share, total
from ..verdicts import judge
from .builder import Builder, names, to_unit, with_unit
from .index import Index, _fmt



def _span(q: Quantity, lang: str) -> str:
    """A derived value to one decimal, with its unit and interval, in a sentence."""
    if lang == "zh":
        return f"{_fmt(q.value, 1)}{q.unit}（区间{_fmt(q.low, 1)}—{_fmt(q.high, 1)}）"
    return f"{with_unit(_fmt(q.value, 1), q.unit, 'en')} (range {_fmt(q.low, 1)}–{_fmt(q.high, 1)})"

def _partitions(ix: Index) -> dict[tuple[str, str], list[str]]:
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ind in ix.ledger.indicators.values():
        if ind.partition:
            groups[(ind.parent, ind.partition)].append(ind.code)
    return groups


def same_quantity(b: Builder, ix: Index, city: str) -> None:
    groups: dict[tuple, list] = defaultdict(list)
    for f in ix.by_city.get(city, ()):
        if f.qualifier == "exact":
            groups[(f.indicator, f.measure, f.period, f.base_period, f.denominator, f.denominator_city)].append(f)
    for figs in groups.values():
        if len(figs) < 2:
            continue
        ref = ix.best(figs)
        for f in figs:
            if f is ref:
                continue
            stated = ix.q(f)
            try:
                q = ix.q(ref) if ref.unit == f.unit else to_unit(ix.q(ref), f.unit)
            except ComputationError:
                continue
            zh_name, en_name = names(ix.ledger, f.indicator)
            what = (f"{zh_name}（与另一处所印同一数值对照）", f"{en_name} (the same quantity printed elsewhere)")
            j = judge(stated, q)
            detail = ("", "")
            if ref.decimals != f.decimals:
                detail = (f"用更精确的{ref.value}核对。", f"Checked against the more precise {ref.value}.")
            b.add(fig=f, kind="same_quantity", stated=stated, computed=q, verdict=j.verdict, what=what,
                  detail=detail, evidence=[ref.figure_id], gap=j.gap)


def partitions(b: Builder, ix: Index, city: str) -> None:
    ledger = ix.ledger
    figs = ix.by_city.get(city, ())
    for (parent, _name), members in _partitions(ix).items():
        periods = dict.fromkeys(f.period for f in figs if f.indicator == parent and f.measure == "level"
                                and f.qualifier == "exact")
        for period in sorted(periods):
            whole = ix.best(ix.find(city, parent, "level", period))
            parts = [ix.best(ix.find(city, m, "level", period)) for m in members]
            if whole is None or any(p is None for p in parts):
                continue
            q = total([ix.q(p) for p in parts])  # type: ignore[arg-type]
            if q.unit != whole.unit:
                q = to_unit(q, whole.unit)
            stated = ix.q(whole)
            j = judge(stated, q)
            zh_name, en_name = names(ledger, parent)
            names_zh = "、".join(names(ledger, m)[0] for m in members)
            names_en = ", ".join(names(ledger, m)[1] for m in members)
            b.add(fig=whole, kind="sum_of_parts", stated=stated, computed=q, verdict=j.verdict,
                  what=(f"{zh_name}（各部分之和：{names_zh}）", f"{en_name} (sum of {names_en})"), gap=j.gap,
                  evidence=[p.figure_id for p in parts])  # type: ignore[union-attr]
        # shares of the same whole must sum to 100
        share_keys = dict.fromkeys((f.period, f.denominator_city) for f in figs
                                   if f.indicator in members and f.measure == "share" and f.denominator == parent)
        for period, dcity in sorted(share_keys):
            parts = [ix.best([f for f in ix.find(city, m, "share", period, denominator=parent)
                              if f.denominator_city == dcity]) for m in members]
            if any(p is None for p in parts):
                continue
            q = total([ix.q(p) for p in parts])  # type: ignore[arg-type]
            stated = Quantity.exact(100.0, "%")
            j = judge(stated, q)
            b.add(fig=parts[0], kind="shares_sum_to_100", stated=stated, computed=q, verdict=j.verdict,
                  what=(f"{names(ledger, parent)[0]}各部分比重之和", f"sum of the shares in {names(ledger, parent)[1]}"),
                  gap=j.gap, evidence=[p.figure_id for p in parts], indicator=parent)  # type: ignore[union-attr]


def _member_change(ix: Index, city: str, code: str, period: str, base: str) -> tuple[Quantity | None, str]:
    """A part's change: documented, or computed from its two documented levels."""
    doc = ix.best(ix.find(city, code, "change", period, base_period=base))
    if doc is not None:
        return ix.q(doc), doc.value
    a, _ = ix.level(city, code, base, allow_derived=False)
    z, _ = ix.level(city, code, period, allow_derived=False)
    if a is None or z is None:
        return None, ""
    q = change(a, z)
    return q, f"({z.text}−{a.text})"


def sector_changes(b: Builder, ix: Index, city: str) -> None:
    """The whole's change equals the sum of its parts' changes (46.6 + 451.8 + 823.2 = 1321.6)."""
    ledger = ix.ledger
    for (parent, _name), members in _partitions(ix).items():
        for f in ix.changes.get((city, parent), ()):
            parts = [_member_change(ix, city, m, f.period, f.base_period) for m in members]
            if any(q is None for q, _ in parts):
                continue
            try:
                q = total([p for p, _ in parts])  # type: ignore[misc]
                q = q if q.unit == f.unit else to_unit(q, f.unit)
            except ComputationError:
                continue
            stated = ix.q(f)
            j = judge(stated, q)
            terms = " + ".join(t for _, t in parts)
            zh_name, en_name = names(ledger, parent)
            b.add(fig=f, kind="sector_changes", stated=stated, computed=q, verdict=j.verdict, gap=j.gap,
                  what=(f"{zh_name}增加额（各部分增加额之和：{terms}）",
                        f"change in {en_name} (sum of its parts' changes: {terms})"),
                  evidence=q.all_figure_ids())


def _overlap_verdict(a: Quantity, b_: Quantity) -> tuple[str, float]:
    if a.contains(b_.value) or b_.contains(a.value):
        return "consistent", 0.0
    if a.low <= b_.high and b_.low <= a.high:
        return "within_rounding", 0.0
    return "inconsistent", (b_.low - a.high) if b_.low > a.high else (a.low - b_.high)


def shares_imply_whole(b: Builder, ix: Index, city: str) -> None:
    """Two shares of one undocumented whole must imply the same whole
    (1131 at 88.3 % and 421.1 at 32.9 % of gross industrial output)."""
    ledger = ix.ledger
    groups: dict[tuple, list] = defaultdict(list)
    for f in ix.by_city.get(city, ()):
        if f.measure == "share" and f.qualifier == "exact" and f.denominator:
            groups[(f.denominator, f.denominator_city or city, f.period)].append(f)
    for (whole_code, dcity, period), figs in groups.items():
        if len(figs) < 2 or ix.level(dcity, whole_code, period)[0] is not None:
            continue  # a documented whole is tested by each share check directly
        implied = []
        for f in figs:
            part, _ = ix.level(f.city, f.indicator, period)
            if part is None or f.indicator == whole_code:
                continue
            try:
                implied.append((f, part, implied_total_from_share(part, ix.q(f))))
            except ComputationError:
                continue
        if len(implied) < 2:
            continue
        ref_f, ref_part, ref_q = implied[0]
        ref_q = Quantity(ref_q.value, ref_q.low, ref_q.high, ref_q.unit, label=f"{whole_code} {period}",
                         method="implied_total_from_share", inputs=ref_q.inputs, period=period)
        wzh, wen = names(ledger, whole_code)
        for f, part, q in implied[1:]:
            verdict, gap = _overlap_verdict(ref_q, q)
            head = (f"{wzh}由两个比重推算：{ref_part.text}÷{ref_f.value}%={_span(ref_q, 'zh')}，"
                    f"{part.text}÷{f.value}%={_span(q, 'zh')}",
                    f"{wen} implied by two shares: {ref_part.text} / {ref_f.value} % = {_span(ref_q, 'en')} and "
                    f"{part.text} / {f.value} % = {_span(q, 'en')}")
            v = round(ref_q.value, 1)  # shown to one decimal; the verdict above used the exact interval
            stated = Quantity(v, min(ref_q.low, v), max(ref_q.high, v), ref_q.unit, text=_fmt(v, 1))
            b.add(fig=f, kind="shares_imply_whole", stated=stated, computed=q, verdict=verdict, gap=gap,
                  what=(wzh, wen), head=head, indicator=whole_code,
                  evidence=[ref_f.figure_id, *ref_q.all_figure_ids(), *q.all_figure_ids()])


def implied_level_vs_whole(b: Builder, ix: Index, city: str) -> None:
    """A growth and a change together imply a level, ``change × (1 + g) / g``;
    it must not exceed the whole it belongs to (615 at +92.2 % ⇒ ≈1282)."""
    ledger = ix.ledger
    for f in ix.by_city.get(city, ()):
        if f.measure != "change" or f.qualifier != "exact":
            continue
        code = f.indicator
        parent = ledger.indicators[code].parent
        if parent:
            if ix.level(city, code, f.period, allow_derived=False)[0] is not None:
                continue  # the level is documented: the part_of_whole check holds it
            g = ix.best([x for x in ix.find(city, code, "growth", f.period)
                         if x.base_period in ("", f.base_period)])
            if g is None or f.base_obj is None or f.base_obj.label != f.period_obj.previous().label \
                    and g.base_period != f.base_period:
                continue
            whole_q, _ = ix.level(city, parent, f.period)
            if whole_q is None:
                continue
            gq, dq = ix.q(g), ix.q(f)
            if gq.low <= 0:
                continue
            try:
                level = combine(lambda d, r: d * (1 + r / 100) / (r / 100), dq, gq, unit=dq.unit,
                                method="level_from_change_and_growth", label=f"{code} {f.period}", period=f.period)
                level = level if level.unit == whole_q.unit else to_unit(level, whole_q.unit)
            except ComputationError:
                continue
            if level.low > whole_q.high:
                verdict, gap = "inconsistent", level.low - whole_q.high
                detail = ("部分大于整体，按所印数值不可能成立。", "A part larger than its whole cannot be right as printed.")
            else:
                verdict, gap, detail = "consistent", 0.0, ("", "")
            zh, en = names(ledger, code)
            pzh, pen = names(ledger, parent)
            head = (f"{zh}由增加额{f.value}{f.unit}与增速{g.value}%推算为{_span(level, 'zh')}，"
                    f"不应大于{pzh}{whole_q.text or _fmt(whole_q.value, 1)}{whole_q.unit}",
                    f"{en} implied by its increase of {with_unit(f.value, f.unit, 'en')} and its growth of "
                    f"{g.value} %: {_span(level, 'en')}, which cannot exceed its whole, {pen}, "
                    f"{with_unit(whole_q.text or _fmt(whole_q.value, 1), whole_q.unit, 'en')}")
            b.add(fig=f, kind="implied_level_vs_whole", stated=whole_q, computed=level, verdict=verdict, gap=gap,
                  what=(zh, en), head=head, detail=detail, evidence=[g.figure_id, *whole_q.all_figure_ids()])


def parts_of_whole(b: Builder, ix: Index, city: str) -> None:
    """A part cannot exceed its whole; a part's increase cannot exceed its whole."""
    ledger = ix.ledger
    for f in ix.by_city.get(city, ()):
        ind = ledger.indicators[f.indicator]
        if not ind.parent or f.qualifier != "exact" or f.measure not in ("level", "change"):
            continue
        whole_fig = ix.best(ix.find(f.city, ind.parent, "level", f.period))
        if whole_fig is None:
            continue
        part = ix.q(f)
        whole = ix.q(whole_fig)
        try:
            part = part if part.unit == whole.unit else to_unit(part, whole.unit)
        except ComputationError:
            continue
        zh, en = names(ledger, f.indicator)
        pzh, pen = names(ledger, ind.parent)
        if part.low > whole.high:
            verdict = "inconsistent"
            detail = ("部分大于整体，按所印数值不可能成立。", "A part larger than its whole cannot be right as printed.")
            gap = part.low - whole.high
        else:
            verdict, detail, gap = "consistent", ("", ""), 0.0
        word = ("增加额", "increase of ") if f.measure == "change" else ("", "")
        q = Quantity(part.value, part.low, part.high, part.unit, label=part.label, method="part",
                     inputs=(part,), period=f.period)
        p_txt, w_txt = f.normalized, whole_fig.normalized  # "207,380" as printed is 207380, the stated text
        u_zh = whole.unit
        head = (f"部分{zh}{word[0]}{p_txt}{u_zh} ≤ 整体{pzh}{w_txt}{u_zh}",
                f"part {word[1]}{en} {with_unit(p_txt, whole.unit, 'en')} ≤ whole {pen} "
                f"{with_unit(w_txt, whole.unit, 'en')}")
        b.add(fig=f, kind="part_of_whole", stated=whole, computed=q, verdict=verdict,
              what=(f"{pzh}（不小于其组成部分{zh}{word[0]}）", f"{pen} (not less than its part: {word[1]}{en})"),
              detail=detail, evidence=[whole_fig.figure_id], gap=gap, head=head)


#: Identities run per city, in this order.
IDENTITIES = (same_quantity, partitions, sector_changes, shares_imply_whole, implied_level_vs_whole,
              parts_of_whole)


#: Tolerance of the weighted-growth identity, in percentage points (docs/methods.md §5): the weights are
#: shares at current prices of the previous period, where the statistics office weights at constant prices.
WEIGHTED_GROWTH_TOLERANCE = 0.5


def weighted_growth(b: Builder, ix: Index, city: str) -> None:
    """The whole's real growth ≈ the parts' growth rates weighted by their
    previous-period shares, Σ wᵢ·gᵢ (within :data:`WEIGHTED_GROWTH_TOLERANCE`)."""
    ledger = ix.ledger
    for (parent, _name), members in _partitions(ix).items():
        for f in ix.by_city.get(city, ()):
            if f.indicator != parent or f.measure != "growth" or f.qualifier != "exact" or f.base_period:
                continue
            prev = f.period_obj.previous().label
            rates = [ix.best(ix.find(city, m, "growth", f.period, base_period="")) for m in members]
            if any(r is None for r in rates):
                continue
            weights = []
            for m in members:
                doc = ix.best(ix.find(city, m, "share", prev, denominator=parent))
                if doc is not None:
                    weights.append(ix.q(doc))
                    continue
                part, _ = ix.level(city, m, prev, allow_derived=False)
                whole, _ = ix.level(city, parent, prev, allow_derived=False)
                if part is None or whole is None:
                    break
                from ..structure import share

                weights.append(share(part, whole))
            if len(weights) != len(members):
                continue
            qs = [*weights, *(ix.q(r) for r in rates)]
            k = len(members)
            q = combine(lambda *xs: sum(xs[i] / 100 * xs[k + i] for i in range(k)), *qs, unit="%",
                        method="weighted_growth", period=f.period)
            stated = ix.q(f)
            tol = WEIGHTED_GROWTH_TOLERANCE
            if abs(q.value - stated.value) <= stated.half_width + tol:
                verdict, gap = "consistent", 0.0
            elif q.low - tol <= stated.high and q.high + tol >= stated.low:
                verdict, gap = "within_rounding", 0.0
            else:
                verdict = "inconsistent"
                gap = (stated.low - q.high - tol) if q.high < stated.low else (q.low - stated.high - tol)
            zh, en = names(ledger, parent)
            terms = " + ".join(f"{_fmt(w.value, 1)}%×{r.value}%" for w, r in zip(weights, rates))
            b.add(fig=f, kind="weighted_growth", stated=stated, computed=q, verdict=verdict, gap=max(gap, 0.0),
                  what=(f"{zh}增速（各部分上期比重加权的增速：{terms}）",
                        f"growth of {en} (its parts' growth weighted by their {prev} shares: {terms})"),
                  detail=(f"容差{tol:g}个百分点：权重为现价比重，统计部门按不变价加权。",
                          f"Tolerance {tol:g} percentage points: the weights are shares at current prices, where "
                          f"the statistics office weights at constant prices."),
                  evidence=[*q.all_figure_ids(), *(r.figure_id for r in rates)])


IDENTITIES = (*IDENTITIES, weighted_growth)
