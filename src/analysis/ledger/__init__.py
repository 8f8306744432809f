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

The package keeps one concern per module: :mod:`.model` (the classes),
:mod:`.tables` (reading the CSVs against the schema), :mod:`.validation`
(the rules a schema cannot state; :func:`validate`) and :mod:`.loading`
(:func:`load_ledger`, cached).
"""

from .loading import load_ledger
from .model import (ARITHMETIC_UNITS, MEASURE_UNITS, NEEDS_BASE, NEEDS_DENOMINATOR, OPTIONAL_RESOURCES,
                    UNIQUE_FIGURE_KEY, City, Figure, Indicator, Ledger, Source, parse_period)
from .validation import validate

__all__ = ["ARITHMETIC_UNITS", "City", "Figure", "Indicator", "Ledger", "MEASURE_UNITS", "NEEDS_BASE",
           "NEEDS_DENOMINATOR", "OPTIONAL_RESOURCES", "Source", "UNIQUE_FIGURE_KEY", "load_ledger", "parse_period", "validate"]
