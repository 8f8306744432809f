"""The checks of a large ledger on two cores (issue 11).

Checking one city touches only that city's figures, so the cities of a large
ledger split into two runs of consecutive cities with about as many figures
each: this process checks the first, a forked copy of it (which shares the
loaded ledger and its index, copy-on-write) checks the second, and each side
turns its checks into what the caller needs (``work``: CSV text, JSON items,
table cells …) before the results come back in catalogue order. Only the
finished text crosses between the processes.

A small ledger (under :data:`PARALLEL_MIN_FIGURES` figures: the seed ledger
has 640), one city, a single core or a platform without ``fork`` stay in this
process and import nothing more.

>>> from analysis.ledger import load_ledger
>>> from analysis.checks import run_checks
>>> ledger = load_ledger()
>>> map_city_groups(ledger, len) == [len(run_checks(ledger))]   # small: one group, here
True
>>> groups = city_groups(ledger, 2)
>>> [c for g in groups for c in g] == index_for(ledger).cities()
True
"""

from __future__ import annotations

import os
from typing import Callable, TypeVar

from ..ledger import Ledger
from .index import index_for
from .model import Check

__all__ = ["map_city_groups", "city_groups", "PARALLEL_MIN_FIGURES", "available_cores"]

T = TypeVar("T")

#: Ledgers with fewer figures are checked in one process (a fork costs more than it saves).
PARALLEL_MIN_FIGURES = 10_000

#: Set to a number to cap the processes (``1``: always one process).
JOBS_ENV = "ANALYSIS_CHECK_JOBS"

#: What the forked process works on (set before the fork, read in the child).
_SHARED: tuple | None = None


def available_cores() -> int:
    """Cores this process may run on (``ANALYSIS_CHECK_JOBS`` caps it), at most 2."""
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        n = os.cpu_count() or 1
    cap = os.environ.get(JOBS_ENV, "").strip()
    if cap:
        try:
            n = min(n, max(1, int(cap)))
        except ValueError:
            raise ValueError(f"{JOBS_ENV}={cap!r}: expected a whole number of processes (1 or 2)") from None
    return max(1, min(n, 2))


def city_groups(ledger: Ledger, n: int) -> list[list[str]]:
    """The cities with figures in catalogue order, cut into at most ``n`` runs of
    consecutive cities with about as many figures each."""
    ix = index_for(ledger)
    cities = ix.cities()
    n = max(1, min(n, len(cities)))
    total = sum(len(ix.by_city[c]) for c in cities)
    groups: list[list[str]] = [[] for _ in range(n)]
    done = 0
    for c in cities:
        k = min(n - 1, done * n // max(total, 1))
        groups[k].append(c)
        done += len(ix.by_city[c])
    return [g for g in groups if g]


def _child(cities: list[str]):
    from . import checks_of_cities

    ledger, work = _SHARED  # type: ignore[misc]
    return work(checks_of_cities(ledger, cities))


def map_city_groups(ledger: Ledger, work: Callable[[list[Check]], T], jobs: int | None = None) -> list[T]:
    """``work`` applied to the checks of each group of cities (:func:`city_groups`),
    in catalogue order: ``work(run_checks(ledger))`` split in parts, the last
    part computed in a forked process when the ledger is large and a second
    core is free. ``work`` must return something picklable."""
    from . import checks_of_cities, run_checks

    global _SHARED
    jobs = available_cores() if jobs is None else max(1, jobs)
    ix = index_for(ledger)  # built before the fork, so the child has it too
    if jobs < 2 or len(ledger.figures) < PARALLEL_MIN_FIGURES or len(ix.cities()) < 2 \
            or not hasattr(os, "fork"):
        return [work(run_checks(ledger))]
    import multiprocessing

    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:  # pragma: no cover - no fork on this platform
        return [work(run_checks(ledger))]
    first, *rest = city_groups(ledger, 2)
    _SHARED = (ledger, work)
    try:
        with ctx.Pool(1) as pool:
            pending = [pool.apply_async(_child, (g,)) for g in rest]
            mine = work(checks_of_cities(ledger, first))
            return [mine, *(p.get() for p in pending)]
    finally:
        _SHARED = None
