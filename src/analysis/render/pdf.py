"""Print briefings to PDF with one system Chromium for a whole batch.

Playwright drives Debian's ``/usr/bin/chromium`` (it never downloads a browser
of its own here). The browser starts once, on a thread of its own, while the
kernels warm up; each PDF is then printed on one of a few pages kept open
for the batch (about a second each, against ~1.8 s for a
``chromium --print-to-pdf`` process).

Pages are A4 by the stylesheet's ``@page`` rule, whose margin boxes hold
the running header (the city's name, the kind of document) and the page
numbers (:func:`analysis.render.exporter.page_css`); Chromium embeds the
subset of the CJK font that the text uses.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from analysis.atomic import atomic_write_bytes  # noqa: F401  (re-exported: the PDFs are written with it)
from analysis.render.system import CHROMIUM_ARGS, INSTALL_HINT, SystemRequirementError

#: Same margins as the stylesheet's @page rule (which takes precedence when present).
PDF_MARGIN = {"top": "22mm", "right": "16mm", "bottom": "18mm", "left": "16mm"}


@dataclass
class _Job:
    html: str
    out: Path
    future: Future
    on_done: object = None


class PdfPrinter:
    """One Chromium, on its own thread, printing HTML strings to PDF files.

    Parameters
    ----------
    executable : str or Path
        The Chromium binary (``/usr/bin/chromium``).
    concurrency : int
        Pages printing at once in the one browser (2 saves a third of the
        time on two cores: measured 1.5 s against 2.2 s for four briefings).

    Use ``start()`` early (the launch overlaps other work), ``submit()`` per
    PDF (returns a :class:`~concurrent.futures.Future` of the seconds spent
    printing) and ``close()`` at the end.
    """

    def __init__(self, executable: str | Path, concurrency: int = 2, launch_timeout: float = 30.0,
                 print_timeout: float = 180.0):
        self.executable = str(executable)
        self.concurrency = max(1, concurrency)
        self.launch_timeout = launch_timeout
        self.print_timeout = print_timeout
        self.launch_seconds: float | None = None
        self.browser_version: str | None = None
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._thread = threading.Thread(target=self._main, name="pdf-printer", daemon=True)
        self._error: BaseException | None = None
        self._ready = threading.Event()

    def start(self) -> PdfPrinter:
        self._thread.start()
        return self

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Block until the browser is up or failed; False when ``timeout`` passed first.

        After a True return, :attr:`error` says whether it failed.
        """
        return self._ready.wait(timeout)

    @property
    def error(self) -> BaseException | None:
        """Why the browser could not start (None while starting or when it did)."""
        return self._error

    def submit(self, html: str, out: Path, on_done=None) -> Future:
        """Queue one PDF of ``html`` (a page whose stylesheet sets its size,
        margins and running header) to be written to ``out``.

        ``on_done(seconds, exception)`` is called on the printer thread before
        the returned future resolves (so a waiter sees its effects).
        """
        future: Future = Future()
        job = _Job(html, Path(out), future, on_done)
        if self._error is not None:
            self._resolve(job, None, self._error)
        else:
            self._queue.put(job)
        return future

    @staticmethod
    def _resolve(job: _Job, seconds: float | None, exc: BaseException | None) -> None:
        if job.on_done is not None:
            try:
                job.on_done(seconds, exc)
            except Exception:  # noqa: BLE001 - a callback must not kill the printer
                pass
        if exc is None:
            job.future.set_result(seconds)
        else:
            job.future.set_exception(exc)

    def close(self, timeout: float | None = None) -> None:
        """Finish the queued PDFs and stop the browser (waits at most ``timeout`` s)."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout)

    # -- the printer thread: an asyncio loop driving Playwright's async API --

    def _main(self) -> None:
        asyncio.run(self._amain())

    async def _next_job(self) -> _Job | None:
        return await asyncio.get_running_loop().run_in_executor(None, self._queue.get)

    async def _amain(self) -> None:
        t0 = time.perf_counter()
        try:
            from playwright.async_api import async_playwright

            pw = await async_playwright().start()
        except Exception as exc:  # noqa: BLE001 - reported on every job
            await self._fail(SystemRequirementError(f"cannot start Playwright: {exc}"))
            return
        try:
            try:
                browser = await pw.chromium.launch(executable_path=self.executable, args=list(CHROMIUM_ARGS),
                                                   timeout=self.launch_timeout * 1000)
            except Exception as exc:  # noqa: BLE001 - one line: Playwright appends a long call log
                lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
                first = lines[0] if lines else type(exc).__name__
                await self._fail(
                    SystemRequirementError(f"cannot launch Chromium at {self.executable}: {first}; {INSTALL_HINT}")
                )
                return
            self.browser_version = browser.version
            self.launch_seconds = time.perf_counter() - t0
            self._ready.set()
            context = await browser.new_context()
            # one page per slot, kept for the whole batch: a new page costs a
            # renderer start (measured ≈0.25 core-seconds per PDF)
            pages: asyncio.Queue = asyncio.Queue()
            for _ in range(self.concurrency):
                pages.put_nowait(None)  # opened on first use
            running: set[asyncio.Task] = set()
            while True:
                job = await self._next_job()
                if job is None:
                    break
                if not job.future.set_running_or_notify_cancel():
                    continue
                page = await pages.get()
                task = asyncio.create_task(self._print_job(context, job, page, pages))
                running.add(task)
                task.add_done_callback(running.discard)
            if running:
                await asyncio.gather(*running)
            await context.close()
            await browser.close()
        finally:
            await pw.stop()

    async def _fail(self, exc: BaseException) -> None:
        self._error = exc
        self._ready.set()
        while True:
            job = await self._next_job()
            if job is None:
                return
            self._resolve(job, None, exc)

    async def _print_job(self, context, job: _Job, page, pages: asyncio.Queue) -> None:
        """Print one job on ``page`` (opened here when None) and give the page back
        to ``pages``; a page that failed or timed out is closed and replaced."""
        t0 = time.perf_counter()
        try:
            if page is None:
                page = await context.new_page()
            await asyncio.wait_for(self._print(page, job), self.print_timeout)
        except asyncio.TimeoutError:
            page = await self._discard(page)
            self._resolve(job, None, TimeoutError(f"the browser did not print within {self.print_timeout:.0f} s"))
        except Exception as exc:  # noqa: BLE001 - goes to the waiting briefing
            page = await self._discard(page)
            self._resolve(job, None, exc)
        else:
            self._resolve(job, time.perf_counter() - t0, None)
        finally:
            pages.put_nowait(page)

    @staticmethod
    async def _discard(page) -> None:
        """Close a page that failed (a fresh one is opened for the next job)."""
        if page is not None:
            try:
                await asyncio.wait_for(page.close(), 10)
            except Exception:  # noqa: BLE001 - the page may already be gone with its renderer
                pass
        return None

    @staticmethod
    async def _print(page, job: _Job) -> None:
        await page.set_content(job.html, wait_until="load")
        data = await page.pdf(
            format="A4",
            prefer_css_page_size=True,
            print_background=True,
            margin=PDF_MARGIN,
            outline=True,
            tagged=True,
        )
        atomic_write_bytes(job.out, data)
