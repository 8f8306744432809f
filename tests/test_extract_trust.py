"""Extraction a reviewer can trust (issue 18): concepts never widened, honest
confidence, periods in every language, counts in lists, the ledger at hand.

Every sentence here is made up (a fictional place, invented figures); none is
copied from a real document.
"""

from __future__ import annotations

import pytest

from helpers import extract_by_value as by_value, extract_rows as rows
from conftest import REAL_DATA as REAL




# -- 1. a concept is never widened ---------------------------------------------------------

def test_a_part_of_a_catalogue_quantity_gets_its_own_name_not_the_whole(real_ledger):
    got = by_value("2024年，全市民营规模以上工业增加值同比增长11.3%，非煤工业增加值增长8.8%，"
                   "限额以上消费品零售额完成12.4亿元。", real_ledger)
    # (限额以上固定资产投资 is fai itself, the usual scope of FAI statistics: synonyms.csv, as curated in s452)
    for value, words in (("11.3", "民营规模以上工业增加值"), ("8.8", "非煤工业增加值"), ("12.4", "限额以上消费品零售额")):
        assert got[value].indicator == "", (value, got[value].reason)
        assert got[value].proposed_indicator == words
        assert got[value].confidence < 0.8


def test_urban_and_rural_income_are_not_the_all_residents_income(real_ledger):
    got = by_value("2024年，城镇常住居民人均可支配收入41234元，增长4.1%；农村牧区常住居民人均可支配收入20345元，"
                   "增长6.2%；全体居民人均可支配收入33456元。", real_ledger)
    assert got["33456"].indicator == "disposable_income_per_capita"
    for v, part in (("41234", "城镇"), ("4.1", "城镇"), ("20345", "农村"), ("6.2", "农村")):  # follows the catalogue:
        c = got[v]  # a new indicator, or the part's own code, never the all-residents one
        assert c.indicator != "disposable_income_per_capita", v
        assert (c.proposed_indicator if not c.indicator else real_ledger.indicators[c.indicator].name_zh).startswith(
            part), v


def test_a_share_is_of_the_words_before_zhan_not_of_its_denominator(real_ledger):
    got = by_value("2024年，全市装备制造业增加值占规模以上工业增加值的比重为21.5%。"
                   "民营工业增加值同比增长9.1%，占全部规模以上工业增加值的41.2%，增速高于全部规上工业3.3个百分点。",
                   real_ledger)
    assert got["21.5"].measure == "share" and got["21.5"].indicator == ""
    assert got["21.5"].denominator == "va_industry_above_scale"
    assert got["41.2"].measure == "share" and got["41.2"].indicator == ""
    # a gap to a reference is a quantity of its own, a level (the ledger's trade_growth_gap_region convention)
    assert got["3.3"].indicator == "" and got["3.3"].measure == "level"
    assert got["3.3"].proposed_indicator.endswith("增速高于全部规上工业")


def test_a_count_is_never_a_sum_of_money(real_ledger):
    """A figure in 户 cannot be a value added in 亿元, whatever name is printed next to it."""
    (c, *_) = rows("1—9月，望川市的312户规模以上工业增加值增长6.1%。", real_ledger)
    assert c.value == "312" and c.indicator != "va_industry_above_scale"


def test_value_added_is_not_an_increase_and_a_share_raised_to_is_a_share(real_ledger):
    got = by_value("2024年，战略性新兴产业增加值占比由11.6%提高到22.4%；森林覆盖率由4.2%提高到5.1%。"
                   "新材料产业增加值占全市工业增加值的比重为33.3%。", real_ledger)
    assert [got[v].measure for v in ("11.6", "22.4", "4.2", "5.1", "33.3")] == ["share", "share", "level", "level",
                                                                                "share"]


def test_a_previous_figure_lends_no_more_confidence_than_it_has(real_ledger):
    got = by_value("2024年，全市草原综合植被盖度为45.5%，比上年提高1.1个百分点。", real_ledger)
    assert got["1.1"].confidence <= got["45.5"].confidence


def test_english_parts_are_not_the_whole_and_proposals_are_noun_phrases(real_ledger):
    got = by_value("In the first half of this year, online retail sales of physical goods in the city increased by "
                   "12.5 percent year-on-year, and the per capita disposable income of rural residents reached "
                   "8,765 yuan.", real_ledger, date="2025-07-20")
    assert got["12.5"].indicator == "" and "physical goods" in got["12.5"].proposed_indicator
    assert got["8,765"].indicator != "disposable_income_per_capita"  # rural residents are not all residents
    got = by_value("Consumer prices in the city increased by 2.2 percent year-on-year.", real_ledger)
    c = got["2.2"]  # a new indicator named "consumer prices", or the catalogue's own (curators add concepts)
    assert c.proposed_indicator == "consumer prices" if not c.indicator else \
        real_ledger.indicators[c.indicator].name_en.lower() == "consumer prices"


def test_english_proposals_meet_the_catalogue_english_names_first(real_ledger):
    """An English proposal that is a catalogue indicator's English name is that indicator (a guess: under 0.8)."""
    (c,) = rows("In 2024, the total profit of industrial enterprises above designated size was 12.3 billion yuan.",
                real_ledger)
    assert c.indicator == "industry_profit_above_scale" and c.confidence < 0.8


# -- 4. periods in every language ------------------------------------------------------------

def test_english_parts_of_a_year_and_relative_years(real_ledger):
    got = by_value("In the first quarter of this year, the city's GDP was 10.1 billion yuan, up 3.1 percent.\n"
                   "In the first two months of 2024, fixed-asset investment increased by 7.7 percent.\n"
                   "At the end of the first quarter, the cattle inventory was 1.23 million head, an increase of 4.4 "
                   "percent.\n"
                   "From January to October last year, retail sales rose 2.9 percent.\n"
                   "In Q1, online retail sales rose 8.8 percent.", real_ledger, date="2025-04-20")
    assert [got[v].period for v in ("10.1", "3.1", "7.7", "1.23", "4.4", "2.9", "8.8")] == [
        "2025Q1", "2025Q1", "2024M01-M02", "2025M03", "2025M03", "2024M01-M10", "2025Q1"]
    assert got["4.4"].indicator == got["1.23"].indicator and got["4.4"].measure == "growth"


def test_english_list_measures_signs_and_times(real_ledger):
    got = by_value("The textile, coal and chemical industries grew by 11.1 percent, 22.2 percent and 33.3 percent, "
                   "respectively. The drug industry's added value increased by 1.5 times year-on-year. Consumer prices "
                   "rose 1.0 percent, 0.4 percentage points lower than the national average, and the growth rate "
                   "dropped 0.2 percentage points.", real_ledger)
    assert [got[v].measure for v in ("11.1", "22.2", "33.3")] == ["growth"] * 3
    assert got["1.5"].measure == "multiple_increase"
    assert "-0.4" in got and "-0.2" in got


def test_chinese_part_years_comparisons_and_two_year_averages(real_ledger):
    text = ("1—9月，望川市规模以上工业增加值同比增长5.5%，两年平均下降1.2%。\n"
            "全市新材料工业增加值占全部工业增加值比重21.1%，较上半年回落1.4个百分点。")
    got = by_value(text, real_ledger, date="2021-10")
    assert got["21.1"].period == "2021M01-M09"  # the months the document opens with hold for its other lines
    assert (got["-1.4"].period, got["-1.4"].base_period) == ("2021M01-M09", "2021H1")
    assert (got["-1.2"].measure, got["-1.2"].base_period) == ("two_year_avg", "2019M01-M09")


def test_two_year_average_of_the_first_three_quarters_is_not_a_span_of_years(real_ledger):
    got = by_value("2021年前三季度，望川市地区生产总值为250亿元，同比增长10.5%，两年平均增长5.6%。", real_ledger,
                   date="2021-10")
    assert (got["5.6"].measure, got["5.6"].period, got["5.6"].base_period) == ("two_year_avg", "2021Q1-Q3", "2019Q1-Q3")


# -- 6. counts in lists and qualifiers ---------------------------------------------------------

def test_a_number_inside_a_condition_is_not_a_figure(real_ledger):
    got = by_value("2024年，转移农村劳动力就业6个月以上3.4万人，建成5亿元以上项目21个，规模以上工业企业达到88户。",
                   real_ledger)
    assert set(got) == {"3.4", "21", "88"}
    assert "月以上" not in got["3.4"].proposed_indicator


def test_counts_in_a_list_of_n_and_the_share_that_grew(real_ledger):
    got = by_value("2024年，全市31个行业大类中，26个行业增加值实现正增长，增长面达83.9%。", real_ledger)
    assert {"31", "26", "83.9"} <= set(got)
    assert got["83.9"].measure == "share"
    # the catalogue now holds the division counts (issue 18, round 3): matched, not proposed
    assert (got["31"].indicator, got["26"].indicator) == ("industry_categories", "industry_categories_growing")


def test_estimates_and_approximations_set_the_qualifier(real_ledger):
    got = by_value("预计2024年全市地区生产总值完成888亿元左右，社会消费品零售总额约222亿元。", real_ledger)
    assert got["888"].qualifier == "forecast" and "about" in got["888"].notes
    got = by_value("In 2024, the city's GDP was about 11.1 billion yuan.", real_ledger)
    assert got["11.1"].qualifier == "about"


def test_urban_and_rural_residents_of_a_cheng_xiang_list_are_two_new_concepts(real_ledger):
    got = by_value("过去一年，全市地区生产总值完成1,111.1亿元、增长4.4%，一般公共预算收入完成99.9亿元、增长6.6%，"
                   "城乡居民人均可支配收入分别增长3.3%和7.7%。", real_ledger, date="2026-01")
    for v, part in (("3.3", "城镇"), ("7.7", "农村")):
        c = got[v]
        assert c.indicator not in ("gdp", "public_budget_revenue", "disposable_income_per_capita"), v
        assert (c.proposed_indicator if not c.indicator else real_ledger.indicators[c.indicator].name_zh).startswith(
            part), v


# -- 3. the ledger at hand ---------------------------------------------------------------------

def _known_figure(ledger):
    """A level figure of the real ledger with a period and no qualifier (tests follow the data)."""
    return next(f for f in ledger.figures if f.measure == "level" and f.qualifier == "exact" and f.indicator == "gdp"
                and f.period.isdigit())


def test_a_candidate_is_compared_with_the_ledger(real_ledger):
    from analysis.extract.at_hand import compare_with_ledger
    from analysis.extract.candidate import Candidate

    f = _known_figure(real_ledger)
    same = Candidate(f.city, f.indicator, "level", "exact", f.period, "", f.value, f.unit, "current", "", "", 1, "x")
    other = Candidate(f.city, f.indicator, "level", "exact", f.period, "", str(float(f.value) + 1), f.unit,
                      "current", "", "", 2, "y")
    compare_with_ledger([same, other], real_ledger)
    assert same.ledger.startswith("already in the ledger") and f.figure_id in same.ledger
    assert other.ledger.startswith("ledger has") and f.figure_id in other.ledger and "revision" in other.ledger


def test_two_lines_giving_one_quantity_two_values_are_flagged(real_ledger):
    got = rows("2024年全市地区生产总值达到321.5亿元。\n2024年全市地区生产总值达到333.3亿元。", real_ledger)
    assert got[0].conflict and "line 2" in got[0].conflict and got[1].conflict and "line 1" in got[1].conflict


# -- 8. the loop without stumbles ----------------------------------------------------------------

def _add_source(data, seeds, sid: str, file_name: str, text: str, date: str) -> None:
    """A made-up source document and its sources.csv row (columns as the file has them)."""
    import csv

    (seeds / file_name).write_text(text, encoding="utf-8")
    with open(data / "sources.csv", encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    row = {"source_id": sid, "file_name": file_name, "publisher": "虚构", "title": "虚构文件", "date": date,
           "kind": "statistical_bulletin", "notes": "made up"}
    with open(data / "sources.csv", "a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, fieldnames=header, extrasaction="ignore", lineterminator="\n").writerow(row)


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    import shutil

    from conftest import copy_data
    from analysis.ledger import load_ledger
    from analysis.paths import seeds_dir

    data = copy_data(tmp_path / "data")
    seeds = tmp_path / "seeds"
    shutil.copytree(load_ledger().source_path("s000").parent if seeds_dir().exists() else seeds_dir(), seeds)
    monkeypatch.setenv("ANALYSIS_DATA_DIR", str(data))
    monkeypatch.setenv("ANALYSIS_SEEDS_DIR", str(seeds))
    return data, seeds


def test_a_bulletin_year_comes_from_its_title_and_a_new_city_is_proposed_then_added(sandbox, tmp_path, capsys):
    import csv

    from analysis.cli import main
    from analysis.ledger import load_ledger, validate

    data, seeds = sandbox
    text = ("岚山市2023年国民经济和社会发展统计公报（虚构）\n\n全年岚山市地区生产总值完成345.6亿元，比上年增长4.4%。\n"
            "年末岚山市常住人口12.3万人。\n")
    _add_source(data, seeds, "s990", "990_lanshan.txt", text, "2024-04")
    review = tmp_path / "ls.csv"
    assert main(["extract", str(seeds / "990_lanshan.txt"), "--city", "lanshan", "-o", str(review)]) == 0  # no --date
    with open(review, encoding="utf-8-sig", newline="") as fh:
        got = {r["value"]: r for r in csv.DictReader(fh)}
    assert got["345.6"]["period"] == "2023" and got["345.6"]["city"] == "lanshan"
    with open(tmp_path / "ls.cities.csv", encoding="utf-8", newline="") as fh:
        (city,) = list(csv.DictReader(fh))
    assert city["slug"] == "lanshan" and city["name_zh"] == "岚山市"
    capsys.readouterr()
    assert main(["add", str(review), "--source-id", "s990", "--title-en", "Lanshan 2023 bulletin (made up)",
                 "--publisher-en", "Made up"]) == 0
    assert "no English title" not in capsys.readouterr().err
    assert validate(data, documents=True) == []
    ledger = load_ledger(data)
    assert "lanshan" in ledger.cities and any(f.source_id == "s990" for f in ledger.figures)
    with open(data / "sources_en.csv", encoding="utf-8", newline="") as fh:
        assert any(r["source_id"] == "s990" and r["title_en"].startswith("Lanshan") for r in csv.DictReader(fh))


def test_relative_words_without_a_date_name_their_lines(sandbox):
    from analysis.errors import AnalysisError
    from analysis.extract import extract_lines
    from analysis.ledger import load_ledger

    with pytest.raises(AnalysisError, match=r"line\(s\) 3"):
        extract_lines(["岚山市2023年国民经济和社会发展统计公报", "全年地区生产总值345.6亿元。", "今年以来，增长4.4%。"],
                      load_ledger(), city=load_ledger().city_slugs()[0])


def test_add_refuses_one_quantity_with_two_values_unless_told(sandbox, tmp_path, capsys):
    from analysis.cli import main
    from analysis.errors import DataError
    from analysis.extract.merge import add_review

    data, seeds = sandbox
    city = __import__("analysis.ledger", fromlist=["x"]).load_ledger(data).city_slugs()[0]
    text = "2024年全市地区生产总值达到321.5亿元。\n2024年全市地区生产总值达到333.3亿元。\n"
    _add_source(data, seeds, "s991", "991_twice.txt", text, "2026-11")  # the latest printing: no later one settles it
    review = tmp_path / "tw.csv"
    assert main(["extract", str(seeds / "991_twice.txt"), "--city", city, "-o", str(review)]) == 0
    with pytest.raises(DataError, match="allow-conflicts"):
        add_review(review, "s991")
    capsys.readouterr()
    assert main(["add", str(review), "--source-id", "s991", "--allow-conflicts"]) == 0
    err = capsys.readouterr().err  # told, add keeps both, and says series() cannot choose between them
    assert "321.5 亿元 (s991-001) and 333.3 亿元 (s991-002) disagree" in err
    assert "series() cannot tell which holds" in err


def test_add_names_the_data_file_of_a_problem(sandbox, tmp_path):
    import csv

    from analysis.errors import DataError
    from analysis.extract.merge import add_review

    from analysis.cli import main

    data, seeds = sandbox
    _add_source(data, seeds, "s992", "992_one.txt", "2024年全市地区生产总值达到321.5亿元。\n", "2025-03")
    review = tmp_path / "one.csv"
    city = __import__("analysis.ledger", fromlist=["x"]).load_ledger(REAL).city_slugs()[0]
    assert main(["extract", str(seeds / "992_one.txt"), "--city", city, "-o", str(review)]) == 0
    with open(data / "indicators.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    with open(data / "indicators.csv", "a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerow(rows[1])  # a duplicate catalogue row
    with pytest.raises(DataError) as refused:
        add_review(review, "s992")
    assert any(p.strip().startswith("data/indicators.csv:") and "duplicate key" in p and "data/indicators.csv line"
               in p for p in refused.value.problems)


def test_a_price_index_and_a_coverage_rate_of_something_else_are_other_quantities(real_ledger):
    got = by_value("2024年，全市固定资产投资价格上涨2.3%，森林覆盖率达到17.7%。", real_ledger)
    coverage = got["17.7"].indicator  # a proposal, or the catalogue's own forest coverage: never a wider code
    assert got["2.3"].indicator != "fai"
    assert coverage == "" or "森林覆盖率" in real_ledger.indicators[coverage].name_zh, coverage


def test_english_years_of_comparison_and_contribution_rates(real_ledger):
    got = by_value("In 2018, the city's GDP increased by 6.1 percent compared with that in 2017. Among them, the primary "
                   "industry increased by 2.2 percent year on year. The contribution rates of the primary, secondary and "
                   "tertiary industries to GDP growth were 3.1 percent, 55.5 percent and 41.4 percent.",
                   real_ledger, date="2019-02")
    assert got["2.2"].period == "2018"
    assert [(got[v].indicator, got[v].measure, got[v].denominator) for v in ("3.1", "55.5", "41.4")] == [
        ("va_primary", "contribution", "gdp"), ("va_secondary", "contribution", "gdp"),
        ("va_tertiary", "contribution", "gdp")]


def test_english_excerpts_are_whole_words_without_edge_spaces(real_ledger):
    for c in rows("In 2018, the city's GDP was 55 times that of 1949, up 3.9 percent year-on-year, and per capita "
                  "income was 93,000 yuan.", real_ledger, date="2019-02"):
        assert c.excerpt == c.excerpt.strip() and c.value in c.excerpt
        assert not c.excerpt[-1].isalpha() or c.excerpt.split()[-1] in ("times", "percent", "yuan")


def test_stocks_are_dated_at_the_date_the_text_gives(real_ledger):
    got = by_value("截至6月末，全市数据中心达到33个。\n三季度末，全市牛存栏123.4万头。\n截至2024年10月，全市数据中心达到34个。",
                   real_ledger, date="2024-11-20")
    assert (got["33"].period, got["123.4"].period, got["34"].period) == ("2024M06", "2024M09", "2024M10")
    assert got["123.4"].indicator != "dairy_cows"  # cattle are not dairy cows


def test_the_noun_after_a_count_names_it_not_the_figure_before(real_ledger):
    got = by_value("2024年，全市筹集保障性租赁住房1111套，222个口袋公园和社区游园完成提升。", real_ledger)
    assert got["222"].indicator != got["1111"].indicator and "口袋公园" in got["222"].proposed_indicator


def test_a_structure_changed_from_one_ratio_to_another_gives_both_years_shares(real_ledger):
    got = rows("2024年，全市三次产业结构由上年的11.0:55.5:33.5调整为10.9:56.6:32.5。", real_ledger)
    assert [(c.indicator, c.measure, c.period) for c in got] == [
        ("va_primary", "share", "2023"), ("va_secondary", "share", "2023"), ("va_tertiary", "share", "2023"),
        ("va_primary", "share", "2024"), ("va_secondary", "share", "2024"), ("va_tertiary", "share", "2024")]


def test_english_counts_of_firms_are_named_by_the_words_after_them(real_ledger):
    got = by_value("Meanwhile, the added value of 321 industrial enterprises above designated size increased by "
                   "6.6 percent year-on-year.", real_ledger, date="2021-07-20")
    assert got["321"].unit == "enterprises" and got["321"].indicator == "industrial_firms_above_scale"
    assert got["321"].confidence < 0.8
    assert got["6.6"].indicator == "va_industry_above_scale"


def test_given_city_wins_over_a_dateline_and_a_review_heading_names_the_year(real_ledger):
    cities = real_ledger.city_slugs()
    other = real_ledger.cities[cities[1]].name_zh
    got = rows(f"某台{other}2月2日消息 全市地区生产总值预计完成1234亿元左右。\n一、2022年工作回顾\n"
               "全市规模以上工业企业达到456户，工业增加值两年均增长3.3%。", real_ledger, date="2023-02-18", city=cities[0])
    assert {c.city for c in got} == {cities[0]}
    by = {c.value: c for c in got}
    assert by["456"].period == "2022" and by["3.3"].measure == "two_year_avg"


def test_a_threshold_is_not_another(real_ledger):
    (c,) = rows("2024年，全市签约引进千万元以上项目591个。", real_ledger)
    assert c.indicator != "projects_attracted_over_100m"


def test_english_hyphenated_percentages_and_a_part_of_year_after_the_figure(real_ledger):
    got = by_value("From January to February, retail sales grew fast. The city's GDP reached 92.2 billion yuan in the "
                   "first quarter, a 6.4-percent year-on-year growth.", real_ledger, date="2024-04-20")
    assert got["92.2"].period == "2024Q1"
    assert got["6.4"].unit == "percent" and got["6.4"].measure == "growth"


def test_a_second_list_of_the_same_items_keeps_their_order(real_ledger):
    got = rows("城镇、农村常住居民人均可支配收入分别达到33333元和22222元，增长5.5%和7.7%。", real_ledger)
    assert [c.value for c in got] == ["33333", "22222", "5.5", "7.7"]
    assert got[0].indicator == got[2].indicator and got[1].indicator == got[3].indicator
    assert got[0].indicator != got[1].indicator or not got[0].indicator and \
        got[0].proposed_indicator != got[1].proposed_indicator


def test_a_banner_is_found_by_its_short_name_and_a_document_naming_no_place_is_told(sandbox, tmp_path, capsys):
    """科右前旗 is how documents print 科尔沁右翼前旗: a made-up banner with a wing
    (望川右翼前旗) is found by its short form 望右前旗; a document naming no
    city or area gets rows without a city and a warning saying to give --city."""
    import csv

    from analysis.cli import main
    from analysis.extract import extract_lines
    from analysis.ledger import load_ledger

    data, seeds = sandbox
    parent = load_ledger().city_slugs()[0]
    with open(data / "areas.csv", encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    with open(data / "areas.csv", "a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, fieldnames=header, lineterminator="\n").writerow(
            {"slug": "wangchuan_right_front_banner", "name_zh": "望川右翼前旗", "name_en": "Wangchuan Right Front Banner",
             "parent": parent, "kind": "banner", "notes": "made up"})
    rows = extract_lines(["望右前旗2024年政府工作报告（虚构）", "全旗地区生产总值完成45.6亿元，增长5.1%。"],
                         load_ledger(), date="2025-02")
    assert rows and {r.city for r in rows} == {"wangchuan_right_front_banner"}

    doc = tmp_path / "nowhere.txt"
    doc.write_text("2024年工作回顾（虚构）\n全年地区生产总值完成45.6亿元，增长5.1%。\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", str(doc), "--date", "2025-02", "-o", str(tmp_path / "r.csv")]) == 0
    err = capsys.readouterr().err
    assert "no city or area" in err and "--city" in err and "2 of 2 candidates" in err


def test_extract_tells_the_area_a_city_s_rows_may_belong_to_and_a_refusal_says_what_else_is_missing(
        sandbox, tmp_path, capsys):
    """A yearbook entry that describes a banner (望川旗位于…) gets the banner's
    rows though it names its city more often; without such an overview the
    city named most is taken, and extract says which area of that city the
    text names and the --city to give. A refusal for the date says in the same
    message what the next run needs besides (the area, or that no place is
    named), so that one more run is enough. Made-up texts and places."""
    import csv

    from analysis.cli import main
    from analysis.errors import AnalysisError
    from analysis.ledger import load_ledger

    data, seeds = sandbox
    parent = load_ledger().city_slugs()[0]
    parent_zh = load_ledger().cities[parent].name_zh
    with open(data / "areas.csv", encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    with open(data / "areas.csv", "a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, fieldnames=header, lineterminator="\n").writerow(
            {"slug": "wangchuan_banner", "name_zh": "望川旗", "name_en": "Wangchuan Banner",
             "parent": parent, "kind": "banner", "notes": "made up"})
    doc = tmp_path / "entry.txt"
    doc.write_text(f"2030卷（虚构）\n【领导名录】\n旗长：某某\n"
                   f"【概况】望川旗位于{parent_zh}西部，距{parent_zh}政府所在地120公里。\n"
                   "全年地区生产总值完成45.6亿元，增长5.1%。\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", str(doc), "--date", "2030-12", "-o", str(tmp_path / "r.csv")]) == 0
    err = capsys.readouterr().err
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as fh:
        cities = {r["city"] for r in csv.DictReader(fh)}
    assert cities == {"wangchuan_banner"}, err  # the place the overview describes (望川旗位于…), though its city
    # is named more often
    doc.write_text(f"2030卷（虚构）\n【领导名录】\n旗长：某某\n"  # no overview: the city named most is taken,
                   f"望川旗在{parent_zh}西部，距{parent_zh}政府所在地120公里。\n"  # and extract says which area
                   "全年地区生产总值完成45.6亿元，增长5.1%。\n", encoding="utf-8")  # of it the text names
    capsys.readouterr()
    assert main(["extract", str(doc), "--date", "2030-12", "-o", str(tmp_path / "r.csv")]) == 0
    err = capsys.readouterr().err
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as fh:
        assert {r["city"] for r in csv.DictReader(fh)} == {parent}
    assert "望川旗 (wangchuan_banner)" in err and "extract again with --city wangchuan_banner" in err
    assert main(["extract", str(doc), "--date", "2030-12", "--city", "wangchuan_banner",
                 "-o", str(tmp_path / "r2.csv")]) == 0
    assert "also names" not in capsys.readouterr().err

    # no date: the refusal says what else to give
    assert main(["extract", str(doc), "-o", str(tmp_path / "r3.csv")]) != 0
    err = capsys.readouterr().err
    assert "--date" in err and "give --city wangchuan_banner as well" in err
    nowhere = tmp_path / "nowhere.txt"
    nowhere.write_text("2030卷（虚构）\n全年地区生产总值完成45.6亿元，增长5.1%。\n", encoding="utf-8")
    assert main(["extract", str(nowhere), "-o", str(tmp_path / "r4.csv")]) != 0
    err = capsys.readouterr().err
    assert "--date" in err and "names no city or area" in err and "--city SLUG as well" in err
    assert main(["extract", str(nowhere), "--city", parent, "-o", str(tmp_path / "r5.csv")]) != 0
    assert "names no city" not in capsys.readouterr().err  # --city given: nothing more to say
