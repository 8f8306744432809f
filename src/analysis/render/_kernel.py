"""Code that runs inside a warm kernel, between notebooks.

The render pipeline keeps one IPython kernel per worker for a whole batch. It
calls :func:`warm` once after the kernel starts (imports the heavy modules the
notebook will need, while other work proceeds) and :func:`reset` before each
notebook, so that a notebook sees a fresh namespace: no variables, open
figures or working directory left by the one before.

Modules stay imported (``sys.modules``), with their state: that is the point of
a warm kernel, and the notebook's own ``import`` lines then cost nothing. So
matplotlib's rcParams are *not* restored: a module that configures matplotlib
once (``analysis.charts.setup``) must find its settings still in place.

>>> warm(["json", "no_such_module_xyz"])
['no_such_module_xyz']
"""

from __future__ import annotations

import gc
import importlib
import os


def warm(modules: list[str]) -> list[str]:
    """Import ``modules``; return the names that failed to import.

    A failure is not an error here: the notebook will raise it where a person
    can see it, in the cell that imports the module.
    """
    failed = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - reported by the notebook itself
            failed.append(name)
    return failed


def preload_ledger() -> bool:
    """Load and validate the ledger once per kernel, not once per briefing.

    :func:`analysis.ledger.load_ledger` caches by folder and file times, so the
    notebook's own call then returns this ledger at no cost. A failure is left
    for the notebook to report (False here).
    """
    try:
        from analysis.checks.index import index_for
        from analysis.ledger import load_ledger

        index_for(load_ledger())
    except Exception:  # noqa: BLE001 - the notebook raises it where a person can see it
        return False
    # The ledger and its index live as long as the kernel: out of the garbage
    # collector's sight, so that the collections between and during notebooks
    # do not walk them again (at 100 cities, 0.2 s per notebook).
    gc.collect()
    gc.freeze()
    return True


def reset(cwd: str) -> None:
    """Give the next notebook a clean namespace, no open figures, working in ``cwd``."""
    import sys

    ip = None
    try:
        from IPython import get_ipython

        ip = get_ipython()
    except ImportError:
        pass
    if ip is not None:
        ip.run_line_magic("reset", "-f")
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
    os.chdir(cwd)
    gc.collect()
