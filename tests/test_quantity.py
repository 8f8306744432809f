"""Numbers as printed (Quantity), units and verdicts, on literal data."""

from __future__ import annotations

import math

import pytest

from analysis import VERDICTS, ComputationError, Quantity, UnknownNameError, judge
from analysis.growth import growth, multiple
from analysis.quantity import combine, decimals_of, half_width_of
from analysis.units import dimension, factor
from analysis.verdicts import judge_lower_bound, judge_upper_bound


# -- Quantity -----------------------------------------------------------------

@pytest.mark.parametrize("text, decimals, h", [
    ("1032.9", 1, 0.05), ("1033", 0, 0.5), ("4107.08", 2, 0.005), ("-8.5", 1, 0.05), ("0", 0, 0.5),
    ("7.450", 3, 0.0005),  # trailing zeros are precision, kept as printed
])
def test_decimals_and_half_width_as_printed(text, decimals, h):
    assert decimals_of(text) == decimals
    assert half_width_of(text) == pytest.approx(h)


@pytest.mark.parametrize("text", ["", "abc", "1,032.9", "5.2%", "nan", "inf"])
def test_decimals_of_rejects_what_is_not_a_printed_number(text):
    with pytest.raises(ComputationError, match="not a"):
        decimals_of(text)
    with pytest.raises(ComputationError, match="not a"):
        Quantity.printed(text, "亿元")


def test_printed_interval_is_the_closed_rounding_box():
    q = Quantity.printed("1032.9", "亿元", label="retail 2020", figure_ids=["s000-034"], period="2020")
    assert (q.value, q.low, q.high) == (1032.9, 1032.85, 1032.95)  # exact decimal ends
    assert q.half_width == pytest.approx(0.05)
    assert q.decimals == 1 and q.text == "1032.9" and q.unit == "亿元"
    assert q.figure_ids == ("s000-034",) and q.period == "2020"
    assert not q.derived
    assert q.contains(1032.85) and q.contains(1032.95) and q.contains(1032.9)
    assert not q.contains(1032.84) and not q.contains(1032.96)
    assert str(q) == "1032.9 亿元"


def test_printed_negative_and_integer_values():
    q = Quantity.printed("-8.5", "%")
    assert (q.low, q.high) == (-8.55, -8.45)
    q = Quantity.printed("1033", "亿元")
    assert (q.low, q.high, q.half_width) == (1032.5, 1033.5, 0.5)


def test_printed_half_width_override_and_negative_half_width():
    q = Quantity.printed("5.2", "%", half_width=0.5)
    assert (q.low, q.high) == pytest.approx((4.7, 5.7))
    with pytest.raises(ComputationError, match="negative half-width"):
        Quantity.printed("5.2", "%", half_width=-0.1)


def test_exact_and_widened():
    q = Quantity.exact(4, "年")
    assert q.half_width == 0 and q.low == q.high == 4.0 and q.decimals is None
    w = Quantity.printed("5.2", "%").widened(0.5)
    assert (w.value, w.low, w.high) == pytest.approx((5.2, 4.7, 5.7))
    # widening never narrows
    n = Quantity.printed("5.2", "%").widened(0.01)
    assert (n.low, n.high) == pytest.approx((5.15, 5.25))


def test_quantity_rejects_nan_and_a_point_outside_its_interval():
    with pytest.raises(ComputationError, match="not a number"):
        Quantity(float("nan"), 0, 1, "%")
    with pytest.raises(ComputationError, match="outside its interval"):
        Quantity(2.0, 0.0, 1.0, "%", label="x")


def test_combine_evaluates_the_corners_and_keeps_provenance():
    a = Quantity.printed("1033", "亿元", figure_ids=["a"])
    b = Quantity.printed("1265", "亿元", figure_ids=["b"])
    q = combine(lambda x, y: y - x, a, b, unit="亿元", method="diff", period="2024")
    assert q.value == 232 and (q.low, q.high) == (231, 233)
    assert q.derived and q.method == "diff" and q.inputs == (a, b) and q.text is None
    assert q.all_figure_ids() == ("a", "b")
    assert q.period == "2024"
    assert str(q) == "232 亿元"


def test_combine_raises_on_undefined_results():
    a = Quantity.printed("-4", "%")
    with pytest.raises(ComputationError, match="undefined"):
        combine(lambda x: math.sqrt(x) if x >= 0 else float("nan"), a, unit="%", method="sqrt")
    with pytest.raises(ComputationError, match="undefined"):
        combine(lambda x: x ** 0.5, a, unit="%", method="root")  # complex result


# -- units --------------------------------------------------------------------

def test_unit_factors_and_dimensions():
    assert factor("亿元", "万元") == 10000.0
    assert factor("万元", "亿元") == pytest.approx(1e-4)
    assert factor("万亿元", "亿元") == 10000.0
    assert factor("亿元", "亿元") == 1.0
    assert dimension("万人") == "persons"
    assert dimension("亿元") == dimension("元") == "currency_cny"


def test_units_that_do_not_match_raise_computation_error():
    with pytest.raises(ComputationError, match=r"units do not match: 亿元 \(currency_cny\) and 万人 \(persons\)"):
        factor("亿元", "万人")
    with pytest.raises(ComputationError, match="units do not match"):
        growth(Quantity.printed("100", "亿元"), Quantity.printed("105", "万人"))


def test_unknown_unit_lists_the_known_units():
    with pytest.raises(UnknownNameError, match="unknown unit 'furlongs'; known units: 元, 万元, 亿元"):
        factor("furlongs", "亿元")
    with pytest.raises(UnknownNameError, match="known units"):
        dimension("furlongs")


def test_unit_conversion_wan_yuan_vs_yi_yuan():
    # 1 亿元 = 10000 万元: a growth across units equals the growth in one unit
    g = growth(Quantity.printed("100.0", "亿元"), Quantity.printed("1050000", "万元"))
    assert g.value == pytest.approx(5.0)
    m = multiple(Quantity.printed("147", "亿元"), Quantity.printed("2267000", "万元"))
    assert m.value == pytest.approx(226.7 / 147)
    # the converted input keeps its own (tiny) rounding interval: 0.5 万元 = 0.00005 亿元
    conv = g.inputs[1]
    assert conv.unit == "亿元" and conv.value == pytest.approx(105.0)
    assert conv.half_width == pytest.approx(0.00005)


# -- verdicts -----------------------------------------------------------------

def test_verdict_vocabulary():
    assert VERDICTS == ("consistent", "within_rounding", "inconsistent", "not_comparable", "insufficient_data")


def test_judge_consistent_when_the_point_rounds_to_the_stated_figure():
    j = judge(Quantity.printed("5.2", "%"), Quantity(5.196, 5.17, 5.22, "%"))
    assert j.verdict == "consistent" and j.gap == 0
    # the closed interval: a point exactly half a unit away still rounds to it
    assert judge(Quantity.printed("5.2", "%"), Quantity.exact(5.25, "%")).verdict == "consistent"


def test_judge_within_rounding_when_only_the_input_intervals_reconcile():
    j = judge(Quantity.printed("11.6", "%"), Quantity(11.475, 11.37, 11.58, "%"))
    assert j.verdict == "within_rounding" and j.gap == 0


def test_judge_inconsistent_reports_the_gap_on_either_side():
    above = judge(Quantity.printed("17.2", "%"), Quantity(12.5, 11.6, 13.3, "%"))
    assert above.verdict == "inconsistent" and above.gap == pytest.approx(17.15 - 13.3)
    below = judge(Quantity.printed("3.0", "%"), Quantity(5.0, 4.5, 5.5, "%"))
    assert below.verdict == "inconsistent" and below.gap == pytest.approx(4.5 - 3.05)


def test_judge_lower_bound():
    assert judge_lower_bound(Quantity.printed("4000", "亿元"), Quantity.printed("4107.1", "亿元")).verdict \
        == "consistent"
    j = judge_lower_bound(Quantity.printed("4107.12", "亿元"), Quantity.printed("4107.1", "亿元"))
    assert j.verdict == "within_rounding"
    j = judge_lower_bound(Quantity.printed("5000", "亿元"), Quantity.printed("4107.1", "亿元"))
    assert j.verdict == "inconsistent" and j.gap == pytest.approx(5000 - 4107.15)


def test_judge_upper_bound():
    assert judge_upper_bound(Quantity.printed("1000", "亿元"), Quantity.printed("962", "亿元")).verdict \
        == "consistent"
    assert judge_upper_bound(Quantity.printed("999.8", "亿元"), Quantity.printed("1000", "亿元")).verdict \
        == "within_rounding"
    j = judge_upper_bound(Quantity.printed("1000", "亿元"), Quantity.printed("1100", "亿元"))
    assert j.verdict == "inconsistent" and j.gap == pytest.approx(99.5)
