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

from .candidate import Candidate, make_excerpt

_NUM = re.compile(r"(?<![0-9.,])(\$)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]


def _units(cat) -> list[str]:
    return sorted((u for u in cat.units if re.search(r"[a-z]", u) and " " in u or u in
                   ("percent", "times", "yuan", "tons", "kilometers", "hectares", "people")), key=len, reverse=True)


def _period(text: str, ctx) -> str:
    period = getattr(ctx, "en_period", "") or str(ctx.year)
    for m in re.finditer(r"(first half|first three quarters|first quarter|(?:january|jan)\s*(?:-|–|to)\s*(\w+))?"
                         r"(?:\s+of)?\s*((?:19|20)[0-9]{2})\b|\b(last year|this year)\b", text, re.I):
        if m.group(4):
            period = str(ctx.year - 1 if m.group(4).lower() == "last year" else ctx.year)
            continue
        y = m.group(3)
        what = (m.group(1) or "").lower()
        if what == "first half":
            period = f"{y}H1"
        elif what == "first three quarters":
            period = f"{y}Q1-Q3"
        elif what == "first quarter":
            period = f"{y}Q1"
        elif m.group(2) and m.group(2).lower() in _MONTHS:
            period = f"{y}M01-M{_MONTHS.index(m.group(2).lower()) + 1:02d}"
        else:
            period = y
    return period


def parse_english(raw: str, line_no: int, cat, ctx) -> list[Candidate]:
    """The candidate figures of one English line, in reading order."""
    out = []
    units = _units(cat)
    ctx.en_period = _period(raw, ctx) if re.search(r"\b(?:19|20)[0-9]{2}\b", raw) else getattr(ctx, "en_period", "")
    low = raw.lower()
    for m in _NUM.finditer(raw):
        s, e = m.span()
        dollar = bool(m.group(1))
        num = raw[m.start(2):e]
        rest = low[e:]
        if re.match(r"\s*(?:percent(?!age)|%)", rest):
            unit, j = ("%" if rest.lstrip().startswith("%") else "percent"), 0
            unit_end = e + len(rest) - len(rest.lstrip()) + (1 if unit == "%" else len("percent"))
        else:
            unit = ""
            if dollar:
                for scale in ("billion", "million"):
                    if re.match(rf"\s*{scale}\b", rest):
                        unit = f"{scale} US dollars"
                        unit_end = e + rest.index(scale) + len(scale)
            else:
                for u in units:
                    mm = re.match(rf"\s*{re.escape(u)}\b", rest)
                    if mm:
                        unit, unit_end = u, e + mm.end()
                        break
            if not unit or unit not in cat.units:
                continue
        lead = low[max(0, s - 60):s]
        if unit in ("percentage points",):
            measure = "pull" if "drove" in lead or "pull" in lead else "pp_change"
        elif unit == "times":
            measure = "multiple"
        elif unit in ("%", "percent"):
            if re.search(r"average annual|annual average|averag", lead):
                measure = "avg_growth"
            elif re.search(r"(?:accounting for|accounted for|share|proportion)\W*\w*\W*$", lead[-30:]):
                measure = "share"
            elif re.search(r"(?:up|grew|rose|increase|increased|growth|down|fell|decline|declined|dropped|"
                           r"higher|lower)\W+(?:by\W+)?(?:of\W+)?$", lead[-25:]):
                measure = "growth"
            else:
                measure = "level"
        else:
            measure = "level"
        value = num
        if measure == "growth" and re.search(r"(?:down|fell|decline|declined|dropped|lower)\W+(?:by\W+)?$",
                                             lead[-20:]):
            value = "-" + num
        qualifier = "exact"
        if re.search(r"(?:more than|over|exceeding|exceeded|above)\s*\$?$", lead):
            qualifier = "over"
        elif re.search(r"(?:about|around|nearly|roughly|approximately)\s*\$?$", lead):
            qualifier = "about"
        elif re.search(r"(?:less than|under|below)\s*\$?$", lead):
            qualifier = "under"
        sent_start = max([k.end() for k in re.finditer(r"[.;!?](?:\s|$)", raw[:s])] or [0])
        note = ""
        if re.search(r"\b(?:target|aims? to|plans? to|will|goal)\b", low[sent_start:s]):
            qualifier, note = "target", (f"target, {qualifier}" if qualifier != "exact" else "")
        period = _period(raw[:s], ctx)
        code, phrase, origin = cat.indicator_near(low[sent_start:s], s - sent_start, low[unit_end:unit_end + 30])
        cand = Candidate(city=ctx.city, indicator=code, measure=measure, qualifier=qualifier, period=period,
                         base_period="", value=value, unit=unit, price_basis="none", denominator="",
                         denominator_city="", line=line_no, excerpt=make_excerpt(raw, s, unit_end, hi=60)[:60],
                         proposed_indicator="" if code else raw[max(sent_start, s - 30):s].strip(), notes=note)
        if measure == "avg_growth":
            years = re.findall(r"\b((?:19|20)[0-9]{2})\b", raw[sent_start:s])
            if len(years) >= 2:
                cand.base_period, cand.period = min(years), max(years)
        if code:
            basis = cat.indicators[code]["price_basis"]
            cand.price_basis = "comparable" if measure == "growth" and code.startswith(("gdp", "va_")) else (
                basis if unit.endswith(("yuan", "dollars")) or measure == "growth" else "none")
        cand.score(origin=origin, phrase=phrase, period_named=bool(re.search(r"(?:19|20)[0-9]{2}", raw[:s])),
                   city_known=bool(ctx.city))
        out.append(cand)
    return out
