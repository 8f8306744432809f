"""Claims of average growth: the readings of "年均增长" against levels and
against a printed multiple (methods.md §8, ``docs/methods.md`` §3).

The span of "A年至B年" (B − A or B − A + 1 annual steps when A opens a
five-year plan), 倍 as k or k + 1, the level and cumulative methods and the
comparable scope of investment growth, real against nominal rates: each is a
reading, and :func:`~analysis.checks.readings.decide` turns them into the
verdict.

>>> from analysis.ledger import load_ledger
>>> from analysis.checks import run_checks, find_check
>>> c = find_check(run_checks(load_ledger(), city="hohhot"), "hohhot.gdp.avg_growth.2021-2024.s001-004")
>>> r = c.readings[0]
>>> c.verdict, r["reading"], round(r["deflator"], 2)
('not_comparable', 'level method, base 2021 (3 annual steps)', 2.37)
"""

from __future__ import annotations

from ..errors import ComputationError
from ..growth import cagr, cagr_cumulative, ratio_from_multiple, ratio_to_cagr
from ..ledger import Figure, parse_period
from ..periods import Period, years_between
from ..quantity import Quantity
from ..verdicts import VERDICT_TEXT, judge
from .builder import Builder, join, missing, names, stated_of, zh_error
from .index import Index
from .readings import decide, growth_warning, real_against_nominal, reading

_LEVEL = ("水平法", "level method")
_CUMULATIVE = ("累计法", "cumulative method")
_SCOPE = ("可比口径增速", "comparable-scope growth")
_RATIO_K = ("按“是…的k倍”读（比值为k）", "multiple read as the ratio k")
_RATIO_K1 = ("按“增长k倍”读（比值为k+1）", "multiple read as k + 1 (an increase of k times)")


def _real_vs_nominal(ix: Index, fig: Figure) -> bool:
    """A rate at comparable prices stated for an indicator whose levels are at current prices."""
    return fig.price_basis == "comparable" and ix.ledger.indicators[fig.indicator].price_basis == "current"


def _investment(ix: Index, fig: Figure) -> bool:
    """Indicators whose growth the statistics office publishes on a comparable
    scope and averages by the cumulative method (fixed-asset investment)."""
    return ix.ledger.indicators[fig.indicator].avg_growth_method == "cumulative"


def _rate_reading(ix: Index, fig: Figure, name: tuple[str, str], q: Quantity, stated: Quantity, *,
                  levels: bool = True, **extra) -> dict:
    """A reading of a computed rate against the stated one, with the basis rule
    (real against nominal) and the scope rule (investment growth from levels of
    different years, methods.md §8) when the rate comes from ``levels``."""
    if _real_vs_nominal(ix, fig):
        defl, note = real_against_nominal(q, stated, fig.value)
        return reading(name, q, stated, verdict="not_comparable", note=note, deflator=defl.value, **extra)
    rd = reading(name, q, stated, note=growth_warning(q), **extra)
    if levels and _investment(ix, fig) and rd["verdict"] == "inconsistent":
        rd.update(verdict="not_comparable", level_verdict="inconsistent",
                  note_zh=f"按所印规模计算为{q.low:.1f}%—{q.high:.1f}%，与所述不符；但投资增速按可比口径计算，不同年份规模不能直接相比",
                  note=f"{q.low:.1f}–{q.high:.1f} % from the printed levels, which do not match; but investment "
                       f"growth is published on a comparable scope that levels of different years do not share")
    return rd


def _readings_text(readings: list[dict], verdict: str, best: dict | None) -> tuple[str, str]:
    """The explanation's sentence on the readings, in the verdict's terms."""
    live = [r for r in readings if not r.get("informative_only")]
    if len(live) < 2 and not any(r.get("note") for r in live):
        return "", ""
    parts_en, parts_zh = [], []
    for r in live:
        comp = "" if r["computed"] is None else f" {r['computed']:.3f}"
        comp_zh = "" if r["computed"] is None else f"{r['computed']:.3f}"
        en = f"{r['reading']}{comp}: {VERDICT_TEXT[r['verdict']][1]}"
        zh = f"{r['reading_zh']}{comp_zh}：{VERDICT_TEXT[r['verdict']][0]}"
        if r.get("note"):
            en += f" ({r['note']})"
            zh += f"（{r['note_zh']}）"
        parts_en.append(en)
        parts_zh.append(zh)
    en = "Readings: " + "; ".join(parts_en) + "."
    zh = "各读法：" + "；".join(parts_zh) + "。"
    if best is not None and verdict in ("consistent", "within_rounding"):
        en += f" Reconciled by the {best['reading']}."
        zh += f"按{best['reading_zh']}可对上。"
    elif verdict == "inconsistent":
        en += " No admissible reading reconciles it."
        zh += "所有可采纳的读法都对不上。"
    return zh, en


def _span_bases(ix: Index, fig: Figure) -> list[tuple[Period, tuple[str, str]]]:
    """Admissible bases of an average growth: the coded base, and — when the
    base year is the first year of a five-year plan (2021 of 十四五) — the
    plan's base year before it (the NBS averages the annual rates of every
    year named, methods.md §8)."""
    base, end = fig.base_obj, fig.period_obj
    out = [(base, ("基期按" + base.display("zh") + "（" + str(end.year - base.year) + "个年度增长）",
                   f"base {base.label} ({end.year - base.year} annual steps)"))]
    if base.kind == "year" and end.kind == "year" and base.year % 5 == 1:
        prev = parse_period(str(base.year - 1))
        out.append((prev, (f"规划期各年增速平均（基期{prev.label}，{end.year - prev.year}个年度增长）",
                           f"average of the annual rates {base.year}–{end.year} (base {prev.label}, "
                           f"{end.year - prev.year} annual steps)")))
    return out


def check_avg_growth(b: Builder, ix: Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = stated_of(ix, fig)
    zh_name, en_name = names(ledger, fig.indicator)
    what = (f"{zh_name}年均增长", f"average annual growth of {en_name}")
    base, end = fig.base_obj, fig.period_obj
    if base is None:
        return
    produced = False
    if base.kind == "span" or end.kind == "span":
        b.add(fig=fig, kind="avg_growth", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=("基期为多年时段，文件未给出可据以计算的首尾年份总量。",
                      "The base or end is a span of years; the documents give no endpoint levels to compute it from."))
        return
    end_q, n_end = ix.level(fig.city, fig.indicator, end.label)
    readings, notes, computed, missing_items = [], list(n_end), None, []
    for i, (p, name) in enumerate(_span_bases(ix, fig)):
        start_q, n_start = ix.level(fig.city, fig.indicator, p.label)
        if start_q is None or end_q is None:
            missing_items += [(fig.indicator, q_p.label) for q_p, q in ((p, start_q), (end, end_q)) if q is None]
            if i > 0 or start_q is None and end_q is None:
                readings.append(reading(name, None, stated, note=(
                    "缺少" + parse_period(p.label).display("zh") + "总量", f"no level for {p.label}")))
            else:
                readings.append(reading(name, None, stated))
            continue
        notes += [n for n in n_start if n not in notes]
        census = _census(ix, fig, start_q, end_q, p, end)
        if census is not None and census not in notes:
            notes.append(census)
        try:
            q = cagr(start_q, end_q)
        except ComputationError as exc:
            readings.append(reading(name, None, stated, verdict="not_comparable",
                                    note=(zh_error(str(exc)), str(exc))))
            continue
        rd = _rate_reading(ix, fig, (f"{_LEVEL[0]}，{name[0]}", f"{_LEVEL[1]}, {name[1]}"), q, stated)
        readings.append(rd)
        if computed is None:
            computed = q
        if i == 0:
            beside = [_beside(ix, fig, x) for x in (p.label, end.label)]
            if all(beside) and (beside[0].value, beside[1].value) != (start_q.text, end_q.text):
                q_b = cagr(ix.q(beside[0]), ix.q(beside[1]))
                rd_b = _rate_reading(ix, fig, (f"用同处所印的{beside[0].value}→{beside[1].value}",
                                               f"level method with the figures printed beside it "
                                               f"({beside[0].value} → {beside[1].value})"), q_b, stated,
                                     informative_only=True)
                readings.append(rd_b)
                notes.append((f"若用同处所印的{beside[0].value}→{beside[1].value}，计算值为{q_b.value:.3f}%"
                              f"（{VERDICT_TEXT[rd_b['verdict']][0]}，仅供参考）",
                              f"With the figures printed beside it ({beside[0].value} → {beside[1].value}) the "
                              f"rate is {q_b.value:.3f} % ({VERDICT_TEXT[rd_b['verdict']][1]}; for information: "
                              f"the more precise figures decide)."))
    if _investment(ix, fig) and computed is not None:
        n = years_between(base, end)
        start_q = ix.level(fig.city, fig.indicator, base.label)[0]
        mids = [ix.level(fig.city, fig.indicator, str(base.year + i))[0] for i in range(1, n)]
        if start_q is not None and all(m is not None for m in mids):
            cum = cagr_cumulative(start_q, [*mids, end_q])  # type: ignore[list-item]
            readings.append(_rate_reading(ix, fig, _CUMULATIVE, cum, stated, levels=False))
            computed = cum  # the method the statistics office uses for this indicator
        else:
            readings.append(reading(_CUMULATIVE, None, stated, note=("需要各年数值", "needs the level of every year")))
        readings.append(_scope_reading(stated))
    if computed is not None:
        verdict, best = decide(readings)
        gap = judge(stated, computed).gap if verdict == "inconsistent" else 0.0
        detail = join(notes, _readings_text(readings, verdict, best))
        b.add(fig=fig, kind="avg_growth", stated=stated, computed=computed, verdict=verdict, what=what,
              detail=detail, evidence=_evidence(computed, readings), readings=readings, gap=gap)
        produced = True
    # a multiple over the same span
    for mfig in [*ix.find(fig.city, fig.indicator, "multiple", end.label, base_period=base.label),
                 *ix.find(fig.city, fig.indicator, "multiple_increase", end.label, base_period=base.label)]:
        _avg_growth_vs_multiple(b, ix, fig, mfig, stated, what)
        produced = True
    if not produced:
        b.add(fig=fig, kind="avg_growth", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=missing(ledger, list(dict.fromkeys(missing_items)), fig))


def _census(ix: Index, fig: Figure, start_q: Quantity, end_q: Quantity, base: Period,
            end: Period) -> tuple[str, str] | None:
    """The census-vintage note when the base and end levels of a reading are
    on different economic-census vintages (:func:`analysis.vintages.census_note`)."""
    from ..vintages import census_note

    def figs(q: Quantity, period: Period) -> list[Figure]:
        out = []
        for i in q.all_figure_ids():
            try:
                f = ix.ledger.figure(i)
            except Exception:  # noqa: BLE001 - an input outside the ledger
                continue
            if f.indicator == fig.indicator and f.measure == "level" and f.period == period.label:
                out.append(f)
        return out

    return census_note(ix.ledger, figs(start_q, base), figs(end_q, end))


def _evidence(computed: Quantity, readings: list[dict]) -> list[str]:
    return list(computed.all_figure_ids()) + [f for r in readings for f in r.get("evidence", [])]


def _scope_reading(stated: Quantity) -> dict:
    return reading(_SCOPE, None, stated, verdict="not_comparable", note=(
        "统计部门按可比口径计算投资增速，不同年份的投资规模不能直接相比",
        "the statistics office computes investment growth on a comparable scope; levels of different years "
        "are not directly comparable"))


def _avg_growth_vs_multiple(b: Builder, ix: Index, fig: Figure, mfig: Figure, stated: Quantity,
                            what: tuple[str, str]) -> None:
    n = years_between(fig.base_obj, fig.period_obj)
    ratio = ix.q(mfig)
    conventional = "ratio" if mfig.measure == "multiple" else "increase"
    readings = []
    for name, how in ((_RATIO_K, "ratio"), (_RATIO_K1, "increase")):
        r = ratio_from_multiple(ratio, how)
        q = ratio_to_cagr(r, n)
        rd = _rate_reading(ix, fig, name, q, stated, ratio=r.value)
        rd["conventional"] = how == conventional
        readings.append(rd)
    if _investment(ix, fig):
        readings.append(reading(_CUMULATIVE, None, stated, note=("需要各年数值", "needs the level of every year")))
        readings.append(_scope_reading(stated))
    verdict, best = decide(readings)
    computed_q = ratio_to_cagr(ratio_from_multiple(ratio, conventional), n)
    implied_ratio = (1 + stated.value / 100) ** n
    level_words_en = "; ".join(f"{r['reading']}: ratio {r['ratio']:.2f}, {r['low']:.1f}–{r['high']:.1f} % a year"
                               for r in readings if r.get("ratio") is not None)
    level_words_zh = "；".join(f"{r['reading_zh']}：比值{r['ratio']:.2f}，年均{r['low']:.1f}%—{r['high']:.1f}%"
                               for r in readings if r.get("ratio") is not None)
    if verdict in ("consistent", "within_rounding"):
        en = f"Reconciled by the {best['reading']}."
        zh = f"按{best['reading_zh']}可对上。"
    else:
        en = (f"By the level method “{mfig.value}倍” over {n} years gives {level_words_en}; {fig.value} % a year "
              f"for {n} years would make the ratio {implied_ratio:.2f}.")
        zh = f"按水平法，{mfig.value}倍在{n}年间：{level_words_zh}；按年均{fig.value}%增长{n}年，比值应为{implied_ratio:.2f}。"
        if verdict == "not_comparable":
            notes = [r for r in readings if r["verdict"] == "not_comparable" and "level_verdict" not in r]
            en += " Not comparable: " + "; ".join(f"{r['reading']}: {r['note']}" for r in notes) + "."
            zh += "口径不可比：" + "；".join(f"{r['reading_zh']}：{r['note_zh']}" for r in notes) + "。"
        elif verdict == "inconsistent":
            en += " No admissible reading reconciles it."
            zh += "所有可采纳的读法都对不上。"
    gap = judge(stated, computed_q).gap if verdict == "inconsistent" else 0.0
    b.add(fig=fig, kind="avg_growth_vs_multiple", stated=stated, computed=computed_q, verdict=verdict,
          what=what, detail=(zh, en), evidence=[mfig.figure_id], readings=readings, gap=gap)


def _beside(ix: Index, fig: Figure, period: str) -> Figure | None:
    """A level printed in the same passage as the stated figure (within two lines)."""
    for f in ix.find(fig.city, fig.indicator, "level", period):
        if f.source_id == fig.source_id and abs(f.line - fig.line) <= 2:
            return f
    return None
