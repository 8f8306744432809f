"""The city's series (issue 17, item 4), shown when the data has them:

- levels over time, year by year, the first release told apart from a later
  revision where the documents print both (:func:`analysis.vintages.vintage_of`);
- average growth over each five-year plan period with its rounding interval
  (the level method between the plan's base year and its latest printed year);
- nominal growth computed from consecutive levels beside the stated real rate;
- where five or more annual levels exist, the least-squares trend with its
  95 % interval (:func:`analysis.growth.trend_line`): over the latest run of
  consecutive years when it has five, else over the annual levels of the
  last ten years (:data:`TREND_SPAN`) when there are five, the missing years
  named; levels of different economic-census vintages are
  said to be so (:func:`analysis.vintages.census_breaks`).

The level chart draws the same: a first release as a hollow diamond beside
its revision, and the trend line with its band.

A city with fewer levels gets nothing here (no "cannot be shown").
"""

from __future__ import annotations

from ..errors import ComputationError
from .. import units as _units
from ..growth import cagr, growth, trend_line
from ..vintages import census_breaks, vintage_of
from .base import BriefingBase, memoized, period_kind
from .labels import e, label, table

#: Five-year plan periods: (name zh, name en, base year, last year).
PLANS = (("“十三五”", "13th Five-Year Plan", 2015, 2020), ("“十四五”", "14th Five-Year Plan", 2020, 2025),
         ("“十五五”", "15th Five-Year Plan", 2025, 2030))

#: Indicators whose series are shown (GDP, then the three sectors).
SERIES_INDICATORS = ("gdp", "va_primary", "va_secondary", "va_tertiary")

#: Without five consecutive years, a trend is fitted to the annual levels of this many latest years.
TREND_SPAN = 10

#: Fewest annual levels for a series table (two are a growth rate, shown in the growth table).
MIN_LEVELS = 3


class SeriesMixin(BriefingBase):
    def _annual_levels(self, code: str) -> dict[int, list]:
        """Exact annual levels by year, each year's printings oldest document first."""
        out: dict[int, list] = {}
        for f in self.of_indicator(code):
            if f.measure == "level" and f.qualifier == "exact" and period_kind(f.period) == "year":
                out.setdefault(int(f.period), []).append(f)
        for figs in out.values():
            figs.sort(key=lambda f: (self.ledger.sources[f.source_id].date, -f.decimals))
        return dict(sorted(out.items()))

    @memoized
    def series_tables(self) -> list[dict]:
        """One entry per indicator of :data:`SERIES_INDICATORS` with at least
        :data:`MIN_LEVELS` annual levels: rows per year, plan growth, trend."""
        out = []
        for code in SERIES_INDICATORS:
            by_year = self._annual_levels(code)
            if len(by_year) < MIN_LEVELS:
                continue
            rows = []
            latest = {}
            for y, figs in by_year.items():
                first, last = figs[0], figs[-1]
                qa, qb = first.quantity(), last.quantity()  # a revision: no rounding reconciles them
                revised = last.source_id != first.source_id and (qa.high < qb.low or qb.high < qa.low)
                v = vintage_of(self.ledger, last)
                latest[y] = last.quantity()
                real = self.best([f for f in self.find(code, "growth", str(y), base_period="")
                                  if f.price_basis == "comparable"])
                nominal = None
                if y - 1 in by_year:
                    try:
                        nominal = growth(by_year[y - 1][-1].quantity(), last.quantity())
                    except ComputationError:
                        nominal = None
                rows.append({"year": y, "first": first if revised else None, "latest": last, "vintage": v,
                             "real": real, "nominal": nominal})
            plans = []
            for zh, en, base, end in PLANS:
                years = [y for y in latest if base < y <= end]
                if base in latest and years:
                    try:
                        q = cagr(latest[base], latest[max(years)])
                    except ComputationError:
                        continue
                    plans.append({"name": zh if self.zh else en, "span": (base, max(years)), "cagr": q})
            trend = line = None
            run = _last_run(sorted(latest))
            if len(run) < 5:  # every annual level of the last ten years, the gaps named
                run = [y for y in sorted(latest) if y > max(latest) - TREND_SPAN]
            if len(run) >= 5:
                try:
                    unit = self.ledger.indicators[code].unit  # printings in 亿元 and in billion yuan: one unit
                    line = trend_line({y: latest[y].value * _units.factor(latest[y].unit, unit) for y in run},
                                      consecutive=False)
                    line["unit"] = unit
                    trend = line["growth"]
                except ComputationError:
                    trend = line = None
            missing = [y for y in range(run[0], run[-1] + 1) if y not in run] if run else []
            breaks = census_breaks(self.ledger, [by_year[y][-1] for y in run]) if trend is not None else []
            out.append({"indicator": code, "rows": rows, "plans": plans, "trend": trend, "run": run,
                        "trend_line": line, "missing": missing, "census_breaks": breaks})
        return out

    def series_html(self) -> str:
        parts = []
        for s in self.series_tables():
            code = s["indicator"]
            body = []
            for r in s["rows"]:
                f = r["latest"]
                level = self.show_fig(f)
                date = self.ledger.sources[f.source_id].date
                if r["first"] is not None:
                    g = r["first"]
                    gd = self.ledger.sources[g.source_id].date
                    release = self.t(f"初次发布{self.show_fig(g)}（{gd}），修订为{level}（{date}）",
                                     f"first release {self.show_fig(g)} ({gd}), revised to {level} ({date})")
                else:
                    release = self.t(f"{date}发布", f"published {date}") + (
                        self.t("（普查后修订值）", " (revised after a census)")
                        if r["vintage"].status == "revision" and "census" in r["vintage"].basis else "")
                nominal = f"{r['nominal'].value:.1f}" if r["nominal"] is not None else "—"
                real = (r["real"].value if self.zh else r["real"].normalized) if r["real"] is not None else "—"
                body.append([e(str(r["year"])), e(level), e(release), e(nominal), e(real),
                             self.source_links([f, r["first"], r["real"]])])  # type: ignore[attr-defined]
            heads = [label("year", self.lang), label("level", self.lang), self.t("发布与修订", "Release"),
                     self.t("名义增长 %（由总量计算）", "Nominal growth % (from levels)"),
                     self.t("实际增长 %（所述，可比价）", "Real growth % (stated)"), label("source", self.lang)]
            keep = [i for i in range(len(heads)) if i not in (3, 4) or any(row[i] != "—" for row in body)]
            heads, body = [heads[i] for i in keep], [[row[i] for i in keep] for row in body]
            nums = tuple(n for n, i in enumerate(keep) if i in (1, 3, 4))
            parts.append(f"<h3>{e(self.name(code))}</h3>"
                         + table([e(h) for h in heads], body, num_cols=nums, cls="briefing-table compact series"))
            lines = []
            for p in s["plans"]:
                q = p["cagr"]
                a, b = p["span"]
                lines.append(self.t(f"{p['name']}时期（{a}—{b}年）年均名义增长{q.value:.1f}%（舍入区间{q.low:.1f}—{q.high:.1f}%）",
                                    f"{p['name']} ({a}–{b}): {q.value:.1f} % a year nominal (rounding interval "
                                    f"{q.low:.1f}–{q.high:.1f} %)"))
            if s["trend"] is not None:
                lines.append(self.trend_words(s))
            if lines:
                parts.append(f'<p class="note">{e(self.t("；".join(lines) + "。", "; ".join(lines) + "."))}</p>')
        return "".join(parts)


    def trend_words(self, s: dict) -> str:
        """The trend of a series table in words: growth, interval, the
        missing years and the census vintages it mixes."""
        t = s["trend"]
        a, b = s["run"][0], s["run"][-1]
        text = self.t(f"{a}—{b}年最小二乘趋势增长{t.value:.1f}%（95%置信区间{t.low:.1f}—{t.high:.1f}%）",
                      f"least-squares trend {a}–{b}: {t.value:.1f} % a year (95 % interval "
                      f"{t.low:.1f}–{t.high:.1f} %)")
        if s["missing"]:
            yrs = self.t("、", ", ").join(_year_ranges(s["missing"], self.t("—", "–")))
            text += self.t(f"，依据{len(s['run'])}个年度总量（缺{yrs}年）", f", from {len(s['run'])} annual levels "
                           f"({yrs} missing)")
        if s["census_breaks"]:
            text += self.t("；其中部分总量印于经济普查修订之前，趋势跨越不同普查版本，仅供参考",
                           "; some levels were printed before an economic census revised them, so the trend "
                           "mixes census vintages and is indicative only")
        return text


def _year_ranges(years: list[int], dash: str = "–") -> list[str]:
    """Years as runs.

    >>> _year_ranges([2001, 2002, 2003, 2005, 2007, 2008])
    ['2001–2003', '2005', '2007–2008']
    """
    out: list[list[int]] = []
    for y in years:
        if out and y == out[-1][-1] + 1:
            out[-1].append(y)
        else:
            out.append([y])
    return [f"{r[0]}{dash}{r[-1]}" if len(r) > 1 else str(r[0]) for r in out]


def _last_run(years: list[int]) -> list[int]:
    """The latest run of consecutive years.

    >>> _last_run([2015, 2016, 2018, 2019, 2020])
    [2018, 2019, 2020]
    """
    run: list[int] = []
    for y in years:
        run = run + [y] if run and y == run[-1] + 1 else [y]
    return run
