"""English text (news pages about a city): candidate figures with their unit,
measure, qualifier, period and indicator.

A number followed by an English unit of ``data/units.csv`` (billion yuan,
percent, percentage points, times, million tons …), or a dollar amount
("$53.02 billion" → ``billion US dollars``).

- :mod:`.text`: numbers, the English units, a title's repeats, a figure's excerpt;
- :mod:`.units`: a number's unit (ranks, counts in a unit units.csv lacks), thresholds that define a class;
- :mod:`.measure`: what a figure measures ("up x percent" → growth, "accounting for" → share …);
- :mod:`.periods`: the period in force, bases of comparison, stocks at the page's date, flows, totals since a year;
- :mod:`.naming`: a figure's subject, a verb's object, the catalogue's English names in other words;
- :mod:`.sectors`: the three sectors, a share of GDP, a gap to a reference, counts of divisions;
- :mod:`.lists`: lists said "respectively": names and levels, rates and levels paired in order;
- :mod:`.figures`: a line's figures (:func:`parse_english`), which puts the above together.
"""

from .figures import parse_english
from .text import drop_title_repeats

__all__ = ["drop_title_repeats", "parse_english"]
