"""Benchmark: `analysis checks` for all cities, process start included.

Floor (issue "The documented series, the analysis library and the claim
checks"): under 1.5 s on the project's 2-core machine, with neither
statsmodels, scipy nor matplotlib imported.

Scale (issue 11, "Linear checks"): with ``--cities 4,25,100`` the same command
runs on synthetic ledgers of N cities (``benchmarks/synthetic.py``: copies of
Hohhot's rows under new slugs, source ids and figure ids, in a temporary
directory) and reports, per N, the wall time of the whole command, the
split between loading and checking (in-process), and the checking cost per
figure against the seed ledger's. Targets: under 3 s at N = 100, and a
per-figure cost within 1.5× of the seed ledger's.

    .venv/bin/python benchmarks/checks.py [--rounds N] [--enforce]
    .venv/bin/python benchmarks/checks.py --cities 4,25,100 [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR_S = 1.5
SCALE_TARGET_S = 3.0
PER_FIGURE_RATIO = 1.5
ROOT = Path(__file__).resolve().parents[1]
PROBE = ("import sys; from analysis.cli import main; rc = main(['checks', '--format', 'csv']); "
         "heavy = [m for m in ('statsmodels', 'scipy', 'matplotlib', 'pandas') if m in sys.modules]; "
         "print('HEAVY:' + ','.join(heavy), file=sys.stderr); sys.exit(rc)")
# in-process split: load (parse + validate) and run_checks, each timed once in a fresh process
SPLIT = ("import json, time; t0 = time.process_time(); from analysis.ledger import load_ledger; "
         "from analysis.checks import run_checks; t1 = time.process_time(); l = load_ledger(); "
         "t2 = time.process_time(); c = run_checks(l); t3 = time.process_time(); "
         "print(json.dumps({'import': t1 - t0, 'load': t2 - t1, 'checks': t3 - t2, 'figures': len(l.figures), "
         "'n_checks': len(c)}))")


def _time_command(exe: Path, rounds: int, env: dict | None = None) -> tuple[list[float], list[float], str]:
    """Wall and CPU (user + system) seconds of ``analysis checks``, per run."""
    walls, cpus, out = [], [], ""
    for _ in range(rounds):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        out = subprocess.run([str(exe), "checks"], cwd=ROOT, capture_output=True, text=True, check=True,
                             env=env).stdout
        walls.append(time.perf_counter() - t0)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return walls, cpus, out


def _split(env: dict, rounds: int) -> dict:
    runs = [json.loads(subprocess.run([sys.executable, "-c", SPLIT], cwd=ROOT, capture_output=True, text=True,
                                      check=True, env=env).stdout) for _ in range(rounds)]
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def scale(cities: list[int], rounds: int, enforce: bool) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synthetic import build

    exe = Path(sys.executable).with_name("analysis")
    rows = []
    with tempfile.TemporaryDirectory(prefix="checks-scale-") as tmp:
        seed_env = dict(os.environ)
        seed_env.pop("ANALYSIS_DATA_DIR", None)
        base = _split(seed_env, rounds)
        base_per_fig = base["checks"] / base["figures"]
        for n in cities:
            data = build(n, Path(tmp) / f"n{n}")
            env = {**os.environ, "ANALYSIS_DATA_DIR": str(data), "ANALYSIS_SEEDS_DIR": str(data.parent / "seeds")}
            walls, cpus, _ = _time_command(exe, rounds, env)
            sp = _split(env, rounds)
            per_fig = sp["checks"] / sp["figures"]
            rows.append((n, sp["figures"], sp["n_checks"], statistics.median(walls), statistics.median(cpus),
                         sp["load"], sp["checks"], per_fig * 1e6, per_fig / base_per_fig))
    print(f"seed ledger: {base['figures']} figures, run_checks {base['checks']:.3f} CPU s "
          f"({base_per_fig * 1e6:.1f} µs per figure); medians of {rounds} runs; load average now "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| N cities | figures | checks | `analysis checks` wall | its CPU | load (CPU) | run_checks (CPU) "
          "| run_checks per figure | vs seed |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for n, figs, nc, wall, cpu, load, chk, pf, ratio in rows:
        print(f"| {n} | {figs} | {nc} | {wall:.2f} s | {cpu:.2f} s | {load:.2f} s | {chk:.2f} s | {pf:.1f} µs "
              f"| {ratio:.2f}× |")
    big = [r for r in rows if r[0] == max(cities)][0]
    fast = big[3] < SCALE_TARGET_S
    linear = all(r[8] <= PER_FIGURE_RATIO for r in rows)
    print(f"targets: wall under {SCALE_TARGET_S} s at N = {big[0]}: {'met' if fast else 'NOT met'}; "
          f"per-figure cost within {PER_FIGURE_RATIO}× of the seed's: {'met' if linear else 'NOT met'}")
    ok = fast and linear
    return 0 if ok or not enforce else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=None, help="runs per measurement (default 7; 3 with --cities)")
    ap.add_argument("--cities", help="comma-separated N: benchmark synthetic N-city ledgers instead (e.g. 4,25,100)")
    ap.add_argument("--enforce", action="store_true", help="exit 1 unless the targets are met")
    args = ap.parse_args()
    if args.cities:
        return scale([int(x) for x in args.cities.split(",")], args.rounds or 3, args.enforce)
    rounds = args.rounds or 7
    exe = Path(sys.executable).with_name("analysis")
    times, _, out = _time_command(exe, rounds)
    probe = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    heavy = probe.stderr.strip().rsplit("HEAVY:", 1)[-1]
    median = statistics.median(times)
    summary = subprocess.run([str(exe), "checks"], cwd=ROOT, capture_output=True, text=True, check=True)
    print(summary.stdout.strip().splitlines()[-1])
    print(f"analysis checks (all cities, process start included): median {median:.3f} s over {rounds} runs "
          f"(min {min(times):.3f}, max {max(times):.3f}); floor {FLOOR_S} s")
    print(f"heavy modules imported: {heavy or 'none'}")
    ok = median < FLOOR_S and not heavy
    return 0 if ok or not args.enforce else 1


if __name__ == "__main__":
    sys.exit(main())
