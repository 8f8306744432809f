"""Checks of stated figures: on the real ledger (the seeds' known cases) and on
small fixture ledgers built in tmp dirs from made-up documents."""

from __future__ import annotations

import csv
import io
import json

import pytest

from analysis import VERDICTS, Quantity, UnknownNameError, find_check, run_checks, summarize, write_checks_csv
from analysis.checks import CSV_COLUMNS, checks_to_json
from analysis.growth import cagr, cagr_cumulative, implied_deflator

from helpers import catalogue_cities, fig, level, reading, the


# == the real ledger ============================================================

@pytest.fixture(scope="module")
def checks(real_ledger):
    return run_checks(real_ledger)


def test_retail_sales_average_growth_is_consistent(checks):
    c = the(checks, city="hohhot", indicator="retail_sales", kind="avg_growth", period_start="2020",
            period_end="2024")
    assert c.verdict == "consistent"
    assert c.stated == 5.2
    assert c.computed == pytest.approx(((1265 / 1032.9) ** 0.25 - 1) * 100)
    assert round(c.computed, 3) == 5.198
    assert c.computed_low < c.computed < c.computed_high
    # computed from the more precise 1032.9, not the 1033 printed beside it
    assert "1032.9 used (more precise than 1033)" in c.explanation_en
    assert "1032.9" in c.explanation_zh
    assert any("1032.9" in s["excerpt"] for s in c.sources)


def test_fixed_asset_investment_multiple_and_average_growth_are_not_comparable(checks):
    """Every level-method reading fails, but investment growth is on a comparable scope (methods.md §8)."""
    c = the(checks, city="hohhot", indicator="fai", kind="avg_growth_vs_multiple")
    assert c.verdict == "not_comparable"
    assert c.stated == 17.2
    assert reading(c, "ratio k")["verdict"] == reading(c, "k + 1")["verdict"] == "not_comparable"
    assert reading(c, "ratio k")["level_verdict"] == reading(c, "k + 1")["level_verdict"] == "inconsistent"
    assert reading(c, "comparable-scope")["verdict"] == "not_comparable"
    assert reading(c, "cumulative method")["verdict"] == "insufficient_data"
    k = reading(c, "ratio k")
    k1 = reading(c, "k + 1")
    assert k["computed"] == pytest.approx((1.6 ** 0.25 - 1) * 100)
    assert k1["computed"] == pytest.approx((2.6 ** 0.25 - 1) * 100)
    assert k1["high"] < 17.15 or k1["low"] > 17.25
    assert "1.6倍" in c.explanation_en and "1.6倍" in c.explanation_zh
    assert "off by at least" not in c.explanation_en
    assert "11.6–13.3 % a year" in c.explanation_en and "26.4–27.6 % a year" in c.explanation_en
    assert any(s["excerpt"].endswith("1.6倍") for s in c.sources)


def test_hohhot_gdp_average_growth_is_not_comparable_with_an_implied_deflator(checks):
    c = the(checks, city="hohhot", indicator="gdp", kind="avg_growth", period_start="2021", period_end="2024")
    assert c.verdict == "not_comparable"
    assert c.stated == 6.4
    assert c.computed == pytest.approx(((4107.08 / 3177.8) ** (1 / 3) - 1) * 100)
    assert round(c.computed, 2) == 8.93
    defl = implied_deflator(Quantity.exact(c.computed, "%"), Quantity.printed("6.4", "%"))
    assert "deflator" in c.explanation_en and f"{defl.value:.2f}" in c.explanation_en
    assert "平减指数" in c.explanation_zh and f"{defl.value:.2f}" in c.explanation_zh
    assert "comparable prices" in c.explanation_en and "current prices" in c.explanation_en


def test_trade_average_growth_is_inconsistent_with_the_precise_level(checks):
    c = the(checks, city="hohhot", indicator="trade_total", kind="avg_growth", period_start="2020",
            period_end="2024")
    assert c.verdict == "inconsistent"
    assert c.stated == 11.6
    assert c.computed == pytest.approx(((226.7 / 147) ** 0.25 - 1) * 100)
    assert c.computed_high < 11.55
    assert "226.7" in c.explanation_en and "227" in c.explanation_en.replace("226.7", "")
    assert "227" in c.explanation_zh.replace("226.7", "")
    beside = reading(c, "printed beside it")
    assert beside["verdict"] == "within_rounding" and beside.get("informative_only")


def test_quantities_printed_twice_are_checked_against_the_more_precise_printing(checks):
    for indicator, period, coarse, precise in [("retail_sales", "2020", "1033", 1032.9),
                                               ("trade_total", "2024", "227", 226.7),
                                               ("gdp", "2024", "4107.1", 4107.08)]:
        c = the(checks, city="hohhot", indicator=indicator, kind="same_quantity", period_end=period)
        assert c.stated_text == coarse and c.computed == precise
        assert c.verdict == "consistent"
        assert f"more precise {precise:g}" in c.explanation_en


def test_check_ids_are_unique_and_stable(real_ledger, checks):
    ids = [c.check_id for c in checks]
    assert len(ids) == len(set(ids))
    assert [c.check_id for c in run_checks(real_ledger)] == ids
    for c in checks:
        assert c.check_id.startswith(f"{c.city}.{c.indicator}.{c.kind}.")
        assert c.figure_id in c.check_id


def test_every_check_is_complete(real_ledger, checks):
    assert len(checks) > 100
    for c in checks:
        assert c.verdict in VERDICTS, c.check_id
        assert c.explanation_en.strip() and c.explanation_zh.strip(), c.check_id
        assert c.sources, c.check_id
        assert c.sources[0]["figure_id"] == c.figure_id
        for s in c.sources:
            f = real_ledger.figure(s["figure_id"])
            assert (s["excerpt"], s["line"], s["source_id"]) == (f.excerpt, f.line, f.source_id)
            assert s["file_name"] == real_ledger.sources[f.source_id].location  # the file, or a cited page's url
        if c.computed is not None:
            assert c.computed_low <= c.computed <= c.computed_high, c.check_id
        if c.verdict == "insufficient_data" and c.computed is None:
            assert c.explanation_en.strip()


def test_the_explanation_states_the_stated_figure_of_the_row(checks):
    from analysis.units import with_unit

    """The row's stated side (for part_of_whole: the whole) is the one the sentence states."""
    for c in checks:
        assert c.stated is not None and float(c.stated_text) == c.stated, c.check_id
        assert with_unit(c.stated_text, c.unit, "en") in c.explanation_en, c.check_id
        assert f"{c.stated_text}{c.unit}" in c.explanation_zh, c.check_id


def test_verdicts_occur_and_summarize_counts_them(checks):
    counts = summarize(checks)
    assert list(counts) == list(VERDICTS) and sum(counts.values()) == len(checks)
    assert counts["consistent"] > 0 and counts["inconsistent"] >= 2 and counts["not_comparable"] >= 1


def test_city_filter_and_unknown_city(real_ledger, checks):
    hohhot = run_checks(real_ledger, city="hohhot")
    assert hohhot and {c.city for c in hohhot} == {"hohhot"}
    assert [c.check_id for c in hohhot] == [c.check_id for c in checks if c.city == "hohhot"]
    with pytest.raises(UnknownNameError, match="unknown city 'atlantis'; known cities: hohhot"):
        run_checks(real_ledger, city="atlantis")


def test_find_check_suggests_close_ids(checks):
    c = checks[0]
    assert find_check(checks, c.check_id) is c
    with pytest.raises(UnknownNameError, match="unknown check id .*did you mean: " + c.check_id.replace(".", r"\.")):
        find_check(checks, c.check_id + "x")


def test_csv_and_json_exports(checks):
    buf = io.StringIO()
    write_checks_csv(checks, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(rows[0]) == CSV_COLUMNS and len(rows) == len(checks)
    data = json.loads(checks_to_json(checks))
    assert [d["check_id"] for d in data] == [c.check_id for c in checks]


# == fixture ledgers (made-up documents in tmp dirs) =====================================

def test_fixture_excerpts_occur_in_the_made_up_documents(make_ledger):
    ledger = make_ledger([level("retail_sales", "2023", "100.0"), level("retail_sales", "2024", "105.0")])
    for f in ledger.figures:
        lines = ledger.source_path(f.source_id).read_text(encoding="utf-8").splitlines()
        assert f.excerpt in lines[f.line - 1]


@pytest.mark.parametrize("stated, verdict", [("5.0", "consistent"), ("5.1", "within_rounding"),
                                             ("7.0", "inconsistent")])
def test_growth_on_the_same_period_a_year_earlier(make_ledger, stated, verdict):
    ledger = make_ledger([
        level("retail_sales", "2023", "100.0"),
        level("retail_sales", "2024", "105.0"),
        fig("hohhot", "retail_sales", "growth", "2024", stated, "%"),
    ])
    c = the(run_checks(ledger), kind="growth")
    assert c.verdict == verdict
    assert c.computed == pytest.approx(5.0)
    assert (c.period_start, c.period_end) == ("2023", "2024")
    assert [s["figure_id"] for s in c.sources] == ["t001-003", "t001-001", "t001-002"]
    if verdict == "inconsistent":
        assert c.computed_high < 6.95
        assert f"off by at least {6.95 - c.computed_high:.3f}" in c.explanation_en


def test_growth_of_a_year_to_date_figure_is_never_computed_against_a_full_year(make_ledger):
    ledger = make_ledger([
        level("retail_sales", "2023", "1000"),
        level("retail_sales", "2024M01-M10", "900"),
        fig("hohhot", "retail_sales", "growth", "2024M01-M10", "5.0", "%"),
    ])
    c = the(run_checks(ledger), kind="growth")
    assert c.verdict == "insufficient_data" and c.computed is None
    assert "Jan–Oct 2023" in c.explanation_en


def test_real_growth_against_nominal_levels_is_not_comparable(make_ledger):
    ledger = make_ledger([
        level("gdp", "2023", "3801.6"),
        level("gdp", "2024", "4107.1"),
        fig("hohhot", "gdp", "growth", "2024", "5.9", "%", price_basis="comparable"),
    ])
    c = the(run_checks(ledger), kind="growth")
    assert c.verdict == "not_comparable"
    assert c.computed == pytest.approx((4107.1 / 3801.6 - 1) * 100)
    assert "deflator" in c.explanation_en


def fai_levels(values, years=range(2020, 2025)):
    return [level("fai", str(y), v) for y, v in zip(years, values) if v is not None]


def test_cumulative_method_reading_for_fixed_asset_investment(make_ledger):
    values = ["100.0", "110.0", "130.0", "140.0", "150.0"]
    cum = cagr_cumulative(Quantity.exact(100, "亿元"), [Quantity.exact(float(v), "亿元") for v in values[1:]])
    stated = f"{cum.value:.1f}"
    ledger = make_ledger([*fai_levels(values),
                          fig("hohhot", "fai", "avg_growth", "2024", stated, "%", base_period="2020")])
    c = the(run_checks(ledger), kind="avg_growth")
    assert c.verdict == "consistent"
    assert reading(c, "cumulative method")["verdict"] == "consistent"
    # from levels of different years, investment growth is not comparable (comparable scope)
    assert reading(c, "level method")["verdict"] == "not_comparable"
    assert reading(c, "level method")["level_verdict"] == "inconsistent"
    assert reading(c, "level method")["computed"] == pytest.approx((1.5 ** 0.25 - 1) * 100)
    assert c.computed == pytest.approx(cum.value, abs=1e-9)
    assert "cumulative method" in c.explanation_en and "累计法" in c.explanation_zh
    assert len(c.sources) == 6  # the stated rate and all five levels


def test_cumulative_reading_needs_every_annual_level(make_ledger):
    values = ["100.0", "110.0", None, "140.0", "150.0"]
    ledger = make_ledger([*fai_levels(values),
                          fig("hohhot", "fai", "avg_growth", "2024", "11.6", "%", base_period="2020")])
    c = the(run_checks(ledger), kind="avg_growth")
    assert reading(c, "cumulative method")["verdict"] == "insufficient_data"
    assert reading(c, "level method")["level_verdict"] == "inconsistent"
    # the level method fails, but the cumulative and comparable-scope readings cannot be tested
    assert c.verdict == "not_comparable"
    assert c.computed == pytest.approx((1.5 ** 0.25 - 1) * 100)


def test_level_method_for_an_indicator_averaged_by_levels(make_ledger):
    ledger = make_ledger([level("retail_sales", "2020", "100.0"), level("retail_sales", "2022", "130.0"),
                          level("retail_sales", "2024", "150.0"),
                          fig("hohhot", "retail_sales", "avg_growth", "2024", "10.7", "%", base_period="2020")])
    c = the(run_checks(ledger), kind="avg_growth")
    assert c.verdict == "consistent" and [r["reading"] for r in c.readings] == ["level method, base 2020 (4 annual steps)"]
    assert [r["reading_zh"] for r in c.readings] == ["水平法，基期按2020年（4个年度增长）"]


@pytest.mark.parametrize("measure, value, verdict, reconciled_by", [
    ("multiple_increase", "1.5", "consistent", "k + 1"),   # 增长1.5倍: ratio 2.5 (the convention)
    ("multiple_increase", "2.5", "consistent", "ratio k"),  # the writer meant 是…的2.5倍
    ("multiple", "2.5", "consistent", "ratio k"),
    ("multiple", "1.5", "consistent", "k + 1"),
    ("multiple", "3.5", "inconsistent", None),
])
def test_the_two_readings_of_bei(make_ledger, measure, value, verdict, reconciled_by):
    ledger = make_ledger([level("retail_sales", "2023", "100.0"), level("retail_sales", "2024", "250.0"),
                          fig("hohhot", "retail_sales", measure, "2024", value, "倍", base_period="2023")])
    c = the(run_checks(ledger), kind="multiple")
    assert c.verdict == verdict
    assert len(c.readings) == 2
    conventional = [r for r in c.readings if r["conventional"]]
    assert len(conventional) == 1
    assert ("k + 1" in conventional[0]["reading"]) == (measure == "multiple_increase")
    assert reading(c, "ratio k")["computed"] == pytest.approx(2.5)
    assert reading(c, "k + 1")["computed"] == pytest.approx(1.5)
    if reconciled_by:
        assert "Reconciled by" in c.explanation_en and reconciled_by in c.explanation_en
        assert reading(c, reconciled_by)["verdict"] == "consistent"
    else:
        assert "Neither reading" in c.explanation_en


def test_average_growth_against_a_multiple_increase(make_ledger):
    ledger = make_ledger([
        fig("hohhot", "retail_sales", "multiple_increase", "2024", "1.0", "倍", base_period="2020"),  # 增长1倍
        fig("hohhot", "retail_sales", "avg_growth", "2024", "18.9", "%", base_period="2020"),
    ])
    checks = run_checks(ledger)
    c = the(checks, kind="avg_growth_vs_multiple")
    assert c.verdict == "consistent"
    assert c.computed == pytest.approx((2 ** 0.25 - 1) * 100)
    assert reading(c, "k + 1")["conventional"] and reading(c, "k + 1")["verdict"] == "consistent"
    assert reading(c, "ratio k")["verdict"] == "inconsistent"
    assert not [x for x in checks if x.kind == "multiple"]  # checked once, against the average


@pytest.mark.parametrize("qualifier, threshold, verdict", [
    ("over", "4000", "consistent"), ("over", "4107.12", "within_rounding"), ("over", "5000", "inconsistent"),
    ("under", "5000", "consistent"), ("under", "4000", "inconsistent"),
])
def test_bounds_against_the_documented_level(make_ledger, qualifier, threshold, verdict):
    ledger = make_ledger([level("gdp", "2024", "4107.1"),
                          level("gdp", "2024", threshold, qualifier=qualifier)])
    c = the(run_checks(ledger), kind="lower_bound" if qualifier == "over" else "upper_bound")
    assert c.verdict == verdict
    assert c.stated == float(threshold) and c.computed == 4107.1


def test_a_bound_with_nothing_to_hold_it_against_is_not_a_check(make_ledger):
    ledger = make_ledger([level("gdp", "2024", "4000", qualifier="over")])
    assert run_checks(ledger) == []


def test_insufficient_data_names_the_missing_level(make_ledger):
    ledger = make_ledger([level("retail_sales", "2024", "1265"),
                          fig("hohhot", "retail_sales", "avg_growth", "2024", "5.2", "%", base_period="2020")])
    c = the(run_checks(ledger), kind="avg_growth")
    assert c.verdict == "insufficient_data" and c.computed is None
    assert "The documents do not give Total retail sales of consumer goods for 2020." in c.explanation_en
    assert "文件未给出2020年社会消费品零售总额" in c.explanation_zh


def test_a_level_derived_from_a_documented_change_is_labelled(make_ledger):
    ledger = make_ledger([level("retail_sales", "2024", "1265"),
                          fig("hohhot", "retail_sales", "change", "2024", "232.1", "亿元", base_period="2020"),
                          fig("hohhot", "retail_sales", "avg_growth", "2024", "5.2", "%", base_period="2020")])
    c = the(run_checks(ledger), kind="avg_growth")
    assert c.verdict == "consistent"
    assert c.computed == pytest.approx(((1265 / (1265 - 232.1)) ** 0.25 - 1) * 100)
    assert "2020 level derived: 1265 − 232.1 = 1032.90" in c.explanation_en
    assert c.derived_inputs and "derived by level_minus_change" in c.derived_inputs[0]


@pytest.mark.parametrize("stated, verdict", [("3.0", "consistent"), ("2.2", "inconsistent")])
def test_pp_change_of_a_documented_share(make_ledger, stated, verdict):
    ledger = make_ledger([
        fig("hohhot", "va_industry", "share", "2020", "21.9", "%", denominator="gdp"),
        fig("hohhot", "va_industry", "share", "2024", "24.9", "%", denominator="gdp"),
        fig("hohhot", "va_industry", "pp_change", "2024", stated, "个百分点", base_period="2020",
            denominator="gdp"),
    ])
    c = the(run_checks(ledger), kind="pp_change")
    assert c.verdict == verdict
    assert c.computed == pytest.approx(3.0)
    assert (c.computed_low, c.computed_high) == pytest.approx((2.9, 3.1))


def test_pp_change_of_a_share_computed_from_levels(make_ledger):
    ledger = make_ledger([
        level("va_industry", "2020", "632.1"), level("gdp", "2020", "2785.5"),
        fig("hohhot", "va_industry", "share", "2024", "24.9", "%", denominator="gdp"),
        fig("hohhot", "va_industry", "pp_change", "2024", "2.2", "个百分点", base_period="2020", denominator="gdp"),
    ])
    c = the(run_checks(ledger), kind="pp_change")
    assert c.computed == pytest.approx(24.9 - 632.1 / 2785.5 * 100)
    assert c.verdict == "consistent"
    assert "2020 share computed from levels" in c.explanation_en


@pytest.mark.parametrize("part, verdict", [("173.3", "consistent"), ("5000", "inconsistent")])
def test_a_part_larger_than_its_whole_is_flagged(make_ledger, part, verdict):
    ledger = make_ledger([level("gdp", "2024", "4000"), level("va_primary", "2024", part)])
    c = the(run_checks(ledger), kind="part_of_whole")
    assert c.verdict == verdict
    assert c.stated == 4000 and c.computed == float(part)
    assert (c.stated_text, c.unit) == ("4000", "亿元") and "4000 (100 million yuan)" in c.explanation_en
    if verdict == "inconsistent":
        assert "A part larger than its whole" in c.explanation_en
        assert "部分大于整体" in c.explanation_zh


@pytest.mark.parametrize("tertiary, verdict", [("2649.5", "consistent"), ("2649.6", "within_rounding"),
                                               ("2700.0", "inconsistent")])
def test_sum_of_parts(make_ledger, tertiary, verdict):
    ledger = make_ledger([level("gdp", "2024", "4107.1"), level("va_primary", "2024", "173.3"),
                          level("va_secondary", "2024", "1284.3"), level("va_tertiary", "2024", tertiary)])
    c = the(run_checks(ledger), kind="sum_of_parts")
    assert c.verdict == verdict
    assert c.computed == pytest.approx(173.3 + 1284.3 + float(tertiary))
    assert (c.computed_high - c.computed_low) == pytest.approx(0.3)
    assert len(c.sources) == 4


def test_shares_of_a_partition_sum_to_100(make_ledger):
    rows = [fig("hohhot", i, "share", "2024", v, "%", denominator="gdp")
            for i, v in (("va_primary", "4.2"), ("va_secondary", "31.3"), ("va_tertiary", "64.5"))]
    c = the(run_checks(make_ledger(rows)), kind="shares_sum_to_100")
    assert c.verdict == "consistent" and c.computed == pytest.approx(100.0)
    assert (c.stated, c.stated_text, c.unit) == (100.0, "100", "%")
    assert "Stated sum of the shares in Gross regional product (GDP) 100 %" in c.explanation_en
    rows[2]["value"] = "60.5"
    c = the(run_checks(make_ledger(rows)), kind="shares_sum_to_100")
    assert c.verdict == "inconsistent"


def test_the_same_quantity_printed_twice_uses_the_more_precise_one(make_ledger):
    ledger = make_ledger([
        level("retail_sales", "2020", "1033"),
        level("retail_sales", "2020", "1032.9"),
        level("retail_sales", "2024", "1265"),
        fig("hohhot", "retail_sales", "avg_growth", "2024", "5.2", "%", base_period="2020"),
    ])
    checks = run_checks(ledger)
    same = the(checks, kind="same_quantity")
    assert same.stated_text == "1033" and same.computed == 1032.9 and same.verdict == "consistent"
    assert "more precise 1032.9" in same.explanation_en
    avg = the(checks, kind="avg_growth")
    assert avg.computed == pytest.approx(cagr(Quantity.printed("1032.9", "亿元"),
                                              Quantity.printed("1265", "亿元"), 4).value)
    assert "t001-002" in [s["figure_id"] for s in avg.sources]
    assert "t001-001" not in [s["figure_id"] for s in avg.sources]


def test_the_same_quantity_differing_across_documents_of_different_dates_is_a_possible_revision(make_ledger):
    ledger = make_ledger([level("gdp", "2023", "3801.6"), level("gdp", "2023", "3920.4", source_id="t002")])
    c = the(run_checks(ledger), kind="same_quantity")
    assert c.verdict == "not_comparable"
    assert "revision" in c.explanation_en


def test_per_capita_against_total_and_population(make_ledger):
    ledger = make_ledger([level("gdp", "2024", "4107.1"), level("population", "2024", "363.9", unit="万人"),
                          level("gdp_per_capita", "2024", "11.3", unit="万元")])
    c = the(run_checks(ledger), kind="per_capita")
    assert c.verdict == "consistent"
    assert c.computed == pytest.approx(4107.1e8 / 363.9e4 / 1e4)


def test_an_about_figure_gets_a_looser_interval(make_ledger):
    rows = [level("retail_sales", "2023", "100.0"), level("retail_sales", "2024", "105.0"),
            fig("hohhot", "retail_sales", "growth", "2024", "5.2", "%")]  # computed 4.90–5.10
    assert the(run_checks(make_ledger(rows)), kind="growth").verdict == "inconsistent"
    rows[2]["qualifier"] = "about"  # 约5.2%: one whole unit of the last digit, 5.1–5.3
    assert the(run_checks(make_ledger(rows)), kind="growth").verdict == "within_rounding"


def test_checks_of_one_city_only(make_ledger):
    ledger = make_ledger([level("gdp", "2024", "4000"), level("va_primary", "2024", "173.3"),
                          level("gdp", "2024", "1700", city="tongliao"),
                          level("va_primary", "2024", "300.0", city="tongliao")])
    assert {c.city for c in run_checks(ledger)} == {"hohhot", "tongliao"}
    assert {c.city for c in run_checks(ledger, city="tongliao")} == {"tongliao"}
    with pytest.raises(UnknownNameError, match="known cities: hohhot, tongliao"):
        run_checks(ledger, city="baotou")


def test_the_most_precise_printing_is_judged_in_one_unit(make_ledger):
    """312.14 billion yuan is printed to 0.01 bn = 1000万元, as precise as 3177.8 亿元
    (0.1 亿元 = 1000万元), not more: two decimals in a larger unit are not finer."""
    from analysis.checks.index import Index
    city = level("gdp", "2021", "1")["city"]
    ledger = make_ledger([level("gdp", "2021", "3177.8"), level("gdp", "2021", "312.14", unit="billion yuan"),
                          level("gdp", "2021", "3177.83")])
    ix = Index(ledger)
    figs = ix.find(city, "gdp", "level", "2021")
    assert ix.best(figs[:2]).value == "3177.8"            # a tie: the first printing
    assert ix.best(figs[1:]).value == "3177.83"           # 0.01 亿元 is finer than 0.01 billion yuan
    assert ix.precision(figs[0]) == ix.precision(figs[1])
    _, notes = ix.level(city, "gdp", "2021")
    assert [en for _, en in notes] == ["CNY 317.783 bn used (more precise than CNY 317.78 bn, CNY 312.14 bn)."]
    tie = Index(make_ledger([level("gdp", "2021", "3177.8"), level("gdp", "2021", "312.14", unit="billion yuan")]))
    _, notes = tie.level(city, "gdp", "2021")  # two releases as precise: neither is "more precise"
    assert [en for _, en in notes] == ["3177.8 used (also printed, as precisely, as 312.14 billion yuan)."]


def test_an_english_percent_computes_as_the_catalogue_percent(make_ledger):
    """Rates printed as 'percent' (English pages) are the arithmetic's '%': a two-year
    average of 2.0 and 8.0 percent is computed (4.957), not 'cannot compute'."""
    ledger = make_ledger([fig("hohhot", "gdp", "growth", "2020", "2.0", "percent", price_basis="comparable"),
                          fig("hohhot", "gdp", "growth", "2021", "8.0", "percent", price_basis="comparable"),
                          fig("hohhot", "gdp", "two_year_avg", "2021", "5.0", "percent", price_basis="comparable")])
    assert ledger.figures[0].quantity().unit == "%"
    c = the(run_checks(ledger, "hohhot"), kind="two_year_avg")
    assert c.computed == pytest.approx(4.957, abs=1e-3) and c.verdict == "consistent"  # 4.90–5.01


def test_a_check_does_not_take_a_level_from_a_non_official_page_when_an_official_printing_exists(make_ledger):
    """A reference page (an encyclopedia, dated when read) printing an unrevised level gives way to an official
    document's level of the same period, as in a series (frames.timeseries.choose_vintage)."""
    import dataclasses

    from analysis.checks import run_checks

    city = catalogue_cities()[0]
    rows = [level("gdp", "2015", "559.83", city=city, source_id="t002"),  # the page: unrevised, more digits
            level("gdp", "2015", "374", city=city),
            level("gdp", "2020", "563", city=city),
            fig(city, "gdp", "avg_growth", "2020", "8.5", "%", base_period="2015")]
    ledger = make_ledger(rows)
    stated = "t001-003"  # the average growth's row (the third of t001; 559.83 is t002's)
    avg = lambda lg: next(c for c in run_checks(lg) if c.figure_id == stated and c.role == "claim")  # noqa
    assert avg(ledger).verdict != "consistent"  # both official: the more precise 559.83 is taken
    ledger = make_ledger(rows)
    ledger.sources["t002"] = dataclasses.replace(ledger.sources["t002"], kind="reference")
    check = avg(ledger)
    assert check.verdict == "consistent", check
