"""Render briefings: execute the notebook per city and language, export HTML, print PDF.

The whole batch runs in one process:

- ``jobs`` worker threads each start one IPython kernel and warm it (imports
  pandas, matplotlib, ``analysis`` and whatever the notebook imports at top
  level) while the browser starts and the checks are written;
- each worker executes notebook after notebook on its kernel through papermill
  (the ``warm`` engine, :mod:`analysis.render.engine`), exports the HTML
  in-process with nbconvert (:mod:`analysis.render.exporter`) and hands it to
- one Chromium, driven by Playwright on its own thread, that prints every PDF
  (:mod:`analysis.render.pdf`).

A briefing that fails (an exception in a cell, a kernel that dies, a chart
missing CJK glyphs) is reported with its cell and exception; the others are
finished. Its executed notebook is kept for debugging; an HTML or PDF left
from an earlier run of it is removed, so that nothing in ``DIR`` looks
current when it is not. Every file is written atomically (a temporary file in the same
folder, then :func:`os.replace`). ``DIR/manifest.json`` records, per briefing,
the hashes of its inputs, its outputs and the time of each step; a briefing
whose recorded inputs equal the current ones and whose files exist is skipped
unless ``force``.

Layout of ``DIR`` (default ``build/``)::

    manifest.json
    <city>/checks.csv
    <city>/<lang>/briefing.ipynb   executed notebook (kept when it fails)
    <city>/<lang>/briefing.html
    <city>/<lang>/briefing.pdf

>>> parse_list("zh, en", LANGS, "language")
('zh', 'en')
>>> parse_list("html,docx", FORMATS, "format")
Traceback (most recent call last):
...
analysis.render.system.RenderError: unknown format 'docx'; allowed: html, pdf
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import queue
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO

from analysis.render.pdf import atomic_write_bytes
from analysis.render.system import RenderError, check_system

LANGS = ("zh", "en")
FORMATS = ("html", "pdf")
MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = 1

#: Seconds one cell may run before the briefing is failed (and its kernel replaced).
DEFAULT_CELL_TIMEOUT = 600

#: Packages whose versions the manifest records.
RECORDED_PACKAGES = (
    "analysis", "pandas", "matplotlib", "statsmodels", "papermill", "nbconvert", "nbclient",
    "nbformat", "ipykernel", "jupyter_client", "jupytext", "playwright",
)

_TITLE_KIND = {"zh": "统计简报", "en": "Statistical briefing"}

#: matplotlib's warning when a glyph is missing from every font it tried: the
#: chart shows an empty box. A briefing with one is failed, not published.
_TOFU_MARKERS = ("missing from font", "missing from current font")


# -- small helpers ---------------------------------------------------------


def parse_list(value: str | Iterable[str] | None, allowed: Sequence[str], what: str) -> tuple[str, ...]:
    """Split ``"a,b"`` (or take a list), check every item is in ``allowed``."""
    if value is None:
        return tuple(allowed)
    items = value.split(",") if isinstance(value, str) else list(value)
    out: list[str] = []
    for raw in items:
        for item in raw.split(","):
            item = item.strip()
            if not item:
                continue
            if item not in allowed:
                raise RenderError(f"unknown {what} {item!r}; allowed: {', '.join(allowed)}")
            if item not in out:
                out.append(item)
    if not out:
        raise RenderError(f"no {what} given; allowed: {', '.join(allowed)}")
    return tuple(out)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def package_versions() -> dict[str, str]:
    versions = {"python": sys.version.split()[0]}
    for name in RECORDED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def _tree_hash(directory: Path, skip_dirs: Iterable[str] = ()) -> dict[str, str]:
    skip = set(skip_dirs) | {"__pycache__"}
    found: dict[str, str] = {}
    if not directory.is_dir():
        return found
    for path in sorted(directory.rglob("*")):
        parts = path.relative_to(directory).parts
        if any(p in skip or p.startswith(".") for p in parts) or not path.is_file():
            continue
        if path.suffix in {".pyc", ".tmp"}:
            continue
        found[path.relative_to(directory).as_posix()] = sha256_file(path)
    return found


def _digest(mapping: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(mapping, sort_keys=True).encode()).hexdigest()


# -- results ----------------------------------------------------------------


@dataclass
class BriefingResult:
    """What happened to one briefing (a city in a language)."""

    city: str
    lang: str
    status: str = "pending"  # ok | failed | skipped
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    error: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    inputs: dict[str, Any] = field(default_factory=dict)
    started: float | None = None
    finished: float | None = None
    name: str = ""  # the city's name in the briefing's language (running header, title)

    def fail(self, error: str) -> None:
        self.status, self.error, self.finished = "failed", error, time.perf_counter()

    @property
    def key(self) -> str:
        return f"{self.city}/{self.lang}"


@dataclass
class RenderReport:
    """The outcome of :func:`render_briefings`."""

    results: list[BriefingResult]
    out_dir: Path
    manifest_path: Path
    wall_seconds: float
    check_errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.check_errors and all(r.status != "failed" for r in self.results)

    @property
    def failed(self) -> list[BriefingResult]:
        return [r for r in self.results if r.status == "failed"]

    def summary(self, root: Path | None = None) -> str:
        """A table: city, lang, status, seconds, outputs; then each failure's reason."""
        rows = [("city", "lang", "status", "seconds", "outputs")]
        for r in self.results:
            shown = [_rel(p, root) if root else str(p) for p in r.outputs]
            rows.append((r.city, r.lang, r.status.upper() if r.status == "failed" else r.status,
                         f"{r.seconds:.1f}", ", ".join(shown) or "-"))
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        lines = ["  ".join(row[i].ljust(widths[i]) for i in range(4)) + "  " + row[4] for row in rows]
        for r in self.failed:
            lines.append(f"{r.key} failed: {r.error}")
        for city, err in self.check_errors.items():
            lines.append(f"{city}: checks.csv not written: {err}")
        n_ok = sum(r.status == "ok" for r in self.results)
        n_skip = sum(r.status == "skipped" for r in self.results)
        lines.append(
            f"{n_ok} rendered, {n_skip} up to date, {len(self.failed)} failed "
            f"in {self.wall_seconds:.1f} s; manifest: {_rel(self.manifest_path, root) if root else self.manifest_path}"
        )
        return "\n".join(lines)


class _LogToProgress(logging.Handler):
    """papermill's and nbclient's log records (warnings and up) as progress lines."""

    def __init__(self, say: Callable[[str], None]):
        super().__init__(logging.WARNING)
        self.say = say

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.say(f"{record.name}: {record.getMessage()}")
        except Exception:  # noqa: BLE001 - logging must never break rendering
            pass


class _Progress:
    """One line per step on a stream (stderr), safe to call from any thread."""

    def __init__(self, stream: TextIO | None, t0: float):
        self.stream = stream
        self.t0 = t0
        self.lock = threading.Lock()

    def __call__(self, message: str) -> None:
        if self.stream is None:
            return
        with self.lock:
            print(f"[{time.perf_counter() - self.t0:5.1f}s] {message}", file=self.stream, flush=True)


# -- the pipeline -------------------------------------------------------------


def _follow_pair(path: Path, say: Callable[[str], None]) -> Path:
    """The file to render: ``path``, or its jupytext pair when that is newer.

    ``notebooks/briefing.ipynb`` is paired with ``briefing.py`` (py:percent).
    Someone who edits the ``.py`` expects the briefing to change: when the
    ``.py`` beside an ``.ipynb`` is newer, it is the one rendered (the
    ``.ipynb`` is left alone; ``jupytext --sync`` updates it).
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


def _load_notebook(path: Path):
    """The notebook at ``path`` (``.ipynb`` or jupytext ``.py``) as a NotebookNode.

    Read once by the parent and handed to papermill in memory: no temporary
    folder to leave behind when the render is killed.
    """
    import nbformat

    try:
        if path.suffix == ".ipynb":
            nb = nbformat.read(path, as_version=4)
            kept = [c.get("id") for c in json.loads(path.read_text(encoding="utf-8")).get("cells", [])]
        else:
            import jupytext

            nb = jupytext.read(path)
            kept = []
    except (OSError, ValueError) as exc:  # not JSON, not UTF-8, not a notebook
        raise RenderError(f"{path}: cannot read the notebook: {first_line(exc)}") from exc
    # nbformat gives cells without an id a random one at every read: stable ids
    # instead, so that one notebook renders to the same HTML every time, anywhere
    for i, cell in enumerate(nb.cells):
        if i >= len(kept) or not kept[i]:
            cell["id"] = hashlib.sha1(f"{i}:{cell.source}".encode()).hexdigest()[:8]
    return nb


def _error_text(exc: BaseException, executed: Path | None = None) -> str:
    """What went wrong, in full: the cell, the exception and its whole message
    (a library error that names the figure must reach the reader intact).

    ``executed``: the saved notebook, whose (renumbered) execution count is shown.
    """
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        # cell_index counts every cell of the executed notebook (injected parameters included)
        evalue = " / ".join(line.strip() for line in (exc.evalue or "").strip().splitlines() if line.strip())
        count = exc.exec_count
        if executed is not None:
            try:
                import nbformat

                count = nbformat.read(executed, as_version=4).cells[exc.cell_index].get("execution_count", count)
            except (OSError, ValueError, IndexError):
                pass
        where = f"cell {exc.cell_index}" + (f" (In [{count}])" if count is not None else "")
        source = next((ln.strip() for ln in (exc.source or "").splitlines() if ln.strip()
                       and not ln.lstrip().startswith("#")), "")
        shown = f" [{source[:80]}]" if source else ""
        return f"{where}{shown}: {exc.ename}: {evalue}"
    text = " / ".join(line.strip() for line in str(exc).strip().splitlines() if line.strip())
    return f"{type(exc).__name__}: {text}".strip()


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (Playwright appends a call log
    of dozens of lines to every error: never show it by default).

    >>> first_line(RuntimeError("BrowserType.launch: Target closed\\nCall log:\\n  - <launching>"))
    'BrowserType.launch: Target closed'
    """
    lines = [ln for ln in str(exc).strip().splitlines() if ln.strip()]
    return lines[0].strip() if lines else type(exc).__name__


def _tofu(nb) -> str | None:
    """The first 'Glyph … missing from font' warning in the executed notebook, if any."""
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                text = output.get("text", "")
                text = text if isinstance(text, str) else "".join(text)
                for line in text.splitlines():
                    if any(marker in line for marker in _TOFU_MARKERS):
                        return f"cell {index}: a chart lacks glyphs (no CJK font set?): {line.strip()}"
    return None


class _Batch:
    """State shared by the worker threads, the printer and the main thread.

    ``on_complete(job)`` is called once per briefing when it is finished or
    failed (from a worker or the printer thread): the progress display locally,
    the waiting task on a Dask worker (:mod:`analysis.render.backends`).
    """

    def __init__(self, *, nb_path, kernel_cwd, nb_node, formats, out_dir, say, printer, exporter,
                 kernel_name, cell_timeout, warm_imports, on_complete=None):
        self.nb_path = nb_path
        self.kernel_cwd = kernel_cwd
        self.nb_node = nb_node
        self.formats = formats
        self.out_dir = out_dir
        self.say = say
        self.printer = printer
        self.exporter = exporter
        self.export_lock = threading.Lock()
        self.kernel_name = kernel_name
        self.cell_timeout = cell_timeout
        self.warm_imports = warm_imports
        self.on_complete = on_complete
        self.jobs: queue.Queue[BriefingResult | None] = queue.Queue()
        self.pdf_futures: dict[str, Future] = {}
        self.kernel_timings: list[dict[str, float]] = []
        self.ready = threading.Semaphore(0)  # released once per worker whose kernel is up (or failed)
        self.stop = threading.Event()

    # runs on a worker thread
    def worker(self, name: str) -> None:
        from analysis.render.engine import KernelError, WarmKernel

        kernel = WarmKernel(kernel_name=self.kernel_name)
        cwd = self.kernel_cwd
        start_error: str | None = None
        try:
            try:
                kernel.start(cwd=cwd, warm_imports=self.warm_imports)
                self.kernel_timings.append(dict(kernel.timings))
                self.say(
                    f"{name}: kernel ready (start {kernel.timings['kernel_start']:.1f} s, "
                    f"imports and ledger {kernel.timings['warm_imports']:.1f} s)"
                )
            except Exception as exc:  # noqa: BLE001 - reported on each briefing it would have run
                start_error = f"kernel could not start: {first_line(exc)}"
                self.say(f"{name}: {start_error}")
            finally:
                self.ready.release()
            broken = False
            while True:
                job = self.jobs.get()
                if job is None:
                    return
                if self.stop.is_set():
                    self._failed(job, "interrupted")
                    continue
                if broken and start_error is None:  # replaced only when there is more to do
                    self.say(f"{name}: replacing its kernel")
                    try:
                        kernel.restart(cwd=cwd, warm_imports=self.warm_imports)
                        broken = False
                    except (KernelError, RuntimeError, OSError) as exc:
                        start_error = f"kernel could not restart: {first_line(exc)}"
                if start_error is not None:
                    self._failed(job, start_error)
                    continue
                try:
                    broken = self.render_one(job, kernel)
                except Exception as exc:  # noqa: BLE001 - never lose a briefing (disk full, …)
                    self._failed(job, _error_text(exc))
                    broken = True
        finally:
            kernel.shutdown()

    def render_one(self, job: BriefingResult, kernel) -> bool:
        """Execute, export, queue the PDF. Return True when the kernel must be replaced."""
        import papermill as pm
        from papermill.exceptions import PapermillExecutionError

        job.started = time.perf_counter()
        folder = self.out_dir / job.city / job.lang
        folder.mkdir(parents=True, exist_ok=True)
        # outputs of formats not rendered this time would not match the new inputs: removed
        self._remove_stale(job, [k for k in FORMATS if k not in self.formats], "not rendered this time")
        ipynb = folder / "briefing.ipynb"
        tmp = folder / f".briefing.{os.getpid()}.{threading.get_ident()}.tmp.ipynb"
        nb = None
        restart = False
        t0 = time.perf_counter()
        try:
            nb = pm.execute_notebook(
                self.nb_node if self.nb_node is not None else str(self.nb_path),
                str(tmp),
                parameters={"city": job.city, "lang": job.lang},
                engine_name="warm",
                warm_kernel=kernel,
                kernel_cwd=self.kernel_cwd,
                progress_bar=False,
                request_save_on_cell_execute=False,
                execution_timeout=self.cell_timeout,
                source_label=str(self.nb_path),
            )
        except PapermillExecutionError as exc:
            job.error = _error_text(exc, executed=tmp)
        except Exception as exc:  # noqa: BLE001 - timeout, dead kernel, …: isolate this briefing
            job.error = _error_text(exc)
            restart = True
        finally:
            job.timings["execute"] = time.perf_counter() - t0
            if tmp.exists():
                os.replace(tmp, ipynb)
                job.outputs.append(ipynb)
        if nb is not None and job.error is None:
            job.error = _tofu(nb)
        if job.error is not None:
            self._remove_stale(job, ("html", "pdf"), "it no longer matches the inputs")
            self._failed(job, job.error, f"after {job.timings['execute']:.1f} s")
            return restart or kernel.needs_restart or not kernel.is_alive()
        self.say(f"{job.key}: executed in {job.timings['execute']:.1f} s")

        t1 = time.perf_counter()
        title = f"{job.name} · {_TITLE_KIND[job.lang]}"
        try:
            with self.export_lock:
                html, _ = self.exporter.from_notebook_node(
                    nb,
                    resources={
                        "metadata": {"name": title, "path": self.kernel_cwd},
                        "briefing": {"lang": job.lang, "city": job.city, "title": title},
                    },
                )
            if "html" in self.formats:
                atomic_write_text(folder / "briefing.html", html)
                job.outputs.append(folder / "briefing.html")
        except Exception as exc:  # noqa: BLE001
            self._failed(job, f"HTML export failed: {_error_text(exc)}")
            return False
        finally:
            job.timings["html"] = time.perf_counter() - t1
        self.say(f"{job.key}: html in {job.timings['html']:.2f} s")

        if "pdf" in self.formats:
            self.pdf_futures[job.key] = self.printer.submit(
                html, folder / "briefing.pdf", job.name, job.lang,
                on_done=lambda seconds, exc, job=job: self._pdf_done(job, seconds, exc),
            )
        else:
            self._finish(job)
        return False

    # runs on the printer thread, before the PDF's future resolves
    def _pdf_done(self, job: BriefingResult, seconds: float | None, exc: BaseException | None) -> None:
        if exc is not None:
            self._remove_stale(job, ("pdf",), "it no longer matches the inputs")
            self._failed(job, f"PDF printing failed: {type(exc).__name__}: {first_line(exc)}")
            return
        job.timings["pdf"] = seconds
        job.outputs.append(self.out_dir / job.city / job.lang / "briefing.pdf")
        self.say(f"{job.key}: pdf in {seconds:.2f} s")
        self._finish(job)

    def _remove_stale(self, job: BriefingResult, kinds: Sequence[str], why: str) -> None:
        """No older HTML or PDF may look current: the policy for stale outputs is *remove*."""
        for kind in kinds:
            stale = self.out_dir / job.city / job.lang / f"briefing.{kind}"
            if stale.exists():
                stale.unlink()
                self.say(f"{job.key}: removed the previous {stale.name} ({why})")

    def _failed(self, job: BriefingResult, error: str, when: str = "") -> None:
        job.fail(error)
        self.say(f"{job.key}: FAILED{' ' + when if when else ''}: {error}")
        self._completed(job)

    def _finish(self, job: BriefingResult) -> None:
        job.status, job.finished = "ok", time.perf_counter()
        self._completed(job)

    def _completed(self, job: BriefingResult) -> None:
        if self.on_complete is not None:
            try:
                self.on_complete(job)
            except Exception:  # noqa: BLE001 - a display must never break rendering
                pass


class _Tally:
    """Done / total and an estimate of the time left, one line per finished briefing."""

    def __init__(self, total: int, say: Callable[[str], None]):
        self.total, self.say = total, say
        self.done = self.failed = 0
        self.t0 = time.perf_counter()
        self.lock = threading.Lock()

    def __call__(self, job: BriefingResult) -> None:
        with self.lock:
            self.done += 1
            self.failed += job.status == "failed"
            elapsed = time.perf_counter() - self.t0
            left = elapsed / self.done * (self.total - self.done)
            failed = f", {self.failed} failed" if self.failed else ""
            self.say(f"progress: {self.done}/{self.total} done{failed}; "
                     f"{_clock(elapsed)} elapsed, about {_clock(left)} left")


def _clock(seconds: float) -> str:
    """``75.2`` → ``'1:15'``; ``3725`` → ``'1:02:05'``.

    >>> _clock(75.2), _clock(3725), _clock(4)
    ('1:15', '1:02:05', '0:04')
    """
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def render_briefings(
    cities: Sequence[str] | None = None,
    langs: Sequence[str] | str | None = ("zh", "en"),
    formats: Sequence[str] | str | None = ("html", "pdf"),
    *,
    jobs: int = 2,
    out_dir: str | Path | None = None,
    force: bool = False,
    notebook: str | Path | None = None,
    ledger=None,
    progress: TextIO | None = sys.stderr,
    kernel_name: str = "python3",
    cell_timeout: float = DEFAULT_CELL_TIMEOUT,
    executor=None,
) -> RenderReport:
    """Render briefings for ``cities`` × ``langs`` into ``out_dir``.

    Parameters
    ----------
    cities : list of str, optional
        City slugs; default every city that has figures (``ledger.city_slugs()``).
    langs, formats : list of str or comma-separated str
        Languages (``zh``, ``en``) and outputs (``html``, ``pdf``).
    jobs : int
        Kernels running at once (one worker thread each); ignored with ``executor``.
    out_dir : path, optional
        Default ``build/`` in the project root.
    force : bool
        Render even when the manifest says a briefing is up to date.
    notebook : path, optional
        The parameterised notebook (``.ipynb``, or a jupytext ``.py``);
        default ``notebooks/briefing.ipynb`` in the project root. When the
        ``.py`` of a jupytext pair is newer than the ``.ipynb``, the ``.py`` is rendered.
    ledger : Ledger, optional
        Default :func:`analysis.ledger.load_ledger`.
    progress : text stream or None
        Where one line per step goes (default stderr), with done / total and
        an estimate of the time left after each briefing.
    executor : concurrent.futures.Executor-like, optional
        Run each briefing as ``executor.submit(fn, spec)`` instead of on local
        threads: e.g. :func:`analysis.render.backends.dask_executor` for a Dask
        cluster. Each worker process keeps a warm kernel and a browser.

    Returns
    -------
    RenderReport
        One :class:`BriefingResult` per briefing, failures included (this
        function raises only when nothing could start: bad options, unknown
        city, an unwritable output folder, a missing notebook, browser or font,
        a browser that does not start in time).
    """
    t_start = time.perf_counter()
    say = _Progress(progress, t_start)
    from analysis.paths import PROJECT_ROOT, build_dir

    langs = parse_list(langs, LANGS, "language")
    formats = parse_list(formats, FORMATS, "format")
    if jobs < 1:
        raise RenderError(f"--jobs must be at least 1, not {jobs}")
    root = PROJECT_ROOT
    nb_path = Path(notebook) if notebook else root / "notebooks" / "briefing.ipynb"
    nb_path = nb_path.resolve()
    if not nb_path.is_file():
        raise RenderError(f"notebook not found: {nb_path}")
    nb_path = _follow_pair(nb_path, say)
    out = Path(out_dir).resolve() if out_dir else build_dir()

    if ledger is None:
        from analysis.ledger import load_ledger

        ledger = load_ledger()
    cities = _known_cities(ledger, cities)
    system = check_system(pdf="pdf" in formats)
    preflight_out_dir(out)
    sweep_orphans(out)

    common_inputs = _common_inputs(nb_path, root)
    manifest_path = out / MANIFEST_NAME
    previous = _read_manifest(manifest_path, say).get("briefings", {})

    results: list[BriefingResult] = []
    todo: list[BriefingResult] = []
    for city in cities:
        for lang in langs:
            r = BriefingResult(city=city, lang=lang, name=ledger.cities[city].name(lang))
            r.inputs = {**common_inputs, "parameters": {"city": city, "lang": lang}}
            results.append(r)
            if not force and _up_to_date(previous.get(r.key), r.inputs, formats, out):
                r.status = "skipped"
                r.outputs = [out / p for p in previous[r.key]["outputs"].values()]
                say(f"{r.key}: up to date, skipped (use --force to render again)")
            else:
                todo.append(r)

    check_errors: dict[str, str] = {}
    checks_record: dict[str, Any] = {}
    run_info: dict[str, Any] = {}
    log_handler = _LogToProgress(say)
    pm_logger = logging.getLogger("papermill")
    pm_logger.addHandler(log_handler)
    try:
        if todo and executor is not None:
            from analysis.render.backends import run_on_executor

            run_info = run_on_executor(
                executor, todo, nb_path=nb_path, formats=formats, out_dir=out, say=say,
                kernel_name=kernel_name, cell_timeout=cell_timeout, system=system,
                write_checks=lambda: _write_all_checks(ledger, cities, out, say, check_errors, checks_record),
            )
        elif todo:
            run_info = _run_local(todo, nb_path=nb_path, formats=formats, out_dir=out, say=say, jobs=jobs,
                                  kernel_name=kernel_name, cell_timeout=cell_timeout, system=system,
                                  write_checks=lambda: _write_all_checks(ledger, cities, out, say, check_errors,
                                                                         checks_record))
        else:
            _write_all_checks(ledger, cities, out, say, check_errors, checks_record)
    finally:
        pm_logger.removeHandler(log_handler)

    for r in todo:
        if r.status == "pending":  # a worker died before reaching it
            r.fail(r.error or "not rendered")
        r.seconds = (r.finished - r.started) if r.started and r.finished else 0.0
        r.timings["total"] = r.seconds

    wall = time.perf_counter() - t_start
    run_info = {"wall_seconds": round(wall, 3), "jobs": jobs, **run_info, "system": system,
                "formats": list(formats)}
    _write_manifest(manifest_path, results, todo, out, run_info, checks_record, nb_path, root)
    return RenderReport(results=results, out_dir=out, manifest_path=manifest_path, wall_seconds=wall,
                        check_errors=check_errors)


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


def _common_inputs(nb_path: Path, root: Path) -> dict[str, Any]:
    """What every briefing depends on: the notebook, the data, the package's code."""
    import analysis
    from analysis.paths import data_dir

    package_dir = Path(analysis.__file__).resolve().parent
    return {
        "notebook": {"path": _rel(nb_path, root), "sha256": sha256_file(nb_path)},
        "data": _tree_hash(data_dir(), skip_dirs=("staging",)),
        "package": _digest(_tree_hash(package_dir)),
    }


def _start_printer(chromium: str, concurrency: int, say: Callable[[str], None]):
    """Start one Chromium; return the printer once it is up, or raise within the timeout."""
    from analysis.render.pdf import PdfPrinter

    timeout = browser_timeout()
    printer = PdfPrinter(chromium, concurrency=concurrency, launch_timeout=timeout).start()
    return printer, timeout


def _await_printer(printer, timeout: float) -> None:
    """Wait for the browser to be up; raise :class:`SystemRequirementError` (one line) if not."""
    from analysis.render.system import INSTALL_HINT, SystemRequirementError

    if not printer.wait_ready(timeout + 5):
        printer.close(timeout=1)
        raise SystemRequirementError(
            f"Chromium at {printer.executable} did not start within {timeout:.0f} s "
            f"(ANALYSIS_BROWSER_TIMEOUT sets the limit); is it a working browser? {INSTALL_HINT}")
    if printer.error is not None:
        printer.close(timeout=1)
        raise printer.error


def _run_local(todo, *, nb_path, formats, out_dir, say, jobs, kernel_name, cell_timeout, system, write_checks):
    """The briefings on ``jobs`` local threads, each with a warm kernel, and one Chromium."""
    from analysis.render.engine import notebook_imports, register
    from analysis.render.exporter import BriefingHTMLExporter

    register()
    nb_node = _load_notebook(nb_path)
    n_workers = min(jobs, len(todo))
    printer = timeout = None
    if "pdf" in formats:  # starts first: its launch overlaps the kernels' start
        printer, timeout = _start_printer(system["chromium"], min(jobs, len(todo)), say)
    batch = _Batch(
        nb_path=nb_path, kernel_cwd=str(nb_path.parent), nb_node=nb_node, formats=formats, out_dir=out_dir,
        say=say, printer=printer, exporter=BriefingHTMLExporter(), kernel_name=kernel_name,
        cell_timeout=cell_timeout, warm_imports=notebook_imports(nb_node), on_complete=_Tally(len(todo), say),
    )
    threads: list[threading.Thread] = []
    try:
        for i in range(n_workers):
            t = threading.Thread(target=batch.worker, args=(f"kernel {i + 1}",), name=f"render-{i + 1}",
                                 daemon=True)
            t.start()
            threads.append(t)
        if printer is not None:
            _await_printer(printer, timeout)  # raises: the kernels are stopped in `finally`
        say(f"rendering {len(todo)} briefing(s) with {n_workers} kernel(s)" + (" and one Chromium" if printer else ""))
        for r in todo:
            batch.jobs.put(r)
        write_checks()  # meanwhile, on this thread
        for _ in threads:
            batch.jobs.put(None)
        for t in threads:
            while t.is_alive():
                t.join(0.2)
        for future in list(batch.pdf_futures.values()):
            try:
                future.result()
            except BaseException:  # noqa: BLE001 - recorded on the briefing by the callback
                pass
    except BaseException:  # interrupted, or the browser did not start: stop the kernels
        batch.stop.set()
        for _ in threads:
            batch.jobs.put(None)
        for t in threads:
            t.join(30)
        raise
    finally:
        if printer is not None:
            printer.close(timeout=30)
    return {
        "kernels": [{k: round(v, 3) for k, v in kt.items()} for kt in batch.kernel_timings],
        "browser": {
            "version": printer.browser_version if printer else None,
            "launch_seconds": round(printer.launch_seconds, 3) if printer and printer.launch_seconds else None,
        },
    }


def _write_all_checks(ledger, cities, out: Path, say, errors: dict, record: dict) -> None:
    """Every city's ``checks.csv`` from ONE run of the checks, partitioned by city."""
    from analysis.checks import run_checks

    t0 = time.perf_counter()
    try:
        # one city: only its checks; several: the whole ledger once
        checks = run_checks(ledger, city=cities[0]) if len(cities) == 1 else run_checks(ledger)
    except Exception as exc:  # noqa: BLE001 - reported; the briefings still go on
        for city in cities:
            errors[city] = _error_text(exc)
        say(f"checks FAILED: {_error_text(exc)}")
        return
    by_city: dict[str, list] = {city: [] for city in cities}
    for c in checks:
        if c.city in by_city:
            by_city[c.city].append(c)
    seconds = time.perf_counter() - t0
    say(f"checks: {len(checks)} in {seconds:.2f} s")
    for city in cities:
        t1 = time.perf_counter()
        try:
            path, changed = write_city_outputs(city, by_city[city], out)
            record[city] = {"path": _rel(path, out), "sha256": sha256_file(path),
                            "seconds": round(time.perf_counter() - t1 + seconds / len(cities), 3)}
            if changed:
                say(f"{city}: checks.csv written")
        except Exception as exc:  # noqa: BLE001 - reported, other cities go on
            errors[city] = _error_text(exc)
            say(f"{city}: checks FAILED: {errors[city]}")


def write_city_outputs(city: str, checks: list, out: Path) -> tuple[Path, bool]:
    """A city's files beside its briefings: ``DIR/<city>/checks.csv`` (written
    only when its content changed). Returns (path, changed).

    The one place to add more per-city files (data downloads, …).
    """
    return _write_checks(city, checks, out)


def _write_checks(city: str, checks: list, out: Path) -> tuple[Path, bool]:
    """Write DIR/<city>/checks.csv from ``checks`` when its content changed; return (path, changed)."""
    from analysis.checks import write_checks_csv

    buf = io.StringIO()
    write_checks_csv(checks, buf)
    data = buf.getvalue().encode("utf-8")
    path = out / city / "checks.csv"
    if path.exists() and path.read_bytes() == data:
        return path, False
    atomic_write_bytes(path, data)
    return path, True


def _read_manifest(path: Path, say: Callable[[str], None]) -> dict:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        say(f"ignoring unreadable {path.name} ({exc}); everything is rendered again")
        return {}
    if data.get("format") != MANIFEST_FORMAT:
        return {}
    return data


def _up_to_date(entry: dict | None, inputs: dict, formats: Sequence[str], out: Path) -> bool:
    if not entry or entry.get("status") != "ok" or entry.get("inputs") != inputs:
        return False
    outputs = entry.get("outputs", {})
    for kind in ("ipynb", *formats):
        rel = outputs.get(kind)
        if rel is None or not (out / rel).is_file():
            return False
    return True


#: Lock file beside the manifest: concurrent renders into one DIR update it in turn.
LOCK_NAME = MANIFEST_NAME + ".lock"


def _write_manifest(path, results, rendered, out, run_info, checks_record, nb_path, root) -> None:
    """Merge this run's briefings and checks into ``DIR/manifest.json``.

    Under a file lock (``manifest.json.lock``, the ``filelock`` library), the
    manifest is read again and only this run's entries replace theirs: two
    renders into one folder at once (``--city baotou`` and ``--city hohhot``)
    keep both cities.
    """
    from filelock import FileLock, Timeout

    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    entries = {}
    for r in rendered:
        outputs = {p.suffix.lstrip("."): _rel(p, out) for p in r.outputs}
        entries[r.key] = {
            "city": r.city,
            "lang": r.lang,
            "status": r.status,
            "error": r.error,
            "rendered_at": now,
            "inputs": r.inputs,
            "outputs": outputs,
            "output_sha256": {k: sha256_file(out / v) for k, v in outputs.items() if (out / v).is_file()},
            "timings": {k: round(v, 3) for k, v in r.timings.items()},
        }
    try:
        with FileLock(str(path.with_name(LOCK_NAME)), timeout=120):
            manifest = _read_manifest(path, lambda _msg: None)
            briefings = {**manifest.get("briefings", {}), **entries}
            checks = {**manifest.get("checks", {}), **checks_record}
            data = {
                "format": MANIFEST_FORMAT,
                "updated": now,
                "project_root": str(root),
                "notebook": _rel(nb_path, root),
                "packages": package_versions(),
                "stale_outputs": "removed: a rendered briefing keeps only the formats of its last run",
                "last_run": {**run_info, "briefings": [r.key for r in results],
                             "rendered": [r.key for r in rendered]},
                "checks": dict(sorted(checks.items())),
                "briefings": dict(sorted(briefings.items())),
            }
            atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    except Timeout:
        raise RenderError(f"{path.with_name(LOCK_NAME)}: another render has held the manifest's lock for "
                          "120 s; the files are written, the manifest is not updated") from None
