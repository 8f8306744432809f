"""The city briefing: what a busy reader reads, in the order they read it.

Page 1 is the story (:mod:`.story`: a lead paragraph from the data and the
key findings), then the headline table; the body holds the sections of
:mod:`.sections` and the claim checks; identities and the claims that cannot
be checked go to an appendix (:mod:`.checks_tables`); sources, notes, data
downloads and the colophon close it (:mod:`.apparatus`). Numbers are shown in
the reader's units (:mod:`analysis.display_units`).

Each section returns plain rows and an HTML rendering in the requested
language (``"zh"`` or ``"en"``); quoted excerpts stay in Chinese in both.
The notebook only calls these and displays what they return.

>>> b = Briefing.for_city("hohhot", "en")
>>> b.city.name_en, b.lang
('Hohhot', 'en')
>>> any(r["indicator"] == "gdp" for r in b.headline_rows())
True
>>> [k for k in b.chart_keys()]
['levels', 'growth', 'structure']
"""

from __future__ import annotations

import base64
from pathlib import Path

from ..errors import AnalysisError
from .apparatus import ApparatusMixin, data_hash, package_version
from .base import HEADLINE_INDICATORS, is_assumed, memoized
from .bulletin import BulletinMixin
from .checks_tables import ChecksMixin
from .commentary import CommentaryMixin
from .series import SeriesMixin
from .labels import LABELS, LANGS, check_anchor, e, label
from .sections import CHART_DIMENSIONS, PLAN_BASE_YEAR, PLAN_END_YEAR, SECTORS, SectionsMixin
from .story import StoryMixin, importance, is_finding

__all__ = ["Briefing", "label", "check_anchor", "LANGS", "LABELS", "HEADLINE_INDICATORS", "SECTORS",
           "PLAN_BASE_YEAR", "PLAN_END_YEAR", "CHART_DIMENSIONS", "is_finding", "importance", "is_assumed",
           "data_hash", "package_version", "style_html"]

#: The stylesheet of the briefing's own markup (tables, verdicts, findings,
#: figures): included by the HTML template, and shown by the notebook so that
#: JupyterLab looks like the rendered briefing.
BLOCKS_CSS = Path(__file__).resolve().parent.parent / "templates" / "briefing" / "blocks.css"


def style_html() -> str:
    """A ``<style>`` element with the briefing's block styles (for JupyterLab)."""
    return f"<style>{BLOCKS_CSS.read_text(encoding='utf-8')}</style>"


class Briefing(BulletinMixin, CommentaryMixin, SeriesMixin, StoryMixin, SectionsMixin, ChecksMixin, ApparatusMixin):
    """Everything a briefing shows for one city in one language."""

    #: Sections in reading order (anchors of the headings and the contents).
    SECTIONS = ("findings", "commentary", "headline", "coverage", "all_figures", "levels", "growth", "structure", "targets",
                "latest", "areas", "checks", "appendix", "areas_late", "notes", "sources", "downloads")

    def heading_html(self, key: str, level: int = 2) -> str:
        """A section heading in the briefing's language, with ``key`` as its anchor."""
        return f'<h{level} id="{e(key)}">{e(label(key, self.lang))}</h{level}>'

    def has(self, key: str) -> bool:
        """Whether a section has something to show for this city."""
        if key == "commentary":
            return bool(self.commentary_html())
        if key == "all_figures":
            return bool(self.all_figures_html())
        if key == "levels":
            return bool(self.level_series() or self.series_tables())
        if key == "headline":
            return bool(self.headline_rows())
        if key == "latest":
            return bool(self.latest_rows())
        if key == "growth":  # a section that could only say "cannot be shown" is left out (coverage says it)
            return bool(self.growth_rows() or self.earlier_growth_rows())
        if key == "structure":
            return bool(self.structure_rows())
        if key == "targets":
            return bool(self.target_rows())
        if key == "checks":
            return bool(self.body_checks())
        if key in ("areas", "areas_late"):  # a city of many figures of its own shows its areas after the appendix
            return bool(self.area_rows()) and (key == "areas") == self.areas_in_body()
        if key == "appendix":
            ids, unchecked = self.appendix_checks()
            return bool(ids or unchecked or self.body_targets()[1] or self.detail_checks() or self.body_growth()[1])
        return True

    def body_html(self, key: str) -> str:
        """A section's body without its heading (the notebook's Markdown cell
        holds the heading and the narrative), or "" when the city has none."""
        if not self.has(key):
            return ""
        bodies = {
            "headline": self.headline_html, "coverage": self.coverage_html, "all_figures": self.all_figures_html,
            "levels": lambda: self.figure_html("levels") + self.series_html(),
            "growth": lambda: self.growth_html() + self.figure_html("growth"),
            "structure": lambda: self.structure_html() + self.figure_html("structure"),
            "targets": self.targets_html, "latest": self.latest_html, "areas": self.areas_html,
            "areas_late": self.areas_html,
            "checks": self.checks_html, "appendix": self.appendix_html, "notes": self.notes_html,
            "sources": self.sources_html, "commentary": self.commentary_html,
            "downloads": lambda: self.downloads_html() + self.colophon_html(),
        }
        if key not in bodies:
            raise AnalysisError(f"unknown section {key!r}; expected one of: {', '.join(bodies)}")
        return bodies[key]()

    def display(self, key: str) -> None:
        """Show a section's body in the notebook (nothing when the city has none)."""
        html = self.body_html(key)
        if html:
            from IPython.display import HTML, display

            display(HTML(html))

    def toc(self) -> str:
        return self.toc_html([k for k in self.SECTIONS if self.has(k)])

    # -- charts -------------------------------------------------------------
    @memoized
    def chart_keys(self) -> list[str]:
        """The charts this briefing has, in order (their numbers follow it)."""
        keys = []
        if self.level_series():
            keys.append("levels")
        if self._growth_chart_rows():
            keys.append("growth")
        if self.structure_rows():
            keys.append("structure")
        return keys

    def _growth_chart_rows(self) -> list[dict]:
        """The body's growth rows in money (the appendix's further rows are not drawn)."""
        return [r for r in self.body_growth()[0] if r["dimension"] in CHART_DIMENSIONS]

    def _chart_title(self, key: str) -> str:
        if key == "levels":
            series = self.level_series()
            years = sorted({p["year"] for s in series for p in s["points"]})
            if len(series) > 2:  # each panel has its title
                return self.t(f"各指标总量，{years[0]}—{years[-1]}年（现价，按文件所印总量）",
                              f"Levels, {years[0]}–{years[-1]} (nominal, from printed levels)")
            names = self.t("、", ", ").join(s["name"] for s in series)
            return self.t(f"{names}，{years[0]}—{years[-1]}年（现价，按文件所印总量）",
                          f"{names}, {years[0]}–{years[-1]} (nominal, from printed levels)")
        if key == "growth":
            rows = self._growth_chart_rows()
            spans = sorted({r["span"] for r in rows})
            return self.t(f"年均增长，{'、'.join(spans)}年（现价，按文件所印总量计算）",
                          f"Average annual growth, {', '.join(spans)} (nominal, from printed levels)")
        rows = self.structure_rows()
        span = rows[0]["year"] if len(rows) == 1 else self.t(f"{rows[0]['year']}—{rows[-1]['year']}",
                                                             f"{rows[0]['year']}–{rows[-1]['year']}")
        return self.t(f"三次产业占地区生产总值比重，{span}年（现价）",
                      f"Shares of the three sectors in GDP, {span} (current prices)")

    def _chart_caption(self, key: str) -> tuple[str, list]:
        """(caption, figures it rests on)."""
        if key == "levels":
            series = self.level_series()
            figs = []
            for s in series:
                for p in s["points"]:
                    figs += [self.ledger.figure(i) for i in p["q"].all_figure_ids()]
            text = self.t("实心点为文件所印数值（同一年有修订时为最新修订值），空心点为由所印增加额推算，方点为年份推定；"
                          "空心菱形为后来被修订的初次发布值。",
                          "Filled points are printed levels (the latest revision where a year was revised); hollow "
                          "points are derived from a printed change; squares are at an assumed year; hollow "
                          "diamonds are first releases a later document revised.")
            trended = [t for t in self.series_tables() if t["trend"] is not None]
            for t in trended:
                figs += [r["latest"] for r in t["rows"] if r["year"] in t["run"]]
            if trended:
                names = self.t("、", ", ").join(self.name(t["indicator"]) for t in trended)
                text += self.t(f"虚线及阴影为{names}的最小二乘趋势及其95%置信区间（数值与说明见下表）。",
                               f" Dashed line and band: the least-squares trend of {names} and its 95 % "
                               "interval (figures and caveats under the table below).")
            return text, figs
        if key == "growth":
            rows = self._growth_chart_rows()
            figs = [self.ledger.figure(i) for r in rows for i in r["cagr"].all_figure_ids()]
            return self.t("按水平法由起止年份总量计算的名义年均增长；误差线为所印精度允许的区间；斜线条表示依据推算或推定年份的数值。"
                          "所述实际增速（可比价）与此不可直接比较。",
                          "Nominal average growth by the level method from the first and last printed levels; "
                          "error bars show the range the printed precision allows; hatched bars rest on a derived "
                          "level or an assumed year. Stated real growth rates (comparable prices) are not "
                          "comparable with these."), figs
        rows = self.structure_rows()
        figs = [f for r in rows for f in r["figures"]]
        bases = {r["basis"] for r in rows}
        if bases == {"printed"}:
            return self.t("比重为文件所印。", "Shares as the documents print them."), figs
        if bases == {"computed"}:
            text = self.t("由三次产业增加值计算的比重", "Shares computed from the value added of the three sectors")
        else:
            text = self.t("比重为文件所印；标“计算”的年份文件未印比重，由三次产业增加值计算",
                          "Shares as the documents print them; a year marked computed has no printed shares and "
                          "uses the value added of the three sectors")
        return text + self.t("；标“推算”的年份含推算数值。", "; a year marked derived uses a derived level."), figs

    def chart_image(self, key: str, fmt: str = "svg") -> bytes | None:
        """A chart (``levels``, ``growth``, ``structure``) as ``fmt`` bytes
        (``svg`` or ``png``, :mod:`analysis.charts`), or None without data."""
        from .. import charts

        if key not in self.chart_keys():
            return None
        if key == "levels":
            from .. import display_units as du

            tables = {t["indicator"]: t for t in self.series_tables()}
            panels = []
            for s in self.level_series():
                pts = [(p["year"], self.q_value(p["q"]), "assumed" if p["assumed"] else
                        "derived" if p["derived"] else "printed") for p in s["points"]]
                panel = {"name": s["name"], "unit": self.unit_label(s["unit"]), "points": pts}
                t = tables.get(s["indicator"])
                if t is not None:  # a revised year is drawn at its latest printing, its first release beside it
                    latest = {r["year"]: self.q_value(r["latest"].quantity()) for r in t["rows"]}
                    pts = [(y, latest.get(y, v), kind) if kind == "printed" else (y, v, kind) for y, v, kind in pts]
                    panel["points"] = pts
                    plotted = {p["year"] for p in s["points"]}
                    panel["first"] = [(r["year"], self.q_value(r["first"].quantity())) for r in t["rows"]
                                      if r["first"] is not None and r["year"] in plotted]
                    line = t.get("trend_line")
                    if line is not None:
                        k = du.reader_unit(line["unit"], self.lang).factor
                        panel["trend"] = {n: ([v * k for v in line[n]] if n != "years" else line[n])
                                          for n in ("years", "fit", "low", "high")}
                panels.append(panel)
            words = {"printed": self.t("文件所印数值", "printed level"),
                     "first_release": self.t("初次发布（后经修订）", "first release (later revised)"),
                     "derived": self.t("由所印增加额推算", "derived from a printed change"),
                     "assumed": self.t("年份推定", "at an assumed year"),
                     "trend": self.t("最小二乘趋势", "least-squares trend"),
                     "band": self.t("趋势的95%置信区间", "95 % interval of the trend")}
            return charts.level_series(panels, fmt=fmt, labels=words)
        if key == "growth":
            rows = self._growth_chart_rows()
            return charts.interval_bars(
                names=[r["name"] for r in rows], values=[r["cagr"].value for r in rows],
                lows=[r["cagr"].low for r in rows], highs=[r["cagr"].high for r in rows],
                hatched=[r["assumed"] or r["from"].derived or r["to"].derived for r in rows],
                xlabel=self.t("年均增长（%）", "Average annual growth (%)"), fmt=fmt)
        rows = self.structure_rows()
        return charts.stacked_shares(
            years=[r["year"] + (f"\n({label('derived', self.lang)})" if r["derived"] else
                                f"\n({self.t('计算', 'computed')})" if r["basis"] == "computed"
                                and any(x["basis"] == "printed" for x in rows) else "") for r in rows],
            series={self.name(s): [r["shares"][i].value for r in rows] for i, s in enumerate(SECTORS)},
            ylabel=self.t("占地区生产总值比重（%）", "Share of GDP (%)"), fmt=fmt)

    def chart_png(self, key: str) -> bytes | None:
        """The chart as PNG (to save as a file, or for a slide)."""
        return self.chart_image(key, "png")

    def chart_svg(self, key: str) -> bytes | None:
        """The chart as SVG, as the briefing inlines it."""
        return self.chart_image(key, "svg")

    def figure_html(self, key: str) -> str:
        """A numbered, titled chart with its caption and source line, as HTML
        (the SVG inlined as a data URL: its text is drawn by the page's fonts,
        sharp in print and searchable in the PDF), or "" when the data give none."""
        svg = self.chart_svg(key)
        if svg is None:
            return ""
        from ..charts import CHART_WIDTH_PX

        n = self.chart_keys().index(key) + 1
        title = f"{label('figure', self.lang, n=n)}  {self._chart_title(key)}"
        caption, figs = self._chart_caption(key)
        src = label("source_line", self.lang) + self.t("；", "; ").join(
            dict.fromkeys(self.source_short(f.source_id) for f in figs))
        data = base64.b64encode(svg).decode("ascii")
        return (f'<figure class="chart" id="figure-{key}"><figcaption class="chart-title">{e(title)}</figcaption>'
                f'<img src="data:image/svg+xml;base64,{data}" width="{CHART_WIDTH_PX}" alt="{e(title)}">'
                f'<p class="chart-caption">{e(caption)}</p><p class="chart-source">{e(src)}</p></figure>')

    def chart(self, key: str):
        """The chart as IPython HTML (title, image, caption, source line), or None."""
        html = self.figure_html(key)
        if not html:
            return None
        from IPython.display import HTML

        return HTML(html)
