"""The ledger at hand during review.

Each candidate is compared with the ledger: when the ledger already records
the same quantity — city, indicator, measure and period (with the same
qualifier, base period and denominator) — with another value, the review's
``ledger`` column says so (a revision by a later document, or a misreading);
the same value is noted too (already recorded). Two candidates of one
document that give one quantity two values are flagged in the ``conflict``
column, and ``analysis add`` refuses such rows unless told the conflict is
intended (``--allow-conflicts``).

Values are compared in the indicator's dimension: 1.2万亿元 is 12000亿元.

>>> a = {"city": "x", "indicator": "gdp", "measure": "level", "qualifier": "exact", "period": "2024",
...      "base_period": "", "denominator": "", "value": "1.2", "unit": "万亿元"}
>>> b = dict(a, value="12000", unit="亿元")
>>> c = dict(a, value="13000", unit="亿元")
>>> units = {"万亿元": {"factor": 1e12}, "亿元": {"factor": 1e8}}
>>> same_value(a, b, units), same_value(a, c, units), same_value(dict(b, value="4107.1"), dict(b, value="4107.08"), units)
(True, False, True)
>>> print(*conflicts_in([(2, a), (3, c)], "r.csv", units))
r.csv:3: the same quantity (x, gdp, level, 2024) as r.csv:2 with another value (13000 亿元, against 1.2 万亿元): keep one, or give `analysis add --allow-conflicts` if both are meant
"""

from __future__ import annotations

from collections import defaultdict

KEY = ("city", "indicator", "measure", "qualifier", "period", "base_period", "denominator")


def _get(row, field: str) -> str:
    return (row.get(field) if isinstance(row, dict) else getattr(row, field, "")) or ""


def key_of(row) -> tuple:
    """The quantity a row (a candidate, a figure or a CSV dict) gives a value of."""
    return tuple(_get(row, f).strip() for f in KEY)


def amount(row, units: dict) -> float | None:
    """The row's value in base units (its unit's factor), None if unreadable."""
    from ..numbers import normalize_printed

    try:
        v = float(normalize_printed(_get(row, "value")))
    except ValueError:
        return None
    return v * float((units.get(_get(row, "unit")) or {}).get("factor") or 1.0)


def _half_step(row, units: dict) -> float:
    """Half the last printed digit of a row's value, in base units (4107.1 亿元 → 0.05 亿元)."""
    from ..numbers import normalize_printed

    try:
        text = normalize_printed(_get(row, "value"))
    except ValueError:
        return 0.0
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 0.5 * 10 ** -decimals * float((units.get(_get(row, "unit")) or {}).get("factor") or 1.0)


def same_value(a, b, units: dict) -> bool:
    """Whether two rows give one value, to the precision the coarser prints
    (4107.1 and 4107.08 agree; 4107.1 and 4107.3 do not)."""
    x, y = amount(a, units), amount(b, units)
    if x is None or y is None:
        return _get(a, "value") == _get(b, "value")
    return abs(x - y) <= max(_half_step(a, units), _half_step(b, units)) + 1e-9 * max(abs(x), abs(y), 1.0)


def _show(row) -> str:
    return f"{_get(row, 'value')} {_get(row, 'unit')}".strip()


def compare_with_ledger(cands: list, ledger, exclude_sources=()) -> None:
    """Fill each candidate's ``ledger`` column: the ledger's figures of the same
    quantity (from other documents than ``exclude_sources``), and whether they agree."""
    index: dict[tuple, list] = defaultdict(list)
    for f in ledger.figures:
        if f.source_id not in exclude_sources:
            index[key_of(f)].append(f)
    for c in cands:
        if not c.indicator:
            continue
        known = index.get(key_of(c), [])
        other = [f for f in known if not same_value(c, f, ledger.units)]
        if other:
            c.ledger = "; ".join(f"ledger has {_show(f)} ({f.figure_id}, {ledger.sources[f.source_id].date}"
                                 f"{', line ' + str(f.line) if f.line else ''}): a revision, or a misreading"
                                 for f in other[:3])
        elif known:
            c.ledger = f"already in the ledger ({', '.join(f.figure_id for f in known[:3])}, same value)"


def flag_conflicts(cands: list, units: dict) -> None:
    """Fill the ``conflict`` column of candidates that give one quantity two values."""
    groups: dict[tuple, list] = defaultdict(list)
    for c in cands:
        if c.indicator:
            groups[key_of(c)].append(c)
    for group in groups.values():
        for c in group:
            other = [d for d in group if d is not c and not same_value(c, d, units)]
            if other:
                c.conflict = "; ".join(f"line {d.line} gives {_show(d)}" for d in other[:3]) + \
                    " for the same quantity: keep one, or add with --allow-conflicts if both are meant"


def conflicts_in(rows: list[tuple[int, dict]], name: str, units: dict) -> list[str]:
    """Problems for ``analysis add``: review rows (file line, row) that give one
    quantity two values."""
    first: dict[tuple, tuple[int, dict]] = {}
    problems = []
    for line, r in rows:
        if not (r.get("indicator") or "").strip():
            continue
        k = key_of(r)
        if k in first and not same_value(first[k][1], r, units):
            q = ", ".join(x for x in (k[0], k[1], k[2], k[4]) if x)
            problems.append(f"{name}:{line}: the same quantity ({q}) as {name}:{first[k][0]} with another value "
                            f"({_show(r)}, against {_show(first[k][1])}): keep one, or give "
                            "`analysis add --allow-conflicts` if both are meant")
        first.setdefault(k, (line, r))
    return problems


def units_of(directory) -> dict:
    """unit → {"factor": …} from ``units.csv`` of a data folder ({} if absent)."""
    import csv
    from pathlib import Path

    path = Path(directory) / "units.csv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {r["unit"]: {"factor": r.get("factor") or 1} for r in csv.DictReader(fh)}
