"""Shares, percentage points, changes, contributions, pulls, per-capita values,
implied totals and sums, on literal data."""

from __future__ import annotations

import pytest

from analysis import ComputationError, Quantity, UnknownNameError
from analysis.structure import (change, contribution, implied_total_from_share, per_capita, pp_change, pull, share,
                                total)

P = Quantity.printed
E = Quantity.exact


def test_share_of_industry_in_gdp():
    q = share(P("1023.3", "亿元", figure_ids=["p"]), P("4107.1", "亿元", figure_ids=["w"], period="2024"))
    assert q.value == pytest.approx(1023.3 / 4107.1 * 100)
    assert round(q.value, 1) == 24.9
    assert q.low == pytest.approx(1023.25 / 4107.15 * 100) and q.high == pytest.approx(1023.35 / 4107.05 * 100)
    assert q.unit == "%" and q.period == "2024" and q.all_figure_ids() == ("p", "w")


def test_share_converts_the_part_to_the_whole_s_unit():
    assert share(P("5000000", "万元"), P("1000", "亿元")).value == pytest.approx(50.0)


def test_share_undefined_cases():
    with pytest.raises(ComputationError, match="the whole 0 亿元 can be zero or negative"):
        share(E(1, "亿元"), E(0, "亿元"))
    with pytest.raises(ComputationError, match="can be zero"):
        share(E(1, "亿元"), P("0", "亿元"))
    with pytest.raises(ComputationError, match="units do not match"):
        share(E(1, "万人"), E(10, "亿元"))


def test_pp_change_is_a_difference_never_a_ratio():
    q = pp_change(P("21.9", "%"), P("24.9", "%", period="2024"))
    assert q.value == pytest.approx(3.0) and q.unit == "个百分点" and q.period == "2024"
    assert (q.low, q.high) == pytest.approx((2.9, 3.1))
    # growth from -8.5 % to 19 % is 27.5 points
    assert pp_change(P("-8.5", "%"), P("19", "%")).value == pytest.approx(27.5)


def test_pp_change_takes_percentages():
    with pytest.raises(ComputationError, match="percentage-point change takes percentages, got 亿元"):
        pp_change(P("21.9", "亿元"), P("24.9", "%"))


def test_change_in_level():
    q = change(P("632.1", "亿元"), P("1023.3", "亿元", period="2024"))
    assert q.value == 391.2 and (q.low, q.high) == pytest.approx((391.1, 391.3))
    assert q.unit == "亿元" and q.period == "2024"
    assert change(P("100", "亿元"), P("1050000", "万元")).value == pytest.approx(5.0)
    assert change(E(10, "亿元"), E(7, "亿元")).value == pytest.approx(-3.0)
    with pytest.raises(ComputationError, match="units do not match"):
        change(P("100", "亿元"), P("5", "万人"))


def test_contribution_rate():
    q = contribution(E(30, "亿元"), E(40, "亿元"))
    assert q.value == 75.0 and q.unit == "%"
    # parts sum to 100
    parts = [E(30, "亿元"), E(6, "亿元"), E(4, "亿元")]
    assert sum(contribution(p, E(40, "亿元")).value for p in parts) == pytest.approx(100.0)


def test_contribution_undefined_when_the_total_change_can_be_zero():
    with pytest.raises(ComputationError, match="total's change can be zero"):
        contribution(E(3, "亿元"), P("0", "亿元"))
    with pytest.raises(ComputationError, match="can be zero"):
        contribution(E(3, "亿元"), Quantity(1, -1, 3, "亿元"))


def test_pull_equals_contribution_times_growth():
    prev, part_change, total_change = E(200, "亿元"), E(30, "亿元"), E(40, "亿元")
    g = total_change.value / prev.value * 100
    q = pull(part_change, prev)
    assert q.value == pytest.approx(15.0) and q.unit == "个百分点"
    assert q.value == pytest.approx(contribution(part_change, total_change).value * g / 100)
    assert pull(E(9, "亿元"), E(100, "亿元")).value == 9.0


def test_pull_undefined_for_a_non_positive_previous_total():
    with pytest.raises(ComputationError, match="non-positive previous total"):
        pull(E(9, "亿元"), E(0, "亿元"))


def test_per_capita_gdp():
    q = per_capita(P("4107.1", "亿元", period="2024"), P("363.9", "万人"), "万元")
    assert q.value == pytest.approx(4107.1e8 / 363.9e4 / 1e4)
    assert round(q.value, 2) == 11.29
    assert q.low == pytest.approx(4107.05e8 / 363.95e4 / 1e4) and q.high == pytest.approx(4107.15e8 / 363.85e4 / 1e4)
    assert q.unit == "万元" and q.period == "2024"
    assert per_capita(E(1, "亿元"), E(1, "万人"), "元").value == pytest.approx(10000.0)


def test_per_capita_undefined_cases():
    with pytest.raises(ComputationError, match="total in yuan units, got 万人"):
        per_capita(P("10", "万人"), P("5", "万人"), "万元")
    with pytest.raises(ComputationError, match="non-positive population"):
        per_capita(P("10", "亿元"), E(0, "万人"), "万元")
    with pytest.raises(ComputationError, match="units do not match"):
        per_capita(P("10", "亿元"), P("5", "亿元"), "万元")
    with pytest.raises(UnknownNameError, match="unknown unit"):
        per_capita(P("10", "亿元"), P("5", "万人"), "doubloons")


def test_implied_total_from_share():
    assert implied_total_from_share(E(25, "亿元"), E(25, "%")).value == 100.0
    q = implied_total_from_share(P("1023.3", "亿元"), P("24.9", "%"))
    assert q.value == pytest.approx(1023.3 / 0.249)
    assert q.low == pytest.approx(1023.25 / 0.2495) and q.high == pytest.approx(1023.35 / 0.2485)
    assert q.unit == "亿元" and q.derived
    with pytest.raises(ComputationError, match="a share of zero or less implies no total"):
        implied_total_from_share(E(25, "亿元"), P("0", "%"))


def test_total_of_the_three_sectors():
    q = total([P("173.3", "亿元"), P("1284.3", "亿元"), P("2649.5", "亿元")])
    assert q.value == 4107.1 and (q.low, q.high) == pytest.approx((4106.95, 4107.25))
    assert q.method == "sum" and q.unit == "亿元"


def test_total_aligns_units_and_refuses_mismatches():
    assert total([E(1, "亿元"), E(5000, "万元")]).value == pytest.approx(1.5)
    with pytest.raises(ComputationError, match="at least one part"):
        total([])
    with pytest.raises(ComputationError, match="units do not match"):
        total([E(1, "亿元"), E(1, "万人")])
