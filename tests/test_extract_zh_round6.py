"""Chinese rules written from the round 6a development set: tables whose unit
column is headed 计量单位 with a year column and a growth column, breakdowns by
place, units with a scale word, the dates of a review's from→to levels.

Every sentence here is made up (invented figures and wording); none is copied
from a real document.
"""

from __future__ import annotations

from helpers import extract_by_value, extract_rows


def test_a_table_with_a_year_column_and_a_growth_column(real_ledger):
    text = ("表3 主要农产品产量及增速 | |||\n名称 | 计量单位 | 2019年 | 比上年增长(%) |\n"
            "粮食 | 吨 | 52000 | -1.2 |\n其中:燕麦 | 吨 | 310 | 12.5 |")
    got = extract_by_value(text, real_ledger, date="2020-05")
    assert set(got) == {"52000", "-1.2", "310", "12.5"}
    assert got["52000"].indicator == got["-1.2"].indicator == "grain_output"
    assert (got["52000"].measure, got["-1.2"].measure) == ("level", "growth")
    assert got["-1.2"].unit == "%" and got["-1.2"].period == "2019" and got["52000"].period == "2019"
    assert got["310"].indicator == "" and got["310"].proposed_indicator == "燕麦产量"


def test_a_breakdown_by_place_takes_the_quantity_totalled_before_it(real_ledger):
    rows = extract_rows("1-3月份，全市社会消费品零售总额完成12.40亿元，同比增长8.8%。从5个旗县区增速看，东旗、西旗高于全市"
                        "平均水平，分别增长15.5%、9.9%；南区、北区分别增长7.7%和下降2.2%、3.3%；中区下降6.6%。",
                        real_ledger, date="2022-04")
    got = {c.value: c for c in rows}
    assert "5" not in got  # the number of places compared is no figure
    for v in ("15.5", "9.9", "7.7", "-2.2", "-3.3", "-6.6"):
        assert got[v].indicator == "retail_sales" and got[v].measure == "growth", v
        assert "set its city" in got[v].notes


def test_public_finance_budget_expenditure_is_the_older_name(real_ledger):
    got = extract_by_value("2019年全县公共财政预算支出完成20.5亿元，同比增长3.1%。", real_ledger, date="2020-02")
    assert got["20.5"].indicator == "public_budget_expenditure"


def test_a_heading_naming_a_finished_plan_reviews_its_five_years(real_ledger):
    got = extract_by_value("丰收的“十三五”\n全市生产总值由2015年的800亿元增加到2020年的1000亿元；城镇就业人数由30万人增加到"
                           "36万人。累计完成固定资产投资2000亿元，是“十二五”时期的1.8倍，年均增长6%。三次产业结构由"
                           "10:50:40演进为9:45:46。开工建设4条铁路，机场由3个增加到7个。", real_ledger, date="2021-02-01")
    assert got["30"].period == "2015" and got["36"].period == "2020"
    assert got["2000"].period == "2016-2020" and got["1.8"].period == "2016-2020"
    assert got["1.8"].indicator == "fai" and got["1.8"].measure == "multiple"
    assert got["10"].period == "2015" and got["9"].period == "2020"
    assert got["4"].period == "2016-2020" and got["3"].period == "2015" and got["7"].period == "2020"


def test_a_line_on_the_decade_since_2012_dates_from_levels_2012(real_ledger):
    got = extract_by_value("十年来，全区累计植树造林0.52亿亩，年均治沙300万亩，森林覆盖率由15.1%提高到18.2%，"
                           "沙尘天数由每年6.5天减少到2.1天；电力装机达0.88亿千瓦。", real_ledger, date="2022-09-01")
    assert got["0.52"].unit == "亿亩" and got["0.52"].period == "2012-2021"
    assert got["300"].period == "2012-2021"
    assert got["15.1"].period == "2012" and got["18.2"].period == "2021"
    assert got["6.5"].period == "2012" and got["2.1"].period == "2021" and got["6.5"].unit == "天"
    assert got["0.88"].unit == "亿千瓦" and got["0.88"].period == "2021"


def test_a_number_in_a_slogan_is_no_figure(real_ledger):
    got = extract_by_value("上半年，全区开展“奋战60天”行动，完成投资12.3亿元。", real_ledger, date="2022-07")
    assert "60" not in got and "12.3" in got


def test_a_ratio_of_the_three_sectors_with_a_stray_percent_sign(real_ledger):
    got = extract_by_value("2021年，三次产业结构为12.2:40.5%: 47.3%。", real_ledger, date="2022-05")
    assert [got[v].indicator for v in ("12.2", "40.5", "47.3")] == ["va_primary", "va_secondary", "va_tertiary"]
    assert {got[v].measure for v in ("12.2", "40.5", "47.3")} == {"share"}



def test_an_undated_natural_endowment_is_dated_at_the_document(real_ledger):
    got = extract_by_value("2015年全县生产总值120亿元。全县已探明矿产22种，煤炭保有量35亿吨，野生动物有60种。",
                           real_ledger, date="2016-08")
    assert got["120"].period == "2015"
    assert got["22"].period == got["35"].period == got["60"].period == "2016M08"


def test_registered_population_and_its_parts(real_ledger):
    got = extract_by_value("2019年末全县常住人口40.2万人，人口自然增长率为4.1‰，比上年高0.3个千分点。户籍人口45.5万人，"
                           "其中，男性人口23.1万人，女性人口22.4万人。", real_ledger, date="2020-04")
    assert got["40.2"].indicator == "population" and got["45.5"].indicator == "registered_population"
    assert got["23.1"].indicator == "registered_male_population"
    assert got["22.4"].indicator == "registered_female_population"
    assert got["0.3"].unit == "个千分点" and got["0.3"].measure == "pp_change"
    assert got["0.3"].indicator == "natural_growth_rate"


def test_a_level_printed_in_dollars_takes_the_dollar_row(real_ledger):
    got = extract_by_value("丰收的“十三五”\n人均地区生产总值由8000美元增加到1.02万美元。", real_ledger, date="2021-02-01")
    assert got["8000"].indicator == got["1.02"].indicator == "gdp_per_capita_usd"


def test_a_pair_of_urban_and_rural_averages_after_a_pair_of_levels(real_ledger):
    got = extract_by_value("2021年，城乡常住居民人均可支配收入分别达到41000元和17500元，年均增长5.5%和8.7%。",
                           real_ledger, date="2022-01")
    assert got["5.5"].indicator == "urban_disposable_income_per_capita"
    assert got["8.7"].indicator == "rural_disposable_income_per_capita"


def test_a_term_review_carries_a_total_to_the_next_clause_but_not_a_level_reached(real_ledger):
    got = extract_by_value("一、过去四年工作回顾\n累计生产原煤12.5亿吨，发电0.8万亿千瓦时。累计发放补贴280万元，"
                           "存栏稳定在3万匹、1500峰左右。进口肉牛700只。", real_ledger, date="2022-01-06")
    assert got["12.5"].period == got["0.8"].period == got["280"].period == "2018-2021"
    assert got["3"].period == got["1500"].period == "2021"
    assert got["700"].period == "2018-2021" and got["700"].unit == "只"


def test_a_forum_user_box_is_no_figure_and_a_per_capita_level_ends_a_term_total(real_ledger):
    got = extract_by_value("• 签到天数: 365 天", real_ledger, date="2022-03")
    assert not got
    got = extract_by_value("一、过去四年工作回顾\n累计完成投资99亿元，人均突破12万元。", real_ledger, date="2022-01-06")
    assert got["99"].period == "2018-2021" and got["12"].period == "2021"


def test_a_crop_named_with_a_learned_tail_is_not_the_grain_total(real_ledger):
    got = extract_by_value("2020年，粮食播种面积20000公顷。其中：大豆播种面积3100公顷，下降2.0%。苹果总产量5200吨，增长1.0%。",
                           real_ledger, date="2021-05")
    assert got["20000"].indicator == "grain_sown_area"
    assert got["3100"].indicator == "" and got["5200"].indicator == ""


def test_fai_in_its_usual_scope_of_projects_above_five_million(real_ledger):
    got = extract_by_value("一季度，全旗500万元以上固定资产投资预计完成6.2亿元，增长15%。", real_ledger, date="2019-04")
    assert got["6.2"].indicator == got["15"].indicator == "fai"


def test_bare_parts_of_a_count_of_key_projects(real_ledger):
    got = extract_by_value("今年全县重点建设项目52个，总投资310亿元，年度投资95亿元；开(复)工21个，开工率40%。",
                           real_ledger, date="2019-04")
    assert got["52"].indicator == "key_projects"
    assert got["310"].indicator == "" and got["310"].proposed_indicator == "重点项目总投资"
    assert got["95"].indicator == "key_projects_planned_investment"
    assert got["21"].indicator == "key_projects_started"
    assert got["40"].indicator == "key_projects_start_rate"


def test_places_listed_with_their_values_take_the_quantity_totalled_before(real_ledger):
    got = extract_by_value("1-6月，全市社会消费品零售总额完成80.5亿元，同比增长9.1%。东河区、青山区、石拐区分别增长10.2%、"
                           "8.8%和7.5%。", real_ledger, date="2021-07")
    for v in ("10.2", "8.8", "7.5"):
        assert got[v].indicator == "retail_sales" and "set its city" in got[v].notes, v


def test_a_count_with_its_own_noun_is_not_the_name_printed_for_the_next_item(real_ledger):
    got = extract_by_value("丰收的“十三五”\n开工建设2条城际铁路和一批重大项目，变电容量突破0.8亿千伏安。", real_ledger,
                           date="2021-02-01")
    assert got["2"].indicator == "" and got["2"].proposed_indicator == "城际铁路"
    assert got["0.8"].unit == "亿千伏安"
