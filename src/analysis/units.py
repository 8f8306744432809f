"""Units as printed, their dimension and their size (``data/units.csv``).

Two figures may be combined only when their units share a dimension; values
are converted to the first figure's unit.

>>> factor("亿元", "万元")
10000.0
>>> factor("亿元", "万人")
Traceback (most recent call last):
...
analysis.errors.ComputationError: units do not match: 亿元 (currency_cny) and 万人 (persons)
"""

from __future__ import annotations

import csv
from functools import lru_cache

from .errors import ComputationError, UnknownNameError
from .paths import data_dir


@lru_cache(maxsize=None)
def _table(path: str) -> dict[str, tuple[str, float]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["unit"]: (row["dimension"], float(row["factor"])) for row in csv.DictReader(fh)}


@lru_cache(maxsize=None)
def _names_en(path: str) -> dict[str, str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["unit"]: row["name_en"] for row in csv.DictReader(fh)}


#: Units written as a symbol after the number in English.
_EN_SYMBOLS = {"%": " %", "个百分点": " pp", "倍": "×"}


def with_unit(number: str, unit: str, lang: str = "zh") -> str:
    """A number with its unit, in Chinese as printed, in English in words.

    >>> with_unit("1265", "亿元", "zh"), with_unit("1265", "亿元", "en")
    ('1265亿元', '1265 (100 million yuan)')
    >>> with_unit("5.2", "%", "en"), with_unit("2.2", "个百分点", "en"), with_unit("1.6", "倍", "en")
    ('5.2 %', '2.2 pp', '1.6×')

    A figure printed in English is shown in the Chinese reader's unit (an
    exact shift of the decimal point, printed precision kept), and as printed
    in English:

    >>> with_unit("561.34", "billion yuan", "zh"), with_unit("561.34", "billion yuan", "en")
    ('5613.4亿元', '561.34 billion yuan')
    >>> with_unit("5.9", "percent", "zh"), with_unit("5.9", "percent", "en")
    ('5.9%', '5.9 %')
    """
    if lang == "zh":
        if unit in _english_units():
            number, unit = in_chinese_unit(number, unit)
        return f"{number}{unit}"
    if unit in _english_units():
        return f"{number}{_EN_SYMBOLS.get(in_chinese_unit('1', unit)[1], ' ' + unit)}" \
            if unit in ("percent", "percentage points", "times") else f"{number} {unit}"
    if unit in _EN_SYMBOLS:
        return f"{number}{_EN_SYMBOLS[unit]}"
    name = _names_en(str(data_dir() / "units.csv")).get(unit)
    return f"{number} ({name})" if name else f"{number} {unit}"


def _english_units() -> frozenset[str]:
    return _english_units_in(str(data_dir() / "units.csv"))


@lru_cache(maxsize=None)
def _english_units_in(path: str) -> frozenset[str]:
    return frozenset(u for u in _table(path) if any(c.isalpha() and c.isascii() for c in u)
                     and " " in u or u in ("percent", "times", "yuan", "tons", "kilometers", "hectares", "people"))


def in_chinese_unit(number: str, unit: str) -> tuple[str, str]:
    """The number as printed in ``unit`` re-expressed in the closest Chinese
    unit of the same dimension whose size differs by a power of ten (an exact
    shift of the decimal point); unchanged when there is none.

    >>> in_chinese_unit("561.34", "billion yuan"), in_chinese_unit("1.2", "million tons")
    (('5613.4', '亿元'), ('120', '万吨'))
    """
    from decimal import Decimal, InvalidOperation
    from math import log10

    table = unit_table()
    if unit not in table:
        return number, unit
    dim, f = table[unit]
    best = None
    for u, (d, g) in table.items():
        if d != dim or u in _english_units() or u.isascii() and u not in ("%",):
            continue
        k = log10(f / g)
        if abs(k - round(k)) < 1e-9 and (best is None or abs(k) < abs(best[1])):
            best = (u, round(k))
    if best is None:
        return number, unit
    try:
        shifted = Decimal(number.replace(",", "")).scaleb(best[1])
    except InvalidOperation:
        return number, unit
    text = format(shifted, "f")
    return text, best[0]


def unit_table() -> dict[str, tuple[str, float]]:
    """unit -> (dimension, factor to the dimension's base unit)."""
    return _table(str(data_dir() / "units.csv"))


def dimension(unit: str) -> str:
    table = unit_table()
    if unit not in table:
        raise UnknownNameError(f"unknown unit {unit!r}; known units: {', '.join(table)}")
    return table[unit][0]


def factor(from_unit: str, to_unit: str) -> float:
    """Multiply a value in ``from_unit`` by this to express it in ``to_unit``.

    Areas in 亩 and in 公顷 are one dimension (1 公顷 = 15 亩), so a sown area
    printed in either unit is one indicator:

    >>> round(factor("万公顷", "万亩"), 9), round(factor("亩", "公顷") * 15, 9)
    (15.0, 1.0)
    """
    if from_unit == to_unit:
        return 1.0
    table = unit_table()
    for u in (from_unit, to_unit):
        if u not in table:
            raise UnknownNameError(f"unknown unit {u!r}; known units: {', '.join(table)}")
    (d1, f1), (d2, f2) = table[from_unit], table[to_unit]
    if d1 != d2:
        raise ComputationError(f"units do not match: {from_unit} ({d1}) and {to_unit} ({d2})")
    return f1 / f2
