"""One ``analysis add`` at a time per data folder, and no leftovers of a killed one.

``analysis add`` reads ``figures.csv``, validates the merged ledger in a
temporary copy of the data folder (``$TMPDIR/analysis-add-<pid>-*``) and renames
the new file over the old one. Two adds at once into one folder would each
read the same ``figures.csv`` and the second rename would drop the rows of the
first, so the folder is locked (``filelock``, the lock file
``<data>/.analysis-add.lock``): the second add says it waits, waits at most
:data:`ADD_TIMEOUT` seconds (``ANALYSIS_ADD_TIMEOUT``), then reads what the
first wrote, or gives up with one line and changes nothing.

A killed add (``kill -9``, a closed terminal) leaves its temporary copy and
perhaps a ``.figures.*.csv`` beside ``figures.csv``: the next add sweeps them
(:func:`sweep_leftovers`).

>>> lock_timeout({"ANALYSIS_ADD_TIMEOUT": "2.5"}), lock_timeout({})
(2.5, 60.0)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from ..errors import AnalysisError

#: Seconds a second ``analysis add`` into the same folder waits for the first (``ANALYSIS_ADD_TIMEOUT``).
ADD_TIMEOUT = 60.0
TIMEOUT_ENV = "ANALYSIS_ADD_TIMEOUT"
#: The lock file, in the data folder (git-ignored).
LOCK_NAME = ".analysis-add.lock"
#: Temporary copies of the data folder: ``analysis-add-<pid>-<random>`` in the system's temporary folder.
_TMP_PREFIX = "analysis-add-"
#: A temporary copy without a process id (written before the ids were added) is swept when older than this.
_STALE_SECONDS = 3600


def lock_timeout(environ=os.environ) -> float:
    """The wait for the lock, in seconds: ``ANALYSIS_ADD_TIMEOUT`` or :data:`ADD_TIMEOUT`."""
    from ..inputs import env_number

    return env_number(TIMEOUT_ENV, ADD_TIMEOUT, "a number of seconds", zero=True, environ=environ)


@contextmanager
def data_lock(directory: Path, timeout: float | None = None):
    """Hold the data folder's lock; wait (saying so on stderr) at most
    ``timeout`` seconds for another add, else raise :class:`AnalysisError`."""
    from filelock import FileLock, Timeout

    timeout = lock_timeout() if timeout is None else timeout
    path = Path(directory) / LOCK_NAME
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        print(f"waiting for another `analysis add` into {directory} to finish (at most {timeout:g} s; "
              f"{TIMEOUT_ENV} sets it) …", file=sys.stderr, flush=True)
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise AnalysisError(f"{directory}: another `analysis add` still holds {path} after {timeout:g} s; "
                                f"nothing was merged: run this add again when it has finished "
                                f"(or wait longer: {TIMEOUT_ENV}=SECONDS)") from None
    except OSError as exc:
        raise AnalysisError(f"{path}: cannot lock the data folder ({exc.strerror or exc})") from None
    try:
        yield path
    finally:
        lock.release()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def sweep_leftovers(directory: Path, tmp: Path | None = None) -> list[Path]:
    """Remove what killed adds left: temporary copies whose process is gone,
    and ``.figures.*.csv`` / ``.indicators.*.csv`` in ``directory`` (call it
    holding the lock: no other add is writing them). Returns what was removed.

    >>> import tempfile; tmp = Path(tempfile.mkdtemp()); data = Path(tempfile.mkdtemp())
    >>> dead = tmp / "analysis-add-999999999-abc"; dead.mkdir(); (data / ".figures.x1.csv").touch()
    >>> live = tmp / f"analysis-add-{os.getpid()}-abc"; live.mkdir()
    >>> sorted(p.name for p in sweep_leftovers(data, tmp))
    ['.figures.x1.csv', 'analysis-add-999999999-abc']
    >>> live.exists()
    True
    """
    tmp = Path(tmp or tempfile.gettempdir())
    removed = []
    for p in tmp.glob(f"{_TMP_PREFIX}*"):
        pid = p.name[len(_TMP_PREFIX):].split("-", 1)[0]
        try:
            if pid.isdigit():
                stale = not _alive(int(pid))
            else:
                stale = time.time() - p.stat().st_mtime > _STALE_SECONDS
        except OSError:
            continue
        if stale and p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    for pattern in (".figures.*.csv", ".indicators.*.csv"):
        for p in Path(directory).glob(pattern):
            try:
                p.unlink()
                removed.append(p)
            except OSError:
                pass
    return removed
