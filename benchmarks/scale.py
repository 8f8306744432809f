"""Scale benchmark (issue 11): checks and render time as the ledger grows.

For each N it builds a synthetic N-city ledger in a temporary folder
(:mod:`synthetic`: copies of Hohhot's rows under new slugs, source ids and
figure ids, documents linked), then measures, as a user would run them
(subprocesses, process start included):

- ``analysis checks --format csv`` (all cities): wall time and number of checks,
  cold (the first run parses and validates every CSV) and with the validated
  ledger from the disk cache (:mod:`analysis.ledger_cache`; the median of the
  next runs), each benchmark with a cache folder of its own;
- ``analysis render --all --lang L --format F --jobs J --force --quiet``:
  wall time, briefings, time per briefing, and the peak memory of the whole
  process tree (parent, kernels, Chromium; the sum of resident set sizes,
  sampled every 0.2 s with psutil).

    .venv/bin/python benchmarks/scale.py [--cities 4,10,25,100] [--lang zh] [--format html]
                                         [--jobs 2] [--rounds 1] [--skip-render]

The table of issue 11 is ``--lang zh --format html`` (the defaults); the whole
country is ``--cities 100 --lang zh,en --format html,pdf``. With ``--rounds R``
each measurement is repeated and the median shown. Small N runs quickly:
``--cities 4,10``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from synthetic import build  # noqa: E402


def _analysis() -> list[str]:
    script = Path(sys.executable).parent / "analysis"
    return [str(script)] if script.exists() else [sys.executable, "-m", "analysis.cli"]


class PeakMemory:
    """Peak of the summed RSS of a process and all its descendants."""

    def __init__(self, pid: int, every: float = 0.2):
        import psutil  # comes with dask[distributed]; `pip install psutil` otherwise

        self.root = psutil.Process(pid)
        self.psutil = psutil
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except self.psutil.Error:
                break
            for p in procs:
                try:
                    total += p.memory_info().rss
                except self.psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.every)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def run(cmd: list[str], env: dict, measure_memory: bool = False) -> tuple[float, str, int]:
    """Wall seconds, stdout and peak tree memory (bytes; 0 unless asked) of ``cmd``."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    peak = 0
    if measure_memory:
        with PeakMemory(proc.pid) as mem:
            out, err = proc.communicate()
        peak = mem.peak
    else:
        out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(out[-2000:] + err[-3000:])
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    return seconds, out, peak


def measure(n: int, args, tmp: Path) -> dict:
    data = build(n, tmp / f"syn{n}")
    env = {**os.environ, "ANALYSIS_DATA_DIR": str(data), "ANALYSIS_SEEDS_DIR": str(data.parent / "seeds"),
           "ANALYSIS_CACHE_DIR": str(tmp / f"cache{n}")}  # a cache of its own: the first run is cold
    env.pop("ANALYSIS_DEBUG", None)
    with open(data / "figures.csv", encoding="utf-8") as fh:
        figures = sum(1 for _ in fh) - 1
    with open(data / "cities.csv", encoding="utf-8") as fh:
        n_cities = sum(1 for _ in fh) - 1
    row: dict = {"n": n, "figures": figures, "cities_in_catalogue": n_cities}
    row["checks_cold_s"], _, _ = run([*_analysis(), "checks", "--format", "csv"], env)  # parse + validate
    times, checks = [], 0
    for _ in range(max(args.rounds, 3)):  # the validated ledger from the disk cache
        seconds, out, _ = run([*_analysis(), "checks", "--format", "csv"], env)
        times.append(seconds)
        checks = out.count("\n") - 1
    row["checks_s"], row["checks"] = statistics.median(times), checks
    if args.skip_render:
        return row
    times, peaks = [], []
    for i in range(args.rounds):
        out_dir = tmp / f"out{n}-{i}"
        seconds, out, peak = run(
            [*_analysis(), "render", "--all", "--lang", args.lang, "--format", args.format, "--jobs",
             str(args.jobs), "--out", str(out_dir), "--force", "--quiet"], env, measure_memory=True)
        times.append(seconds)
        peaks.append(peak)
        last = out.strip().splitlines()[-1]
        if " 0 failed" not in last:
            raise SystemExit(f"N={n}: some briefings failed: {last}")
        row["briefings"] = int(last.split(" rendered")[0])
    row["render_s"], row["peak_mb"] = statistics.median(times), max(peaks) / 2**20
    row["per_briefing_s"] = row["render_s"] / row["briefings"]
    return row


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cities", default="4,10,25,100", help="values of N, comma-separated")
    parser.add_argument("--lang", default="zh")
    parser.add_argument("--format", default="html")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--skip-render", action="store_true", help="only time `analysis checks`")
    args = parser.parse_args(argv)
    ns = [int(v) for v in args.cities.split(",") if v.strip()]
    print(f"render: --lang {args.lang} --format {args.format} --jobs {args.jobs}; {os.cpu_count()} cores; "
          f"median of {args.rounds} round(s)", flush=True)
    header = ("| N cities (figures) | `analysis checks` cold / cached ledger (checks) | render: briefings, wall "
              "| per briefing "
              "| peak memory (RSS, tree) |")
    print(header)
    print("| --- | --- | --- | --- | --- |", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        for n in ns:
            r = measure(n, args, Path(tmp))
            render = (f"{r['briefings']} briefings: {r['render_s']:.1f} s | {r['per_briefing_s']:.2f} s | "
                      f"{r['peak_mb']:.0f} MB") if "render_s" in r else "- | - | -"
            print(f"| {r['n']} ({r['figures']}) | {r['checks_cold_s']:.2f} s / {r['checks_s']:.2f} s ({r['checks']}) "
                  f"| {render} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
