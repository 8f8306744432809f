"""Names around a Chinese figure: the catalogue rows a name shares, a clause
that names nothing, the name after a count, a list's subject, words for a
proposed indicator and the city of a round-up's item."""

from __future__ import annotations

import re

from ..concept import raw_name
from ..subject import own_words
from .text import _CLAUSE

def _city_before(text: str, lo: int, s: int, cat) -> str:
    """The city a number of a regional round-up is printed next to
    ("A市（983亿元）、B（903.6亿元）", "A 983亿元、B 903.6亿元"): the name of
    ``cities.csv`` ending at most a bracket or a colon before ``s`` (since ``lo``,
    the end of the figure before), else ''."""
    best = ("", -1)
    seg = text[lo:s]
    for slug, names in cat.cities.items():
        for n in names:
            if not n:
                continue
            k = seg.rfind(n)
            if k < 0:
                continue
            gap = seg[k + len(n):]
            if re.fullmatch(r"(?:市|盟)?\s*[（(:：]?\s*", gap) and k + len(n) > best[1]:
                best = (slug, k + len(n))
    return best[0]


#: A sector's words → the catalogue's name of its value added.
_SECTOR_NAME = {"农林牧渔业": "第一产业增加值", "农牧业": "第一产业增加值", "农业": "第一产业增加值",
                "服务业": "第三产业增加值"}


_NOTHING = re.compile(r"(?:较|比|与)?(?:19|20)[0-9]{2}年(?:同期)?|"
                      r"(?:较|比|与)?(?:[0-9]{1,2}\s*(?:—|-|－|~|至)\s*)?[0-9]{1,2}月份?|(?:较|比)(?=上半年|一季度|前三季度|上月|上年|去年)|"
                      r"(?:较|比)(?:年初|常年|历年(?:同期)?(?:平均值?)?)|偏高|偏低|偏多|偏少|"
                      r"回升|收窄|加快|放缓|趋缓|降幅|涨幅|历史(?:上)?首次|首次|突破|是?[“\"]?十[一二三四五]五[”\"]?(?:时期|期间)的|十[三四五]五[^，,]{0,3}|上年|去年|同期|同比|同口径|可比口径|两年平均|年均|平均|"
                      r"增长率?|递增|递减|增速|增幅|增加|减少|下降|上升|提高|提升|回落|激增|达到|达|为|至|到|由|从|负|了|分别|、|和|及|与|"
                      r"预计的?|[0-9.,%]|亿元|万元|亿|万|[“”\"()（）\s]")


def _base(name: str) -> str:
    return re.sub(r"[（(][^）)]*[）)]", "", name).strip()


def _qualifier(cat, code: str) -> str:
    """The words in brackets of a catalogue name, without 产业集群 ("绿色农畜产品加工")."""
    m = re.search(r"[（(]([^）)]*)[）)]", cat.indicators.get(code, {}).get("name_zh", ""))
    return re.sub(r"产业集群$", "", m.group(1)) if m else ""


def _twins(code: str, phrase: str, cat) -> list[str]:
    """Other catalogue codes whose name is the same words as ``code``'s name or
    the phrase found, up to a qualifier in brackets (到位资金（新材料产业集群）)."""
    if not code:
        return []
    bases = {_base(cat.indicators.get(code, {}).get("name_zh", "")), _base(raw_name(phrase))} - {""}
    return [c for c, row in cat.indicators.items() if c != code and _base(row.get("name_zh", "")) in bases]


def _names_nothing(clause: str) -> bool:
    """Whether a clause names no quantity of its own ("同比增长", "比上年下降").

    >>> _names_nothing("、同比增长"), _names_nothing("利润总额")
    (True, False)
    >>> _names_nothing("比年初增加"), _names_nothing("比上年偏高"), _names_nothing("比常年偏多")  # a balance, the weather
    (True, True, True)
    """
    return len(_NOTHING.sub("", clause)) <= 1


def _name_after(text: str, clause_start: int, s: int, end: int, cat):
    """In an enumeration of counts "建成18个A、5个B、2个C", the name printed right
    after a number's unit is its indicator (not the previous item's): the
    (code, phrase, origin) of that name when the words since the last 、 are
    few, else None."""
    k = max(text.rfind("、", clause_start, s), text.rfind("和", clause_start, s), clause_start - 1) + 1
    if len(re.sub(r"[0-9.\s]", "", text[k:s])) > 3:
        return None
    head = re.split(r"[，,。；;、（(]", text[end:end + 30])[0]
    code, phrase, origin = cat.indicator_near("", 0, head)
    if code and origin != "learned" and head.lower().find(phrase.lower()) <= 2:
        return code, phrase, origin
    return None


def _subject(list_lead: str) -> str:
    """The words a 分别 list is about: its clause, without the comparison words
    (比上年同期分别增加 …)."""
    last = re.split(r"[，,；;：:]", list_lead)[-1]
    clause = last if re.search(r"[、和及与]|城乡", last) or own_words(re.sub(r"分别.*$", "", last)) else list_lead
    return re.sub(r"(?:比|较|同比).*$", "", clause)


def _proposed(text: str, sent_start: int, clause_start: int, s: int, end: int) -> str:
    """Words for a new catalogue row: the clause's noun, or the previous
    clause's when this one names only a change ("…失业率为2.94%，比上年下降0.93个百分点")."""
    words = _noun_before(text[clause_start:s], text[end:end + 12])
    own = re.sub(r"(?:比|较)?(?:上年|去年)?末?|同比|同期|下降|提高|增长|增加|减少|回落|上升|了", "", words)
    if not own and clause_start > sent_start:
        prev = max([k.end() for k in _CLAUSE.finditer(text, sent_start, clause_start - 1)] or [sent_start])
        head = re.split(r"(?:为|是|达到|达)?[0-9]", text[prev:clause_start - 1])[0]
        return _noun_before(head, "") or words
    return words


#: The from-period a from-value opens with ("旅游收入由2020年的", "从“十三五”末的"): no part of the name before it.
_FROM_PERIOD = re.compile(r"(?:由|从)(?:(?:19|20)[0-9]{2}年|[“\"]?十[一二三四五]五[”\"]?)?(?:末期?|底)?的?$")


def _noun_before(lead: str, after: str) -> str:
    """The noun before a number (up to 16 characters), without the words of
    its measure and a from-period.

    >>> _noun_before("旅游总收入由2020年的", ""), _noun_before("旅游总收入从“十三五”末的", ""), _noun_before("全年旅游收入达", "")
    ('旅游总收入', '旅游总收入', '旅游收入')
    >>> _noun_before("全旗牲畜年度存栏稳定在", ""), _noun_before("年末全县共有各类学校", "")
    ('全旗牲畜年度存栏稳定在', '全县共有各类学校')
    """
    lead = _FROM_PERIOD.sub("", lead) or lead
    words = re.sub(r"(?:同比|增长|完成|达到|达|为|实现|共|累计|新增|突破|超过|约|近)+$", "", lead)
    words = re.sub(r"^.*?(?:年(?!度)(?:末|底)?|全市|其中)", "", words) or words  # 年度存栏 is a name's own word
    return words[-16:] or after[:8]  # a name of up to 16 characters (精细化学品新增产能占化工新增产能)
