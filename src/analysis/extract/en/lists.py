"""English lists: changes printed after their quantities ("A and B reached a
and b, … increases of x and y respectively"), paired in order."""

from __future__ import annotations

import re

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
        if len(run) >= 2 and re.search(r"\brespectively\b", re.split(r"[.;!?](?:\s|$)", raw[run[0]._end:])[0] + " "
                                       + re.split(r"[.;!?](?:\s|$)", raw[:raw.rfind(run[0].value, 0, run[0]._end)])[-1]):
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
