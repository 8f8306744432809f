"""The ``extract`` and ``add`` subcommands (registered by :func:`add_parsers`).

    analysis extract DOC [-o REVIEW.csv] [--city SLUG] [--date YYYY-MM-DD] [--min-confidence X]
    analysis add REVIEW.csv --source-id sNNN [--indicators NEW.indicators.csv] [--document FILE]
                 [--cities NEW.cities.csv] [--allow-conflicts] [--title-en TITLE --publisher-en PUBLISHER]
                 [--log docs/curation-log.csv [--log-note TEXT]]
"""

from __future__ import annotations

import argparse
import csv
import sys

from . import MONTHS  # the package's top is light (its rules load on first use)


def date_arg(text: str) -> str:
    """An argparse type for ``--date``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, a real date.

    >>> date_arg("2025"), date_arg("2025-03"), date_arg("2024-02-29")
    ('2025', '2025-03', '2024-02-29')
    >>> date_arg("2025-13-45")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: '2025-13-45' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (month must be in 1..12)
    """
    import datetime
    import re

    m = re.fullmatch(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", text.strip())
    if not m:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD "
                                         f"(the document's date, e.g. 2025-03-04)")
    year, month, day = m.group(1), m.group(2) or "01", m.group(3) or "01"
    if not 1900 <= int(year) <= 2099:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a year from 1900 to 2099")
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD "
                                         f"({exc})") from None
    return text.strip()


def printed_date_hint(lines: list[str]) -> str:
    """The dates printed near the top of a document in forms extract does
    not read as its date (English month names, day.month.year, slashes),
    as the ``--date`` each would give: a hint for the refusal "the document
    prints no date", never a date taken on the curator's behalf.

    >>> printed_date_hint(["Title", "Daily News, April 3, 2021", "text"])
    "line 2 prints 'April 3, 2021' (--date 2021-04-03?)"
    >>> printed_date_hint(["Posted 7 Sept 2019 by the desk"])
    "line 1 prints '7 Sept 2019' (--date 2019-09-07?)"
    >>> printed_date_hint(["新闻标题", "05.11.2016  10:20"])
    "line 2 prints '05.11.2016' (--date 2016-11-05?)"
    >>> printed_date_hint(["2018/6/9 某报"]), printed_date_hint(["no date here", "31.02.2020"])
    ("line 1 prints '2018/6/9' (--date 2018-06-09?)", '')

    A news portal's date line, year then month/day and the time (Xinhuanet's
    channels print it so):

    >>> printed_date_hint(["某市开年首会", "新华网 > > 正文", "2026 01/11 09:20:34", "来源:某日报"])
    "line 3 prints '2026 01/11' (--date 2026-01-11?)"

    A yearbook's volume (2017卷) at the top is named with its year; the
    figures of a volume are mostly of the year before, so it stays a question:

    >>> printed_date_hint(["2017卷", "【概况】 某旗位于……"])
    "line 1 prints '2017卷', a yearbook's volume (--date 2017?; its figures are mostly of 2016)"
    >>> printed_date_hint(["全书共3卷", "生产总值45.6亿元"])
    ''

    A short line giving only a year and a month (a bulletin's "(2024年4月)"
    under its publisher) is named with that month; the same words in running
    text are not:

    >>> printed_date_hint(["某旗统计公报", "某旗统计局", "(2024年4月)", "2023年，全旗……"])
    "line 3 prints '2024年4月' (--date 2024-04?)"
    >>> printed_date_hint(["某旗统计公报", "2024年4月，全旗地区生产总值增长5%，工业增加值增长6%。"])
    ''
    """
    import datetime
    import re

    month = r"([A-Za-z]{3,9})\.?"
    forms = [(re.compile(rf"\b{month}\s+([0-9]{{1,2}}),?\s+((?:19|20)[0-9]{{2}})\b"), (3, 1, 2)),  # April 23, 2024
             (re.compile(rf"\b([0-9]{{1,2}})\s+{month},?\s+((?:19|20)[0-9]{{2}})\b"), (3, 2, 1)),  # 23 April 2024
             (re.compile(r"(?<![0-9.])([0-9]{1,2})\.([0-9]{1,2})\.((?:19|20)[0-9]{2})(?![0-9])"), (3, 2, 1)),
             (re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[/.]([0-9]{1,2})[/.]([0-9]{1,2})(?![0-9])"), (1, 2, 3)),
             (re.compile(r"(?<![0-9])((?:19|20)[0-9]{2}) +([0-9]{1,2})/([0-9]{1,2})(?![0-9/])"), (1, 2, 3))]  # 2026 01/11
    for no, line in enumerate(lines[:12], start=1):
        for rx, (y, m, d) in forms:
            for hit in rx.finditer(line):
                mon = hit.group(m)
                mon = MONTHS.get(mon.lower()) if not mon.isdigit() else int(mon)
                try:
                    day = datetime.date(int(hit.group(y)), mon or 0, int(hit.group(d)))
                except (ValueError, TypeError):
                    continue
                return f"line {no} prints {hit.group(0)!r} (--date {day.isoformat()}?)"
    month_only = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年([0-9]{1,2})月(?![0-9份至日])")
    for no, line in enumerate(lines[:12], start=1):
        hit = month_only.search(line)
        if hit and len(line.strip()) <= 16 and 1 <= int(hit.group(2)) <= 12:
            return f"line {no} prints {hit.group(0)!r} (--date {hit.group(1)}-{int(hit.group(2)):02d}?)"
    volume = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?:年)?卷")
    head = [(no, line) for no, line in enumerate(lines, start=1) if line.strip()][:3]
    for no, line in head:
        hit = volume.search(line)
        if hit:
            year = int(hit.group(1))
            return (f"line {no} prints {hit.group(0)!r}, a yearbook's volume (--date {year}?; "
                    f"its figures are mostly of {year - 1})")
    return ""


def vintage_hint(lines: list[str]) -> str:
    """When a document refused for its date prints every figure with its own
    year, the date is needed only as the document's vintage (its sources.csv
    date, when it was published), not to date a row: say so, so the curator
    gives the publication date rather than the figures' year.

    >>> vintage_hint(["某盟畜牧业", "2019年,全盟牲畜存栏1294万头只,肉类总产量28.92万吨。"])
    'every line with a figure prints its year: --date is only the vintage (when the document was published), no row is dated by it'
    >>> vintage_hint(["某盟畜牧业", "全盟牲畜存栏1294万头只。"]), vintage_hint(["标题", "没有数字"])
    ('', '')
    """
    from . import vintage_year

    if not vintage_year(lines):
        return ""
    return ("every line with a figure prints its year: --date is only the vintage (when the document was "
            "published), no row is dated by it")


def size_arg(text: str) -> float:
    """An argparse type for ``--max-size``: megabytes, more than 0.

    >>> size_arg("50"), size_arg("0.5")
    (50.0, 0.5)
    """
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a size in megabytes (more than 0), got {text!r}")
    return value


def cmd_extract(args: argparse.Namespace) -> int:
    import os

    from ..errors import AnalysisError
    from ..inputs import LIMIT_ENV
    from ..ledger import load_ledger
    from . import REVIEW_COLUMNS, extract_file

    if args.max_size is not None:  # for this process, like --debug (read by analysis.inputs)
        os.environ[LIMIT_ENV] = repr(args.max_size)
    from ..errors import AnalysisError

    ledger = load_ledger()
    try:
        cands = [c for c in extract_file(args.document, ledger, city=args.city, date=args.date)
                 if c.confidence >= args.min_confidence]
    except AnalysisError as exc:  # a refusal: say what else the next run needs, so one more run is enough
        hints = []
        if not args.date and str(exc).startswith("the document prints no date"):
            from .reading import read_document_both

            printed, simplified = read_document_both(args.document)
            hints.append(printed_date_hint(printed))
            hints.append(vintage_hint(simplified))  # the lines extract read: 萬 is 万 there
        if not args.city:
            hints.append(place_hint(_document_lines(args.document), ledger, chosen=None))
        hints = [h for h in hints if h]
        if hints:
            raise AnalysisError("; ".join([str(exc)] + hints)) from None
        raise
    if not args.date:
        from . import document_date, title_year
        from .reading import read_document_both

        printed, simplified = read_document_both(args.document)  # read once: the same bytes give the same lines
        if not document_date(simplified) and not title_year(simplified) and vintage_hint(simplified):
            seen = printed_date_hint(printed)
            print("no --date given and none printed: " + vintage_hint(simplified) + "; give the document's "
                  "publication date in its sources.csv row" + (f" ({seen})" if seen else ""), file=sys.stderr)
    out = open(args.output, "w", encoding="utf-8-sig", newline="") if args.output else sys.stdout
    try:
        w = csv.DictWriter(out, fieldnames=REVIEW_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(c.row() for c in cands)
    finally:
        if args.output:
            out.close()
    if args.output:
        import shutil

        from .review_cost import as_extracted_path, write_extract_options

        kept = as_extracted_path(args.output)  # the untouched rows: `add` counts the review's edits against them
        shutil.copyfile(args.output, kept)
        write_extract_options(args.output, args.city, args.date)  # so a replay extracts as this run did
        print(f"an untouched copy is kept in {kept}: `analysis add` compares the reviewed file with it "
              f"and prints the review's edits", file=sys.stderr)
        from .merge import proposed_indicators, write_indicators

        if args.city and args.city not in ledger.cities:  # a new city: its cities.csv row, for the curator to check
            from .newcity import cities_path, proposed_city, write_cities
            from .reading import read_document_both

            row = proposed_city(args.city, read_document_both(args.document)[1],
                                {n for c in ledger.cities.values() for n in (c.name_zh, c.name_en) if n})
            write_cities(cities_path(args.output), [row])
            print(f"new city {args.city!r}: its cities.csv row is proposed in {cities_path(args.output)} "
                  f"(name_zh {row['name_zh'] or '(not found: fill it)'}); check it, `analysis add` merges it",
                  file=sys.stderr)
        cityless = sum(1 for c in cands if not c.city)
        if cityless:  # add refuses a row without a city: say so now, not after the review
            print(f"{args.document}: no city or area of data/cities.csv or data/areas.csv is named in the title "
                  f"or the text, so {cityless} of {len(cands)} candidates have no city: extract again with "
                  f"--city SLUG (an area's slug for a banner or district; add its areas.csv row first if it is new)",
                  file=sys.stderr)
        elif not args.city:  # the rows went to a city while the text names one of its areas
            hint = place_hint(_document_lines(args.document), ledger, chosen={c.city for c in cands if c.city})
            if hint:
                print(f"{args.document}: {hint}", file=sys.stderr)
        flagged = [c for c in cands if c.ledger.startswith("ledger has") or c.conflict]
        if flagged:
            print(f"{len(flagged)} candidates disagree with the ledger or with another line of the document "
                  f"(columns ledger, conflict)", file=sys.stderr)

        unknown = sum(1 for c in cands if not c.indicator)
        print(f"{len(cands)} candidate figures written to {args.output} ({unknown} with an indicator to choose)",
              file=sys.stderr)
        new = proposed_indicators(cands, ledger)
        if new:
            path = args.output[:-4] + ".indicators.csv" if args.output.endswith(".csv") else args.output + ".indicators.csv"
            write_indicators(path, new)
            print(f"{len(new)} proposed catalogue rows written to {path} (give each a code; "
                  f"`analysis add … --indicators {path}` adds them with the figures)", file=sys.stderr)
    return 0


def _document_lines(path) -> list[str]:
    """The document's lines in simplified characters (as extract reads them)."""
    from .reading import read_document_both

    return read_document_both(path)[1]


def _earlier_area_hint(lines: list[str], areas: dict[str, list[str]], chosen: str, refused: bool) -> str:
    """When the rows went to an area, the other areas the first lines name
    before it: a yearbook entry opens with its own name, then its neighbours,
    and extract takes the longest name there (see extract._main_city).

    >>> areas = {"wangchuan_banner": ["望川旗"], "dongshan_east_banner": ["东山东乌旗"]}
    >>> _earlier_area_hint(["2017卷", "【概况】 望川旗位于岚山市北部，北与东山东乌旗毗邻。"], areas, "dongshan_east_banner", False)
    'the rows go to dongshan_east_banner, but the first lines name 望川旗 (wangchuan_banner) before it: if the document is about it, extract again with --city wangchuan_banner'
    >>> _earlier_area_hint(["东山东乌旗2021年政府工作报告", "望川旗……"], areas, "dongshan_east_banner", False)
    ''
    """
    head = "\n".join([ln for ln in lines if ln.strip()][:3])

    def first(slug):
        hits = [head.find(n) for n in areas.get(slug, ()) if n in head]
        return min(hits) if hits else len(head) + 1

    mine = first(chosen)
    earlier = sorted((first(slug), slug) for slug in areas if slug != chosen and first(slug) < mine)
    if not earlier:
        return ""
    shown = ", ".join(f"{areas[slug][0]} ({slug})" for _, slug in earlier)
    slug = earlier[0][1]
    return (f"the rows go to {chosen}, but the first lines name {shown} before it: "
            f"if the document is about {'one of them' if len(earlier) > 1 else 'it'}, "
            + (f"give --city {slug} as well" if refused else f"extract again with --city {slug}"))


def place_hint(lines: list[str], ledger, chosen: set[str] | None) -> str:
    """What to tell about the places a document names, '' when nothing: when
    the rows went to one city (``chosen``) and the text names an area of it
    (areas.csv, full or short name), the ``--city`` to give if the document is
    about that area. With ``chosen`` None (extract refused before choosing),
    the place extract would choose is worked out first; none at all is told too.

    >>> from types import SimpleNamespace as N
    >>> led = N(cities={"lanshan": N(name_zh="岚山市", name_en="Lanshan", parent=""),
    ...                 "wangchuan_banner": N(name_zh="望川旗", name_en="Wangchuan Banner", parent="lanshan")})
    >>> place_hint(["望川旗位于岚山市西部。", "生产总值45.6亿元。"], led, {"lanshan"})
    'the rows go to lanshan, but the text also names its area 望川旗 (wangchuan_banner): if the document is about it, extract again with --city wangchuan_banner'
    >>> place_hint(["望川旗位于岚山市西部。"], led, {"lanshan", "wangchuan_banner"})
    ''
    >>> place_hint(["望川旗位于岚山市西部。"], led, {"wangchuan_banner"})
    ''
    """
    from .catalogue import chinese_short_names

    text = "\n".join(lines)

    def names(slug):
        c = ledger.cities[slug]
        stem = c.name_zh[:-1] if c.name_zh.endswith("市") and len(c.name_zh) > 2 else ""
        found = [n for n in (c.name_zh, *chinese_short_names(c.name_zh), stem) if n and len(n) > 1]
        return [n for n in found if n in text]

    areas = {slug: names(slug) for slug, c in ledger.cities.items() if getattr(c, "parent", "")}
    areas = {slug: found for slug, found in areas.items() if found}
    refused = chosen is None
    if chosen is None:  # the place extract_lines would choose (see extract._main_city)
        from . import _main_city
        from .catalogue import Catalogue

        main = _main_city(lines, Catalogue.from_ledger(ledger, learn=False))
        if not main:
            return "it names no city or area of data/cities.csv or data/areas.csv either: give --city SLUG as well"
        chosen = {main}
    if chosen:
        if len(chosen) != 1:
            return ""
        (city,) = chosen
        if city in ledger.cities and getattr(ledger.cities[city], "parent", ""):  # an area: a neighbour named first?
            return _earlier_area_hint(lines, areas, city, refused)
        mine = [slug for slug in areas if ledger.cities[slug].parent == city]
        if not mine:
            return ""
        shown = ", ".join(f"{areas[slug][0]} ({slug})" for slug in mine)
        slug = mine[0] if len(mine) == 1 else "SLUG"
        return (f"the rows go to {city}, but the text also names its area{'s' if len(mine) > 1 else ''} {shown}: "
                f"if the document is about {'one of them' if len(mine) > 1 else 'it'}, "
                + (f"give --city {slug} as well" if refused else f"extract again with --city {slug}"))
    return ""


def cmd_add(args: argparse.Namespace) -> int:
    from .merge import add_review

    ids = add_review(args.review, args.source_id, indicators=args.indicators, document=args.document,
                     allow_conflicts=args.allow_conflicts, cities=args.cities, title_en=args.title_en or "",
                     publisher_en=args.publisher_en or "")
    print(f"added {len(ids)} figures to figures.csv: {ids[0]} … {ids[-1]}" if ids else "nothing added")
    from .merge import english_title_missing

    _review_cost(args)
    from ..ledger import load_ledger
    from ..vintages import unsettled

    clashes = [c for c in unsettled(load_ledger()) if f"({args.source_id}-" in c]
    for c in clashes:  # --allow-conflicts let them in: series() will warn, the data tests refuse them
        print(f"{c}: series() cannot tell which holds; if both are meant, set what tells them apart (a rank "
              f"of the growth rate is measure growth_rank; a qualifier, a base period, a denominator)",
              file=sys.stderr)
    if english_title_missing(args.source_id):
        print(f"sources_en.csv has no English title for {args.source_id}: the English briefing prints "
              f"'(no English title recorded)'; add it with `analysis add … --title-en \"…\" --publisher-en \"…\"` "
              "or a row of data/sources_en.csv", file=sys.stderr)
    return 0


def _review_cost(args: argparse.Namespace) -> None:
    """Print what the review changed (and append it to the curation log with
    ``--log``) when extract's untouched copy lies beside the review."""
    import time
    from collections import Counter

    from ..ledger import load_ledger
    from ..paths import seeds_dir
    from .reading import read_document_both
    from .review_cost import append_log, as_extracted_path, document_language, log_row, read_rows, review_cost

    kept_copy = as_extracted_path(args.review)
    if not kept_copy.is_file():
        if args.log:
            print(f"not logged: {kept_copy} (the rows as `analysis extract -o {args.review}` wrote them) is "
                  f"missing, so the review's edits cannot be counted", file=sys.stderr)
        return
    reviewed = read_rows(args.review)
    new_codes = {r.get("code", "").strip() for r in read_rows(args.indicators)} if args.indicators else set()
    cost = review_cost(read_rows(kept_copy), reviewed, new_codes=new_codes - {""})
    print(cost.summary(), file=sys.stderr)
    if not args.log:
        return
    ledger = load_ledger()
    source = ledger.sources[args.source_id]
    document = args.document or (seeds_dir() / source.file_name if source.file_name else None)
    printed = read_document_both(document)[0] if document else []
    language, script = document_language(printed)
    cities = Counter(r.get("city", "") for r in reviewed if r.get("city"))
    minutes = (time.time() - kept_copy.stat().st_mtime) / 60
    row = log_row(cost, source={"source_id": args.source_id, "kind": source.kind, "url": source.url or ""},
                  city=cities.most_common(1)[0][0] if cities else "", language=language, script=script,
                  minutes=minutes, notes=args.log_note or "counted by analysis add --log; minutes from extract to add")
    append_log(args.log, row)
    print(f"logged in {args.log}", file=sys.stderr)


def add_parsers(sub) -> None:
    p = sub.add_parser("extract", help="propose ledger rows for the figures of a document (to review)")
    p.add_argument("document", help="a text, HTML or PDF file (simplified or traditional Chinese, or English)")
    p.add_argument("-o", "--output", help="write the review CSV here (default: standard output)")
    p.add_argument("--city", help="the city the document is about, when it names none (a slug of cities.csv)")
    p.add_argument("--date", type=date_arg, help="the document's date (YYYY, YYYY-MM or YYYY-MM-DD) when it prints none")
    p.add_argument("--min-confidence", type=float, default=0.0, help="drop candidates below this confidence")
    p.add_argument("--max-size", type=size_arg, metavar="MB",
                   help="the largest document read, in megabytes (default 10, or ANALYSIS_MAX_DOCUMENT_MB)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("add", help="merge a reviewed extract file into figures.csv (all rows or none)")
    p.add_argument("review", help="the review CSV written by `analysis extract` and edited by a curator")
    p.add_argument("--source-id", required=True, help="the source's id in sources.csv (add its row first)")
    p.add_argument("--indicators", help="new catalogue rows (indicators.csv columns) to add with the figures")
    p.add_argument("--document", metavar="FILE",
                   help="for a source cited by its url (no file_name in sources.csv): the page's text as you read "
                        "it, kept outside the repository; each excerpt is checked on its line of FILE")
    p.add_argument("--cities", help="new cities.csv rows to add with the figures (default: REVIEW.cities.csv "
                                    "beside the review, written by extract for a new --city slug)")
    p.add_argument("--allow-conflicts", action="store_true",
                   help="keep rows that give one quantity two values (a document that states both on purpose; "
                        "add then names those that nothing tells apart, which series() cannot choose between)")
    p.add_argument("--title-en", help="the source's English title, written to sources_en.csv when it has none")
    p.add_argument("--publisher-en", help="the source's publisher in English (with --title-en)")
    p.add_argument("--log", metavar="CURATION_LOG",
                   help="append the review's measured cost (edits against extract's untouched copy, fresh "
                        "scores, minutes from extract to add) to this curation log, e.g. docs/curation-log.csv")
    p.add_argument("--log-note", help="the notes column of that log row")
    p.set_defaults(func=cmd_add)
