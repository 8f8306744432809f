"""Candidate figures in English text: kept for its importers; the rules live in
the package :mod:`analysis.extract.en` (text, units, measure, periods, naming,
sectors, figures)."""

from .en.figures import parse_english  # noqa: F401
from .en.measure import measure_of  # noqa: F401
from .en.naming import catalogue_en, most_like_en, subject_en, subject_of_item, verb_object_en  # noqa: F401
from .en.periods import names_period, year_before  # noqa: F401
from .en.sectors import sector_in  # noqa: F401
from .en.text import drop_title_repeats, excerpt_en  # noqa: F401
from .en.units import unit_of  # noqa: F401
