"""Per-city partitions of the validated ledger: what one city's briefing reads.

A briefing reads its city's figures and its areas', the figures of other
cities its checks pair them with (``denominator_city``: a share of the
region's total reads the region's levels of that denominator), the catalogue
rows those figures use (indicators, with every indicator of the same tree:
the checks add parts up to wholes), the sources they cite, and the whole
units table (the display code converts between any units). A partition is a
data folder holding exactly that, in the ledger's own CSV format, so that
:func:`analysis.ledger.load_ledger` loads and validates it like ``data/``
(its validated ledger is pickled inside it, never in the shared
:mod:`analysis.ledger_cache` folder).

The partitions of a ledger are written once per state of ``data/`` into the
cache folder (``ANALYSIS_CACHE_DIR``, :func:`analysis.ledger_cache.cache_dir`)::

    partitions/index-<data key>.json   per city: its partition, the hashes of its parts
    partitions/p-<partition key>/      figures.csv, sources.csv, … of one city

A partition's folder is named by the hash of its content, so a city whose
inputs did not change keeps its folder (and its validated ledger) when
another city's figures change. ``analysis render`` uses them: the parent and
each kernel read only the partition of the city being rendered, and the
manifest records the part hashes (:data:`PARTS`), which say why a briefing is
rendered again. ``analysis checks`` and ``analysis.frame()`` go on reading
the whole ledger.

>>> from analysis.ledger import load_ledger
>>> ledger = load_ledger()
>>> city = ledger.city_slugs()[0]
>>> files = city_files(ledger, city)
>>> sorted(files)[:3]
['areas.csv', 'cities.csv', 'datapackage.json']
>>> part = load_partition_ledger(files)
>>> [f.figure_id for f in part.figures_for(city)] == [f.figure_id for f in ledger.figures_for(city)]
True
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

from analysis.ledger_cache import is_partition  # noqa: F401  (the marker is read where ledgers are cached)

#: The parts of a briefing's data inputs, as the manifest records them, and what
#: the render says when one of them changed.
PARTS = {
    "figures": "figures of {city} changed",
    "paired": "figures of other cities that {city}'s checks pair with changed",
    "sources": "sources cited by {city} changed",
    "catalogue": "catalogue rows used by {city} changed (indicators, units, cities, schema)",
}

#: Tables filtered by a key column; every other file of ``data/`` is copied whole,
#: except the extractor's phrase list (:data:`HEADER_ONLY`), which no briefing reads.
_KEYED = {"cities.csv": "slug", "areas.csv": "slug", "indicators.csv": "code", "sources.csv": "source_id",
          "sources_en.csv": "source_id"}
HEADER_ONLY = ("synonyms.csv",)
#: Index files and partition folders kept in the cache (the oldest beyond are removed).
KEEP_INDEXES = 4


def named_everywhere() -> set[str]:
    """Indicators every briefing names, whether its city has figures of them
    or not (the coverage section lists the headline indicators a city lacks)."""
    import analysis.briefing as briefing

    return set(getattr(briefing, "HEADLINE_INDICATORS", ())) | set(getattr(briefing, "SECTORS", ()))


def related_indicators(code: str) -> set[str]:
    """Indicators a check of ``code`` reads besides it (a per-capita figure: its total and the population)."""
    try:
        from analysis.checks.claims import PER_CAPITA
    except ImportError:
        return set()
    return set(PER_CAPITA.get(code, ()))


def _table(directory: Path, name: str) -> tuple[list[str], list[dict]]:
    with open(directory / name, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def _csv_bytes(header: list[str], rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


class _Splitter:
    """The ledger's tables read once, ready to cut into one partition per city."""

    def __init__(self, ledger):
        self.ledger = ledger
        d = Path(ledger.directory)
        self.tables = {name: _table(d, name) for name in _KEYED if (d / name).is_file()}
        self.other = {p.name: p.read_bytes() for p in sorted(d.iterdir())
                      if p.is_file() and not p.name.startswith(".") and p.name not in _KEYED
                      and p.name != "figures.csv"}
        self.figure_header = _table_header(d / "figures.csv")
        self.by_city: dict[str, list] = defaultdict(list)
        for f in ledger.figures:
            self.by_city[f.city].append(f)
        self.everywhere = named_everywhere()
        self.root_of = {}
        for code in ledger.indicators:
            seen, c = set(), code
            while ledger.indicators[c].parent and c not in seen and ledger.indicators[c].parent in ledger.indicators:
                seen.add(c)
                c = ledger.indicators[c].parent
            self.root_of[code] = c

    def files(self, city: str) -> tuple[dict[str, bytes], dict[str, str]]:
        """(file name -> bytes, part -> hash) of ``city``'s partition."""
        ledger = self.ledger
        own_cities = [city, *ledger.areas_of(city)]
        own = [f for c in own_cities for f in self.by_city.get(c, ())]
        pairs = {(f.denominator_city, f.denominator) for f in own
                 if f.denominator_city and f.denominator_city not in own_cities}
        paired = [f for dc, ind in sorted(pairs) for f in self.by_city.get(dc, ()) if f.indicator == ind]
        figs = sorted({id(f): f for f in own + paired}.values(), key=lambda f: f.csv_line)
        used_ind = {f.indicator for f in figs} | {f.denominator for f in figs if f.denominator}
        used_ind |= {r for c in list(used_ind) for r in related_indicators(c)} | self.everywhere
        roots = {self.root_of.get(c, c) for c in used_ind}
        indicators = {c for c, r in self.root_of.items() if r in roots}
        sources = {f.source_id for f in figs}
        slugs = set(own_cities) | {f.city for f in figs} | {f.denominator_city for f in figs if f.denominator_city}
        slugs |= {ledger.cities[s].parent for s in list(slugs) if s in ledger.cities and ledger.cities[s].parent}
        keep = {"cities.csv": slugs, "areas.csv": slugs, "indicators.csv": indicators, "sources.csv": sources,
                "sources_en.csv": sources}
        files: dict[str, bytes] = {}
        for name, (header, rows) in self.tables.items():
            key, wanted = _KEYED[name], keep[name]
            files[name] = _csv_bytes(header, ([r.get(h) or "" for h in header] for r in rows if r[key] in wanted))
        for name, data in self.other.items():
            files[name] = data.split(b"\n", 1)[0] + b"\n" if name in HEADER_ONLY else data
        h = self.figure_header
        files["figures.csv"] = _csv_bytes(h, ([str(getattr(f, c)) for c in h] for f in figs))
        own_ids = {id(f) for f in own}
        parts = {
            "figures": _hash(_csv_bytes(h, ([str(getattr(f, c)) for c in h] for f in own))),
            "paired": _hash(_csv_bytes(h, ([str(getattr(f, c)) for c in h] for f in paired if id(f) not in own_ids))),
            "sources": _hash(files.get("sources.csv", b""), files.get("sources_en.csv", b"")),
            "catalogue": _hash(*(files[n] for n in sorted(files)
                                 if n not in ("figures.csv", "sources.csv", "sources_en.csv"))),
        }
        return files, parts


def _table_header(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def _hash(*chunks: bytes) -> str:
    h = hashlib.sha256()
    for c in chunks:
        h.update(len(c).to_bytes(8, "little"))
        h.update(c)
    return h.hexdigest()[:24]


def city_files(ledger, city: str) -> dict[str, bytes]:
    """The files of ``city``'s partition of ``ledger`` (a validated ledger), by name."""
    return _Splitter(ledger).files(city)[0]


def load_partition_ledger(files: dict[str, bytes], folder: str | Path | None = None):
    """Write ``files`` into ``folder`` (a new temporary folder when None) and load them as a ledger."""
    from analysis.ledger import load_ledger

    folder = Path(folder or tempfile.mkdtemp(prefix="analysis-partition-"))
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return load_ledger(folder)


# -- the partitions of a data folder, in the cache ---------------------------------------------------


def root_dir() -> Path:
    """Where partitions are written: ``<cache>/partitions``; with the cache off, a
    folder of this process's, removed at exit."""
    from analysis.ledger_cache import cache_dir

    folder = cache_dir()
    if folder is None:
        global _PRIVATE_ROOT
        if _PRIVATE_ROOT is None:
            import atexit

            _PRIVATE_ROOT = Path(tempfile.mkdtemp(prefix="analysis-partitions-"))
            atexit.register(shutil.rmtree, _PRIVATE_ROOT, True)
        return _PRIVATE_ROOT
    return Path(folder) / "partitions"


_PRIVATE_ROOT: Path | None = None


class Partitions:
    """The per-city partitions of one state of a data folder.

    ``cities``: slugs with figures in catalogue order; ``entry(city)``: its
    folder, names and part hashes.
    """

    def __init__(self, root: Path, index: dict):
        self.root = root
        self.index = index
        self.cities: list[str] = list(index["cities"])

    def entry(self, city: str) -> dict:
        return self.index["entries"][city]

    def folder(self, city: str) -> Path:
        return self.root / self.entry(city)["folder"]

    def name(self, city: str, lang: str) -> str:
        return self.entry(city)["names"][lang]

    def parts(self, city: str) -> dict[str, str]:
        return dict(self.entry(city)["parts"])

    def files(self, city: str) -> dict[str, bytes]:
        """The partition's files, by name (to send to a worker without the shared disk)."""
        folder = self.folder(city)
        return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
                if p.is_file() and not p.name.startswith(".")}

    def ledger(self, city: str):
        """The city's validated partition ledger."""
        from analysis.ledger import load_ledger

        return load_ledger(self.folder(city))


def data_key(directory: Path) -> str:
    """The key of a data folder's current state (its bytes and the loader's code)."""
    from analysis.ledger_cache import key_for, stamp

    return key_for(str(directory), stamp(directory))


def is_partitioned(directory: str | Path | None = None) -> bool:
    """Whether the current state of ``directory`` (default ``data/``) is partitioned in the cache."""
    from analysis.paths import data_dir

    directory = Path(directory or data_dir()).resolve()
    try:
        return (root_dir() / f"index-{data_key(directory)}.json").is_file()
    except OSError:
        return False


def partitions_for(directory: str | Path | None = None, ledger=None, say=lambda _m: None) -> Partitions:
    """The partitions of ``directory`` (default ``data/``) in its current state.

    Read from the cache when this state was partitioned before (the whole
    ledger is then not loaded at all); otherwise the whole ledger is loaded
    (``ledger``, or :func:`analysis.ledger.load_ledger`: invalid data raise
    :class:`analysis.errors.DataError` here) and cut, city by city.
    """
    from analysis.paths import data_dir

    directory = Path(directory or (ledger.directory if ledger is not None else data_dir())).resolve()
    root = root_dir()
    key = data_key(directory)
    index_path = root / f"index-{key}.json"
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
        if all((root / e["folder"] / ".partition").is_file() for e in index["entries"].values()):
            os.utime(index_path)
            return Partitions(root, index)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    if ledger is None:
        from analysis.ledger import load_ledger

        ledger = load_ledger(directory)
    split = _Splitter(ledger)
    entries, written = {}, 0
    root.mkdir(parents=True, exist_ok=True)
    for city in ledger.city_slugs():
        files, parts = split.files(city)
        folder = "p-" + _hash(*(n.encode() + b"\0" + files[n] for n in sorted(files)))
        if not (root / folder / ".partition").is_file():
            _write_folder(root / folder, files)
            written += 1
        c = ledger.cities[city]
        entries[city] = {"folder": folder, "names": {"zh": c.name("zh"), "en": c.name("en")}, "parts": parts}
    index = {"data": str(directory), "cities": ledger.city_slugs(), "entries": entries}
    _atomic_write(index_path, json.dumps(index, ensure_ascii=False).encode("utf-8"))
    say(f"partitions: {written} of {len(entries)} cities' data written to {root}")
    _prune(root)
    return Partitions(root, index)


def _write_folder(folder: Path, files: dict[str, bytes]) -> None:
    tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".tmp-"))
    try:
        for name, data in files.items():
            (tmp / name).write_bytes(data)
        (tmp / ".partition").write_text("a per-city partition of a ledger (analysis.partition)\n")
        try:
            os.rename(tmp, folder)
        except OSError:  # written meanwhile by another process: the same content
            if not (folder / ".partition").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _prune(root: Path) -> None:
    """Keep the newest :data:`KEEP_INDEXES` indexes and the folders they name."""
    try:
        indexes = sorted(root.glob("index-*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in indexes[KEEP_INDEXES:]:
            old.unlink(missing_ok=True)
        used = set()
        for p in indexes[:KEEP_INDEXES]:
            used |= {e["folder"] for e in json.loads(p.read_text(encoding="utf-8"))["entries"].values()}
        for folder in root.glob("p-*"):
            if folder.name not in used:
                shutil.rmtree(folder, ignore_errors=True)
    except (OSError, ValueError, KeyError):
        pass
