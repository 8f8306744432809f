"""Validation refuses nonsense (issue 6): every bad input fails `analysis
validate` with file, line, column and what was expected."""

from __future__ import annotations


import pytest

from analysis import validate
from analysis.cli import main
from helpers import read_rows, write_rows


@pytest.fixture
def figures(data_copy):
    header, rows = read_rows(data_copy / "figures.csv")
    return data_copy, header, rows


def first(rows, **attrs):
    return next(i for i, r in enumerate(rows) if all(r[k] == v for k, v in attrs.items()))


def only(problems, *needles):
    hits = [p for p in problems if all(n in p for n in needles)]
    assert len(hits) == 1, (needles, problems)
    return hits[0]


def test_a_base_period_after_the_period_is_refused(figures, capsys):
    d, header, rows = figures
    i = first(rows, measure="avg_growth", period="2024", base_period="2020")
    rows[i]["base_period"] = "2025"
    write_rows(d / "figures.csv", header, rows)
    p = only(validate(d), "column 'base_period'", "not before")
    assert p.startswith(f"figures.csv:{i + 2}: column 'base_period': '2025' is not before the period '2024'")
    assert "expected an earlier base period" in p
    assert main(["validate"]) != 0 and "not before the period" in capsys.readouterr().err


def test_an_impossible_date_is_refused(figures):
    d, header, rows = figures
    i = first(rows, period="2025-12-08")
    rows[i]["period"] = "2024-02-31"
    write_rows(d / "figures.csv", header, rows)
    p = only(validate(d), "'2024-02-31' is not a date of the calendar")
    assert p.startswith(f"figures.csv:{i + 2}: column 'period'") and "expected a real day as YYYY-MM-DD" in p


def test_a_zero_year_span_is_refused(figures):
    d, header, rows = figures
    i = first(rows, measure="avg_growth", period="2024", base_period="2020")
    rows[i]["base_period"] = "2024"
    write_rows(d / "figures.csv", header, rows)
    p = only(validate(d), "a zero span")
    assert p.startswith(f"figures.csv:{i + 2}: column 'base_period': '2024' equals the period")


def test_a_negative_level_of_an_indicator_that_cannot_be_negative_is_refused(figures):
    d, header, rows = figures
    i = first(rows, indicator="gdp", measure="level", qualifier="exact")
    rows[i]["value"] = "-" + rows[i]["value"]
    write_rows(d / "figures.csv", header, rows)
    p = only(validate(d), "is negative")
    assert p.startswith(f"figures.csv:{i + 2}: column 'value'") and "'gdp' cannot be negative" in p
    assert "signed=false" in p


def test_a_negative_level_of_a_signed_indicator_is_allowed(figures):
    d, header, rows = figures
    _, inds = read_rows(d / "indicators.csv")
    signed = {r["code"] for r in inds if r["signed"] == "true"}
    i = next(i for i, r in enumerate(rows) if r["indicator"] in signed and r["measure"] == "level")
    rows[i]["value"] = "-" + rows[i]["value"]
    rows[i]["excerpt"] = rows[i]["excerpt"]  # the excerpt still holds the digits
    write_rows(d / "figures.csv", header, rows)
    assert not [p for p in validate(d) if "is negative" in p]


@pytest.mark.parametrize("period, base", [("2024M01-M10", "2023"), ("2024", "2023M01-M10"),
                                          ("2024M01-M10", "2023M01-M11"), ("2024H1", "2023")])
def test_year_to_date_against_full_year_is_refused_in_any_pairing(figures, period, base):
    d, header, rows = figures
    i = first(rows, measure="change", period="2024", base_period="2020")
    rows[i]["period"], rows[i]["base_period"] = period, base
    write_rows(d / "figures.csv", header, rows)
    p = only(validate(d), "cannot be paired with")
    assert p.startswith(f"figures.csv:{i + 2}: column 'base_period'")
    assert "compares only with the same months of another year" in p


def test_a_stock_at_a_date_may_be_compared_with_a_year_end(real_ledger):
    # "412 firms as of 2025-12-08, 61.6 % more than at the end of 2020" is a valid pairing
    f = real_ledger.figure("s000-095")
    assert (f.period, f.base_period) == ("2025-12-08", "2020")


def test_the_real_data_is_valid():
    assert validate() == []
