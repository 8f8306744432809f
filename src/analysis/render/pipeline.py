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


def _load_notebook(path: Path, workdir: Path):
    """Return (path of an .ipynb to execute, NotebookNode); converts jupytext ``.py``."""
    import nbformat

    if path.suffix == ".ipynb":
        return path, nbformat.read(path, as_version=4)
    import jupytext

    nb = jupytext.read(path)
    converted = workdir / (path.stem + ".ipynb")
    nbformat.write(nb, converted)
    return converted, nb


def _error_text(exc: BaseException) -> str:
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        # cell_index counts every cell of the executed notebook (injected parameters included)
        evalue = (exc.evalue or "").strip().splitlines()
        first = evalue[0] if evalue else ""
        where = f"cell {exc.cell_index}" + (f" (In [{exc.exec_count}])" if exc.exec_count is not None else "")
        return f"{where}: {exc.ename}: {first}"
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0] if lines else ''}".strip()


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
    """State shared by the worker threads, the printer and the main thread."""

    def __init__(self, *, nb_path, kernel_cwd, nb_node, formats, out_dir, ledger, say, printer, exporter,
                 kernel_name, cell_timeout, warm_imports):
        self.nb_path = nb_path
        self.kernel_cwd = kernel_cwd
        self.nb_node = nb_node
        self.formats = formats
        self.out_dir = out_dir
        self.ledger = ledger
        self.say = say
        self.printer = printer
        self.exporter = exporter
        self.export_lock = threading.Lock()
        self.kernel_name = kernel_name
        self.cell_timeout = cell_timeout
        self.warm_imports = warm_imports
        self.jobs: queue.Queue[BriefingResult | None] = queue.Queue()
        self.pdf_futures: dict[str, Future] = {}
        self.kernel_timings: list[dict[str, float]] = []
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
                    f"imports {kernel.timings['warm_imports']:.1f} s)"
                )
            except Exception as exc:  # noqa: BLE001 - reported on each briefing it would have run
                start_error = f"kernel could not start: {exc}"
                self.say(f"{name}: {start_error}")
            broken = False
            while True:
                job = self.jobs.get()
                if job is None:
                    return
                if self.stop.is_set():
                    job.fail("interrupted")
                    continue
                if broken and start_error is None:  # replaced only when there is more to do
                    self.say(f"{name}: replacing its kernel")
                    try:
                        kernel.restart(cwd=cwd, warm_imports=self.warm_imports)
                        broken = False
                    except (KernelError, RuntimeError, OSError) as exc:
                        start_error = f"kernel could not restart: {exc}"
                if start_error is not None:
                    job.fail(start_error)
                    continue
                broken = self.render_one(job, kernel)
        finally:
            kernel.shutdown()

    def render_one(self, job: BriefingResult, kernel) -> bool:
        """Execute, export, queue the PDF. Return True when the kernel must be replaced."""
        import papermill as pm
        from papermill.exceptions import PapermillExecutionError

        job.started = time.perf_counter()
        city = self.ledger.cities[job.city]
        name = city.name_zh if job.lang == "zh" else city.name_en
        folder = self.out_dir / job.city / job.lang
        folder.mkdir(parents=True, exist_ok=True)
        ipynb = folder / "briefing.ipynb"
        tmp = folder / f".briefing.{os.getpid()}.{threading.get_ident()}.tmp.ipynb"
        nb = None
        restart = False
        t0 = time.perf_counter()
        try:
            nb = pm.execute_notebook(
                str(self.nb_path),
                str(tmp),
                parameters={"city": job.city, "lang": job.lang},
                engine_name="warm",
                warm_kernel=kernel,
                kernel_cwd=self.kernel_cwd,
                progress_bar=False,
                request_save_on_cell_execute=False,
                execution_timeout=self.cell_timeout,
            )
        except PapermillExecutionError as exc:
            job.error = _error_text(exc)
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
            job.fail(job.error)
            self.say(f"{job.key}: FAILED after {job.timings['execute']:.1f} s: {job.error}")
            self._remove_stale(job, ("html", "pdf"))
            return restart or kernel.needs_restart or not kernel.is_alive()
        self.say(f"{job.key}: executed in {job.timings['execute']:.1f} s")

        t1 = time.perf_counter()
        title = f"{name} · {_TITLE_KIND[job.lang]}"
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
            job.fail(f"HTML export failed: {type(exc).__name__}: {exc}")
            self.say(f"{job.key}: FAILED: {job.error}")
            return False
        finally:
            job.timings["html"] = time.perf_counter() - t1
        self.say(f"{job.key}: html in {job.timings['html']:.2f} s")

        if "pdf" in self.formats:
            self.pdf_futures[job.key] = self.printer.submit(
                html, folder / "briefing.pdf", name, job.lang,
                on_done=lambda seconds, exc, job=job: self._pdf_done(job, seconds, exc),
            )
        else:
            self._finish(job)
        return False

    # runs on the printer thread, before the PDF's future resolves
    def _pdf_done(self, job: BriefingResult, seconds: float | None, exc: BaseException | None) -> None:
        if exc is not None:
            job.fail(f"PDF printing failed: {type(exc).__name__}: {exc}")
            self.say(f"{job.key}: FAILED: {job.error}")
            self._remove_stale(job, ("pdf",))
            return
        job.timings["pdf"] = seconds
        job.outputs.append(self.out_dir / job.city / job.lang / "briefing.pdf")
        self.say(f"{job.key}: pdf in {seconds:.2f} s")
        self._finish(job)

    def _remove_stale(self, job: BriefingResult, kinds: Sequence[str]) -> None:
        """A failed briefing must not leave an older HTML or PDF looking current."""
        for kind in kinds:
            stale = self.out_dir / job.city / job.lang / f"briefing.{kind}"
            if stale.exists():
                stale.unlink()
                self.say(f"{job.key}: removed the previous {stale.name} (it no longer matches the inputs)")

    def _finish(self, job: BriefingResult) -> None:
        job.status, job.finished = "ok", time.perf_counter()


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
) -> RenderReport:
    """Render briefings for ``cities`` × ``langs`` into ``out_dir``.

    Parameters
    ----------
    cities : list of str, optional
        City slugs; default every city that has figures (``ledger.city_slugs()``).
    langs, formats : list of str or comma-separated str
        Languages (``zh``, ``en``) and outputs (``html``, ``pdf``).
    jobs : int
        Kernels running at once (one worker thread each).
    out_dir : path, optional
        Default ``build/`` in the project root.
    force : bool
        Render even when the manifest says a briefing is up to date.
    notebook : path, optional
        The parameterised notebook (``.ipynb``, or a jupytext ``.py``);
        default ``notebooks/briefing.ipynb`` in the project root.
    ledger : Ledger, optional
        Default :func:`analysis.ledger.load_ledger`.
    progress : text stream or None
        Where one line per step goes (default stderr).

    Returns
    -------
    RenderReport
        One :class:`BriefingResult` per briefing, failures included (this
        function raises only when nothing could start: bad options, unknown
        city, missing notebook, browser or font).
    """
    t_start = time.perf_counter()
    say = _Progress(progress, t_start)
    from analysis.errors import UnknownNameError
    from analysis.paths import PROJECT_ROOT, build_dir, data_dir

    langs = parse_list(langs, LANGS, "language")
    formats = parse_list(formats, FORMATS, "format")
    if jobs < 1:
        raise RenderError(f"--jobs must be at least 1, not {jobs}")
    root = PROJECT_ROOT
    nb_path = Path(notebook) if notebook else root / "notebooks" / "briefing.ipynb"
    nb_path = nb_path.resolve()
    if not nb_path.is_file():
        raise RenderError(f"notebook not found: {nb_path}")
    out = Path(out_dir).resolve() if out_dir else build_dir()

    if ledger is None:
        from analysis.ledger import load_ledger

        ledger = load_ledger()
    if not cities:
        cities = ledger.city_slugs()
    unknown = [c for c in cities if c not in ledger.cities]
    if unknown:
        known = ", ".join(f"{slug} ({c.name_zh})" for slug, c in ledger.cities.items())
        raise UnknownNameError(f"unknown city {', '.join(map(repr, unknown))}; known cities: {known}")
    cities = list(dict.fromkeys(cities))

    system = check_system(pdf="pdf" in formats)

    # inputs: what a briefing depends on
    import analysis

    package_dir = Path(analysis.__file__).resolve().parent
    common_inputs = {
        "notebook": {"path": _rel(nb_path, root), "sha256": sha256_file(nb_path)},
        "data": _tree_hash(data_dir(), skip_dirs=("staging",)),
        "package": _digest(_tree_hash(package_dir)),
    }

    out.mkdir(parents=True, exist_ok=True)
    manifest_path = out / MANIFEST_NAME
    manifest = _read_manifest(manifest_path, say)
    previous = manifest.get("briefings", {})

    results: list[BriefingResult] = []
    todo: list[BriefingResult] = []
    for city in cities:
        for lang in langs:
            r = BriefingResult(city=city, lang=lang)
            r.inputs = {**common_inputs, "parameters": {"city": city, "lang": lang}}
            results.append(r)
            if not force and _up_to_date(previous.get(r.key), r.inputs, formats, out):
                r.status = "skipped"
                r.outputs = [out / p for p in previous[r.key]["outputs"].values()]
                say(f"{r.key}: up to date, skipped (use --force to render again)")
            else:
                todo.append(r)

    printer = None
    batch = None
    threads: list[threading.Thread] = []
    log_handler = _LogToProgress(say)
    pm_logger = logging.getLogger("papermill")
    pm_logger.addHandler(log_handler)
    check_errors: dict[str, str] = {}
    checks_record: dict[str, Any] = {}
    try:
        if todo:
            import tempfile

            from analysis.render.engine import notebook_imports, register
            from analysis.render.exporter import BriefingHTMLExporter

            register()
            workdir = Path(tempfile.mkdtemp(prefix="analysis-render-"))
            exec_path, nb_node = _load_notebook(nb_path, workdir)
            if "pdf" in formats:
                from analysis.render.pdf import PdfPrinter

                printer = PdfPrinter(system["chromium"], concurrency=min(jobs, len(todo))).start()
            n_workers = min(jobs, len(todo))
            say(f"rendering {len(todo)} briefing(s) with {n_workers} kernel(s)"
                + (" and one Chromium" if printer else ""))
            batch = _Batch(
                nb_path=exec_path, kernel_cwd=str(nb_path.parent), nb_node=nb_node, formats=formats, out_dir=out, ledger=ledger,
                say=say, printer=printer, exporter=BriefingHTMLExporter(), kernel_name=kernel_name,
                cell_timeout=cell_timeout, warm_imports=notebook_imports(nb_node),
            )
            for r in todo:
                batch.jobs.put(r)
            for i in range(n_workers):
                batch.jobs.put(None)
                t = threading.Thread(target=batch.worker, args=(f"kernel {i + 1}",), name=f"render-{i + 1}",
                                     daemon=True)
                t.start()
                threads.append(t)

        # meanwhile: the checks, one CSV per city
        for city in cities:
            t0 = time.perf_counter()
            try:
                path, changed = _write_checks(ledger, city, out)
                __import__("analysis.downloads").downloads.write_downloads(ledger, city, out / city)
                checks_record[city] = {"path": _rel(path, out), "sha256": sha256_file(path),
                                       "seconds": round(time.perf_counter() - t0, 3)}
                if changed:
                    say(f"{city}: checks.csv written")
            except Exception as exc:  # noqa: BLE001 - reported, other cities go on
                check_errors[city] = f"{type(exc).__name__}: {exc}"
                say(f"{city}: checks FAILED: {check_errors[city]}")

        for t in threads:
            while t.is_alive():
                t.join(0.2)
        if batch is not None:
            for future in list(batch.pdf_futures.values()):
                try:
                    future.result()
                except BaseException:  # noqa: BLE001 - recorded on the briefing by the callback
                    pass
    except KeyboardInterrupt:
        if batch is not None:
            batch.stop.set()
            for t in threads:
                t.join()
        raise
    finally:
        pm_logger.removeHandler(log_handler)
        if printer is not None:
            printer.close()
        if todo and batch is not None:
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)

    for r in todo:
        if r.status == "pending":  # a worker died before reaching it
            r.fail(r.error or "not rendered")
        r.seconds = (r.finished - r.started) if r.started and r.finished else 0.0
        r.timings["total"] = r.seconds

    wall = time.perf_counter() - t_start
    run_info = {
        "wall_seconds": round(wall, 3),
        "jobs": jobs,
        "kernels": [{k: round(v, 3) for k, v in kt.items()} for kt in (batch.kernel_timings if batch else [])],
        "browser": {
            "version": printer.browser_version if printer else None,
            "launch_seconds": round(printer.launch_seconds, 3) if printer and printer.launch_seconds else None,
        },
        "system": system,
        "formats": list(formats),
    }
    _write_manifest(manifest_path, manifest, results, todo, out, run_info, checks_record, nb_path, root)
    return RenderReport(results=results, out_dir=out, manifest_path=manifest_path, wall_seconds=wall,
                        check_errors=check_errors)


def _write_checks(ledger, city: str, out: Path) -> tuple[Path, bool]:
    """Write DIR/<city>/checks.csv when its content changed; return (path, changed)."""
    from analysis.checks import run_checks, write_checks_csv

    buf = io.StringIO()
    write_checks_csv(run_checks(ledger, city=city), buf)
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


def _write_manifest(path, manifest, results, rendered, out, run_info, checks_record, nb_path, root) -> None:
    briefings = dict(manifest.get("briefings", {}))
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for r in rendered:
        outputs = {p.suffix.lstrip("."): _rel(p, out) for p in r.outputs}
        briefings[r.key] = {
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
    checks = dict(manifest.get("checks", {}))
    checks.update(checks_record)
    data = {
        "format": MANIFEST_FORMAT,
        "updated": now,
        "project_root": str(root),
        "notebook": _rel(nb_path, root),
        "packages": package_versions(),
        "last_run": {**run_info, "briefings": [r.key for r in results],
                     "rendered": [r.key for r in rendered]},
        "checks": dict(sorted(checks.items())),
        "briefings": dict(sorted(briefings.items())),
    }
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
