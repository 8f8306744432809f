"""A candidate figure: a row of the ledger's format with a confidence and a reason.

>>> c = Candidate(city="hohhot", indicator="gdp", measure="level", qualifier="exact", period="2024",
...               base_period="", value="4107.1", unit="亿元", price_basis="current", denominator="",
...               denominator_city="", line=9, excerpt="达到4107.1亿元")
>>> c.score(origin="name", phrase="地区生产总值", period_named=True)
>>> c.confidence, c.reason
(0.9, 'indicator by its catalogue name 地区生产总值; period named in the line')
>>> line = "全市地区生产总值在2021年突破3000亿元大关，2024年再次突破4000亿元，达到4107.1亿元。"
>>> make_excerpt(line, line.find("4107.1"), line.find("4107.1") + len("4107.1亿元"))
'达到4107.1亿元。'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

#: Columns of a review file: the ledger's figure columns (without figure_id
#: and source_id, which ``analysis add`` assigns), then the review columns.
REVIEW_COLUMNS = ["city", "indicator", "measure", "qualifier", "period", "base_period", "value", "unit",
                  "price_basis", "denominator", "denominator_city", "line", "excerpt", "notes",
                  "confidence", "reason", "proposed_indicator", "ledger", "conflict", "flags"]
#: How an indicator was found → (words for the reason, confidence taken off 0.9). Costs follow how often
#: each way is right on the seeds (benchmarks/extract.py --by-origin), held out / --strict (the catalogue
#: without the document's own concepts): a name printed whole ~92 % / ~84 %, the figure before ~95 % / ~74 %,
#: a synonym ~76 % / ~65 %, the most similar name ~91 % / ~40 %, the name that holds the words before the
#: number ~90 % / ~36 %, the name whose words surround it ~90 % / ~26 %, a learned phrase ~64 % / ~35 %.
#: On the fresh development sets (rounds 3-8a, --unseen-dir --by-origin; docs/extraction.md) the most similar name
#: was right on 6 of 10 rows, wrong on three sets of five: it costs 0.3 (at most 0.6), as the other guesses.
_ORIGIN = {"synonym": ("synonyms.csv", 0.0), "name": ("its catalogue name", 0.0),
           "learned": ("a phrase learned from curated excerpts", 0.5),
           "similar": ("the catalogue name most like the words", 0.3),
           "list": ("its place in a list", 0.1),
           "part_catalogued": ("the catalogue's part of the whole the words name (concept.catalogued_part)", 0.3),
           "rank": ("the rank of the figure printed just before it", 0.2),  # set by conventions.rank_of_figure_before
           "divisions": ("the count of divisions (N个行业大类中，M个…增长)", 0.1),
           "covered": ("the catalogue name whose words surround the number", 0.3),
           "completed": ("the catalogue name that holds the words before it (the rest named in the line)", 0.3),
           "previous": ("the figure before it (the clause names nothing of its own):", 0.2),
           "normalised": ("its catalogue name once short forms and filler words are normalised (规上 = 规模以上, "
                          "实现/完成/累计 left out)", 0.15)}


@dataclass
class Candidate:
    city: str
    indicator: str
    measure: str
    qualifier: str
    period: str
    base_period: str
    value: str
    unit: str
    price_basis: str
    denominator: str
    denominator_city: str
    line: int
    excerpt: str
    notes: str = ""
    confidence: float = 0.0
    reason: str = ""
    proposed_indicator: str = ""
    ledger: str = ""      # the ledger's figures of the same quantity (at_hand.py)
    conflict: str = ""    # another candidate of the document giving this quantity another value
    flags: str = ""       # what add's rules still need (a denominator, a base period)

    def score(self, origin: str, phrase: str, period_named: bool, extra: list[str] | None = None,
              city_known: bool = True) -> None:
        """Set ``confidence`` (0–1) and ``reason`` from how each field was found."""
        conf, why = 0.9, []
        if origin in _ORIGIN:
            name, cost = _ORIGIN[origin]
            why.append(f"indicator by {name} {phrase}")
            conf -= cost
        elif origin == "examples":
            why.append(f"the words before 等 are examples; the number counts {phrase}, not in the catalogue: "
                       "propose a new indicator")
            conf -= 0.4
        elif origin == "list_new":
            why.append(f"its item of the list names {phrase}, not in the catalogue: propose a new indicator")
            conf -= 0.4
        elif origin == "previous_unknown":
            why.append(f"the figure before it (the clause names nothing of its own) is not in the catalogue: "
                       f"propose the same new indicator ({phrase})")
            conf -= 0.4
        elif origin == "part":
            why.append(f"the words name {phrase}: propose a new indicator")
            conf -= 0.4
        elif origin == "new_unit":
            why.append(f"a count of {phrase}, a unit not in units.csv: propose a new indicator (and the unit)")
            conf -= 0.4
        elif origin == "other":
            why.append(f"{phrase} is another quantity than the catalogue's (synonyms.csv): "
                       "propose a new indicator")
            conf -= 0.4
        else:
            why.append("indicator unknown: propose a catalogue row or pick a code")
            conf -= 0.4
        if period_named:
            why.append("period named in the line")
        else:
            why.append("period from the document's date or heading")
            conf -= 0.15
        if not city_known:
            why.append("no city named: give --city")
            conf -= 0.3
        for e in extra or []:
            why.append(e)
            conf -= 0.1
        if self.measure in ("share", "contribution", "pull") and not self.denominator:
            why.append("denominator not found")
            conf -= 0.2
            self.flags = "needs a denominator (the indicator of the whole): add refuses a share without one"
        if self.measure in ("avg_growth", "change", "multiple", "multiple_increase", "pp_change") \
                and not self.base_period:
            self.flags = "; ".join(f for f in (self.flags, "needs a base period: add refuses this measure without "
                                                           "one") if f)
        self.confidence = round(max(conf, 0.05), 2)
        self.reason = "; ".join(why)

    def row(self) -> dict:
        return {k: ("" if v is None else str(v)) for k, v in asdict(self).items() if k in REVIEW_COLUMNS}


def make_excerpt(line: str, start: int, end: int, lo: int = 8, hi: int = 40) -> str:
    """8–40 characters of ``line`` around ``line[start:end]`` (the number and
    its unit), copied exactly: a few words before it, up to the clause break."""
    a = start
    while a > 0 and start - a < 14 and line[a - 1] not in "，,；;。：:":
        a -= 1
    b = min(len(line), end + 2)
    while b - a < lo and (a > 0 or b < len(line)):
        if a > 0:
            a -= 1
        elif b < len(line):
            b += 1
    if b - a > hi:
        a = max(a, b - hi)
    # no leading or trailing spaces (add refuses them): move inwards past them, then out again to 8 characters
    while a < start and line[a].isspace():
        a += 1
    while b > end and line[b - 1].isspace():
        b -= 1
    while b - a < lo and b < len(line) and b - a < hi:
        b += 1
    while b - a < lo and a > 0 and b - a < hi:
        a -= 1
    while b > end and line[b - 1].isspace():
        b -= 1
    while a < start and line[a].isspace():
        a += 1
    return line[a:b]
