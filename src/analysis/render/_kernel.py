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


def preload() -> bool:
    """Import what every briefing's first cell needs (the checks, the briefing).

    The ledger itself is not loaded here: each briefing reads only its city's
    partition (:mod:`analysis.partition`), set by :func:`reset`. A failure is
    left for the notebook to report (False here).
    """
    try:
        import analysis.briefing  # noqa: F401
        import analysis.checks  # noqa: F401
    except Exception:  # noqa: BLE001 - the notebook raises it where a person can see it
        return False
    # the imported modules live as long as the kernel: out of the garbage collector's sight
    gc.collect()
    gc.freeze()
    return True


def reset(cwd: str, data_dir: str | None = None) -> None:
    """Give the next notebook a clean namespace, no open figures, working in
    ``cwd``; with ``data_dir``, :func:`analysis.ledger.load_ledger` reads that
    folder (the city's partition, :mod:`analysis.partition`)."""
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
    if data_dir is not None:
        os.environ["ANALYSIS_DATA_DIR"] = data_dir
    gc.collect()
