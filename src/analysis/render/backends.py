"""Run briefings on an Executor: a Dask cluster, or any ``concurrent.futures`` one.

Each briefing is one task, :func:`render_task`. A worker process keeps one
context for the whole render: a warm kernel, the HTML exporter and, for PDFs,
one Chromium. Nothing is shared through the file system: a task carries the
notebook and its city's data partition (:mod:`analysis.partition`, about a
hundred kilobytes) as bytes; the worker writes them into a temporary folder
of its own, renders there and returns the executed notebook, the HTML and the
PDF as bytes. The parent writes them atomically into ``--out``, writes the
checks and merges the manifest, as the local run does. A worker that dies
mid-task is replaced by the cluster and its task given to another worker
(Dask's own resubmission); a briefing that still fails is reported, the others
go on.

:func:`dask_executor` connects to a ``dask.distributed`` scheduler (or starts a
``LocalCluster`` for ``local`` / ``local:N``). Dask is imported only there.
Every wait on the cluster is bounded (:data:`TIMEOUT_ENV`): an address that is
not a Dask scheduler, a scheduler that cannot be reached, one with no worker,
or whose last worker is gone ends the render with one line saying so.

>>> sorted(_result_keys())
['error', 'files', 'seconds', 'status', 'timings', 'worker']
>>> timeouts({"ANALYSIS_DASK_CONNECT_TIMEOUT": "3"})["connect"]
3.0
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from analysis.render.system import RenderError

#: Environment variables bounding each wait on a Dask cluster (seconds), and their defaults.
TIMEOUT_ENV = {
    "connect": ("ANALYSIS_DASK_CONNECT_TIMEOUT", 20.0),  # reach the scheduler and hear it answer
    "workers": ("ANALYSIS_DASK_WORKER_TIMEOUT", 120.0),  # a scheduler with no worker at all
}


def timeouts(env=None) -> dict[str, float]:
    """The bounds of :data:`TIMEOUT_ENV`, from ``env`` (default ``os.environ``)."""
    env = os.environ if env is None else env
    out = {}
    for what, (name, default) in TIMEOUT_ENV.items():
        raw = env.get(name, "")
        try:
            out[what] = float(raw) if raw.strip() else default
        except ValueError:
            raise RenderError(f"{name}={raw!r}: expected a number of seconds") from None
        if out[what] <= 0:
            raise RenderError(f"{name}={raw!r}: expected a positive number of seconds")
    return out


def _result_keys() -> tuple[str, ...]:
    return ("status", "error", "files", "timings", "seconds", "worker")


# -- the parent's side ---------------------------------------------------------------


def run_on_executor(executor, todo, *, nb_path: Path, formats, out_dir: Path, say, kernel_name: str,
                    cell_timeout: float, system: dict, write_checks: Callable[[], None],
                    partitions) -> dict[str, Any]:
    """Submit one task per briefing in ``todo`` (BriefingResults, updated in place)."""
    import nbformat

    from analysis.render.batch import _Tally, first_line
    from analysis.render.notebook import _load_notebook
    from analysis.render.preflight import browser_timeout

    nb_json = nbformat.writes(_load_notebook(nb_path))
    common = {
        "nb_json": nb_json,
        "nb_label": str(nb_path),
        "nb_dir": str(nb_path.parent),
        "formats": list(formats),
        "kernel_name": kernel_name,
        "cell_timeout": cell_timeout,
        "chromium": system.get("chromium"),
        "browser_timeout": browser_timeout(),
    }
    tally = _Tally(len(todo), say)
    say(f"rendering {len(todo)} briefing(s) on {type(executor).__name__}")
    futures = []
    for r in todo:
        r.started = time.perf_counter()
        folder = partitions.folder(r.city)
        spec = {**common, "city": r.city, "lang": r.lang, "name": r.name, "data_key": folder.name,
                "data_files": partitions.files(r.city)}
        futures.append((r, executor.submit(render_task, spec)))
    write_checks()  # meanwhile, here
    workers: set[str] = set()
    wait = getattr(executor, "result", None)  # a Dask executor bounds each wait; others just wait
    for r, future in futures:
        try:
            res = wait(future) if wait is not None else future.result()
        except RenderError:
            raise
        except Exception as exc:  # noqa: BLE001 - a lost worker fails its briefing, not the render
            r.fail(f"worker failed: {type(exc).__name__}: {first_line(exc)}")
            say(f"{r.key}: FAILED: {r.error}")
        else:
            r.status, r.error = res["status"], res["error"]
            r.outputs = _write_outputs(out_dir / r.city / r.lang, res["files"], formats, r.status, say, r.key)
            r.timings = dict(res["timings"])
            workers.add(res["worker"])
            r.started = time.perf_counter() - res["seconds"]
            r.finished = time.perf_counter()
            if r.status == "failed":
                say(f"{r.key}: FAILED on {res['worker']}: {r.error}")
        tally(r)
    return {"backend": type(executor).__name__, "workers": sorted(workers)}


def _write_outputs(folder: Path, files: dict[str, bytes], formats, status: str, say, key: str) -> list[Path]:
    """Write a worker's outputs atomically; remove what no longer matches (as the local run does)."""
    from analysis.render.batch import FORMATS
    from analysis.render.pdf import atomic_write_bytes

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in ("ipynb", *FORMATS):
        path = folder / f"briefing.{kind}"
        if kind in files:
            atomic_write_bytes(path, files[kind])
            written.append(path)
        elif kind != "ipynb" and path.exists() and (status == "failed" or kind not in formats):
            path.unlink()
            say(f"{key}: removed the previous {path.name} (it no longer matches the inputs)")
    return written


class DaskExecutor:
    """A Dask client as an Executor whose waits are bounded: :meth:`result`
    ends with :class:`RenderError` once the cluster has had no worker for
    ``workers`` seconds (none ever joined, or the last one died)."""

    def __init__(self, client, limits: dict[str, float]):
        self.client = client
        self.limits = limits

    def submit(self, fn, *args):
        return self.client.submit(fn, *args, pure=False)

    def n_workers(self) -> int:
        try:
            return len(self.client.scheduler_info().get("workers", {}))
        except Exception:  # noqa: BLE001 - a client that lost its scheduler
            return 0

    def result(self, future):
        """The future's result, waiting in steps of a second while the cluster has workers.

        The steps wait on a local event the future sets when it ends, and the result is fetched
        once, without a timeout: ``future.result(timeout=1)`` races in ``distributed.utils.sync``
        (a step whose timeout cancels the fetch as it ends raised ``UnboundLocalError: … 'result'``
        and failed a briefing that had rendered; seen once in CI's dask test)."""
        ended = threading.Event()
        future.add_done_callback(lambda _: ended.set())
        since = None
        while True:
            if ended.wait(1):
                return future.result()
            if self.n_workers():
                since = None
                continue
            since = since or time.monotonic()
            if time.monotonic() - since > self.limits["workers"]:
                name, _ = TIMEOUT_ENV["workers"]
                raise RenderError(f"--scheduler {self.client.scheduler.address}: no worker left on the cluster "
                                  f"for {self.limits['workers']:.0f} s ({name} sets the limit); start workers "
                                  "with `dask worker ADDRESS`") from None


def _connect(address: str, limit: float):
    """A Client of the scheduler at ``address``, or RenderError within about ``limit`` seconds."""
    from distributed import Client

    box: dict[str, Any] = {}

    def connect():
        try:
            box["client"] = Client(address, timeout=f"{limit}s", set_as_default=False)
        except BaseException as exc:  # noqa: BLE001 - reported by the caller
            box["error"] = exc

    t = threading.Thread(target=connect, name="dask-connect", daemon=True)
    t.start()
    t.join(limit + 5)
    name, _ = TIMEOUT_ENV["connect"]
    if t.is_alive():
        raise RenderError(f"--scheduler {address}: no answer from a Dask scheduler within {limit:.0f} s "
                          f"({name} sets the limit); is it the scheduler's address (tcp://host:8786), "
                          "not its dashboard's?")
    exc = box.get("error")
    if exc is None:
        return box["client"]
    if isinstance(exc, MemoryError):  # a length prefix read from something that is not Dask
        raise RenderError(f"--scheduler {address}: what answers there is not a Dask scheduler "
                          "(is it a proxy or a web server?)") from None
    if isinstance(exc, (OSError, TimeoutError, ValueError)):
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise RenderError(f"--scheduler {address}: cannot reach the Dask scheduler within {limit:.0f} s "
                          f"({text})") from None
    raise RenderError(f"--scheduler {address}: cannot connect: {type(exc).__name__}: {exc}") from None


@contextlib.contextmanager
def dask_executor(address: str) -> Iterator[Any]:
    """An Executor on a Dask cluster: ``address`` of its scheduler
    (``tcp://host:8786``), or ``local`` / ``local:N`` for a LocalCluster of N
    single-threaded worker processes (default 2) on this machine.

    Raises :class:`RenderError` (one line) when the address is not a
    reachable Dask scheduler, or when no worker joins it within the
    ``ANALYSIS_DASK_WORKER_TIMEOUT`` (default 120 s)."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise RenderError("--scheduler needs dask.distributed: `pip install 'dask[distributed]'` "
                          "(or `pip install -e '.[dask]'`)") from None
    from distributed import Client, LocalCluster

    limits = timeouts()
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
        client = _connect(address, limits["connect"])
    try:
        if not DaskExecutor(client, limits).n_workers():
            try:
                client.wait_for_workers(1, timeout=limits["workers"])
            except (TimeoutError, OSError) as exc:
                name, _ = TIMEOUT_ENV["workers"]
                raise RenderError(f"--scheduler {address}: no worker joined the cluster within "
                                  f"{limits['workers']:.0f} s ({name} sets the limit); start workers with "
                                  f"`dask worker {client.scheduler.address}`") from exc
        yield DaskExecutor(client, limits)
    finally:
        with contextlib.suppress(Exception):
            client.close(timeout=10)
        if cluster is not None:
            cluster.close()


# -- the worker's side --------------------------------------------------------------------


class _WorkerContext:
    """One warm kernel (and one Chromium for PDFs) kept by a worker process for
    a render, working in a temporary folder of its own (no shared disk)."""

    def __init__(self, spec: dict):
        import nbformat

        from analysis.render.batch import _Batch, _Progress
        from analysis.render.engine import notebook_imports, register
        from analysis.render.exporter import BriefingHTMLExporter

        register()
        self.tmp = Path(tempfile.mkdtemp(prefix="analysis-worker-"))
        self.out = self.tmp / "out"
        self.data = self.tmp / "data"
        nb = nbformat.reads(spec["nb_json"], as_version=4)
        # the notebook's folder when this machine has it (a shared disk), else this worker's own
        cwd = spec["nb_dir"] if Path(spec["nb_dir"]).is_dir() else str(self.tmp)
        self.printer = None
        self.start_error: str | None = None
        if "pdf" in spec["formats"]:
            from analysis.render.pdf import PdfPrinter

            chromium = spec["chromium"]
            if not chromium or not Path(chromium).exists():  # another machine: its own browser
                from analysis.render.system import check_system

                chromium = check_system(pdf=True)["chromium"]
            self.printer = PdfPrinter(chromium, concurrency=1, launch_timeout=spec["browser_timeout"]).start()
        self.batch = _Batch(
            nb_path=Path(spec["nb_label"]), kernel_cwd=cwd, nb_node=nb,
            formats=tuple(spec["formats"]), out_dir=self.out, say=_Progress(None, 0),
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

    def _partition(self, spec: dict) -> str:
        """The city's partition written once into this worker's folder; its path."""
        folder = self.data / spec["data_key"]
        if not (folder / ".partition").is_file():
            tmp = Path(tempfile.mkdtemp(dir=self.tmp, prefix=".part-"))
            for name, data in spec["data_files"].items():
                (tmp / Path(name).name).write_bytes(data)
            (tmp / ".partition").write_text("a per-city partition sent by the parent\n")
            self.data.mkdir(exist_ok=True)
            try:
                os.rename(tmp, folder)
            except OSError:
                shutil.rmtree(tmp, ignore_errors=True)
        return str(folder)

    def render(self, spec: dict) -> dict:
        from analysis.render.batch import BriefingResult

        job = BriefingResult(city=spec["city"], lang=spec["lang"], name=spec["name"])
        t0 = time.perf_counter()
        if self.start_error is not None:
            job.fail(self.start_error)
        else:
            job.data_dir = self._partition(spec)
            event = self._events[id(job)] = threading.Event()
            self.batch.jobs.put(job)
            event.wait()
            del self._events[id(job)]
        files = {}
        for path in job.outputs:  # returned as bytes, and removed here
            try:
                files[path.suffix.lstrip(".")] = path.read_bytes()
                path.unlink()
            except OSError:
                pass
        return {
            "status": job.status,
            "error": job.error,
            "files": files,
            "timings": job.timings,
            "seconds": time.perf_counter() - t0,
            "worker": f"{os.uname().nodename}:{os.getpid()}",
        }

    def close(self) -> None:
        self.batch.jobs.put(None)
        self._thread.join(30)
        if self.printer is not None:
            self.printer.close(timeout=30)
        shutil.rmtree(self.tmp, ignore_errors=True)


_CONTEXT: tuple[str, _WorkerContext] | None = None
_CONTEXT_LOCK = threading.Lock()
#: What identifies a briefing in a task (the rest identifies the render).
_PER_TASK = ("city", "lang", "name", "data_key", "data_files")


def _context_key(spec: dict) -> str:
    keep = {k: v for k, v in spec.items() if k not in _PER_TASK}
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
