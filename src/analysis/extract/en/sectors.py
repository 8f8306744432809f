"""English sectors and parts: the three sectors' shares and contributions, a share of GDP, a gap to a
reference, counts of divisions."""

from __future__ import annotations

import re

from ..candidate import Candidate


#: Quantities other than value added that a sector name may belong to ("the investment for the primary
#: industry"): a sector name after one of them is not that sector's value added.
_OTHER_OF_SECTOR = re.compile(r"\b(?:investments?|loans?|employment|employees|electricity|power consumption|"
                              r"enterprises|profits?)\b", re.I)


#: A share of GDP: "accounted for 56 percent of the region's GDP".
_OF_GDP = re.compile(r"\bpercent of (?:the\s+|its\s+|their\s+)?(?:[a-z]+'s\s+)?(?:gdp|gross (?:domestic|regional) product|economy)\b")


def _sector_word(after, before: str) -> str:
    """The sector a share of GDP is of: the one named right after it ("from
    the services sector", "from agriculture"), else the last one named in the
    subject before it ("the industrial sector … accounted for"); '' if none.

    >>> import re
    >>> _sector_word(re.match("from (agriculture)", "from agriculture"), "")
    'va_primary'
    >>> _sector_word(None, "the region's industrial sector, which relies on coal, accounted for ")
    'va_secondary'
    """
    words = {"va_tertiary": r"\bservices?\b|\btertiary\b", "va_primary": r"\bagricultur\w*|\bprimary\b|\bfarming\b",
             "va_secondary": r"\bindustrial sector\b|\bsecondary\b"}
    if after:
        for code, pat in words.items():
            if re.search(pat, after.group(1)):
                return code
        return ""
    subject = re.split(r"\b(?:accounted|accounting|accounts|made up|makes up)\b", before)[0]
    hits = [(m.start(), code) for code, pat in words.items() for m in re.finditer(pat, subject)]
    return max(hits)[1] if hits else ""


def _gap_of(before, after: str, cat) -> tuple[str, str]:
    """The quantity of "x percentage points higher than the regional average"
    printed after a figure, as the Chinese rule names it: (the catalogue's gap
    code, '') when its name is the figure's followed by 增速高于全区 / 高于全国
    (a level's gap: 森林覆盖率高于全区), else ('', a proposed name).
    """
    ref = re.search(r"\bthan\s+(?:that|those)?\s*(?:of\s+|across\s+|in\s+)?(?:the\s+)?(?:whole\s+|entire\s+)?"
                    r"(region(?:al)?|autonomous region|inner mongolia|national|nation|country|china)\b", after)
    if before is None or not ref:
        return "", ""
    region = ref.group(1) in ("region", "regional", "autonomous region", "inner mongolia")
    growth = before.measure in ("growth", "avg_growth")
    zh = cat.indicators.get(before.indicator, {}).get("name_zh", "")
    suffix = ("增速" if growth else "") + "高于" + ("全区" if region else "全国")
    core = re.sub(r"(?:总额|总值|总量)$", "", zh)  # 进出口总额's growth gap is 外贸进出口增速高于全区 ("total" qualifies nothing)
    for code, row in cat.indicators.items():
        name = row.get("name_zh", "")
        if zh and (name == zh + suffix or core and name.endswith(core + suffix)
                   and len(name) - len(core + suffix) <= 2):
            return code, ""
    name = cat.indicators.get(before.indicator, {}).get("name_en", "") or before.proposed_indicator
    if not name:
        return "", ""
    return "", (f"{name} {'growth ' if growth else ''}margin over the "
                f"{'Inner Mongolia' if region else 'national'} average")


#: "Of the 30 major industries, 24 grew": the divisions counted, then those that grew (and their share).
_DIVISIONS = re.compile(r"\b(?:of|among)\s+(?:the\s+)?(?:[a-z]+'s\s+)?(?P<n>[0-9]{1,3})\s+(?P<unit>(?:major\s+|main\s+|key\s+)?"
                        r"(?:industrial\s+|service\s+)?(?:industries|sectors|industry (?:divisions|categories)|"
                        r"divisions|categories))\s*,\s*(?P<m>[0-9]{1,3})\s+(?:of them\s+|industries\s+)?"
                        r"(?:had|grew|saw|posted|recorded|achieved|registered|reported|maintained|increased|rose)\b", re.I)


def _counts_excerpt(raw: str, m) -> str:
    """The excerpt of the growing count: from the count of divisions through the word after the verb
    ("30 major industries, 24 had positive")."""
    end = m.end() + len(re.match(r"\s*[\w-]*", raw[m.end():]).group(0))
    return raw[m.start("n"):end].strip(" ,.;")


def _divisions(raw: str, line_no: int, out: list, cat, period: str) -> None:
    """Counts of divisions ("of the 30 major industries, 24 grew"): the first
    is the catalogue's divisions counted, the second those growing (added when
    no unit followed it), both of the period in force, as the Chinese rule names them (N个行业大类中，M个…
    增长); service divisions when the words say so; in place."""
    for m in _DIVISIONS.finditer(raw):
        service = re.search(r"\bservice", m.group("unit"), re.I)
        total, growing = ("services_categories", "services_categories_growing") if service else (
            "industry_categories", "industry_categories_growing")
        if total not in cat.indicators or growing not in cat.indicators:
            continue
        n_cand = next((c for c in out if c.line == line_no and c.value == m.group("n")), None)
        if n_cand is None:
            continue
        for c, code in ((n_cand, total), (next((c for c in out if c.line == line_no and c.value == m.group("m")), None),
                                          growing)):
            if c is None:  # "24 had …": a count without its unit, the unit of the divisions
                c = Candidate(**{**{f: getattr(n_cand, f) for f in ("city", "qualifier", "period", "base_period",
                                                                     "denominator", "denominator_city", "line")},
                                 "indicator": "", "measure": "level", "value": m.group("m"), "unit": n_cand.unit,
                                 "price_basis": "none", "excerpt": _counts_excerpt(raw, m)})
                c._end = m.end("m")
                out.insert(out.index(n_cand) + 1, c)
            elif c is not n_cand and c.unit == n_cand.unit and re.match(r"\s*(?:of them\s+)?[a-z]+\b", raw[c._end:]) \
                    and not re.match(r"\s*(?:of them\s+)?(?:industries|sectors|divisions|categories)\b", raw[c._end:]):
                c.excerpt = _counts_excerpt(raw, m)  # "24 had …" read bare: the excerpt of the growing count
            c.indicator, c.proposed_indicator, c.measure, c.price_basis = code, "", "level", "none"
            c.period = period or c.period  # the counts of the period reported, not a stock at the page's date
            c.score(origin="divisions", phrase=cat.indicators[code]["name_en"], period_named=True,
                    city_known=bool(c.city))


_THREE = re.compile(r"primary,?\s+secondary,?\s+and\s+tertiary\s+(?:industries|sectors)|\bthe three (?:industries|sectors)\b")


def sector_in(sentence: str) -> str:
    """The sector of a percentage in "… primary, secondary and tertiary industries
    … were a, b and c percent": the k-th number after the list is the k-th
    sector; '' when the sentence lists no three sectors.

    >>> s = "the contribution rates of the primary, secondary and tertiary industries to gdp growth were "
    >>> sector_in(s), sector_in(s + "2.4 percent, ")
    ('va_primary', 'va_secondary')
    >>> sector_in("the added value of the three industries accounted for 3.5 percent, 68.9 percent and ")
    'va_tertiary'
    
    """
    m = _THREE.search(sentence)
    if not m:
        return ""
    k = len(re.findall(r"[0-9][0-9.,]*\s*(?:percent|%)", sentence[m.end():]))
    return ("va_primary", "va_secondary", "va_tertiary")[k] if k < 3 else ""
