"""Periods in Chinese text: the period a figure is about and its base period.

The nearest period named before a number (2024年, 上半年, 前三季度, 1—11月, 今年,
截至目前, 十四五期间 …) in its sentence, else the document's default: the
title's or a heading's period, the latest complete year for flows, the
document's date for stocks. :class:`Context` holds what carries across lines.

>>> _scan_periods("2024年上半年，全市地区生产总值", Context(2024), "2024")
('2024H1', '')
>>> _scan_periods("较2020年增长", Context(2025), "2024")
('2024', '2020')
>>> _scan_periods("1—5月份，甲增长；5月份甲增长1%，比4月份回升", Context(2023), "2023")
('2023M05', '2023M04')
>>> _scan_periods("从“十三五”末的", Context(2025), "2024"), _scan_periods("从“十三五”末的95亿元增加到", Context(2025), "2024")
(('2020', ''), ('2024', ''))
>>> _scan_periods("三次产业结构比由2020年的", Context(2025), "2024")  # 结构比 is no comparison
('2020', '')
>>> _scan_periods("与2020年相比，0-14岁人口减少", Context(2022), "2021")
('2021', '2020')
>>> _scan_periods("与2010年第六次全国人口普查相比，增加", Context(2021), "2020")
('2020', '2010')
>>> _scan_periods("与2010年第六次全国人口普查的", Context(2021), "2020")  # the number compared with
('2010', '')
>>> _scan_periods("与2010年第六次全国人口普查的4341245人相比，减少", Context(2021), "2020")
('2020', '2010')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Words of a goal; 争取到位资金, 争取上级资金, 争取超长期国债 (funds secured: every such row of the ledger is
#: what was obtained) are no goal, 争取到2025年 still is (a plan's own heading makes its rows targets anyway).
_TARGET = re.compile(r"目标|力争|预期|计划|争取(?!到位|到(?![0-9])|[^，,。；;0-9]{0,12}?(?:资金|国债|债券))|确保|将达|将实现|打造")


@dataclass
class Context:
    """What holds across lines: the document's year (and date), its default
    period, the current city and whether a heading of tasks is in force."""

    year: int
    date: str = ""
    default_period: str = ""
    heading_period: bool = False   # the default period comes from the title or a heading
    city: str = ""
    target_mode: bool = False
    city_given: bool = False       # --city was given: a city named in a line does not override it
    elsewhere: frozenset = frozenset()  # areas the title names as another province's (西安市新城区): never this city
    cities_seen: list = field(default_factory=list)
    review_span: str = ""          # under a heading 过去五年工作回顾: the five years reviewed ("2013-2017")
    review_base: str = ""          # the year a review's from-levels are dated when not the year before its span
    table: dict = field(default_factory=dict)  # the pipe table being read: title, year, unit column, total
    infobox: tuple = ("", "")      # the infobox heading in force ("人口", "2022") for its bullets
    yearbook: bool = False         # a yearbook entry (2009卷 at the top): its volume names the year described
    census: bool = False           # a census bulletin: its counts are as at the census, whatever a heading prints
    forecast_years: frozenset = frozenset()  # "(2017年指标为预计数，下同)": that year's figures are estimates

    def __post_init__(self) -> None:
        if not self.default_period:
            self.default_period = str(self.year)


_PERIOD_MARK = re.compile(
    r"(?P<base>较|比|与|同)?(?P<y>(?:19|20)[0-9]{2})年(?:(?:的|末|底))?"
    r"(?P<h1>上半年|1—6月|1-6月|1至6月)?(?P<q3>前三季度|1—9月)?(?P<q1>一季度|第一季度)?"
    r"(?:(?P<m1>[0-9]{1,2})月?(?:—|-|－|至|~)(?P<m2>[0-9]{1,2})月)?(?:(?P<ym>[0-9]{1,2})月(?:末|底|份)?(?![0-9日]))?"
    r"(?P<since>以来)?"
    r"|(?P<span>(?P<sa>(?:19|20)[0-9]{2})(?:年)?(?:—|-|至|到)(?P<sb>(?:19|20)[0-9]{2})年)"
    r"|(?P<h1b>上半年)|(?P<h2b>下半年)|(?P<q3b>前三季度)|(?P<q1b>一季度)"
    r"|(?P<mm>(?<![0-9])(?P<ma>1)月?(?:—|-|－|至|~)(?P<mb>[0-9]{1,2})月)"
    r"|(?P<firstn>(?<![0-9])前(?P<fn>[0-9]{1,2}|[两二三四五六七八九]|十一?)个月)"  # 今年前7个月: January–July
    r"|(?P<this>今年|本年)|(?P<last>去年|上年)(?!同期)|(?P<now>截至目前|截至|(?<!项)目前(?!期)|至今)"
    r"|(?P<planend>(?:到|至)[“\"‘]?十(?P<pe>[一二三四五六])五[\"”’]?(?:期末|末期|末))"  # 到“十五五”期末: the plan's last year
    r"|(?P<plan14>(?:进入[“\"‘]?)?十四五[\"”’]?(?:时期|期间)?以来|进入[“\"‘]?十四五[\"”’]?(?=[，,]|[^，,。；;]{0,6}累计)|十四五[\"”’]?(?:期间|时期))|(?P<plan13>十三五(?:”)?末(?:期)?)"
    r"|(?P<planpast>十(?P<pn>[一二三])五[\"”’]?(?:期间|时期)(?![的末以]))"
    r"|(?P<mend>(?<![0-9—\-－~])(?<![0-9]至)(?P<mem>[0-9]{1,2})月(?:末|底))|(?P<qend>(?P<qn>[一二三四])季度末)"
    r"|(?P<mon>(?<![0-9—\-－~年])(?<![0-9]至)(?P<mo>[0-9]{1,2})月份(?!以来))"
    r"|(?P<yend>(?<![0-9今去上本明当同年])年(?:末|底)(?!前))"
    r"|(?P<within>(?<![0-9一二三四五六七八九十两几多半今去上本明当同])年内)"  # 力争年内…: the whole year again
)


def small_number(text: str) -> int:
    """A count printed in digits or in Chinese numerals up to twelve (0 if neither).

    >>> small_number("7"), small_number("两"), small_number("十一"), small_number("五"), small_number("多")
    (7, 2, 11, 5, 0)
    """
    if text.isdigit():
        return int(text)
    digits = "一二三四五六七八九"
    text = text.replace("两", "二")
    if text.startswith("十") and len(text) <= 2:
        return 10 + (digits.find(text[1:]) + 1 if text[1:] else 0)
    return digits.find(text) + 1 if len(text) == 1 else 0


def first_months(year: int, last: int) -> str:
    """January to month ``last`` of ``year`` as a period ('' for no such month):
    the first half is ``H1`` (1—6月 is 上半年).

    >>> first_months(2016, 7), first_months(2016, 6), first_months(2016, 13)
    ('2016M01-M07', '2016H1', '')
    """
    if not 1 <= last <= 12:
        return ""
    return f"{year}H1" if last == 6 else f"{year}M01-M{last:02d}"


def _scan_periods(text: str, ctx: Context, period: str) -> tuple[str, str]:
    """The period in force at the end of ``text`` and the last base period named.

    A period introduced by 由/从 ("由2020年的8.1万元增加至…") holds only for the
    first number after it."""
    base = ""
    # a part of a year named without its year (上半年, 1—10月) is in the last year named, else the document's
    year = int(ctx.default_period[:4]) if ctx.heading_period else ctx.year
    for m in _PERIOD_MARK.finditer(text):
        g = m.groupdict()
        if (g["h1b"] or g["h2b"] or g["q3b"] or g["q1b"] or g["mm"] or g["mon"]) and re.search(
                r"(?:较|比|与)(?:1?[—\-－~至]?[0-9]{1,2}月[和、及])?第?$", text[:m.start()]):  # 比第一季度提升: the base
            # 较上半年回落, 比1-4月和1-5月分别回升: the months compared with are the base
            base = _scan_periods(m.group(0), ctx, period)[0]  # 较上半年回落: the first half is the base
            continue
        if g["y"]:
            y = int(g["y"])
            if g["base"] in ("较", "比") or re.search(r"(?:较|(?<!结构)(?<!之)比(?![例重率值]))[^0-9，,。；]{0,10}$", text[:m.start()]):
                base = str(y)  # 较2020年, 较“十三五”末期（2020年）
                continue
            if (g["base"] == "与" or re.search(r"(?:与|同)$", text[:m.start()])) and \
                    re.match(r"[^。；;]{0,40}?(?:相比|比较|相较|持平)", text[m.end():]):
                # 与2020年相比, 与2010年第六次全国人口普查的a人相比: the year compared with (a number inside the
                # comparison, before 相比, is of that year: the scan for it ends before 相比)
                base = str(y)
                continue
            if re.search(r"(?:由|从)$", text[:m.start()]):
                if re.search(r"[0-9]", text[m.end():]):
                    continue  # a number came after it: the 由 period is spent
            elif re.search(r"(?:达到|是|为)$", text[:m.start()]) and (m.group(0).endswith("的") or text[m.end():m.end() + 1] == "的"):
                base = str(y)
                continue
            year = y
            if g["h1"]:
                period = f"{y}H1"
            elif g["q3"]:
                period = f"{y}Q1-Q3"
            elif g["q1"]:
                period = f"{y}Q1"
            elif g["m1"] and int(g["m1"]) == 1 and int(g["m2"]) == 6:
                period = f"{y}H1"
            elif g["m1"] and 1 <= int(g["m1"]) <= 12 and 1 <= int(g["m2"]) <= 12:
                period = f"{y}M{int(g['m1']):02d}-M{int(g['m2']):02d}"
            elif g["ym"] and 1 <= int(g["ym"]) <= 12:
                period = f"{y}M{int(g['ym']):02d}"  # 截至2024年10月: a stock at that month
            elif g["since"] and y < ctx.year and re.match(r"[^，,。；;0-9]{0,4}?(?:最好|最高|最低|最快|最多|最大|首次|新高|最优)",
                                                              text[m.end():]):
                continue  # "是自2005年以来最好的位次": the years a superlative looks back on, no figure's period
            elif g["since"] and y < ctx.year:
                period = f"{y}-{ctx.year}"  # 2021年以来: a span to the document's year
            else:
                period = str(y)
        elif g["span"]:
            period = f"{g['sa']}-{g['sb']}"
            year = int(g["sb"])
        elif g["within"]:  # "推动…在上半年集中投产，…力争年内产能达到": the year, not the half named before
            period = str(year)
        elif g["h1b"]:
            period = f"{year}H1"
        elif g["h2b"]:
            period = f"{year}M07-M12"
        elif g["q3b"]:
            period = f"{year}Q1-Q3"
        elif g["q1b"]:
            period = f"{year}Q1"
        elif g["firstn"] or g["mm"]:  # 前7个月, 1—7月: January to that month
            period = first_months(year, small_number(g["fn"] or g["mb"])) or period
        elif g["this"]:
            period, year = str(ctx.year), ctx.year
            if text[m.end():m.end() + 2] == "以来" and ctx.heading_period and not ctx.default_period.isdigit() \
                    and ctx.default_period.startswith(str(ctx.year)):
                period = ctx.default_period  # 今年以来 in a half-year report: the months it covers
            elif m.group(0) == "本年" and ctx.heading_period and ctx.default_period[:4].isdigit():
                period, year = ctx.default_period[:4], int(ctx.default_period[:4])  # a bulletin's 本年: the year covered
        elif g["last"]:
            mon = re.match(r"([0-9]{1,2})月(?:份|末|底)?(?![0-9日])", text[m.end():])
            if re.search(r"(?:由|从)$", text[:m.start()]) and re.search(r"[0-9]", text[m.end() + (mon.end() if mon else 0):]):
                continue  # "从去年9月份的580元上涨到832.6元": the from-period is spent once a number came after it
            if mon and 1 <= int(mon.group(1)) <= 12:
                period = f"{ctx.year - 1}M{int(mon.group(1)):02d}"  # 去年9月份: that month of last year
                continue
            if re.search(r"(?:较|相较[于与]?|相比|与)$", text[:m.start()]) and ctx.heading_period \
                    and not ctx.default_period.isdigit() and ctx.default_period.startswith(str(ctx.year)):
                # "价格指数相较于去年上升40%" in a release of 1—9月: the year compared with, not the months reported
                base = str(ctx.year - 1)
                continue
            named = any(m2.group("y") and not m2.group("base") and m2.start() < m.start() for m2 in _PERIOD_MARK.finditer(text))
            if re.search(r"(?:较|比|相较[于与]?|相比|与)$", text[:m.start()]) and re.fullmatch(r"(?:19|20)[0-9]{2}", period) \
                    and (named or ctx.heading_period and period == ctx.default_period):
                # "2022年全旗…播种面积140.91万亩，较上年增加2.31万亩" in a page of December 2022, "2013年末…比上年增长" in a
                # page of 2019: the year in force holds, 上年 is what it is compared with (with no year in force, a
                # page's 上年 is the year it reports: below)
                base = str(int(period) - 1)
                continue
            period, year = str(ctx.year - 1), ctx.year - 1
        elif g["now"]:
            period = ctx.date if len(ctx.date) == 10 else (f"{ctx.date[:4]}M{ctx.date[5:7]}" if len(ctx.date) == 7 else str(ctx.year))
        elif g["mend"] and 1 <= int(g["mem"]) <= 12:
            period = f"{year}M{int(g['mem']):02d}"  # 6月末: a stock at the end of June
        elif g["mon"] and 1 <= int(g["mo"]) <= 12:
            period = f"{year}M{int(g['mo']):02d}"  # 5月份 (in a release of 1—5月): that month alone
            if re.match(r"[^，,。；;0-9]{0,12}累计", text[m.end():]):
                period = f"{year}M01-M{int(g['mo']):02d}"  # 2月份…累计: the months to its end
        elif g["qend"]:
            period = f"{year}M{3 * '一二三四'.index(g['qn']) + 3:02d}"  # 三季度末: at the end of September
        elif g["yend"]:
            # "年末全旗农牧业机械总动力…" in a bulletin: the end of the year it covers, not the document's date
            if not ctx.target_mode:
                period = year_end(ctx)
                year = int(period)
        elif g["plan14"]:
            period = plan14_span(m.group(0), ctx)
        elif g["planpast"]:
            span = past_plan_span(g["pn"], text[:m.start()], ctx)
            if span:
                period, year = span, int(span[-4:])
        elif g["planend"]:
            year = 2006 + 5 * "一二三四五六".index(g["pe"]) + 4
            period = str(year)
        elif g["plan13"]:
            if re.search(r"(?:由|从)[“\"]?$", text[:m.start()]):
                # 从“十三五”末的95亿元增加到126亿元: the end of 2020 dates the from-value, and is spent once it is passed
                if not re.search(r"[0-9]", text[m.end():]):
                    period = "2020"
                continue
            if re.match(r"的[0-9]", text[m.end():m.end() + 2]):
                period = "2020"  # “十三五”末的270家
            else:
                base = "2020"
    return period, base


#: Dimensions of stocks (counted at a date: firms, projects, capacity), as against flows over a period.
_STOCKS = {"count", "power_kw", "compute_pflops", "volume_m3", "length_km"}


#: Words before a number that make a stock's figure what was added over a period (a flow).
_ADDED = re.compile(r"新增[^，,。；;：:、]{0,12}$")

#: Words naming a stock whatever its unit: an area administered, the people living there (a news page's
#: undated 总面积5600平方公里，常住人口25万 are as known at its date, not of the year before).
_STOCK_NAMED = re.compile(r"(?:总面积|辖区面积|常住人口|总人口|户籍人口|人口)[为达约有近]?\s*$|(?:少数民族|[\u4e00-\u9fff]{1,3}族)(?:人口)?\s*$")


def _default_for(ctx: Context, unit: str, cat, lead: str, target: bool = False) -> str:
    """The period of a figure whose line names none. Under a title or heading
    that names one (上半年 report, 2026年主要任务) it holds; otherwise a document
    reports the latest complete year for flows (output, money, rates) and its
    own date for stocks (firms, projects, capacity: "已达50家"; an area or a
    population named so: "总面积5600平方公里，常住人口25万").

    >>> from types import SimpleNamespace as Cat
    >>> cat = Cat(units={"万人": {"dimension": "persons"}, "亿元": {"dimension": "currency_cny"}})
    >>> ctx = Context(2018, date="2018-09-26")
    >>> _default_for(ctx, "万人", cat, "常住人口"), _default_for(ctx, "亿元", cat, "地区生产总值")
    ('2018-09-26', '2017')
    """
    if ctx.target_mode:  # a list of tasks: plans for the year
        return ctx.default_period[:4]
    if ctx.heading_period:
        return ctx.default_period
    if target or _TARGET.search(lead):  # 力争/确保 …: a plan for the document's year
        return str(ctx.year)
    dim = cat.units.get(unit, {}).get("dimension", "")
    if (dim in _STOCKS or dim in ("persons", "area_m2") and _STOCK_NAMED.search(lead)) and not _ADDED.search(lead):
        # "新增电力装机50万千瓦": added over the year, a flow; "全旗总面积5600平方公里，常住人口25万": as at the date
        if len(ctx.date) == 10:
            return ctx.date
        if len(ctx.date) == 7:
            return f"{ctx.date[:4]}M{ctx.date[5:7]}"
        return str(ctx.year)
    return str(ctx.year - 1)


_CENSUS = re.compile(r"第([五六七八])次全国人口普查(?:主要数据)?公报|([五六七八])普(?:主要数据)?公报")
_CENSUS_YEAR = {"五": "2000", "六": "2010", "七": "2020", "八": "2030"}


def census_year(lines: list[str]) -> str:
    """The year of the census a census bulletin reports (its figures are as at
    1 November of that year, whenever the bulletin is published), from its
    title in the first lines; '' for any other document.

    >>> census_year(["某市第七次全国人口普查公报（第一号）", "某市统计局", "2021年6月7日"])
    '2020'
    >>> census_year(["某市2021年国民经济和社会发展统计公报"]), census_year(["与2010年第六次全国人口普查相比，增加"])
    ('', '')
    """
    m = _CENSUS.search("\n".join(line[:60] for line in lines[:10]))
    return _CENSUS_YEAR[m.group(1) or m.group(2)] if m else ""


def year_end(ctx: Context) -> str:
    """The year of a 年末 printed without its year: the year under a heading's
    year (2024年 bulletin), else the year the document covers.

    >>> year_end(Context(2021, date="2021-05-01")), year_end(Context(2024, default_period="2023", heading_period=True))
    ('2020', '2023')
    """
    if ctx.heading_period and ctx.default_period[:4].isdigit():
        return ctx.default_period[:4]
    return str(covered_year(ctx) if ctx.date else ctx.year - 1)


def past_plan_span(which: str, before: str, ctx: Context) -> str:
    """The years of an earlier five-year plan a sentence opens with ("“十二五”期间，累计接待游客…"
    → '2011-2015'); '' when the plan is what is compared with (较/比/与/是 before it) or not yet over.

    >>> past_plan_span("二", "", Context(2017, date="2017-02-10")), past_plan_span("二", "是", Context(2017))
    ('2011-2015', '')
    """
    first = 2006 + 5 * "一二三".index(which)
    if re.search(r"(?:较|比|与|是|同|为|相当于)[“\"‘]?$", before) or ctx.year <= first + 4:
        return ""
    return f"{first}-{first + 4}"


def plan14_span(words: str, ctx: Context) -> str:
    """The years of 十四五 a document means: the plan's five (十四五期间, 十四五时期),
    but 十四五以来 (since the plan began) only up to the year the document
    covers: a total printed in a report of early 2025 is of 2021-2024.

    >>> plan14_span("十四五”以来", Context(2025, date="2025-01-20")), plan14_span("十四五期间", Context(2025, date="2025-01-20"))
    ('2021-2024', '2021-2025')
    >>> plan14_span("十四五以来", Context(2024, date="2024-11-02")), plan14_span("十四五以来", Context(2021, date="2021-03-01"))
    ('2021-2024', '2021-2025')
    >>> plan14_span('十四五"时期以来', Context(2024, date="2024-02-01")), plan14_span("进入十四五”", Context(2024, date="2024-02-01"))
    ('2021-2023', '2021-2023')
    """
    end = covered_year(ctx) if ctx.date else ctx.year - 1
    if (words.endswith("以来") or words.startswith("进入")) and 2021 < end < 2025:
        return f"2021-{end}"
    return "2021-2025"


def covered_year(ctx: Context) -> int:
    """The last year a report looks back on: a report given late in a year (from
    October) covers that year, one given earlier the year before.

    >>> covered_year(Context(2017, date="2017-12-06")), covered_year(Context(2022, date="2022-02-25"))
    (2017, 2021)
    """
    month = int(ctx.date[5:7]) if len(ctx.date) >= 7 and ctx.date[5:7].isdigit() else 0
    return ctx.year if month >= 10 else ctx.year - 1


#: A heading that opens with a part of a year ("1-5月乌海市三区固定资产投资情况", "2024年上半年全市经济运行情况").
_HEAD_PART = re.compile(r"\s*(?:[一二三四五六七八九十]+、)?(?:[\u4e00-\u9fff]{2,8}(?=(?:19|20)[0-9]{2}年))?(?:(?:19|20)[0-9]{2}年)?"
                        r"(?:1|一)(?:—|-|－|至|~)[0-9]{1,2}月(?:份)?|"
                        r"\s*(?:[一二三四五六七八九十]+、)?(?:[\u4e00-\u9fff]{2,8}(?=(?:19|20)[0-9]{2}年))?(?:(?:19|20)[0-9]{2}年)?"
                        r"(?:上半年|前三季度|一季度|第一季度)")


def heading_part(heading: str, ctx: Context) -> str:
    """The part of a year a heading opens with, as a period ('' when none): it
    holds for the lines below the heading until another heading names one.

    >>> heading_part("1-5月某市三区固定资产投资情况", Context(2020, date="2020-06-18"))
    '2020M01-M05'
    >>> heading_part("2023年上半年经济运行情况", Context(2023)), heading_part("一、农业", Context(2023))
    ('2023H1', '')
    >>> heading_part("某旗2023年1—5月份经济运行情况", Context(2023)), heading_part("某旗经济运行情况", Context(2023))
    ('2023M01-M05', '')
    """
    m = _HEAD_PART.match(heading)
    if not m:
        return ""
    plain = Context(ctx.year, date=ctx.date)  # a heading's part of a year without its year: the document's year
    period, _ = _scan_periods(re.sub(r"^\s*[一二三四五六七八九十]+、", "", m.group(0)).replace("月份", "月"), plain, "")
    return period if period and not period.isdigit() else ""


def _previous(period: str) -> str:
    from ..periods import Period

    try:
        return Period.parse(period).previous().label
    except Exception:
        return ""


def opening_period(lines: list[str], ctx: Context) -> str:
    """The part of a year a document opens with ("1-9月，全市规模以上工业…",
    "前三季度，…"): the period of its figures whose lines name none; '' when
    its first line opens with no part of a year.

    >>> opening_period(["1-9月,某市规模以上工业增加值增长7.8%"], Context(2021))
    '2021M01-M09'
    >>> opening_period(["一、全区工业总体情况", "1-10月份,全区规模以上工业增加值增长7.4%"], Context(2023))
    '2023M01-M10'
    >>> opening_period(["2024年全市地区生产总值100亿元"], Context(2025)), opening_period(["标题", "正文"], Context(2025))
    ('', '')
    >>> opening_period(["某市工业连续12个月增长", "今年以来，某市工业稳步回升。", "1-7月，某市工业增长9%"], Context(2024))
    '2024M01-M07'
    >>> opening_period(["某市工业连续12个月增长", "2023年，某市工业增长9%。", "1-7月，某市工业增长9%"], Context(2024))
    ''
    >>> opening_period(["本报讯（记者 某某）今年以来，某市工业平稳。1—4月，某市工业增长9%。"], Context(2024))
    '2024M01-M04'
    >>> opening_period(["某市工业去年增长8%。1—4月，某市工业增长9%。"], Context(2024))
    ''

    """
    # a numbered section heading ("一、全区工业经济总体情况") before the first paragraph is skipped, and so are, among
    # the first lines, a headline (no sentence mark) and a lead paragraph printing no figure ("今年以来，…")
    body = [ln.strip() for ln in lines if ln.strip() and not re.match(
        r"\s*[一二三四五六七八九十]+、[^，,。；;0-9]{2,30}$", ln.strip())]
    first = body[0] if body else ""
    for ln in body[:4]:
        if re.search(r"[，,。；;]", ln) and re.search(r"[0-9]", ln):
            opens = re.match(r"(?:(?:19|20)[0-9]{2}年)?(?:1|一)?(?:—|-|－|至|~)?(?:[0-9]{1,2}月|上半年|前三季度|一季度)", ln)
            first = ln if opens else first
            # a news lead ("本报讯（记者…）…获悉，今年以来，…。1—4月，全市…"): its first figure opens a sentence
            # with the months reported, no number printed before it
            lead = re.search(r"[。！!]\s*((?:(?:19|20)[0-9]{2}年)?(?:1|一)(?:—|-|－|至|~)[0-9]{1,2}月(?:份)?|上半年|前三季度|一季度)"
                             r"\s*[，,]", ln)
            if not opens and lead and not re.search(r"[0-9]", ln[:lead.start()]) and \
                    not re.search(r"去年|上年", ln[:lead.start()]):
                first = ln[lead.start(1):]
            break
    m = re.match(r"(?:(?:19|20)[0-9]{2}年)?(?:1|一)?(?:—|-|－|至|~)?(?:[0-9]{1,2}月(?:份)?|上半年|前三季度|一季度)", first)
    if not m or not re.search(r"月|季度|半年", m.group(0)):
        return ""
    period, _ = _scan_periods(m.group(0).replace("月份", "月"), ctx, "")
    return period if period and not period.isdigit() else ""


def opening_year(lines: list[str], ctx: Context) -> str:
    """The year a document reviews when its first paragraph opens with a year before the
    document's own ("2022年是…之年", "2022年，全旗…" in a bulletin dated March 2023): its
    undated figures, stocks included, are of that year; '' otherwise. Only the first
    paragraph printing a sentence (after the title, the publisher, the date) is read.

    >>> opening_year(["某旗统计局", "(2023年3月31日)", "2022年是关键之年，全旗经济稳定。"], Context(2023, date="2023-03-31"))
    '2022'
    >>> opening_year(["某旗统计局", "2023年，全旗经济稳定。"], Context(2023, date="2023-03-31"))
    ''
    >>> opening_year(["标题", "今年以来，2022年的项目陆续投产。"], Context(2023, date="2023-03-31"))
    ''
    >>> opening_year(["2013年末，某市总人口32万人。"], Context(2019, date="2019-12-26"))
    '2013'
    >>> opening_year(["据调查数据显示，某旗2022年粮食作物产量83.6万吨。"], Context(2022, date="2022-12"))
    '2022'
    """
    for ln in lines[:8]:
        ln = ln.strip()
        if not re.search(r"[，,。；;]", ln) or re.fullmatch(r"[(（]?\s*(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\s*[)）]?", ln):
            continue
        m = re.match(r"((?:19|20)[0-9]{2})年(?:末|底)?(?:是|[，,])", ln) or re.match(
            r"[^，,。；;0-9年]{0,16}[，,][^，,。；;0-9年]{0,16}?(?<![比较与从由自至])((?:19|20)[0-9]{2})年(?![0-9]{1,2}月|的)", ln)
        # "2013年末，某市总人口…"; "据…调查数据显示，某旗2022年粮食作物产量…": the year the page reports
        if not m:
            return ""
        late = len(ctx.date or "") >= 7 and ctx.date[5:7].isdigit() and int(ctx.date[5:7]) >= 10
        return m.group(1) if int(m.group(1)) < ctx.year or late and int(m.group(1)) == ctx.year else ""
        # (a page of October to December opening with its own year reports that year's results)
    return ""


#: A yearbook's volume printed alone at the top ("2009卷", "2009年卷").
_VOLUME = re.compile(r"\s*((?:19|20)[0-9]{2})年?卷\s*")


def yearbook_volume_year(lines: list[str]) -> str:
    """The year a yearbook entry describes when one of its first three lines is
    the volume alone ("2009卷"): the year before the volume's (the yearbook of
    2009 describes 2008), so undated facts and stocks are of that year, not of
    the volume's date; '' otherwise.

    >>> yearbook_volume_year(["2009卷", "【概况】某县位于……"]), yearbook_volume_year(["全书共3卷", "某县"])
    ('2008', '')
    """
    for ln in [ln for ln in lines if ln.strip()][:3]:
        m = _VOLUME.fullmatch(ln)
        if m:
            return str(int(m.group(1)) - 1)
    return ""
