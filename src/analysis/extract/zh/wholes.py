"""The whole a share is of: its denominator and the denominator's city."""

from __future__ import annotations

import re

def _denominator(lead: str, cat) -> tuple[str, str]:
    m = re.search(r"占(全区|全国|全市)?(.{0,16}?)(?:的)?(?:比重|比例|份额)?$", lead)
    city = ""
    if m and m.group(1) == "全区":
        city = "inner_mongolia"
    if m and m.group(2):
        code, _, _ = cat.indicator_near(m.group(2), len(m.group(2)))
        if code:
            return code, city
    return "", city


#: The whole a share of an industry's figure is printed against: 占全市工业比重 is of the industrial output value.
_WHOLES = (("工业总产值", "industrial_output_value"), ("工业", "industrial_output_value"),
           ("地区生产总值", "gdp"), ("GDP", "gdp"), ("全部投资", "fai"), ("投资总量", "fai"), ("固定资产投资", "fai"))


def _whole(lead: str, code: str, city: str, before, sentence: str, cat) -> tuple[str, str]:
    """The denominator of a share ``_denominator`` did not find: 占全区（的）比重 is
    of the same quantity in the region (denominator_city ``inner_mongolia``),
    占全国/全球 of the same quantity in the country or the world; 占全市工业比重, 占全部投资
    name the whole; "其中X…, 占比62.2%" is of the figure before it. ('', city)
    when the line does not say.

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> _whole("总额占全区的比重从2020年", "online_retail_sales", "inner_mongolia", None, "", cat)
    ('online_retail_sales', 'inner_mongolia')
    >>> _whole("产能分别占全国的", "polysilicon_capacity", "", None, "", cat)
    ('polysilicon_capacity', '')
    >>> _whole("占全市工业比重", "x", "", None, "", cat), _whole("占", "x", "", None, "", cat)
    (('industrial_output_value', ''), ('', ''))
    """
    lead = re.sub(r"\s+", "", lead)  # a PDF's line breaks: 占全市 工业总产值
    lead = re.sub(r"(?:[0-9.]+(?:%|％)?(?:以上)?[、和及])+$", "", lead)  # 分别占全国70%、(80%)
    m = re.search(r"占(?:到)?(全区|全自治区|全国|全球|世界|全市|全盟)?(?:的)?([^，,；;。]{0,12}?)(?:的)?(?:比重|比例|份额)?"
                  r"(?:为|达|达到|超|超过|突破)?(?:从|由)?(?:(?:19|20)[0-9]{2}年)?(?:的)?$", lead)
    if m is None or re.search(r"占比(?:为|达|达到)?$", lead):
        whole = [c for c in (before or []) if c.indicator and c.indicator != code]
        if re.search(r"占比(?:为|达|达到)?$", lead) and whole and re.search(r"其中", sentence):
            return whole[-1].indicator, ""  # 装机容量3009万千瓦，其中新能源装机1873万千瓦，占比62.2%
        return "", ""
    where, rest = m.group(1) or "", m.group(2)
    if where in ("全区", "全自治区", "全国", "全球", "世界") and not rest and code:
        return code, "inner_mongolia" if where in ("全区", "全自治区") else ""
    for words, whole in _WHOLES:
        if rest and (rest == words or rest.endswith(words) and len(rest) - len(words) <= 2) and whole in cat.indicators:
            return whole, city if where in ("全区", "全自治区") else ""
    return "", ""  # the whole is unknown: add needs a denominator before a denominator_city
