"""Checks as text: the CSV and JSON of ``analysis checks`` and of the
briefings' downloads, built in one pass and written with one ``write``.

The bytes are those of the standard library's writers (``csv.DictWriter``
over :meth:`Check.to_row`, ``json.dumps([c.to_dict() …], ensure_ascii=False,
indent=1)``), produced faster: CSV rows come from tuples
(:meth:`Check.csv_cells`), and JSON is encoded without the deep copy of
``dataclasses.asdict`` and without the pure-Python generator the standard
encoder falls back to when it indents (17,000 checks: ≈2.4 s → ≈0.3 s).

>>> json_text([]) == json.dumps([], ensure_ascii=False, indent=1)
True
>>> obj = {"a": [1, 2.5, None, True, "呼和"], "b": {}, "c": [], "d": [{"x": float("nan")}]}
>>> dumps_indented(obj) == json.dumps(obj, ensure_ascii=False, indent=1)
True
>>> csv_text([])
'check_id,city,indicator,kind,period_start,period_end,stated,computed,computed_low,computed_high,verdict,explanation,sources,explanation_zh,unit,stated_text,figure_id,readings,derived_inputs,role\\n'
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from json.encoder import encode_basestring  # the C implementation where available
from typing import Iterable, TextIO

from .model import CSV_COLUMNS, Check

__all__ = ["csv_text", "write_checks_csv", "json_text", "json_items", "dumps_indented"]


def csv_text(checks: Iterable[Check], header: bool = True) -> str:
    """The checks as CSV text (the columns of :data:`CSV_COLUMNS`, ``\\n`` line ends)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if header:
        w.writerow(CSV_COLUMNS)
    w.writerows([c.csv_cells() for c in checks])
    return buf.getvalue()


def write_checks_csv(checks: Iterable[Check], fh: TextIO) -> None:
    """Write checks as CSV (the columns of :data:`CSV_COLUMNS`) with one ``write``."""
    fh.write(csv_text(checks))


def json_text(checks: Iterable[Check]) -> str:
    """The checks as a JSON array: the bytes of
    ``json.dumps([c.to_dict() for c in checks], ensure_ascii=False, indent=1)``."""
    items = json_items(checks)
    return "[\n " + items + "\n]" if items else "[]"


def json_items(checks: Iterable[Check]) -> str:
    """The members of :func:`json_text`'s array, joined (empty for no check):
    parts of a ledger's checks join with ``",\\n "``."""
    return ",\n ".join([_encode(c.json_fields(), 2) for c in checks])


def dumps_indented(obj: object) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=1)`` for JSON-like data
    (dicts with string keys, lists, tuples, strings, numbers, booleans, None;
    a dataclass instance is encoded as :func:`dataclasses.asdict` gives it).
    Anything else raises ``TypeError`` as :func:`json.dumps` does."""
    return _encode(obj, 1)


_float_repr = float.__repr__
_int_repr = int.__repr__


def _scalar(o: object) -> str | None:
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, str):
        return encode_basestring(o)
    if isinstance(o, float):
        if o != o:
            return "NaN"
        if o == float("inf"):
            return "Infinity"
        if o == float("-inf"):
            return "-Infinity"
        return _float_repr(o)
    if isinstance(o, int):
        return _int_repr(o)
    return None


def _key(k: object) -> str:
    if isinstance(k, str):
        return encode_basestring(k)
    if isinstance(k, (float, bool, int)) or k is None:  # json turns these keys into strings
        return encode_basestring(_scalar(k))  # type: ignore[arg-type]
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")


#: Encoded dict keys (a ledger's checks use a few dozen), with the separator.
_KEYS: dict[str, str] = {}


def _encode(o: object, level: int) -> str:
    """``o`` encoded as if it stood at nesting ``level`` (its members one space deeper)."""
    t = type(o)
    if t is str:
        return encode_basestring(o)
    if t is dict:
        if not o:
            return "{}"
        parts = []
        for k, v in o.items():
            kk = _KEYS.get(k) if type(k) is str else None
            if kk is None:
                kk = _key(k) + ": "
                if type(k) is str and len(_KEYS) < 4096:
                    _KEYS[k] = kk
            tv = type(v)
            parts.append(kk + (encode_basestring(v) if tv is str else "null" if v is None
                               else _encode(v, level + 1)))
        nl = "\n" + " " * level
        return "{" + nl + ("," + nl).join(parts) + "\n" + " " * (level - 1) + "}"
    if t is list or t is tuple:
        if not o:
            return "[]"
        nl = "\n" + " " * level
        return "[" + nl + ("," + nl).join([encode_basestring(v) if type(v) is str else _encode(v, level + 1)
                                           for v in o]) + "\n" + " " * (level - 1) + "]"
    s = _scalar(o)
    if s is not None:
        return s
    if isinstance(o, dict):
        return _encode(dict(o), level)
    if isinstance(o, (list, tuple)):
        return _encode(list(o), level)
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        return _encode(dataclasses.asdict(o), level)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
