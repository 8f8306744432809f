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
the hashes of its inputs (its city's data partition, :mod:`analysis.partition`,
the notebook, the package), its outputs and the time of each step; a briefing
whose recorded inputs equal the current ones and whose files exist is skipped
unless ``force``, and one rendered again is listed with the reason
(:func:`analysis.render.manifest.why_render`).

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
import logging
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from analysis.render.batch import (  # noqa: F401 - re-exported: the pipeline's public names
    FORMATS, LANGS, BriefingResult, _Batch, _error_text, _LogToProgress, _Progress, _Tally, _tofu, first_line)
from analysis.render.manifest import (  # noqa: F401
    LOCK_NAME, MANIFEST_NAME, _common_inputs, _read_manifest, _rel, _up_to_date, _write_manifest, sha256_file,
    why_render)
from analysis.render.preflight import (  # noqa: F401
    DEFAULT_BROWSER_TIMEOUT, _follow_pair, _known_cities, browser_timeout, preflight_out_dir, sweep_orphans)
from analysis.render.downloads import _cities_of, _downloads_to_write, _write_city_downloads  # noqa: F401
from analysis.render.local import LocalRun, _await_printer, _start_printer  # noqa: F401 - re-exported
from analysis.render.notebook import _load_notebook  # noqa: F401 - re-exported
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
        for r in self.results:  # why a briefing rendered before was rendered again
            if r.reason and r.reason not in ("not rendered before", "--force") and r.status != "skipped":
                lines.append(f"{r.city} {r.lang}: {r.reason}")
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
        The whole ledger, when the caller has it loaded; default: the data
        folder. Either way each briefing reads only its city's partition
        (:mod:`analysis.partition`), cut once per state of the data.
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

    from analysis.partition import is_partitioned, partitions_for

    system = check_system(pdf="pdf" in formats)
    preflight_out_dir(out)  # both before any kernel starts
    local = None
    if executor is None and (force or not is_partitioned(ledger.directory if ledger is not None else None)):
        # the data changed since they were last partitioned: something is likely to
        # render, so one kernel starts now, while the whole ledger is read and cut
        local = LocalRun(nb_path=nb_path, formats=formats, out_dir=out, say=say, kernel_name=kernel_name,
                         cell_timeout=cell_timeout)
        local.add_workers(1)
    try:
        # the city partitions of the data (analysis.partition): from the cache when
        # the data did not change, else the whole ledger is loaded (and validated) once
        parts = partitions_for(ledger=ledger, say=say)
    except BaseException:
        if local is not None:
            local.stop()
        raise
    gc.collect()
    gc.freeze()  # what lives for the batch: out of the collector's walks on the kernels' threads
    try:
        cities = _cities_of(parts, cities, ledger)
        sweep_orphans(out)

        common_inputs = _common_inputs(nb_path, root)
        manifest_path = out / MANIFEST_NAME
        manifest = _read_manifest(manifest_path, say)
        previous = manifest.get("briefings", {})

        results: list[BriefingResult] = []
        todo: list[BriefingResult] = []
        for city in cities:
            for lang in langs:
                r = BriefingResult(city=city, lang=lang, name=parts.name(city, lang),
                                   data_dir=str(parts.folder(city)))
                r.inputs = {**common_inputs, "parameters": {"city": city, "lang": lang}, "data": parts.parts(city)}
                results.append(r)
                why = "--force" if force else why_render(previous.get(r.key), r.inputs, formats, out, city)
                if why is None:
                    r.status = "skipped"
                    r.outputs = [out / p for p in previous[r.key]["outputs"].values()]
                    say(f"{r.key}: up to date, skipped (use --force to render again)")
                else:
                    r.reason = why
                    todo.append(r)
                    say(f"{city} {lang}: {why}")

        check_errors: dict[str, str] = {}
        checks_record: dict[str, Any] = {}
        run_info: dict[str, Any] = {}
        downloads_for = _downloads_to_write(cities, todo, manifest.get("checks", {}), parts, common_inputs, out,
                                            force)

        def write_checks():
            _write_city_downloads(parts, downloads_for, out, say, check_errors, checks_record, common_inputs)

        log_handler = _LogToProgress(say)
        pm_logger = logging.getLogger("papermill")
        pm_logger.addHandler(log_handler)
        try:
            if todo and executor is not None:
                from analysis.render.backends import run_on_executor

                run_info = run_on_executor(
                    executor, todo, nb_path=nb_path, formats=formats, out_dir=out, say=say,
                    kernel_name=kernel_name, cell_timeout=cell_timeout, system=system,
                    write_checks=write_checks, partitions=parts,
                )
            elif todo:
                local = local or LocalRun(nb_path=nb_path, formats=formats, out_dir=out, say=say,
                                          kernel_name=kernel_name, cell_timeout=cell_timeout)
                run_info = local.run(todo, jobs=jobs, system=system, write_checks=write_checks)
            else:
                write_checks()
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
        if local is not None:
            local.stop()
        gc.unfreeze()
