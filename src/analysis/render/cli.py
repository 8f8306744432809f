"""The ``analysis render`` subcommand.

    analysis render [--city CITY ... | --all] [--lang zh,en] [--format html,pdf]
                    [--jobs N] [--out DIR] [--force] [--notebook PATH]
                    [--scheduler ADDRESS] [--quiet] [--debug]

``analysis.cli`` calls :func:`add_parser`; the work is done by :func:`run`,
which imports the heavy parts (papermill, nbconvert, Playwright) only when
called, so the other subcommands start fast.

Exit status: 0 when every briefing was rendered or up to date; 1 when one or
more failed (the others are still written) or the data are invalid; 2 when
nothing could start (an unknown city or one without figures, a bad option,
notebook or --out, a missing browser or font, a browser that does not start in
time, an unreachable --scheduler); 130 when interrupted; 3 for a bug (one line;
the traceback with --debug or ANALYSIS_DEBUG=1).

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="analysis")
>>> _ = add_parser(parser.add_subparsers(dest="command"))
>>> from analysis.ledger import load_ledger
>>> a, b, c = load_ledger().city_slugs()[:3]  # any three cities of data/cities.csv
>>> args = parser.parse_args(["render", "--city", a, f"{b},{c}", "--lang", "zh"])
>>> split_cities(args.city) == [a, b, c], args.lang, args.format, args.jobs, args.force, args.scheduler
(True, 'zh', 'html,pdf', 2, False, None)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Add ``render`` to an ``argparse`` sub-parsers object; return its parser."""
    p = subparsers.add_parser(
        "render",
        help="render briefings: executed notebook, HTML and PDF per city and language",
        description=(
            "Execute the briefing notebook for each city and language and write "
            "DIR/<city>/<lang>/briefing.{ipynb,html,pdf}, DIR/<city>/checks.csv and "
            "DIR/manifest.json. Briefings whose inputs did not change are skipped "
            "unless --force. One failing briefing does not stop the others; the exit "
            "status is then 1."
        ),
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--city", nargs="+", action="extend", metavar="CITY",
        help="city slug(s), space- or comma-separated (default: --all)",
    )
    which.add_argument("--all", action="store_true", help="every city that has figures (the default)")
    p.add_argument("--lang", default="zh,en", help="languages, comma-separated: zh, en (default: zh,en)")
    p.add_argument("--format", default="html,pdf", help="outputs, comma-separated: html, pdf (default: html,pdf)")
    p.add_argument("--jobs", "-j", type=int, default=2, metavar="N", help="kernels running at once (default: 2)")
    p.add_argument("--out", type=Path, default=None, metavar="DIR", help="output folder (default: build/)")
    p.add_argument("--force", action="store_true", help="render even what is up to date")
    p.add_argument(
        "--notebook", type=Path, default=None, metavar="PATH",
        help="parameterised notebook, .ipynb or jupytext .py (default: notebooks/briefing.py)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress lines, only the summary")
    p.add_argument(
        "--scheduler", metavar="ADDRESS", default=None,
        help="run the briefings on a Dask cluster: its scheduler's address (tcp://host:8786), or "
             "local[:N] for N worker processes here; each worker keeps a warm kernel and a browser",
    )
    p.set_defaults(func=run)
    return p


def split_cities(values: Sequence[str] | None) -> list[str]:
    """``["a", "b,c"]`` → ``["a", "b", "c"]``."""
    out: list[str] = []
    for value in values or ():
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return out


def _skip_slow_optional_import() -> None:
    # jsonschema imports rfc3987_syntax when it is installed, which builds a Lark
    # grammar at import: 0.8 s of every `analysis render` start (measured). It only
    # serves the "iri" formats, which nbformat's schema does not use; without it
    # jsonschema skips those formats. Only in this command's own process.
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)


def run(args: argparse.Namespace) -> int:
    """Render as ``args`` says; print a summary; return the exit status."""
    _skip_slow_optional_import()
    from analysis.render.pipeline import render_briefings

    import contextlib

    try:
        with contextlib.ExitStack() as stack:
            executor = None
            if getattr(args, "scheduler", None):
                from analysis.render.backends import dask_executor

                executor = stack.enter_context(dask_executor(args.scheduler))
            report = render_briefings(
                split_cities(args.city) or None,
                langs=args.lang,
                formats=args.format,
                jobs=args.jobs,
                out_dir=args.out,
                force=args.force,
                notebook=args.notebook,
                progress=None if getattr(args, "quiet", False) else sys.stderr,
                executor=executor,
            )
    except KeyboardInterrupt:
        print("analysis render: interrupted; finished files are in place, the manifest is not updated",
              file=sys.stderr)
        return 130
    print(report.summary(root=Path.cwd()))
    return 0 if report.ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.render [options]`` (the same options as ``analysis render``)."""
    parser = argparse.ArgumentParser(prog="python -m analysis.render")
    sub = parser.add_subparsers(dest="command")
    add_parser(sub)
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] != "render":
        argv = ["render", *argv]
    from ..guard import DEBUG_ENV, guarded

    if "--debug" in argv:
        argv = [a for a in argv if a != "--debug"]
        import os

        os.environ[DEBUG_ENV] = "1"

    return guarded("analysis render", run, parser.parse_args(argv))
