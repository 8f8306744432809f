"""Names a reviewer can keep: a proposed indicator is a noun phrase in the
catalogue's style, never a verb or a scrap of the sentence.

- Chinese: the words before the number without the period, the place and the
  verb around them ("全市居民消费价格比上年上涨" → 居民消费价格); a category of a
  price index is named under its index (居民消费价格：食品烟酒类); a bare part
  word (城镇, 农村) is named under the sentence's subject
  (居民家庭恩格尔系数：城镇);
- English: the words without the verb and the place ("Consumer prices in the
  region increased by" → consumer prices); words that only say how something
  changed ("year-on-year increase") name nothing: the figure is about the one
  before it.

>>> noun_phrase("居民消费价格比上年上涨"), noun_phrase("限额以上固定资产投资完成"), noun_phrase("全市")
('居民消费价格', '限额以上固定资产投资', '')
>>> noun_phrase("较“十三五”末"), noun_phrase("利润总额同比增 加")
('', '利润总额')
>>> noun_phrase("投入生态保护资金"), noun_phrase("加工转化率由"), noun_phrase("提高到"), noun_phrase("占总人口")
('生态保护资金', '加工转化率', '', '')
>>> noun_phrase("1.8万平米)、沼气池"), noun_phrase("农牧业】全县累计建成喷灌圈"), noun_phrase("有林地")
('沼气池', '喷灌圈', '有林地')
>>> noun_phrase("食品烟酒类上涨", index="居民消费价格"), noun_phrase("衣著价格上涨", index="居民消费价格总水平")
('居民消费价格：食品烟酒类', '居民消费价格：衣著')
>>> noun_phrase("居住价格[", index="居民消费价格")
'居民消费价格：居住'
>>> noun_phrase("城镇", subject="居民家庭恩格尔系数")
'居民家庭恩格尔系数：城镇'
>>> en_noun_phrase("Consumer prices in the autonomous region increased by"), en_noun_phrase("year-on-year increase")
('consumer prices', '')
>>> en_noun_phrase("added value of the coal industry increased by")
'added value of the coal industry'
"""

from __future__ import annotations

import re

_ZH_HEAD = re.compile(r"^(?:(?:较|比|与|进入)?[“\"]?十[一二三四五]五[”\"]?(?:末期?|期间|时期)?(?:以来)?|以来|五年来|(?:较|比|与)(?:上年|去年)(?:同期|末)?|"
                      r"(?:19|20)[0-9]{2}年(?:末|底)?|[0-9]{1,2}(?:—|-|至)[0-9]{1,2}月(?:份)?|今年|去年|上年|全年|年末|"
                      r"上半年|前三季度|一季度|其中|全市|全区|全盟|全旗|全县|我市|本市|分类别看|分行业看|分产业看|从[^，,]{1,8}看|"
                      r"按[^，,]{1,8}计算|当年|累计|(?:共|拥|现)有(?=[\u4e00-\u9fff]{2})|共|[“”\"'（）()\[\]【】\s:：、，,]|"
                      r"(?:投入|投放|发放|实施|实现|完成|巩固|建成(?!区))(?=[\u4e00-\u9fff]{2}))+")  # 建成区 is a noun
_ZH_TAIL = re.compile(r"(?:(?:比|较|与)(?:上年|去年|上年同期|去年同期|同期)?(?:比)?|同比|环比|实际|名义)?"
                      r"(?:上涨|下降|增长|增加|减少|提高|提升|回落|上升|降低|扩大|缩小|持平)了?$"
                      r"|(?:完成|实现|达到了?|达|为|是|共|约|近|超过|突破|稳定在|保持|有|的|比|较|同比|比上年|较上年|由|从|分别|"
                      r"[“”\"'（）()\[\]【】\s:：、，,]|(?<=[\u4e00-\u9fff])[-－])+$")  # a sign printed before the value: not the name
_PRICE_ITEM = re.compile(r"(?:类|价格)$")
#: Words that name nothing on their own: a proposal made only of them is a scrap.
SCRAPS = {"实际", "名义", "增速", "增幅", "比重", "占比", "总量", "规模", "贡献率", "其中", "全市", "全区", "合计", "总计",
          "比上涨了", "上涨", "下降", "增长"}
_PART_WORDS = ("城镇", "农村", "乡村", "牧区", "城市", "农民", "市区")


def noun_phrase(words: str, index: str = "", subject: str = "") -> str:
    """``words`` as a catalogue name ('' when they are a scrap). ``index``: the
    price index a category belongs to (居民消费价格), when the sentence names one;
    ``subject``: the noun phrase that opens the sentence, for a bare part word.

    >>> noun_phrase("规模以上工业企业生产平板玻璃"), noun_phrase("生产液化天然气"), noun_phrase("生产总值")
    ('平板玻璃产量', '液化天然气产量', '生产总值')
    >>> noun_phrase("建成区绿化覆盖率"), noun_phrase("建成旅游公路"), noun_phrase("实现营业收入"), noun_phrase("共有各类学校")
    ('建成区绿化覆盖率', '旅游公路', '营业收入', '各类学校')
    """
    w = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", words)  # a PDF's line wrap inside a word
    w = re.sub(r"[0-9.]+(?:个月|年|天|万元|亿元|元|万吨|吨|万人|人)(?:及)?(?:以上|以下)", "", w)  # a condition
    if re.search(r"[)）】]", w) and not re.search(r"[(（【]", w):  # "1.8万平米)、沼气池": a bracket's tail is no name
        w = re.sub(r"^[^)）】]*[)）】]\s*、?", "", w)
    for _ in range(3):
        w = _ZH_TAIL.sub("", _ZH_HEAD.sub("", w))
    w = w.strip()
    if re.fullmatch(r"(?:提高|增加|增长|上升|下降|减少|降低|提升|扩大|缩小|攀升)(?:到|至)(?:(?:19|20)[0-9]{2}年(?:末|底)?)?", w) \
            or w.startswith("占"):  # 增加到2024年的25亿元: the to-year is no name either
        return ""  # "由A提高到B": B is the figure before's; "占总人口": a share of the whole the sentence named
    if not w or w in SCRAPS or not re.search(r"[\u4e00-\u9fffA-Za-z]", w):
        return ""
    if index and _PRICE_ITEM.search(w) and w != index and not w.startswith(index[:4]):
        index = re.sub(r"总水平$", "", index)
        return f"{index}：{re.sub(r'价格$', '', w)}"
    if w in _PART_WORDS and subject:
        return f"{subject}：{w}"
    return made_output(w) or w  # "规模以上工业企业生产原煤…万吨": what firms produce, named as outputs are


def made_output(words: str) -> str:
    """The catalogue's name of the output ``words`` say was produced
    ("规模以上煤炭企业生产原煤" → 原煤产量; a month they open with is the period,
    9月份生产原煤), '' when they say no such thing.

    >>> made_output("规模以上煤炭企业累计生产原煤"), made_output("9月份生产原煤"), made_output("生产总值")
    ('原煤产量', '原煤产量', '')
    """
    words = _MONTH_HEAD.sub("", re.sub(r"(?:累计|共|合计)(?=生产)", "", words or ""))
    made = _MADE.fullmatch(words)
    return made.group(1) + "产量" if made else ""


#: A month or months opening a figure's words ("9月份生产原煤"): the period, not the name.
_MONTH_HEAD = re.compile(r"^(?:[0-9]{1,2}(?:[-—至][0-9]{1,2})?月份?|当月|本月)")


#: What firms produce, as a figure's words ("(规模以上工业企业)生产平板玻璃"): not 生产总值, 生产经营 ….
_MADE = re.compile(r"(?:[\u4e00-\u9fff]{0,12}?(?:企业|工业))?生产(?!总值|经营|生活|安全|要素|资料|能力|规模|线|基地|车间|性|建设)"
                   r"([\u4e00-\u9fff]{2,8})")


_PRICE_INDEX = re.compile(r"居民消费价格|商品零售价格|工业生产者出厂价格|工业生产者购进价格|农产品生产者价格")


def price_index(sentence: str) -> str:
    """The price index a sentence (or its line) is about, '' if none.

    >>> price_index("全年居民消费价格比上年上涨1.9%。分类别看，食品烟酒类上涨1.1%")
    '居民消费价格'
    """
    m = _PRICE_INDEX.search(sentence)
    return m.group(0) if m else ""


#: Words that link a figure to the one before it and name nothing ("…, marking a 25 percent increase").
LINK_PARTICIPLES = ("representing", "marking", "reflecting", "indicating", "showing", "meaning")

_EN_TAIL = re.compile(r"\s*(?:,|\b(?:increased|decreased|rose|fell|grew|dropped|declined|reached|was|were|is|are|hit|"
                      r"totaled|totalled|stood|amounted|came|up|down|by|to|at|of|in|with|and|a|an|the|year-on-year|"
                      r"respectively|saw|recorded|posted|registered|maintained)\b)+\s*$", re.I)
_EN_PLACE = re.compile(r"\s+(?:in|of|for)\s+(?:the\s+)?(?:autonomous region|region|city|league|province|country)\b.*$",
                       re.I)
_EN_HEAD = re.compile(r"^(?:(?:the|a|an|its|their|and|while|that|of|meanwhile|also|additionally|in addition)\s+|"
                      r"(?:the\s+)?(?:city|region|autonomous region)'s\s+)+", re.I)
_EN_CHANGE_ONLY = re.compile(r"^(?:(?:year-on-year|annual|average|an?|the|of|increase|decrease|growth|rise|decline|drop|"
                             r"rate|percent|percentage|points?|\d[\d.,]*|and|up|down|by|respectively)\s*)*$", re.I)


def en_noun_phrase(words: str) -> str:
    """English ``words`` before a number as a catalogue name (lower case, no verb,
    no place), '' when they only say how something changed."""
    w = words.strip()
    for _ in range(3):
        w = _EN_TAIL.sub("", _EN_PLACE.sub("", w)).strip()
        w = _EN_HEAD.sub("", w).strip()
    if not w or _EN_CHANGE_ONLY.match(w) or len(w) < 3 or w.lower() in LINK_PARTICIPLES:
        return ""  # "…, marking a 25 percent increase": the link to the figure before names nothing
    return w[0].lower() + w[1:] if not w[:2].isupper() else w


def proposal_zh(words: str, line_before: str, sentence_before: str) -> str:
    """The catalogue name to propose for a Chinese figure whose indicator is
    unknown: :func:`noun_phrase` of ``words`` with the price index of the line
    (``line_before``: the line up to the number) and the subject that opens
    the sentence (``sentence_before``); '' when the words are a scrap (the
    figure is then about the one before it).

    >>> proposal_zh("城镇", "居民家庭恩格尔系数(即…),城镇为", "居民家庭恩格尔系数(即…),城镇为")
    '居民家庭恩格尔系数：城镇'
    """
    opening = re.split(r"[，,（(：:；;]", sentence_before)[0]
    subject = noun_phrase(re.sub(r"[0-9.]+.*$", "", opening)) if opening != sentence_before else ""
    return noun_phrase(words, price_index(line_before), subject)


def real_growth(lead: str) -> bool:
    """Whether a growth rate is real (price factors removed: 实际增长, 扣除价格因素).

    >>> real_growth("比上年增长10.8%，扣除价格因素，实际增长"), real_growth("同比增长")
    (True, False)
    """
    return bool(re.search(r"实际(?:增长|下降)$|扣除价格因素[^。；;]{0,8}$", lead))


_VERB = re.compile(r"全部|已经|已|实现|取得|完成|启动|建成|投产|开工|落地|达到|达|增长|同比|比上年|较上年|的|获评|入选|通过")


def name_after(after: str) -> str:
    """The noun a count is followed by ("200个口袋公园，…" → 口袋公园): the words
    after its unit up to a verb or a break; '' when a verb or a bound comes first.

    >>> name_after("口袋公园，完成改造"), name_after("重点事项全部启动实施"), name_after("以上，增长5%"), name_after("，同比")
    ('口袋公园', '重点事项', '', '')
    """
    head = re.split(r"[，,。；;、：:（(\s和及与]", after)[0]
    if re.match(r"以上|以下|左右|以内|多|余|次|倍", head):
        return ""
    head = _VERB.split(head)[0]
    return head if len(head) >= 2 and re.fullmatch(r"[\u4e00-\u9fff“”\"A-Za-z0-9+]+", head) else ""
