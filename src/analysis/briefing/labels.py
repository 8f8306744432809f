"""Words of the briefing in both languages, and the small HTML helpers.

>>> label("title", "zh", city="呼和浩特"), label("title", "en", city="Hohhot")
('呼和浩特经济简报', 'Economic briefing: Hohhot')
>>> e("<b>")
'&lt;b&gt;'
"""

from __future__ import annotations

import html

LANGS = ("zh", "en")

LABELS = {
    "title": ("{city}经济简报", "Economic briefing: {city}"),
    "data_as_of": ("资料截至", "Documents up to"),
    "contents": ("目录", "Contents"),
    "lead": ("要点", "Summary"),
    "findings": ("主要发现", "Key findings"),
    "commentary": ("分析评述", "Commentary"),
    "sources": ("资料来源", "Sources"),
    "headline": ("主要指标", "Headline indicators"),
    "coverage": ("文件涵盖范围", "What the documents cover"),
    "levels": ("总量变化", "Levels over time"),
    "growth": ("年均增长", "Average growth"),
    "structure": ("经济结构", "Economic structure"),
    "targets": ("目标与实际", "Targets and outcomes"),
    "latest": ("最新累计数据", "Latest year-to-date figures"),
    "areas": ("下辖地区", "Areas below the city"),
    "areas_late": ("下辖地区", "Areas below the city"),
    "all_figures": ("文件所载全部数据", "Everything the documents say"),
    "checks": ("数据核验", "Claim checks"),
    "appendix": ("附录", "Appendix"),
    "identities": ("一致性核对（数据之间的恒等关系）", "Identity checks (consistency of the figures)"),
    "unchecked": ("无法核验的数据", "Claims the documents do not let us check"),
    "claim_details": ("数据核验详情（方法与原文）", "Claim checks in detail (method and quotations)"),
    "more_targets": ("其他目标", "Other targets"),
    "more_growth": ("其他指标的年均增长", "Average growth of other indicators"),
    "notes": ("方法说明", "Notes on method"),
    "downloads": ("数据下载", "Data downloads"),
    "colophon": ("版本信息", "About this briefing"),
    "indicator": ("指标", "Indicator"),
    "period": ("时期", "Period"),
    "level": ("数值", "Value"),
    "unit": ("单位", "Unit"),
    "stated_growth": ("所述增速", "Stated growth"),
    "source": ("出处", "Source"),
    "from": ("起点", "From"),
    "to": ("终点", "To"),
    "cagr": ("年均增长（计算）", "Avg. growth (computed)"),
    "interval": ("舍入区间", "Rounding interval"),
    "basis": ("口径", "Basis"),
    "verdict": ("结论", "Verdict"),
    "claim": ("所述内容", "Claim"),
    "stated": ("所述值", "Stated"),
    "computed": ("计算值", "Computed"),
    "part": ("部分", "Part"),
    "rounding_edge": ("舍入边缘", "at the rounding edge"),
    "group_contradiction": ("矛盾（超出舍入误差）", "Contradictions beyond rounding"),
    "group_rounding_edge": ("舍入边缘的差异", "Disagreements at the rounding edge"),
    "group_not_comparable": ("口径不同，并非错误", "Different basis, not errors"),
    "whole": ("整体", "Whole"),
    "printed_here": ("此处所印", "Printed here"),
    "printed_elsewhere": ("他处所印", "Printed elsewhere"),
    "printed_twice": ("同一数据两处所印", "The same figure printed twice"),
    "explanation": ("说明", "Explanation"),
    "citation": ("引文", "Citation"),
    "year": ("年份", "Year"),
    "target": ("目标", "Target"),
    "outcome": ("实际", "Outcome"),
    "result": ("是否完成", "Result"),
    "achieved": ("已完成", "achieved"),
    "not_achieved": ("未完成", "not achieved"),
    "measure": ("类型", "Measure"),
    "derived": ("推算", "derived"),
    "shares_printed": ("文件所印", "as printed"),
    "shares_computed": ("由增加值计算", "computed from value added"),
    "assumed": ("推定", "assumed"),
    "figure": ("图{n}", "Figure {n}"),
    "source_line": ("资料来源：", "Source: "),
}

#: Words for a figure's qualifier, put before the number.
QUALIFIER_WORDS = {
    "exact": ("", ""),
    "about": ("约", "about "),
    "over": ("超过", "over "),
    "under": ("不足", "under "),
    "target": ("目标", "target "),
    "forecast": ("预计", "forecast "),
}

#: Words for a figure's measure (the kind of number it is).
MEASURE_WORDS = {
    "level": ("总量", "level"),
    "growth": ("增速", "growth"),
    "avg_growth": ("年均增速", "average growth"),
    "share": ("比重", "share"),
    "pp_change": ("百分点变化", "change (pp)"),
    "change": ("增加额", "change"),
    "multiple": ("倍数", "multiple"),
    "rank": ("位次", "rank"),
    "growth_rank": ("增速位次", "growth rank"),
}

#: The kinds of source document.
KIND_WORDS = {
    "news_article": ("新闻报道", "news article"),
    "government_report": ("政府工作报告", "government report"),
    "press_conference": ("新闻发布会", "press conference"),
    "statistical_bulletin": ("统计公报", "statistical bulletin"),
    "work_report": ("工作报告", "work report"),
    "plan_report": ("计划执行报告", "plan report"),
    "yearbook": ("年鉴", "yearbook"),
    "reference": ("非官方参考页面", "non-official reference page"),
}

#: Short kinds for source names in reader tables.
KIND_SHORT = {
    "news_article": ("报道", "news"),
    "government_report": ("政府报告", "gov. report"),
    "press_conference": ("发布会", "press conf."),
    "statistical_bulletin": ("统计公报", "bulletin"),
    "work_report": ("工作报告", "work report"),
    "plan_report": ("计划报告", "plan report"),
    "yearbook": ("年鉴", "yearbook"),
    "reference": ("非官方页面", "non-official page"),
}

#: Kinds of area below a city (data/areas.csv).
AREA_KIND_WORDS = {
    "banner": ("旗", "banner"),
    "district": ("区", "district"),
    "county": ("县", "county"),
    "county_level_city": ("县级市", "county-level city"),
    "other": ("", ""),
}

#: Price bases of a figure.
BASIS_WORDS = {
    "current": ("现价", "current prices (nominal)"),
    "comparable": ("可比价", "comparable prices (real)"),
    "none": ("", ""),
    "": ("", ""),
}


#: Why a finding on another basis is not an error (:func:`.headlines.basis_of`), in a
#: few words for the key findings' table.
BASIS_REASONS = {
    "real": ("可比价增速对现价总量（价格变动）", "real growth vs current-price levels (price change)"),
    "cumulative": ("累计法对水平法", "cumulative-method average vs level method"),
    "census": ("两端总量属不同普查版本", "levels of different census vintages"),
    "per_capita": ("人均按年平均人口（未印出）", "per capita uses the year's average population (not printed)"),
    "revision": ("出自不同日期的文件（或为修订）", "documents of different dates (a revision?)"),
    "other": ("与核验所用数据口径不同", "a different basis from the figures checked"),
}


def label(key: str, lang: str, **kw) -> str:
    """A label in the briefing's language."""
    zh, en = LABELS[key]
    return (zh if lang == "zh" else en).format(**kw)


def word(table: dict, key: str, lang: str) -> str:
    """A word from one of the tables above; the key itself when it is not there.

    >>> word(KIND_WORDS, "press_conference", "en"), word(QUALIFIER_WORDS, "over", "zh")
    ('press conference', '超过')
    """
    pair = table.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "zh" else pair[1]


def e(x) -> str:
    """HTML-escaped text."""
    return html.escape(str(x), quote=True)


#: A table with at most this many rows is kept on one page in print.
KEEP_ROWS = 16


def table(headers: list[str], rows: list[list[str]], *, row_ids: list[str] | None = None,
          cls: str = "briefing-table", num_cols: tuple[int, ...] = (), caption: str = "",
          keep: bool = True, row_cls: str = "") -> str:
    """An HTML table; cells are already-escaped HTML, each body row of class
    ``row_cls`` when given. Columns in ``num_cols``
    are right-aligned tabular numbers (``class="num"``). Each cell carries its
    column's heading as ``data-label``: on a phone (blocks.css) a row is
    stacked as labelled lines instead of columns wider than the screen.
    A short table is kept on one page unless ``keep`` is False (rows of
    paragraphs, which would leave most of a page empty).

    >>> table(["a", "b"], [["x", "1"]], num_cols=(1,))
    '<table class="briefing-table"><thead><tr><th>a</th><th class="num">b</th></tr></thead><tbody><tr><td data-label="a">x</td><td class="num" data-label="b">1</td></tr></tbody></table>'
    """
    import re

    plain = [html.unescape(re.sub(r"<[^>]+>", "", h)) for h in headers]

    def cell(tag: str, i: int, content: str) -> str:
        c = ' class="num"' if i in num_cols else ""
        lab = f' data-label="{e(plain[i])}"' if tag == "td" and i < len(plain) else ""
        return f"<{tag}{c}{lab}>{content}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = []
    for n, r in enumerate(rows):
        rid = f' id="{e(row_ids[n])}"' if row_ids and row_ids[n] else ""
        rid += f' class="{e(row_cls)}"' if row_cls else ""
        body.append(f"<tr{rid}>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>")
    cap = f"<caption>{caption}</caption>" if caption else ""
    if keep and 2 <= len(rows) <= KEEP_ROWS:  # a short table is never split over two pages
        cls += " keep"
    return f'<table class="{cls}">{cap}<thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def check_anchor(check_id: str) -> str:
    """HTML id of a check's row, used for links (``#check-...``).

    >>> check_anchor("hohhot.gdp.growth.2024.s000-001")
    'check-hohhot.gdp.growth.2024.s000-001'
    """
    return f"check-{check_id}"
