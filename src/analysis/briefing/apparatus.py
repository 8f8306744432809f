"""The briefing's apparatus: title block, table of contents, notes on method
(with the unit conversions used), sources, data downloads, colophon (render
date, package version, data hash) and how to cite the briefing."""

from __future__ import annotations

import csv
import hashlib
from datetime import datetime, timezone
from functools import lru_cache

from .. import display_units as du
from ..paths import data_dir
from .base import BriefingBase
from .labels import KIND_WORDS, e, label, word

#: English renderings of the sources' publishers and titles (data/sources_en.csv).
SOURCES_EN = "sources_en.csv"


@lru_cache(maxsize=None)
def _sources_en(path: str) -> dict[str, dict]:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return {r["source_id"]: r for r in csv.DictReader(fh)}
    except FileNotFoundError:
        return {}


def data_hash(directory=None) -> str:
    """A short SHA-256 over the ledger's CSV files (names and bytes, in name order).

    >>> len(data_hash())
    12
    """
    d = directory or data_dir()
    h = hashlib.sha256()
    for p in sorted(d.glob("*.csv")) + sorted(d.glob("*.json")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def package_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("analysis")
    except metadata.PackageNotFoundError:  # running from a source tree without installing
        return "unknown"


class ApparatusMixin(BriefingBase):
    # -- title and contents --------------------------------------------------------
    def title(self) -> str:
        other = self.city.name_en if self.zh else self.city.name_zh
        name = label("title", self.lang, city=self.city.name(self.lang))
        return f"{name}（{other}）" if self.zh else f"{name} ({other})"

    def source_ids(self) -> list[str]:
        return list(dict.fromkeys(f.source_id for f in self.figures))

    def data_as_of(self) -> str:
        """The latest source date among the documents that mention the city."""
        dates = sorted(self.ledger.sources[s].date for s in self.source_ids())
        return dates[-1] if dates else ""

    def title_html(self) -> str:
        province = self.city.province_zh if self.zh else self.city.province_en
        n = len(self.source_ids())
        docs = self.t(f"{n}份文件，{len(self.figures)}个有出处的数据", f"{len(self.figures)} documented figures from {n} "
                      f"document{'s' if n != 1 else ''}")
        return (f'<div class="title-block"><h1 id="top">{e(self.title())}</h1>'
                f'<p class="subtitle">{e(province)} · {e(label("data_as_of", self.lang))} {e(self.data_as_of())} · '
                f'{e(docs)}</p></div>')

    def toc_html(self, keys: list[str]) -> str:
        """A table of contents linking to the section anchors (screen only)."""
        items = "".join(f'<li><a href="#{e(k)}">{e(label(k, self.lang))}</a></li>' for k in keys)
        return (f'<nav class="toc" aria-label="{e(label("contents", self.lang))}"><b>{e(label("contents", self.lang))}'
                f'</b><ol>{items}</ol></nav>')

    # -- sources ---------------------------------------------------------------------
    def source_rows(self) -> list[dict]:
        en = _sources_en(str(data_dir() / SOURCES_EN))
        rows = []
        for sid in self.source_ids():
            s = self.ledger.sources[sid]
            r = en.get(sid, {})
            rows.append({"source_id": sid, "publisher": s.publisher, "title": s.title, "date": s.date,
                         "kind": word(KIND_WORDS, s.kind, self.lang), "publisher_en": r.get("publisher_en", ""),
                         "title_en": r.get("title_en", ""), "file_name": s.file_name, "url": s.url, "accessed": s.accessed,
                         "figures": sum(1 for f in self.figures if f.source_id == sid)})
        return rows

    def sources_html(self) -> str:
        items = []
        for r in self.source_rows():
            # the address as text, not a link: the briefing stays self-contained (no external reference)
            link = f'<span class="url">{e(r["url"])}</span>' if r.get("url") else ""
            if self.zh:
                web = f"网页：{link}（{e(r['accessed'])}访问）；" if link else ""
                items.append(f"<li><b>[{e(r['source_id'])}]</b> {e(r['publisher'])}：《{e(r['title'])}》，"
                             f"{e(r['date'])}，{e(r['kind'])}；{web}本简报引用{r['figures']}个数据。</li>")
            else:
                pub = r["publisher_en"] or r["publisher"]
                title = (f"<i>{e(r['title_en'])}</i> (《{e(r['title'])}》)" if r["title_en"]
                         else f"《{e(r['title'])}》 (no English title recorded)")
                web = f"web page {link}, accessed {e(r['accessed'])}; " if link else ""
                items.append(f"<li><b>[{e(r['source_id'])}]</b> {e(pub)}: {title}, {e(r['date'])}, {e(r['kind'])}; "
                             f"{web}{r['figures']} figures cited.</li>")
        return f'<ul class="sources">{"".join(items)}</ul>'

    # -- notes -------------------------------------------------------------------------
    def notes_html(self) -> str:
        verdicts = self.t(
            "结论用语：一致（计算值四舍五入后等于所述值）；在舍入误差范围内一致（仅在输入数据的舍入区间内相符）；"
            "不一致（输入区间内任何数值都得不出所述值）；口径不可比（价格口径、时期或版本不同）；数据不足（文件缺少某项输入）。",
            "Verdicts: consistent (the computed value rounds to the stated one); consistent within rounding (only "
            "the rounding intervals of the inputs reconcile them); inconsistent (no value inside the inputs' "
            "intervals gives the stated figure); not comparable (another price basis, period or vintage); "
            "insufficient data (the documents lack an input).")
        items = [
            self.t("所有数值均取自所列文件并注明出处（文件、行号、原文摘录）；由程序推算的数值标注“推算”，其精度不超过输入数据。",
                   "Every number comes from the listed documents with its provenance (document, line, quoted "
                   "excerpt in Chinese); numbers the code derives are marked derived and shown with the precision "
                   "their inputs allow."),
            self.t("文件未印出年份、由整理者推定的时期标注“推定”。",
                   "A period the documents do not print, assumed by the curator, is marked (assumed)."),
            self.t("按所印小数位确定舍入区间：印为1033的数代表[1032.5, 1033.5]；核验时在区间各角点计算，得出计算值区间。",
                   "A value printed with d decimals stands for an interval (1033 means [1032.5, 1033.5]); checks "
                   "evaluate every corner of the inputs' intervals and report the computed range."),
            self.t("年均增长按水平法计算（基期不计入年数：2020—2024年为4年）；固定资产投资按统计部门惯例用累计法，缺少各年数值时无法按累计法核验。",
                   "Average growth uses the level method (the base year is not counted: 2020–2024 is 4 years); "
                   "fixed-asset investment is averaged by the statistics office with the cumulative method, which "
                   "needs every year's level."),
            self.t("地区生产总值及增加值的总量为现价，增速为可比价：由总量算出的年均增长是名义增速，与所述实际增速之差为隐含的价格变动。",
                   "GDP and value-added levels are at current prices and their growth rates at comparable prices: "
                   "a rate computed from levels is nominal, and its gap to a stated real rate is the implied "
                   "deflator."),
            verdicts,
        ]
        conv = du.conversion_notes(self.units_shown, self.lang)
        if conv:
            items.append("Units: the documents print Chinese units; this briefing converts them (the citations "
                         "keep the printed figures): " + "; ".join(conv) + ".")
        return '<ul class="notes">' + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>"

    # -- downloads, colophon, citation -----------------------------------------------------
    def downloads_html(self) -> str:
        from ..downloads import download_names

        names = download_names(self.city.slug)
        desc = {
            "figures_csv": self.t("本市全部数据（CSV）", "all figures of the city (CSV)"),
            "checks_csv": self.t("全部核验（CSV）", "all checks (CSV)"),
            "xlsx": self.t("数据与核验工作簿（Excel）", "figures and checks workbook (Excel)"),
        }
        items = "".join(f'<li><a href="../{e(n)}" download>{e(n)}</a> — {e(desc[k])}</li>' for k, n in names.items())
        return f'<ul class="downloads">{items}</ul>'

    def render_date(self) -> str:
        return datetime.now(timezone.utc).strftime("%Y-%m-%d")

    def cite_text(self) -> str:
        """How to cite this briefing."""
        v, d, h = package_version(), self.render_date(), data_hash(self.ledger.directory)
        return self.t(f"引用格式：《{self.title()}》，analysis {v}，数据版本{h}，{d}生成。",
                      f"How to cite: “{self.title()}”, generated by analysis {v} from data version {h} on {d}.")

    def colophon_html(self) -> str:
        v, d, h = package_version(), self.render_date(), data_hash(self.ledger.directory)
        line = self.t(f"生成日期 {d} · analysis 版本 {v} · 数据哈希 {h}",
                      f"Rendered {d} · analysis version {v} · data hash {h}")
        return (f'<div class="colophon"><p>{e(line)}</p><p class="cite">{e(self.cite_text())}</p></div>')
