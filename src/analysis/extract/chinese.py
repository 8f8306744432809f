"""Candidate figures in Chinese text: kept for its importers; the rules live in
the package :mod:`analysis.extract.zh` (text, heading, measure, figures,
naming, gaps, wholes)."""

from .periods_zh import Context  # noqa: F401
from .zh.fields import _price_basis, _ratio_item  # noqa: F401
from .zh.figures import NO_FALLBACK, parse_line  # noqa: F401
from .zh.period import PERIOD_SCOPE  # noqa: F401
from .zh.gaps import _EXCESS, _GAP, _beyond  # noqa: F401
from .zh.measure import _TO_LEVEL, _measure  # noqa: F401
from .zh.naming import _city_before, _name_after, _names_nothing, _proposed, _subject, _twins  # noqa: F401
from .zh.text import _CLAUSE, _CONDITION, _NUM, _SENT, _fold  # noqa: F401
from .zh.wholes import _denominator, _whole  # noqa: F401
