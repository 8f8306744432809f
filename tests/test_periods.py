"""Period grammar, comparability, previous periods, display and spans."""

from __future__ import annotations

import json

import pytest

from analysis import ComputationError, Period, years_between
from analysis.periods import PERIOD_PATTERN
from conftest import REAL_DATA


@pytest.mark.parametrize("label, kind, year, months, year_from", [
    ("2024", "year", 2024, (1, 12), None),
    ("2024H1", "months", 2024, (1, 6), None),
    ("2024Q1", "months", 2024, (1, 3), None),
    ("2024Q4", "months", 2024, (10, 12), None),
    ("2024Q1-Q3", "months", 2024, (1, 9), None),
    ("2025M11", "months", 2025, (11, 11), None),
    ("2025M01-M11", "months", 2025, (1, 11), None),
    ("2021-2024", "span", 2024, (1, 12), 2021),
    ("2025-12-08", "date", 2025, (12, 12), None),
])
def test_parse_every_kind(label, kind, year, months, year_from):
    p = Period.parse(label)
    assert (p.label, p.kind, p.year, p.months, p.year_from) == (label, kind, year, months, year_from)
    assert str(p) == label
    assert p.is_full_year == (kind == "year")


@pytest.mark.parametrize("label", ["", "24", "2024Q5", "2024Q2-Q3", "2024M13", "2024M1", "2024H2", "2024-13-01",
                                   "2024年", "2024 ", "2024M01-M13", "20240"])
def test_malformed_periods_raise_with_the_grammar(label):
    with pytest.raises(ComputationError, match="malformed period .*expected YYYY, YYYYH1"):
        Period.parse(label)


def test_backward_spans_and_month_ranges_raise():
    with pytest.raises(ComputationError, match="a span must run forward"):
        Period.parse("2024-2021")
    with pytest.raises(ComputationError, match="a span must run forward"):
        Period.parse("2024-2024")
    with pytest.raises(ComputationError, match="months run backwards"):
        Period.parse("2024M10-M03")


def test_the_grammar_is_the_one_in_the_data_package():
    package = json.loads((REAL_DATA / "datapackage.json").read_text(encoding="utf-8"))
    figures = next(r for r in package["resources"] if r["name"] == "figures")
    pattern = next(f for f in figures["schema"]["fields"] if f["name"] == "period")["constraints"]["pattern"]
    import re
    schema_re = re.compile(pattern)
    for label in ["2024", "2024H1", "2024Q3", "2024Q1-Q3", "2025M01", "2025M01-M11", "2021-2024", "2025-12-08",
                  "2024Q5", "2024H2", "2024M13", "24", "2024-1-1"]:
        assert bool(schema_re.match(label)) == bool(PERIOD_PATTERN.match(label)), label


def test_same_kind():
    P = Period.parse
    assert P("2024H1").same_kind(P("2023M01-M06"))
    assert P("2024").same_kind(P("2020"))
    assert P("2024M01-M10").same_kind(P("2023M01-M10"))
    assert not P("2024").same_kind(P("2024M01-M10"))
    assert not P("2024M01-M10").same_kind(P("2024M01-M11"))
    assert not P("2024Q1").same_kind(P("2024Q2"))
    assert P("2021-2024").same_kind(P("2017-2020"))
    assert not P("2021-2024").same_kind(P("2016-2020"))
    assert not P("2024").same_kind(P("2021-2024"))
    assert not P("2025-12-08").same_kind(P("2025"))


@pytest.mark.parametrize("label, previous", [
    ("2024", "2023"), ("2024H1", "2023H1"), ("2024Q1-Q3", "2023Q1-Q3"), ("2025M01-M11", "2024M01-M11"),
    ("2025M04", "2024M04"), ("2021-2024", "2017-2020"), ("2025-12-08", "2024-12-08"),
])
def test_previous_is_the_same_part_of_the_year_before(label, previous):
    p = Period.parse(label).previous()
    assert p.label == previous
    assert p.same_kind(Period.parse(label))


@pytest.mark.parametrize("label, en, zh", [
    ("2024", "2024", "2024年"),
    ("2024H1", "H1 2024", "2024年上半年"),
    ("2024Q1-Q3", "Q1–Q3 2024", "2024年前三季度"),
    ("2025M01-M11", "Jan–Nov 2025", "2025年1—11月"),
    ("2025M04", "2025-04", "2025年4月"),
    ("2024Q2", "Apr–Jun 2024", "2024年4—6月"),
    ("2021-2024", "2021–2024", "2021—2024年"),
    ("2025-12-08", "2025-12-08", "2025年12月8日"),
])
def test_display(label, en, zh):
    p = Period.parse(label)
    assert p.display("en") == en
    assert p.display() == en
    assert p.display("zh") == zh


def test_years_between_does_not_count_the_base_year():
    P = Period.parse
    assert years_between(P("2020"), P("2024")) == 4
    assert years_between(P("2023"), P("2024")) == 1
    assert years_between(P("2023H1"), P("2024H1")) == 1
    assert years_between(P("2023M01-M10"), P("2024M01-M10")) == 1


def test_years_between_undefined_cases():
    P = Period.parse
    with pytest.raises(ComputationError, match=r"a span of zero years \(2024 to 2024\)"):
        years_between(P("2024"), P("2024"))
    with pytest.raises(ComputationError, match="base 2024 is after 2020"):
        years_between(P("2024"), P("2020"))
    with pytest.raises(ComputationError,
                       match=r"cannot pair 2023 \(full year\) with 2024M01-M10 \(year-to-date months\)"):
        years_between(P("2023"), P("2024M01-M10"))
    with pytest.raises(ComputationError, match="periods of different kinds"):
        years_between(P("2024H1"), P("2024Q1-Q3"))
