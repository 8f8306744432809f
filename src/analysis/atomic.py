"""One way to replace a file atomically, with the mode any new file gets.

The bytes go to a temporary file beside the target, which then replaces it
(:func:`os.replace`): a reader sees the old file or the new one, never half of
one. The temporary file is created with :func:`open` (mode ``0o666`` less the
umask), not :func:`tempfile.mkstemp` (always ``0o600``): the briefings and
their downloads are read by a web server, so they get the same mode as any
file the user creates (``0o644`` under the usual umask ``022``).

>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write_bytes(d / "a.csv", b"x,y\\n")
>>> (d / "a.csv").read_bytes(), sorted(p.name for p in d.iterdir())
(b'x,y\\n', ['a.csv'])
>>> umask = os.umask(0); _ = os.umask(umask)  # the process's umask, read back
>>> (d / "a.csv").stat().st_mode & 0o777 == 0o666 & ~umask
True
"""

from __future__ import annotations

import os
import threading
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder
    (named by process and thread, so concurrent writers never share one); on
    any error the old file is left as it was and the temporary one removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
