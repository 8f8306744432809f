"""Page 1 as a statistical bulletin (统计公报) opens: the latest GDP level and
its real growth, the ratio of the three sectors and their growth, the
sources by publisher (资料来源) and the dates of publication.

Every line comes from the ledger; a line the documents give nothing for is
left out (the coverage paragraph says once what is missing).

>>> from analysis.briefing import Briefing
>>> b = Briefing.for_city("hohhot", "en")
>>> [k for k, _ in b.bulletin_lines()][:2]
['gdp', 'sectors']
"""

from __future__ import annotations

from ..periods import Period
from .base import BriefingBase, is_assumed, period_kind
from .labels import e
from .stated import stated_phrase

_SECTOR_CODES = ("va_primary", "va_secondary", "va_tertiary")
_SECTOR_WORDS = {"va_primary": ("第一产业", "primary"), "va_secondary": ("第二产业", "secondary"),
                 "va_tertiary": ("第三产业", "tertiary")}


def short_publisher(name: str) -> str:
    """A publisher without its parenthetical detail (reporters, the kind of report).

    >>> short_publisher("呼和浩特市人民政府（向市人民代表大会所作报告）"), short_publisher("Daily (staff reporters A, B)")
    ('呼和浩特市人民政府', 'Daily')
    """
    import re

    return re.sub(r"\s*[（(][^）)]*[）)]\s*$", "", name).strip() or name


class BulletinMixin(BriefingBase):
    def _real_growth(self, code: str, period: str):
        """The stated growth of an indicator for a period (an annual one, else
        the latest year-to-date one of that year), exact or about."""
        figs = [f for f in self.of_indicator(code) if f.measure == "growth" and not f.base_period
                and f.qualifier in ("exact", "about")]
        same = [f for f in figs if f.period == period]
        if same:
            return same[0]
        year = Period.parse(period).year
        ytd = [f for f in figs if period_kind(f.period) == "months" and Period.parse(f.period).year == year]
        return max(ytd, key=lambda f: Period.parse(f.period).months[1]) if ytd else None

    def bulletin_lines(self) -> list[tuple[str, str]]:
        """(key, text) of the bulletin, GDP first."""
        lines = []
        exact = [f for f in self.of_indicator("gdp") if f.measure == "level" and f.qualifier == "exact"
                 and not f.base_period and period_kind(f.period) == "year"]
        # a bulletin leads with the latest exact level; a bound (突破) only when none is printed
        gdp = max(exact, key=lambda f: (int(f.period), f.decimals)) if exact else self._latest("gdp")  # type: ignore[attr-defined]
        if gdp is None:  # no annual level: the latest year-to-date one (a half year's GDP)
            gdp = self._latest("gdp", annual=False)  # type: ignore[attr-defined]
        if gdp is not None:
            when = self.period(gdp.period, assumed=is_assumed(gdp))
            level = stated_phrase(gdp, self.lang, gdp.value if self.zh else gdp.normalized)
            text = self.t(f"{when}地区生产总值{level}（现价）", f"GDP {when}: {level} at current prices")
            g = self._real_growth("gdp", gdp.period)
            if g is not None:
                gp = "" if g.period == gdp.period else self.t(f"（{self.period(g.period)}）", f" ({self.period(g.period)})")
                rate = stated_phrase(g, self.lang, g.value if self.zh else g.normalized)
                text += self.t(f"，按可比价计算{rate}{gp}", f"; real {rate}{gp}")
            if not self.ledger.sources[gdp.source_id].official:  # type: ignore[attr-defined]
                text += self.t("（据非官方页面，待官方文件核实）", " (from a non-official page, to be confirmed "
                               "by an official document)")
            lines.append(("gdp", text + self.t("。", ".")))
        rows = self.structure_rows()  # type: ignore[attr-defined]
        if rows:
            r = rows[-1]
            ratio = " : ".join(f"{s.value:.1f}" for s in r["shares"])
            basis = self.structure_basis(r)  # type: ignore[attr-defined]
            text = self.t(f"三次产业结构（{r['year']}年，{basis}）{ratio}", f"Three sectors ({r['year']}, {basis}): "
                          f"{ratio} (primary : secondary : tertiary, % of GDP)")
            growth = []
            for code in _SECTOR_CODES:
                g = self._real_growth(code, r["year"])
                if g is not None:
                    zh, en = _SECTOR_WORDS[code]
                    growth.append(self.t(zh, en + ": ") + stated_phrase(g, self.lang, g.value if self.zh
                                                                          else g.normalized))
            if growth:
                text += self.t("；", "; ") + self.t("，", "; ").join(growth)
            lines.append(("sectors", text + self.t("。", ".")))
        publishers = list(dict.fromkeys(
            short_publisher(r["publisher"] if self.zh else (r["publisher_en"] or r["publisher"]))
            for r in self.source_rows()))  # type: ignore[attr-defined]
        if publishers:
            lines.append(("sources", self.t("资料来源：", "Sources: ") + self.t("；", "; ").join(publishers)
                          + self.t("。", ".")))
        dates = sorted(r["date"] for r in self.source_rows() if r["date"])  # type: ignore[attr-defined]
        if dates:
            span = dates[0] if dates[0] == dates[-1] else self.t(f"{dates[0]}至{dates[-1]}", f"{dates[0]} to {dates[-1]}")
            lines.append(("published", self.t(f"文件发布日期：{span}；本简报生成于{self.render_date()}。",  # type: ignore[attr-defined]
                                              f"Documents published {span}; this briefing rendered "
                                              f"{self.render_date()}.")))  # type: ignore[attr-defined]
        return lines

    def bulletin_html(self) -> str:
        items = "".join(f'<li class="bulletin-{k}">{e(t)}</li>' for k, t in self.bulletin_lines())
        return f'<ul class="bulletin">{items}</ul>' if items else ""
