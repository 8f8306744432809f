"""Issue 18, round 5 of the rules: periods a page implies (headings, half-year
reports, five-year reviews, English stocks and spans), names with extra words,
lists of cities, currency signs, and rows that pass add's structural rules as
extracted.

Every sentence here is made up (invented figures); none is copied from a real
document. City names are read from data/cities.csv, never listed here.
"""

from __future__ import annotations

from analysis.extract import extract_lines
from helpers import extract_by_value as by_value, extract_rows as rows




# -- 1. periods ---------------------------------------------------------------------------

def test_a_heading_with_months_dates_the_lines_below_it(real_ledger):
    got = by_value("1-5月全市固定资产投资情况\n全市固定资产投资同比下降3.1%，其中工业投资增长8.2%。\n"
                   "二、2024年工作\n全年地区生产总值增长5.5%。", real_ledger, date="2025-06-18")
    assert got["-3.1"].period == "2025M01-M05" and got["8.2"].period == "2025M01-M05"
    assert got["5.5"].period == "2024"  # another heading naming a period ends it


def test_a_half_year_report_in_its_title_holds_for_its_figures(real_ledger):
    got = by_value("7月18日，某地经济“半年报”出炉，全市地区生产总值123.4亿元，同比增长6.1%。\n"
                   "今年以来，全市固定资产投资增长9.9%，比1-4月和1-5月分别回升2.5和1.1个百分点。",
                   real_ledger, date="2025-07-18")
    assert got["123.4"].period == "2025H1" and got["6.1"].period == "2025H1"
    assert got["9.9"].period == "2025H1"          # 今年以来 in a half-year report
    assert got["2.5"].period == "2025H1" and got["1.1"].period == "2025H1"  # 1-4月, 1-5月 are bases


def test_a_five_year_review_ends_in_the_year_it_covers(real_ledger):
    text = ("一、过去五年工作回顾\n地区生产总值由2012年的30.1亿元提高到45.6亿元，年均增长6.3%；"
            "累计完成固定资产投资77亿元。")
    got = by_value(text, real_ledger, date="2017-12-06")
    assert got["30.1"].period == "2012"
    assert got["45.6"].period == "2017" and got["6.3"].period == "2017"  # given in December: 2017 is covered
    assert got["77"].period == "2013-2017"                               # 累计 over the five years
    early = by_value(text, real_ledger, date="2018-02-20")
    assert early["45.6"].period == "2017" and early["77"].period == "2013-2017"


def test_a_year_in_brackets_after_a_value_dates_it(real_ledger):
    got = by_value("人口：12.3万人（2022年）", real_ledger, date="2025-01")
    assert got["12.3"].period == "2022"


def test_english_stocks_take_the_pages_date_and_totals_since_a_year_a_span(real_ledger):
    lines = ["Since the freight line opened in 2017, 9 routes have opened, with a total of 321 trains handled.",
             "The town has so far completed 2.5 million kilowatts of wind power.",
             "The green area has reached 1,234.5 hectares.",
             "In 2021, the green area reached 1,111 hectares."]
    got = by_value("\n".join(lines), real_ledger, date="2022-09-09")
    assert got["321"].period == "2017-2022"
    assert got["9"].period == "2022-09-09"
    assert got["1,234.5"].period == "2022-09-09"
    assert got["1,111"].period == "2021"


def test_english_months_printed_after_the_figure(real_ledger):
    got = by_value("Investment in the energy sector rose 5.1 percent year-on-year between January and November 2012, "
                   "slowing from 12.2 percent in the same period in 2011.", real_ledger, date="2013-02-07")
    assert got["5.1"].period == "2012M01-M11"
    assert got["12.2"].period == "2011M01-M11"


def test_no_year_anywhere_names_the_lines_that_need_a_date(real_ledger):
    import pytest

    from analysis.errors import AnalysisError

    with pytest.raises(AnalysisError, match=r"line\(s\) 2, 3 print figures without a year"):
        extract_lines(["某地经济运行情况", "地区生产总值100亿元，增长5%。", "粮食产量12万吨。"], real_ledger,
                      city=real_ledger.city_slugs()[0])


# -- 5. rows pass add's structural rules as extracted ------------------------------------

def test_excerpts_have_no_leading_or_trailing_spaces():
    from analysis.extract.candidate import make_excerpt

    line = "全市新增企业 5户 ，投资 12.5亿元 ，其中工业 3.1亿元 。"
    for value in ("5", "12.5", "3.1"):
        s = line.index(value + ("户" if value == "5" else "亿"))
        ex = make_excerpt(line, s, s + len(value) + (1 if value == "5" else 2))
        assert ex == ex.strip() and value in ex and 8 <= len(ex) <= 40, ex


def test_a_share_names_its_whole_or_says_it_is_unknown(real_ledger):
    region = next(slug for slug, c in real_ledger.cities.items() if slug == "inner_mongolia")
    got = by_value("2024年，全市网上零售额占全区的比重达41.5%；单晶硅、多晶硅产能分别占全国的20%、35%；"
                   "全市电力总装机容量1000万千瓦，其中新能源装机600万千瓦，占比60.0%；清洁能源产值88.1亿元，占全市工业比重22.2%；"
                   "普惠托位占比达55%；智慧农机占比达57%。", real_ledger)
    assert (got["41.5"].denominator, got["41.5"].denominator_city) == (got["41.5"].indicator, region)
    assert got["35"].denominator == got["35"].indicator and got["35"].denominator_city == ""
    assert got["60.0"].denominator == got["1000"].indicator and got["1000"].indicator
    assert got["22.2"].denominator == "industrial_output_value"
    part = got["55"].indicator  # a catalogued part: its share is of the catalogue's parent (conventions.share_of_parent)
    assert part and got["55"].denominator == real_ledger.indicators[part].parent != ""
    unknown = got["57"]  # the whole is not printed: no denominator_city without a denominator, and a flag
    assert unknown.denominator == "" and unknown.denominator_city == ""
    assert "needs a denominator" in unknown.flags and unknown.confidence < 0.8


def test_an_average_growth_takes_its_base_from_the_from_year(real_ledger):
    got = by_value("全市地区生产总值由2012年的30.1亿元提高到2017年的45.6亿元，年均增长8.6%；"
                   "网络零售额从2020年的10亿元增长至2024年的20亿元，规模扩大，年均增速超15%。", real_ledger)
    assert (got["8.6"].base_period, got["8.6"].period) == ("2012", "2017")
    assert (got["15"].base_period, got["15"].period) == ("2020", "2024")


# -- 2. names with extra words ---------------------------------------------------------------

def test_a_qualifier_in_brackets_inside_a_name_is_read_through(real_ledger):
    got = by_value("2024年，全市人均地区生产总值（按常住人口计算）65432元，比上年增长5.1%。", real_ledger)
    assert got["65432"].indicator == "gdp_per_capita" and got["5.1"].indicator == "gdp_per_capita"


def test_the_headline_meat_output_is_the_catalogues_and_its_parts_are_not(real_ledger):
    got = by_value("2024年，全市猪牛羊禽肉产量12.3万吨，同比增长2.2%。其中，牛肉产量4.1万吨，增长3.3%；羊肉产量5.2万吨。",
                   real_ledger)
    assert got["12.3"].indicator == "meat_output" and got["2.2"].indicator == "meat_output"
    for v in ("4.1", "3.3", "5.2"):
        assert got[v].indicator != "meat_output", v


def test_an_urban_rural_pair_without_fenbie_is_split(real_ledger):
    got = by_value("五年来，城乡居民人均可支配收入年均增长4.4%和8.8%。", real_ledger)
    names = [real_ledger.indicators[got[v].indicator].name_zh if got[v].indicator else got[v].proposed_indicator
             for v in ("4.4", "8.8")]
    assert names[0].startswith("城镇") and names[1].startswith("农村"), names
    single = by_value("2024年，城乡居民人均可支配收入增长6.6%。", real_ledger)
    assert not (single["6.6"].proposed_indicator or "").startswith("城镇")


# -- 4, 6. currency signs and units written other ways ------------------------------------

def test_amounts_with_a_currency_sign(real_ledger):
    got = by_value("2024年，全市地区生产总值¥2148.4亿，居民人均可支配收入￥53,577。", real_ledger)
    assert got["2148.4"].unit == "亿元" and got["53,577"].unit == "元"
    assert got["2148.4"].excerpt.find("¥2148.4亿") >= 0
    en = by_value("In 2024, per capita income reached ¥48,123 and revenue ¥2.5 billion.", real_ledger)
    assert en["48,123"].unit == "yuan" and en["2.5"].unit == "billion yuan"


def test_units_written_other_ways(real_ledger):
    got = by_value("2024年，全市工业增加值增速比上年提高4.7百分点。", real_ledger)
    assert got["4.7"].unit == "百分点" and got["4.7"].measure == "pp_change"
    en = by_value("In 2024, power use hit 1.22 billion kWh, and 5.2 million kW of projects were approved.",
                  real_ledger)
    assert en["1.22"].unit == "billion kWh" and en["5.2"].unit == "million kW"


def test_million_kilowatts_is_a_million_kilowatts():
    from analysis.units import factor

    assert factor("million kilowatts", "千瓦") == 1_000_000 and factor("million kW", "万千瓦") == 100


# -- 3. lists of cities ------------------------------------------------------------------

def test_each_value_of_a_round_up_goes_to_the_city_printed_next_to_it(real_ledger):
    import csv

    from analysis.paths import data_dir

    with open(data_dir() / "cities.csv", encoding="utf-8", newline="") as fh:
        cities = [r for r in csv.DictReader(fh) if r["slug"] != "inner_mongolia"][:3]
    a, b, c = cities
    text = (f"2024年，全区地区生产总值前三位为{a['name_zh']}（1111.1亿元）、{b['name_zh']}（999.9亿元）、"
            f"{c['name_zh']} 888.8亿元。")
    got = by_value(text, real_ledger, city="inner_mongolia")
    assert got["1111.1"].city == a["slug"] and got["999.9"].city == b["slug"] and got["888.8"].city == c["slug"]
    plain = by_value("2024年，全区地区生产总值增长5.0%。", real_ledger, city="inner_mongolia")
    assert plain["5.0"].city == "inner_mongolia"
