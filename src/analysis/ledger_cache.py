"""A disk cache of validated ledgers, so that a command run again on unchanged data
does not parse and validate every CSV again.

Validation is the dearest part of ``analysis checks`` on a large ledger (about
3 s for 57,000 figures on two cores, against under 2 s for the checks
themselves). A ledger that passed validation is pickled under a key made of:

- the data folder's path and, for every file in it, name, size and mtime;
- the package version and the size and mtime of the modules that read and
  validate the data (a code change invalidates the cache);

so any change to the data or to the loader means a fresh parse. Only a valid
ledger is stored: invalid data is always validated again and reported.

Where: ``ANALYSIS_CACHE_DIR``, else ``$XDG_CACHE_HOME/analysis``, else
``~/.cache/analysis``; ``ANALYSIS_CACHE_DIR=off`` turns it off. A cache that
cannot be read or written (read-only home, a corrupt file) is ignored: the
ledger is then loaded from the CSVs as without it. The newest
:data:`KEEP` entries are kept.

>>> key_for("/data", (("figures.csv", 10, 1),)) == key_for("/data", (("figures.csv", 10, 1),))
True
>>> key_for("/data", (("figures.csv", 10, 1),)) == key_for("/data", (("figures.csv", 11, 1),))
False
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from .gcpause import collector_paused

#: Entries kept in the cache folder (the oldest are removed beyond this).
KEEP = 16

#: Modules whose code decides what a loaded ledger holds.
_LOADER_MODULES = ("ledger.py", "figure_rules.py", "provenance.py", "numbers.py", "periods.py", "quantity.py",
                   "ledger_cache.py")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off."""
    env = os.environ.get("ANALYSIS_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "no") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "analysis"


def _code_stamp() -> tuple:
    from . import __version__

    here = Path(__file__).parent
    out = [__version__]
    for name in _LOADER_MODULES:
        try:
            st = (here / name).stat()
            out.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((name, None))
    return tuple(out)


def key_for(directory: str, stamp: tuple) -> str:
    """The cache key of a data folder in the state ``stamp`` (names, sizes, mtimes)."""
    h = hashlib.sha256(repr((directory, stamp, _code_stamp())).encode("utf-8"))
    return h.hexdigest()[:32]


def load(key: str):
    """The cached ledger for ``key``, or None."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"ledger-{key}.pickle"
    try:
        with open(path, "rb") as fh, collector_paused():  # unpickling makes ~10^6 objects and no garbage
            ledger = pickle.load(fh)
        os.utime(path)  # most recently used
        return ledger
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def store(key: str, ledger) -> None:
    """Store a validated ledger; never fails the caller."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".ledger-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(ledger, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / f"ledger-{key}.pickle")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        entries = sorted(folder.glob("ledger-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return
