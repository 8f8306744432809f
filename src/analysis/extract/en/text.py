"""English text: numbers, the units of units.csv, a title's repeats, a figure's excerpt."""

from __future__ import annotations

import re


_NUM = re.compile(r"(?<![0-9.,A-Za-z])(\$|[¥￥]\s?|(?:RMB|USD|US\$)\s?)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")


def currency(m) -> str:
    """The currency a number's prefix names (a match of ``_NUM``): 'yuan'
    ("¥53,577", "RMB17.23 billion"), 'dollars' ("$5 million", "USD2.70
    billion", "US$3 billion") or ''.

    >>> [currency(m) for m in _NUM.finditer("RMB17.23 billion (USD2.70 billion), $3 million, ¥4 and 5")]
    ['yuan', 'dollars', 'dollars', 'yuan', '']
    """
    prefix = (m.group(1) or "").strip()
    return "yuan" if prefix in ("¥", "￥", "RMB") else ("dollars" if prefix in ("$", "USD", "US$") else "")
#: The end of an English sentence: a full stop, semicolon, ! or ? before a space or the end, not the point of
#: U.S., U.K. or of a month's short name ("between Jan. 1 and June 9", "from January to Nov. 20").
SENTENCE_END = re.compile(r"(?<!\bU\.S)(?<!\bU\.K)(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)"
                          r"(?<!\bAug)(?<!\bSep)(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)[.;!?](?:\s|$)", re.I)
#: "population" and the verb before its count: "a population of", "the permanent population is", "… stood at".
POPULATION_IS = r"population (?:of|is|was|stands at|stood at|reached|totall?ed|hit)"
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
    if not re.search(r"[A-Za-z]", text) and start > 0:
        # a count printed bare after a comma ("Among its 30 parks, 12 grew"): the words before the comma and the
        # word after the number
        nxt = re.match(r"\s+[\w-]+", line[b:])
        b2 = b + (nxt.end() if nxt else 0)
        a2 = start
        while a2 > 0 and b2 - a2 < hi:
            k = line.rfind(" ", 0, a2 - 1)
            if b2 - (k + 1) > hi or k < 0 and b2 > hi:
                break
            a2 = k + 1 if k >= 0 else 0
            if re.search(r"[.;!?]\s*$", line[:a2]):
                break
        text = line[a2:b2].strip().rstrip(".,;:")
        return text if len(text) <= hi else line[start:b2].strip()
    return text.rstrip(".,;:")
