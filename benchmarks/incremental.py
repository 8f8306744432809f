"""Incremental render and one city's cost (issue 19 items 1 and 2).

1. On a synthetic N-city ledger (:mod:`synthetic`, default 100), a full
   ``analysis render --all --lang zh --format html``; then the notes of one
   figure of one city are edited and ``render --all`` runs again: wall time
   (process start included), which briefings were rendered, and the line that
   says why. Done when only that city is rendered, in under 15 s.
2. Rendering one city (``--city C --lang zh --format html --force``) with the
   N-city ledger and with a 4-city ledger, alternately, ``--rounds`` times
   each (median): the ratio should be at most 1.15.

    .venv/bin/python benchmarks/incremental.py [--cities 100] [--rounds 3] [--jobs 2]
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from scale import _analysis  # noqa: E402
from synthetic import build  # noqa: E402


def _env(data: Path, cache: Path) -> dict:
    env = {**os.environ, "ANALYSIS_DATA_DIR": str(data), "ANALYSIS_SEEDS_DIR": str(data.parent / "seeds"),
           "ANALYSIS_CACHE_DIR": str(cache)}
    env.pop("ANALYSIS_DEBUG", None)
    return env


def _edit_notes(figures: Path, city: str) -> str:
    with open(figures, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header, rows = list(reader.fieldnames or []), list(reader)
    row = next(r for r in rows if r["city"] == city)
    row["notes"] = (row["notes"] + " (edited by benchmarks/incremental.py)").strip()
    with open(figures, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return row["figure_id"]


def _render(env, out: Path, *args: str) -> tuple[float, str, str]:
    import subprocess
    import time

    cmd = [*_analysis(), "render", *args, "--out", str(out)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=HERE.parent)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-2000:] + proc.stderr[-3000:])
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    return seconds, proc.stdout, proc.stderr


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cities", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-incremental", action="store_true")
    args = parser.parse_args(argv)
    print(f"load average before: {open('/proc/loadavg').read().strip()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-incremental-") as tmp:
        tmp = Path(tmp)
        big = build(args.cities, tmp / f"syn{args.cities}")
        small = build(4, tmp / "syn4")
        env_big, env_small = _env(big, tmp / "cache-big"), _env(small, tmp / "cache-small")
        with open(big / "figures.csv", encoding="utf-8") as fh:
            last_city = list(csv.DictReader(fh))[-1]["city"]
        if not args.skip_incremental:
            seconds, out, _ = _render(env_big, tmp / "out-big", "--all", "--lang", "zh", "--format", "html",
                                      "--jobs", str(args.jobs), "--quiet")
            print(f"full render --all, {args.cities} cities, zh, html: {seconds:.1f} s; "
                  f"{out.strip().splitlines()[-1]}", flush=True)
            figure = _edit_notes(big / "figures.csv", last_city)
            seconds, out, err = _render(env_big, tmp / "out-big", "--all", "--lang", "zh", "--format", "html",
                                        "--jobs", str(args.jobs))
            rendered = [ln.split()[0] for ln in out.splitlines() if " ok " in f" {ln} "]
            why = [ln.split("] ", 1)[1] for ln in err.splitlines()
                   if "] " in ln and ln.split("] ", 1)[1].startswith(f"{last_city} zh:")]
            print(f"after editing the notes of {figure} ({last_city}): render --all in {seconds:.1f} s "
                  f"(process start included); rendered: {', '.join(rendered) or 'none'}; why: {'; '.join(why)}; "
                  f"{out.strip().splitlines()[-1]}", flush=True)
            ok = rendered == [last_city] and seconds < 15
            print(f"done when only {last_city} is rendered in under 15 s: {'yes' if ok else 'NO'}", flush=True)
        city = "hohhot"
        for env, out in ((env_big, tmp / "one-big"), (env_small, tmp / "one-small")):  # warm both caches
            _render(env, out, "--city", city, "--lang", "zh", "--format", "html", "--quiet")
        t_big, t_small = [], []
        for _ in range(args.rounds):
            t_small.append(_render(env_small, tmp / "one-small", "--city", city, "--lang", "zh", "--format", "html",
                                   "--force", "--quiet")[0])
            t_big.append(_render(env_big, tmp / "one-big", "--city", city, "--lang", "zh", "--format", "html",
                                 "--force", "--quiet")[0])
        big_s, small_s = statistics.median(t_big), statistics.median(t_small)
        print(f"one city ({city}, zh, html, --force), median of {args.rounds}: {args.cities}-city ledger "
              f"{big_s:.2f} s, 4-city ledger {small_s:.2f} s: ratio {big_s / small_s:.2f} (aim at most 1.15); "
              f"all: {[round(t, 2) for t in t_big]} / {[round(t, 2) for t in t_small]}", flush=True)
    print(f"load average after: {open('/proc/loadavg').read().strip()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
