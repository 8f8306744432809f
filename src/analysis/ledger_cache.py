"""A disk cache of validated ledgers, so that a command run again on unchanged data
does not parse and validate every CSV again.

Validation is the dearest part of ``analysis checks`` on a large ledger (about
3 s for 57,000 figures on two cores, against under 2 s for the checks
themselves). A ledger that passed validation is pickled under a key made of:

- the data folder's path and, for every file in it, its name and the SHA-256
  of its bytes (:func:`stamp`): an edit is seen even when it keeps the size and
  restores the old mtime (``cp -p``, an unpacked archive, ``os.utime``);
- the package version and the size and mtime of the modules that read and
  validate the data (a code change invalidates the cache);

so any change to the data or to the loader means a fresh parse. Only a valid
ledger is stored: invalid data is always validated again and reported.

Where: ``ANALYSIS_CACHE_DIR``, else ``$XDG_CACHE_HOME/analysis``, else
``~/.cache/analysis``; ``ANALYSIS_CACHE_DIR=off`` turns it off. A cache that
cannot be read or written (read-only home, a corrupt file) is ignored: the
ledger is then loaded from the CSVs as without it. The newest
:data:`KEEP` entries are kept.

Hashing is cheap (SHA-256 runs at about 2 GB/s here: 30 MB of CSV, a
300-city ledger, in under 20 ms) and is done once per file state in a
process: the digest is remembered under the file's inode, size, mtime and
ctime (ctime cannot be set back by a user), so repeated ``load_ledger()``
calls only ``stat`` the files.

>>> key_for("/data", (("figures.csv", 10, "ab"),)) == key_for("/data", (("figures.csv", 10, "ab"),))
True
>>> key_for("/data", (("figures.csv", 10, "ab"),)) == key_for("/data", (("figures.csv", 10, "cd"),))
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
_LOADER_MODULES = ("ledger/__init__.py", "ledger/model.py", "ledger/tables.py", "ledger/validation.py",
                   "ledger/loading.py", "figure_rules.py", "provenance.py", "numbers.py", "periods.py", "quantity.py",
                   "ledger_cache.py", "partition.py")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off."""
    env = os.environ.get("ANALYSIS_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "no") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "analysis"


def _code_stamp() -> tuple:
    from ._version import __version__

    here = Path(__file__).parent
    out = [__version__]
    for name in _LOADER_MODULES:
        try:
            st = (here / name).stat()
            out.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((name, None))
    return tuple(out)


#: Digests of files already hashed in this process, by (path, inode, size, mtime, ctime).
_DIGESTS: dict[tuple, str] = {}


def file_digest(path: Path, st: os.stat_result | None = None) -> str:
    """SHA-256 of a file's bytes, remembered while its inode, size, mtime and ctime stay.

    >>> len(file_digest(Path(__file__)))
    64
    """
    st = st or path.stat()
    memo = (str(path), st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    got = _DIGESTS.get(memo)
    if got is None:
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        got = _DIGESTS[memo] = h.hexdigest()
        if len(_DIGESTS) > 4096:
            _DIGESTS.clear()
    return got


def stamp(directory: Path) -> tuple:
    """The state of a data folder: (name, size, SHA-256) of each of its files, in
    name order; hidden files (editors' swap files, the partition's own
    pickles) left out.

    >>> from analysis.paths import data_dir
    >>> "figures.csv" in [name for name, _, _ in stamp(data_dir())]
    True
    """
    out = []
    for p in sorted(Path(directory).glob("*")):
        if p.name.startswith("."):
            continue
        try:
            st = p.stat()
        except OSError:
            continue
        if p.is_file():
            out.append((p.name, st.st_size, file_digest(p, st)))
    return tuple(out)


def key_for(directory: str, stamp: tuple) -> str:
    """The cache key of a data folder in the state ``stamp`` (names, sizes, digests)."""
    h = hashlib.sha256(repr((directory, stamp, _code_stamp())).encode("utf-8"))
    return h.hexdigest()[:32]


def is_partition(directory: str | Path) -> bool:
    """Whether ``directory`` is a partition folder of :mod:`analysis.partition`
    (``p-…`` with a ``.partition`` marker): its validated ledger is kept inside it."""
    p = Path(directory)
    return p.name.startswith("p-") and (p / ".partition").is_file()


def _entry(key: str, directory: str | None) -> Path | None:
    """Where the ledger of ``key`` is pickled: inside a partition folder for a
    partition (:mod:`analysis.partition`: a hundred of them must not push the
    whole ledger out of the :data:`KEEP` entries), else in the cache folder."""
    if directory is not None:
        if is_partition(directory):
            return Path(directory) / f".ledger-{key}.pickle"
    folder = cache_dir()
    return None if folder is None else folder / f"ledger-{key}.pickle"


def load(key: str, directory: str | None = None):
    """The cached ledger for ``key`` (of the data folder ``directory``), or None."""
    path = _entry(key, directory)
    if path is None:
        return None
    try:
        with open(path, "rb") as fh, collector_paused():  # unpickling makes ~10^6 objects and no garbage
            ledger = pickle.load(fh)
        os.utime(path)  # most recently used
        return ledger
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def store(key: str, ledger, directory: str | None = None) -> None:
    """Store a validated ledger; never fails the caller."""
    path = _entry(key, directory)
    if path is None:
        return
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".ledger-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(ledger, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        if path.name.startswith("."):  # inside a partition: one entry there
            for old in folder.glob(".ledger-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
            return
        entries = sorted(folder.glob("ledger-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return
