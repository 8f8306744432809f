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

import gc
import hashlib
import json
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from analysis.render.batch import (  # noqa: F401 - re-exported: the pipeline's public names
    FORMATS, LANGS, BriefingResult, _Batch, _error_text, _LogToProgress, _Progress, _Tally, _tofu, first_line)
from analysis.render.manifest import (  # noqa: F401
    LOCK_NAME, MANIFEST_NAME, _common_inputs, _read_manifest, _rel, _up_to_date, _write_manifest, sha256_file)
from analysis.render.preflight import (  # noqa: F401
    DEFAULT_BROWSER_TIMEOUT, _follow_pair, _known_cities, browser_timeout, preflight_out_dir, sweep_orphans)
from analysis.render.system import RenderError, check_system


#: Seconds one cell may run before the briefing is failed (and its kernel replaced).
DEFAULT_CELL_TIMEOUT = 600


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


# -- results ----------------------------------------------------------------


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


# -- the pipeline -------------------------------------------------------------


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
        default ``notebooks/briefing.py`` in the project root: the tracked
        source (its ``.ipynb`` is generated and git-ignored, docs/setup.md).
        When an ``.ipynb`` is named and the ``.py`` of its jupytext pair is
        newer, the ``.py`` is rendered.
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
    nb_path = Path(notebook) if notebook else root / "notebooks" / "briefing.py"
    nb_path = nb_path.resolve()
    if not nb_path.is_file():
        raise RenderError(f"notebook not found: {nb_path}")
    nb_path = _follow_pair(nb_path, say)
    out = Path(out_dir).resolve() if out_dir else build_dir()

    if ledger is None:
        from analysis.ledger import load_ledger

        ledger = load_ledger()
    # the ledger outlives the batch: kept out of the garbage collector's walks
    # (they run often on the threads that drive the kernels)
    gc.collect()
    gc.freeze()
    try:
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
    finally:
        gc.unfreeze()


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
            path, changed = write_city_outputs(ledger, city, by_city[city], out)
            record[city] = {"path": _rel(path, out), "sha256": sha256_file(path),
                            "seconds": round(time.perf_counter() - t1 + seconds / len(cities), 3)}
            if changed:
                say(f"{city}: checks.csv written")
        except Exception as exc:  # noqa: BLE001 - reported, other cities go on
            errors[city] = _error_text(exc)
            say(f"{city}: checks FAILED: {errors[city]}")


def write_city_outputs(ledger, city: str, checks: list, out: Path) -> tuple[Path, bool]:
    """A city's files beside its briefings, the data downloads the briefing
    links (:func:`analysis.downloads.write_downloads`: ``DIR/<city>/checks.csv``,
    ``figures.csv`` and one workbook), each written only when its content
    changed. Returns (path of checks.csv, whether it changed).
    """
    from analysis.downloads import write_downloads

    changed: set[str] = set()
    paths = write_downloads(ledger, city, out / city, checks=checks, changed=changed)
    return paths["checks_csv"], "checks_csv" in changed


