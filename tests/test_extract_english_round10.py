"""English pages: rules written from the round 10 development set (dev14, five city pages) and the
losses fresh round 9 named: present-tense facts and a clause's own year, a part of the year carried past
"this year", months of investment, catalogue concepts printed in other words (the output of coal, a
combined operating income, cows, the product sales rate, new energy installed capacity), streaks and days.

Every sentence here is made up (invented figures); none is copied from a real
document. City names are read from data/cities.csv, never listed here.
"""

from __future__ import annotations

from helpers import extract_by_value, extract_rows


def by_value(text, ledger, date: str = "2023-11-20", **kw):
    return extract_by_value(text, ledger, date=date, **kw)


# --- figures and their sign --------------------------------------------------------------------------

def test_a_sum_in_a_definition_between_dashes_is_no_figure_and_names_no_income(real_ledger):
    got = by_value("From January to May, the added value of the city's industrial enterprises above designated size "
                   "– firms with a main business income of more than 20 million yuan ($3 million) a year – rose by "
                   "7.5 percent year-on-year.", real_ledger)
    assert "20" not in got
    assert got["7.5"].indicator == "va_industry_above_scale"


def test_a_fall_printed_twice_with_or_falls_twice(real_ledger):
    got = by_value("In the first half, the production of raw coal was 52.3 million tons, a year-on-year decrease of "
                   "3.1 million tons or 5.6 percent.", real_ledger)
    assert "-3.1" in got and "-5.6" in got
    assert got["52.3"].indicator == "raw_coal_output" and got["-5.6"].indicator == "raw_coal_output"
    assert got["-5.6"].measure == "growth"


# --- catalogue concepts in other words ------------------------------------------------------------------

def test_investments_in_a_sector_are_not_its_value_added(real_ledger):
    got = by_value("In the first quarter, investments in the primary industry increased by 35.2 percent.", real_ledger)
    assert got["35.2"].indicator != "va_primary"


def test_service_enterprises_above_designated_size_and_their_combined_operating_income(real_ledger):
    got = by_value("From January to April, service enterprises above designated size achieved a combined operating "
                   "income of 12.3 billion yuan and an operating profit of 1.1 billion yuan.", real_ledger)
    assert got["12.3"].indicator == "services_revenue_above_scale"
    assert got["1.1"].indicator != "services_revenue_above_scale"


def test_the_output_of_coal_and_of_raw_coal_above_designated_size(real_ledger):
    got = by_value("In the first two months, the output of raw coal above designated size was 81.2 million metric "
                   "tons.\nIn 2022, the output of coal was 64.5 million tons.", real_ledger)
    assert got["81.2"].indicator == "raw_coal_output"
    assert got["64.5"].indicator == "raw_coal_output"


def test_cows_counted_as_head_are_the_dairy_cow_inventory(real_ledger):
    got = by_value("At the end of June, the city had a livestock population of 1.25 million cows.", real_ledger)
    assert (got["1.25"].indicator, got["1.25"].unit) == ("dairy_cows", "million head")
    got = by_value("At the end of 2022, there were 2.1 million beef cattle in the city.", real_ledger)
    assert (got["2.1"].indicator, got["2.1"].unit) == ("beef_cattle_inventory", "million head")


def test_the_product_sales_rate_and_new_energy_installed_capacity(real_ledger):
    got = by_value("From January to September, the product sales rate of industrial enterprises stood at 97.6%.\n"
                   "In 2022, the new energy installed capacity of the city reached 9.8 million kilowatts, and the "
                   "proportion of new energy installed capacity reached 41 percent.", real_ledger)
    assert got["97.6"].indicator == "industrial_sales_ratio"
    assert got["9.8"].indicator == "new_energy_capacity"
    assert got["41"].indicator == "new_energy_capacity_share"
    got = by_value("In 2022, the output of electricity was 45.1 billion kWh, and electricity consumption was 30.2 "
                   "billion kWh.", real_ledger)
    assert got["45.1"].indicator == "power_generation" and got["30.2"].indicator != "power_generation"


# --- periods ----------------------------------------------------------------------------------------------

def test_this_year_leaves_the_quarter_in_force_but_not_in_a_target(real_ledger):
    got = by_value("In the first quarter, the city's GDP grew 5.1 percent.\n"
                   "This year, the chemical industry has upgraded its plants. Over the past three months, its output "
                   "value reached 3.3 billion yuan.\n"
                   "The new materials sector generated 1.4 billion yuan in output.", real_ledger, date="2023-04-25")
    assert got["3.3"].period in ("2023Q1", "2023M01-M03")
    assert got["1.4"].period in ("2023Q1", "2023M01-M03")
    target = by_value("In the first quarter, the city's GDP grew 5.1 percent.\n"
                      "This year, the city plans to raise the output value of the sector to 50 billion yuan.",
                      real_ledger, date="2023-04-25")
    assert target["50"].period == "2023"


def test_a_month_of_fixed_asset_investment_is_the_year_to_that_month(real_ledger):
    got = by_value("In July, fixed-asset investment turned positive. The city's fixed-asset investment increased by "
                   "1.3 percent year-on-year, up 6.2 percentage points from the previous month.", real_ledger)
    assert got["1.3"].period == "2023M01-M07" and got["6.2"].period == "2023M01-M07"


def test_a_clauses_own_year_and_the_present_tense(real_ledger):
    got = by_value("Over the past 10 years, farming has grown fast, and the grain output in 2022 hit 2.3 million "
                   "tons.\nThe output value of key industries now accounts for 80 percent of industry, and dairy "
                   "makes up 30 percent of it.", real_ledger)
    assert got["2.3"].period == "2022"
    assert got["80"].period == "2023" and got["30"].period == "2023"
    assert got["30"].measure == "share"  # "makes up 30 percent": no growth "up 30 percent"
    got = by_value("In 2021, the city's GDP grew 5 percent.\nIts dairy output ranks first in the country, accounting "
                   "for 20.4 percent of the national total.\nIn 2022, grain output reached 2.1 million tons, accounting "
                   "for 8.3 percent of the region's total.", real_ledger)
    assert got["20.4"].period == "2023" and got["8.3"].period == "2022"


def test_parts_of_the_year_in_short_and_in_digits_are_carried(real_ledger):
    for opening, want in (("During Jan-Oct,", "2023M01-M10"), ("In the first 10 months of 2023,", "2023M01-M10"),
                          ("In the second quarter,", "2023Q2"), ("In the Q1-Q3 period,", "2023Q1-Q3"),
                          ("Its first-quarter figures show that", "2023Q1")):
        got = by_value(f"{opening} fixed-asset investment rose 5.2 percent.\nRetail sales rose 4.1 percent.",
                       real_ledger)
        assert got["5.2"].period == want and got["4.1"].period == want, opening


def test_a_part_of_the_year_is_carried_past_years_compared_with_and_years_since(real_ledger):
    got = by_value("In the first half of 2023, GDP grew 5.1 percent.\n"
                   "Fixed-asset investment grew 6.1 percent, 2 percentage points faster than in 2022.\n"
                   "Retail sales rose 4.1 percent.\n"
                   "Tourism revenue was 2.5 billion yuan, a record for the city since 2019.\n"
                   "Online retail sales were 1.5 billion yuan.", real_ledger, date="2023-08-10")
    for v in ("6.1", "4.1", "2.5", "1.5"):
        assert got[v].period == "2023H1", v


# --- streaks, days, gaps ----------------------------------------------------------------------------------

def test_streaks_and_days_are_figures(real_ledger):
    got = by_value("From January to August, the added value of industries above designated size increased for 18 "
                   "consecutive months by 9.1% year-on-year. Goods sent by sea took 20 to 25 days.", real_ledger)
    assert got["18"].unit == "consecutive months" and got["18"].indicator == ""
    assert "growth" in got["18"].proposed_indicator
    assert got["9.1"].measure == "growth" and got["9.1"].indicator == "va_industry_above_scale"
    assert got["20"].unit == "days" and got["25"].unit == "days"


def test_a_gain_on_an_average_is_a_gap(real_ledger):
    rows = extract_rows("From January to November, industrial output grew 4.5 percent. This is a 1.5 percent gain on "
                        "the region's average.", real_ledger, date="2023-12-20")
    gap = next(c for c in rows if c.value == "1.5")
    assert gap.measure == "level" and gap.indicator == ""
