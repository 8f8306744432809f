"""Building blocks of the city briefing: the notebook calls these and shows
what they return, so everything it displays is tested here.

Each section function returns plain data (lists of dicts) and an HTML
rendering in the requested language (``"zh"`` or ``"en"``). Quoted excerpts
stay in Chinese in both languages.

>>> b = Briefing.for_city("hohhot", "en")
>>> b.city.name_en, b.lang
('Hohhot', 'en')
>>> any(r["indicator"] == "gdp" for r in b.headline_rows())
True
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import cached_property

from .checks import Check, run_checks, summarize
from .errors import AnalysisError, ComputationError
from .growth import cagr, trend_growth
from .ledger import City, Figure, Ledger, load_ledger
from .periods import Period
from .quantity import Quantity
from .structure import share, total
from .units import with_unit
from .verdicts import VERDICT_TEXT, VERDICTS

LANGS = ("zh", "en")

#: Indicators shown first in the headline table when a city has them.
HEADLINE_INDICATORS = (
    "gdp", "gdp_per_capita", "va_primary", "va_secondary", "va_tertiary", "va_industry",
    "va_industry_above_scale", "fai", "retail_sales", "trade_total", "public_budget_revenue",
    "disposable_income_per_capita", "population", "power_capacity", "new_energy_capacity",
)

#: The five-year plan period of the growth section: 2020 (the 13th plan's
#: last year) is the base, as in the documents ("较“十三五”末期（2020年）").
PLAN_BASE_YEAR, PLAN_END_YEAR = 2020, 2025

#: Unit dimensions charted in the growth chart (money and people: counts of
#: trains or firms grow by hundreds of percent and would flatten the chart).
CHART_DIMENSIONS = ("currency_cny", "currency_usd", "persons")

#: The three sectors whose shares make up GDP.
SECTORS = ("va_primary", "va_secondary", "va_tertiary")

LABELS = {
    "title": ("{city}经济简报", "Economic briefing: {city}"),
    "data_as_of": ("数据截至", "Data as of"),
    "sources": ("资料来源", "Sources"),
    "headline": ("主要指标", "Headline indicators"),
    "growth": ("“十四五”时期增长", "Growth over the 14th Five-Year Plan period"),
    "structure": ("经济结构", "Economic structure"),
    "checks": ("数据核验", "Claim checks"),
    "unchecked": ("无法核验的数据", "Claims the documents do not let us check"),
    "notes": ("方法与来源说明", "Notes on method and sources"),
    "indicator": ("指标", "Indicator"),
    "period": ("时期", "Period"),
    "level": ("数值", "Level"),
    "unit": ("单位", "Unit"),
    "stated_growth": ("所述增速", "Stated growth"),
    "source": ("出处", "Source"),
    "from": ("起点", "From"),
    "to": ("终点", "To"),
    "cagr": ("年均增长（计算）", "Average growth (computed)"),
    "interval": ("舍入区间", "Rounding interval"),
    "method": ("方法", "Method"),
    "verdict": ("结论", "Verdict"),
    "claim": ("所述内容", "Claim"),
    "stated": ("所述值", "Stated"),
    "computed": ("计算值", "Computed"),
    "explanation": ("说明", "Explanation"),
    "citation": ("引文", "Citation"),
    "share": ("比重", "Share"),
    "year": ("年份", "Year"),
    "not_covered": ("文件未涉及：", "Not covered by the documents: "),
    "derived": ("推算", "derived"),
    "figures_count": ("份文件中共{n}个数据", "{n} documented figures from the documents"),
}


def label(key: str, lang: str, **kw) -> str:
    """A label in the briefing's language.

    >>> label("title", "zh", city="呼和浩特"), label("title", "en", city="Hohhot")
    ('呼和浩特经济简报', 'Economic briefing: Hohhot')
    """
    zh, en = LABELS[key]
    return (zh if lang == "zh" else en).format(**kw)


def _e(x) -> str:
    return html.escape(str(x), quote=True)


def _table(headers: list[str], rows: list[list[str]], *, row_ids: list[str] | None = None,
           cls: str = "briefing-table") -> str:
    """An HTML table; cells are already-escaped HTML."""
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = []
    for i, r in enumerate(rows):
        rid = f' id="{_e(row_ids[i])}"' if row_ids else ""
        body.append(f"<tr{rid}>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def check_anchor(check_id: str) -> str:
    """HTML id of a check's row, used for links (``#check-...``).

    >>> check_anchor("hohhot.gdp.growth.2024.s000-001")
    'check-hohhot.gdp.growth.2024.s000-001'
    """
    return f"check-{check_id}"


@dataclass
class Briefing:
    """Everything a briefing shows for one city in one language."""

    ledger: Ledger
    city: City
    lang: str
    checks: list[Check] = field(default_factory=list)

    @classmethod
    def for_city(cls, city: str, lang: str = "zh", ledger: Ledger | None = None) -> "Briefing":
        if lang not in LANGS:
            raise AnalysisError(f"unknown language {lang!r}; expected one of: {', '.join(LANGS)}")
        ledger = ledger or load_ledger()
        c = ledger.city(city)
        return cls(ledger, c, lang, run_checks(ledger, city=city))

    # -- helpers --------------------------------------------------------
    @property
    def zh(self) -> bool:
        return self.lang == "zh"

    def name(self, code: str) -> str:
        ind = self.ledger.indicators.get(code)
        return code if ind is None else ind.name(self.lang)

    def unit(self, unit: str) -> str:
        """A unit as printed (zh) or in English words (en)."""
        return unit if self.zh else self.ledger.units.get(unit, {}).get("name_en", unit)

    def period(self, label_: str) -> str:
        return Period.parse(label_).display(self.lang) if label_ else ""

    @cached_property
    def _index(self):
        from .checks import _Index

        return _Index(self.ledger)

    @cached_property
    def figures(self) -> list[Figure]:
        return self.ledger.figures_for(self.city.slug)

    def _levels(self, code: str) -> dict[str, Figure]:
        """Most precise exact level per period of an indicator."""
        periods = dict.fromkeys(f.period for f in self.figures if f.indicator == code and f.measure == "level")
        found = {p: self._index.best(self._index.find(self.city.slug, code, "level", p)) for p in periods}
        return {p: f for p, f in found.items() if f is not None}

    # -- display helpers for the notebook -------------------------------------
    def heading_html(self, key: str, level: int = 2) -> str:
        """A section heading in the briefing's language, with ``key`` as its anchor."""
        return f'<h{level} id="{_e(key)}">{_e(label(key, self.lang))}</h{level}>'

    def chart(self, key: str):
        """The chart of a section (``"growth"`` or ``"structure"``) as an
        IPython image with alt text, or None when the data give none."""
        png = {"growth": self.growth_chart_png, "structure": self.structure_chart_png}[key]()
        if png is None:
            return None
        from IPython.display import Image

        from .charts import CHART_WIDTH_PX

        return Image(data=png, format="png", width=CHART_WIDTH_PX, alt=label(key, self.lang))

    # -- title block -------------------------------------------------------
    def title(self) -> str:
        other = self.city.name_en if self.zh else self.city.name_zh
        return f"{label('title', self.lang, city=self.city.name(self.lang))}（{other}）" if self.zh else \
            f"{label('title', self.lang, city=self.city.name(self.lang))} ({other})"

    def data_as_of(self) -> str:
        """The latest source date among the documents that mention the city."""
        dates = sorted(self.ledger.sources[s].date for s in self.source_ids())
        return dates[-1] if dates else ""

    def source_ids(self) -> list[str]:
        return list(dict.fromkeys(f.source_id for f in self.figures))

    def sources_html(self) -> str:
        items = []
        for sid in self.source_ids():
            s = self.ledger.sources[sid]
            n = sum(1 for f in self.figures if f.source_id == sid)
            count = f"{n}个数据" if self.zh else f"{n} figures"
            items.append(f"<li><b>[{_e(sid)}]</b> {_e(s.publisher)}《{_e(s.title)}》({_e(s.date)}), "
                         f"<code>{_e(s.file_name)}</code> — {count}</li>")
        return f'<ul class="sources">{"".join(items)}</ul>'

    def title_html(self) -> str:
        return (f'<div class="title-block"><h1 id="top">{_e(self.title())}</h1>'
                f'<p class="subtitle">{_e(self.city.province_zh if self.zh else self.city.province_en)} · '
                f'{_e(label("data_as_of", self.lang))}: {_e(self.data_as_of())} · '
                f'{len(self.figures)} {"个有出处的数据" if self.zh else "documented figures"}</p>'
                f'<h3>{_e(label("sources", self.lang))}</h3>{self.sources_html()}</div>')

    # -- headline indicators --------------------------------------------------
    def headline_rows(self) -> list[dict]:
        """Latest documented level of each headline indicator, with a stated
        growth for the same period where the documents give one."""
        codes = [c for c in HEADLINE_INDICATORS if c in self.ledger.indicators]
        rows = []
        for code in codes:
            levels = self._levels(code)
            if not levels:
                continue
            annual = [p for p in levels if Period.parse(p).kind == "year"]
            latest = max(annual or list(levels), key=lambda p: (Period.parse(p).year, Period.parse(p).months[1]))
            f = levels[latest]
            g = self._index.best(self._index.find(self.city.slug, code, "growth", latest, base_period=""))
            rows.append({"indicator": code, "name": self.name(code), "period": latest, "value": f.value,
                         "unit": f.unit, "growth": g.value if g else "", "growth_basis": g.price_basis if g else "",
                         "figure_id": f.figure_id, "growth_figure_id": g.figure_id if g else ""})
        return rows

    def headline_html(self) -> str:
        rows = self.headline_rows()
        if not rows:
            return f'<p class="gap">{_e(label("not_covered", self.lang))}{_e(", ".join(HEADLINE_INDICATORS[:6]))}</p>'
        body = []
        for r in rows:
            growth = f"{r['growth']}%" if r["growth"] else "—"
            if r["growth"] and r["growth_basis"] == "comparable":
                growth += "（可比价）" if self.zh else " (real)"
            src = r["figure_id"] + (f", {r['growth_figure_id']}" if r["growth_figure_id"] else "")
            body.append([_e(r["name"]), _e(self.period(r["period"])), f'<span class="num">{_e(r["value"])}</span>',
                         _e(self.unit(r["unit"])), _e(growth), f"<code>{_e(src)}</code>"])
        heads = [label(k, self.lang) for k in ("indicator", "period", "level", "unit", "stated_growth", "source")]
        return _table([_e(h) for h in heads], body)

    # -- growth over the plan period -------------------------------------------
    def growth_rows(self) -> list[dict]:
        """Average growth between the earliest and latest annual levels in
        2020–2025 of every indicator with at least two (a 2020 level may be
        derived from a documented change), by the level method with its
        rounding interval; a least-squares trend from five points."""
        rows = []
        codes = list(dict.fromkeys(f.indicator for f in self.figures))
        for code in codes:
            levels = {p: f.quantity() for p, f in self._levels(code).items()
                      if Period.parse(p).kind == "year" and PLAN_BASE_YEAR <= Period.parse(p).year <= PLAN_END_YEAR}
            if str(PLAN_BASE_YEAR) not in levels:  # the plan's base year, derived from a documented change
                derived, _ = self._index.level(self.city.slug, code, str(PLAN_BASE_YEAR))
                if derived is not None:
                    levels[str(PLAN_BASE_YEAR)] = derived
            if len(levels) < 2:
                continue
            years = sorted(levels, key=int)
            a, b = levels[years[0]], levels[years[-1]]
            try:
                q = cagr(a, b)
            except ComputationError:
                continue
            trend = None
            if len(years) >= 5:
                consecutive = {int(y): levels[y] for y in years}
                try:
                    trend = trend_growth(consecutive)
                except ComputationError:
                    trend = None
            rows.append({"indicator": code, "name": self.name(code), "from": a, "to": b, "cagr": q,
                         "years": int(years[-1]) - int(years[0]), "trend": trend,
                         "price_basis": self.ledger.indicators[code].price_basis})
        return rows

    def growth_html(self) -> str:
        rows = self.growth_rows()
        if not rows:
            return f'<p class="gap">{_e(self._no_growth_text())}</p>'
        body = []
        for r in rows:
            q: Quantity = r["cagr"]
            method = ("水平法，" if self.zh else "level method, ") + (f"{r['years']}年" if self.zh else f"{r['years']} yrs")
            if r["price_basis"] == "current":
                method += "，现价（名义）" if self.zh else ", current prices (nominal)"
            if r["trend"] is not None:
                t = r["trend"]
                method += (f"；趋势{t.value:.1f}%（{t.low:.1f}—{t.high:.1f}）" if self.zh
                           else f"; trend {t.value:.1f} % ({t.low:.1f}–{t.high:.1f})")
            body.append([_e(r["name"]), _e(self._level_text(r["from"])), _e(self._level_text(r["to"])), f'<span class="num">{q.value:.2f}%</span>',
                         _e(f"{q.low:.2f}–{q.high:.2f}%"), _e(method)])
        heads = [label(k, self.lang) for k in ("indicator", "from", "to", "cagr", "interval", "method")]
        return _table([_e(h) for h in heads], body)

    def _level_text(self, q: Quantity) -> str:
        mark = f" [{label('derived', self.lang)}]" if q.derived else ""
        return f"{q.text if q.text is not None else format(q.value, '.2f')} ({q.period}){mark}"

    def _no_growth_text(self) -> str:
        return ("文件未给出该市同一指标两个年份的总量，无法计算年均增长。" if self.zh else
                "The documents give no indicator of this city at two annual levels, so no average growth can be "
                "computed.")

    # -- structure ---------------------------------------------------------------
    def structure_rows(self) -> list[dict]:
        """Shares of the three sectors in GDP per year, from documented levels
        (a level derived from a documented change is marked derived)."""
        ix = self._index
        years = sorted({f.period for f in self.figures if f.indicator in SECTORS + ("gdp",)
                        and Period.parse(f.period).kind == "year"}, key=int)
        rows = []
        for y in years:
            parts = [ix.level(self.city.slug, s, y) for s in SECTORS]
            if any(q is None for q, _ in parts):
                continue
            qs = [q for q, _ in parts]
            whole = total(qs)
            shares = [share(q, whole) for q in qs]
            rows.append({"year": y, "levels": qs, "shares": shares,
                         "derived": any(q.derived for q in qs)})
        return rows

    def structure_html(self) -> str:
        rows = self.structure_rows()
        if not rows:
            return f'<p class="gap">{_e(self._no_structure_text())}</p>'
        heads = [label("year", self.lang)] + [f"{self.name(s)}" for s in SECTORS]
        body = []
        for r in rows:
            cells = [_e(r["year"])]
            for q, s in zip(r["levels"], r["shares"]):
                mark = f" [{label('derived', self.lang)}]" if q.derived else ""
                cells.append(_e(f"{s.value:.1f}% ({with_unit(format(q.value, 'g'), q.unit, self.lang)}{mark})"))
            body.append(cells)
        text = ""
        if len(rows) >= 2:
            first, last = rows[0], rows[-1]
            changes = [last["shares"][i].value - first["shares"][i].value for i in range(3)]
            parts = [f"{self.name(s)}{c:+.1f}" + ("个百分点" if self.zh else " pp") for s, c in zip(SECTORS, changes)]
            text = (f"<p>{_e(first['year'])}—{_e(last['year'])}年比重变化：{_e('，'.join(parts))}。</p>" if self.zh else
                    f"<p>Change in shares {_e(first['year'])}–{_e(last['year'])}: {_e('; '.join(parts))}.</p>")
        return _table([_e(h) for h in heads], body) + text

    def _no_structure_text(self) -> str:
        return (label("not_covered", self.lang) + ("三次产业增加值（无法给出经济结构）。" if self.zh else
                "the value added of the three sectors, so the economic structure cannot be shown."))

    def structure_chart_png(self) -> bytes | None:
        """A stacked bar chart of sector shares, or None without data."""
        rows = self.structure_rows()
        if not rows:
            return None
        from .charts import stacked_shares_png

        return stacked_shares_png(
            years=[r["year"] for r in rows],
            series={self.name(s): [r["shares"][i].value for r in rows] for i, s in enumerate(SECTORS)},
            title=label("structure", self.lang) + (f"（{self.city.name_zh}）" if self.zh else f" ({self.city.name_en})"),
            ylabel=("占地区生产总值比重（%）" if self.zh else "Share of GDP (%)"),
        )

    def growth_chart_png(self) -> bytes | None:
        """Average growth with its rounding interval, one bar per indicator."""
        rows = [r for r in self.growth_rows()
                if self.ledger.units[self.ledger.indicators[r["indicator"]].unit]["dimension"] in CHART_DIMENSIONS]
        if not rows:
            return None
        from .charts import interval_bars_png

        return interval_bars_png(
            names=[r["name"] for r in rows],
            values=[r["cagr"].value for r in rows],
            lows=[r["cagr"].low for r in rows],
            highs=[r["cagr"].high for r in rows],
            title=label("growth", self.lang),
            xlabel=("年均增长（%，按文件所印总量计算）" if self.zh else "Average annual growth (%, from printed levels)"),
        )

    # -- checks ---------------------------------------------------------------
    def checks_summary_html(self) -> str:
        counts = summarize(self.checks)
        items = "".join(f'<li class="verdict-{v}"><b>{_e(VERDICT_TEXT[v][0 if self.zh else 1])}</b>: {n}</li>'
                        for v, n in counts.items())
        return f'<ul class="verdict-summary">{items}</ul>'

    def checks_html(self, verdicts: tuple[str, ...] = VERDICTS) -> str:
        """The check table for the given verdicts: one row per check, each row
        with an anchor (``id="check-<check_id>"``). Findings come first:
        inconsistent, not comparable, within rounding, then consistent."""
        rows, ids = [], []
        order = {"inconsistent": 0, "not_comparable": 1, "within_rounding": 2, "consistent": 3, "insufficient_data": 4}
        checks = sorted((c for c in self.checks if c.verdict in verdicts), key=lambda c: order[c.verdict])
        if not checks:
            return f'<p class="gap">{_e("没有此类核验。" if self.zh else "No such checks.")}</p>'

        for c in checks:
            verdict = f'<span class="verdict verdict-{c.verdict}">{_e(VERDICT_TEXT[c.verdict][0 if self.zh else 1])}</span>'
            link = f'<a href="#{_e(check_anchor(c.check_id))}" class="check-id">{_e(c.check_id)}</a>'
            stated = with_unit(c.stated_text, c.unit, self.lang) if c.stated_text else "—"
            computed = "—" if c.computed is None else f"{c.computed:.4g} [{c.computed_low:.4g}, {c.computed_high:.4g}]"
            cite = "<br>".join(f"<code>{_e(s['figure_id'])}</code> L{s['line']} “{_e(s['excerpt'])}”"
                               for s in c.sources)
            rows.append([f"{verdict}<br>{link}",
                         f"{_e(stated)}<br><small>{_e(label('computed', self.lang))}: {_e(computed)}</small>",
                         f"{_e(c.explanation(self.lang))}<div class=\"citation\">{cite}</div>"])
            ids.append(check_anchor(c.check_id))
        heads = [label("verdict", self.lang) + " / " + label("claim", self.lang), label("stated", self.lang),
                 label("explanation", self.lang) + " / " + label("citation", self.lang)]
        return _table([_e(h) for h in heads], rows, row_ids=ids, cls="briefing-table checks")

    # -- gaps and notes --------------------------------------------------------
    def coverage_html(self) -> str:
        """What the documents do not cover for this city."""
        have = {f.indicator for f in self.figures}
        missing = [c for c in HEADLINE_INDICATORS if c not in have]
        if not missing:
            return ""
        names = ("、" if self.zh else ", ").join(self.name(c) for c in missing)
        return f'<p class="gap">{_e(label("not_covered", self.lang))}{_e(names)}。</p>' if self.zh else \
            f'<p class="gap">{_e(label("not_covered", self.lang))}{_e(names)}.</p>'

    def notes_html(self) -> str:
        if self.zh:
            items = [
                "所有数值均取自所列文件并注明出处（文件、行号、原文摘录）；由程序推算的数值标注“推算”。",
                "按所印小数位确定舍入区间：印为1033的数代表[1032.5, 1033.5]；核验时在区间各角点计算，得出计算值区间。",
                "年均增长按水平法计算（基期不计入年数：2020—2024年为4年）；固定资产投资按统计部门惯例用累计法，缺少各年数值时无法按累计法核验。",
                "地区生产总值及增加值的总量为现价，增速为可比价：由总量算出的年均增长是名义增速，与所述实际增速之差为隐含的价格变动。",
                "同一数值在不同文件中以不同精度印出时，用更精确者核验。",
                "结论：一致、在舍入误差范围内一致、不一致、口径不可比、数据不足。",
            ]
        else:
            items = [
                "Every number comes from the listed documents with its provenance (document, line, quoted excerpt "
                "in Chinese); numbers the code derives are marked derived.",
                "A value printed with d decimals stands for an interval (1033 means [1032.5, 1033.5]); checks "
                "evaluate every corner of the inputs' intervals and report the computed range.",
                "Average growth uses the level method (the base year is not counted: 2020–2024 is 4 years); "
                "fixed-asset investment is averaged by the statistics office with the cumulative method, which "
                "needs every year's level.",
                "GDP and value-added levels are at current prices and their growth rates at comparable prices: a "
                "rate computed from levels is nominal, and its gap to a stated real rate is the implied deflator.",
                "Where a quantity is printed at two precisions, the more precise one is used.",
                "Verdicts: consistent, within_rounding, inconsistent, not_comparable, insufficient_data.",
            ]
        return "<ul class=\"notes\">" + "".join(f"<li>{_e(i)}</li>" for i in items) + "</ul>"
