"""English pages: rules written from the round 8b development set (issue 18): measures said with a
qualifier or another verb, contributions to growth, periods of comparison, bracketed rates, parts of a
whole named by a modifier, subjects that end.

Every sentence here is made up (invented figures); none is copied from a real
document. City names are read from data/cities.csv, never listed here.
"""

from __future__ import annotations

from helpers import extract_by_value


def by_value(text, ledger, date: str = "2024-10-20", **kw):
    return extract_by_value(text, ledger, date=date, **kw)


# --- measure -----------------------------------------------------------------------------------------

def test_a_change_with_a_qualifier_between_verb_and_number(real_ledger):
    got = by_value("In 2023, the city's GDP increased by more than 6 percent, and fixed asset investment rose "
                   "nearly 9 percent. Energy investment increased by over 2.5 times.", real_ledger)
    assert got["6"].measure == "growth" and got["6"].indicator == "gdp" and got["6"].qualifier == "over"
    assert got["9"].measure == "growth" and got["9"].qualifier == "about"
    assert got["2.5"].measure == "multiple_increase"


def test_added_and_a_streak_before_by_are_growth(real_ledger):
    got = by_value("From January to May 2023, the output of cement added 4.4% year-on-year, and the output of "
                   "glass increased for 11 consecutive months by 8.2%.", real_ledger)
    assert got["4.4"].measure == "growth"
    assert got["8.2"].measure == "growth"


def test_a_share_of_growth_is_a_contribution(real_ledger):
    got = by_value("In 2023, consumption accounted for 46 percent of the overall economic growth, and services "
                   "accounted for 52 percent of the city's GDP.", real_ledger)
    assert got["46"].measure == "contribution"
    assert got["52"].measure == "share"
