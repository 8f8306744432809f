"""A gap to a reference (增速高于全区2.1个百分点) or an excess over a target
(超额完成年度任务5亿元) printed after a figure: a quantity of its own."""

from __future__ import annotations

import re

_REF = r"(?:全国|全区|全省|全市|全盟|[^0-9，,。；;、和]{1,10}?)"
_GAP = re.compile(rf"(?:分别)?(高于|低于|快于|慢于)({_REF}(?:[、和与及]{_REF})*)(?:的)?(?:平均水平|平均|同期)?"
                  r"(?:增速|水平)?(?:分别)?$")
_EXCESS = re.compile(r"(?:超额完成(?:了)?(?:年度|全年)?|超出(?:了)?[^，,；;。0-9]{0,8}?)(?:任务|目标|计划)(?:目标|指标)?$")

#: The reference's value printed in brackets right before a gap (高于全市（7.1%）2.4个百分点).
_REF_VALUE = re.compile(r"\s*[（(]\s*-?[0-9.]+\s*%?\s*[)）]\s*$")


def _beyond(lead: str, unit: str, measure: str, before, cat, sentence: str = "", index: int = -1):
    """A gap to a reference ("增速高于全区2.1个百分点") or an excess over a target
    ("超额完成年度任务5亿元") printed after a figure: (code, phrase, origin, measure,
    proposal) of a quantity of its own — the catalogue's gap indicator when its
    name is that of the figure before with the same reference — else None.

    >>> _GAP.search("增速高于全区").groups(), _GAP.search("分别快于规上工业增速").groups()
    (('高于', '全区'), ('快于', '规上工业'))
    >>> _GAP.search("增速分别高于全国、全区").groups()
    ('高于', '全国、全区')
    >>> _GAP.search(_REF_VALUE.sub("", "增速高于全市(7.1%)")).groups()
    ('高于', '全市')
    """
    lead = _REF_VALUE.sub("", lead)  # 高于全市(7.1%)2.4个百分点: the reference's own value printed in brackets
    items = re.search(r"(?:[0-9.]+\s*(?:个百分点|个)?\s*[、和及]\s*)+$", lead)  # earlier items of a list
    if items:
        index, lead = len(re.findall(r"[0-9.]+", items.group(0))), lead[:items.start()]
    g = _GAP.search(lead) if unit in ("个百分点", "百分点") and measure != "pull" else None
    e = _EXCESS.search(lead) if measure in ("level", "change") else None
    if not (g or e) or before is None:
        return None
    subject = cat.indicators.get(before.indicator, {}).get("name_zh", "") or before.proposed_indicator
    subject = re.sub(r"[（(].*$", "", subject)
    if not subject:
        return None
    if e:  # 超额完成年度任务5亿元, 超出市级下调任务指标6000万元: the catalogue's excess of the figure, or a proposal
        proposal = f"{subject}超额完成年度任务"
        code = next((c for c, row in cat.indicators.items() if row.get("name_zh") == proposal), "")
        return (code, proposal, "name", "level", "") if code else ("", "", "part", "level", proposal)
    subject = re.sub(r"增速(?:高于|低于|快于|慢于).*$", "", subject)  # the next item of a list of gaps
    refs = re.split(r"[、和与及]", g.group(2))  # 高于全国、全区a和b个百分点: the k-th reference
    suffix = f"增速{g.group(1)}{refs[min(max(index, 0), len(refs) - 1)]}"
    for code, row in cat.indicators.items():  # the catalogue's gap: 外贸进出口增速高于全区
        name = row.get("name_zh", "")
        if name.endswith(suffix) and (name[:-len(suffix)] in sentence or name[:-len(suffix)] in subject):
            return code, name, "name", "level", ""
    return "", "", "part", "level", subject + suffix
