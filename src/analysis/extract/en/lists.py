"""English lists: changes printed after their quantities ("A and B reached a
and b, … increases of x and y respectively"), paired in order."""

from __future__ import annotations

import re

from .text import SENTENCE_END

_PERCENT = ("percent", "%")


def pair_changes(raw: str, line_no: int, out: list, cat) -> None:
    """The k growth rates of a list that says "respectively" (a, b and c
    percent, nothing but commas and "and" between them) are those of the k
    levels printed on the line right before them, in order: the first rate is
    the first level's ("received 16 million tourists … 29 billion yuan in
    revenue, increases of 18.9 percent and 23.6 percent respectively"), not the
    quantity named nearest the rates. Each rate takes its level's indicator
    (or proposed name) and is no surer than that level; in place.

    >>> from types import SimpleNamespace as C
    >>> line = "It had 5 million tourists and 9 billion yuan in revenue, up 3 percent and 4 percent respectively."
    >>> rows = [C(line=1, value=v, unit=u, measure=m, indicator=i, proposed_indicator=p, confidence=f, reason="",
    ...           price_basis="none", _end=line.index(v) + len(v) + 1 + len(u))
    ...         for v, u, m, i, p, f in [("5", "million tourists", "level", "", "tourists", 0.5),
    ...                                  ("9", "billion yuan", "level", "tourism_revenue", "", 0.9),
    ...                                  ("3", "percent", "growth", "tourism_revenue", "", 0.9),
    ...                                  ("4", "percent", "growth", "tourism_revenue", "", 0.9)]]
    >>> pair_changes(line, 1, rows, C(indicators={"tourism_revenue": {"price_basis": "current"}}))
    >>> [(r.indicator, r.proposed_indicator, r.confidence) for r in rows[2:]]
    [('', 'tourists', 0.5), ('tourism_revenue', '', 0.9)]
    """
    mine = [c for c in out if c.line == line_no]
    k = 0
    while k < len(mine):
        run = [mine[k]]
        if mine[k].measure == "growth" and mine[k].unit in _PERCENT:
            while k + len(run) < len(mine):
                nxt = mine[k + len(run)]
                gap = raw[run[-1]._end:raw.find(nxt.value, run[-1]._end)] if nxt.value in raw[run[-1]._end:] else "x"
                if nxt.measure != "growth" or nxt.unit not in _PERCENT or not re.fullmatch(r"[\s,]*(?:and\s+)?", gap):
                    break
                run.append(nxt)
        if len(run) >= 2 and re.search(r"\brespectively\b", re.split(SENTENCE_END, raw[run[0]._end:])[0] + " "
                                       + re.split(SENTENCE_END, raw[:raw.rfind(run[0].value, 0, run[0]._end)])[-1]):
            before = mine[:k]
            levels = []
            for c in reversed(before):  # the levels printed since the last rate before the run
                if c.unit in _PERCENT or c.measure != "level":
                    break
                levels.insert(0, c)
            if len(levels) >= len(run):
                for rate, level in zip(run, levels[-len(run):]):
                    if (rate.indicator, rate.proposed_indicator) == (level.indicator, level.proposed_indicator):
                        continue
                    rate.indicator, rate.proposed_indicator = level.indicator, level.proposed_indicator
                    rate.price_basis = cat.indicators[level.indicator]["price_basis"] if level.indicator else "none"
                    rate.confidence = min(rate.confidence, level.confidence)
                    rate.reason = (f"indicator by its place in a list said 'respectively': the rate of the level "
                                   f"{level.value} {level.unit} before it; " + rate.reason.split("; ", 1)[-1])
        k += len(run)


def name_items(raw: str, line_no: int, out: list, cat) -> None:
    """The k levels of a list said "respectively" ("The added value, sales
    revenue and profit reached a, b and c, respectively") take, in order, the
    k names of the subject before them: a catalogue name (:func:`catalogue_en`,
    as its place in a list) or the item proposed; in place. Nothing changes
    when the subject does not split into exactly k short names.

    >>> from types import SimpleNamespace as C
    >>> line = "In 2023, the sales revenue and tax revenue reached 9 billion yuan and 2 billion yuan, respectively."
    >>> rows = [C(line=1, value=v, unit="billion yuan", measure="level", indicator="", proposed_indicator="tax revenue",
    ...           confidence=0.5, reason="indicator unknown", price_basis="none",
    ...           _end=line.index(v + " b") + len(v) + 13) for v in ("9", "2")]
    >>> name_items(line, 1, rows, C(indicators={}, phrases={}, phrase_origin={}))
    >>> [r.proposed_indicator for r in rows]
    ['sales revenue', 'tax revenue']

    "respectively" may come before the values too ("GDP and per capita GDP
    were respectively a and b").
    """
    from .naming import catalogue_en, subject_en

    mine = [c for c in out if c.line == line_no]
    k = 0
    while k < len(mine):
        run = [mine[k]]
        if mine[k].measure == "level" and mine[k].unit not in _PERCENT:
            while k + len(run) < len(mine):
                nxt = mine[k + len(run)]
                at = raw.find(nxt.value, run[-1]._end)
                gap = raw[run[-1]._end:at] if at >= 0 else "x"
                if nxt.measure != "level" or nxt.unit in _PERCENT or not re.fullmatch(r"[\s,]*(?:and\s+)?", gap):
                    break
                run.append(nxt)
        start = raw.rfind(run[0].value, 0, run[0]._end)
        after = re.split(SENTENCE_END, raw[run[-1]._end:])[0]
        sent_start = max([m.end() for m in re.finditer(SENTENCE_END, raw[:start])] or [0]) if start >= 0 else 0
        said_before = start >= 0 and re.search(r"\b(?:were|are|was|is|reached|stood at)\s+respectively\s*$",
                                               raw[sent_start:start])  # "GDP and … were respectively a and b"
        if len(run) >= 2 and start >= 0 and (re.match(r"[\s,]*respectively\b", after) or said_before):
            subject = re.sub(r"^(?:(?:the|its|their)\s+)?(?:[\w-]+['’]s\s+)?", "", subject_en(raw, sent_start, start),
                             flags=re.I)  # "the park's sales revenue, …": the place is no item
            items = [w.strip() for w in re.split(r",\s*(?:and\s+)?|\s+and\s+", subject) if w.strip()]
            head = re.match(r"((?:[a-z-]+\s+){0,2}?(?:output|production|value|sales|volume|number|revenue)\s+of)\s+",
                            items[0], re.I) if items else None
            if head and not any(re.search(r"\bof\b", w) for w in items[1:]):
                items = [items[0]] + [f"{head.group(1)} {w}" for w in items[1:]]
                # "the output of raw coal, electricity and crude steel": the output of each
            if len(items) == len(run) and all(1 <= len(w.split()) <= 6 for w in items):
                for c, item in zip(run, items):
                    code, name = catalogue_en(item, cat, c.unit, c.measure)
                    if code:
                        c.indicator, c.proposed_indicator = code, ""
                        c.price_basis = cat.indicators[code]["price_basis"] if c.unit.endswith(("yuan", "dollars")) \
                            else "none"
                        c.confidence = min(c.confidence, 0.8)
                        c.reason = f"indicator by its place in the list ({name}, … respectively); " + \
                            c.reason.split("; ", 1)[-1]
                    elif not c.indicator or getattr(c, "_origin", "") in ("name", "synonym", "similar") and \
                            cat.indicators.get(c.indicator, {}).get("name_en", "").lower() not in item.lower() and \
                            not any(_place(w, i) for i, w in enumerate(items)):
                        # "Imports and exports … were 12 and 8 billion yuan, respectively": an item, not the whole
                        # (items that are places, "the GDP of A Banner and B Banner", keep the quantity)
                        c.indicator, c.price_basis = "", "none"
                        c.confidence = min(c.confidence, 0.5)
                        c.proposed_indicator = item
                        c.reason = f"its item of the list names {item}, not in the catalogue: propose a new indicator; " \
                            + c.reason.split("; ", 1)[-1]
        k += len(run)


def _place(item: str, k: int) -> bool:
    """Whether a list's item is a place's name: capitalised words only (two at
    least for the first item, which the sentence's capital may open).

    >>> _place("Ejin Horoo Banner", 1), _place("Imports", 0), _place("exports of the city", 1)
    (True, False, False)
    """
    words = item.split()
    return bool(words) and all(w[0].isupper() for w in words) and (k > 0 or len(words) > 1)
