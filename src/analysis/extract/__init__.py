"""Candidate figures from a document, for a person to review, then merge.

``analysis extract DOC`` reads a document (plain text, HTML or PDF; simplified
or traditional Chinese, or English), finds every number with a unit and
proposes a ledger row for it (city, indicator, measure, qualifier, period,
base period, value as printed, unit, price basis, line, excerpt) with a
confidence and the reason for it. The curator keeps, fixes or deletes rows in
a spreadsheet; ``analysis add REVIEW.csv --source-id sNNN`` merges what is left
(:mod:`analysis.extract.merge`).

>>> from analysis.ledger import load_ledger
>>> rows = extract_lines(["2024年全市粮食总产量突破38亿斤，较2020年增长12%。"], load_ledger(), city="hohhot",
...                      date="2025-01")
>>> [(r.indicator, r.measure, r.qualifier, r.value, r.unit, r.base_period) for r in rows]
[('grain_output', 'level', 'over', '38', '亿斤', ''), ('grain_output', 'growth', 'exact', '12', '%', '2020')]

Modules: :mod:`.reading` (text, HTML, PDF, OpenCC), :mod:`.catalogue`
(cities, units, indicator names and synonyms), :mod:`.zh` and
:mod:`.english` (the rules), :mod:`.candidate` (the row and its confidence),
:mod:`.merge` (``analysis add``), :mod:`.cli`.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import AnalysisError

__all__ = ["Candidate", "REVIEW_COLUMNS", "document_date", "extract_file", "extract_lines"]


def __getattr__(name):  # the rules load on first use: `analysis checks` builds this CLI too
    if name in ("Candidate", "REVIEW_COLUMNS"):
        from . import candidate

        return getattr(candidate, name)
    raise AttributeError(name)

_EN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def document_date(lines: list[str]) -> str:
    """The date printed near the top of a document (``YYYY-MM-DD``, ``YYYY-MM``
    or ``YYYY``), or '' when none is printed.

    >>> document_date(["关于2024年上半年计划执行情况的报告", "——2024年8月22日在市人大常委会上"])
    '2024-08-22'
    >>> document_date(["Updated: 2025-03-04 09:12", "Ordos GDP"])
    '2025-03-04'
    >>> document_date(["Updated: Dec 1, 2023", "x"]), document_date(["April 09, 2024 | Xinhua"])
    ('2023-12-01', '2024-04-09')
    >>> document_date(["Published 9 April 2024"]), document_date(["2024/4/9 10:00"]), document_date(["In May 2024"])
    ('2024-04-09', '2024-04-09', '')
    """
    head = "\n".join(lines[:12])
    m = re.search(r"((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日", head)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = re.search(r"((?:19|20)[0-9]{2})[-/.]([01]?[0-9])[-/.]([0-3]?[0-9])(?![0-9])", head)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = _EN_DATE.search(head)  # "April 09, 2024", "Updated: Dec 1, 2023", "9 April 2024"
    if m:
        month = MONTHS[(m.group("m1") or m.group("m2")).rstrip(".").lower()]
        day, year = int(m.group("d1") or m.group("d2")), m.group("y1") or m.group("y2")
        if 1 <= day <= 31:
            return f"{year}-{month:02d}-{day:02d}"
    return ""


#: English month names and their abbreviations → the month's number (one table for the date readers).
MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for m in names}
_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
               r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_EN_DATE = re.compile(rf"\b(?:(?P<m1>{_MONTH_NAME})\s+(?P<d1>[0-3]?[0-9]),?\s+(?P<y1>(?:19|20)[0-9]{{2}})"
                      rf"|(?P<d2>[0-3]?[0-9])\s+(?P<m2>{_MONTH_NAME}),?\s+(?P<y2>(?:19|20)[0-9]{{2}}))\b")


def extract_lines(lines: list[str], ledger, city: str | None = None, date: str | None = None,
                  exclude_sources: tuple[str, ...] = (), catalogue=None,
                  printed: list[str] | None = None) -> list[Candidate]:
    """Candidate rows for the lines of a document (index 0 is line 1).

    ``date`` (YYYY, YYYY-MM or YYYY-MM-DD) resolves 今年, 去年 and 截至目前; without
    it the date printed at the top of the document is used, else an error says
    to give one. ``city`` is the city the document is about when it names none.
    ``printed`` are the lines as printed (traditional characters) when
    ``lines`` were converted: values and excerpts are copied from them.
    """
    from .catalogue import Catalogue
    from .zh import Context, parse_line
    from .periods_zh import census_year, opening_period, opening_year, yearbook_volume_year
    from .english import parse_english
    from .en.fact_rows import fact_row
    from .reading import drop_pinyin

    covered = title_year(lines)
    printed_date = document_date(lines)
    if covered and printed_date and int(printed_date[:4]) > int(covered) + 1:
        # "2001年…统计公报" with "时间:2010-01-01" under it: a later copy's upload stamp, not the bulletin's date
        printed_date = ""
    date = date or printed_date
    if not date and covered:  # "2022年…统计公报": published the next year; only relative words need a date
        relative = relative_lines(lines)
        if relative:
            raise AnalysisError(f"the title names the year covered ({covered}) but no date is printed, and "
                                f"line(s) {', '.join(map(str, relative[:10]))} use relative words (今年, 去年, "
                                "截至目前, this year …): give the document's date (--date YYYY-MM-DD)")
        date = str(int(covered) + 1)
    date = date or vintage_year(lines)  # every line with a figure prints its year: no row needs the date
    if not date or not re.match(r"(?:19|20)[0-9]{2}", date):
        undated = undated_lines(lines)
        raise AnalysisError("the document prints no date near its top and no year in its title: give its date "
                            "(--date YYYY-MM-DD), which resolves 今年, 去年 and 截至目前"
                            + (f"; line(s) {', '.join(map(str, undated[:10]))}{' …' if len(undated) > 10 else ''} "
                               "print figures without a year and would be dated by it" if undated else ""))
    cat = catalogue or Catalogue.from_ledger(ledger, exclude_sources=exclude_sources)
    if city is not None and city not in cat.cities:  # a new city: extract goes on; the CLI proposes its row
        import copy

        from .newcity import proposed_city

        name = proposed_city(city, lines, {n for ns in cat.cities.values() for n in ns if n})["name_zh"]
        cat = copy.copy(cat)
        cat.__dict__.pop("places", None)  # the cached place names, recomputed with the new city's
        cat.cities = {**cat.cities, city: tuple(n for n in (name, name[:-1] if len(name) > 2 else "") if n)}
    elsewhere = _elsewhere(lines, cat)
    main = city or _main_city(lines, cat, elsewhere)
    # an area named in the title is what the document is about: a city named later (its parent, a neighbour)
    # does not override it, as with --city
    ctx = Context(year=int(date[:4]), date=date, city=main, city_given=bool(city) or main in cat.areas,
                  elsewhere=elsewhere)
    ctx.forecast_years = frozenset(re.findall(r"((?:19|20)[0-9]{2})年的?(?:主要|各项)?(?:指标|数据|数字)?均?为预计数",
                                              "\n".join(lines)))  # "(2017年指标为预计数，下同)"
    title, census = " ".join(lines[:6]), census_year(lines)
    m = re.search(r"((?:19|20)[0-9]{2})年上半年", title)
    if m:
        ctx.default_period, ctx.heading_period = f"{m.group(1)}H1", True
    elif re.search(r"半年报|半年经济运行|上半年经济", title[:120]) and int(date[5:7] or 7 if len(date) >= 7 else 7) >= 7:
        ctx.default_period, ctx.heading_period = f"{date[:4]}H1", True  # 中卫经济“半年报”公布 (July): that year's first half
    elif census:  # 第七次全国人口普查公报 (2021): its counts are as at the census, 2020 (whatever year a
        ctx.default_period, ctx.heading_period, ctx.census = census, True, True  # garbled "2022年56" prints)
    elif covered:
        ctx.default_period, ctx.heading_period = covered, True
    elif yearbook_volume_year(lines):  # "2009卷": a yearbook entry describes the year before its volume
        ctx.default_period, ctx.heading_period, ctx.yearbook = yearbook_volume_year(lines), True, True
    elif opening_period(lines, ctx):  # "1-9月，…": the months the whole document is about
        ctx.default_period, ctx.heading_period = opening_period(lines, ctx), True
    elif opening_year(lines, ctx):  # "2022年是…" opening a bulletin of March 2023: the year reviewed
        ctx.default_period, ctx.heading_period = opening_year(lines, ctx), True
    out: list[Candidate] = []
    for i, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        line, where = drop_pinyin(raw)
        if _HAN.search(line):
            found = parse_line(line, i, cat, ctx)
        elif _EN.search(line):
            found = fact_row(line, i, cat, ctx)  # "GDP (RMB billion)247.56" under "… Indicators (2012)"
            if found is None:
                found = parse_english(line, i, cat, ctx)
        else:
            continue
        shown = printed[i - 1] if printed is not None else raw
        if shown != line:  # excerpts are copied from the line as printed (traditional, pinyin readings)
            for c in found:
                k = line.find(c.excerpt)
                if k < 0 or not c.excerpt:
                    continue
                c.excerpt = shown[where[k]:where[k + len(c.excerpt) - 1] + 1]
                c.notes = "; ".join(n for n in ("converted from traditional characters" if shown != raw else "",
                                                "pinyin readings left out" if line != raw else "") if n)
        out.extend(found)
    from .at_hand import compare_with_ledger, flag_conflicts
    from .conventions import average_after_multiple, rank_of_figure_before, rate_shared_by_a_list, \
        registered_not_resident, sector_contributions, settle_price_basis, share_of_parent, stock_after_added

    from .english import drop_title_repeats
    from .price_items import price_index_items

    out = drop_title_repeats(out, lines, cat.units)
    registered_not_resident(out, lines, cat.indicators, printed)  # excerpts are copied as printed
    average_after_multiple(out)
    rank_of_figure_before(out, lines, printed)
    rate_shared_by_a_list(out, lines, printed)
    stock_after_added(out, lines, printed, cat.indicators)
    sector_contributions(out, cat.indicators)
    share_of_parent(out, lines, printed, cat.indicators)
    from .zh.short_names import settle as settle_short_names

    settle_short_names(out, lines, printed, cat)  # names printed short or split (zh/short_names.py)
    price_index_items(out, lines, printed, cat.indicators)
    settle_price_basis(out, cat.units, cat.indicators)
    compare_with_ledger(out, ledger, exclude_sources)
    flag_conflicts(out, ledger.units)
    return out


_TITLE_YEAR = re.compile(r"((?:19|20)[0-9]{2})年(?:[^0-9，,。]{0,20}?)(?:(?:国民经济和社会发展)?统计公报|主要数据公报)")
_RELATIVE = re.compile(r"今年|去年|截至目前|目前|至今|本年|this year|last year|so far this year", re.I)


def title_year(lines: list[str]) -> str:
    """The year a statistical bulletin covers, from its title in the first
    lines ("2022年国民经济和社会发展统计公报" → '2022'), or ''.

    >>> title_year(["兴河市2022年国民经济和社会发展统计公报", "兴河市统计局"]), title_year(["政府工作报告"])
    ('2022', '')
    >>> title_year(["据《2022年(nian)某市人口变动情况抽样调查主要数据公报》，"])
    '2022'

    """
    from .reading import drop_pinyin

    # a copy may print its site's navigation first, and a page may gloss its characters with pinyin
    m = _TITLE_YEAR.search("\n".join(drop_pinyin(line)[0] for line in lines[:8]))
    return m.group(1) if m else ""


def relative_lines(lines: list[str]) -> list[int]:
    """The lines (1-based) that use words only a date resolves (今年, 去年, this year …).

    >>> relative_lines(["2022年统计公报", "全年地区生产总值100亿元", "今年以来，……"])
    [3]
    """
    return [i for i, line in enumerate(lines, start=1) if _RELATIVE.search(line)]


def vintage_year(lines: list[str]) -> str:
    """The latest year a page prints, when it has figures, every line with a
    figure prints its year and none uses relative words: no row needs the
    page's date, which is then only its vintage (the CLI asks for it in
    ``sources.csv``); else ''.

    >>> vintage_year(["某盟畜牧业", "2019年,全盟牲畜存栏1294万头只。", "2018年粮食产量12万吨"])
    '2019'
    >>> vintage_year(["某盟畜牧业", "全盟牲畜存栏1294万头只。"]), vintage_year(["2019年,今年以来增长3%"])
    ('', '')
    """
    if not any(_FIGURE.search(line) for line in lines) or undated_lines(lines) or relative_lines(lines):
        return ""
    years = re.findall(r"(?<![0-9])((?:19|20)[0-9]{2})(?=年|\b)", "\n".join(lines))
    return max(years, default="")


#: A number before a unit word or %: a line printing a figure.
_FIGURE = re.compile(r"[0-9](?:[0-9.,]*)\s*(?:%|％|亿|万|元|吨|个|家|人|percent|billion|million|yuan)")


def undated_lines(lines: list[str]) -> list[int]:
    """The lines (1-based) that print a figure (a number before a unit word or
    %) but no year: only the document's date can date them; extract names them
    rather than guess.

    >>> undated_lines(["某市经济运行情况", "地区生产总值100亿元，增长5%", "2023年粮食产量12万吨", "今年以来增长3.1%"])
    [2, 4]
    """
    return [i for i, line in enumerate(lines, start=1)
            if _FIGURE.search(line) and not re.search(r"(?:19|20)[0-9]{2}(?:年|\b)", line)]


def _main_city(lines: list[str], cat, elsewhere: frozenset | None = None) -> str:
    """The city (or area) a document is about: one named in its title or first
    lines — an area before its parent city, the longest name first — else the
    one it names most often; never an area the title names as another
    province's (``elsewhere``, :func:`_elsewhere` when not given)."""
    from .reading import drop_pinyin

    lines = [drop_pinyin(ln)[0] for ln in lines]  # 达(dá)尔罕: a mirror's pinyin readings split the names
    text = "\n".join(lines)
    elsewhere = _elsewhere(lines, cat) if elsewhere is None else elsewhere
    counts = {slug: sum(text.count(n) for n in names if n) for slug, names in cat.cities.items()
              if slug != "inner_mongolia" and slug not in elsewhere}
    subject = _overview_subject("\n".join([ln for ln in lines if ln.strip()][:12]), cat, counts)
    if subject:  # "【概况】霍林郭勒市位于…。东、南与…扎鲁特旗接壤": the place the overview describes, not its neighbours
        return subject
    for head in [ln for ln in lines if ln.strip()][:3]:  # the first of the first lines to name a place: a
        # title, or a dateline naming the city whose report it is ("2022年包头市政府工作报告发布"), not a district
        # the next line names in passing
        in_head = [(slug in cat.areas, max(len(n) for n in names if n and n in head), counts[slug], slug)
                   for slug, names in cat.cities.items() if slug in counts and any(n and n in head for n in names)]
        if in_head:  # "某旗2022年政府工作报告" beats its league and a neighbour named later
            return max(in_head)[3]
    first = {slug: min((k for n in names if n and (k := text.find(n)) >= 0), default=len(text))
             for slug, names in cat.cities.items() if counts.get(slug)}
    best = max(counts, key=lambda slug: (counts[slug], slug not in cat.areas, -first.get(slug, len(text))),
               default="")  # on a tie the city (extract then names its areas the text names), then the first named
    return best if best and counts[best] else ""


def _overview_subject(head: str, cat, counts: dict) -> str:
    """The place an overview's first lines describe: the first name followed
    by 位于/地处/坐落 (a bracketed short name between allowed), else ''.

    >>> from types import SimpleNamespace as NS
    >>> cat = NS(cities={"a": ("甲市",), "b": ("乙旗",)})
    >>> _overview_subject("【概况】甲市位于某盟西北端。东与乙旗接壤。", cat, {"a": 1, "b": 1})
    'a'
    """
    best = (len(head), "")
    for slug, names in cat.cities.items():
        if slug not in counts:
            continue
        for n in names:
            if n and not n.isascii() and (m := re.search(re.escape(n) + r"(?:\s*[（(][^)）]{0,20}[)）])?\s*[,，]?\s*"
                                                             r"(?:位于|地处|坐落|地跨)", head)):
                best = min(best, (m.start(), slug))
    return best[1]


def _elsewhere(lines: list[str], cat) -> frozenset:
    """The areas the first lines name only after a city the catalogue does not
    hold ("西安市新城区": another province's district of the same name).

    >>> from types import SimpleNamespace as NS
    >>> cat = NS(areas={"xc"}, cities={"xc": ("新城区",), "hh": ("呼和浩特市", "呼和浩特")})
    >>> _elsewhere(["2024年西安市新城区统计公报"], cat), _elsewhere(["呼和浩特市新城区统计公报"], cat)
    (frozenset({'xc'}), frozenset())
    >>> _elsewhere(["新城区2024年统计公报"], cat)
    frozenset()
    """
    heads = [ln for ln in lines if ln.strip()][:3]
    known = tuple({n for ns in cat.cities.values() for n in ns if n and not n.isascii()})

    def another_citys(head: str, slug: str) -> bool:  # every mention follows an unknown X市
        spots = [m.start() for n in cat.cities[slug] if n and not n.isascii() for m in re.finditer(re.escape(n), head)]
        before = [re.search(r"[\u4e00-\u9fff]{2,5}市$", head[:k]) for k in spots]
        return bool(spots) and all(b and not b.group(0).endswith(known) for b in before)

    return frozenset(slug for head in heads for slug in cat.areas if another_citys(head, slug))


def extract_file(path: str | Path, ledger, city: str | None = None, date: str | None = None,
                 exclude_sources: tuple[str, ...] = (), catalogue=None) -> list[Candidate]:
    """:func:`extract_lines` on a file (text, HTML or PDF; traditional characters converted).

    When the file is already registered in ``sources.csv`` its date is taken from there.
    """
    from .reading import read_document_both

    path = Path(path)
    printed, lines = read_document_both(path)
    if date is None:
        for s in ledger.sources.values():
            if s.file_name == path.name:
                date = s.date
    return extract_lines(lines, ledger, city=city, date=day_of(date, lines), exclude_sources=exclude_sources,
                         catalogue=catalogue, printed=printed)


def day_of(date: str | None, lines: list[str]) -> str | None:
    """``date`` with its day when it is a month (given, or from ``sources.csv``)
    and the document's first 40 lines print a day of that month ("12月8日").

    >>> day_of("2025-12", ["标题", "12月8日，某市举行新闻发布会"]), day_of("2025-12", ["标题"])
    ('2025-12-08', '2025-12')
    """
    if date and len(date) == 7:
        m = re.search(rf"(?<![0-9]){int(date[5:7])}月([0-9]{{1,2}})日", "\n".join(lines[:40]))
        if m:
            return f"{date}-{int(m.group(1)):02d}"
    return date
