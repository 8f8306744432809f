"""Figures read whole from a line's form: an item of a ratio a:b:c of the three
sectors, the fields an infobox label gives its line's figures, and the price
basis an indicator carries.
"""

from __future__ import annotations

import re

from ..candidate import Candidate, make_excerpt
from ..concept import raw_name
from ...figure_rules import RANK_MEASURES
from ..periods_zh import Context, _default_for, _previous, _scan_periods
from .text import _SENT

def _infobox_fields(out: list[Candidate], box: tuple[str, str, bool], cat, ctx: Context) -> None:
    """An infobox line's candidates take the year in its label (人口(2022), • 市区(2015)) and, when
    no catalogue row was found, the row its label names (常住人口; a rank: the heading's name)."""
    name, year, completed = box
    for c in out:
        if year:
            c.period = year
        if c.indicator:
            continue
        words = re.sub(r"排名$", "", name) if c.measure in RANK_MEASURES else name
        code, phrase, origin = cat.indicator_near(words, len(words))
        if not code or raw_name(phrase) != words:
            continue
        dim = cat.units.get(c.unit, {}).get("dimension")
        if c.measure not in RANK_MEASURES and dim != cat.units.get(cat.indicators[code]["unit"], {}).get("dimension"):
            continue  # 698.48亿美元 is not the 亿元 row
        c.indicator, c.proposed_indicator = code, ""
        c.price_basis = _price_basis(code, c.measure, c.unit, cat)
        # a bullet's name completed from its heading (城镇 under 人口) is a guess at what the wiki counts
        c.score(origin="completed" if completed else origin, phrase=f"{phrase} (the infobox label {name})",
                period_named=bool(year),
                city_known=bool(ctx.city))


def _ratio_item(raw: str, text: str, s: int, ratio: tuple[int, int], line_no: int, cat, ctx: Context) -> Candidate:
    """The k-th number of "三次产业比例为a:b:c": the share of sector k in GDP."""
    from ..lists import SECTORS

    k, e, r0 = ratio[:3]
    kind = ratio[3] if len(ratio) > 3 else "share"
    sent_start = max([m.end() for m in _SENT.finditer(text, 0, s)] or [0])
    at = r0  # every item of a ratio has the period in force where the ratio starts
    period, _ = _scan_periods(text[:at] if ctx.default_period.isdigit() else text[sent_start:at], ctx,
                              _default_for(ctx, "%", cat, text[sent_start:at]))
    if re.search(r"由(?:上年|去年)的?$", text[sent_start:at]):  # 由上年的a:b:c调整为…: the year before
        period = _previous(_scan_periods(text[sent_start:at].rsplit("由", 1)[0], ctx, period)[0])
    elif re.search(r"由$", text[sent_start:at]) and ctx.review_span and period == ctx.review_span[-4:]:
        period = ctx.review_base or str(int(ctx.review_span[:4]) - 1)  # a review's 由a:b:c演进为…: when the term opened
    code, measure, den, proposal = SECTORS[k], "share", "gdp", ""
    notes, phrase = "printed as a ratio a:b:c of the three sectors, read as % shares of GDP", "三次产业"
    if kind == "contribution":  # 三次产业对地区生产总值的贡献率分别为a:b:c: each sector's contribution to GDP growth
        measure, notes = "contribution", "printed as a ratio a:b:c of the three sectors' contributions to GDP growth"
    elif not isinstance(kind, str):  # 粮、经、草结构为a:b:c: each crop's share of the sown area
        code, proposal = crop_code(kind[k], cat)
        den, phrase = "crop_sown_area", "、".join(kind) + "结构"
        notes = "printed as a ratio a:b:c of a planting structure, read as % shares of the crops' sown area"
    cand = Candidate(city=ctx.city, indicator=code, measure=measure, qualifier="exact", period=period,
                     base_period="", value=raw[s:e], unit="%", price_basis=_price_basis(code, measure, "%", cat),
                     denominator=den if den in cat.indicators else "", denominator_city="", line=line_no,
                     excerpt=make_excerpt(raw, s, e), notes=notes, proposed_indicator=proposal)
    cand.score(origin="list" if code else "part", phrase=f"{phrase} (item {k + 1} of the ratio)", period_named=bool(
        re.search(r"(?:19|20)[0-9]{2}年|今年|全年|上半年", text[:s])), extra=["no % printed: a ratio read as shares"],
        city_known=bool(ctx.city))
    return cand


#: The crops a planting structure names by one character, and the catalogue name of each one's sown area.
_CROPS = {"粮": "粮食播种面积", "经": "经济作物播种面积", "饲": "饲草料播种面积", "草": "饲草料播种面积"}


def crop_code(short: str, cat) -> tuple[str, str]:
    """(code, proposal) of the sown area of the crop a planting structure calls
    ``short`` (粮 → 粮食播种面积): the catalogue's code by its name, else the name
    proposed."""
    name = _CROPS[short]
    code = next((c for c, row in cat.indicators.items() if row.get("name_zh") == name), "")
    return (code, "") if code else ("", name)


def _price_basis(code: str, measure: str, unit: str, cat) -> str:
    """The indicator's own basis where the measure carries one; GDP's comparable growth and the
    other conventions are set once for every candidate (:mod:`.conventions`)."""
    if not code:
        return "none"
    basis = cat.indicators[code]["price_basis"]
    ind_unit = cat.indicators[code]["unit"]
    dim = cat.units.get(ind_unit, {}).get("dimension", "")
    if measure in (*RANK_MEASURES, "pp_change", "pull", "contribution") or not dim.startswith("currency"):
        return "none" if measure != "share" else basis
    return basis
