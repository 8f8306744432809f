"""English pages: rules written from the round 8b development set (issue 18): measures said with a
qualifier or another verb, contributions to growth, periods of comparison, bracketed rates, parts of a
whole named by a modifier, subjects that end.

Every sentence here is made up (invented figures); none is copied from a real
document. City names are read from data/cities.csv, never listed here.
"""

from __future__ import annotations

from helpers import extract_by_value


def by_value(text, ledger, date: str = "2024-10-20", **kw):
    return extract_by_value(text, ledger, date=date, **kw)


# --- measure -----------------------------------------------------------------------------------------

def test_a_change_with_a_qualifier_between_verb_and_number(real_ledger):
    got = by_value("In 2023, the city's GDP increased by more than 6 percent, and fixed asset investment rose "
                   "nearly 9 percent. Energy investment increased by over 2.5 times.", real_ledger)
    assert got["6"].measure == "growth" and got["6"].indicator == "gdp" and got["6"].qualifier == "over"
    assert got["9"].measure == "growth" and got["9"].qualifier == "about"
    assert got["2.5"].measure == "multiple_increase"


def test_added_and_a_streak_before_by_are_growth(real_ledger):
    got = by_value("From January to May 2023, the output of cement added 4.4% year-on-year, and the output of "
                   "glass increased for 11 consecutive months by 8.2%.", real_ledger)
    assert got["4.4"].measure == "growth"
    assert got["8.2"].measure == "growth"


def test_a_share_of_growth_is_a_contribution(real_ledger):
    got = by_value("In 2023, consumption accounted for 46 percent of the overall economic growth, and services "
                   "accounted for 52 percent of the city's GDP.", real_ledger)
    assert got["46"].measure == "contribution"
    assert got["52"].measure == "share"


# --- honest confidence: a part is not given the whole's code ---------------------------------------

def test_a_modifier_before_the_catalogue_name_names_a_part(real_ledger):
    got = by_value("In the first half of 2023, general trade imports and exports reached 12.4 billion yuan, "
                   "up 3.1 percent. Processing trade imports and exports were 0.8 billion yuan. The city's total "
                   "foreign trade imports and exports came to 20.5 billion yuan.", real_ledger)
    for v in ("12.4", "3.1", "0.8"):
        assert got[v].indicator == "" and got[v].confidence < 0.8, v
    assert "general trade" in got["12.4"].proposed_indicator
    assert got["20.5"].indicator == "trade_total" and got["20.5"].confidence >= 0.8


def test_a_name_is_not_carried_past_a_subject_of_its_own(real_ledger):
    got = by_value("In 2023, the grain output of the city was 3.61 million tons, up 2.2 percent, and the output "
                   "of buckwheat was 0.12 million tons, an increase of 7.7 percent.", real_ledger)
    assert got["3.61"].indicator == "grain_output" and got["2.2"].indicator == "grain_output"
    assert got["0.12"].indicator != "grain_output" and got["7.7"].indicator != "grain_output"
    assert got["0.12"].confidence < 0.8


def test_a_subject_that_only_refers_back_keeps_the_name(real_ledger):
    got = by_value("In 2023, the city's GDP reached 410.7 billion yuan, and its growth rate was 5.9 percent.",
                   real_ledger)
    assert got["5.9"].indicator == "gdp"


# --- periods -------------------------------------------------------------------------------------------

def test_a_period_after_a_change_in_points_is_its_base_and_a_bracketed_rate_is_that_periods(real_ledger):
    got = by_value("From January to September 2023, the added value of industries above designated size grew "
                   "9.2% year-on-year, up 1.1 percentage points from January to August 2023 (8.1%) and 2.4 "
                   "percentage points from the first half of 2023 (6.8%). It is 4.2 percentage points higher "
                   "than the whole country (5.0%).\n"
                   "The output of cement grew 3.3% year-on-year.", real_ledger)
    assert got["9.2"].period == "2023Q1-Q3"
    assert got["1.1"].period == "2023Q1-Q3" and got["2.4"].period == "2023Q1-Q3"
    assert (got["8.1"].measure, got["8.1"].period) == ("growth", "2023M01-M08")
    assert (got["6.8"].measure, got["6.8"].period) == ("growth", "2023H1")
    assert (got["5.0"].measure, got["5.0"].period) == ("growth", "2023Q1-Q3")
    assert got["3.3"].period == "2023Q1-Q3"  # the next line: the period in force, not the base


def test_a_period_from_after_a_growth_in_percent_is_its_own(real_ledger):
    got = by_value("Retail sales grew 6.4 percent year-on-year from January to July 2023.", real_ledger)
    assert got["6.4"].period == "2023M01-M07"


def test_a_lagged_period_lasts_for_its_own_figures_only(real_ledger):
    got = by_value("In the first half of 2023, the city's GDP grew 5.1 percent.\n"
                   "From January to May, the profits of industrial enterprises above designated size rose 8.3 percent.\n"
                   "Retail sales of consumer goods increased by 6.2 percent.", real_ledger, date="2023-07-20")
    assert got["8.3"].period == "2023M01-M05"
    assert got["6.2"].period == "2023H1"


def test_has_reached_in_a_report_of_months_is_a_flow_of_those_months(real_ledger):
    got = by_value("During the first three quarters of 2023, farming grew steadily. The output value of farming "
                   "has reached 45 billion yuan, up 3.4 percent.", real_ledger, date="2023-10-25")
    assert got["45"].period == "2023Q1-Q3"


def test_works_renovated_are_flows_of_the_year(real_ledger):
    got = by_value("In 2023, the city's GDP grew 5.1 percent.\n"
                   "The city also renovated 312 old residential communities and 640 kilometers of old pipes.",
                   real_ledger, date="2024-01-20")
    assert got["640"].period == "2023"


# --- indicator: catalogue names in other words; parts named after the name ------------------------------

def test_an_owner_or_a_partner_after_the_name_names_a_part(real_ledger):
    got = by_value("In 2023, the import and export value of State-owned enterprises was 8.2 billion yuan. The city's "
                   "imports and exports with Mongolia and Russia were 3.3 billion yuan and 1.9 billion yuan "
                   "respectively. Its import and export value was 40.6 billion yuan.", real_ledger)
    assert got["8.2"].indicator == "" and got["8.2"].confidence < 0.8
    assert got["3.3"].indicator == "" and got["1.9"].indicator == ""
    assert got["40.6"].indicator == "trade_total"


def test_a_head_count_is_the_inventory_of_what_it_counts(real_ledger):
    got = by_value("By the end of 2023, there were 8.8 million head of livestock in the league, a decrease of "
                   "0.6 percent. The annual livestock population reached 12.1 million head.", real_ledger,
                   date="2024-02-01")
    assert got["8.8"].indicator == "livestock_inventory" and got["-0.6"].indicator == "livestock_inventory"
    assert got["12.1"].indicator != "livestock_inventory"  # a throughput of the year, not the stock


def test_names_in_other_words_and_places_after_them(real_ledger):
    got = by_value("In 2023, the output of grain from the region was 19 billion kilograms and power generation "
                   "reached 210.5 billion kWh. The port had an import and export value of 3.7 billion yuan. "
                   "From January to May, 1,204 industrial enterprises above designated size achieved a total "
                   "profit of 12 billion yuan.", real_ledger)
    assert got["19"].indicator == "grain_output"
    assert got["210.5"].indicator == "power_generation"
    assert got["3.7"].indicator == "trade_total"
    assert got["1,204"].indicator == "industrial_firms_above_scale"


# --- recall ----------------------------------------------------------------------------------------------

def test_numbers_of_a_list_share_the_unit_printed_after_the_last(real_ledger):
    got = by_value("In 2023, the growth rate was 2.6 and 1.9 percentage points higher than the country and the "
                   "region. Coal output was 31.5 billion metric tons.", real_ledger)
    assert got["2.6"].unit == "percentage points" and got["2.6"].measure == got["1.9"].measure == "level"
    assert got["31.5"].unit == "billion metric tons"


def test_millions_of_a_product_counted_in_its_own_noun(real_ledger):
    got = by_value("Currently, the city exports 12 million LED lamps and 3 million wool sweaters a year.",
                   real_ledger, date="2024-05-01")
    assert got["12"].unit.endswith("lamps")
    assert got["3"].unit.endswith("sweaters")


def test_years_joined_by_to_share_no_unit(real_ledger):
    got = by_value("From 2019 to 2023, the city built 120 kilometers of roads.", real_ledger)
    assert "2019" not in got and got["120"].unit == "kilometers"


def test_a_share_of_a_wider_places_total_is_the_level_befores(real_ledger):
    got = by_value("In 2023, the city's total imports and exports reached 30.2 billion yuan.\n"
                   "The growth rate ranks first, and the total value accounts for 18 percent of the region's total.\n"
                   "Its GDP reached 410 billion yuan. This accounts for 12 percent of the total value of the "
                   "autonomous region.", real_ledger)
    assert got["18"].indicator == "trade_total" and got["18"].measure == "share"
    assert got["12"].indicator == "gdp"


def test_service_industry_and_sector_contributions(real_ledger):
    got = by_value("From January to May 2023, high-tech service industry investment increased by 21.4 percent. "
                   "The service industry grew fast, accounting for 47 percent of the overall economic growth.",
                   real_ledger, date="2023-06-20")
    assert got["21.4"].indicator == "high_tech_services_investment"
    assert (got["47"].indicator, got["47"].measure, got["47"].denominator) == ("va_tertiary", "contribution", "gdp")


def test_millions_of_animals_are_head_counted_at_the_end_of_the_months(real_ledger):
    got = by_value("In the first half of 2023, the league had 0.82 million cows, up 6.1 percent.", real_ledger,
                   date="2023-07-25")
    assert got["0.82"].unit == "million head" and got["0.82"].period == "2023M06"
