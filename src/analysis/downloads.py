"""The data behind a briefing, offered beside it: the city's figures and
checks as CSV, and both in one ``.xlsx`` workbook (written by :mod:`analysis.workbook`).

Files, in ``out_dir`` (the render pipeline passes ``DIR/<city>``; the
briefings in ``DIR/<city>/<lang>/`` link to them as ``../<name>``)::

    figures.csv           every documented figure of the city (figures.csv columns, then the
                          indicator's names in Chinese and English and the unit's English name)
    checks.csv            every check (the columns of ``analysis checks --format csv``)
    <city>-data.xlsx      sheets "figures", "checks", "sources"

>>> download_names("hohhot")
{'figures_csv': 'figures.csv', 'checks_csv': 'checks.csv', 'xlsx': 'hohhot-data.xlsx'}
"""

from __future__ import annotations

import csv
import io
from dataclasses import fields
from pathlib import Path

from .atomic import atomic_write_bytes
from .errors import AnalysisError


def download_names(city: str) -> dict[str, str]:
    """File names of a city's downloads."""
    return {"figures_csv": "figures.csv", "checks_csv": "checks.csv", "xlsx": f"{city}-data.xlsx"}


def _figure_columns() -> list[str]:
    from .ledger import Figure

    return [f.name for f in fields(Figure) if f.name != "csv_line"]


def _atomic_write(path: Path, data: bytes) -> bool:
    """Write when the content changed (atomically, with the mode the HTML and
    PDF get: :mod:`analysis.atomic`); return whether it was written."""
    if path.exists() and path.read_bytes() == data:
        return False
    atomic_write_bytes(path, data)
    return True


#: Columns added for the English reader after the ledger's own: the
#: indicator's names in both languages and the printed unit's English name
#: (the value stays as printed, in the printed unit).
READER_COLUMNS = ["indicator_name_zh", "indicator_name_en", "unit_en"]


def figure_table(ledger, city: str) -> tuple[list[str], list[list]]:
    """(header, rows) of a city's figures as downloaded (then those of the
    areas below it, each row naming its own place in ``city``): the ledger's
    columns, then :data:`READER_COLUMNS`. One assembly for the CSV and the
    workbook.

    >>> from analysis.ledger import load_ledger
    >>> header, rows = figure_table(load_ledger(), "hohhot")
    >>> header[-3:]
    ['indicator_name_zh', 'indicator_name_en', 'unit_en']
    >>> row = dict(zip(header, rows[0]))
    >>> row["indicator"], row["indicator_name_en"], row["unit"], row["unit_en"]
    ('gdp', 'Gross regional product (GDP)', '亿元', '100 million yuan')
    """
    from .display_units import _english_names

    cols = _figure_columns()
    units_en = _english_names()
    rows = []
    ledger.city(city)  # an unknown city: UnknownNameError naming the known ones
    for f in ledger.figures_under(city):
        ind = ledger.indicators.get(f.indicator)
        if ind is None:
            raise AnalysisError(f"{ledger.directory}/figures.csv line {f.csv_line}: field indicator: "
                                f"{f.indicator!r} is not in indicators.csv (expected a code of the catalogue)")
        rows.append([getattr(f, c) for c in cols] + [ind.name_zh, ind.name_en, units_en.get(f.unit, f.unit)])
    return cols + READER_COLUMNS, rows


def figures_csv_text(ledger, city: str) -> str:
    header, rows = figure_table(ledger, city)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


_SOURCE_COLUMNS = ["source_id", "file_name", "publisher", "title", "date", "kind", "notes", "url", "accessed"]

def write_downloads(ledger, city: str, out_dir, checks=None, changed: set | None = None) -> dict[str, Path]:
    """Write the figures and checks of ``city`` into ``out_dir`` (CSV and one
    workbook); return the paths by kind. ``checks`` defaults to
    ``run_checks(ledger, city=city)``; a file whose content did not change is
    left alone, and the kinds written are added to ``changed`` when given.
    Raises :class:`AnalysisError` for an unknown city or a city without figures.
    """
    from .checks import CSV_COLUMNS, run_checks, write_checks_csv
    from .workbook import write_workbook

    ledger.city(city)  # an unknown city: UnknownNameError naming the known ones
    figs = ledger.figures_for(city)
    if not figs:
        raise AnalysisError(f"write_downloads: city {city!r} has no figures in {ledger.directory}/figures.csv")
    if checks is None:
        checks = run_checks(ledger, city=city)
    out = Path(out_dir)
    names = download_names(city)
    paths = {k: out / n for k, n in names.items()}

    written = changed if changed is not None else set()
    if _atomic_write(paths["figures_csv"], figures_csv_text(ledger, city).encode("utf-8")):
        written.add("figures_csv")
    buf = io.StringIO()
    write_checks_csv(checks, buf)
    if _atomic_write(paths["checks_csv"], buf.getvalue().encode("utf-8")):
        written.add("checks_csv")

    xlsx = write_workbook({
        "figures": figure_table(ledger, city),
        "checks": (CSV_COLUMNS, ([row[k] for k in CSV_COLUMNS] for row in (c.to_row() for c in checks))),
        "sources": (_SOURCE_COLUMNS, ([getattr(ledger.sources[sid], k) for k in _SOURCE_COLUMNS]
                                      for sid in dict.fromkeys(f.source_id for f in figs))),
    })
    if _atomic_write(paths["xlsx"], xlsx):
        written.add("xlsx")
    return paths
