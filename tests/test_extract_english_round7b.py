"""English pages: rules written from the round 7b development set (issue 18): counts printed bare,
changes said in other words, bases of comparison, periods of parts of a year, subjects that end,
parts of a whole, shares and their changes.

Every sentence here is made up (invented figures); none is copied from a real
document. City names are read from data/cities.csv, never listed here.
"""

from __future__ import annotations

from helpers import extract_by_value


def by_value(text, ledger, date: str = "2024-10-20", **kw):
    return extract_by_value(text, ledger, date=date, **kw)


# --- recall: counts printed without a unit ---------------------------------------------------------

def test_a_count_printed_bare_is_named_by_its_subject(real_ledger):
    got = by_value("In 2023, the number of travel agencies totaled 415. Starred hotels in the city amounted to 128.\n"
                   "Some 52,000 people worked in the trade, an increase of 3,000 year-on-year.", real_ledger,
                   date="2024-02-01")
    assert got["415"].unit == "travel agencies" and got["415"].period == "2023"
    assert got["128"].unit == "starred hotels"
    assert got["3,000"].unit == "people" and got["3,000"].measure == "change"


def test_millions_of_people_printed_bare_or_with_an_adjective(real_ledger):
    got = by_value("In 2023, the number of domestic tourists visiting the city reached 12.8 million.\n"
                   "The city also received 0.41 million inbound tourists, and the postal service handled "
                   "33.5 million parcels.", real_ledger, date="2024-02-01")
    assert got["12.8"].unit == "million tourists" and got["12.8"].indicator == "domestic_tourists"
    assert got["0.41"].unit == "million tourists"
    assert got["0.41"].indicator == ""  # inbound tourists are not all tourist arrivals
    assert got["33.5"].unit == "million parcels"


def test_counts_among_a_counted_whole(real_ledger):
    got = by_value("In the first half of 2024, among the city's 30 industrial parks, 12 maintained growth and "
                   "8 achieved double-digit growth.", real_ledger, date="2024-08-01")
    assert got["12"].unit == got["8"].unit == "industrial parks"
    assert got["12"].period == got["8"].period == "2024H1"
    assert "12" in got["12"].excerpt and len(got["12"].excerpt) >= 8  # not the bare number


def test_from_a_to_b_over_a_span_dates_each_end(real_ledger):
    got = by_value("From 2013 to 2022, the number of key projects implemented in the city went from 44 to 91.",
                   real_ledger, date="2023-03-01")
    assert got["44"].indicator == got["91"].indicator == "key_projects"
    assert (got["44"].period, got["91"].period) == ("2013", "2022")


# --- measure: changes said in other words ------------------------------------------------------------

def test_changes_said_with_a_year_an_adverb_or_a_noun_of_rise(real_ledger):
    got = by_value("The tourism revenue of the city grew in 2023 by 12.5 percent year-on-year. Investment in mining "
                   "increased by a whopping 33.2 percent, and exports saw an uplift of 8.1 percent. The number of "
                   "foreign visitors shrank 4.4 percent.", real_ledger, date="2024-02-01")
    assert got["12.5"].measure == got["33.2"].measure == got["8.1"].measure == "growth"
    assert got["-4.4"].measure == "growth"
    assert got["33.2"].proposed_indicator == "investment in mining"  # the subject, not its verb


def test_points_lower_than_an_earlier_part_of_the_year_are_a_change(real_ledger):
    got = by_value("In the first half of the year, consumer prices rose by 1.8 percent year-on-year, 0.4 percentage "
                   "points lower than the first quarter and 0.7 percentage points higher than the national average.",
                   real_ledger, date="2024-08-01")
    assert got["-0.4"].measure == "pp_change" and got["-0.4"].indicator == "cpi"
    assert got["0.7"].measure == "level" and got["0.7"].indicator == ""  # a gap to the nation: a quantity of its own


def test_the_growth_rate_after_a_gap_is_the_figure_before_the_gap(real_ledger):
    got = by_value("In March, consumer prices rose by 2.2 percent, 0.5 percentage points lower than the national "
                   "average; and the growth rate dropped 0.6 percentage points from January to February.",
                   real_ledger, date="2024-04-20")
    assert got["-0.6"].indicator == "cpi" and got["-0.6"].measure == "pp_change"


# --- period --------------------------------------------------------------------------------------------

def test_on_the_same_period_last_year_is_a_base(real_ledger):
    got = by_value("In the first five months of 2022, sales reached 12.3 billion yuan, an increase of 4.1 percent "
                   "on the same period last year.\nSales of cars hit 2.2 billion yuan, representing growth of "
                   "5.5 percent.", real_ledger, date="2022-07-01")
    assert got["4.1"].period == got["2.2"].period == got["5.5"].period == "2022M01-M05"


def test_since_a_month_in_a_report_of_three_quarters(real_ledger):
    got = by_value("In the first three quarters, the economy kept growing.\n"
                   "Since July, the growth rate of industrial value added has stayed at above 12 percent.",
                   real_ledger, date="2024-10-20")
    assert got["12"].period == "2024M07-M09"


def test_there_are_counts_things_at_the_pages_date(real_ledger):
    got = by_value("In 2023, the region's tourism grew fast.\nThere are 120 A-class scenic spots in the region.",
                   real_ledger, date="2024-02-28")
    assert got["120"].period == "2024-02-28"


def test_a_share_after_ranks_is_of_the_period_not_the_pages_date(real_ledger):
    got = by_value("In the first half of 2024, the city's foreign trade reached 8.2 billion yuan.\n"
                   "Its total ranks first in the region, accounting for 19 percent of the region's total.",
                   real_ledger, date="2024-08-12")
    assert got["19"].period == "2024H1"


# --- indicator -------------------------------------------------------------------------------------------

def test_the_words_after_a_figure_end_at_its_clause(real_ledger):
    got = by_value("In the first nine months of this year, newly-issued loans in the city reached 20.1 billion yuan, "
                   "and private investment grew by 5.5 percent.", real_ledger, date="2024-10-20")
    assert got["20.1"].indicator != "private_investment"
    assert got["5.5"].indicator == "private_investment"


def test_a_subject_after_a_figure_joined_by_and(real_ledger):
    got = by_value("In 2023, the city's budget revenue grew by 8.8 percent and per capita disposable income of rural "
                   "and urban residents grew by 5.1 percent and 7.7 percent, respectively.", real_ledger,
                   date="2024-02-01")
    assert got["5.1"].indicator == "rural_disposable_income_per_capita"
    assert got["7.7"].indicator == "urban_disposable_income_per_capita"


def test_companies_of_a_designated_size_are_those_above_it(real_ledger):
    got = by_value("From January to August, the total profits of companies of a designated size in the city reached "
                   "12.5 billion yuan, a year-on-year increase of 3.3 percent, with an operating income of 150.2 "
                   "billion yuan, up 2.1 percent.", real_ledger, date="2024-10-20")
    assert got["12.5"].indicator == got["3.3"].indicator == "industry_profit_above_scale"
    assert got["150.2"].indicator == got["2.1"].indicator == "industry_revenue_above_scale"


def test_a_qualified_class_above_designated_size_is_not_the_whole(real_ledger):
    got = by_value("In 2023, the R&D spending of enterprises above designated size was 3.1 billion yuan, and the "
                   "operating income of high-tech enterprises above designated size came in at 90.4 billion yuan.",
                   real_ledger, date="2024-02-01")
    assert got["90.4"].indicator == ""


def test_a_points_change_after_a_share_is_the_shares(real_ledger):
    got = by_value("In 2023, tourism revenue reached 50.5 billion yuan and accounted for 6.2 percent of GDP, up 0.8 "
                   "percentage points compared to the previous year.", real_ledger, date="2024-02-01")
    assert got["6.2"].indicator == got["0.8"].indicator == "tourism_revenue"
    assert got["0.8"].measure == "pp_change"


def test_an_ownership_class_opening_the_sentence_makes_a_part(real_ledger):
    got = by_value("In the first half, private enterprises remained the main force, with a total import and export "
                   "volume of 5.5 billion yuan, a year-on-year increase of 20.1 percent.\n"
                   "The city's total import and export volume was 9.1 billion yuan.", real_ledger, date="2024-08-12")
    assert got["5.5"].indicator == got["20.1"].indicator == ""
    assert got["9.1"].indicator == "trade_total"


def test_a_growth_gap_of_total_trade_is_the_catalogues_trade_gap(real_ledger):
    got = by_value("In the first half of 2024, the city's total import and export value hit 8.1 billion yuan, a "
                   "year-on-year increase of 20.5 percent.\nThe growth rate is 12.3 percentage points higher than the "
                   "autonomous region's average.", real_ledger, date="2024-08-10")
    assert got["12.3"].indicator == "trade_growth_gap_region" and got["12.3"].measure == "level"


def test_contributing_points_to_growth_is_a_pull(real_ledger):
    got = by_value("In 2023, manufacturing grew 10.1 percent, contributing a 6.2 percentage point gain to the growth "
                   "of industrial value added.", real_ledger, date="2024-02-01")
    assert got["6.2"].measure == "pull"


def test_a_ratio_of_firms_above_designated_size_is_not_their_revenue(real_ledger):
    got = by_value("In 2023, the asset-liability ratio of industrial enterprises above a designated size – those with "
                   "annual revenue of 20 million yuan or more – decreased by 1.5 percentage points.", real_ledger,
                   date="2024-02-01")
    assert got["-1.5"].indicator == "" and got["-1.5"].measure == "pp_change"
    assert "revenue of 20 million" not in got["-1.5"].proposed_indicator


def test_a_change_opening_the_sentence_is_of_the_level_it_goes_on_to_print(real_ledger):
    got = by_value("In 2023, tourism boomed. With an increase of 12.5 percent over the previous year, the number of "
                   "domestic tourists visiting the city reached 12.8 million.", real_ledger, date="2024-02-01")
    assert got["12.5"].indicator == got["12.8"].indicator == "domestic_tourists"
    assert got["12.5"].measure == "growth"


def test_cutting_taxes_and_fees_by_a_sum_is_the_tax_and_fee_cuts(real_ledger):
    got = by_value("In 2023, the city cut taxes and fees for local enterprises by a total of 3.3 billion yuan.",
                   real_ledger, date="2024-02-01")
    assert got["3.3"].indicator == "tax_fee_cuts" and got["3.3"].period == "2023"


def test_visitors_hosted_are_tourist_arrivals_unless_qualified(real_ledger):
    got = by_value("In the first half, the city hosted 5.15 million visitors, an increase of 20.1 percent, and "
                   "received 0.2 million inbound visitors.", real_ledger, date="2024-08-10")
    assert got["5.15"].indicator == got["20.1"].indicator == "tourist_arrivals"
    assert got["0.2"].indicator == ""
