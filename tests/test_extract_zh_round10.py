"""Chinese rules written from the round-10 development set (dev13: five banner
and county documents) and the losses fresh round 9 named, as general
mechanisms: a three-sector ratio written 结构比 with ASCII colons; the years of
十四五以来 and of a term's totals; 年末 without its year; an urban-rural pair
printed 从a和b增加到c和d or short (城乡居民收入); units of weather, of kWh written
out and of glass; a pull down (拉低); what a firm produces and the animals of an
inventory; catalogue concepts in the older or longer words bulletins print.

Every sentence here is made up (invented places, figures and wording); none
is copied from a real document.
"""

from __future__ import annotations

from helpers import extract_by_value


def _extract(lines, ledger, date):
    """The candidates of a document of ``lines``, by value (the catalogue's first city, helpers.py)."""
    return extract_by_value("\n".join(lines), ledger, date=date)


# --- ratios and spans ---------------------------------------------------------------------------------------------

def test_a_sector_ratio_printed_as_structure_ratio_with_ascii_colons_is_three_shares(real_ledger):
    got = extract_by_value("全年三次产业结构比为13.2:41.5:45.3。", real_ledger, date="2025-02-10")
    assert [got[v].indicator for v in ("13.2", "41.5", "45.3")] == ["va_primary", "va_secondary", "va_tertiary"]
    assert {got[v].measure for v in ("13.2", "41.5", "45.3")} == {"share"}
    got = extract_by_value("三次产业比为11.4:42.5:46.1，三产比例由上年的12:41:47调整为11:43:46。", real_ledger, date="2025-02-10")
    assert [got[v].indicator for v in ("11.4", "42.5", "46.1")] == ["va_primary", "va_secondary", "va_tertiary"]
    assert got["12"].period == "2023" and got["11"].period == "2024"


def test_a_total_since_the_14th_plan_began_ends_with_the_year_covered(real_ledger):
    got = _extract(["一、2024年工作回顾", "“十四五”以来，全县累计完成固定资产投资287亿元。"], real_ledger,
                   date="2025-01-18")
    assert got["287"].indicator == "fai" and got["287"].period == "2021-2024"


def test_the_14th_plan_period_is_still_its_five_years(real_ledger):
    got = _extract(["“十四五”期间，全县累计完成固定资产投资287亿元。"], real_ledger, date="2026-01-18")
    assert got["287"].period == "2021-2025"


def test_a_term_review_of_the_peoples_government_totals_its_five_years(real_ledger):
    got = _extract(["一、本届人民政府工作回顾", "五年来，地区生产总值累计突破310亿元，社会消费品零售总额累计达到96亿元。",
                    "全县63个贫困村全部出列。"], real_ledger, date="2022-01-09")
    assert got["310"].indicator == "gdp" and got["310"].period == "2017-2021"
    assert got["96"].period == "2017-2021"
    assert got["63"].period == "2021"  # a count reached, in the year covered


def test_year_end_without_its_year_is_the_end_of_the_year_covered(real_ledger):
    got = extract_by_value("年末全旗农牧业机械总动力31.7万千瓦，比上年末增长2.6%。年末具有资质等级的建筑业企业17家。",
                           real_ledger, date="2021-04-20")
    assert got["31.7"].indicator == "farm_machinery_power" and got["31.7"].period == "2020"
    assert got["17"].period == "2020"


def test_the_end_of_a_year_printed_twice_is_that_year(real_ledger):
    got = extract_by_value("2020年年末全县常住人口21.4万人。", real_ledger, date="2025-01-20")
    assert got["21.4"].period == "2020"


def test_a_deadline_at_the_year_end_is_not_the_year_covered(real_ledger):
    got = extract_by_value("力争年底前建成5G基站260个。", real_ledger, date="2025-01-20")
    assert got["260"].period == "2025"


# --- urban and rural pairs ----------------------------------------------------------------------------------------

def test_an_urban_rural_pair_from_a_to_b_is_urban_then_rural_at_each_end(real_ledger):
    got = _extract(["一、本届人民政府工作回顾",
                    "城乡居民人均可支配收入从23810元和9120元增加到30541元和13606元。"], real_ledger, date="2022-01-09")
    assert got["23810"].indicator == got["30541"].indicator == "urban_disposable_income_per_capita"
    assert got["9120"].indicator == got["13606"].indicator == "rural_disposable_income_per_capita"
    assert got["23810"].period == got["9120"].period == "2016"
    assert got["30541"].period == got["13606"].period == "2021"
    got = _extract(["一、本届人民政府工作回顾", "城乡常住居民人均可支配收入由2.4万元、0.9万元提高到3.1万元、1.4万元。"],
                   real_ledger, date="2022-01-09")
    assert got["2.4"].indicator == got["3.1"].indicator == "urban_disposable_income_per_capita"
    assert got["0.9"].indicator == got["1.4"].indicator == "rural_disposable_income_per_capita"


def test_residents_income_printed_short_is_the_disposable_income(real_ledger):
    got = extract_by_value("全年城乡居民收入分别达到40215元和18731元，分别增长5.1%和7.2%。", real_ledger, date="2025-01-20")
    assert got["40215"].indicator == got["5.1"].indicator == "urban_disposable_income_per_capita"
    assert got["18731"].indicator == got["7.2"].indicator == "rural_disposable_income_per_capita"


# --- units --------------------------------------------------------------------------------------------------------

def test_weather_figures_are_no_figures(real_ledger):
    """Round 10 read the weather with its units; the curators of s540, s672 (and every review since) delete it:
    the climate is not the economy or society (docs/curation.md), and the ledger holds none of it."""
    got = extract_by_value("全年日照时数2911.4小时，降水量287.5毫米。全年平均气温7.9℃，年极端最低气温-29.3℃。"
                           "全市地区生产总值增长5.1%。", real_ledger, date="2021-04-20")
    assert set(got) == {"5.1"}


def test_hours_that_bound_a_service_are_no_figure(real_ledger):
    got = extract_by_value("政务大厅实现24小时不打烊，企业诉求48小时内办结。", real_ledger, date="2025-01-20")
    assert "24" not in got and "48" not in got


def test_kilowatt_hours_written_out_and_weight_cases_are_units(real_ledger):
    got = extract_by_value("全年发电量78.4亿千瓦小时，下降3.2%；平板玻璃产量860万重量箱。", real_ledger, date="2021-04-20")
    assert got["78.4"].indicator == "power_generation" and got["78.4"].unit == "亿千瓦小时"
    assert got["860"].unit == "万重量箱"


# --- a pull down --------------------------------------------------------------------------------------------------

def test_a_pull_down_is_a_negative_pull_of_the_part_before(real_ledger):
    got = extract_by_value("1—9月，全旗规上工业增加值同比增长2.1%。采矿业增加值下降41.2%，拉低规上工业增速4.6个百分点。",
                           real_ledger, date="2025-10-20")
    pull = got["-4.6"]
    assert pull.measure == "pull" and pull.indicator != "va_industry_above_scale"
    assert pull.indicator == got["-41.2"].indicator


# --- products and animals -----------------------------------------------------------------------------------------

def test_what_firms_produce_is_its_output(real_ledger):
    got = extract_by_value("全年规模以上工业企业生产原煤15120.3万吨，比上年下降4.1%。", real_ledger, date="2021-04-20")
    assert got["15120.3"].indicator == got["-4.1"].indicator == "raw_coal_output"


def test_a_product_only_contained_in_a_catalogue_name_is_proposed(real_ledger):
    got = extract_by_value("全年生产液化天然气98.6万吨。", real_ledger, date="2021-04-20")
    assert got["98.6"].indicator != "natural_gas_output"


def test_the_animals_of_an_inventory_are_their_inventories(real_ledger):
    got = extract_by_value("年末牲畜总头数48.31万头(只)，比上年末增长1.2%。其中，猪3.02万头，增长5.5%；羊40.16万只，"
                           "增长0.7%；大牲畜1.8万头。", real_ledger, date="2021-04-20")
    assert got["3.02"].indicator == got["5.5"].indicator == "pig_inventory"
    assert got["40.16"].indicator == got["0.7"].indicator == "sheep_inventory"
    assert got["1.8"].indicator != "livestock_inventory"  # 大牲畜 is a part of the whole


def test_the_animals_sold_are_not_an_inventory(real_ledger):
    got = extract_by_value("全年牲畜出栏52.4万头只。其中，羊46.3万只。", real_ledger, date="2021-04-20")
    assert got["46.3"].indicator != "sheep_inventory"


# --- concepts printed in other words (data/synonyms.csv) -----------------------------------------------------------

def test_older_and_longer_names_of_catalogue_concepts(real_ledger):
    got = extract_by_value("全年公共财政支出38.6亿元。粮食单位面积产量312.4公斤/亩。就业困难人员再就业186人。",
                           real_ledger, date="2021-04-20")
    assert got["38.6"].indicator == "public_budget_expenditure"
    assert got["312.4"].indicator == "grain_yield_per_unit"
    assert got["186"].indicator == "hard_to_employ_employed"
    got = extract_by_value("全年牲畜头数稳定在231万头只。", real_ledger, date="2025-01-20")
    assert got["231"].indicator == "livestock_inventory"


def test_funds_secured_are_from_higher_levels_and_no_goal(real_ledger):
    got = _extract(["一、2024年工作回顾", "争取到位资金12.37亿元；招商引资到位资金26亿元。"], real_ledger, date="2025-01-20")
    assert got["12.37"].indicator == "higher_level_funds_secured" and got["12.37"].qualifier == "exact"
    got = extract_by_value("争取到2027年建成充电桩800个。", real_ledger, date="2025-01-20")
    assert got["800"].qualifier == "target"
    got = _extract(["一、2024年工作回顾", "全年争取中央和自治区各类资金15.2亿元。"], real_ledger, date="2025-01-20")
    assert got["15.2"].qualifier == "exact" and got["15.2"].period == "2024"
    got = _extract(["二、2025年工作安排", "争取中央预算内资金9亿元。"], real_ledger, date="2025-01-20")
    assert got["9"].qualifier == "target"


# --- measures and what is no figure -------------------------------------------------------------------------------

def test_a_completion_rate_of_investment_is_of_the_planned_investment(real_ledger):
    got = _extract(["一、2024年工作回顾", "组织实施重大项目42个，完成投资88.3亿元，完成投资率109%。"], real_ledger,
                   date="2025-01-20")
    assert got["109"].measure == "pct_of_target" and got["109"].indicator == got["88.3"].indicator


def test_a_size_inside_a_project_name_is_no_figure(real_ledger):
    got = extract_by_value("推动某某新能源26万千瓦绿电项目开工，建成年产8万吨碳化硅项目，新增新能源装机52万千瓦。", real_ledger,
                           date="2025-01-20")
    assert "26" not in got and "8" not in got
    assert got["52"].indicator == "new_energy_capacity"


def test_wind_speed_is_weather_no_figure(real_ledger):
    got = extract_by_value("全年平均风速2.9m/s。", real_ledger, date="2021-04-20")
    assert "2.9" not in got


def test_animals_printed_side_by_side_share_their_head(real_ledger):
    got = _extract(["一、2024年工作回顾", "肉牛奶牛存栏分别优化至18万头、6.5万头。"], real_ledger, date="2025-01-20")
    assert got["18"].indicator == "beef_cattle_inventory" and got["6.5"].indicator == "dairy_cows"


def test_the_14th_plan_since_in_ascii_quotes_or_entered_is_a_span_to_the_year_covered(real_ledger):
    got = _extract(["一、2024年工作回顾", '"十四五"以来，全县累计完成固定资产投资211亿元。',
                    "进入“十四五”，全县累计新增就业0.9万人。", "“十四五”时期以来，全县累计完成固定资产投资150亿元。"],
                   real_ledger, date="2025-01-18")
    assert got["211"].period == got["0.9"].period == got["150"].period == "2021-2024"


def test_a_clause_of_years_before_its_total_is_a_span(real_ledger):
    got = _extract(["一、2024年工作回顾", "过去五年，累计完成固定资产投资412亿元。"], real_ledger, date="2025-01-18")
    assert got["412"].indicator == "fai" and got["412"].period == "2020-2024"


# --- a subject carried through 由A…增加到B…年均增长 ------------------------------------------------------------------

def test_a_new_concept_is_carried_through_a_from_to_chain(real_ledger):
    got = _extract(["一、2024年工作回顾", "全县冷链物流收入由2020年的9.6亿元增加到2024年的17.3亿元，年均增长15.9%。"],
                   real_ledger, date="2025-01-20")
    assert got["9.6"].proposed_indicator == got["17.3"].proposed_indicator == got["15.9"].proposed_indicator \
        == "冷链物流收入"
    assert (got["9.6"].period, got["17.3"].period, got["15.9"].measure) == ("2020", "2024", "avg_growth")


def test_a_chain_from_the_end_of_the_13th_plan_is_dated_at_both_ends(real_ledger):
    got = _extract(["一、2024年工作回顾", "全县地区生产总值从“十三五”末的87亿元增加到118亿元，年均增长7.9%。"],
                   real_ledger, date="2025-01-20")
    assert got["87"].indicator == got["118"].indicator == got["7.9"].indicator == "gdp"
    assert (got["87"].period, got["118"].period) == ("2020", "2024")
    assert (got["7.9"].period, got["7.9"].base_period) == ("2024", "2020")


def test_a_structure_ratio_from_a_year_is_of_that_year(real_ledger):
    got = _extract(["一、2024年工作回顾", "三次产业结构比由2020年的17.4:36.2:46.4调整为15.8:39.1:45.1。"], real_ledger,
                   date="2025-01-20")
    assert (got["17.4"].period, got["46.4"].period) == ("2020", "2020")
    assert (got["15.8"].period, got["45.1"].period) == ("2024", "2024")


def test_a_multiple_of_the_13th_plan_period_is_based_on_its_five_years(real_ledger):
    got = _extract(["一、2024年工作回顾", "“十四五”以来，累计完成固定资产投资366亿元，是“十三五”时期的1.4倍。"], real_ledger,
                   date="2025-01-20")
    assert (got["1.4"].measure, got["1.4"].period, got["1.4"].base_period) == ("multiple", "2021-2024", "2016-2020")


def test_weather_against_last_year_or_the_normal_is_no_figure_either(real_ledger):
    got = extract_by_value("全年平均气温5.8℃，比上年偏高0.7℃；年降水量301.4毫米，比常年偏少9%。", real_ledger,
                           date="2024-04-15")
    assert not got


def test_a_balance_against_the_start_of_the_year_is_its_change(real_ledger):
    got = extract_by_value("年末金融机构各项存款余额196.3亿元，比年初增加10.8亿元。", real_ledger, date="2024-04-15")
    assert got["10.8"].indicator == got["196.3"].indicator == "deposit_balance"
    assert got["10.8"].measure == "change"


def test_what_firms_produce_is_proposed_as_an_output(real_ledger):
    got = extract_by_value("全年规模以上工业企业生产平板玻璃980万重量箱，增长6.3%。", real_ledger, date="2024-04-15")
    assert got["980"].proposed_indicator == got["6.3"].proposed_indicator == "平板玻璃产量"


def test_a_rank_after_how_the_growth_moved_since_earlier_months_is_the_growths(real_ledger):
    got = _extract(["1—10月，全旗规模以上工业增加值同比增长7.4%，增速比1—9月回落0.8个百分点，居全市第4位。"], real_ledger,
                   date="2025-11-20")
    assert got["-0.8"].measure == "pp_change"
    assert (got["4"].indicator, got["4"].measure) == ("va_industry_above_scale", "growth_rank")


def test_a_total_reached_after_what_was_added_is_the_stock(real_ledger):
    got = _extract(["一、2024年工作回顾", "新增市场主体1874户，总量达到1.6万户。新增“四上企业”21家达到96家。"], real_ledger,
                   date="2025-01-20")
    assert got["1874"].indicator == "new_market_entities"
    assert got["1.6"].indicator == "" and got["1.6"].proposed_indicator == "市场主体"
    assert got["96"].proposed_indicator == "四上企业"


def test_energy_intensity_written_out_is_energy_intensity(real_ledger):
    got = extract_by_value("万元GDP能耗下降2.9%，单位地区生产总值能耗下降3.3%。", real_ledger, date="2025-01-20")
    assert got["-2.9"].indicator == got["-3.3"].indicator == "energy_intensity"


def test_beds_and_tourism_revenue_in_other_words(real_ledger):
    got = extract_by_value("医疗卫生机构床位1540张。全年实现旅游总收入18.2亿元，建成区绿化覆盖率36.1%。", real_ledger,
                           date="2024-04-15")
    assert got["1540"].unit == "张"
    assert got["18.2"].indicator == "tourism_revenue"
    assert got["36.1"].proposed_indicator == "建成区绿化覆盖率"  # 建成区 is a noun, not the verb 建成


def test_households_and_persons_lifted_out_of_poverty(real_ledger):
    got = _extract(["一、本届人民政府工作回顾", "全县6120户14385人贫困对象全部脱贫。全年脱贫210户512人。"], real_ledger,
                   date="2022-01-06")
    assert got["6120"].indicator == got["210"].indicator == "poverty_exit_households"
    assert got["14385"].indicator == got["512"].indicator == "poverty_exit_persons"


def test_more_units_of_bulletins(real_ledger):
    got = extract_by_value("年末民用汽车保有量2.7万辆；家禽存栏31万羽；综合能源消费量98.2万吨标准煤；光伏装机120兆瓦。",
                           real_ledger, date="2024-04-15")
    assert (got["2.7"].unit, got["31"].unit, got["98.2"].unit, got["120"].unit) == ("万辆", "万羽", "万吨标准煤", "兆瓦")
    assert got["31"].indicator == "poultry_inventory"
    got = extract_by_value("全年PM2.5平均浓度为21微克/立方米。", real_ledger, date="2024-04-15")
    assert got["21"].unit == "微克/立方米" and "2.5" not in got


def test_a_name_shared_by_two_rows_takes_the_row_of_its_unit(real_ledger):
    got = extract_by_value("全年进出口总额14.6亿元，增长6%；进出口总额2.1亿美元。", real_ledger, date="2025-01-20")
    assert got["14.6"].indicator == got["6"].indicator == "trade_total"
    assert got["2.1"].indicator == "trade_total_usd"


def test_rural_net_income_is_not_the_disposable_income(real_ledger):
    got = extract_by_value("农村牧区居民人均纯收入9876元，增长13%。", real_ledger, date="2013-01-20")
    assert got["9876"].indicator == "rural_net_income_per_capita"


def test_a_month_on_month_growth_is_based_on_the_month_before(real_ledger):
    got = _extract(["10月份，全旗居民消费价格同比上涨0.4%，环比下降0.2%。"], real_ledger, date="2025-11-20")
    assert (got["0.4"].base_period, got["-0.2"].base_period) == ("", "2025M09")


def test_firms_counted_in_jia_are_the_count_of_firms(real_ledger):
    got = _extract(["一、2024年工作回顾", "全旗规模以上工业企业达到37家，其中新增6家。"], real_ledger, date="2025-01-20")
    assert got["37"].indicator == "industrial_firms_above_scale"
