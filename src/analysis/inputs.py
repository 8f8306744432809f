"""The files a user hands the package are read within bounds: only regular
files (a FIFO, ``/dev/zero`` or a folder is refused before a byte is read, so
nothing hangs or fills the memory), and at most a given size.

Limits (documented in docs/faults.md):

- a document for ``analysis extract`` and a review CSV for ``analysis add``:
  :data:`DOCUMENT_LIMIT_MB` megabytes (``ANALYSIS_MAX_DOCUMENT_MB``, or
  ``analysis extract --max-size MB``);
- the data files (``figures.csv`` …): regular files, no size limit (the
  curators' own data).

>>> import tempfile; d = Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("呼和浩特")
>>> read_bytes(d / "a.txt", limit_mb=1).decode()
'呼和浩特'
>>> read_bytes(d, limit_mb=1)
Traceback (most recent call last):
...
analysis.errors.AnalysisError: ...: a folder, not a regular file
>>> read_bytes("/dev/zero", limit_mb=1)
Traceback (most recent call last):
...
analysis.errors.AnalysisError: /dev/zero: a character device, not a regular file
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import AnalysisError

#: Largest document (or review CSV) read, in megabytes; ``ANALYSIS_MAX_DOCUMENT_MB`` changes it.
DOCUMENT_LIMIT_MB = 10.0
LIMIT_ENV = "ANALYSIS_MAX_DOCUMENT_MB"

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def env_number(name: str, default: float, what: str, *, zero: bool = False, environ=os.environ) -> float:
    """The number an environment variable sets (``default`` when unset); anything
    but a positive number (or 0, with ``zero``) is one error naming it and ``what``.

    >>> env_number("X", 2.0, "seconds", environ={"X": "0"}, zero=True), env_number("X", 2.0, "s", environ={})
    (0.0, 2.0)
    >>> env_number("X", 2.0, "a size in megabytes", environ={"X": "big"})
    Traceback (most recent call last):
    ...
    analysis.errors.AnalysisError: X='big': expected a size in megabytes (more than 0)
    """
    text = environ.get(name, "")
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not (value >= 0 if zero else value > 0):
        raise AnalysisError(f"{name}={text!r}: expected {what} ({'0 or more' if zero else 'more than 0'})")
    return value


def document_limit_mb(environ=os.environ) -> float:
    """The document size limit in megabytes: ``ANALYSIS_MAX_DOCUMENT_MB`` or :data:`DOCUMENT_LIMIT_MB`.

    >>> document_limit_mb({"ANALYSIS_MAX_DOCUMENT_MB": "5"}), document_limit_mb({})
    (5.0, 10.0)
    """
    return env_number(LIMIT_ENV, DOCUMENT_LIMIT_MB, "a size in megabytes", environ=environ)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_bytes(path: str | Path, limit_mb: float | None = None, what: str = "document") -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit_mb`` megabytes
    (None: no size limit). Raises :class:`AnalysisError` in one line naming
    the file otherwise, or when it cannot be read."""
    path = Path(path)
    try:  # non-blocking: opening a FIFO must not wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        if os.path.isdir(path):
            raise AnalysisError(f"{path}: a folder, not a regular file") from None
        raise AnalysisError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = _kind(st.st_mode)
            raise AnalysisError(f"{path}: {kind}" + ("" if kind.startswith("not") else ", not a regular file"))
        if limit_mb is not None and st.st_size > limit_mb * 1e6:
            raise AnalysisError(f"{path}: {st.st_size / 1e6:,.1f} MB, over the {limit_mb:g} MB limit for a {what} "
                                f"(raise it: {LIMIT_ENV}=MB, or extract --max-size MB)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read() if limit_mb is None else fh.read(int(limit_mb * 1e6) + 1)
        if limit_mb is not None and len(data) > limit_mb * 1e6:  # grew while read
            raise AnalysisError(f"{path}: over the {limit_mb:g} MB limit for a {what} (raise it: {LIMIT_ENV}=MB, or extract --max-size MB)")
        return data
    except OSError as exc:
        raise AnalysisError(f"{path}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def quote_problem(name: str, columns: list[str], start: int, end: int, record: list[str]) -> str | None:
    r"""The problem of a CSV record that spans lines ``start`` to ``end`` because
    a quote opened a field and was not closed on its line, named by the line
    and column where the field opens (the csv module reports where it ends);
    None when no field of the record holds a line break.

    >>> print(quote_problem("f.csv", ["a", "b", "c"], 2, 8, ["1", 'x\n3,4\n']))
    f.csv:2: column 'b': a quote (") opens this field and is not closed on its line: the field runs to line 8 (an unclosed quote? a quote inside a field is written "")
    >>> quote_problem("f.csv", ["a", "b"], 2, 2, ["1", "2", "3"]) is None
    True
    """
    j = next((j for j, cell in enumerate(record) if "\n" in cell or "\r" in cell), None)
    if end <= start or j is None:
        return None
    column = f"column {columns[j]!r}" if j < len(columns) else f"field {j + 1}"
    return (f"{name}:{start}: {column}: a quote (\") opens this field and is not closed on its line: the field "
            f"runs to line {end} (an unclosed quote? a quote inside a field is written \"\")")
