"""The claim checks in the body, and the appendix: identities and the claims
the documents do not let us check, in compact tables (in HTML inside
collapsible ``<details>``; printed open).

Every check has a row with the anchor ``id="check-<check_id>"``, so the key
findings can link to it."""

from __future__ import annotations

from .. import display_units as du
from ..checks import Check, summarize
from ..verdicts import VERDICT_TEXT
from ..quantity import decimals_of
from .base import BriefingBase
from .labels import check_anchor, e, label, table
from .stated import stated_phrase
from .story import is_finding, split_explanation

#: Row order in a check table: findings first.
_ORDER = {"inconsistent": 0, "not_comparable": 1, "within_rounding": 2, "consistent": 3, "insufficient_data": 4}


class ChecksMixin(BriefingBase):
    def body_checks(self) -> list[Check]:
        """Claims that could be checked (every verdict but insufficient_data)."""
        return [c for c in self.checks if c.role == "claim" and c.verdict != "insufficient_data"]

    def detail_checks(self) -> list[Check]:
        """Claims whose method detail (explanation, readings, quoted excerpts)
        is in the appendix: every checked claim that is not plainly consistent."""
        return [c for c in self.body_checks() if c.verdict != "consistent"]

    def appendix_checks(self) -> tuple[list[Check], list[Check]]:
        """(identities, claims that cannot be checked)."""
        return ([c for c in self.checks if c.role == "identity"],
                [c for c in self.checks if c.role == "claim" and c.verdict == "insufficient_data"])

    def verdict_html(self, v: str) -> str:
        return f'<span class="verdict verdict-{v}">{e(VERDICT_TEXT[v][0 if self.zh else 1])}</span>'

    def checks_summary_html(self, checks: list[Check] | None = None) -> str:
        counts = summarize(self.body_checks() if checks is None else checks)
        items = "".join(f'<li class="verdict-{v}"><b>{e(VERDICT_TEXT[v][0 if self.zh else 1])}</b>: {n}</li>'
                        for v, n in counts.items() if n)
        return f'<ul class="verdict-summary">{items}</ul>'

    def _fig_or_none(self, figure_id: str):
        try:
            return self.ledger.figure(figure_id)
        except Exception:  # noqa: BLE001 - a check on a figure outside the ledger (synthetic checks)
            return None

    def _stated(self, c: Check) -> str:
        """The stated figure as stated: its qualifier and its kind
        (:func:`.stated.stated_phrase`), in the reader's unit."""
        if not c.stated_text:
            return "—"
        self._note_unit(c.unit)
        f = self._fig_or_none(c.figure_id)
        if f is not None and f.unit == c.unit and f.normalized.lstrip("+-") == c.stated_text.lstrip("+-"):
            return stated_phrase(f, self.lang, f.value if self.zh else f.normalized)
        return du.show(c.stated_text, c.unit, self.lang) if c.unit else c.stated_text

    def _figure_phrase(self, figure_id: str, with_name: bool = False) -> str:
        f = self._fig_or_none(figure_id)
        if f is None:
            return "—"
        self._note_unit(f.unit)
        text = stated_phrase(f, self.lang, f.value if self.zh else f.normalized)
        return (self.name(f.indicator) + self.t("：", ": ") + text) if with_name else text

    def _computed(self, c: Check, *, interval: bool | None = None) -> str:
        """The computed value at one decimal more than the stated figure (at
        least one for a rate); its interval only where it decides the verdict
        (``within_rounding``, ``inconsistent``) unless ``interval`` says."""
        if c.computed is None:
            return "—"
        try:
            d = decimals_of(c.stated_text) + 1
        except Exception:  # noqa: BLE001 - a stated text that is not a plain number
            d = 2
        d = max(d, 1) if c.unit in ("%", "个百分点") else d
        pt = du.show_value(c.computed, c.unit, self.lang, d) if c.unit else f"{c.computed:.4g}"
        f = self._fig_or_none(c.figure_id)
        if f is not None and f.measure in ("change", "pp_change") and c.kind in ("change", "pp_change") \
                and c.computed > 0:
            pt = "+" + pt
        if interval is None:
            interval = c.verdict in ("within_rounding", "inconsistent")
        if not interval or c.computed_low is None:
            return e(pt)
        dd = d + (1 if c.verdict == "within_rounding" else 0)  # the decimals that decide it
        lo = du.number(f"{c.computed_low:.{dd}f}", c.unit, self.lang) if c.unit else f"{c.computed_low:.4g}"
        hi = du.number(f"{c.computed_high:.{dd}f}", c.unit, self.lang) if c.unit else f"{c.computed_high:.4g}"
        return f"{e(pt)}<br><small>[{e(lo)}, {e(hi)}]</small>"

    def _identity_cells(self, c: Check) -> tuple[str, str]:
        """(part, whole) of an identity; for ``same_quantity`` (printed here, printed elsewhere)."""
        sum_word = self.t("各部分合计 ", "sum of the parts ")
        if c.kind == "part_of_whole":
            whole = c.evidence_ids[0] if c.evidence_ids else ""
            return e(self._figure_phrase(c.figure_id)), e(self._figure_phrase(whole, with_name=True))
        if c.kind == "implied_level_vs_whole":
            whole = c.evidence_ids[-1] if c.evidence_ids else ""
            implied = self.t("推算水平 ", "implied level ")
            return implied + self._computed(c), e(self._figure_phrase(whole, with_name=True)
                                                  if whole else self._stated(c))
        if c.kind == "same_quantity":
            other = c.evidence_ids[0] if c.evidence_ids else ""
            return e(self._stated(c)), e(self._figure_phrase(other)) if other else self._computed(c)
        return sum_word + self._computed(c), e(self._stated(c))

    def _claim_cell(self, c: Check, with_explanation: str, *, quote: bool = True) -> str:
        from .story import StoryMixin

        period = StoryMixin._check_period(self, c)  # type: ignore[arg-type]
        text = f"<b>{e(self.name(c.indicator))}</b>" + self.t(f"（{e(period)}）", f", {e(period)}")
        if with_explanation:
            text += f'<div class="explanation">{e(du.convert_text(with_explanation, self.lang))}</div>'
        if c.verdict == "consistent" or not quote:  # a short reference; the excerpts are in the downloads
            figs = [self._fig_or_none(s["figure_id"]) for s in c.sources]
            return text + f' <span class="citation">{self.source_links(figs)}</span>'
        cites = "; ".join(f"{self.source_links([self._fig_or_none(s['figure_id'])])} “{e(self.excerpt(s))}”"
                          for s in c.sources[:3])
        if len(c.sources) > 3:
            cites += self.t(f" 等{len(c.sources)}处", f" and {len(c.sources) - 3} more")
        return text + f'<div class="citation">{cites}</div>'

    def _identity_table(self, checks: list[Check], *, same: bool) -> str:
        """Identities with the part and the whole in labelled columns (never
        the whole under "Stated"); figures printed twice side by side."""
        checks = sorted(checks, key=lambda c: _ORDER[c.verdict])
        rows, ids = [], []
        for c in checks:
            text = "" if c.verdict == "consistent" else c.explanation(self.lang)
            part, whole = self._identity_cells(c)
            rows.append([self.verdict_html(c.verdict), self._claim_cell(c, text), part, whole])
            ids.append(check_anchor(c.check_id))
        keys = ("printed_here", "printed_elsewhere") if same else ("part", "whole")
        heads = [label(k, self.lang) for k in ("verdict", "claim") + keys]
        return table([e(h) for h in heads], rows, row_ids=ids, num_cols=(2, 3), cls="briefing-table checks identities")

    def _check_table(self, checks: list[Check], *, explain: str) -> str:
        """``explain``: "all" (full explanation), "findings" (only for
        verdicts other than consistent), "detail" (the reason after the
        first sentence, for unchecked claims)."""
        checks = sorted(checks, key=lambda c: _ORDER[c.verdict])
        rows, ids = [], []
        for c in checks:
            text = c.explanation(self.lang)
            if explain == "detail":
                text = split_explanation(text, self.lang)[1] or text
            elif explain == "findings" and c.verdict == "consistent":
                text = ""
            rows.append([self.verdict_html(c.verdict), self._claim_cell(c, text, quote=explain != "detail"),
                         e(self._stated(c)), self._computed(c)])
            ids.append(check_anchor(c.check_id))
        heads = [label(k, self.lang) for k in ("verdict", "claim", "stated", "computed")]
        return table([e(h) for h in heads], rows, row_ids=ids, num_cols=(2, 3), cls="briefing-table checks",
                     keep=explain != "all")  # rows of paragraphs may run on to the next page

    def _compact_table(self, checks: list[Check]) -> str:
        """One line per claim: verdict, what and when (with its sources),
        stated, computed. A claim with detail in the appendix links to it (its
        row there holds the anchor); a consistent one holds its anchor here."""
        checks = sorted(checks, key=lambda c: _ORDER[c.verdict])
        rows, ids = [], []
        for c in checks:
            from .story import StoryMixin

            period = StoryMixin._check_period(self, c)  # type: ignore[arg-type]
            what = f"<b>{e(self.name(c.indicator))}</b>" + self.t(f"（{e(period)}）", f", {e(period)}")
            detail = c.verdict != "consistent"
            if detail:
                what = f'<a href="#{e(check_anchor(c.check_id))}">{what}</a>'
            figs = [self._fig_or_none(s["figure_id"]) for s in c.sources]
            rows.append([self.verdict_html(c.verdict), what + f' <span class="citation">{self.source_links(figs)}</span>',
                         e(self._stated(c)), self._computed(c, interval=False)])
            ids.append("" if detail else check_anchor(c.check_id))
        heads = [label(k, self.lang) for k in ("verdict", "claim", "stated", "computed")]
        return table([e(h) for h in heads], rows, row_ids=ids, num_cols=(2, 3), cls="briefing-table checks compact-checks")

    def checks_html(self) -> str:
        """The claims that could be checked: one line each (the body's check
        table); how each finding was checked is in the appendix."""
        checks = self.body_checks()
        if not checks:
            return f'<p class="gap">{e(self.t("文件中没有可核验的所述数据。", "The documents make no claim that can be checked."))}</p>'
        note = ""
        if self.detail_checks():  # before the table, kept with it (blocks.css: p.note:has(+ table))
            note = self.t('<p class="note">未标“一致”的所述数据，其核验方法与文件原文见附录“数据核验详情”。</p>',
                          '<p class="note">For each claim not marked consistent, the method and the quoted excerpts '
                          'are in the appendix (claim checks in detail).</p>')
        return self.checks_summary_html(checks) + note + self._compact_table(checks)

    def _identity_tables(self, identities: list[Check]) -> str:
        same = [c for c in identities if c.kind == "same_quantity"]
        parts = [c for c in identities if c.kind != "same_quantity"]
        out = self._identity_table(parts, same=False) if parts else ""
        if same:
            out += f"<h3>{e(label('printed_twice', self.lang))}</h3>" + self._identity_table(same, same=True)
        return out

    def _not_printed(self, what: tuple[str, str], sheet: str = "checks") -> str:
        """The printed stand-in of an exhaustive table (shown on screen in
        full): ``what`` it holds (zh, en) and where its rows are (``sheet``:
        "checks" or "figures")."""
        from ..downloads import download_names

        names = download_names(self.city.slug)
        csv_name, xlsx = names[f"{sheet}_csv"], names["xlsx"]
        text = self.t(f"{what[0]}未打印：见网页版简报及数据下载（{csv_name}；{xlsx}的{sheet}工作表）。",
                      f"{what[1]} not printed: see the HTML briefing and the downloads ({csv_name}; the "
                      f"{sheet} sheet of {xlsx}).")
        return f'<p class="note print-only">{e(text)}</p>'

    def appendix_html(self) -> str:
        """The appendix: how each claim that is not plainly consistent was
        checked, the identities the figures contradict or meet only within
        rounding, then the exhaustive lists (identities that hold, claims that
        cannot be checked, further targets), each a collapsible section. The
        exhaustive lists are on screen in full; in print they are a line
        pointing to the downloads (``print-only`` / ``screen-full``)."""
        identities, unchecked = self.appendix_checks()
        details = self.detail_checks()
        parts = [f'<h2 id="appendix" class="appendix">{e(self.t("附录", "Appendix"))}</h2>']
        if details:
            parts.append(f'<details class="appendix-section" id="claim_details"><summary>'
                         f'{e(label("claim_details", self.lang))} ({len(details)})</summary>'
                         f'{self._check_table(details, explain="all")}</details>')
        if identities:
            notable = [c for c in identities if c.verdict != "consistent"]
            plain = [c for c in identities if c.verdict == "consistent"]
            body = self._identity_tables(notable) if notable else ""
            if plain:
                body += (self._not_printed((f"其余{len(plain)}项恒等关系均成立，", f"The other {len(plain)}, which hold, are"))
                         + f'<div class="screen-full">{self._identity_tables(plain)}</div>')
            parts.append(f'<details class="appendix-section" id="identities"><summary>{e(label("identities", self.lang))} '
                         f'({len(identities)})</summary>{body}</details>')
        if unchecked:
            parts.append(f'<details class="appendix-section" id="unchecked"><summary>{e(label("unchecked", self.lang))} '
                         f'({len(unchecked)})</summary>{self._not_printed((f"这{len(unchecked)}项", f"These {len(unchecked)} are"))}'
                         f'<div class="screen-full">'
                         f'{self._check_table(unchecked, explain="detail")}</div></details>')
        growth = self.more_growth_html()  # type: ignore[attr-defined]
        if growth:
            n = len(self.body_growth()[1])  # type: ignore[attr-defined]
            parts.append(f'<details class="appendix-section" id="more_growth"><summary>'
                         f'{e(label("more_growth", self.lang))} ({n})</summary>{growth}</details>')
        more = self.more_targets_html()
        if more:
            n = len(self.body_targets()[1])
            parts.append(f'<details class="appendix-section" id="more_targets"><summary>'
                         f'{e(label("more_targets", self.lang))} ({n})</summary>'
                         f'{self._not_printed((f"这{n}项目标", f"These {n} targets are"), "figures")}'
                         f'<div class="screen-full">{more}</div></details>')
        return "".join(parts)
