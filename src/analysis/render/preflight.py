"""What a render checks before it starts any kernel or browser, and what it
cleans up from renders that were killed.

>>> from pathlib import Path
>>> preflight_out_dir(Path(__file__))
Traceback (most recent call last):
...
analysis.render.system.RenderError: --out ...: is a file, not a folder; give a folder (it is created if missing)
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from analysis.render.system import RenderError


#: Seconds the browser may take to start before rendering is abandoned
#: (``ANALYSIS_BROWSER_TIMEOUT`` overrides it).
DEFAULT_BROWSER_TIMEOUT = 30.0


def browser_timeout() -> float:
    """Seconds to wait for Chromium to start (``ANALYSIS_BROWSER_TIMEOUT``, default 30)."""
    raw = os.environ.get("ANALYSIS_BROWSER_TIMEOUT", "")
    try:
        value = float(raw) if raw else DEFAULT_BROWSER_TIMEOUT
    except ValueError:
        raise RenderError(f"ANALYSIS_BROWSER_TIMEOUT={raw!r}: expected a number of seconds") from None
    if value <= 0:
        raise RenderError(f"ANALYSIS_BROWSER_TIMEOUT={raw!r}: expected a positive number of seconds")
    return value


def _known_cities(ledger, cities: Sequence[str] | None) -> list[str]:
    """The cities asked for, each one with figures; else an error listing those that have them."""
    from analysis.errors import UnknownNameError

    with_figures = ledger.city_slugs()
    if not cities:
        if not with_figures:
            raise RenderError(f"no city has figures in {ledger.directory / 'figures.csv'}: nothing to render")
        return list(with_figures)
    known = ", ".join(f"{slug} ({ledger.cities[slug].name_zh})" for slug in with_figures)
    unknown = [c for c in cities if c not in ledger.cities]
    if unknown:
        raise UnknownNameError(f"unknown city {', '.join(map(repr, unknown))}; known cities: {known}")
    empty = [c for c in cities if c not in with_figures]
    if empty:
        raise RenderError(
            f"city {', '.join(map(repr, empty))} is listed in cities.csv but has no figures in "
            f"{ledger.directory / 'figures.csv'}: there is nothing to brief; add its figures "
            f"(docs/curation.md) or choose one of: {known}")
    return list(dict.fromkeys(cities))


def preflight_out_dir(out: Path) -> None:
    """Make sure ``out`` is a folder this process can write, before any kernel
    or browser starts; raise :class:`RenderError` saying what is wrong."""
    import tempfile

    if out.exists() and not out.is_dir():
        raise RenderError(f"--out {out}: is a file, not a folder; give a folder (it is created if missing)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise RenderError(f"--out {out}: a part of this path is a file, not a folder") from None
    except OSError as exc:
        raise RenderError(f"--out {out}: cannot create the folder ({exc.strerror}); choose another with --out") \
            from None
    try:
        with tempfile.NamedTemporaryFile(dir=out, prefix=f".analysis-write-test.{os.getpid()}."):
            pass
    except OSError as exc:
        raise RenderError(f"--out {out}: cannot write in this folder ({exc.strerror}); choose another with --out") \
            from None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


#: Names of what a render leaves behind only when it is killed: the kernel's
#: socket folder in the temporary directory, the half-written files in ``DIR``.
#: Each carries the pid of the process that made it.
_ORPHANS_TMP = re.compile(r"^analysis-(?:kernel|render)-(\d+)-")


_ORPHANS_OUT = re.compile(r"^\.(?:briefing|checks|manifest|analysis-write-test)[^/]*?\.(\d+)\.")


def sweep_orphans(out: Path | None = None) -> list[Path]:
    """Remove what killed renders left (their pid no longer runs); return it.

    SIGKILL gives a process no chance to clean up: the next render does it.
    """
    import shutil
    import tempfile

    removed: list[Path] = []
    candidates: list[tuple[Path, re.Pattern]] = []
    tmp = Path(tempfile.gettempdir())
    try:
        candidates += [(p, _ORPHANS_TMP) for p in tmp.iterdir() if p.name.startswith("analysis-")]
    except OSError:
        pass
    if out is not None and out.is_dir():
        for pattern in (".*.tmp", ".*.tmp.*", "*/.*.tmp", "*/*/.*.tmp*", ".analysis-write-test.*"):
            candidates += [(p, _ORPHANS_OUT) for p in out.glob(pattern)]
    for path, pattern in candidates:
        m = pattern.match(path.name)
        if not m or int(m.group(1)) == os.getpid() or _pid_alive(int(m.group(1))):
            continue
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def _follow_pair(path: Path, say: Callable[[str], None]) -> Path:
    """The file to render: ``path``, or its jupytext pair when that is newer.

    The render's default is ``notebooks/briefing.py`` itself (the tracked
    source; its ``.ipynb`` is generated), so this matters only for an
    ``.ipynb`` named with ``--notebook``: someone who edits the ``.py``
    expects the briefing to change, so when the ``.py`` beside an ``.ipynb``
    is newer, it is the one rendered (the ``.ipynb`` is left alone;
    ``jupytext --sync`` updates it).
    """
    if path.suffix != ".ipynb":
        return path
    script = path.with_suffix(".py")
    if not script.is_file():
        return path
    try:
        head = script.read_text(encoding="utf-8")[:2000]
    except (OSError, UnicodeDecodeError):
        return path
    if "jupytext" not in head:  # a plain script of the same name, not a pair
        return path
    if script.stat().st_mtime_ns > path.stat().st_mtime_ns:
        say(f"{script.name} is newer than {path.name}: rendering {script.name} "
            f"(`jupytext --sync {script}` updates the .ipynb)")
        return script
    return path
