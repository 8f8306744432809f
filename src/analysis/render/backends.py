"""Briefings on any ``concurrent.futures.Executor``-like backend, Dask among them.

The local render (:func:`analysis.render.pipeline.render_briefings` without
``executor``) runs ``jobs`` threads in one process. With an executor, each
briefing is one task, ``executor.submit(render_task, spec)``: ``spec`` is a
plain dict (city, language, the notebook as JSON, the output folder, the data
folder), so it travels to another process or machine. In each worker process
:func:`render_task` keeps one warm context for the whole render: a warm kernel
(with the ledger loaded), the HTML exporter and, for PDFs, one Chromium. The
parent collects the results, writes the checks and the manifest: the same
files and the same failure isolation as the local run.

:func:`dask_executor` connects to a ``dask.distributed`` scheduler (or starts a
``LocalCluster`` for ``local`` / ``local:N``). Dask is imported only there.
The workers must see the project's package, the data and ``--out`` at the same
paths as the parent (a shared file system), and have Chromium and a CJK font.

>>> sorted(_result_keys())
['error', 'outputs', 'seconds', 'status', 'timings', 'worker']
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from analysis.render.system import RenderError


def _result_keys() -> tuple[str, ...]:
    return ("status", "error", "outputs", "timings", "seconds", "worker")


# -- the parent's side ---------------------------------------------------------------


def run_on_executor(executor, todo, *, nb_path: Path, formats, out_dir: Path, say, kernel_name: str,
                    cell_timeout: float, system: dict, write_checks: Callable[[], None]) -> dict[str, Any]:
    """Submit one task per briefing in ``todo`` (BriefingResults, updated in place)."""
    import nbformat

    from analysis.paths import data_dir, seeds_dir
    from analysis.render.pipeline import _load_notebook, _Tally, browser_timeout, first_line

    nb_json = nbformat.writes(_load_notebook(nb_path))
    common = {
        "nb_json": nb_json,
        "nb_label": str(nb_path),
        "kernel_cwd": str(nb_path.parent),
        "formats": list(formats),
        "out_dir": str(out_dir),
        "kernel_name": kernel_name,
        "cell_timeout": cell_timeout,
        "chromium": system.get("chromium"),
        "browser_timeout": browser_timeout(),
        "env": {"ANALYSIS_DATA_DIR": str(Path(data_dir()).resolve()),
                "ANALYSIS_SEEDS_DIR": str(Path(seeds_dir()).resolve())},
    }
    tally = _Tally(len(todo), say)
    say(f"rendering {len(todo)} briefing(s) on {type(executor).__name__}")
    futures = []
    for r in todo:
        r.started = time.perf_counter()
        future = executor.submit(render_task, {**common, "city": r.city, "lang": r.lang, "name": r.name})
        futures.append((r, future))
    write_checks()  # meanwhile, here
    workers: set[str] = set()
    for r, future in futures:
        try:
            res = future.result()
        except Exception as exc:  # noqa: BLE001 - a lost worker fails its briefing, not the render
            r.fail(f"worker failed: {type(exc).__name__}: {first_line(exc)}")
            say(f"{r.key}: FAILED: {r.error}")
        else:
            r.status, r.error = res["status"], res["error"]
            r.outputs = [Path(p) for p in res["outputs"]]
            r.timings = dict(res["timings"])
            workers.add(res["worker"])
            r.started = time.perf_counter() - res["seconds"]
            r.finished = time.perf_counter()
            if r.status == "failed":
                say(f"{r.key}: FAILED on {res['worker']}: {r.error}")
        tally(r)
    return {"backend": type(executor).__name__, "workers": sorted(workers)}


@contextlib.contextmanager
def dask_executor(address: str) -> Iterator[Any]:
    """An Executor on a Dask cluster: ``address`` of its scheduler
    (``tcp://host:8786``), or ``local`` / ``local:N`` for a LocalCluster of N
    single-threaded worker processes (default 2) on this machine."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise RenderError("--scheduler needs dask.distributed: `pip install 'dask[distributed]'` "
                          "(or `pip install -e '.[dask]'`)") from None
    cluster = None
    if address == "local" or address.startswith("local:"):
        try:
            n = int(address.split(":", 1)[1]) if ":" in address else 2
        except ValueError:
            raise RenderError(f"--scheduler {address!r}: expected local or local:N (N workers)") from None
        import logging

        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                               worker_dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    else:
        try:
            client = Client(address, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise RenderError(f"--scheduler {address}: cannot reach the Dask scheduler ({exc})") from None
    try:
        yield client.get_executor(pure=False)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# -- the worker's side --------------------------------------------------------------------


class _WorkerContext:
    """One warm kernel (and one Chromium for PDFs) kept by a worker process for a render."""

    def __init__(self, spec: dict):
        import nbformat

        from analysis.render.engine import notebook_imports, register
        from analysis.render.exporter import BriefingHTMLExporter
        from analysis.render.pipeline import _Batch, _Progress

        os.environ.update(spec["env"])  # the kernel inherits the data folder
        register()
        nb = nbformat.reads(spec["nb_json"], as_version=4)
        self.printer = None
        self.start_error: str | None = None
        if "pdf" in spec["formats"]:
            from analysis.render.pdf import PdfPrinter

            self.printer = PdfPrinter(spec["chromium"], concurrency=1,
                                      launch_timeout=spec["browser_timeout"]).start()
        self.batch = _Batch(
            nb_path=Path(spec["nb_label"]), kernel_cwd=spec["kernel_cwd"], nb_node=nb,
            formats=tuple(spec["formats"]), out_dir=Path(spec["out_dir"]), say=_Progress(None, 0),
            printer=self.printer, exporter=BriefingHTMLExporter(), kernel_name=spec["kernel_name"],
            cell_timeout=spec["cell_timeout"], warm_imports=notebook_imports(nb), on_complete=self._done,
        )
        self._events: dict[int, threading.Event] = {}
        self._thread = threading.Thread(target=self.batch.worker, args=("worker kernel",), daemon=True)
        self._thread.start()
        if self.printer is not None:
            if not self.printer.wait_ready(spec["browser_timeout"] + 5):
                self.start_error = f"Chromium did not start within {spec['browser_timeout']:.0f} s"
            elif self.printer.error is not None:
                self.start_error = str(self.printer.error)

    def _done(self, job) -> None:
        event = self._events.get(id(job))
        if event is not None:
            event.set()

    def render(self, spec: dict) -> dict:
        from analysis.render.pipeline import BriefingResult

        job = BriefingResult(city=spec["city"], lang=spec["lang"], name=spec["name"])
        t0 = time.perf_counter()
        if self.start_error is not None:
            job.fail(self.start_error)
        else:
            event = self._events[id(job)] = threading.Event()
            self.batch.jobs.put(job)
            event.wait()
            del self._events[id(job)]
        return {
            "status": job.status,
            "error": job.error,
            "outputs": [str(p) for p in job.outputs],
            "timings": job.timings,
            "seconds": time.perf_counter() - t0,
            "worker": f"{os.uname().nodename}:{os.getpid()}",
        }

    def close(self) -> None:
        self.batch.jobs.put(None)
        self._thread.join(30)
        if self.printer is not None:
            self.printer.close(timeout=30)


_CONTEXT: tuple[str, _WorkerContext] | None = None
_CONTEXT_LOCK = threading.Lock()


def _context_key(spec: dict) -> str:
    keep = {k: v for k, v in spec.items() if k not in ("city", "lang", "name")}
    return hashlib.sha256(repr(sorted(keep.items())).encode()).hexdigest()


def render_task(spec: dict) -> dict:
    """Render one briefing (``spec`` from :func:`run_on_executor`) in this process's warm context."""
    global _CONTEXT
    key = _context_key(spec)
    with _CONTEXT_LOCK:
        if _CONTEXT is None or _CONTEXT[0] != key:
            if _CONTEXT is not None:  # another render: its kernel gives way
                _CONTEXT[1].close()
            _CONTEXT = (key, _WorkerContext(spec))
        context = _CONTEXT[1]
    return context.render(spec)


@atexit.register
def _close_context() -> None:
    if _CONTEXT is not None:
        with contextlib.suppress(Exception):
            _CONTEXT[1].close()
