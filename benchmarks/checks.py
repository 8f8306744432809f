"""Benchmark: `analysis checks` for all cities, process start included.

Floor (issue "The documented series, the analysis library and the claim
checks"): under 1.5 s on the project's 2-core machine, with neither
statsmodels, scipy nor matplotlib imported.

    .venv/bin/python benchmarks/checks.py [--rounds N] [--enforce]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

FLOOR_S = 1.5
ROOT = Path(__file__).resolve().parents[1]
PROBE = ("import sys; from analysis.cli import main; rc = main(['checks', '--format', 'csv']); "
         "heavy = [m for m in ('statsmodels', 'scipy', 'matplotlib', 'pandas') if m in sys.modules]; "
         "print('HEAVY:' + ','.join(heavy), file=sys.stderr); sys.exit(rc)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--enforce", action="store_true", help=f"exit 1 unless the median is under {FLOOR_S} s")
    args = ap.parse_args()
    exe = Path(sys.executable).with_name("analysis")
    times = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        out = subprocess.run([str(exe), "checks"], cwd=ROOT, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - t0)
    probe = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    heavy = probe.stderr.strip().rsplit("HEAVY:", 1)[-1]
    median = statistics.median(times)
    print(out.stdout.strip().splitlines()[-1])
    print(f"analysis checks (all cities, process start included): median {median:.3f} s over {args.rounds} runs "
          f"(min {min(times):.3f}, max {max(times):.3f}); floor {FLOOR_S} s")
    print(f"heavy modules imported: {heavy or 'none'}")
    ok = median < FLOOR_S and not heavy
    return 0 if ok or not args.enforce else 1


if __name__ == "__main__":
    sys.exit(main())
