"""Chinese text: candidate figures with their unit, measure, qualifier,
period, base period and indicator.

- :mod:`.text`: characters folded, numbers, sentences and clauses, the lexical marks around a figure;
- :mod:`.heading`: what a heading or a line's start sets for the lines below (city, period, targets);
- :mod:`.measure`: what a figure measures;
- :mod:`.figures`: a line's figures (:func:`parse_line`), a ratio a:b:c, the price basis;
- :mod:`.naming`: names around a figure (twins of a catalogue name, a list's subject, a proposal's words);
- :mod:`.gaps`: a gap to a reference or an excess over a target after a figure;
- :mod:`.wholes`: a share's whole;
- :mod:`.tables`: markdown pipe tables with a unit column, infobox lines.

Periods are read by :mod:`analysis.extract.periods_zh`, lists by :mod:`analysis.extract.lists`.
"""

from ..periods_zh import Context
from .figures import NO_FALLBACK, PERIOD_SCOPE, parse_line
from .measure import _measure
from .text import _CLAUSE, _SENT, _fold

__all__ = ["Context", "NO_FALLBACK", "PERIOD_SCOPE", "parse_line"]
