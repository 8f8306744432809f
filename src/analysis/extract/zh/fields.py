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

    k, e, r0 = ratio
    sent_start = max([m.end() for m in _SENT.finditer(text, 0, s)] or [0])
    at = r0  # every item of a ratio has the period in force where the ratio starts
    period, _ = _scan_periods(text[:at] if ctx.default_period.isdigit() else text[sent_start:at], ctx,
                              _default_for(ctx, "%", cat, text[sent_start:at]))
    if re.search(r"由(?:上年|去年)的?$", text[sent_start:at]):  # 由上年的a:b:c调整为…: the year before
        period = _previous(_scan_periods(text[sent_start:at].rsplit("由", 1)[0], ctx, period)[0])
    elif re.search(r"由$", text[sent_start:at]) and ctx.review_span and period == ctx.review_span[-4:]:
        period = ctx.review_base or str(int(ctx.review_span[:4]) - 1)  # a review's 由a:b:c演进为…: when the term opened
    code = SECTORS[k]
    cand = Candidate(city=ctx.city, indicator=code, measure="share", qualifier="exact", period=period,
                     base_period="", value=raw[s:e], unit="%", price_basis=_price_basis(code, "share", "%", cat),
                     denominator="gdp", denominator_city="", line=line_no, excerpt=make_excerpt(raw, s, e),
                     notes="printed as a ratio a:b:c of the three sectors, read as % shares of GDP")
    cand.score(origin="list", phrase="三次产业 (item %d of the ratio)" % (k + 1), period_named=bool(
        re.search(r"(?:19|20)[0-9]{2}年|今年|全年|上半年", text[:s])), extra=["no % printed: a ratio read as shares"],
        city_known=bool(ctx.city))
    return cand


def _price_basis(code: str, measure: str, unit: str, cat) -> str:
    """The indicator's own basis where the measure carries one; GDP's comparable growth and the
    other conventions are set once for every candidate (:mod:`.conventions`)."""
    if not code:
        return "none"
    basis = cat.indicators[code]["price_basis"]
    ind_unit = cat.indicators[code]["unit"]
    dim = cat.units.get(ind_unit, {}).get("dimension", "")
    if measure in ("rank", "growth_rank", "pp_change", "pull", "contribution") or not dim.startswith("currency"):
        return "none" if measure != "share" else basis
    return basis
