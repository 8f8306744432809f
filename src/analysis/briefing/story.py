"""Page 1: the lead paragraph and the key findings.

Key findings are the checks whose verdict is ``inconsistent`` or
``not_comparable`` among the claims, plus the identities the ledger
contradicts (verdict ``inconsistent``: e.g. a part printed larger than its
whole). Whatever checks those are: no check id is named here.

Order ("by materiality, then importance"), a fixed rule:

0. the group (:func:`materiality`): contradictions beyond rounding first,
   then disagreements at the rounding edge, then claims on another basis
   (not comparable: a basis, not an error);
1. the indicator's place in :data:`HEADLINE_INDICATORS` (GDP first; an
   indicator outside the list after all of them): a reader weighs a finding on
   GDP above one on a count of trains;
2. verdict severity: ``inconsistent`` before ``not_comparable``;
3. claims before identities;
4. the order of the ledger.

One finding per stated figure: where several checks of one figure are
findings (a profit increase held against its whole directly and through the
implied level), the first in that order stands for them.

Each contradiction or disagreement at the rounding edge is one plain
headline (:mod:`.headlines`) with its quoted excerpts and a link to the
check, whose row holds the method detail; the findings on another basis
(not errors) are one table, a row each with why it is not an error
(:func:`.headlines.basis_row`), linked the same way.
"""

from __future__ import annotations

import re

from ..checks import Check
from ..periods import Period
from .base import HEADLINE_INDICATORS, BriefingBase, is_assumed, period_kind
from ..verdicts import VERDICT_TEXT as VERDICT_WORDS
from .headlines import GROUPS, basis_row, headline, materiality
from .labels import check_anchor, e, label, table

FINDING_VERDICTS = ("inconsistent", "not_comparable")
_SEVERITY = {v: i for i, v in enumerate(FINDING_VERDICTS)}


def is_finding(c: Check) -> bool:
    """A claim that does not hold as printed or is not comparable, or an
    identity the figures contradict."""
    return c.verdict in FINDING_VERDICTS and (c.role == "claim" or c.verdict == "inconsistent")


def importance(c: Check, order: int = 0) -> tuple:
    """The sort key of a finding (module docstring)."""
    rank = HEADLINE_INDICATORS.index(c.indicator) if c.indicator in HEADLINE_INDICATORS else len(HEADLINE_INDICATORS)
    group = GROUPS.index(materiality(c)) if c.verdict in FINDING_VERDICTS else len(GROUPS)
    return (group, rank, _SEVERITY.get(c.verdict, 9), 0 if c.role == "claim" else 1, order)


def split_explanation(text: str, lang: str) -> tuple[str, str]:
    """The first sentence of a check's explanation and the rest.

    >>> split_explanation("Stated 5 %; computed 4.9 %: consistent. 1033 used. More.", "en")
    ('Stated 5 %; computed 4.9 %: consistent.', '1033 used. More.')
    >>> split_explanation("所述5%：一致。采用1033。", "zh")
    ('所述5%：一致。', '采用1033。')
    """
    m = re.search(r"。" if lang == "zh" else r"\.(?=\s+[A-Z0-9“(])", text)
    if not m:
        return text.strip(), ""
    return text[:m.end()].strip(), text[m.end():].strip()


class StoryMixin(BriefingBase):
    # -- key findings ---------------------------------------------------------
    def findings(self) -> list[Check]:
        """The key findings, most important first (module docstring)."""
        order = {c.check_id: i for i, c in enumerate(self.checks)}
        ranked = sorted((c for c in self.checks if is_finding(c)), key=lambda c: importance(c, order[c.check_id]))
        seen: set[str] = set()
        out = []
        for c in ranked:  # one finding per stated figure
            if c.figure_id not in seen:
                seen.add(c.figure_id)
                out.append(c)
        return out

    def _check_period(self, c: Check) -> str:
        if c.period_start and c.period_start != c.period_end:
            try:
                return self.span_text(c.period_start, c.period_end)
            except Exception:  # noqa: BLE001 - a period the parser does not know is shown as written
                a, b = self._period_or_raw(c.period_start), self._period_or_raw(c.period_end)
                return f"{a}—{b}" if self.zh else f"{a}–{b}"
        return self._period_or_raw(c.period_end)

    def _period_or_raw(self, p: str) -> str:
        try:
            return self.period(p)
        except Exception:  # noqa: BLE001 - a period the parser does not know is shown as written
            return p

    def finding_groups(self) -> dict[str, list[Check]]:
        """The findings by group (:data:`GROUPS`), each in order of importance."""
        groups: dict[str, list[Check]] = {g: [] for g in GROUPS}
        for c in self.findings():
            groups[materiality(c)].append(c)
        return groups

    def findings_html(self) -> str:
        items = []
        n = 0
        for group, checks in self.finding_groups().items():
            if not checks:
                continue
            if group == "not_comparable":  # a basis, not an error: one line each, quotations in the appendix
                n, basis = self._basis_table(checks, n)
                items.append(f'<h3 class="finding-group">{e(label("group_" + group, self.lang))}</h3>{basis}')
                continue
            lis = []
            for c in checks:
                n += 1
                excerpts = list(dict.fromkeys(self.excerpt(s) for s in c.sources))[:3]
                cites = self.t("；", "; ").join(f"“{e(x)}”" for x in excerpts)
                if group == "rounding_edge":  # softer than a contradiction
                    verdict = f'<span class="verdict verdict-rounding_edge">{e(label("rounding_edge", self.lang))}</span>'
                else:
                    verdict = f'<span class="verdict verdict-{c.verdict}">{e(VERDICT_WORDS[c.verdict][0 if self.zh else 1])}</span>'
                quoted = f'{e(label("citation", self.lang))}{self.t("：", ": ")}{cites} · '
                lis.append(f'<li class="finding finding-{group}" value="{n}"><b>{e(headline(self, c))}</b> '
                           f'<span class="finding-cite">{verdict} · {quoted}<a href="#{e(check_anchor(c.check_id))}">'
                           f'{e(self.t("核验方法与原文", "how it was checked, with quotations"))}</a></span></li>')
            items.append(f'<h3 class="finding-group">{e(label("group_" + group, self.lang))}</h3>'
                         f'<ol class="findings-{group}">{"".join(lis)}</ol>')
        if not items:
            n = sum(1 for c in self.checks if c.role == "claim" and c.verdict != "insufficient_data")
            if n:
                text = self.t(f"可核验的{n}项所述数据均与文件所印数值相符；其余无法用文件核验。",
                              ("The one claim that could be checked agrees" if n == 1 else
                               f"The {n} claims that could be checked agree") + " with the printed figures; the "
                              "others cannot be checked from the documents.")
            else:
                text = self.t("文件中的所述数据均无法用其他所印数值核验，因此没有可报告的发现；文件所载全部数据见下。",
                              "No claim in the documents can be checked against another printed figure, so there "
                              "are no findings to report; everything the documents say is listed below.")
            return (f'<div class="findings"><h2 id="findings">{e(label("findings", self.lang))}</h2>'
                    f'<p>{e(text)}</p></div>')
        return (f'<div class="findings"><h2 id="findings">{e(label("findings", self.lang))}</h2>'
                f'{"".join(items)}</div>')

    def _basis_table(self, checks: list[Check], n: int) -> tuple[int, str]:
        """The findings on another basis as a table, one row each, numbered on
        from ``n``: what was stated, what the printed figures give and why
        that is not an error, linked to the check (its method and quotations).
        A long list of them (real growth against current-price levels, year
        after year) would otherwise push everything else off page 1."""
        heads = [self.t("序号", "No."), self.t("指标", "Indicator"), self.t("时期", "Period"),
                 self.t("所述", "Stated"), self.t("所印数据得出", "Printed figures give"),
                 self.t("为何并非错误", "Why it is not an error")]
        rows = []
        for c in checks:
            n += 1
            name, period, stated, computed, reason = basis_row(self, c)
            rows.append([str(n), e(name), e(period), e(stated), e(computed),
                         f'<a href="#{e(check_anchor(c.check_id))}">{e(reason)}</a>'])
        return n, table([e(h) for h in heads], rows, num_cols=(0, 3, 4), row_cls="finding finding-not_comparable", keep=False,
                        cls="briefing-table compact findings-not_comparable")

    # -- the lead paragraph -----------------------------------------------------
    def _latest(self, code: str, measure: str = "level", annual: bool = True):
        """The latest figure of an indicator (exact preferred to a bound at the same period)."""
        figs = [f for f in self.of_indicator(code) if f.measure == measure and not f.base_period
                and f.qualifier in ("exact", "about", "over", "under")
                and (not annual or period_kind(f.period) == "year")]
        if not figs:
            return None
        pref = {"exact": 0, "about": 1, "over": 2, "under": 3}
        return max(figs, key=lambda f: (Period.parse(f.period).year, -pref[f.qualifier], f.decimals))

    def _growth_words(self, code: str, period: str) -> str:
        figs = [f for f in self.of_indicator(code) if f.measure == "growth" and f.period == period
                and not f.base_period]
        exact = [f for f in figs if f.qualifier in ("exact", "about")]
        over = [f for f in figs if f.qualifier == "over"]
        under = [f for f in figs if f.qualifier == "under"]
        basis = lambda f: self.t("（可比价）", " at comparable prices") if f.price_basis == "comparable" else ""  # noqa: E731
        if exact:
            f = exact[0]
            return self.t(f"，比上年增长{f.value}%{basis(f)}", f", {f.normalized} % up on the year{basis(f)}")
        if over and under:
            a, b = over[0], under[0]
            return self.t(f"，增速在{a.value}%—{b.value}%之间{basis(a)}",
                          f", growing between {a.normalized} % and {b.normalized} % a year{basis(a)}")
        if over:
            f = over[0]
            return self.t(f"，增速超过{f.value}%{basis(f)}", f", growing more than {f.normalized} %{basis(f)}")
        return ""

    def lead_sentences(self) -> list[str]:
        """The lead, from the data: the latest GDP level and its stated growth,
        average growth over the plan period with its price basis, the
        structural shift, and what the checks found."""
        s: list[str] = []
        city = self.city.name(self.lang)
        gdp = self._latest("gdp")
        if gdp is not None:
            when = self.period(gdp.period, assumed=is_assumed(gdp))
            printed = "" if self.zh else f" (printed “{self.excerpt(gdp)}”)"
            s.append(self.t(f"{city}{when}地区生产总值{self.show_fig(gdp)}（现价）{self._growth_words('gdp', gdp.period)}。",
                            f"{city}'s GDP at current prices was {self.show_fig(gdp)}{printed} in {when}"
                            f"{self._growth_words('gdp', gdp.period)}."))
            s.extend(self._plan_growth_sentences())
        elif self._latest("gdp", annual=False) is not None:  # only a year-to-date GDP: said as such
            g = self._latest("gdp", annual=False)
            when = self.period(g.period)
            s.append(self.t(f"文件未给出{city}全年地区生产总值；最新为{when}{self.show_fig(g)}（现价）"
                            f"{self._growth_words('gdp', g.period)}。",
                            f"The documents give no full-year GDP for {city}; the latest is {self.show_fig(g)} "
                            f"for {when} (current prices){self._growth_words('gdp', g.period)}."))
        else:
            rows = self.headline_rows()
            gdp_targets = sorted({Period.parse(f.period).year for f in self.of_indicator("gdp")
                                  if f.qualifier == "target"})
            no_gdp = self.t(f"文件未给出{city}地区生产总值的实际数值", f"The documents give no GDP outcome for {city}")
            if gdp_targets:
                yrs = "、".join(map(str, gdp_targets))
                no_gdp += self.t(f"，只给出{yrs}年的目标", f", only a target for {', '.join(map(str, gdp_targets))}")
            if rows:
                r = rows[0]
                s.append(self.t(f"{no_gdp}；主要数据：{r['name']}{r['period_text']}为{r['value_text']}。",
                                f"{no_gdp}; their main figure: {r['name']}, {r['value_text']} ({r['period_text']})."))
            else:
                s.append(no_gdp + self.t("。", "."))
        shift = self._structure_sentence()
        if shift:
            s.append(shift)
        fs = self.findings()
        claims = [c for c in self.checks if c.role == "claim"]
        checked = [c for c in claims if c.verdict != "insufficient_data"]
        if fs:
            s.append(self.findings_count_sentence(len(checked)))
        elif checked:
            s.append(self.t(f"文件中{len(claims)}项所述数据里，{len(checked)}项可以核验，均无矛盾。",
                            f"Of the documents' {len(claims)} claims, {len(checked)} could be checked; "
                            + ("it is not" if len(checked) == 1 else "none is") + " contradicted by the printed "
                            "figures."))
        elif claims:
            s.append(self.t(f"文件中{len(claims)}项所述数据均无法用其他所印数值核验。",
                            f"None of the documents' {len(claims)} claims can be checked against another printed "
                            "figure."))
        targets = [f for f in self.figures if f.qualifier == "target"]
        if targets:
            years = sorted({Period.parse(f.period).year for f in targets})
            s.append(self.t(f"文件还列出{len(targets)}项目标（{'、'.join(map(str, years))}年）。",
                            f"The documents also set {len(targets)} targets ({', '.join(map(str, years))})."))
        return s

    def findings_count_sentence(self, checked: int) -> str:
        """What the checks found, counted as the findings list shows them."""
        g = {k: len(v) for k, v in self.finding_groups().items()}
        zh = {"contradiction": "处矛盾", "rounding_edge": "处仅在舍入边缘不符", "not_comparable": "处口径不同（并非错误）"}
        en = {"contradiction": ("contradiction", "contradictions"),
              "rounding_edge": ("disagreement at the rounding edge", "disagreements at the rounding edge"),
              "not_comparable": ("figure on a different basis (not an error)", "figures on a different basis "
                                 "(not errors)")}
        zh_parts = [f"{n}{zh[k]}" for k, n in g.items() if n]
        en_parts = [f"{n} {en[k][0 if n == 1 else 1]}" for k, n in g.items() if n]
        en_list = en_parts[0] if len(en_parts) == 1 else ", ".join(en_parts[:-1]) + " and " + en_parts[-1]
        return self.t(f"核验{checked}项可核验的所述数据及数据之间的恒等关系，发现{'、'.join(zh_parts)}，见下。",
                      f"Checking the {checked} claims that can be checked, and the printed figures against "
                      f"each other, found {en_list}, listed below.")

    def _plan_growth_sentences(self) -> list[str]:
        out = []
        stated = [f for f in self.figures if f.indicator == "gdp" and f.measure == "avg_growth"
                  and f.qualifier in ("exact", "about")]
        by_fig = {c.figure_id: c for c in self.checks if c.computed is not None}
        for f in stated[:1]:
            span = self.fig_period(f)
            real = f.price_basis == "comparable"
            c = by_fig.get(f.figure_id)
            s = self.t(f"{span}年均增长{f.value}%（{'可比价，实际增速' if real else '现价'}）",
                       f"Average growth over {span} is stated as {f.normalized} % a year"
                       f"{' (comparable prices, real)' if real else ' (current prices)'}")
            if c is not None and c.unit == "%":
                base = c.period_start.split("-")[0] if c.period_start else ""
                s += self.t(f"；按文件所印现价总量计算为名义{c.computed:.2f}%（以{base}年为基期）",
                            f"; the printed current-price levels give a nominal {c.computed:.2f} % a year "
                            f"(base {base})")
                other = next((r for r in self.growth_rows() if r["indicator"] == "gdp"), None)
                if other is not None and other["span"].split("—")[0].split("–")[0] != base:
                    y0 = other["span"].split("—")[0].split("–")[0]
                    from ..vintages import census_note

                    census = census_note(self.ledger, [other["from_fig"]], [other["to_fig"]])
                    s += self.t(f"，以{y0}年为基期（增长表与图"
                                + ("；该年总量印于经济普查修订之前，与末期不属同一普查版本，不可直接比较" if census else "")
                                + f"）为{other['cagr'].value:.2f}%",
                                f", or {other['cagr'].value:.2f} % from base {y0} (the growth table and chart"
                                + ("; that level was printed before an economic census revised it, a different "
                                   "census vintage from the end level, not directly comparable" if census else "")
                                + ")")
                if real:
                    s += self.t("，两者之差为价格变动，并非错误", ": the gap is the price change, not an error")
            out.append(s + self.t("。", "."))
        if not out:
            for r in self.growth_rows() or self.earlier_growth_rows():
                if r["indicator"] == "gdp":
                    q = r["cagr"]
                    out.append(self.t(f"按所印总量计算，{r['span']}年均名义增长{q.value:.1f}%（现价）。",
                                      f"From the printed levels, GDP grew {q.value:.1f} % a year in nominal terms "
                                      f"over {r['span']} (current prices)."))
        return out

    def _structure_sentence(self) -> str:
        rows = self.structure_rows()
        if len(rows) < 2:
            return ""
        first, last = rows[0], rows[-1]
        changes = [last["shares"][i].value - first["shares"][i].value for i in range(3)]
        i = max(range(3), key=lambda k: abs(changes[k]))
        from .sections import SECTORS

        name = self.name(SECTORS[i])
        a, b = first["shares"][i].value, last["shares"][i].value
        return self.t(f"{name}占比由{first['year']}年的{a:.1f}%变为{last['year']}年的{b:.1f}%（{changes[i]:+.1f}个百分点）。",
                      f"The share of {name[0].lower() + name[1:]} in GDP moved from {a:.1f} % in {first['year']} to "
                      f"{b:.1f} % in {last['year']} ({changes[i]:+.1f} pp).")

    def lead_html(self) -> str:
        return f'<p class="lead">{e(" ".join(self.lead_sentences()) if not self.zh else "".join(self.lead_sentences()))}</p>'
