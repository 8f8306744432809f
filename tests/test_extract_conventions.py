"""Issue 18: what a reviewer retyped on real documents (the review cost that
`analysis add` counted on seven new pages), now extracted as the ledger
writes it: price bases by the ledger's conventions, registered (户籍) against
resident population, one sector's contribution, an average growth after a
multiple, a ratio of the three sectors that evolves into another, and
narrowed totals (地方财政总收入, a mining sector's output value).

Every sentence is made up; cities are read from data/cities.csv.
"""

from __future__ import annotations

from helpers import extract_by_value as by_value




def test_a_sum_of_money_is_at_current_prices_even_as_a_proposal(real_ledger):
    got = by_value("全年发放冬季牧民取暖补助1234万元。", real_ledger)
    c = got["1234"]
    assert c.indicator == "" and c.proposed_indicator and c.price_basis == "current"


def test_growth_contributions_and_averages_of_gdp_are_comparable(real_ledger):
    got = by_value("全市地区生产总值年均增长8.5%，第二产业对经济增长的贡献率为55.1%，人均地区生产总值增长4.2%。",
                   real_ledger)
    assert got["8.5"].price_basis == "comparable"
    assert (got["55.1"].indicator, got["55.1"].measure, got["55.1"].denominator, got["55.1"].price_basis) == \
        ("va_secondary", "contribution", "gdp", "comparable")
    assert got["4.2"].price_basis == "comparable"


def test_registered_population_is_not_the_resident_population(real_ledger):
    got = by_value("年末户籍总人口146041人，其中城镇人口90730人，乡村人口55311人。年末常住人口21.35万人。", real_ledger)
    assert got["90730"].indicator not in ("urban_population",) and got["55311"].indicator != "rural_population"
    assert "户籍" in (real_ledger.indicators[got["90730"].indicator].name_zh if got["90730"].indicator
                     else got["90730"].proposed_indicator)
    assert got["21.35"].indicator == "population"


def test_an_average_growth_after_a_multiple_takes_its_base(real_ledger):
    got = by_value("地区生产总值完成75亿元，是2003年的2.1倍，年均递增19.1%。", real_ledger, date="2008-03")
    assert (got["19.1"].indicator, got["19.1"].measure, got["19.1"].base_period) == ("gdp", "avg_growth", "2003")


def test_a_ratio_that_evolves_into_another_gives_both_years(real_ledger):
    got = by_value("三次产业结构由2003年的9.7∶58.1∶32.2演进为现在的5.6∶64.9∶29.5。", real_ledger, date="2008-03")
    assert [got[v].indicator for v in ("9.7", "58.1", "32.2")] == ["va_primary", "va_secondary", "va_tertiary"]
    assert [got[v].indicator for v in ("5.6", "64.9", "29.5")] == ["va_primary", "va_secondary", "va_tertiary"]
    assert got["9.7"].period == "2003" and got["5.6"].period != "2003"


def test_a_local_or_mining_total_is_not_the_whole(real_ledger):
    got = by_value("地方财政总收入完成326.8亿元。全市煤等矿业生产总值达120亿元。全年地方一般公共预算收入80亿元。", real_ledger)
    assert got["326.8"].indicator != "fiscal_revenue_total" and got["120"].indicator != "gdp"
    assert got["80"].indicator == "public_budget_revenue"  # 地方 adds nothing to the budget revenue


def test_a_rank_after_a_figure_is_that_figure_s_rank(real_ledger):
    got = by_value("全年固定资产投资增长9.9%，居全区第3位；社会消费品零售总额增长4.1%，增速居全区第5位。", real_ledger)
    assert (got["3"].indicator, got["3"].measure) == ("fai", "growth_rank")
    assert (got["5"].indicator, got["5"].measure) == ("retail_sales", "growth_rank")


def test_the_rank_of_a_level_and_the_rank_of_its_growth_are_two_quantities(real_ledger):
    """s573 prints both: one key for the two ranks made add refuse them as a conflict."""
    got = by_value("一般公共预算收入完成4.67亿元，居全市第6位，增长128.6%，居全市第1位。", real_ledger)
    assert (got["6"].indicator, got["6"].measure) == ("public_budget_revenue", "rank")
    assert (got["1"].indicator, got["1"].measure) == ("public_budget_revenue", "growth_rank")
    got = by_value("全年地区生产总值完成123.4亿元，增长5.5%，总量位居全市第8位，增速位居全市第4位。", real_ledger)
    assert (got["8"].indicator, got["8"].measure) == ("gdp", "rank")  # the words say which, not the figure before
    assert (got["4"].indicator, got["4"].measure) == ("gdp", "growth_rank")


def test_growth_of_a_sum_of_money_is_at_current_prices(real_ledger):
    got = by_value("全年城镇常住居民人均可支配收入增长5.1%，固定资产投资增长9.9%，粮食产量增长2.0%。", real_ledger)
    assert got["5.1"].price_basis == "current" and got["9.9"].price_basis == "current"
    assert got["2.0"].price_basis == "none"  # a physical quantity


def test_the_rules_hold_on_a_page_in_traditional_characters(real_ledger, tmp_path):
    """Excerpts are copied as printed: the rules find them on the printed line, read it converted."""
    from analysis.extract import extract_file

    page = tmp_path / "trad.txt"
    page.write_text("某市2023年統計公報\n年末戶籍總人口146041人，其中城鎮人口90730人。\n"
                    "全年固定資產投資增長9.9%，居全區第3位。\n", encoding="utf-8")
    got = {c.value: c for c in extract_file(page, real_ledger, city=real_ledger.city_slugs()[0], date="2024-03")}
    assert got["90730"].indicator != "urban_population"
    assert (got["3"].indicator, got["3"].measure) == (got["9.9"].indicator, "growth_rank") and got["9.9"].indicator
