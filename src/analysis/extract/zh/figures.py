"""Candidate figures in Chinese text: numbers with their unit, measure,
qualifier, period, base period and indicator.

A figure is a number followed by a unit of ``data/units.csv`` (亿元, %, 个百分点,
家 …) or a rank (第3位). The words around it give the rest, by the rules of
``docs/curation.md``:

- measure: 年均增长 → ``avg_growth``; 同比增长/增长/下降 x% → ``growth``; 占…比重 →
  ``share``; 个百分点 → ``pp_change`` (拉动 → ``pull``); 贡献率 → ``contribution``;
  是…的k倍 → ``multiple``, 增长k倍 → ``multiple_increase``; 增加/减少 x 亿元 →
  ``change``; 第k位 → ``rank``; else ``level``;
- qualifier: 突破/超过/以上/余/多 → ``over``; 不足/不到/以内 → ``under``; 约/左右/近 →
  ``about``; 目标/力争/预期/计划 (or a heading of tasks) → ``target``; 预计 → ``forecast``;
- period: the nearest year before the number in its line (2024年, 上半年,
  前三季度, 1—11月, 今年, 截至目前 …), else the document's; the base period
  from 较2020年, 比上年, 同比, 十三五末 …

Skipped: years, months and dates, ordinals (第十六届), plan names (十四五) and
numbers without a unit.

>>> from analysis.ledger import load_ledger
>>> from analysis.extract.catalogue import Catalogue
>>> cat = Catalogue.from_ledger(load_ledger())
>>> [(c.indicator, c.measure, c.value, c.unit, c.period) for c in
...  parse_line("2024年全市地区生产总值达到4107.1亿元，同比增长6.2%。", 1, cat, Context(2025))]
[('gdp', 'level', '4107.1', '亿元', '2024'), ('gdp', 'growth', '6.2', '%', '2024')]
"""

from __future__ import annotations

import re

from ...numbers import join_space_groups
from ...figure_rules import RANK_MEASURES
from ..candidate import Candidate, make_excerpt
from ..lists import RATIO, RATIO_CONTRIBUTION, RATIO_LEAD, crop_structure, distributed, divisions, item_index, list_head, list_names, of_which, sector_of, \
    urban_rural_pair
from ..periods_zh import _TARGET, Context
from ..concept import _AREA_NAME, HEADS, catalogued_part, compared, fits_unit, raw_name, widened
from ..names import name_after, proposal_zh, real_growth
from ..subject import choose, growth_of as _growth_of, own_words, share_subject, subject_words
from .gaps import _beyond
from .heading import line_review, read_heading
from .measure import _measure
from .fields import _infobox_fields, _price_basis, _ratio_item
from .normal import carried_name, counted_firms, lifted_out, normal, normal_name, product_name, written_out
from .naming import _SECTOR_NAME, _city_before, _name_after, _names_nothing, _proposed, _qualifier, _subject, _twins
from .text import join_split_units, _ABOUT_BEFORE, _AFTER_SKIP, _CLAUSE, _CONDITION, _DECLINE, _FORECAST, _NUM, \
    _OVER_BEFORE, _SENT, _UNDER_BEFORE, _fold, in_project_name, pulls_down, service_hours
from .parts import _inner_kind, _narrower_group, _other_kind, _project_part, _scoped_name
from .period import _FULL_STOP, base_of, figure_period, sentence_start
from .places import _BREAKDOWN, _PLACE_NAME, _PLACES, _roundup_tail, area_opening
from .tables import infobox_label, table_line
from .wholes import _denominator, _whole
from .short_names import line_text

#: A noun right after a figure's unit (its own name: "15个中医特色专科", "5所医院", "240万千瓦的抽水蓄能").
_NOUN_AFTER = re.compile(r"(?:的)?(?![，,。；;、：:（(）)\s]|同比|比上年|较|增长|下降|以上|左右|全部|分别|达|为|是)[\u4e00-\u9fff]")
#: A place's name opening a clause of its contribution to a whole ("稀土高新区对规上工业增加值增长的贡献率").
_PLACE_BY = re.compile(r"\s*(?:其中)?[，,]?\s*([\u4e00-\u9fff]{1,8}(?:旗|县|区|市|盟))对")
#: Month words in front of a name (5月份规上工业增加值, 当月产销率): its period, not a qualifier.
_MONTH_WORDS = re.compile(r"^(?:(?:1\s*[—\-－~至]\s*)?[0-9]{1,2}\s*月份?|当月|累计)+")
#: Origins after which no weaker way of finding a catalogue name is tried: a new indicator is proposed.
NO_FALLBACK = ("other", "examples", "previous_unknown", "list_new", "part")


#: The note of a ratio printed without a unit.
BARE_RATIO_NOTE = "no unit printed: a ratio of two quantities (收入比为2.36), read in 倍"


#: 预计 opening a sentence, after at most a time phrase (到2017年底，预计…; 预计全年…).
_FORECAST_OPENING = re.compile(r"\s*(?:到|至|截至)?[^，,。；;]{0,10}[，,]?\s*预计")

#: Words of a survey's sample design: the counts after them size the sample, not the place.
_SAMPLE = re.compile(r"抽中|抽选|样本|调查小区|抽样方法")


#: Words of a goal that make no target of the figures after them: a target met, named as the base of a share
#: ("完成年度目标58亿元的87.8%": what was done), and a slogan's aim opening a sentence ("以建设旅游强县为奋斗目标，").
_NOT_A_TARGET = re.compile(r"(?:完成|达到|超过|占)了?(?:全年|年度|年初|年初确定的|全年预期|年)?(?:目标|计划|预期|预算)(?:任务)?"
                           r"(?:[0-9.]+\s*[万亿]*元)?的|以[^，,。；;0-9]{2,30}为(?:奋斗|发展|总体)?目标[，,]")

def bare_ratio(before: str, rest: str, last) -> bool:
    """Whether a number printed without a unit is a ratio of two quantities:
    after 收入比为, 比值为, 倍差为 (not a ratio a:b that follows), or the change
    of such a ratio right after it (比上年缩小0.04).

    >>> bare_ratio("城乡居民人均可支配收入比为", "2.36，比上年", None), bare_ratio("三次产业比为", "12:40:48", None)
    (True, False)
    >>> from types import SimpleNamespace as C
    >>> bare_ratio("收入比为2.36，比上年同期缩小", "0.04。", C(reason=BARE_RATIO_NOTE))
    True
    """
    if re.match(r"\s*[0-9.]*\s*[:：∶︰]", rest):
        return False
    if re.search(r"(?:收入|支出|消费)(?:之)?比(?:值)?(?:为|是|达到?|降至|缩小至|缩小到|下降到)$|(?:比值|倍差)(?:为|是|达到?|缩小至|缩小到)$",
                 before):
        return True
    return last is not None and BARE_RATIO_NOTE in (last.reason or "") and bool(re.search(
        r"(?:缩小|扩大|下降|提高|减少|增加|降低)了?$", before))


#: Verbs that tell projects (or firms) apart: what was attracted, signed, carried out, started, finished.
_PROJECT_VERBS = ("新签约", "签约", "引进", "招引", "实施", "新开工", "开工", "复工", "竣工", "投产", "建成", "在建", "续建",
                  "储备", "谋划", "落地")


def other_verb(words: str, name: str) -> str:
    """The verb the words before a number print when the catalogue name they
    were guessed to (by its surrounding or completed words) prints another one
    of those that tell projects apart (实施亿元以上项目 is not 引进亿元以上项目); else ''.

    >>> other_verb("累计实施亿元以上项目", "引进亿元以上项目"), other_verb("引进亿元以上项目", "引进亿元以上项目")
    ('实施', '')
    >>> other_verb("亿元以上项目", "引进亿元以上项目"), other_verb("已经落地48个，开工", "新签约项目开工")
    ('', '')
    >>> other_verb("开工率", "重点项目开复工率") == ""
    True
    """
    name = name.replace("开复工", "开工复工").replace("(复)", "").replace("（复）", "")  # 开(复)工: 开工 and 复工
    theirs = [v for v in _PROJECT_VERBS if v in name]
    mine = max(((words.rfind(v), v) for v in _PROJECT_VERBS if v in words), default=None)  # the verb nearest
    if not theirs or not mine or mine[1] in name or any(mine[1] in v for v in theirs):
        return ""
    return mine[1]


def other_scope(sentence: str, name: str) -> str:
    """The scope a catalogue name prints (10亿元以上) when the sentence before the
    number prints it with another size or not at all (亿元以上项目…，完成投资): the
    name counts other projects; else ''.

    >>> other_scope("累计实施亿元以上项目262个，完成投资", "10亿元以上项目完成投资")
    '10亿元以上'
    >>> other_scope("实施10亿元以上项目12个，完成投资", "10亿元以上项目完成投资"), other_scope("完成投资", "重点项目完成投资")
    ('', '')
    """
    m = re.search(r"[0-9.]*(?:亿|千万|万)元(?:以上|及以上)", name)
    if not m or re.search(r"(?<![0-9.])" + re.escape(m.group(0)), sentence):
        return ""
    return m.group(0)


def count_of(noun: str, cat):
    """The catalogue row counting ``noun`` (the noun after 等N个: 民族 → 民族数量):
    (code, name, 'normalised': a name completed, not printed), else None.

    >>> from types import SimpleNamespace as Cat
    >>> count_of("民族", Cat(indicators={"ethnic_groups": {"name_zh": "民族数量"}})), count_of("", Cat(indicators={}))
    (('ethnic_groups', '民族数量 (民族 counted)', 'normalised'), None)
    """
    if len(noun) < 2:
        return None
    names = {row.get("name_zh"): c for c, row in getattr(cat, "indicators", {}).items()}
    for name in (noun + "数量", noun + "个数", noun + "数", noun + "办事处"):  # 街道 → 街道办事处
        if name in names:
            return names[name], f"{name} ({noun} counted)", "normalised"
    return None


def kind_before(item: str, phrase: str, name: str) -> str:
    """The kind a list item puts before the catalogue phrase it ends with (肉羊存栏
    against 羊存栏: 肉), when the catalogue's name does not hold it: the item is a
    part of the catalogue's concept; '' otherwise (a place, a time or a verb).

    >>> kind_before("肉羊存栏", "羊存栏", "羊存栏"), kind_before("全旗羊存栏", "羊存栏", "羊存栏")
    ('肉', '')
    >>> kind_before("生猪存栏", "生猪存栏", "生猪存栏"), kind_before("年末羊存栏", "羊存栏", "羊存栏")
    ('', '')
    """
    if not phrase or not item.endswith(phrase) or item == phrase:
        return ""
    before = re.sub(r"^(?:其中|全[市盟旗县区]|年末|年底|全年|当年|累计|新增|共有|共|总)+", "", item[:-len(phrase)])
    if not re.fullmatch(r"[\u4e00-\u9fff]{1,3}", before) or before in name:
        return ""
    return before


def words_before_name(words: str, name: str, cat) -> str:
    """The two characters printed right before a catalogue name inside the same
    noun phrase, once places, times, verbs and scope words are left out (设施 in
    设施蔬菜产量); '' when none.

    >>> from types import SimpleNamespace as Cat
    >>> cat = Cat(places=("甲市",))
    >>> words_before_name("设施蔬菜产量", "蔬菜产量", cat), words_before_name("全年甲市实现地区生产总值", "地区生产总值", cat)
    ('设施', '')
    >>> words_before_name("乙丙旗全体居民人均可支配收入", "全体居民人均可支配收入", cat) == ""
    True
    """
    k = words.rfind(name) if name else -1
    if k <= 0:
        return ""
    before = words[:k]
    for p in sorted(getattr(cat, "places", ()), key=len, reverse=True):
        if len(p) >= 2:
            before = before.replace(p, "")
    before = _AREA_NAME.sub("", before)  # 达拉特旗, 稀土高新区: an area the catalogue does not list
    before = re.sub(r"(?:19|20)[0-9]{2}年|[0-9]{1,2}月|[一二三四]季度|上半年|前三季度|全年|当年|年末|年底|今年|去年|"
                    r"[全本该][市盟旗县区省国]|各项|各类|全部|全社会|全口径|其中|完成|实现|累计|新增|共有|共|已|达到|达|为|的|规模以上|规上|"
                    r"[，,、：:；;\s“”\"]", "", before)
    before = re.sub(r"【[^】]*】|[^\u4e00-\u9fff]", "", before)  # 【概况】, brackets, digits
    if re.fullmatch(r"[\u4e00-\u9fff]{1,8}(?:县|旗|盟|市|区|镇|乡|苏木)", before):
        return ""  # 某县总面积: a place alone before the name
    return before[-2:] if re.fullmatch(r"[\u4e00-\u9fff]{2,}", before[-2:] or "x") and len(before) >= 2 else ""


#: Words that may stand between a name and its number without changing what it names.
_LINKING = re.compile(r"(?:19|20)[0-9]{2}年|[0-9]{1,2}月|[一二三四]季度|上半年|前三季度|全年|当年|年末|年底|今年|去年|"
                      r"同比|比上年|较上年|比去年|与上年相比|上年同期|按可比价(?:格)?计算|按现价计算|按不变价计算|同口径|可比口径|"
                      r"分别|均|继续|持续|稳步|稳定在|保持在|控制在|稳定|保持|实现|完成|达到|达|为|是|有|共|共计|合计|总计|累计|约|近|超过|超|突破|"
                      r"增长|下降|增加|减少|提高|降低|上涨|回落|增速|增幅|总容量|容量|总规模|总量|规模|总头数|头数|总数|数量|总额|预计|初步|核算|占|比重|"
                      r"[，,、：:；;\s“”\"（）()%0-9.]")


def words_after_name(clause: str, name: str) -> str:
    """Two characters of other words printed between a catalogue name and its
    number (草原面积流转32万亩: 流转), once dates, comparisons and verbs of a
    figure are left out; '' when none.

    >>> words_after_name("全旗草原面积流转", "草原面积"), words_after_name("地区生产总值同比增长", "地区生产总值")
    ('流转', '')
    """
    k = clause.rfind(name) if name else -1
    if k < 0:
        return ""
    rest = _LINKING.sub("", clause[k + len(name):])
    return rest[:2] if len(rest) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", rest[:2]) else ""


def counted_noun(after: str, cat):
    """The catalogue name (or synonym) printed whole right after a count's unit,
    up to a break (辖7个镇、… → 镇): (code, phrase, 'name' or 'synonym'), else None.

    >>> from types import SimpleNamespace as Cat
    >>> cat = Cat(phrases={"镇": "towns", "行政村": "gachas"}, phrase_origin={"镇": "name", "行政村": "synonym"})
    >>> counted_noun("镇、138个行政村", cat), counted_noun("镇党委书记", cat)
    (('towns', '镇', 'name'), None)
    >>> cat.indicators = {"communities": {"name_zh": "社区数"}}
    >>> counted_noun("社区、4个街道", cat)[0], counted_noun("社区工作人员", cat)
    ('communities', None)
    """
    head = re.split(r"[，,。；;、：:（(\s和及与0-9]", after)[0]
    if not head:
        return None
    code = cat.phrases.get(head)
    if code and cat.phrase_origin.get(head) in ("name", "synonym"):
        return code, head, cat.phrase_origin[head]
    code = next((c for c, row in getattr(cat, "indicators", {}).items() if row.get("name_zh") == head), "")
    if code:
        return code, head, "name"  # a name of one character (镇) is no phrase of the catalogue
    return count_of(head, cat)  # "52个社区": the catalogue's 社区数 (社区工作人员 is no 社区工作人员数)


def _gap_or_reference(text: str, at: int, cand) -> bool:
    """Whether the figure at ``at`` is a gap to a reference (增速高于全市2.4个百分点)
    or the reference's value in brackets (高于全市(7.1%)): no figure a later clause
    naming nothing (拉动全市增长1.4个百分点) is about.

    >>> from types import SimpleNamespace as C
    >>> t = "增长9.5%，高于全市(7.1%)2.4个百分点，拉动"
    >>> _gap_or_reference(t, t.find("7.1"), C(reason="")), _gap_or_reference(t, t.find("9.5"), C(reason=""))
    (True, False)
    """
    if "a gap or an excess" in (cand.reason or ""):
        return True
    return bool(re.search(r"(?:高于|低于|快于|慢于)[^，,。；;0-9]{0,10}[（(]\s*$", text[:at]))


def _gap_lead(text: str, sent_start: int, clause_start: int, s: int) -> str:
    """The words before a number that may print a gap: its clause, or, when the
    reference's value stands in brackets right before it (高于全市(7.1%)2.4个百分点),
    the clause the brackets belong to.

    >>> t = "增长9.5%，增速高于全市(7.1%)2.4个百分点"
    >>> _gap_lead(t, 0, t.find("7.1"), t.find("2.4"))
    '增速高于全市(7.1%)'
    """
    if not re.search(r"[（(]\s*-?[0-9.]+\s*%?\s*[)）]\s*$", text[clause_start:s]) and \
            not re.search(r"[（(]\s*-?[0-9.]+\s*%?\s*[)）]\s*$", text[max(0, clause_start - 1):s]):
        return text[clause_start:s]
    k = max(text.rfind(c, sent_start, s) for c in "，,；;。") + 1
    return text[max(k, sent_start):s]


def added_before_name(text: str, s: int, phrase: str, code: str, origin: str, measure: str, cat):
    """A level given a stock's catalogue name printed right after 新增 (新增蔬菜种植面积
    5200亩) is what was added, not the stock: the catalogue's 新增 name when it has
    one, (code, phrase, origin, proposal); else the stock's change (origin
    ``change``: the measure becomes change, the confidence at most 0.7); None
    when the rule does not apply.

    >>> from types import SimpleNamespace as Cat
    >>> cat = Cat(phrases={"蔬菜种植面积": "veg", "新增企业": "new_firms"})
    >>> added_before_name("新增蔬菜种植面积5200亩", 8, "蔬菜种植面积", "veg", "name", "level", cat)[::2]
    ('veg', 'change')
    >>> added_before_name("蔬菜种植面积5200亩", 6, "蔬菜种植面积", "veg", "name", "level", cat) is None
    True
    """
    if not code or origin not in ("name", "synonym") or measure != "level":
        return None
    name = raw_name(phrase)
    at = text.rfind(name, 0, s)
    if name.startswith("新增") or at < 0 or not re.search(r"新增[“”\"]?$", text[max(0, at - 3):at]):
        return None
    new = f"新增{name}"
    if cat.phrases.get(new):
        return cat.phrases[new], new, "name", ""
    return code, f"{name} (新增 before it: what was added, a change of the stock, as the ledger types 新增高新技术企业)", \
        "change", ""


def listed_before(text: str, s: int, phrase: str, origin: str, code: str) -> bool:
    """Whether the catalogue name a count was given is only one item of a list
    of names before it ("有文物保护单位、甲旅游区、乙草原3个4A级景区"): the name's last
    printing before ``s`` is followed by 、 before the number, so the noun after
    the count, not that name, says what is counted.

    >>> listed_before("有文物保护单位、甲旅游区、乙草原3个4A级景区", 14, "文物保护单位", "name", "x")
    True
    >>> listed_before("有甲旅游区、文物保护单位3处", 12, "文物保护单位", "name", "x")
    False
    """
    if not code or origin not in ("name", "synonym"):
        return False
    at = text.rfind(raw_name(phrase), 0, s)
    return at >= 0 and "、" in text[at + len(raw_name(phrase)):s]


def _noun_after_count(after: str) -> str:
    """The noun a count is followed by, over another count printed first ("568名建档立卡贫困户实现…" after
    "165户"): '' when a verb or a break comes first.

    >>> _noun_after_count("568名建档立卡贫困户实现脱贫"), _noun_after_count("建档立卡贫困户实现脱贫"), _noun_after_count("，同比")
    ('建档立卡贫困户', '建档立卡贫困户', '')
    """
    return name_after(re.sub(r"^[0-9.]+\s*(?:万|亿)?[\u4e00-\u9fff](?=[\u4e00-\u9fff]{2})", "", after))


def parse_line(raw: str, line_no: int, cat, ctx: Context) -> list[Candidate]:
    """The candidate figures of one line, in reading order."""
    saved = line_review(_fold(raw), ctx)  # 十年来…: a review of the decade for this line only
    try:
        return _parse_line(raw, line_no, cat, ctx)
    finally:
        if saved:
            ctx.review_span, ctx.review_base, ctx.default_period, ctx.heading_period = saved


def _parse_line(raw: str, line_no: int, cat, ctx: Context) -> list[Candidate]:
    text = join_split_units(join_space_groups(_fold(raw)))  # "141 844人" (a yearbook mirror's groups): one
    # number; "8.98亿 元": one unit; positions kept
    # a qualifier in brackets inside a name ("人均地区生产总值(按常住人口计算)7506元") is no clause break: blanked
    # and so is what a total leaves out or takes in ("规上工业企业(不含天然气)实现利润总额")
    text = re.sub(r"[（(](?:按[^()（）0-9]{1,12}(?:计算|计)|[^()（）0-9]{1,6}口径|(?:不含|含|不包括|包括|剔除|扣除)[^()（）0-9]{1,10})[)）]",
                  lambda q: " " * len(q.group(0)), text)
    text = line_text(text, cat)  # a heading run into its section; a kind or a note in brackets inside a name
    out: list[Candidate] = []
    read_heading(text, cat, ctx)
    rows = table_line(raw, text, line_no, cat, ctx)
    if rows is not None:  # a row of a pipe table with a unit column: read cell by cell
        return rows
    box = infobox_label(text, ctx)
    units = cat.units_longest_first()
    ratio_at = {}  # start of a number in "三次产业比例为a:b:c" → its place in the list
    for r in RATIO.finditer(text):
        lead = text[max(0, r.start() - 60):r.start()]
        kind = "share" if RATIO_LEAD.search(lead) else "contribution" if RATIO_CONTRIBUTION.search(lead) else \
            crop_structure(lead)  # 三次产业比例为a:b:c; 三次产业对…的贡献率分别为a:b:c; 粮、经、草结构为a:b:c
        if kind and (isinstance(kind, str) or len(kind) == 3):
            for k in range(3):
                ratio_at[r.start(k + 1)] = (k, r.end(k + 1), r.start(), kind)
    starts = []  # where each candidate's number starts in the line
    by_place = set()  # the ids of the candidates read as a place's value in a breakdown
    roundup = None  # the (code, phrase, origin, measure, proposal) of the line's last round-up of places
    last_sent = -1  # where the sentence of the last figure starts
    last_end = -1   # and where that figure (its unit) ends
    last_ranked = None  # (sentence start, candidate) of the last figure that is not a rank
    for m in _NUM.finditer(text):
        s, e = m.span()
        num = raw[s:e]
        if re.search(r"[ \u00a0\u2009\u202f]", num):
            num = text[s:e]  # grouped by spaces: the value without them (the excerpt keeps them)
        rest = text[e:]
        ratio = ratio_at.get(s)
        if ratio is not None:  # a sector's share in a ratio a:b:c (curation: sector shares of GDP)
            out.append(_ratio_item(raw, text, s, ratio, line_no, cat, ctx))
            starts.append(s)
            last_sent = -1
            continue
        if _AFTER_SKIP.match(rest) and not rest.startswith("年均"):
            continue
        if _CONDITION.match(rest):  # a bound in a name or a condition (6个月以上, 10亿元以上项目): no figure
            continue
        if _NATURE.search(re.split(r"[，,。；;]", text[:s])[-1]):  # 年均降水量350毫米, 无霜期120天, 距市区45公里:
            continue  # the climate or the map, not the economy or society (docs/curation.md: one row per figure)
        before = text[:s]
        if re.search(r"(?:第|前|近|连续|每)$", before) and not re.match(r"\s*(?:位|名)", rest):
            if not (before.endswith("连续") and re.match(r"\s*年", rest)):
                if not before.endswith(("前", "近")):
                    continue
        if re.match(r"[A-Za-z]", rest) and not re.match(
                r"(?:GW|P|BFLOPS|m/s)", rest):
            continue
        gap = re.match(r"\s*(余|多)?", rest)
        j = gap.end()
        unit = ""
        for u in units:
            if rest.startswith(u, j):
                unit = u
                break
        qualifier = "exact"
        if gap.group(1):
            qualifier = "over"
        unit_note, unit_len = "", None
        if not unit:  # "3亿多元", "5.6万余户", "13.5万多人": 余/多 between the scale and the rest of the unit
            split = re.match(r"(万亿|亿|万)(余|多)", rest[j:])
            if split:
                tail = rest[j + split.end():]
                unit = next((u for u in units if u.startswith(split.group(1)) and tail.startswith(u[len(split.group(1)):])
                             and len(u) > len(split.group(1))), "")
                if unit:
                    unit_len, qualifier = len(unit) + 1, "over"
        if not unit:
            if before.endswith("第") and re.match(r"\s*(?:位|名)", rest):
                unit = "位"
            elif re.search(r"[¥￥]\s*$", before) and not rest.startswith(("年", "月", "日"), j):
                # "¥2148.4亿": a currency sign with 亿/万 is 亿元/万元, alone 元 (the scale word is kept in the excerpt)
                scale = re.match(r"(万亿|亿|万)(?!元)", rest[j:])
                unit, unit_len = (scale.group(1) + "元", len(scale.group(1))) if scale else ("元", 0)
            elif rest.startswith("‰", j):
                unit, unit_note = "‰", "unit ‰ (per mille) is not in units.csv: add it to keep the row"
            elif re.match(r"\s*[,，]?\s*[、和及]\s*(?:-?[0-9.]+\s*[,，]?\s*[、和及]\s*)*-?[0-9.]+\s*个百分点", rest):
                unit, unit_note = "个百分点", "unit printed once, after the last item (a、b和c个百分点)"
            elif re.search(r"人口(?:总数)?(?:为|达到?|约|有|近|超过)?\s*$", before) and re.match(r"万(?:[，,。；;、）)]|$)", rest[j:]):
                unit, unit_len, unit_note = "万人", 1, "printed 万 after 人口 (常住人口25万): read as 万人"
            elif re.search(r"辖(?:[0-9]+[个]?(?:镇|乡|苏木|街道|区|县|旗)、?)*$", before) and re.match(r"(?:镇|乡|苏木|街道办事处|街道)", rest[j:]):
                unit, unit_len, unit_note = "个", 0, "a count of divisions printed without 个 (辖5镇)"
            elif bare_ratio(before, rest, out[-1] if out and last_sent >= 0 else None):
                unit, unit_len, unit_note = "倍", 0, BARE_RATIO_NOTE
            else:
                continue
        if unit == "个" and re.search(r"[)）]\s*$", before) and re.match(r"个(?:盟市|旗县市区|旗县区|旗县|地区|城市)", rest[j:]):
            continue  # "…、乌海市(-12.6%)8个盟市": the count of the places listed, not a figure
        if unit == "位" and not before.endswith("第"):
            continue
        if unit == "个" and re.match(r"个方面", rest[j:]) and re.search(r"(?:以下|如下|这|从|抓好|做好|围绕)$", before):
            continue  # "重点抓好以下8个方面工作": the report's own outline, not a figure
        if unit == "年" and (re.fullmatch(r"(?:19|20)[0-9]{2}", num) or re.match(
                r"年(?:间|来|以来|之内|内|前|后|时间|左右)", rest[j:])):
            continue  # "1988年度", "此后10多年间": a year or a span of time, not a figure
        if unit in _CLASS_UNITS and re.match(_ONE_OF, rest[j:]):
            continue  # "自治区23个牧业旗之一", "全国500家产粮大县之一": the size of a class the place belongs to
        if unit in _CLASS_UNITS and (re.search(r"(?:毗邻|毗连|邻接|相邻|接壤|周边)\s*$", before)
                                     or re.match(r"[个座][^，,。；;0-9]{0,10}(?:接壤|相邻|毗邻|交界)", rest[j:])):
            continue  # "毗邻4个旗(区)", "与3个国家接壤": the map, like a distance
        if unit == "小时" and service_hours(rest[j:]):
            continue  # "24小时不打烊", "1小时经济圈": a bound of a service or a journey, not a figure
        if in_project_name(cat.units.get(unit, {}).get("dimension", ""), rest[j + len(unit):]):
            continue  # "推动蒙西新能源39万千瓦绿电项目开工", "年产10万吨颗粒硅项目": a size in a project's name
        if re.search(r"“[^“”]{0,12}$", before) and re.match(r"[^“”]{0,12}”", text[e:]):
            continue  # “大干40天”: a number inside a slogan's quotes is part of its name
        if re.search(r"(?:签到|在线|连续签到)(?:天数|时间)\s*[:：]?\s*$", before):
            continue  # a forum's user box ("签到天数: 720 天"): the page's chrome
        if _SAMPLE.search(before[max(before.rfind("。"), 0):]) and unit in ("个", "户", "人", "万人", "名"):
            continue  # "抽中19个镇…，调查小区样本登记7914户": the size of a survey's sample, not a figure of the place
        if unit == "个" and before.rstrip().endswith("从") and _BREAKDOWN.match(text, before.rstrip().rfind("从")) \
                and re.match(_PLACES, rest[j:]):
            continue  # "从6个旗县市增速看": the number of places compared, not a figure
        if unit == "个" and re.search(r"(?:居|位居|位列|位于|处于|排名|排|列)(?:全区|全市|全盟|全国|全省)?$", before) \
                and re.match(r"个(?:盟市|旗县市区|旗县区|旗县|地区|城市)第", rest[j:]):
            continue  # "居全市12个旗县区第3位": the number of places ranked, not a figure
        if unit == "个" and re.match(r"个(?:\s*[、和及]\s*-?[0-9.]+\s*个)*\s*[、和及]\s*-?[0-9.]+\s*个百分点", rest[j:]):
            unit, unit_note = "个百分点", "unit printed once, after the last item (a个、b个百分点)"
        end = e + j + (len(unit) if unit_len is None else unit_len)
        # a number that starts a unit like 万 after 亿? (unit found) fine
        after = text[end:end + 6]
        if re.match(r"(?:余|多|以上)", after):
            qualifier = "over"
        elif re.match(r"左右", after):
            qualifier = "about"
        elif re.match(r"(?:以内|以下)", after):
            qualifier = "under"
        sent_start = max([k.end() for k in _SENT.finditer(text, 0, s)] or [0])
        clause_start = max([k.end() for k in _CLAUSE.finditer(text, 0, s)] or [0])
        lead = text[clause_start:s]
        if _OVER_BEFORE.search(lead):
            qualifier = "over"
        elif _UNDER_BEFORE.search(lead):
            qualifier = "under"
        elif _ABOUT_BEFORE.search(lead):
            qualifier = "about"
        sentence = text[sent_start:]
        sent_end = _SENT.search(sentence)
        sentence = sentence[:sent_end.start()] if sent_end else sentence
        bound_note = ""
        from_value = re.search(r"(?:由|从)(?:(?:19|20)[0-9]{2}年)?(?:末|底|每年)?的?(?:(?:全[市区盟旗县省国]|全自治区)?第)?(?:[0-9.]+\s*(?:%|[^0-9.、和及与，,。；;\s]{1,4})?"
                               r"\s*[、和及与]\s*)*$", text[clause_start:s])  # also the b of 分别从a、b提高到…
        if (_FORECAST.search(text[clause_start:s]) or _FORECAST_OPENING.match(text, sentence_start(text, s))) \
                and not from_value:
            # 预计 holds for the clause it opens, and one opening its sentence ("到2017年底，预计…达到259亿元，…；
            # 一般公共预算收入达到…") for the sentence through "；"; the A of "由A增加到B" is what was, never an estimate
            qualifier, bound_note = "forecast", (f"forecast, {qualifier}" if qualifier != "exact" else "")
        elif ctx.target_mode or _TARGET.search(_NOT_A_TARGET.sub("", text[sent_start:s])):
            # a goal is a target whatever its bound (curation.md); the bound goes to notes
            qualifier, bound_note = "target", (f"target, {qualifier}" if qualifier != "exact" else "")
        list_lead = list_head(text[sent_start:s])  # "…比重分别为3.5%、47.7%和" → "…比重分别为"
        index = item_index(text[sent_start:s])
        measure = _measure(list_lead, unit, after)
        if measure in ("growth", "change", "pp_change") and qualifier in ("exact", "about") and out \
                and last_sent == sent_start and out[-1].qualifier == "forecast" \
                and _GROWTH_OF_PREVIOUS.match(text[clause_start:s]):
            # "预计完成33亿元，同比增长18.2%": the growth of an estimate is an estimate
            qualifier, bound_note = "forecast", ("forecast, about" if qualifier == "about" else "")
        period, base_here, base_sent = figure_period(text, s, end, sent_start, clause_start, unit, qualifier, measure,
                                                     from_value, out, last_sent, cat, ctx)
        value = num
        if re.search(r"(?:^|[^0-9A-Za-z])-$", before):
            value = "-" + num  # printed with its sign: "自然增长率为-0.13‰"
        elif measure in ("growth", "change", "pp_change", "avg_growth", "two_year_avg", "pull") and (_DECLINE.search(
                text[clause_start:s][-5:]) or index > 0 and re.search(
                r"分别(?:同比|比上年|较上年)?(?:下降|减少|回落)了?$", list_lead)):
            value = "-" + num  # "分别下降3.0%、21.0%": every item of a list of falls
        elif measure in ("pp_change", "change") and re.search(r"收窄了?$", text[clause_start:s]) and not re.search(
                r"(?:降幅|下降幅度|跌幅|负增长)[^，,。；;]{0,12}收窄了?$", text[max(0, clause_start - 16):s]):
            value = "-" + num  # "亏损面收窄3.8个百分点": the share narrowed, a fall ("降幅收窄" is a rise of the rate)
        elif measure == "pull" and pulls_down(text[clause_start:s]):
            value = "-" + num  # "采矿业下降69.4%，拉低规上工业增速3.4个百分点": a pull down is negative
        elif measure in ("growth", "change", "avg_growth") and out and starts and last_sent == sent_start and \
                out[-1].value.startswith("-") and re.fullmatch(r"\s*、\s*", text[last_end:s]) and \
                _DECLINE.search(text[:starts[-1]]):
            value = "-" + num  # "分别增长5.1%、4.2%和下降1.3%、2.0%": the fall goes on to the next item
        period, base_period, reasons = base_of(measure, period, base_here, base_sent, text, sent_start, s, ctx)
        if qualifier in ("exact", "about", "over", "under") and period[-4:] in ctx.forecast_years:
            # "(2017年指标为预计数，下同)": every figure of that year, or of a span ending in it, is an estimate
            qualifier, bound_note = "forecast", (f"forecast, {qualifier}" if qualifier != "exact" else "")
        sector = sector_of(list_lead, index) if measure in ("share", "contribution", "pull", "growth",
                                                            "level") else ""
        named = cat.named_in(_subject(list_lead)) if index >= 0 and not sector else []
        shared = distributed(text[sent_start:s]) if index >= 0 and not sector else []
        if index < 0 and not sector:  # 城乡居民人均可支配收入年均增长a和b (no 分别): urban, then rural
            pair_at, pair = urban_rural_pair(text[sent_start:s], text[e:e + 16])
            if pair_at >= 0:
                index, shared = pair_at, pair
        if shared:  # "城镇、农村常住居民人均可支配收入分别a、b": urban, then rural
            named = []
        items = shared or (list_names(_subject(list_lead)) if index >= 0 and not sector and len(named) < 2 else [])
        if 0 <= index < len(items):  # "A、B和C分别增长a、b和c" naming fewer than two catalogue names
            name = items[index]
            code, phrase, origin = cat.indicator_near(name, len(name))
            if code and kind_before(name, raw_name(phrase), cat.indicators[code]["name_zh"]):
                code, phrase, origin = "", name, "other"  # 肉羊存栏 is a kind of 羊存栏: a part, proposed (no fallback)
            if not code and origin != "other":
                code, phrase = cat.completed(name, name)
                origin = "completed" if code else ""
            if not code and origin != "other":
                code, phrase = cat.most_like(name)
                origin = "similar" if code else ""
            if code and origin not in NO_FALLBACK:
                phrase, origin = f"{phrase} (item {index + 1} of the list: {name})", "list"
            else:
                code, phrase, origin = "", name, "list_new"
            named = [(code, phrase, origin)]  # found: no other way is tried
        if sector:  # "三次产业…分别为a、b和c": primary, secondary, tertiary in that order
            code, phrase, origin = sector, "三次产业 (item %d of the list)" % (index + 1), "list"
        elif items and index < len(items):
            pass
        elif len(named) >= 2 and index < len(named):  # "A和B分别为a、b": the k-th item is the k-th named
            code, phrase, origin = named[index]
            if origin not in NO_FALLBACK:
                phrase, origin = f"{phrase} (item {index + 1} of the list)", "list"
        else:
            lc = clause_start - sent_start if list_lead == text[sent_start:s] else \
                max([k.end() for k in _CLAUSE.finditer(list_lead)] or [0])
            code, phrase, origin = cat.indicator_in(list_lead, max(0, lc), len(list_lead), text[end:end + 20],
                                                    context=text[:s])
        # the words since the previous figure of the clause are this number's own
        seg_start = max(clause_start, last_end if last_sent == sent_start else 0)
        # the figure "the figure before" means: past a rank of its sentence, the figure the rank ranked
        # ("收入4.67亿元，居全市第6位，增长128.6%": the growth is of the 4.67)
        before = last_ranked[1] if out and out[-1].measure in RANK_MEASURES and measure not in RANK_MEASURES \
            and last_ranked and last_ranked[0] == sent_start else (out[-1] if out else None)
        # (a rank after a rank, 由第7位提升到第6位: the same quantity's place, the rank before is its figure)
        if before is out[-1] if out else False:  # past a gap and its reference (高于全市(7.1%)2.4个百分点，拉动…)
            k = len(out) - 1
            while k > 0 and starts[k] >= sent_start and _gap_or_reference(text, starts[k], out[k]):
                k -= 1
            if k < len(out) - 1 and starts[k] >= sent_start:
                before = out[k]
        after_name = None if sector or named else _name_after(text, clause_start, s, end, cat)
        if after_name:
            code, phrase, origin = after_name
        elif not sector and not named:
            prev = (before.indicator, last_end, before.proposed_indicator) if out and last_sent == sent_start \
                else None
            code, phrase, origin = choose(text, sent_start, clause_start, s, measure, cat, prev,
                                          (code, phrase, origin))
        if not code and origin not in NO_FALLBACK and not sector and not named:
            # no name printed whole: the catalogue name that holds the words before the number
            words = subject_words(text[seg_start:s])
            alt, alt_phrase = cat.completed(words, text, s)
            if not alt and re.search(r"完成|实现", words[1:]):  # "集群完成产值": the name without the verb
                alt, alt_phrase = cat.completed(re.sub(r"(?<=.)(?:完成|实现)", "", words), text, s)
            whole_at = text.rfind(alt_phrase, 0, s) if alt and alt_phrase else -1
            if alt and (out and out[-1].line == line_no and out[-1].indicator == alt and "其中" in text[last_end:s]
                        or whole_at >= 0 and "其中" in text[whole_at:s]):
                # "收入70亿元，…，其中，税收收入50亿元", "猪牛羊禽肉产量…。其中，牛肉产量…": a part is not the whole named before
                alt = ""  # "收入70亿元，…，其中，税收收入50亿元": a part (其中) is not the whole named before
            if alt and out and last_sent == sent_start and (out[-1].indicator or out[-1].proposed_indicator) and _narrower_group(
                    cat.indicators[out[-1].indicator]["name_zh"] if out[-1].indicator else out[-1].proposed_indicator,
                    cat.indicators[alt]["name_zh"]):
                # "32个农牧业重点项目…，完成投资23亿元": the projects counted are a part; 重点项目完成投资 is the whole's
                code, phrase, origin = "", words, "part"
                proposal = words
                alt = ""
            if alt and out and last_sent == sent_start and not out[-1].indicator and re.search(
                    r"以上(?:重点|重大)?项目$", out[-1].proposed_indicator or "") and out[-1].unit in ("个", "项") and re.fullmatch(
                    r"(?:完成|实现|累计完成)?投资(?:额)?", words):
                # "累计实施亿元以上项目262个，完成投资2534亿元": the investment of the projects of a scope just
                # counted, which the catalogue does not hold either
                code, phrase, origin = "", f"{out[-1].proposed_indicator}完成投资", "part"
                proposal, alt = phrase, ""
            if alt:
                code, phrase, origin = alt, alt_phrase, "completed"
        if (not code and origin not in NO_FALLBACK) or origin == "learned":
            # no name printed whole (or only a phrase learned from other documents, right ~1/3):
            # the catalogue name whose words surround the number
            tail = re.split(r"[，,。；;：:（(]", text[end:end + 24])[0]
            alt, alt_phrase = cat.covered(text[seg_start:s] + tail)
            if alt:
                code, phrase, origin = alt, alt_phrase, "covered"
        made = origin == "other" and "生产" in subject_words(text[seg_start:s])  # 生产原煤…万吨 (not va_industry…)
        if not sector and not named and (origin not in ("list", "divisions", "previous") + NO_FALLBACK or made):
            # 规上工业企业实现营业收入: the catalogue's name once short forms and fillers are normalised (normal.py)
            hit = normal_name(subject_words(text[seg_start:s]), cat,
                              phrase if code and origin in ("name", "synonym") else "")
            earlier_name = bool(code) and origin in ("name", "synonym") and 0 <= text.rfind(raw_name(phrase), 0, s) \
                < seg_start  # the name printed belongs to an earlier figure (粮食总产量80万吨，其中玉米60万吨)
            product = product_name(subject_words(text[seg_start:s]), text[:seg_start],
                                   cat.units.get(unit, {}).get("dimension", ""), unit) \
                if measure == "level" and (not hit and (not code or earlier_name) or origin == "other"
                                           or code and not fits_unit(unit, code, cat)) else ""
            if product:
                # "分产品产量看，…；焦炭62.5万吨": a product of a sentence of outputs is its output (焦炭产量);
                # "生产原煤…万吨" (原煤产量) and "牲畜总头数…。其中，猪…万头" (生猪存栏) only when named exactly
                hit = normal_name(product, cat)
                if hit and product != subject_words(text[seg_start:s]) + "产量":  # not the words printed + 产量
                    hit = hit if normal(hit[1]) == normal(product) else None
            if not hit and not code and measure == "level" and cat.units.get(unit, {}).get("dimension") == "persons":
                # "男性135747人", "城镇居民250495人": a count of persons names the population (男性人口, 城镇人口)
                people = re.sub(r"(?:居民|人口)?$", "", subject_words(text[seg_start:s]))
                hit = normal_name(people + "人口", cat) if re.search(r"(?:男性|女性|城镇|乡村|农村)$", people) else None
            if hit and not (measure == "share" and "占" in text[seg_start:s]):
                code, phrase, origin = hit[0], f"{normal(hit[1])} (the words {hit[2]}, normalised)", "normalised"
        poor = lifted_out(unit, text[clause_start:s], text[end:end + 24]) \
            if measure == "level" and (not code or origin in ("previous", "previous_unknown")) else ""
        poor_code = cat.indicator_near(poor, len(poor))[0] if poor else ""
        if poor_code and fits_unit(unit, poor_code, cat):
            # "9034户20427名贫困对象全部脱贫", "全年脱贫324户743人": households and persons lifted out of poverty
            code, phrase, origin = poor_code, f"{poor} (the poor counted, then 脱贫)", "normalised"
        elif poor and code and code != poor_code:  # 20427名 (a unit the catalogue's 人 does not take): not the 户 before
            code, phrase, origin, proposal = "", poor, "part", poor
        project = _project_part(text[max(last_end, 0):s], out, cat)
        if project.startswith("+") and origin not in ("name", "synonym"):  # 总投资 of the key projects: not catalogued
            code, phrase, origin = "", project[1:], "list_new"
        elif project and origin not in ("name", "synonym"):  # 重点项目84个，年度投资170亿元；开(复)工36个，开工率43%
            phrase = f"{cat.indicators[project]['name_zh']} (a part of the key projects counted before it)"
            code, origin = project, "completed"
        if origin in ("learned", "covered", "completed") and code:
            other = (_other_kind(subject_words(text[seg_start:s]), phrase if origin == "covered" else
                                 cat.indicators[code]["name_zh"], short=origin == "covered")
                     if origin != "completed" else "") or (
                _inner_kind(subject_words(text[seg_start:s]), cat.indicators[code]["name_zh"], text[:seg_start])
                if origin == "completed" else "")
            other = other or (other_verb(subject_words(text[seg_start:s]), cat.indicators[code]["name_zh"])
                              or other_scope(text[sent_start:s], cat.indicators[code]["name_zh"])
                              if origin in ("covered", "completed") else "")
            if other:  # 其中：玉米播种面积 is not 粮食播种面积, 水果总产量 not 粮食总产量, 实施…项目 not 引进…项目
                code, phrase, origin = "", subject_words(text[seg_start:s]), "list_new"
                product = product_name(phrase, text[:seg_start], cat.units.get(unit, {}).get("dimension", ""), unit) \
                    if measure == "level" else ""
                hit = normal_name(product, cat) if product else None
                if hit and normal(hit[1]) == normal(product):  # "9月份生产原煤5600万吨": the phrase found was
                    # refused, but what was produced is named as the catalogue names outputs (原煤产量; product_name)
                    code, phrase, origin = hit[0], f"{normal(hit[1])} (the words {hit[2]}, normalised)", "normalised"
        if origin not in ("name", "synonym", "list", "divisions") and not sector and not named:
            scoped = _scoped_name(subject_words(text[seg_start:s]), cat)
            if scoped:  # 实施市旗两级3000万元以上重点项目16项: the catalogue's 实施重点项目 in its usual scope
                code, phrase, origin = scoped
        bare = re.fullmatch(r"\s*(?:实现|完成)?增加值(?:为|达|达到)?\s*", text[clause_start:s])
        if not code and bare and re.search(r"三次产业|三大产业|一二三产", text):
            # "三次产业…。农业生产总体平稳，增加值16.75亿元": the sector the sentence opens with
            sec = re.findall(r"农林牧渔业|农牧业|农业|第一产业|第二产业|工业|建筑业|服务业|第三产业", text[sent_start:clause_start])
            if sec:
                alt = cat.indicator_near(_SECTOR_NAME.get(sec[-1], sec[-1] + "增加值"), 99)[0]
                if alt:
                    code, phrase, origin = alt, f"{sec[-1]} … 增加值 (a sector of the three named in the line)", "list"
        if not code and origin not in NO_FALLBACK and out and out[-1].indicator and _names_nothing(text[clause_start:s]) \
                and last_sent == sent_start:
            # "…利润总额615亿元、同比增长92.2%": a clause that names nothing is about the figure before it
            code, phrase, origin = out[-1].indicator, out[-1].indicator, "previous"
        later = text.find(raw_name(phrase), end) if origin in ("name", "synonym", "covered") and code and \
            text.rfind(raw_name(phrase), 0, s) < 0 else -1
        guessed = later > end and bool(re.search(r"[和及与、]", text[end:later]))  # 3条高速铁路和一批重大项目: another's name
        noun = name_after(text[end:end + 16]) if (origin in ("previous", "previous_unknown") or guessed
                                                  or listed_before(text, s, phrase, origin, code)) and \
            cat.units.get(unit, {}).get("dimension") == "count" and re.match(r"[条座项所家个]", text[end - 1:end]) else ""
        named_after = counted_noun(text[end:end + 16], cat) if unit_note.startswith("a count of divisions") or (
            not code and origin not in NO_FALLBACK + ("list", "divisions") or origin == "previous_unknown"
            or origin == "previous" or origin in ("name", "synonym") and out and last_sent == sent_start
            and 0 <= text.rfind(raw_name(phrase), sent_start, s) <= last_end + 1) and \
            cat.units.get(unit, {}).get("dimension") == "count" else None
        # "2个苏木、14个乡、3个镇": a count's own name after it, not the name printed for the figure before
        if not named_after and origin == "examples" and cat.units.get(unit, {}).get("dimension") == "count":
            named_after = count_of(raw_name(phrase), cat)  # 蒙古、汉、回等25个民族: the catalogue's 民族数量
        if named_after:  # "辖7个镇、138个行政村": the words before name nothing; the catalogue name after the count
            code, phrase, origin = named_after
            noun = ""
        if noun:  # "1528套，200个口袋公园": the noun after a count names it, not the figure before
            alt, alt_phrase, alt_origin = cat.indicator_near("", 0, noun)
            code, phrase, origin = (alt, alt_phrase, alt_origin) if alt and noun.startswith(alt_phrase) else \
                count_of(noun, cat) or ("", noun, "list_new")  # "…、52个社区": the catalogue's 社区数
        dim = cat.units.get(unit, {}).get("dimension")
        if origin in ("previous", "previous_unknown") and measure in ("level", "change") and dim in ("count", "persons") \
                and out and (not fits_unit(unit, code, cat) if code else
                             cat.units.get(out[-1].unit, {}).get("dimension") not in (dim, "count", "persons")):
            # "投入扶贫资金1.2亿元，全旗165户…脱贫": a count is not the money before it; the subject ends with the unit
            after_noun = _noun_after_count(text[end:end + 24])
            alt = cat.indicator_near("", 0, after_noun) if after_noun else ("", "", "")
            if alt[0] and after_noun.startswith(alt[1]) and fits_unit(unit, alt[0], cat):
                code, phrase, origin = alt
            elif after_noun:
                code, phrase, origin, proposal = "", after_noun, "part", after_noun
            else:
                code, phrase, origin = "", subject_words(text[seg_start:s]), "unknown"
        if unit in ("户", "家") and measure == "level" and (text[seg_start:s].rstrip().endswith("的") or not own_words(
                subject_words(text[seg_start:s])) or code and not fits_unit(unit, code, cat)
                and subject_words(text[seg_start:s]).endswith("企业")):  # 规模以上工业企业达到42家: the firms counted
            firms = counted_firms(name_after(text[end:end + 20]), cat) or counted_firms(re.sub(
                r"(?:由|从)(?:(?:19|20)[0-9]{2}年)?(?:末|底)?的?$", "", subject_words(text[seg_start:s])), cat)
            # "规模以上工业企业由2003年的83户上升到…": the group of firms named before 由
            if firms:  # "鄂尔多斯市的476户规模以上工业增加值增长…": a count of the firms the words after it name
                code, phrase, origin = firms[0], f"{firms[1]} (the firms named after the count)", "normalised"
        if code and measure == "level" and not fits_unit(unit, code, cat) and fits_unit(unit, f"{code}_usd", cat) \
                and f"{code}_usd" in cat.indicators:
            code = f"{code}_usd"  # 人均生产总值由7070美元…: the catalogue's row in US dollars
        place_note, place_slug = "", ""
        if code and origin in ("name", "synonym") and not fits_unit(unit, code, cat):
            fitting = [t for t in _twins(code, phrase, cat) if fits_unit(unit, t, cat)]
            if len(fitting) == 1:  # 进出口总额12.3亿元: the row of that name in yuan, not its twin in US dollars
                code = fitting[0]
        if code and not sector and origin != "previous":  # a concept is never widened (concept.py)
            words = (items[index] if 0 <= index < len(items) else raw_name(phrase)) if origin == "list" else (
                share_subject(text[seg_start:s]) if measure == "share" and "占" in text[seg_start:s]
                else subject_words(text[seg_start:s]))
            # 一产投资 is 第一产业投资; 5月份规上工业增加值 is 规模以上工业增加值 (the month is its period)
            words = normal(words) if origin == "normalised" else _MONTH_WORDS.sub("", written_out(words))
            why = widened(code, phrase, origin, words, measure, unit, cat, text[:s])
            gap = re.search(r"高于|低于|快于|慢于|拉动|拉低|下拉|对(?=[^，,。；;]{0,14}增长)", text[clause_start:s])
            place_part = measure in ("contribution", "pull") and _PLACE_BY.match(text, clause_start)
            if place_part and not why:  # 甲区对规上工业增加值增长的贡献率: the whole's contribution, in that place
                place_note = f"the contribution of {place_part.group(1)} to the whole: set its city"
                area = [slug for slug in cat.areas if place_part.group(1) in cat.cities.get(slug, ())]
                if len(area) == 1 and ctx.city and area[0] != ctx.city:  # an area of the catalogue: its own row,
                    # its contribution to the whole of the city the document is about
                    place_note, place_slug = "", area[0]
            elif not why and origin != "list" and (compared(text[clause_start:s], raw_name(phrase)) or (
                    gap and not own_words(text[clause_start:clause_start + gap.start()]))):
                # the name printed is the denominator or the reference: the figure is about the one before it
                if out and last_sent == sent_start:
                    code, phrase, origin = out[-1].indicator, out[-1].indicator or out[-1].proposed_indicator, \
                        "previous" if out[-1].indicator else "previous_unknown"
                else:
                    why = f"{raw_name(phrase)} is what the number is compared with or divided by"
            part = catalogued_part(code, words, cat) if why.endswith("not the whole") else ""
            if part and fits_unit(unit, part, cat) and measure in ("level", "change", "growth", "share"):
                # 城镇常住人口 under 常住人口: the catalogue's part (城镇人口), not a new concept
                code, phrase, origin, why = part, f"{cat.indicators[part]['name_zh']} (the part of {code} "\
                                                  f"the words name: {words})", "part_catalogued", ""
            if why:
                own = words if own_words(words) else ""
                if not own and measure in ("level", "change") and not fits_unit(unit, code, cat):
                    # "…资金1.2亿元，全旗165户568名贫困户脱贫": the words after the count name it
                    own = _noun_after_count(text[end:end + 24])
                code, phrase, origin, proposal = "", f"{own or raw_name(phrase)} ({why})", "part", own or raw_name(phrase)
        elif origin == "previous" and out and not before.indicator:
            code, phrase, origin = "", before.proposed_indicator, "previous_unknown"
        bare = _MONTH_WORDS.sub("", subject_words(text[seg_start:s]))
        if origin == "previous" and code and not sector and not named and bare in HEADS and \
                not cat.indicators[code]["name_zh"].endswith(bare):
            origin = "part"  # "规上工业产值393亿元，增加值增长21%": another head noun ends the figure before's subject
        if (not code or origin == "part") and not sector and not named and origin not in (
                "list_new", "examples", "previous_unknown", "other") and measure != "share":
            # "规模以上工业企业实现营业收入a亿元…；实现产销率b%": a bare name completed with the sentence's subject
            full = max([k.end() for k in _FULL_STOP.finditer(text, 0, seg_start)] or [0])
            carried = carried_name(bare, text[full:seg_start], cat)
            if carried:
                code, origin = carried[0], "completed"
                phrase = f"{carried[1]} (its subject {carried[2]} printed before it in the sentence)"
            elif origin == "part" and code:  # another head noun and no catalogue name: a new indicator
                code, phrase, proposal = "", bare, bare
        if measure == "share" and "占" in text[clause_start:s] and not share_subject(text[clause_start:s]) \
                and out and last_sent == sent_start and not sector and origin not in ("list", "divisions") \
                and raw_name(phrase) not in text[clause_start:s]:
            # "X实现收入75亿元，同比增长26%，占全部…的92.8%": the share of the figure before, whatever its sentence names
            code = out[-1].indicator
            phrase, origin = (code, "previous") if code else (out[-1].proposed_indicator, "previous_unknown")
            if not code:
                proposal = out[-1].proposed_indicator
        beyond = _beyond(_gap_lead(text, sent_start, clause_start, s), unit, measure, out[-1] if out and last_sent == sent_start else None, cat,
                         text[sent_start:s], index)
        if beyond:  # 增速高于全区2.1个百分点, 超额完成年度任务5亿元: a quantity of its own, not the figure before
            code, phrase, origin, measure, proposal = beyond
            base_period = ""
            if code:
                phrase = f"{phrase} (the gap named after the figure before it)"
            else:
                phrase = f"{proposal} (a gap or an excess over a target: the figure before it is another quantity)"
                origin = "part"
        div = divisions(text[sent_start:], s - sent_start) if unit in ("个", "%") else ""
        if div and div in cat.indicators:  # "N个行业大类中，M个…增长，增长面…": the catalogue's division counts
            code, phrase, origin = div, div, "divisions"
        tail = _roundup_tail(text, s, end, cat) if unit == "%" else ""
        if tail == "=" and roundup:
            code, phrase, origin, measure, proposal = roundup
            tail = ""
        if tail == "=":
            tail = ""
        if tail:  # "A市(23.1%)、B市(22.9%)2个盟市规上工业增加值增速高于全区": named after the list of places
            measure = _measure(tail, unit, "")
            code, phrase, origin = cat.indicator_in(tail, 0, len(tail), "", context=tail)
            why = widened(code, phrase, origin, subject_words(tail), measure, unit, cat, tail) if code else ""
            if code and not why and origin not in NO_FALLBACK:
                phrase, origin = f"{phrase} (named after the list of places: {tail})", "list"
            else:
                code, phrase, origin, proposal = "", tail, "part", tail
            base_period = ""
            roundup = (code, phrase, origin, measure, "" if code else tail)
        if measure == "share" and origin == "divisions":
            den = (div.replace("_growing", ""), "")
        elif measure == "share":
            den = _denominator(list_lead[max(0, clause_start - sent_start):] or text[clause_start:s], cat)
        elif measure in ("contribution", "pull"):
            den = _growth_of(list_lead, cat)
        else:
            den = ("", "")
        if sector and measure in ("share", "contribution", "pull") and not den[0]:
            den = ("gdp", "")
        if measure == "share" and not den[0]:
            den = _whole(list_lead[max(0, clause_start - sent_start):] or text[clause_start:s], code, den[1],
                         [c for c in out if c.line == line_no and last_sent == sent_start], text[sent_start:s], cat)
        marks = list(_BREAKDOWN.finditer(text, 0, s)) if not place_note else []
        if not marks and origin == "list_new" and 0 <= index < len(items) and len(items) >= 2 \
                and all(_PLACE_NAME.fullmatch(x) for x in items):
            marks = [re.compile(r".*", re.S).match(text, sent_start, sent_start)]  # "A旗、B县分别增长…": places listed
        whole = [c for c, at in zip(out, starts) if marks and at < marks[-1].start() and id(c) not in by_place
                 and (c.indicator or c.proposed_indicator)]
        if whole and origin not in ("name", "synonym", "divisions") and measure in ("growth", "level", "share"):
            # "…增长30.2%。从6个旗县市增速看，A、B分别增长40.1%、35.2%；C下降5.0%": each place's value of the whole
            agg = whole[-1]
            code, proposal = agg.indicator, "" if agg.indicator else agg.proposed_indicator
            after_what = marks[-1].group(0) or "the places listed"
            phrase = f"{code or proposal} (a breakdown by place after {after_what}: the quantity totalled before it)"
            origin = "previous" if code else "part"
            place_note = "a place's value in a breakdown: set its city"
        whole_before = next((c for c, at in zip(reversed(out), reversed(starts)) if code and c.indicator == code
                             and at >= sent_start and c.line == line_no and c.measure == measure
                             and c.period == period and "其中" in text[at:s]), None) \
            if origin in ("name", "synonym", "normalised", "similar") and not sector and not named else None
        part_words = subject_words(text[seg_start:s]) if whole_before is not None else ""
        if part_words and raw_name(phrase) in part_words and len(part_words) > len(raw_name(phrase)) and own_words(
                part_words.replace(raw_name(phrase), "")):  # words of its own before the name: a kind, not the whole
            # "实施重点项目129项，…，其中自治区重点项目60项": what 其中 names is a part, never the whole counted before it
            words = subject_words(text[seg_start:s])
            code, phrase, origin, proposal = "", f"{words} (a part, after 其中, of the {whole_before.value} before)", \
                "part", words
        if not code and cat.units.get(unit, {}).get("dimension") == "area_m2" and measure == "level":
            bare = re.sub(r"^(?:落实|实施|完成|推进)|(?:建设)?项目$", "", subject_words(text[seg_start:s]))
            if bare != subject_words(text[seg_start:s]) and len(bare) >= 3:
                alt = cat.indicator_near(bare, len(bare))  # 落实高标准农田建设项目6万亩: the farmland, not projects
                if alt[0] and fits_unit(unit, alt[0], cat) and bare.endswith(raw_name(alt[1])):
                    code, phrase, origin = alt[0], f"{alt[1]} (an area of the projects' {bare})", alt[2]
        added = added_before_name(text, s, phrase, code, origin, measure, cat)
        if added:  # "新增蔬菜种植面积5200亩": what was added over the year, not the stock the name counts
            code, phrase, origin, proposal = added
            if origin == "change":
                origin, measure = "name", "change"
                reasons.append("新增 before a stock's name: its change (or a new indicator 新增…)")
        if not code:
            reasons.append("indicator not in the catalogue")
        if unit_note:
            reasons.append(unit_note)
        proposed = "" if code else (proposal if origin == "part" else phrase if origin in NO_FALLBACK else (
            subject_words(text[seg_start:s]) if seg_start > clause_start and subject_words(text[seg_start:s])
            else _proposed(text, sent_start, clause_start, s, end)))
        if not code and measure == "level" and (re.search(r"[0-9]", proposed) or not own_words(proposed)) and \
                cat.units.get(unit, {}).get("dimension") in ("count", "persons"):
            proposed = _noun_after_count(text[end:end + 24]) or proposed  # "165户568名建档立卡贫困户": the noun after
        if not code:  # a noun phrase a reviewer can keep; a scrap means the figure before it
            proposed = of_which(text[sent_start:], s - sent_start) or proposal_zh(proposed, text[:s],
                                                                                   text[sent_start:s])
            if not proposed and out and last_sent == sent_start and not (
                    measure in ("level", "change") and dim in ("count", "persons") and (
                        not fits_unit(unit, out[-1].indicator, cat) if out[-1].indicator else
                        cat.units.get(out[-1].unit, {}).get("dimension") not in (dim, "count", "persons"))):
                code, proposed = before.indicator, before.proposed_indicator
                origin, phrase = ("previous", code) if code else ("previous_unknown", proposed)
        twins = _twins(code, phrase, cat) if origin in ("name", "synonym") else []
        if twins:  # 签约亿元以上项目 is the name of the whole and of six clusters' rows: which one the line says, or doubt
            said = [t for t in twins + [code] if _qualifier(cat, t) and _qualifier(cat, t) in text[:end + 20]
                    and fits_unit(unit, t, cat)]  # 美元 printed for the next figure does not make 14.6亿元 the dollars
            if len(said) == 1:
                code = said[0]
            else:
                reasons.append(f"{len(twins) + 1} catalogue rows share the name {raw_name(phrase)} "
                               f"({', '.join(sorted(twins + [code])[:3])}…): check which one the context means")
        real = measure == "growth" and real_growth(text[sent_start:s])
        listed = _city_before(text, max(sent_start, last_end), s, cat) or area_opening(text, s, ctx.city, cat)
        cand = Candidate(
            city=listed or ctx.city, indicator=code, measure=measure, qualifier=qualifier, period=period,
            base_period=base_period, value=value, unit=unit,
            price_basis="comparable" if real else _price_basis(code, measure, unit, cat), denominator=den[0],
            denominator_city=den[1], line=line_no, excerpt=make_excerpt(raw, s, end),
            proposed_indicator="" if code else proposed,
            notes="; ".join(n for n in (bound_note, "real growth (price factors removed)" if real else "", place_note)
                            if n),
        )
        if place_slug:
            cand.city, cand.denominator_city = place_slug, cand.denominator_city or ctx.city
            cand.denominator = cand.denominator or code
        cand.score(origin=origin, phrase=phrase, period_named=period != ctx.default_period or ctx.yearbook or bool(
            re.search(r"(?:19|20)[0-9]{2}年|今年|上半年", text[:s])), extra=reasons, city_known=bool(ctx.city))
        of_city = re.search(r"占(?:到)?全[市盟旗县区]([^，,。；;]{0,8}总量)?", text[clause_start:s]) \
            if cand.city != ctx.city and cand.city in cat.areas and measure == "share" else None
        if of_city and not cand.denominator_city:  # "海南区…占全市投资总量的26.4%": the area's share of the city
            cand.denominator_city = ctx.city
            if of_city.group(1) and not cand.indicator and cand.denominator:  # …of the same quantity's total
                cand.indicator, cand.proposed_indicator = cand.denominator, ""
                cand.reason = (f"indicator {cand.denominator}: the area's share of the city's total of it "
                               "(占全市…总量); " + cand.reason.split("; ", 1)[-1]).replace(
                                   "; indicator not in the catalogue", "")
        if origin in ("previous", "previous_unknown") and out:  # no surer than the figure it follows
            cand.confidence = min(cand.confidence, before.confidence)
        if twins and len(said) != 1:
            cand.confidence = min(cand.confidence, 0.6)
        if re.search(r"(?<=\S)[?\ufffd]$", text[:s]):  # "总?cè)丝?3 233人": a garbled page lost the character before it
            cand.confidence = min(cand.confidence, 0.1)
            cand.reason = ("a '?' is printed right before the number: the page's encoding lost a character there, "
                           "perhaps a digit; check the value or delete the row; ") + cand.reason
        if added and added[2] == "change":  # the stock's change, or a new concept: the ledger has both
            cand.confidence = min(cand.confidence, 0.7)
        qualifier_words = words_before_name(subject_words(text[seg_start:s]), raw_name(phrase), cat) \
            if code and origin in ("name", "synonym") else ""
        if not qualifier_words and code and origin in ("name", "synonym"):
            qualifier_words = words_after_name(text[clause_start:s], raw_name(phrase))
        if qualifier_words and qualifier_words not in cat.indicators[code]["name_zh"]:
            cand.confidence = min(cand.confidence, 0.7)  # 设施蔬菜产量: the name inside a longer noun phrase
            cand.reason += f"; {qualifier_words} printed next to {raw_name(phrase)} may make it another quantity"
        if origin in ("name", "synonym") and code and last_sent == sent_start and out:
            at = text.rfind(raw_name(phrase), sent_start, s)
            clause_own = at < clause_start and own_words(subject_words(text[clause_start:s]))
            if 0 <= at <= last_end + 1 and (_NOUN_AFTER.match(text, end) or clause_own):
                # "57个临床重点专科、15个中医特色专科", "新增中小学87所，市级5所医院", "上报项目11个，获批4个": the
                # name printed is an earlier figure's, and this one's own words (after it, or its clause) may name another
                cand.confidence = min(cand.confidence, 0.6)
                cand.reason += f"; {raw_name(phrase)} is printed for an earlier figure, and this one has words of its own"
        if unit_note == BARE_RATIO_NOTE and cand.measure in ("multiple", "level"):
            cand.measure = "level"  # 收入比为2.36: the ratio's level, not a multiple of the figure before
        if unit_note == BARE_RATIO_NOTE and cand.measure in ("change", "level") and out and \
                BARE_RATIO_NOTE in (out[-1].reason or "") and re.search(r"(?:缩小|扩大|下降|提高|减少|增加|降低)了?$", text[:s]):
            cand.measure, cand.indicator = "change", out[-1].indicator  # 比上年缩小0.04: the ratio's change
            cand.proposed_indicator = out[-1].proposed_indicator
            if re.search(r"(?:缩小|下降|减少|降低)了?$", text[:s]) and not cand.value.startswith("-"):
                cand.value = "-" + cand.value
        if unit == "%" and cand.measure == "level" and origin == "previous" and before is not None \
                and before.measure == "growth" and _gap_or_reference(text, s, cand):
            cand.measure = "growth"  # 增长9.5%，高于全市(7.1%): the reference's growth, printed in brackets
            cand.notes = "; ".join(n for n in (cand.notes, "the reference's value (its city is the whole named "
                                                            "before the brackets)") if n)
        out.append(cand)
        starts.append(s)
        if place_note:
            by_place.add(id(cand))
        last_sent, last_end = sent_start, end
        if cand.measure not in RANK_MEASURES:
            last_ranked = (sent_start, cand)
    if box:
        _infobox_fields(out, box, cat, ctx)
    rates_of_listed_levels(text, out, starts)
    return out


#: A clause that only gives the previous figure's growth ("，同比增长18.2%").
_GROWTH_OF_PREVIOUS = re.compile(r"\s*(?:同比|比上年|较上年|比去年|比上年同期)?(?:同期)?(?:增长|下降|增加|减少|提高|回落)了?\s*$")

#: Units of a count that can be the size of a class the place belongs to.
_CLASS_UNITS = ("个", "家", "座", "所", "旗")
#: "…个牧业旗之一": the count names a class, and the place is one of it.
_ONE_OF = re.compile(r"(?:个|家|座|所|旗)[^，,。；;、0-9]{0,14}之一")

#: The words before a number that state the climate or the map: no figure (the curators delete them).
_NATURE = re.compile(r"(?:气温|降水量?|降雨量|日照(?:时数)?|无霜期|积温|蒸发量|风速|海拔|相对湿度|年均温|"
                     r"(?<![人口])距(?:离)?(?!目标|任务|年度|计划)[^，,。；;0-9]{0,12}|平均高程|边境线(?:全)?长|国境线(?:全)?长|"
                     r"(?:^|全[旗县市区盟]|全境|辖区|境域|[旗县市区盟]境|[旗县市区盟])(?:东西|南北)(?:长|宽|相距|最长|最宽|跨度)|"
                     r"(?:流经|纵贯|横贯|穿越)[^，,。；;0-9]{0,8}|(?:境内(?:有)?|大小|主要)(?:河流|湖泊|泡沼|山峰)(?:有)?)[^，,。；;0-9]{0,6}$"
                     r"|比(?:上年|常年|历年|去年)(?:同期)?偏(?:高|低|多|少)$")  # the weather against the normal


def rates_of_listed_levels(text: str, out: list, starts: list) -> None:
    """"A和B分别达到a元和b元，分别增长x%和y%": the k-th rate printed after a list of
    levels is the k-th level's (its code, its price basis), when the rates have
    no code of their own or a weaker one (a scrap of the sentence).

    >>> from analysis.extract.candidate import Candidate
    >>> def c(v, m, code, conf): return Candidate("x", code, m, "exact", "2023", "", v, "", "none", "", "", 1, "", confidence=conf)
    >>> rows = [c("51900", "level", "urban_income", 0.8), c("24820", "level", "rural_income", 0.8),
    ...         c("7.5", "growth", "", 0.4), c("8", "growth", "", 0.4)]
    >>> text = "城乡居民收入达到51900元和24820元，分别增长7.5%和8%。"
    >>> rates_of_listed_levels(text, rows, [text.find(r.value) for r in rows])
    >>> [r.indicator for r in rows]
    ['urban_income', 'rural_income', 'urban_income', 'rural_income']
    """
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and out[j].measure == "level" and out[j].indicator:
            j += 1
        k = j - i  # levels i..j-1, then as many rates?
        rates = out[j:j + k]
        listed = k >= 2 and len(rates) == k and ("分别" in text[starts[j - 1]:starts[j]] or k == 2 and re.fullmatch(
            r"[0-9.]+%(?:和|、|及)", text[starts[j]:starts[j + 1]]))  # "同比增长5.2%和4.6%": a list of rates
        if listed and all(r.measure == "growth" for r in rates) and not re.search(r"[。；;]", text[starts[j - 1]:starts[j]]) \
                and all(not r.indicator or r.confidence < 0.6 or r.indicator == out[j - 1].indicator for r in rates):
            # (the last level's code on every rate: "the figure before it", which a list of two does not mean)
            for level, rate in zip(out[i:j], rates):
                rate.indicator, rate.proposed_indicator = level.indicator, ""
                rate.price_basis = level.price_basis  # (settle_price_basis makes GDP's growth comparable)
                rate.confidence = max(rate.confidence, min(level.confidence, 0.7))
                rate.reason = f"indicator of the level it is listed with ({level.value}); " + rate.reason
            i = j + k
        else:
            i = max(j, i + 1)
