"""Names compared once normalised: the words before a number and the
catalogue's names (and synonyms) are written the same way before they are
matched, so that a short form or a filler verb does not hide a name printed
whole.

- short forms are written out: 规上 → 规模以上, 限上 → 限额以上, 一产 / 二产 / 三产 →
  第一 / 第二 / 第三产业;
- words that only say how a figure was reached or over which months are left
  out: (共)实现, 完成, 累计, 当月, 全年, 本年, 5月份, 1—5月份, and a place's "whole"
  (全市, 全旗 …) in front;
- 工业企业 is 工业 before a quantity of it (规模以上工业企业营业收入 is
  规模以上工业营业收入), and 总产值 is 产值 (工业产值 is 工业总产值).

A name matched this way is a name printed whole; the words are then checked
like any other (:func:`analysis.extract.concept.widened`: a part never takes
the whole's code).

>>> normal("规上工业企业实现营业收入"), normal("全旗规上工业累计产销率"), normal("5月份当月产销率")
('规模以上工业营业收入', '规模以上工业产销率', '产销率')
>>> normal("一产投资"), normal("规上工业产值"), normal("工业总产值")
('第一产业投资', '规模以上工业产值', '工业产值')
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..concept import raw_name
from ..names import made_output

#: Short forms and what they stand for.
_SHORT = (("规上", "规模以上"), ("限上", "限额以上"), ("一产", "第一产业"), ("二产", "第二产业"), ("三产", "第三产业"),
          ("种植面积", "播种面积"))  # a crop's planted area is its sown area (玉米种植面积 = 玉米播种面积)
#: Words that say how or over which months a figure was reached, not what it is.
_FILLER = re.compile(r"(?:共|合计|总共)(?=实现|完成)|实现了?|完成了?|累计|当月|全年|本年|(?:1\s*[—\-－~至]\s*)?[0-9]{1,2}\s*月份?|"
                     r"(?<=工业)企业(?=营业收入|营收|利润|产销率|增加值|产值|总产值)|总(?=产值)")
#: "The whole" of a place in front of a name.
_WHOLE = re.compile(r"^(?:全市|全区|全盟|全旗|全县|全省|我市|本市|其中)")


def written_out(words: str) -> str:
    """``words`` with their short forms written out (一产投资 → 第一产业投资).

    >>> written_out("一产投资"), written_out("第一产业投资"), written_out("规上工业")
    ('第一产业投资', '第一产业投资', '规模以上工业')
    """
    w = words
    for short, full in _SHORT:
        w = re.sub(rf"(?<!第){short}(?!业)", full, w) if short.endswith("产") else w.replace(short, full)
    return w


def normal(words: str) -> str:
    """``words`` with short forms written out and filler words left out."""
    w, before = written_out(words), None
    while w != before:  # 工业企业实现营业收入: 实现 goes, then 企业
        w, before = _FILLER.sub("", w), w
    return _WHOLE.sub("", w.strip())


def _index(cat) -> dict[str, tuple[str, str]]:
    """The catalogue's Chinese names and synonyms with a code, normalised: normal form → (code, phrase)."""
    found = getattr(cat, "_normal_index", None)
    if found is not None:
        return found
    out: dict[str, tuple[str, str]] = {}
    for phrase, code in cat.phrases.items():
        if not code or phrase.isascii() or cat.phrase_origin.get(phrase) not in ("name", "synonym"):
            continue
        key = normal(phrase)
        if len(key) >= 3 and (key not in out or len(phrase) > len(out[key][1])):
            out[key] = (code, phrase)
    cat._normal_index = out
    return out


def normal_name(words: str, cat, found: str = "") -> tuple[str, str, str] | None:
    """The catalogue row whose normalised name (or synonym) ends the normalised
    ``words`` and is longer than the normalised ``found`` (the phrase found
    otherwise, '' if none) when that one ends them too: (code, phrase,
    normalised words), else None. The longest such name wins: the narrower
    concept.

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> normal_name("全旗规模以上工业企业实现营业收入", cat, "规模以上工业")[0]
    'industry_revenue_above_scale'
    >>> normal_name("规上工业累计产销率", cat)[0], normal_name("当月产销率", cat)
    ('industrial_sales_ratio', None)
    >>> normal_name("规模以上工业增加值", cat, "规模以上工业增加值") is None  # nothing longer than what was found
    True
    >>> normal_name("规上工业产值", cat, "规上工业")[0]  # 规上工业 does not end the words: 产值 is their head
    'industrial_output_value'

    """
    norm = normal(words)
    if len(norm) < 3:
        return None
    least = len(normal(raw_name(found))) if found and norm.endswith(normal(raw_name(found))) else 0
    index = _index(cat)
    from ..catalogue import narrowed

    for k in range(len(norm) - 2):
        hit = index.get(norm[k:])
        if hit and len(norm) - k > least:
            if narrowed(norm, k, norm[k:]):
                return None  # 山羊存栏 is no 羊存栏: a compound noun names a narrower concept
            return hit[0], hit[1], norm
    return None


def _whole_subject(subject: str, before: str, places: tuple[str, ...] = ()) -> bool:
    """Whether ``subject`` is printed in ``before`` as the whole subject of a quantity: not followed by
    words naming a part of it (规模以上工业重点产业…, 规模以上工业制造业…, 工业重点项目…) nor printed as what a share is of
    (占全部规上工业…) nor after a qualifier naming a kind (农牧业重点项目, 市级重点项目; a place in ``places`` is none)."""
    k = before.find(subject)
    while k >= 0:
        rest = re.match(r"[^，,。；;、：:0-9]*", before[k + len(subject):]).group(0)
        pre = before[:k]
        qualified = re.search(r"[\u4e00-\u9fff][业级类型]$", pre) and not pre.endswith(places)
        if not re.search(r"产业|行业|集群|领域|板块|园区|制造业|企业(?!数)|项目", rest) and not re.search(
                r"(?:占|全部|对|于|比|较)$", pre) and not qualified:
            # 占全部规上工业…的: a whole compared with; 32个农牧业重点项目: a part (a qualifier before it)
            return True
        k = before.find(subject, k + 1)
    return False


def carried_name(words: str, sentence: str, cat) -> tuple[str, str, str] | None:
    """The catalogue row whose normalised name is the normalised ``words`` (a
    bare clause: 实现产销率, 利润总额) completed with a subject the sentence
    printed before them (规模以上工业企业…；实现产销率): (code, phrase, subject),
    else None. The subject must be printed whole (normalised) in ``sentence``
    and be at least two characters; the longest name wins.

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> carried_name("实现产销率", "全年规模以上工业企业实现营业收入9亿元；", cat)[:2]
    ('industrial_sales_ratio', '规模以上工业企业产销率')
    >>> carried_name("实现产销率", "全年某公司实现营业收入9亿元；", cat) is None
    True
    >>> carried_name("实现利润总额", "全盟规模以上工业重点产业实现营业收入9亿元；", cat) is None  # the subject was a part
    True
    >>> carried_name("完成投资", "8个甲业重点项目全部开工，", cat) is None  # 甲业重点项目: a part of the key projects
    True
    >>> carried_name("渔业产值", "全旗农林牧渔业总产值9亿元，其中，", cat) is None  # a part of the whole named before
    True
    """
    norm = normal(words)
    if len(norm) < 2:
        return None
    before = normal(re.sub(r"[0-9.%]+", "", sentence))
    best = None
    for key, (code, phrase) in _index(cat).items():
        if key.endswith(norm) and len(key) - len(norm) >= 2:
            subject = key[:len(key) - len(norm)]
            at = before.rfind(subject + norm[0])
            if at >= 0 and (subject + norm not in before or "其中" in before[at:]):
                # "农林牧渔…总产值，其中…渔业产值": 农林牧 is no subject but a piece of the whole's name
                continue
            if _whole_subject(subject, before, tuple(cat.places)) and (best is None or len(key) > len(best[2])):
                best = (code, phrase, key)
    return (best[0], best[1], best[2][:len(best[2]) - len(norm)]) if best else None


def counted_firms(noun: str, cat) -> tuple[str, str] | None:
    """The catalogue's count of firms ("X企业数") of the group of firms ``noun``
    (the words after a count in 户 or 家) begins with: "476户规模以上工业增加值…"
    counts 规模以上工业企业; (code, phrase), else None. The longest group wins.

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> counted_firms("规上工业企业", cat)[0], counted_firms("规模以上工业增加值", cat)[0]
    ('industrial_firms_above_scale', 'industrial_firms_above_scale')
    >>> counted_firms("农户", cat) is None
    True
    """
    index = _index(cat)
    for k in range(len(noun), 1, -1):
        group = re.sub(r"企业$", "", noun[:k])
        hit = index.get(normal(group + "企业数")) if len(group) >= 2 else None
        if hit:
            return hit
    return None


#: A bare animal in a sentence of inventories, and the catalogue's word for it (猪 → 生猪存栏).
_ANIMALS = {"猪": "生猪", "生猪": "生猪", "羊": "羊", "牛": "牛", "肉牛": "肉牛", "奶牛": "奶牛", "禽": "家禽", "家禽": "家禽"}


def product_name(words: str, before: str, dimension: str, unit: str = "") -> str:
    """The catalogue words a figure printed with a bare product or animal
    names ('' if none): what a firm produces (生产原煤20325.6万吨 → 原煤产量), a
    product in a sentence of outputs (…产量…；焦炭62.5万吨 → 焦炭产量), an
    animal in a sentence of inventories (牲畜总头数…。其中，猪5.55万头 → 生猪存栏;
    not after 出栏, the animals sold).

    >>> product_name("规模以上工业企业生产原煤", "", "mass"), product_name("焦炭", "分产品产量看，", "mass")
    ('原煤产量', '焦炭产量')
    >>> product_name("猪", "年末牲畜总头数60万头。其中，", "livestock_head"), product_name("羊", "牲畜出栏80万头，其中", "livestock_head")
    ('生猪存栏', '')
    >>> product_name("羊", "牲畜总头数60万头。其中，猪5万头；", "count", "万只")
    '羊存栏'
    """
    if dimension in ("mass", "energy_kwh", "volume_m3"):
        made = made_output(words)
        if made:
            return made
        if "产量" in before and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", words):
            return words + "产量"
    if (dimension == "livestock_head" or unit.endswith("只")) and words in _ANIMALS:  # 万只: sheep, or pieces
        said = re.findall(r"存栏|出栏|饲养量|牲畜总头数|牲畜头数", before)
        if said and said[-1] in ("存栏", "牲畜总头数", "牲畜头数"):
            return _ANIMALS[words] + "存栏"
    return ""


#: The poor named after a count, then lifted out of poverty ("9034户20427名贫困对象全部脱贫").
_POOR_AFTER = re.compile(r"(?:\s*[0-9.]+\s*万?(?:户|人|名))?\s*(?:(?:建档立卡|农村牧区|农村)?贫困(?:户|人口|对象|群众|家庭)?"
                         r"[^，,。；;0-9]{0,4}?)?(?:全部|均|已经?|如期|稳定|实现|顺利)*脱贫")  # also 59户118人全部脱贫
#: Lifted out of poverty, then the count ("全年脱贫324户743人").
_POOR_BEFORE = re.compile(r"(?:实现|累计|全年|共)?(?:稳定)?脱贫(?:[0-9.]+\s*万?户)?$")


def lifted_out(unit: str, lead: str, after: str) -> str:
    """The catalogue's name for a count of households or persons lifted out of
    poverty (脱贫户数, 脱贫人口), '' when the words around it say otherwise.

    >>> lifted_out("户", "全县", "20427名贫困对象全部脱贫"), lifted_out("名", "9034户", "贫困对象全部脱贫")
    ('脱贫户数', '脱贫人口')
    >>> lifted_out("人", "全年脱贫324户", ""), lifted_out("户", "", "贫困户享受产业扶持"), lifted_out("个", "", "贫困村全部出列")
    ('脱贫人口', '', '')
    >>> lifted_out("户", "建档立卡", "118人全部脱贫"), lifted_out("人", "建档立卡59户", "全部脱贫")
    ('脱贫户数', '脱贫人口')
    """
    persons = unit in ("人", "名", "万人")
    if unit not in ("户", "万户") and not persons:
        return ""
    if _POOR_AFTER.match(after) or _POOR_BEFORE.search(lead):
        return "脱贫人口" if persons else "脱贫户数"
    return ""

