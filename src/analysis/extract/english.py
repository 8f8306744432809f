"""Candidate figures in English text (news pages about a city).

A number followed by an English unit of ``data/units.csv`` (billion yuan,
percent, percentage points, times, million tons …), or a dollar amount
("$53.02 billion" → ``billion US dollars``). Measures: "grew/rose/up x percent"
→ ``growth``, "average annual growth" → ``avg_growth``, "accounting for" /
"share" → ``share``, "percentage points" → ``pp_change``, "times" →
``multiple``; periods from "in 2024", "first half of 2024", "January-November".

>>> from analysis.ledger import load_ledger
>>> from analysis.extract.catalogue import Catalogue
>>> from analysis.extract.chinese import Context
>>> cat = Catalogue.from_ledger(load_ledger())
>>> [(c.measure, c.value, c.unit, c.period) for c in parse_english(
...     "In 2024, the city's GDP reached 4,107.1 billion yuan, up 5.9 percent year-on-year.", 1, cat, Context(2025))]
[('level', '4,107.1', 'billion yuan', '2024'), ('growth', '5.9', 'percent', '2024')]
"""

from __future__ import annotations

import re

from .candidate import Candidate
from .concept import fits_unit, narrowed_en
from .names import en_noun_phrase

_NUM = re.compile(r"(?<![0-9.,A-Za-z])(\$|[¥￥]\s?)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]


def _units(cat) -> list[str]:
    """The English units of units.csv (a letter in them, two characters at least), longest first."""
    return sorted((u for u in cat.units if u.isascii() and re.search(r"[A-Za-z]", u) and len(u) >= 2),
                  key=len, reverse=True)


def drop_title_repeats(cands: list, lines: list[str], units: dict) -> list:
    """The candidates without those of an English title line ("City's Q1 GDP
    hits 86b yuan") whose value, to the precision the title prints, is a
    figure of the body in the same dimension (86.1 billion yuan): the body's
    figure is the one to review.

    >>> from types import SimpleNamespace as C
    >>> u = {"b yuan": {"dimension": "currency_cny", "factor": 1e9},
    ...      "billion yuan": {"dimension": "currency_cny", "factor": 1e9}}
    >>> rows = [C(line=1, value="86", unit="b yuan"), C(line=3, value="86.1", unit="billion yuan")]
    >>> [c.line for c in drop_title_repeats(rows, ["Q1 GDP hits 86b yuan", "", "GDP was 86.1 billion yuan"], u)]
    [3]
    """
    first = next((i for i, line in enumerate(lines, start=1) if line.strip()), 0)
    if not first or re.search(r"[\u4e00-\u9fff]", lines[first - 1]):
        return cands

    def amount(c):
        unit = units.get(c.unit, {})
        try:
            return unit.get("dimension", ""), float(c.value.replace(",", "")) * float(unit.get("factor") or 1), \
                0.5 * 10 ** -len(c.value.partition(".")[2]) * float(unit.get("factor") or 1)
        except ValueError:
            return "", 0.0, 0.0

    body = [amount(c) for c in cands if c.line != first]
    keep = []
    for c in cands:
        dim, v, tol = amount(c) if c.line == first else ("", 0.0, 0.0)
        if dim and any(d == dim and abs(v - w) <= tol + 1e-9 * abs(v) for d, w, _ in body):
            continue
        keep.append(c)
    return keep


_PART = (r"(?:the\s+)?end of (?:the\s+)?(?:first|second|third) quarter|(?:the\s+)?end of june|"
         r"first half|first three quarters|first quarter|first (?:two|three|four|five|six|seven|eight|nine|ten|eleven) months|"
         r"\bQ[1-4]\b|\bH1\b|"
         r"(?:from\s+|between\s+)?(?:january|jan\.?)\s*(?:-|–|—|to|through|and)\s*(january|february|march|april|may|june|july|"
         r"august|september|october|november|december)")
_PERIOD = re.compile(rf"(?:(?P<part>{_PART})(?:\s*(?:of|,|in)?\s*(?:(?P<y>(?:19|20)[0-9]{{2}})\b|(?P<rely>this year|last year)))?"
                     r"|(?P<year>(?:19|20)[0-9]{2})\b|\b(?P<rel>last year|this year))", re.I)
#: Words that make the year after them a base of comparison, not the figure's period.
_BASE_BEFORE = re.compile(r"(?:in the same period (?:of|in)\s+$)|(?:(?<!shows )(?<!show )(?<!showed )(?<!said )"
                          r"(?<!says )(?<!reported )(?<!noted )(?<!announced )(?<!indicated )(?<!revealed )"
                          r"(?:that of|that in)|those of|those in|than|over|compared with|compared to|against|versus|"
                          r"from)\s+(?:(?:that|those)\s+(?:of|in)\s+)?(?:the\s+)?(?:same period (?:of|in)\s+)?$", re.I)
#: "… 230.58 billion yuan ($34.60 billion) in 2012": the year printed right after a figure is its period.
_FIRST = r"first half|first three quarters|first quarter|first (?:two|three|four|five|seven|eight|ten|eleven) months"
_YEAR_AFTER = re.compile(r"^\s*\)?\s*(?:\([^)]*\)\s*)?(?:year[- ]on[- ]year\s+)?(?:in|for|by the end of|at the end of|during|"
                         r"over(?=\s+the\s+first))\s+"
                         rf"(?:the\s+)?(?:((?:{_FIRST})\s+of\s+)?((?:19|20)[0-9]{{2}})\b"
                         rf"|({_FIRST})\b(?!\s+of\s+(?:19|20)))",
                         re.I)
_BASE_AFTER = re.compile(r"^\s*(?:year-on-year\s+)?(?:that of|compared with|compared to|over|from|than)\s+"
                         r"((?:19|20)[0-9]{2})\b", re.I)


_RISE = r"increase|increased|increasing|rise|rising|gain"
_FALL = r"decrease|decreased|decreasing|decline|declined|declining|drop|dropped|fall|falling"
#: A change named after the percentage: "a 3 percent year-on-year increase"; group 1: a fall.
_CHANGE_AFTER = re.compile(rf"^\s*(?:year-on-year\s+|year on year\s+|annual\s+)?(?:({_FALL})|{_RISE}|growth)\b", re.I)
#: Quantities other than value added that a sector name may belong to ("the investment for the primary
#: industry"): a sector name after one of them is not that sector's value added.
_OTHER_OF_SECTOR = re.compile(r"\b(?:investment|loans?|employment|employees|electricity|power consumption|"
                              r"enterprises|profits?)\b", re.I)


_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11}


#: The words before an English ordinal that make it a rank ("ranking it 15th", "ranked 3rd", "came 2nd").
_RANK_BEFORE = re.compile(r"\b(?:rank(?:s|ed|ing)?|plac(?:es|ed|ing)|came|coming|stood|standing|position(?:ed)?)\s+"
                          r"(?:it\s+|them\s+|the\s+city\s+|the\s+region\s+)?(?:the\s+|at\s+|in\s+)?(?:no\.\s*)?$", re.I)


#: A sentence whose subject is a growth and whose percentage follows a verb of being or reaching, or "at":
#: "The growth rate of industrial added value is expected to reach 12 percent", "the fastest growth … at 11.5 percent".
_GROWTH_NAMED = re.compile(r"^(?:[^,;]*,\s*)?(?:the\s+)?(?:(?:annual|year-on-year|average)\s+)?growth(?:\s+rate)?\s+of\b[^,;]*?"
                           r"\b(?:is|was|are|were|reach|reached|hit|stood at|to be)\s+(?:about\s+|around\s+|nearly\s+)?$|"
                           r"\b(?:fastest|slowest|highest|lowest|quickest)\s+growth\b[^,;]*\bat\s+$", re.I)


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


def _is_base(before: str, m) -> bool:
    """Whether the period matched by ``m`` after ``before`` is a base of
    comparison ("that of 2012", "over 2012"), not the figure's own period
    ("over the first three quarters of 2019" is the span the figure covers)."""
    if m.group("part") and re.search(r"\b(?:over|during)\s+(?:the\s+)?$", before, re.I):
        return False
    return bool(_BASE_BEFORE.search(before))


def _part(what: str, month: str, y) -> str:
    """The period label of a part of year ``y``.

    >>> _part("first two months", "", 2021), _part("end of the first quarter", "", 2020), _part("Q1", "", 2024)
    ('2021M01-M02', '2020M03', '2024Q1')
    """
    what = what.lower().strip()
    end = re.match(r"(?:the\s+)?end of (?:the\s+)?(first|second|third) quarter|(?:the\s+)?end of june", what)
    if end:  # a stock at the end of a quarter: its last month
        return f"{y}M{ {'first': 3, 'second': 6, 'third': 9}.get(end.group(1) or 'second'):02d}"
    n = re.match(r"first (\w+) months", what)
    if n and n.group(1) in _COUNT:
        k = _COUNT[n.group(1)]
        return f"{y}H1" if k == 6 else (f"{y}Q1-Q3" if k == 9 else f"{y}M01-M{k:02d}")
    if re.fullmatch(r"q[1-4]", what):
        return f"{y}Q{what[1]}"
    if what == "h1":
        return f"{y}H1"
    if what.startswith("first half"):
        return f"{y}H1"
    if what.startswith("first three quarters"):
        return f"{y}Q1-Q3"
    if what.startswith("first quarter"):
        return f"{y}Q1"
    k = _MONTHS.index(month.lower()) + 1
    return f"{y}H1" if k == 6 else (f"{y}Q1-Q3" if k == 9 else f"{y}M01-M{k:02d}")


def _period(text: str, ctx) -> str:
    """The period in force at the end of ``text``: the last year or part of a
    year named (a part without its year is in the document's year), years of
    comparison (that of 2012, over 2012) left out.

    >>> from analysis.extract.chinese import Context
    >>> _period("From January to June, the city's GDP reached", Context(2021))
    '2021H1'
    >>> _period("In 2021, output was 1.7 times that of 2012, with an average annual growth of", Context(2022))
    '2021'
    """
    period = getattr(ctx, "en_period", "") or str(ctx.year)
    for m in _PERIOD.finditer(text):
        if _is_base(text[:m.start()], m):
            continue
        if m.group("rel"):
            period = str(ctx.year - 1 if m.group("rel").lower() == "last year" else ctx.year)
        elif m.group("part"):
            year = m.group("y") or (ctx.year - 1 if (m.group("rely") or "").lower() == "last year" else ctx.year)
            period = _part(m.group("part"), m.group(2) or "", year)
        else:
            period = m.group("year")
    return period


#: Words that make a figure a stock counted at the page's date: "has reached", "so far", "is now".
_STOCK_WORDS = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:reached|signed|opened|built|completed|"
                          r"become|registered|attracted|exceeded|topped)\b|\bso far\b|\bto date\b|"
                          r"\b(?:is|are) now\b|\bnow\s+(?:stands?|has|have|totals?|covers?|exceeds?)\b|\bstands? at\b|"
                          r"\bcurrently\b|\bat present\b|\bboasts?\b|\branks?\b|"
                          r"\bby the end of (?!(?:the\s+)?(?:19|20)[0-9]{2}|(?:the\s+)?(?:last|this|next) year|"
                          r"(?:the\s+)?(?:first|second|third|fourth) quarter)", re.I)
#: Words that make a figure a flow of the period in force (the year the page reports), not a stock at its
#: date: "newly installed", "were built", "signed 60 projects", "produced", "introduced … in funds".
_FLOW_WORDS = re.compile(r"\bnew(?:ly)?\s+(?:installed|added|built|registered|signed)\b|\b(?:was|were)\s+(?:newly\s+)?"
                         r"(?:built|installed|added|planted|completed|signed|introduced|renovated|constructed)\b|"
                         r"(?<!has )(?<!have )(?<!had )\b(?:signed|introduced|produced|supplied|planted|hosted|"
                         r"attracted|exported|harvested)\s+(?:[a-z-]+\s+){0,3}[0-9]", re.I)
#: "since 2016 … a total of 583 trains": the years since, up to the page's.
_SINCE = re.compile(r"\bsince\b[^.;]{0,80}?\b((?:19|20)[0-9]{2})\b", re.I)
_TOTAL = re.compile(r"\ba total of\b|\bin total\b|\bover the years\b|\bcumulative(?:ly)?\b|\baltogether\b", re.I)


def _stock_or_span(raw: str, sent_start: int, s: int, unit_end: int, period: str, ctx, dimension: str = "") -> str:
    """The period of an English figure whose own words date it otherwise
    than a year printed before it: a total "since 2016" is the span to the
    page's year; a stock ("has reached", "so far", "is now", "stands at",
    "have opened", a count printing no period) is counted at the page's date
    (``ctx.date``), and a figure that "is" (present tense) after a sentence
    that printed an earlier year is of the page's year, unless its sentence
    prints a year or part of a year of its own.

    >>> from analysis.extract.chinese import Context
    >>> line = "Since the line opened in 2016, 16 routes have opened, with a total of 583 trains."
    >>> c = Context(2022, date="2022-09-09")
    >>> _stock_or_span(line, 0, line.index("583"), line.index("583") + 10, "2016", c)
    '2016-2022'
    >>> _stock_or_span(line, 0, line.index("16 r"), line.index("16 r") + 9, "2016", c)
    '2022-09-09'
    >>> line = "The city has so far completed 7.4 million kilowatts of wind power."
    >>> _stock_or_span(line, 0, line.index("7.4"), line.index("7.4") + 20, "2016", c)
    '2022-09-09'
    >>> line = "In 2021, the green area has reached 30 hectares."
    >>> _stock_or_span(line, 0, line.index("30"), line.index("30") + 12, "2021", c)
    '2021'
    """
    sentence = raw[sent_start:s]
    clause_after = re.split(r"[,;.](?:\s|$)", raw[unit_end:])[0]
    years_n = _N_YEARS.search(sentence)
    if years_n:  # "over a three-year period it has planted …": the years printed, else a span ending in the page's year
        printed = re.search(r"\b(?:from|between)\s+((?:19|20)[0-9]{2})\s+(?:to|and|through)\s+((?:19|20)[0-9]{2})\b",
                            sentence, re.I)
        if printed:
            return f"{printed.group(1)}-{printed.group(2)}"
        word = years_n.group(1).lower()
        n = int(word) if word.isdigit() else _NUMBER_WORDS.index(word) + 2
        if 2 <= n <= 10:
            return f"{ctx.year - n + 1}-{ctx.year}"
    since = _SINCE.search(sentence)
    if since and (_TOTAL.search(raw[since.end():s]) or _TOTAL.match(raw[unit_end:unit_end + 40].lstrip(" ,"))
                  or _TOTAL.search(clause_after)) and int(since.group(1)) < ctx.year:
        return f"{since.group(1)}-{ctx.year}"
    named = [m for m in _PERIOD.finditer(sentence) if not _is_base(sentence[:m.start()], m)]
    if named and not since:
        return period  # "In 2021, … has reached": the year printed holds
    stock = _STOCK_WORDS.search(sentence)
    if not stock and _FLOW_WORDS.search(raw[sent_start:unit_end] + " " + clause_after):
        return period  # "newly installed", "roads were built", "signed 55 projects": a flow of the period in force
    stock = stock or re.search(r"\b(?:has|have)\s+(?:been\s+)?(?:opened|built|signed|"
                                                        r"completed|put into operation)\b", clause_after, re.I)
    if (stock or since or not named and dimension in _STOCK_DIMS) and ctx.date and len(ctx.date) >= 7:
        return ctx.date if len(ctx.date) == 10 else f"{ctx.date[:4]}M{ctx.date[5:7]}"
    if stock:
        return str(ctx.year)
    if not named and re.fullmatch(r"(?:19|20)[0-9]{2}", period) and int(period) < ctx.year and re.search(
            r"\b(?:is|are)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?$", raw[sent_start:s], re.I):
        # "In 2019, … planted …. The forest coverage rate is 33.39 percent": the present tense is the page's
        # year, not the year printed in an earlier sentence
        return str(ctx.year)
    return period


_NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
#: "over a three-year period", "in the past five years": a total over the years before the page's.
_N_YEARS = re.compile(r"\b(?:over|in|during|within)\s+(?:a|the\s+(?:past|last|previous))\s+"
                      r"(two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})[- ]years?(?:\s+period)?\b", re.I)
def _gap_of(before, after: str, cat) -> tuple[str, str]:
    """The quantity of "x percentage points higher than the regional average"
    printed after a figure, as the Chinese rule names it: (the catalogue's gap
    code, '') when its name is the figure's followed by 增速高于全区 / 高于全国
    (a level's gap: 森林覆盖率高于全区), else ('', a proposed name).
    """
    ref = re.search(r"\bthan\s+(?:that|those)?\s*(?:of\s+)?(?:the\s+)?(?:whole\s+|entire\s+)?"
                    r"(region(?:al)?|autonomous region|inner mongolia|national|nation|country|china)\b", after)
    if before is None or not ref:
        return "", ""
    region = ref.group(1) in ("region", "regional", "autonomous region", "inner mongolia")
    growth = before.measure in ("growth", "avg_growth")
    zh = cat.indicators.get(before.indicator, {}).get("name_zh", "")
    suffix = ("增速" if growth else "") + "高于" + ("全区" if region else "全国")
    for code, row in cat.indicators.items():
        if zh and row.get("name_zh", "") == zh + suffix:
            return code, ""
    name = cat.indicators.get(before.indicator, {}).get("name_en", "") or before.proposed_indicator
    if not name:
        return "", ""
    return "", (f"{name} {'growth ' if growth else ''}margin over the "
                f"{'Inner Mongolia' if region else 'national'} average")


_STOCK_DIMS = {"count", "power_kw", "compute_pflops", "volume_m3", "length_km"}


def names_period(text: str) -> bool:
    """Whether an English line names a year or a part of one."""
    return bool(_PERIOD.search(text))


def _words_before(raw: str, sent_start: int, s: int) -> str:
    """Whole words naming the figure at ``s``, for a proposed catalogue row.

    >>> line = "The per capita disposable income of urban residents reached 26,731 yuan"
    >>> _words_before(line, 0, line.index("26"))
    'per capita disposable income of urban residents'
    """
    seg = re.split(r"[,;:()]", raw[sent_start:s])[-1]
    seg = re.sub(r"\s+(?:reached|was|were|is|are|hit|came in at|stood at|totaled|totalled|amounted to|"
                 r"rose to|grew to|of|at)\s*$", "", seg.strip(), flags=re.I)
    words = seg.split()
    while words and words[0].lower() in ("the", "a", "an", "and", "its", "while", "that"):
        words = words[1:]
    return " ".join(words[-8:])


#: "15 research centres", "81 production bases": a count whose unit is the plural noun after it.
_COUNT_NOUN = re.compile(r"\s+((?:(?:[a-z-]+)\s+){0,2}[a-z-]+s)\b(?!\s+(?:of|per)\s+(?:yuan|dollars))")
#: Plural words that are no count's unit (time, measure, money, ranks).
_NOT_COUNT = re.compile(r"\b(?:years?|months?|days?|weeks?|hours?|minutes?|times|percent|points?|yuan|dollars?|meters?|"
                        r"metres?|kilometers?|kilometres?|tons?|tonnes?|kilowatts?|hectares?|degrees?|mu|kg|"
                        r"billions?|millions?|thousands?|hundreds?|consecutive|straight|is|was|has|as|its|this|"
                        r"plus|percentage|square|cubic)\b")


#: A sum of money that bounds a class of firms or projects: "… 30 million yuan (…) or more", "each worth …".
_OR_MORE = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:or|and)\s+(?:more|above|over|higher)\b", re.I)
_CLASS_NOUN = r"(?:projects?|enterprises|companies|firms|businesses)"


#: "3.2 times year-on-year", "2 times that of the same period last year": a multiple of the same period a year before.
_SAME_PERIOD_AFTER = re.compile(r"^\s*(?:year[- ]on[- ]year|(?:that|those) (?:of|in) the same period (?:of |in )?"
                                r"(?:last year|the previous year|a year (?:ago|earlier)))", re.I)


def year_before(period: str) -> str:
    """The same period a year before ``period`` ('' for a date or a span).

    >>> year_before("2023Q1"), year_before("2021M01-M05"), year_before("2020"), year_before("2022-09-09")
    ('2022Q1', '2020M01-M05', '2019', '')
    """
    m = re.fullmatch(r"((?:19|20)[0-9]{2})((?:H[12]|Q[1-4](?:-Q[1-4])?|M[0-9]{2}(?:-M[0-9]{2})?)?)", period)
    return f"{int(m.group(1)) - 1}{m.group(2)}" if m else ""


def _threshold(raw: str, s: int, unit_end: int, unit: str) -> bool:
    """Whether the sum of money at ``raw[s:unit_end]`` is a threshold that
    defines a class (of firms, of projects) rather than a figure: followed by
    "or more / or above", printed after "each worth", or inside a bracket that
    opens right after a class noun ("projects (with investment of more than
    …)") after "more than / over / above".

    >>> line = "Firms of designated size are those with yearly sales of 30 million yuan ($4 million) or more."
    >>> _threshold(line, line.index("30"), line.index("30") + 15, "million yuan")
    True
    >>> line = "It runs 12 projects (each with spending of over 80 million yuan)."
    >>> _threshold(line, line.index("80"), line.index("80") + 15, "million yuan")
    True
    >>> line = "Its 9 projects (with state funds above 5 million yuan ($1 million) and private funds above 20 million yuan)."
    >>> _threshold(line, line.index("20"), line.index("20") + 15, "million yuan")
    True
    >>> line = "Revenue reached 30 million yuan, up 5 percent."
    >>> _threshold(line, line.index("30"), line.index("30") + 15, "million yuan")
    False
    """
    if not unit.endswith(("yuan", "dollars")):
        return False
    if _OR_MORE.match(raw[unit_end:]):
        return True
    lead = raw[max(0, s - 80):s].lower()
    if re.search(r"\beach\s+(?:worth|valued at|with)\b[^.;]*$", lead):
        return True
    stack = []
    for k, ch in enumerate(raw[:s]):
        if ch == "(":
            stack.append(k)
        elif ch == ")" and stack:
            stack.pop()
    return bool(stack) and bool(re.search(rf"{_CLASS_NOUN}[^(]{{0,40}}\($", raw[:stack[-1] + 1], re.I)) and bool(
        re.search(r"(?:more than|over|above|exceeding|at least)\s*\$?$", lead))


def parse_english(raw: str, line_no: int, cat, ctx) -> list[Candidate]:
    """The candidate figures of one English line, in reading order."""
    out = []
    units = _units(cat)
    line_period = _period(raw, ctx) if names_period(raw) else getattr(ctx, "en_period", "")
    low = raw.lower()
    for m in _NUM.finditer(raw):
        s, e = m.span()
        dollar = (m.group(1) or "").strip() == "$"
        yen = (m.group(1) or "").strip() in ("¥", "￥")
        num = raw[m.start(2):e]
        rest = low[e:]
        pm = re.match(r"\s*-?\s*(?:percent(?!age)|%)", rest)  # "6.4 percent", "a 6.4-percent growth"
        new_unit = ""
        if pm:
            unit = "%" if pm.group(0).endswith("%") else "percent"
            unit_end = e + pm.end()
        else:
            unit = ""
            if yen:  # "¥53,577": yuan; "¥2.1 billion": billion yuan
                scale = re.match(r"\s*(trillion|billion|million)\b", rest)
                unit = f"{scale.group(1)} yuan" if scale else "yuan"
                unit_end = e + (scale.end() if scale else 0)
            elif dollar:
                for scale in ("billion", "million"):
                    if re.match(rf"\s*{scale}\b", rest):
                        unit = f"{scale} US dollars"
                        unit_end = e + rest.index(scale) + len(scale)
            else:
                for u in units:  # "474 industrial enterprises above designated size": a count of firms
                    mm = re.match(rf"\s*(?:(?:industrial|key|major|new|main|large|high-tech)\s+){{0,2}}{re.escape(u)}\b", rest) \
                        if u in ("enterprises", "companies", "projects") else re.match(rf"\s*{re.escape(u)}\b", rest, re.I)
                    if mm:
                        unit, unit_end = u, e + mm.end()
                        break
            if not unit and not dollar and "." not in num and re.match(r"(?:st|nd|rd|th)\b", rest) and _RANK_BEFORE.search(
                    low[max(0, s - 40):s]):
                unit, unit_end = "位", e + 2  # "ranking it 15th", "ranked 3rd in the region": a rank
            if re.search(r"\b[0-9]{1,2}(?:st|nd|rd|th)\s+(?:place\s+)?(?:among|out of|of)\s+(?:the\s+)?(?:all\s+)?$", low[:s]):
                continue  # "15th among 31 provinces": how many were ranked, not a figure
            if not unit and not dollar and "." not in num and not re.search(r"\b(?:top|no\.|the|first|last)\s*$", low[:s]):
                cm = _COUNT_NOUN.match(rest)  # "15 research centres": a count in a unit units.csv lacks
                if cm and not _NOT_COUNT.search(cm.group(1)):
                    unit, unit_end, new_unit = cm.group(1), e + cm.end(), cm.group(1)
            if not unit or (unit not in cat.units and not new_unit):
                continue
        lead = low[max(0, s - 60):s]
        if re.search(r"\bwith\s+(?:[a-z]+\s+){0,3}(?:exceeding|above|over|more than|of over|of more than|of at least)"
                     r"\s*\$?$", lead):
            continue  # "projects with agreements exceeding 1 billion yuan": a condition, not a figure
        if _threshold(raw, s, unit_end, unit):
            continue  # "firms with yearly sales of 30 million yuan or more": a definition, not a figure
        if dollar and re.search(r"yuan\s*\(\s*$", raw[:s]):
            continue  # "203.99 billion yuan ($30.61 billion)": the publisher's conversion, not a figure (curators drop it)
        if unit == "位":
            measure = "rank"
        elif unit in ("percentage points",):
            measure = "pull" if "drove" in lead or "pull" in lead else "pp_change"
        elif unit == "times":
            measure = "multiple_increase" if re.search(rf"(?:up|grew|grow|grows|rose|{_RISE})\W+(?:[a-z]+ly\W+)?"
                                                       r"(?:by\W+|of\W+)?$",
                                                       lead[-25:]) \
                else "multiple"  # "increased by 2.1 times" is a ratio of 3.1
        elif unit in ("%", "percent"):
            if re.search(r"contribution", low[max([k.end() for k in re.finditer(r"[.;!?](?:\s|$)", raw[:s])] or [0]):s]):
                measure = "contribution"  # "the contribution rates of … to GDP growth were a, b and c percent"
            elif re.search(r"average annual|annual average|\baverag\w*\s+(?:annual\s+)?(?:growth|increase|rise|rate of)|"
                           r"(?:grew|grow|grows|growth|increased?|rose|up)\W+(?:\w+\W+){0,3}(?:an\s+)?average\b", lead):
                measure = "avg_growth"  # "average vegetation coverage of grassland is 75.36 percent" is a level
            elif re.search(r"(?:accounting for|accounted for|accounts? for|share|proportion)(?:\W+\w+){0,2}\W*$", lead[-40:]):
                measure = "share"
            elif re.search(rf"(?:up|grew|grow|grows|rose|{_RISE}|growth|down|fell|{_FALL}|higher|lower)\W+(?:by\W+)?(?:of\W+)?$",
                           lead[-25:]) or _CHANGE_AFTER.match(rest[unit_end - e:]) or re.search(
                    r"\b(?:grew|grow|grows|growing|rose|expanded|increased)\s+at\s+(?:(?:a|an)\s+(?:\w+\s+)?(?:rate|pace)\s+of\s+)?$"
                    r"|\bgrowth rate\s+(?:was|is|of|stood at|reached|hit)\s+$", lead[-45:]):
                measure = "growth"  # "up 7.2 percent", "a decrease of 1.7 percent", "a 3 percent year-on-year increase"
            elif _GROWTH_NAMED.search(low[max([k.end() for k in re.finditer(r"[.;!?](?:\s|$)", raw[:s])] or [0]):s]):
                measure = "growth"  # "the growth rate of X is expected to reach 12 percent", "the fastest growth … at 11 percent"
            elif out and out[-1].line == line_no and out[-1].measure == "growth" and re.search(
                    r"\bfollowed by\b[^.;]*\bat\s+$", lead):
                measure = "growth"  # "…, followed by equipment manufacturing at 9.6 percent": the same measure
            else:
                measure = "level"
        else:
            measure = "level"
        if measure == "pp_change" and re.match(r"\s*(?:higher|lower|faster|slower|more|less)\s+than\b(?!\s+(?:a year|the year|"
                                                r"last year|the previous|the same period|(?:that|those) (?:of|in) (?:the )?"
                                                r"(?:19|20)[0-9]{2}|in (?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}|the end of|"
                                                r"(?:that|those) (?:of|in) (?:the )?(?:same|previous|last)))",
                                                rest[unit_end - e:]):
            measure = "gap"  # "7.7 percentage points higher than that of the region": a gap, a level of its own
        if measure == "level" and unit in ("%", "percent") and out and out[-1].line == line_no:
            if out[-1].measure == "share" and re.search(r"(?:compared with|compared to|versus|against|while|and)\s+$", lead) \
                    and re.match(r"\s+from\b", rest[unit_end - e:]):
                measure = "share"  # "… 56 percent of GDP, compared with 34 percent from the services sector"
            elif out[-1].measure == "growth" and re.search(r"\b(?:slow\w*|down|up|accelerat\w*|ris\w*|fall\w*|eas\w*)\s+"
                                                           r"from\s+$", lead):
                measure = "growth"  # "rose 6 percent, slowing from 13 percent in the same period of 2011"
        if re.search(r"\b(?:the\s+)?(?:national|nationwide|country's|china's)\s+(?:average\s+)?(?:level\s+|rate\s+|figure\s+)?"
                     r"of\s+$", lead) and unit in ("%", "percent"):
            continue  # "higher than the national average of 7.8 percent": the nation's figure, not the city's
        if measure == "level" and out and out[-1].line == line_no and re.fullmatch(
                r"[\s,]*(?:and\s*)?", raw[out[-1]._end:s] if hasattr(out[-1], "_end") else "x") \
                and re.search(r"\brespectively\b", low[s:]):
            measure = out[-1].measure  # "grew by 38.3 percent, 67.3 percent and 30.1 percent, respectively"
        value = num
        if measure in ("pp_change", "gap") and (re.search(rf"(?:down|dropped|fell|{_FALL}|lower)\W+(?:by\W+)?$", lead[-22:])
                                       or re.match(r"\s*(?:lower|less)\b", rest[unit_end - e:])):
            value = "-" + num  # "dropped 0.3 percentage points", "1.2 percentage points lower than"
        if measure == "growth" and (re.search(rf"(?:down|fell|{_FALL}|lower)\W+(?:by\W+|of\W+)?$", lead[-22:])
                                    or (m_after := _CHANGE_AFTER.match(rest[unit_end - e:])) and m_after.group(1)):
            value = "-" + num
        if measure == "gap":
            measure = "level"
            extra_gap = True
        else:
            extra_gap = False
        qualifier = "exact"
        if re.search(r"(?:more than|over|exceeding|exceeded|above)\s*\$?$", lead):
            qualifier = "over"
        elif re.search(r"(?:about|around|nearly|roughly|approximately)\s*\$?$", lead):
            qualifier = "about"
        elif re.search(r"(?:less than|under|below)\s*\$?$", lead):
            qualifier = "under"
        sent_start = max([k.end() for k in re.finditer(r"[.;!?](?:\s|$)", raw[:s])] or [0])
        note, extra = "", []
        if re.search(r"\b(?:target|aims? to|plans? to|will|goal)\b", low[sent_start:s]):
            qualifier, note = "target", (f"target, {qualifier}" if qualifier != "exact" else "")
        period = _period(raw[:s], ctx)
        after = _YEAR_AFTER.match(raw[unit_end:])
        if after and after.group(3):  # "reached 92 billion yuan in the first quarter": the year in force
            period = _part(after.group(3), "", re.match(r"\d{4}", period).group(0) if re.match(r"\d{4}", period)
                           else ctx.year)
        elif after:  # "from A in 2012 to B in 2021": each figure's own year follows it
            period = _part(after.group(1), "", after.group(2)) if after.group(1) else after.group(2)
        months_after = re.match(r"^\s*(?:year-on-year\s+|year on year\s+)?(?:between|from)\s+(january)\s+(?:and|to|through)\s+"
                                r"(january|february|march|april|may|june|july|august|september|october|november|december)"
                                r",?\s+((?:19|20)[0-9]{2})\b", raw[unit_end:], re.I)
        if months_after:  # "rose 6.8 percent year-on-year between January and November 2012"
            period = _part(f"january to {months_after.group(2)}", months_after.group(2), months_after.group(3))
            after = months_after
        same = re.match(r"^\s*in the same period (?:of|in) ((?:19|20)[0-9]{2})\b", raw[unit_end:], re.I)
        if same and out and out[-1].line == line_no and re.match(r"\d{4}", out[-1].period):
            period = same.group(1) + out[-1].period[4:]  # "from 13.6 percent in the same period in 2011"
            after = same
        if not after:
            period = _stock_or_span(raw, sent_start, s, unit_end, period, ctx, cat.units.get(unit, {}).get("dimension", ""))
        conversion = False  # conversions in brackets are skipped above
        if new_unit:
            extra.append(f"unit '{new_unit}' is not in data/units.csv: add it (dimension count) to keep the row, "
                         "or delete the row")
        named = re.sub(r"\b[0-9][0-9.,]*\s+(?=[a-z])", "", low[sent_start:s])  # "of 474 industrial enterprises"
        code, phrase, origin = cat.indicator_near(  # the words after it, past a conversion in brackets
            named, len(named), re.sub(r"^\s*\([^)]*\)", "", low[unit_end:unit_end + 70])[:30])
        above = re.search(r"industrial enterprises above (?:a )?designated (?:size|scale)|"
                          r"industries above (?:a )?designated (?:size|scale)",
                          low[:s] if re.match(r"\s*(?:this|these|it|they|their|its)\b", low[sent_start:]) else
                          low[sent_start:s])  # "… enterprises above a designated scale …. This resulted in a profit of"
        if (not code or code in ("va_industry_above_scale", "va_industry")) and above and not extra_gap \
                and not new_unit:  # "… enterprises above designated size generated an operating income of x"
            tail = low[max(sent_start, s - 100):s]  # the catalogue's names; the later of income and profit is the figure's
            income = [k.end() for k in re.finditer(r"(?:operating |average |main business )?(?:income|revenue)", tail)]
            profit = [k.end() for k in re.finditer(r"\bprofits?\b", tail)]
            which = "industry_revenue_above_scale" if income and (not profit or income[-1] > profit[-1]) else (
                "industry_profit_above_scale" if profit else "")
            if which in cat.indicators and (measure not in ("level", "change") or fits_unit(unit, which, cat)):
                code, origin = which, "completed"
                phrase = f"{cat.indicators[which]['name_en']} (industrial enterprises above designated size named before)"
        gap_name = ""
        if extra_gap:  # a gap to a reference: a quantity of its own (the catalogue has a few: trade growth gaps)
            code, origin, phrase = "", "part", "a gap to a reference (… percentage points higher than …)"
            figure = [c for c in out if c.line == line_no and c.unit not in ("percentage points",)] or (
                [ctx.en_last] if getattr(ctx, "en_last", None) is not None and re.search(r"\b(?:the|its|this|that)\s+(?:growth|growth rate|increase|rate)\b", low[sent_start:s])
                else [])  # "The growth rate was 3 points higher than …" after a line that printed it
            gap_code, gap_name = _gap_of(figure[-1] if figure else None,
                                         low[unit_end:unit_end + 80], cat)
            if figure and not after:
                period = figure[-1].period  # the gap of a figure is of its period
            if gap_code:
                code, origin, phrase = gap_code, "name", f"{cat.indicators[gap_code]['name_zh']} (a gap of the figure before)"
        elif new_unit:
            code, origin, phrase = "", "new_unit", new_unit
        elif unit in ("enterprises", "companies", "projects"):  # a count is named by the words after the number
            noun = re.split(r"\s+(?:increased|decreased|rose|fell|grew|was|were|is|are|reached|have|has|had|with|"
                            r"and|in|of the)\b|[,;.:()]", raw[e:])[0].strip()
            code, phrase, origin = cat.indicator_near("", 0, noun.lower())
            if not code or origin == "learned" or noun.lower().find(phrase.lower()) > 2:
                code, phrase = most_like_en(noun, cat)
                code = code if code and fits_unit(unit, code, cat) else ""
                origin = "similar" if code else "other"
                phrase = phrase or noun
        elif code and measure in ("level", "change") and not fits_unit(unit, code, cat):
            code, origin, phrase = "", "part", f"{phrase} (a {unit} figure cannot be {code})"
        part = narrowed_en(raw[sent_start:unit_end], phrase) if code else ""
        if part:  # "online retail sales of physical goods": a part, not the catalogue's whole
            code, origin, phrase = "", "part", f"{phrase} {part} ({part}: a part of the catalogue's {phrase})"
        cand = Candidate(city=ctx.city, indicator=code, measure=measure, qualifier=qualifier, period=period,
                         base_period="", value=value, unit=unit, price_basis="none", denominator="",
                         denominator_city="", line=line_no, excerpt=excerpt_en(raw, s, unit_end),
                         proposed_indicator="" if code else _words_before(raw, sent_start, s), notes=note)
        base = _BASE_AFTER.match(raw[unit_end:])
        if base and measure in ("growth", "multiple", "multiple_increase", "pp_change"):
            cand.base_period = base.group(1)
        elif measure in ("multiple", "multiple_increase") and _SAME_PERIOD_AFTER.match(raw[unit_end:]):
            cand.base_period = year_before(period)  # "7.5 times year-on-year": on the same period a year before
        if measure == "avg_growth":
            years = re.findall(r"\b((?:19|20)[0-9]{2})\b", raw[sent_start:s])
            if len(years) >= 2:
                cand.base_period, cand.period = min(years), max(years)
        if code:
            basis = cat.indicators[code]["price_basis"]
            cand.price_basis = basis if unit.endswith(("yuan", "dollars")) or measure == "growth" else "none"
        full_start = max([k.end() for k in re.finditer(r"[.!?](?:\s|$)", raw[:s])] or [0])
        if code in ("va_primary", "va_secondary", "va_tertiary") and _OTHER_OF_SECTOR.search(
                low[full_start:max(full_start, sent_start + low[sent_start:s].rfind(phrase.lower()))]):
            # "The investment for the primary industry reached …; secondary industry, …": not value added
            code, origin = "", ""
            cand.indicator, cand.price_basis = "", "none"
            cand.proposed_indicator = _words_before(raw, full_start, s)
        sector = sector_in(low[full_start:s]) if measure in ("contribution", "share") else ""
        if sector:  # "of the primary, secondary and tertiary industries … were a, b and c percent"
            code, origin, phrase = sector, "list", f"{sector} (its place in the list of the three sectors)"
            cand.indicator, cand.proposed_indicator, cand.price_basis = sector, "", "none"
            cand.denominator = "gdp" if re.search(r"\bgdp\b|gross (?:domestic|regional) product", low[full_start:s]) \
                else ""
        if measure == "share" and not sector and _OF_GDP.search(low[full_start:]) and not cand.indicator.startswith("va_"):
            sector_code = _sector_word(re.match(r"\s*from\s+(?:the\s+)?([a-z -]+)", low[unit_end:]), low[full_start:s])
            if sector_code in cat.indicators:  # "the industrial sector accounted for 56 percent of GDP, compared with …"
                code, origin, phrase = sector_code, "list", f"{sector_code} (the sector named with the share of GDP)"
                cand.indicator, cand.proposed_indicator, cand.price_basis, cand.denominator = sector_code, "", "none", "gdp"
        if origin == "new_unit":
            cand.proposed_indicator = new_unit  # "15 research centres": the noun counted names it
        if origin in ("other", "part"):
            cand.proposed_indicator = phrase if origin == "other" and unit in ("enterprises", "companies", "projects") \
                else (gap_name or _words_before(raw, sent_start, s))
        prev = out[-1] if out and out[-1].line == line_no and out[-1]._end <= s and not re.search(
            r"[.;!?](?:\s|$)", raw[out[-1]._end:s]) else None
        if cand.indicator and prev is not None and prev.indicator == cand.indicator and origin in ("name", "synonym"):
            own = catalogue_en(subject_of_item(raw, sent_start, s, unit), cat, unit, measure)
            if own[0] and own[0] != cand.indicator:  # "…, and the added value of industries below designated size …"
                cand.indicator, cand.proposed_indicator, origin, phrase = own[0], "", "similar", own[1]
                cand.price_basis = cat.indicators[own[0]]["price_basis"] if unit.endswith(("yuan", "dollars")) \
                    else "none"
        to_growth = re.search(r"\bcontribution(?: rate)? to (?:the\s+)?(?:[a-z]+'s\s+)?((?:total\s+)?(?:industrial\s+)?"
                              r"(?:economic\s+)?|gdp\s+)growth\s+(?:was|is|reached|stood at|of)\s+$", low[sent_start:s])
        if measure == "contribution" and prev is not None and to_growth and prev.indicator and not sector_in(
                low[sent_start:s]):
            # "…, and the contribution rate to the city's industrial growth was 60 percent": the figure before's,
            # to the growth of the whole named
            cand.indicator, cand.proposed_indicator, cand.price_basis = prev.indicator, "", "none"
            cand.denominator = "va_industry" if "industrial" in to_growth.group(1) else "gdp"
            origin, phrase = "previous", cand.indicator
        if measure == "rank" and prev is not None:  # "…, up 11 percent, ranking it 15th": the rank of the figure before
            cand.indicator, cand.proposed_indicator, cand.period = prev.indicator, prev.proposed_indicator, prev.period
            cand.price_basis = "none"
            origin, phrase = ("previous", cand.indicator) if cand.indicator else ("previous_unknown",
                                                                                 cand.proposed_indicator)
        if cand.indicator and prev is not None and measure in ("growth", "share") and prev.measure in ("level", "change") \
                and prev.indicator and prev.indicator != cand.indicator and _NAMES_NOTHING.fullmatch(
                    re.sub(r"\([^)]*\)", " ", raw[prev._end:s])):
            # "introduced 5 billion yuan in funds, representing an increase of 40 percent": the figure before's
            cand.indicator, cand.proposed_indicator = prev.indicator, prev.proposed_indicator
            origin, phrase = ("previous", cand.indicator) if cand.indicator else ("previous_unknown",
                                                                                 cand.proposed_indicator)
        if not cand.indicator:
            found = ("", "")
            for words in (subject_of_item(raw, sent_start, s, unit), verb_object_en(raw, sent_start, s, e, unit)):
                found = catalogue_en(words, cat, unit, measure) if words else ("", "")
                if found[0]:
                    break
            if found[0]:  # the catalogue's English names and synonyms, in other words or order
                cand.indicator, cand.proposed_indicator, origin, phrase = found[0], "", "similar", found[1]
                cand.price_basis = cat.indicators[found[0]]["price_basis"] if unit.endswith(("yuan", "dollars")) \
                    else "none"
        if not cand.indicator and measure == "share" and prev is not None and re.fullmatch(
                r"[\s,]*(?:year[- ]on[- ]year[\s,]*)?(?:(?:and|which|thus|while)\s+)?(?:accounting for|accounts? for|"
                r"accounted for|making up|makes? up|made up)\s*", re.sub(r"\([^)]*\)", " ", raw[prev._end:s])):
            # "rose by 9 percent, accounting for 40 percent of …": a share of the figure before, of the whole named after
            cand.indicator, cand.proposed_indicator = prev.indicator, prev.proposed_indicator
            origin, phrase = ("previous", cand.indicator) if cand.indicator else ("previous_unknown",
                                                                                 cand.proposed_indicator)
            whole = re.match(r"\s*of\s+([^,;.]+)", raw[unit_end:])
            if whole:
                cand.denominator = catalogue_en(whole.group(1), cat, "", "share")[0]
        if not cand.indicator:
            cand.proposed_indicator = en_noun_phrase(cand.proposed_indicator) or en_noun_phrase(
                verb_object_en(raw, sent_start, s, e, unit) if origin not in ("new_unit",) else "")
            if not cand.proposed_indicator and out and out[-1].line == line_no:  # "an increase of 6.5 percent"
                cand.indicator, cand.proposed_indicator = out[-1].indicator, out[-1].proposed_indicator
                origin, phrase = ("previous", cand.indicator) if cand.indicator else (
                    "previous_unknown", cand.proposed_indicator)
                if cand.indicator and measure == "growth":  # "…, up 12.1 percent": the price basis of the figure's growth
                    cand.price_basis = cat.indicators[cand.indicator]["price_basis"]  # GDP's: conventions.py
            elif cand.proposed_indicator:
                alt, alt_phrase = most_like_en(cand.proposed_indicator, cat)
                if alt and (measure not in ("level", "change") or fits_unit(unit, alt, cat)):  # the catalogue's English names first
                    cand.indicator, cand.proposed_indicator, origin, phrase = alt, "", "similar", alt_phrase
                    cand.price_basis = cat.indicators[alt]["price_basis"] if unit.endswith(("yuan", "dollars")) \
                        else "none"
        cand.score(origin=origin, phrase=phrase, period_named=bool(after) or names_period(raw[:s]),
                   city_known=bool(ctx.city), extra=extra)
        if conversion:
            cand.confidence = min(cand.confidence, 0.3)
        if cand.indicator == "va_industry" and measure == "growth" and not re.fullmatch(r"(?:19|20)[0-9]{2}", cand.period) \
                and "va_industry_above_scale" in cat.indicators and not re.search(r"\bentire|\ball\b|\btotal\b", low[sent_start:s]):
            # a month's or quarter's industrial growth is mostly that of enterprises above designated size (the ledger:
            # 12 of 13 sub-annual rows): the reviewer decides
            cand.confidence = min(cand.confidence, 0.6)
            cand.reason += "; a growth of industrial value added within a year is usually of enterprises above " \
                           "designated size (va_industry_above_scale)"
        if origin in ("previous", "previous_unknown") and out:
            cand.confidence = min(cand.confidence, out[-1].confidence)
        cand._end = unit_end
        out.append(cand)
    last = [c for c in out if c.unit not in ("percentage points",) and c.measure == "growth"]
    ctx.en_last = last[-1] if last else (None if out else getattr(ctx, "en_last", None))
    _divisions(raw, line_no, out, cat, _period(raw[:m.start()], ctx) if (m := _DIVISIONS.search(raw)) else "")
    ctx.en_period = line_period
    return out


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
            c.indicator, c.proposed_indicator, c.measure, c.price_basis = code, "", "level", "none"
            c.period = period or c.period  # the counts of the period reported, not a stock at the page's date
            c.score(origin="divisions", phrase=cat.indicators[code]["name_en"], period_named=True,
                    city_known=bool(c.city))


_EN_PART_WORDS = {"urban", "rural", "pastoral", "private", "state", "owned", "foreign", "physical", "export", "import",
                  "non", "primary", "secondary", "tertiary", "agricultur", "servic", "manufactur", "min"}


#: Words a catalogue English name and the document's words may differ by.
_EN_LOOSE = {"number", "total", "enterprise", "city", "region", "all", "amount", "volume", "value"}


def most_like_en(words: str, cat, floor: float = 0.6) -> tuple[str, str]:
    """The catalogue indicator whose English name shares most of its words with
    ``words`` (at least ``floor`` of the name's content words, all of ``words``'
    content words in the name): (code, name), or ('', '').

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> most_like_en("total profit of industrial enterprises above designated size", Catalogue.from_ledger(load_ledger()))
    ('industry_profit_above_scale', 'Total profit of industry above designated size')
    """
    stop = {"of", "the", "a", "an", "and", "in", "for", "by", "to", "at", "on", "above", "with"}

    def content(t):
        return {re.sub(r"(?:ial|ies|y|s)$", "", w) for w in re.findall(r"[a-z]+", t.lower()) if w not in stop}

    mine = content(words)
    if len(mine) < 2:
        return "", ""
    best = (0.0, "", "")
    for code, ind in cat.indicators.items():
        theirs = content(ind.get("name_en", ""))
        if not theirs:
            continue
        if (mine - theirs) & {re.sub(r"(?:ial|ies|y|s)$", "", w) for w in _EN_PART_WORDS}:
            # "… of rural residents" is not "… of all residents", investment in the primary industry not industrial
            continue
        share = len(mine & theirs) / len(theirs)
        if (mine - theirs) - _EN_LOOSE or (theirs - mine) - _EN_LOOSE:
            continue  # a word either side lacks names another quantity (coal industry, beef cattle)
        if share > best[0] and len(mine & theirs) >= max(2, len(mine) - 1):
            best = (share, code, ind["name_en"])
    return (best[1], best[2]) if best[0] >= floor else ("", "")


#: Verbs (and the change words after them) that end the subject of an English figure.
_SUBJECT_END = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:increased|decreased|rose|fell|grew|dropped|declined|reached|was|were|"
                          r"is|are|hit|totaled|totalled|stood|amounted|came|saw|recorded|posted|registered|maintained|"
                          r"showed|achieved|expanded|jumped|surged|climbed|exceeded|topped|accounted|accounting|"
                          r"continued|remained|kept|generated)\b", re.I)
#: A clause that only dates or sources the sentence ("In the first quarter of 2024,", "According to …,").
_LEAD_CLAUSE = re.compile(r"^\s*(?:(?:in|during|over|for|from|between|by|as of|at the end of|last year|this year|"
                          r"according to|meanwhile|in addition|in terms of|among them|of (?:this|these|them))\b[^,]*,\s*)+",
                          re.I)


def subject_en(raw: str, sent_start: int, s: int) -> str:
    """The noun phrase an English figure is about: its sentence up to the number,
    without an opening clause that only dates or sources it, cut at the verb
    that ends the subject ("… increased by", "… was"); a list inside the
    subject ("agriculture, forestry and fishery") is kept whole.

    >>> line = "In the first half of 2024, the added value of industries above a designated size increased by 9 percent"
    >>> subject_en(line, 0, line.index("9 p"))
    'the added value of industries above a designated size'
    >>> line = "In 2023, the gross output of farming, forestry, and fishery grew 4 percent"
    >>> subject_en(line, 0, line.index("4 p"))
    'the gross output of farming, forestry, and fishery'
    >>> line = "Income of residents was 9 yuan, and income of herders reached 8 yuan"
    >>> subject_en(line, 0, line.index("8 y"))
    'income of herders'
    """
    text = _LEAD_CLAUSE.sub("", re.sub(r"\s+(?:--|—|–)\s+[^-—–]*?\s+(?:--|—|–)\s+", " ", raw[sent_start:s]))
    verbs = list(_SUBJECT_END.finditer(text))
    if not verbs:
        return ""
    subject = text[:verbs[-1].start()]  # the verb that governs the number: the last one before it
    figure = list(re.finditer(r"[0-9]", subject))
    if figure:  # "… was 9 yuan, and herders' income reached": the clause after the figure before
        subject = re.sub(r"^[^,;]*[,;]\s*(?:and\s+|while\s+|whereas\s+)?", "", subject[figure[-1].end():])
    # a clause break before the subject (", while the …", "; the …"): the last clause that is no list item
    parts = re.split(r",\s+(?=(?:while|and the|the|its|whereas|with)\b)|;\s*", subject)
    return _without_place(parts[-1].strip())


def _without_place(words: str) -> str:
    """``words`` without a place closing them ("… in Ordos", "… of the city")."""
    return re.sub(r"\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|city|region|autonomous region|"
                  r"league|banner|county|district)\s*$", "", words)


#: Words between two figures that name nothing of their own ("($1 billion) in funds, representing a
#: year-on-year increase of"): the second figure is about the first.
_NAMES_NOTHING = re.compile(r"[\s,]*(?:(?:of|in|as|for)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*,\s*)?(?:(?:representing|marking|"
                            r"which|was|is|an?|the|year-on-year|year on year|annual|increase|growth|rise|decrease|decline|"
                            r"drop|of|by|up|down|or|with|seeing|posting)[\s,]+)*", re.I)


def subject_of_item(raw: str, sent_start: int, s: int, unit: str) -> str:
    """:func:`subject_en`, where "urban and rural" (or "rural and urban") is
    the k-th of the pair for the k-th figure after the verb ("the income of
    urban and rural residents rose by 5 percent and 6 percent, respectively").

    >>> line = "The income of urban and rural residents rose by 5 percent and 6 percent, respectively."
    >>> subject_of_item(line, 0, line.index("5 p"), "percent"), subject_of_item(line, 0, line.index("6 p"), "percent")
    ('The income of urban residents', 'The income of rural residents')
    """
    subject = subject_en(raw, sent_start, s)
    pair = re.search(r"\b(urban|rural)\s+and\s+(urban|rural)\b", subject, re.I)
    if not pair or pair.group(1).lower() == pair.group(2).lower():
        return subject
    after_verb = raw[sent_start:s][raw[sent_start:s].find(subject) + len(subject):]
    k = len(re.findall(rf"[0-9][0-9.,]*\s*{re.escape(unit)}", after_verb))
    if k > 1:
        return subject
    return subject[:pair.start()] + pair.group(k + 1) + subject[pair.end():]


_PAST = r"[a-z]+ed|built|made|grown|begun|laid|sold|held|won"


def verb_object_en(raw: str, sent_start: int, s: int, e: int, unit: str) -> str:
    """The name a figure printed as the object of a verb makes: "signed 60
    projects" → 'signed projects', "introduced 5 billion yuan in funds" →
    'introduced funds'; '' when no past-tense verb stands right before it.

    >>> line = "The city signed 60 projects and introduced 5 billion yuan ($1 billion) in funds."
    >>> verb_object_en(line, 0, line.index("60"), line.index("60") + 2, "projects")
    'signed projects'
    >>> verb_object_en(line, 0, line.index("5 b"), line.index("5 b") + 1, "billion yuan")
    'introduced funds'
    """
    passive = re.match(rf"\s*{re.escape(unit)}\s+of\s+((?:[a-z-]+\s+){{0,3}}?[a-z-]+)\s+(?:was|were)\s+(?:newly\s+)?"
                       rf"({_PAST})\b", raw[e:], re.I)
    if passive:  # "300 kilometers of rural roads were built" → 'rural roads built'
        return f"{passive.group(1)} {passive.group(2)}"
    verb = re.search(rf"\b({_PAST})\s+(?:a total of\s+|more than\s+|over\s+|about\s+|nearly\s+)?$", raw[sent_start:s], re.I)
    if not verb:
        return ""
    rest = raw[e:]
    unit_at = re.match(rf"\s*(?:{re.escape(unit)})?\s*(?:\([^)]*\)\s*)?", rest, re.I)
    tail = rest[unit_at.end():] if unit_at else rest
    obj = re.match(r"(?:(?:of|in)\s+)((?:[a-z-]+\s+){0,2}[a-z-]+)", tail, re.I)
    noun = obj.group(1) if obj else ("" if unit.endswith(("yuan", "dollars")) or unit in ("percent", "%") else unit)
    noun = re.split(r"\s+(?:through|from|to|in|with|and|for|by|at|via)\b", noun)[0]
    return f"{verb.group(1)} {noun}".strip() if noun else ""


def catalogue_en(words: str, cat, unit: str, measure: str) -> tuple[str, str]:
    """The indicator whose English catalogue name or English synonym
    (data/synonyms.csv) names the same quantity as ``words`` (the same content
    words up to order, plural, "added value" / "value added", and words that
    qualify nothing: total, gross, number, amount): (code, name), else ('', '').
    A level must be measurable in ``unit``; a name that several codes share
    gives none; a synonym of another quantity (empty code) blocks.

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> catalogue_en("the added value of industries above a designated size", cat, "percent", "growth")[0]
    'va_industry_above_scale'
    >>> catalogue_en("high-standard farmland built", cat, "mu", "level")[0]  # "… built or upgraded"
    'high_standard_farmland_built'
    """
    mine = _content_en(_without_place(words.strip()))
    if len(mine) < 2:
        return "", ""
    hits = {}
    for phrase, code in cat.phrases.items():
        if not phrase.isascii() or cat.phrase_origin.get(phrase) not in ("name", "synonym", "other"):
            continue
        if _content_en(phrase) == mine:
            hits.setdefault(code, phrase)
    for code, ind in cat.indicators.items():
        name = ind.get("name_en", "")
        alternatives = re.search(r"\b([a-z-]+)\s+or\s+([a-z-]+)\b", name)  # "built or upgraded": either word
        names = [name] + ([name[:alternatives.start()] + alternatives.group(k) + name[alternatives.end():]
                           for k in (1, 2)] if alternatives else [])
        if any(_content_en(n) == mine for n in names):
            hits.setdefault(code, name)
    if len(hits) != 1:
        return "", ""
    code, name = next(iter(hits.items()))
    if not code or measure in ("level", "change") and not fits_unit(unit, code, cat):
        return "", ""
    return code, name


_EN_STOP = {"of", "the", "a", "an", "and", "in", "for", "by", "to", "at", "on", "with", "its", "their", "city's",
            "region's", "total", "gross", "number", "amount", "volume", "overall", "all", "whole"}


def _content_en(text: str) -> frozenset:
    """Content words of an English name, stemmed; "added value" is "value added"."""
    low = re.sub(r"\([^)]*\)", " ", text.lower()).replace("added value", "value added")
    low = re.sub(r"\b(?:produced|production)\b", "output", low)  # "produced natural gas", "natural gas output"
    low = re.sub(r"\boutput value\b", "output", low)
    words = re.findall(r"[a-z][a-z'-]*", low)
    return frozenset(re.sub(r"(?:ial|ies|y|s)$", "", w) for w in words if w not in _EN_STOP)


def excerpt_en(line: str, start: int, end: int, words: int = 5, hi: int = 60) -> str:
    """Whole words of ``line`` around ``line[start:end]`` (the number and its
    unit): up to ``words`` words before it in its clause, the word it ends in,
    no leading or trailing space, at most ``hi`` characters.

    >>> line = "In 2018, the city's GDP was 132 times higher than in 1949, up 3.9 percent year-on-year."
    >>> excerpt_en(line, line.index("132"), line.index("132") + len("132 times"))
    "the city's GDP was 132 times"
    >>> excerpt_en(line, line.index("3.9"), line.index("3.9") + len("3.9 percent"))
    'up 3.9 percent'
    """
    a = start
    clause = max([m.end() for m in re.finditer(r"[;:(]|,(?![0-9]{3})", line[:start])] or [0])
    taken = 0
    while a > clause and taken < words:
        k = line.rfind(" ", clause, a - 1)
        nxt = k + 1 if k >= clause else clause
        if end - nxt > hi:
            break
        a, taken = nxt, taken + 1
    b = end
    while b < len(line) and (line[b].isalnum() or line[b] in "-'"):
        b += 1  # the end of the word the unit ends in
    text = line[a:b].strip()
    if start > a and not text:
        text = line[start:b].strip()
    return text.rstrip(".,;:")


_THREE = re.compile(r"primary,?\s+secondary,?\s+and\s+tertiary\s+(?:industries|sectors)")


def sector_in(sentence: str) -> str:
    """The sector of a percentage in "… primary, secondary and tertiary industries
    … were a, b and c percent": the k-th number after the list is the k-th
    sector; '' when the sentence lists no three sectors.

    >>> s = "the contribution rates of the primary, secondary and tertiary industries to gdp growth were "
    >>> sector_in(s), sector_in(s + "2.4 percent, ")
    ('va_primary', 'va_secondary')
    """
    m = _THREE.search(sentence)
    if not m:
        return ""
    k = len(re.findall(r"[0-9][0-9.,]*\s*(?:percent|%)", sentence[m.end():]))
    return ("va_primary", "va_secondary", "va_tertiary")[k] if k < 3 else ""
