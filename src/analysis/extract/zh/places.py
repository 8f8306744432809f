"""Places in a Chinese line: a breakdown by place ("从6个旗县市增速看") whose
figures are the places' values of the quantity totalled before it, a list of
places' names, and a round-up of places with a value in brackets each whose
name comes after the list.
"""

from __future__ import annotations

import re

from ..subject import own_words
from .naming import _city_before

#: A breakdown by place ("从6个旗县市增速看", "分旗县区看"): the figures after it are the places' values of the
#: quantity the line totalled before it, and its count of places is no figure.
_BREAKDOWN = re.compile(r"(?:从\s*(?:[0-9]+|[二三四五六七八九十]+|各)\s*个?|分)(?:盟市|旗县市区|旗县市|旗县区|旗县|地区|县市区|县市|县区|区县|"
                        r"苏木乡镇|乡镇|园区)的?(?:增速|增幅|总量|规模|情况)?(?:来)?看")
#: A place's name in a list: a banner, county, city, league or district (东胜区, 准格尔旗, 突泉县).
_PLACE_NAME = re.compile(r"(?!.*(?:城区|市区|园区|开发区|新区|城市)$)[\u4e00-\u9fff]{1,5}(?:旗|县|盟|区|市)")
_PLACES = "个(?:盟市|旗县市区|旗县市|旗县区|旗县|地区|县市区|县市|县区|区县|苏木乡镇|乡镇|园区)"

_PLACE_ITEM = r"[^\s、，,。；;()（）0-9]{2,10}\s*[（(]\s*-?[0-9.]+\s*%?\s*[)）]"
_ROUNDUP_REST = re.compile(rf"\s*[)）](?:\s*[、，,和及]\s*{_PLACE_ITEM})*\s*(?:等)?(?:[0-9]+个(?:盟市|旗县市区|旗县区|旗县|地区|城市))?"
                           r"([^，,；;。（(]{2,40})")


def area_opening(text: str, s: int, city: str, cat) -> str:
    """The area below ``city`` whose name opens the part of the sentence the
    number at ``s`` is in ("…；海南区在…带动下，开复工项目67个，完成投资下降4.5%"):
    its slug, else ''. A part starts after "。", "；", "：" or the line's start.

    >>> from types import SimpleNamespace as Cat
    >>> cat = Cat(children={"a": (("乙区", "b"),)})
    >>> line = "全市投资下降9.2%；其中：乙区开复工项目56个，完成投资下降14.2%"
    >>> area_opening(line, line.index("56"), "a", cat), area_opening(line, line.index("9.2"), "a", cat)
    ('b', '')
    """
    start = max([m.end() for m in re.finditer(r"[。；;：:]", text[:s])] or [0])
    part = re.sub(r"^\s*(?:其中|另外|此外)?[，,：:]?\s*", "", text[start:s])
    return next((slug for name, slug in cat.children.get(city, ()) if part.startswith(name)), "")


def _roundup_tail(text: str, s: int, end: int, cat) -> str:
    """The words after a round-up of places with a value in brackets each
    ("A市(23.1%)、B市(22.9%)4个盟市规上工业增加值增速高于全区平均水平"), up to the
    growth word, when the number at ``s`` is one of its values; else ''.

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> line = "通辽市(20.5%)、赤峰市(-1.5%)2个盟市规上工业增加值增速高于全区平均水平"
    >>> _roundup_tail(line, 4, 9, cat), _roundup_tail(line, 16, 20, cat)
    ('规上工业增加值增速', '规上工业增加值增速')
    """
    at = s - 1 if text[s - 1:s] == "-" else s
    if not re.search(r"[（(]\s*$", text[:at]) or not _city_before(text, max(0, at - 16), at, cat):
        return ""
    m = _ROUNDUP_REST.match(text, end)
    if not m:
        return ""
    words = re.sub(r"(?<=增速|增长|增幅|降幅).*$", "", m.group(1).strip())
    if re.match(r"(?:均|也|则)?(?:高于|低于|快于|慢于|超过|不及|好于)", words):
        return "="  # "…2个盟市低于全区平均水平": the quantity of the round-up before it
    return words if own_words(words) else ""

