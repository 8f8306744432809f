"""Issue 10: every fault a user can cause ends with a clear message, the right
exit status and in bounded time; nothing stale, no traceback by default.

One test (or a few) per case of the issue, run as a user would: the
``analysis`` command in a subprocess, against copies of data/ in tmp dirs.

1. ``make lab`` as root            6. stale outputs of formats not rendered
2. ``make test`` without the seeds 7. two renders into one --out
3. tracebacks (GBK, --out a file,  8. the jupytext pair (.py newer)
   a read-only --out)              9. an error in a briefing, shown in full
4. a browser that hangs or dies   10. a killed render leaves no temporary folder
5. a city without figures
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import pytest

from analysis.ledger import load_ledger
from analysis.paths import PROJECT_ROOT
from conftest import copy_data

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"
GOOD = FIXTURES / "good.ipynb"
CITIES = load_ledger().city_slugs()  # from data/cities.csv and figures.csv


def analysis(*args: str, env: dict | None = None, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    """``analysis ARGS`` in a subprocess; its output as text."""
    full_env = {k: v for k, v in os.environ.items() if k != "ANALYSIS_DEBUG"}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "analysis.cli", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, cwd=PROJECT_ROOT, **kw)


def no_traceback(done: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in done.stderr + done.stdout, done.stderr


def stand_in(tmp_path: Path, name: str, body: str) -> Path:
    """A program standing in for Chromium."""
    path = tmp_path / name
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(0o755)
    return path


# -- 1. make lab as root -------------------------------------------------------------


def test_1_make_lab_starts_jupyterlab_as_root(tmp_path):
    if not shutil.which("make"):
        pytest.skip("no make on this machine")
    dry = subprocess.run(["make", "-n", "lab"], capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=60)
    lab_line = [ln for ln in dry.stdout.splitlines() if "jupyter lab" in ln]
    assert lab_line, dry.stdout
    assert ("--allow-root" in lab_line[0]) == (os.geteuid() == 0)
    # and it really starts (as whoever runs the tests), then is stopped
    proc = subprocess.Popen(
        ["make", "-s", "lab", "LAB_FLAGS=--no-browser --ServerApp.port=0 --ServerApp.token=fault-test "
         f"--ServerApp.root_dir={tmp_path}"],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    seen: list[str] = []
    deadline = time.monotonic() + 240  # a busy 2-core machine can take minutes to start the server
    try:
        while time.monotonic() < deadline:  # wait for a line at most until the deadline, never longer
            ready, _, _ = select.select([proc.stdout], [], [], max(deadline - time.monotonic(), 0))
            if not ready:
                break
            line = proc.stdout.readline()
            if not line:  # the server exited
                break
            seen.append(line)
            if "is running at" in line or re.search(r"http://127\.0\.0\.1:\d+/lab", line):
                break
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
    text = "".join(seen)
    assert "Running as root is not recommended" not in text, text
    assert "is running at" in text or "/lab" in text, text[-2000:]


# -- 2. make test without ../shared/seeds -------------------------------------------------


@pytest.mark.render
def test_2_without_the_source_documents_provenance_tests_are_skipped_with_the_reason(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         "tests/test_briefing.py::test_a_new_city_needs_only_data", "tests/test_data.py"],
        capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300,
        env={**os.environ, "ANALYSIS_SEEDS_DIR": str(tmp_path / "no-seeds-here")})
    assert done.returncode == 0, done.stdout[-3000:]
    assert "failed" not in done.stdout.splitlines()[-1]
    skipped = [ln for ln in done.stdout.splitlines() if ln.startswith("SKIPPED")]
    assert any("test_a_new_city_needs_only_data" in ln or "test_briefing.py" in ln for ln in skipped), done.stdout
    assert all("source documents" in ln for ln in skipped), skipped


# -- 3. one clear line instead of a traceback ----------------------------------------------------


@pytest.fixture
def gbk_data(tmp_path):
    """A copy of data/ whose figures.csv was saved in GBK; the first line with Chinese text."""
    d = copy_data(tmp_path / "data")
    raw = (d / "figures.csv").read_text(encoding="utf-8")
    # an excerpt may hold a character GBK lacks ('•'): saved as '?', as a GBK editor would
    encoded = raw.encode("gbk", errors="replace")
    (d / "figures.csv").write_bytes(encoded)
    first = next(i for i, ln in enumerate(encoded.splitlines(), start=1) if not ln.isascii())
    return d, first


@pytest.mark.parametrize("command", [["validate"], ["checks"], ["render", "--format", "html"]])
def test_3_a_figures_csv_in_gbk_is_named_by_file_and_line(gbk_data, tmp_path, command):
    d, line = gbk_data
    done = analysis(*command, *(["--out", str(tmp_path / "out")] if command[0] == "render" else []),
                    env={"ANALYSIS_DATA_DIR": str(d)})
    no_traceback(done)
    assert done.returncode == 1, done.stderr
    assert f"figures.csv:{line}: column " in done.stderr and "not UTF-8" in done.stderr, done.stderr
    assert "save the file as UTF-8" in done.stderr


def test_3_out_pointing_to_a_file_is_one_line_and_starts_nothing(tmp_path):
    target = tmp_path / "briefings.txt"
    target.write_text("not a folder", encoding="utf-8")
    t0 = time.monotonic()
    done = analysis("render", "--city", CITIES[0], "--out", str(target), "--notebook", str(GOOD))
    no_traceback(done)
    assert done.returncode == 2
    assert f"--out {target}: is a file, not a folder" in done.stderr
    assert "kernel" not in done.stderr and time.monotonic() - t0 < 30
    # --debug (anywhere on the line) or ANALYSIS_DEBUG shows the traceback
    debug = analysis("render", "--city", CITIES[0], "--out", str(target), "--notebook", str(GOOD), "--debug")
    assert debug.returncode == 2 and "Traceback" in debug.stderr
    env_debug = analysis("render", "--out", str(target), env={"ANALYSIS_DEBUG": "1"})
    assert "Traceback" in env_debug.stderr


def test_3_a_read_only_out_is_refused_before_any_kernel_or_browser(tmp_path):
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare to mount a read-only file system")
    ro = tmp_path / "ro"
    ro.mkdir()
    cmd = (f"mount -t tmpfs -o ro tmpfs {ro} && exec {sys.executable} -m analysis.cli render "
           f"--city {CITIES[0]} --out {ro}/build --notebook {GOOD}")
    done = subprocess.run(["unshare", "-m", "sh", "-c", cmd], capture_output=True, text=True, timeout=120,
                          cwd=PROJECT_ROOT)
    if "mount:" in done.stderr:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")
    no_traceback(done)
    assert done.returncode == 2, done.stderr
    assert f"--out {ro}/build: cannot create the folder (Read-only file system)" in done.stderr
    assert "kernel" not in done.stderr and "Chromium" not in done.stderr


# -- 4. a browser that never answers, or exits at once ---------------------------------------------


@pytest.mark.render
def test_4_a_browser_that_never_answers_ends_the_render_in_under_60_s(tmp_path):
    sleeper = stand_in(tmp_path, "chromium-sleeps", "exec sleep 600")
    t0 = time.monotonic()
    done = analysis("render", "--city", CITIES[0], "--lang", "zh", "--format", "pdf", "--out",
                    str(tmp_path / "out"), "--notebook", str(GOOD), "--quiet",
                    env={"ANALYSIS_CHROMIUM": str(sleeper)}, timeout=90)  # the default limit: 30 s
    seconds = time.monotonic() - t0
    no_traceback(done)
    assert done.returncode == 2, done.stderr
    assert seconds < 60, seconds
    assert "did not start within 30 s" in done.stderr or "Timeout 30000ms exceeded" in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) <= 3, done.stderr


@pytest.mark.render
def test_4_a_browser_that_exits_at_once_is_one_line_not_a_call_log(tmp_path):
    dies = stand_in(tmp_path, "chromium-exits", "echo 'chromium: cannot open display' >&2; exit 1")
    done = analysis("render", "--city", CITIES[0], "--lang", "zh", "--format", "html,pdf", "--out",
                    str(tmp_path / "out"), "--notebook", str(GOOD), "--quiet",
                    env={"ANALYSIS_CHROMIUM": str(dies), "ANALYSIS_BROWSER_TIMEOUT": "20"})
    no_traceback(done)
    assert done.returncode == 2
    assert f"cannot launch Chromium at {dies}" in done.stderr and "apt-get install chromium" in done.stderr
    assert "Call log" not in done.stderr and len(done.stderr.strip().splitlines()) <= 3, done.stderr
    assert not list((tmp_path / "out").rglob("briefing.*")), "nothing rendered before the browser was up"


def test_4_the_browser_timeout_is_checked():
    from analysis.render.pipeline import DEFAULT_BROWSER_TIMEOUT, browser_timeout
    from analysis.render.system import RenderError

    assert DEFAULT_BROWSER_TIMEOUT < 60
    os.environ["ANALYSIS_BROWSER_TIMEOUT"] = "soon"
    try:
        with pytest.raises(RenderError, match="expected a number of seconds"):
            browser_timeout()
    finally:
        del os.environ["ANALYSIS_BROWSER_TIMEOUT"]


# -- 5. a city without figures -------------------------------------------------------------------


def test_5_a_city_without_figures_is_refused_up_front(tmp_path):
    d = copy_data(tmp_path / "data")
    with open(d / "cities.csv", "a", encoding="utf-8") as fh:
        fh.write("nofigures,无数据市,No Figures,内蒙古自治区,Inner Mongolia\n")
    env = {"ANALYSIS_DATA_DIR": str(d)}
    done = analysis("render", "--city", "nofigures", "--out", str(tmp_path / "out"), "--notebook", str(GOOD),
                    env=env)
    no_traceback(done)
    assert done.returncode == 2
    assert "'nofigures' is listed in cities.csv but has no figures" in done.stderr
    assert CITIES[0] in done.stderr  # what can be rendered
    assert not (tmp_path / "out" / "nofigures").exists()
    checks = analysis("checks", "--city", "nofigures", env=env)
    assert checks.returncode == 2 and "nofigures" in checks.stderr
    no_traceback(checks)


# -- 6. stale outputs -----------------------------------------------------------------------


@pytest.mark.render
def test_6_outputs_of_formats_not_rendered_are_removed(tmp_path):
    from analysis.render.pipeline import render_briefings

    notebook = tmp_path / "nb" / "good.ipynb"
    notebook.parent.mkdir()
    shutil.copy(GOOD, notebook)
    out, city = tmp_path / "out", CITIES[0]
    first = render_briefings([city], langs="zh", formats="html,pdf", out_dir=out, notebook=notebook, progress=None)
    assert first.ok, first.summary()
    pdf = out / city / "zh" / "briefing.pdf"
    assert pdf.is_file()
    nb = nbformat.read(notebook, as_version=4)  # the inputs change
    nb.cells.append(nbformat.v4.new_markdown_cell("附注：输入变了。"))
    nbformat.write(nb, notebook)
    second = render_briefings([city], langs="zh", formats="html", out_dir=out, notebook=notebook, progress=None)
    assert second.ok, second.summary()
    assert not pdf.exists(), "a PDF of the old inputs must not stay beside the new HTML"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    entry = manifest["briefings"][f"{city}/zh"]
    assert set(entry["outputs"]) == {"ipynb", "html"}
    assert manifest["stale_outputs"].startswith("removed")


# -- 7. two renders into one --out ------------------------------------------------------------------


@pytest.mark.render
def test_7_two_renders_into_one_out_keep_both_cities(tmp_path):
    out = tmp_path / "out"
    a, b = CITIES[0], CITIES[1]
    procs = [subprocess.Popen([sys.executable, "-m", "analysis.cli", "render", "--city", city, "--lang", "zh",
                               "--format", "html", "--jobs", "1", "--out", str(out), "--notebook", str(GOOD),
                               "--quiet"], cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for city in (a, b)]
    for p in procs:
        stdout, stderr = p.communicate(timeout=180)
        assert p.returncode == 0, stderr
        assert "Traceback" not in stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {f"{a}/zh", f"{b}/zh"} <= set(manifest["briefings"])
    assert {a, b} <= set(manifest["checks"])


def test_7_the_manifest_is_merged_not_overwritten(tmp_path):
    from analysis.render.pipeline import BriefingResult, _write_manifest

    out = tmp_path
    for city in CITIES[:2]:  # each writer knows only its own city, as two processes would
        r = BriefingResult(city=city, lang="zh", status="ok")
        _write_manifest(out / "manifest.json", [r], [r], out, {}, {city: {"path": f"{city}/checks.csv"}},
                        GOOD, PROJECT_ROOT)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["briefings"]) == {f"{c}/zh" for c in CITIES[:2]}
    assert set(manifest["checks"]) == set(CITIES[:2])


# -- 8. the jupytext pair -------------------------------------------------------------------


@pytest.mark.render
def test_8_an_edited_py_of_the_pair_is_what_is_rendered(tmp_path, capsys):
    import jupytext

    from analysis.render.pipeline import render_briefings

    ipynb = tmp_path / "nb" / "briefing.ipynb"
    ipynb.parent.mkdir()
    nb = nbformat.read(GOOD, as_version=4)
    nb.metadata["jupytext"] = {"formats": "ipynb,py:percent"}
    nbformat.write(nb, ipynb)
    script = ipynb.with_suffix(".py")
    jupytext.write(nb, script, fmt="py:percent")
    text = script.read_text(encoding="utf-8") + '\n# %% [markdown]\n# 附注：只在 .py 里改了这一段。\n'
    script.write_text(text, encoding="utf-8")
    later = ipynb.stat().st_mtime + 5
    os.utime(script, (later, later))
    city, out = CITIES[0], tmp_path / "out"
    report = render_briefings([city], langs="zh", formats="html", out_dir=out, notebook=ipynb, progress=sys.stderr)
    assert report.ok, report.summary()
    assert "只在 .py 里改了这一段" in (out / city / "zh" / "briefing.html").read_text(encoding="utf-8")
    assert "briefing.py is newer than briefing.ipynb: rendering briefing.py" in capsys.readouterr().err
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["briefings"][f"{city}/zh"]["inputs"]["notebook"]["path"].endswith("briefing.py")


def test_8_an_older_py_leaves_the_ipynb_in_charge(tmp_path):
    from analysis.render.pipeline import _follow_pair

    ipynb = tmp_path / "b.ipynb"
    ipynb.write_text("{}", encoding="utf-8")
    script = tmp_path / "b.py"
    script.write_text("# ---\n# jupyter:\n#   jupytext:\n#     formats: ipynb,py:percent\n# ---\n", encoding="utf-8")
    earlier = ipynb.stat().st_mtime - 5
    os.utime(script, (earlier, earlier))
    assert _follow_pair(ipynb, lambda m: None) == ipynb
    later = ipynb.stat().st_mtime + 5
    os.utime(script, (later, later))
    assert _follow_pair(ipynb, lambda m: None) == script


# -- 9. an error inside a briefing ------------------------------------------------------------------


@pytest.mark.render
def test_9_an_error_in_a_briefing_is_shown_in_full_with_its_cell(tmp_path):
    notebook = tmp_path / "fails.ipynb"
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                           "language": "python"}})
    params = nbformat.v4.new_code_cell('city = None\nlang = "zh"')
    params.metadata["tags"] = ["parameters"]
    # the library's own error, on a real figure made negative: the message names the figure
    nb.cells = [params, nbformat.v4.new_code_cell(
        "from analysis import load_ledger, share\n"
        "from analysis.quantity import combine\n"
        "f = [x for x in load_ledger().figures_for(city) if x.measure == 'level' and x.unit == '亿元'][0]\n"
        "share(f.quantity(), combine(lambda v: -v, f.quantity(), unit=f.unit, method='negated'))")]
    nbformat.write(nb, notebook)
    city = next(c for c in CITIES if any(f.measure == "level" and f.unit == "亿元"
                                         for f in load_ledger().figures_for(c)))
    fid = next(f.figure_id for f in load_ledger().figures_for(city) if f.measure == "level" and f.unit == "亿元")
    done = analysis("render", "--city", city, "--lang", "zh", "--format", "html", "--out", str(tmp_path / "out"),
                    "--notebook", str(notebook), "--quiet")
    no_traceback(done)
    assert done.returncode == 1
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith(f"{city}/zh failed:"))
    assert "cell 2 (In [2]) [from analysis import load_ledger, share]: ComputationError:" in line
    assert "share is undefined: the whole -" in line
    assert f"from figure {fid}; `analysis figures` shows its file, line and excerpt" in line


# -- 10. a killed render ----------------------------------------------------------------------------


@pytest.mark.render
def test_10_a_killed_render_leaves_no_temporary_folder(tmp_path):
    from analysis.render.pipeline import sweep_orphans

    notebook = tmp_path / "slow.ipynb"
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                           "language": "python"}})
    params = nbformat.v4.new_code_cell('city = None\nlang = "zh"')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("import time\ntime.sleep(120)")]
    nbformat.write(nb, notebook)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "analysis.cli", "render", "--city", CITIES[0], "--lang", "zh",
                             "--format", "html", "--out", str(out), "--notebook", str(notebook)],
                            cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:
            if "kernel ready" in line:
                break
        time.sleep(1)
    finally:
        proc.kill()
        proc.wait(30)
    tmp = Path(tempfile.gettempdir())
    assert not list(tmp.glob(f"analysis-render-{proc.pid}-*")) and not list(tmp.glob("analysis-render-*")), \
        "the render makes no temporary folder of its own"
    deadline = time.monotonic() + 20  # its kernel notices its parent is gone and exits
    leftovers = list(tmp.glob(f"analysis-kernel-{proc.pid}-*"))
    while leftovers and time.monotonic() < deadline:
        sweep_orphans(out)  # what the next render does first
        leftovers = list(tmp.glob(f"analysis-kernel-{proc.pid}-*"))
        time.sleep(0.5)
    assert leftovers == []
    hidden = [p for p in out.rglob(".*") if str(proc.pid) in p.name]
    assert hidden == [], hidden


# -- and the Dask path's own faults --------------------------------------------------------------


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    pytest.importorskip("distributed")
    t0 = time.monotonic()
    done = analysis("render", "--city", CITIES[0], "--format", "html", "--out", str(tmp_path / "out"),
                    "--notebook", str(GOOD), "--scheduler", "tcp://127.0.0.1:9", timeout=90)
    no_traceback(done)
    assert done.returncode == 2, done.stderr
    assert "--scheduler tcp://127.0.0.1:9: cannot reach the Dask scheduler" in done.stderr
    assert time.monotonic() - t0 < 60
    bad = analysis("render", "--out", str(tmp_path / "out"), "--scheduler", "local:many")
    assert bad.returncode == 2 and "expected local or local:N" in bad.stderr
