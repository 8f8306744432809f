"""The period and base period of one figure of a Chinese line: the scope a
period governs (the sentence, or the line in a year's report), a term review's
span (本届政府工作回顾, 过去五年…), a "由A提高到B" whose A is when the review
opened, an N-year total (五年累计), an undated endowment (储量) and a year
printed in brackets after the value; then a measure's base (同比, 较2020年, an
average's first year).
"""

from __future__ import annotations

import re

from ..periods_zh import _PERIOD_MARK, _STOCKS, Context, _default_for, _previous, _scan_periods, covered_year, \
    first_months, small_number
from .text import _LINE_PERIOD

#: "sentence": a period printed governs the rest of its sentence; "line": the rest of its line.
PERIOD_SCOPE = "sentence"
#: A clause opening with a verb of a total over a reviewed term (新增…, 累计完成…, 实施…项目, 荣获…): the term's span.
_TERM_FLOW = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,8}累计|共计|合计|新增|完成|实施|建成|荣获|获得|引进|进口|争取|落实|化解|开工建设|"
                        r"年均(?!增|提|下|减))")
#: A clause opening with a number of years (四年…累计, 五年来实施, 三年间新增): a total over those years.
_N_YEARS = re.compile(r"\s*(?:过去|近)?([两二三四五六七八九十])年(?:来|间|中|里)?(?:[\u4e00-\u9fff]{0,10}?)"
                      r"(?:累计|共计|合计|实施|新增|建成|完成|引进|争取)")
#: A sentence opening with a number of years alone ("过去五年，累计完成…"): they govern the clause right after it
#: when that clause opens with a total's verb.
_N_YEARS_ALONE = re.compile(r"\s*(?:过去|近)?([两二三四五六七八九十])年(?:来|间|中|里)?[，,]\s*"
                            r"(?=(?:[\u4e00-\u9fff]{0,4}?)(?:累计|共计|合计|新增|实施|建成|完成|引进|争取))")
_YEARS_ZH = "一二三四五六七八九十"
#: A point date: the end of a month or quarter, or "as of" (截至5月底, 2022年6月末, 三季度末, 截至目前).
_POINT = re.compile(r"截至\s*((?:19|20)[0-9]{2}年)?(?:[0-9]{1,2}月(?:末|底|份)?|目前)?|(?<![0-9—\-－~至])[0-9]{1,2}月(?:末|底)"
                    r"|[一二三四]季度末|(?<=年)底")
#: The end of a sentence ("；" only separates its parts).
_FULL_STOP = re.compile(r"[。！？!?]")
#: A paragraph opening with a point date ("截至5月底，", "2023年6月末，").
_POINT_OPENING = re.compile(r"\s*(?:截至\s*)?(?:(?:19|20)[0-9]{2}年)?(?:[0-9]{1,2}月(?:末|底)|[一二三四]季度末|年?底)(?=[，,])"
                            r"|\s*截至\s*(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月(?:末|底|份)?(?=[，,])"
                            r"|\s*截至\s*目前(?=[，,])")  # "now" holds for every level after it, not only stocks
#: A natural endowment (reserves, species, mineral deposits): undated, it is as known when the document was written.
_ENDOWMENT = re.compile(r"储量|保有量|蓄积量|探明|树种|野生动物|野生植物|保护动物|矿藏|矿床|矿点|鸟类有")


def n_years_alone(sentence: str, clause_at: int):
    """The match of a number of years printed alone before the clause at
    ``clause_at`` of ``sentence`` ("过去五年，累计完成投资…": the five years),
    None when they stand before another clause of the sentence.

    >>> n_years_alone("过去五年，累计完成投资", 5).group(1), n_years_alone("十年来，全区累计植树，覆盖率由", 12)
    ('五', None)
    """
    m = _N_YEARS_ALONE.match(sentence)
    return m if m and m.end() == clause_at else None


def sentence_start(text: str, s: int) -> int:
    """Where the full sentence holding position ``s`` starts: after the last 。！？ before it ("；" goes on).

    >>> t = "甲增长5%。乙增长6%；丙增长7%"
    >>> sentence_start(t, t.index("7")) == t.index("乙")
    True
    """
    return max([k.end() for k in _FULL_STOP.finditer(text, 0, s)] or [0])


#: "截至10月底" / "截止11月末": a point in time at the end of a month.
_TO_MONTH_END = re.compile(r"(?:截至|截止|到)(?:(?:19|20)[0-9]{2}年)?([0-9]{1,2})月(?:底|末)")
#: What is done over the months (a flow), and what stands at a date (a stock), in a figure's words.
_FLOW_WORDS = re.compile(r"完成|实现|收入|利润|产值|产量|投资|销售|营业|亏损|竣工|开工|税收|增加值")
_STOCK_WORDS = re.compile(r"余额|存栏|装机|人口|保有|总数|户数|在建|存量|库存|面积")


#: A public holiday named in a sentence, and the month it falls in (the lunar ones in their usual month).
_HOLIDAY = re.compile(r"(元旦|春节|清明|五一|劳动节|端午|中秋|国庆)(?:节)?(?:假日|假期|小长假|长假|黄金周|期间)")
#: The lunar holidays, which fall in the month before their usual one in some years.
_LUNAR = ("春节", "端午", "中秋")
_HOLIDAY_MONTH = {"元旦": 1, "春节": 2, "清明": 4, "五一": 5, "劳动节": 5, "端午": 6, "中秋": 9, "国庆": 10}


def holiday_month(period: str, sentence: str, ctx) -> str:
    """The month of a holiday a sentence counts ("元旦假日接待游客7.17万人次"),
    when only a year dates it: that month of the document's year if the
    holiday has passed by its date (a lunar one: the document's month when it
    is the month after or the same), else of the year before.

    >>> from analysis.extract.periods_zh import Context
    >>> holiday_month("2021", "我旗元旦假日接待游客", Context(2021, date="2021-01-05"))
    '2021M01'
    >>> holiday_month("2016", "端午假日全盟接待游客", Context(2016, date="2016-06-16"))
    '2016M06'
    >>> holiday_month("2016", "全盟接待游客", Context(2016, date="2016-06-16")), holiday_month("2016H1", "端午假日", Context(2016))
    ('2016', '2016H1')
    >>> holiday_month("2015", "2015年国庆假日", Context(2019, date="2019-03-01"))
    '2015M10'
    >>> holiday_month("2020", "端午假期", Context(2020, date="2020-05-29")), holiday_month("2020", "端午假期", Context(2020, date="2020-07-02"))
    ('2020M05', '2020M06')

    """
    hits = list(_HOLIDAY.finditer(sentence))
    hit = hits[-1] if hits else None
    if not hit or not re.fullmatch(r"(?:19|20)[0-9]{2}", period) or _PERIOD_MARK.search(sentence[hit.end():]):
        return period  # (a period named after the holiday is the later figures')
    month = _HOLIDAY_MONTH[hit.group(1)]
    date = getattr(ctx, "date", "") or ""
    if len(date) >= 7 and date[5:7].isdigit() and int(period) in (int(date[:4]), int(date[:4]) - 1):
        # (a year of its own printed, 2015年端午假日 in a page of 2019, is that year's holiday)
        y, m = int(date[:4]), int(date[5:7])
        if hit.group(1) in _LUNAR and m == month - 1 and int(period) == y:
            return f"{y}M{m:02d}"  # 端午 of a page dated May: the lunar holiday fell in May that year
        return f"{y}M{month:02d}" if month <= m else f"{y - 1}M{month:02d}"
    return f"{period}M{month:02d}"


def flow_to_month_end(period: str, base: str, scope: str, sentence: str, stock: bool) -> tuple[str, str]:
    """A flow counted "截至10月底" is of January to October (NBS's cumulative
    months), its base the same months a year before; a stock stays at the month.

    >>> flow_to_month_end("2017M10", "2016M10", "截至10月底，规上工业实现营业收入", "规上工业实现营业收入", False)
    ('2017M01-M10', '2016M01-M10')
    >>> flow_to_month_end("2017M10", "", "截至10月底，各项贷款余额", "各项贷款余额", False)
    ('2017M10', '')
    """
    point = _TO_MONTH_END.search(scope)
    month = re.fullmatch(r"((?:19|20)[0-9]{2})M([0-9]{2})", period)
    if stock or not point or not month or int(point.group(1)) != int(month.group(2)) or int(month.group(2)) < 2 \
            or not _FLOW_WORDS.search(sentence) or _STOCK_WORDS.search(sentence):
        return period, base
    tail = f"M01-M{month.group(2)}"
    if re.fullmatch(r"(?:19|20)[0-9]{2}M" + month.group(2), base):
        base = base[:4] + tail
    return month.group(1) + tail, base


def year_to_date_of(ctx: Context) -> str:
    """The months of the document's year before its month, as a period: what a
    page compares with "去年同期" when it names no period ('' in January, or
    without a month).

    >>> [year_to_date_of(Context(2025, date=d)) for d in ("2025-07-20", "2025-04", "2025-10-08", "2025-08", "2025-01", "2025")]
    ['2025H1', '2025Q1', '2025Q1-Q3', '2025M01-M07', '', '']
    """
    month = int(ctx.date[5:7]) if len(ctx.date) >= 7 and ctx.date[5:7].isdigit() else 0
    if month < 3:
        return ""
    last = month - 1  # a quarter's end as the quarters are printed (一季度, 前三季度), else January to that month
    return {3: f"{ctx.year}Q1", 9: f"{ctx.year}Q1-Q3"}.get(last) or first_months(ctx.year, last)


#: A date printed with an administrative event: it dates the event only.
_EVENT_DATE = re.compile(r"(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?[^，,。；;0-9]{0,12}?"
                         r"(?:划归|划入|划出|成立|设立|建立|组建|撤销|撤县|撤旗|更名|改名|设置|批准|建市|建盟|建旗|建县|设市|开埠)")
#: "2005年前老旧小区": what was built before a year; the year is no period of the figure.
_BEFORE_YEAR = re.compile(r"(?:19|20)[0-9]{2}年(?:以)?前(?=[^0-9年])")
#: Words that make a figure the whole year's.
_WHOLE_YEAR = re.compile(r"全年|年产(?![0-9.]|能)")  # not 年产10万吨…项目, a size in a name


def figure_period(text: str, s: int, end: int, sent_start: int, clause_start: int, unit: str, qualifier: str,
                  measure: str, from_value, out: list, last_sent: int, cat, ctx: Context) -> tuple[str, str, str]:
    """(period, base printed in the clause, base printed in the sentence) of the number at ``s``–``end``
    of ``text``; ``out`` are the line's figures before it (``last_sent``: where the last one's sentence starts),
    ``from_value`` the match of a "由/从…" the number ends (its A is what was)."""
    line_scope = PERIOD_SCOPE == "line" or ctx.default_period.isdigit()  # a year report: the year holds
    # a point date (6月末, 截至5月底) dates its own sentence (to its full stop, through "；"), not the sentences
    # after it; a paragraph opening with one ("截至5月底，…") dates the counts of its later sentences too
    full_start = sentence_start(text, s)
    stock = cat.units.get(unit, {}).get("dimension", "") in _STOCKS and measure == "level"
    point_opening = _POINT_OPENING.match(text)
    # it holds for a stock after it; "截至目前" for every level (截至目前，…。其中玉米播种面积143万亩)
    held = point_opening and (stock or measure == "level" and "目前" in point_opening.group(0))
    earlier = text[:full_start]
    if not held:
        earlier = _POINT.sub(lambda m: m.group(1) or "", earlier)
    scope = earlier + text[full_start:s] if line_scope else text[sent_start:s]
    if not line_scope and sent_start > 0 and not _PERIOD_MARK.search(text[sent_start:s]):
        point = [p for p in _POINT.finditer(text, full_start, sent_start) if re.search(r"月|季度|目前", p.group(0))]
        if point:  # "三季度末，甲存栏a万头；乙存栏b万头": the point date goes on after "；"
            scope = point[-1].group(0) + scope
        elif held:
            scope = point_opening.group(0) + scope
    if not line_scope and sent_start > 0 and not _PERIOD_MARK.search(scope):
        opening = _LINE_PERIOD.match(text)  # "1-8月，A增长…；B增长…": the months the paragraph opens with
        if opening:
            scope = opening.group(0) + scope
    default = _default_for(ctx, unit, cat, text[sent_start:s], qualifier == "target")
    mine = len(text[clause_start:s])
    if len(scope) > mine:  # "1996年1月划归包头市管辖。全旗总面积…": an event's date dates the event, not what follows
        scope = _EVENT_DATE.sub("", scope[:len(scope) - mine]) + scope[len(scope) - mine:]
    scope = _BEFORE_YEAR.sub("", scope)
    period, base = _scan_periods(scope, ctx, default)
    month = ([None] + list(re.finditer(r"[0-9]{1,2}月", text[:s])))[-1]
    if re.fullmatch(r"(?:19|20)[0-9]{2}M[0-9]{2}", period) and _WHOLE_YEAR.search(text[month.end() if month else 0:s]):
        period = period[:4]  # "6月末牲畜总头数a万头，全年产羊毛b万公斤": the year's output, not the month's
    if period == default == str(ctx.year - 1) and re.search(r"(?:去年|上年)同期", text) \
            and not re.search(r"全年|年末|年度|(?:19|20)[0-9]{2}年", text):
        period = year_to_date_of(ctx) or period  # "比去年同期涨了18.8%" on a page of July: this year so far
    period, base = flow_to_month_end(period, base, scope, text[sent_start:s], stock)
    period = holiday_month(period, text[:s], ctx)  # the paragraph so far: 其中… after 端午节期间…
    span = re.fullmatch(r"(\d{4})-(\d{4})", period)
    if span and re.search(r"(?:从|由)$", text[clause_start:s][-2:]):
        period = span.group(1)  # 2021年至2024年…从3177.8亿元攀升至4107.08亿元
    elif span and re.search(r"(?:至|到)$", text[clause_start:s][-1:]) and not re.search(
            r"累计", text[sent_start:s]):
        period = span.group(2)
    if ctx.review_span and period == ctx.default_period and re.search(r"累计|共计|合计", text[clause_start:s]) \
            and not _PERIOD_MARK.search(text[sent_start:s]) and not re.search(r"由|从", text[clause_start:s]):
        period = ctx.review_span  # 过去五年…累计完成投资88亿元: the five years reviewed
    elif ctx.review_span and period == ctx.review_span[-4:] and not _PERIOD_MARK.search(text[clause_start:s]) \
            and _TERM_FLOW.match(text[clause_start:s]) and not from_value:
        period = ctx.review_span  # 本届政府工作回顾 …，新增高标准农田199.7万亩: added over the term
    elif ctx.review_span and period == ctx.review_span[-4:] and out and last_sent == sent_start \
            and out[-1].period == ctx.review_span and measure in ("level", "multiple") and not from_value \
            and not _PERIOD_MARK.search(text[clause_start:s]) and not re.search(
                r"稳定在|保持在|达到|达|为|提高|增加到|居|占|年均|增长|比重|突破|超过|人均", text[clause_start:s]):
        period = ctx.review_span  # 累计生产煤炭a亿吨，发电b千瓦时; …，是“十一五”时期的k倍: the total before it goes on
    years = (_N_YEARS.match(text[clause_start:s]) or _N_YEARS.match(text[sent_start:s])
             or n_years_alone(text[sent_start:clause_start] + text[clause_start:s], clause_start - sent_start)) \
        if not _PERIOD_MARK.search(text[sent_start:s]) else None  # the years named govern the sentence
    stock_at_date = not period.isdigit() and bool(ctx.date) and period.startswith(ctx.date[:4]) \
        and not ctx.heading_period  # a count dated by the report's own date (实施项目129项)
    if years and (period == ctx.review_span or period.isdigit() and int(period) == covered_year(ctx)
                  or stock_at_date) and measure in (
            "level", "change") and not from_value:
        # "四年固定资产投资累计完成290亿元", "五年实施重点项目129项" in a report on the years before it: the N years
        # that end with the year covered
        end = int(ctx.review_span[-4:]) if ctx.review_span else covered_year(ctx)
        period = f"{end - _YEARS_ZH.index(years.group(1).replace('两', '二'))}-{end}"
    if from_value and not _PERIOD_MARK.search(text[clause_start:s]):
        # "由2017年的18.4亿元增加到20.74亿元，一般公共预算收入由1.2亿元增加到…": every A is the year the review opened with
        opened = re.findall(r"(?:由|从)((?:19|20)[0-9]{2})年", text[:s])
        if opened:
            period = opened[-1]
        elif ctx.review_span and period == ctx.review_span[-4:]:
            # under 本届政府工作回顾 (2017-2021): "由A提高到B" — A is the level when the term opened, end-2016
            period = ctx.review_base or str(int(ctx.review_span[:4]) - 1)
        elif re.fullmatch(r"(?:19|20)[0-9]{2}", period) and measure in ("level", "rank", "share"):
            period = str(int(period) - 1)  # "2022年，…由全市第7位提升到第6位": A is what was, the year before
    many = ([None] + list(re.finditer(r"([二三四五六七八九十两]|[0-9]{1,2})年(?:来|间|中)?(?:共|总共)?累计",
                                      text[clause_start:s] if "累计" in text[clause_start:s] else text[sent_start:s])))[-1]
    if many and re.fullmatch(r"(?:19|20)[0-9]{2}", period) and not _PERIOD_MARK.search(
            text[sent_start:s].replace(many.group(0), "")):
        # 五年累计完成固定资产投资545亿元: the span of years reviewed, ending in the year covered
        n = small_number(many.group(1))
        if 2 <= n <= 10:
            period = f"{int(period) - n + 1}-{period}"
    if _ENDOWMENT.search(text[sent_start:end + 4]) and not _PERIOD_MARK.search(text[sent_start:s]) \
            and not re.search(r"新增|新发现|新探明|今年|当年|全年", text[sent_start:s]) and len(ctx.date) >= 7:
        # "全市煤炭保有量121亿吨", "林木树种有46科": an undated natural endowment is as known at the document's date,
        # or at the end of the year a bulletin's title or a yearbook's volume names ("2020年…统计公报": 2020)
        period = ctx.default_period if ctx.heading_period and re.fullmatch(r"(?:19|20)[0-9]{2}", ctx.default_period) \
            else ctx.date if len(ctx.date) == 10 else f"{ctx.date[:4]}M{ctx.date[5:7]}"
    dated = re.match(r"\s*[（(]((?:19|20)[0-9]{2})年?[)）]", text[end:])
    if dated:  # an infobox's "7506元（2022年）": the year printed after the value
        period = dated.group(1)
    _, base_here = _scan_periods(text[clause_start:s], ctx, period)
    base_sent = _scan_periods(text[sent_start:s], ctx, period)[1]
    plans = plan_compared(text[clause_start:s]) if measure in ("growth", "multiple", "change") else None
    if plans:  # 累计完成投资2534亿元，较“十一五”增长164%: the next plan's five years against the plan named
        period, base_here = (plans[0] if period.isdigit() else period), plans[1]  # a span (十四五以来) is kept
    return period, base_here, base_sent


def plan_compared(clause: str):
    """(period, base) of a growth printed against an earlier five-year plan
    (较“十一五”增长164%: the 12th plan's years against the 11th's), else None.

    >>> plan_compared("较“十一五”增长"), plan_compared("比“十二五”时期增长"), plan_compared("比上年增长")
    (('2011-2015', '2006-2010'), ('2016-2020', '2011-2015'), None)
    """
    m = re.search(r"(?:较|比|是)[“\"‘]?十([一二三])五[”\"’]?(?:时期|期间)?(?:末)?", clause)
    if not m or m.group(0).endswith("末"):
        return None
    start = 2006 + 5 * "一二三".index(m.group(1))
    return f"{start + 5}-{start + 9}", f"{start}-{start + 4}"


def sequential_before(period: str) -> str:
    """The month or quarter before ``period`` (环比: on the period before, not
    the same period of last year); '' for any other period.

    >>> sequential_before("2025M10"), sequential_before("2025M01"), sequential_before("2025Q1"), sequential_before("2025")
    ('2025M09', '2024M12', '2024Q4', '')
    """
    m = re.fullmatch(r"(\d{4})M(\d{2})", period)
    if m:
        y, k = int(m.group(1)), int(m.group(2))
        return f"{y}M{k - 1:02d}" if k > 1 else f"{y - 1}M12"
    q = re.fullmatch(r"(\d{4})Q([1-4])", period)
    if q:
        y, k = int(q.group(1)), int(q.group(2))
        return f"{y}Q{k - 1}" if k > 1 else f"{y - 1}Q4"
    return ""


#: A sentence that opens with the year it compares with (与2010年第六次全国人口普查相比，…).
_COMPARED_OPENING = re.compile(r"与((?:19|20)[0-9]{2})年[^。；;]{0,40}?相比")


def compared_with(text: str, s: int) -> str:
    """The year a sentence says it compares with (与2010年…相比), which governs
    its figures to the full stop, through "；"; '' when it names none.

    >>> t = "与2010年相比，甲族人口减少2人，减少8.7%；乙族人口增加3人，增长2.2%。丙增长1%"
    >>> compared_with(t, t.index("2.2")), compared_with(t, t.index("1%"))
    ('2010', '')
    """
    m = _COMPARED_OPENING.search(text, sentence_start(text, s), s)
    return m.group(1) if m else ""


def base_of(measure: str, period: str, base_here: str, base_sent: str, text: str, sent_start: int, s: int,
            ctx: Context) -> tuple[str, str, list[str]]:
    """(period, base period, doubts) of a change or an average growth at ``s``: the base printed
    (``base_here`` in the clause, ``base_sent`` in the sentence), the year before (同比, 比上年), an
    average's first year (十四五 → 2020, 由2012年…, 从A年…到B年), or a doubt when none is named."""
    base_period = ""
    reasons = []
    if measure in ("growth", "pp_change", "change", "multiple", "multiple_increase"):
        base_period = base_here or (base_sent if measure != "growth" else "") or compared_with(text, s)
        if not base_period and re.search(r"环比[^，,。；;0-9]{0,4}$", text[sent_start:s]):
            base_period = sequential_before(period)  # 10月份…环比下降0.1%: on September
        if not base_period and measure in ("growth", "multiple_increase") and (span := re.search(
                r"(?:由|从)((?:19|20)[0-9]{2})年(?:末|底)?的?[0-9.]+\s*[^，,。；;0-9]{0,4}"
                r"(?:增加|提高|增长|上升|扩大|提升|减少|下降)(?:到|至)[0-9.]+\s*[^，,。；;0-9]{0,4}[，,]\s*"
                r"(?:累计|共)?(?:增长|增加|提高|下降|减少)了?$", text[sent_start:s])) and span.group(1) < period[:4]:
            base_period = span.group(1)  # "由2000年的11.8亿元增加到31.4亿元，增长166.1%": over the span, on 2000
        if not base_period and measure != "growth":
            if measure == "pp_change" and ctx.review_span and period == ctx.review_span[-4:] and not re.search(
                    r"同比|同期|比上年|较上年|较去年|上年|去年", text[sent_start:s]):
                # a term reviewed (2018-2021): "一产和三产分别提高3.9和2.2个百分点" is over the term
                base_period = ctx.review_base or str(int(ctx.review_span[:4]) - 1)
            elif measure != "pp_change" and re.search(r"十三五[”\"]?(?:时期|期间)", text[sent_start:s]):
                base_period = "2016-2020"  # 是“十三五”时期的1.6倍: the 13th plan's five years, whatever the span compared
            elif re.search(r"同比|同期|比上年|较上年|较去年", text[sent_start:s]) or measure == "pp_change":
                base_period = _previous(period)
            else:
                years = re.findall(r"(?<![0-9])((?:19|20)[0-9]{2})年", text[sent_start:s])
                earlier = [y for y in years if y < period[:4]]
                base_period = earlier[0] if earlier else _previous(period)
    elif measure in ("avg_growth", "two_year_avg"):
        years = sorted(set(re.findall(r"(?<![0-9])((?:19|20)[0-9]{2})年", text[sent_start:s])))
        if re.fullmatch(r"[0-9]{4}-[0-9]{4}", period):  # a span of years (not 2021Q1-Q3)
            a, b = period.split("-")
            period, base_period = b, str(int(a) - 1)
        elif re.search(r"十四五|十三五[”\"]?末", text[sent_start:s]) or base_sent == "2020":  # from the end of 2020
            base_period = "2020"
        elif len(years) >= 2:
            base_period, period = years[0], years[-1]
        if measure == "avg_growth" and re.search(r"十四五", text[sent_start:s]) and not years:
            period = str(ctx.year - 1) if ctx.year <= 2026 else period
        if measure == "avg_growth" and not base_period and compared_with(text, s):
            base_period = compared_with(text, s)  # 与2010年相比，…，年平均增长率为-0.73%
        if measure == "two_year_avg" and not base_period:  # 两年平均: over the same months two years before
            base_period = _previous(_previous(period))
        if measure == "avg_growth" and not base_period:
            span_before = list(re.finditer(r"(?:从|由)((?:19|20)[0-9]{2})年[^。；;]*?(?:到|至)((?:19|20)[0-9]{2})年",
                                           text[:s]))
            since = re.findall(r"(?:从|由)((?:19|20)[0-9]{2})年", text[sent_start:s])
            if span_before:  # "从2020年的a增长至2024年的b，…年均增速超20%": the years of the last from–to
                base_period, period = span_before[-1].group(1), span_before[-1].group(2)
            elif since and since[-1] < period[:4]:  # "由2012年的a提高到b，年均增长5.9%": from that year
                base_period = since[-1]
            elif ctx.review_span and period == ctx.review_span[-4:]:  # 年均增长 over the term reviewed
                base_period = ctx.review_base or str(int(ctx.review_span[:4]) - 1)
        if not base_period:
            reasons.append("no base period named for an average")
    return period, base_period, reasons
