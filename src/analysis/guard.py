"""The one error path of the ``analysis`` commands (:func:`guarded`), shared by
:mod:`analysis.cli` and :mod:`analysis.render.cli`: a failure a user can cause
is one message and an exit status, a traceback only on request.
"""

from __future__ import annotations

import argparse
import sys

from .errors import AnalysisError, DataError


#: Set (to anything but "", "0") to print tracebacks, like ``--debug``.
DEBUG_ENV = "ANALYSIS_DEBUG"


def debugging() -> bool:
    """True when ``--debug`` was given or ``ANALYSIS_DEBUG`` is set (not "0")."""
    import os

    return os.environ.get(DEBUG_ENV, "") not in ("", "0")


def _os_error_text(exc: OSError) -> str:
    what = exc.strerror or str(exc)
    where = exc.filename if exc.filename is not None else ""
    if getattr(exc, "filename2", None):
        where = f"{where} -> {exc.filename2}"
    return f"{where}: {what}" if where else what


def guarded(prog: str, func, args: argparse.Namespace) -> int:
    """Run a command: the one error path of the ``analysis`` commands.

    Every failure a user can cause is one message (file, line, what was
    expected) and an exit status: 1 invalid data, 2 anything else the user can
    fix (an option, a path, a missing program), 130 interrupted. Anything else
    is a bug: one line and exit status 3. Tracebacks only with ``--debug`` or
    ``ANALYSIS_DEBUG=1``.

    >>> def boom(args): raise FileExistsError(17, "File exists", "build/x")
    >>> guarded("analysis demo", boom, argparse.Namespace())  # prints "analysis demo: build/x: File exists"
    2
    """
    import traceback

    def say(message: str, code: int) -> int:
        if debugging():
            traceback.print_exc()
        print(message, file=sys.stderr)
        return code

    try:
        return int(func(args) or 0)
    except DataError as exc:
        return say(f"{prog}: invalid data — nothing was computed.\n{exc}", 1)
    except AnalysisError as exc:
        return say(f"{prog}: {exc}", 2)
    except BrokenPipeError:  # `analysis checks | head`
        return 0
    except KeyboardInterrupt:
        return say(f"{prog}: interrupted", 130)
    except OSError as exc:  # a path the user gave: read-only, a file for a folder, no space …
        return say(f"{prog}: {_os_error_text(exc)}", 2)
    except Exception as exc:  # noqa: BLE001 - a bug: one line, the traceback on request
        lines = str(exc).strip().splitlines()
        return say(f"{prog}: internal error: {type(exc).__name__}: {lines[0] if lines else ''}\n"
                   f"  run again with --debug (or {DEBUG_ENV}=1) for the traceback, and please report it", 3)
