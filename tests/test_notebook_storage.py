"""Notebooks that do not dirty the repository (docs/setup.md).

The jupytext ``.py`` (py:percent) of each notebook in notebooks/ is its only
tracked source; the ``.ipynb`` beside it is generated (``make notebooks``,
part of every ``make`` target), git-ignored, and holds the outputs. Running
and saving a notebook, in JupyterLab (jupytext's contents manager, driven
here as JupyterLab drives it) or with ``jupyter nbconvert --execute
--inplace``, writes outputs into the ignored ``.ipynb`` only and leaves the
``.py`` byte for byte as it was: no jupytext version in its header.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time

import jupytext
import pytest
from nbformat.v4 import new_output

from analysis.paths import PROJECT_ROOT

NOTEBOOKS = sorted((PROJECT_ROOT / "notebooks").glob("*.py"))


def _git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(PROJECT_ROOT), *args], capture_output=True, text=True)


def test_there_are_notebooks():
    assert NOTEBOOKS and all(jupytext.read(p).cells for p in NOTEBOOKS)


@pytest.mark.parametrize("script", NOTEBOOKS, ids=lambda p: p.name)
def test_the_script_is_the_source_and_its_header_is_stable(script):
    text = script.read_text(encoding="utf-8")
    header = text.split("# ---\n", 2)[1]
    assert not re.search(r"^#\s+jupytext_version:", header, re.M), f"{script.name}: the jupytext version changes with each release"
    nb = jupytext.read(script)
    assert nb.metadata["jupytext"]["formats"] == "ipynb,py:percent"
    # what jupytext writes for this notebook (JupyterLab's save, `jupytext --sync`) is the file as it is
    config = jupytext.config.load_jupytext_config(str(script.parent))
    assert jupytext.writes(nb, fmt="py:percent", config=config) == text, \
        f"run `jupytext --sync {script.relative_to(PROJECT_ROOT)}`"


@pytest.mark.skipif(shutil.which("git") is None or _git("rev-parse").returncode != 0,
                    reason="not a git checkout")
def test_no_ipynb_is_tracked_and_every_one_is_ignored():
    tracked = _git("ls-files", "notebooks").stdout.split()
    assert tracked and not [p for p in tracked if p.endswith(".ipynb")], tracked
    for script in NOTEBOOKS:
        ipynb = script.with_suffix(".ipynb").relative_to(PROJECT_ROOT)
        assert _git("check-ignore", "-q", str(ipynb)).returncode == 0, f"{ipynb} is not git-ignored"


def _run(nb) -> None:
    """What a kernel run leaves in a notebook: outputs, counts, timings, kernel metadata."""
    for i, cell in enumerate(c for c in nb.cells if c.cell_type == "code"):
        cell.execution_count = i + 1
        cell.outputs = [new_output("stream", name="stdout", text=f"output {i}\n")]
        cell.metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00Z"}
    nb.metadata["language_info"] = {"name": "python", "version": "3.11.7"}


@pytest.mark.parametrize("script", NOTEBOOKS, ids=lambda p: p.name)
def test_a_jupyterlab_run_and_save_changes_only_the_ipynb(script, tmp_path):
    """JupyterLab's save through jupytext's contents manager (what `make lab`
    runs), on a copy of notebooks/ and jupytext.toml: the outputs go into the
    .ipynb, the .py keeps its bytes; opening the .py itself saves the same; an
    .ipynb newer than its .py (after `nbconvert --execute --inplace`) opens
    with the .py's inputs."""
    from jupytext import TextFileContentsManager

    shutil.copy(PROJECT_ROOT / "jupytext.toml", tmp_path / "jupytext.toml")
    folder = tmp_path / "notebooks"
    folder.mkdir()
    py = folder / script.name
    shutil.copy(script, py)
    before = py.read_bytes()
    ipynb = f"notebooks/{script.stem}.ipynb"
    subprocess.run([sys.executable, "-m", "jupytext", "--quiet", "--to", "ipynb", str(py)], check=True)  # make notebooks
    cm = TextFileContentsManager(root_dir=str(tmp_path))
    for opened in (ipynb, f"notebooks/{script.name}"):
        model = cm.get(opened, type="notebook")
        _run(model["content"])
        cm.save({"type": "notebook", "content": model["content"]}, opened)
        assert py.read_bytes() == before, f"saving {opened} changed {script.name}"
        saved = cm.get(ipynb, type="notebook")["content"]
        assert any(c.get("outputs") for c in saved.cells if c.cell_type == "code")
    # an executed .ipynb newer than its .py (nbconvert --inplace does not touch the .py)
    later = time.time() + 60
    os.utime(folder / f"{script.stem}.ipynb", (later, later))
    assert [c.source for c in cm.get(ipynb)["content"].cells] == [c.source for c in jupytext.read(py).cells]
