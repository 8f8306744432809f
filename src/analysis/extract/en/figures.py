"""English figures of a line (:func:`parse_english`): unit, measure, qualifier, period and indicator.

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

from ...figure_rules import GROWTH_MEASURES
from ..candidate import Candidate
from ..concept import fits_unit, narrowed_en
from ..names import en_noun_phrase
from .lists import name_items, pair_changes
from .measure import _CHANGE_AFTER, _CUT_BY, _FALL, measure_of
from .naming import (catalogued_count, china_europe_or_port, port_concept, _PORT, that_of, subject_en, _NAMES_NOTHING, _without_place, _words_before, carried_past, catalogue_en, modifier_before, part_after, most_like_en, subject_of_item,
                     verb_object_en)
from .periods import end_of_part, not_yet_over, period_at_end, period_later, present_sentence, year_to_date, _BASE_AFTER, _SAME_PERIOD_AFTER, _YEAR_AFTER, _part, _period, _stock_or_span, names_period, year_before
from .sectors import _DIVISIONS, _OF_GDP, _OTHER_OF_SECTOR, _divisions, _gap_of, _sector_word, sector_in
from .text import SENTENCE_END, _NUM, _units, currency, excerpt_en
from .units import _BARE_LIST, _threshold, unit_of
from .wording import annual_before_year, expected_this_year, in_condition, named_by_wording, or_condition, repeated_count


def parse_english(raw: str, line_no: int, cat, ctx) -> list[Candidate]:
    """The candidate figures of one English line, in reading order."""
    out = []
    units = _units(cat)
    carry = _PLAN_SPAN.sub("", without_targets(raw))  # "the 13th Five-Year Plan period (2016-20)": no period to carry
    line_period = _period(_AFTER_CLAUSE.sub("", _SINCE_YEAR.sub("since", carry)), ctx) \
        if names_period(carry) else getattr(ctx, "en_period", "")
    # "a record since 2019": the year a span starts from is not the period the next lines are of
    low = raw.lower()
    conditions = []  # the spans of the conditions skipped ("each with a total GDP exceeding …"): no figure's name
    for m in _NUM.finditer(raw):
        s, e = m.span()
        if re.search(r"\b(?:19|20)[0-9]{2}-(?:[0-9]{1,2}-)?$", raw[:s]) and re.match(r"(?:-[0-9]{1,2})?(?![0-9])", raw[e:]):
            continue  # "2024-04-09": a date's month or day, no figure
        dollar = currency(m) == "dollars"
        num = raw[m.start(2):e]
        found = unit_of(raw, m, units, cat)
        if found is None:
            continue
        unit, unit_end, new_unit = found
        rest = low[e:]
        lead = low[max(0, s - 60):s]
        if re.search(r"(?<!along )(?<!together )(?<!both )\bwith\s+(?:[a-z]+\s+){0,3}(?:exceeding|above|over|more than|of over|of more than|of at least)"
                     r"\s*\$?$", lead):
            conditions.append((low.rfind("with", 0, s), unit_end))
            continue  # "projects with agreements exceeding 1 billion yuan": a condition, not a figure
        if conditions and or_condition(raw, conditions[-1][1], s):
            conditions.append((conditions[-1][1], unit_end))
            continue  # "each with a GDP exceeding 20 billion yuan, or revenue surpassing 1 billion yuan": the condition goes on
        if _threshold(raw, s, unit_end, unit):
            continue  # "firms with yearly sales of 30 million yuan or more": a definition, not a figure
        if (dollar or unit.endswith("US dollars")) and re.search(
                r"(?:yuan|million|billion)\s*\(\s*(?:about|around|roughly|approximately|nearly|some|or)?\s*$", raw[:s]):
            continue  # "203.99 billion yuan ($30.61 billion)": the publisher's conversion, not a figure (curators drop it)
        measure = measure_of(raw, s, e, unit, unit_end, out, line_no)
        if re.search(r"\b(?:the\s+)?(?:national|nationwide|country's|china's)\s+(?:average\s+)?(?:level\s+|rate\s+|figure\s+)?"
                     r"of\s+$", lead) and unit in ("%", "percent"):
            continue  # "higher than the national average of 7.8 percent": the nation's figure, not the city's
        if measure == "level" and out and out[-1].line == line_no and re.fullmatch(
                r"[\s,]*(?:and\s*)?", raw[out[-1]._end:s] if hasattr(out[-1], "_end") else "x") \
                and (re.search(r"\brespectively\b", low[s:]) or out[-1].unit == unit and out[-1].measure != "level"
                     and re.search(r"\brespectively\b", low[max([k.end() for k in re.finditer(SENTENCE_END, raw[:s])]
                                                              or [0]):s])):
            # "grew by 38.3 percent, 67.3 percent and 30.1 percent, respectively"; "… reached a, b and c,
            # respectively, with increases of 14 percent, 39 percent and 12 percent": the list keeps its measure
            measure = out[-1].measure
        value = num
        if measure in ("pp_change", "gap") and (re.search(rf"(?:down|dropped|fell|{_FALL}|lower)\W+(?:by\W+|of\W+)?$", lead[-22:])
                                       or re.match(r"\s*(?:lower|less)\b", rest[unit_end - e:])):
            value = "-" + num  # "dropped 0.3 percentage points", "1.2 percentage points lower than"
        if measure in ("growth", "change") and (re.search(rf"(?:down|fell|{_FALL}|lower)\W+(?:by\W+|of\W+)?$", lead[-22:])
                                    or (m_after := _CHANGE_AFTER.match(rest[unit_end - e:])) and m_after.group(1)
                                    or fall_or(lead) or _CUT_BY.search(lead)
                                    or measure == "growth" and re.match(r"\s*(?:lower|less|smaller)\s+than\b", rest[unit_end - e:])):
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
        sent_start = max([k.end() for k in re.finditer(SENTENCE_END, raw[:s])] or [0])
        note, extra = "", []
        if re.search(r"\b(?:target|aims? to|plans? to|will|goal)\b", low[sent_start:s]):
            qualifier, note = "target", (f"target, {qualifier}" if qualifier != "exact" else "")
        period = _period(_SINCE_YEAR.sub("since", without_targets(raw[:sent_start])) + raw[sent_start:s], ctx)
        # "… since 2019. It has established a 20,000-metric-ton line": the start of an earlier sentence's span is not
        # this sentence's period
        after = _YEAR_AFTER.match(raw[unit_end:])
        if after and after.group(3):  # "reached 92 billion yuan in the first quarter": the year in force
            period = _part(after.group(3), "", re.match(r"\d{4}", period).group(0) if re.match(r"\d{4}", period)
                           else ctx.year)
            period = period if qualifier == "target" else not_yet_over(period, ctx)  # "in the first half" on 2024-03-01
        elif after:  # "from A in 2012 to B in 2021": each figure's own year follows it
            period = _part(after.group(1), "", after.group(2)) if after.group(1) else after.group(2)
        elif (of_year := re.match(r"\s*of\s+(?:[a-z-]+\s+){1,3}?in\s+((?:19|20)[0-9]{2})\b", raw[unit_end:])):
            period, after = of_year.group(1), of_year  # "produced 1.52 million tonnes of milk in 2022"
        elif (last := re.match(r"\s*\)?\s*(?:\([^)]*\)\s*)?(?:in\s+|(?:at|by)\s+the\s+end\s+of\s+)?(?:last year|the previous year)\b",
                               raw[unit_end:], re.I)):
            period, after = str(ctx.year - 1), last  # "grain output was 2.34 million tons last year"
        elif qualifier != "target" and (this := re.match(r"\s*(?:so far\s+)?(?:this year|in the year so far)\b", raw[unit_end:], re.I)):
            period, after = str(ctx.year), this  # "has handled over 1 mln travelers this year": the page's year
        months_after = re.match(r"^\s*(?:year-on-year\s+|year on year\s+)?(?:(?:between|from)\s+(january)\s+(?:and|to|through)\s+|"
                                r"from the (?:start|beginning) of the year\s+(?:until|to|through)\s+(?:the end of\s+)?)"
                                r"(january|february|march|april|may|june|july|august|september|october|november|december)"
                                r"(?:,?\s+((?:19|20)[0-9]{2})\b)?", raw[unit_end:], re.I)
        if months_after and months_after.group(1) and (not months_after.group(3) or unit == "percentage points"):
            months_after = None  # "dropped 0.3 points from January to June": a base, not the figure's months
        if months_after:  # "rose 6.8 percent year-on-year between January and November 2012", "… from the start of
            # the year until the end of July" (the year in force)
            period = _part(f"january to {months_after.group(2)}", months_after.group(2), months_after.group(3) or (
                period[:4] if re.match(r"(?:19|20)[0-9]{2}", period) else ctx.year))
            after = months_after
        same = re.match(r"^\s*in the same period (?:of|in) ((?:19|20)[0-9]{2})\b", raw[unit_end:], re.I)
        if same and out and out[-1].line == line_no and re.match(r"\d{4}", out[-1].period):
            period = same.group(1) + out[-1].period[4:]  # "from 13.6 percent in the same period in 2011"
            after = same
        aim = re.match(r"[^.;!?]*?\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)[0-9]{2})\b", raw[unit_end:], re.I) \
            if qualifier == "target" and not after else None
        goal = list(re.finditer(r"\b(?:plans?|aims?|targets?|strives?|will)\b[^.;!?]*?\bby\s+(?:the\s+end\s+of\s+)?"
                                r"((?:19|20)[0-9]{2})\b", raw[:sent_start], re.I)) \
            if qualifier == "target" and not after and not aim and not names_period(raw[sent_start:s]) else []
        if aim:  # "The city plans to build 10 stations and put 5,000 vehicles into operation by 2025": the target's year
            period, after = aim.group(1), aim
        elif goal:  # "… plans to shake off poverty by the end of 2018. This goal will be achieved by …, which is
            period = goal[-1].group(1)  # expected to benefit 8,699 people": the year of the goal set before it
        elif qualifier == "target" and not after and not names_period(raw[sent_start:s]) and (
                this := re.match(r"[^.;!?]*?\b(?:this year|in the whole year|for the (?:whole|full) year)\b", raw[unit_end:], re.I)):
            period, after = str(ctx.year), this  # "The city plans to complete 300 key projects this year"
        elif qualifier == "target" and not after and re.search(r"\bthis year\b", low[sent_start:s]) \
                and re.fullmatch(rf"{ctx.year}(?:H1|Q1-Q3|Q[1-4]|M[0-9-M]+)", period):
            period = str(ctx.year)  # "… plans to complete 300 projects this year, with an annual investment of": the year
        expected = expected_this_year(raw[unit_end:]) if not after and qualifier != "target" else None
        if expected:  # "76.2 billion yuan in investment is expected to be put in place this year": the whole year
            period, after, qualifier = str(ctx.year), expected, "forecast"
        later = period_later(raw[sent_start:s], raw[unit_end:], ctx) if not after else None
        if later:  # "A total of 1,009 trains, …, were handled from January to April": the months its sentence ends with
            period, after = later
        if not after:
            if (re.search(r"\brecently\b", low[sent_start:s]) or re.search(
                    r"\b(?:project|centre|center|park|plant|base|line|facility)\b[^.;]*\ba total investment of\s+$",
                    low[sent_start:s])) and not names_period(raw[sent_start:s]) and \
                    re.fullmatch(r"(?:19|20)[0-9]{2}\S+", period) and period.startswith(str(ctx.year)):
                period = str(ctx.year)  # "the city recently launched a centre, which received", "the project, with a
                # total investment of": not the part of the year carried from the lines before
            period = _stock_or_span(raw, sent_start, s, unit_end, period, ctx, cat.units.get(unit, {}).get("dimension", "")
                                    or ("count" if new_unit and (present_sentence(raw[sent_start:s]) or re.search(
                                        r"\b(?:is|are) home to\b|\bthere (?:are|is)\b", low[sent_start:s])) else ""),
                                    measure)  # "is home to 45 universities": a count in the present, a stock
        if not after and qualifier != "target" and annual_before_year(raw, sent_start, s, period, ctx):
            period = str(ctx.year - 1)  # "the company exports 60,000 tonnes annually" on a page of mid-January: last year's
        span = re.fullmatch(r"((?:19|20)[0-9]{2})-((?:19|20)[0-9]{2})", period)
        if span and measure == "level" and re.search(r"\bto\s+(?:about\s+|nearly\s+|over\s+|more than\s+)?$", low[max(0, s - 30):s]) \
                and re.match(r"\s*from\s+[0-9]", low[unit_end:]):
            period = span.group(2)  # "the yield increased to 126 kg from 115 kg": the span's end, then its start
        elif span and measure == "level" and re.search(r"\bto\s+[0-9][0-9.,]*\s*(?:[a-z/]+\s+){0,3}?from\s+(?:about\s+|nearly\s+)?$",
                                                       low[max(0, s - 60):s]):
            period = span.group(1)
        elif span and measure == "level":  # "over the past ten years, … went from 96 to 202": the span's first and last year
            if re.search(r"\bfrom\s+(?:about\s+|nearly\s+|over\s+|more than\s+)?$", low[max(0, s - 30):s]) and re.match(
                    r"\s*(?:[a-z ]{0,20}\s)?to\s+[0-9]", low[unit_end:]):
                period = span.group(1)
            elif re.search(r"\bfrom\s+[0-9][0-9.,]*\s*(?:[a-z]+\s+){0,3}?to\s+(?:about\s+|nearly\s+|over\s+|more than\s+)?$",
                           low[max(0, s - 60):s]):
                period = span.group(2)
        if cat.units.get(unit, {}).get("dimension") == "livestock_head" and measure == "level":
            period = end_of_part(period)  # "in the first half, the pig population was 5.98 million": at the end of June
        rate_in_brackets = unit in ("%", "percent") and measure == "level" and re.search(r"\(\s*$", raw[:s]) \
            and re.match(r"\s*\)", raw[unit_end:])
        if rate_in_brackets:
            # "up 0.8 points from January to July (16.6%)", "8.8 points higher than the country (3.6%)": the rate
            # compared with, of the period or place just named; a growth when the line's figure is one
            grew = [c for c in out if c.line == line_no and c.measure == "growth" and not getattr(c, "_compared", False)]
            if grew and any(c.line == line_no and c.unit == "percentage points" for c in out):
                measure = "growth"
                period = period_at_end(raw[:raw[:s].rfind("(")], ctx) or grew[-1].period
        conversion = False  # conversions in brackets are skipped above
        if new_unit:
            extra.append(f"unit '{new_unit}' is not in data/units.csv: add it (dimension count) to keep the row, "
                         "or delete the row")
        named = re.sub(r"\b[0-9][0-9.,]*\s+(?=[a-z])", "", low[sent_start:s])  # "of 474 industrial enterprises"
        after_words = re.sub(r"^\s*\([^)]*\)", "", low[unit_end:unit_end + 70])[:30]
        # the words after it, past a conversion in brackets, up to the clause's end: ", and private investment
        # grew" names the next figure, not this one
        after_words = re.split(r"[,;.:]|\s(?:and|while|whereas|but)\s", after_words)[0]
        unit_noun = re.sub(r"^(?:(?:hundred|thousand|million|billion|trillion)\s+)+", "", unit.lower())
        if unit_noun.isascii() and cat.phrase_origin.get(unit_noun) in ("name", "synonym"):
            after_words = f"{unit_noun} {after_words}"  # "2.1 million inhabitants": the unit's noun names it
        code, phrase, origin = cat.indicator_near(named, len(named), after_words)
        if code and origin in ("name", "synonym") and phrase and in_condition(low, phrase.lower(), sent_start, s, conditions):
            code, phrase, origin = "", "", ""  # "… each with a total GDP exceeding …, accounting for 26 percent of the
            # total": a name in a condition skipped names no figure
        if code and origin in ("name", "synonym") and any(
                c.line == line_no and sent_start <= c._start and owns_name(low, c, phrase.lower(), unit, measure, s)
                for c in out):
            code, phrase, origin = "", "", ""  # "57 China-Europe freight train routes …, carrying 30 percent of": the
            # name is the unit of a count before, not this figure's
        part_share = measure == "share" and bool(re.search(
            r"\bof (?:which|them)\s*,?\s*(?:about\s+|nearly\s+|over\s+|more than\s+)?$", low[sent_start:s])
            or re.match(r"\s*of\s+(?:which|them)\b", low[unit_end:]))
        # "coal output was 850 million tons, of which 70 percent was carried by rail": a part's share, not the whole's
        if code and origin in ("name", "synonym") and carried_past(raw, sent_start, s, phrase):
            # "the grain output was 36 million tons, …, and the output of oilseeds was 2 million tons": the figure's
            # clause names a subject of its own; the name of the figure before is not carried past it
            code, phrase, origin = "", "", ""
        above_in = low[:s] if re.match(r"\s*(?:this|these|it|they|their|its)\b", low[sent_start:]) else \
            low[sent_start:s]  # "… enterprises above a designated scale …. This resulted in a profit of"
        above = [k for k in re.finditer(r"industrial enterprises (?:above|of) (?:a )?designated (?:size|scale)|"
                                        r"industries (?:above|of) (?:a )?designated (?:size|scale)|"
                                        r"(?:(?<=\bof )|(?<=\bthe )|(?<=\bby )|(?<=\bfor )|(?<=\bat )|^)"
                                        r"(?:companies|enterprises|firms) (?:above|of) (?:a )?designated (?:size|scale)",
                                        above_in)]
        sized = [k.end() for k in re.finditer(r"designated (?:size|scale)", above_in)]
        # the last class of a designated size named is the figure's ("… of high-tech enterprises above designated
        # size came in at" is no whole of industry)
        above = above[-1] if above and above[-1].end() == sized[-1] else None
        services = services_income(low[sent_start:s]) if not code and not extra_gap else ""
        if services in cat.indicators and (measure not in ("level", "change") or fits_unit(unit, services, cat)):
            code, origin = services, "completed"  # "service enterprises above designated size achieved a combined
            # operating income of": the catalogue's operating revenue of the services above designated size
            phrase = f"{cat.indicators[services]['name_en']} (service enterprises above designated size named before)"
        if (not code or code in ("va_industry_above_scale", "va_industry")) and above and not extra_gap \
                and not new_unit:  # "… enterprises above designated size generated an operating income of x"
            # the catalogue's names; the later of income and profit is the figure's, past a definition between
            # dashes or brackets ("– those with annual revenue of 20 million yuan or more –"), taken out of the
            # whole sentence before its last 100 characters are read (a long definition opens before them)
            tail = re.sub(r"\s(?:--|—|–)\s[^-—–]*?\s(?:--|—|–)\s|\([^)]*\)", " ", low[sent_start:s])[-100:]
            if re.search(r"\bratio\b[^,;]*$", tail) and not re.search(r"\b(?:income|revenue|profits?)\b[^,;]*$",
                                                                  re.split(r"\bratio\b", tail)[-1]):
                tail = ""  # "the asset-liability ratio of … enterprises above designated size": no income nor profit
            income = [k.end() for k in re.finditer(r"(?:operating |average |main business )?(?:income|revenue)", tail)]
            profit = [k.end() for k in re.finditer(r"\bprofits?\b", tail)]
            which = "industry_revenue_above_scale" if income and (not profit or income[-1] > profit[-1]) else (
                "industry_profit_above_scale" if profit else "")
            if which in cat.indicators and (measure not in ("level", "change") or fits_unit(unit, which, cat)):
                code, origin = which, "completed"
                phrase = f"{cat.indicators[which]['name_en']} (industrial enterprises above designated size named before)"
        own_part = ""
        with_part = re.search(r"(?:,\s*|\band\s+|\bwith\s+)((?:[a-z][a-z-]*\s+){0,5}?[a-z][a-z-]*)\s+(?:up|down|rising|growing|"
                              r"increasing|falling|declining|dropping)\s+(?:by\s+)?(?:about\s+|nearly\s+|over\s+)?$",
                              low[sent_start:s]) if not extra_gap and (not code or origin in ("name", "synonym", "completed")) else None
        if with_part and not re.fullmatch(r"(?:it|its|this|that|which|they|the\s+figure|the\s+total|year[- ]on[- ]year)",
                                          with_part.group(1)) \
                and not (_content_words(with_part.group(1)) & _content_words(phrase or "")) \
                and not (code and _content_words(with_part.group(1)) <= _content_words(cat.indicators[code]["name_en"])):
            # "…, with mining up 15.3 percent and manufacturing up 8.2 percent": the part named in its own clause
            code, origin, phrase = "", "part", f"{with_part.group(1)} (a part named in its own clause)"
            own_part = with_part.group(1)
        gap_name = ""
        if extra_gap:  # a gap to a reference: a quantity of its own (the catalogue has a few: trade growth gaps)
            code, origin, phrase = "", "part", "a gap to a reference (… percentage points higher than …)"
            figure = [c for c in out if c.line == line_no and c.unit not in ("percentage points",)
                      and not getattr(c, "_compared", False)] or (
                [ctx.en_last] if getattr(ctx, "en_last", None) is not None and re.search(r"\b(?:the|its|this|that)\s+(?:growth|growth rate|increase|rate)\b", low[sent_start:s])
                else [])  # "The growth rate was 3 points higher than …" after a line that printed it
            gap_code, gap_name = _gap_of(figure[-1] if figure else None,
                                         low[unit_end:unit_end + 80], cat)
            if figure and not after:
                period = figure[-1].period  # the gap of a figure is of its period
            if gap_code:
                code, origin, phrase = gap_code, "name", f"{cat.indicators[gap_code]['name_zh']} (a gap of the figure before)"
        elif new_unit and (counted_code := catalogued_count(new_unit, cat)):
            code, origin, phrase = counted_code, "similar", f"{cat.indicators[counted_code]['name_en']} (the noun counted)"
            # "68 towns, 19 townships and 36 sub-district offices": the catalogue's counts of those things
        elif new_unit:
            code, origin, phrase = "", "new_unit", new_unit
        elif raw[e:unit_end].strip().lower() in ("", "million") and (counted := re.search(r"\bnumber of\s+((?:[\w-]+\s+){0,3}?[a-z-]+s\b(?:\s+[a-z]+ed\b)?)",
                                                     low[sent_start:s])):
            # "the number of key projects implemented went from 96 to 202", "the number of travel agencies totaled
            # 901": a count printed bare is named by "the number of …" (the catalogue's English names, else proposed)
            if not (code and origin in ("name", "synonym") and fits_unit(unit, code, cat)):
                code, phrase = catalogue_en(counted.group(1), cat, unit, measure)
                if not code:
                    code, phrase = most_like_en(counted.group(1), cat)
                    code = code if code and fits_unit(unit, code, cat) else ""
                origin = "similar" if code else "other"
                phrase = phrase or counted.group(1)
        elif unit in ("enterprises", "companies", "projects"):  # a count is named by the words after the number
            noun = re.split(r"\s+(?:increased|decreased|rose|fell|grew|was|were|is|are|reached|have|has|had|with|"
                            r"achieved|realized|realised|generated|recorded|reported|posted|earned|made|saw|"
                            r"and|in|of the)\b|[,;.:()]", raw[e:])[0].strip()
            code, phrase, origin = cat.indicator_near("", 0, noun.lower())
            if not code or origin == "learned" or noun.lower().find(phrase.lower()) > 2:
                code, phrase = most_like_en(noun, cat)
                code = code if code and fits_unit(unit, code, cat) else ""
                origin = "similar" if code else "other"
                phrase = phrase or noun
        elif code and measure in ("level", "change") and not fits_unit(unit, code, cat):
            code, origin, phrase = "", "part", f"{phrase} (a {unit} figure cannot be {code})"
        port_before = getattr(ctx, "en_port", False) or bool(re.search(r"china[- ]europe", low[:sent_start])
                                                                and re.search(r"\bport\b", low[:sent_start]))
        trains = china_europe_or_port(low[sent_start:unit_end], unit, measure, port_before) \
            if not extra_gap and (not code or origin not in ("name", "synonym") or code == "trade_total") else ""
        # "Foreign trade via the port totaled …": the port's trade, not the city's
        if trains in cat.indicators:  # "the port handled 4,818 China-Europe freight trains", "16 international lines"
            code, origin, phrase = trains, "completed", f"{cat.indicators[trains]['name_en']} (China-Europe trains or a port named)"
        if not code and not extra_gap and (getattr(ctx, "en_port_page", False) or _PORT.search(low[sent_start:unit_end])):
            at_port = port_concept(subject_of_item(raw, sent_start, s, unit), cat, unit, measure)
            if at_port[0]:  # a port's page: "imports of coal totaled 9.78 million tonnes" (through the port)
                code, origin, phrase = at_port[0], "completed", f"{at_port[1]} (a port's page)"
        if not extra_gap and (not code or origin not in ("name", "synonym")):
            worded = repeated_count(low[max(0, s - 20):s], num, unit, getattr(ctx, "en_level", None)) or named_by_wording(
                low[sent_start:unit_end], low[unit_end:unit_end + 60], unit, measure, cat,
                cat.units.get(unit, {}).get("dimension", ""))
            if worded:  # "the volume of goods handled by the port", "tourists visited", "Of these 802 trips"
                code, origin, phrase = worded, "completed", f"{cat.indicators[worded]['name_en']} (named by its wording)"
        part = narrowed_en(raw[sent_start:unit_end], phrase) if code else ""
        if code and not part and origin in ("name", "synonym"):
            part = modifier_before(raw[sent_start:s], phrase, code, cat) or part_after(raw[sent_start:s], phrase)
            # "general trade imports and exports", "the import and export value of State-owned enterprises", "… with
            # Australia and Mongolia": a part, not the catalogue's whole
        owner = re.match(r"\s*(?:(?:in|during|from|over|between|as of|by)\b[^,]{0,40},\s*)?(?:the\s+)?(?:[a-z]+'s\s+)?((?:state-owned|private(?:ly[- ]owned)?|foreign-(?:funded|invested)|"
                         r"non-public|collective)\s+(?:enterprises|companies|firms|economy))\b", low[sent_start:s])
        owned = bool(not part and owner and owner.group(1).split()[0] not in (phrase or "").lower())
        if owned and code:
            part = owner.group(1)  # "State-owned enterprises …, with a total trade of x": the class's part, not the whole
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
            short = re.search(r"\(\s*((?:19|20)([0-9]{2}))\s*[-–]\s*([0-9]{2})\s*\)", raw[sent_start:s])
            if short:  # "the 13th Five-Year Plan period (2016-20)": the span's first and last year
                years = [short.group(1), short.group(1)[:2] + short.group(3)]
            span_after = re.match(r"\s*(?:from|between)\s+((?:19|20)[0-9]{2})\s+(?:to|and|through)\s+((?:19|20)[0-9]{2})\b",
                                  raw[unit_end:])
            if len(years) < 2 and span_after:  # "the average annual growth of GDP was 6.5 percent from 2018 to 2022"
                years = list(span_after.groups())
            if len(years) >= 2:
                cand.base_period, cand.period = min(years), max(years)
        if code:
            basis = cat.indicators[code]["price_basis"]
            cand.price_basis = basis if unit.endswith(("yuan", "dollars")) or measure == "growth" else "none"
        full_start = max([k.end() for k in re.finditer(r"(?<!\bU\.S)(?<!\bu\.s)[.!?](?:\s|$)", raw[:s])] or [0])
        if code in ("va_primary", "va_secondary", "va_tertiary") and _OTHER_OF_SECTOR.search(
                low[full_start:max(full_start, sent_start + low[sent_start:s].rfind(phrase.lower()))]):
            # "The investment for the primary industry reached …; secondary industry, …": not value added
            code, origin = "", ""
            cand.indicator, cand.price_basis = "", "none"
            cand.proposed_indicator = _words_before(raw, full_start, s)
        sector = sector_in(low[full_start:s]) if measure in ("contribution", "share") else ""
        sentence_full = low[full_start:] if not re.search(r"(?<!\bU\.S)(?<!\bu\.s)[.!?](?:\s|$)", low[full_start:]) else \
            low[full_start:full_start + re.search(r"(?<!\bU\.S)(?<!\bu\.s)[.!?](?:\s|$)", low[full_start:]).end()]
        if measure == "growth" and not _OTHER_OF_SECTOR.search(low[full_start:s]) and (
                "respectively" in sentence_full or len(re.findall(r"[0-9]\s*(?:percent|%)", sentence_full)) >= 3):
            sector = sector_in(low[full_start:s])  # "the value added of the primary, secondary and tertiary industries
            # grew by 5.1 percent, 7.9 percent and 5.6 percent respectively": the k-th sector's growth
            if sector in cat.indicators:
                cand.price_basis = cat.indicators[sector]["price_basis"]  # settled by conventions.py as GDP's
        if sector:  # "of the primary, secondary and tertiary industries … were a, b and c percent"
            code, origin, phrase = sector, "list", f"{sector} (its place in the list of the three sectors)"
            cand.indicator, cand.proposed_indicator = sector, ""
            cand.price_basis = cand.price_basis if measure == "growth" else "none"
            cand.denominator = "gdp" if measure != "growth" and re.search(
                r"\bgdp\b|gross (?:domestic|regional) product", low[full_start:s]) else ""
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
            SENTENCE_END, raw[out[-1]._end:s]) else None
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
            if prev.measure in GROWTH_MEASURES:  # the place of the growth rate
                cand.measure = measure = "growth_rank"
            cand.price_basis = "none"
            origin, phrase = ("previous", cand.indicator) if cand.indicator else ("previous_unknown",
                                                                                 cand.proposed_indicator)
        if cand.indicator and prev is not None and (measure in ("growth", "share") and prev.measure in ("level", "change")
                                                    or measure == "pp_change" and prev.measure == "share") \
                and prev.indicator and prev.indicator != cand.indicator and _NAMES_NOTHING.fullmatch(
                    re.sub(r"\([^)]*\)", " ", raw[prev._end:s])):
            # "introduced 5 billion yuan in funds, representing an increase of 40 percent": the figure before's;
            # "accounted for 8 percent of GDP, up 1.3 percentage points": the share's change (GDP is its whole)
            if measure == "pp_change":
                cand.denominator = prev.denominator
            cand.indicator, cand.proposed_indicator = prev.indicator, prev.proposed_indicator
            origin, phrase = ("previous", cand.indicator) if cand.indicator else ("previous_unknown",
                                                                                 cand.proposed_indicator)
        if not cand.indicator and not owned and not own_part:
            found = ("", "")
            of_words = re.match(r"\s*of\s+([a-z][a-z -]{3,80}?)(?=\s*[,;.(]|\s+and\s+[0-9]|$)", low[unit_end:]) \
                if measure == "level" else None  # "completed 7.4 million kilowatts of wind and solar projects connected
            # to the grid": the words after the unit name what is measured
            for words in (subject_of_item(raw, sent_start, s, unit), verb_object_en(raw, sent_start, s, e, unit, unit_end),
                          of_words.group(1) if of_words else ""):
                found = catalogue_en(words, cat, unit, measure) if words else ("", "")
                if found[0]:
                    break
            if not found[0] and prev is not None and prev.indicator:
                found = that_of(low[sent_start:s], prev.indicator, cat, unit, measure)  # "while that of rural residents"
            if found[0]:  # the catalogue's English names and synonyms, in other words or order
                cand.indicator, cand.proposed_indicator, origin, phrase = found[0], "", "similar", found[1]
                cand.price_basis = cat.indicators[found[0]]["price_basis"] if unit.endswith(("yuan", "dollars")) \
                    else "none"
        if not cand.indicator and measure == "level" and cat.units.get(unit, {}).get("dimension") == "livestock_head":
            # "there were 7 million head of livestock", "the total number of livestock was 1.2 million heads": a head
            # count is the inventory of what it counts (not an annual throughput: "annual", "raised", "slaughtered")
            counted = re.match(r"\s*(?:heads?\s+)?of\s+([a-z][a-z -]{2,30}?)(?=\s+(?:in|at|on|was|were|is|are)\b|[,.;(]|$)",
                               low[unit_end:])
            animal = re.search(r"\b((?:(?!million\b|thousand\b)[a-z-]+\s+)?(?:cows|cattle|sheep|goats|pigs|hogs|yaks|camels|horses))\s*$",
                               low[s:unit_end])  # "a livestock population of 1.70 million cows": the animals printed
            words = counted.group(1) if counted else (animal.group(1) if animal else
                                                      subject_of_item(raw, sent_start, s, unit))
            if words and not re.search(r"\b(?:annual|raised|slaughter\w*|sold|marketed|out)\b", words, re.I):
                found = catalogue_en(re.sub(r"^(?:the\s+)?(?:total\s+)?number\s+of\s+", "", _without_place(words.strip()),
                                            flags=re.I) + " inventory", cat, unit, measure)
                if found[0]:
                    cand.indicator, cand.proposed_indicator, origin, phrase = found[0], "", "similar", found[1]
                    cand.price_basis = "none"
        if not cand.indicator and measure == "contribution" and re.match(
                r"\s*of\s+(?:the\s+)?(?:[a-z'’]+\s+){0,3}?(?:economic growth|gdp growth|growth of (?:the\s+)?economy)\b",
                low[unit_end:]):
            sector_code = _sector_word(None, low[sent_start:s])
            if sector_code in cat.indicators:  # "the service industry …, accounting for 50 percent of the economic growth"
                cand.indicator, cand.proposed_indicator, cand.denominator = sector_code, "", "gdp"
                origin, phrase = "list", f"{sector_code} (the sector whose contribution to economic growth it is)"
        if not cand.indicator and measure == "share" and _OF_PLACE_TOTAL.match(raw[unit_end:]):
            # "This is … and accounts for 28.4 percent of the region's total", "the total value …, accounting for 21
            # percent of the total value of the autonomous region": the share of the level before in a wider place
            level = next((c for c in reversed(out) if c.line == line_no and c.measure == "level" and c.indicator
                          and c.unit not in ("%", "percent", "percentage points")), None) or getattr(ctx, "en_level", None)
            if level is not None:
                cand.indicator, cand.proposed_indicator, origin, phrase = level.indicator, "", "previous", level.indicator
        if not cand.indicator and measure == "share" and prev is not None and re.fullmatch(
                r"[\s,]*(?:year[- ]on[- ]year[\s,]*)?(?:respectively[\s,]*)?(?:(?:and|which|thus|while)\s+)?(?:accounting for|accounts? for|"
                r"accounted for|making up|makes? up|made up)\s*", re.sub(r"\([^)]*\)", " ", raw[prev._end:s])):
            # "rose by 9 percent, accounting for 40 percent of …": a share of the figure before, of the whole named after
            cand.indicator, cand.proposed_indicator = prev.indicator, prev.proposed_indicator
            origin, phrase = ("previous", cand.indicator) if cand.indicator else ("previous_unknown",
                                                                                 cand.proposed_indicator)
            whole = re.match(r"\s*of\s+([^,;.]+)", raw[unit_end:])
            if whole:
                cand.denominator = catalogue_en(whole.group(1), cat, "", "share")[0]
        if measure == "share" and prev is not None and not after and cand.period != prev.period and re.fullmatch(
                r"[\s,]*(?:year[- ]on[- ]year[\s,]*)?(?:respectively[\s,]*)?(?:(?:and|which|thus|while)\s+)?"
                r"(?:accounting for|accounts? for|accounted for|making up|makes? up|made up)\s*",
                re.sub(r"\([^)]*\)", " ", raw[prev._end:s])):
            cand.period = prev.period  # "installed capacity has reached 12.3 GW, accounting for 45.6 percent": the
            # share of the figure before is at its date
        if not cand.indicator and measure == "share" and prev is not None and prev.measure == "share" and prev.indicator \
                and getattr(prev, "_origin", "") == "previous" and re.fullmatch(r"\s*,?\s*(?:and\s+)?", raw[prev._end:s]):
            # "…, respectively, accounting for 23.2 percent and 21.7 percent of the city's GDP": the list of shares
            # goes on with the figure before's quantity
            cand.indicator, cand.proposed_indicator, cand.denominator = prev.indicator, "", prev.denominator
            origin, phrase = "previous", cand.indicator
        if not cand.indicator:
            cand.proposed_indicator = en_noun_phrase(cand.proposed_indicator) or en_noun_phrase(
                verb_object_en(raw, sent_start, s, e, unit, unit_end) if origin not in ("new_unit",) else "")
            referent = next((c for c in reversed(out) if c.line == line_no and not (
                c.unit == "percentage points" and c.measure == "level")), None)  # a gap is no figure's subject
            between_nothing = prev is not None and measure in ("growth", "change") and re.fullmatch(
                r"[\s,]*(?:or|and)\s*", raw[prev._end:s]) or prev is not None and measure == "growth" and prev.measure == "level" \
                and re.fullmatch(r"[\s,]*(?:about|almost|nearly|roughly|around|over|more than|some)\s*",
                                 re.sub(r"\([^)]*\)", " ", raw[prev._end:s]))  # "a decrease of 66.95 million tons or 14.4
            # percent"; "a revenue of 11 billion yuan (…), almost 20 percent higher than the previous year"
            own_object = re.match(r"\s*of\s+((?:[a-z-]+\s+){0,3}[a-z-]+)", low[unit_end:]) if measure == "level" \
                and not cand.proposed_indicator and not between_nothing else None
            if own_object:  # "…, and 5.2 million kW of projects have been approved": a level of its own object
                cand.proposed_indicator = en_noun_phrase(own_object.group(1)) or own_object.group(1)
            if (not cand.proposed_indicator or between_nothing) and referent is not None and not extra_gap:
                # "an increase of 6.5 percent" (a gap to a reference is a quantity of its own); "…, 1.2 points lower
                # than the national average; and the growth rate dropped 0.3 points": the figure before the gap
                cand.indicator, cand.proposed_indicator = referent.indicator, referent.proposed_indicator
                origin, phrase = ("previous", cand.indicator) if cand.indicator else (
                    "previous_unknown", cand.proposed_indicator)
                if cand.indicator and measure == "growth":  # "…, up 12.1 percent": the price basis of the figure's growth
                    cand.price_basis = cat.indicators[cand.indicator]["price_basis"]  # GDP's: conventions.py
            elif cand.proposed_indicator and not owned:
                alt, alt_phrase = most_like_en(cand.proposed_indicator, cat)
                if alt and (measure not in ("level", "change") or fits_unit(unit, alt, cat)):  # the catalogue's English names first
                    cand.indicator, cand.proposed_indicator, origin, phrase = alt, "", "similar", alt_phrase
                    cand.price_basis = cat.indicators[alt]["price_basis"] if unit.endswith(("yuan", "dollars")) \
                        else "none"
        if not cand.indicator and unit.startswith("consecutive "):
            cand.proposed_indicator = streak_name(subject_en(raw, sent_start, s), low[sent_start:s], unit) \
                or cand.proposed_indicator  # "increased for 24 consecutive months": the streak, not the quantity
        if cand.indicator and _under(cand.indicator, "fai", cat) and measure != "level":
            cand.period = year_to_date(cand.period)  # a month's investment growth is of January to that month
        if part_share and cand.indicator:
            what = re.sub(r"^(?:of\s+(?:which|them)\s+)?(?:was|were|is|are)?\s*", "",
                          re.split(r"[,;.]", low[unit_end:])[0].strip())
            cand.proposed_indicator = f"share of {cat.indicators[cand.indicator]['name_en'].lower()} {what}".strip()
            cand.indicator, cand.price_basis, origin, phrase = "", "none", "part", f"{cand.indicator} (of which: a part)"
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
            if cat.units.get(out[-1].unit, {}).get("dimension") == "livestock_head" and out[-1].line == line_no:
                cand.period = out[-1].period  # the growth of a head count is on the date the count is at
            cand.confidence = min(cand.confidence, out[-1].confidence)
        if after and prev is not None and prev.measure in ("growth", "change") and prev.period != cand.period and re.fullmatch(
                r"\s*(?:year[- ]on[- ]year\s*)?,?\s*to\s+(?:(?:reach|hit|total|stand at|come to)\s+)?"
                r"(?:about\s+|nearly\s+|over\s+|more than\s+)?", raw[prev._end:s], re.I):
            prev.period = cand.period  # "rose 5 percent to 2 billion yuan in 2022", "posted an increase of 38.2 percent
            # to reach 22 billion yuan in the first eight months": the growth is of the level's period
        if after and prev is not None and prev.period != cand.period and not getattr(prev, "_after", True) \
                and not names_period(raw[sent_start:prev._end]) and re.fullmatch(
                r"\s*(?:of\s+(?:[a-z'’-]+\s+){0,4})?(?:worth|valued at|valuing|with a (?:total )?value of)\s+"
                r"(?:about\s+|nearly\s+|over\s+|more than\s+)?", raw[prev._end:s], re.I):
            prev.period = cand.period  # "exported 120,000 tons of farm products worth 1.5 billion yuan last year"
        cand._end = unit_end
        cand._origin = origin
        cand._after = bool(after)
        cand._compared = bool(rate_in_brackets)  # a rate compared with: no figure a later gap is of
        cand._start = s
        out.append(cand)
    _opening_change(raw, line_no, out, cat)
    respective_names(raw, line_no, out)
    last = [c for c in out if c.unit not in ("percentage points",) and c.measure == "growth"]
    ctx.en_last = last[-1] if last else (None if out else getattr(ctx, "en_last", None))
    levels = [c for c in out if c.measure == "level" and c.indicator and c.unit not in ("%", "percent", "percentage points")]
    ctx.en_level = levels[-1] if levels else (None if out else getattr(ctx, "en_level", None))
    name_items(raw, line_no, out, cat)
    pair_changes(raw, line_no, out, cat)
    _divisions(raw, line_no, out, cat, _period(raw[:m.start()], ctx) if (m := _DIVISIONS.search(raw)) else "")
    ctx.en_period = _carried(line_period, ctx) if names_period(carry) else line_period
    if not getattr(ctx, "en_port_page", False):
        ctx.en_port_page = bool(re.search(r"\b(?:land|border|highway|railway|rail|inland|dry)\s+port\b|\bport(?:'s|’s)?\s+(?:handle[sd]?|freight|cargo)|"
                                          r"\bfreight\s+(?:volume|throughput)\b", low))  # a port's page: its figures are the port's
    if re.search(r"china[- ]europe", low) and re.search(r"\bport\b", low):
        ctx.en_port = True  # the next lines' "The trains carried 382,058 TEUs" are the port's
    return out


#: "… of the region's total", "… of the total value of the autonomous region": a whole that is a wider place's.
_OF_PLACE_TOTAL = re.compile(r"\s*of\s+(?:the\s+)?(?:(?:(?:autonomous\s+)?region|country|province|nation|"
                             r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:'s|’s)\s+total\b|total(?:\s+value|\s+amount)?\s+of\s+"
                             r"(?:the\s+)?(?:autonomous\s+region|region|country|province|nation|[A-Z][a-z]+)\b)")


_OPENING_CHANGE = re.compile(r"(?:^|[.;!?]\s+)with\s+(?:an?\s+)?(?:year[- ]on[- ]year\s+|annual\s+)?(?:increase|growth|rise|"
                             r"decrease|decline|drop|fall)\s+of\s+$", re.I)


#: ", after the GDP of another banner exceeded it in 2021": the year of an earlier event a clause refers to.
_AFTER_CLAUSE = re.compile(r",\s*(?:after|before|following)\s+[^.;]*?\b(?:19|20)[0-9]{2}\b")

#: "(2016-20)" after a plan's name: the plan's years, printed in brackets.
_PLAN_SPAN = re.compile(r"\(\s*(?:19|20)[0-9]{2}\s*[-–]\s*[0-9]{2,4}\s*\)")

#: "since 2019", "since the end of 2019": the start of a span.
_SINCE_YEAR = re.compile(r"\bsince\s+(?:the\s+(?:end|beginning|start)\s+of\s+)?(?:19|20)[0-9]{2}\b", re.I)


def owns_name(low: str, c, phrase: str, unit: str, measure: str, s: int) -> bool:
    """Whether the catalogue name ``phrase`` found before the figure at ``s``
    belongs to the earlier figure ``c`` of its sentence: printed as its
    unit's words ("57 China-Europe freight train routes …, carrying about 30
    percent": another unit), or as the object after its unit ("7.40 million
    kilowatts of wind and solar projects connected to the grid, and 5.2
    million kW of projects": another level of the list).

    >>> from types import SimpleNamespace as C
    >>> line = "it completed 7 million kw of solar projects connected to the grid, and 5 million kw of projects were approved"
    >>> c = C(_start=line.index("7"), _end=line.index("7") + 12, unit="million kW", measure="level")
    >>> owns_name(line, c, "solar projects connected to the grid", "million kW", "level", line.index("5 m"))
    True
    >>> owns_name(line, c, "solar projects connected to the grid", "percent", "growth", line.index("5 m"))
    False
    """
    if c._end > s:
        return False
    if phrase in low[c._start:c._end] and c.unit != unit:
        return True
    of = re.match(r"\s*of\s+(?:[a-z-]+\s+){0,3}?", low[c._end:s])
    return bool(of) and low[c._end + of.end():s].startswith(phrase) and c.measure == measure == "level"


def _content_words(text: str) -> set:
    """The words of a name that name something (not "the", "of", "and" …), stemmed crudely."""
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower())
            if w not in ("the", "of", "and", "in", "a", "an", "its", "their", "total", "value", "added")}


def without_targets(text: str) -> str:
    """``text`` without its sentences about the future ("… is expected to be
    completed in 2025", "The city plans to … by 2027"): the year a target is
    set for is not the period of the sentences after it.

    >>> without_targets("The project is expected to be completed in 2025. The plant covers 120 hectares.")
    ' The plant covers 120 hectares.'
    """
    return "".join(p for p in re.split(r"(?<=[.;!?])(?=\s)", text) if not re.search(
        r"\b(?:will|expected to|expects to|plans? to|planned to|aims? to|targets?|goals?|strives? to|is set to)\b", p, re.I))


def respective_names(raw: str, line_no: int, out: list) -> None:
    """Bare numbers said "respectively" after as many counts ("home to 209
    rare earth enterprises, 85 … and 70 …. These numbers have increased by
    30, 22, and 20, respectively"): each is named as the count in its place;
    in place."""
    for listed in _BARE_LIST.finditer(raw):
        mine = [c for c in out if c.line == line_no and listed.start() <= getattr(c, "_start", -1) < listed.end()]
        counts = [c for c in out if c.line == line_no and getattr(c, "_start", 1 << 30) < listed.start()
                  and c.measure == "level"]
        if not mine or len(counts) < len(mine) or [c.unit for c in counts[-len(mine):]] != [c.unit for c in mine]:
            continue
        since = re.match(r"[\s,]*since\s+((?:19|20)[0-9]{2})\b", raw[listed.end():])
        for c, named in zip(mine, counts[-len(mine):]):
            c.indicator, c.proposed_indicator = named.indicator, named.proposed_indicator
            c.confidence = min(c.confidence, named.confidence)
            if since and c.measure == "change":
                c.base_period = since.group(1)  # "…, respectively, since 2022": the changes since then


def _under(code: str, whole: str, cat) -> bool:
    """Whether ``code`` is ``whole`` or one of its parts (data/indicators.csv's
    ``parent``, three levels up)."""
    for _ in range(4):
        if code == whole:
            return True
        code = cat.indicators.get(code, {}).get("parent", "")
    return False


def streak_name(subject: str, lead: str, unit: str) -> str:
    """The name proposed for a streak ("increased for 24 consecutive months"):
    consecutive months (years) of growth of the subject when a verb of growth
    precedes it, else of the words before it; '' when nothing names it.

    >>> streak_name("the added value of industries above designated size", "… size increased for ", "consecutive months")
    'consecutive months of growth of added value of industries above designated size'
    >>> streak_name("", "it has ranked first in the region for ", "consecutive years")
    'consecutive years ranked first in the region'
    """
    words = re.sub(r"^(?:the|its|their)\s+", "", _without_place(subject.strip()), flags=re.I)
    if words and re.search(r"\b(?:increased|grew|rose|risen|grown|growing|increasing|rising)\s+(?:for|in)\s+$", lead):
        return f"{unit} of growth of {words}"
    done = re.search(r"\b(?:has|have|had)?\s*((?:remained|ranked|stayed|kept|held|been)\b[^,;]*?)\s+(?:for|in)\s+$", lead)
    return f"{unit} {done.group(1).strip()}" if done else ""


def services_income(text: str) -> str:
    """``services_revenue_above_scale`` when ``text`` (a sentence up to a
    figure) names service enterprises above designated size and, after them,
    their (operating) income or revenue as the last quantity named; else ''.

    >>> services_income("From January to May, service enterprises above designated size achieved a combined operating income of ")
    'services_revenue_above_scale'
    >>> services_income("service industry enterprises above a designated size achieved operating income of 9 billion yuan and a profit of ")
    ''
    """
    firms = re.search(r"\bservices?\s+(?:industry\s+|sector\s+)?(?:enterprises|companies|firms)\s+(?:above|of)\s+(?:a\s+)?"
                      r"designated\s+(?:size|scale)\b", text, re.I)
    if not firms:
        return ""
    named = re.findall(r"\b(income|revenue|profits?)\b", text[firms.end():], re.I)
    return "services_revenue_above_scale" if named and named[-1].lower() in ("income", "revenue") else ""


def fall_or(lead: str) -> bool:
    """Whether a change is the second printing of a fall given just before it
    with "or" ("a year-on-year decrease of 66.95 million tons or 14.4
    percent"): it falls too.

    >>> fall_or("a year-on-year decrease of 66.95 million tons or "), fall_or("an increase of 5 tons or ")
    (True, False)
    """
    return bool(re.search(rf"\b(?:down|{_FALL})\s+(?:of\s+|by\s+)?[0-9][0-9.,]*\s*(?:[a-z]+\s+){{0,3}}or\s+$", lead))


def _opening_change(raw: str, line_no: int, out: list, cat) -> None:
    """A change printed in an opening clause before its subject ("With an
    increase of 12 percent over the previous year, the number of visitors
    reached 6.6 million"): the indicator of the level its sentence goes on
    to print; in place."""
    for k, c in enumerate(out):
        if c.line != line_no or c.indicator or c.measure != "growth" or not hasattr(c, "_start") \
                or not _OPENING_CHANGE.search(raw[:c._start]):
            continue
        nxt = next((d for d in out[k + 1:] if d.line == line_no and getattr(d, "_start", 0) > c._end
                    and not re.search(SENTENCE_END, raw[c._end:d._start])), None)
        if nxt is not None and nxt.measure == "level" and nxt.indicator:
            c.indicator, c.proposed_indicator = nxt.indicator, ""
            c.price_basis = cat.indicators[nxt.indicator]["price_basis"]
            c.confidence = min(c.confidence, nxt.confidence)
            c.reason = (c.reason + "; " if c.reason else "") + f"the change opens the sentence of {nxt.indicator}"


def _carried(line_period: str, ctx) -> str:
    """The period a line passes on to the lines after it that name none: its
    own, unless it is a lagged part of the report's period (the first part of
    a year the document names): "From January to May, the profits …" in a
    report of the first half lasts for its own figures only.

    >>> from analysis.extract.chinese import Context
    >>> c = Context(2019)
    >>> _carried("2019H1", c), _carried("2019M01-M05", c), _carried("2019M01-M07", c)
    ('2019H1', '2019H1', '2019M01-M07')
    """
    main = getattr(ctx, "en_main", "")
    part = re.fullmatch(r"((?:19|20)[0-9]{2})(?:H1|Q1-Q3|Q1|M01-M([0-9]{2}))", line_period)
    if not main:
        if part:
            ctx.en_main = line_period  # the first part of a year the document names: the report's period
        return line_period
    mine = re.fullmatch(r"((?:19|20)[0-9]{2})(?:H1|Q1-Q3|Q1|M01-M([0-9]{2}))", main)
    if part and mine and part.group(1) == mine.group(1):
        end = {"H1": 6, "Q1-Q3": 9, "Q1": 3}
        k = int(part.group(2)) if part.group(2) else end[line_period[4:]]
        m = int(mine.group(2)) if mine.group(2) else end[main[4:]]
        if m - 2 <= k < m:
            return main  # a lag of a month or two: the report's months resume
    return line_period
