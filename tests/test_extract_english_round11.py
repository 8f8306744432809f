"""English pages: rules written from the round 11 development set (round10b, eight pages about rare
earths, land ports, China-Europe trains, ecology and GDP; dev14 kept): currencies before the number,
units in other spellings, counts of things the units table lacks, bare numbers said "respectively",
shares of a total, China-Europe trains and a port's trade, the three industries, months printed after a
figure, the present perfect, a reference clause's year.

Every sentence here is made up (invented figures and places); none is copied from a real
document. No city of data/cities.csv is named.
"""

from __future__ import annotations

from helpers import extract_by_value, extract_rows


def by_value(text, ledger, date: str = "2023-11-20", **kw):
    return extract_by_value(text, ledger, date=date, **kw)


# --- figures that were not read ----------------------------------------------------------------------

def test_rmb_before_the_number_is_yuan_and_the_usd_conversion_is_skipped(real_ledger):
    got = by_value("From January to June, the park's firms made goods worth RMB12.34 billion (USD1.90 billion) and "
                   "RMB567 million (USD87.10 million) respectively.", real_ledger)
    assert (got["12.34"].unit, got["567"].unit) == ("billion yuan", "million yuan")
    assert "1.90" not in got and "87.10" not in got


def test_us_dollars_spelt_out_are_a_figure_unless_a_conversion_in_brackets(real_ledger):
    got = by_value("In the first quarter, trade via the land port was 5.43 billion yuan (about 0.78 billion U.S. "
                   "dollars), and the goods on the trains were worth 1.11 billion U.S. dollars.", real_ledger)
    assert "0.78" not in got
    assert (got["1.11"].unit, got["1.11"].measure) == ("billion US dollars", "level")


def test_units_in_other_spellings(real_ledger):
    got = by_value("In 2022, the trains carried 2.34 million tonnes of goods and 45,600 twenty-foot equivalent unit "
                   "(TEU) containers, maize output increased by 0.52 billion kg, the grass grew from 21.5 cm to 24.5 "
                   "cm, hay yield rose to 98.7 kg/mu, and a 30,000-metric-ton smelting line was built.", real_ledger)
    assert got["2.34"].unit == "million tons"
    assert got["45,600"].unit == "TEUs"
    assert got["0.52"].unit == "billion kilograms"
    assert (got["21.5"].unit, got["24.5"].unit) == ("cm", "cm")
    assert got["98.7"].unit == "kg/mu"
    assert got["30,000"].unit == "metric tons"


def test_counts_after_several_modifiers(real_ledger):
    got = by_value("In 2022, 41 above-designated-size graphite enterprises produced more, 2,345 inbound and outbound "
                   "freight trains passed, and the plant can make 15,000 new energy passenger cars and 8,000 hydrogen "
                   "fuel cell systems a year, along with over 120 supporting enterprises.", real_ledger)
    assert got["41"].unit == "enterprises" and got["2,345"].unit == "trains"
    assert got["15,000"].unit == "new energy passenger cars"
    assert got["8,000"].unit == "hydrogen fuel cell systems"
    assert (got["120"].unit, got["120"].qualifier) == ("enterprises", "over")


def test_ranks_and_ordinals_are_no_counts(real_ledger):
    got = by_value("Six of the country's top 10 battery companies joined the 14th Five-Year Plan projects.", real_ledger)
    assert "10" not in got and "14" not in got


def test_the_number_of_a_class_is_now_a_bare_count(real_ledger):
    got = by_value("The number of cloud computing enterprises in the city is now 27, and three more are coming.",
                   real_ledger)
    assert got["27"].unit == "enterprises"


def test_bare_numbers_said_respectively_take_the_units_of_the_counts_before(real_ledger):
    got = by_value("The city is home to 150 graphite enterprises, 60 large-scale industrial enterprises and 45 "
                   "high-tech enterprises. These numbers have increased by 12, 9, and 7, respectively, since 2021.",
                   real_ledger)
    assert [(got[v].unit, got[v].measure) for v in ("12", "9", "7")] == [("enterprises", "change")] * 3
    assert got["150"].period == "2023-11-20"


# --- measures ------------------------------------------------------------------------------------------

def test_a_percentage_of_a_total_is_a_share(real_ledger):
    got = by_value("Today, 33 routes pass through the port, carrying about 25 percent of the total freight volume. "
                   "In 2022, these exports accounted for 81.5 percent of the region's exports of such goods and 12.3 "
                   "percent of the city's foreign trade.", real_ledger)
    assert got["25"].measure == "share"
    assert got["12.3"].measure == "share"


# --- catalogue concepts ------------------------------------------------------------------------------------

def test_china_europe_trains_through_a_port_and_the_teus_they_carry(real_ledger):
    got = by_value("The land port handled 3,210 China-Europe freight trains in 2022, up 21.3 percent.\n"
                   "The trains carried 250,100 twenty-foot equivalent units (TEUs) of cargo during this period.",
                   real_ledger, date="2023-02-10")
    assert got["3,210"].indicator == "port_china_europe_trains"
    assert got["21.3"].indicator == "port_china_europe_trains"
    assert (got["250,100"].indicator, got["250,100"].period) == ("port_china_europe_teu", "2022")


def test_a_citys_china_europe_trains_and_routes(real_ledger):
    got = by_value("Since the China-Europe Railway Express opened in the city in 2015, 12 international lines "
                   "have opened, with a total of 430 trains handled over the years.", real_ledger,
                   date="2022-09-09")
    assert got["12"].indicator == "china_europe_train_routes"
    assert got["430"].indicator == "china_europe_trains"


def test_a_ports_trade_is_its_imports_and_exports_not_its_imports(real_ledger):
    got = by_value("Import and export trade value via the land port hit a record, with a total value of 9.87 billion "
                   "yuan in the first quarter, up 45.6 percent. Imports of the land port totaled 5.43 billion yuan.",
                   real_ledger)
    assert got["9.87"].indicator == "port_trade" and got["45.6"].indicator == "port_trade"
    assert got["5.43"].indicator != "port_trade"


def test_the_three_industries_shares_of_gdp(real_ledger):
    got = by_value("In 2022, the added value of the three industries accounted for 4.1 percent, 60.2 percent and "
                   "35.7 percent of the city's GDP, respectively.", real_ledger)
    assert [got[v].indicator for v in ("4.1", "60.2", "35.7")] == ["va_primary", "va_secondary", "va_tertiary"]


def test_parts_shares_of_the_citys_gdp_in_a_list(real_ledger):
    got = by_value("In 2022, the GDP of the two banners reached 98.76 billion yuan and 87.65 billion yuan, "
                   "respectively, accounting for 19.8 percent and 17.6 percent of the city's GDP.", real_ledger)
    assert (got["19.8"].indicator, got["19.8"].measure) == ("gdp", "share")
    assert (got["17.6"].indicator, got["17.6"].measure) == ("gdp", "share")


def test_a_name_printed_as_another_figures_unit_or_object_stays_with_it(real_ledger):
    got = by_value("Currently, 40 China-Europe freight train routes pass the port, carrying about 25 percent of "
                   "all freight.\nThe city has so far completed 6.50 million kilowatts of wind and solar projects "
                   "connected to the grid, and 4.1 million kW of projects have been approved.", real_ledger)
    assert got["40"].indicator == "china_europe_train_routes"
    assert got["25"].indicator != "china_europe_train_routes"
    assert got["6.50"].indicator == "wind_solar_grid_connected"
    assert got["4.1"].indicator == ""


def test_names_in_other_spellings_and_with_a_place_inside(real_ledger):
    got = by_value("To date, the city has signed 23 data centre projects.\nIn 2022, the total output value of "
                   "agriculture, forestry, animal husbandry and fishing increased by 5.5 percent.\nFrom 2019 to 2022, "
                   "the comprehensive vegetation coverage of Xanadu grassland increased from 70.2 percent to 72.8 "
                   "percent.", real_ledger)
    assert got["23"].indicator == "data_center_projects"
    assert got["5.5"].indicator == "agri_forestry_livestock_fishery_output"
    assert got["70.2"].indicator == got["72.8"].indicator == "grassland_vegetation_coverage"


# --- periods ------------------------------------------------------------------------------------------------

def test_months_printed_after_the_figure_date_it(real_ledger):
    got = by_value("The port's trade hit a record since 2005, with a value of 7.65 billion yuan (about 1.10 billion "
                   "U.S. dollars) from January to May, up 33.3 percent.\nA total of 876 China-Europe freight trains, "
                   "loading 65,400 TEUs worth 1.23 billion U.S. dollars, were handled from January to May.",
                   real_ledger)
    assert got["7.65"].period == "2023M01-M05"
    assert got["876"].period == "2023M01-M05" and got["65,400"].period == "2023M01-M05"


def test_months_of_another_clause_do_not_date_a_figure(real_ledger):
    got = by_value("In 2022, the city had 45 parks, and 3 new parks opened in the first quarter.", real_ledger)
    assert got["45"].period != "2023Q1"


def test_a_level_in_the_present_perfect_is_at_the_page_date_not_a_carried_span(real_ledger):
    got = by_value("From 2017 to 2021, the wetland grew from 10.5 percent to 12.5 percent.\nThe lake's water area has "
                   "increased to 1,234 square kilometers, with a volume of 9.8 billion cubic meters.", real_ledger,
                   date="2022-09-09")
    assert got["10.5"].period == "2017" and got["12.5"].period == "2021"
    assert got["1,234"].period == "2022-09-09" and got["9.8"].period == "2022-09-09"


def test_a_part_of_the_year_carried_stays_for_a_level_in_the_present_perfect(real_ledger):
    got = by_value("In the first half, exports rose 5 percent. The output of coal has increased to 51 million tons.",
                   real_ledger, date="2023-08-01")
    assert got["51"].period == "2023H1"


def test_since_a_year_in_an_earlier_sentence_is_not_carried(real_ledger):
    got = by_value("The group has led green smelting since 2018. It has established a 10,000-metric-ton line.",
                   real_ledger, date="2024-10-09")
    assert got["10,000"].period == "2024-10-09"


def test_the_year_of_a_clause_after_is_not_carried_to_the_next_line(real_ledger):
    got = by_value("In 2022, the GDP of one banner reached 100 billion yuan, after that of another passed it in 2021.\n"
                   "The two banners' GDP reached 111.11 billion yuan and 105.55 billion yuan, respectively.",
                   real_ledger)
    assert got["111.11"].period == "2022" and got["105.55"].period == "2022"


def test_recently_is_the_pages_year_not_a_part_carried(real_ledger):
    got = by_value("In the first half of the year, the city's exports reached 2.2 billion yuan.\nThe city recently "
                   "opened a testing center, which received a total investment of 0.85 billion yuan.", real_ledger,
                   date="2024-11-20")
    assert got["2.2"].period == "2024H1"
    assert got["0.85"].period == "2024"


def test_a_span_printed_to_then_from(real_ledger):
    got = by_value("From 2018 to 2021, the hay yield increased to 120.5 kg/mu from 110.5 kg/mu.", real_ledger)
    assert got["120.5"].period == "2021" and got["110.5"].period == "2018"


def test_no_year_or_date_becomes_a_figure(real_ledger):
    rows = extract_rows("In 2021, 2022 and 2023, the 45-year-old head of the 2nd village built 3 new roads.",
                        real_ledger, date="2023-11-20")
    assert {c.value for c in rows} <= {"3"}


def test_per_cent_rmb_after_the_number_and_power_units(real_ledger):
    got = by_value("In 2022, sales rose 6.4 per cent to 5.2 billion RMB, a 300-MW solar farm was built, wind power "
                   "reached 1,200 megawatts and the plant generated 350 million kWh.", real_ledger)
    assert (got["6.4"].unit, got["6.4"].measure) == ("percent", "growth")
    assert got["5.2"].unit == "billion yuan"
    assert (got["300"].unit, got["1,200"].unit, got["350"].unit) == ("MW", "megawatts", "million kWh")


def test_a_verb_before_a_catalogue_name_does_not_narrow_it(real_ledger):
    got = by_value("Heading\nIn 2022, the county received 3.4 million tourists, generating tourism revenue of 4.5 "
                   "billion yuan.", real_ledger)
    assert got["4.5"].indicator == "tourism_revenue"


def test_that_of_another_group_is_the_same_quantity_of_that_group(real_ledger):
    got = by_value("Heading\nIn 2022, the per capita disposable income of urban residents was 31,200 yuan, up 4.4 "
                   "percent, while that of rural residents was 13,300 yuan, up 6.6 percent.", real_ledger)
    assert got["13,300"].indicator == "rural_disposable_income_per_capita"
    assert got["6.6"].indicator == "rural_disposable_income_per_capita"


def test_last_year_after_a_figure_is_its_year(real_ledger):
    got = by_value("Heading\nThe county's grain output was 1.23 million metric tons last year, up 2.1 percent.",
                   real_ledger, date="2023-08-15")
    assert got["1.23"].period == "2022" and got["2.1"].period == "2022"


def test_a_share_of_the_figure_before_is_at_its_date(real_ledger):
    got = by_value("Heading\nIn the first half of 2023, the county's new energy installed capacity has reached 3.2 "
                   "million kilowatts, accounting for 41.5 percent of the total installed capacity.", real_ledger,
                   date="2023-08-15")
    assert got["41.5"].period == got["3.2"].period


def test_an_object_after_a_unit_in_other_words_and_its_year(real_ledger):
    got = by_value("Heading\nThe county produced 0.45 million tonnes of milk in 2022, up 3 percent.", real_ledger,
                   date="2023-03-03")
    assert (got["0.45"].indicator, got["0.45"].period) == ("milk_output", "2022")


def test_a_target_year_at_the_end_of_its_sentence(real_ledger):
    got = by_value("Heading\nIn 2023, the county plans to build 8 hydrogen refueling stations and put 2,000 hydrogen "
                   "fuel cell vehicles into operation by 2025.", real_ledger, date="2024-05-10")
    assert (got["8"].period, got["8"].qualifier) == ("2025", "target")
    assert got["2,000"].period == "2025"


def test_a_share_of_which_is_a_parts_not_the_wholes(real_ledger):
    got = by_value("Heading\nLast year, the county's coal output was 65 million tons, of which 70 percent was "
                   "carried by rail.", real_ledger, date="2024-05-10")
    assert got["65"].indicator == "raw_coal_output"
    assert (got["70"].measure, got["70"].indicator) == ("share", "")


def test_numbers_of_names_are_no_figures(real_ledger):
    got = by_value("Heading\nIts ISO 9001 certified firms ended the COVID-19 measures and saw a 6.4-percent rise in "
                   "Jan-Oct.", real_ledger, date="2023-11-20")
    assert "9001" not in got and "19" not in got
    assert got["6.4"].period == "2023M01-M10"


def test_the_past_decade_shrinking_by_and_the_first_10_months(real_ledger):
    got = by_value("Heading\nOver the past decade, the county has treated 2.5 million hectares of sandy land, and the "
                   "area of sandy land shrank by 0.4 million hectares.\nThe county's railway freight volume hit 12.3 "
                   "million tons in the first 10 months, up 8 percent year on year.", real_ledger, date="2023-11-20")
    assert got["2.5"].period == "2014-2023"
    assert got["-0.4"].measure == "change"
    assert got["12.3"].period == "2023M01-M10"


def test_a_count_of_things_in_the_present_is_at_the_page_date(real_ledger):
    got = by_value("In 2022, the county's GDP rose 5 percent.\nThe county is home to 7 universities and 15 "
                   "hospitals.\nThe county launched 9 campaigns.", real_ledger, date="2023-08-15")
    assert got["7"].period == "2023-08-15" and got["15"].period == "2023-08-15"
    assert got["9"].period == "2022"


def test_a_part_of_the_year_not_over_at_the_page_date_is_last_years(real_ledger):
    got = by_value("Heading\nThe port's China-Europe freight trains carried 123,400 TEUs in the first half.\nForeign "
                   "trade via the port totaled 12.3 billion yuan in the first eight months.", real_ledger,
                   date="2024-03-01")
    assert (got["123,400"].indicator, got["123,400"].period) == ("port_china_europe_teu", "2023H1")
    assert (got["12.3"].indicator, got["12.3"].period) == ("port_trade", "2023M01-M08")


def test_tonnes_written_t_or_mt(real_ledger):
    got = by_value("Heading\nIn 2022, the plant produced 4,321t of oxides and sold 2,100mt of magnets at RMB500,000/t.",
                   real_ledger)
    assert (got["4,321"].unit, got["2,100"].unit) == ("tons", "tons")


def test_bare_numbers_said_respectively_are_named_as_the_counts_in_their_places(real_ledger):
    got = by_value("The county is home to 31 graphite enterprises and 12 high-tech enterprises. These numbers have "
                   "increased by 5 and 3, respectively, since 2021.", real_ledger)
    assert got["5"].proposed_indicator == got["31"].proposed_indicator
    assert got["3"].proposed_indicator == got["12"].proposed_indicator
    assert got["5"].base_period == "2021"


def test_farmers_and_herdsmen_urbanisation_and_the_base_of_a_multiple(real_ledger):
    got = by_value("Heading\nIn 2023, the per capita disposable income of farmers and herdsmen reached 19,800 yuan, "
                   "1.6 times the 2015 level.\nAround 60 percent of the investment went to manufacturing.\nThe "
                   "county's urbanisation rate stood at 71.2 percent at the end of last year.", real_ledger,
                   date="2024-11-01")
    assert got["19,800"].indicator == "rural_disposable_income_per_capita"
    assert (got["60"].measure, got["60"].period) == ("share", "2023")
    assert (got["71.2"].indicator, got["71.2"].period) == ("urbanization_rate", "2023")


def test_an_average_growth_with_its_years_after_it(real_ledger):
    got = by_value("Heading\nThe average annual growth rate of the county's GDP was 6.1 percent from 2018 to 2022.",
                   real_ledger, date="2024-11-01")
    assert (got["6.1"].measure, got["6.1"].period, got["6.1"].base_period) == ("avg_growth", "2022", "2018")


def test_tourist_arrivals_printed_bare_in_millions(real_ledger):
    got = by_value("Heading\nIn 2023, tourist arrivals reached 8.8 million, up 30 percent.", real_ledger, date="2024-03-01")
    assert (got["8.8"].unit, got["8.8"].indicator) == ("million tourist arrivals", "tourist_arrivals")


def test_a_targets_year_is_not_carried_to_the_next_lines(real_ledger):
    got = by_value("In the first half of 2024, the county's exports rose 10 percent.\nThe plant is expected to be "
                   "completed in 2026.\nWith an annual output of 200,000 tons, it will create 400 jobs.\nThe county "
                   "will build 30 parks by 2027. It built 12 parks in the first half.", real_ledger, date="2024-08-01")
    assert got["200,000"].period == "2024H1"
    assert got["30"].period == "2027" and got["12"].period == "2024H1"


def test_a_projects_total_investment_is_of_the_pages_year_not_a_part_carried(real_ledger):
    got = by_value("In the first half of 2024, the county's exports rose 10 percent.\nThe new plant, with a total "
                   "investment of 3.3 billion yuan, is under construction.\nIn the first half, 40 projects with a total "
                   "investment of 21 billion yuan started.", real_ledger, date="2024-08-01")
    assert got["3.3"].period == "2024"
    assert got["21"].period == "2024H1"


def test_the_three_sectors_growth_list(real_ledger):
    got = by_value("Heading\nIn the first three quarters, the value added of the primary, secondary and tertiary "
                   "industries grew by 4.1 percent, 6.9 percent and 5.2 percent respectively.", real_ledger)
    assert [got[v].indicator for v in ("4.1", "6.9", "5.2")] == ["va_primary", "va_secondary", "va_tertiary"]


def test_a_part_named_in_its_own_with_clause_is_not_the_whole(real_ledger):
    got = by_value("Heading\nThe added value of industries above designated size rose 9.2 percent, with mining up 11.3 "
                   "percent and manufacturing up 7.2 percent.", real_ledger)
    assert got["9.2"].indicator == "va_industry_above_scale"
    assert got["11.3"].indicator == "" and got["7.2"].indicator == ""


def test_at_the_end_of_a_month_after_a_stock(real_ledger):
    got = by_value("In the first three quarters, the county's GDP rose 5 percent.\nThe balance of deposits of "
                   "financial institutions reached 41.2 billion yuan at the end of September.", real_ledger,
                   date="2023-10-30")
    assert got["41.2"].period == "2023M09"


def test_a_list_said_respectively_names_each_item_with_the_head_it_shares(real_ledger):
    got = by_value("Heading\nIn 2022, the output of raw coal, electricity and crude steel reached 85 million tons, 20 "
                   "billion kWh and 1 million tons, respectively.\nImports and exports of the county were 1.2 billion "
                   "yuan and 0.8 billion yuan, respectively.\nThe GDP of the county and its two banners reached 11.1 "
                   "billion yuan, 5.5 billion yuan and 4.4 billion yuan, respectively.", real_ledger, date="2023-03-01")
    assert (got["85"].indicator, got["20"].indicator) == ("raw_coal_output", "power_generation")
    assert got["1.2"].indicator == "" and got["0.8"].indicator == ""


def test_us_with_dots_does_not_end_the_sentence_and_a_growth_to_a_level_in_a_year(real_ledger):
    got = by_value("Heading\nExports to the U.S. rose 5 percent to 2.2 billion yuan in 2022.\nA total of 321 trains, "
                   "valuing 0.5 billion U.S. dollars, were handled in the first quarter, up 9.9 percent.",
                   real_ledger, date="2023-05-10")
    assert got["5"].period == "2022" and got["2.2"].period == "2022"
    assert got["9.9"].period == "2023Q1"


def test_a_plans_years_in_brackets_a_cut_by_and_dollars_without_a_scale(real_ledger):
    got = by_value("In 2022, the county's GDP rose 5 percent.\nDuring the 13th Five-Year Plan period (2016-20), the "
                   "county's GDP grew at an average annual rate of 6.1 percent.\nIts GDP per capita reached $11,500, "
                   "and income was 30,000 yuan ($4,300).\nIt aims to cut energy consumption per unit of GDP by 13.5 "
                   "percent by 2025.", real_ledger, date="2023-03-01")
    assert (got["6.1"].period, got["6.1"].base_period) == ("2020", "2016")
    assert (got["11,500"].unit, got["11,500"].period) == ("US dollars", "2022")
    assert "4,300" not in got
    assert (got["-13.5"].measure, got["-13.5"].period) == ("growth", "2025")


def test_a_preposition_after_a_number_opens_no_count(real_ledger):
    got = by_value("Heading\nIt has 18 national leading enterprises and 150 at the autonomous region level.",
                   real_ledger, date="2023-06-12")
    assert "18" in got and "150" not in got


def test_kilograms_per_mu(real_ledger):
    got = by_value("Heading\nIn 2023, the maize yield reached 650 kilograms per mu.", real_ledger, date="2024-01-15")
    assert got["650"].unit == "kilograms per mu"


def test_goods_worth_a_sum_last_year(real_ledger):
    got = by_value("Heading\nThe county exported 12,000 tons of farm products worth 0.15 billion yuan last year.",
                   real_ledger, date="2023-06-12")
    assert got["12,000"].period == "2022" and got["0.15"].period == "2022"
    assert got["0.15"].proposed_indicator == "farm products"


def test_expanded_climbed_surged_are_growth(real_ledger):
    got = by_value("Heading\nThe county's GDP expanded 6.3 percent year on year to 24.6 billion yuan in 2023, and its "
                   "exports climbed 12.5 percent.", real_ledger, date="2024-01-20")
    assert (got["6.3"].measure, got["6.3"].indicator, got["6.3"].period) == ("growth", "gdp", "2023")
    assert got["12.5"].measure == "growth"


def test_things_done_since_a_year_in_the_present_perfect_are_a_span(real_ledger):
    got = by_value("In the first seven months of this year, exports rose 5 percent.\nThe county has attracted 25 "
                   "projects with a total investment of 8 billion yuan since 2021.\nSince the line opened in 2016, 12 "
                   "routes have opened.", real_ledger, date="2023-09-05")
    assert got["25"].period == "2021-2023" and got["8"].period == "2021-2023"
    assert got["12"].period == "2023-09-05"


def test_a_target_for_this_year_is_the_whole_year(real_ledger):
    got = by_value("At the end of June, the county's balance of deposits was 51.2 billion yuan.\nThe county plans to "
                   "complete 30 key projects this year, with an annual investment of 10 billion yuan.", real_ledger,
                   date="2023-08-15")
    assert got["30"].period == "2023" and got["10"].period == "2023"


def test_the_past_n_years_printed_after_the_figure(real_ledger):
    got = by_value("Heading\nThe league has afforested more than 1.5 million mu over the past 20 years, and planted 2 "
                   "million trees in the past decade.", real_ledger, date="2023-06-05")
    assert got["1.5"].period == "2004-2023" and got["2"].period == "2014-2023"


def test_a_part_of_the_year_after_the_figures_object(real_ledger):
    got = by_value("In 2022, trade grew.\nThe port handled 1.3 million tonnes of coal imports from Mongolia in the "
                   "first quarter.", real_ledger, date="2023-05-01")
    assert got["1.3"].period == "2023Q1"


def test_n_percent_of_which_is_a_parts_share(real_ledger):
    got = by_value("In the first half of 2022, trade grew.\nTourism revenue was 2 billion yuan, 40 percent of which "
                   "came in July.", real_ledger, date="2023-05-01")
    assert (got["40"].measure, got["40"].indicator, got["40"].period) == ("share", "", "2022H1")


def test_a_bare_count_whose_subject_names_a_place_between(real_ledger):
    got = by_value("Heading\nIn 2023, passenger trips at the airport totaled 3.4 million.", real_ledger,
                   date="2024-05-01")
    assert got["3.4"].unit == "million visits"


def test_bounds_of_rankings_are_no_counts(real_ledger):
    got = by_value("Heading\nAbout 60 of the 100 largest private companies operate here, as do 7 Fortune Global 500 "
                   "firms, and the 12 new enterprises grew.", real_ledger, date="2024-05-01")
    assert "100" not in got and "500" not in got
    assert got["12"].unit == "enterprises"
