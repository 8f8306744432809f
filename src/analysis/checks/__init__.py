"""Check every stated relation in the ledger against the documented figures.

Each stated figure that expresses a relation (an average growth, a growth, a
change, a multiple, a share, a percentage-point change, a percentage of a
target, a contribution, a lower bound, a per-capita value) is a **claim**,
checked in :mod:`.claims` and :mod:`.averages`; each consistency the ledger implies (a quantity
printed twice, parts summing to their whole, a part not above its whole, the
sectors' changes summing to the whole's, two shares implying one whole, a
level implied by a growth and a change) is an **identity**, checked in
:mod:`.identities`. Every check has a stable id, a role, a verdict from
:data:`~analysis.verdicts.VERDICTS` decided by its readings
(:mod:`.readings`), the computed value and interval, a sentence in Chinese
and English, and its sources with their excerpts.

Figures are paired through an index built once per ledger
(:mod:`.index`): checking one city costs only that city's figures.

>>> from analysis.ledger import load_ledger
>>> checks = run_checks(load_ledger(), city="hohhot")
>>> c = find_check(checks, "hohhot.retail_sales.avg_growth.2020-2024.s000-109")
>>> c.verdict, round(c.computed, 3)
('consistent', 5.198)
"""

from __future__ import annotations

from typing import TextIO

from ..errors import ComputationError, UnknownNameError
from ..gcpause import collector_paused
from ..ledger import Ledger
from ..verdicts import VERDICTS
from .builder import Builder, names, stated_of, zh_error
from .claims import BY_MEASURE, PER_CAPITA, check_bound, check_per_capita
from .identities import IDENTITIES
from .index import Index, index_for
from .model import CSV_COLUMNS, IDENTITY_KINDS, ROLES, TABLE_COLUMNS, Check, role_of
from .output import csv_text, json_text

__all__ = ["Check", "run_checks", "checks_of_cities", "find_check", "summarize", "summary_line", "write_checks_csv",
           "checks_to_json", "CSV_COLUMNS", "TABLE_COLUMNS", "ROLES", "role_of", "IDENTITY_KINDS", "index_for"]


def _Index(ledger: Ledger) -> Index:  # noqa: N802 - kept for callers of the former class
    """The ledger's cached index (see :func:`index_for`)."""
    return index_for(ledger)


def _check_city(b: Builder, ix: Index, city: str) -> None:
    for f in ix.by_city.get(city, ()):
        if f.qualifier in ("exact", "about") and f.measure in BY_MEASURE:
            try:
                BY_MEASURE[f.measure](b, ix, f)
            except ComputationError as exc:
                b.add(fig=f, kind=f.measure, stated=stated_of(ix, f), computed=None, verdict="not_comparable",
                      what=names(ix.ledger, f.indicator),
                      detail=(f"无法计算：{zh_error(str(exc))}。", f"Cannot compute: {exc}."))
        elif f.qualifier in ("over", "under"):
            check_bound(b, ix, f)
        if f.indicator in PER_CAPITA and f.measure == "level" and f.qualifier == "exact":
            check_per_capita(b, ix, f)
    for relation in IDENTITIES:
        relation(b, ix, city)


def run_checks(ledger: Ledger, city: str | None = None) -> list[Check]:
    """Check every stated relation (of one city, or all) and return the checks
    in ledger order. Raises :class:`UnknownNameError` for an unknown city."""
    ix = index_for(ledger)
    if city is not None and city not in ix.by_city:
        raise UnknownNameError(f"unknown city {city!r}; known cities: {', '.join(ix.cities())}")
    return checks_of_cities(ledger, [city] if city is not None else ix.cities())


def checks_of_cities(ledger: Ledger, cities: list[str]) -> list[Check]:
    """The checks of ``cities`` (slugs with figures), city by city in the order
    given, each city's in ledger order: for a list of consecutive cities the
    same checks as the matching slice of ``run_checks(ledger)``."""
    ix = index_for(ledger)
    b = Builder(ledger, ix)
    # the checks make many short-lived objects and no cycles worth collecting while they run
    with collector_paused():
        out: list[Check] = []
        for c in cities:
            first = len(b.checks)
            _check_city(b, ix, c)
            mine = b.checks[first:]
            mine.sort(key=lambda chk: ix.order.get(chk.figure_id, 0))  # ledger order within the city
            out.extend(mine)
    return out


def find_check(checks: list[Check], check_id: str) -> Check:
    """The check with this id; the error lists close matches and how to list all."""
    for c in checks:
        if c.check_id == check_id:
            return c
    import difflib

    close = difflib.get_close_matches(check_id, [c.check_id for c in checks], n=5, cutoff=0.6)
    hint = f"; did you mean: {', '.join(close)}" if close else ""
    raise UnknownNameError(f"unknown check id {check_id!r}{hint}. `analysis checks` lists all "
                           f"{len(checks)} check ids")


def summarize(checks: list[Check], role: str | None = None) -> dict[str, int]:
    """Counts of checks by verdict, in vocabulary order (of one role, or all).

    >>> summarize([])
    {'consistent': 0, 'within_rounding': 0, 'inconsistent': 0, 'not_comparable': 0, 'insufficient_data': 0}
    """
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown role {role!r}; allowed values: {', '.join(ROLES)}")
    counts = dict.fromkeys(VERDICTS, 0)
    for c in checks:
        if role is None or c.role == role:
            counts[c.verdict] += 1
    return counts


def summary_line(checks: list[Check]) -> str:
    """One line counting claims and identities apart (never added together).

    >>> summary_line([])
    '0 claims: none; 0 identities: none'
    """
    parts = []
    for role, plural in (("claim", "claims"), ("identity", "identities")):
        counts = summarize(checks, role)
        n = sum(counts.values())
        body = ", ".join(f"{k} {v}" for k, v in counts.items() if v) or "none"
        parts.append(f"{n} {plural}: {body}")
    return "; ".join(parts)


def write_checks_csv(checks: list[Check], fh: TextIO) -> None:
    """Write checks as CSV (the columns of :data:`CSV_COLUMNS`)."""
    fh.write(csv_text(checks))


def checks_to_json(checks: list[Check]) -> str:
    """The checks as a JSON array (``json.dumps`` of :meth:`Check.to_dict`, indent 1, UTF-8 text)."""
    return json_text(checks)
