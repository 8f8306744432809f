"""English words that say what a percentage measures (a rise, a fall, a growth named as the subject)."""

from __future__ import annotations

import re

from .text import SENTENCE_END


_RISE = r"increases|increase|increased|increasing|rises|rise|rising|gains|gain"
_FALL = (r"decreases|decrease|decreased|decreasing|declines|decline|declined|declining|drops|drop|dropped|falls|fall|falling|"
         r"shrank|shrunk|shrinks|slumped|plunged|tumbled|contraction|contracted|reduced|narrowed")
#: A change named after the percentage: "a 3 percent year-on-year increase"; group 1: a fall.
_CHANGE_AFTER = re.compile(rf"^\s*(?:year-on-year\s+|year on year\s+|annual\s+)?(?:({_FALL})|{_RISE}|growth)\b", re.I)


#: "cut energy consumption per unit of GDP by 14 percent", "reduce emissions by 18 percent": a fall of the object.
_CUT_BY = re.compile(r"\b(?:cut|cuts|cutting|reduce|reduces|reducing|reduced|lower|lowers|lowering|lowered)\s+"
                     r"(?:[a-z'’-]+\s+){1,8}?by\s+(?:about\s+|nearly\s+|over\s+|more than\s+|at least\s+)?$", re.I)


#: A lead over a reference's average printed after a rate: "a 2 percent gain on Inner Mongolia's average".
_GAIN_ON = re.compile(r"\s*(?:gain|lead|advantage)\s+(?:on|over)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?average\b", re.I)


#: A qualifier between a verb of change and its number: "increased by more than 8 percent", "up nearly 3 percent".
_ABOUT = r"(?:(?:more than|over|about|around|nearly|almost|roughly|approximately|some|less than|at least|close to)\s+)?"
#: "the rare earth industry added 6.6%", "the index gained 2 percent": "added"/"gained" right before a
#: percentage is a growth (not the value added: "value added 6 percent of …" is no verb).
_ADDED = re.compile(r"(?<!value )\b(?:added|gained)\s+(?:(?:more than|over|about|around|nearly|almost)\s+)?$", re.I)
#: "… of the overall economic growth", "of total investment growth": the whole a contribution is a part of.
_OF_GROWTH = re.compile(r"\s*of\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,4}?growth\b", re.I)


#: A change said with a year or an adverb between the verb and "by" ("grew in 2023 by", "increased by a whopping",
#: "jumped by nearly"), or with a noun of rise ("an uplift of", "a jump of", "a surge of").
_CHANGE_LOOSE = re.compile(rf"\b(?:up|grew|grow|grows|growing|rose|{_RISE}|down|fell|{_FALL}|jumped|surged|soared|climbed|"
                           r"expanded|shrank|shrunk)\s+(?:(?:in|during)\s+(?:19|20)[0-9]{2}\s+|year[- ]on[- ]year\s+|"
                           r"for\s+(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:consecutive\s+|straight\s+)?"
                           r"(?:months|years|quarters)\s+(?:in a row\s+)?)?"
                           r"by\s+(?:(?:a|an)\s+)?(?:(?:whopping|remarkable|significant|considerable|further|sharp|"
                           r"massive|robust|solid|estimated|staggering|impressive)\s+)?$|"
                           r"\b(?:an?\s+)(?:(?:impressive|remarkable|astounding|astonishing|exceptional|significant|considerable|"
                           r"staggering|whopping|dramatic|massive|robust|solid|strong|substantial|notable|marked)\s+)?"
                           r"(?:(?:year[- ]on[- ]year|annual|sharp|slight)\s+)?(?:uplift|jump|surge|hike|boost|"
                           r"climb|leap|upturn|downturn|slump|contraction|expansion)\s+of\s+(?:about\s+|nearly\s+|over\s+)?$|"
                           r"\b(?:jumped|surged|soared|climbed|shrank|shrunk|slumped|plunged|tumbled)\s+(?:about\s+|nearly\s+|over\s+)?$",
                           re.I)


#: A sentence whose subject is a growth and whose percentage follows a verb of being or reaching, or "at":
#: "The growth rate of industrial added value is expected to reach 12 percent", "the fastest growth … at 11.5 percent".
_GROWTH_NAMED = re.compile(r"^(?:[^,;]*,\s*)?(?:the\s+)?(?:(?:annual|year-on-year|average)\s+)?growth(?:\s+rate)?\s+of\b[^,;]*?"
                           r"\b(?:is|was|are|were|reach|reached|hit|stood at|to be)\s+(?:about\s+|around\s+|nearly\s+)?$|"
                           r"\b(?:fastest|slowest|highest|lowest|quickest)\s+growth\b[^,;]*\bat\s+$", re.I)


def measure_of(raw: str, s: int, e: int, unit: str, unit_end: int, out: list, line_no: int) -> str:
    """What the figure at ``raw[s:e]`` in ``unit`` measures, from the words
    around it (the figures already read on the line, ``out``, for a list):
    rank, pull, pp_change, gap (a level of its own, marked for the caller),
    multiple, multiple_increase, contribution, avg_growth, share, growth or level.

    >>> line = "Retail sales rose 5 percent, accounting for 30 percent of the total."
    >>> measure_of(line, line.index("5 p"), line.index("5 p") + 1, "percent", line.index("5 p") + 9, [], 1)
    'growth'
    >>> measure_of(line, line.index("30"), line.index("30") + 2, "percent", line.index("30") + 10, [], 1)
    'share'
    """
    low = raw.lower()
    rest = low[e:]
    lead = low[max(0, s - 60):s]
    if unit == "位":
        measure = "rank"
    elif unit in ("percentage points",):
        sentence = low[max([k.end() for k in re.finditer(SENTENCE_END, raw[:s])] or [0]):s]
        since = re.sub(r"\s+(?:--|—|–)\s+[^-—–]*?\s+(?:--|—|–)\s+", " ", sentence)  # a clause between dashes
        since = re.split(r"[0-9]", since)[-1]  # the words since the figure before
        measure = "pull" if re.search(r"\b(?:drove|driving|drive|drives|pull\w*)\b", lead) or re.search(
            r"\b(?:drove|driving|drives|pulled|pulling)\b", since) or re.search(
            r"\bcontribut(?:ing|ed|es|e)\s+(?:an?\s+|about\s+|nearly\s+)?$", lead) or pull_to_growth(
            lead, rest[unit_end - e:]) else "pp_change"
        # "contributing a 17.7 percentage point gain to the growth of …": a pull
        # "…, driving the added value of … to a 4.5 percentage point increase": a pull
    elif unit == "times":
        measure = "multiple_increase" if re.search(rf"(?:up|grew|grow|grows|rose|{_RISE}|growth|surge|surged)\W+(?:[a-z]+ly\W+)?"
                                                   rf"(?:by\W+|of\W+)?{_ABOUT}$",
                                                   lead[-40:]) \
            else "multiple"  # "increased by 2.1 times" is a ratio of 3.1
    elif unit in ("%", "percent"):
        if re.search(r"contribution", low[max([k.end() for k in re.finditer(SENTENCE_END, raw[:s])] or [0]):s]):
            measure = "contribution"  # "the contribution rates of … to GDP growth were a, b and c percent"
        elif re.search(r"average annual|annual average|\baverag\w*\s+(?:annual\s+)?(?:growth|increase|rise|rate of)|"
                       r"(?:grew|grow|grows|growth|increased?|rose|up)\W+(?:\w+\W+){0,3}(?:an\s+)?average\b", lead):
            measure = "avg_growth"  # "average vegetation coverage of grassland is 75.36 percent" is a level
        elif re.search(r"(?:accounting for|accounted for|accounts? for|mak(?:es|e|ing) up|made up|share|proportion)"
                       r"(?:\W+\w+){0,2}\W*$", lead[-40:]):  # "green areas make up 40 percent": not "up 40 percent"
            measure = "contribution" if _OF_GROWTH.match(rest[unit_end - e:]) else "share"
            # "accounting for 50 percent of the overall economic growth": a share of a growth is a contribution
        elif re.search(rf"(?:up|grew|grow|grows|growing|rose|{_RISE}|growth|down|fell|{_FALL}|higher|lower|expanded|expands|"
                       rf"climbed|jumped|surged|soared|advanced)\W+(?:(?:year[- ]on[- ]year|annually)\W+)?(?:by\W+)?(?:of\W+)?"
                       rf"{_ABOUT}$", lead[-40:]) or _ADDED.search(lead) or _CHANGE_AFTER.match(rest[unit_end - e:]) or _CHANGE_LOOSE.search(lead) or re.search(
                r"\b(?:grew|grow|grows|growing|rose|expanded|increased)\s+at\s+(?:(?:a|an)\s+(?:\w+\s+)?(?:rate|pace)\s+of\s+)?$"
                r"|\bgrowth rate\s+(?:was|is|of|stood at|reached|hit)\s+$", lead[-45:]):
            measure = "growth"  # "up 7.2 percent", "a decrease of 1.7 percent", "a 3 percent year-on-year increase"
        elif _CUT_BY.search(lead):
            measure = "growth"  # "cut energy consumption per unit of GDP by 14 percent": a fall (the sign: figures.py)
        elif _GROWTH_NAMED.search(low[max([k.end() for k in re.finditer(SENTENCE_END, raw[:s])] or [0]):s]):
            measure = "growth"  # "the growth rate of X is expected to reach 12 percent", "the fastest growth … at 11 percent"
        elif out and out[-1].line == line_no and out[-1].measure == "growth" and re.search(
                r"\bfollowed by\b[^.;]*\bat\s+$", lead):
            measure = "growth"  # "…, followed by equipment manufacturing at 9.6 percent": the same measure
        else:
            measure = "level"
    elif re.search(rf"\b(?:an?\s+)?(?:{_RISE}|{_FALL})\s+of\s+(?:about\s+|nearly\s+|more than\s+|over\s+)?$|"
                   r"\b(?:increased|decreased|rose|fell|dropped|declined|grew|shrank|shrunk|expanded|reduced|narrowed|"
                   r"widened|climbed|jumped)\s+by\s+(?:about\s+|nearly\s+)?$", lead):
        measure = "change"  # "an increase of 7,100 hectares", "fell by 95,000 tons": a change of the level
    else:
        measure = "level"
    if measure == "level" and unit in ("%", "percent") and out and out[-1].line == line_no and out[-1].measure == "change" \
            and re.search(r"\bor\s+(?:about\s+|nearly\s+)?$", lead):
        measure = "growth"  # "an increase of 7,100 hectares or 2.2 percent"
    if measure == "pp_change" and re.match(r"\s*(?:higher|lower|faster|slower|more|less)\s+than\b(?!\s+(?:a year|the year|"
                                            r"last year|the previous|the same period|(?:that|those) (?:of|in) (?:the )?"
                                            r"(?:19|20)[0-9]{2}|in (?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}|the end of|"
                                            r"(?:that|those) (?:of|in) (?:the )?(?:same|previous|last)|"
                                            r"(?:(?:that|those) (?:of|in) )?(?:the )?(?:first|second|third|fourth) (?:quarter|half)|"
                                            r"(?:(?:that|those) (?:of|in) )?(?:the )?(?:previous|last|preceding) (?:quarter|month)|"
                                            r"(?:(?:that|those) (?:of|in) )?(?:the )?first (?:two|three|four|five|six|seven|eight|"
                                            r"nine|ten|eleven) months|(?:(?:that|those) (?:of|in) )?(?:january|february|march|"
                                            r"april|may|june|july|august|september|october|november|december)\b))",
                                            rest[unit_end - e:]):
        measure = "gap"  # "7.7 percentage points higher than that of the region": a gap, a level of its own
    if measure in ("growth", "level") and unit in ("%", "percent", "percentage points") and _GAIN_ON.match(rest[unit_end - e:]):
        measure = "gap"  # "a 2 percent gain on the region's average": a gap to a reference
    if measure == "level" and unit in ("%", "percent") and _THAN_YEAR_BEFORE.match(rest[unit_end - e:]):
        measure = "growth"  # "almost 20 percent higher than the previous year": a growth on the year before
    if measure == "level" and unit in ("%", "percent") and share_of_total(lead, rest[unit_end - e:], out[-1].measure if (
            out and out[-1].line == line_no) else ""):
        measure = "share"
    if measure == "level" and unit in ("%", "percent") and out and out[-1].line == line_no:
        if out[-1].measure == "share" and re.search(r"(?:compared with|compared to|versus|against|while|and)\s+$", lead) \
                and re.match(r"\s+from\b", rest[unit_end - e:]):
            measure = "share"  # "… 56 percent of GDP, compared with 34 percent from the services sector"
        elif out[-1].measure == "growth" and re.search(r"\b(?:slow\w*|down|up|accelerat\w*|ris\w*|fall\w*|eas\w*)\s+"
                                                       r"from\s+$", lead):
            measure = "growth"  # "rose 6 percent, slowing from 13 percent in the same period of 2011"
    return measure


#: A percentage compared with the same quantity a year before: "20 percent higher than the previous year".
_THAN_YEAR_BEFORE = re.compile(r"\s*(?:higher|more|greater|larger|lower|less|smaller)\s+than\s+(?:in\s+|that of\s+|that in\s+)?"
                               r"(?:the previous year|the year before|last year|a year (?:earlier|ago|before)|"
                               r"the same period (?:of|in) (?:the previous|last) year)\b", re.I)


def pull_to_growth(lead: str, after: str) -> bool:
    """Whether percentage points are a pull: "contributes to a remarkable 34
    percentage point increase in overall investment growth" (points added to
    the growth of a whole).

    >>> pull_to_growth("and contributes to a remarkable ", " increase in overall investment growth.")
    True
    >>> pull_to_growth("the share rose by ", " from last year")
    False
    """
    return bool(re.search(r"\bcontribut(?:ing|ed|es|e)\s+to\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}?$", lead)) and bool(
        re.match(r"\s*(?:increase|rise|gain|boost)?\s*(?:in|to)\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,4}?growth\b", after))


def share_of_total(lead: str, after: str, before: str = "") -> bool:
    """Whether a percentage read as a level is a share: of a total ("carrying
    about 30 percent of the total freight volume", "32 percent of the city's
    total trade"), or of a whole in a list that a share opened ("accounted for
    93 percent of the region's exports and 32 percent of its trade": the
    measure of the figure before is ``before``). ``lead`` and ``after`` are
    the lower-cased words before and after the figure.

    >>> share_of_total("carrying about ", " of the total freight volume")
    True
    >>> share_of_total("exports of similar products and ", " of ordos' total import and export value")
    True
    >>> share_of_total("exports of similar products and ", " of trade", "share"), share_of_total("rate reached ", " of land")
    (True, False)
    >>> share_of_total("output was 850 million tons, of which ", " was carried by rail")
    True
    >>> share_of_total("around ", " of the investment went to"), share_of_total("the rate reached ", " of the land")
    (True, False)
    """
    if re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+|[a-z-]+(?:'s|'|’s)\s+)?(?:[a-z-]+\s+){0,2}?total\b", after):
        return True
    if re.search(r"\bcontribut(?:ing|ed|es|e)\s+(?:about\s+|nearly\s+|over\s+|more than\s+|some\s+)?$", lead) and re.match(
            r"\s+to\s+(?:the\s+|its\s+|their\s+|[a-z-]+(?:'s|'|’s)\s+)?(?:[a-z-]+\s+){0,2}?total\b(?!\s+(?:[a-z-]+\s+){0,3}?growth\b)", after):
        return True  # "contributing 7 percent to the total investment": a part's share (to the growth: a contribution)
    if re.search(r"(?:^|[.;,]\s*|\band\s+|\bwhile\s+)(?:about|around|nearly|over|more than|some|roughly|almost)?\s*$", lead) \
            and re.match(r"\s+of\s+(?:the|its|their|this|these|all)\b", after):
        return True  # "Around 65 percent of the investment went to manufacturing": a percentage opening its clause
    if re.match(r"\s+of\s+(?:which|them|these|it)\b", after):
        return True  # "2 billion yuan, 40 percent of which came in July"
    if re.search(r"\bof (?:which|them|these|this)\s*,?\s*(?:about\s+|nearly\s+|over\s+|more than\s+)?$", lead):
        return True  # "coal output was 850 million tons, of which 70 percent was carried by rail"
    return before == "share" and bool(re.search(r"(?:\band|,)\s+(?:about\s+|nearly\s+|over\s+|more than\s+)?$", lead)) \
        and bool(re.match(r"\s+(?:of\b|(?:globally|worldwide|nationwide|in the world|of the world)\b)", after))
    # "58 percent of the region's output, 24 percent of China's, and 40 percent globally": the list of shares goes on
