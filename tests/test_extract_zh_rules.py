"""Rules for misses that recur in reviewed Chinese documents: a term's review
(from→to levels, totals over the term), ranks, lists of places, pairs of
residents' incomes and coverages, catalogue concepts printed in other words,
markdown tables and infobox lines.

Every sentence here is made up (invented figures and wording); none is copied
from a real document.
"""

from __future__ import annotations

from helpers import extract_by_value, extract_rows


def by_value(text, ledger, date: str = "2022-02-20", **kw):
    return extract_by_value(text, ledger, date=date, **kw)


# -- a term's review ------------------------------------------------------------------------

TERM = "一、本届政府工作回顾\n"


def test_a_term_review_dates_from_levels_at_the_year_before_the_term(real_ledger):
    got = by_value(TERM + "工业增加值占比由20.1%提高到25.3%，森林覆盖率和草原综合植被盖度分别从10.5%、30.9%"
                   "提高到12.5%、33.2%。", real_ledger)
    assert got["20.1"].period == "2016" and got["25.3"].period == "2021"
    assert (got["10.5"].period, got["30.9"].period) == ("2016", "2016")
    assert (got["12.5"].period, got["33.2"].period) == ("2021", "2021")


def test_a_pair_of_coverages_from_and_to_gets_each_its_own_code(real_ledger):
    got = by_value(TERM + "森林覆盖率和草原综合植被盖度分别从10.5%、30.9%提高到12.5%、33.2%。", real_ledger)
    assert got["10.5"].indicator == got["12.5"].indicator == "forest_coverage"
    assert got["30.9"].indicator == got["33.2"].indicator == "grassland_vegetation_coverage"
    assert {got[v].measure for v in ("10.5", "30.9", "12.5", "33.2")} == {"level"}


def test_totals_added_over_a_term_are_dated_to_its_span(real_ledger):
    got = by_value(TERM + "粮食总产量达到30.5亿斤；新增高标准农田80.2万亩，完成造林绿化95.3万亩。", real_ledger)
    assert got["30.5"].period == "2021"
    assert got["80.2"].period == "2017-2021" and got["95.3"].period == "2017-2021"


def test_a_four_year_review_spans_four_years(real_ledger):
    got = by_value("一、过去四年工作回顾\n地区生产总值从2017年的200亿元提高至2021年的260亿元，累计完成1100亿元；"
                   "固定资产投资累计完成300亿元。", real_ledger)
    assert got["200"].period == "2017" and got["260"].period == "2021"
    assert got["1100"].period == "2018-2021" and got["300"].period == "2018-2021"


# -- ranks and pairs of residents' incomes --------------------------------------------------

def test_a_shared_rank_goes_to_each_figure_of_the_pair(real_ledger):
    rows = [c for c in extract_rows(
        "2019年，城镇和农区常住居民人均可支配收入分别增长5.4%、8.2%，均居全区第5位。", real_ledger, date="2020-03")]
    ranks = [c for c in rows if c.measure == "growth_rank"]
    assert [c.indicator for c in ranks] == ["urban_disposable_income_per_capita", "rural_disposable_income_per_capita"]
    assert {c.value for c in ranks} == {"5"}


def test_the_rural_income_of_a_pair_gets_the_rural_code(real_ledger):
    got = by_value("2019年，城镇和农区常住居民人均可支配收入分别增长5.4%、8.2%。", real_ledger, date="2020-03")
    assert got["5.4"].indicator == "urban_disposable_income_per_capita"
    assert got["8.2"].indicator == "rural_disposable_income_per_capita"
    got = by_value("城镇居民人均可支配收入从30000元提高至40000元，牧民人均可支配收入从20000元提高至30500元。",
                   real_ledger)
    assert got["20000"].indicator == got["30500"].indicator == "rural_disposable_income_per_capita"


# -- periods ----------------------------------------------------------------------------------

def test_months_the_first_paragraph_opens_with_hold_after_a_numbered_heading(real_ledger):
    got = by_value("一、全区工业运行总体情况\n1-9月份，全区规模以上工业增加值同比增长6.1%。\n二、分盟市情况\n"
                   "各盟市中，通辽市工业增加值增长20.5%。", real_ledger, date="2023-11-05")
    assert got["6.1"].period == "2023M01-M09" and got["20.5"].period == "2023M01-M09"


# -- round-ups of places ------------------------------------------------------------------------

def test_a_round_up_of_places_takes_the_name_printed_after_the_list(real_ledger):
    from helpers import extract_rows

    text = ("1-9月份，全区规模以上工业增加值同比增长6.1%。\n通辽市(20.5%)、赤峰市(12.0%)2个盟市规上工业增加值增速"
            "快于全区；乌海市(4.2%)、兴安盟(-1.5%)2个盟市慢于全区。")
    rows = [c for c in extract_rows(text, real_ledger, date="2023-11-05") if c.line == 2]
    assert [c.value for c in rows] == ["20.5", "12.0", "4.2", "-1.5"]  # no count of the places listed
    assert {(c.indicator, c.measure) for c in rows} == {("va_industry_above_scale", "growth")}
    assert len({c.city for c in rows}) == 4


# -- tables printed as text --------------------------------------------------------------------

def test_a_pipe_table_with_a_unit_column_is_read_row_by_row(real_ledger):
    text = ("| 表2 2021年末户籍人口及其构成 | | | |\n| 指标 | 单位 | 年末数 | 比重(%) |\n"
            "| 户籍总人口 | 人 | 50000 | 100.0 |\n| 其中：城镇 | 人 | 30000 | 60.0 |\n| 农业 | 人 | 25500 | 51.0 |")
    rows = extract_rows(text, real_ledger, date="2022-04")
    got = {c.value: c for c in rows}
    assert set(got) == {"50000", "100.0", "30000", "60.0", "25500", "51.0"}
    assert got["30000"].unit == "人" and got["30000"].period == "2021" and got["30000"].measure == "level"
    assert got["60.0"].unit == "%" and got["60.0"].measure == "share"
    assert got["30000"].excerpt == "城镇 | 人 | 30000 | 60.0"
    # parts of a registered (户籍) total are registered; a part the catalogue lacks is proposed under it (an age
    # band without the colon: 户籍人口0-17岁, as reviewers keep it)
    assert got["50000"].indicator == "registered_population"
    assert got["30000"].indicator == "registered_urban_population"
    assert got["60.0"].denominator == "registered_population"
    assert got["25500"].indicator == "" and got["25500"].proposed_indicator == "户籍人口：农业"


def test_an_infobox_line_is_dated_by_the_year_in_its_label(real_ledger):
    text = "国内生产总值(2020) | ¥900.5亿(全区第3位) |\n• 人均 | ¥95,000 |\n人口(2021) | |\n• 常住 | 80.5万人 |"
    got = by_value(text, real_ledger, date="2024-01")
    assert (got["900.5"].indicator, got["900.5"].period) == ("gdp", "2020")
    assert (got["3"].indicator, got["3"].measure) == ("gdp", "rank")
    assert (got["95,000"].indicator, got["95,000"].period) == ("gdp_per_capita", "2020")
    assert (got["80.5"].indicator, got["80.5"].period) == ("population", "2021")
    assert got["80.5"].confidence < 0.8  # a bullet's name completed from its heading is a guess


# -- catalogue concepts printed in other words -------------------------------------------------

def test_catalogue_concepts_printed_with_their_usual_scope(real_ledger):
    got = by_value("2017年，全旗限额以上固定资产投资完成12.5亿元，超出盟级下调任务指标3000万元；"
                   "实施市旗两级5000万元以上重点项目12项，实施亿元以上重大项目18个，亿元以上重点项目开工95个。",
                   real_ledger, date="2018-03")
    assert got["12.5"].indicator == "fai"
    assert got["3000"].indicator == "fai_excess_over_target"
    assert got["12"].indicator == "key_projects"
    assert got["18"].indicator == "major_projects"
    assert got["95"].indicator == "key_projects_started"


# -- confidence -------------------------------------------------------------------------------

def test_a_name_printed_for_an_earlier_count_is_not_trusted_for_the_next(real_ledger):
    got = by_value("2024年，全市建成40个临床重点专科、12个民族医特色专科；上报自治区能评项目9个，获批3个。", real_ledger)
    assert got["40"].indicator == "key_clinical_specialties" and got["40"].confidence >= 0.8
    assert got["12"].confidence <= 0.6 and got["3"].confidence <= 0.6
