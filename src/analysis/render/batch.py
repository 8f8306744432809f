"""One batch of briefings: warm-kernel worker threads, progress, errors in full.

:class:`_Batch` is shared by the worker threads (one warm kernel each), the
PDF printer's thread and the thread that started it; the local render
(:mod:`analysis.render.pipeline`) runs ``jobs`` workers, a Dask worker
(:mod:`analysis.render.backends`) runs one. Each briefing ends once, ok or
failed, through ``on_complete``.

>>> _clock(75.2)
'1:15'
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from analysis.render.manifest import atomic_write_text

_TITLE_KIND = {"zh": "统计简报", "en": "Statistical briefing"}


#: matplotlib's warning when a glyph is missing from every font it tried: the
#: chart shows an empty box. A briefing with one is failed, not published.
_TOFU_MARKERS = ("missing from font", "missing from current font")


LANGS = ("zh", "en")


FORMATS = ("html", "pdf")


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
    data_dir: str | None = None  # the city's data partition (analysis.partition), read by the kernel
    reason: str | None = None  # why it is rendered (analysis.render.manifest.why_render)

    def fail(self, error: str) -> None:
        self.status, self.error, self.finished = "failed", error, time.perf_counter()

    @property
    def key(self) -> str:
        return f"{self.city}/{self.lang}"


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
                kernel_data_dir=job.data_dir,
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
                        "briefing": {"lang": job.lang, "city": job.city, "title": title,
                                     "header": job.name, "kind": _TITLE_KIND[job.lang]},
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
                html, folder / "briefing.pdf",
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
