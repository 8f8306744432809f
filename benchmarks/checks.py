"""Benchmark: `analysis checks` for all cities, process start included.

Floor (issue "The documented series, the analysis library and the claim
checks"): under 1.5 s on the project's 2-core machine, with neither
statsmodels, scipy nor matplotlib imported.

Scale (issue 11, "Linear checks"): with ``--cities 4,25,100`` the same command
runs on synthetic ledgers of N cities (``benchmarks/synthetic.py``: copies of
Hohhot's rows under new slugs, source ids and figure ids, in a temporary
directory) and reports, per N, the wall and CPU time of the whole command
(the default table, ``--format csv`` and ``--format json`` with the
validated ledger from the disk cache, and ``--format csv`` cold, with the
cache off), the split between loading and checking (CPU, in one process),
and the checking cost per figure against the seed ledger's. Targets: under
3 s at N = 100 (table and csv, cached ledger), and a per-figure cost within
1.5× of the seed ledger's. A ledger of 10,000 figures or more is checked in
two processes where two cores are free (``analysis.checks.parallel``; CPU
includes the second process); ``ANALYSIS_CHECK_JOBS=1`` keeps one.

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


def _time_command(exe: Path, rounds: int, env: dict | None = None,
                  args: tuple[str, ...] = ()) -> tuple[list[float], list[float], str]:
    """Wall and CPU (user + system, its worker process included) seconds of
    ``analysis checks ARGS``, per run."""
    walls, cpus, out = [], [], ""
    for _ in range(rounds):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        out = subprocess.run([str(exe), "checks", *args], cwd=ROOT, capture_output=True, text=True, check=True,
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
            env = {**os.environ, "ANALYSIS_DATA_DIR": str(data), "ANALYSIS_SEEDS_DIR": str(data.parent / "seeds"),
                   "ANALYSIS_CACHE_DIR": str(Path(tmp) / f"cache{n}")}
            cold_env = {**env, "ANALYSIS_CACHE_DIR": "off"}
            _time_command(exe, 1, env)  # fills the disk cache of the validated ledger
            timed = {}
            # the formats back to back, round by round, so that a busy spell of the machine hits all alike
            for _ in range(rounds):
                for name, e, args in (("table", env, ()), ("csv", env, ("--format", "csv")),
                                      ("json", env, ("--format", "json")), ("cold", cold_env, ("--format", "csv"))):
                    w, c, _ = _time_command(exe, 1, e, args)
                    timed.setdefault(name, ([], []))
                    timed[name][0].extend(w)
                    timed[name][1].extend(c)
            sp = _split(env, rounds)
            per_fig = sp["checks"] / sp["figures"]
            med = {k: (statistics.median(w), statistics.median(c)) for k, (w, c) in timed.items()}
            rows.append((n, sp["figures"], sp["n_checks"], med, sp["load"], sp["checks"], per_fig * 1e6,
                         per_fig / base_per_fig))
    print(f"seed ledger: {base['figures']} figures, run_checks {base['checks']:.3f} CPU s "
          f"({base_per_fig * 1e6:.1f} µs per figure); medians of {rounds} runs; load average now "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("`analysis checks` wall / CPU (process start included; the ledger from the disk cache, or cold: "
          "parsed and validated); load and run_checks: CPU in one process")
    print("| N cities | figures | checks | table (default) | --format csv | --format json | csv, cold "
          "| load | run_checks | run_checks per figure | vs seed |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for n, figs, nc, med, load, chk, pf, ratio in rows:
        cell = lambda k: f"{med[k][0]:.2f} s / {med[k][1]:.2f} s"  # noqa: E731
        print(f"| {n} | {figs} | {nc} | {cell('table')} | {cell('csv')} | {cell('json')} | {cell('cold')} "
              f"| {load:.2f} s | {chk:.2f} s | {pf:.1f} µs | {ratio:.2f}× |")
    big = [r for r in rows if r[0] == max(cities)][0]
    fast = big[3]["table"][0] < SCALE_TARGET_S and big[3]["csv"][0] < SCALE_TARGET_S
    linear = all(r[7] <= PER_FIGURE_RATIO for r in rows)
    print(f"targets: wall under {SCALE_TARGET_S} s at N = {big[0]} (table and csv, cached ledger): "
          f"{'met' if fast else 'NOT met'}; per-figure cost within {PER_FIGURE_RATIO}× of the seed's: "
          f"{'met' if linear else 'NOT met'}")
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
