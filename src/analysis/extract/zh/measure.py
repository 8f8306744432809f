"""What a Chinese figure measures, from the words before and after it (docs/curation.md)."""

from __future__ import annotations

import re

#: "由A提高到B": B is a level of what A is (a share stays a share), not a growth.
_TO_LEVEL = re.compile(r"(?:提高|提升|增长|增加|上升|下降|降低|回落|减少|扩大|缩小)(?:到|至)$")


def _measure(lead: str, unit: str, after: str) -> str:
    """What the number after ``lead`` measures (docs/curation.md).

    >>> _measure("规上工业增加值占比由", "%", ""), _measure("转化率由66.0%提高到", "%", "")
    ('share', 'level')
    >>> _measure("28个行业大类中，25个行业正增长，增长面达", "%", ""), _measure("拉动规模以上工业增加值增长", "个百分点", "")
    ('share', 'pull')
    >>> _measure("总量位居全市第", "位", ""), _measure("总量位居全市第8位，增速位居全市第", "位", "")
    ('rank', 'growth_rank')
    >>> _measure("采矿业下降69.4%，拉低规上工业增速", "个百分点", "")  # a pull down: negative, still a pull
    'pull'
    >>> _measure("投资116.6亿元，完成投资率", "%", "")  # the share of the planned investment completed
    'pct_of_target'
    >>> _measure("一般公共预算收入完成预算的", "%", "")
    'pct_of_target'
    >>> _measure("全年平均气温6.1℃，比上年偏高", "℃", ""), _measure("年降水量356.2毫米，比常年偏多", "%", "")
    ('change', 'growth')
    >>> _measure("连续三年增幅超", "个百分点", ""), _measure("增速比上年提高", "个百分点", "")
    ('growth', 'pp_change')
    >>> _measure("营收比去年同期涨了", "%", ""), _measure("科技服务业直接飙了", "%", ""), _measure("投的钱比去年多了", "%", "")
    ('growth', 'growth', 'growth')
    """
    lead = lead.replace("增加值", "值")  # 增加值 (value added) is a name, not 增加 (an increase)
    tail = lead[-12:]
    if unit in ("个百分点", "百分点", "个千分点") and re.search(r"(?:增幅|增速|增长速度)(?:均)?(?:超过?|达到?|保持在?)$", lead[-8:]):
        return "growth"  # 连续三年增幅超13个百分点: a growth rate printed in points, not a change of one
    if unit in ("个百分点", "百分点", "个千分点"):
        return "pull" if re.search(r"拉动|拉低|下拉|上拉", re.split(r"[，,；;。]", lead)[-1]) else "pp_change"
    if unit == "倍":
        return "multiple_increase" if re.search(r"(?:增长|增加|提高|扩大)了?$", lead[-4:]) else "multiple"
    if unit == "位":  # 增速居全市第4位: the place of the growth rate; 总量居第8位, 排名第23位: of the level
        return "growth_rank" if re.search(r"(?:增速|增幅|增长速度)[^，,；;。]{0,8}$", lead[-14:]) else "rank"
    if re.search(r"偏(?:高|低|多|少)$", lead[-2:]):  # 比上年偏高0.5℃, 比常年偏多12%: the weather against a year, a normal
        return "growth" if unit == "%" else "change"
    if unit == "%":
        if re.search(r"两年平均|两年均", tail):
            return "two_year_avg"
        if re.search(r"年均|平均增|平均增速", tail):
            return "avg_growth"
        if "贡献率" in tail:
            return "contribution"
        if re.search(r"完成.{0,8}(?:目标|计划|任务|预算)|进度|完成投资率(?:达|为)?$", tail):  # 完成预算的107.6%  # 完成投资率116%: of the planned investment (整改完成率 is a rate)
            return "pct_of_target"
        if re.search(r"增长面|覆盖面|占比|比重|份额", tail[-8:]) and not re.search(r"(?:比重|占比)[^，,]{0,6}(?:提高|下降|回落|增加|减少)了?$", tail):
            return "share"  # 增长面达89.3% is the share of industries that grew
        if _TO_LEVEL.search(tail):
            return "share" if re.search(r"占|比重|占比", tail) else "level"
        if re.search(r"增长|增速|下降|增幅|涨幅|提高|回落|减少|上涨|降低|增加|降幅|负增长|(?:同比|比上年|较上年)上升", tail[-8:]):
            return "growth"
        if re.search(r"(?:涨|飙|升|增|多|跌|降|少)了$|飙升了?$|猛增了?$|大增了?$", tail[-4:]):
            return "growth"  # spoken news: 比去年同期涨了18.8%, 直接飙了118.8%, 比去年多了140%
        if re.search(r"占|比重|占比|份额", tail) or re.search(r"占[^，,；;。]{0,16}的?$", lead[-18:]):
            return "share"  # 占全部规上工业主营业务收入的92.8%
        if re.match(r"的(?:增速|增长|高速|速度|较快增长|高增长)", after):
            return "growth"  # "累计实现8.5%的增速", "以16.3%的高速度"
        return "level"
    if re.search(r"(?:增加|减少|增长|下降|提升|提高)了?$", lead[-3:]):
        return "change"
    return "level"
