"""The ``analysis`` command: a thin layer over the Python API.

    analysis checks   [--city CITY] [--verdict V] [--format table|csv|json|xlsx] [-o FILE]
    analysis figures  [--city CITY] [--format table|csv|json|xlsx] [-o FILE]
    analysis cite     CHECK_ID [--lang en|zh]
    analysis validate [--no-documents]
    analysis extract  DOC [-o REVIEW.csv] [--city C] [--date D]
    analysis add      REVIEW.csv --source-id sNNN [--indicators NEW.csv]
    analysis render   [--city CITY ... | --all] [--lang zh,en] [--format html,pdf] ...

Everything but ``render`` and ``--format xlsx`` (pandas, XlsxWriter) uses the
standard library only, so it starts fast.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from typing import Sequence

from .errors import MAX_SHOWN, AnalysisError, shown_problems
from .guard import DEBUG_ENV, debugging, guarded

FORMATS = ("table", "csv", "json")
#: Formats of `analysis figures` and `analysis checks`: the text formats and an xlsx workbook.
EXPORT_FORMATS = (*FORMATS, "xlsx")


def _width(text: str) -> int:
    if text.isascii():  # the common case (ids, numbers, verdicts): one column a character
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, width: int) -> str:
    if len(text) < width and _width(text) < width:
        return text
    out, w = "", 0
    for ch in text:
        cw = _width(ch)
        if w + cw > width - 1 and w + cw != width:
            return out + "…"
        out += ch
        w += cw
    return out


def format_table(rows: Sequence[dict], columns: Sequence[str], max_width: int = 48) -> str:
    """A plain-text table that aligns Chinese (double-width) characters; the
    first column (an id to copy) is never shortened.

    >>> print(format_table([{"a": "呼和浩特", "b": 1}], ["a", "b"]))
    a         b
    --------  -
    呼和浩特  1
    """
    return format_cells([[str(r.get(c, "")) for c in columns] for r in rows], columns, max_width)


def format_cells(cells: Sequence[Sequence[str]], columns: Sequence[str], max_width: int = 48) -> str:
    """:func:`format_table` of rows given as cells (strings, in the order of ``columns``).

    >>> print(format_cells([("s000-001", "亿元")], ["id", "unit"]))
    id        unit
    --------  ----
    s000-001  亿元
    """
    return join_cells([shown_cells(cells, len(columns), max_width)], columns)


def shown_cells(cells: Sequence[Sequence[str]], ncol: int, max_width: int = 48) -> tuple[list, list, list]:
    """Rows of cells as :func:`format_cells` shows them (every cell but the
    first clipped to ``max_width`` columns), with each cell's display width and
    each column's widest: a part of a table, for :func:`join_cells`."""
    shown: list[list[str]] = []
    pads: list[list[int]] = []
    widths = [0] * ncol
    seen: dict[str, tuple[str, int]] = {}  # non-ASCII cells repeat (units): clipped and measured once
    for row in cells:
        texts, ws = [], []
        for i in range(ncol):
            t = row[i]
            if t.isascii() and (i == 0 or len(t) < max_width):
                w = len(t)
            else:
                got = seen.get(t) if i else None
                if got is None:
                    c = _clip(t, max_width) if i else t
                    got = (c, _width(c))
                    if i:
                        seen[t] = got
                t, w = got
            texts.append(t)
            ws.append(w)
            if w > widths[i]:
                widths[i] = w
        shown.append(texts)
        pads.append(ws)
    return shown, pads, widths


def join_cells(parts: Sequence[tuple[list, list, list]], columns: Sequence[str]) -> str:
    """The table of the parts :func:`shown_cells` made, in order, under ``columns``."""
    head = [_width(c) for c in columns]
    widths = [max([h, *(p[2][i] for p in parts)]) for i, h in enumerate(head)]
    lines = ["  ".join(c + " " * (w - cw) for c, w, cw in zip(columns, widths, head)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for shown, pads, _ in parts:
        lines += ["  ".join(t + " " * (w - cw) for t, w, cw in zip(texts, widths, ws)).rstrip()
                  for texts, ws in zip(shown, pads)]
    return "\n".join(lines)


def _emit(rows: list[dict], columns: list[str], fmt: str, table_columns: list[str] | None = None) -> None:
    out = sys.stdout
    if fmt == "csv":
        w = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    elif fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        out.write(format_table(rows, table_columns or columns) + "\n")


def cmd_checks(args: argparse.Namespace) -> int:
    from .ledger import load_ledger

    if args.format == "xlsx" or args.output:
        from .frames.exports import checks_workbook

        return _xlsx(args, "checks", lambda out: checks_workbook(out, args.city, verdicts=args.verdict, role=args.role))
    from .checks.parallel import PARALLEL_MIN_FIGURES
    from .gcpause import collector_paused

    with collector_paused():  # the command makes many objects and no garbage cycles worth collecting
        ledger = load_ledger()
        args.quick_exit = len(ledger.figures) >= PARALLEL_MIN_FIGURES  # see main()
        return _checks_output(args, ledger)


def _checks_output(args: argparse.Namespace, ledger) -> int:
    from .checks import TABLE_COLUMNS, run_checks, summary_line
    from .checks.output import csv_text, json_items
    from .checks.parallel import map_city_groups

    def chosen(checks: list) -> list:
        if args.verdict:
            checks = [c for c in checks if c.verdict in args.verdict]
        if args.role:
            checks = [c for c in checks if c.role == args.role]
        return checks

    def part(checks: list):
        """What one group of cities contributes to the output (computed where its checks are)."""
        checks = chosen(checks)
        if args.format == "json":
            return json_items(checks)
        if args.format == "csv":
            return csv_text(checks, header=False)
        shown = shown_cells([c.table_cells() for c in checks], len(TABLE_COLUMNS))
        return shown, [(c.role, c.verdict) for c in checks]

    if args.city is not None:
        parts = [part(run_checks(ledger, city=args.city))]
    else:  # the cities of a large ledger in two processes (analysis.checks.parallel)
        parts = map_city_groups(ledger, part)
    out = sys.stdout
    if args.format == "json":
        items = [p for p in parts if p]
        out.write(("[\n " + ",\n ".join(items) + "\n]" if items else "[]") + "\n")
    elif args.format == "csv":
        out.write(csv_text([]) + "".join(parts))  # the header, then each part's rows
    else:
        out.write(join_cells([p[0] for p in parts], TABLE_COLUMNS) + "\n")
        out.write(f"\n{summary_line([_Counted(r, v) for p in parts for r, v in p[1]])}\n")
    return 0


class _Counted:
    """The role and verdict of a check, all :func:`analysis.checks.summary_line` reads."""

    __slots__ = ("role", "verdict")

    def __init__(self, role: str, verdict: str):
        self.role, self.verdict = role, verdict


FIGURE_COLUMNS = ["figure_id", "city", "indicator", "measure", "qualifier", "period", "base_period", "value",
                  "unit", "price_basis", "denominator", "denominator_city", "source_id", "line", "excerpt", "notes"]


def cmd_figures(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .ledger import load_ledger
    from .vintages import vintage_of

    if args.format == "xlsx" or args.output:
        from .frames.exports import figures_workbook

        return _xlsx(args, "figures", lambda out: figures_workbook(out, args.city))
    ledger = load_ledger()
    figs = ledger.figures_under(args.city)  # a city's figures, then its areas' (旗, 区, 县)
    rows = [{**{k: v for k, v in asdict(f).items() if k != "csv_line"}, "vintage": vintage_of(ledger, f).label()}
            for f in figs]
    _emit(rows, FIGURE_COLUMNS + ["vintage"], args.format,
          ["figure_id", "indicator", "measure", "qualifier", "period", "value", "unit", "vintage", "excerpt"])
    if args.format == "table":
        print(f"\n{len(rows)} figures")
    return 0


def _xlsx(args: argparse.Namespace, what: str, write) -> int:
    """Write a workbook to ``-o FILE``, or to stdout when it is redirected
    (never to a terminal); the count goes to stderr. ``-o`` is for xlsx only."""
    if args.format != "xlsx":
        raise AnalysisError(f"-o is for --format xlsx; --format {args.format} writes to stdout (redirect it)")
    if args.output in (None, "-"):
        if sys.stdout.isatty():
            raise AnalysisError(f"--format xlsx writes a binary workbook: give -o FILE.xlsx "
                                f"(or redirect: analysis {what} --format xlsx > {what}.xlsx)")
        sys.stdout.flush()
        n = write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        where = "stdout"
    else:
        try:
            n = write(args.output)
        except OSError as exc:
            raise AnalysisError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
        where = args.output
    print(f"{n} {what} written to {where} (xlsx)", file=sys.stderr)
    return 0


def cmd_cite(args: argparse.Namespace) -> int:
    from .checks import find_check, run_checks
    from .cite import citation
    from .ledger import load_ledger

    ledger = load_ledger()
    check = find_check(run_checks(ledger), args.check_id)
    print(citation(check, ledger, lang=args.lang))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from .ledger import load_ledger, validate
    from .paths import data_dir

    problems = validate(documents=not args.no_documents)
    if problems:
        print(f"{len(problems)} problem(s) in {data_dir()}:", file=sys.stderr)
        for p in shown_problems(problems, args.max_problems):
            print(f"  {p}", file=sys.stderr)
        return 1
    ledger = load_ledger()
    print(f"data/ is valid: {len(ledger.figures)} figures, {len(ledger.indicators)} indicators, "
          f"{len(ledger.sources)} sources, {len(ledger.city_slugs())} cities with figures")
    cited = [s for s in ledger.sources.values() if s.cited_only]
    if cited:
        print(f"{len(cited)} source(s) cited, not stored (each excerpt checked for its value and unit; their text "
              f"is not in the repository): " + ", ".join(s.source_id for s in cited))
    from .vintages import unsettled

    clashes = unsettled(ledger)
    if clashes:  # series() warns of each, and the data tests refuse them
        print(f"{len(clashes)} quantity(ies) printed with two values in documents of one date, which no vintage "
              f"settles (a misreading; two quantities to tell apart, e.g. rank and growth_rank; or a document "
              f"that contradicts itself; the data tests refuse them):", file=sys.stderr)
        for c in clashes:
            print(f"  {c}", file=sys.stderr)
    unofficial = [s for s in ledger.sources.values() if not s.official]
    if unofficial:
        n = sum(1 for f in ledger.figures if not ledger.sources[f.source_id].official)
        print(f"{len(unofficial)} source(s) are non-official reference pages (kind reference; {n} figures, "
              f"to be replaced by official printings): " + ", ".join(s.source_id for s in unofficial))
    return 0


def _count(text: str) -> int:
    """An argparse type: a whole number, 0 or more.

    >>> _count("0"), _count("12")
    (0, 12)
    """
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number, 0 or more, got {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="analysis", description=__doc__.split("\n")[0])
    parser.add_argument("--debug", action="store_true",
                        help=f"print a traceback with any error (also: {DEBUG_ENV}=1); anywhere on the line")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("checks", help="check every stated figure against the documented levels")
    p.add_argument("--city", help="a city slug from data/cities.csv")
    p.add_argument("--verdict", action="append", choices=["consistent", "within_rounding", "inconsistent",
                                                          "not_comparable", "insufficient_data"],
                   help="only checks with this verdict (repeatable)")
    p.add_argument("--role", choices=["claim", "identity"],
                   help="only claims (relations a document asserts) or identities (tests the ledger implies)")
    p.add_argument("--format", choices=EXPORT_FORMATS, default="table")
    p.add_argument("-o", "--output", metavar="FILE", help="the xlsx workbook to write (--format xlsx)")
    p.set_defaults(func=cmd_checks)

    p = sub.add_parser("figures", help="list the documented figures")
    p.add_argument("--city")
    p.add_argument("--format", choices=EXPORT_FORMATS, default="table")
    p.add_argument("-o", "--output", metavar="FILE", help="the xlsx workbook to write (--format xlsx)")
    p.set_defaults(func=cmd_figures)

    p = sub.add_parser("cite", help="print a citation of one check, ready to paste")
    p.add_argument("check_id")
    p.add_argument("--lang", choices=["en", "zh"], default="en")
    p.set_defaults(func=cmd_cite)

    p = sub.add_parser("validate", help="validate data/ and report every problem at once")
    p.add_argument("--no-documents", action="store_true",
                   help="skip the provenance check against the source documents (where they are absent)")
    p.add_argument("--max-problems", type=_count, default=MAX_SHOWN, metavar="N",
                   help=f"list the first N problems and count the rest (default {MAX_SHOWN}; 0 lists all)")
    p.set_defaults(func=cmd_validate)

    from .extract.cli import add_parsers as add_extract_parsers
    add_extract_parsers(sub)
    try:
        from .render import cli as render_cli
    except ImportError:  # the rendering layer is optional for the checks
        render_cli = None
    if render_cli is not None:
        render_cli.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import os

    parser = build_parser()
    run_as_program = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--debug" in argv:  # accepted anywhere on the line, not only before the command
        argv = [a for a in argv if a != "--debug"]
        os.environ[DEBUG_ENV] = "1"
    args = parser.parse_args(argv)
    code = guarded(f"analysis {args.command}", args.func, args)
    if run_as_program and getattr(args, "quick_exit", False) and not debugging():
        _quick_exit(code)
    return code


def _quick_exit(code: int) -> None:
    """Flush the output and leave without freeing the objects one by one: a
    command that held a large ledger (``analysis checks`` on 57,000 figures:
    about a million objects) spends ≈0.4 s in the interpreter's teardown
    otherwise. Only when run as the program (``main()`` without arguments),
    never with ``--debug``."""
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`analysis checks | head`): nothing more to say
            pass
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
