"""English pages: rules written from the round 12 development set (round12b: eight news pages on new-energy
investment, land ports, exports, cashmere, tourism and county rankings): surges and growths said with
adjectives, pulls and shares "contributing … to", periods printed after an active verb and its place, counts
carried in a part of a year, forecasts for this year, annual amounts on a page of January, partitive counts,
lists of ordinals, conditions that go on past "or", a port's freight, tourists and their revenue, a population.

Every sentence here is made up (invented figures and places); none is copied from a real
document. No city of data/cities.csv is named.
"""

from __future__ import annotations

from helpers import extract_by_value, extract_rows


def by_value(text, ledger, date: str = "2023-11-20", **kw):
    return extract_by_value(text, ledger, date=date, **kw)


# --- measures -------------------------------------------------------------------------------------------------

def test_a_surge_with_adjectives_is_a_growth(real_ledger):
    got = by_value("From January to October 2022, the county saw an astonishing year-on-year surge of 123.4 percent "
                   "in wind investments.", real_ledger)
    assert got["123.4"].measure == "growth"


def test_points_contributed_to_a_growth_are_a_pull(real_ledger):
    got = by_value("Wind investment rose 40 percent and contributes to a notable 21 percentage point increase in "
                   "overall investment growth.", real_ledger)
    assert got["21"].measure == "pull"


def test_growth_of_n_times_is_a_multiple_increase(real_ledger):
    got = by_value("Investment in battery making experienced a remarkable growth of 412 times from the same period "
                   "a year earlier.", real_ledger)
    assert got["412"].measure == "multiple_increase"


def test_contributing_a_percentage_to_the_total_is_a_share(real_ledger):
    got = by_value("Solar investment rose 12 percent, contributing 9 percent to the total industry investment and "
                   "driving a growth rate increase of 1.1 percentage points.", real_ledger)
    assert got["9"].measure == "share"
    assert got["1.1"].measure == "pull"


def test_higher_or_lower_than_the_previous_year_is_a_growth(real_ledger):
    got = by_value("The lake earned 4.5 billion yuan, about 15 percent higher than the previous year. The old "
                   "market sold 2.5 billion yuan of goods, 3 percent lower than a year earlier.", real_ledger)
    assert (got["15"].measure, got["15"].value) == ("growth", "15")
    assert got["-3"].measure == "growth"


def test_higher_than_an_average_stays_no_growth(real_ledger):
    got = by_value("The county's income was 12 percent higher than the national average.", real_ledger)
    assert got["12"].measure != "growth"


def test_a_list_of_shares_goes_on_past_a_comma_and_globally(real_ledger):
    got = by_value("The county produces 2,345 tons of wool annually. This accounts for 31 percent of the "
                   "province's output, 12 percent of the country's, and 5 percent of the global supply. It accounts "
                   "for 30 percent of the national capacity and 11 percent globally.", real_ledger)
    assert [got[v].measure for v in ("31", "12", "5", "30", "11")] == ["share"] * 5


# --- periods --------------------------------------------------------------------------------------------------

def test_a_period_after_an_active_verb_and_its_place(real_ledger):
    got = by_value("A total of 654 freight trains passed through the border crossing of Dalanbulag in the north of "
                   "the region in the second quarter of 2023, up 4.4 percent year on year.\n"
                   "A total of 4.1 million tourists visited the lake in 2019.", real_ledger, date="2023-07-20")
    assert got["654"].period == "2023Q2"
    assert got["4.1"].period == "2019"


def test_a_year_after_than_stays_a_base(real_ledger):
    got = by_value("Its exports reached 45 million yuan, more than they did in 2019.", real_ledger, date="2023-07-20")
    assert got["45"].period != "2019"


def test_a_count_carried_in_a_part_of_the_year_told_in_the_past(real_ledger):
    got = by_value("In the first quarter of 2023, the crossing handled 650 trains.\n"
                   "Of these 650 trips, 321 were outbound, while the number of inbound trains totaled 329.",
                   real_ledger, date="2023-04-12")
    assert got["329"].period == "2023Q1"
    assert got["321"].period == "2023Q1" and got["321"].unit == "trips"


def test_a_forecast_for_this_year(real_ledger):
    got = by_value("In the first half of this year, 120 projects were signed. A total of 33.3 billion yuan in "
                   "investment is expected to be put in place this year.", real_ledger, date="2022-08-01")
    assert got["33.3"].period == "2022"
    assert got["33.3"].qualifier == "forecast"


def test_an_annual_amount_on_a_page_of_january_is_last_years(real_ledger):
    text = "The manager said the firm exports about 5,000 tonnes of seeds annually, worth 70 million yuan."
    early = by_value(text, real_ledger, date="2026-01-20")
    late = by_value(text, real_ledger, date="2026-06-20")
    assert (early["5,000"].period, early["70"].period) == ("2025", "2025")
    assert late["5,000"].period == "2026"


def test_currently_exported_goods_are_a_flow_of_the_year(real_ledger):
    got = by_value("Currently, the county's goods are exported to more than 40 countries, including 3 million "
                   "mobile phones and 12,000 tractors.", real_ledger, date="2022-05-06")
    assert got["12,000"].period == "2022"


def test_a_count_according_to_a_report_is_of_its_year(real_ledger):
    got = by_value("According to the assessment, there are 312 \"model\" village enterprises in the province.",
                   real_ledger, date="2022-05-06")
    assert got["312"].period == "2022"
    assert got["312"].unit == "model village enterprises"


def test_this_year_after_a_count(real_ledger):
    got = by_value("- The crossing has handled over 2 mln travelers this year", real_ledger, date="2022-05-06")
    assert got["2"].period == "2022" and got["2"].unit.startswith("million")


# --- what is a figure -----------------------------------------------------------------------------------------

def test_a_list_of_ordinals_after_a_rank_word_are_ranks(real_ledger):
    got = by_value("Five counties were listed, ranking 4th, 7th, 12th, and 55th, respectively.", real_ledger)
    assert [got[v].measure for v in ("4", "7", "12", "55")] == ["rank"] * 4


def test_among_whom_a_part_of_a_count(real_ledger):
    got = by_value("In 2019, 4.1 million tourists came to the lake, among whom almost 300,000 were foreigners.",
                   real_ledger)
    assert "300,000" in got and got["300,000"].unit == "people"


def test_the_numbers_of_a_printed_date_are_no_figures(real_ledger):
    got = by_value("date 2023-05-06 North crossing sees more trains\nIn 2022, 35 trains ran.", real_ledger)
    assert "05" not in got and "06" not in got


def test_a_condition_goes_on_past_or(real_ledger):
    got = by_value("There are 95 strong towns, each with a total GDP exceeding 5 billion yuan ($0.7 billion), or "
                   "public revenue surpassing 300 million yuan, accounting for 12.5 percent of the total.", real_ledger)
    assert "5" not in got and "300" not in got
    assert got["12.5"].indicator == ""


def test_both_with_is_no_condition(real_ledger):
    got = by_value("The two solar parks, both with investments exceeding 4 billion yuan in 2023, opened.", real_ledger)
    assert "4" in got


# --- catalogue concepts ---------------------------------------------------------------------------------------

def test_a_ports_goods_are_its_freight_not_one_kind_of_goods(real_ledger):
    got = by_value("The volume of goods handled in the first half of this year by the crossing port exceeded 12.34 "
                   "million tonnes, up 50.5 percent. The port handled 8.8 million tonnes of imported coal. In 2021, the "
                   "port completed the customs clearance of over 9 million tonnes of goods.", real_ledger)
    assert got["12.34"].indicator == "port_freight_volume"
    assert got["50.5"].indicator == "port_freight_volume"
    assert got["8.8"].indicator != "port_freight_volume"
    assert got["9"].indicator == "port_freight_volume"


def test_tourists_who_visited_and_the_revenue_they_generated(real_ledger):
    got = by_value("According to officials, a total of 2.1 million tourists visited the lake town in 2019, "
                   "generating a revenue of 3.3 billion yuan, almost 12 percent higher than the previous year.",
                   real_ledger)
    assert got["2.1"].indicator == "tourist_arrivals"
    assert got["3.3"].indicator == "tourism_revenue"
    assert (got["12"].indicator, got["12"].measure) == ("tourism_revenue", "growth")


def test_with_a_population_of_people_not_head(real_ledger):
    got = by_value("With a population of around 150,000, the town lies on the border.", real_ledger)
    assert got["150,000"].unit == "people"
    assert got["150,000"].indicator == "population"


def test_a_livestock_population_stays_head(real_ledger):
    got = by_value("The county keeps a sheep population of 150,000.", real_ledger)
    assert got["150,000"].unit != "people"


def test_a_count_repeated_with_these_keeps_its_code(real_ledger):
    rows = extract_rows("In the first quarter, 654 China-Europe freight trains passed through the port of Dalanbulag.\n"
                        "Of these 654 trips, 300 were outbound.", real_ledger, date="2023-04-12")
    first = [c for c in rows if c.line == 1 and c.value == "654"]
    second = [c for c in rows if c.line == 2 and c.value == "654"]
    assert first[0].indicator and second and second[0].indicator == first[0].indicator
