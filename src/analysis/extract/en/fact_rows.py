"""An English fact sheet printed as text: a label, its unit in brackets, the
value run on ("GDP (RMB billion)247.56", "Land Area (km2)59,535",
"Primary Industry4.9%"), under a header naming the year ("Major Economic
Indicators (2012)") and perhaps a heading naming the whole the percentages
share ("GDP Composition"). The sentence rules read no such row: the unit is
printed before the number, and nothing but the label names it.
"""

from __future__ import annotations

import re

from ..candidate import Candidate
from .naming import catalogue_en, most_like_en

#: A row: label, an optional bracket (a unit, or words describing the label), the number, an optional %.
_ROW = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z &'’/.,-]*?)\s*(?:\((?P<bracket>[^()]{1,40})\))?\s*"
                  r"(?P<num>-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|-?[0-9]+(?:\.[0-9]+)?)\s*(?P<pct>%)?\s*$")
#: A header naming the year of the rows below it: "Major Economic Indicators (2012)", "… as at 2012".
_HEADER = re.compile(r"^\s*[A-Za-z][A-Za-z ,&-]*(?:\(\s*((?:19|20)[0-9]{2})\s*\)|\bas at\s+((?:19|20)[0-9]{2})\)?)\s*$")
#: A heading over percentages of one whole: "GDP Composition", "Structure of GDP".
_SHARES = re.compile(r"^\s*(?:(?P<a>[A-Za-z][A-Za-z ]*?)\s+(?:Composition|Structure)|(?:Composition|Structure) of\s+"
                     r"(?P<b>[A-Za-z][A-Za-z ]*?))\s*$")
#: The units a fact sheet prints in brackets → the ledger's English unit.
_UNITS = {"rmb billion": "billion yuan", "rmb bn": "billion yuan", "rmb million": "million yuan", "rmb": "yuan",
          "yuan": "yuan", "usd million": "million US dollars", "us$ million": "million US dollars",
          "usd billion": "billion US dollars", "us$ billion": "billion US dollars", "km2": "square kilometers",
          "km²": "square kilometers", "sq km": "square kilometers", "million": "million people", "%": "percent"}


#: The labels of the economic indicators a city fact sheet prints (the names NBS's English tables use for them)
#: that are no catalogue name or synonym on their own → the catalogue's code (used only when the code exists).
_LABELS = {"gdp": "gdp", "population": "population", "land area": "land_area", "gdp per capita": "gdp_per_capita",
           "unemployment rate": "registered_unemployment_rate", "sales of consumer goods": "retail_sales",
           "retail sales of consumer goods": "retail_sales", "fixed asset investment": "fai",
           "total import & export": "trade_total", "total import and export": "trade_total"}


def fact_row(raw: str, line_no: int, cat, ctx) -> list[Candidate] | None:
    """The candidate of a fact-sheet row (a list of one), [] for a header or
    heading it reads (the year, the whole), None when ``raw`` is neither.

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> from analysis.extract.chinese import Context
    >>> cat, ctx = Catalogue.from_ledger(load_ledger()), Context(2013)
    >>> fact_row("Major Economic Indicators (2012)", 3, cat, ctx), fact_row("GDP Composition", 7, cat, ctx)
    ([], [])
    >>> [(c.indicator, c.measure, c.period, c.value, c.unit, c.denominator) for c in fact_row("Primary Industry4.9%", 8, cat, ctx)]
    [('va_primary', 'share', '2012', '4.9', 'percent', 'gdp')]
    >>> [(c.indicator, c.period, c.value, c.unit) for c in fact_row("GDP (RMB billion)247.56", 6, cat, ctx)]
    [('gdp', '2012', '247.56', 'billion yuan')]
    >>> fact_row("The city's GDP grew 7.5 percent in 2012.", 9, cat, ctx) is None
    True
    """
    header = _HEADER.match(raw)
    if header:
        ctx.en_sheet_year = header.group(1) or header.group(2)
        ctx.en_sheet_whole = ""
        return []
    shares = _SHARES.match(raw)
    if shares and getattr(ctx, "en_sheet_year", ""):
        words = shares.group("a") or shares.group("b")
        ctx.en_sheet_whole = catalogue_en(words, cat, "", "share")[0] or (
            "gdp" if re.fullmatch(r"(?:the\s+)?GDP", words.strip(), re.I) else "")
        return []
    row = _ROW.match(raw)
    year = getattr(ctx, "en_sheet_year", "")
    if not row or not year or len(raw) > 90 or re.search(r"\b(?:is|are|was|were|has|have|grew|rose|fell)\b", raw):
        return None
    label, bracket, num = row.group("label").strip(" ,"), row.group("bracket") or "", row.group("num")
    unit = "percent" if row.group("pct") else _UNITS.get(bracket.strip().lower(), "")
    if not unit:
        return None  # a bracket that is no unit and no %: not a row this reads
    named = label if unit == "percent" or bracket.strip().lower() in _UNITS else f"{label} {bracket}"
    if unit != "percent":
        ctx.en_sheet_whole = ""  # "GDP Per Capita (RMB)83,952" after the composition: the shares are over
    whole = getattr(ctx, "en_sheet_whole", "") if unit == "percent" else ""
    measure = "share" if whole else "level"
    code, phrase = catalogue_en(named, cat, unit, measure)
    label_code = _LABELS.get(re.sub(r"\s+", " ", label.lower()))
    if not code and label_code in cat.indicators:
        code, phrase = label_code, label
    origin = "synonym" if code else ""
    if not code:
        code, phrase = most_like_en(named, cat)
        origin = "similar" if code else ""
    if code and "US dollars" in unit and f"{code}_usd" in cat.indicators:
        code = f"{code}_usd"  # "Total Import & Export (USD million)": the catalogue's quantity printed in dollars
    s = row.start("num")
    cand = Candidate(city=ctx.city or "", indicator=code, measure=measure, qualifier="exact", period=year,
                     base_period="", value=num, unit=unit,
                     price_basis=cat.indicators[code]["price_basis"] if code and "yuan" in unit else "none",
                     denominator=whole, denominator_city="", line=line_no, excerpt=raw.strip()[-40:],
                     proposed_indicator="" if code else named)
    cand.score(origin=origin or "unknown", phrase=phrase or named, period_named=True, city_known=bool(ctx.city),
               extra=["a fact sheet's row: the label names it, the header above dates it"])
    cand.confidence = min(cand.confidence, 0.6)  # a label is a short name: the reviewer checks it
    return [cand]
