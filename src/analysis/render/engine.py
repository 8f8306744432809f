"""Warm kernels and the papermill engine that executes notebooks on them.

Starting an IPython kernel costs about a second, and importing pandas and
matplotlib in it another one or two (docs: shared/reference/rendering.md).
Papermill's default engine pays both for every notebook. Here each worker
thread starts one kernel, warms it (imports what the notebook imports) and then
executes notebook after notebook on it through papermill, resetting the
namespace in between (:mod:`analysis.render._kernel`).

The engine is registered with papermill as ``warm`` (entry point group
``papermill.engine``, through :mod:`analysis.render.papermill_entry` to avoid
an import cycle; :func:`register` does it for an uninstalled checkout).
Without a ``warm_kernel`` argument it behaves like papermill's own engine, so
``papermill --engine warm`` works from the command line too.

A :class:`WarmKernel` belongs to the thread that started it: its ZMQ sockets
live on that thread's asyncio loop. Use it from that thread only.

>>> sorted(notebook_imports({"cells": [{"cell_type": "code",
...     "source": "import pandas as pd\\nfrom analysis.ledger import load_ledger\\n%matplotlib inline"}]}))
['analysis.ledger', 'pandas']
"""

from __future__ import annotations

import ast
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from typing import Any

import nbformat
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import ensure_event_loop
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from papermill.log import logger

#: Imported in every warm kernel before the notebook's own imports.
BASE_WARM_IMPORTS = ("pandas", "matplotlib", "matplotlib.pyplot", "analysis")

#: Imported only where the notebook fits a trend: never pre-imported (2.4 s each).
NEVER_WARM = frozenset({"statsmodels", "scipy"})


class KernelError(RuntimeError):
    """A warm kernel could not be started, warmed or reset."""


def notebook_imports(nb: Any) -> set[str]:
    """Top-level modules a notebook's code cells import (``import x``, ``from x import y``).

    IPython magics and lines that don't parse are skipped. Modules in
    :data:`NEVER_WARM` are left out: the notebook imports them lazily on purpose.
    """
    found: set[str] = set()
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        lines = [ln for ln in source.splitlines() if not ln.lstrip().startswith(("%", "!"))]
        try:
            tree = ast.parse("\n".join(lines))
        except SyntaxError:
            continue
        for node in tree.body:  # top level only: imports inside functions are lazy
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
    return {name for name in found if name.split(".")[0] not in NEVER_WARM}


def _run(coro):
    """Run ``coro`` on this thread's event loop (the one nbclient uses too)."""
    return ensure_event_loop().run_until_complete(coro)


class WarmKernel:
    """One IPython kernel kept alive for a batch of notebooks.

    Parameters
    ----------
    kernel_name : str
        Kernel spec to start (``python3``: this interpreter).
    startup_timeout : float
        Seconds to wait for the kernel to answer after starting.
    """

    def __init__(self, kernel_name: str = "python3", startup_timeout: float = 60):
        self.kernel_name = kernel_name
        self.startup_timeout = startup_timeout
        self.km: AsyncKernelManager | None = None
        self.kc = None
        self.timings: dict[str, float] = {}
        self.needs_restart = False  # set when a notebook left it wedged or dead

    def start(self, cwd: str | None = None, warm_imports: Iterable[str] = ()) -> None:
        """Start the kernel and import ``warm_imports`` in it."""
        t0 = time.perf_counter()
        # IPC sockets in a private folder: no TCP ports, and no warning from
        # ipykernel about unencrypted TCP on every start.
        # The folder's name carries this process's id: what a killed render leaves
        # there is removed by the next one (analysis.render.pipeline.sweep_orphans).
        self._ipc_dir = tempfile.mkdtemp(prefix=f"analysis-kernel-{os.getpid()}-")
        self.km = AsyncKernelManager(
            kernel_name=self.kernel_name, transport="ipc", ip=os.path.join(self._ipc_dir, "k"),
            connection_file=os.path.join(self._ipc_dir, "kernel.json"),
        )
        _run(self.km.start_kernel(cwd=cwd))
        self.kc = self.km.client()
        self.kc.start_channels()
        try:
            _run(self.kc.wait_for_ready(timeout=self.startup_timeout))
        except RuntimeError as exc:
            self.shutdown()
            raise KernelError(f"kernel {self.kernel_name!r} did not start: {exc}") from exc
        self.kc.allow_stdin = False
        t1 = time.perf_counter()
        self.timings["kernel_start"] = t1 - t0
        modules = list(dict.fromkeys([*BASE_WARM_IMPORTS, *sorted(warm_imports)]))
        reply = self.run(
            "import analysis.render._kernel as _k\n"
            f"_analysis_failed = _k.warm({modules!r})\n"
            "_k.preload()\n"
            "del _k"
        )
        self.timings["warm_imports"] = time.perf_counter() - t1
        del reply

    def run(self, code: str, timeout: float = 120) -> dict:
        """Execute ``code`` silently in the kernel; raise :class:`KernelError` on error."""
        assert self.kc is not None, "kernel not started"
        errors: list[str] = []

        def hook(msg):
            if msg["header"]["msg_type"] == "error":
                errors.append(f"{msg['content']['ename']}: {msg['content']['evalue']}")

        reply = _run(
            self.kc.execute_interactive(
                code, store_history=False, timeout=timeout, output_hook=hook, allow_stdin=False
            )
        )
        if reply["content"]["status"] != "ok" or errors:
            detail = "; ".join(errors) or reply["content"].get("evalue", "")
            raise KernelError(f"kernel code failed: {detail}\n{code}")
        return reply

    def reset(self, cwd: str, data_dir: str | None = None) -> None:
        """Clear the namespace, figures and matplotlib settings; work in ``cwd``
        and read the ledger from ``data_dir`` (a city's partition) when given."""
        self.run(f"import analysis.render._kernel as _k; _k.reset({str(cwd)!r}, {data_dir!r})")

    def is_alive(self) -> bool:
        return self.km is not None and bool(_run(self.km.is_alive()))

    def restart(self, cwd: str | None = None, warm_imports: Iterable[str] = ()) -> None:
        """Replace a dead or wedged kernel by a new warm one."""
        self.shutdown()
        self.needs_restart = False
        self.start(cwd=cwd, warm_imports=warm_imports)

    def shutdown(self) -> None:
        if self.kc is not None:
            try:
                self.kc.stop_channels()
            except Exception:  # noqa: BLE001 - shutting down anyway
                pass
            self.kc = None
        if self.km is not None:
            try:
                if _run(self.km.is_alive()):
                    _run(self.km.shutdown_kernel(now=True))
                _run(self.km.cleanup_resources())
            except Exception:  # noqa: BLE001
                pass
            self.km = None
        if getattr(self, "_ipc_dir", None):
            shutil.rmtree(self._ipc_dir, ignore_errors=True)
            self._ipc_dir = None


def renumber_execution_counts(nb) -> None:
    """Number executed code cells 1, 2, 3… as a fresh kernel would.

    A warm kernel's counter goes on from the previous notebook; the executed
    ``.ipynb`` should not depend on what ran before it.
    """
    count = 0
    for cell in nb.cells:
        if cell.get("cell_type") != "code" or cell.get("execution_count") is None:
            continue
        count += 1
        cell.execution_count = count
        for output in cell.get("outputs", []):
            if output.get("output_type") == "execute_result":
                output["execution_count"] = count


class WarmEngine(NBClientEngine):
    """Papermill engine that executes on a :class:`WarmKernel` passed as ``warm_kernel``.

    Use ``papermill.execute_notebook(..., engine_name="warm", warm_kernel=k,
    cwd_for_kernel=dir)``. The kernel is reset before the notebook runs and
    left running afterwards.
    """

    @classmethod
    def execute_managed_notebook(
        cls,
        nb_man,
        kernel_name,
        log_output=False,
        stdout_file=None,
        stderr_file=None,
        start_timeout=60,
        execution_timeout=None,
        warm_kernel: WarmKernel | None = None,
        kernel_cwd: str | None = None,
        kernel_data_dir: str | None = None,
        source_label: str | None = None,
        **kwargs,
    ):
        label = source_label
        if warm_kernel is None:
            return super().execute_managed_notebook(
                nb_man,
                kernel_name,
                log_output=log_output,
                stdout_file=stdout_file,
                stderr_file=stderr_file,
                start_timeout=start_timeout,
                execution_timeout=execution_timeout,
                **kwargs,
            )
        if kernel_cwd is not None:
            warm_kernel.reset(kernel_cwd, kernel_data_dir)
        kwargs.pop("input_path", None)
        if label is not None:  # the notebook came as a NotebookNode: record its file, not itself
            nb_man.nb.metadata.papermill["input_path"] = label
        for cell in nb_man.nb.cells:  # papermill gives it a random id: the same one every run instead
            if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
                cell["id"] = "injected-parameters"
        client = PapermillNotebookClient(
            nb_man,
            km=warm_kernel.km,
            kernel_name=warm_kernel.kernel_name,
            timeout=execution_timeout if execution_timeout else kwargs.get("timeout"),
            startup_timeout=start_timeout,
            log=logger,
            log_output=log_output,
            stdout_file=stdout_file,
            stderr_file=stderr_file,
        )
        client.kc = warm_kernel.kc  # reuse the started channels: no new client per notebook
        try:
            nb = client.execute()  # owns_km is False: the kernel stays up afterwards
        except (CellTimeoutError, DeadKernelError, RuntimeError) as exc:
            # The kernel is wedged or gone. Record the failure in the cell that
            # was running, so that papermill saves the notebook (kept for
            # debugging) and raises PapermillExecutionError like for any error.
            warm_kernel.needs_restart = True
            nb = nb_man.nb
            _record_failure(nb, exc)
        renumber_execution_counts(nb)
        return nb


def _record_failure(nb, exc: BaseException) -> None:
    started = [c for c in nb.cells if c.get("metadata", {}).get("papermill", {}).get("start_time")]
    if not started:
        raise exc
    cell = started[-1]
    lines = str(exc).strip().splitlines() or [""]
    cell.setdefault("outputs", []).append(
        nbformat.v4.new_output("error", ename=type(exc).__name__, evalue=lines[0], traceback=lines)
    )
    cell.metadata.papermill["exception"] = True
    cell.metadata.papermill["status"] = "failed"
    nb.metadata.papermill["exception"] = True


def register() -> None:
    """Make ``engine_name="warm"`` available without installed entry points."""
    papermill_engines.register("warm", WarmEngine)

