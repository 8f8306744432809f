"""The documented series: load ``data/`` and validate it against its schema.

``data/datapackage.json`` (Frictionless Data Package) is the single statement
of the schema: column types, required fields, allowed values, patterns,
primary and foreign keys. This module reads the CSVs with the standard library
(so ``analysis checks`` starts fast) and enforces that schema plus the rules a
schema cannot state (a share needs a denominator, a change needs a base
period, the figure id starts with its source id …). Every problem is
collected and reported at once, each naming file, line, column and what was
expected; nothing is computed from invalid data.

>>> ledger = load_ledger()
>>> ledger.cities["hohhot"].name_zh
'呼和浩特'
>>> f = ledger.figure("s000-001")
>>> f.source_id, f.quantity().figure_ids
('s000', ('s000-001',))
"""

from __future__ import annotations

import csv
import io
import json
import operator
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from .errors import AnalysisError, DataError, UnknownNameError
from .figure_rules import impossible_date, is_counted, period_pairing
from .numbers import is_exact_word, normalize_printed
from .paths import data_dir, seeds_dir
from .periods import Period
from .quantity import Quantity, decimals_of

#: Period labels parsed once each (periods are immutable; a ledger repeats a few dozen labels).
parse_period = lru_cache(maxsize=4096)(Period.parse)

#: Unit a figure must be printed in, by measure (None: any unit of the
#: indicator's dimension).
MEASURE_UNITS = {
    "growth": {"%", "percent"},
    "avg_growth": {"%", "percent"},
    "two_year_avg": {"%", "percent"},
    "share": {"%", "percent"},
    "contribution": {"%", "percent"},
    "pct_of_target": {"%", "percent"},
    "pp_change": {"个百分点", "percentage points"},
    "pull": {"个百分点", "percentage points"},
    "multiple": {"倍", "times"},
    "multiple_increase": {"倍", "times"},
    "rank": {"位"},
}
#: Measures that compare with a base period and so need one.
NEEDS_BASE = {"avg_growth", "change", "multiple", "multiple_increase", "pp_change"}
#: Measures that are a part of a whole and so need a denominator.
NEEDS_DENOMINATOR = {"share", "contribution", "pull"}
#: Tables that may be absent (no areas below cities yet).
OPTIONAL_RESOURCES = {"areas"}
#: Fields that identify "the same figure recorded twice" (a duplicate key).
UNIQUE_FIGURE_KEY = ("city", "indicator", "measure", "qualifier", "period", "base_period",
                     "denominator", "denominator_city", "source_id", "line", "value")


class _once:
    """``functools.cached_property`` without its lock: the value is computed on
    first read and kept in the instance's ``__dict__`` (so it is pickled with
    it), where later reads find it. Python 3.11's ``cached_property`` takes a
    lock on every first read, a third of the cost of a figure's quantity.

    >>> class A:
    ...     @_once
    ...     def x(self):
    ...         print("computed")
    ...         return 1
    >>> a = A()
    >>> a.x, a.x
    computed
    (1, 1)
    """

    def __init__(self, func):
        self.func, self.attrname, self.__doc__ = func, func.__name__, func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.attrname = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.attrname] = self.func(obj)
        return value


@dataclass(frozen=True)
class Source:
    source_id: str
    file_name: str
    publisher: str
    title: str
    date: str
    kind: str
    notes: str = ""
    url: str = ""
    accessed: str = ""

    @property
    def cited_only(self) -> bool:
        """A source cited by its address, its text kept outside the repository.

        >>> Source("s1", "", "p", "t", "2024-03", "statistical_bulletin", url="https://x.cn/a", accessed="2026-12-06").cited_only
        True
        """
        return not self.file_name

    @property
    def location(self) -> str:
        """Where the document is: its file name in the seeds folder, or its address."""
        return self.file_name or self.url


class _Named:
    """Chinese and English names, chosen by language."""

    name_zh: str
    name_en: str

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en


@dataclass(frozen=True)
class City(_Named):
    slug: str
    name_zh: str
    name_en: str
    province_zh: str
    province_en: str
    parent: str = ""   # for an area below a city (areas.csv): the city's slug
    kind: str = ""     # for an area: banner, district, county, county_level_city


@dataclass(frozen=True)
class Indicator(_Named):
    code: str
    name_zh: str
    name_en: str
    unit: str
    price_basis: str
    avg_growth_method: str
    parent: str = ""
    partition: str = ""
    counted: bool = False  # counted things in units of one: exact integers (methods.md §8)
    signed: bool = False  # a level may be negative (a gap, a balance, a rate)
    notes: str = ""

    def __post_init__(self) -> None:
        for name in ("counted", "signed"):  # the CSV says "true" / "false"
            v = getattr(self, name)
            if isinstance(v, str):
                object.__setattr__(self, name, v == "true")


@dataclass(frozen=True)
class Figure:
    """One documented figure, exactly as printed, with its provenance."""

    figure_id: str
    city: str
    indicator: str
    measure: str
    qualifier: str
    period: str
    base_period: str
    value: str
    unit: str
    price_basis: str
    denominator: str
    denominator_city: str
    source_id: str
    line: int
    excerpt: str
    notes: str = ""
    csv_line: int = field(default=0, compare=False)
    #: A whole count in units of one (set by :class:`Ledger` from the catalogue): an exact integer.
    counted: bool = field(default=False, compare=False)

    # computed once (a figure is immutable, and the checks read these many times)
    @_once
    def normalized(self) -> str:
        """The value as canonical ASCII decimal text (separators, full-width
        digits and Chinese numerals resolved; printed decimals kept)."""
        return normalize_printed(self.value)

    @property
    def number(self) -> float:
        return float(self.normalized)

    @_once
    def decimals(self) -> int:
        return decimals_of(self.normalized)

    @property
    def period_obj(self) -> Period:
        return parse_period(self.period)

    @property
    def base_obj(self) -> Period | None:
        return parse_period(self.base_period) if self.base_period else None

    @property
    def exact(self) -> bool:
        """Whether the printed value is exact: a count (:attr:`counted`) or a
        word of doubling (翻倍 = 2), with no rounding interval (methods.md §8)."""
        return self.counted or is_exact_word(self.value)

    def quantity(self) -> Quantity:
        """The figure as a :class:`Quantity` with its rounding interval (none
        when :attr:`exact`); built once (a Quantity is immutable)."""
        return self._quantity

    @_once
    def _quantity(self) -> Quantity:
        return Quantity.printed(self.normalized, self.unit, label=f"{self.indicator} {self.period}",
                                figure_ids=(self.figure_id,), period=self.period,
                                half_width=0.0 if self.exact else None)


@dataclass
class Ledger:
    """All documented series, validated."""

    directory: Path
    sources: dict[str, Source]
    cities: dict[str, City]
    units: dict[str, dict]
    indicators: dict[str, Indicator]
    figures: list[Figure]

    def __post_init__(self) -> None:
        self._by_id = {f.figure_id: f for f in self.figures}
        for f in self.figures:  # counts are exact integers (indicators.csv: counted)
            if is_counted(f, self.indicators, self.units):
                object.__setattr__(f, "counted", True)

    def city_slugs(self) -> list[str]:
        """Cities that have at least one documented figure, in catalogue order
        (areas below a city are not listed: they are shown under it)."""
        have = {f.city for f in self.figures}
        have |= {self.cities[c].parent for c in have if c in self.cities}
        return [c for c in self.cities if c in have and not self.cities[c].parent]

    def areas_of(self, city: str) -> list[str]:
        """Slugs of the areas below ``city`` (areas.csv), in catalogue order."""
        return [a for a, c in self.cities.items() if c.parent == city]

    def figures_under(self, city: str | None = None) -> list[Figure]:
        """The figures of ``city`` followed by those of its areas (all figures
        when ``city`` is None)."""
        if city is None:
            return list(self.figures)
        own = self.figures_for(city)
        areas = set(self.areas_of(city))
        return own + [f for f in self.figures if f.city in areas]

    def city(self, slug: str) -> City:
        if slug not in self.cities or slug not in self.city_slugs():
            raise UnknownNameError(f"unknown city {slug!r}; known cities: {', '.join(self.city_slugs())}")
        return self.cities[slug]

    def figure(self, figure_id: str) -> Figure:
        try:
            return self._by_id[figure_id]
        except KeyError:
            raise UnknownNameError(f"unknown figure {figure_id!r}") from None

    def figures_for(self, city: str | None = None) -> list[Figure]:
        if city is not None:
            self.city(city)
        return [f for f in self.figures if city is None or f.city == city]

    def source_path(self, source_id: str) -> Path:
        """The stored document of ``source_id`` in the seeds folder (not for a cited-only source)."""
        src = self.sources[source_id]
        if src.cited_only:
            raise UnknownNameError(f"sources.csv: source {source_id!r} is cited, not stored ({src.url})")
        return seeds_dir() / src.file_name


# -- loading and validation ---------------------------------------------------

def _read_text(path: Path, problems: list[str]) -> str | None:
    """The file as text, or None with a problem naming the file (and the line
    and column of the first byte that is not UTF-8, e.g. a file saved in GBK)."""
    from .inputs import read_bytes

    try:
        data = read_bytes(path)  # a regular file: a FIFO or a device is refused, not read forever
    except AnalysisError as exc:
        problems.append(str(exc))
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        problems.append(f"{path.name}:{line}: column {column} (byte {exc.start}): not UTF-8 "
                        f"(byte 0x{data[exc.start]:02x}; saved as GBK or another encoding?); "
                        "save the file as UTF-8")
        return None


def _records(reader, path: Path, problems: list[str]):
    """The reader's records as (line where the record starts, line where it
    ends, record); a malformed one (a NUL byte) ends the file with a problem
    naming the line where it starts."""
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problems.append(f"{path.name}:{start}: unreadable CSV row ({exc}); expected plain "
                            "comma-separated UTF-8 text")
            return
        yield start, reader.line_num, record


class _FieldRule:
    """The schema's constraints on one column, compiled once per file: :meth:`fine`
    is the fast test of a cell, :meth:`report` says what is wrong with it."""

    _INTEGER = re.compile(r"-?\d+")

    def __init__(self, field: dict):
        cons = field.get("constraints", {})
        self.name, self.cons, self.type = field["name"], cons, field.get("type")
        self.required = bool(cons.get("required"))
        self.enum = frozenset(cons["enum"]) if "enum" in cons else None
        self.pattern = re.compile(cons["pattern"]) if "pattern" in cons else None
        self.unique: dict[str, int] | None = {} if cons.get("unique") else None
        self.simple = (self.pattern is None and self.type not in ("integer", "number")
                       and "minLength" not in cons and "maxLength" not in cons)

    def fine(self, value: str) -> bool:
        if value == "":
            return not self.required
        if value[0].isspace() or value[-1].isspace():
            return False
        if self.enum is not None and value not in self.enum:
            return False
        if self.simple:
            return True
        problems: list[str] = []
        self._typed(value, "", problems)
        return not problems

    def report(self, value: str, where: str, problems: list[str]) -> None:
        if value != value.strip():
            problems.append(f"{where}: {value!r} has leading or trailing spaces")
        if value == "":
            if self.required:
                problems.append(f"{where}: required, but empty")
            return
        if self.enum is not None and value not in self.enum:
            problems.append(f"{where}: {value!r} is not allowed; allowed values: {', '.join(self.cons['enum'])}")
        self._typed(value, where, problems)

    def _typed(self, value: str, where: str, problems: list[str]) -> None:
        cons = self.cons
        if self.pattern is not None and not self.pattern.match(value):
            problems.append(f"{where}: {value!r} is malformed; expected pattern {cons['pattern']}")
        if self.type == "integer":
            if not self._INTEGER.fullmatch(value):
                problems.append(f"{where}: {value!r} is not an integer")
            elif "minimum" in cons and int(value) < cons["minimum"]:
                problems.append(f"{where}: {value} is below the minimum {cons['minimum']}")
        if self.type == "number":
            try:
                if float(value) < cons.get("minimum", float("-inf")):
                    problems.append(f"{where}: {value} is below the minimum {cons['minimum']}")
            except ValueError:
                problems.append(f"{where}: {value!r} is not a number")
        if "minLength" in cons and len(value) < cons["minLength"]:
            problems.append(f"{where}: {len(value)} characters, at least {cons['minLength']} expected")
        if "maxLength" in cons and len(value) > cons["maxLength"]:
            problems.append(f"{where}: {len(value)} characters, at most {cons['maxLength']} allowed")


def _read_csv(path: Path, schema: dict, problems: list[str]) -> list[tuple[int, dict]]:
    """Rows of a CSV as (line number, dict), checked field by field."""
    from .inputs import quote_problem

    fields = schema["fields"]
    names = [f["name"] for f in fields]
    rows: list[tuple[int, dict]] = []
    text = _read_text(path, problems)
    if text is None:
        return rows
    with io.StringIO(text, newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            problems.append(f"{path.name}:1: empty file; expected a header row: {','.join(names)}")
            return rows
        except csv.Error as exc:
            problems.append(f"{path.name}:{reader.line_num or 1}: unreadable CSV ({exc}); save it as plain UTF-8 CSV")
            return rows
        header = [h.lstrip("\ufeff") for h in header]
        if header != names:
            missing = [n for n in names if n not in header]
            extra = [h for h in header if h not in names]
            problems.append(
                f"{path.name}:1: header does not match the schema in datapackage.json"
                + (f"; missing columns: {', '.join(missing)}" if missing else "")
                + (f"; unknown columns: {', '.join(extra)}" if extra else "")
                + f"; expected, in order: {','.join(names)}"
            )
            return rows
        rules = [_FieldRule(f) for f in fields]
        good: list[tuple[int, list[str]]] = []
        for line, end, record in _records(reader, path, problems):
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(names):
                problems.append(quote_problem(path.name, names, line, end, record)
                                or f"{path.name}:{line}: {len(record)} fields, expected {len(names)} ({','.join(names)})")
                continue
            good.append((line, record))
    # Column by column, each distinct value tested once (most columns repeat a few
    # values: codes, periods, units); messages are built only for a problem, then
    # reported in the order of the file.
    found: list[tuple[int, int, str]] = []
    for j, rule in enumerate(rules):
        column = [rec[j] for _, rec in good]
        bad = {v for v in set(column) if not rule.fine(v)}
        where = lambda line: f"{path.name}:{line}: column {rule.name!r}"  # noqa: E731
        if bad:
            for line, rec in good:
                if rec[j] in bad:
                    msgs: list[str] = []
                    rule.report(rec[j], where(line), msgs)
                    found.extend((line, j, m) for m in msgs)
        if rule.unique is not None:
            filled = [v for v in column if v]
            if len(set(filled)) != len(filled):
                first: dict[str, int] = {}
                for line, rec in good:
                    v = rec[j]
                    if v and v in first:
                        found.append((line, j, f"{where(line)}: duplicate key {v!r} (first on line {first[v]})"))
                    elif v:
                        first[v] = line
    problems.extend(m for _, _, m in sorted(found, key=lambda t: (t[0], t[1])))
    rows = [(line, dict(zip(names, rec))) for line, rec in good]
    return rows


#: A catalogue's rows, named in the singular in messages ("unknown city 'x'").
_SINGULAR = {"sources": "source", "cities": "city", "units": "unit", "indicators": "indicator"}


def _check_foreign_keys(name: str, schema: dict, rows, tables: dict[str, set], problems: list[str]) -> None:
    for fk in schema.get("foreignKeys", []):
        col, ref = fk["fields"], fk["reference"]["resource"]
        allowed = tables.get(ref, set())
        for line, row in rows:
            v = row.get(col, "")
            if v and v not in allowed:
                shown = ", ".join(sorted(allowed)) if len(allowed) <= 60 else f"{len(allowed)} codes in {ref}.csv"
                problems.append(f"{name}:{line}: column {col!r}: unknown {_SINGULAR.get(ref, ref)} "
                                f"{v!r}; allowed values: {shown}")


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
        if number is not None and number < 0 and m in ("level", "rank") and r["indicator"] in indicators \
                and indicators[r["indicator"]].get("signed", "false") != "true":
            problems.append(f"{where}: column 'value': {r['value']!r} is negative, but a {m} of "
                            f"{r['indicator']!r} cannot be negative (indicators.csv marks it signed=false); "
                            f"a decline belongs in a change or growth row")
        key = key_of(r)
        if key in keys:
            problems.append(f"{where}: duplicate figure: same city, indicator, measure, period, source, line and "
                            f"value as line {keys[key]}")
        else:
            keys[key] = line
        if r["value"] and r["excerpt"] and r["value"].lstrip("-−－") not in r["excerpt"]:
            problems.append(f"{where}: column 'excerpt': does not contain the value as printed "
                            f"{r['value'].lstrip('-−－')!r}")


def _load_raw(directory: Path) -> tuple[dict, dict, list[str]]:
    from .inputs import read_bytes

    problems: list[str] = []
    dp_path = directory / "datapackage.json"
    try:
        package = json.loads(read_bytes(dp_path).decode("utf-8"))
    except AnalysisError as exc:  # not a regular file, unreadable
        reason = str(exc)[len(str(dp_path)) + 2:] if str(exc).startswith(str(dp_path)) else str(exc)
        raise DataError([f"{dp_path}: cannot read the data package descriptor ({reason})"]) from exc
    except ValueError as exc:  # bad JSON or not UTF-8
        raise DataError([f"{dp_path}: cannot read the data package descriptor ({exc})"]) from exc
    resources = {r["name"]: r for r in package["resources"]}
    tables = {}
    for name in ("sources", "cities", "areas", "units", "indicators", "figures"):
        if name in OPTIONAL_RESOURCES and (name not in resources
                                          or not (directory / resources[name]["path"]).exists()):
            continue
        if name not in resources:
            problems.append(f"datapackage.json: resource {name!r} is missing")
            continue
        res = resources[name]
        tables[name] = _read_csv(directory / res["path"], res["schema"], problems)
    keysets = {
        "sources": {r["source_id"] for _, r in tables.get("sources", [])},
        "cities": {r["slug"] for _, r in tables.get("cities", [])},
        "units": {r["unit"] for _, r in tables.get("units", [])},
        "indicators": {r["code"] for _, r in tables.get("indicators", [])},
    }
    areas = {r["slug"]: line for line, r in tables.get("areas", [])}
    for slug, line in areas.items():
        if slug in keysets["cities"]:
            problems.append(f"areas.csv:{line}: column 'slug': {slug!r} is already a city in cities.csv")
    for name, rows in tables.items():
        keys = keysets if name != "figures" else {**keysets, "cities": keysets["cities"] | set(areas)}
        _check_foreign_keys(resources[name]["path"], resources[name]["schema"], rows, keys, problems)
    return resources, tables, problems


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
    for line, r in tables.get("indicators", []):
        if r["partition"] and not r["parent"]:
            problems.append(f"indicators.csv:{line}: column 'partition': given without a parent")
    _check_figures(tables.get("figures", []), units, indicators, sources, problems)
    from .provenance import check_figures as check_provenance
    check_provenance(tables.get("figures", []), sources, list(units), seeds_dir(), problems, documents=documents,
                     texts=texts)
    return tables, problems


def _areas(tables: dict) -> dict[str, City]:
    """Areas below a city as :class:`City` rows with a ``parent`` (province from the parent)."""
    cities = {r["slug"]: r for _, r in tables["cities"]}
    return {r["slug"]: City(r["slug"], r["name_zh"], r["name_en"], cities[r["parent"]]["province_zh"],
                            cities[r["parent"]]["province_en"], parent=r["parent"], kind=r["kind"])
            for _, r in tables.get("areas", [])}


@lru_cache(maxsize=8)
def _load_cached(directory: str, stamp: tuple) -> Ledger:
    from . import ledger_cache

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
    from .ledger_cache import stamp

    return _load_cached(str(path), stamp(path))
