"""Chinese rules written from the round 8a development set (and the errors of
the same kinds in rounds 3-7a), as general mechanisms: a clause that only
compares with an earlier part of the year names nothing of its own; a rank
after a figure; the document's own place before a name; a subject not carried
over a change of unit; a part after 其中 is not its whole; the period of
去年N月份, of a year compared with, of a news lead's span.

Every sentence here is made up (invented places, figures and wording); none
is copied from a real document.
"""

from __future__ import annotations

from helpers import extract_by_value


# --- indicator: a clause that only compares with an earlier period names nothing --------------------------------

def test_a_change_against_an_earlier_month_is_about_the_figure_before(real_ledger):
    got = extract_by_value("6月份，全县规上工业增加值同比下降2.2%，比5月份回升8.8个百分点。", real_ledger,
                           date="2023-07-15")
    assert got["-2.2"].indicator == got["8.8"].indicator == "va_industry_above_scale"
    assert got["8.8"].measure == "pp_change"


def test_a_narrowing_against_the_first_half_is_about_the_figure_before(real_ledger):
    got = extract_by_value("前三季度，全县固定资产投资同比下降6.1%，降幅较上半年收窄1.9个百分点。", real_ledger,
                           date="2023-10-20")
    assert got["1.9"].indicator == "fai"


def test_a_change_against_earlier_months_is_about_the_figure_before(real_ledger):
    got = extract_by_value("1-8月份，全县规模以上工业增加值增长6.6%，较1-7月份下降0.3个百分点。", real_ledger,
                           date="2023-09-20")
    assert got["-0.3"].indicator == "va_industry_above_scale"


def test_a_first_time_past_a_mark_is_about_the_figure_before(real_ledger):
    got = extract_by_value("全年一般公共预算收入完成20.75亿元，历史首次突破20亿元大关，增长6.16%。", real_ledger,
                           date="2024-01-20")
    assert got["20.75"].indicator == got["20"].indicator == got["6.16"].indicator == "public_budget_revenue"


def test_a_clause_with_a_name_of_its_own_is_not_the_figure_before(real_ledger):
    got = extract_by_value("1-8月份，全县规模以上工业增加值增长6.6%，较1-7月份下降0.3个百分点，税收收入下降4.4%。",
                           real_ledger, date="2023-09-20")
    assert got["-4.4"].indicator != "va_industry_above_scale"


# --- indicator: a rank printed after a figure is that figure's ----------------------------------------------------

def test_a_rank_among_the_places_is_the_rank_of_the_figure_before(real_ledger):
    got = extract_by_value("前三季度，全县固定资产投资同比增长8.1%，位于全市第2位。", real_ledger, date="2023-10-20")
    assert got["2"].indicator == "fai" and got["2"].measure == "growth_rank"
    got = extract_by_value("全年全县固定资产投资同比增长8.1%，增速列全区十二盟市第9位。", real_ledger, date="2024-01-20")
    assert got["9"].indicator == "fai"


def test_the_number_of_places_ranked_is_not_a_figure(real_ledger):
    got = extract_by_value("全年全县固定资产投资同比增长8.1%，居全市9个旗县区第4位。", real_ledger, date="2024-01-20")
    assert "9" not in got
    assert got["4"].indicator == "fai"
    assert got["4"].reason.startswith("indicator by the rank of the figure printed just before it")


# --- indicator: scope and parts ----------------------------------------------------------------------------------

def test_the_place_before_a_name_is_its_city_not_a_part_of_the_concept(real_ledger):
    got = extract_by_value("1-5月份，呼和浩特市规模以上工业增加值同比增长4.4%，较上年回落1.1个百分点。", real_ledger,
                           date="2023-06-20")
    assert got["4.4"].indicator == "va_industry_above_scale"
    assert got["-1.1"].indicator == "va_industry_above_scale"
    # an industry inside the place's industry is still a part
    got = extract_by_value("1-5月份，呼和浩特市甲乙加工业增加值同比增长4.4%。", real_ledger, date="2023-06-20")
    assert got["4.4"].indicator == ""


def test_a_count_after_money_is_not_the_money_before_it(real_ledger):
    got = extract_by_value("全年累计投入帮扶资金3.3亿元，全县211户655名监测户实现稳定增收。", real_ledger,
                           date="2024-01-20")
    assert got["211"].indicator == got["655"].indicator == ""
    assert got["211"].proposed_indicator == got["655"].proposed_indicator == "监测户"


def test_what_follows_qizhong_is_a_part_never_the_whole_counted_before(real_ledger):
    got = extract_by_value("三年实施工业重点项目88项，其中国家级工业重点项目12项。", real_ledger, date="2024-01-20")
    assert got["88"].indicator == "industrial_key_projects"
    assert got["12"].indicator == "" and got["12"].proposed_indicator == "国家级工业重点项目"
    # a name printed alone after 其中 (no words of its own before it) is not made a part
    got = extract_by_value("全县共辖8个苏木镇，其中农区镇5个，苏木3个。", real_ledger, date="2015-01-20")
    assert got["3"].indicator == "sumus"
    # the same name for another month after 其中 is the same concept
    got = extract_by_value("1-5月份，全县规上工业增加值增长5.1%，其中5月份规上工业增加值增长6.2%。", real_ledger,
                           date="2023-06-20")
    assert got["6.2"].indicator == "va_industry_above_scale"


def test_investment_after_a_count_of_industrial_projects_is_not_industrial_investment(real_ledger):
    got = extract_by_value("三年实施工业重点项目88项，完成投资77亿元。", real_ledger, date="2024-01-20")
    assert got["77"].indicator != "industrial_investment"


# --- period -------------------------------------------------------------------------------------------------------

def test_a_month_of_last_year_and_the_from_period_spent(real_ledger):
    got = extract_by_value("1-9月，全旗甲产品均价从去年9月份的320元/吨上涨到了410元/吨。", real_ledger, date="2025-10-20")
    assert got["320"].period == "2024M09"
    assert got["410"].period != "2024M09"


def test_last_year_compared_with_does_not_date_the_months_reported_after_it(real_ledger):
    lines = ["1-9月，全旗规模以上工业增加值同比增长9.1%。",
             "甲产品价格相较于去年上升14%，甲行业1-9月累计增加值同比增长18.8%。"]
    got = {c.value: c for c in _extract(lines, real_ledger, date="2025-10-20")}
    assert got["18.8"].period == "2025M01-M09"


def test_a_news_lead_opening_a_sentence_with_the_months_sets_the_default(real_ledger):
    lines = ["本报讯（记者 某某）记者日前从县统计局获悉，今年以来，全县工业平稳运行。1—4月，全县规模以上工业增加值"
             "同比增长7.7%。",
             "分门类看，采矿业增长3.3%，制造业增长9.9%。"]
    got = {c.value: c for c in _extract(lines, real_ledger, date="2024-05-20")}
    assert got["7.7"].period == got["3.3"].period == got["9.9"].period == "2024M01-M04"


def _extract(lines, ledger, date):
    from analysis.extract import extract_lines

    return extract_lines(lines, ledger, city="hohhot", date=date)


def test_the_terms_review_without_the_word_review_and_n_years_named_for_a_sentence(real_ledger):
    lines = ["政府工作报告", "一、本届政府的工作",
             "三年实施农业重点项目51项，完成投资66亿元。全县规模以上工业企业达到77户。"]
    got = {c.value: c for c in _extract(lines, real_ledger, date="2019-01-20")}
    assert got["51"].period == got["66"].period == "2016-2018"  # the three years named govern the sentence
    assert got["77"].period == "2018"  # a count reached: the year the report looks back on, not its date
    # without a term's heading, the years named still give the span
    got = {c.value: c for c in _extract(["四年固定资产投资累计完成88亿元。"], real_ledger, date="2019-01-20")}
    assert got["88"].period == "2015-2018"


# --- names a reviewer can keep ------------------------------------------------------------------------------------

def test_a_proposal_is_a_noun_phrase_without_the_verb_before_it(real_ledger):
    got = extract_by_value("全年投入甲乙保护资金3.49亿元，完成丙丁治理4.5万亩。", real_ledger, date="2024-01-20")
    assert got["3.49"].indicator == "" and got["3.49"].proposed_indicator == "甲乙保护资金"
    assert got["4.5"].indicator == "" and got["4.5"].proposed_indicator == "丙丁治理"


def test_from_a_to_b_both_take_the_name_before_the_from(real_ledger):
    got = extract_by_value("全县甲乙就地转化率由40%提高到70%。", real_ledger, date="2024-01-20")
    assert got["40"].proposed_indicator == got["70"].proposed_indicator == "甲乙就地转化率"


def test_an_age_band_of_a_registered_table_is_named_without_a_colon(real_ledger):
    from helpers import extract_rows

    text = ("| 表3 2021年末户籍人口年龄构成 | | | |\n| 指标 | 单位 | 年末数 | 比重(%) |\n"
            "| 户籍总人口 | 人 | 40000 | 100.0 |\n| 0-17岁 | 人 | 8000 | 20.0 |")
    got = {c.value: c for c in extract_rows(text, real_ledger, date="2022-04")}
    assert got["8000"].indicator == "" and got["8000"].proposed_indicator == "户籍人口0-17岁"


# --- indicator: names printed in other words ----------------------------------------------------------------------

def test_a_streak_between_a_name_and_its_number_hides_nothing(real_ledger):
    got = extract_by_value("全年规上工业总产值连续四年每年增长20亿元以上，增加值增长8.5%。", real_ledger, date="2025-01-20")
    assert got["20"].indicator == "industrial_output_value"  # 规模以上工业总产值 is the catalogue's synonym
    assert got["8.5"].indicator == "va_industry_above_scale"  # another head noun, the same subject


def test_a_bare_investment_after_n_years_takes_the_sentences_subject(real_ledger):
    got = extract_by_value("全年固定资产投资达到66亿元，年均增长4.4%，五年累计完成投资300亿元。", real_ledger,
                           date="2025-01-20")
    assert got["300"].indicator == "fai"


def test_a_group_of_firms_named_before_from(real_ledger):
    got = extract_by_value("规模以上工业企业由2019年的61户增加到2024年的90户。", real_ledger, date="2025-01-20")
    assert got["61"].indicator == got["90"].indicator == "industrial_firms_above_scale"
    assert (got["61"].period, got["90"].period) == ("2019", "2024")


def test_a_count_of_persons_by_sex_or_residence_names_the_population(real_ledger):
    got = extract_by_value("年末全县户籍人口12.3万人。其中，男性61000人，女性62000人。年末城镇居民70000人。",
                           real_ledger, date="2024-04")
    assert got["61000"].indicator == "registered_male_population"  # 户籍 before it: the registered row
    assert got["62000"].indicator == "registered_female_population"
    assert got["70000"].indicator == "registered_urban_population"
    got = extract_by_value("年末全县常住人口12.3万人，其中男性6.1万人。", real_ledger, date="2024-04")
    assert got["6.1"].indicator == "male_population"
    # money of urban residents is not a population
    got = extract_by_value("全年城镇居民人均可支配收入41000元。", real_ledger, date="2024-04")
    assert got["41000"].indicator != "urban_population"


def test_a_product_in_a_sentence_of_outputs_is_its_output(real_ledger):
    got = extract_by_value("分产品看，主要工业产品产量有增有减。其中，焦炭33.3万吨，同比增长4.4%；甲乙料2.2万吨。",
                           real_ledger, date="2023-05-20")
    assert got["33.3"].indicator == got["4.4"].indicator == "coke_output"
    assert got["2.2"].indicator == ""  # no 甲乙料产量 in the catalogue: proposed
    # the whole's name printed before belongs to the whole; each crop after 其中 is its own output
    got = extract_by_value("全年粮食总产量90万吨，其中玉米70万吨，小麦6万吨。", real_ledger, date="2024-03")
    assert got["90"].indicator == "grain_output"
    assert (got["70"].indicator, got["6"].indicator) == ("corn_output", "wheat_output")
