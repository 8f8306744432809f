"""The documented series as pandas objects, with their provenance.

- :func:`frame` — a tidy DataFrame of the documented figures (one row each);
- :func:`checks_frame` — the checks, one row each (role, verdict, intervals);
- :func:`series` — one indicator of one city as a Series indexed by period,
  one value (one vintage) per period, figure ids and intervals in ``.attrs``;
- the ``.analysis`` Series accessor (``s.analysis.cagr("2020", "2024")``);
- :func:`to_xlsx`, :func:`figures_workbook`, :func:`checks_workbook` — xlsx
  exports with the Chinese text intact, written by :mod:`analysis.workbook`
  (text that looks like a formula stays text).

The computations stay in :mod:`analysis.growth` and :mod:`analysis.structure`,
which take quantities only: a Series passed to the public forms
(:mod:`analysis.compute`: ``analysis.cagr(series, "2020", "2024")``) is turned
into :class:`~analysis.Quantity` objects (interval and figure ids kept) by
:mod:`analysis.frames.dispatch`, and the rounding-aware code runs as for any
quantity.

This package's ``__init__`` and :mod:`~analysis.frames.dispatch` import only
the standard library; pandas is imported by the submodules that build frames
(``table``, ``timeseries``, ``excel``), loaded on first use of the names below.
"""

from __future__ import annotations

import importlib

_LAZY = {
    "frame": "table", "checks_frame": "table", "period_key": "table", "period_dtype": "table",
    "series": "timeseries", "SeriesAccessor": "timeseries", "quantity_at": "timeseries",
    "to_xlsx": "excel", "figures_workbook": "exports", "checks_workbook": "exports",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str):  # PEP 562: pandas loads only when a frame is asked for
    if name in _LAZY:
        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
