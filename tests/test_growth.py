"""Growth, average growth (level and cumulative methods), two-year averages,
deflators, multiples, implied levels and trend growth, on literal data."""

from __future__ import annotations

import math

import numpy as np
import pytest

from analysis import ComputationError, Quantity
from analysis.growth import (cagr, cagr_cumulative, growth, implied_deflator, implied_end_level,
                             implied_level_from_change, implied_previous_level, multiple, ratio_to_cagr,
                             trend_growth, two_year_average)

P = Quantity.printed
E = Quantity.exact


# -- growth (同比) ------------------------------------------------------------

def test_growth_point_and_corners():
    q = growth(P("100", "亿元", figure_ids=["a"]), P("105.0", "亿元", figure_ids=["b"]))
    assert q.value == pytest.approx(5.0)
    assert q.low == pytest.approx((104.95 / 100.5 - 1) * 100)
    assert q.high == pytest.approx((105.05 / 99.5 - 1) * 100)
    assert q.unit == "%" and q.method == "growth"
    assert q.all_figure_ids() == ("a", "b")


def test_growth_of_a_decline_is_negative():
    assert growth(E(200, "亿元"), E(183, "亿元")).value == pytest.approx(-8.5)


def test_growth_same_period_a_year_apart_and_its_period():
    q = growth(P("90", "亿元", period="2023M01-M10"), P("99", "亿元", period="2024M01-M10"))
    assert q.value == pytest.approx(10.0) and q.period == "2024M01-M10"


def test_growth_refuses_a_year_to_date_figure_against_a_full_year():
    with pytest.raises(ComputationError, match=r"cannot pair 2023 \(full year\) with 2024M01-M10"):
        growth(P("100", "亿元", period="2023"), P("90", "亿元", period="2024M01-M10"))


def test_growth_of_a_non_positive_base_is_undefined():
    with pytest.raises(ComputationError, match="growth is undefined for a non-positive endpoint"):
        growth(P("0", "亿元"), P("5", "亿元"))
    with pytest.raises(ComputationError, match="non-positive"):
        growth(P("-3", "亿元"), P("5", "亿元"))


def test_growth_units_must_match():
    with pytest.raises(ComputationError, match="units do not match"):
        growth(P("100", "亿元"), P("105", "万人"))


# -- CAGR (水平法) -------------------------------------------------------------

def test_cagr_retail_sales_from_the_seeds():
    q = cagr(P("1032.9", "亿元", period="2020"), P("1265", "亿元", period="2024"))
    assert q.value == pytest.approx(((1265 / 1032.9) ** 0.25 - 1) * 100)
    assert round(q.value, 3) == 5.198
    assert q.low == pytest.approx(((1264.5 / 1032.95) ** 0.25 - 1) * 100)
    assert q.high == pytest.approx(((1265.5 / 1032.85) ** 0.25 - 1) * 100)
    assert q.method == "cagr_level n=4" and q.period == "2024"


def test_cagr_at_the_coarser_precision_matches_methods_md():
    q = cagr(P("1033", "亿元"), P("1265", "亿元"), 4)
    assert round(q.value, 3) == 5.196
    assert (round(q.low, 2), round(q.high, 2)) == (5.17, 5.22)


def test_cagr_years_given_or_from_periods():
    a, b = E(100, "亿元"), E(121, "亿元")
    assert cagr(a, b, 2).value == pytest.approx(10.0)
    assert cagr(a, b, 1).value == pytest.approx(21.0)
    with pytest.raises(ComputationError, match="give years"):
        cagr(a, b)
    with pytest.raises(ComputationError, match="3 years given, but 2020 to 2024 is 4"):
        cagr(E(1, "亿元", period="2020"), E(2, "亿元", period="2024"), 3)


def test_cagr_across_units():
    q = cagr(P("1032.9", "亿元", period="2020"), P("12650000", "万元", period="2024"))
    assert q.value == pytest.approx(((1265 / 1032.9) ** 0.25 - 1) * 100)


@pytest.mark.parametrize("start, end", [("0", "5"), ("-1", "5"), ("5", "0"), ("5", "-2"), ("0.0", "5")])
def test_cagr_non_positive_endpoint_is_undefined(start, end):
    with pytest.raises(ComputationError, match="CAGR is undefined for a non-positive endpoint"):
        cagr(P(start, "亿元"), P(end, "亿元"), 4)


def test_cagr_small_but_positive_interval_is_defined():
    # "0.4" printed with one decimal stands for [0.35, 0.45]: positive throughout
    assert cagr(P("0.4", "亿元"), P("5", "亿元"), 4).value > 0


def test_cagr_span_of_zero_or_negative_years():
    with pytest.raises(ComputationError, match=r"a span of zero years \(2024 to 2024\)"):
        cagr(P("1", "亿元", period="2024"), P("2", "亿元", period="2024"))
    with pytest.raises(ComputationError, match="a span of 0 years"):
        cagr(P("1", "亿元"), P("2", "亿元"), 0)
    with pytest.raises(ComputationError, match="a span of -2 years"):
        cagr(P("1", "亿元"), P("2", "亿元"), -2)
    with pytest.raises(ComputationError, match="is after"):
        cagr(P("1", "亿元", period="2024"), P("2", "亿元", period="2020"))


def test_cagr_refuses_year_to_date_against_full_year():
    with pytest.raises(ComputationError, match="periods of different kinds"):
        cagr(P("1000", "亿元", period="2020"), P("900", "亿元", period="2024M01-M10"))


def test_cagr_units_that_do_not_match():
    with pytest.raises(ComputationError, match="units do not match"):
        cagr(P("100", "亿元"), P("200", "万人"), 4)


# -- multiples ----------------------------------------------------------------

def test_ratio_to_cagr_of_one_point_six_times_over_four_years():
    q = ratio_to_cagr(P("1.6", "倍"), 4)
    assert q.value == pytest.approx((1.6 ** 0.25 - 1) * 100)
    assert (round(q.low, 1), round(q.high, 1)) == (11.6, 13.3)
    assert q.low == pytest.approx((1.55 ** 0.25 - 1) * 100)
    assert q.high == pytest.approx((1.65 ** 0.25 - 1) * 100)


def test_ratio_to_cagr_undefined_cases():
    with pytest.raises(ComputationError, match="a span of 0 years"):
        ratio_to_cagr(P("1.6", "倍"), 0)
    with pytest.raises(ComputationError, match="non-positive"):
        ratio_to_cagr(P("0", "倍"), 4)


def test_multiple():
    q = multiple(P("147", "亿元"), P("226.7", "亿元"))
    assert q.value == pytest.approx(226.7 / 147) and q.unit == "倍"
    assert q.low == pytest.approx(226.65 / 147.5) and q.high == pytest.approx(226.75 / 146.5)
    with pytest.raises(ComputationError, match="a multiple is undefined for a non-positive endpoint"):
        multiple(P("0", "亿元"), P("5", "亿元"))
    with pytest.raises(ComputationError, match="units do not match"):
        multiple(P("1", "亿元"), P("5", "万人"))


# -- cumulative method (累计法) -------------------------------------------------

def test_cagr_cumulative_on_a_geometric_series_equals_the_level_method():
    base = E(100, "亿元")
    xs = [E(100 * 1.1 ** i, "亿元") for i in range(1, 5)]
    assert cagr_cumulative(base, xs).value == pytest.approx(10.0, abs=1e-9)


def test_cagr_cumulative_solves_the_sum_equation():
    base = E(100, "亿元")
    levels = [E(v, "亿元", period=str(2020 + i)) for i, v in enumerate((110, 130, 140, 150), start=1)]
    q = cagr_cumulative(base, levels)
    # independent root of x + x^2 + x^3 + x^4 = 5.3 (x = 1 + g)
    roots = np.roots([1, 1, 1, 1, -(110 + 130 + 140 + 150) / 100])
    x = max(r.real for r in roots if abs(r.imag) < 1e-12)
    assert q.value == pytest.approx((x - 1) * 100, abs=1e-8)
    assert q.method == "cagr_cumulative n=4" and q.period == "2024"
    # differs from the level method on the same endpoints
    assert cagr(base, levels[-1], 4).value == pytest.approx((1.5 ** 0.25 - 1) * 100)
    assert abs(q.value - cagr(base, levels[-1], 4).value) > 0.5


def test_cagr_cumulative_interval_from_printed_levels():
    base = P("100", "亿元")
    levels = [P(v, "亿元") for v in ("110", "121", "133.1")]
    q = cagr_cumulative(base, levels)
    assert q.low < q.value < q.high
    assert q.value == pytest.approx(10.0, abs=1e-6)


def test_cagr_cumulative_undefined_cases():
    with pytest.raises(ComputationError, match="at least one level"):
        cagr_cumulative(E(100, "亿元"), [])
    with pytest.raises(ComputationError, match="non-positive"):
        cagr_cumulative(P("0", "亿元"), [E(1, "亿元")])
    with pytest.raises(ComputationError, match="units do not match"):
        cagr_cumulative(E(100, "亿元"), [E(1, "万人")])


# -- two-year average, deflator ----------------------------------------------

def test_two_year_average_is_the_geometric_mean():
    q = two_year_average(E(2.0, "%"), E(8.0, "%"))
    assert q.value == pytest.approx((math.sqrt(1.02 * 1.08) - 1) * 100)
    assert round(q.value, 3) == 4.957
    q = two_year_average(P("5.0", "%"), P("7.0", "%"))
    assert q.low == pytest.approx((math.sqrt(1.0495 * 1.0695) - 1) * 100)
    assert q.high == pytest.approx((math.sqrt(1.0505 * 1.0705) - 1) * 100)


def test_two_year_average_takes_percentages():
    with pytest.raises(ComputationError, match="rates in %, got 亿元"):
        two_year_average(E(2.0, "亿元"), E(8.0, "%"))


def test_implied_deflator():
    q = implied_deflator(E(8.927, "%"), P("6.4", "%"))
    assert q.value == pytest.approx((1.08927 / 1.064 - 1) * 100)
    assert q.low == pytest.approx((1.08927 / 1.0645 - 1) * 100)
    assert q.high == pytest.approx((1.08927 / 1.0635 - 1) * 100)
    assert implied_deflator(E(5, "%"), E(5, "%")).value == pytest.approx(0.0)


# -- implied levels ----------------------------------------------------------

def test_implied_previous_level():
    assert implied_previous_level(E(105, "亿元"), E(5, "%")).value == pytest.approx(100.0)
    q = implied_previous_level(P("105.0", "亿元"), P("5.0", "%"))
    assert q.unit == "亿元" and q.low == pytest.approx(104.95 / 1.0505) and q.high == pytest.approx(105.05 / 1.0495)
    with pytest.raises(ComputationError, match="-100 %"):
        implied_previous_level(E(105, "亿元"), E(-100, "%"))


def test_implied_level_from_change():
    q = implied_level_from_change(P("173.3", "亿元"), P("46.6", "亿元"))
    assert q.value == 126.7 and (q.low, q.high) == pytest.approx((126.6, 126.8))
    assert q.method == "level_minus_change"
    q = implied_level_from_change(P("126.7", "亿元"), P("46.6", "亿元"), level_is_end=False)
    assert q.value == 173.3 and q.method == "level_plus_change"
    # a change printed in 万元 is converted
    assert implied_level_from_change(P("173.3", "亿元"), P("466000", "万元")).value == pytest.approx(126.7)
    with pytest.raises(ComputationError, match="units do not match"):
        implied_level_from_change(P("173.3", "亿元"), P("46.6", "万人"))


def test_implied_end_level():
    assert implied_end_level(E(100, "亿元"), E(10, "%"), 2).value == pytest.approx(121.0)
    q = implied_end_level(P("1032.9", "亿元"), P("5.2", "%"), 4)
    assert q.low == pytest.approx(1032.85 * 1.0515 ** 4) and q.high == pytest.approx(1032.95 * 1.0525 ** 4)
    assert q.contains(1265)
    with pytest.raises(ComputationError, match="a span of 0 years"):
        implied_end_level(E(100, "亿元"), E(10, "%"), 0)


# -- trend growth (least squares, statsmodels) ----------------------------------

def test_trend_growth_exact_on_a_geometric_series():
    q = trend_growth({2015 + i: 100 * 1.05 ** i for i in range(8)})
    assert q.value == pytest.approx(5.0, abs=1e-9)
    assert q.low == pytest.approx(5.0, abs=1e-6) and q.high == pytest.approx(5.0, abs=1e-6)
    assert q.method == "trend_ols n=8" and q.unit == "%"


def test_trend_growth_confidence_interval_contains_the_true_rate_for_noisy_data():
    rng = np.random.default_rng(20240501)
    years = range(2011, 2021)
    levels = {y: 100 * 1.07 ** (y - 2011) * math.exp(rng.normal(0, 0.03)) for y in years}
    q = trend_growth(levels)
    assert q.low < 7.0 < q.high
    assert q.low < q.value < q.high
    assert abs(q.value - 7.0) < 2.0
    assert 0.1 < q.high - q.low < 5  # a real interval, not a degenerate or useless one


def test_trend_growth_interval_covers_the_true_rate_about_95_percent_of_the_time():
    rng = np.random.default_rng(7)
    covered = 0
    runs = 200
    for _ in range(runs):
        levels = {2000 + t: 50 * 1.04 ** t * math.exp(rng.normal(0, 0.05)) for t in range(6)}
        q = trend_growth(levels)
        covered += q.low <= 4.0 <= q.high
    assert 0.88 <= covered / runs <= 0.995


def test_trend_growth_interval_widens_with_the_confidence_level():
    rng = np.random.default_rng(3)
    levels = {2000 + t: 50 * 1.04 ** t * math.exp(rng.normal(0, 0.05)) for t in range(7)}
    q95, q80 = trend_growth(levels), trend_growth(levels, alpha=0.2)
    assert q95.value == pytest.approx(q80.value)
    assert q95.low < q80.low and q80.high < q95.high


def test_trend_growth_accepts_quantities_and_keeps_provenance():
    levels = {2019 + i: P(f"{100 * 1.05 ** i:.1f}", "亿元", figure_ids=[f"f{i}"]) for i in range(5)}
    q = trend_growth(levels)
    assert q.value == pytest.approx(5.0, abs=0.05)
    assert q.all_figure_ids() == tuple(f"f{i}" for i in range(5))
    assert q.extra["level_unit"] == "亿元"


@pytest.mark.parametrize("n", [0, 1, 2, 3, 4])
def test_trend_growth_needs_five_points(n):
    with pytest.raises(ComputationError, match=f"at least 5 annual points, got {n}: use the endpoint CAGR"):
        trend_growth({2020 + i: 100.0 + i for i in range(n)})


def test_trend_growth_needs_consecutive_positive_levels():
    with pytest.raises(ComputationError, match="consecutive years"):
        trend_growth({2016: 1.0, 2017: 2.0, 2019: 3.0, 2020: 4.0, 2021: 5.0})
    with pytest.raises(ComputationError, match="non-positive levels"):
        trend_growth({2016 + i: v for i, v in enumerate([1.0, 2.0, 0.0, 4.0, 5.0])})
