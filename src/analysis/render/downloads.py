"""The parent's share of a render: which cities, and each city's data downloads.

Each city's ``checks.csv``, ``figures.csv`` and workbook
(:func:`analysis.downloads.write_downloads`) are made from that city's
partition (:mod:`analysis.partition`), and only for the cities rendered this
time or whose downloads are missing or were made from other inputs: a render
after one figure changed writes one city's downloads, not a hundred.

>>> _downloads_to_write([], [], {}, None, {}, Path("."), False)
[]
"""

from __future__ import annotations

import time
from pathlib import Path

from analysis.render.system import RenderError


def _cities_of(parts, cities, ledger=None) -> list[str]:
    """The cities asked for, each one with figures (default: all of them); else
    the error of :func:`analysis.render.preflight._known_cities`, which loads the
    whole ledger to name what is wrong."""
    if not cities:
        if not parts.cities:
            raise RenderError(f"no city has figures in {parts.index.get('data')}/figures.csv: nothing to render")
        return list(parts.cities)
    if all(c in parts.cities for c in cities):
        return list(dict.fromkeys(cities))
    from analysis.render.preflight import _known_cities

    if ledger is None:
        from analysis.ledger import load_ledger

        ledger = load_ledger()
    return _known_cities(ledger, cities)


def _download_inputs(parts, city: str, common: dict) -> dict:
    return {"data": parts.parts(city), "package": common.get("package")}


def _downloads_to_write(cities, todo, previous: dict, parts, common: dict, out: Path, force: bool) -> list[str]:
    """Cities whose downloads are written this time: those rendered, and those
    whose recorded downloads are missing or were made from other inputs."""
    rendered = {r.city for r in todo}
    wanted = []
    for city in cities:
        entry = previous.get(city) or {}
        if (force or city in rendered or entry.get("inputs") != _download_inputs(parts, city, common)
                or not (out / entry.get("path", "-")).is_file()):
            wanted.append(city)
    return wanted


def _error_text(exc: BaseException) -> str:
    from analysis.render.batch import _error_text as text

    return text(exc)


def _write_city_downloads(parts, cities, out: Path, say, errors: dict, record: dict, common: dict) -> None:
    """Each city's downloads from its partition: its checks, then its files."""
    from analysis.checks import run_checks
    from analysis.render.manifest import _rel, sha256_file

    t0 = time.perf_counter()
    n_checks = 0
    for city in cities:
        t1 = time.perf_counter()
        try:
            ledger = parts.ledger(city)
            checks = run_checks(ledger, city=city)
            n_checks += len(checks)
            path, changed = write_city_outputs(ledger, city, checks, out)
            record[city] = {"path": _rel(path, out), "sha256": sha256_file(path),
                            "seconds": round(time.perf_counter() - t1, 3),
                            "inputs": _download_inputs(parts, city, common)}
            if changed:
                say(f"{city}: checks.csv written")
        except Exception as exc:  # noqa: BLE001 - reported, other cities go on
            errors[city] = _error_text(exc)
            say(f"{city}: checks FAILED: {errors[city]}")
    if cities:
        say(f"downloads of {len(cities)} cit{'y' if len(cities) == 1 else 'ies'}: {n_checks} checks "
            f"in {time.perf_counter() - t0:.2f} s")


def write_city_outputs(ledger, city: str, checks: list, out: Path) -> tuple[Path, bool]:
    """A city's files beside its briefings, the data downloads the briefing
    links (:func:`analysis.downloads.write_downloads`: ``DIR/<city>/checks.csv``,
    ``figures.csv`` and one workbook), each written only when its content
    changed. Returns (path of checks.csv, whether it changed).
    """
    from analysis.downloads import write_downloads

    changed: set[str] = set()
    paths = write_downloads(ledger, city, out / city, checks=checks, changed=changed)
    return paths["checks_csv"], "checks_csv" in changed
