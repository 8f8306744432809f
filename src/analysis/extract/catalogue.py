"""What extract knows: cities, units and the names of indicators.

Indicator names come from three places, most trusted first:

1. ``data/synonyms.csv`` (phrase → indicator code, curated; Chinese and English;
   a phrase with no code names another quantity — 城镇人口, 城镇化率 — that
   must not fall back on a shorter name inside it: extract proposes a new
   indicator for it);
2. each indicator's Chinese name in ``data/indicators.csv`` (and that name
   without a parenthesis);
3. phrases learned from the ledger's own excerpts: the words a curator's
   excerpt prints right before (or after) the figure's value, with period and
   verb words trimmed ("2024年全市第一产业增加值达173.3亿元" → 第一产业增加值).
   A learned phrase has 3 characters at least and a clear majority of its
   figures on one code. Every reviewed document so teaches the next extraction; a benchmark that
   scores a document leaves that document's rows out (``exclude_sources``).

>>> from analysis.ledger import load_ledger
>>> cat = Catalogue.from_ledger(load_ledger())
>>> cat.indicator_near("全市地区生产总值完成", 10)[0]
'gdp'
>>> learned_phrase("2024年全市第一产业增加值达173.3亿元", "173.3")
'第一产业增加值'
>>> line = "年末常住人口300万人，其中户籍人口"
>>> cat.indicator_in(line, line.index("其中"), len(line))
('registered_population', '户籍人口', 'synonym')
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .concept import _HEAD_WORDS  # the words before a name that do not narrow it (全市, 全社会, 年末 …)

#: Words before a number that are not part of an indicator's name.
_TRIM_TAIL = re.compile(
    r"(?:同比|比上年|较上年|较去年|比去年|同期|同口径|可比口径|分别|累计|总计|合计|全年|全市|首次|再次|已经|已|共|均|"
    r"完成|实现|达到|达|为|是|有|增长|增加|减少|下降|提高|提升|突破|超过|超|约|近|新增|增至|增长至|提升至|提高至|"
    r"降至|下降至|保持|稳定在|稳定|到|至|在|占|比重|比例|达到了|增加了|增长了|规模|总量|总额达|"
    r"的贡献率|贡献率|的拉动|拉动)+$")  # a contribution's measure words name no quantity
_TRIM_HEAD = re.compile(r"^(?:[0-9一二三四五六七八九十]+年|比上年|较上年|上年同期|去年同期|上年|去年|同期|比|较|[0-9]+月|[0-9]+—[0-9]+月|其中|今年|去年|上半年|前三季度|"
                        r"全年|全市|全区|我市|截至目前|截至|目前|新增|累计|共|当年|同期|年内|年度|力争|预计|计划)+")
_BREAK = re.compile(r"[，,。；;：:、（）()“”\"'《》\s]")


def learned_phrase(excerpt: str, value: str, places: tuple[str, ...] = ()) -> str:
    """The indicator words a curated excerpt prints before its value ('' if
    none); ``places``: names of the cities and areas (from the ledger), left
    out where they open the words.

    >>> learned_phrase("全市粮食产量达到12.3万吨", "12.3"), learned_phrase("营业收入、利润总额分别增长7.2%和6", "7.2")
    ('粮食产量', '')
    """
    i = excerpt.find(value)
    if i < 0:
        return ""
    if re.search(r"分别[^，,。；;]*$", excerpt[:i]):
        return ""  # "营业收入、利润总额分别增长7.2%和6.1%": a list's names are not beside their values
    before = _BREAK.split(excerpt[:i])[-1]
    before = _TRIM_HEAD.sub("", _TRIM_TAIL.sub("", before))
    while places and before.startswith(places):  # a place, then perhaps more head words (呼和浩特全市…)
        before = _TRIM_HEAD.sub("", before[len(next(p for p in places if before.startswith(p))):])
    before = _TRIM_TAIL.sub("", before)
    if len(before) >= 2 and not re.search(r"[0-9]", before):
        return before
    return ""


#: Other English spellings of a place's name as pages print them (pinyin, Mongolian romanisations):
#: the stem of ``cities.csv``/``areas.csv``'s English name → its variants.
EN_VARIANTS = {"Alxa": ("Alshaa", "Alashan", "Alasha"), "Ulanqab": ("Ulaanqab", "Ulanchab", "Wulanchabu"),
               "Hinggan": ("Xing'an", "Xingan", "Hinggan League"), "Hohhot": ("Huhhot", "Huhehaote"),
               "Bayannur": ("Bayannaoer", "Bayan Nur", "Bayannuur"), "Xilingol": ("Xilin Gol", "Xilinguole"),
               "Hulunbuir": ("Hulun Buir", "Hulunbeier"), "Ordos": ("Erdos", "Eerduosi")}


def english_aliases(name_en: str) -> tuple[str, ...]:
    """The other English names a page may print for a place: its name without
    the kind word (League, City, Banner …) and the spellings of its stem.

    >>> english_aliases("Alxa League")
    ('Alxa', 'Alshaa', 'Alashan', 'Alasha')
    >>> english_aliases("Alxa Left Banner")
    ('Alshaa Left Banner', 'Alashan Left Banner', 'Alasha Left Banner')
    >>> "Bayannuur" in english_aliases("Bayannur")  # China Daily's spelling (s510)
    True
    """
    name = re.sub(r"\s*\([^)]*\)", "", name_en or "").strip()
    out = []
    short = re.sub(r"\s+(?:League|City|Municipality|Prefecture)$", "", name)
    if short != name and len(short) > 3:
        out.append(short)
    for stem, variants in EN_VARIANTS.items():
        if re.match(rf"{re.escape(stem)}\b", name):
            out += [v + name[len(stem):] if name[len(stem):] not in (" League",) else v for v in variants]
    return tuple(dict.fromkeys(n for n in out if n != name_en))


def chinese_short_names(name_zh: str) -> tuple[str, ...]:
    """The short forms documents print for a banner whose name has a wing
    (左翼 / 右翼): the name's first character, the wing's side and the rest
    (科尔沁右翼前旗 is 科右前旗, 察哈尔右翼后旗 察右后旗); for an autonomous
    banner its people's name and 旗 (鄂伦春自治旗 is 鄂伦春旗); none for other names.

    >>> chinese_short_names("科尔沁右翼前旗"), chinese_short_names("察哈尔右翼后旗")
    (('科右前旗',), ('察右后旗',))
    >>> chinese_short_names("鄂伦春自治旗"), chinese_short_names("莫力达瓦达斡尔族自治旗")
    (('鄂伦春旗',), ('莫力达瓦旗',))
    >>> chinese_short_names("正蓝旗")
    ()
    """
    m = re.fullmatch(r"(.+?)([左右])翼(.+[旗])", name_zh or "")
    if m and len(m.group(1)) > 1:
        return (m.group(1)[0] + m.group(2) + m.group(3),)
    m = re.fullmatch(r"(.+?)(?:达斡尔)?族?自治旗", name_zh or "")  # 鄂伦春自治旗 is 鄂伦春旗, 莫力达瓦…自治旗 莫力达瓦旗
    return (m.group(1) + "旗",) if m else ()


#: Stems of areas' names that are also common words or other places' names (新城 a new town, 青山 green
#: hills in 绿水青山, 红山 the Hongshan culture, 科尔沁 the grassland, 海南 the province, 库伦 in 草库伦 a fenced
#: pasture, s694): such an area is known
#: by its full name only.
COMMON_WORD_STEMS = frozenset({"新城", "回民", "玉泉", "红山", "青山", "海南", "科尔沁", "库伦"})


def area_stem(name_zh: str) -> str:
    """The name documents print for a city or area without its kind word
    (市, 旗, 区, 县, 矿区), or "" when that stem is too short or a common word
    (:data:`COMMON_WORD_STEMS`).

    >>> area_stem("望川市"), area_stem("东山旗"), area_stem("白云鄂博矿区"), area_stem("新城区"), area_stem("某县")
    ('望川', '东山', '白云鄂博', '', '')
    """
    stem = re.sub(r"(?:矿区|[市旗区县])$", "", name_zh or "")
    return stem if stem != name_zh and len(stem) > 1 and stem not in COMMON_WORD_STEMS else ""


def place_names(cities: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The Chinese names of the catalogue's cities and areas, longest first
    (so that 呼和浩特市 is taken before 呼和浩特).

    A name catalogued without its suffix (赤峰) is also known with 市, as
    documents print it (赤峰市地区生产总值…: the phrase learned is 地区生产总值):

    >>> place_names({"x": ("望川市", "Wangchuan", "望川")})
    ('望川市', '望川')
    >>> place_names({"y": ("赤峰", "Chifeng", "赤峰"), "z": ("兴安盟", "Hinggan League", "兴安")})
    ('兴安盟', '赤峰市', '兴安', '赤峰')
    """
    names = {n for ns in cities.values() for n in ns if n and not n.isascii()}
    names |= {f"{n}市" for n in names if not n.endswith(("市", "盟", "旗", "县", "区")) and f"{n}盟" not in names}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def _head_unnamed(name: str, context: str) -> bool:
    """Whether a catalogue name's first word (its first two characters) is
    printed nowhere in ``context`` while it narrows the name (精细化学品…
    against 高端化学品…); a head that only says "all" or the usual scope
    (全市, 规模以上, 城乡, 常住 …) does not count.

    >>> _head_unnamed("精细化学品新增产能", "高端化学品新增产能占全部新增产能25%"), _head_unnamed("规模以上工业增加值", "工业增加值增长5%")
    (True, False)
    """
    return len(name) > 4 and name[:2] not in context and not _HEAD_WORDS.match(name) \
        and not re.match(r"规模|规上|限额|城乡|全体|常住|年度|本年|一般|社会|全口径", name)  # and the usual scopes


def _other_head(name: str, window: str) -> bool:
    """Whether ``window`` prints ``name`` but for its first word, with another
    word of two characters in its place (高端化学品新增产能 for 精细化学品新增产能).

    >>> _other_head("精细化学品新增产能", "高端化学品新增产能占全部新增产能"), _other_head("中欧班列线路", "。班列线路累计达到19条")
    (True, False)
    """
    k = window.find(name[2:]) if len(name) > 4 else -1
    return k >= 2 and bool(re.fullmatch(r"[\u4e00-\u9fff]{2}", window[k - 2:k])) and window[k - 2:k] != name[:2] \
        and _head_unnamed(name, window)


#: Share of a catalogue name's character bigrams the words around a number must hold (:meth:`Catalogue.covered`).
COVER_FLOOR = 0.7


@dataclass
class Catalogue:
    """Cities, units and indicator phrases, from the ledger."""

    cities: dict[str, tuple[str, ...]]          # slug → names (zh, short zh, en)
    units: dict[str, dict]                       # unit → {"dimension", "factor", "name_en"}
    indicators: dict[str, dict]                  # code → catalogue row
    phrases: dict[str, str]                      # phrase → code
    phrase_origin: dict[str, str] = field(default_factory=dict)  # phrase → synonym | name | learned
    parents: dict = field(default_factory=dict)  # area slug → its city's slug (areas.csv)

    @cached_property
    def areas(self) -> frozenset:
        """Slugs of the areas below a city (areas.csv)."""
        return frozenset(self.parents)

    @cached_property
    def children(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """city slug → its areas' Chinese names of two characters or more, as
        (name, slug), longest first (:func:`.zh.places.area_opening`)."""
        out: dict[str, list] = {}
        for slug, parent in self.parents.items():
            out.setdefault(parent, []).extend((n, slug) for n in self.cities.get(slug, ()) if len(n) >= 2)
        return {city: tuple(sorted(names, key=lambda p: -len(p[0]))) for city, names in out.items()}

    @cached_property
    def places(self) -> tuple[str, ...]:
        """Chinese names of the cities and areas, longest first (:func:`place_names`)."""
        return place_names(self.cities)

    @classmethod
    def from_ledger(cls, ledger, exclude_sources: tuple[str, ...] = (), learn: bool = True,
                    exclude_indicators: frozenset[str] = frozenset()) -> "Catalogue":
        """``exclude_sources``: documents whose excerpts teach nothing;
        ``exclude_indicators``: catalogue rows left out altogether (names,
        synonyms and learned phrases), as if no review had created them yet."""
        cities, parents = {}, {}
        for slug, c in ledger.cities.items():
            names = [c.name_zh, c.name_en, *english_aliases(c.name_en), *chinese_short_names(c.name_zh),
                     area_stem(c.name_zh) if c.name_zh.endswith("市") or getattr(c, "parent", "") else ""]
            cities[slug] = tuple(n for n in names if n)
            if getattr(c, "parent", ""):
                parents[slug] = c.parent
        indicators = {code: {"code": code, "name_zh": i.name_zh, "name_en": i.name_en, "unit": i.unit,
                             "price_basis": i.price_basis, "parent": i.parent} for code, i in ledger.indicators.items()
                      if code not in exclude_indicators}
        phrases: dict[str, str] = {}
        origin: dict[str, str] = {}
        places = place_names(cities)
        if learn:
            votes: dict[str, Counter] = defaultdict(Counter)
            for f in ledger.figures:
                if f.source_id in exclude_sources or f.indicator in exclude_indicators:
                    continue
                p = learned_phrase(f.excerpt, f.value, places)
                if p:
                    votes[p][f.indicator] += 1
            for p, c in votes.items():
                code, n = c.most_common(1)[0]
                # a clear majority, and words specific enough: 3 characters at least (2-character ones,
                # 加快, 开工, 活动, were mostly wrong on the seeds held out) and not 企业, 项目 alone
                # an English phrase of one word is a verb or a scrap ("reached"), never a name
                if n * 2 > sum(c.values()) and len(p) >= 3 and p not in GENERIC and not (p.isascii() and " " not in p):
                    phrases[p], origin[p] = code, "learned"
        variants: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for code, i in indicators.items():
            m = re.search(r"[（(](.*?)[)）]", i["name_zh"])
            base = re.sub(r"[（(].*?[)）]", "", i["name_zh"])
            if m:
                variants[base].append((code, m.group(1)))
            for name in {i["name_zh"], base, i["name_en"].lower()}:
                if len(name) >= 2:
                    phrases[name], origin[name] = code, "name"
        for row in read_synonyms(Path(ledger.directory) / "synonyms.csv"):
            if row["indicator"] in indicators:
                phrases[row["phrase"]], origin[row["phrase"]] = row["indicator"], "synonym"
            elif not row["indicator"].strip():  # another quantity (城镇人口): never the catalogue's 常住人口
                phrases[row["phrase"]], origin[row["phrase"]] = "", "other"
        cat = cls(cities, dict(ledger.units), indicators, phrases, origin, parents)
        cat.variants = {b: v for b, v in variants.items() if len(v) > 1 or b not in
                        {i["name_zh"] for i in indicators.values()}}
        return cat

    def resolve(self, code: str, phrase: str, context: str) -> str:
        """Among the indicators that share a name but for a parenthesis
        (签约亿元以上项目（新材料产业集群） …), the one whose parenthesis the
        context names; the phrase's own code otherwise."""
        options = getattr(self, "variants", {}).get(phrase)
        if not options:
            return code
        named = [c for c, paren in options if paren and (paren in context or paren.replace("产业集群", "") in context)]
        return named[-1] if named else code

    def indicator_near(self, text: str, end: int, after: str = "") -> tuple[str, str, str]:
        """The indicator whose phrase ends closest before ``end`` in ``text``
        (the longest on a tie), else the first one in ``after``: (code, phrase,
        origin), or ('', '', '') when none is named."""
        best = None
        head = _joined(text[:end])  # "播 种面积" (a PDF's line wrap) is 播种面积
        after = _joined(after)
        low = head.lower()
        for phrase, code in self.phrases.items():
            k = low.rfind(phrase.lower())
            if k < 0 or narrowed(low, k, phrase):
                continue
            score = (k + len(phrase), len(phrase))
            if best is None or score > best[0]:
                best = (score, code, phrase)
        if best is not None:
            return best[1], best[2], self.phrase_origin.get(best[2], "")
        la = after.lower()
        hits = [(la.find(p.lower()), -len(p), c, p) for p, c in self.phrases.items()
                if p.lower() in la and not narrowed(la, la.find(p.lower()), p)]
        if hits:
            _, _, code, phrase = min(hits)
            return code, phrase, self.phrase_origin.get(phrase, "")
        return "", "", ""

    def indicator_in(self, sentence: str, clause_start: int, end: int, after: str = "",
                     context: str = "") -> tuple[str, str, str]:
        code, phrase, origin = self._indicator_in(sentence, clause_start, end, after)
        if code:
            code = self.resolve(code, phrase, context or sentence)
        return code, phrase, origin

    def _indicator_in(self, sentence: str, clause_start: int, end: int, after: str = "") -> tuple[str, str, str]:
        """The indicator of a number at ``end`` of ``sentence`` whose clause
        starts at ``clause_start``: a phrase named in the clause; else the
        catalogue name most like the clause's words (character bigrams, Dice
        ≥ 0.7); else, when the clause names nothing of its own (同比增长…), a
        phrase earlier in the sentence. After "A、B等" (examples) the number
        counts what its unit is followed by: that name, or the catalogue name
        holding those words (:meth:`completed`, :meth:`covered`), else origin
        ``examples`` (a new indicator to propose, never the examples' names).

        >>> cat = Catalogue({}, {}, {}, {"数据中心": "dc"}, {"数据中心": "name"})
        >>> cat.indicator_in("抓实甲数据中心、乙工厂等", 0, 12, "企业投资项目，确保")
        ('', '企业投资项目', 'examples')
        """
        clause = sentence[clause_start:end]
        head = re.split(r"[，,。；;、]", after)[0]
        if head and re.search(r"等$", clause.rstrip()):
            # "A、B等22个项目": A and B are examples; the number counts what follows it
            code, phrase, origin = self.indicator_near("", 0, head)
            if code and head.lower().find(phrase.lower()) <= 2:
                return code, phrase, origin
            words = re.split(r"已|全部|均|正在|加快|实现|完成|建成|开工|，|,", head)[0] or head
            alt, alt_phrase = self.completed(words, sentence[:end] + head, end) if len(words) > 2 else ("", "")
            if alt:  # 锂电池领域…等10余家领军企业 → 锂电池领域领军企业
                return alt, alt_phrase, "completed"
            alt, alt_phrase = self.covered(head)
            if alt:
                return alt, alt_phrase, "covered"
            return "", words, "examples"
        code, phrase, origin = self.indicator_near(clause, len(clause))
        if code or origin == "other":
            return code, phrase, origin
        if head and re.search(r"(?:建成|建设|打造|实施|推动|引进|新增|培育|创建|落地|加快|开工|完成|累计|共有|拥有|"
                              r"已有|有|等|达|为)$|^$", clause[-4:]):
            code, phrase, origin = self.indicator_near("", 0, head)  # 建成43个一刻钟便民生活圈
            if code and head.lower().find(phrase.lower()) <= 2:
                return code, phrase, origin
        words = learned_phrase(clause + "0", "0", self.places) or re.sub(r"[0-9.]+", "", clause)
        code, phrase = self.most_like(words)
        if code:
            return code, phrase, "similar"
        own = re.sub(r"(?:较|比|与)?(?:19|20)[0-9]{2}年(?:同期)?|十[三四五]五[^，,]{0,3}|上年|去年|同期|同比|两年平均|增长|"
                     r"增速|分别|下降|提高|提升|增加|减少|达到|达|为|、|和|及|与|[“”\"()（）]", "", clause)
        if len(re.sub(r"[0-9.,]+|亿元|万元|亿|万|%|、", "", own)) <= 2:
            return self.indicator_near(sentence[:end], end, head)
        return self.indicator_near(clause, len(clause), head)

    def named_in(self, text: str) -> list[tuple[str, str, str]]:
        """The indicators ``text`` names, in reading order (code, phrase, origin):
        the longest phrase wins where phrases overlap; other quantities
        (synonyms without a code) count as items too.

        >>> from analysis.ledger import load_ledger
        >>> [c for c, _, _ in Catalogue.from_ledger(load_ledger()).named_in("粮食总产量和地区生 产总值分别")]
        ['grain_output', 'gdp']
        """
        low = _joined(text).lower()
        hits = []
        for phrase, code in self.phrases.items():
            k = low.find(phrase.lower())
            while k >= 0:
                if not narrowed(low, k, phrase):
                    hits.append((k, -len(phrase), phrase, code))
                k = low.find(phrase.lower(), k + 1)
        taken, out = [], []
        for k, neg, phrase, code in sorted(hits, key=lambda h: (h[1], h[0])):  # longest first
            if any(k < b and a < k - neg for a, b in taken):
                continue
            taken.append((k, k - neg))
            out.append((k, code, phrase, self.phrase_origin.get(phrase, "")))
        return [(c, p, o) for _, c, p, o in sorted(out)]

    def covered(self, window: str, floor: float = COVER_FLOOR) -> tuple[str, str]:
        """The catalogue name whose character bigrams ``window`` (the words
        around a number, before and after it) holds the most of, if at least
        ``floor`` of them: a last resort when no name is printed whole
        ("已开复工项目1175个" for 重点项目开复工). Learned phrases do not count.

        >>> from analysis.ledger import load_ledger
        >>> Catalogue.from_ledger(load_ledger()).covered("全市社会消费品零售总额")[0]
        'retail_sales'
        """
        window = _joined(window)
        grams = _bigrams(window)
        if len(grams) < 2:
            return "", ""
        if not hasattr(self, "_grams"):
            self._grams = {p: _bigrams(p) for p in self.phrases if not p.isascii()}
        best, best_p = (0.0, 0), ""
        for p, g in self._grams.items():
            if len(g) < 3 or self.phrase_origin.get(p) == "learned" or not self.phrases[p] or opposed(window, p):
                continue
            score = (len(grams & g) / len(g), len(g))
            if score > best:
                best, best_p = score, p
        if best[0] >= floor and not _other_head(best_p, window) and not any(
                best_p in o and o in window for o in self._others):  # 苏木乡镇街道 holds 苏木乡镇 but is another count
            return self.phrases[best_p], best_p
        return "", ""

    @cached_property
    def _others(self) -> tuple[str, ...]:
        """Chinese synonyms of another quantity (empty code in synonyms.csv)."""
        return tuple(p for p, c in self.phrases.items() if not c and not p.isascii())

    def most_like(self, words: str, floor: float = 0.7) -> tuple[str, str]:
        """The catalogue phrase most like ``words`` (Dice coefficient of
        character bigrams), if at least ``floor``."""
        grams = _bigrams(_joined(words))
        if len(grams) < 2:
            return "", ""
        if not hasattr(self, "_grams"):
            self._grams = {p: _bigrams(p) for p in self.phrases if not p.isascii()}
        best, best_p = 0.0, ""
        for p, g in self._grams.items():
            if not g or opposed(words, p):
                continue
            d = 2 * len(grams & g) / (len(grams) + len(g))
            if d > best:
                best, best_p = d, p
        if best >= floor and not _other_head(best_p, _joined(words)):  # 精细化学品… is not like 高端化学品…: another kind
            return self.phrases[best_p], best_p
        return "", ""

    def completed(self, words: str, context: str, at: int | None = None) -> tuple[str, str]:
        """The catalogue name (or synonym) that prints the end of ``words`` (the
        subject words right before a number) whole, and of whose other words
        ``context`` (the number's line) holds the most; ('', '') when the match
        is weak. Used when no name is printed whole ("出口货值" for a firm's
        "某某公司出口货值" named elsewhere in the line).

        The longest ending of ``words`` found in some name wins; an ending of 2
        characters, or a generic word (项目, 投资), needs at least 60 % of the
        name's other character pairs in ``context``, a longer one 30 %; an ending shorter than 4 characters must be at
        least half of ``words``. Among names, the most covered before the number wins (then in the whole line), then the one
        whose other words are all printed nearest before ``at``, then the shortest.

        >>> cat = Catalogue({}, {}, {}, {"甲乙公司出口货值": "x_exports", "丙丁公司出口货值": "y_exports",
        ...                  "出口企业": "z"}, {"甲乙公司出口货值": "name", "丙丁公司出口货值": "name", "出口企业": "name"})
        >>> cat.completed("我们公司出口货值", "丙丁公司介绍：今年我们公司出口货值")
        ('y_exports', '丙丁公司出口货值')
        >>> cat.completed("投资", "公司投资")
        ('', '')
        """
        words = _joined(words)
        ctx = _joined(context)
        at = len(ctx) if at is None else at
        pool = [p for p, c in self.phrases.items() if c and not p.isascii()
                and self.phrase_origin.get(p) in ("name", "synonym")]
        for k in range(max(0, len(words) - 24), len(words) - 1):
            end = words[k:]
            hits = [p for p in pool if end in p]
            if not hits:
                continue
            own = _bigrams(end)
            ctx_grams, before = _bigrams(ctx), _bigrams(ctx[:at])
            best, best_p = None, ""
            for p in hits:
                extra = _bigrams(p) - own
                cov = len(extra & ctx_grams) / len(extra) if extra else 1.0
                cov_before = len(extra & before) / len(extra) if extra else 1.0
                near = min([k for k in (ctx.rfind(g, 0, at) for g in extra) if k >= 0] or [at])
                score = (round(cov_before, 3), round(cov, 3), near, -len(p))
                if best is None or score > best:
                    best, best_p = score, p
            if len(end) < 4 and 2 * len(end) < len(words):
                return "", ""  # "城镇失业人员再就业": its last word alone (就业) names another quantity
            if best_p == end and narrowed(words, k, end):
                return "", ""  # "智慧农场": the bare name (农场) of a narrower noun would widen it
            weak = len(end) <= 2 or end in GENERIC
            if len(end) == 3 and sibling_head(words, k, best_p, end):
                return "", ""  # "渔业产值" is not 林业产值: the name prints another head where the words print theirs
            if re.search(r"非.?$", words[:k]) and "非" not in best_p:
                return "", ""  # "非税收入", "非煤产业": the words before the ending negate it (non-)
            if _other_head(best_p, ctx):
                return "", ""  # "高端化学品新增产能": the name's tail (化学品…) is printed after another head than its 精细
            floor = 0.6 if weak else 0.3
            cov = max(best[0], best[1])
            if cov >= floor and (cov > 0 or not weak):
                return self.phrases[best_p], best_p
            return "", ""
        return "", ""

    def units_longest_first(self) -> list[str]:
        return sorted(self.units, key=len, reverse=True)


def sibling_head(words: str, k: int, name: str, end: str) -> bool:
    """Whether ``name`` extends the ending ``end`` (``words[k:]``, three characters) leftward
    with another character than ``words`` print there: a sibling concept
    (渔业产值 and 林业产值 share 业产值), not a longer name of the same one.

    >>> sibling_head("渔业产值", 1, "林业产值", "业产值"), sibling_head("全旗林业产值", 3, "林业产值", "业产值")
    (True, False)
    """
    at = name.find(end)
    return k > 0 and at > 0 and name[at - 1] != words[k - 1] and bool(re.match(r"[\u4e00-\u9fff]", words[k - 1]))


#: Learned words too general to name an indicator on their own.
GENERIC = {"企业", "项目", "资金", "投资", "收入", "规模", "总量", "产值", "增加值", "总额", "面积", "数量", "人次",
           "同比", "以上", "累计", "新增", "其中", "全市", "全区", "上年", "同期", "达到", "完成", "实现", "种植面积", "播种面积", "养殖面积", "建设面积",
           "产量", "总产量", "年产量", "总产"}  # 总产量 alone: of grain, sunflowers, potatoes … (s790)


_WRAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


#: What may stand right before a one-word name (农场, 乡镇, 托位) that still names
#: the whole concept: a measure word, a conjunction, a verb of building or
#: counting, a scope. Any other character makes a compound ("智慧农场"), a
#: narrower concept the bare name would widen.
_BEFORE_ONE_WORD = re.compile(r"(?:[个家座处所和及与、等，,；;：:（(“\"]|建成|新建|建设|新增|共有|拥有|有|辖|全市|全区|全旗|全盟|"
                              r"全县|其中|包括|累计|培育|打造|创建|设立|共|各|级|新|的)$")


#: What a one-character noun is counted by in a three-character name (羊存栏, 牛出栏, 麦产量).
_ONE_CHAR_HEADS = {"存栏", "出栏", "饲养"}


def narrowed(text: str, k: int, phrase: str) -> bool:
    """Whether a short catalogue name (two characters or fewer) found at
    ``k`` of ``text`` is only the tail of a longer noun: the concept that
    noun names is narrower, and the bare name's code would widen it
    (issue 18: a concept is never widened).

    >>> narrowed("建成8个智慧农场", 6, "农场"), narrowed("区辖9个乡镇、2个农场", 9, "农场")
    (True, False)
    >>> narrowed("农场5个", 0, "农场"), narrowed("全市地区生产总值", 2, "地区生产总值")
    (False, False)
    >>> narrowed("山羊存栏77万只", 1, "羊存栏"), narrowed("全旗羊存栏77万只", 2, "羊存栏")
    (True, False)
    """
    one_word = len(phrase) <= 2 or len(phrase) == 3 and phrase[1:] in _ONE_CHAR_HEADS \
        and re.match(r"[\u4e00-\u9fff]", phrase) and phrase[0] not in "总年全新"  # 羊存栏: the noun 羊, then 存栏
    if not one_word or phrase.isascii() or k <= 0 or not re.match(r"[\u4e00-\u9fff]", text[k - 1]):
        return False
    return not _BEFORE_ONE_WORD.search(text[max(0, k - 4):k])


def _joined(text: str) -> str:
    """``text`` without the spaces a line wrap leaves between two Chinese characters."""
    return _WRAP.sub("", text) if " " in text or "\n" in text else text


#: Words that name opposite quantities: a name holding one is never "like" words holding the other
#: (预算支出 is not 预算收入).
OPPOSED = (("收入", "支出"), ("出口", "进口"), ("城镇", "农村"), ("存款", "贷款"), ("流入", "流出"))


def opposed(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` name opposite quantities (one says 收入, the other 支出).

    >>> opposed("公共财政预算支出", "公共财政预算收入"), opposed("出口总额", "进出口总额"), opposed("税收收入", "收入")
    (True, False, False)
    """
    return any((x in a and y in b and y not in a) or (y in a and x in b and x not in a)
               or (x in b and y in a and y not in b) or (y in b and x in a and x not in b) for x, y in OPPOSED)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def read_synonyms(path: Path) -> list[dict]:
    """Rows of ``synonyms.csv`` (phrase, indicator, lang, notes); [] if absent."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
