"""Tables printed as text: a markdown pipe table whose header names a unit
column ("| 指标 | 单位 | 年末数 | 比重(%) |", rows "| 城镇 | 人 | 90730 | 62.1 |")
and an infobox ("人口(2022) | |", "• 常住 | 220.07万人 |": the year in a label
dates its values, a bullet's label completes its heading's).

A pipe table's rows are read here, cell by cell; an infobox line is read by
the sentence rules (:func:`.figures.parse_line`), and :func:`infobox_label`
gives the name and year its candidates take.
"""

from __future__ import annotations

import re

from ..candidate import Candidate, make_excerpt
from ..conventions import REGISTERED
from ..periods_zh import Context

_YEAR_IN = re.compile(r"[（(]\s*((?:19|20)[0-9]{2})\s*年?\s*[)）]")
#: A column of growth rates (同比增长(%), 比上年增长%, 增速(%)): not a share of the table's total.
_GROWTH_HEAD = re.compile(r"增长|增速|增幅|比上年|同比")
_NUMBER = re.compile(r"-?[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")


def cells(text: str) -> list[tuple[int, str]]:
    """The cells of a pipe-table line with where each starts ([] when the line is none).

    >>> [c for _, c in cells("| 城镇 | 人 | 90730 | 62.1 |")]
    ['城镇', '人', '90730', '62.1']
    >>> cells("全年地区生产总值100亿元")
    []
    """
    if text.count("|") < 2:
        return []
    out, start = [], 0
    for part in text.split("|"):
        lead = len(part) - len(part.lstrip())
        out.append((start + lead, part.strip()))
        start += len(part) + 1
    if text.strip().startswith("|"):
        out = out[1:]
    if text.strip().endswith("|"):
        out = out[:-1]
    return out


def table_line(raw: str, text: str, line_no: int, cat, ctx: Context) -> list[Candidate] | None:
    """The candidates of a pipe-table line: None when the line is no row of a
    table whose header names a unit column (the sentence rules read it), else
    its rows' figures ([] for a title or a header). A title's year dates the
    rows ("表1 2019年年末人口数及构成"); a column named with (%) is a share of the
    table's total (the row whose share is 100)."""
    row = cells(text)
    if len(row) < 2:
        ctx.table = {}
        return None
    filled = [(k, c) for k, c in row if c]
    if len(filled) == 1 and re.search(r"表|(?:19|20)[0-9]{2}年", filled[0][1]):  # the table's title
        year = re.search(r"((?:19|20)[0-9]{2})年", filled[0][1])
        ctx.table = {"title": filled[0][1], "year": year.group(1) if year else "", "unit_col": -1}
        return []
    names = [c for _, c in row]
    bare = [re.sub(r"\s", "", n) for n in names]
    unit_head = next((n for n in bare if n in ("单位", "计量单位")), "")
    if unit_head:  # the header: which column holds the unit (单位, 计量单位), which the values
        table = getattr(ctx, "table", {}) or {}
        table.update(unit_col=bare.index(unit_head), header=names, total="")
        ctx.table = table
        return []
    table = getattr(ctx, "table", {}) or {}
    col = table.get("unit_col", -1)
    if col < 0 or len(row) <= col:
        return None
    label = re.sub(r"^其中\s*[:：]?\s*", "", row[0][1]).strip()
    numbers = [(at, c) for at, c in row if _NUMBER.fullmatch(c)]
    if not numbers:
        return []
    first = row[0][0] + row[0][1].find(label) if label else row[0][0]
    last = numbers[-1][0] + len(numbers[-1][1])
    excerpt = raw[first:last] if last - first <= 60 else None  # the row, from its label to its last number
    unit = row[col][1]
    out = []
    for k, (at, cell) in enumerate(row):
        if k <= col or not _NUMBER.fullmatch(cell):
            continue
        head = table["header"][k] if k < len(table["header"]) else ""
        growth = "%" in head and bool(_GROWTH_HEAD.search(head))  # 同比增长(%), 比上年增长(%): the row's growth
        share = "%" in head and not growth
        u = "%" if share or growth else unit
        head_year = re.fullmatch(r"\s*((?:19|20)[0-9]{2})\s*年?\s*", head)  # a column headed 2020年 dates its values
        if u not in cat.units:
            continue
        code, phrase, origin = _row_indicator(label, table.get("title", ""), cat)
        if "户籍" in label and "人口" in label:
            table["registered"] = True  # the rows below a registered (户籍) total are its parts
        elif table.get("registered") and code not in REGISTERED.values():
            # 城镇 under 户籍总人口 is the registered urban population; a part the catalogue lacks is proposed under it
            code, phrase, origin = (REGISTERED[code], REGISTERED[code], "list") if REGISTERED.get(code) in \
                cat.indicators else ("", f"户籍人口{'' if label[:1].isdigit() else '：'}{label}", "part")
        if share and cell in ("100", "100.0", "100.00") and code:
            table["total"] = code  # the row whose share is 100 is the whole of the rows below it
        years = [re.fullmatch(r"\s*((?:19|20)[0-9]{2})\s*年?\s*", h) for h in table["header"]]
        year = head_year.group(1) if head_year else table.get("year") or (
            [y.group(1) for y in years if y][-1] if growth and [y for y in years if y] else "")
        cand = Candidate(city=ctx.city, indicator=code, measure="share" if share else "growth" if growth else "level",
                         qualifier="exact", period=year or ctx.default_period, base_period="", value=raw[at:at + len(cell)],
                         unit=u, price_basis="none", denominator=table.get("total", "") if share else "",
                         denominator_city="", line=line_no, excerpt=excerpt or make_excerpt(raw, at, at + len(cell)),
                         proposed_indicator="" if code else (phrase or label),
                         notes=f"a row of the table {table.get('title', '')}".strip() + (f", column {head}" if head else ""))
        cand.score(origin=origin or "part", phrase=phrase or label, period_named=bool(year),
                   extra=[] if not share or table.get("total") else ["a share: name the table's total"],
                   city_known=bool(ctx.city))
        out.append(cand)
    return out


def _row_indicator(label: str, title: str, cat) -> tuple[str, str, str]:
    """The catalogue row a table's row label names: the label, else the label
    completed with the title's subject (城镇 in a table of 人口 → 城镇人口)."""
    code, phrase, origin = cat.indicator_near(label, len(label))
    if code and phrase == label:
        return code, phrase, origin
    subject = re.search(r"(人口|户数|面积|产量|收入|支出)", title)
    if subject:
        whole = label + subject.group(1)
        code, phrase, origin = cat.indicator_near(whole, len(whole))
        if code and phrase == whole:
            return code, phrase, origin
        if not re.search(r"人口|户数|面积|产量|收入|支出", label):
            return "", whole, ""  # 小麦 in a table of 产量: the proposal is 小麦产量
    return "", "", ""


def infobox_label(text: str, ctx: Context) -> tuple[str, str, bool] | None:
    """(name, year, whether the name was completed from a heading) of an infobox line "label(YYYY) | value |" or a bullet
    "• label | value |" under a heading "name(YYYY) | |" (the bullet's label
    completes the heading's name: 人口 + 常住, 国内生产总值 + 人均); None for other
    lines. The heading is remembered in ``ctx``.

    >>> ctx = Context(2024)
    >>> infobox_label("人口(2022) | |", ctx), infobox_label("• 常住 | 220.07万人 |", ctx)
    (None, ('常住人口', '2022', True))
    >>> infobox_label("• 市区(2015) | 65.88万人 |", ctx), infobox_label("面积排名 | 全区第5位 |", ctx)
    (('市区人口', '2015', True), ('面积排名', '', False))
    """
    row = cells(text)
    if len(row) < 2 or len(row) > 3:
        return None
    label, value = row[0][1], row[1][1]
    bullet = re.match(r"[•·●]\s*", label)
    year = _YEAR_IN.search(label)
    name = _YEAR_IN.sub("", label[bullet.end():] if bullet else label).strip()
    if not bullet:
        ctx.infobox = (name, year.group(1) if year else "")
        if not value:
            return None
        return name, year.group(1) if year else "", False
    head, head_year = getattr(ctx, "infobox", ("", ""))
    if name in ("排名", "密度", "人均"):  # 人口 · 排名 → 人口排名, 国内生产总值 · 人均 → 人均国内生产总值
        whole = ("人均" + head) if name == "人均" else head + name
    else:
        whole = name + head
    return whole, year.group(1) if year else head_year, True
