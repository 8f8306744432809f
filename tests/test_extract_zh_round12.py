"""Chinese rules written from the round-12 development set (round12a: a
monthly and a quarterly release, a yearbook entry, two work reports, a news
feature and a bulletin in traditional characters) as general mechanisms:
names printed short, split or run into other words (zh/short_names.py), the
usual scope of a name that is no part of it (concept.usual_scope), and two
verbs of a measure.

Every sentence here is made up (invented places, figures and wording); none
is copied from a real document.
"""

from __future__ import annotations

import helpers


def _extract(lines, ledger, date="2024-03-01"):
    return {c.value: c for c in helpers.extract_rows("\n".join(lines), ledger, date=date)}


# --- a heading run into its section (a one-line copy of a bulletin) -------------------------------------------------

def test_a_heading_run_into_its_first_sentence_is_not_part_of_the_name(real_ledger):
    got = _extract(["2023年某县统计公报 一、综合 全县地区生产总值80亿元。二、农林牧渔业 全年农林牧渔业总产值31.5亿元，增长4.4%。"],
                   real_ledger)
    assert got["31.5"].indicator == "agri_forestry_livestock_fishery_output"
    assert got["4.4"].indicator == "agri_forestry_livestock_fishery_output"


# --- a kind or a note in brackets inside a name ------------------------------------------------------------------------

def test_a_kind_in_brackets_is_the_name_and_a_note_in_brackets_is_left_out(real_ledger):
    got = _extract(["2023年，某旗糖料(甜菜)产量3310.2吨，增长12.4%；薯类(折粮)产量820吨，下降3.3%。"], real_ledger)
    assert got["3310.2"].indicator == "beet_output"
    assert got["820"].indicator == "tubers_output"
    assert got["-3.3"].indicator == "tubers_output"


def test_a_bracket_of_one_character_in_a_verb_is_left_alone(real_ledger):
    got = _extract(["今年某县重点建设项目40个；开(复)工18个。"], real_ledger, date="2019-04")
    assert got["18"].indicator == "key_projects_started"


# --- other words for catalogue names -------------------------------------------------------------------------------

def test_crop_sown_area_without_zong_and_grain_crops_sown_area(real_ledger):
    got = _extract(["2023年，某旗农作物播种面积88.6万亩，增长1.2%。其中，粮食作物播种面积70.3万亩，增长0.8%；"
                    "经济作物播种面积18.3万亩。"], real_ledger)
    assert got["88.6"].indicator == "crop_sown_area" and got["88.6"].confidence >= 0.8
    assert got["70.3"].indicator == "grain_sown_area"


# --- items of a whole printed without the whole's middle words ----------------------------------------------------

def test_items_under_a_sown_area_are_sown_areas_or_proposals(real_ledger):
    got = _extract(["2023年，某旗经济作物播种面积12.2万亩。在粮食作物播种面积中，玉蜀面积40.5万亩，下降1.1%；"
                    "豆类面积6.7万亩，增长2.9%；薯类面积0.9万亩，增长8.1%。"], real_ledger)
    assert got["6.7"].indicator == "pulses_sown_area" and got["6.7"].confidence < 0.8
    assert got["2.9"].indicator == "pulses_sown_area"
    assert got["0.9"].indicator == "tubers_sown_area"
    assert got["40.5"].indicator == "" and got["40.5"].confidence < 0.8  # no such name: proposed, not guessed
    assert got["-1.1"].indicator == ""


# --- births and deaths ---------------------------------------------------------------------------------------------

def test_births_and_deaths_printed_as_verbs(real_ledger):
    got = _extract(["2016年，某市人口自然变动：全年共出生2210人，死亡1534人。"], real_ledger, date="2017-04")
    assert got["2210"].indicator == "births" and got["1534"].indicator == "deaths"
    assert got["1534"].confidence < 0.8


def test_a_sex_split_of_the_births_is_proposed_not_the_births(real_ledger):
    got = _extract(["2016年，某市全年出生人口2210人，死亡1534人。出生人口中，男性为1130人，女性为1080人。"],
                   real_ledger, date="2017-04")
    assert got["2210"].indicator == "births"
    for v in ("1130", "1080"):
        assert got[v].indicator == "" and got[v].confidence < 0.8 and got[v].proposed_indicator


def test_the_population_split_by_sex_keeps_its_codes(real_ledger):
    got = _extract(["2016年末，某市户籍人口为120500人。从性别看，男性为60100人，女性为60400人。"], real_ledger,
                   date="2017-04")
    assert got["60100"].indicator == "registered_male_population"


# --- places the catalogue does not list ----------------------------------------------------------------------------

def test_a_place_not_listed_after_a_whole_takes_the_whole_indicator(real_ledger):
    got = _extract(["2016年末，某市户籍人口总户数为51200户，其中甲乙丙区22800户。"], real_ledger, date="2017-04")
    assert got["51200"].indicator == "registered_households"
    assert got["22800"].indicator == "registered_households" and got["22800"].confidence < 0.8


# --- the usual scope of a name is no part of it -------------------------------------------------------------------

def test_above_scale_firms_before_power_generation(real_ledger):
    got = _extract(["1-9月，全市规模以上工业企业累计发电量215.6亿千瓦时，同比增长4.1%。"], real_ledger, date="2021-10-15")
    assert got["215.6"].indicator == "power_generation"
    assert got["4.1"].indicator == "power_generation"


def test_above_scale_firms_before_a_sum_of_money_still_narrow_it(real_ledger):
    got = _extract(["1-9月，某旗规模以上工业企业完成投资12.6亿元。"], real_ledger, date="2021-10-15")
    assert got["12.6"].indicator != "fai"


def test_the_members_listed_before_a_count_of_pillar_industries(real_ledger):
    got = _extract(["前三季度，煤炭、化工、冶金、建材和电力五大支柱产业增加值增长9.9%，拉动规模以上工业增长5.1个百分点。"],
                   real_ledger, date="2022-10-20")
    assert got["9.9"].indicator == "va_five_pillar_industries"


def test_a_whole_counted_with_a_number_alone_is_still_narrowed(real_ledger):
    got = _extract(["前三季度，食品工业增加值增长3.3%。"], real_ledger, date="2022-10-20")
    assert got["3.3"].indicator != "va_industry"


# --- measures ------------------------------------------------------------------------------------------------------

def test_shangsheng_after_tongbi_is_a_growth_and_shangla_a_pull(real_ledger):
    got = _extract(["1-8月，采矿业增加值同比上升46.2%，某冶炼企业增加值同比增长9.5%，上拉全县增加值增速3.4个百分点。"],
                   real_ledger, date="2023-09-20")
    assert got["46.2"].measure == "growth"
    assert got["3.4"].measure == "pull"


def test_a_name_only_like_a_narrower_catalogue_name_is_not_given_it(real_ledger):
    got = _extract(["1-8月，全县规模以上工业增加值增速为12.1%。分三大门类看，采矿业增加值同比上升46.2%，"
                    "制造业增加值同比增长14.5%，电力、热力生产和供应业增加值同比下降2.5%。"],
                   real_ledger, date="2023-09-20")
    assert got["14.5"].indicator != "va_high_tech_manufacturing"


# --- periods -------------------------------------------------------------------------------------------------------

def test_a_sentence_opening_with_an_earlier_plan_is_of_its_five_years(real_ledger):
    got = _extract(["“十二五”期间，全县累计接待游客820万人次，实现旅游收入61亿元。2011年旅游收入9亿元。"],
                   real_ledger, date="2017-02-10")
    assert got["820"].period == "2011-2015" and got["61"].period == "2011-2015"
    assert got["9"].period == "2011"


def test_an_average_over_an_earlier_plan_ends_in_its_last_year(real_ledger):
    got = _extract(["十二五期间，全县地区生产总值年均增长8.2%。"], real_ledger, date="2017-02-10")
    assert got["8.2"].period == "2015" and got["8.2"].base_period == "2010"
