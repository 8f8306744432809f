"""Issue 18, round 3: parts never get their whole's code, lists map in order,
periods a report implies. Every sentence is made up (a fictional place and
invented figures), none copied from a real document."""

from __future__ import annotations

from helpers import extract_by_value as by_value




def test_an_industry_inside_a_catalogue_name_is_a_part(real_ledger):
    got = by_value("2024年，望川市农畜产品加工业增加值增长9.1%，第一产业投资下降20.2%，钢铁和电力两大支柱产业增加值"
                   "增长14.3%，对规模以上工业增加值的贡献率达60.4%，拉动规模以上工业增长9.3个百分点。", real_ledger)
    for v in ("9.1", "-20.2", "14.3", "60.4", "9.3"):
        assert got[v].indicator == "", (v, got[v].reason)
        assert got[v].confidence < 0.8
    assert "农畜产品加工业" in got["9.1"].proposed_indicator
    assert got["-20.2"].proposed_indicator == "第一产业投资"
    assert got["60.4"].measure == "contribution" and got["9.3"].measure == "pull"


def test_a_period_opening_a_paragraph_holds_for_its_later_sentences(real_ledger):
    text = "前三季度，望川市规模以上工业增加值同比增长15.5%。\n1-8月，规模以上工业企业营业收入同比增长47.5%；利润总额增长2.5倍。"
    got = by_value(text, real_ledger, date="2021-10")
    assert got["15.5"].period == "2021Q1-Q3"
    assert got["47.5"].period == got["2.5"].period == "2021M01-M08"


def test_a_work_report_reviewing_the_past_year_dates_its_figures_the_year_before(real_ledger):
    text = "望川市政府工作报告\n一、过去一年工作回顾\n——经济运行稳中向好。地区生产总值增长4.5%；社会消费品零售总额734.5亿元。"
    got = by_value(text, real_ledger, date="2020-04-21")
    assert got["4.5"].period == got["734.5"].period == "2019"


def test_urban_and_rural_after_fenbie_map_in_order(real_ledger):
    got = by_value("2024年，望川市城镇、农村常住居民人均可支配收入分别完成41001元、17002元，分别增长4.5%和6.8%。",
                   real_ledger)
    assert [got[v].indicator for v in ("41001", "4.5")] == ["urban_disposable_income_per_capita"] * 2
    assert [got[v].indicator for v in ("17002", "6.8")] == ["rural_disposable_income_per_capita"] * 2
    got = by_value("2024年，城乡居民人均可支配收入分别达到42001元和18002元、增长7.1%和10.2%。", real_ledger)
    assert got["7.1"].indicator == "urban_disposable_income_per_capita"
    assert got["10.2"].indicator == "rural_disposable_income_per_capita"


def test_counts_of_industry_divisions_and_the_share_that_grew(real_ledger):
    got = by_value("2024年，望川市规模以上工业41个行业大类中，30个行业增加值实现增长，增长面为73.2%。", real_ledger)
    assert (got["41"].indicator, got["30"].indicator) == ("industry_categories", "industry_categories_growing")
    assert (got["73.2"].indicator, got["73.2"].measure, got["73.2"].denominator) == (
        "industry_categories_growing", "share", "industry_categories")
    got = by_value("2024年，17个服务业行业大类中，13个行业营业收入增长。", real_ledger)
    assert (got["17"].indicator, got["13"].indicator) == ("services_categories", "services_categories_growing")


def test_a_budget_item_is_not_the_whole_budget(real_ledger):
    got = by_value("2024年，望川市一般公共预算支出300.5亿元，增长5.5%。其中，教育支出50.5亿元，增长3.5%；"
                   "科学技术支出4.5亿元，增长20.5%。", real_ledger)
    assert got["300.5"].indicator == "public_budget_expenditure"
    for v, name in (("50.5", "教育支出"), ("3.5", "教育支出"), ("4.5", "科学技术支出"), ("20.5", "科学技术支出")):
        assert (got[v].indicator, got[v].proposed_indicator) == ("", name), (v, got[v].reason)
        assert got[v].confidence < 0.8


def test_a_gap_or_an_excess_after_a_figure_is_a_quantity_of_its_own(real_ledger):
    got = by_value("2024年，望川市规上工业增加值增长8.5%，高于全区2.5个百分点；一般公共预算收入完成120.5亿元，"
                   "完成年度任务的105.5%，超额完成年度任务5.5亿元。", real_ledger)
    gap = got["2.5"]  # a quantity of its own: proposed, or its catalogue code once a review made one
    assert gap.measure == "level" and gap.indicator != "va_industry_above_scale"
    assert not gap.indicator or "全区" in real_ledger.indicators[gap.indicator].name_zh
    assert gap.indicator or gap.proposed_indicator.endswith("增速高于全区")
    assert (got["105.5"].indicator, got["105.5"].measure) == ("public_budget_revenue", "pct_of_target")
    assert (got["5.5"].indicator, got["5.5"].proposed_indicator) == ("", "一般公共预算收入超额完成年度任务")
    got = by_value("2024年，外贸进出口增长30.5%，增速高于全区11.5个百分点。", real_ledger)
    assert (got["11.5"].indicator, got["11.5"].measure) == ("trade_growth_gap_region", "level")


def test_a_list_of_gaps_printing_its_unit_once(real_ledger):
    got = by_value("上半年，甲、乙两个产业增加值分别同比增长87.5%、28.5%，分别快于规上工业增速71.5个、12.5个百分点。",
                   real_ledger, date="2018-07")
    assert (got["71.5"].unit, got["71.5"].measure) == ("个百分点", "level")
    assert got["12.5"].measure == "level" and got["71.5"].indicator == got["12.5"].indicator == ""


def test_english_conversions_conditions_shares_and_multiples(real_ledger):
    got = by_value("In 2022, the operating income of Wangchuan's firms was 800.5 billion yuan ($118.5 billion), up 16.5 "
                   "percent, and accounts for 28.5 percent of the region's total. Their profit grew by 26.5 percent, "
                   "7.5 percentage points higher than that of the region. Foreign capital reached 105.5 million yuan, "
                   "an increase of 23 times. Projects with agreements exceeding 1 billion yuan accounted for more than "
                   "80 percent of the planned investment.", real_ledger)
    assert "118.5" not in got and "1" not in got  # a conversion in brackets and a condition are no figures
    assert got["28.5"].measure == got["80"].measure == "share"
    assert got["26.5"].measure == "growth" and got["23"].measure == "multiple_increase"
    assert (got["7.5"].measure, got["7.5"].value) == ("level", "7.5")  # a gap, not a change


def test_an_english_count_in_a_unit_not_in_units_csv_is_proposed_with_its_unit(real_ledger):
    got = by_value("In 2023, Wangchuan had 15 research centres and 81 production bases, one of the top 100 cities.",
                   real_ledger)
    assert "100" not in got
    for v, noun in (("15", "research centres"), ("81", "production bases")):
        assert (got[v].unit, got[v].indicator, got[v].proposed_indicator) == (noun, "", noun)
        assert "not in units.csv" in got[v].reason and got[v].confidence < 0.8


def test_list_items_share_a_fall_a_unit_and_the_subject_of_a_share(real_ledger):
    got = by_value("上半年，甲业、乙工业增加值分别同比下降3.5%、21.5%，分别拉动工业增长3.3、1.3和1.2个百分点。"
                   "望川市重点产业实现营业收入75.5亿元，同比增长26.5%，占全部规上工业营业收入的92.5%。"
                   "规上工业累计实现8.5%的增速。", real_ledger, date="2018-07")
    assert "-3.5" in got and "-21.5" in got
    assert all(got[v].unit == "个百分点" and got[v].measure == "pull" for v in ("3.3", "1.3"))
    assert (got["92.5"].measure, got["92.5"].indicator) == ("share", "")
    assert got["92.5"].proposed_indicator == got["75.5"].proposed_indicator
    assert (got["8.5"].measure, got["8.5"].indicator) == ("growth", "va_industry_above_scale")


def test_a_name_shared_by_several_catalogue_rows_is_doubted_or_told_by_its_qualifier(real_ledger):
    got = by_value("2024年，望川市签约亿元以上项目28个，到位资金18.5亿元。", real_ledger)
    for v in ("28", "18.5"):
        assert got[v].confidence <= 0.6 and "share the name" in got[v].reason, (v, got[v].reason)
    got = by_value("2024年，新材料产业集群签约亿元以上项目21个。", real_ledger)
    assert got["21"].indicator == "signed_projects_100m_new_materials"  # the qualifier printed picks the row


def test_english_names_completed_by_industrial_enterprises_above_designated_size(real_ledger):
    got = by_value("In 2022, Wangchuan's industrial enterprises above designated size generated an operating income of "
                   "800.5 billion yuan, up 16.5 percent. Industrial enterprises above designated size in the city saw "
                   "their profit grow by 26.5 percent, or to 244.5 billion yuan.", real_ledger)
    assert got["800.5"].indicator == got["16.5"].indicator == "industry_revenue_above_scale"
    assert got["26.5"].indicator == got["244.5"].indicator == "industry_profit_above_scale"
    assert got["800.5"].confidence < 0.8
