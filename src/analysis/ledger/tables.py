"""Reading ``data/``'s CSV tables against ``datapackage.json`` with the
standard library: types, required fields, allowed values, patterns, keys;
every problem named by file, line and column."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from ..errors import AnalysisError, DataError

from .model import OPTIONAL_RESOURCES

# -- loading and validation ---------------------------------------------------

def _read_text(path: Path, problems: list[str]) -> str | None:
    """The file as text, or None with a problem naming the file (and the line
    and column of the first byte that is not UTF-8, e.g. a file saved in GBK)."""
    from ..inputs import read_bytes

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
    from ..inputs import quote_problem

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
    key = schema.get("primaryKey")
    if isinstance(key, list) and len(key) > 1:  # a key of several columns (synonyms.csv: phrase and lang)
        at = [names.index(k) for k in key]
        first_at: dict[tuple, int] = {}
        for line, rec in good:
            v = tuple(rec[k] for k in at)
            if v in first_at:
                found.append((line, at[0], f"{path.name}:{line}: duplicate key {', '.join(key)} = "
                                           f"{', '.join(map(repr, v))} (first on line {first_at[v]})"))
            else:
                first_at[v] = line
    problems.extend(m for _, _, m in sorted(found, key=lambda t: (t[0], t[1])))
    rows = [(line, dict(zip(names, rec))) for line, rec in good]
    return rows


#: A catalogue's rows, named in the singular in messages ("unknown city 'x'").
_SINGULAR = {"sources": "source", "cities": "city", "units": "unit", "indicators": "indicator"}


def _check_foreign_keys(name: str, schema: dict, rows, tables: dict[str, set], problems: list[str]) -> None:
    for fk in schema.get("foreignKeys", []):
        col, ref = fk["fields"], fk["reference"]["resource"]
        col = col[0] if isinstance(col, list) else col  # ["source_id"]: a key of one column
        allowed = tables.get(ref, set())
        for line, row in rows:
            v = row.get(col, "")
            if v and v not in allowed:
                problems.append(f"{name}:{line}: column {col!r}: unknown {_SINGULAR.get(ref, ref)} "
                                f"{v!r}; {_allowed(v, allowed, ref)}")


def _allowed(value: str, allowed: set, ref: str) -> str:
    """The allowed values, named whole when there are 60 at most, else the
    closest to ``value`` and how many there are.

    >>> _allowed("alfa", {"alpha", "beta"}, "cities")
    'allowed values: alpha, beta'
    >>> _allowed("gdpp", {f"x{k}" for k in range(70)} | {"gdp"}, "indicators")
    'closest allowed: gdp (71 codes in indicators.csv)'
    """
    if not allowed:
        return f"{ref}.csv has no readable rows to refer to"
    if len(allowed) <= 60:
        return "allowed values: " + ", ".join(sorted(allowed))
    import difflib

    close = difflib.get_close_matches(value, sorted(allowed), n=5, cutoff=0.6)
    return (f"closest allowed: {', '.join(close)} " if close else "no allowed value is close; ") + \
        f"({len(allowed)} codes in {ref}.csv)"



def _load_raw(directory: Path) -> tuple[dict, dict, list[str]]:
    from ..inputs import read_bytes

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
    for name in ("sources", "cities", "areas", "units", "indicators", "figures", "synonyms", "sources_en"):
        if name in OPTIONAL_RESOURCES | {"synonyms", "sources_en"} and (name not in resources
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
