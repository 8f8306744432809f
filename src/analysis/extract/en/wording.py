"""English wordings read from the round 12 development set: a forecast for "this year", an annual amount on a
page dated in the first weeks of a year, conditions that go on past "or", partitive counts ("Of these 802 trips,
426 were outbound"), a port's freight and a town's tourists."""

from __future__ import annotations

import re

from .text import POPULATION_IS


#: "… is expected to be put in place this year": a forecast of the whole year.
_EXPECTED = re.compile(r"[^.;!?]*?\b(?:is|are)\s+(?:expected|projected|forecast|estimated)\s+to\b[^.;!?]*?"
                       r"\b(?:this year|in the whole year|for the (?:whole|full) year)\b", re.I)


def expected_this_year(after: str):
    """The match of a forecast of this year printed after a figure ("A total
    of 7 billion yuan in investment is expected to be put in place this
    year"), else None.

    >>> bool(expected_this_year(" in investment is expected to be put in place this year.")), expected_this_year(" was invested this year.")
    (True, None)
    """
    return _EXPECTED.match(after)


def annual_before_year(raw: str, sent_start: int, s: int, period: str, ctx) -> bool:
    """Whether a yearly amount ("exports 60,000 tonnes annually", "its annual
    export value totals") dated to the page's year is last year's: the page is
    dated in January or February (no amount of a year just begun exists), its
    sentence names no period and says the amount is annual.

    >>> from analysis.extract.chinese import Context
    >>> line = "He said the firm exports about 5,000 tonnes of seeds annually."
    >>> annual_before_year(line, 0, line.index("5,000"), "2026", Context(2026, date="2026-01-15"))
    True
    >>> annual_before_year(line, 0, line.index("5,000"), "2026", Context(2026, date="2026-06-15"))
    False
    """
    from .periods import names_period

    date = getattr(ctx, "date", "") or ""
    if period != str(ctx.year) or len(date) < 7 or date[:4] != period or date[5:7] not in ("01", "02"):
        return False
    end = re.search(r"(?<!\bU\.S)[.;!?](?:\s|$)", raw[s:])
    sentence = raw[sent_start:s + (end.start() if end else len(raw) - s)]
    return not names_period(sentence) and bool(re.search(
        r"\bannual(?:ly)?\b|\b(?:a|per|each|every) year\b", sentence, re.I))


def or_condition(raw: str, cond_end: int, s: int) -> bool:
    """Whether the figure at ``s`` goes on a condition skipped before it
    (ending at ``cond_end``) past "or" / "and": "each with a GDP exceeding 20
    billion yuan ($2.7 billion), or revenue surpassing 1 billion yuan".

    >>> line = "each with a GDP exceeding 20 billion yuan ($2.7 billion), or local revenue surpassing 1 billion yuan"
    >>> or_condition(line, line.index(" billion yuan") + 13, line.index("1 b"))
    True
    >>> line = "each with a GDP exceeding 20 billion yuan, and revenue rose 5 percent"
    >>> or_condition(line, line.index(" billion yuan") + 13, line.index("5 p"))
    False
    """
    return bool(re.fullmatch(r"\s*(?:\([^)]*\)\s*)?,?\s*(?:or|and)\s+(?:[a-z-]+\s+){0,6}?(?:exceeding|surpassing|above|over|"
                             r"of more than|more than|of at least|at least)\s*\$?", raw[cond_end:s], re.I))


def in_condition(low: str, phrase: str, sent_start: int, s: int, conditions: list) -> bool:
    """Whether the last printing of ``phrase`` before ``s`` in its sentence
    lies inside a condition skipped (``conditions``: spans)."""
    k = low.rfind(phrase, sent_start, s)
    return k >= 0 and any(a <= k < b + 1 for a, b in conditions)


#: Goods in general (not one kind of them): a port's freight.
_GOODS = r"(?:goods|cargo|freight)"


def named_by_wording(before: str, after: str, unit: str, measure: str, cat, dimension: str = "") -> str:
    """A catalogue code from the wording of a figure's sentence when its words
    name none: a port's freight ("the volume of goods handled … by X Port
    exceeded 27 million tonnes", "the port completed the customs clearance of
    19 million tonnes of goods"; not one kind of goods), tourists who visited
    ("6.8 million tourists visited the town"), the revenue they generated
    ("…, generating a revenue of 11 billion yuan"), a population ("With a
    population of around 300,000"). ``before``: the sentence up to the
    figure's unit (lower case); ``after``: the words after it.

    >>> from types import SimpleNamespace as C
    >>> cat = C(indicators={"port_freight_volume": {}, "tourist_arrivals": {}, "tourism_revenue": {}, "population": {}})
    >>> named_by_wording("the port cleared 12 million tons", " of goods in 2022", "million tons", "level", cat, "mass")
    'port_freight_volume'
    >>> named_by_wording("the port handled 12 million tons", " of imported coal", "million tons", "level", cat, "mass")
    ''
    >>> named_by_wording("manzhouli handled more than 20 million tonnes", " of cargo from january", "million tons", "level", cat, "mass")
    'port_freight_volume'
    >>> named_by_wording("a total of 2.1 million tourists", " visited the lake in 2019", "million tourists", "level", cat)
    'tourist_arrivals'
    >>> named_by_wording("2 million tourists came, generating a revenue of 3 billion yuan", "", "billion yuan", "level", cat)
    'tourism_revenue'
    >>> cat.indicators["land_area"] = {}
    >>> named_by_wording("the city has an area of 1,754 square kilometers", "", "square kilometers", "level", cat, "area_m2")
    'land_area'
    >>> named_by_wording("the permanent population is 0.55 million", "", "million people", "level", cat)
    'population'
    """
    if measure != "level":
        return ""
    code = ""
    if dimension == "mass" and re.search(r"\b(?:handled|handling|handles)\s+(?:a total of\s+|more than\s+|over\s+|about\s+|"
                                         r"nearly\s+|some\s+)?[0-9][0-9.,]*\s*[a-z ]*$", before) \
            and re.match(rf"\s*of\s+{_GOODS}\b", after):
        code = "port_freight_volume"  # "Manzhouli handled more than 20 million tonnes of cargo": a port's freight
    elif dimension == "mass" and re.search(r"\bport\b", before) and (
            re.match(rf"\s*of\s+{_GOODS}\b", after) or not re.match(r"\s*of\b", after) and re.search(
                rf"\b(?:volume|amount|total|throughput)\s+of\s+{_GOODS}\b|\b{_GOODS}\s+(?:volume|throughput)\b", before)):
        code = "port_freight_volume"
    elif re.search(r"\b(?:tourists|visitors|tourist arrivals)$", unit) and re.match(
            r"\s*(?:from\s+[a-z ]+\s+)?(?:visited|travell?ed to|came to)\b", after):
        code = "tourist_arrivals"
    elif unit.endswith("yuan") and re.search(r"\b(?:tourists|visitors)\b", before) and re.search(
            r"\b(?:generating|generated|bringing|brought|earning|earned|creating|created)\s+(?:an?\s+)?(?:total\s+)?"
            r"(?:tourism\s+)?(?:revenue|income)\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?[0-9][0-9.,]*\s*"
            r"[a-z ]*$", before):
        code = "tourism_revenue"
    elif unit in ("people", "million people") and re.search(
            r"\b(?:a|an|its|the)\s+(?:total\s+|resident\s+|permanent\s+)?" + POPULATION_IS + r"\s+"
            r"(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+|some\s+|roughly\s+|approximately\s+)?[0-9][0-9.,]*\s*[a-z ]*$",
            before):
        code = "population"
    elif dimension == "area_m2" and (area := _AREA_OF.search(before)):
        thing = (area.group("thing") or "").strip()
        if not thing or re.fullmatch(r"(?:it|(?:the\s+)?(?:city|banner|county|league|district|region|town)|[a-z]+\s+"
                                     r"(?:city|banner|county|league|district))", thing):
            code = "land_area"  # "The city has an area of 1,754 square kilometers": the place's own area
        else:  # "grassland covers an area of 149 million mu": the thing's area, if the catalogue names it
            from .naming import catalogue_en

            code = catalogue_en(f"{thing} area", cat, unit, measure)[0]
    return code if code in cat.indicators else ""


#: "X has / covers / with a (total) area of N": X's area, the place's own when X is the place or nothing.
_AREA_OF = re.compile(r"(?:^|[,;]\s*|\b(?:and|while)\s+)(?:(?:the|its)\s+)?(?P<thing>[a-z' -]{0,30}?)\s*(?:\b(?:has|have|with|covers?|"
                      r"covering|boasts?|spans?|spanning)\s+)(?:a|an)\s+(?:total\s+|land\s+|administrative\s+)?area\s+of\s+"
                      r"(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+|some\s+|roughly\s+|approximately\s+)?"
                      r"[0-9][0-9.,]*\s*[a-z ]*$")


def repeated_count(lead: str, num: str, unit: str, level) -> str:
    """The code of a count repeated to refer back to it ("Of these 802
    trips, …" after "802 China-Europe freight trains passed"): the earlier
    level's (``level``, a candidate of the lines before) when the value is the
    same and "these" comes before; else ''.

    >>> from types import SimpleNamespace as C
    >>> repeated_count("of these ", "802", "trips", C(value="802", indicator="port_china_europe_trains"))
    'port_china_europe_trains'
    >>> repeated_count("of the ", "802", "trips", C(value="802", indicator="x"))
    ''
    """
    if level is None or not level.indicator or level.value != num:
        return ""
    return level.indicator if re.search(r"\b(?:these|those|the said)\s+$", lead) else ""
