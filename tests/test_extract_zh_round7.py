"""Chinese rules written from the round 7a development set, as general
mechanisms: names compared once normalised (short forms, filler verbs, month
words), a subject carried across clauses and where it ends, lists with signed
items, a place's contribution to a whole; the period a point date governs,
the release's span as the default of its flows, the year a report reviews, a
term review opened by 第N届人民政府工作回顾 and "YYYY年以来".

Every sentence here is made up (invented places, figures and wording); none
is copied from a real document.
"""

from __future__ import annotations

from helpers import extract_by_value


# --- indicator: names normalised before the catalogue is searched -------------------------------------------------

def test_a_short_form_and_a_filler_verb_do_not_hide_a_name(real_ledger):
    got = extract_by_value("2021年，全县规上工业企业实现营业收入80.2亿元，同比增长9.9%。", real_ledger, date="2022-03")
    assert got["80.2"].indicator == got["9.9"].indicator == "industry_revenue_above_scale"
    assert got["80.2"].confidence < 0.8  # a weaker way of finding the name than printing it whole


def test_the_narrower_name_wins_over_the_shorter_one_found_first(real_ledger):
    # 规模以上工业 alone is a synonym of the value added; 规模以上工业企业…营业收入 is the revenue
    got = extract_by_value("全年规模以上工业企业共实现营业收入55.5亿元。", real_ledger, date="2020-03")
    assert got["55.5"].indicator == "industry_revenue_above_scale"


def test_a_bare_name_is_completed_with_the_subject_of_its_sentence(real_ledger):
    got = extract_by_value("2021年，全县规模以上工业企业实现营业收入30.1亿元，同比增长5.5%；实现产销率97.7%，"
                           "比上年提高0.4个百分点。", real_ledger, date="2022-03")
    assert got["97.7"].indicator == got["0.4"].indicator == "industrial_sales_ratio"


def test_a_subject_printed_after_a_kind_is_a_part_and_is_not_carried(real_ledger):
    # 甲业重点项目 are some of the key projects: their investment is not the catalogue's key-project investment
    got = extract_by_value("2021年，全县12个甲业重点项目全部开工，完成投资8.8亿元。", real_ledger, date="2022-03")
    assert got["8.8"].indicator == ""
    # and 规模以上工业重点产业 is a part of industry above designated size
    got = extract_by_value("上半年，全县规模以上工业重点产业实现营业收入40.4亿元；实现利润总额3.3亿元。", real_ledger,
                           date="2021-08")
    assert got["3.3"].indicator == ""


def test_another_head_noun_ends_the_subject_carried_from_the_figure_before(real_ledger):
    got = extract_by_value("预计全年，全县规上工业产值完成210亿元，增加值增长6%左右。", real_ledger, date="2025-01-15")
    assert got["210"].indicator == "industrial_output_value"
    assert got["6"].indicator == "va_industry_above_scale"


def test_investment_of_one_sector_is_not_all_investment(real_ledger):
    got = extract_by_value("1—4月份，全县固定资产投资同比增长20.5%。分产业看，一产投资增长30.3%；三产投资下降4.4%。",
                           real_ledger, date="2023-05-20")
    assert got["20.5"].indicator == "fai"
    for value, sector in (("30.3", "第一产业"), ("-4.4", "第三产业")):  # a sector's own, never all investment:
        code = got[value].indicator  # proposed, or the sector's code once a review catalogued it
        assert code != "fai" and (not code or sector in real_ledger.indicators[code].name_zh)


def test_a_count_of_firms_before_their_name(real_ledger):
    got = extract_by_value("1-6月，某县的88户规模以上工业增加值增长6.6%。", real_ledger, date="2022-07")
    assert got["88"].indicator == "industrial_firms_above_scale"
    assert got["6.6"].indicator == "va_industry_above_scale"


def test_an_industry_named_inside_a_completed_name_is_another_kind(real_ledger):
    got = extract_by_value("1-9月，全县能源工业同比增长5.5%。其中，煤炭行业同比增长3.2%。", real_ledger, date="2022-10")
    assert got["3.2"].indicator == ""


def test_a_qualifier_in_brackets_after_a_name_is_read_through(real_ledger):
    got = extract_by_value("1—5月份，全县规上工业企业(不含电力)实现利润总额9.9亿元，同比下降5.5%。", real_ledger,
                           date="2023-06-20")
    assert got["9.9"].indicator == got["-5.5"].indicator == "industry_profit_above_scale"


def test_catalogue_synonyms_of_the_same_concept(real_ledger):
    got = extract_by_value("2022年，全县生鲜乳产量12.3万吨，同比增长8%。", real_ledger, date="2023-03")
    assert got["12.3"].indicator == "milk_output"
    got = extract_by_value("2013年，全县第三产业产值达到55亿元。", real_ledger, date="2014-02")
    assert got["55"].indicator == "va_tertiary"


# --- indicator: lists and wholes ------------------------------------------------------------------------------------

def test_signed_items_of_a_sector_list_keep_their_places(real_ledger):
    got = extract_by_value("2022年，三次产业对经济增长的贡献率分别为60.2%、-25.1%和64.9%，分别拉动经济增长1.1、-0.5和"
                           "1.2个百分点。", real_ledger, date="2023-03")
    assert [got[v].indicator for v in ("60.2", "-25.1", "64.9")] == ["va_primary", "va_secondary", "va_tertiary"]
    assert [got[v].indicator for v in ("1.1", "-0.5", "1.2")] == ["va_primary", "va_secondary", "va_tertiary"]
    assert got["-25.1"].measure == "contribution" and got["1.1"].unit == "个百分点"


def test_a_place_contribution_to_a_whole_is_the_whole_quantity(real_ledger):
    got = extract_by_value("1-8月，全市规上工业增加值增长9%。地区贡献：甲旗对规上工业增加值增长的贡献率达到21.1%。",
                           real_ledger, date="2024-09-20")
    assert got["21.1"].indicator == "va_industry_above_scale" and got["21.1"].measure == "contribution"
    assert "set its city" in got["21.1"].notes


# --- period -----------------------------------------------------------------------------------------------------------

def test_a_point_date_governs_its_own_sentence_not_the_rest_of_the_paragraph(real_ledger):
    got = extract_by_value("畜牧业稳中有进。全县2022年6月末牲畜存栏达到300万头只。全县有龙头企业50家，其中国家级3家。",
                           real_ledger, date="2023-03-20")
    assert got["300"].period == "2022M06"
    assert got["50"].period == got["3"].period == "2022"


def test_a_point_date_goes_on_after_a_semicolon_of_its_sentence(real_ledger):
    got = extract_by_value("前三季度，全县农业增加值增长5%。三季度末，全县生猪存栏30.1万头；牛存栏20.2万头。",
                           real_ledger, date="2023-10-20")
    assert got["30.1"].period == got["20.2"].period == "2023M09"


def test_a_paragraph_opened_by_a_point_date_dates_its_counts_not_its_flows(real_ledger):
    text = "某旗2023年1—5月份经济运行情况\n截至5月底，全旗在库项目80项。其中，亿元以上项目11个，完成投资同比增长20.2%。"
    got = extract_by_value(text, real_ledger, date="2023-06-20")
    assert got["80"].period == got["11"].period == "2023M05"
    assert got["20.2"].period == "2023M01-M05"


def test_a_month_of_a_release_is_that_month(real_ledger):
    got = extract_by_value("1—5月份，全县规上工业增加值同比增长4.4%；5月份规上工业增加值同比下降2.2%，比4月份回升3.3个百分点。",
                           real_ledger, date="2023-06-20")
    assert got["4.4"].period == "2023M01-M05"
    assert got["-2.2"].period == got["3.3"].period == "2023M05"
    assert got["3.3"].base_period == "2023M04"


def test_the_release_span_dates_its_flows_after_a_headline_and_a_lead(real_ledger):
    text = ("某市工业增加值连续20个月增长\n据某某网消息，今年以来，某市工业稳步回升。\n"
            "1-7月，全市规模以上工业增加值增长9.9%。\n从行业看，30个行业大类中有20个行业实现增长，增长面为66.7%。")
    got = extract_by_value(text, real_ledger, date="2024-08-20")
    assert got["9.9"].period == got["66.7"].period == got["30"].period == "2024M01-M07"


def test_a_bulletin_opening_with_the_year_it_reviews_dates_its_counts_at_that_year(real_ledger):
    text = ("某旗统计局\n(2023年3月30日)\n2022年是关键之年，全旗经济稳定恢复。\n"
            "全年建筑业增加值增长2.0%。全旗有资质的建筑企业15家，其中本年有施工项目的企业9家。")
    got = extract_by_value(text, real_ledger, date="2023-03-30")
    assert got["15"].period == got["9"].period == "2022"


def test_a_plan_execution_heading_dates_the_year_it_reviews(real_ledger):
    text = "一、2024年国民经济和社会发展计划执行情况\n全年签约项目21个。"
    got = extract_by_value(text, real_ledger, date="2025-01-20")
    assert got["21"].period == "2024"


def test_a_term_review_of_a_numbered_government_opened_with_its_first_year(real_ledger):
    text = ("一、十四届人民政府工作回顾\n2018年以来，在各方支持下，全旗经济稳步发展。\n"
            "地区生产总值达到60.1亿元，年均增长1.1%；累计完成固定资产投资70.2亿元，三次产业结构演进为10.1:50.2:39.7。")
    got = extract_by_value(text, real_ledger, date="2022-01-10")
    assert got["60.1"].period == "2021"
    assert got["1.1"].base_period == "2017"
    assert got["70.2"].period == "2018-2021"
    assert got["10.1"].period == "2021"


def test_a_rank_after_gaps_is_the_rank_of_the_figure_compared(real_ledger):
    got = extract_by_value("1-6月，全市规模以上工业增加值增长8.8%，分别高于全国、全区2.2、1.1个百分点，位列全区第2位。",
                           real_ledger, date="2024-07-20")
    assert got["2"].measure == "growth_rank" and got["2"].indicator == "va_industry_above_scale"
    assert got["2.2"].indicator != "va_industry_above_scale"  # the gaps are quantities of their own
