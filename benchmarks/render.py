"""Benchmark: ``analysis render`` against the naive chain of separate commands.

Renders every city with figures (from the data: the four seed cities; HTML and
PDF, one language) twice, each into a
fresh temporary folder, and prints both wall times:

- ``analysis render --city … --lang zh --format html,pdf --force --out TMP``,
  run as a subprocess (process start included);
- the naive chain, one city after another: ``papermill`` (CLI), then
  ``jupyter nbconvert --to html --no-input``, then
  ``chromium --headless --print-to-pdf`` with the flags of
  :data:`analysis.render.system.CHROMIUM_ARGS`.

The last line is ``speedup: X.Yx`` (naive wall time / ``analysis render`` wall
time). The floor the project holds itself to: under 15 s, and at least 3x.

    .venv/bin/python benchmarks/render.py [--notebook PATH] [--lang zh] [--jobs 2]
                                          [--rounds 1] [--enforce]

With ``--rounds N`` both are run N times, alternating, and the medians are
compared. ``--enforce`` exits 1 when the floor is not met.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_SECONDS = 15.0
MIN_SPEEDUP = 3.0


def _bin(name: str) -> str:
    """A console script of this interpreter's environment (falls back to PATH)."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def _run(cmd: list[str], **kw) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, **kw)
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"command failed ({done.returncode}): {' '.join(cmd)}")
    return seconds


def run_ours(notebook: Path, cities, lang: str, jobs: int, out: Path) -> float:
    analysis = _bin("analysis")
    cmd = [analysis] if Path(analysis).exists() else [sys.executable, "-m", "analysis.cli"]
    cmd += ["render", "--city", *cities, "--lang", lang, "--format", "html,pdf", "--force",
            "--jobs", str(jobs), "--out", str(out), "--notebook", str(notebook), "--quiet"]
    seconds = _run(cmd, cwd=ROOT)
    for city in cities:
        for ext in ("ipynb", "html", "pdf"):
            if not (out / city / lang / f"briefing.{ext}").is_file():
                raise SystemExit(f"analysis render did not write {city}/{lang}/briefing.{ext}")
    return seconds


def run_naive(notebook: Path, cities, lang: str, out: Path) -> tuple[float, dict[str, float]]:
    from analysis.render.system import CHROMIUM_ARGS, find_chromium

    chromium = str(find_chromium())
    steps = {"papermill": 0.0, "nbconvert": 0.0, "chromium": 0.0}
    cwd = notebook.parent
    if notebook.suffix == ".py":  # the tracked jupytext source: papermill reads an .ipynb made from it
        converted = out / "notebook" / f"{notebook.stem}.ipynb"
        converted.parent.mkdir(parents=True, exist_ok=True)
        _run([_bin("jupytext"), "--quiet", "--to", "ipynb", "-o", str(converted), str(notebook)], cwd=ROOT)
        notebook = converted
    t0 = time.perf_counter()
    for city in cities:
        folder = out / city / lang
        folder.mkdir(parents=True)
        ipynb, html, pdf = folder / "briefing.ipynb", folder / "briefing.html", folder / "briefing.pdf"
        steps["papermill"] += _run(
            [_bin("papermill"), str(notebook), str(ipynb), "-p", "city", city, "-p", "lang", lang,
             "--cwd", str(cwd)], cwd=ROOT)
        steps["nbconvert"] += _run(
            [_bin("jupyter"), "nbconvert", "--to", "html", "--no-input", str(ipynb)], cwd=ROOT)
        steps["chromium"] += _run(
            [chromium, "--headless", *CHROMIUM_ARGS, f"--print-to-pdf={pdf}", html.as_uri()], cwd=ROOT)
        if not pdf.is_file():
            raise SystemExit(f"naive chain did not write {pdf}")
    return time.perf_counter() - t0, steps


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notebook", type=Path, default=ROOT / "notebooks" / "briefing.py")
    parser.add_argument("--lang", default="zh", choices=["zh", "en"])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--cities", nargs="+", default=None,
                        help="city slugs (default: every city with figures in data/)")
    parser.add_argument("--enforce", action="store_true",
                        help=f"exit 1 unless under {MAX_SECONDS:.0f} s and at least {MIN_SPEEDUP:.0f}x faster")
    args = parser.parse_args(argv)
    if not args.cities:
        sys.path.insert(0, str(ROOT / "src"))
        from analysis.ledger import load_ledger

        args.cities = load_ledger().city_slugs()
    notebook = args.notebook.resolve()
    if not notebook.is_file():
        raise SystemExit(f"notebook not found: {notebook}")

    print(f"notebook: {os.path.relpath(notebook, ROOT)}; cities: {' '.join(args.cities)}; "
          f"lang: {args.lang}; html+pdf; {os.cpu_count()} cores", flush=True)
    ours, naive = [], []
    for i in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="bench-render-") as tmp:
            tmp = Path(tmp)
            t, steps = run_naive(notebook, args.cities, args.lang, tmp / "naive")
            naive.append(t)
            print(f"round {i + 1}: naive chain {t:6.1f} s  ("
                  + ", ".join(f"{k} {v:.1f} s" for k, v in steps.items()) + ")", flush=True)
            t = run_ours(notebook, args.cities, args.lang, args.jobs, tmp / "ours")
            ours.append(t)
            print(f"round {i + 1}: analysis render {t:6.1f} s  (--jobs {args.jobs})", flush=True)
    ours_s, naive_s = statistics.median(ours), statistics.median(naive)
    speedup = naive_s / ours_s
    print(f"analysis render: {ours_s:.1f} s wall")
    print(f"naive chain:     {naive_s:.1f} s wall")
    print(f"speedup: {speedup:.1f}x")
    if args.enforce and (ours_s >= MAX_SECONDS or speedup < MIN_SPEEDUP):
        print(f"floor not met: need < {MAX_SECONDS:.0f} s and >= {MIN_SPEEDUP:.0f}x", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
