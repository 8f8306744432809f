"""Chinese text: candidate figures with their unit, measure, qualifier,
period, base period and indicator.

- :mod:`.text`: characters folded, numbers, sentences and clauses, the lexical marks around a figure;
- :mod:`.heading`: what a heading or a line's start sets for the lines below (city, period, targets);
- :mod:`.measure`: what a figure measures;
- :mod:`.figures`: a line's figures (:func:`parse_line`): walking a line number by number;
- :mod:`.period`: a figure's period and base (the scope of a period, a term review's span);
- :mod:`.places`: breakdowns by place and round-ups of places;
- :mod:`.parts`: parts and kinds of a catalogue name (key projects' parts, 玉米 against 粮食, a project's scope);
- :mod:`.fields`: a ratio a:b:c, an infobox label's fields, the price basis;
- :mod:`.naming`: names around a figure (twins of a catalogue name, a list's subject, a proposal's words);
- :mod:`.gaps`: a gap to a reference or an excess over a target after a figure;
- :mod:`.wholes`: a share's whole;
- :mod:`.tables`: markdown pipe tables with a unit column, infobox lines.

Periods are read by :mod:`analysis.extract.periods_zh`, lists by :mod:`analysis.extract.lists`.
"""

from ..periods_zh import Context
from .figures import NO_FALLBACK, parse_line
from .period import PERIOD_SCOPE
from .measure import _measure
from .text import _CLAUSE, _SENT, _fold

__all__ = ["Context", "NO_FALLBACK", "PERIOD_SCOPE", "parse_line"]
