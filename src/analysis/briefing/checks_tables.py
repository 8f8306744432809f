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
from .story import is_finding, split_explanation

#: Row order in a check table: findings first.
_ORDER = {"inconsistent": 0, "not_comparable": 1, "within_rounding": 2, "consistent": 3, "insufficient_data": 4}


class ChecksMixin(BriefingBase):
    def body_checks(self) -> list[Check]:
        """Claims that could be checked (every verdict but insufficient_data)."""
        return [c for c in self.checks if c.role == "claim" and c.verdict != "insufficient_data"]

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

    def _stated(self, c: Check) -> str:
        if not c.stated_text:
            return "—"
        self._note_unit(c.unit)
        return du.show(c.stated_text, c.unit, self.lang) if c.unit else c.stated_text

    def _computed(self, c: Check) -> str:
        if c.computed is None:
            return "—"
        try:  # one decimal more than the stated figure (at least two for a rate)
            d = decimals_of(c.stated_text) + 1
        except Exception:  # noqa: BLE001 - a stated text that is not a plain number
            d = 2
        d = max(d, 2) if c.unit in ("%", "个百分点") else d
        pt = du.show_value(c.computed, c.unit, self.lang, d) if c.unit else f"{c.computed:.4g}"
        lo = du.number(f"{c.computed_low:.{d}f}", c.unit, self.lang) if c.unit else f"{c.computed_low:.4g}"
        hi = du.number(f"{c.computed_high:.{d}f}", c.unit, self.lang) if c.unit else f"{c.computed_high:.4g}"
        return f"{e(pt)}<br><small>[{e(lo)}, {e(hi)}]</small>"

    def _claim_cell(self, c: Check, with_explanation: str) -> str:
        from .story import StoryMixin

        period = StoryMixin._check_period(self, c)  # type: ignore[arg-type]
        text = f"<b>{e(self.name(c.indicator))}</b>, {e(period)}"
        if with_explanation:
            text += f'<div class="explanation">{e(du.convert_text(with_explanation, self.lang))}</div>'
        if c.verdict == "consistent":  # a short reference; the excerpts are in the downloads
            refs = ", ".join(dict.fromkeys(f"{s['source_id']} L{s['line']}" for s in c.sources))
            return text + f' <span class="citation">{e(refs)}</span>'
        cites = "; ".join(f"{e(s['source_id'])} L{e(s['line'])} “{e(s['excerpt'])}”" for s in c.sources[:3])
        if len(c.sources) > 3:
            cites += self.t(f" 等{len(c.sources)}处", f" and {len(c.sources) - 3} more")
        return text + f'<div class="citation">{cites}</div>'

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
            elif explain == "findings" and is_finding(c):  # told in full in the key findings on page 1
                text = split_explanation(text, self.lang)[0] + self.t("（详见主要发现）", " (see Key findings)")
            rows.append([self.verdict_html(c.verdict), self._claim_cell(c, text), e(self._stated(c)),
                         self._computed(c)])
            ids.append(check_anchor(c.check_id))
        heads = [label(k, self.lang) for k in ("verdict", "claim", "stated", "computed")]
        return table([e(h) for h in heads], rows, row_ids=ids, num_cols=(2, 3), cls="briefing-table checks")

    def checks_html(self) -> str:
        """The claims that could be checked (the body's check table)."""
        checks = self.body_checks()
        if not checks:
            return f'<p class="gap">{e(self.t("文件中没有可核验的所述数据。", "The documents make no claim that can be checked."))}</p>'
        return self.checks_summary_html(checks) + self._check_table(checks, explain="findings")

    def appendix_html(self) -> str:
        """The appendix: identities, unchecked claims and further targets,
        each a collapsible section (open when printed)."""
        identities, unchecked = self.appendix_checks()
        parts = [f'<h2 id="appendix" class="appendix">{e(self.t("附录", "Appendix"))}</h2>']
        sections = [
            ("identities", identities, lambda: self._check_table(identities, explain="findings")),
            ("unchecked", unchecked, lambda: self._check_table(unchecked, explain="detail")),
        ]
        for key, items, render in sections:
            if not items:
                continue
            parts.append(f'<details class="appendix-section" id="{key}"><summary>{e(label(key, self.lang))} '
                         f'({len(items)})</summary>{render()}</details>')
        more = self.more_targets_html()
        if more:
            n = len(self.body_targets()[1])
            parts.append(f'<details class="appendix-section" id="more_targets"><summary>'
                         f'{e(label("more_targets", self.lang))} ({n})</summary>{more}</details>')
        return "".join(parts)
