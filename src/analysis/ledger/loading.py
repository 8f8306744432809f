"""Loading a validated ledger, cached in the process and on disk
(:mod:`analysis.ledger_cache`) until a data file's bytes or the loader change."""

from __future__ import annotations

from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from ..errors import DataError
from ..paths import data_dir

from .model import City, Figure, Indicator, Ledger, Source
from .validation import _validated


def _areas(tables: dict) -> dict[str, City]:
    """Areas below a city as :class:`City` rows with a ``parent`` (province from the parent)."""
    cities = {r["slug"]: r for _, r in tables["cities"]}
    return {r["slug"]: City(r["slug"], r["name_zh"], r["name_en"], cities[r["parent"]]["province_zh"],
                            cities[r["parent"]]["province_en"], parent=r["parent"], kind=r["kind"])
            for _, r in tables.get("areas", [])}


@lru_cache(maxsize=8)
def _load_cached(directory: str, stamp: tuple) -> Ledger:
    from .. import ledger_cache

    key = ledger_cache.key_for(directory, stamp)
    cached = ledger_cache.load(key, directory)  # a ledger validated before, data and loader unchanged since
    if isinstance(cached, Ledger) and str(cached.directory) == directory:
        return cached
    ledger = _build(Path(directory))
    ledger_cache.store(key, ledger, directory)
    return ledger


def _build(path: Path) -> Ledger:
    tables, problems = _validated(path)  # the CSVs are parsed once, for validation and loading
    if problems:
        raise DataError(problems)
    units = {r["unit"]: {"dimension": r["dimension"], "factor": float(r["factor"]), "name_en": r["name_en"]}
             for _, r in tables["units"]}
    return Ledger(
        directory=path,
        sources={r["source_id"]: Source(**r) for _, r in tables["sources"]},
        cities={**{r["slug"]: City(**r) for _, r in tables["cities"]}, **_areas(tables)},
        units=units,
        indicators={r["code"]: Indicator(**r) for _, r in tables["indicators"]},
        figures=_make_figures(tables["figures"]),
    )


def _make_figures(rows: list[tuple[int, dict]]) -> list[Figure]:
    """:class:`Figure` objects of validated rows (CSV line, row), as
    ``Figure(**row, line=int(row["line"]), csv_line=line)`` makes them, 4×
    faster: a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__`` (57,000 figures: ≈0.3 s of a cold ``analysis
    checks``), so when the rows hold exactly the CSV fields of a figure their
    dicts are copied in; otherwise ``__init__`` runs (and names what is wrong)."""
    if not rows or set(rows[0][1]) != _FIGURE_CSV_FIELDS or any(len(r) != len(_FIGURE_CSV_FIELDS) for _, r in rows):
        return [Figure(**{**r, "line": int(r["line"])}, csv_line=line) for line, r in rows]
    new = object.__new__
    out = []
    for line, r in rows:
        f = new(Figure)
        d = f.__dict__
        d.update(r)
        d["line"] = int(r["line"])
        d["csv_line"] = line
        d["counted"] = False
        out.append(f)
    return out


#: Fields of :class:`Figure` that come from figures.csv (all but ``csv_line`` and ``counted``).
_FIGURE_CSV_FIELDS = frozenset(f.name for f in fields(Figure)) - {"csv_line", "counted"}


def load_ledger(directory: str | Path | None = None) -> Ledger:
    """Load and validate the ledger; raises :class:`DataError` listing every
    problem when anything is invalid. Cached in the process and on disk
    (:mod:`analysis.ledger_cache`) until a data file's bytes or the loader change."""
    path = Path(directory or data_dir()).resolve()
    from ..ledger_cache import stamp

    return _load_cached(str(path), stamp(path))
