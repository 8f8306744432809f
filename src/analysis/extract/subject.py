"""Which quantity a number is about when its clause does not say it plainly.

The words a number belongs to are the ones since the previous figure of its
clause (its *segment*), not the whole clause: in "认定甲级工厂28个、甲级园区2个"
the 2 is about 甲级园区, not the 甲级工厂 printed earlier in the clause. Then:

- a segment that names nothing of its own ("、同比增长", "提升至", "，年均增长",
  "对经济增长的贡献率提高至", "完成年度目标任务的") is about the figure before it
  in the sentence (the clause's subject carried over);
- in "X占Y比重" the indicator is X (Y is the denominator); a sector word
  alone (工业, 服务业) stands for its value added (NBS: 工业占GDP比重 is the share
  of 工业增加值);
- a segment that names something but no catalogue phrase gets the catalogue
  name that holds its words (:meth:`Catalogue.completed`), else none: a new
  indicator is proposed rather than the stale phrase of the earlier item.

>>> own_words("、同比增长"), own_words("对经济增长的贡献率提高至"), own_words("、甲级园区")
('', '', '甲级园区')
>>> own_words("亿元大关，2024年再次突破"), own_words("到2022年首次突破")
('', '')
>>> own_words("完成年度目标任务的"), share_subject("工业占全市生产总值的比重达到")
('', '工业')
>>> share_subject("，全市服务业增加值占全区的比重为"), share_subject("，其占全区比重")
('服务业增加值', '')
"""

from __future__ import annotations

import re

#: Words that name no quantity: periods, comparisons, verbs of change, joining words.
_NOTHING = re.compile(
    r"(?:较|比|与)?(?:19|20)[0-9]{2}年(?:底|末)?(?:同期)?|(?:较|比|与)?(?:[0-9]{1,2}\s*(?:—|-|－|~|至)\s*)?[0-9]{1,2}月份?|"
    r"(?:较|比)(?=上半年|一季度|前三季度|上月|上年|去年|[0-9])|回升|收窄|加快|放缓|趋缓|降幅|涨幅|历史(?:上)?首次|"
    r"(?:较|比)(?:年初|常年|历年(?:同期)?(?:平均值?)?)|偏高|偏低|偏多|偏少|"
    r"连续[0-9两二三四五六七八九十]{1,2}(?:年|个月|个季度)|每年|十[三四五]五[^，,]{0,3}|"
    r"上半年|前三季度|一季度|全年|今年|上年|去年|同期|同比|两年平均|年均|平均|"
    r"增长率?|增速|增幅|增加|减少|下降|上升|提高|提升|回落|激增|跃升|攀升|达到|达|为|是|至|到|由|从|负|了|的|"
    r"首次|再次|突破|超过|超|逾|近|约|左右|以上|大关|发展|前进|扩大|缩小|增至|降至|减至|"
    r"分别|、|和|及|与|全市|全区|全盟|全旗|全县|其中|实现|完成|累计|[0-9.,%]|亿元|万元|亿|万|[“”\"'()（）\s]")
#: Relation words around a figure that are not its subject: 对…增长的贡献率, 拉动…增长, 完成…目标(任务)的.
_RELATION = re.compile(r"对[^，,。；;]{0,12}?增长的?(?:贡献率|贡献)|(?:拉动|拉低|下拉)[^，,。；;]{0,10}?(?:增长|增速)|"
                       r"完成[^，,。；;]{0,10}?(?:目标|计划|任务)(?:任务)?的?|(?:目标|计划)进度")
#: Subjects of a share too general to name an indicator: the sentence's subject is meant (总额占…).
_GENERIC = {"总额", "总量", "规模", "产值", "数量", "其", "占比"}
#: A sector printed alone: its value added is meant (工业占… → 工业增加值).
_SECTOR_ALONE = re.compile(r"(?:第[一二三]产业|工业|服务业|建筑业|农业|制造业)$")


def own_words(segment: str) -> str:
    """The words of ``segment`` that name a quantity ('' when it names nothing)."""
    rest = _RELATION.sub("", segment)
    rest = _NOTHING.sub("", rest)
    return rest if len(rest) > 1 else ""


_HEAD = re.compile(r"^(?:(?:19|20)[0-9]{2}年(?:底|末|以来)?|(?:过去|近)?[两二三四五六七八九十]年(?:来|间|中|里)?(?=[^0-9])|[0-9]{1,2}(?:—|-|至)[0-9]{1,2}月|今年|去年|上年|全年|上半年|"
                   r"下半年|前三季度|一季度|年内|截至目前|目前|其中|全市|全区|我市|确保|力争|预计|争取到|已经|已|共|"
                   r"[“”\"'（）()\s])+")
_TAIL = re.compile(r"(?:连续[0-9两二三四五六七八九十]{1,2}(?:年|个月|个季度)(?:每年|均)?|每年|达到了?|高达|已达|达|为|是|共|约|近|超过|超|突破|逾|增至|提升至|提高至|增长至|下降至|稳定在|保持在?|"
                   r"分别|由|从|(?:同比|比上年|较上年|比去年|较去年|年均|平均|两年平均)?(?:增长|增加|减少|下降|提高|提升|回落|"
                   r"增速|增幅|降幅)了?|同比|[“”\"'（）()\s])+$")
_BREAK = re.compile(r"[，,。；;：:、]")


def subject_words(segment: str) -> str:
    """The noun words right before a number: the last piece of ``segment``
    without its period words in front and its copula (达到, 为, 突破 …) behind.

    >>> subject_words("今年1至2月出口货值"), subject_words("、确保下半年完成投资"), subject_words("，全市社区达到")
    ('出口货值', '完成投资', '社区')
    >>> subject_words("利润总额同比增 加"), subject_words("产值平均增速超"), subject_words("利润总额由")
    ('利润总额', '产值', '利润总额')
    >>> subject_words("；规上工业总产值连续三年每年增长"), subject_words("，五年累计完成投资")
    ('规上工业总产值', '累计完成投资')
    """
    piece = _BREAK.split(_joined(segment))[-1]
    piece = _TAIL.sub("", _HEAD.sub("", piece))
    return _HEAD.sub("", piece)


def share_subject(segment: str) -> str:
    """The words before 占 in "X占Y(的)比重" (the share's own subject), '' if none."""
    k = segment.rfind("占")
    if k < 0:
        return ""
    words = subject_words(segment[:k])
    return words if own_words(words) else ""


#: Measures that say how the figure before them changed ("…52.96亿元，比上年增长12.4%").
_CHANGES = ("growth", "change", "pp_change", "avg_growth", "two_year_avg", "multiple", "multiple_increase")


def choose(text: str, sent_start: int, clause_start: int, s: int, measure: str, cat, prev,
           found: tuple[str, str, str]) -> tuple[str, str, str]:
    """The (code, phrase, origin) of the number at ``s`` of ``text``, given the
    one found in its clause (``found``) and the previous figure of its
    sentence ``prev`` (``(code, end)`` or ``(code, end, proposed)``, or None)."""
    seg_start = prev[1] if prev and prev[1] > clause_start else clause_start
    seg = text[seg_start:s]
    own = own_words(seg)
    if prev and prev[0] and (not own or (measure == "pct_of_target" and not share_subject(seg))):
        return prev[0], prev[0], "previous"  # "…1265亿元，年均增长5.2%", "完成年度目标任务的57.17%"
    if prev and not prev[0] and len(prev) > 2 and prev[2] and not own and measure in _CHANGES:
        # "税收收入52.96亿元，比上年增长12.4%": the figure before is a new indicator, so is this one
        # (not a name printed earlier in the sentence, which belongs to another figure)
        return "", prev[2], "previous_unknown"
    if measure == "share" and "占" in seg:
        subject = share_subject(seg)
        if not subject or subject in _GENERIC:  # "…，总额占全区比重达50%": the sentence's subject
            if prev and prev[0]:
                return prev[0], prev[0], "previous"
            before = text[sent_start:seg_start + seg.rfind("占")]
            return cat.indicator_near(before, len(before))
        code, phrase, origin = cat.indicator_near(subject, len(subject))
        if not code and _SECTOR_ALONE.search(subject):
            word = _SECTOR_ALONE.search(subject).group(0) + "增加值"
            if cat.phrases.get(word):
                return cat.phrases[word], word, cat.phrase_origin.get(word, "")
        if code:
            return code, phrase, origin
    code, phrase, origin = found
    if seg_start > clause_start and code and phrase.lower() not in _joined(seg).lower():
        # the phrase belongs to an earlier figure of the clause: this number has its own words
        code, phrase, origin = cat.indicator_near(seg, len(seg))
        if not code and origin not in ("other", "examples"):
            return "", own, ""
    return code, phrase, origin


def _joined(text: str) -> str:
    from .catalogue import _joined as joined

    return joined(text)


def growth_of(lead: str, cat) -> tuple[str, str]:
    """The denominator of a contribution (贡献率) or pull (拉动): the indicator
    whose growth it is ("对地区生产总值增长的贡献率" → gdp; "对经济增长" → gdp)."""
    m = re.search(r"对(全区|全市)?(.{0,16}?)(?:的)?增长", lead)
    if not m:
        return "", ""
    city = "inner_mongolia" if m.group(1) == "全区" else ""
    if re.fullmatch(r"经济", m.group(2)):
        return "gdp", city
    code, _, _ = cat.indicator_near(m.group(2), len(m.group(2)))
    return code, city
