"""Vintages: which release of a figure a document prints.

A figure's vintage is its document's date (``sources.csv``) and its status,
derived by comparing documents — never typed in:

- ``first_release``: no earlier document prints the same quantity (same city,
  indicator, measure, period, base period, denominator);
- ``restatement``: an earlier document prints it and the values agree within
  their rounding intervals;
- ``revision``: an earlier document prints a value that no rounding
  reconciles, or the figure is a level of a year that a census revised before
  the document was published (:data:`CENSUS_REVISIONS`: the fifth national
  economic census, reference year 2023, results published in December 2024,
  revised GDP and value-added levels of 2023 and earlier years; methods.md §2).

So Hohhot's 2021 GDP of 3177.8亿元, printed in a document of February 2026,
is a revised vintage (whether or not the ledger holds the first release too):

>>> from analysis.ledger import load_ledger
>>> ledger = load_ledger()
>>> v = vintage_of(ledger, ledger.figure("s001-002"))
>>> v.status, v.date, v.label()[:58]
('revision', '2026-02', '2026-02 revision (after the fifth national economic census')

Series for a growth rate or CAGR take one vintage (:func:`one_vintage`); a check
that pairs two figures can ask :func:`revision_between` whether they are
different releases (a revision, not an inconsistency).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Census revisions of levels: (name, latest year revised, published, indicator code prefixes).
CENSUS_REVISIONS = [
    ("the fourth national economic census", 2018, "2019-11", ("gdp", "va_")),
    ("the fifth national economic census", 2023, "2024-12", ("gdp", "va_")),
]
STATUSES = ("first_release", "restatement", "revision", "undated")

#: Chinese names of the censuses of :data:`CENSUS_REVISIONS`.
CENSUS_NAMES_ZH = {"the fourth national economic census": "第四次全国经济普查",
                   "the fifth national economic census": "第五次全国经济普查"}


@dataclass(frozen=True)
class Vintage:
    date: str                    # the document's date (YYYY-MM or YYYY-MM-DD)
    status: str                  # first_release | restatement | revision | undated (a reference page)
    basis: str = ""              # why a revision (a census, or the earlier figure it differs from)
    earlier: tuple[str, ...] = ()  # ids of the earlier releases compared with

    def label(self) -> str:
        """'2026-02 revision (after …)' — the text shown in ``analysis figures``."""
        text = f"{self.date} {self.status.replace('_', ' ')}"
        return f"{text} ({self.basis})" if self.basis else text


def _key(f) -> tuple:
    return (f.city, f.indicator, f.measure, f.period, f.base_period, f.denominator, f.denominator_city)


_INDEX: dict[int, tuple] = {}


def _index(ledger) -> dict:
    hit = _INDEX.get(id(ledger))
    if hit is not None and hit[0] is ledger:
        return hit[1]
    out: dict[tuple, list] = {}
    for f in ledger.figures:
        out.setdefault(_key(f), []).append(f)
    if len(_INDEX) > 8:
        _INDEX.clear()
    _INDEX[id(ledger)] = (ledger, out)
    return out


def _agree(a, b, units: dict | None = None) -> bool:
    """Whether two printings reconcile within rounding, in one unit (2351 亿元 and 235.1 billion yuan do).

    >>> from types import SimpleNamespace as F
    >>> from analysis.quantity import Quantity
    >>> yi = F(unit="亿元", quantity=lambda: Quantity.printed("2351", "亿元"))
    >>> bn = F(unit="billion yuan", quantity=lambda: Quantity.printed("235.1", "billion yuan"))
    >>> _agree(yi, bn, {"亿元": {"dimension": "cny", "factor": 1e8}, "billion yuan": {"dimension": "cny", "factor": 1e9}})
    True
    """
    qa, qb = a.quantity(), b.quantity()
    f = 1.0
    if units and a.unit != b.unit and a.unit in units and b.unit in units \
            and units[a.unit]["dimension"] == units[b.unit]["dimension"]:
        f = float(units[b.unit]["factor"]) / float(units[a.unit]["factor"])
    slack = 1e-12 * max(1.0, abs(qa.value))
    return qa.low <= qb.high * f + slack and qb.low * f <= qa.high + slack


def vintage_of(ledger, figure) -> Vintage:
    """The vintage of ``figure`` (a :class:`~analysis.ledger.Figure` of ``ledger``).

    A figure of a non-official page (kind ``reference``, dated when it was
    read) is ``undated``: neither a first release nor a revision."""
    date = ledger.sources[figure.source_id].date
    if _undated(ledger, figure):
        return Vintage(date, "undated", "a non-official page, dated when read", ())
    same = [g for g in _index(ledger).get(_key(figure), [])
            if g.source_id != figure.source_id and ledger.sources[g.source_id].date < date
            and not _undated(ledger, g)]
    exact = [g for g in same if g.qualifier == figure.qualifier == "exact"]
    if exact:
        differ = [g for g in exact if not _agree(g, figure, ledger.units)]
        ids = tuple(g.figure_id for g in exact)
        if differ:
            g = differ[0]
            gdate = ledger.sources[g.source_id].date
            census = census_revision(figure, date)
            after = f"after {census}; " if census and census_revision(figure, gdate) != census else ""
            return Vintage(date, "revision", f"{after}differs from {g.value} in {g.source_id} of {gdate}", ids)
        return Vintage(date, "restatement", "", ids)
    census = "" if _undated(ledger, figure) else census_revision(figure, date)
    if census:
        return Vintage(date, "revision", f"after {census}", tuple(g.figure_id for g in same))
    return Vintage(date, "first_release", "", tuple(g.figure_id for g in same))


def _undated(ledger, figure) -> bool:
    """A figure of a non-official page (:attr:`Source.official` false): its date is when it was read,
    so it is of no known vintage, never "after a census"."""
    return not getattr(ledger.sources[figure.source_id], "official", True)


def census_revision(figure, date: str) -> str:
    """The census that revised this level before ``date``, or ''.

    >>> from types import SimpleNamespace as F
    >>> census_revision(F(indicator="gdp", measure="level", period="2021"), "2026-02")
    'the fifth national economic census'
    >>> census_revision(F(indicator="gdp", measure="level", period="2021"), "2022-03")
    ''
    """
    if figure.measure not in ("level", "change") or not figure.period[:4].isdigit():
        return ""
    year = int(figure.period[:4])
    for name, last_year, published, prefixes in reversed(CENSUS_REVISIONS):
        if year <= last_year and date >= published and figure.indicator.startswith(prefixes):
            return name
    return ""


def census_breaks(ledger, figures) -> list[str]:
    """Why levels of one series are on different bases: some printed before a
    census revised their year, others after it or of later years (a growth
    across the break mixes bases: the census moved the level, not output).

    >>> from types import SimpleNamespace as F
    >>> ledger = F(sources={"a": F(date="2017-03"), "b": F(date="2023-04")})
    >>> old = F(indicator="gdp", measure="level", period="2016", source_id="a", figure_id="a-1")
    >>> new = F(indicator="gdp", measure="level", period="2022", source_id="b", figure_id="b-1")
    >>> census_breaks(ledger, [old, new])[0][:91]
    'the fourth national economic census revised levels of 2018 and earlier (published 2019-11):'
    >>> census_breaks(ledger, [new])
    []
    """
    notes = []
    for name, last_year, published, prefixes in CENSUS_REVISIONS:
        levels = [f for f in figures if f.measure in ("level", "change") and f.period[:4].isdigit()
                  and f.indicator.startswith(prefixes) and not _undated(ledger, f)]
        before = [f for f in levels if int(f.period[:4]) <= last_year
                  and ledger.sources[f.source_id].date < published]
        after = [f for f in levels if f not in before and (int(f.period[:4]) > last_year
                                                          or ledger.sources[f.source_id].date >= published)]
        if before and after:
            old = ", ".join(f"{f.period} ({f.figure_id}, {ledger.sources[f.source_id].date})" for f in before)
            notes.append(f"{name} revised levels of {last_year} and earlier (published {published}): {old} "
                         f"printed before it, the other years on the revised base; a growth across the "
                         f"break mixes bases.")
    return notes


def census_note(ledger, base_figs, end_figs, what: tuple[str, str] = ("增速", "growth")) -> tuple[str, str] | None:
    """(zh, en) sentence when a growth's base and end levels are on different
    economic-census vintages: one printed before a census revised its year,
    the other on the revised base (printed after the census, or of a later
    year); None when they are on one. ``what``: the computed quantity's
    name (zh, en).

    >>> from types import SimpleNamespace as F
    >>> ledger = F(sources={"a": F(date="2021-04"), "b": F(date="2026-02")})
    >>> base = F(indicator="gdp", measure="level", period="2020", source_id="a")
    >>> end = F(indicator="gdp", measure="level", period="2024", source_id="b")
    >>> zh, en = census_note(ledger, [base], [end])
    >>> en[:120]
    'The base level (2020, printed 2021-04) predates the revision by the fifth national economic census (published 2024-12); '
    >>> "增速可能不可比" in zh
    True
    >>> census_note(ledger, [F(indicator="gdp", measure="level", period="2021", source_id="b")], [end]) is None
    True
    >>> ledger.sources["c"] = F(date="2026-12", kind="reference", official=False)  # a page dated when read
    >>> census_note(ledger, [base], [F(indicator="gdp", measure="level", period="2024", source_id="c")]) is None
    True
    """
    def levels(figs):  # a non-official page's level is of no known vintage: it says nothing here
        return [f for f in figs if f is not None and f.measure in ("level", "change") and f.period[:4].isdigit()
                and not _undated(ledger, f)]

    base, end = levels(base_figs), levels(end_figs)
    if not base or not end:
        return None
    for name, last_year, published, prefixes in reversed(CENSUS_REVISIONS):
        def old(f):
            return (f.indicator.startswith(prefixes) and int(f.period[:4]) <= last_year
                    and ledger.sources[f.source_id].date < published)

        for first, second, first_word, second_word in ((base, end, ("基期", "base"), ("末期", "end")),
                                                       (end, base, ("末期", "end"), ("基期", "base"))):
            if any(old(f) for f in first) and not any(old(f) for f in second):
                f, g = next(f for f in first if old(f)), second[0]
                fd, gd = ledger.sources[f.source_id].date, ledger.sources[g.source_id].date
                zh_name = CENSUS_NAMES_ZH.get(name, name)
                return (f"{first_word[0]}{f.period[:4]}年总量（{fd}印发）早于{zh_name}的修订（{published}公布），"
                        f"{second_word[0]}{g.period[:4]}年总量（{gd}印发）为普查修订后的口径：两者属不同普查版本，"
                        f"{what[0]}可能不可比（普查调整的是总量口径，并非产出变化）",
                        f"The {first_word[1]} level ({f.period[:4]}, printed {fd}) predates the revision by {name} "
                        f"(published {published}); the {second_word[1]} level ({g.period[:4]}, printed {gd}) is on "
                        f"the revised base: the two are different census vintages, so the {what[1]} may not be "
                        f"comparable (the census moved the level, not output).")
    return None


def one_vintage(ledger, figures) -> tuple[list, str]:
    """One figure per period, all of one vintage where the documents allow:
    for each period the figure from the latest document is kept. Returns the
    kept figures and a sentence saying which vintage they are (or that the
    series mixes documents of different dates, which a check must say).

    >>> from analysis.ledger import load_ledger
    >>> ledger = load_ledger()
    >>> gdp = [f for f in ledger.figures if f.city == "hohhot" and f.indicator == "gdp"
    ...        and f.measure == "level" and f.qualifier == "exact" and f.period in ("2021", "2024")]
    >>> kept, note = one_vintage(ledger, gdp)
    >>> sorted({f.period for f in kept}), note
    (['2021', '2024'], 'one vintage: s001 of 2026-02')
    """
    best: dict[str, object] = {}
    for f in figures:
        cur = best.get(f.period)
        if cur is None or (ledger.sources[f.source_id].date, f.decimals) > (ledger.sources[cur.source_id].date,
                                                                             cur.decimals):
            best[f.period] = f
    kept = [best[p] for p in sorted(best)]
    docs = sorted({(ledger.sources[f.source_id].date, f.source_id) for f in kept})
    if len(docs) <= 1:
        note = f"one vintage: {docs[0][1]} of {docs[0][0]}" if docs else "no figures"
    else:
        note = "mixed vintages: " + ", ".join(f"{s} of {d}" for d, s in docs)
    return kept, note


def revision_between(ledger, a, b) -> str:
    """Why two figures of the same quantity may differ because they are
    different releases ('' when they are of one vintage): for a check that
    pairs them, a reason to say ``not_comparable`` (a revision) rather than
    ``inconsistent``.

    >>> from analysis.ledger import load_ledger
    >>> ledger = load_ledger()
    >>> a, b = ledger.figure("s000-003"), ledger.figure("s001-003")   # 4107.1 (2025-12) and 4107.08 (2026-02)
    >>> revision_between(ledger, a, b)
    'different releases: s000 of 2025-12 and s001 of 2026-02'
    >>> revision_between(ledger, a, a)
    ''
    """
    da, db = ledger.sources[a.source_id].date, ledger.sources[b.source_id].date
    if da == db:
        return ""
    (d1, s1), (d2, s2) = sorted([(da, a.source_id), (db, b.source_id)])
    return f"different releases: {s1} of {d1} and {s2} of {d2}"


def official_first(figs: list, ledger) -> tuple[list, list]:
    """(the printings that stand, the ones set aside): a non-official page's
    printing (kind ``reference``, dated when it was read) gives way to an
    official printing of the same quantity; with none official, all stand.

    >>> from types import SimpleNamespace as S
    >>> ledger = S(sources={"a": S(official=True), "b": S(official=False)})
    >>> f, g = S(source_id="a"), S(source_id="b")
    >>> official_first([f, g], ledger) == ([f], [g]), official_first([g], ledger) == ([g], [])
    (True, True)
    """
    official = [f for f in figs if ledger.sources[f.source_id].official]
    if not official or len(official) == len(figs):
        return figs, []
    return official, [f for f in figs if f not in official]


def same_time(a: str, b: str) -> bool:
    """Whether two source dates may be the same day (a month contains its days).

    >>> same_time("2024-08", "2024-08-22"), same_time("2024-08", "2024-09")
    (True, False)
    """
    return a.startswith(b) or b.startswith(a)


def unsettled(ledger) -> list[str]:
    """Quantities whose latest printings disagree in documents of one date, so
    that no vintage settles which holds (``series()`` warns of each, and uses
    the most precise): a misreading, two quantities that need telling apart
    (a rank of the level and a rank of the growth: ``rank`` and
    ``growth_rank``), or a document that contradicts itself.

    >>> from analysis.ledger import load_ledger
    >>> unsettled(load_ledger())
    []
    """
    groups: dict[tuple, list] = {}
    for f in ledger.figures:
        if f.qualifier == "exact":
            groups.setdefault((f.city, f.indicator, f.measure, f.base_period, f.denominator, f.price_basis,
                               f.period), []).append(f)
    out = []
    for key, figs in groups.items():
        if len(figs) < 2:
            continue
        official = [f for f in figs if ledger.sources[f.source_id].official] or figs
        dates = [ledger.sources[f.source_id].date for f in official]
        latest = max(dates)
        newest = [f for f, d in zip(official, dates) if same_time(d, latest)]
        clash = [(a, b) for i, a in enumerate(newest) for b in newest[i + 1:] if not _agree(a, b, ledger.units)]
        if clash:
            a, b = clash[0]
            out.append(f"{key[0]} {key[1]} {key[2]} {key[6]}: {a.value} {a.unit} ({a.figure_id}) and {b.value} "
                       f"{b.unit} ({b.figure_id}) disagree in documents of one date ({latest})")
    return out
