"""The briefing notebook read once by the parent, with stable cell ids.

Used by the local run (:mod:`analysis.render.pipeline`) and by the Executor
backend (:mod:`analysis.render.backends`), which imports it from here, not
from the pipeline (no import circle between the two).

>>> from analysis.paths import PROJECT_ROOT
>>> nb = _load_notebook(PROJECT_ROOT / "notebooks" / "briefing.py")
>>> nb.cells[0].cell_type, len(nb.cells[0].id) > 0
('markdown', True)
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from analysis.render.batch import first_line
from analysis.render.system import RenderError


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
