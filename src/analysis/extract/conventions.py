"""The ledger's conventions for a row's price basis, applied to every
candidate once its indicator and measure are known (docs/curation.md,
``price_basis``), so that a reviewer does not retype them:

- GDP and value added: growth, average growth, contributions and pulls are
  at comparable prices (NBS publishes them so); shares of GDP (or of a value
  added) are current;
- a sum of money (a level or change in yuan) is at current prices, also when
  its indicator is still a proposal;
- a basis the line itself gave (real growth, 按可比价) is kept;
- a population the line calls 户籍 (registered, hukou) is not the resident
  population (常住人口): it gets the catalogue's registered code, or becomes
  a proposal (:func:`registered_not_resident`).

>>> from types import SimpleNamespace as C
>>> units = {"亿元": {"dimension": "currency_cny"}, "%": {"dimension": "percent"}}
>>> rows = [C(indicator="", measure="level", unit="亿元", price_basis="none"),
...         C(indicator="va_secondary", measure="contribution", unit="%", price_basis="none"),
...         C(indicator="gdp", measure="avg_growth", unit="%", price_basis="none"),
...         C(indicator="va_primary", measure="share", unit="%", price_basis="none", denominator="gdp"),
...         C(indicator="retail_sales", measure="growth", unit="%", price_basis="current"),
...         C(indicator="gdp_per_capita", measure="growth", unit="%", price_basis="current"),
...         C(indicator="gdp", measure="growth", unit="%", price_basis="current", excerpt="按现价计算增长9.3%")]
>>> for r in rows: r.excerpt, r.notes = getattr(r, "excerpt", ""), ""
>>> settle_price_basis(rows, units)
>>> [r.price_basis for r in rows]
['current', 'comparable', 'comparable', 'current', 'current', 'comparable', 'current']
"""

from __future__ import annotations

import dataclasses
import re

from ..figure_rules import GROWTH_MEASURES, RANK_MEASURES
from .periods_zh import yearbook_volume_year

#: Indicators whose growth NBS publishes at comparable prices, by code prefix (GDP per capita too: the
#: ledger's 18 of 18; gross output of farming and industrial output value, as docs/curation.md says).
COMPARABLE_PREFIXES = ("gdp", "va_", "agri_forestry_livestock_fishery_output", "industrial_output_value")
COMPARABLE_MEASURES = (*GROWTH_MEASURES, "contribution", "pull")


def settle_price_basis(cands, units: dict, indicators: dict | None = None) -> None:
    """Set each candidate's ``price_basis`` by the conventions above, in place;
    a basis other than ``none`` already given is kept except for a share of GDP.
    With ``indicators`` (the catalogue), a growth of a sum of money other than
    GDP's (retail sales, investment, revenue, income) left at ``none`` takes the
    indicator's basis (the ledger: 159 of 163 such rows are current).

    >>> from types import SimpleNamespace as C
    >>> r = C(indicator="fai", measure="growth", unit="%", price_basis="none", excerpt="", notes="")
    >>> settle_price_basis([r], {}, {"fai": {"price_basis": "current"}}); r.price_basis
    'current'
    >>> r = C(indicator="", proposed_indicator="rural minimum living allowances", measure="growth", unit="%",
    ...       price_basis="none", excerpt="", notes="")
    >>> settle_price_basis([r], {}, {}); r.price_basis
    'current'
    >>> r = C(indicator="", measure="share", unit="%", price_basis="none", denominator="fai", excerpt="", notes="")
    >>> settle_price_basis([r], {}, {"fai": {"price_basis": "current"}}); r.price_basis
    'current'
    """
    indicators = indicators or {}
    for c in cands:
        code = c.indicator or ""
        dim = units.get(c.unit, {}).get("dimension", "")
        gdp_like = code.startswith(COMPARABLE_PREFIXES)
        if gdp_like and c.measure in COMPARABLE_MEASURES and c.price_basis != "comparable" \
                and not re.search(r"现价|名义|nominal|current prices", f"{c.excerpt} {c.notes}"):
            c.price_basis = "comparable"
        elif gdp_like and c.measure == "share" and getattr(c, "denominator", "").startswith(("gdp", "va_")):
            c.price_basis = "current"
        elif c.measure in ("level", "change") and dim.startswith("currency") and c.price_basis == "none":
            c.price_basis = "current"
        elif c.measure in ("growth", "avg_growth", "two_year_avg") and c.price_basis == "none" and not gdp_like \
                and indicators.get(code, {}).get("price_basis") == "current":
            c.price_basis = "current"
        elif c.measure == "share" and c.price_basis == "none" \
                and indicators.get(getattr(c, "denominator", ""), {}).get("price_basis") == "current":
            c.price_basis = "current"  # a share of a sum of money is at current prices (the ledger: 226 of 226)
        elif c.measure in ("growth", "avg_growth", "two_year_avg") and c.price_basis == "none" and not code \
                and _MONEY.search(getattr(c, "proposed_indicator", "") or ""):
            c.price_basis = "current"  # a proposed income, revenue, allowance … : a sum of money, at current prices


#: Words of a proposed name that make it a sum of money (its growth is at current prices, as the catalogue's
#: incomes, revenues and investment are).
_MONEY = re.compile(r"收入|营收|利润|投资|销售额|工资|补助|补贴|保障标准|生活标准|资金|支出|存款|贷款|"
                    r"\b(?:income|revenue|profits?|investment|sales|wages?|salar(?:y|ies)|allowances?|subsid(?:y|ies)|"
                    r"funds|expenditure|deposits|loans)\b", re.I)


def text_before(c, lines: list[str], printed: list[str] | None = None, *, through_value: bool = False,
                start: int = 0) -> str | None:
    """The line's text (simplified, without pinyin readings) before candidate
    ``c``'s value (``through_value``: through its end), found by its excerpt
    on the line as printed (``printed``: traditional characters; the same
    length as ``lines``, converted one character for one); None when the
    excerpt is not on its line.

    >>> from types import SimpleNamespace as C
    >>> c = C(line=1, excerpt="戶(hù)籍人口21.35萬人", value="21.35")
    >>> text_before(c, ["年末户(hù)籍人口21.35万人"], ["年末戶(hù)籍人口21.35萬人"])
    '年末户籍人口'
    """
    from .reading import drop_pinyin

    n = int(c.line)
    if not 1 <= n <= len(lines):
        return None
    raw = printed[n - 1] if printed is not None else lines[n - 1]
    at = raw.find(c.excerpt, start) if c.excerpt else -1  # ``start``: past an earlier printing of the same words
    value = c.value if c.value in c.excerpt else c.value.lstrip("-")  # 回落0.6个百分点 is the value -0.6
    k = c.excerpt.find(value) if at >= 0 else -1
    if k < 0:
        return None
    return drop_pinyin(lines[n - 1][:at + k + (len(value) if through_value else 0)])[0]


#: Resident-population codes and the registered (户籍) code that stands for each.
REGISTERED = {"population": "registered_population", "urban_population": "registered_urban_population",
              "rural_population": "registered_rural_population", "male_population": "registered_male_population",
              "female_population": "registered_female_population"}


def registered_context(before: str, yearbook: bool = False) -> bool:
    """Whether a population printed after ``before`` (the line's text up to the
    number) is the registered (户籍) count: the last of 户籍 / 常住 before it is
    户籍; or, with neither printed (nor 普查, a census), the line splits the
    population into 农业 / 非农业人口 (a split only the registration makes), or
    the document is a yearbook entry (a yearbook's 总人口 is the registered one).

    >>> registered_context("年末户籍总人口14万人，其中城镇人口"), registered_context("户籍人口22万，常住人口")
    (True, False)
    >>> registered_context("总人口30万人，其中非农业人口12万人，蒙古族人口"), registered_context("总人口")
    (True, False)
    >>> registered_context("全县总人口", yearbook=True), registered_context("第七次人口普查，全县总人口", yearbook=True)
    (True, False)
    """
    if "户籍" in before or "常住" in before:
        return before.rfind("户籍") > before.rfind("常住")
    if "普查" in before:
        return False
    return bool(re.search(r"(?<!非)农业人口|非农业人口", before)) or yearbook


def _registered_code(code: str, indicators: dict) -> str:
    """The registered code standing for a resident one: REGISTERED's, else
    registered_<code> when the catalogue has it (mongol_population →
    registered_mongol_population); '' when there is none."""
    if code in REGISTERED:
        return REGISTERED[code]
    return f"registered_{code}" if code and f"registered_{code}" in indicators else ""


def registered_not_resident(cands, lines: list[str], indicators: dict, printed: list[str] | None = None) -> None:
    """A resident-population code given to a number of a registered context
    (:func:`registered_context`: the line calls it 户籍, splits it into 农业 /
    非农业人口, or a yearbook prints it) becomes the catalogue's registered
    code, or a proposal named 户籍… when the catalogue has none; a 总人口 left
    without a code there is ``registered_population``. A resident code with
    a registered twin given where the line prints neither 常住, 户籍 nor 普查
    is a guess: its confidence is kept below 0.8. In place.

    >>> from types import SimpleNamespace as C
    >>> rows = [C(indicator="urban_population", line=1, excerpt="城镇人口90730人", value="90730",
    ...           proposed_indicator="", confidence=0.9, reason=""),
    ...         C(indicator="population", line=2, excerpt="常住人口21.35万人", value="21.35",
    ...           proposed_indicator="", confidence=0.9, reason="")]
    >>> lines = ["年末户籍总人口146041人，其中城镇人口90730人", "户籍人口22万人，年末常住人口21.35万人"]
    >>> registered_not_resident(rows, lines, {"registered_urban_population": {}})
    >>> [(r.indicator, r.proposed_indicator) for r in rows]
    [('registered_urban_population', ''), ('population', '')]
    >>> rows[0].indicator = "rural_population"
    >>> registered_not_resident(rows[:1], lines, {})
    >>> rows[0].indicator, rows[0].proposed_indicator, rows[0].confidence
    ('', '户籍乡村人口', 0.4)
    >>> row = C(indicator="mongol_population", line=1, excerpt="蒙古族人口6.5万人", value="6.5",
    ...         proposed_indicator="", confidence=0.9, reason="")
    >>> registered_not_resident([row], ["全旗蒙古族人口6.5万人"], {"registered_mongol_population": {}})
    >>> row.indicator, row.confidence
    ('mongol_population', 0.7)
    """
    yearbook = bool(yearbook_volume_year(lines))
    for c in cands:
        registered = _registered_code(c.indicator, indicators)
        total = not c.indicator and re.search(r"总人口$", c.proposed_indicator or "") and \
            "registered_population" in indicators
        if not registered and not c.indicator in REGISTERED and not total:
            continue
        before = text_before(c, lines, printed)  # up to the number: 常住 may open the excerpt
        if before is None:
            continue
        if not registered_context(before, yearbook):
            if not re.search(r"户籍|常住|普查", before) and not total:
                c.confidence = min(c.confidence, 0.7)  # resident or registered: the line does not say
            continue
        if total:
            c.indicator, c.proposed_indicator = "registered_population", ""
            c.confidence = max(min(c.confidence, 0.7), 0.6)
        elif registered in indicators:
            c.indicator = registered
        else:
            names = {"population": "户籍总人口", "urban_population": "户籍城镇人口", "rural_population": "户籍乡村人口",
                     "male_population": "户籍男性人口", "female_population": "户籍女性人口"}
            c.indicator, c.proposed_indicator = "", names[c.indicator]
            c.confidence = min(c.confidence, 0.4)
        c.reason = "; ".join(x for x in (c.reason, "户籍 (registered) population, not the resident population") if x)


#: "第二产业对经济增长的贡献率": one sector's contribution to GDP growth.
_SECTOR_CONTRIBUTION = re.compile(r"(第[一二三]产业|工业)(?:增加值)?对(?:全[市盟区旗县])?(?:经济|地区生产总值|GDP|生产总值)"
                                  r"增长的?贡献率")
_SECTOR_CODES = {"第一产业": "va_primary", "第二产业": "va_secondary", "第三产业": "va_tertiary", "工业": "va_industry"}


def sector_contributions(cands, indicators: dict) -> None:
    """A contribution proposed under one sector's name ("第二产业对经济增长的
    贡献率为55.1%") is that sector's value added, a contribution to GDP growth
    (the ledger's form: denominator ``gdp``); in place.

    >>> from types import SimpleNamespace as C
    >>> r = C(indicator="", proposed_indicator="第二产业对经济增长的贡献率", measure="contribution",
    ...       denominator="", confidence=0.4, reason="")
    >>> sector_contributions([r], {"va_secondary": {}})
    >>> r.indicator, r.denominator, r.proposed_indicator, r.confidence
    ('va_secondary', 'gdp', '', 0.7)
    """
    for c in cands:
        if c.indicator or c.measure != "contribution":
            continue
        m = _SECTOR_CONTRIBUTION.search(c.proposed_indicator or "")
        code = _SECTOR_CODES.get(m.group(1)) if m else None
        if code and code in indicators:
            c.indicator, c.proposed_indicator, c.denominator = code, "", "gdp"
            c.confidence = max(c.confidence, 0.7)
            c.reason = "; ".join(x for x in (c.reason, f"{m.group(0)}: the sector's contribution to GDP growth") if x)


def average_after_multiple(cands) -> None:
    """An average growth printed right after a multiple of the same figure
    ("是2003年的2.1倍，年均递增19.1%") is over the multiple's span: it takes
    its base period when it has none; in place.

    >>> from types import SimpleNamespace as C
    >>> m = C(line=1, indicator="gdp", measure="multiple", base_period="2003", period="2007")
    >>> a = C(line=1, indicator="gdp", measure="avg_growth", base_period="", period="2007")
    >>> average_after_multiple([m, a]); a.base_period
    '2003'
    """
    for prev, c in zip(cands, cands[1:]):
        if c.measure == "avg_growth" and not c.base_period and prev.measure in ("multiple", "multiple_increase") \
                and prev.base_period and prev.line == c.line and prev.indicator == c.indicator \
                and prev.period == c.period:
            c.base_period = prev.base_period


#: The words between a figure and a rank that name nothing of their own ("，增速居全区第", "，位居全市第").
_RANK_OF_BEFORE = re.compile(r"^[，,、；;\s]*(均|都|同)?(?:其?增速|增幅|总量|规模)?(均|都)?(?:居|位居|位列|位于|处于|排名|排|列)"
                             r"(?:全区|全市|全盟|全国|全省|全旗|全县)?(?:十二盟市|12个盟市|各盟市|盟市|"
                             r"[0-9一二三四五六七八九十]{1,3}个(?:盟市|旗县市区|旗县区|旗县|地区|城市))?(?:第)?$")


def _is_gap(c) -> bool:
    """Whether a candidate is a gap to a reference (增速高于全区2.1个百分点), its own quantity."""
    return "_gap" in c.indicator or bool(re.search(r"(?:高于|低于|快于|慢于)", c.proposed_indicator or ""))


def _growth_moved(cands, i: int) -> bool:
    """Whether ``cands[i]``, a change in points, is how the growth rate printed
    just before it moved since an earlier period (增长8.3%，增速比1—9月回落0.6个百分点):
    a rank after it is still the growth's, as against a gap to a reference.

    >>> from types import SimpleNamespace as C
    >>> g = C(line=1, indicator="fai", measure="growth", period="2025M01-M10", base_period="", proposed_indicator="")
    >>> d = C(line=1, indicator="fai", measure="pp_change", period="2025M01-M10", base_period="2025M01-M09",
    ...       proposed_indicator="")
    >>> _growth_moved([g, d], 1), _growth_moved([d], 0)
    (True, False)
    """
    now, before = cands[i], cands[i - 1] if i > 0 else None
    return before is not None and before.line == now.line and before.indicator == now.indicator and \
        bool(now.indicator) and before.measure in GROWTH_MEASURES and bool(now.base_period) and \
        now.base_period != now.period and not _is_gap(now)


def excerpt_starts(cands, lines: list[str], printed: list[str] | None = None) -> dict:
    """id(candidate) → where its excerpt starts on its line as printed, each
    looked for from the start of the candidate before it on the line, so that
    words printed twice (总量位居全市第8位 after two figures) are told apart.

    >>> from types import SimpleNamespace as C
    >>> rows = [C(line=1, excerpt="第8位"), C(line=1, excerpt="增长5%"), C(line=1, excerpt="第8位")]
    >>> sorted(excerpt_starts(rows, ["居第8位，增长5%，居第8位"]).values())
    [1, 5, 11]
    """
    out, cursor = {}, {}
    for c in cands:
        n = int(c.line)
        if not 1 <= n <= len(lines) or not c.excerpt:
            continue
        raw = printed[n - 1] if printed is not None else lines[n - 1]
        k = raw.find(c.excerpt, cursor.get(n, 0))
        if k < 0:
            k = raw.find(c.excerpt)
        if k >= 0:
            out[id(c)], cursor[n] = k, k
    return out


def rank_of_figure_before(cands, lines: list[str], printed: list[str] | None = None) -> None:
    """A rank printed right after a figure ("固定资产投资增长9.9%，居全区第3位")
    is the rank of that figure's indicator, whatever a learned phrase guessed,
    and after a growth rate it is the rank of the growth (``growth_rank``,
    which the ledger keeps apart from the rank of the level); in place.

    >>> from types import SimpleNamespace as C
    >>> a = C(line=1, indicator="fai", proposed_indicator="", measure="growth", value="9.9", excerpt="投资增长9.9%，居")
    >>> r = C(line=1, indicator="gdp", proposed_indicator="", measure="rank", value="3", excerpt="居全区第3位；社",
    ...       confidence=0.7, reason="")
    >>> rank_of_figure_before([a, r], ["全年固定资产投资增长9.9%，居全区第3位；社会消费品零售总额增长4.1%"])
    >>> r.indicator, r.measure, r.confidence
    ('fai', 'growth_rank', 0.7)
    >>> g = C(line=1, indicator="", proposed_indicator="固定资产投资增速高于全区", measure="level", value="2.1",
    ...       excerpt="高于全区2.1个百分点，居")
    >>> r = C(line=1, indicator="gdp", proposed_indicator="", measure="rank", value="3", excerpt="居全区第3位",
    ...       confidence=0.7, reason="")
    >>> rank_of_figure_before([a, g, r], ["全年固定资产投资增长9.9%，高于全区2.1个百分点，居全区第3位"])
    >>> r.indicator
    'fai'
    """
    shared = []  # (rank, the figures of the list before it): 分别增长a%、b%，均居全区第7位
    at = excerpt_starts(cands, lines, printed)
    for i, (prev, c) in enumerate(zip(cands, cands[1:])):
        if c.measure not in RANK_MEASURES or prev.line != c.line or (
                prev.measure == "pp_change" and not _growth_moved(cands, i)):
            continue  # after 高于全国x个百分点 a rank is of the figure compared, which this rule does not look back to
        # "总量位居全市第8位" printed for two figures of the line: each excerpt where it is printed in turn
        upto_prev = text_before(prev, lines, printed, through_value=True, start=at.get(id(prev), 0))
        upto_c = text_before(c, lines, printed, start=at.get(id(c), 0))
        if upto_prev is None or upto_c is None or len(upto_c) < len(upto_prev):
            continue
        between = upto_c[len(upto_prev):]
        between = re.sub(r"^\s*(?:%|个百分点|亿元|万元|元|万人|人|万吨|吨|个|项|家|位)?", "", between)
        both = _RANK_OF_BEFORE.match(between)
        if not both or prev.measure in RANK_MEASURES and not re.search(r"增速|增幅|总量|规模", between):
            continue  # after a rank, only "总量居第8位，增速居第4位" is another rank of the same figure
        if both.group(1) or both.group(2):
            shared.append((c, _list_before(cands, i, lines, printed)))
        j = i
        while j > 0 and _is_gap(cands[j]) and cands[j - 1].line == c.line:
            j -= 1  # 增速15.1%，分别高于国家、自治区9.2、7.4个百分点，位列全区第3位: the rank of the growth, not the gaps
        prev = cands[j] if j < i and not _is_gap(cands[j]) else prev
        if prev.measure == "pp_change":  # 增长8.3%，增速比1—9月回落0.6个百分点，居全市第3位: the growth's place
            prev = cands[i - 1]
        said = re.search(r"(增速|增幅)|(总量|规模)", between)  # the words say which: 总量居第8位，增速居第4位
        if said:
            c.measure = "growth_rank" if said.group(1) else "rank"
        elif prev.measure in GROWTH_MEASURES:  # 增长9.9%，居全区第3位: the place of the growth rate, not of the level
            c.measure = "growth_rank"
        if (c.indicator, c.proposed_indicator) != (prev.indicator, prev.proposed_indicator):
            c.indicator, c.proposed_indicator = prev.indicator, "" if prev.indicator else prev.proposed_indicator
            c.confidence = 0.7 if prev.indicator else min(c.confidence, 0.4)
            if prev.indicator:  # the guess the rank's own words made gives way
                c.reason = "; ".join(x for x in c.reason.split("; ") if not x.startswith(
                    ("indicator unknown", "indicator not in the catalogue", "indicator by", "the words ")))
            c.reason = "; ".join(x for x in (f"indicator by the rank of the figure printed just before it "
                                             f"({prev.indicator or prev.proposed_indicator})", c.reason) if x)
    for c, items in shared:  # 均居…第7位: the same rank for every figure of the list, in the list's order
        at = cands.index(c)
        for k, item in enumerate(items):
            twin = dataclasses.replace(c, indicator=item.indicator, proposed_indicator="" if item.indicator
                                       else item.proposed_indicator,
                                       reason="; ".join(x for x in (c.reason, "均: the rank printed once for "
                                                                    "every figure of the list before it") if x))
            cands.insert(at + k, twin)


#: The words between the last figure of a list and a rate printed once for all of them ("16774元，均增长").
_SHARED_RATE = re.compile(r"^\s*[^\s，,。；;0-9]{0,3}\s*[，,]\s*(?:分别)?均(?:比上年|较上年|同比)?(?:增长|提高|下降|减少)\s*$")


def rate_shared_by_a_list(cands, lines: list[str], printed: list[str] | None = None) -> None:
    """A rate printed once after a list of figures ("城乡居民人均可支配收入分别达到
    44960元和16774元，均增长8.3%") is the rate of each of them: a row for each
    figure of the list, in its order; in place.

    >>> from types import SimpleNamespace as C
    >>> line = "收入分别达到4元和2元，均增长8.3%。"
    >>> rows = [C(line=1, excerpt="达到4元", value="4", measure="level", unit="元", indicator="u", proposed_indicator="",
    ...           reason=""),
    ...         C(line=1, excerpt="和2元，", value="2", measure="level", unit="元", indicator="r", proposed_indicator="",
    ...           reason=""),
    ...         C(line=1, excerpt="均增长8.3%", value="8.3", measure="growth", unit="%", indicator="r",
    ...           proposed_indicator="", reason="", confidence=0.7)]
    >>> rows = [dataclasses.make_dataclass("R", list(vars(r)))(**vars(r)) for r in rows]
    >>> rate_shared_by_a_list(rows, [line])
    >>> [(r.indicator, r.value) for r in rows if r.measure == "growth"]
    [('u', '8.3'), ('r', '8.3')]
    """
    at = excerpt_starts(cands, lines, printed)
    shared = []
    for i, (prev, c) in enumerate(zip(cands, cands[1:])):
        if c.measure not in GROWTH_MEASURES or prev.line != c.line or prev.measure in GROWTH_MEASURES:
            continue
        upto_prev = text_before(prev, lines, printed, through_value=True, start=at.get(id(prev), 0))
        upto_c = text_before(c, lines, printed, start=at.get(id(c), 0))
        if upto_prev is None or upto_c is None or len(upto_c) < len(upto_prev) or \
                not _SHARED_RATE.match(upto_c[len(upto_prev):]):
            continue
        items = [x for x in _list_before(cands, i, lines, printed) if x.indicator or x.proposed_indicator]
        if items and (c.indicator, c.proposed_indicator) == (prev.indicator, prev.proposed_indicator):
            shared.append((c, items))
    for c, items in shared:
        k = cands.index(c)
        for j, item in enumerate(items):
            cands.insert(k + j, dataclasses.replace(
                c, indicator=item.indicator, proposed_indicator="" if item.indicator else item.proposed_indicator,
                reason="; ".join(x for x in (c.reason, "均: the rate printed once for every figure of the list "
                                                       "before it") if x)))


def _list_before(cands, i: int, lines, printed) -> list:
    """The figures of the list that ends with ``cands[i]``, before it
    ("分别增长6.4%、10.2%": the 6.4 before 10.2), each printed only a separator
    after the one before, with the same measure and unit."""
    items = []
    last = cands[i]
    for j in range(i - 1, -1, -1):
        c = cands[j]
        if c.line != last.line or c.measure != last.measure or c.unit != last.unit:
            break
        upto_c, upto_last = text_before(c, lines, printed, through_value=True), text_before(last, lines, printed)
        if upto_c is None or upto_last is None or len(upto_last) < len(upto_c):
            break
        if not re.fullmatch(r"\s*(?:%|个百分点|元|万元|亿元)?\s*[、和及与]\s*", upto_last[len(upto_c):]):
            break
        items.insert(0, c)
        last = c
    return items


#: The words between what was added and the total it brought ("2316户，总量达到", "43家达到").
_TO_STOCK = re.compile(r"^\s*[^\s，,。；;0-9]{0,3}\s*[，,]?\s*(?:总量|总数|总计|累计|共|全旗|全县|全市)?(?:达到|达|增至|增加到)\s*$")


def stock_after_added(cands, lines: list[str], printed: list[str] | None, indicators: dict) -> None:
    """A total printed right after what was added ("新增市场主体2316户，总量达到2.1万户",
    "新增四上企业43家达到117家") is the stock, not what was added: the
    catalogue's name without 新增 when it has one, else that name proposed; in place.

    >>> from types import SimpleNamespace as C
    >>> a = C(line=1, indicator="new_firms", proposed_indicator="", measure="level", value="2316", excerpt="新增企业2316户，总")
    >>> b = C(line=1, indicator="new_firms", proposed_indicator="", measure="level", value="2.1", excerpt="总量达到2.1万户",
    ...       confidence=0.75, reason="indicator by its catalogue name 新增企业")
    >>> stock_after_added([a, b], ["新增企业2316户，总量达到2.1万户。"], None, {"new_firms": {"name_zh": "新增企业"}})
    >>> b.indicator, b.proposed_indicator, b.confidence
    ('', '企业', 0.4)
    """
    codes = {row["name_zh"]: code for code, row in indicators.items()}
    for prev, c in zip(cands, cands[1:]):
        if c.line != prev.line or c.measure != "level" or prev.measure != "level" or \
                c.indicator not in (prev.indicator, ""):
            continue
        name = indicators[prev.indicator]["name_zh"] if prev.indicator in indicators else prev.proposed_indicator
        stock = re.sub(r"^新增[“”\"]*|[“”\"]", "", name) if name.startswith("新增") else ""
        if len(stock) < 2:
            continue
        upto_prev, upto_c = text_before(prev, lines, printed, through_value=True), text_before(c, lines, printed)
        if upto_prev is None or upto_c is None or len(upto_c) < len(upto_prev) or \
                not _TO_STOCK.match(upto_c[len(upto_prev):]):
            continue
        code = codes.get(stock, "")
        c.indicator, c.proposed_indicator = code, "" if code else stock
        c.confidence = min(c.confidence, 0.6 if code else 0.4)
        c.reason = "; ".join([f"the total reached after what was added (新增…，总量达到): {stock}"] + [
            x for x in c.reason.split("; ") if x and not x.startswith(("indicator", "the words ", "the figure before"))])
        if not prev.indicator:  # 新增“四上企业”43家达到117家: with no 新增 row in the catalogue, 43 is the stock's change
            prev.measure = "change"
            prev.proposed_indicator = c.proposed_indicator or prev.proposed_indicator
            prev.reason = "; ".join(x for x in (prev.reason, "what was added before the total it reached: the "
                                                             "total's change") if x)


#: The words of a share or of its change: 占75.88%, 占全人口的52.25%, 比重下降0.08个百分点.
_SHARE_WORDS = re.compile(r"(?:占|比重|占比)[^，,。；;0-9]{0,12}$")


def share_of_parent(cands, lines: list[str], printed: list[str] | None, indicators: dict) -> None:
    """A share of a part with no whole named ("汉族人口为3062422人，占75.88%",
    "0-14岁人口…，比重下降0.08个百分点") is of the part's parent in the catalogue
    (``parent``: ``han_population`` → ``population``); the change of such a
    share likewise; in place. A share whose words name a whole keeps what they
    name (found before this runs), and a part without a parent is left alone.

    >>> from types import SimpleNamespace as C
    >>> a = C(line=1, indicator="han_population", measure="share", denominator="", value="75.88",
    ...       excerpt="占75.88%", reason="", flags="needs a denominator")
    >>> g = C(line=1, indicator="gdp", measure="pp_change", denominator="", value="0.2", excerpt="提高0.2个百分点",
    ...       reason="", flags="")
    >>> ind = {"han_population": {"parent": "population"}, "population": {"parent": ""}, "gdp": {"parent": ""}}
    >>> share_of_parent([a, g], ["汉族人口为30万人，占75.88%，增速提高0.2个百分点"], None, ind)
    >>> a.denominator, a.flags, g.denominator
    ('population', '', '')
    """
    for c in cands:
        if c.measure not in ("share", "pp_change") or c.denominator or c.indicator not in indicators:
            continue
        parent = indicators[c.indicator].get("parent", "")
        if not parent or parent not in indicators:
            continue
        before = text_before(c, lines, printed)
        if before is None or not _SHARE_WORDS.search(before):
            continue
        c.denominator = parent
        c.flags = "; ".join(f for f in c.flags.split("; ") if f and not f.startswith("needs a denominator"))
        c.reason = "; ".join([x for x in c.reason.split("; ") if x and x != "denominator not found"]
                             + [f"a share of {c.indicator} with no whole named: of its parent {parent}"])
