"""Enumerations of the three sectors: "三次产业增加值占地区生产总值的比重分别为
a%、b%和c%", "第一、二、三产业对…增长的贡献率分别为…", "三次产业比例为a:b:c".

Each item of such a list is the share (or contribution) of one sector —
primary, secondary, tertiary in that order — in GDP; the words before the
list name the measure once for all its items.

>>> item_index("三次产业增加值占地区生产总值的比重分别为3.5%、47.7%和", "分别为")
2
>>> item_index("甲和乙分别为40.1亿斤、")  # items printed with their unit
1
>>> list_head("其中，三次产业增加值占地区生产总值的比重分别为3.5%、47.7%和")
'其中，三次产业增加值占地区生产总值的比重分别为'
>>> [m.group(0) for m in RATIO.finditer("三次产业比例为11.1:47.5:41.4。")]
['11.1:47.5:41.4']
>>> bool(RATIO_LEAD.search("三次产业比重为")), bool(RATIO_LEAD.search("三次产业结构"))
(True, True)
>>> bool(RATIO_LEAD.search("三次产业结构由上年的")), bool(RATIO_LEAD.search("三次产业结构由上年的1:2:3调整为"))
(True, True)
>>> bool(RATIO_LEAD.search("三次产业结构由2003年的9.7∶58.1∶32.2演进为现在的"))
True
>>> bool(RATIO_LEAD.search("三次产业结构比为")), bool(RATIO_LEAD.search("三次产业之比为"))
(True, True)
>>> bool(RATIO_LEAD.search("三次产业比为")), bool(RATIO_LEAD.search("三产比例调整为")), bool(RATIO_LEAD.search("三次产业占比为"))
(True, True, True)
>>> bool(RATIO_LEAD.search("三次产业比重由上年的45:14:41调整到"))
True
>>> bool(RATIO_CONTRIBUTION.search("三次产业对地区生产总值的贡献率分别为")), crop_structure("粮、经、草结构优化为")
(True, ('粮', '经', '草'))
"""

from __future__ import annotations

import re

#: The sectors in the order a bulletin lists them.
SECTORS = ("va_primary", "va_secondary", "va_tertiary")

#: Words that enumerate the three sectors (after conversion to simplified characters).
THREE_SECTORS = re.compile(r"三次产业|第一、(?:第)?二、(?:第)?三产业|一、二、三产业|一二三产业")

#: The items printed so far in a list, between 分别为 and the current number.
_ITEMS = re.compile(r"分别\s*(?:同比|比上年|较上年)?(?:(?:优化|调整|稳定|提高|提升|增加|发展|扩大)(?:至|到|在)|为|是|拉动[^0-9，,。；;、]{0,10}?增长|达到|达|占|增长了?|下降了?|提高了?|增加了?|减少了?|实现|完成|突破)?((?:\s*-?[0-9.]+\s*(?:%|个百分点|[^0-9.、和及与，,。；;\s]{1,4})?\s*[、和及与]\s*)*)$")

#: "三次产业比例为11.1:47.5:41.4" (also 结构, 比重, ：, ︰, ∶).
RATIO = re.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)\s*%?\s*[:：︰∶‥]\s*([0-9]+(?:\.[0-9]+)?)\s*%?\s*[:：︰∶‥]\s*"
                   r"([0-9]+(?:\.[0-9]+)?)(?![0-9])")  # a stray % after an item ("13.1:47.4%: 39.5%") is allowed
_SECTORS3 = r"(?:三次产业|一二三产业?|三产|产业)(?:增加值)?的?(?:结构比例?|结构|比例|构成|比重|之比|占比|比)"  # 三次产业增加值的比例
RATIO_LEAD = re.compile(_SECTORS3 + r"(?:调整)?(?:为|是|由)?\s*$"
                        r"|" + _SECTORS3 + r"[^，,。；;]{0,24}(?:由|从)[^，,。；;0-9]{0,8}(?:19|20)?[0-9]{0,2}"
                        r"[^，,。；;0-9]{0,4}的\s*$"
                        r"|" + _SECTORS3 + r"[^，,。；;]{0,40}(?:调整|演进|演变|优化|变化)(?:为|到|至)"
                        r"(?:现在|目前|当前|今年|本年|20[0-9]{2}年)?的?\s*$")  # a space before the ratio: 演进为 3.4∶87.6∶9


#: A second list of the same items without 分别: "…分别达到a元和b元，增长x%和y%".
_AGAIN = re.compile(r"分别[^。；;]*[，,、]\s*(?:同比|比上年|较上年)?(?:增长|下降|提高|增加|减少|上涨)了?"
                    r"((?:\s*-?[0-9.]+\s*(?:%|个百分点)\s*[、和及与]\s*)*)$")


#: "A和B分别从a、b提高到c、d": the items from, then the items to, each counted from the first.
_ITEM = r"\s*-?[0-9.]+\s*(?:%|个百分点|[^0-9.、和及与，,。；;\s]{1,4})?\s*[、和及与]\s*"
_FROM_TO = re.compile(rf"分别(?:由|从)(?:(?:{_ITEM})*\s*-?[0-9.]+\s*(?:%|[^0-9.、和及与，,。；;\s]{{1,4}})?"
                      rf"\s*(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩小|调整)(?:到|至|为))?((?:{_ITEM})*)$")

#: The three sectors' contributions to GDP growth printed as a ratio (三次产业对地区生产总值的贡献率分别为a:b:c).
RATIO_CONTRIBUTION = re.compile(r"(?:三次产业|一二三产业?|三产)对(?:全[市盟区旗县])?(?:地区生产总值|经济|GDP|生产总值)"
                                r"(?:增长)?的?贡献率?(?:分别)?(?:为|是|达到?)?$")
#: A planting structure printed as a ratio of its crops' sown areas (粮、经、草结构为a:b:c; 粮经饲比例调整为…).
_CROP_STRUCTURE = re.compile(r"([粮经饲草])[、]?([粮经饲草])[、]?([粮经饲草])?(?:三元)?(?:种植)?(?:结构|比例|比)"
                             r"[^，,。；;0-9]{0,8}?(?:为|到|至|是)?$")


def crop_structure(lead: str):
    """The crops of a planting structure printed before a ratio ("粮、经、草结构
    优化为70∶16∶14"): their short names (粮 grain, 经 cash crops, 饲/草 forage),
    else None.

    >>> crop_structure("粮经饲比例调整为"), crop_structure("三次产业结构为")
    (('粮', '经', '饲'), None)
    """
    m = _CROP_STRUCTURE.search(lead)
    return tuple(x for x in m.groups() if x) if m else None


def _items(lead: str):
    lead = re.sub(r"[-−]\s*$", "", lead)  # "分别为54.1%、-39.5%": the sign of the item read is not an item
    m = _FROM_TO.search(lead)
    if m:
        return m
    m = _ITEMS.search(lead)
    if m:
        return m
    m = _AGAIN.search(lead)
    return m if m and (m.group(1) or re.search(r"(?:增长|下降|提高|增加|减少|上涨)了?$", lead)) else None


def list_head(lead: str) -> str:
    """``lead`` up to its 分别… word when the rest is earlier items of the list,
    else ``lead`` unchanged.

    >>> list_head("城镇、牧区居民收入分别达到1元和2元，增长3%和")
    '城镇、牧区居民收入分别达到1元和2元，增长'
    """
    m = _items(lead)
    if not m:
        return lead
    return lead[:m.start(1)]


def item_index(lead: str, word: str = "") -> int:
    """0-based place of the number that follows ``lead`` in its 分别 list (-1 if
    none); a second list of the same items without 分别 counts too.

    >>> item_index("城镇、牧区居民收入分别达到1元和2元，增长3%和"), item_index("城镇、牧区居民收入分别达到1元和2元，增长")
    (1, 0)
    >>> item_index("甲、乙和丙的贡献率分别为5.1%、-"), item_index("甲、乙和丙分别拉动经济增长0.9、-0.6和")
    (1, 2)
    """
    m = _items(lead)
    if not m:
        return -1
    return len(re.findall(r"[0-9.]+\s*(?:%|个百分点|[^0-9.、和及与，,。；;\s]{1,4})?\s*[、和及与]", m.group(1)))


#: Animals printed side by side before a head they share (肉牛肉羊存栏, 牛羊出栏).
_ANIMAL = re.compile(r"肉牛|肉羊|奶牛|生猪|家禽|牛|羊|猪|禽")
_JOINED_ANIMALS = re.compile(r"(.*?)((?:肉牛|肉羊|奶牛|生猪|家禽|牛|羊|猪|禽){2,4})(存栏量?|出栏量?|饲养量)")


def list_names(subject: str) -> list[str]:
    """The names of a list "A、B和C分别…" (``subject``: the words before 分别), each
    completed with the head the first one shares ("规上工业企业营业收入、利润总额" →
    规上工业企业利润总额); [] when fewer than two names are printed.

    >>> list_names("客运量、货运量和邮政业务量分别")
    ['客运量', '货运量', '邮政业务量']
    >>> list_names("规上工业企业营业收入、利润总额分别")
    ['规上工业企业营业收入', '规上工业企业利润总额']
    >>> list_names("地区生产总值分别")
    []
    >>> list_names("城镇、牧区常住居民人均可支配收入分别")
    ['城镇常住居民人均可支配收入', '牧区常住居民人均可支配收入']
    >>> list_names("城乡居民人均可支配收入分别")
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    >>> list_names("肉牛肉羊存栏分别")
    ['肉牛存栏', '肉羊存栏']
    """
    words = re.sub(r"分别.*$", "", subject).strip()
    if "城乡" in words and not re.search(r"[、和及与]", words):  # 城乡居民X分别…: urban, then rural
        return [words.replace("城乡", "城镇"), words.replace("城乡", "农村")]
    animals = _JOINED_ANIMALS.fullmatch(words)
    if animals:  # 肉牛肉羊存栏分别…: the animals printed side by side share the head
        return [animals.group(1) + a + animals.group(3) for a in _ANIMAL.findall(animals.group(2))]
    names = [n for n in re.split(r"[、和及与]", words) if n]
    if len(names) < 2 or any(len(n) < 2 for n in names):
        return []
    last = names[-1]
    if all(len(n) <= 2 for n in names[:-1]) and len(last) > 4 and last[:2] not in names[:-1]:
        # 城镇、牧区常住居民人均可支配收入: the earlier items share the last one's tail
        tail = last[2:] if len(last) - 2 > 2 else ""
        if tail:
            return [n + tail for n in names[:-1]] + [last]
    first, out = names[0], [names[0]]
    for n in names[1:]:
        # a shorter later name shares the first one's head: 营业收入、利润总额 of 规上工业企业
        head = first[:-len(n)] if len(first) > len(n) + 1 and len(n) <= 4 else ""
        out.append(head + n)
    return out


def sector_of(sentence_lead: str, index: int) -> str:
    """The sector of the ``index``-th item when the sentence so far enumerates
    the three sectors, else ''."""
    if 0 <= index < 3 and THREE_SECTORS.search(sentence_lead):
        return SECTORS[index]
    return ""


#: "31个行业大类中，26个行业…": a count of a whole, then of the part of it that does something.
_OF_WHICH = re.compile(r"([0-9]+)\s*(个|种|家|户|项|所|类)([^，,。；;0-9]{1,12}?)中[，,]?\s*(?:有)?([0-9]+)\s*(个|种|家|户|项|所|类)"
                       r"([^，,。；;]{0,16})")


def of_which(sentence: str, start: int) -> str:
    """The name of the count at ``start`` in "N个X中，M个Y…" (X for N; X：Y… for M),
    '' when the number there is not one of such a pair.

    >>> s = "全市31个行业大类中，26个行业增加值实现正增长，增长面达83.9%"
    >>> of_which(s, s.index("31")), of_which(s, s.index("26"))
    ('行业大类', '行业大类：行业增加值实现正增长')
    """
    for m in _OF_WHICH.finditer(sentence):
        if m.start(1) == start:
            return m.group(3).strip()
        if m.start(4) == start:
            what = re.split(r"等", m.group(6))[-1] if "等" in m.group(6) else m.group(6)
            return f"{m.group(3).strip()}：{what.strip()}" if what.strip() else m.group(3).strip()
    return ""


def divisions(sentence: str, start: int) -> str:
    """The catalogue code of the number at ``start`` when it counts industry or
    service divisions ("31个工业大类行业中，21个行业增加值增长", "增长面达67.7%"):
    the divisions, those that grew, or the share that grew; '' otherwise.

    >>> s = "规模以上工业41个行业大类中，30个行业增加值实现增长，增长面为73.2%"
    >>> [divisions(s, s.index(v)) for v in ("41", "30", "73.2")]
    ['industry_categories', 'industry_categories_growing', 'industry_categories_growing']
    >>> s = "17个服务业行业大类中，13个行业营业收入增长"
    >>> [divisions(s, s.index(v)) for v in ("17", "13")]
    ['services_categories', 'services_categories_growing']
    """
    for m in _OF_WHICH.finditer(sentence):
        if not re.search(r"大类", m.group(3)) or m.group(2) != "个":
            continue
        kind = "services" if "服务" in m.group(3) or "服务" in sentence[max(0, m.start() - 8):m.start()] else "industry"
        grew = re.search(r"增长|正增长", m.group(6)) and not re.search(r"下降|减少", m.group(6))
        if m.start(1) == start:
            return f"{kind}_categories"
        if m.start(4) == start and grew:
            return f"{kind}_categories_growing"
        if grew and start > m.end() and re.search(r"增长面[达为是]?\s*$", sentence[m.end():start]):
            return f"{kind}_categories_growing"
    return ""


#: "城镇、农村常住居民人均可支配收入分别…", "城乡居民…分别": one name shared by urban and rural residents.
_RESIDENCE = re.compile(r"(城乡|(?:城镇|城市)(?:[、和与及])(?:农村牧区|农村|农牧区|农区|牧区|乡村))((?:常住)?居民[\u4e00-\u9fff]{2,12}?)"
                        r"(?:分别|均)")
_URBAN_RURAL = {"城镇": "城镇", "城市": "城镇", "农村牧区": "农村牧区", "农村": "农村", "牧区": "农村牧区", "乡村": "农村",
                "农牧区": "农村牧区", "农区": "农村"}


def distributed(lead: str) -> list[str]:
    """The names of a list whose residence words share one name ("城镇、农村常住
    居民人均可支配收入分别完成a元、b元，分别增长c%和d%": urban, then rural), or [].

    >>> distributed("全年城镇、农村常住居民人均可支配收入分别完成")
    ['城镇常住居民人均可支配收入', '农村常住居民人均可支配收入']
    >>> distributed("城乡居民人均可支配收入分别达到41000元、17000元，分别增长")
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    >>> distributed("营业收入、利润总额分别增长")
    []
    """
    found = list(_RESIDENCE.finditer(lead))
    if not found:
        return []
    m = found[-1]
    between = lead[m.end():]
    if not re.fullmatch(r"[^，,；;。]*(?:[，,]\s*(?:比上年|同比|较上年|比去年)?(?:分别|均)[^，,；;。]*)*", between):
        return []  # another subject was named since
    words = ["城镇", "农村"] if m.group(1) == "城乡" else [_URBAN_RURAL[w] for w in re.split(r"[、和与及]", m.group(1))]
    return [w + income_name(m.group(2)) for w in words]


_PAIR = re.compile(r"城乡((?:常住)?居民[\u4e00-\u9fff]{2,12}?)"
                   r"(?:(?:分别)?(?:由|从)\s*[0-9.]+\s*(?:万?元|%)?\s*[、和及与]\s*[0-9.]+\s*(?:万?元|%)?\s*[，,]?\s*"
                   r"(?:分别)?(?:增加|提高|增长|上升|提升|攀升)(?:到|至)"  # 从a元和b元增加到: the pair it reached
                   r"|(?:分别)?(?:由|从)"  # 从a元和b元: the pair it started from
                   r"|(?:分别(?:达到|达|为)\s*[0-9.]+\s*(?:万?元)?\s*[、和及与]\s*[0-9.]+\s*(?:万?元)?\s*[，,]\s*)?"  # 分别达到a元和b元，
                   r"(?:分别)?(?:年均|同比|比上年|较上年)?(?:增长|增速为?|提高|为|达到|达))"
                   r"((?:\s*-?[0-9.]+\s*(?:%|万?元|个百分点)?\s*[、和及与]\s*)*)$")


def income_name(name: str) -> str:
    """The catalogue's words for a residents' income printed short: 居民收入 and
    居民人均收入 (城乡居民收入分别增长…) are the per-capita disposable income
    every bulletin and report means; other names are kept.

    >>> income_name("居民收入"), income_name("常住居民人均收入"), income_name("居民人均可支配收入"), income_name("居民存款")
    ('居民人均可支配收入', '常住居民人均可支配收入', '居民人均可支配收入', '居民存款')
    """
    return re.sub(r"^((?:常住)?居民)(?:人均)?收入$", r"\1人均可支配收入", name)


def urban_rural_pair(lead: str, after: str) -> tuple[int, list[str]]:
    """The place of a number in a pair "城乡居民X年均增长a和b" printed without
    分别 (urban, then rural) and the two names; (-1, []) when the number is not
    in such a pair (a single 城乡 figure is of all residents).

    >>> urban_rural_pair("城乡居民人均可支配收入年均增长", "%和6.1%。")
    (0, ['城镇居民人均可支配收入', '农村居民人均可支配收入'])
    >>> urban_rural_pair("城乡居民人均可支配收入年均增长5.4%和", "%。")[0], urban_rural_pair("城乡居民收入增长", "%。")[0]
    (1, -1)
    >>> urban_rural_pair("城乡居民人均可支配收入分别达到40000元和18000元，年均增长", "%和8.8%。")[0]
    0
    >>> urban_rural_pair("城乡居民人均可支配收入从", "元和8892元增加到32432元和12787元。")
    (0, ['城镇居民人均可支配收入', '农村居民人均可支配收入'])
    >>> urban_rural_pair("城乡居民人均可支配收入从25475元和8892元增加到32432元和", "元。")[0]
    1
    >>> urban_rural_pair("城乡居民收入增长", "%和7.5%。")[1]  # printed short: the disposable income
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    """
    m = _PAIR.search(lead)
    if not m:
        return -1, []
    k = len(re.findall(r"[、和及与]", m.group(2)))
    if k == 0 and not re.match(r"\s*(?:%|万?元|个百分点)?\s*[、和及与]\s*-?[0-9.]+", after):
        return -1, []
    if k > 1:
        return -1, []
    return k, ["城镇" + income_name(m.group(1)), "农村" + income_name(m.group(1))]
