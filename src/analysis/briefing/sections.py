"""The body's sections: headline indicators, coverage, levels over time,
growth over the plan period, structure, targets and outcomes, the latest
year-to-date figures, and (for a city with few figures) everything the
documents say. Each returns plain rows and an HTML rendering."""

from __future__ import annotations

from ..errors import ComputationError
from ..growth import cagr, trend_growth
from ..quantity import Quantity
from ..structure import share, total
from ..vintages import census_note
from .base import HEADLINE_INDICATORS, BriefingBase, is_assumed, memoized, period_key, period_kind
from .labels import BASIS_WORDS, MEASURE_WORDS, QUALIFIER_WORDS, e, label, table, word

#: The five-year plan period of the growth section: 2020 (the 13th plan's
#: last year) is the base, as in the documents ("较“十三五”末期（2020年）").
PLAN_BASE_YEAR, PLAN_END_YEAR = 2020, 2025

#: Unit dimensions of the value-growth chart: money only (population and
#: counts are not value growth and would invite misreading).
CHART_DIMENSIONS = ("currency_cny", "currency_usd")

#: The three sectors whose shares make up GDP.
SECTORS = ("va_primary", "va_secondary", "va_tertiary")

#: At most this many rows of average growth go in the body (else its headline indicators; the rest to the appendix).
BODY_GROWTH = 10

#: Longest span of the average growth shown for years outside the plan period.
EARLIER_SPAN = 10

#: Unit dimensions whose average growth says nothing a reader wants (a rate, a rank):
#: an urbanisation rate of 65 % is not "grown 1 % a year".
NOT_GROWN = ("percent", "percentage_point", "ratio", "rank")

#: A city with at most this many figures gets every figure in its body.
SMALL_CITY_FIGURES = 60
#: Figures of one area shown (headline levels first); the rest are in the downloads.
AREA_FIGURES_SHOWN = 8
#: A city with more figures of its own than this shows its areas after the appendix's claim details, not in
#: the body (Hohhot's body is full with its own story and checks); a smaller city keeps them in the body, where
#: they are much of what it has to show.
AREAS_IN_BODY_MAX = 300

#: At most this many targets go in the body; the rest go to the appendix
#: (headline indicators and targets with an outcome always stay in the body).
BODY_TARGETS = 20



def printing_key(f) -> tuple:
    """What makes two ledger rows one figure printed twice by one document
    (everything but the line and excerpt): a figures table shows it once."""
    return (f.city, f.indicator, f.measure, f.qualifier, f.period, f.base_period, f.value, f.unit,
            f.price_basis, f.denominator, f.source_id)

class SectionsMixin(BriefingBase):
    def _source_ref(self, *figs) -> str:
        """Short source names linked to the source list (:meth:`source_links`)."""
        return self.source_links(figs)  # type: ignore[attr-defined]

    # -- headline indicators --------------------------------------------------
    @memoized
    def headline_rows(self) -> list[dict]:
        """Latest documented level of each headline indicator (a full year when
        there is one; a bound such as 突破1700亿元 when nothing exact is
        printed), with a stated growth for the same period."""
        rows = []
        for code in HEADLINE_INDICATORS:
            figs = [f for f in self.of_indicator(code) if f.measure == "level"
                    and f.qualifier in ("exact", "about", "over", "under")]
            if not figs:
                continue
            annual = [f for f in figs if period_kind(f.period) == "year"] or figs
            pref = {"exact": 0, "about": 1, "over": 2, "under": 3}
            f = max(annual, key=lambda f: (period_key(f.period), -pref[f.qualifier], f.decimals))
            g = self.best(self.find(code, "growth", f.period, base_period=""))
            rows.append({"indicator": code, "name": self.name(code), "period": f.period,
                         "period_text": self.fig_period(f), "value": f.value, "unit": f.unit,
                         "value_text": self.show_fig(f), "figure": f, "growth": g.value if g else "",
                         "growth_basis": g.price_basis if g else "", "growth_figure": g,
                         "figure_id": f.figure_id, "growth_figure_id": g.figure_id if g else ""})
        return rows

    def headline_html(self) -> str:
        rows = self.headline_rows()
        if not rows:
            return ""
        body = []
        for r in rows:
            f, g = r["figure"], r["growth_figure"]
            growth = "—"
            if g is not None:
                growth = f"{g.value if self.zh else g.normalized}" + ("%" if self.zh else " %")
                if g.price_basis == "comparable":
                    growth += self.t("（可比价）", " (real)")
            q = f.qualifier if f.qualifier != "exact" else ""
            from .labels import QUALIFIER_WORDS

            value = (word(QUALIFIER_WORDS, q, self.lang) if q else "") + self.num(
                f.value if self.zh else f.normalized, f.unit, by_size=True)
            body.append([e(r["name"]), f'<span class="date">{e(r["period_text"])}</span>', e(value),
                         e(self.unit_label(f.unit, f.quantity().value)), e(growth), self._source_ref(f, g)])
        heads = [label(k, self.lang) for k in ("indicator", "period", "level", "unit", "stated_growth", "source")]
        return table([e(h) for h in heads], body, num_cols=(2, 4), cls="briefing-table headline")

    # -- coverage in words ------------------------------------------------------
    def coverage_html(self) -> str:
        """One paragraph, in the reader's language: which headline indicators
        the documents give as figures, which only as targets, which not at
        all, and (once) what the briefing therefore cannot show."""
        have = {f.indicator for f in self.figures if f.qualifier != "target"}
        targeted = {f.indicator for f in self.figures if f.qualifier == "target"}
        covered = [self.name(c) for c in HEADLINE_INDICATORS if c in have]
        only_targets = [self.name(c) for c in HEADLINE_INDICATORS if c in targeted and c not in have]
        missing = [self.name(c) for c in HEADLINE_INDICATORS if c not in have and c not in targeted]
        sep = "、" if self.zh else "; "
        n_ind = len({f.indicator for f in self.figures})
        parts = [self.t(f"文件给出{self.city.name_zh}{len(self.figures)}个数据，涉及{n_ind}个指标",
                        f"The documents give {len(self.figures)} figures on {self.city.name_en}, for {n_ind} "
                        "indicators")]
        if covered:
            parts.append(self.t(f"主要指标中给出数值的有：{sep.join(covered)}", f"of the headline indicators they "
                                f"give figures for: {sep.join(covered)}"))
        if only_targets:
            parts.append(self.t(f"只给出目标的有：{sep.join(only_targets)}", f"only targets for: "
                                f"{sep.join(only_targets)}"))
        if missing:
            parts.append(self.t(f"未涉及：{sep.join(missing)}", f"nothing on: {sep.join(missing)}"))
        cannot = []
        if not self.growth_rows() and not self.earlier_growth_rows():
            cannot.append(self.t("没有同一指标两个年份的总量，因而无法计算年均增长", "no indicator at two annual "
                                 "levels, so no average growth"))
        elif not self.growth_rows():
            cannot.append(self.t(f"没有同一指标{PLAN_BASE_YEAR}—{PLAN_END_YEAR}年间两个年份的总量，因而只能计算此前年份的年均增长",
                                 f"no indicator at two annual levels in {PLAN_BASE_YEAR}–{PLAN_END_YEAR}, so average "
                                 "growth only over earlier years"))
        if not self.structure_rows():
            cannot.append(self.t("没有三次产业增加值，因而无法给出经济结构", "no value added of the three sectors, so no "
                                 "economic structure"))
        if not self.target_rows():
            cannot.append(self.t("没有目标", "no targets"))
        if cannot:
            parts.append(self.t("文件中" + "；".join(cannot),
                                "the documents give " + "; ".join(cannot)))
        text = self.t("；".join(parts) + "。", ". ".join(p[0].upper() + p[1:] for p in parts) + ".")
        return f'<p class="coverage">{e(text)}</p>'

    # -- levels over time -------------------------------------------------------
    @memoized
    def level_series(self) -> list[dict]:
        """Indicators with levels (documented or derived) in three or more
        years: one series each, points marked derived or assumed."""
        out = []
        codes = list(dict.fromkeys(f.indicator for f in self.figures if f.measure in ("level", "change")))
        for code in codes:
            figs = self.of_indicator(code)
            years = {f.period for f in figs if f.measure == "level" and period_kind(f.period) == "year"}
            years |= {p for f in figs if f.measure == "change"
                      for p in (f.period, f.base_period) if p and period_kind(p) == "year"}
            points = []
            for y in sorted(years, key=int):
                q = self.level(code, y)
                if q is None:
                    continue
                f = self.best(self.find(code, "level", y))
                points.append({"year": int(y), "q": q, "derived": q.derived,
                               "assumed": f is not None and is_assumed(f), "figure": f})
            if len(points) >= 3:
                out.append({"indicator": code, "name": self.name(code), "unit": points[0]["q"].unit,
                            "points": points, "price_basis": self.ledger.indicators[code].price_basis})
        return out

    # -- growth over the plan period -------------------------------------------
    @memoized
    def growth_rows(self) -> list[dict]:
        """Average growth between the earliest and latest annual levels in
        2020–2025 of every indicator with at least two (a 2020 level may be
        derived from a documented change), by the level method with its
        rounding interval; a least-squares trend from five points."""
        rows = []
        codes = list(dict.fromkeys(f.indicator for f in self.figures))
        for code in codes:
            levels = {p: f for p, f in self.levels(code).items()
                      if period_kind(p) == "year" and PLAN_BASE_YEAR <= int(p) <= PLAN_END_YEAR}
            qs = {p: f.quantity() for p, f in levels.items()}
            if str(PLAN_BASE_YEAR) not in qs:  # the plan's base year, derived from a documented change
                derived = self.level(code, str(PLAN_BASE_YEAR))
                if derived is not None:
                    qs[str(PLAN_BASE_YEAR)] = derived
            if len(qs) < 2:
                continue
            row = self._growth_row(code, qs, levels)
            if row is not None:
                rows.append(row)
        return rows

    @memoized
    def earlier_growth_rows(self) -> list[dict]:
        """Average growth of the indicators with no two annual levels in the
        plan period but two or more in other years: between the latest annual
        level and the earliest of the :data:`EARLIER_SPAN` years before it (the
        level method), so a city whose documents give GDP for 2018 and 2022 is
        not told that no growth can be computed."""
        planned = {r["indicator"] for r in self.growth_rows()}
        rows = []
        for code in dict.fromkeys(f.indicator for f in self.figures):
            if code in planned:
                continue
            levels = {p: f for p, f in self.levels(code).items() if period_kind(p) == "year"
                      and self.ledger.units.get(f.unit, {}).get("dimension") not in NOT_GROWN}
            if len(levels) < 2:
                continue
            last = max(int(p) for p in levels)
            levels = {p: f for p, f in levels.items() if int(p) >= last - EARLIER_SPAN}
            if len(levels) < 2:
                continue
            row = self._growth_row(code, {p: f.quantity() for p, f in levels.items()}, levels)
            if row is not None:
                rows.append(row)
        return rows

    def _growth_row(self, code: str, qs: dict, levels: dict) -> dict | None:
        """The level-method growth from the earliest to the latest of ``qs``
        (year → Quantity), with a trend from five points; None where it is
        undefined (a zero or negative level)."""
        years = sorted(qs, key=int)
        a, b = qs[years[0]], qs[years[-1]]
        try:
            q = cagr(a, b)
        except ComputationError:
            return None
        trend = None
        if len(years) >= 5:
            try:
                trend = trend_growth({int(y): qs[y] for y in years})
            except ComputationError:
                trend = None
        assumed = any(is_assumed(levels[y]) for y in (years[0], years[-1]) if y in levels)
        span = self.t(f"{years[0]}—{years[-1]}", f"{years[0]}–{years[-1]}")
        return {"indicator": code, "name": self.name(code), "from": a, "to": b, "cagr": q,
                "years": int(years[-1]) - int(years[0]), "trend": trend, "assumed": assumed,
                "span": span, "from_fig": levels.get(years[0]), "to_fig": levels.get(years[-1]),
                "dimension": self.ledger.units.get(a.unit, {}).get("dimension", ""),
                "price_basis": self.ledger.indicators[code].price_basis}

    def body_growth(self) -> tuple[list[dict], list[dict]]:
        """(growth rows in the body, rows for the appendix): with more than
        :data:`BODY_GROWTH` rows the body keeps the headline indicators."""
        rows = self.growth_rows()
        if len(rows) <= BODY_GROWTH:
            return rows, []
        keep = [r for r in rows if r["indicator"] in HEADLINE_INDICATORS] or rows
        return keep, [r for r in rows if r not in keep]

    def growth_html(self) -> str:
        rows, earlier = self.growth_rows(), self.earlier_growth_rows()
        if not rows and not earlier:
            return f'<p class="gap">{e(self._no_growth_text())}</p>'
        out = ""
        if rows:
            body, rest = self.body_growth()
            out = self._growth_table(body)
            if rest:
                out += self.t(f'<p class="note">另有{len(rest)}项指标的年均增长见附录。</p>',
                              f'<p class="note">The average growth of {len(rest)} further indicators is in the '
                              'appendix.</p>')
        else:
            out = f'<p class="note">{e(self._no_growth_text(in_plan=True))}</p>'
        if earlier:
            out += self.t(f"<p>{PLAN_BASE_YEAR}—{PLAN_END_YEAR}年以外年份的年均增长（按文件所印总量，"
                          f"至多{EARLIER_SPAN}年）：</p>",
                          f"<p>Average growth over the years outside {PLAN_BASE_YEAR}–{PLAN_END_YEAR} that the "
                          f"documents give levels for (at most {EARLIER_SPAN} years):</p>")
            out += self._growth_table(earlier[:BODY_GROWTH])
        return out

    def more_growth_html(self) -> str:
        _, rest = self.body_growth()
        return self._growth_table(rest) if rest else ""

    def _growth_table(self, rows: list[dict]) -> str:
        body, marked = [], []
        for r in rows:
            q: Quantity = r["cagr"]
            a, b = r["from"], r["to"]
            marks = []
            if a.derived or b.derived:
                marks.append(label("derived", self.lang))
            if r["assumed"]:
                marks.append(self.t("年份推定", "years assumed"))
            if r["from_fig"] is not None and r["to_fig"] is not None and census_note(
                    self.ledger, [r["from_fig"]], [r["to_fig"]]) is not None:
                marks.append(self.t("普查口径不同", "census bases differ"))
            marked += marks
            span = f'<span class="date">{e(r["span"])}</span>' + (f" <small>({e(', '.join(marks))})</small>" if marks else "")
            basis = {"current": self.t("名义", "nominal"), "comparable": self.t("实际", "real")}.get(
                r["price_basis"], "—")
            if a.unit == b.unit:
                ends, unit = f"{self._num_q(a)} → {self._num_q(b)}", self.unit_label(a.unit)
            else:  # 2.9万元 → 48,507元: each end in its own unit (the growth is computed on one)
                ends = " → ".join(self.show(q.text, q.unit) if q.text is not None
                                  else f"{self._num_q(q)} {self.unit_label(q.unit)}" for q in (a, b))
                unit = "—"
            body.append([e(r["name"]), span, e(ends), e(unit),
                         e(f"{q.value:.2f}"), e(f"{q.low:.2f}–{q.high:.2f}" if f"{q.low:.2f}" != f"{q.high:.2f}" else "—"), e(basis)])
        heads = [label("indicator", self.lang), label("period", self.lang), label("from", self.lang) + " → " +
                 label("to", self.lang), label("unit", self.lang), label("cagr", self.lang) + " %",
                 label("interval", self.lang), label("basis", self.lang)]
        note = self.t("水平法（基期不计入年数）；推算的起点按其输入数据的精度显示。",
                      "Level method (the base year not counted); a derived end is shown at the precision of its "
                      "inputs.")
        if any("普查口径不同" in m or "census bases differ" in m for m in marked):
            note += self.t("“普查口径不同”：起止总量一个印于经济普查修订之前，一个属修订后的口径，二者之间的增长混入了普查的调整，不可直接比较。",
                           " Census bases differ: one end was printed before an economic census revised its "
                           "year, the other is on the revised base, so the growth between them mixes in the "
                           "census's revision and is not directly comparable.")
        return (table([e(h) for h in heads], body, num_cols=(2, 4, 5), cls="briefing-table compact growth")
                + f'<p class="note">{e(note)}</p>')

    def _num_q(self, q: Quantity) -> str:
        """The number of a quantity in the reader's unit (derived ones at their inputs' precision)."""
        from .. import display_units as du

        if q.text is not None:
            return self.num(q.text, q.unit)
        return du.number(f"{q.value:.{self.decimals(q)}f}", q.unit, self.lang)

    def _no_growth_text(self, in_plan: bool = False) -> str:
        if in_plan:
            return self.t(f"文件未给出该市同一指标{PLAN_BASE_YEAR}—{PLAN_END_YEAR}年间两个年份的总量，无法计算这一时期的年均增长。",
                          f"The documents give no indicator of this city at two annual levels in "
                          f"{PLAN_BASE_YEAR}–{PLAN_END_YEAR}, so no average growth over the plan period can be "
                          "computed.")
        return self.t("文件未给出该市同一指标两个年份的总量，无法计算年均增长。",
                      "The documents give no indicator of this city at two annual levels, so no average growth "
                      "can be computed.")

    # -- structure ---------------------------------------------------------------
    @memoized
    def structure_rows(self) -> list[dict]:
        """Shares of the three sectors in GDP per year: as the documents print
        them where all three are printed for the year (``basis`` ``printed``),
        else computed from the documented levels of the three sectors
        (``computed``; a level derived from a documented change marks the row
        ``derived``). ``figures`` are the ledger rows a row rests on.

        A journalist quotes the printed structure (37.1 : 26.9 : 36.0), not the
        one the rounded levels imply (37.2 : ...), so the printed one wins.
        """
        years = sorted({f.period for f in self.figures if f.indicator in SECTORS + ("gdp",)
                        and period_kind(f.period) == "year"}, key=int)
        rows = []
        for y in years:
            printed = [self.best([f for f in self.find(s, "share", y) if f.denominator in ("", "gdp")])
                       for s in SECTORS]
            if all(f is not None for f in printed):
                rows.append({"year": y, "levels": [], "shares": [f.quantity() for f in printed],  # type: ignore[union-attr]
                             "basis": "printed", "derived": False, "figures": printed})
                continue
            qs = [self.level(s, y) for s in SECTORS]
            if any(q is None for q in qs):
                continue
            whole = total(qs)
            rows.append({"year": y, "levels": qs, "shares": [share(q, whole) for q in qs], "basis": "computed",
                         "derived": any(q.derived for q in qs),
                         "figures": [self.ledger.figure(i) for q in qs for i in q.all_figure_ids()]})
        return rows

    def structure_basis(self, row: dict) -> str:
        """How a structure row's shares were found, in words (printed,
        computed from value added, derived)."""
        words = label("shares_printed" if row["basis"] == "printed" else "shares_computed", self.lang)
        if row["derived"]:
            words += self.t("（含推算数值）", " (with a derived level)")
        return words

    def structure_html(self) -> str:
        rows = self.structure_rows()
        if not rows:
            return f'<p class="gap">{e(self._no_structure_text())}</p>'
        heads = [label("year", self.lang)] + [self.name(s) + " %" for s in SECTORS] + [label("basis", self.lang)]
        body = []
        for r in rows:
            cells = [e(r["year"])]
            cells += [e(f"{s.value:.1f}") for s in r["shares"]]
            cells.append(e(self.structure_basis(r)))
            body.append(cells)
        text = ""
        if len(rows) >= 2:
            first, last = rows[0], rows[-1]
            changes = [last["shares"][i].value - first["shares"][i].value for i in range(3)]
            parts = [f"{self.name(s)} {c:+.1f}" + self.t("个百分点", " pp") for s, c in zip(SECTORS, changes)]
            text = self.t(f"<p>{e(first['year'])}—{e(last['year'])}年比重变化：{e('，'.join(parts))}。</p>",
                          f"<p>Change in shares {e(first['year'])}–{e(last['year'])}: {e('; '.join(parts))}.</p>")
        return table([e(h) for h in heads], body, num_cols=(1, 2, 3), cls="briefing-table structure") + text

    def _no_structure_text(self) -> str:
        return self.t("文件未给出三次产业增加值，无法给出经济结构。",
                      "The documents do not give the value added of the three sectors, so the economic "
                      "structure cannot be shown.")

    # -- targets and outcomes ----------------------------------------------------
    @memoized
    def target_rows(self) -> list[dict]:
        """Every target the documents print, with the outcome for the same
        indicator, measure and period where one is printed."""
        rows = []
        for f in self.figures:
            if f.qualifier != "target":
                continue
            out = self.best(self.find(f.indicator, f.measure, f.period, base_period=f.base_period))
            rows.append({"figure": f, "outcome": out, "headline": f.indicator in HEADLINE_INDICATORS})
        return rows

    def target_result(self, r: dict) -> str:
        """``achieved``, ``not_achieved`` or "" (no outcome): the outcome
        against the target as stated (at least / about / over: the outcome
        reaches it; at most / under: it stays within it)."""
        from .stated import qualifier_words

        f, out = r["figure"], r["outcome"]
        if out is None or f.unit != out.unit:
            return ""
        _, _, en = qualifier_words(f.excerpt, f.value, f.unit, f.qualifier)
        t, o = f.number, out.number
        ok = o <= t if en in ("at most", "under") else o >= t
        return "achieved" if ok else "not_achieved"

    def _target_table(self, rows: list[dict]) -> str:
        """Targets as stated (qualifiers kept: 5%左右, 1000亿元以上), each beside
        its outcome and whether it was achieved; the outcome columns only when
        a row has one."""
        from .stated import stated_phrase

        with_outcome = any(r["outcome"] is not None for r in rows)
        body = []
        for r in rows:
            f, out = r["figure"], r["outcome"]
            what = word(MEASURE_WORDS, f.measure, self.lang)
            self._note_unit(f.unit)
            cells = [e(self.name(f.indicator)) + f' <small>({e(what)})</small>',
                     f'<span class="date">{e(self.fig_period(f))}</span>',
                     e(stated_phrase(f, self.lang, f.value if self.zh else f.normalized))]
            if with_outcome:
                res = self.target_result(r)
                cells += [e(stated_phrase(out, self.lang, out.value if self.zh else out.normalized)) if out else "—",
                          f'<span class="target-{res}">{e(label(res, self.lang))}</span>' if res else "—"]
            cells.append(self._source_ref(f, out))
            body.append(cells)
        keys = ("indicator", "period", "target") + (("outcome", "result") if with_outcome else ()) + ("source",)
        heads = [label(k, self.lang) for k in keys]
        return table([e(h) for h in heads], body, num_cols=(2, 3) if with_outcome else (2,),
                     cls="briefing-table compact targets")

    def body_targets(self) -> tuple[list[dict], list[dict]]:
        """(targets in the body, targets left for the appendix)."""
        rows = self.target_rows()
        if len(rows) <= BODY_TARGETS:
            return rows, []
        keep = [r for r in rows if r["headline"] or r["outcome"] is not None]
        return keep, [r for r in rows if r not in keep]

    def targets_html(self) -> str:
        body, rest = self.body_targets()
        if not body and not rest:
            return f'<p class="gap">{e(self.t("文件未给出目标。", "The documents set no targets."))}</p>'
        note = ""
        if rest:
            note = self.t(f"<p class=\"note\">另有{len(rest)}项目标见附录。</p>",
                          f'<p class="note">{len(rest)} further targets are listed in the appendix.</p>')
        return self._target_table(body) + note

    def more_targets_html(self) -> str:
        _, rest = self.body_targets()
        return self._target_table(rest) if rest else ""

    # -- the latest year-to-date figures -----------------------------------------
    @memoized
    def latest_rows(self) -> list:
        """Figures of the latest year-to-date period (months from January:
        a quarter, a half, January to October) the documents give for the
        city; a single month later in the year (a holiday) is not year-to-date."""
        from ..ledger import parse_period

        ytd = [f for f in self.figures if period_kind(f.period) == "months" and f.qualifier != "target"
               and parse_period(f.period).months[0] == 1]
        if not ytd:
            return []
        latest = max((f.period for f in ytd), key=period_key)
        return [f for f in ytd if f.period == latest]

    def latest_html(self) -> str:
        rows = self.latest_rows()
        if not rows:
            return f'<p class="gap">{e(self.t("文件未给出年内累计数据。", "The documents give no year-to-date figures."))}</p>'
        return self._figure_table(rows)

    def _figure_table(self, figs) -> str:
        """One row per figure; a figure a document prints twice (a headline and its paragraph: two
        rows of the ledger, docs/curation.md) is one row, marked as printed twice."""
        body = []
        times: dict[tuple, int] = {}
        for f in figs:
            key = printing_key(f)
            times[key] = times.get(key, 0) + 1
        shown = set()
        for f in figs:
            key = printing_key(f)
            if key in shown:
                continue
            shown.add(key)
            what = word(MEASURE_WORDS, f.measure, self.lang)
            basis = word(BASIS_WORDS, f.price_basis, self.lang) if f.measure in ("growth", "avg_growth") else ""
            if f.qualifier in ("target", "forecast"):  # a goal or an estimate is never shown as an outcome
                basis = ", ".join(x for x in (basis, word(QUALIFIER_WORDS, f.qualifier, self.lang).strip()) if x)
            n = times[key]
            again = "" if n == 1 else " <small>(" + e(self.t(f"文件中印{n}次", "printed twice" if n == 2
                                                             else f"printed {n} times")) + ")</small>"
            body.append([e(self.name(f.indicator)) + f' <small>({e(what)}{e(", " + basis if basis else "")})</small>',
                         f'<span class="date">{e(self.fig_period(f))}</span>', e(self.show_fig(f)),
                         self._source_ref(f) + again])
        heads = [label(k, self.lang) for k in ("indicator", "period", "level", "source")]
        return table([e(h) for h in heads], body, num_cols=(2,), cls="briefing-table compact")

    # -- areas below the city (旗, 区, 县; data/areas.csv) ----------------------------
    @memoized
    def area_rows(self) -> list[dict]:
        """The areas below the city that have figures, in catalogue order,
        each with its figures as printed (targets included)."""
        areas = self.ledger.areas_of(self.city.slug)
        if not areas:
            return []
        by_area: dict[str, list] = {a: [] for a in areas}
        for f in self.ledger.figures_under(self.city.slug):
            if f.city in by_area:
                by_area[f.city].append(f)
        return [{"area": self.ledger.cities[a], "figures": figs} for a, figs in by_area.items() if figs]

    def areas_in_body(self) -> bool:
        """Whether the areas are shown in the body (a city with few figures of its own) or after the appendix."""
        return len(self.figures) <= AREAS_IN_BODY_MAX

    def areas_html(self) -> str:
        """One table per area, under the area's name (its kind in brackets)."""
        from .labels import AREA_KIND_WORDS

        parts = []
        for r in self.area_rows():
            area = r["area"]
            kind = word(AREA_KIND_WORDS, area.kind, self.lang)
            title = area.name(self.lang) + (self.t(f"（{kind}）", f" ({kind})") if kind else "")
            shown = area_selection(r["figures"], AREA_FIGURES_SHOWN)
            more = len(r["figures"]) - len(shown)
            rest = "" if not more else '<p class="note">' + e(self.t(
                f"另有{more}项数据见下载的全部数据表（figures.csv）。",
                f"{more} more {'figure' if more == 1 else 'figures'} of {area.name('en')} "
                f"{'is' if more == 1 else 'are'} in the downloadable table of all figures (figures.csv).")) \
                + "</p>"
            parts.append(f'<h3 id="area-{e(area.slug)}">{e(title)}</h3>' + self._figure_table(shown) + rest)
        if not parts:
            return ""
        note = self.t("下辖地区的数据按文件所印列出；核验只涉及全市数据。",
                      "The areas' figures are listed as printed; the checks cover the city's own figures.")
        return "".join(parts) + f'<p class="note">{e(note)}</p>'

    # -- everything, for a city with few figures ----------------------------------
    def all_figures_html(self) -> str:
        """Every figure of a city with few figures (targets included); empty for a large city."""
        if len(self.figures) > SMALL_CITY_FIGURES:
            return ""
        figs = [f for f in self.figures if f.qualifier != "target"]
        return self._figure_table(figs) if figs else ""


def area_selection(figs: list, n: int) -> list:
    """At most ``n`` of an area's figures for the body, in their order: the
    headline indicators' levels first, then their growth rates, then the rest.

    >>> from types import SimpleNamespace as F
    >>> figs = [F(indicator="x", measure="level"), F(indicator="gdp", measure="growth"),
    ...         F(indicator="gdp", measure="level"), F(indicator="y", measure="level")]
    >>> [(f.indicator, f.measure) for f in area_selection(figs, 2)]
    [('gdp', 'growth'), ('gdp', 'level')]
    >>> len(area_selection(figs, 10))
    4
    """
    def rank(i_f):
        i, f = i_f
        headline = f.indicator in HEADLINE_INDICATORS
        return (0 if headline and f.measure == "level" else 1 if headline and f.measure == "growth" else 2, i)

    chosen = sorted(enumerate(figs), key=rank)[:n]
    return [f for _, f in sorted(chosen, key=lambda i_f: i_f[0])]

