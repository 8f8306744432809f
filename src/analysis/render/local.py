"""The local run: ``jobs`` worker threads, each with a warm kernel, and one Chromium.

A :class:`LocalRun` can start its first kernel before the briefings to render
are known (:func:`analysis.render.pipeline.render_briefings` does so while it
reads and partitions changed data: the kernel's start overlaps that work on
the other core), then :meth:`LocalRun.run` feeds the briefings and adds
kernels up to ``jobs``.

>>> LocalRun.__name__
'LocalRun'
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from analysis.render.batch import _Batch, _Tally
from analysis.render.notebook import _load_notebook


def _start_printer(chromium: str, concurrency: int, say: Callable[[str], None]):
    """Start one Chromium; return the printer once it is up, or raise within the timeout."""
    from analysis.render.pdf import PdfPrinter
    from analysis.render.preflight import browser_timeout

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


class LocalRun:
    """Worker threads with warm kernels on this machine, started on demand."""

    def __init__(self, *, nb_path, formats, out_dir, say, kernel_name, cell_timeout):
        from analysis.render.engine import notebook_imports, register
        from analysis.render.exporter import BriefingHTMLExporter

        register()
        nb_node = _load_notebook(nb_path)
        self.say = say
        self.formats = formats
        self.batch = _Batch(
            nb_path=nb_path, kernel_cwd=str(nb_path.parent), nb_node=nb_node, formats=formats, out_dir=out_dir,
            say=say, printer=None, exporter=BriefingHTMLExporter(), kernel_name=kernel_name,
            cell_timeout=cell_timeout, warm_imports=notebook_imports(nb_node), on_complete=None,
        )
        self.threads: list[threading.Thread] = []
        self.stopped = False

    def add_workers(self, n: int) -> None:
        """Start worker threads (each starts and warms its kernel) up to ``n`` in all."""
        for i in range(len(self.threads), n):
            t = threading.Thread(target=self.batch.worker, args=(f"kernel {i + 1}",), name=f"render-{i + 1}",
                                 daemon=True)
            t.start()
            self.threads.append(t)

    def stop(self, wait: float = 30) -> None:
        """Stop the workers (those idle end at once; a briefing being rendered is interrupted)."""
        if self.stopped:
            return
        self.stopped = True
        self.batch.stop.set()
        for _ in self.threads:
            self.batch.jobs.put(None)
        for t in self.threads:
            t.join(wait)

    def run(self, todo, *, jobs, system, write_checks) -> dict:
        """Render ``todo`` on ``min(jobs, len(todo))`` kernels; write the checks meanwhile."""
        batch, say = self.batch, self.say
        n_workers = min(jobs, len(todo))
        printer = timeout = None
        if "pdf" in self.formats:  # starts first: its launch overlaps the kernels' start
            printer, timeout = _start_printer(system["chromium"], n_workers, say)
            batch.printer = printer
        batch.on_complete = _Tally(len(todo), say)
        try:
            self.add_workers(n_workers)
            if printer is not None:
                _await_printer(printer, timeout)  # raises: the kernels are stopped in `except`
            say(f"rendering {len(todo)} briefing(s) with {len(self.threads)} kernel(s)"
                + (" and one Chromium" if printer else ""))
            for r in todo:
                batch.jobs.put(r)
            write_checks()  # meanwhile, on this thread
            for _ in self.threads:
                batch.jobs.put(None)
            for t in self.threads:
                while t.is_alive():
                    t.join(0.2)
            self.stopped = True
            for future in list(batch.pdf_futures.values()):
                try:
                    future.result()
                except BaseException:  # noqa: BLE001 - recorded on the briefing by the callback
                    pass
        except BaseException:  # interrupted, or the browser did not start: stop the kernels
            self.stopped = False
            self.stop()
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
