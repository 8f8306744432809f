"""English units around a number: ranks, counts in a unit units.csv lacks, thresholds that define a class."""

from __future__ import annotations

import re

from .text import POPULATION_IS, SENTENCE_END, _NUM, currency


#: The words before an English ordinal that make it a rank ("ranking it 15th", "ranked 3rd", "came 2nd").
_RANK_BEFORE = re.compile(r"\b(?:rank(?:s|ed|ing)?|plac(?:es|ed|ing)|came|coming|stood|standing|position(?:ed)?)\s+"
                          r"(?:it\s+|them\s+|the\s+city\s+|the\s+region\s+)?(?:the\s+|at\s+|in\s+)?(?:no\.\s*)?$", re.I)


#: The ordinals of a list printed before one: "ranking 2nd, 3rd, and " (the rank word before the first names them all).
_ORDINALS_BEFORE = re.compile(r"(?:[0-9]+(?:st|nd|rd|th)\s*,\s*(?:and\s+)?)+$|[0-9]+(?:st|nd|rd|th)\s+and\s+$")


#: "15 research centres", "81 production bases": a count whose unit is the plural noun after it.
_COUNT_NOUN = re.compile(r"\s+((?:(?:[a-z0-9-]+)\s+){0,2}[a-z-]+s)\b(?!\s+(?:of|per)\s+(?:yuan|dollars))")
#: Up to four words before a plural noun counted, none of them a word that ends a noun phrase's modifiers.
_STOP = (r"(?!(?:of|in|into|to|the|a|an|for|with|by|from|at|on|over|than|that|which|who|were|was|is|are|has|have|had|"
         r"as|its|their|this|these|those|it|they|per|up|down|and|or|year-on-year|respectively)(?![\w-]))")
_LONG_COUNT_NOUN = re.compile(rf"\s+((?:{_STOP}[a-z-]+\s+){{2,4}}?{_STOP}[a-z-]+s)\b(?!\s+(?:of|per)\s+(?:yuan|dollars))")
#: The words a known count's noun may follow: "38 above-designated-size rare earth enterprises", "1,009 inbound
#: and outbound China-Europe freight trains".
_MODIFIERS = rf"(?:{_STOP}[a-z][a-z-]*\s+(?:(?:and|or)\s+)?){{0,4}}?"


def other_spelling(rest: str, cat) -> tuple[str, int] | None:
    """A unit of units.csv printed in other words right after a number (the
    lower-cased text after it): (the unit, the length of its words), else
    None. "U.S. dollars", "tonnes" and "kg" with a scale, "twenty-foot
    equivalent units (TEUs)", a hyphenated singular ("a 20,000-metric-ton
    line").

    >>> from types import SimpleNamespace as C
    >>> cat = C(units={u: {"dimension": d} for u, d in [("billion US dollars", "currency_usd"), ("million tons", "mass"),
    ...     ("billion kilograms", "mass"), ("TEUs", "count"), ("metric tons", "mass"), ("tons", "mass")]})
    >>> [other_spelling(t, cat) for t in [" billion u.s. dollars", " million tonnes of", " billion kg,",
    ...     " twenty-foot equivalent unit (teu) containers", "-metric-ton green line", " teus", " years"]]
    [('billion US dollars', 21), ('million tons', 15), ('billion kilograms', 11), ('TEUs', 45), ('metric tons', 11), ('TEUs', 5), None]
    >>> cat.units["billion yuan"] = {"dimension": "currency_cny"}
    >>> other_spelling(" billion rmb in", cat), other_spelling(" billion usd", cat)
    (('billion yuan', 12), ('billion US dollars', 12))
    >>> other_spelling("t of oxides", cat), other_spelling("mt,", cat), other_spelling(" million mt", cat), other_spelling("/t", cat)
    (('tons', 1), ('tons', 2), ('million tons', 11), None)
    """
    m = re.match(r"\s*(trillion|billion|million)\s+(?:(?:u\.\s?s\.|us)\s+dollars|usd)\b", rest)
    if m and f"{m.group(1)} US dollars" in cat.units:
        return f"{m.group(1)} US dollars", m.end()
    m = re.match(r"\s*(?:(trillion|billion|million)\s+)?(?:yuan\s+)?(?:rmb|cny|renminbi)\b", rest)
    if m and (f"{m.group(1)} yuan" if m.group(1) else "yuan") in cat.units:  # "5 billion RMB", "300 yuan RMB"
        return (f"{m.group(1)} yuan" if m.group(1) else "yuan"), m.end()
    m = re.match(r"\s*(?:(billion|million)\s+)?(?:metric\s+)?tonnes\b", rest)
    if m:
        for unit in (f"{m.group(1)} tons" if m.group(1) else "tons", f"{m.group(1)} metric tons" if m.group(1) else ""):
            if unit in cat.units:
                return unit, m.end()
    m = re.match(r"\s?(?:(billion|million)\s*)?m?t\b(?![-/'’])", rest)
    if m and (f"{m.group(1)} tons" if m.group(1) else "tons") in cat.units:  # "12,345t", "8,900mt" (the metals press)
        return (f"{m.group(1)} tons" if m.group(1) else "tons"), m.end()
    m = re.match(r"\s*(billion|million)\s+kg\b", rest)
    if m:
        for unit in (f"{m.group(1)} kilograms", f"{m.group(1)} kg"):
            if unit in cat.units:
                return unit, m.end()
    m = re.match(r"\s*(?:twenty-foot equivalent units?(?:\s*\(\s*teus?\s*\))?(?:\s+containers\b)?|teus?\b)", rest)
    if m and "TEUs" in cat.units:
        return "TEUs", m.end()
    m = re.match(r"-((?:[a-z]+-){0,2}[a-z]+)\b(?!-)", rest)
    if m and not m.group(1).endswith("s"):
        unit = m.group(1).replace("-", " ") + "s"
        if cat.units.get(unit, {}).get("dimension") in ("mass", "area_m2", "length_km", "volume_m3", "power_kw"):
            return unit, m.end()  # "a 20,000-metric-ton production line": its capacity
    return None


#: Plural words that are no count's unit (time, measure, money, ranks).
_NOT_COUNT = re.compile(r"\b(?:years?|months?|days?|weeks?|hours?|minutes?|times|percent|points?|yuan|dollars?|meters?|"
                        r"metres?|kilometers?|kilometres?|tons?|tonnes?|kilowatts?|hectares?|degrees?|mu|kg|"
                        r"billions?|millions?|thousands?|hundreds?|consecutive|straight|is|was|has|as|its|this|"
                        r"plus|percentage|square|cubic)\b")


#: A sum of money that bounds a class of firms or projects: "… 30 million yuan (…) or more", "each worth …".
_OR_MORE = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:or|and)\s+(?:more|above|over|higher)\b", re.I)
_CLASS_NOUN = r"(?:projects?|enterprises|companies|firms|businesses)"


#: An aside opened by a dash that defines a class by a sum: "– firms with an income of more than".
_DASH_DEFINITION = re.compile(r"\s(?:--|—|–)\s[^-—–]*?\bwith\b[^-—–]*?(?:more than|over|above|exceeding|at least)\s*\$?$", re.I)


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
    >>> line = "Output of firms above designated size – firms with an income of more than 20 million yuan a year – fell 3 percent."
    >>> _threshold(line, line.index("20"), line.index("20") + 15, "million yuan")
    True
    """
    if not unit.endswith(("yuan", "dollars")):
        return False
    if _OR_MORE.match(raw[unit_end:]):
        return True
    if _DASH_DEFINITION.search(raw[max(0, s - 120):s]) and re.match(r"(?:[^.;!?]|\.(?=[0-9]))*?\s(?:--|—|–)\s", raw[unit_end:]):
        return True  # "… above designated size – industrial enterprises with a business income of more than 20
        # million yuan annually – fell by": a definition between dashes, not a figure
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


def unit_of(raw: str, m, units: list[str], cat) -> tuple[str, int, str] | None:
    """The unit of the number ``m`` (a match of ``_NUM``) in ``raw``: (unit,
    where it ends, the unit when units.csv lacks it: a plural noun counted),
    or None when the number has no unit or is no figure (the count of those
    ranked: "15th among 31 provinces").

    >>> from types import SimpleNamespace as C
    >>> cat = C(units={"billion yuan": {}, "percent": {}, "位": {}})
    >>> line = "Sales were 5 billion yuan; it ranked 3rd and runs 15 research centres."
    >>> [unit_of(line, m, ["billion yuan"], cat) for m in _NUM.finditer(line)]
    [('billion yuan', 25, ''), ('位', 40, ''), ('research centres', 69, 'research centres')]
    """
    s, e = m.span()
    if not m.group(1) and re.search(r"[A-Za-z]-$|\b(?:ISO|GB|GB/T|Top|TOP|Global|Fortune|Forbes)\s*$", raw[:s]):
        return None  # "COVID-19", "ISO 9001", "Fortune Global 500 firms": a name's number, no figure
    if re.match(r"\s+(?:[a-z-]+\s+){0,2}?[a-z]+est\s", raw[e:]) and re.search(r"\bthe\s+$", raw[:s].lower()):
        return None  # "60 of the 100 largest private companies": the bound of a ranking, no count
    low = raw.lower()
    money = currency(m)
    dollar, yen = money == "dollars", money == "yuan"
    num = raw[m.start(2):e]
    rest = low[e:]
    pm = re.match(r"\s*-?\s*(?:percent(?!age)|per[ -]cent\b|%)", rest)  # "6.4 percent", "a 6.4-percent growth", "6.4 per cent"
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
            if not unit and "US dollars" in cat.units and not re.match(r"\s*(?:trillion|thousand)\b|[a-z]", rest):
                unit, unit_end = "US dollars", e  # "GDP per capita reached $12,000"
        elif re.match(r"\s*-?\s*percentage[ -]point\b", rest):  # "a 4.5 percentage point increase"
            unit, unit_end = "percentage points", e + re.match(r"\s*-?\s*percentage[ -]point\b", rest).end()
        elif other_spelling(rest, cat):  # "2.28 billion U.S. dollars", "1.06 million tonnes", "0.81 billion kg", "TEU"
            unit, length = other_spelling(rest, cat)
            unit_end = e + length
        else:
            for u in units:  # "474 industrial enterprises above designated size": a count of firms
                mm = re.match(rf"\s+{_MODIFIERS}{re.escape(u)}\b", rest) \
                    if u in _KNOWN_COUNT else re.match(
                    rf"\s*-?\s*{re.escape(u).replace(chr(92) + ' ', '[ -]')}\b" if not u.endswith(("yuan", "dollars"))
                    else rf"\s*{re.escape(u)}\b", rest, re.I)  # "a 600-sq-km area"; "10-billion-yuan projects": a class
                if mm and u in _KNOWN_COUNT and re.search(r"\b(?:top|no\.|first|last)\s*$", low[:s]):
                    mm = None  # "seven of the country's top 10 … companies": a rank's bound, no count
                if mm:
                    unit, unit_end = u, e + mm.end()
                    break
        if not unit and not dollar:  # "the pig population was 5.98 million", "590,000 were cattle": head of livestock
            bare = re.match(r"\s*(million\s*)?(?=[,;.]|\s+(?:were|was|head|heads)\b|\s+(?:an?\s+)?(?:increase|decrease)|$)",
                            rest)
            sentence = re.split(SENTENCE_END, low[:s])[-1] + re.split(SENTENCE_END, rest)[0]
            if bare and (bare.group(1) or "," in num) and re.search(
                    r"\b(?:livestock|pigs?|hogs?|cattle|sheep|goats?|cows?|heads?)\b|\b(?:population|inventory)\b(?!\s+of\s+"
                    r"(?:the\s+)?(?:city|region|residents|people))", sentence) and not re.search(
                    r"\b(?:people|residents|persons|tourists|visitors)\b", sentence) and not (
                    re.search(r"\b" + POPULATION_IS + r"\s+(?:[a-z]+\s+)?$",
                              low[:s]) and not re.search(
                        r"\b(?:livestock|pigs?|hogs?|cattle|sheep|goats?|cows?|heads?|animals?)\b", sentence)):
                unit = "million head" if bare.group(1) else "head"
                unit_end = e + bare.end()
        if not unit and not dollar and re.search(r"\b" + POPULATION_IS + r"\s+"
                                                 r"(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+|"
                                                 r"some\s+|roughly\s+|approximately\s+)?$", low[:s]) and not re.search(
                r"\b(?:livestock|pigs?|hogs?|cattle|sheep|goats?|cows?|heads?|animals?)\b", low):
            scale = re.match(r"\s*million\b", rest)
            unit = "million people" if scale else "people"  # "With a population of around 300,000": people
            if unit in cat.units:
                return unit, e + (scale.end() if scale else 0), ""
            unit = ""
        if not unit and not dollar:  # "totaled 901.", "reached 66.13 million.": a count named by its subject
            found = _bare_count(raw, s, e, num, cat)
            if found:
                return found
        if not unit and not dollar and "." not in num and re.match(r"(?:st|nd|rd|th)\b", rest) and _RANK_BEFORE.search(
                _ORDINALS_BEFORE.sub("", low[max(0, s - 120):s])[-40:]):
            # "ranking 2nd, 3rd, 9th and 18th, respectively": each ordinal of the list a rank
            unit, unit_end = "位", e + 2  # "ranking it 15th", "ranked 3rd in the region": a rank
        if re.search(r"\b[0-9]{1,2}(?:st|nd|rd|th)\s+(?:place\s+)?(?:among|out of|of)\s+(?:the\s+)?(?:all\s+)?$", low[:s]):
            return None  # "15th among 31 provinces": how many were ranked, not a figure
        if not unit and not dollar and not re.search(r"\b(?:top|no\.|the|first|last)\s*$", low[:s]):
            if re.match(r"\s+[\"“][a-z-]+[\"”]\s", rest):
                rest = re.sub(r"[\"“”]", " ", rest, count=2)  # 'there are 216 "strong" county economies': the quoted word
                # is a modifier (blanked, the offsets kept)
            cm = _COUNT_NOUN.match(rest)  # "15 research centres": a count in a unit units.csv lacks
            million = re.match(r"\s+(?:million|mln)\s+((?:[a-z-]+\s+){0,2}?(?:cattle|sheep|[a-z-]+s))\b(?!\s+(?:of|per)\s+(?:yuan|dollars))",
                               rest) \
                if "." in num or not cm or cm.group(1).startswith(("million ", "mln ")) else None  # "10 million LCD panels",
            # "1 mln travelers" (the wires' abbreviation)
            if million and re.fullmatch(r"(?:[a-z-]+\s+)?(?:cows|cattle|sheep|goats|pigs|hogs|yaks|camels|horses)",
                                        million.group(1)) and "million head" in cat.units:
                return "million head", e + million.end(), ""  # "1.7 million cows": head of livestock
            if million and not _NOT_COUNT.search(million.group(1)):  # "76.5 million parcels"
                known = f"million {million.group(1).split()[-1]}"  # "1.6 million inbound tourists": million tourists
                return (known, e + million.end(), "") if known in cat.units else (
                    f"million {million.group(1)}", e + million.end(), f"million {million.group(1)}")
            if cm and not re.match(rf"\s+{_STOP}", rest):
                cm = None  # "150 at the autonomous region level": no noun counted ('autonomous' is no plural)
            cm = cm or _LONG_COUNT_NOUN.match(rest)  # "20,000 new energy passenger cars": four words at most
            if cm and "." not in num and not _NOT_COUNT.search(cm.group(1)) and not re.fullmatch(r"(?:19|20)[0-9]{2}", num):  # "2021 figures"
                unit, unit_end, new_unit = " ".join(cm.group(1).split()), e + cm.end(), " ".join(cm.group(1).split())
        if not unit and not dollar and not re.fullmatch(r"(?:19|20)[0-9]{2}", num):
            shared = _SHARED_UNIT.match(raw[e:])
            if shared and not re.fullmatch(r"(?:19|20)[0-9]{2}", shared.group(1)):
                # "13.8 and 8.8 percentage points", "35 to 40 days": the unit of the number the list ends with
                last = _NUM.match(raw, e + shared.start(1))
                found = unit_of(raw, last, units, cat) if last else None
                if found and not found[2]:
                    return found[0], found[1], ""  # the list shares its unit and the words after it
        if not unit and not dollar:
            found = respective_unit(raw, s, e, units, cat)
            if found:
                return found
        if not unit or (unit not in cat.units and not new_unit):
            return None
    return unit, unit_end, new_unit


#: A list of bare numbers said "respectively": "increased by 30, 22, and 20, respectively".
_BARE_LIST = re.compile(r"(?<![0-9.,])[0-9][0-9,]*(?:\s*,\s*[0-9][0-9,]*)*\s*,?\s*(?:and\s+)?[0-9][0-9,]*\s*,?\s*respectively\b")


def respective_unit(raw: str, s: int, e: int, units: list[str], cat) -> tuple[str, int, str] | None:
    """The unit of a bare number in a list said "respectively" ("These
    numbers have increased by 30, 22, and 20, respectively"): that of the
    number in the same place of the list of as many counts printed before it
    on the line (counts only: a number with no unit is counted), else None.

    >>> from types import SimpleNamespace as C
    >>> cat = C(units={"enterprises": {"dimension": "count"}, "percent": {"dimension": "percent"}})
    >>> line = "It has 209 rare earth enterprises and 85 high-tech enterprises. They rose by 30 and 22, respectively."
    >>> k = line.index("22")
    >>> respective_unit(line, k, k + 2, ["enterprises"], cat)
    ('enterprises', 86, '')
    >>> line = "It has 209 firms and 85 percent. They rose by 30 and 22, respectively."
    >>> respective_unit(line, line.index("22"), line.index("22") + 2, ["enterprises"], cat) is None
    True
    """
    listed = next((m for m in _BARE_LIST.finditer(raw) if m.start() <= s and e <= m.end()), None)
    if listed is None:
        return None
    numbers = [m for m in _NUM.finditer(raw, listed.start(), listed.end())]
    if any(re.fullmatch(r"(?:19|20)[0-9]{2}", m.group(0)) or "." in m.group(0) for m in numbers):
        return None
    k = next((i for i, m in enumerate(numbers) if m.start() == s), None)
    before = []
    for m in _NUM.finditer(raw, 0, listed.start()):
        found = unit_of(raw[:listed.start()], m, units, cat)
        if found and not found[2]:
            before.append(found[0])
    if k is None or len(before) < len(numbers):
        return None
    earlier = before[-len(numbers):]
    if any(cat.units.get(u, {}).get("dimension") != "count" for u in earlier):
        return None
    return earlier[k], e, ""


#: A number followed by the next numbers of its list, the last printed with the unit: "13.8 and 8.8 percentage
#: points", "35 to 40 days", "5.1, 6.2 and 7.3 percent" (group 1: the last number).
_SHARED_UNIT = re.compile(r"(?:\s*,\s*[0-9][0-9.,]*)*\s*,?\s*(?:and|or|to)\s+([0-9][0-9.,]*[0-9]|[0-9])(?=\s*(?:%|[a-zA-Z]))")


#: Nouns of people counted: the unit of a bare number whose subject they are.
_PEOPLE = re.compile(r"\b(tourists|visitors|travell?ers|passengers|people|residents|workers|employees|persons)\b")
#: Words right before a bare number that make it the value of its subject ("totaled 901", "grew … to 638,500").
_VALUE_OF = re.compile(r"\b(?:reached|reaching|totaled|totalled|totaling|totalling|amounted to|amounting to|numbered|"
                       r"numbering|stood at|standing at|came to|hit|exceeded|surpassed|to|of|by|from|"
                       r"(?<=number of )(?:[a-z-]+\s+){0,8}(?:is|are|was|were)(?:\s+now)?)\s+"
                       r"(?:some\s+|about\s+|nearly\s+|over\s+|more than\s+|around\s+)?$")
#: What may follow a bare count: the end of its clause, a comparison, "to" (from a to b).
_BARE_END = re.compile(r"\s*(million\b\s*)?(?=[,;.:]|\s+(?:year[- ]on[- ]year|and|in\s+(?:19|20)[0-9]{2}|"
                       r"came|were|was|respectively)\b|\s+to\s+[0-9]|\s*$)")
_COUNT_VERB = re.compile(r"\s+(?:maintained|achieved|were|was|had|saw|recorded|reported|grew|rose|increased|posted|"
                         r"registered)\b")
_KNOWN_COUNT = ("enterprises", "companies", "projects", "trains", "lines")


def _bare_count(raw: str, s: int, e: int, num: str, cat) -> tuple[str, int, str] | None:
    """The unit of a number printed without one whose subject names what it
    counts: "the number of travel agencies totaled 901", "starred hotels …
    amounted to 328", "tourists … reached 66.13 million", "the number of key
    projects went from 96 to 202", "among the 20 categories, 15 grew": (unit,
    where it ends, the unit when units.csv lacks it), else None.

    >>> from types import SimpleNamespace as C
    >>> cat = C(units={"million tourists": {}, "people": {}, "projects": {}})
    >>> line = "The number of travel agencies totaled 415. Domestic tourists reached 12.5 million."
    >>> [_bare_count(line, m.start(), m.end(), m.group(2), cat) for m in _NUM.finditer(line)]
    [('travel agencies', 41, 'travel agencies'), ('million tourists', 81, '')]
    >>> line = "The number of key projects rose from 40 to 85, and among its 12 parks, 7 were upgraded."
    >>> [(_bare_count(line, m.start(), m.end(), m.group(2), cat) or ("",))[0] for m in _NUM.finditer(line)]
    ['projects', 'projects', '', 'parks']
    """
    low = raw.lower()
    end = _BARE_END.match(low[e:]) or (_COUNT_VERB.match(low[e:]) and re.match("()", low[e:]))
    if not end or re.fullmatch(r"(?:19|20)[0-9]{2}", num) and not end.group(1):
        return None
    million = bool(end.group(1))
    if "." in raw[s:e] and not million:
        return None
    sentence = re.split(SENTENCE_END, low[:s])[-1]
    unit_end = e + (len(end.group(0).rstrip()) if million else 0)
    noun = ""
    among = re.search(r"\b(?:among|of)\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+|[a-z]+'s\s+)*[0-9][0-9,]*\s+((?:[a-z-]+\s+){0,2}[a-z-]+s)\s*,"
                      r"(?:[^.;]*?,)?\s*(?:[0-9]+\s+[a-z]+(?:\s+[a-z-]+){0,6}\s+and\s+)?$", sentence)
    whom = re.search(r"(?:^|\s)(?:[0-9][0-9.,]*)\s+(?:million\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]+s)\b[^.;]*?,\s*among\s+(?:whom|them|which)"
                     r"\s*,?\s*(?:about\s+|almost\s+|nearly\s+|over\s+|more than\s+|some\s+|around\s+)?$", sentence)
    if among and not million and "." not in num and _COUNT_VERB.match(low[e:]):
        noun = among.group(1)  # "among the city's 20 categories, 15 maintained growth and 11 achieved …"
    elif whom and not million and _COUNT_VERB.match(low[e:]):
        noun = whom.group(1).split()[-1]  # "6 million tourists visited, among whom almost 500,000 were Russians"
    elif _VALUE_OF.search(sentence):
        counted = re.search(r"\bnumber of\s+((?:[a-z-]+\s+){0,3}?[a-z-]+s)\b(?!\s+of\b)", sentence)
        subject = re.search(r"(?:^|,\s+|\bthe\s+)((?:[a-z-]+\s+){0,2}[a-z-]+s)\s+(?:(?:in|at|through|via)\s+(?:the\s+)?[a-z' ]+?\s+)?"
                            r"(?:totaled|totalled|amounted to|numbered|reached)\s+(?:some\s+|about\s+|nearly\s+|over\s+|"
                            r"more than\s+)?$", sentence)
        people = list(_PEOPLE.finditer(sentence))
        if counted:
            noun = counted.group(1)
        elif subject and not _NOT_COUNT.search(subject.group(1)):
            noun = subject.group(1)
        elif people and ("," in num or million):  # "tourists from Russia grew 14 percent to 638,500"
            noun = people[-1].group(1)
    if not noun or _NOT_COUNT.search(noun):
        return None
    last = noun.split()[-1]
    if last in ("arrivals", "visits", "trips") and million:  # "tourist arrivals reached 20.1 million": person-times
        unit = "million tourist arrivals" if last == "arrivals" else "million visits"
        return (unit, unit_end, "") if unit in cat.units else None
    if _PEOPLE.fullmatch(last):
        unit = "million tourists" if million and last in ("tourists", "visitors", "travelers", "travellers") else (
            "million people" if million else "people")
        return (unit, unit_end, "") if unit in cat.units else None
    if last in _KNOWN_COUNT and last in cat.units and not million:
        return last, unit_end, ""
    if million or "." in num:
        return None
    return noun, unit_end, noun
