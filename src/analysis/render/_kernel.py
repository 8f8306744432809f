"""Code that runs inside a warm kernel, between notebooks.

The render pipeline keeps one IPython kernel per worker for a whole batch. It
calls :func:`warm` once after the kernel starts (imports the heavy modules the
notebook will need, while other work proceeds) and :func:`reset` before each
notebook, so that a notebook sees a fresh namespace: no variables, figures,
matplotlib settings or working directory left by the one before.

Modules stay imported (``sys.modules``): that is the point of a warm kernel,
and the notebook's own ``import`` lines then cost nothing.

>>> warm(["json", "no_such_module_xyz"])
['no_such_module_xyz']
"""

from __future__ import annotations

import gc
import importlib
import os

_saved_rc: dict | None = None


def warm(modules: list[str]) -> list[str]:
    """Import ``modules``; return the names that failed to import.

    A failure is not an error here: the notebook will raise it where a person
    can see it, in the cell that imports the module.
    """
    global _saved_rc
    failed = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - reported by the notebook itself
            failed.append(name)
    try:
        import matplotlib

        if "matplotlib.pyplot" in modules:
            import matplotlib.pyplot  # noqa: F401  (selects the inline backend)
        _saved_rc = dict(matplotlib.rcParams)
    except Exception:  # noqa: BLE001
        _saved_rc = None
    return failed


def reset(cwd: str) -> None:
    """Give the next notebook a clean kernel, working in ``cwd``."""
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
    if _saved_rc is not None and "matplotlib" in sys.modules:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sys.modules["matplotlib"].rcParams.update(_saved_rc)
    os.chdir(cwd)
    gc.collect()
