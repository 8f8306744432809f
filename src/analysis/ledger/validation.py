"""The rules a schema cannot state (a share needs a denominator, a change a
base period …) and :func:`validate`, every problem of a data folder at once."""

from __future__ import annotations

import operator
import re
from pathlib import Path

from ..figure_rules import RANK_MEASURES, impossible_date, period_pairing
from ..numbers import normalize_printed, without_space_groups
from ..paths import data_dir, seeds_dir

from .model import MEASURE_UNITS, NEEDS_BASE, NEEDS_DENOMINATOR, UNIQUE_FIGURE_KEY, parse_period
from .tables import _load_raw


def _check_figures(rows, units: dict[str, dict], indicators: dict[str, dict], sources: dict[str, dict],
                   problems: list[str]) -> None:
    keys: dict[tuple, int] = {}
    key_of = operator.itemgetter(*UNIQUE_FIGURE_KEY)
    for line, r in rows:
        where = f"figures.csv:{line}"
        m = r["measure"]
        if r["source_id"] and not r["figure_id"].startswith(r["source_id"] + "-"):
            problems.append(f"{where}: column 'figure_id': {r['figure_id']!r} must start with its source_id "
                            f"{r['source_id']!r} and a dash")
        if m in NEEDS_BASE and not r["base_period"] and not (m.startswith("multiple") and r["denominator"]):
            problems.append(f"{where}: column 'base_period': required for measure {m!r} (the comparison base"
                            + (", or a denominator for a multiple of another indicator)" if m.startswith("multiple")
                               else ")"))
        if m in NEEDS_DENOMINATOR and not r["denominator"]:
            problems.append(f"{where}: column 'denominator': required for measure {m!r} (the indicator of the whole)")
        if r["denominator_city"] and not r["denominator"]:
            problems.append(f"{where}: column 'denominator_city': given without a denominator")
        allowed_units = MEASURE_UNITS.get(m)
        if allowed_units and r["unit"] and r["unit"] not in allowed_units:
            problems.append(f"{where}: column 'unit': {r['unit']!r} does not fit measure {m!r}; "
                            f"expected {', '.join(sorted(allowed_units))}")
        if m in ("level", "change") and r["unit"] in units and r["indicator"] in indicators:
            ind_unit = indicators[r["indicator"]]["unit"]
            if ind_unit in units and units[ind_unit]["dimension"] != units[r["unit"]]["dimension"] \
                    and r["unit"] != "%":
                problems.append(
                    f"{where}: column 'unit': {r['unit']!r} ({units[r['unit']]['dimension']}) does not match "
                    f"indicator {r['indicator']!r} measured in {ind_unit!r} ({units[ind_unit]['dimension']})")
        parsed = {}
        for col in ("period", "base_period"):
            if r[col]:
                try:
                    parsed[col] = parse_period(r[col])
                except ValueError as exc:
                    problems.append(f"{where}: column {col!r}: {exc}")
                    continue
                bad_date = impossible_date(parsed[col])
                if bad_date:
                    problems.append(f"{where}: column {col!r}: {r[col]!r} is not a date of the calendar ({bad_date}); "
                                    f"expected a real day as YYYY-MM-DD")
                    del parsed[col]
        if "period" in parsed and "base_period" in parsed:
            problems.extend(f"{where}: {p}" for p in period_pairing(m, parsed["period"], parsed["base_period"]))
        number = None
        if r["value"]:
            try:
                number = float(normalize_printed(r["value"]))
            except ValueError as exc:
                problems.append(f"{where}: column 'value': {exc}")
        if number is not None and number < 0 and m in ("level", *RANK_MEASURES) and r["indicator"] in indicators \
                and indicators[r["indicator"]].get("signed", "false") != "true":
            problems.append(f"{where}: column 'value': {r['value']!r} is negative, but a {m} of "
                            f"{r['indicator']!r} cannot be negative (indicators.csv marks it signed=false); "
                            f"a decline belongs in a change or growth row")
        key = key_of(r)
        if key in keys:
            problems.append(f"{where}: duplicate figure: same city, indicator, measure, period, source, line, "
                            f"value and excerpt as line {keys[key]} (a value printed twice on a line is two rows, "
                            f"each with the words around its own printing)")
        else:
            keys[key] = line
        if r["value"] and r["excerpt"] and r["value"].lstrip("-−－") not in r["excerpt"] \
                and r["value"].lstrip("-−－") not in without_space_groups(r["excerpt"]):
            # a yearbook mirror's "141 844人" prints the value 141844 (the excerpt stays verbatim)
            problems.append(f"{where}: column 'excerpt': does not contain the value as printed "
                            f"{r['value'].lstrip('-−－')!r}")



def validate(directory: Path | None = None, documents: bool | frozenset = False,
             texts: dict[str, Path] | None = None) -> list[str]:
    """Every problem in ``directory`` (default ``data/``); empty when valid.

    With ``documents``, each figure's source document must exist in the seeds
    folder and print its excerpt on its line (:mod:`analysis.provenance`); a
    cited-only source's excerpts are checked on their lines of ``texts[source_id]``
    when given (``analysis add --document``), else for the value and unit only.
    ``documents`` may be a set of source ids: only their documents are read
    (``analysis add`` reads the one it adds)."""
    return _validated(Path(directory or data_dir()), documents=documents, texts=texts)[1]


def _validated(directory: Path, documents: bool | frozenset = False,
               texts: dict[str, Path] | None = None) -> tuple[dict, list[str]]:
    """The tables of ``directory`` read once, and every problem in them."""
    _, tables, problems = _load_raw(directory)
    units = {r["unit"]: r for _, r in tables.get("units", [])}
    indicators = {r["code"]: r for _, r in tables.get("indicators", [])}
    sources = {r["source_id"]: r for _, r in tables.get("sources", [])}
    for line, r in tables.get("sources", []):
        if not r.get("file_name") and not r.get("url"):
            problems.append(f"sources.csv:{line}: column 'file_name': empty, and no 'url': a source is a document "
                            f"in the seeds folder (file_name) or a page cited by its address (url, accessed)")
        elif r.get("url") and not r.get("accessed"):
            problems.append(f"sources.csv:{line}: column 'accessed': required with a url (the date it was read, "
                            f"YYYY-MM-DD)")
    named: dict[str, tuple[int, str]] = {}
    for line, r in tables.get("indicators", []):
        first = named.setdefault(r["name_zh"], (line, r["code"]))
        if first[1] != r["code"] and r["name_zh"]:
            problems.append(f"indicators.csv:{line}: column 'name_zh': '{r['name_zh']}' already names "
                            f"{first[1]} (line {first[0]}): one concept is one row (give its figures that "
                            f"code), or name what differs (户籍…, …（常住）)")
        if r["partition"] and not r["parent"]:
            problems.append(f"indicators.csv:{line}: column 'partition': given without a parent")
    for name, rows in tables.items():
        for line, r in rows:
            for column, text in r.items():
                chinese = re.findall(r"[\u4e00-\u9fff]+", text or "") if (column or "").endswith("_en") else []
                if chinese:
                    problems.append(f"{name}.csv:{line}: column '{column}': Chinese characters "
                                    f"({'、'.join(chinese)}) in an English text, which the English briefing "
                                    f"prints as is: translate or romanise them (the Chinese belongs in name_zh "
                                    f"or notes)")
    _check_figures(tables.get("figures", []), units, indicators, sources, problems)
    from ..provenance import check_figures as check_provenance
    check_provenance(tables.get("figures", []), sources, list(units), seeds_dir(), problems, documents=documents,
                     texts=texts)
    return tables, problems
