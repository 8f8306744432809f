"""Rules written this stop from the development rounds (14–17) and the
catalogue of every county-level division: places known by their names, a
port's figures on a port's page, the link word of a growth rate.

Every sentence here is made up; places are taken from the catalogue, never
listed here.
"""

from __future__ import annotations

import re

import helpers
from analysis.extract import extract_lines
from analysis.extract.catalogue import COMMON_WORD_STEMS, area_stem


def _by_value(text, ledger, date="2025-03", **kw):
    return {c.value: c for c in helpers.extract_rows(text, ledger, date=date, **kw)}


def _areas(ledger, test):
    found = [ledger.city(slug) for slug in helpers.catalogue_areas() if test(ledger.city(slug))]
    assert found, "data/areas.csv has no area of the kind this test needs"
    return found


def test_a_document_titled_with_an_area_is_that_areas(real_ledger):
    for area in _areas(real_ledger, lambda a: a.parent and len(a.name_zh) > 2)[:20]:
        rows = extract_lines([f"{area.name_zh}2024年国民经济和社会发展统计公报", "全年地区生产总值完成88.8亿元，增长5.5%。"],
                             real_ledger, date="2025-03")
        assert {c.city for c in rows} == {area.slug}, area.name_zh


def test_an_area_whose_stem_is_a_common_word_is_known_by_its_full_name_only(real_ledger):
    common = _areas(real_ledger, lambda a: re.sub(r"(?:矿区|[旗区县市])$", "", a.name_zh) in COMMON_WORD_STEMS)
    for area in common:
        stem = re.sub(r"(?:矿区|[旗区县市])$", "", area.name_zh)
        assert area_stem(area.name_zh) == ""
        parent = real_ledger.city(area.parent)
        rows = extract_lines([f"{parent.name_zh}2024年国民经济和社会发展统计公报", f"{stem}建设",
                              "全年地区生产总值完成88.8亿元，增长5.5%。"], real_ledger, date="2025-03")
        assert {c.city for c in rows} == {parent.slug}, stem  # a heading "新城建设" is no district's


def test_an_autonomous_banner_is_known_by_its_peoples_name_and_banner(real_ledger):
    for area in _areas(real_ledger, lambda a: a.name_zh.endswith("自治旗")):
        short = re.sub(r"(?:达斡尔)?族?自治旗$", "旗", area.name_zh)
        rows = extract_lines([f"{short}2024年政府工作报告", "全年地区生产总值完成88.8亿元，增长5.5%。"], real_ledger,
                             date="2025-02")
        assert {c.city for c in rows} == {area.slug}, short


def test_a_ports_figures_on_a_ports_page_get_the_ports_codes(real_ledger):
    assert {"port_coal_imports", "port_export_freight"} <= set(real_ledger.indicators)
    text = "\n".join(["Border port handles more cargo in 2025",
                      "According to an official, deputy head of the port's office, imports of coal totaled 8.76 million "
                      "tonnes, marking a 12.34 percent increase. Exports of goods totaled 45,600 tonnes."])
    got = _by_value(text, real_ledger, date="2025-06-10")
    assert got["8.76"].indicator == got["12.34"].indicator == "port_coal_imports"
    assert got["45,600"].indicator == "port_export_freight"


def test_coal_imports_of_a_page_about_no_port_are_not_a_ports(real_ledger):
    got = _by_value("The city's imports of coal totaled 8.76 million tonnes in 2024.", real_ledger, date="2025-06-10")
    assert not got["8.76"].indicator.startswith("port_")


def test_a_growth_linked_by_marking_is_the_figure_befores(real_ledger):
    got = _by_value("In 2024, sales of hand-woven carpets totaled 3.21 million yuan, marking a 7.65 percent increase.",
                    real_ledger, date="2025-03-10")
    assert got["7.65"].indicator == got["3.21"].indicator
    assert got["7.65"].proposed_indicator == got["3.21"].proposed_indicator != "marking"


def test_a_total_completed_is_the_catalogues_quantity_not_another(real_ledger):
    got = _by_value("2024年，全社会固定资产投资总额完成12.3亿元，同比增长4.5%。", real_ledger)
    assert got["12.3"].indicator == got["4.5"].indicator == "fai"


def test_figures_after_a_target_met_are_what_was_done(real_ledger):
    got = _by_value("2024年，全社会固定资产投资完成12.3亿元，完成年度目标15亿元的82%，同比增长4.5%。", real_ledger)
    assert got["15"].qualifier == "target"
    assert got["82"].measure == "pct_of_target" and got["82"].qualifier == "exact"
    assert got["4.5"].measure == "growth" and got["4.5"].qualifier == "exact"


def test_a_title_naming_an_area_of_another_province_gives_no_area_of_ours(real_ledger):
    area = _areas(real_ledger, lambda a: a.kind == "district")[0]
    rows = extract_lines([f"2024年某某市{area.name_zh}国民经济和社会发展统计公报",
                          f"2024年，{area.name_zh}地区生产总值完成88.8亿元，增长5.5%。"], real_ledger, date="2025-03")
    assert area.slug not in {c.city for c in rows}  # 西安市新城区 is not Hohhot's 新城区


def test_a_lists_excerpt_teaches_no_name_and_a_generic_planting_area_none(real_ledger):
    from analysis.extract.catalogue import Catalogue, learned_phrase
    assert learned_phrase("营业收入、利润总额分别增长7.2%和6", "7.2") == ""
    cat = Catalogue.from_ledger(real_ledger)
    assert all(cat.phrase_origin.get(p) != "learned" for p in ("种植面积", "播种面积"))


def test_a_name_printed_with_another_head_is_not_the_catalogues(real_ledger):
    from analysis.extract.catalogue import Catalogue, _head_unnamed, _other_head
    names = [i.name_zh for i in real_ledger.indicators.values() if len(i.name_zh) > 4 and re.fullmatch(r"[\u4e00-\u9fff]+", i.name_zh)]
    cat = Catalogue.from_ledger(real_ledger)
    code_of = {i.name_zh: code for code, i in real_ledger.indicators.items()}

    def printed_otherwise(name):  # a shorter name or synonym of the same code printed whole (生产总值 of GDP)
        return any(c == code_of[name] and p in f"甲乙{name[2:]}" for p, c in cat.phrases.items() if p != name)

    checked = 0
    for name in [n for n in names if _head_unnamed(n, "") and not printed_otherwise(n)][:40]:  # a narrowing head
        rows = extract_lines([f"2024年，甲乙{name[2:]}增长5.5%。"], real_ledger, city=real_ledger.city_slugs()[0], date="2025-03")
        assert _other_head(name, f"甲乙{name[2:]}")
        checked += bool(rows)
        assert all(not r.indicator or real_ledger.indicators[r.indicator].name_zh != name for r in rows), name
    assert checked


def test_the_map_of_a_banner_is_no_figure(real_ledger):
    got = _by_value("全旗边境线长512.34公里，东西长约470公里，南北宽约360公里，总人口3.4万人。", real_ledger)
    assert not {"512.34", "470", "360"} & set(got) and "3.4" in got


def test_a_slogan_aim_opening_a_sentence_makes_no_target(real_ledger):
    got = _by_value("2018年，全县以建设文化旅游强县为奋斗目标，全年接待游客123万人次，同比增长11%。", real_ledger, date="2019-01")
    assert got["123"].qualifier == "exact" and got["11"].qualifier == "exact"
    assert got["123"].period == "2018"


def test_a_months_output_printed_as_produced_is_the_catalogues_output(real_ledger):
    assert real_ledger.indicators["raw_coal_output"].name_zh == "原煤产量"
    got = _by_value("1-8月，全市生产焦炭123万吨；8月份生产原煤4321万吨，同比增长3.3%。", real_ledger, date="2019-09")
    assert got["4321"].indicator == got["3.3"].indicator == "raw_coal_output"
    assert got["4321"].period == "2019M08"


def test_a_growth_on_the_same_basis_is_the_figure_befores_and_teaches_no_name(real_ledger):
    from analysis.extract.catalogue import learned_phrase
    got = _by_value("2019年，全旗一般公共预算收入完成5.43亿元，同口径增长8.7%。", real_ledger, date="2020-02")
    assert got["8.7"].indicator == got["5.43"].indicator == "public_budget_revenue"
    assert learned_phrase("同口径增长8.7%", "8.7") == ""


def test_registered_births_and_a_misprinted_non_tax_revenue_are_the_catalogues(real_ledger):
    got = _by_value("2020年，全区出生落户3456人，死亡注销户口987人；非税收收入2.34亿元。", real_ledger, date="2021-04")
    assert (got["3456"].indicator, got["987"].indicator, got["2.34"].indicator) == ("births", "deaths", "non_tax_revenue")


def test_spoken_news_compared_with_last_years_same_period_is_this_year_so_far(real_ledger):
    text = "规模以上服务业营收直接干到512.3亿元，比去年同期涨了17.7%，科技服务业直接飙了111.1%。"
    got = _by_value(text, real_ledger, date="2025-07-20")
    assert {got[v].period for v in ("512.3", "17.7", "111.1")} == {"2025H1"}
    assert got["17.7"].measure == got["111.1"].measure == "growth"
    annual = _by_value("全年规模以上服务业营收512.3亿元，比上年同期增长17.7%。", real_ledger, date="2025-04-20")
    assert annual["512.3"].period == "2024"  # a year named (全年): the year before, as a bulletin reports it


def test_gdp_printed_against_its_number_is_a_figure_and_a_fancy_one_is_one(real_ledger):
    got = _by_value("2024年，全区GDP724.3亿元，增长5.1%。", real_ledger)
    assert got["724.3"].indicator == "gdp"
    from analysis.extract.reading import to_simplified
    assert to_simplified("第壹產業增加值") == "第一产业增加值"


def test_the_first_months_of_this_year_are_january_to_that_month(real_ledger):
    got = _by_value("今年前7个月，某口岸共开行跨境班列432列，同比增长41.2%。前两个月，进口货物12.5万吨。", real_ledger,
                    date="2016-08-10")
    assert got["432"].period == got["41.2"].period == "2016M01-M07"
    assert got["12.5"].period == "2016M01-M02"


def test_the_a_of_a_change_without_a_year_is_the_year_before_and_a_rank_after_a_rank_is_the_same_quantitys(real_ledger):
    text = "2022年，全旗森林覆盖率由21.4%提高到22.6%，经济总量由全市第8位提升到第5位。"
    got = _by_value(text, real_ledger, date="2023-01")
    assert (got["21.4"].period, got["22.6"].period) == ("2021", "2022")
    assert (got["8"].period, got["5"].period) == ("2021", "2022")
    assert got["8"].indicator == got["5"].indicator != "forest_coverage"
