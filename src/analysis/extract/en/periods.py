"""English periods: the year or part of a year in force, bases of comparison, stocks at the page's date,
flows of the period, totals since a year."""

from __future__ import annotations

import re

from .text import _MONTHS, SENTENCE_END


_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_PART = (rf"(?:as of|until|till|up to)\s+(?:{_MONTH}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)\s*[0-9]{{1,2}}"
         r"(?:st|nd|rd|th)?\b(?!\s*(?:percent|%|,[0-9]|\.[0-9]))|"  # "As of Feb 9": a total or a stock on that day
         rf"(?:from\s+)?the (?:start|beginning) of the year\s+(?:until|to|through)\s+(?:the end of\s+)?{_MONTH}|"
         rf"(?:the\s+)?end of (?:the\s+)?(?:first|second|third) quarter|(?:the\s+)?end of {_MONTH}|"
         rf"\bin\s+(?:early\s+|late\s+)?{_MONTH}\b(?!\s*(?:-|–|—|to|through|and)\s*{_MONTH})|"
         r"first[ -]half|first three quarters|first[ -]quarter|first (?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
         r"[2-9]|1[01]) months|(?:second|third|fourth) quarter|"
         r"(?:past|last) (?:two|three|four|five|six|seven|eight|nine|ten|eleven) months|"
         r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven)-month period|"
         r"\bQ1\s*[-–]\s*Q[23]\b|\bQ[1-4]\b|\bH1\b|"
         r"(?:from\s+|between\s+)?(?:january|jan\.?)\s*(?:1(?:st)?\s*)?(?:-|–|—|to|through|and)\s*(january|february|march|april|may|june|july|"
         r"august|september|october|november|december|(?:feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)"
         # "from January to Nov. 20", "Jan 1-Jun 9": the running total to that day
         r"(?:\s*(?<![0-9])[0-9]{1,2}(?:st|nd|rd|th)?\b(?=\s*(?:[,.;)]|$|this\b|last\b|of\b|in\b|and\b)))?")
_PERIOD = re.compile(rf"\bsince\s+(?:early\s+|late\s+)?(?P<since>{_MONTH})\b(?!\s*(?:,\s*)?(?:19|20)[0-9]{{2}})|(?:(?P<part>{_PART})(?:\s*(?:of|,|in)?\s*(?:(?P<y>(?:19|20)[0-9]{{2}})\b|(?P<rely>this year|last year)))?"
                     r"|\b(?:from|between)\s+(?P<span_from>(?:19|20)[0-9]{2})\s+(?:to|and|through)\s+"
                     r"(?P<span_to>(?:19|20)[0-9]{2})\b"
                     r"|(?P<year>(?:19|20)[0-9]{2})\b|\b(?P<rel>last year|this year))", re.I)
#: Words that make the year after them a base of comparison, not the figure's period.
_BASE_BEFORE = re.compile(r"(?:in the same period (?:of|in)\s+$)|(?:(?<!shows )(?<!show )(?<!showed )(?<!said )"
                          r"(?<!says )(?<!reported )(?<!noted )(?<!announced )(?<!indicated )(?<!revealed )"
                          r"(?:that of|that in)|those of|those in|than|over|compared with|compared to|against|versus|"
                          r"from|on|times)\s+(?:(?:that|those)\s+(?:of|in)\s+)?(?:the\s+)?(?:same period\s+(?:of\s+|in\s+)?)?$|"
                          r"\bthan\s+(?:it\s+(?:was|did)\s+)?(?:in|for|during)\s+(?:the\s+)?$", re.I)
# "2 percentage points faster than in 2022": the year compared with
#: "… 230.58 billion yuan ($34.60 billion) in 2012": the year printed right after a figure is its period.
_FIRST = r"first half|first three quarters|first quarter|first (?:two|three|four|five|seven|eight|ten|eleven|[2-9]|1[01]) months|H1|Q[1-4]"
_YEAR_AFTER = re.compile(r"^\s*\)?\s*(?:\([^)]*\)\s*)?(?:year[- ]on[- ]year\s+)?(?:in|for|by the end of|at the end of|during|"
                         r"over(?=\s+the\s+first))\s+"
                         rf"(?:the\s+)?(?:((?:{_FIRST})\s+of\s+)?((?:19|20)[0-9]{{2}})\b"
                         rf"|({_FIRST})\b(?!\s+of\s+(?:19|20)))",
                         re.I)
_BASE_AFTER = re.compile(r"^\s*(?:year-on-year\s+)?(?:that of|compared with|compared to|over|from|than)\s+"
                         r"((?:19|20)[0-9]{2})\b", re.I)


_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11}


def _is_base(before: str, m) -> bool:
    """Whether the period matched by ``m`` after ``before`` is a base of
    comparison ("that of 2012", "over 2012"), not the figure's own period
    ("over the first three quarters of 2019" is the span the figure covers)."""
    if m.group("part") and re.search(r"\b(?:over|during)\s+(?:the\s+)?$", before, re.I):
        return False
    if re.match(r"from\b", m.group(0), re.I) and _AFTER_POINTS.search(before):
        return True  # "up 0.8 percentage points from January to July": the months compared with, not the figure's
    return bool(_BASE_BEFORE.search(before))


#: A change of a rate just printed ("up 0.8 percentage points "): a period "from …" after it is the base the rate
#: is compared with ("rose 6 percent from January to July" is the figure's own months).
_AFTER_POINTS = re.compile(r"[0-9]\s*(?:percentage points?|points?)\s*\)?\s*$", re.I)


def period_at_end(text: str, ctx) -> str:
    """The period named right at the end of ``text`` ("… from January to July
    2022", "… the first half of 2022"), base of comparison or not; '' when
    ``text`` does not end with one.

    >>> from analysis.extract.chinese import Context
    >>> period_at_end("up 0.8 points from January to July 2022 ", Context(2022)), period_at_end("than the country ", Context(2022))
    ('2022M01-M07', '')
    """
    last = None
    for m in _PERIOD.finditer(text):
        last = m
    if last is None or text[last.end():].strip():
        return ""
    return _period(text[last.start():], ctx) if last.group("part") or last.group("year") else ""


def month_number(name: str) -> int:
    """The number of a month named in full or short ("Oct", "Sept.").

    >>> month_number("October"), month_number("oct"), month_number("Sept.")
    (10, 10, 9)
    """
    low = name.lower().rstrip(".")
    return next(k + 1 for k, full in enumerate(_MONTHS) if full == low or full.startswith(low) and len(low) >= 3)


def _part(what: str, month: str, y) -> str:
    """The period label of a part of year ``y``.

    >>> _part("first two months", "", 2021), _part("end of the first quarter", "", 2020), _part("Q1", "", 2024)
    ('2021M01-M02', '2020M03', '2024Q1')
    >>> _part("end of July", "", 2020), _part("in June", "", 2018), _part("the start of the year until the end of July", "", 2020)
    ('2020M07', '2018M06', '2020M01-M07')
    >>> _part("first 10 months", "", 2023), _part("second quarter", "", 2023), _part("Jan-Oct", "Oct", 2023)
    ('2023M01-M10', '2023Q2', '2023M01-M10')
    >>> _part("first-quarter", "", 2023), _part("Q1-Q3", "", 2023)
    ('2023Q1', '2023Q1-Q3')
    >>> _part("from January to Nov. 20", "Nov.", 2023), _part("Jan 1-Jun 9", "Jun", 2020), _part("As of Feb 9", "", 2020)
    ('2023-11-20', '2020-06-09', '2020-02-09')
    """
    what = re.sub(r"^first-(half|quarter)", r"first \1", what.lower().strip())  # "first-quarter GDP"
    as_of = re.match(r"(?:as of|until|till|up to)\s+([a-z]+)\.?\s*([0-9]{1,2})", what)
    if as_of and 1 <= int(as_of.group(2)) <= 31:  # "As of Feb 9": that day
        return f"{y}-{month_number(as_of.group(1)):02d}-{int(as_of.group(2)):02d}"
    span = re.fullmatch(r"q1\s*[-–]\s*q([23])", what)
    if span:  # "the Q1-Q3 period"
        return f"{y}H1" if span.group(1) == "2" else f"{y}Q1-Q3"
    end = re.match(r"(?:the\s+)?end of (?:the\s+)?(first|second|third) quarter", what)
    if end:  # a stock at the end of a quarter: its last month
        return f"{y}M{ {'first': 3, 'second': 6, 'third': 9}[end.group(1)]:02d}"
    since_start = re.match(rf"(?:from\s+)?the (?:start|beginning) of the year\s+(?:until|to|through)\s+(?:the end of\s+)?"
                           rf"({_MONTH})", what)
    if since_start:  # "from the start of the year until the end of July": the months so far
        what, month = "january to " + since_start.group(1), since_start.group(1)
    one = re.fullmatch(rf"(?:(?:the\s+)?end of|in\s+(?:early\s+|late\s+)?)\s*({_MONTH})", what)
    if one:  # "at the end of July" (a stock), "in June" (the month's flow)
        return f"{y}M{_MONTHS.index(one.group(1)) + 1:02d}"
    n = re.match(r"first (\w+) months", what)
    if n and (n.group(1) in _COUNT or n.group(1).isdigit()):  # "the first 10 months": digits as words
        k = _COUNT.get(n.group(1)) or int(n.group(1))
        return f"{y}H1" if k == 6 else (f"{y}Q1-Q3" if k == 9 else f"{y}M01-M{k:02d}")
    if re.fullmatch(r"q[1-4]", what):
        return f"{y}Q{what[1]}"
    if what == "h1":
        return f"{y}H1"
    if what.startswith("first half"):
        return f"{y}H1"
    if what.startswith("first three quarters"):
        return f"{y}Q1-Q3"
    if what.startswith("first quarter"):
        return f"{y}Q1"
    other = re.match(r"(second|third|fourth) quarter", what)
    if other:  # "in the second quarter": that quarter alone
        return f"{y}Q{ {'second': 2, 'third': 3, 'fourth': 4}[other.group(1)]}"
    k = month_number(month)
    day = re.search(r"\s([0-9]{1,2})(?:st|nd|rd|th)?$", what)
    if day and 1 <= int(day.group(1)) <= 31:  # "from January to Nov. 20": a total to that day, dated by it
        return f"{y}-{k:02d}-{int(day.group(1)):02d}"
    return f"{y}H1" if k == 6 else (f"{y}Q1-Q3" if k == 9 else f"{y}M01-M{k:02d}")


def _period(text: str, ctx) -> str:
    """The period in force at the end of ``text``: the last year or part of a
    year named (a part without its year is in the document's year), years of
    comparison (that of 2012, over 2012) left out.

    >>> from analysis.extract.chinese import Context
    >>> _period("From January to June, the city's GDP reached", Context(2021))
    '2021H1'
    >>> _period("In 2021, output was 1.7 times that of 2012, with an average annual growth of", Context(2022))
    '2021'
    >>> _period("From 2012 to 2021, the city built", Context(2022))
    '2012-2021'
    >>> _period("In the first half, investment grew 6 percent, 2 points faster than in 2022.", Context(2023))
    '2023H1'
    >>> _period("Thus far this year, the port has handled", Context(2023, date="2023-11-21"))
    '2023-11-21'
    """
    period = getattr(ctx, "en_period", "") or str(ctx.year)
    for m in _PERIOD.finditer(text):
        if _is_base(text[:m.start()], m):
            continue
        if m.group("since"):  # "since July" in a report of the first three quarters: July to September
            end = re.fullmatch(r"((?:19|20)[0-9]{2})M([0-9]{2})", end_of_part(period))
            k = _MONTHS.index(m.group("since").lower()) + 1
            if end and int(end.group(2)) > k:
                period = f"{end.group(1)}M{k:02d}-M{end.group(2)}"
        elif m.group("rel") and m.group("rel").lower() == "this year" and len(getattr(ctx, "date", "") or "") == 10 \
                and (re.search(r"\b(?:thus|so)\s+far\s+$", text[:m.start()], re.I) or re.match(r"\s+(?:so|thus)\s+far\b", text[m.end():], re.I)):
            period = ctx.date  # "Thus far this year, the port has handled 4,353 trains": a total to the page's date
        elif m.group("rel"):
            if not keeps_part(period, ctx.year, m.group("rel"), text[m.end():]):
                period = str(ctx.year - 1 if m.group("rel").lower() == "last year" else ctx.year)
        elif m.group("part") and _TRAILING.match(m.group("part")):
            period = trailing_months(m.group("part"), period)
        elif m.group("span_from"):  # "from 2012 to 2021": the span
            period = f"{m.group('span_from')}-{m.group('span_to')}"
        elif m.group("part"):
            year = m.group("y") or (ctx.year - 1 if (m.group("rely") or "").lower() == "last year" else ctx.year)
            period = _part(m.group("part"), m.group(3) or "", year)
            if not m.group("y") and not m.group("rely") and not re.search(
                    r"\b(?:will|plans?|aims?|expects?|expected|targets?|goals?|forecast)\b",
                    re.split(SENTENCE_END, text[:m.start()])[-1] + text[m.end():m.end() + 120], re.I):
                period = not_yet_over(period, ctx)
        else:
            period = m.group("year")
    return period


def not_yet_over(period: str, ctx) -> str:
    """A part of the page's year printed without its year that has not ended
    by the page's date is the same part of the year before ("in the first
    half", on a page of 2024-03-01, is 2023H1).

    >>> from analysis.extract.chinese import Context
    >>> c = Context(2024, date="2024-03-01")
    >>> not_yet_over("2024H1", c), not_yet_over("2024M01-M02", c), not_yet_over("2024Q1-Q3", Context(2024))
    ('2023H1', '2024M01-M02', '2024Q1-Q3')
    >>> not_yet_over("2025Q1-Q3", Context(2025, date="2025-08")), not_yet_over("2025Q1-Q3", Context(2025, date="2025-08-20"))
    ('2025Q1-Q3', '2025Q1-Q3')
    """
    date = getattr(ctx, "date", "") or ""
    m = re.fullmatch(r"((?:19|20)[0-9]{2})(H1|Q1-Q3|Q([1-4])|M01-M([0-9]{2})|M([0-9]{2}))", period)
    if not m or len(date) != 10 or not date[5:7].isdigit() or int(m.group(1)) != int(date[:4]):
        return period  # a page dated to the month only may be dated late: no guess
    end = {"H1": 6, "Q1-Q3": 9}.get(m.group(2)) or (3 * int(m.group(3)) if m.group(3) else int(m.group(4) or m.group(5)))
    return f"{int(m.group(1)) - 1}{m.group(2)}" if end >= int(date[5:7]) + 2 else period
    # two months at least: a page dated a few days early is not moved a year back


#: "the past three months", "the three-month period": months counted back from the last one reported.
_TRAILING = re.compile(r"(?:(?:past|last)\s+(\w+)\s+months|(\w+)-month period)$", re.I)


def trailing_months(what: str, period: str) -> str:
    """The period of "the past N months" / "the N-month period": the period
    in force, which such words only repeat (January to March is "the past
    three months" of a first-quarter report); not a new part of the year
    (which N months they are is told by the report's period, not by them).

    >>> trailing_months("past three months", "2019Q1"), trailing_months("six-month period", "2021H1")
    ('2019Q1', '2021H1')
    """
    return period


def keeps_part(period: str, year: int, rel: str, after: str) -> bool:
    """Whether "this year" leaves the part of the same year in force
    (``period``) in force: a report of the first quarter that says "This
    year, the industry has improved …. Over the past three months, its output
    reached" still reports the quarter; a target ("this year, the city will
    / plans / aims to") is of the whole year.

    >>> keeps_part("2019Q1", 2019, "this year", ", the biomedicine industry has improved clean technology")
    True
    >>> keeps_part("2019Q1", 2019, "this year", ", the city plans to build 5 parks"), keeps_part("2018Q1", 2019, "this year", "")
    (False, False)
    """
    if rel.lower() != "this year" or not re.fullmatch(rf"{year}(?:H1|Q[1-4]|Q1-Q[2-4]|M[0-9]{{2}}(?:-M[0-9]{{2}})?)", period):
        return False
    return not re.search(r"\b(?:will|plans?|planned|aims?|target(?:s|ed)?|goals?|expects?|expected|strives?|"
                         r"is (?:set|going) to)\b", after[:160], re.I)


#: Words that make a figure a stock counted at the page's date: "has reached", "so far", "is now".
_STOCK_WORDS = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:reached|signed|opened|built|completed|"
                          r"become|registered|attracted|exceeded|topped)\b|\bso far\b|\bto date\b|"
                          r"\b(?:is|are) now\b|\bnow\s+(?:stands?|has|have|totals?|covers?|exceeds?)\b|\bstands? at\b|"
                          r"\bcurrently\b|\bat present\b|\bboasts?\b|\branks?\b|\bthere (?:are|is)\b|"
                          r"\bby the end of (?!(?:the\s+)?(?:19|20)[0-9]{2}|(?:the\s+)?(?:last|this|next) year|"
                          r"(?:the\s+)?(?:first|second|third|fourth) quarter)", re.I)
#: Words that make a figure a flow of the period in force (the year the page reports), not a stock at its
#: date: "newly installed", "were built", "signed 60 projects", "produced", "introduced … in funds".
_FLOW_WORDS = re.compile(r"\bnew(?:ly)?\s+(?:installed|added|built|registered|signed)\b|\b(?:was|were)\s+(?:newly\s+)?"
                         r"(?:built|installed|added|planted|completed|signed|introduced|renovated|constructed)\b|"
                         r"(?<!has )(?<!have )(?<!had )\b(?:signed|introduced|produced|supplied|planted|hosted|"
                         r"attracted|exported|harvested)\s+(?:[a-z-]+\s+){0,3}[0-9]|"
                         r"(?<!has )(?<!have )(?<!had )(?<!been )\b(?:renovated|rebuilt|upgraded|constructed|paved|"
                         r"retrofitted|transformed)\s+(?:[a-z0-9,.-]+\s+){0,6}?[0-9]", re.I)
# "renovated 1,571 old communities and 2,170 kilometers of pipes": the works of the period, each figure of the list
#: "since 2016 … a total of 583 trains": the years since, up to the page's.
_SINCE = re.compile(r"\bsince\b[^.;]{0,80}?\b((?:19|20)[0-9]{2})\b", re.I)
_TOTAL = re.compile(r"\ba total of\b|\bin total\b|\bover the years\b|\bcumulative(?:ly)?\b|\baltogether\b", re.I)


def period_later(before: str, after: str, ctx):
    """A part of a year its sentence prints after a figure ("A total of 1,009
    trains …, were handled from January to April, up 7.8 percent"), when the
    sentence names no period before it (a year after "since" is a span's
    start, no period): (the period, the match), else None. Bases ("up 3
    percent from the first quarter") are left out.

    >>> from analysis.extract.chinese import Context
    >>> period_later("A total of ", " trains, loading 5 containers, were handled from January to April, up 7 percent.", Context(2023))[0]
    '2023M01-M04'
    >>> period_later("The port hit a record since 2003, with a value of ", " (about $2 billion) from January to April.", Context(2023))[0]
    '2023M01-M04'
    >>> period_later("A total of ", " trains, valuing 2 billion U.S. dollars, were handled from January to April.", Context(2023))[0]
    '2023M01-M04'
    >>> period_later("Output hit ", " yuan, up 5 percent, and investment rose 3 percent in the first quarter.", Context(2023))
    >>> period_later("The balance of deposits reached ", " at the end of September.", Context(2023))[0]
    '2023M09'
    >>> period_later("The port handled ", " of coal imports from Mongolia in the first quarter.", Context(2023))[0]
    '2023Q1'
    >>> period_later("In 2022, exports were ", " yuan in the first half.", Context(2023)), period_later("Exports were ", " yuan, up 3 percent from the first quarter.", Context(2023))
    (None, None)
    """
    named = [m for m in _PERIOD.finditer(before) if not _is_base(before[:m.start()], m)
             and not re.search(r"\bsince\s+(?:the\s+(?:end|beginning|start)\s+of\s+)?$", before[:m.start()], re.I)]
    if named:
        return None
    sentence = SENTENCE_END.split(after)[0]  # "2 billion U.S. dollars, were handled", "from January to Oct. 15"
    sentence = re.split(r",\s+(?:and|while|whereas|but)\s", sentence)[0]  # another clause's period is not this one's
    for m in _PERIOD.finditer(sentence):
        placed = re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:(?:year[- ]on[- ]year\s+)?(?:rise|increase|growth|decrease|decline|drop|"
                              r"gain)\s+)?(?:of\s+(?:(?!(?:which|that|them|these|those|it|was|were|is|are|came|comes|went|goes)\b)"
                              r"[A-Za-z-]+\s+){1,6}?)?(?:in|during|for|over|at|as of)?\s*",
                              sentence[:m.start()], re.I) or re.search(
            r"\b(?:was|were|is|are|been)\s+[a-z]+(?:ed|en|n)\s+$", sentence[:m.start()])
        # right after the figure (past a conversion in brackets), or after the passive verb its subject ends with
        acted = _ACTED.fullmatch(sentence[:m.start()]) or (
            re.match(r"(?:between|from)\s", m.group(0), re.I) and _ACTED_SPAN.fullmatch(sentence[:m.start()]))
        # "… trains passed the port between Jan. 1 and May 20": the span is the clause's own preposition
        if acted and m.group("year") and not _is_base(sentence[:m.start()], m):
            return m.group("year"), m  # "6.8 million tourists visited the town in 2016": the year the clause ends with
        placed = placed or acted
        if placed and m.group("part") and not m.group("since") and not _TRAILING.match(m.group("part")) \
                and not _is_base(sentence[:m.start()], m):
            year = m.group("y") or (ctx.year - 1 if (m.group("rely") or "").lower() == "last year" else ctx.year)
            label = _part(m.group("part"), m.group(3) or "", year)
            return (label if m.group("y") or m.group("rely") else not_yet_over(label, ctx)), m
    return None


#: The words between a counted subject and the period its clause ends with, past an active verb in the past tense and
#: its object or place: "… trains passed through the border port of X in north China in the first quarter of 2024",
#: "… tourists visited the town in 2016" (no other figure, no comma between).
_ACTED_VERB = r"\s*(?:[A-Za-z'’-]+\s+){0,4}?(?:[a-z]+ed|saw|grew|rose|hit|came|went|made|sold|won|took)\s+[^0-9,;()]{0,120}?"
_ACTED = re.compile(_ACTED_VERB + r"\s(?:in|during|over)\s+(?:the\s+)?")


#: The same, before a span that brings its own preposition ("between Jan. 1 and May 20", "from January to April").
_ACTED_SPAN = re.compile(_ACTED_VERB + r"\s*")


#: Things done since a year, counted in the present perfect: "has attracted 35 projects since 2021".
_SINCE_DONE = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:attracted|signed|built|introduced|planted|"
                         r"invested|implemented|launched|added|created|trained|treated|restored|handled|received|"
                         r"welcomed|carried|exported|imported)\b", re.I)


#: A level told in the present perfect: "the water area has increased to", "it has established a … line".
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z-]+\s+){0,12}?(?:increased|risen|grown|expanded|improved|climbed|"
                      r"established)\b(?![^,;]*\bby\s*$)", re.I)


def _stock_or_span(raw: str, sent_start: int, s: int, unit_end: int, period: str, ctx, dimension: str = "",
                   measure: str = "level") -> str:
    """The period of an English figure whose own words date it otherwise
    than a year printed before it: a total "since 2016" is the span to the
    page's year; a stock ("has reached", "so far", "is now", "stands at",
    "have opened", a count printing no period) is counted at the page's date
    (``ctx.date``), and a figure that "is" (present tense) after a sentence
    that printed an earlier year is of the page's year, unless its sentence
    prints a year or part of a year of its own.

    >>> from analysis.extract.chinese import Context
    >>> line = "Since the line opened in 2016, 16 routes have opened, with a total of 583 trains."
    >>> c = Context(2022, date="2022-09-09")
    >>> _stock_or_span(line, 0, line.index("583"), line.index("583") + 10, "2016", c)
    '2016-2022'
    >>> _stock_or_span(line, 0, line.index("16 r"), line.index("16 r") + 9, "2016", c)
    '2022-09-09'
    >>> line = "The city has so far completed 7.4 million kilowatts of wind power."
    >>> _stock_or_span(line, 0, line.index("7.4"), line.index("7.4") + 20, "2016", c)
    '2022-09-09'
    >>> line = "In 2021, the green area has reached 30 hectares."
    >>> _stock_or_span(line, 0, line.index("30"), line.index("30") + 12, "2021", c)
    '2021'
    """
    sentence = raw[sent_start:s]
    clause_after = re.split(r"[,;.](?:\s|$)", raw[unit_end:])[0]
    perfect = measure == "level" and not any(not _is_base(sentence[:m.start()], m) for m in _PERIOD.finditer(sentence)) \
        and _PERFECT.search(sentence)
    whole = sentence + raw[s:unit_end] + re.split(r"(?<!\bU\.S)[.;!?](?:\s|$)", raw[unit_end:])[0]
    since_after = _SINCE.search(whole)
    if measure == "level" and since_after and int(since_after.group(1)) < ctx.year and _SINCE_DONE.search(whole) \
            and not any(not _is_base(sentence[:m.start()], m) and not m.group("year") for m in _PERIOD.finditer(sentence)):
        return f"{since_after.group(1)}-{ctx.year}"  # "The city has attracted 35 projects … since 2021": the years since
    if re.match(r"[^.;]*?\b(?:during|in|for|over)\s+(?:this|that|the same)\s+period\b", raw[unit_end:]):
        return period  # "the trains carried 382,058 TEUs of cargo during this period": the period in force
    if perfect and ctx.date and len(ctx.date) == 10 and not re.fullmatch(r"(?:19|20)[0-9]{2}(?:H1|Q1-Q3|Q[1-4]|M[0-9-M]+)", period):
        # a part of a year carried from the sentence before ("In the first half, … . Output has risen to"): its flow
        return ctx.date  # "… From 2018 to 2021 …. The lake's area has increased to 2,242 square kilometers": now
    if re.fullmatch(r"(?:19|20)[0-9]{2}-(?:19|20)[0-9]{2}", period) and not any(
            not _is_base(sentence[:m.start()], m) for m in _PERIOD.finditer(sentence)):
        return period  # "from 2012 to 2021 …. It implemented 168 projects": a total over the span in force
    years_n = (_N_YEARS.match(clause_after.strip()) if not any(
        not _is_base(sentence[:m.start()], m) for m in _PERIOD.finditer(sentence)) else None) or _N_YEARS.search(sentence)
    # "has afforested 2 million mu over the past 20 years": the years printed after the figure
    if years_n and years_n.string == sentence and own_year(sentence, years_n.end()):
        return period  # "Over the past 10 years, …, and total grain output in 2021 hit": the clause's own year
    if years_n:  # "over a three-year period it has planted …": the years printed, else a span ending in the page's year
        printed = re.search(r"\b(?:from|between)\s+((?:19|20)[0-9]{2})\s+(?:to|and|through)\s+((?:19|20)[0-9]{2})\b",
                            sentence, re.I)
        if printed:
            return f"{printed.group(1)}-{printed.group(2)}"
        word = (years_n.group(1) or "10").lower()
        n = int(word) if word.isdigit() else _NUMBER_WORDS.index(word) + 2
        if 2 <= n <= 30:  # "over the past 20 years": the span to the page's year
            return f"{ctx.year - n + 1}-{ctx.year}"
    since = _SINCE.search(sentence)
    if since and (_TOTAL.search(raw[since.end():s]) or _TOTAL.match(raw[unit_end:unit_end + 40].lstrip(" ,"))
                  or _TOTAL.search(clause_after)) and int(since.group(1)) < ctx.year:
        return f"{since.group(1)}-{ctx.year}"
    named = [m for m in _PERIOD.finditer(sentence) if not _is_base(sentence[:m.start()], m)]
    if named and (not since or any(m.group("part") for m in named)):
        return period  # "In 2021, … has reached": the year printed holds; "a record since 2003, … from January to
        # April, up 105.3 percent": the months printed hold
    stock = _STOCK_WORDS.search(sentence)
    if stock and re.fullmatch(r"(?:has|have)\s+(?:already\s+)?(?:reached|exceeded|topped)", stock.group(0), re.I) \
            and dimension not in _STOCK_DIMS and re.fullmatch(r"(?:19|20)[0-9]{2}(?:H1|Q1-Q3|Q[1-4]|M01-M[0-9]{2})", period):
        return period  # "During the first six months, … the output value has reached 62 billion yuan": the months so far
    if stock and dimension in ("percent", "percentage_point") and re.fullmatch(r"ranks?", stock.group(0), re.I):
        stock = None  # "the total ranks first, accounting for 21 percent of …": a share of the period's flow
    if not stock and _FLOW_WORDS.search(raw[sent_start:unit_end] + " " + clause_after):
        return period  # "newly installed", "roads were built", "signed 55 projects": a flow of the period in force
    stock = stock or re.search(r"\b(?:has|have)\s+(?:been\s+)?(?:opened|built|signed|"
                                                        r"completed|put into operation)\b", clause_after, re.I)
    if not stock and not named and measure == "level" and not _PAST.search(sentence):
        stock = _POSSESSION.search(sentence)  # "It has an area of 59,000 square kilometers, 3.13 million inhabitants":
        # what a place has, told in the present, is counted at the page's date
    if stock and re.search(r"\baccording to (?:the|its|a|an|this)\s+(?:[a-z-]+\s+){0,2}?(?:report|assessment|survey|"
                           r"ranking|evaluation|statistics|data|census|study)\b", sentence, re.I) \
            and re.fullmatch(r"(?:19|20)[0-9]{2}", period):
        return period  # "According to the assessment, there are 216 …": the report's year, not a count as of the date
    if stock and re.match(r"(?:currently|at present|now)$", stock.group(0), re.I) and re.search(
            r"\b(?:is|are)\s+(?:[a-z]+ly\s+)?(?:exported|imported|produced|sold|shipped|delivered)\b|"
            r"\b(?:exports|imports|produces|sells|ships)\b", sentence, re.I) and re.fullmatch(r"(?:19|20)[0-9]{2}", period):
        return period  # "Currently, its products are exported to 90 countries, including 10 million panels": a flow
        # told in the present, of the page's year
    if not stock and not since and dimension == "count" and re.fullmatch(
            r"(?:19|20)[0-9]{2}(?:H1|Q1-Q3|Q[1-4]|M01-M[0-9]{2})", period) and not present_sentence(sentence) and re.search(
            r"\b(?:was|were|totaled|totalled|numbered|reached|amounted|\w+ed)\b", sentence, re.I):
        return period  # "In the first quarter, 802 trains passed …. Of these, the inbound trains totaled 376": a flow
        # of the part of the year in force, told in the past, not a stock at the page's date
    if (stock or since or not named and dimension in _STOCK_DIMS) and ctx.date and len(ctx.date) >= 7:
        return ctx.date if len(ctx.date) == 10 else f"{ctx.date[:4]}M{ctx.date[5:7]}"
    if stock:
        return str(ctx.year)
    if not named and re.fullmatch(r"(?:19|20)[0-9]{2}", period) and int(period) < ctx.year and (_PRESENT.search(
            raw[sent_start:s]) or present_sentence(raw[sent_start:s])):
        # "In 2019, … planted …. The forest coverage rate is 33.39 percent": the present tense is the page's
        # year, not the year printed in an earlier sentence
        return str(ctx.year)
    if not named and measure == "level" and len(ctx.date or "") == 10 and period == ctx.date[:4] and (
            dimension in _AT_THE_DATE or dimension == "mass" and re.search(r"\breserves?\b|\bcapacity\b|\bdeposits?\b",
                                                                        whole, re.I)):
        # "Hulunbuir now governs 14 banners", "The forest coverage rate reached 51.4%", "ore reserves are 15 million
        # tons": a count, an area, a rate or a reserve no period dates, on a page dated to the day, is as at that day
        return ctx.date
    return period


#: A place's possession told in the present: "It has an area of", "X has abundant resources: farmlands of", "is home
#: to" ("has" as a verb of its own, not the perfect's "has reached").
_POSSESSION = re.compile(r"\b(?:has|have|boasts?|covers?|owns?|is home to)\b(?!\s+(?:been|[a-z]+ed|[a-z]+en|grown|risen|"
                         r"become|made|won|built|kept|taken|set|hit|seen|done|put|led|held|brought)\b)", re.I)
#: A verb in the past tense (a sentence telling what happened, not what is); "need", "seed" are no past.
_PAST = re.compile(r"\b(?:was|were|had|did|rose|grew|fell|hit|saw|came|stood|made|took|won|led|went|became|[a-z]+ed)\b"
                   r"(?<!\bneed)(?<!\bseed)(?<!\bspeed)(?<!\bfeed)(?<!\bbred)", re.I)


#: A verb in the present tense right before a figure: "is", "now accounts for", "makes up", "comes in at".
_PRESENT = re.compile(r"\b(?:is|are|accounts?\s+for|makes?\s+up|comes?\s+in\s+at|remains?|covers?|exceeds?)\s+"
                      r"(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+|roughly\s+|approximately\s+)?$", re.I)


def present_sentence(sentence: str) -> bool:
    """Whether a sentence up to a figure is told in the present tense: a verb
    of the present ("ranks", "is", "makes up") and none of the past ("Its
    dairy output ranks first in the country, accounting for 20 percent").

    >>> present_sentence("Its dairy output ranks first in the country, accounting for ")
    True
    >>> present_sentence("Grain output ranked first, accounting for "), present_sentence("Output rose, accounting for ")
    (False, False)
    """
    return bool(re.search(r"\b(?:is|are|ranks|accounts\s+for|makes\s+up|make\s+up|remains|stands|boasts|covers|exceeds|"
                          r"leads)\b", sentence, re.I)) and not _PAST.search(sentence)


def own_year(sentence: str, after: int) -> bool:
    """Whether the clause of the figure that ends ``sentence`` names a year
    of its own after position ``after`` (a span "over the past 10 years"
    printed before it): "…, and total grain output in 2021 hit".

    >>> own_year("Over the past 10 years, grain output has grown, and total grain output in 2021 hit ", 22)
    True
    >>> own_year("Over the past 10 years, it has planted ", 22), own_year("In the past five years, compared with 2015, it built ", 22)
    (False, False)
    """
    clause = re.split(r"[,;]\s+", sentence[after:])[-1]
    return any(m.group("year") and not _is_base(clause[:m.start()], m) for m in _PERIOD.finditer(clause))


_NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
#: "over a three-year period", "in the past five years": a total over the years before the page's.
_N_YEARS = re.compile(r"\b(?:over|in|during|within)\s+(?:a|the\s+(?:past|last|previous))\s+"
                      r"(?:(two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})[- ]years?(?:\s+period)?|decade)\b", re.I)
# "over the past decade": ten years


_STOCK_DIMS = {"count", "power_kw", "compute_pflops", "volume_m3", "length_km"}
#: Dimensions whose undated level on a dated page is a stock at its date: the stocks' and areas, people, rates,
#: head of livestock (money, energy and visits are flows of the period; '' is a count of things not in units.csv).
_AT_THE_DATE = _STOCK_DIMS | {"", "area_m2", "persons", "power_kva", "percent", "livestock_head"}


def names_period(text: str) -> bool:
    """Whether an English line names a year or a part of one."""
    return bool(_PERIOD.search(text))


#: "3.2 times year-on-year", "2 times that of the same period last year": a multiple of the same period a year before.
_SAME_PERIOD_AFTER = re.compile(r"^\s*(?:year[- ]on[- ]year|(?:that|those) (?:of|in) the same period (?:of |in )?"
                                r"(?:last year|the previous year|a year (?:ago|earlier)))", re.I)


def year_before(period: str) -> str:
    """The same period a year before ``period`` ('' for a date or a span).

    >>> year_before("2023Q1"), year_before("2021M01-M05"), year_before("2020"), year_before("2022-09-09")
    ('2022Q1', '2020M01-M05', '2019', '')
    """
    m = re.fullmatch(r"((?:19|20)[0-9]{2})((?:H[12]|Q[1-4](?:-Q[1-4])?|M[0-9]{2}(?:-M[0-9]{2})?)?)", period)
    return f"{int(m.group(1)) - 1}{m.group(2)}" if m else ""


def end_of_part(period: str) -> str:
    """The last month of a part of a year (a stock counted over it is at its
    end); a year or a date is kept.

    >>> end_of_part("2022H1"), end_of_part("2022Q1-Q3"), end_of_part("2021M01-M07"), end_of_part("2023")
    ('2022M06', '2022M09', '2021M07', '2023')
    """
    m = re.fullmatch(r"((?:19|20)[0-9]{2})(?:H1|Q([1-4])|Q1-Q([1-4])|M01-M([0-9]{2}))", period)
    if not m:
        return period
    month = 6 if period.endswith("H1") else 3 * int(m.group(2) or m.group(3) or 0) or int(m.group(4))
    return f"{m.group(1)}M{month:02d}"


def year_to_date(period: str) -> str:
    """A month of fixed-asset investment as NBS publishes it: the months of
    the year up to it (investment is released from January on only, so "In
    August, the fixed asset investment increased by 0.2 percent" is January to
    August); other periods unchanged.

    >>> year_to_date("2020M08"), year_to_date("2020M01"), year_to_date("2020M01-M08"), year_to_date("2020")
    ('2020M01-M08', '2020M01', '2020M01-M08', '2020')
    """
    m = re.fullmatch(r"((?:19|20)[0-9]{2})M(0[2-9]|1[0-2])", period)
    return f"{m.group(1)}M01-M{m.group(2)}" if m else period
