"""Check every stated relation in the ledger against the documented figures.

Each stated figure that expresses a relation (an average growth, a growth, a
change, a multiple, a share, a percentage-point change, a percentage of a
target, a contribution, a lower bound), each quantity printed twice, each
partition that must sum to its whole, each part that must not exceed its whole
and each per-capita value is paired with the figures it can be checked
against. Every check has a stable id, a verdict from :data:`VERDICTS`, the
computed value and interval, a sentence in Chinese and English, and its
sources with their excerpts.

Conventions (methods.md): where a quantity is printed at two precisions the
more precise one is used; a level backed out of a documented change is a
derived input and is labelled so; a real (comparable-price) rate against
nominal levels is ``not_comparable`` with the implied deflator; ambiguous
readings (水平法/累计法, 倍 as k or k + 1) are each tried and reported.

>>> from analysis.ledger import load_ledger
>>> checks = run_checks(load_ledger(), city="hohhot")
>>> c = find_check(checks, "hohhot.retail_sales.avg_growth.2020-2024.s000-109")
>>> c.verdict, round(c.computed, 3)
('consistent', 5.198)
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Iterable, TextIO

from .errors import ComputationError, UnknownNameError
from .growth import cagr, cagr_cumulative, growth, implied_deflator, implied_level_from_change, \
    ratio_from_multiple, ratio_to_cagr, two_year_average
from .ledger import Figure, Indicator, Ledger
from .periods import Period, years_between
from .quantity import Quantity, combine
from .units import with_unit
from .structure import change, per_capita, pp_change, share, total
from .verdicts import ABOUT_WIDENING, RANK, VERDICT_TEXT, VERDICTS, judge, judge_lower_bound, judge_upper_bound

#: Per-capita indicators: indicator -> (total indicator, population indicator).
PER_CAPITA = {"gdp_per_capita": ("gdp", "population")}

#: Computations whose results are reported as derived inputs of a check.
DERIVED_METHODS = {"level_minus_change", "level_plus_change", "share"}

#: Roles of a check (methods.md §8): a *claim* is a relation a document
#: asserts; an *identity* is a consistency the ledger implies. They are never
#: counted together.
ROLES = ("claim", "identity")

#: Kinds of check that test an identity of the ledger; every other kind tests a claim.
IDENTITY_KINDS = frozenset({"same_quantity", "sum_of_parts", "shares_sum_to_100", "part_of_whole"})


def role_of(kind: str) -> str:
    """``claim`` or ``identity`` for a kind of check.

    >>> role_of("avg_growth"), role_of("part_of_whole")
    ('claim', 'identity')
    """
    return "identity" if kind in IDENTITY_KINDS else "claim"


#: Columns of ``analysis checks --format csv`` (the first 13 are the contract).
CSV_COLUMNS = ["check_id", "city", "indicator", "kind", "period_start", "period_end", "stated", "computed",
               "computed_low", "computed_high", "verdict", "explanation", "sources", "explanation_zh",
               "unit", "stated_text", "figure_id", "readings", "derived_inputs", "role"]


@dataclass
class Check:
    """The result of checking one stated figure or relation."""

    check_id: str
    city: str
    indicator: str
    kind: str
    period_start: str
    period_end: str
    stated: float | None
    stated_text: str
    unit: str
    computed: float | None
    computed_low: float | None
    computed_high: float | None
    verdict: str
    explanation_en: str
    explanation_zh: str
    figure_id: str
    evidence_ids: list[str] = field(default_factory=list)
    readings: list[dict] = field(default_factory=list)
    derived_inputs: list[str] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)

    @property
    def role(self) -> str:
        """``claim`` (a relation a document asserts) or ``identity`` (a test the ledger implies)."""
        return role_of(self.kind)

    def explanation(self, lang: str = "en") -> str:
        return self.explanation_zh if lang == "zh" else self.explanation_en

    def sources_text(self) -> str:
        return "; ".join(f"{s['figure_id']} {s['file_name']} L{s['line']} “{s['excerpt']}”" for s in self.sources)

    def to_row(self) -> dict:
        fmt = lambda x: "" if x is None else f"{x:.6g}"  # noqa: E731
        return {
            "check_id": self.check_id, "city": self.city, "indicator": self.indicator, "kind": self.kind,
            "period_start": self.period_start, "period_end": self.period_end,
            "stated": "" if self.stated is None else f"{self.stated:g}",
            "computed": fmt(self.computed), "computed_low": fmt(self.computed_low),
            "computed_high": fmt(self.computed_high), "verdict": self.verdict,
            "explanation": self.explanation_en, "sources": self.sources_text(),
            "explanation_zh": self.explanation_zh, "unit": self.unit, "stated_text": self.stated_text,
            "figure_id": self.figure_id,
            "readings": "; ".join(f"{r['reading']}: {r['verdict']}" for r in self.readings),
            "derived_inputs": "; ".join(self.derived_inputs), "role": self.role,
        }

    def to_dict(self) -> dict:
        return {**asdict(self), "role": self.role}


# -- formatting ---------------------------------------------------------------

def _fmt(x: float, decimals: int) -> str:
    return f"{x:.{max(0, min(decimals, 6))}f}"


class _Index:
    """Lookups of documented figures by what they state."""

    def __init__(self, ledger: Ledger):
        self.ledger = ledger
        self.by_key: dict[tuple, list[Figure]] = defaultdict(list)
        for f in ledger.figures:
            self.by_key[(f.city, f.indicator, f.measure, f.qualifier, f.period)].append(f)

    def find(self, city, indicator, measure, period, *, qualifier="exact", base_period=None,
             denominator=None, denominator_city=None) -> list[Figure]:
        out = []
        for f in self.by_key.get((city, indicator, measure, qualifier, period), []):
            if base_period is not None and f.base_period != base_period:
                continue
            if denominator is not None and f.denominator != denominator:
                continue
            if denominator_city is not None and f.denominator_city != denominator_city:
                continue
            out.append(f)
        return out

    @staticmethod
    def best(figs: list[Figure]) -> Figure | None:
        """The most precise of several printings (most decimals; first on a tie)."""
        return max(figs, key=lambda f: f.decimals) if figs else None

    def level(self, city: str, indicator: str, period: str, *, exclude: str | None = None,
              allow_derived: bool = True) -> tuple[Quantity | None, list[str]]:
        """A level, documented or derived from a documented change; with notes."""
        figs = [f for f in self.find(city, indicator, "level", period) if f.figure_id != exclude]
        best = self.best(figs)
        if best is not None:
            notes = []
            others = [f for f in figs if f is not best and f.value != best.value]
            if others:
                lesser = ", ".join(o.value for o in others)
                notes.append((f"采用更精确的{best.value}（另处印为{lesser}）", f"{best.value} used (more precise than {lesser})."))
            return best.quantity(), notes
        if not allow_derived:
            return None, []
        # derive from a change: level(end) - change, or level(base) + change
        for f in self.ledger.figures:
            if f.city != city or f.indicator != indicator or f.measure != "change" or f.qualifier != "exact" \
                    or f.figure_id == exclude:
                continue
            if f.base_period == period:
                other, level_is_end, sign = f.period, True, "−"
            elif f.period == period and f.base_period:
                other, level_is_end, sign = f.base_period, False, "+"
            else:
                continue
            known, _ = self.level(city, indicator, other, exclude=f.figure_id, allow_derived=False)
            if known is None:
                continue
            q = implied_level_from_change(known, f.quantity(), level_is_end=level_is_end)
            q = Quantity(q.value, q.low, q.high, q.unit, label=f"{indicator} {period}", method=q.method,
                         inputs=q.inputs, period=period)
            v = _fmt(q.value, 2)
            return q, [(f"{period}年数值为推算：{known.text}{sign}{f.value}={v}",
                        f"{period} level derived: {known.text} {sign} {f.value} = {v}.")]
        return None, []


class _Builder:
    """Collects checks and gives each a unique id."""

    def __init__(self, ledger: Ledger):
        self.ledger = ledger
        self.checks: list[Check] = []
        self.ids: set[str] = set()

    def add(self, *, fig: Figure, kind: str, stated: Quantity | None, computed: Quantity | None, verdict: str,
            what: tuple[str, str], detail: tuple[str, str] = ("", ""), evidence: Iterable[str] = (),
            readings: list[dict] | None = None, indicator: str | None = None, period_start: str = "",
            period_end: str = "", gap: float = 0.0, id_suffix: str = "") -> Check:
        assert verdict in VERDICTS, verdict
        ind = indicator or fig.indicator
        start = period_start if period_start else (fig.base_period or "")
        end = period_end or fig.period
        span = f"{start}-{end}" if start and start != end and "-" not in start and "-" not in end else end
        if start and "-" in start:
            span = f"{start}_{end}"
        check_id = f"{fig.city}.{ind}.{kind}.{span}.{fig.figure_id}{id_suffix}"
        n = 2
        while check_id in self.ids:  # several checks of one figure of one kind
            check_id = f"{fig.city}.{ind}.{kind}.{span}.{fig.figure_id}{id_suffix}.{n}"
            n += 1
        self.ids.add(check_id)
        evidence = [e for e in dict.fromkeys(evidence) if e != fig.figure_id]
        derived = []
        if computed is not None:
            derived = _derived_notes(computed)
        sources = [_source_entry(self.ledger, fid) for fid in [fig.figure_id, *evidence]]
        d = 2 if stated is None or stated.decimals is None else stated.decimals + 2
        comp_en = comp_zh = ""
        if computed is not None:
            comp_en = (f"computed {with_unit(_fmt(computed.value, d), computed.unit, 'en')} "
                       f"(range {_fmt(computed.low, d)}–{_fmt(computed.high, d)})")
            comp_zh = f"计算值{_fmt(computed.value, d)}{computed.unit}（区间{_fmt(computed.low, d)}—{_fmt(computed.high, d)}）"
        v_zh, v_en = VERDICT_TEXT[verdict]
        gap_en = f", off by at least {with_unit(_fmt(gap, d), stated.unit, 'en')}" \
            if verdict == "inconsistent" and gap > 0 and stated else ""
        gap_zh = f"，至少相差{_fmt(gap, d)}{stated.unit}" if verdict == "inconsistent" and gap > 0 and stated else ""
        # the stated side as printed (a whole for part_of_whole, 100 % for shares_sum_to_100)
        shown = "" if stated is None else stated.text if stated.text is not None else f"{stated.value:g}"
        stated_en = with_unit(shown, stated.unit, "en") if stated is not None else ""
        stated_zh = f"{shown}{stated.unit}" if stated is not None else ""
        parts_en = [f"Stated {what[1]} {stated_en}".strip()]
        if comp_en:
            parts_en.append(comp_en)
        expl_en = "; ".join(parts_en) + f": {v_en}{gap_en}." + (f" {detail[1]}" if detail[1] else "")
        parts_zh = [f"所述{what[0]}{stated_zh}"]
        if comp_zh:
            parts_zh.append(comp_zh)
        expl_zh = "，".join(parts_zh) + f"：{v_zh}{gap_zh}。" + (detail[0] if detail[0] else "")
        check = Check(
            check_id=check_id, city=fig.city, indicator=ind, kind=kind, period_start=start or end,
            period_end=end, stated=None if stated is None else stated.value,
            stated_text=shown, unit=fig.unit if stated is None else stated.unit,
            computed=None if computed is None else computed.value,
            computed_low=None if computed is None else computed.low,
            computed_high=None if computed is None else computed.high,
            verdict=verdict, explanation_en=expl_en, explanation_zh=expl_zh, figure_id=fig.figure_id,
            evidence_ids=evidence, readings=readings or [], derived_inputs=derived, sources=sources,
        )
        self.checks.append(check)
        return check


def _join(notes: list[tuple[str, str]], detail: tuple[str, str] = ("", "")) -> tuple[str, str]:
    """Append bilingual notes to a bilingual detail."""
    zh = detail[0] + "".join(n[0] + "。" for n in notes)
    en = " ".join([detail[1], *(n[1] for n in notes)]).strip()
    return zh, en


def _derived_notes(q: Quantity) -> list[str]:
    out = []
    for inp in q.inputs:
        if inp.method in DERIVED_METHODS:
            parts = " and ".join(str(i) for i in inp.inputs)
            out.append(f"{inp.label}: {_fmt(inp.value, 2)} {inp.unit} derived by {inp.method} from {parts}")
        out.extend(_derived_notes(inp))
    return list(dict.fromkeys(out))


def _source_entry(ledger: Ledger, figure_id: str) -> dict:
    f = ledger.figure(figure_id)
    s = ledger.sources[f.source_id]
    return {"figure_id": f.figure_id, "source_id": f.source_id, "file_name": s.file_name, "title": s.title,
            "publisher": s.publisher, "date": s.date, "line": f.line, "excerpt": f.excerpt}


def _stated(fig: Figure) -> Quantity:
    q = fig.quantity()
    if fig.qualifier == "about":
        q = q.widened(q.half_width * ABOUT_WIDENING)
    return q


def _names(ledger: Ledger, code: str) -> tuple[str, str]:
    ind: Indicator | None = ledger.indicators.get(code)
    return (ind.name_zh, ind.name_en) if ind else (code, code)


def _missing(ledger: Ledger, what: list[tuple[str, str]]) -> tuple[str, str]:
    zh = "、".join(f"{Period.parse(p).display('zh')}{_names(ledger, i)[0]}" for i, p in what)
    en = ", ".join(f"{_names(ledger, i)[1]} for {Period.parse(p).display('en')}" for i, p in what)
    return f"文件未给出{zh}。", f"The documents do not give {en}."


# -- the checks, one function per relation -------------------------------------

def _with_basis(fig: Figure, ledger: Ledger, computed: Quantity, stated: Quantity):
    """Verdict and detail, accounting for a real rate against nominal levels."""
    ind = ledger.indicators[fig.indicator]
    if fig.price_basis == "comparable" and ind.price_basis == "current":
        defl = implied_deflator(computed, stated)
        en = (f"The stated rate is at comparable prices while the levels are at current prices; the nominal rate "
              f"{computed.value:.2f} % against the real {fig.value} % implies an average price change (deflator) of "
              f"{defl.value:.2f} % (range {defl.low:.2f}–{defl.high:.2f} %).")
        zh = (f"所述增速按可比价计算，而总量为现价：名义增速{computed.value:.2f}%与实际增速{fig.value}%之间隐含的"
              f"价格变动（平减指数）为{defl.value:.2f}%（区间{defl.low:.2f}%—{defl.high:.2f}%）。")
        return "not_comparable", 0.0, (zh, en), defl
    j = judge(stated, computed)
    return j.verdict, j.gap, ("", ""), None


def _check_avg_growth(b: _Builder, ix: _Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = _stated(fig)
    zh_name, en_name = _names(ledger, fig.indicator)
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
    start_q, n1 = ix.level(fig.city, fig.indicator, base.label)
    end_q, n2 = ix.level(fig.city, fig.indicator, end.label)
    notes = n1 + n2
    ind = ledger.indicators[fig.indicator]
    if start_q is not None and end_q is not None:
        try:
            level_q = cagr(start_q, end_q)
        except ComputationError as exc:
            b.add(fig=fig, kind="avg_growth", stated=stated, computed=None, verdict="insufficient_data", what=what,
                  detail=(f"无法计算：{exc}", f"Cannot compute: {exc}"))
            return
        readings = [_reading("level method (水平法)", level_q, stated)]
        computed = level_q
        beside = [_beside(ix, fig, p) for p in (base.label, end.label)]
        if all(beside) and (beside[0].quantity().text, beside[1].quantity().text) != (start_q.text, end_q.text):
            q_b = cagr(beside[0].quantity(), beside[1].quantity())
            rd = _reading(f"level method with the figures printed beside it ({beside[0].value} → {beside[1].value})",
                          q_b, stated)
            rd["informative_only"] = True
            readings.append(rd)
            notes = notes + [(f"若用同处所印的{beside[0].value}→{beside[1].value}，计算值为{q_b.value:.3f}%"
                              f"（{VERDICT_TEXT[rd['verdict']][0]}）",
                              f"With the figures printed beside it ({beside[0].value} → {beside[1].value}) the rate "
                              f"is {q_b.value:.3f} % ({VERDICT_TEXT[rd['verdict']][1]}).")]
        if ind.avg_growth_method == "cumulative":
            n = years_between(base, end)
            mids = [ix.level(fig.city, fig.indicator, str(base.year + i))[0] for i in range(1, n)]
            if all(m is not None for m in mids):
                cum = cagr_cumulative(start_q, [*mids, end_q])  # type: ignore[list-item]
                readings.append(_reading("cumulative method (累计法)", cum, stated))
                computed = cum
            else:
                readings.append({"reading": "cumulative method (累计法)", "verdict": "insufficient_data",
                                 "computed": None, "low": None, "high": None,
                                 "note": "needs the levels of every year in between"})
        verdict, gap, detail, _ = _with_basis(fig, ledger, computed, stated)
        if verdict != "not_comparable":
            best = min((r for r in readings if r["computed"] is not None and not r.get("informative_only")),
                       key=lambda r: RANK[r["verdict"]])
            verdict = best["verdict"]
            if sum(not r.get("informative_only") for r in readings) > 1:
                detail = (f"按{best['reading']}核对。", f"Checked by the {best['reading']}.")
        detail = _join(notes, detail)
        b.add(fig=fig, kind="avg_growth", stated=stated, computed=computed, verdict=verdict, what=what,
              detail=detail, evidence=computed.all_figure_ids(), readings=readings, gap=gap)
        produced = True
    # a multiple over the same span
    for mfig in [*ix.find(fig.city, fig.indicator, "multiple", end.label, base_period=base.label),
                 *ix.find(fig.city, fig.indicator, "multiple_increase", end.label, base_period=base.label)]:
        n = years_between(base, end)
        ratio = mfig.quantity()
        conventional = 0.0 if mfig.measure == "multiple" else 1.0
        readings = []
        for label, add in (("multiple read as the ratio k (是…的k倍)", 0.0), ("multiple read as k + 1 (增长k倍)", 1.0)):
            r = ratio_from_multiple(ratio, "ratio" if add == 0 else "increase")
            q = ratio_to_cagr(r, n)
            rd = _reading(label, q, stated)
            rd["conventional"] = add == conventional
            readings.append(rd)
        conv = next(r for r in readings if r["conventional"])
        best = min(readings, key=lambda r: RANK[r["verdict"]])
        verdict = best["verdict"]
        computed_q = ratio_to_cagr(ratio_from_multiple(ratio, "ratio" if conventional == 0 else "increase"), n)
        ok = [r["reading"] for r in readings if r["verdict"] in ("consistent", "within_rounding")]
        implied_ratio = (1 + stated.value / 100) ** n
        cum_note_en = cum_note_zh = ""
        if ind.avg_growth_method == "cumulative":
            cum_note_en = (" The statistics office averages this indicator by the cumulative method (累计法), which "
                           "needs the levels of every year; the documents do not give them, so that reading cannot "
                           "be tested.")
            cum_note_zh = "该指标年均增速按累计法计算，需要各年数值，文件未给出，故无法按累计法核验。"
        if ok:
            en = f"Reconciled by: {', '.join(ok)}."
            zh = f"可按以下读法对上：{'；'.join(ok)}。"
        else:
            en = (f"No reading of “{mfig.value}倍” ({mfig.value} times) over {n} years reconciles it; {fig.value} % a "
                  f"year for {n} years would make the ratio {implied_ratio:.2f}.")
            zh = f"{mfig.value}倍在{n}年间的任何读法都对不上；按年均{fig.value}%增长{n}年，倍数应为{implied_ratio:.2f}。"
        gap = 0.0
        if verdict == "inconsistent":
            gap = judge(stated, computed_q).gap
        b.add(fig=fig, kind="avg_growth_vs_multiple", stated=stated, computed=computed_q, verdict=verdict,
              what=what, detail=(zh + cum_note_zh, en + cum_note_en), evidence=[mfig.figure_id],
              readings=readings, gap=gap)
        produced = True
    if not produced:
        missing = [(fig.indicator, p.label) for p, q in ((base, start_q), (end, end_q)) if q is None]
        b.add(fig=fig, kind="avg_growth", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=_missing(ledger, missing))


def _beside(ix: _Index, fig: Figure, period: str) -> Figure | None:
    """A level printed in the same passage as the stated figure (within two lines)."""
    for f in ix.find(fig.city, fig.indicator, "level", period):
        if f.source_id == fig.source_id and abs(f.line - fig.line) <= 2:
            return f
    return None


def _reading(name: str, q: Quantity, stated: Quantity) -> dict:
    j = judge(stated, q)
    return {"reading": name, "computed": q.value, "low": q.low, "high": q.high, "verdict": j.verdict}


def _compare(b: "_Builder", fig: Figure, kind: str, stated: Quantity, what: tuple[str, str],
             inputs: list[tuple[str, str, Quantity | None]], compute, notes: list[tuple[str, str]],
             with_basis: bool = False, **kw) -> None:
    """The common shape of a pairwise check: ``inputs`` are (indicator,
    period, quantity or None); a missing one gives insufficient_data naming
    it, an undefined computation not_comparable, otherwise a verdict."""
    missing = [(i, p) for i, p, q in inputs if q is None]
    if missing:
        b.add(fig=fig, kind=kind, stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=_missing(b.ledger, missing), **kw)
        return
    try:
        q = compute(*(q for _, _, q in inputs))
    except ComputationError as exc:
        b.add(fig=fig, kind=kind, stated=stated, computed=None, verdict="not_comparable", what=what,
              detail=(f"无法比较：{exc}", f"Cannot compare: {exc}"), **kw)
        return
    if with_basis:
        verdict, gap, detail, _ = _with_basis(fig, b.ledger, q, stated)
    else:
        j = judge(stated, q)
        verdict, gap, detail = j.verdict, j.gap, ("", "")
    b.add(fig=fig, kind=kind, stated=stated, computed=q, verdict=verdict, what=what, gap=gap,
          detail=_join(notes, detail), evidence=q.all_figure_ids(), **kw)


def _check_growth(b: _Builder, ix: _Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = _stated(fig)
    zh_name, en_name = _names(ledger, fig.indicator)
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
    _compare(b, fig, "growth", stated, what, [(fig.indicator, base.label, start_q), (fig.indicator, end.label, end_q)],
             growth, n1 + n2, with_basis=True, period_start=base.label)


def _check_change(b: _Builder, ix: _Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = _stated(fig)
    zh_name, en_name = _names(ledger, fig.indicator)
    what = (f"{zh_name}较{fig.base_obj.display('zh')}变化", f"change in {en_name} since {fig.base_obj.display('en')}")
    if ledger.units.get(fig.unit, {}).get("dimension") in ("rank", "percent", "percentage_point"):
        _check_change_of_rate(b, ix, fig, stated, what)
        return
    start_q, n1 = ix.level(fig.city, fig.indicator, fig.base_period, allow_derived=False)
    end_q, n2 = ix.level(fig.city, fig.indicator, fig.period, allow_derived=False)
    if start_q is None or end_q is None:
        missing = [(fig.indicator, p) for p, q in ((fig.base_period, start_q), (fig.period, end_q)) if q is None]
        if start_q is None and end_q is not None or end_q is None and start_q is not None:
            zh, en = _missing(ledger, missing)
            zh += "已据此推算另一端的数值（见相关核验）。"
            en += " The other end is derived from this change where a check needs it."
        else:
            zh, en = _missing(ledger, missing)
        b.add(fig=fig, kind="change", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=(zh, en))
        return
    try:
        q = change(start_q, end_q)
        q = combine(lambda x: x, q, unit=fig.unit, method="same") if q.unit == fig.unit else \
            _to_unit(q, fig.unit)
    except ComputationError as exc:
        b.add(fig=fig, kind="change", stated=stated, computed=None, verdict="not_comparable", what=what,
              detail=(f"无法比较：{exc}", f"Cannot compare: {exc}"))
        return
    j = judge(stated, q)
    b.add(fig=fig, kind="change", stated=stated, computed=q, verdict=j.verdict, what=what, gap=j.gap,
          detail=_join(n1 + n2), evidence=q.all_figure_ids())


def _check_change_of_rate(b, ix, fig, stated, what) -> None:
    measure = "rank" if fig.unit == "位" else "level"
    start = ix.best(ix.find(fig.city, fig.indicator, measure, fig.base_period))
    end = ix.best(ix.find(fig.city, fig.indicator, measure, fig.period))
    if start is None or end is None:
        missing = [(fig.indicator, p) for p, q in ((fig.base_period, start), (fig.period, end)) if q is None]
        b.add(fig=fig, kind="change", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=_missing(ix.ledger, missing))
        return
    q = combine(lambda a, c: round(c - a, 10), start.quantity(), end.quantity(), unit=fig.unit, method="change")
    j = judge(stated, q)
    b.add(fig=fig, kind="change", stated=stated, computed=q, verdict=j.verdict, what=what, gap=j.gap,
          evidence=[start.figure_id, end.figure_id])


def _to_unit(q: Quantity, unit: str) -> Quantity:
    from . import units as _u
    f = _u.factor(q.unit, unit)
    return combine(lambda x: x * f, q, unit=unit, method=f"convert {q.unit}→{unit}")


def _check_multiple(b: _Builder, ix: _Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = _stated(fig)
    zh_name, en_name = _names(ledger, fig.indicator)
    if fig.denominator and not fig.base_period:  # a multiple of another indicator, same period
        dzh, den = _names(ledger, fig.denominator)
        what = (f"{zh_name}为{dzh}的倍数", f"{en_name} as a multiple of {den}")
        start_q, n1 = ix.level(fig.denominator_city or fig.city, fig.denominator, fig.period)
        end_q, n2 = ix.level(fig.city, fig.indicator, fig.period)
        missing = [(i, fig.period) for i, q in ((fig.denominator, start_q), (fig.indicator, end_q)) if q is None]
    else:
        what = (f"{zh_name}为{fig.base_obj.display('zh')}的倍数",
                f"{en_name} as a multiple of {fig.base_obj.display('en')}")
        start_q, n1 = ix.level(fig.city, fig.indicator, fig.base_period)
        end_q, n2 = ix.level(fig.city, fig.indicator, fig.period)
        missing = [(fig.indicator, p) for p, q in ((fig.base_period, start_q), (fig.period, end_q)) if q is None]
    if start_q is None or end_q is None:
        paired = fig.base_period and ix.find(fig.city, fig.indicator, "avg_growth", fig.period,
                                             base_period=fig.base_period)
        if paired:
            return  # checked against the stated average growth (avg_growth_vs_multiple)
        b.add(fig=fig, kind="multiple", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=_missing(ledger, missing))
        return
    from .growth import multiple as ratio_of
    ratio = ratio_of(start_q, end_q)
    conventional = 0.0 if fig.measure == "multiple" else 1.0
    readings = []
    for label, add in (("multiple read as the ratio k (是…的k倍)", 0.0), ("multiple read as k + 1 (增长k倍)", 1.0)):
        q = combine(lambda r, a=add: r - a, ratio, unit="倍", method=f"ratio-{add:g}")
        rd = _reading(label, q, stated)
        rd["conventional"] = add == conventional
        readings.append(rd)
    best = min(readings, key=lambda r: RANK[r["verdict"]])
    computed = combine(lambda r: r - conventional, ratio, unit="倍", method="ratio")
    gap = judge(stated, computed).gap
    ok = [r["reading"] for r in readings if r["verdict"] in ("consistent", "within_rounding")]
    detail = (f"可按以下读法对上：{'；'.join(ok)}。" if ok else "两种读法都对不上。",
              f"Reconciled by: {', '.join(ok)}." if ok else "Neither reading of 倍 reconciles it.")
    b.add(fig=fig, kind="multiple", stated=stated, computed=computed, verdict=best["verdict"], what=what,
          detail=detail, readings=readings, evidence=computed.all_figure_ids(), gap=gap if not ok else 0.0)


def _check_share(b: _Builder, ix: _Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = _stated(fig)
    zh_name, en_name = _names(ledger, fig.indicator)
    dzh, den = _names(ledger, fig.denominator)
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
    _compare(b, fig, "share", stated, what, [(fig.indicator, fig.period, part_q),
                                             (fig.denominator, fig.period, whole_q)], share, n1 + n2)


def _share_at(ix: _Index, fig: Figure, period: str) -> tuple[Quantity | None, list[str]]:
    """A documented share, or one computed from levels (derived)."""
    docs = ix.find(fig.city, fig.indicator, "share", period, denominator=fig.denominator)
    docs = [d for d in docs if d.denominator_city == fig.denominator_city]
    best = ix.best(docs)
    if best is not None:
        return best.quantity(), []
    part, n1 = ix.level(fig.city, fig.indicator, period)
    whole, n2 = ix.level(fig.denominator_city or fig.city, fig.denominator, period)
    if part is None or whole is None:
        return None, []
    q = share(part, whole)
    return Quantity(q.value, q.low, q.high, q.unit, label=f"share {period}", method="share", inputs=q.inputs,
                    period=period), n1 + n2 + [(f"{period}年比重由总量计算为{q.value:.2f}%",
                                                f"{period} share computed from levels: {q.value:.2f} %.")]


def _rate_at(ix: _Index, fig: Figure, period: Period, current: bool) -> Figure | None:
    """The growth rate a percentage-point change of growth compares."""
    if period.kind == "span":
        # an average over a span: avg_growth ending at the span's last year, based on the year before it
        for base in (str(period.year_from - 1), str(period.year_from)):
            f = ix.best(ix.find(fig.city, fig.indicator, "avg_growth", str(period.year), base_period=base))
            if f is not None:
                return f
        return None
    return ix.best(ix.find(fig.city, fig.indicator, "growth", period.label, base_period=""))


def _check_pp_change(b: _Builder, ix: _Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = _stated(fig)
    zh_name, en_name = _names(ledger, fig.indicator)
    base = fig.base_obj
    if fig.denominator:
        dzh, den = _names(ledger, fig.denominator)
        what = (f"{zh_name}占{dzh}比重较{base.display('zh')}变化",
                f"percentage-point change in the share of {en_name} in {den} since {base.display('en')}")
        s0, n0 = _share_at(ix, fig, fig.base_period)
        s1, n1 = _share_at(ix, fig, fig.period)
        evidence_missing = [(fig.indicator, p) for p, q in ((fig.base_period, s0), (fig.period, s1)) if q is None]
    else:
        what = (f"{zh_name}增速较{base.display('zh')}变化",
                f"percentage-point change in the growth of {en_name} since {base.display('en')}")
        f0 = _rate_at(ix, fig, base, False)
        f1 = _rate_at(ix, fig, fig.period_obj, True)
        s0 = f0.quantity() if f0 else None
        s1 = f1.quantity() if f1 else None
        n0, n1 = [], []
        evidence_missing = [(fig.indicator, p) for p, q in ((fig.base_period, s0), (fig.period, s1)) if q is None]
        if f0 is not None and f1 is not None and f0.price_basis != f1.price_basis:
            b.add(fig=fig, kind="pp_change", stated=stated, computed=None, verdict="not_comparable", what=what,
                  detail=("两个增速的价格口径不同。", "The two growth rates are on different price bases."),
                  evidence=[f0.figure_id, f1.figure_id])
            return
    if s0 is None or s1 is None:
        zh, en = _missing(ledger, evidence_missing)
        b.add(fig=fig, kind="pp_change", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=(zh.replace("文件未给出", "文件未给出比重或增速："), en))
        return
    q = pp_change(s0, s1)
    j = judge(stated, q)
    b.add(fig=fig, kind="pp_change", stated=stated, computed=q, verdict=j.verdict, what=what, gap=j.gap,
          detail=_join(n0 + n1), evidence=q.all_figure_ids())


def _check_pct_of_target(b: _Builder, ix: _Index, fig: Figure) -> None:
    ledger = ix.ledger
    stated = _stated(fig)
    zh_name, en_name = _names(ledger, fig.indicator)
    what = (f"{zh_name}完成目标的比例", f"percentage of the target for {en_name} achieved")
    level, n = ix.level(fig.city, fig.indicator, fig.period)
    target = ix.best(ix.find(fig.city, fig.indicator, "level", fig.period, qualifier="target"))
    if target is None and fig.period_obj.kind == "months":
        target = ix.best(ix.find(fig.city, fig.indicator, "level", str(fig.period_obj.year), qualifier="target"))
    if level is None or target is None:
        missing = ([(fig.indicator, fig.period)] if level is None else []) + \
                  ([(fig.indicator + " (target)", fig.period)] if target is None else [])
        zh = "文件未给出" + ("、".join(("完成值" if "target" not in i else "目标值") for i, _ in missing)) + "。"
        en = "The documents do not give the " + " and the ".join(
            ("achieved level" if "target" not in i else "target") for i, _ in missing) + "."
        b.add(fig=fig, kind="pct_of_target", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=(zh, en))
        return
    q = share(level, target.quantity())
    j = judge(stated, q)
    b.add(fig=fig, kind="pct_of_target", stated=stated, computed=q, verdict=j.verdict, what=what, gap=j.gap,
          evidence=q.all_figure_ids(), detail=_join(n))


def _check_two_year_avg(b: _Builder, ix: _Index, fig: Figure) -> None:
    stated = _stated(fig)
    zh_name, en_name = _names(ix.ledger, fig.indicator)
    what = (f"{zh_name}两年平均增长", f"two-year average growth of {en_name}")
    end = fig.period_obj
    g2 = ix.best(ix.find(fig.city, fig.indicator, "growth", end.label, base_period=""))
    g1 = ix.best(ix.find(fig.city, fig.indicator, "growth", end.previous().label, base_period=""))
    if g1 is None or g2 is None:
        missing = [(fig.indicator, p.label) for p, g in ((end.previous(), g1), (end, g2)) if g is None]
        zh, en = _missing(ix.ledger, missing)
        b.add(fig=fig, kind="two_year_avg", stated=stated, computed=None, verdict="insufficient_data", what=what,
              detail=(zh.replace("文件未给出", "文件未给出增速："), en.replace("do not give", "do not give the growth of")))
        return
    q = two_year_average(g1.quantity(), g2.quantity())
    j = judge(stated, q)
    b.add(fig=fig, kind="two_year_avg", stated=stated, computed=q, verdict=j.verdict, what=what, gap=j.gap,
          evidence=[g1.figure_id, g2.figure_id])


def _check_contribution_or_pull(b: _Builder, ix: _Index, fig: Figure) -> None:
    stated = _stated(fig)
    zh_name, en_name = _names(ix.ledger, fig.indicator)
    dzh, den = _names(ix.ledger, fig.denominator)
    if fig.measure == "contribution":
        what = (f"{zh_name}对{dzh}增长的贡献率", f"contribution of {en_name} to the growth of {den}")
    else:
        what = (f"{zh_name}拉动{dzh}增长", f"pull of {en_name} on the growth of {den}")
    b.add(fig=fig, kind=fig.measure, stated=stated, computed=None, verdict="insufficient_data", what=what,
          detail=("需要按可比价计算的本期与上期增量，文件未给出。",
                  "It needs the part's and the total's increments at comparable prices, which the documents do "
                  "not give."))


def _check_bound(b: _Builder, ix: _Index, fig: Figure) -> None:
    """A lower (over) or upper (under) bound against an exact figure of the same quantity."""
    ledger = ix.ledger
    threshold = fig.quantity()
    zh_name, en_name = _names(ledger, fig.indicator)
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
    q = best.quantity()
    if q.unit != threshold.unit:
        try:
            q = _to_unit(q, threshold.unit)
        except ComputationError:
            return
    j = judge_lower_bound(threshold, q) if over else judge_upper_bound(threshold, q)
    b.add(fig=fig, kind=kind, stated=threshold, computed=q, verdict=j.verdict, what=what, gap=j.gap,
          evidence=[best.figure_id])


def _check_same_quantity(b: _Builder, ix: _Index) -> None:
    groups: dict[tuple, list[Figure]] = defaultdict(list)
    for f in ix.ledger.figures:
        if f.qualifier != "exact":
            continue
        groups[(f.city, f.indicator, f.measure, f.period, f.base_period, f.denominator, f.denominator_city)].append(f)
    for key, figs in groups.items():
        if len(figs) < 2:
            continue
        ref = ix.best(figs)
        for f in figs:
            if f is ref:
                continue
            stated = f.quantity()
            try:
                q = ref.quantity() if ref.unit == f.unit else _to_unit(ref.quantity(), f.unit)
            except ComputationError:
                continue
            zh_name, en_name = _names(ix.ledger, f.indicator)
            what = (f"{zh_name}（与另一处所印同一数值对照）", f"{en_name} (the same quantity printed elsewhere)")
            j = judge(stated, q)
            verdict, detail = j.verdict, ("", "")
            if ref.decimals != f.decimals:
                detail = (f"用更精确的{ref.value}核对。", f"Checked against the more precise {ref.value}.")
            if verdict == "inconsistent":
                d_ref = ix.ledger.sources[ref.source_id].date
                d_f = ix.ledger.sources[f.source_id].date
                if d_ref != d_f:
                    verdict = "not_comparable"
                    detail = ("两份文件发布时间不同，可能是数据修订（不同版本）。",
                              f"The two documents date from {d_f} and {d_ref}: possibly a revision "
                              f"(different vintages).")
            b.add(fig=f, kind="same_quantity", stated=stated, computed=q, verdict=verdict, what=what,
                  detail=detail, evidence=[ref.figure_id], gap=j.gap if verdict == "inconsistent" else 0.0)


def _check_partitions(b: _Builder, ix: _Index) -> None:
    ledger = ix.ledger
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ind in ledger.indicators.values():
        if ind.partition:
            groups[(ind.parent, ind.partition)].append(ind.code)
    for (parent, name), members in groups.items():
        periods = {(f.city, f.period) for f in ledger.figures if f.indicator == parent and f.measure == "level"
                   and f.qualifier == "exact"}
        for city, period in sorted(periods):
            whole = ix.best(ix.find(city, parent, "level", period))
            parts = [ix.best(ix.find(city, m, "level", period)) for m in members]
            if whole is None or any(p is None for p in parts):
                continue
            q = total([p.quantity() for p in parts])  # type: ignore[union-attr]
            if q.unit != whole.unit:
                q = _to_unit(q, whole.unit)
            stated = whole.quantity()
            j = judge(stated, q)
            zh_name, en_name = _names(ledger, parent)
            names_zh = "、".join(_names(ledger, m)[0] for m in members)
            names_en = ", ".join(_names(ledger, m)[1] for m in members)
            b.add(fig=whole, kind="sum_of_parts", stated=stated, computed=q, verdict=j.verdict,
                  what=(f"{zh_name}（各部分之和：{names_zh}）", f"{en_name} (sum of {names_en})"), gap=j.gap,
                  evidence=[p.figure_id for p in parts], id_suffix="")  # type: ignore[union-attr]
        # shares of the same whole must sum to 100
        share_keys = {(f.city, f.period, f.denominator_city) for f in ledger.figures
                      if f.indicator in members and f.measure == "share" and f.denominator == parent}
        for city, period, dcity in sorted(share_keys):
            parts = [ix.best([f for f in ix.find(city, m, "share", period, denominator=parent)
                              if f.denominator_city == dcity]) for m in members]
            if any(p is None for p in parts):
                continue
            q = total([p.quantity() for p in parts])  # type: ignore[union-attr]
            stated = Quantity.exact(100.0, "%")
            j = judge(stated, q)
            first = parts[0]
            b.add(fig=first, kind="shares_sum_to_100", stated=stated, computed=q, verdict=j.verdict,
                  what=(f"{_names(ledger, parent)[0]}各部分比重之和", f"sum of the shares in {_names(ledger, parent)[1]}"),
                  gap=j.gap, evidence=[p.figure_id for p in parts], indicator=parent)  # type: ignore[union-attr]


def _check_parts_of_whole(b: _Builder, ix: _Index) -> None:
    """A part cannot exceed its whole; a part's increase cannot exceed its whole."""
    ledger = ix.ledger
    for f in ledger.figures:
        ind = ledger.indicators[f.indicator]
        if not ind.parent or f.qualifier != "exact" or f.measure not in ("level", "change"):
            continue
        whole_fig = ix.best(ix.find(f.city, ind.parent, "level", f.period))
        if whole_fig is None:
            continue
        part = f.quantity()
        whole = whole_fig.quantity()
        try:
            part = part if part.unit == whole.unit else _to_unit(part, whole.unit)
        except ComputationError:
            continue
        zh, en = _names(ledger, f.indicator)
        pzh, pen = _names(ledger, ind.parent)
        if part.low > whole.high:
            verdict = "inconsistent"
            detail = ("部分大于整体，按所印数值不可能成立。", "A part larger than its whole cannot be right as printed.")
            gap = part.low - whole.high
        else:
            verdict, detail, gap = "consistent", ("", ""), 0.0
        word = ("增加额", "increase of ") if f.measure == "change" else ("", "")
        q = Quantity(part.value, part.low, part.high, part.unit, label=part.label, method="part",
                     inputs=(part,), period=f.period)
        b.add(fig=f, kind="part_of_whole", stated=whole, computed=q, verdict=verdict,
              what=(f"{pzh}（不小于其组成部分{zh}{word[0]}）", f"{pen} (not less than its part: {word[1]}{en})"),
              detail=detail, evidence=[whole_fig.figure_id], gap=gap)


def _check_per_capita(b: _Builder, ix: _Index) -> None:
    for f in ix.ledger.figures:
        if f.indicator not in PER_CAPITA or f.measure != "level" or f.qualifier != "exact":
            continue
        total_code, pop_code = PER_CAPITA[f.indicator]
        t, n1 = ix.level(f.city, total_code, f.period)
        p, n2 = ix.level(f.city, pop_code, f.period)
        zh, en = _names(ix.ledger, f.indicator)
        what = (zh, en)
        if t is None or p is None:
            missing = [(i, f.period) for i, q in ((total_code, t), (pop_code, p)) if q is None]
            b.add(fig=f, kind="per_capita", stated=_stated(f), computed=None, verdict="insufficient_data",
                  what=what, detail=_missing(ix.ledger, missing))
            continue
        q = per_capita(t, p, f.unit)
        j = judge(_stated(f), q)
        notes = n1 + n2 + [("按年末常住人口计算（统计部门用年平均人口，允许小幅差异）",
                            "Year-end population is used; the statistics office divides by the average "
                            "population, so small gaps are expected.")]
        b.add(fig=f, kind="per_capita", stated=_stated(f), computed=q, verdict=j.verdict, what=what, gap=j.gap,
              detail=_join(notes), evidence=q.all_figure_ids())


_BY_MEASURE = {
    "avg_growth": _check_avg_growth,
    "growth": _check_growth,
    "change": _check_change,
    "multiple": _check_multiple,
    "multiple_increase": _check_multiple,
    "share": _check_share,
    "pp_change": _check_pp_change,
    "pct_of_target": _check_pct_of_target,
    "two_year_avg": _check_two_year_avg,
    "contribution": _check_contribution_or_pull,
    "pull": _check_contribution_or_pull,
}


def run_checks(ledger: Ledger, city: str | None = None) -> list[Check]:
    """Check every stated relation (of one city, or all) and return the checks
    in ledger order. Raises :class:`UnknownNameError` for an unknown city."""
    if city is not None:
        ledger.city(city)
    ix = _Index(ledger)
    b = _Builder(ledger)
    for f in ledger.figures:
        if city is not None and f.city != city:
            continue
        if f.qualifier in ("exact", "about") and f.measure in _BY_MEASURE:
            try:
                _BY_MEASURE[f.measure](b, ix, f)
            except ComputationError as exc:
                b.add(fig=f, kind=f.measure, stated=_stated(f), computed=None, verdict="not_comparable",
                      what=_names(ledger, f.indicator), detail=(f"无法计算：{exc}", f"Cannot compute: {exc}"))
        elif f.qualifier in ("over", "under"):
            _check_bound(b, ix, f)
    for relation in (_check_same_quantity, _check_partitions, _check_parts_of_whole, _check_per_capita):
        relation(b, ix)  # relations across figures: run over the ledger, kept for the city asked
    order = {f.figure_id: i for i, f in enumerate(ledger.figures)}
    checks = [c for c in b.checks if city is None or c.city == city]
    city_order = {c: i for i, c in enumerate(ledger.cities)}
    checks.sort(key=lambda c: (city_order.get(c.city, 99), order.get(c.figure_id, 0)))
    return checks


def find_check(checks: list[Check], check_id: str) -> Check:
    """The check with this id; the error lists close matches and how to list all."""
    for c in checks:
        if c.check_id == check_id:
            return c
    import difflib

    close = difflib.get_close_matches(check_id, [c.check_id for c in checks], n=5, cutoff=0.6)
    hint = f"; did you mean: {', '.join(close)}" if close else ""
    raise UnknownNameError(f"unknown check id {check_id!r}{hint}. `analysis checks` lists all "
                           f"{len(checks)} check ids")


def summarize(checks: list[Check], role: str | None = None) -> dict[str, int]:
    """Counts of checks by verdict, in vocabulary order (of one role, or all).

    >>> summarize([])
    {'consistent': 0, 'within_rounding': 0, 'inconsistent': 0, 'not_comparable': 0, 'insufficient_data': 0}
    """
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown role {role!r}; allowed values: {', '.join(ROLES)}")
    counts = dict.fromkeys(VERDICTS, 0)
    for c in checks:
        if role is None or c.role == role:
            counts[c.verdict] += 1
    return counts


def summary_line(checks: list[Check]) -> str:
    """One line counting claims and identities apart (never added together).

    >>> summary_line([])
    '0 claims: none; 0 identities: none'
    """
    parts = []
    for role, plural in (("claim", "claims"), ("identity", "identities")):
        counts = summarize(checks, role)
        n = sum(counts.values())
        body = ", ".join(f"{k} {v}" for k, v in counts.items() if v) or "none"
        parts.append(f"{n} {plural}: {body}")
    return "; ".join(parts)


def write_checks_csv(checks: list[Check], fh: TextIO) -> None:
    """Write checks as CSV (the columns of :data:`CSV_COLUMNS`)."""
    w = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for c in checks:
        w.writerow(c.to_row())


def checks_to_json(checks: list[Check]) -> str:
    return json.dumps([c.to_dict() for c in checks], ensure_ascii=False, indent=1)
