"""``DIR/manifest.json``: what each briefing was rendered from, and when.

Per briefing: the hashes of its inputs (the notebook, the package's code,
its parameters, and the parts of its city's data partition,
:data:`analysis.partition.PARTS`: its figures, the figures its checks pair
them with, its sources, the catalogue rows it uses), its outputs and their
hashes, the time of each step. A briefing whose recorded inputs equal the
current ones and whose files exist is up to date; otherwise
:func:`why_render` says why it is rendered again. The manifest is merged under a file lock, never overwritten by
a concurrent render.

>>> len(sha256_file(Path(__file__)))
64
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from analysis.render.pdf import atomic_write_bytes
from analysis.render.system import RenderError


MANIFEST_NAME = "manifest.json"


MANIFEST_FORMAT = 2  # 2: per-city data inputs (analysis.partition)


#: Packages whose versions the manifest records.
RECORDED_PACKAGES = (
    "analysis", "pandas", "matplotlib", "statsmodels", "papermill", "nbconvert", "nbclient",
    "nbformat", "ipykernel", "jupyter_client", "jupytext", "playwright",
)


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


def _common_inputs(nb_path: Path, root: Path) -> dict[str, Any]:
    """What every briefing depends on: the notebook and the package's code (its
    data are the parts of its city's partition, added per briefing)."""
    import analysis

    package_dir = Path(analysis.__file__).resolve().parent
    return {
        "notebook": {"path": _rel(nb_path, root), "sha256": sha256_file(nb_path)},
        "package": _digest(_tree_hash(package_dir)),
    }


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


def why_render(entry: dict | None, inputs: dict, formats: Sequence[str], out: Path, city: str) -> str | None:
    """Why a briefing must be rendered again (None: it is up to date).

    >>> parts = {"figures": "a", "paired": "b", "sources": "c", "catalogue": "d"}
    >>> old = {"status": "ok", "inputs": {"notebook": 1, "package": 2, "data": parts}, "outputs": {}}
    >>> why_render(old, {"notebook": 1, "package": 2, "data": {**parts, "figures": "x"}}, [], Path("."), "hohhot")
    'figures of hohhot changed'
    >>> why_render(None, {}, [], Path("."), "hohhot")
    'not rendered before'
    """
    from analysis.partition import PARTS

    if not entry:
        return "not rendered before"
    if entry.get("status") != "ok":
        return "its last render failed"
    before = entry.get("inputs") or {}
    if before != inputs:
        reasons = []
        if "data" not in before:
            reasons.append("the manifest predates per-city inputs")
        else:
            reasons += [PARTS[k].format(city=city) for k in PARTS
                        if before["data"].get(k) != inputs.get("data", {}).get(k)]
        if before.get("notebook") != inputs.get("notebook"):
            reasons.append("the notebook changed")
        if before.get("package") != inputs.get("package"):
            reasons.append("the package's code or templates changed")
        if before.get("parameters") != inputs.get("parameters"):
            reasons.append("its parameters changed")
        return "; ".join(reasons) or "its inputs changed"
    outputs = entry.get("outputs", {})
    for kind in ("ipynb", *formats):
        rel = outputs.get(kind)
        if rel is None:
            return f"no {kind} was rendered before"
        if not (out / rel).is_file():
            return f"{rel} is missing"
    return None


def _up_to_date(entry: dict | None, inputs: dict, formats: Sequence[str], out: Path) -> bool:
    return why_render(entry, inputs, formats, out, "") is None


#: Lock file beside the manifest: concurrent renders into one DIR update it in turn.
LOCK_NAME = MANIFEST_NAME + ".lock"


def _write_manifest(path, results, rendered, out, run_info, checks_record, nb_path, root) -> None:
    """Merge this run's briefings and checks into ``DIR/manifest.json``.

    Under a file lock (``manifest.json.lock``, the ``filelock`` library), the
    manifest is read again and only this run's entries replace theirs: two
    renders into one folder at once (``--city baotou`` and ``--city hohhot``)
    keep both cities.
    """
    from filelock import FileLock, Timeout

    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    entries = {}
    for r in rendered:
        outputs = {p.suffix.lstrip("."): _rel(p, out) for p in r.outputs}
        entries[r.key] = {
            "city": r.city,
            "lang": r.lang,
            "status": r.status,
            "error": r.error,
            "why": r.reason,
            "rendered_at": now,
            "inputs": r.inputs,
            "outputs": outputs,
            "output_sha256": {k: sha256_file(out / v) for k, v in outputs.items() if (out / v).is_file()},
            "timings": {k: round(v, 3) for k, v in r.timings.items()},
        }
    try:
        with FileLock(str(path.with_name(LOCK_NAME)), timeout=120):
            manifest = _read_manifest(path, lambda _msg: None)
            briefings = {**manifest.get("briefings", {}), **entries}
            checks = {**manifest.get("checks", {}), **checks_record}
            data = {
                "format": MANIFEST_FORMAT,
                "updated": now,
                "project_root": str(root),
                "notebook": _rel(nb_path, root),
                "packages": package_versions(),
                "stale_outputs": "removed: a rendered briefing keeps only the formats of its last run",
                "last_run": {**run_info, "briefings": [r.key for r in results],
                             "rendered": [r.key for r in rendered]},
                "checks": dict(sorted(checks.items())),
                "briefings": dict(sorted(briefings.items())),
            }
            atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    except Timeout:
        raise RenderError(f"{path.with_name(LOCK_NAME)}: another render has held the manifest's lock for "
                          "120 s; the files are written, the manifest is not updated") from None
