"""Verdicts a journalist can cite (issue 6): the seed cases of "Done when",
readings deciding verdicts, exact counts, the words, vintages, and the new
identities; on the real ledger and on fixture ledgers from made-up documents."""

from __future__ import annotations

import csv
import io
import re

import pytest

from analysis.checks import find_check, run_checks, summary_line
from analysis.cite import citation
from analysis.cli import main

from helpers import fig, level, reading, the


@pytest.fixture(scope="module")
def checks(real_ledger):
    return run_checks(real_ledger)


# == the seed cases of "Done when" ==============================================

def test_retail_sales_is_consistent(checks):
    c = the(checks, city="hohhot", indicator="retail_sales", kind="avg_growth")
    assert c.verdict == "consistent" and c.role == "claim"


def test_trade_is_inconsistent_with_226_7_and_the_227_reading_is_disclosed(checks):
    c = the(checks, city="hohhot", indicator="trade_total", kind="avg_growth")
    assert c.verdict == "inconsistent"
    assert round(c.computed, 3) == 11.438  # from 147 → 226.7
    beside = reading(c, "printed beside it (147 → 227)")
    assert beside["informative_only"] and beside["verdict"] == "within_rounding"
    assert "147 → 227" in c.explanation_en and "147→227" in c.explanation_zh
    # a gap between two rates is in percentage points, never "%"
    assert "off by at least 0.011 percentage points" in c.explanation_en
    assert "至少相差0.011个百分点" in c.explanation_zh


def test_gdp_is_not_comparable_under_both_span_readings_with_their_deflators(checks, real_ledger):
    """Each span reading states the deflator its nominal level growth implies against the
    real 6.4 %: the 2021 and 2024 levels of the seed (s001), and the 2020 level the checks
    take (printed, or derived from the seed's change), computed here from the ledger."""
    from analysis.checks.index import Index
    from analysis.growth import cagr, implied_deflator
    from analysis.quantity import Quantity
    c = the(checks, city="hohhot", indicator="gdp", kind="avg_growth", period_start="2021")
    assert c.verdict == "not_comparable"
    three = reading(c, "3 annual steps")
    four = reading(c, "4 annual steps")
    assert three["verdict"] == four["verdict"] == "not_comparable"
    real = Quantity.printed("6.4", "%")
    end = real_ledger.figure("s001-003").quantity()
    base20, _ = Index(real_ledger).level("hohhot", "gdp", "2020")
    want3 = implied_deflator(cagr(real_ledger.figure("s001-002").quantity(), end), real).value
    want4 = implied_deflator(cagr(base20, end), real).value
    assert round(want3, 2) == 2.37  # (4107.08 / 3177.8) ** (1/3): 8.93 % nominal
    assert three["deflator"] == pytest.approx(want3) and four["deflator"] == pytest.approx(want4)
    for text in (c.explanation_en, c.explanation_zh):
        assert f"{want3:.2f}" in text and f"{want4:.2f}" in text
    assert "base 2020" in four["reading"] and "2021–2024" in four["reading"]


def test_fixed_asset_investment_is_not_comparable_with_the_level_method_figures(checks):
    c = the(checks, city="hohhot", indicator="fai", kind="avg_growth_vs_multiple")
    assert c.verdict == "not_comparable"
    assert "11.6–13.3 % a year" in c.explanation_en and "26.4–27.6 % a year" in c.explanation_en
    assert "11.6%—13.3%" in c.explanation_zh and "26.4%—27.6%" in c.explanation_zh
    assert "comparable scope" in c.explanation_en and "可比口径" in c.explanation_zh
    assert "inconsistent" not in [r["verdict"] for r in c.readings]  # no reading says more than was shown


def test_the_615_profit_is_inconsistent_through_the_implied_level(checks):
    c = the(checks, city="hohhot", indicator="soe_total_profit", kind="implied_level_vs_whole")
    assert c.verdict == "inconsistent" and c.role == "identity"
    assert round(c.computed) == round(615 * 1.922 / 0.922)  # ≈ 1282
    assert c.stated == 37
    assert {"s004-027", "s004-028"} <= {s["figure_id"] for s in c.sources}


def test_the_two_cluster_shares_imply_one_whole(checks):
    c = the(checks, city="hohhot", kind="shares_imply_whole", indicator="industrial_output_value")
    assert c.verdict == "consistent" and c.role == "identity"
    assert {"s004-084", "s004-085", "s004-093", "s004-094"} <= {s["figure_id"] for s in c.sources}
    assert "1131 / 88.3 %" in c.explanation_en and "421.1 / 32.9 %" in c.explanation_en


def test_the_sector_changes_sum_to_the_gdp_change(checks):
    c = the(checks, city="hohhot", kind="sector_changes")
    assert c.verdict == "consistent" and c.role == "identity"
    assert c.stated == 1321.6 and c.computed == pytest.approx(46.6 + 451.8 + (2649.5 - 1826.3))
    assert "46.6 + 451.8 + (2649.5−1826.3)" in c.explanation_en


# == roles ======================================================================

def test_checks_role_claim_lists_claims_only_and_the_summary_counts_them_apart(capsys, real_ledger):
    city = next(iter(real_ledger.city_slugs()))
    assert main(["checks", "--city", city, "--role", "claim", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {r["role"] for r in rows} == {"claim"} and {r["city"] for r in rows} == {city}
    assert main(["checks", "--city", city]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    mine = run_checks(real_ledger, city)
    assert last == summary_line(mine)
    assert re.fullmatch(r"\d+ claims: .*; \d+ identities: .*", last)


# == counts are exact ===========================================================

def test_counted_indicators_carry_no_rounding_interval(real_ledger):
    counted = {i.code for i in real_ledger.indicators.values() if i.counted}
    assert "china_europe_trains" in counted and "gdp" not in counted
    for f in real_ledger.figures:
        if f.counted:
            q = f.quantity()
            assert q.low == q.value == q.high, f.figure_id
    trains = [f for f in real_ledger.figures if f.indicator == "china_europe_trains" and f.measure == "level"
              and f.qualifier == "exact"]
    assert trains and all(f.counted for f in trains)
    ranks = [f for f in real_ledger.figures if f.measure in ("rank", "growth_rank")]
    assert ranks and all(f.quantity().half_width == 0 for f in ranks)


def test_a_growth_of_a_count_is_tested_by_a_whole_base(checks):
    trains = the(checks, indicator="china_europe_trains", kind="growth")  # 63 trains, +270 %
    assert trains.verdict == "inconsistent"
    assert round(trains.readings[0]["computed"], 2) == 17.03  # the implied base, 63 / 3.70
    assert round(trains.computed, 1) == 270.6 and trains.unit == "%"  # what the whole base 17 gives
    assert "nearest, 17, gives 270.6 %" in trains.explanation_en
    firms = the(checks, indicator="industrial_firms_above_scale", kind="growth")  # 412 firms, +61.6 %
    assert firms.verdict == "consistent" and "whole number 255" in firms.explanation_en


def test_a_growth_of_a_count_with_a_whole_base_is_consistent(make_ledger):
    ledger = make_ledger([fig("hohhot", "china_europe_trains", "level", "2024H1", "63", "列"),
                          fig("hohhot", "china_europe_trains", "growth", "2024H1", "271", "%")])
    c = the(run_checks(ledger), kind="growth")
    assert c.verdict == "consistent" and "whole number 17" in c.explanation_en


# == words ======================================================================

def test_multiples_are_written_as_ratios(checks):
    c = the(checks, indicator="clean_energy_cluster_investment", kind="multiple")  # 同比增长1.2倍
    assert "an increase of 1.2× (a ratio of 2.2)" in c.explanation_en
    assert "增长1.2倍（比值2.2）" in c.explanation_zh


def test_part_of_whole_rows_state_part_and_whole(checks):
    c = the(checks, figure_id="s000-008", kind="part_of_whole")
    assert "part Value added of the primary sector 173.3 (100 million yuan) ≤ whole" in c.explanation_en
    assert "4107.08 (100 million yuan)" in c.explanation_en
    assert "部分第一产业增加值173.3亿元 ≤ 整体地区生产总值4107.08亿元" in c.explanation_zh


def _without(text: str, pieces) -> str:
    for p in sorted(pieces, key=len, reverse=True):
        text = text.replace(p, "")
    return text


def test_chinese_text_has_no_english_and_english_no_chinese_but_quotes(checks, real_ledger):
    names_zh = [i.name_zh for i in real_ledger.indicators.values()]
    for c in checks:
        zh = _without(c.explanation_zh, [s["excerpt"] for s in c.sources] + list(real_ledger.units) + names_zh)
        assert not re.search(r"[A-Za-z]{2,}", zh), (c.check_id, zh)
        en = re.sub(r"“[^”]*”", "", c.explanation_en)
        assert not re.search(r"[\u4e00-\u9fff]", en), (c.check_id, en)


def test_cite_shows_each_reading_in_the_verdicts_terms(checks, real_ledger):
    c = the(checks, city="hohhot", indicator="gdp", kind="avg_growth", period_start="2021")
    zh = citation(c, real_ledger, "zh")
    lines = [ln for ln in zh.splitlines() if ln.strip().startswith("读法")]
    assert len(lines) == 2 and all("口径不可比" in ln and "平减指数" in ln for ln in lines)
    assert not any(re.search(r"[A-Za-z]{3,}", ln) for ln in lines)
    en = citation(c, real_ledger, "en")
    assert en.count("reading: ") == 2 and "→ not comparable" in en and "→ inconsistent" not in en


def test_the_missing_input_sentence_names_the_missing_figure_and_its_city(checks):
    c = the(checks, figure_id="s000-063", kind="share")  # Hohhot's tertiary sector as a share of the region's
    assert c.verdict == "insufficient_data"
    assert "Value added of the tertiary sector of Inner Mongolia for 2024" in c.explanation_en
    assert "内蒙古自治区2024年第三产业增加值" in c.explanation_zh


# == vintages, bases and plausibility (fixtures) ===================================

def _pp_case(source_of_shares):
    return [level("va_industry", "2020", "600", source_id=source_of_shares),
            level("gdp", "2020", "3000", source_id=source_of_shares),
            level("va_industry", "2024", "1000", source_id=source_of_shares),
            level("gdp", "2024", "4000", source_id=source_of_shares),
            fig("hohhot", "va_industry", "pp_change", "2024", "9.0", "个百分点", base_period="2020",
                denominator="gdp", source_id="t001")]


def test_a_mismatch_across_documents_of_different_dates_is_a_possible_revision(make_ledger):
    same = the(run_checks(make_ledger(_pp_case("t001"))), kind="pp_change")
    assert same.verdict == "inconsistent"  # 25 − 20 = 5 points, not 9, all in one document
    other = the(run_checks(make_ledger(_pp_case("t002"))), kind="pp_change")
    assert other.verdict == "not_comparable"
    assert "revision" in other.explanation_en and "2025-01" in other.explanation_en and "修订" in other.explanation_zh


def test_a_real_rate_against_a_nominal_multiple_is_not_comparable(make_ledger):
    ledger = make_ledger([fig("hohhot", "gdp", "multiple", "2024", "1.5", "倍", base_period="2020"),
                          fig("hohhot", "gdp", "avg_growth", "2024", "6.0", "%", base_period="2020",
                              price_basis="comparable")])
    c = the(run_checks(ledger), kind="avg_growth_vs_multiple")
    assert c.verdict == "not_comparable"
    assert "deflator" in c.explanation_en or all("deflator" in r for r in c.readings if "ratio" in r)
    assert all(r["verdict"] == "not_comparable" for r in c.readings)


def test_an_implausible_deflator_warns_of_a_unit_slip(make_ledger):
    ledger = make_ledger([level("gdp", "2020", "300.0"), level("gdp", "2024", "4107.1"),  # 万元 typed as 亿元?
                          fig("hohhot", "gdp", "avg_growth", "2024", "6.4", "%", base_period="2020",
                              price_basis="comparable")])
    c = the(run_checks(ledger), kind="avg_growth")
    assert c.verdict == "not_comparable"
    assert "WARNING" in c.explanation_en and "unit" in c.explanation_en and "警告" in c.explanation_zh


def test_a_plausible_deflator_does_not_warn(checks):
    c = the(checks, city="hohhot", indicator="gdp", kind="avg_growth", period_start="2021")
    assert "WARNING" not in c.explanation_en


def test_plan_period_span_reading_can_reconcile(make_ledger):
    """"2021年至2024年年均增长" read as four annual rates on 2020 reconciles where 3 steps do not."""
    ledger = make_ledger([level("retail_sales", "2020", "100.0"), level("retail_sales", "2021", "105.0"),
                          level("retail_sales", "2024", "146.4"),
                          fig("hohhot", "retail_sales", "avg_growth", "2024", "10.0", "%", base_period="2021")])
    c = the(run_checks(ledger), kind="avg_growth")
    assert reading(c, "3 annual steps")["verdict"] == "inconsistent"
    assert reading(c, "4 annual steps")["verdict"] == "consistent"
    assert c.verdict == "consistent" and "Reconciled by the level method, average of the annual rates" in c.explanation_en


def test_readings_rule_inconsistent_only_when_every_reading_was_tested(make_ledger):
    # base 2021 is a plan's first year: without a 2020 level the 4-step reading cannot be tested
    ledger = make_ledger([level("retail_sales", "2021", "105.0"), level("retail_sales", "2024", "146.4"),
                          fig("hohhot", "retail_sales", "avg_growth", "2024", "10.0", "%", base_period="2021")])
    c = the(run_checks(ledger), kind="avg_growth")
    assert reading(c, "3 annual steps")["verdict"] == "inconsistent"
    assert reading(c, "4 annual steps")["verdict"] == "insufficient_data"
    assert c.verdict == "insufficient_data"


def test_sector_changes_that_do_not_add_up(make_ledger):
    ledger = make_ledger([fig("hohhot", "gdp", "change", "2024", "1400.0", "亿元", base_period="2020"),
                          fig("hohhot", "va_primary", "change", "2024", "46.6", "亿元", base_period="2020"),
                          fig("hohhot", "va_secondary", "change", "2024", "451.8", "亿元", base_period="2020"),
                          fig("hohhot", "va_tertiary", "change", "2024", "823.2", "亿元", base_period="2020")])
    c = the(run_checks(ledger), kind="sector_changes")
    assert c.verdict == "inconsistent" and c.computed == pytest.approx(1321.6)


def test_one_city_is_checked_without_the_others(real_ledger):
    everything = run_checks(real_ledger)
    for city in real_ledger.city_slugs():
        mine = run_checks(real_ledger, city)
        assert [c.check_id for c in mine] == [c.check_id for c in everything if c.city == city]
        assert all(c.city == city for c in mine)
    assert find_check(everything, "hohhot.retail_sales.avg_growth.2020-2024.s000-109").verdict == "consistent"


@pytest.mark.parametrize("gdp_growth, verdict", [("5.9", "consistent"), ("8.0", "inconsistent")])
def test_weighted_sector_growth_against_gdp_growth(make_ledger, gdp_growth, verdict):
    # shares 2023: 5 %, 35 %, 60 %; growth 2024: 4 %, 7 %, 5.5 % ⇒ 0.2 + 2.45 + 3.3 = 5.95 %
    rows = [level("gdp", "2023", "1000.0"), level("va_primary", "2023", "50.0"),
            level("va_secondary", "2023", "350.0"), level("va_tertiary", "2023", "600.0")]
    for code, g in (("va_primary", "4.0"), ("va_secondary", "7.0"), ("va_tertiary", "5.5"), ("gdp", gdp_growth)):
        rows.append(fig("hohhot", code, "growth", "2024", g, "%", price_basis="comparable"))
    c = the(run_checks(make_ledger(rows)), kind="weighted_growth")
    assert c.role == "identity" and c.verdict == verdict
    assert c.computed == pytest.approx(5.95)
    assert "Tolerance 0.5 percentage points" in c.explanation_en


# == linear checks (issue 11, item 1) ================================================

def test_the_index_is_built_once_per_ledger(real_ledger):
    from analysis.checks import index_for

    ix = index_for(real_ledger)
    run_checks(real_ledger)
    assert index_for(real_ledger) is ix


def test_checking_one_city_reads_only_its_figures_and_the_wholes_it_names(real_ledger):
    from analysis.checks import index_for
    from analysis.checks.index import Index

    for city in real_ledger.city_slugs():
        real_ledger.__dict__["_checks_index"] = Index(real_ledger)  # a fresh index: nothing read yet
        run_checks(real_ledger, city)
        read = {real_ledger.figure(fid) for fid in index_for(real_ledger)._q}
        named = {f.denominator_city for f in real_ledger.figures if f.city == city and f.denominator_city}
        assert read and {f.city for f in read} <= {city} | named, city


def test_synthetic_cities_cost_the_same_checks_as_their_template(tmp_path, monkeypatch, real_ledger):
    import sys

    from analysis.ledger import load_ledger
    from analysis.paths import PROJECT_ROOT

    sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
    from synthetic import build

    # build(n) adds copies of Hohhot until n cities have figures: one more than the data has
    data = build(len({f.city for f in real_ledger.figures}) + 1, tmp_path)
    monkeypatch.setenv("ANALYSIS_DATA_DIR", str(data))
    ledger = load_ledger(data)
    template = run_checks(ledger, "hohhot")
    copy = run_checks(ledger, "syn_aaa")
    strip = lambda c, slug: c.check_id.replace(f"{slug}_", "").replace(slug, "CITY")  # noqa: E731
    assert [strip(c, "syn_aaa") for c in copy] == [strip(c, "hohhot") for c in template]
    assert [c.verdict for c in copy] == [c.verdict for c in template]


# == per capita: the year-end and the average population ==========================

def test_per_capita_reconciled_by_the_average_population(make_ledger):
    # 1000 亿元 / 100 万人 = 10 万元 by the year-end population; by the average of 90 and 100 万人, 10.5
    ledger = make_ledger([level("gdp", "2024", "1000"), level("population", "2024", "100", unit="万人"),
                          level("population", "2023", "90", unit="万人"),
                          level("gdp_per_capita", "2024", "10.5", unit="万元")])
    c = the(run_checks(ledger), kind="per_capita")
    assert c.verdict == "consistent"
    assert reading(c, "average population")["verdict"] == "consistent"
    assert reading(c, "year-end population")["verdict"] == "inconsistent"


def test_per_capita_gap_without_the_previous_population_is_not_comparable(make_ledger):
    ledger = make_ledger([level("gdp", "2024", "1000"), level("population", "2024", "100", unit="万人"),
                          level("gdp_per_capita", "2024", "10.5", unit="万元")])
    c = the(run_checks(ledger), kind="per_capita")
    assert c.verdict == "not_comparable"  # the office's divisor (the average population) cannot be tried
    assert "average population" in c.explanation_en and "年平均常住人口" in c.explanation_zh


def test_per_capita_inconsistent_only_when_both_divisors_fail(make_ledger):
    ledger = make_ledger([level("gdp", "2024", "1000"), level("population", "2024", "100", unit="万人"),
                          level("population", "2023", "99", unit="万人"),
                          level("gdp_per_capita", "2024", "12.0", unit="万元")])
    c = the(run_checks(ledger), kind="per_capita")
    assert c.verdict == "inconsistent"
    assert {r["verdict"] for r in c.readings} == {"inconsistent"}
