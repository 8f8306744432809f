"""A line's effect on what follows: a city named in a heading or at the start
of a line, a heading's year or months (the default period), a review's span
and a list of tasks (targets)."""

from __future__ import annotations

import re

from ..periods_zh import Context, covered_year, heading_part
from .text import _HEAD_TARGET, _SENT

#: A heading reviewing several years: 过去五年工作回顾, 四年来工作回顾, 本届(人民)政府工作回顾, 十五届人民政府工作回顾
#: (a term: five years).
_TERM_REVIEW = re.compile(r"(?:(?:过去|近)(?:的)?([二两三四五六七八九十])年|([二两三四五六七八九十])年来|本届(?:人民)?政府|本届|"
                          r"第?[一二三四五六七八九十]{1,3}届(?:人民)?政府)(?:的)?(?:工作)?回顾"
                          r"|本届(?:人民)?政府的?工作$")  # 一、本届政府的工作: the term's review, 回顾 left out
#: A paragraph under a term review opening with the year the term began ("2018年以来，…").
_TERM_SINCE = re.compile(r"\s*((?:19|20)[0-9]{2})年以来")
_YEARS = "一二三四五六七八九十"
#: A five-year plan's term: 十一五 (2006-2010) … 十四五 (2021-2025).
_PLAN = re.compile(r"十([一二三四])五")
#: A line looking back on the decade since the 18th party congress (end of 2012): 十年来, 党的十八大以来.
_DECADE = re.compile(r"(?:这|近)?十年来|十八大以来")


def plan_span(which: str) -> tuple[int, int]:
    """The years of the ``which``-th five-year plan ('二' → (2011, 2015))."""
    start = 2006 + 5 * "一二三四".index(which)
    return start, start + 4


def line_review(text: str, ctx: Context):
    """For a line looking back on the decade since 2012 (十年来, 党的十八大以来), or opening with the years it
    reviews (过去的五年，…; 五年来，…), with no heading's review in force: set the review (span to the year
    covered, from-levels dated when it opened, what reached a level dated the year covered) for this line and
    return what to restore after it, else None.

    >>> ctx = Context(2016, date="2016-02-19")
    >>> saved = line_review("过去的五年，固定资产投资累计完成280亿元。", ctx)
    >>> ctx.review_span, ctx.default_period
    ('2011-2015', '2015')
    """
    if ctx.review_span:
        return None
    end = covered_year(ctx)
    opening = _N_YEARS_LINE.match(text)
    if _DECADE.search(text):
        if end - 2012 < 5:
            return None
        start, base = 2012, "2012"
    elif opening:
        start, base = end - _YEARS.index((opening.group(1) or opening.group(2)).replace("两", "二")), ""
    else:
        return None
    saved = (ctx.review_span, ctx.review_base, ctx.default_period, ctx.heading_period)
    ctx.review_span, ctx.review_base = f"{start}-{end}", base
    ctx.default_period, ctx.heading_period = str(end), True
    return saved


#: A paragraph opening with the years it looks back on ("过去的五年，", "五年来，"): a review of those years.
_N_YEARS_LINE = re.compile(r"\s*(?:过去|近)的?([两二三四五六七八九十])年(?:来|间|中|里)?[，,]|\s*([两二三四五六七八九十])年来[，,]")


#: A paragraph opening with the words of a plan's heading before its first comma ("2022年工作安排，").
_OPENING_PLAN = re.compile(r"(?:((?:19|20)[0-9]{2})年)?[^，,：:。；;0-9]{0,6}?(?:工作安排|主要目标|预期目标|工作重点|主要任务)"
                           r"(?:是|为|如下)?[，,：:]")


def read_heading(text: str, cat, ctx: Context) -> None:
    """Update ``ctx`` from the line ``text`` (folded): its city, and for a
    heading (a short line without a sentence mark) the default period, a
    five-year review's span and the target mode."""
    stripped = re.sub(r"^[\s?？\ufffd]+|[\s?？\ufffd]+$", "", text)  # "????一、2010年…执行情况": a mirror's
    # question marks for the spaces it could not encode end no sentence
    short = len(stripped) <= 40 and not _SENT.search(stripped)
    # a city named in a heading or at the start of a line becomes the current city
    head = stripped[:14] if not short else stripped
    head = re.sub(r"[\u4e00-\u9fff]{2,8}[0-9]{1,2}月[0-9]{1,2}日(?:电|消息|讯)", "", head)  # a dateline: where filed
    named = [(len(n), slug) for slug, names in cat.cities.items() for n in names
             if n and n in head and slug != "inner_mongolia" and (short or slug not in cat.areas)
             and slug not in ctx.elsewhere]
    if named and (not ctx.city_given or max(named)[1] in cat.areas):
        ctx.city = max(named)[1]  # the longest name wins (望川东区 over 望川); an area only through a heading;
        # with --city, only an area (a heading of a banner or district) changes it
    since = _TERM_SINCE.match(stripped) if ctx.review_span and not short else None
    if since and int(ctx.review_span[:4]) <= int(since.group(1)) < int(ctx.review_span[-4:]):
        # 十五届人民政府工作回顾 then "2018年以来，…": the term reviewed began that year
        ctx.review_span = f"{since.group(1)}-{ctx.review_span[-4:]}"
    if short and not ctx.census:  # a heading: a year sets the default period, a list of tasks the target mode
        ym = re.search(r"((?:19|20)[0-9]{2})年(?![0-9]{1,2}月)", stripped)
        part = heading_part(stripped, ctx)
        if part:  # "1-5月…投资情况": the months hold for the lines below until another heading names a period
            ctx.default_period, ctx.heading_period = part, True
        elif not ym and _TERM_REVIEW.search(stripped):
            term = _TERM_REVIEW.search(stripped)
            years = (term.group(1) or term.group(2) or "五").replace("两", "二")  # a term (本届政府) is five years
            end = covered_year(ctx)  # 一、过去五年工作回顾 in a report of December 2017: 2013-2017
            ctx.default_period, ctx.heading_period = str(end), True
            ctx.review_span = f"{end - _YEARS.index(years)}-{end}"
        elif _PLAN.search(stripped) and not re.search(r"规划|目标|任务|建议|展望|开局|起步", stripped) \
                and plan_span(_PLAN.search(stripped).group(1))[1] == covered_year(ctx) \
                and (not ym or int(ym.group(1)) == covered_year(ctx)):
            # (一、“十三五”时期和2020年工作回顾 in early 2021: the plan's five years and their last year)
            # 硕果累累"十二五" in a report of early 2016: the plan's five years are reviewed, levels reached are its last year's
            start, end = plan_span(_PLAN.search(stripped).group(1))
            ctx.default_period, ctx.heading_period = str(end), True
            ctx.review_span, ctx.review_base = f"{start}-{end}", ""
        elif ym and re.search(r"工作回顾|年工作$|(?:计划|预算)执行情况|完成情况", stripped) and not re.search(
                r"(?:19|20)[0-9]{2}年[^0-9]*(?:19|20)[0-9]{2}年|年(?:上半年|前三季度|[一二三]季度|1?[—\-－~至]?[0-9]{1,2}月)", stripped):
            # 一、2022年工作回顾, 一、2024年国民经济和社会发展计划执行情况: the year under review
            ctx.review_span, ctx.target_mode = "", False
            ctx.default_period, ctx.heading_period = ym.group(1), True
        elif not ym and re.search(r"(?:过去|上|去)一?年(?:的)?工作回顾", stripped):  # 一、过去一年工作回顾
            ctx.default_period, ctx.heading_period = str(ctx.year - 1), True
        elif ym and not re.search(r"执行|完成情况|回顾", stripped):
            ctx.default_period = ym.group(1)
            ctx.heading_period = True
        if _HEAD_TARGET.search(stripped) and not re.search(r"执行|完成情况|回顾", stripped):
            ctx.target_mode = True
        elif re.search(r"执行|完成情况|回顾", stripped):
            ctx.target_mode = False
    elif (opening := _OPENING_PLAN.match(stripped)) and not re.search(r"执行|完成|回顾", opening.group(0)):
        # "2022年工作安排，深入实施…": a paragraph that opens with a heading's words for the plan is the plan
        ctx.target_mode = True
        if opening.group(1):
            ctx.default_period, ctx.heading_period = opening.group(1), True
