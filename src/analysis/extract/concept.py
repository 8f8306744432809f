"""A concept is never widened: the words around a number may name a part of a
catalogue indicator, or another quantity that shares words with it.

A catalogue code found for a number is dropped (and a new indicator proposed
under the words the document prints) when:

- the unit cannot measure it: a count (户, 个) is not a value added in 亿元, a
  sum of money is not a number of firms (:func:`fits_unit`);
- the words naming the number put a qualifier before the catalogue's name that
  the name does not hold (民营 / 非煤 / 限额以上 / 城镇 / 农村牧区 … 规模以上工业增加值,
  "online retail sales *of physical goods*"): a sub-group of the whole
  (:func:`narrowed`);
- the name was only guessed from shared words (a learned phrase, the most
  similar name, the name whose words surround the number) and the words name
  another head noun (增加值 against 营收, 覆盖率 against 盖度) or a part
  (:data:`PARTS`).

>>> narrowed("民营规模以上工业增加值", "规模以上工业增加值", "规模以上工业增加值")
'民营'
>>> narrowed("创建市级绿色工厂", "市级绿色工厂", "市级绿色工厂")  # a verb narrows nothing
''
>>> narrowed("全市规模以上工业增加值", "规模以上工业增加值", "规模以上工业增加值")
''
>>> narrowed("城镇新增就业", "新增就业", "城镇新增就业")
''
>>> narrowed("农畜产品加工业增加值", "工业增加值", "工业增加值")  # an industry inside the name: a part
'农畜产品加'

>>> narrowed_en("online retail sales of physical goods in the region", "online retail sales")
'of physical goods'
>>> narrowed_en("total retail sales of consumer goods", "retail sales"), narrowed_en("the GDP of the city", "gdp")
('', '')
"""

from __future__ import annotations

import os
import re

#: Words that name a part (a sub-group) of a quantity, or another quantity next to it.
PARTS = ("城镇", "农村", "牧区", "乡村", "农民", "城乡", "民营", "私营", "国有", "外资", "外商", "港澳台", "非", "限额以上",
         "实物", "采矿", "能源", "户籍", "总人口", "市区", "城区", "中心城区", "在岗职工", "职工", "出口", "进口",
         "制造业", "服务业", "高技术", "战略性新兴", "装备制造", "亿元以上", "万元以上", "矿业")
#: Words before a name that do not narrow it: places, "the whole", verbs and periods.
_HEAD_WORDS = re.compile(r"^(?:全市|全区|全盟|全旗|全县|全省|全国|全部|全社会|全年|年末|年内|当年|本市|我市|本地|其中|"
                         r"累计|共|完成|实现|的|新增)+")
#: The head nouns of indicator names: two names with different heads are different quantities.
HEADS = ("增加值", "营业收入", "营收", "收入", "利润总额", "利润", "产值", "投资", "产量", "零售额", "总额", "支出", "人口",
         "企业数", "企业", "项目", "面积", "覆盖率", "盖度", "比重", "率", "指数", "价格", "工资", "存栏", "出栏", "装机",
         "发电量", "用电量", "货运量", "客运量", "余额")


def head_of(words: str) -> str:
    """The head noun a name ends with (:data:`HEADS`), '' if none.

    >>> head_of("战略性新兴产业营收"), head_of("规模以上战略性新兴产业增加值占比")
    ('营收', '增加值')
    """
    words = re.sub(r"(?:占比|比重|增速|增长|同比)+$", "", words)
    words = re.sub(r"(?<=企业)数$", "", words)  # 高新技术企业数 counts 高新技术企业
    return next((h for h in HEADS if words.endswith(h)), "")


def fits_unit(unit: str, code: str, cat) -> bool:
    """Whether a level printed in ``unit`` can be a level of indicator ``code``
    (same dimension: money and money, counts and counts)."""
    have = cat.units.get(unit, {}).get("dimension", "")
    want = cat.units.get(cat.indicators.get(code, {}).get("unit", ""), {}).get("dimension", "")
    return not have or not want or have == want or {have, want} == {"persons", "person_visits"}


#: The name of an area or zone (a banner, a county, a hi-tech or development zone) printed before a catalogue name.
_AREA_NAME = re.compile(r"(?:全)?[\u4e00-\u9fff]{2,8}(?:高新技术产业开发区|高新区|经济技术开发区|经开区|开发区|新区|旗|县|盟)(?:的)?")


def _without_area(words: str) -> str:
    """``words`` without the name of an area or zone they open with (稀土高新区规模以上工业 → 规模以上工业).

    >>> _without_area("稀土高新区规模以上工业"), _without_area("食品工业")
    ('规模以上工业', '食品工业')
    """
    area = _AREA_NAME.match(words)
    return words[area.end():] if area and len(words) > area.end() + 1 else words


def narrowed(words: str, phrase: str, name: str, places: tuple[str, ...] = ()) -> str:
    """The qualifier ``words`` put before ``phrase`` (the catalogue phrase found
    in them) that the indicator's ``name`` does not hold; '' when none (also
    when it is the name of an area or zone: a place).

    >>> narrowed("稀土高新区规模以上工业增加值", "规模以上工业增加值", "规模以上工业增加值")
    ''
    >>> narrowed("稀土高新区规模以上工业增加值", "增加值", "规模以上工业增加值")
    ''
    """
    k = words.find(phrase)
    if k <= 0:
        return ""
    before = words[:k]
    for p in places:
        before = before.replace(p, "")
    before = re.sub(r"完成|实现|累计|新增", "", _HEAD_WORDS.sub("", before))
    before = re.sub(r"^(?:的|、|\s)+|(?:的|、|\s)+$", "", before)
    area = _AREA_NAME.match(before)
    if area and len(before) > area.end() and before[area.end():] in name:
        before = ""  # 稀土高新区规模以上工业增加值: an area or a zone the catalogue does not list is a place, not a kind
    if not re.search(r"[\u4e00-\u9fff]", before) or before in name or _AREA_NAME.fullmatch(before):
        return ""
    if re.fullmatch(r"(?:工业|产业|行业)(?:增加值|总产值|产值|营业收入|利润总额|投资)", phrase) \
            and re.search(r"[\u4e00-\u9fff]$", before) and not re.search(r"(?:实施|推进|全年|当年)$", before):
        return before  # 农畜产品加工业增加值, 五大支柱产业增加值: an industry inside the whole names a part
    part = part_named(before, name)  # a verb before the name (创建, 引进, 培育) narrows nothing
    return before if part or re.search(r"以上|以下", before) else ""


def compared(clause: str, phrase: str) -> bool:
    """Whether ``phrase`` is printed in ``clause`` only as what the number is
    compared with or divided by: after 占 (a share's denominator), 高于/低于
    (the reference of a gap), 对…增长 / 拉动… (what a contribution or a pull is of).

    >>> compared("占全部规模以上工业增加值的", "规模以上工业增加值"), compared("增速高于全市规上工业", "规上工业")
    (True, True)
    >>> compared("规模以上工业增加值占全市的", "规模以上工业增加值"), compared("对规上工业增长贡献率达到", "规上工业")
    (False, True)
    >>> compared("在全市电力装机中的占比跃升至", "电力装机")
    True
    """
    k = clause.find(phrase)
    if k < 0:
        return False
    m = re.search(r"占|高于|低于|快于|慢于|对|拉动|拉低|下拉", clause[:k])
    if re.search(r"在[^，,。；;]{0,6}$", clause[:k]) and re.match(r"[^，,。；;]{0,4}中的?(?:占比|比重|份额)",
                                                                  clause[k + len(phrase):]):
        return True  # 在全市电力装机中的占比: the share's denominator
    return bool(m) and clause.find(phrase, 0, m.start()) < 0


def part_named(words: str, name: str) -> str:
    """A word of :data:`PARTS` that ``words`` holds and the catalogue ``name`` does not ('' if none).

    >>> part_named("城镇居民均可支配收入", "全体居民人均可支配收入"), part_named("城镇新增就业", "城镇新增就业")
    ('城镇', '')
    >>> part_named("地方", "财政总收入"), part_named("地方", "一般公共预算收入")
    ('地方', '')
    """
    part = next((p for p in PARTS if p in words and p not in name), "")
    if not part and words.endswith("地方") and "地方" not in name and name.startswith("财政"):
        part = "地方"  # 地方财政总收入 is the local part of 财政总收入 (地方一般公共预算收入 is the budget revenue itself)
    return part


_EN_OF = re.compile(r"^\s+(?:of|for)\s+(?!the\b|this\b|that\b|its\b|their\b|all\b)([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
_EN_PARTS = re.compile(r"\b(?:urban|rural|private|state-owned|foreign|non-[a-z]+|physical|online|export|import)\s+$",
                       re.I)


def narrowed_en(window: str, phrase: str) -> str:
    """The words that make an English catalogue phrase name a part: "online
    retail sales *of physical goods*", "*rural* per capita disposable income";
    '' when none. ``window``: the words around the phrase, lower case or not."""
    low = window.lower()
    k = low.find(phrase.lower())
    if k < 0:
        return ""
    m = _EN_OF.match(window[k + len(phrase):])
    if m and not re.match(r"(?:social\s+)?consumer goods|designated size", m.group(1)):
        return " ".join(m.group(0).split()[:3])
    m = _EN_PARTS.search(window[:k])
    return m.group(0).strip() if m else ""


_INDUSTRY = re.compile(r"([\u4e00-\u9fff、和]{2,16}?(?:产业|工业|行业|业))(?:实现|完成|累计)*"
                       r"(?:增加值|主营业务收入|营业收入|利润总额|投资|产值|总产值)$")
_WHOLE = re.compile(r"^(?:全市|全区|全盟|全旗|全县|我市|本市|其中|全部|规模以上|规上|限额以上)*(?:工业|企业|工业企业)?")


def industry_of(words: str) -> str:
    """The industry (a group of branches) that ``words`` name the value added,
    revenue or investment of ('' for the whole of industry or a sector).

    >>> industry_of("全盟规上工业重点产业增加值"), industry_of("规模以上工业增加值"), industry_of("第一产业增加值")
    ('重点产业', '', '第一产业')
    >>> industry_of("农畜产品加工业增加值"), industry_of("全市工业投资")
    ('农畜产品加工业', '')
    """
    m = _INDUSTRY.search(words)
    if not m:
        return ""
    seg = _WHOLE.sub("", m.group(1))
    return "" if seg in ("", "工业", "产业", "行业") else seg


def without_place(words: str, places: tuple[str, ...]) -> str:
    """``words`` without the names of places (cities, areas) they open with: the
    place a figure is of is its city, not a part of its concept.

    >>> without_place("甲市规模以上工业增加值", ("甲市", "甲")), without_place("食品工业增加值", ("甲市",))
    ('规模以上工业增加值', '食品工业增加值')
    """
    again = True
    while again:
        again = False
        for p in places:
            if len(p) >= 2 and words.startswith(p) and len(words) > len(p):
                words, again = words[len(p):], True
                break
    return words


def _common_tail(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their end (城镇人口, 常住人口: 2)."""
    return len(os.path.commonprefix([a[::-1], b[::-1]]))


def catalogued_part(code: str, words: str, cat) -> str:
    """The catalogue's part of ``code`` that ``words`` name ('' when none): a
    row whose ``parent`` is ``code`` and whose name, less the words it shares
    at its end with the whole's name, opens ``words`` (城镇常住人口 → 城镇人口,
    the part 城镇 of 常住人口). The longest such part wins; two of one length
    name nothing.

    >>> from types import SimpleNamespace as Cat
    >>> cat = Cat(indicators={"population": {"name_zh": "常住人口", "parent": ""},
    ...                       "urban_population": {"name_zh": "城镇人口", "parent": "population"},
    ...                       "rural_population": {"name_zh": "乡村人口", "parent": "population"}})
    >>> catalogued_part("population", "城镇常住人口", cat), catalogued_part("population", "乡村常住人口", cat)
    ('urban_population', 'rural_population')
    >>> catalogued_part("population", "流动人口", cat)
    ''
    """
    whole = cat.indicators.get(code, {}).get("name_zh", "")
    words = without_place(words, getattr(cat, "places", ()))  # 甲市城镇常住人口: the place is the row's city
    found: dict[int, list[str]] = {}
    for child, row in cat.indicators.items():
        if row.get("parent") != code:
            continue
        name = row.get("name_zh", "")
        k = _common_tail(name, whole)
        part = name[:len(name) - k] if k else ""
        if len(part) >= 2 and words.startswith(part):
            found.setdefault(len(part), []).append(child)
    best = found.get(max(found), []) if found else []
    return best[0] if len(best) == 1 else ""


def other_modifier(words: str, name: str) -> str:
    """Why ``words`` and the catalogue ``name`` are two quantities though they
    end alike: the same long tail (three characters or more) after modifiers
    that share no character ('' when they do, or one has none).

    >>> other_modifier("煤炭就地加工转化率", "电解铝就地加工转化率")
    '煤炭就地加工转化率 is not 电解铝就地加工转化率: another thing of the same kind'
    >>> other_modifier("全部工业增加值", "规模以上工业增加值"), other_modifier("工业增加值", "规模以上工业增加值")
    ('', '')
    >>> other_modifier("实现信贷投放", "某银行对某集团信贷投放")  # no quantity's head noun in the tail
    ''
    """
    k = _common_tail(words, name)
    mine, theirs = words[:len(words) - k], name[:len(name) - k]
    if k < 3 or not 2 <= len(mine) <= 6 or not 2 <= len(theirs) <= 6 or set(mine) & set(theirs) \
            or re.search(r"全|总|所有", mine) or not head_of(words[len(words) - k:]):
        return ""  # a long name of one firm's figure, or a tail that names no quantity (信贷投放): left to the review
    return f"{words} is not {name}: another thing of the same kind"


def raw_name(phrase: str) -> str:
    """The catalogue phrase of a reason's phrase ("X (item 2 of the list)" → "X")."""
    return phrase.split(" (")[0]


def widened(code: str, phrase: str, origin: str, words: str, measure: str, unit: str, cat,
             context: str = "") -> str:
    """Why ``code`` would widen the concept the words name ('' when it does not):
    a unit that cannot measure it, a qualifier before its name, or (for a name
    only guessed from shared words) another head noun or a part word."""
    name = cat.indicators.get(code, {}).get("name_zh", "")
    raw = raw_name(phrase)
    if measure in ("level", "change") and not fits_unit(unit, code, cat):
        return f"a {unit} figure cannot be {code}, counted in {cat.indicators[code]['unit']}"
    if not words:
        return ""
    mine, theirs = re.search(r"([0-9千百万亿]+元)以上", words), re.search(r"([0-9千百万亿]+元)以上", name)
    if mine and theirs and mine.group(1) != theirs.group(1):  # 千万元以上项目 are not 亿元以上项目
        return f"{mine.group(0)} is another threshold than {code}'s {theirs.group(0)}"
    if "项目" in name and not theirs:  # 亿元以上重点项目, 市旗两级重点项目: the usual scope of a count of projects
        words = _PROJECT_SCOPE.sub("", words)
    extra = narrowed(words, raw, name, cat.places)
    if extra and any(len(p) > len(raw) and extra in p and p in words and c == code for p, c in cat.phrases.items()):
        extra = ""  # 规模以上工业总产值 is a synonym of industrial_output_value: its qualifier is the usual scope
    if extra and usual_scope(extra, code, raw, words, cat):
        extra = ""
    if extra:
        return f"{extra}: a part of {code} ({name}), not the whole"
    k = words.find(raw)
    after = words[k + len(raw):] if k >= 0 and raw else ""
    h = next((h for h in HEADS if after.startswith(h)), "")
    if h == "总额" and re.fullmatch(r"总额(?:完成|实现|达到|达|为|累计|共计|共)*", after):
        h = ""  # 固定资产投资总额(完成) is 固定资产投资: a bare 总额 after the name says "in all", not another quantity
    if h and h not in name and not re.match(r"(?:增加值|率)", after):  # 第一产业投资 is not 第一产业增加值
        return f"{raw}{h}: another quantity than {code} ({name})"
    seg = industry_of(_without_area(without_place(words, cat.places))) or (words if origin == "list" and re.search(r"[^业]{2,}(?:产业|工业|行业|业)$", words)
                                  and not re.fullmatch(r"(?:规模以上|规上)?工业", words) else "")
    seg = re.sub(r"^(?:完成|实现|累计)+", "", seg) if seg else seg  # 企业完成工业总产值: a verb, not an industry
    if seg and seg not in name and seg not in raw and not usual_scope(seg, code, raw, words, cat):  # 食品工业 is not 工业增加值
        return f"{seg}: a part of {code} ({name}), not the whole"
    if re.match(r"(?:价格|指数|价格指数|单价|均价)", after):  # 固定资产投资价格: a price index, not the investment
        return f"{raw}{after}: a price of {code} ({name}), another quantity"
    if origin in ("learned", "similar", "covered", "completed"):
        other = other_modifier(without_place(words, cat.places), name)
        if other:  # 煤炭就地加工转化率 is not 电解铝就地加工转化率
            return other
    if origin in ("learned", "similar", "covered", "completed") and head_of(words):  # the words name a quantity
        mine, theirs = words, name
        for h in HEADS:
            mine, theirs = mine.removesuffix(h), theirs.removesuffix(h)
        referring = origin == "completed" and re.fullmatch(r"(?:该|其|本)?(?:公司|企业|集团|项目|园区)", mine)
        if len(mine) >= 2 and len(theirs) >= 2 and not _bigrams(mine) & _bigrams(theirs) \
                and not set(mine) & set(theirs) and not referring:  # 教育支出 is not 一般公共预算支出
            return f"{words} shares only its last word with {code} ({name})"  # 森林覆盖率 is not 垃圾…覆盖率
    if origin in ("learned", "similar", "covered", "completed", "list"):
        part = part_named(words, name + raw)
        if part:
            return f"{part}: a part of {code} ({name}), not the whole"
        k = name.rfind(words) if origin in ("completed", "covered", "similar") and len(words) >= 3 else -1
        extra = re.sub(r"[（()）]", "", name[:k]) if k > 0 else ""
        if extra and not _bigrams(extra) & _bigrams(context) and not (len(extra) == 1 and extra in context):
            return f"{code} ({name}) is only the {extra} part of {words}"  # 牛存栏 is not 奶牛存栏
        part = part_named(name.replace(words, ""), words) if origin == "completed" else \
            part_named(name.replace(words, ""), words + context) if origin == "similar" and words in name else ""
        if part and part not in context:  # 制造业 completed to 规模以上高技术制造业增加值: the name is a part of what the words name
            return f"{code} ({name}) is only the {part} part of {words}"
        bare = words[:-2] if head_of(words) == "总额" and head_of(words[:-2]) else words  # 投资总额 is 投资
        mine, theirs = head_of(bare), head_of(name)
        if mine and theirs and mine != theirs and not name.endswith(mine):
            return f"{mine} is not {theirs}: another quantity than {code} ({name})"
    return ""


#: Units of physical output: industry's output of a product is printed for the firms above the scale.
_PHYSICAL = ("mass", "energy_kwh", "volume_m3", "energy_tce", "length_km")


def usual_scope(extra: str, code: str, raw: str, words: str, cat) -> bool:
    """Whether the words ``extra`` before a catalogue name are its usual scope
    or its members, not a part of it (round 12):

    - 户籍 (人口) before a registered count (户籍人口总户数 is the registered households);
    - 规模以上工业(企业) before a physical output (规模以上工业企业发电量: products are
      counted for the firms above the scale; the ledger's 发电量 rows are so);
    - the members listed before a name that counts them (钢铁、铝业和电力三大支柱产业增加值).
    """
    if re.fullmatch(r"(?:[\u4e00-\u9fff]{1,6}?[市旗县区盟])?户籍(?:人口)?(?:的)?", extra) and code.startswith("registered_"):
        return True
    unit = cat.indicators.get(code, {}).get("unit", "")
    if re.fullmatch(r"(?:规模以上|规上)(?:工业)?(?:企业)?", extra) \
            and cat.units.get(unit, {}).get("dimension", "") in _PHYSICAL:
        return True
    if re.fullmatch(r"(?:规模以上|规上)(?:工业)?(?:企业)?(?:完成|实现|累计)?", extra) and any(
            c == code and p.startswith(("规模以上", "规上")) for p, c in cat.phrases.items()):
        return True  # 规上企业完成工业总产值: the catalogue names the quantity with its usual scope (a synonym 规模以上…)
    k = words.find(raw)
    return bool(re.match(r"[二两三四五六七八九十]+大", raw)) and k > 0 and bool(re.search(r"[、和及与]", words[:k]))


#: The scope a count of projects is printed with: a size threshold (亿元以上, 3000万元以上) or both levels (市旗两级).
_PROJECT_SCOPE = re.compile(r"[0-9一二三四五六七八九十百千]*(?:亿元|万元)(?:及)?以上|[市盟旗县区级]{0,3}两级")


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}
