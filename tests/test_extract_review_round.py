"""The edits curators had to make on real documents (counted by ``analysis add``),
turned into rules: from→to reviews and multi-year totals, English present-tense
stocks, space-grouped numbers, English synonyms of catalogue concepts, measures,
and the area a document is about.

Every sentence here is made up (invented figures); none is copied from a real
document. City names are read from data/cities.csv, never listed here.
"""

from __future__ import annotations

import csv
from pathlib import Path

from analysis.extract import extract_lines
from helpers import extract_by_value, extract_rows

DATA = Path(__file__).resolve().parents[1] / "data"


def rows(text: str, ledger, date: str = "2022-02", **kw):  # its sentences are of a 2022 report
    return extract_rows(text, ledger, date=date, **kw)


def by_value(text, ledger, date: str = "2022-02", **kw):
    return extract_by_value(text, ledger, date=date, **kw)


# -- 1. from→to reviews, multi-year totals, estimates --------------------------------------

def test_every_from_value_of_a_review_is_the_year_it_opened_with(real_ledger):
    got = by_value("地区生产总值由2017年的18.4亿元增加到20.74亿元，一般公共预算收入由1.2亿元增加到1.5亿元，"
                   "城镇居民人均可支配收入由3.1万元增加到4.2万元。", real_ledger)
    assert got["18.4"].period == "2017" and got["1.2"].period == "2017" and got["3.1"].period == "2017"
    assert got["20.74"].period == "2021" and got["1.5"].period == "2021" and got["4.2"].period == "2021"


def test_a_total_over_n_years_is_a_span_ending_in_the_year_covered(real_ledger):
    got = by_value("五年累计完成固定资产投资545亿元，四年累计新增就业1.2万人。", real_ledger)
    assert got["545"].period == "2017-2021"
    assert got["1.2"].period == "2018-2021"


def test_an_estimate_opening_a_sentence_holds_for_it_but_not_for_what_was(real_ledger):
    # 预计 opening the sentence governs its later clauses too (s631, s220: a report given before the year's end);
    # the from-value of "由A增加到B" is what was, never an estimate
    got = by_value("预计今年地区生产总值达到25亿元，一般公共预算收入由2017年的1.2亿元增加到1.5亿元。", real_ledger)
    assert got["25"].qualifier == "forecast"
    assert got["1.2"].qualifier == "exact" and got["1.5"].qualifier == "forecast"
    later = by_value("全市地区生产总值达到25亿元，预计一般公共预算收入1.5亿元，全市常住人口12万人。", real_ledger)
    assert later["25"].qualifier == "exact" and later["1.5"].qualifier == "forecast"
    est = by_value("地区生产总值由2017年的18.4亿元增加到预计的20.74亿元。", real_ledger)
    assert est["18.4"].qualifier == "exact" and est["20.74"].qualifier == "forecast"


# -- 2. English present-tense stocks after an earlier year ----------------------------------

def test_english_present_tense_stocks_are_not_of_an_earlier_sentences_year(real_ledger):
    text = ("In 2019, the league planted 1.2 million mu of trees. The forest area now stands at 30.1 million mu "
            "and coverage has reached 33.39 percent. Over a three-year period it has planted more than "
            "1 million mu of grassland. The grassland area is 20.5 million mu.")
    got = by_value(text, real_ledger, date="2022-07-25")
    assert got["1.2"].period == "2019"
    # a stock worded as one ("now stands at", "has reached") is counted at the page's date (round 4's convention)
    assert got["30.1"].period == "2022-07-25" and got["33.39"].period == "2022-07-25"
    assert got["20.5"].period == "2022"  # "is", after a sentence of 2019: the page's year
    assert got["1"].period == "2020-2022"


def test_english_n_years_with_the_years_printed_is_that_span(real_ledger):
    got = by_value("In the past five years, from 2016 to 2020, the county planted 2.5 million mu of trees.",
                   real_ledger, date="2022-07-25")
    assert got["2.5"].period == "2016-2020"


# -- 3. numbers grouped by spaces ------------------------------------------------------------

def test_digits_grouped_by_spaces_are_one_number_and_the_excerpt_keeps_them(real_ledger):
    got = by_value("全旗总人口141 844人，耕地80 000公顷，人口自然增长率3.4 9%。", real_ledger)
    assert "141844" in got and "80000" in got and "3.49" in got
    assert "141 844人" in got["141844"].excerpt and "80 000公顷" in got["80000"].excerpt
    assert "844" not in got and "000" not in got


def test_a_year_and_a_number_are_never_joined(real_ledger):
    got = by_value("2021 12月，全旗新增企业12 家。", real_ledger)
    assert "202112" not in got and "2021 12" not in got


# -- 4. English synonyms of catalogue concepts -----------------------------------------------

def test_english_enterprises_above_a_designated_scale(real_ledger):
    got = by_value("In 2021, the value added of industrial enterprises above a designated scale increased by "
                   "22.7 percent, their operating income was 10.79 billion yuan and total profit 380 million yuan.",
                   real_ledger)
    assert got["22.7"].indicator == "va_industry_above_scale" and got["22.7"].measure == "growth"
    assert got["22.7"].price_basis == "comparable"
    assert got["10.79"].indicator == "industry_revenue_above_scale"
    assert got["380"].indicator == "industry_profit_above_scale"
    up = by_value("Industrial enterprises above a designated scale achieved operating income of 9.1 billion yuan, "
                  "up 12.1 percent.", real_ledger)
    assert up["12.1"].indicator == "industry_revenue_above_scale" and up["12.1"].price_basis == "current"


def test_english_incomes_of_rural_residents_all_residents_and_herders(real_ledger):
    got = by_value("The per capita disposable income of rural and pastoral residents was 9,708 yuan, up 8.1 percent. "
                   "The per capita disposable income of residents was 11,041 yuan, and herders' income reached "
                   "12,345 yuan.", real_ledger)
    assert got["9,708"].indicator == "rural_disposable_income_per_capita"
    assert got["8.1"].indicator == "rural_disposable_income_per_capita" and got["8.1"].price_basis
    assert got["11,041"].indicator == "disposable_income_per_capita"
    assert got["12,345"].indicator == "" and "herders" in got["12,345"].proposed_indicator


# -- 5. measures -----------------------------------------------------------------------------

def test_an_average_of_a_noun_that_is_not_growth_is_a_level(real_ledger):
    got = by_value("The average vegetation coverage of grassland is 71.25 percent. GDP grew at an average "
                   "annual rate of 6.5 percent.", real_ledger)
    assert got["71.25"].measure == "level"
    assert got["6.5"].measure == "avg_growth"


def test_english_growth_worded_as_grew_at_or_reported_as_growth(real_ledger):
    got = by_value("Industrial added value grew at 5.4 percent. Industrial added value was reported as "
                   "4.8 percent growth.", real_ledger)
    assert got["5.4"].measure == "growth" and got["5.4"].indicator == "va_industry"
    assert got["4.8"].measure == "growth"


def test_english_gaps_to_the_region_and_the_nation_are_named_like_the_chinese_rule(real_ledger):
    got = by_value("The forest coverage rate is 33.39 percent, which is 10 percentage points higher than that of "
                   "the autonomous region and 13 percentage points higher than the national average.", real_ledger)
    assert got["10"].indicator == "forest_coverage_gap_region" and got["10"].measure == "level"
    assert got["13"].indicator == "forest_coverage_gap_national"
    grew = by_value("Industrial added value grew by 6.1 percent, 2.3 percentage points higher than the regional "
                    "average.", real_ledger)
    assert grew["2.3"].measure == "level" and grew["2.3"].indicator != "va_industry"
    assert "margin over the Inner Mongolia average" in grew["2.3"].proposed_indicator


# -- 6. the city or area a document is about -------------------------------------------------

def _table(name):
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_an_area_in_the_title_beats_its_parent_and_a_neighbour_named_later(real_ledger):
    cities = {r["slug"]: r for r in _table("cities.csv")}
    area = next(r for r in _table("areas.csv") if r["parent"] in cities)
    parent = cities[area["parent"]]["name_zh"]
    other = next(r["name_zh"] for s, r in cities.items() if s not in (area["parent"], "inner_mongolia"))
    lines = [f"{area['name_zh']}2022年政府工作报告", f"{parent}{parent}{parent}召开会议。",
             f"{other}、{other}、{other}与我们合作。", "全年地区生产总值增长5.1%。"]
    got = extract_lines(lines, real_ledger, date="2022-02-20")
    assert got and {c.city for c in got} == {area["slug"]}


def test_other_english_spellings_of_a_place_name_it(real_ledger):
    from analysis.extract.catalogue import EN_VARIANTS

    cities = _table("cities.csv")
    for stem, variants in EN_VARIANTS.items():
        row = next((r for r in cities if r["name_en"].startswith(stem)), None)
        if row is None:
            continue
        for spelling in variants:
            lines = [f"{spelling} reports growth", f"The GDP of {spelling} grew by 5.2 percent in 2021."]
            got = extract_lines(lines, real_ledger, date="2022-03-01")
            assert got and got[0].city == row["slug"], spelling
