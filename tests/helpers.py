"""Helpers shared by test modules: figure rows for fixture ledgers, the one
check (or reading) a test is about, CSV rows in and out, and the cities of
data/cities.csv (tests follow the data)."""

from __future__ import annotations

import csv
from pathlib import Path

from conftest import REAL_DATA


def the(checks, **attrs):
    """The single check with these attributes."""
    hits = [c for c in checks if all(getattr(c, k) == v for k, v in attrs.items())]
    assert len(hits) == 1, (attrs, [c.check_id for c in hits])
    return hits[0]


def reading(check, fragment):
    """The single reading of a check whose name holds ``fragment``."""
    hits = [r for r in check.readings if fragment in r["reading"]]
    assert len(hits) == 1, (fragment, check.readings)
    return hits[0]


def fig(city, indicator, measure, period, value, unit, **kw):
    """A figure row for ``make_ledger`` (conftest.py)."""
    return {"city": city, "indicator": indicator, "measure": measure, "period": period, "value": value,
            "unit": unit, **kw}


def level(indicator, period, value, unit="亿元", city="hohhot", **kw):
    """A level row (a fixture ledger's city defaults to a slug of data/cities.csv)."""
    return fig(city, indicator, "level", period, value, unit, **kw)


def read_rows(path: Path) -> tuple[list[str], list[dict]]:
    """(header, rows) of a CSV file."""
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict]) -> None:
    """Write a CSV file as the ledger's files are written."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def catalogue_cities() -> list[str]:
    """Cities of data/cities.csv (not the region, a denominator), in file order: tests follow the data."""
    with open(REAL_DATA / "cities.csv", encoding="utf-8", newline="") as fh:
        return [r["slug"] for r in csv.DictReader(fh) if r["name_zh"] != r["province_zh"]]



def catalogue_areas() -> list[str]:
    """Areas below the cities (data/areas.csv: banners, districts, counties), in file order; [] when none."""
    path = REAL_DATA / "areas.csv"
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return [r["slug"] for r in csv.DictReader(fh)]


def extract_rows(text: str, ledger, date: str = "2025-03", **kw):
    """The candidates `analysis extract` finds in ``text`` (lines split on newlines), for the
    catalogue's first city unless ``city=`` is given, with ``date`` as the document's date."""
    from analysis.extract import extract_lines

    city = kw.pop("city", ledger.city_slugs()[0])
    return extract_lines(text.split("\n"), ledger, city=city, date=date, **kw)


def extract_by_value(text: str, ledger, **kw) -> dict:
    """:func:`extract_rows` keyed by each candidate's value as printed."""
    return {c.value: c for c in extract_rows(text, ledger, **kw)}


def data_with(tmp_path: Path, monkeypatch, *, cities: str = "", sources: str = "",
              page: tuple[str, str] | None = None):
    """A copy of data/ in ``tmp_path`` (set as ANALYSIS_DATA_DIR) with rows appended to cities.csv and
    sources.csv; ``page`` (name, text) is written outside it, as the text of a cited page is kept.
    Returns (data folder, page path or None)."""
    from conftest import copy_data

    data = copy_data(tmp_path / "data")
    for table, rows in (("cities.csv", cities), ("sources.csv", sources)):
        if rows:
            with open(data / table, "a", encoding="utf-8") as fh:
                fh.write(rows)
    path = None
    if page is not None:
        path = tmp_path / "outside" / page[0]
        path.parent.mkdir(exist_ok=True)
        path.write_text(page[1], encoding="utf-8")
    monkeypatch.setenv("ANALYSIS_DATA_DIR", str(data))
    return data, path
