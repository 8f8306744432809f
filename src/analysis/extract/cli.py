"""The ``extract`` and ``add`` subcommands (registered by :func:`add_parsers`).

    analysis extract DOC [-o REVIEW.csv] [--city SLUG] [--date YYYY-MM-DD] [--min-confidence X]
    analysis add REVIEW.csv --source-id sNNN [--indicators NEW.indicators.csv] [--document FILE]
"""

from __future__ import annotations

import argparse
import csv
import sys


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

    from ..inputs import LIMIT_ENV
    from ..ledger import load_ledger
    from . import REVIEW_COLUMNS, extract_file

    if args.max_size is not None:  # for this process, like --debug (read by analysis.inputs)
        os.environ[LIMIT_ENV] = repr(args.max_size)
    ledger = load_ledger()
    cands = [c for c in extract_file(args.document, ledger, city=args.city, date=args.date)
             if c.confidence >= args.min_confidence]
    out = open(args.output, "w", encoding="utf-8-sig", newline="") if args.output else sys.stdout
    try:
        w = csv.DictWriter(out, fieldnames=REVIEW_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(c.row() for c in cands)
    finally:
        if args.output:
            out.close()
    if args.output:
        from .merge import proposed_indicators, write_indicators

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


def cmd_add(args: argparse.Namespace) -> int:
    from .merge import add_review

    ids = add_review(args.review, args.source_id, indicators=args.indicators, document=args.document)
    print(f"added {len(ids)} figures to figures.csv: {ids[0]} … {ids[-1]}" if ids else "nothing added")
    return 0


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
    p.set_defaults(func=cmd_add)
