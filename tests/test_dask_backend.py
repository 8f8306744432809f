"""Dask runs end in bounded time with one line (issue 15 item 10), and render
on a cluster whose workers share no disk with the parent (issue 19 item 3).
Every address is on 127.0.0.1; the timeouts are kept short through the
environment variables the user sets them with."""

from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from analysis.render.backends import dask_executor  # noqa: E402
from analysis.render.system import RenderError  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def short_timeouts(monkeypatch):
    monkeypatch.setenv("ANALYSIS_DASK_CONNECT_TIMEOUT", "3")
    monkeypatch.setenv("ANALYSIS_DASK_WORKER_TIMEOUT", "4")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_http_port_is_not_a_scheduler(short_timeouts):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    t0 = time.monotonic()
    try:
        with pytest.raises(RenderError) as info:
            with dask_executor(f"tcp://127.0.0.1:{server.server_address[1]}"):
                pass
    finally:
        server.shutdown()
    assert time.monotonic() - t0 < 15
    message = str(info.value)
    assert "\n" not in message and "Dask scheduler" in message and "ANALYSIS_DASK_CONNECT_TIMEOUT" in message


def test_a_closed_port_is_reported_in_one_line(short_timeouts):
    t0 = time.monotonic()
    with pytest.raises(RenderError, match="cannot reach the Dask scheduler") as info:
        with dask_executor(f"tcp://127.0.0.1:{_free_port()}"):
            pass
    assert time.monotonic() - t0 < 15
    assert "\n" not in str(info.value)


def test_something_that_answers_garbage_is_not_a_scheduler(short_timeouts):
    """A server that answers with bytes that are not Dask's (a proxy's error page):
    once 'internal error: MemoryError … 3.07 EiB'."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    stop = threading.Event()

    def serve():
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n" * 4)
            time.sleep(0.5)
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    t0 = time.monotonic()
    try:
        with pytest.raises(RenderError) as info:
            with dask_executor(f"tcp://127.0.0.1:{srv.getsockname()[1]}"):
                pass
    finally:
        stop.set()
        srv.close()
    assert time.monotonic() - t0 < 15
    assert "\n" not in str(info.value) and "MemoryError" not in str(info.value)


def test_a_scheduler_without_workers_ends_within_the_limit(short_timeouts):
    from distributed import LocalCluster

    with LocalCluster(n_workers=0, protocol="tcp://", host="127.0.0.1", dashboard_address=None,
                      processes=False) as cluster:
        t0 = time.monotonic()
        with pytest.raises(RenderError, match="no worker joined") as info:
            with dask_executor(cluster.scheduler_address):
                pass
        assert time.monotonic() - t0 < 15
        assert "ANALYSIS_DASK_WORKER_TIMEOUT" in str(info.value)


def test_a_cluster_whose_last_worker_died_ends_the_render(short_timeouts, tmp_path):
    """The wait for a task ends once no worker has been left for the limit."""
    from distributed import LocalCluster

    from analysis.render.backends import DaskExecutor, timeouts

    with LocalCluster(n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                      processes=True) as cluster:
        with dask_executor(cluster.scheduler_address) as executor:
            assert isinstance(executor, DaskExecutor)
            future = executor.submit(time.sleep, 60)
            time.sleep(1)
            for worker in list(cluster.workers.values()):
                cluster.loop.add_callback(worker.close)
            cluster.scale(0)
            t0 = time.monotonic()
            with pytest.raises(RenderError, match="no worker left"):
                executor.result(future)
            assert time.monotonic() - t0 < timeouts()["workers"] + 15


# -- a cluster without a shared disk ------------------------------------------------------------------


def _can_hide_folders() -> bool:
    if shutil.which("unshare") is None or os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c",
                            "mount -t tmpfs none /mnt && echo ok"], capture_output=True, text=True)
    return probe.stdout.strip() == "ok"


@pytest.mark.skipif(not _can_hide_folders(), reason="needs root and unshare(1) to hide the parent's folders "
                                                    "from the workers")
def test_workers_without_the_parent_s_disk_render_the_same_files(tmp_path, monkeypatch):
    """Two `dask worker` processes in a mount namespace where the parent's folder
    (data, cache, notebook, --out) is an empty tmpfs: they see none of it, the
    parent receives every output as bytes."""
    import nbformat
    from distributed import LocalCluster

    from analysis.ledger import load_ledger
    from analysis.render.pipeline import render_briefings

    parent = tmp_path / "parent"
    data = parent / "data"
    shutil.copytree(ROOT / "data", data)
    monkeypatch.setenv("ANALYSIS_DATA_DIR", str(data))
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(parent / "cache"))
    notebook = parent / "briefing.ipynb"
    import jupytext

    nbformat.write(jupytext.read(ROOT / "notebooks" / "briefing.py"), notebook)
    city = load_ledger(data).city_slugs()[0]
    out = parent / "out"
    args = dict(langs="zh", formats="html", notebook=notebook, progress=None)
    local = render_briefings([city], out_dir=parent / "local", **args)
    assert local.ok, local.summary()

    env = {k: v for k, v in os.environ.items() if not k.startswith("ANALYSIS_")}
    workers = []
    with LocalCluster(n_workers=0, protocol="tcp://", host="127.0.0.1", dashboard_address=None,
                      processes=False) as cluster:
        for i in range(2):
            script = (f"mount -t tmpfs none {parent} && test ! -e {data}/figures.csv && "
                      f"exec {sys.executable} -m distributed.cli.dask_worker {cluster.scheduler_address} "
                      f"--nthreads 1 --no-dashboard --local-directory /tmp")
            workers.append(subprocess.Popen(["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
                                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        try:
            with dask_executor(cluster.scheduler_address) as executor:
                remote = render_briefings([city], out_dir=out, executor=executor, **args)
        finally:
            for w in workers:
                w.terminate()
            for w in workers:
                w.wait(30)
    assert remote.ok, remote.summary()
    for name in ("briefing.ipynb", "briefing.html"):
        assert (out / city / "zh" / name).is_file(), name
    html = (out / city / "zh" / "briefing.html").read_text(encoding="utf-8")
    assert html == (parent / "local" / city / "zh" / "briefing.html").read_text(encoding="utf-8")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    entry = manifest["briefings"][f"{city}/zh"]
    assert entry["status"] == "ok" and set(entry["outputs"]) == {"ipynb", "html"}
    assert (out / city / "checks.csv").is_file()
    assert manifest["last_run"]["workers"], "a worker rendered it"
