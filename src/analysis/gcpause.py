"""Pausing Python's cyclic garbage collector around work that makes many
objects and no garbage cycles (loading, checking and writing a large ledger):
its full passes over a large ledger's objects would only cost time (issue 11).

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block; re-enable it after,
    unless it was off already (nested pauses keep it off until the outermost ends)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
