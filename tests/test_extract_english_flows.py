"""English pages: rules from the edits curators made on English news pages
(thresholds, flows of the year reported, catalogue names in other words,
multiples on the same period, ranks, counts of industries).

Every sentence here is made up (invented figures); none is copied from a real
document. City names are read from data/cities.csv, never listed here.
"""

from __future__ import annotations

from helpers import extract_by_value, extract_rows


def by_value(text, ledger, date: str = "2024-04-20", **kw):
    return extract_by_value(text, ledger, date=date, **kw)


def test_a_quarter_label_in_a_title_is_no_number(real_ledger):
    got = extract_rows("Town's Q1 output hits 40b yuan\nIn the first quarter of 2024, GDP was 40.2 billion yuan.",
                       real_ledger, date="2024-04-20")
    assert [c.value for c in got] == ["40.2"]


def test_a_threshold_defining_a_class_is_no_figure(real_ledger):
    got = by_value("Firms of designated size are those with yearly sales of 30 million yuan ($4 million) or more. "
                   "The city listed 120 key projects, each worth 50 million yuan or above.\n"
                   "In all, 80 projects (with state funds of more than 10 million yuan ($1 million) and private "
                   "funds of more than 60 million yuan) were started.", real_ledger)
    assert not {"30", "50", "10", "60"} & set(got)


def test_flows_of_the_year_reported_are_that_year_and_stocks_the_page_date(real_ledger):
    got = by_value("The city did well in 2023.\n"
                   "A report shows that in 2023, the city signed 412 projects and introduced 31 billion yuan in funds.\n"
                   "Its newly installed power capacity reached 3.5 million kilowatts, and 210 kilometers of roads were "
                   "built. It produced 12.4 billion cubic meters of natural gas.\n"
                   "The city now has 6.2 million kilowatts of wind power.", real_ledger, date="2024-01-20")
    assert got["412"].period == got["31"].period == "2023"
    assert got["3.5"].period == got["210"].period == got["12.4"].period == "2023"
    assert got["6.2"].period == "2024-01-20"


def test_a_multiple_year_on_year_is_on_the_same_period_a_year_before(real_ledger):
    got = by_value("In the first quarter of 2024, investment in high-tech industries grew sharply by 3.4 times "
                   "year-on-year, and investment in high-tech services was 2 times that of the same period last year.",
                   real_ledger)
    assert (got["3.4"].measure, got["3.4"].base_period) == ("multiple_increase", "2023Q1")
    assert (got["2"].measure, got["2"].base_period) == ("multiple", "2023Q1")


def test_counts_of_industries_are_the_divisions_and_those_growing(real_ledger):
    got = by_value("In the first quarter of 2024, industrial output rose. Of the region's 35 major industries, "
                   "27 posted growth in value added.", real_ledger)
    assert (got["35"].indicator, got["35"].period) == ("industry_categories", "2024Q1")
    assert (got["27"].indicator, got["27"].measure, got["27"].unit) == ("industry_categories_growing", "level",
                                                                        got["35"].unit)


def test_catalogue_names_in_other_words_and_order(real_ledger):
    got = by_value("In the first half of 2024, the added value of industries above a designated size rose by 8.1 "
                   "percent year-on-year. The gross output of agriculture, forestry, animal husbandry and fishery "
                   "increased by 3.2 percent.", real_ledger)
    assert got["8.1"].indicator == "va_industry_above_scale" and got["8.1"].price_basis == "comparable"
    assert got["3.2"].indicator == "agri_forestry_livestock_fishery_output"
    assert got["3.2"].price_basis == "comparable"


def test_verb_and_object_name_a_flow_and_a_growth_after_it_is_its(real_ledger):
    got = by_value("In 2023, the city signed 318 projects and introduced 42 billion yuan ($6 billion) in funds, "
                   "representing a year-on-year increase of 22 percent. In all, 120 kilometers of rural roads were "
                   "built.", real_ledger, date="2024-01-20")
    assert got["318"].indicator == "signed_projects"
    assert got["42"].indicator == got["22"].indicator == "investment_attracted"
    assert got["22"].price_basis == "current"
    assert got["120"].indicator == "rural_roads_built"


def test_urban_and_rural_respectively_are_urban_then_rural(real_ledger):
    got = by_value("In 2023, the per capita disposable income of urban and rural residents in the city grew by "
                   "4.6 percent and 7.3 percent, respectively.", real_ledger, date="2024-01-20")
    assert got["4.6"].indicator == "urban_disposable_income_per_capita"
    assert got["7.3"].indicator == "rural_disposable_income_per_capita"
    assert got["4.6"].price_basis == got["7.3"].price_basis == "current"


def test_a_growth_gap_on_the_next_line_and_a_share_of_the_figure_before(real_ledger):
    got = by_value("Firms' output held up, with the operating income of industrial enterprises above a designated "
                   "size increasing by 9.2 percent over the first three quarters of 2024, a report said.\n"
                   "The growth rate was 3.1 percentage points higher than the national average.\n"
                   "The added value of the five pillar industries rose 7.7 percent year-on-year, accounting for 61.4 "
                   "percent of the city's industrial added value.", real_ledger, date="2024-11-02")
    assert (got["9.2"].indicator, got["9.2"].period) == ("industry_revenue_above_scale", "2024Q1-Q3")
    assert (got["3.1"].indicator, got["3.1"].period) == ("industry_revenue_growth_gap_national", "2024Q1-Q3")
    assert got["7.7"].indicator == got["61.4"].indicator == "va_five_pillar_industries"
    assert (got["61.4"].measure, got["61.4"].denominator, got["61.4"].price_basis) == ("share", "va_industry",
                                                                                      "current")


def test_an_english_ordinal_is_the_rank_of_the_figure_before(real_ledger):
    got = by_value("In 2015, GDP rose to 1.2 trillion yuan, up 8.1 percent, ranking it 12th among 31 provinces. "
                   "Fixed-asset investment grew by 9.4 percent and ranked 3rd in the country.", real_ledger,
                   date="2016-02-01")
    assert (got["12"].measure, got["12"].indicator, got["12"].unit, got["12"].period) == ("growth_rank", "gdp", "位", "2015")
    assert (got["3"].measure, got["3"].indicator) == ("growth_rank", "fai")
    assert "31" not in got


def test_a_title_figure_repeated_in_the_body_and_units_printed_in_short(real_ledger):
    got = extract_rows("Town's H1 GDP tops 52b yuan\nIn the first half of 2024, GDP was 51.8 billion yuan.\n"
                       "Last year, 120,000 mu of high-standard farmland was built.", real_ledger, date="2024-07-20")
    assert [(c.line, c.value) for c in got] == [(2, "51.8"), (3, "120,000")]
    assert (got[1].unit, got[1].indicator, got[1].period) == ("mu", "high_standard_farmland_built", "2023")


def test_the_growing_count_of_divisions_has_an_excerpt_that_finds_it(real_ledger):
    got = by_value("Among the city's 31 major industries, 25 had year-on-year growth.", real_ledger)
    assert got["25"].excerpt == "31 major industries, 25 had year-on-year"


def test_a_contribution_to_growth_after_a_figure_is_that_figures(real_ledger):
    got = by_value("In 2024, the added value of the five pillar industries grew by 8.4 percent, and the contribution "
                   "rate to the city's industrial growth was 57.2 percent.", real_ledger, date="2025-02-01")
    assert (got["57.2"].indicator, got["57.2"].measure, got["57.2"].denominator) == (
        "va_five_pillar_industries", "contribution", "va_industry")


def test_the_growth_of_a_proposed_sum_of_money_is_at_current_prices(real_ledger):
    got = by_value("In 2024, the monthly heating subsidies paid to retirees increased by 6.2 percent.", real_ledger,
                   date="2025-02-01")
    assert got["6.2"].indicator == "" and got["6.2"].price_basis == "current"


def test_growth_named_by_the_subject_or_by_the_fastest_and_those_after_it(real_ledger):
    got = by_value("In the first quarter of 2024, the growth rate of the industrial added value is expected to reach "
                   "9 percent. Coal mining showed the fastest growth among the key industries at 14.2 percent, "
                   "followed by chemicals at 7.3 percent.", real_ledger)
    assert got["9"].measure == got["14.2"].measure == got["7.3"].measure == "growth"
    assert got["9"].confidence <= 0.6  # a quarter's industrial growth is usually that of firms above designated size


def test_enterprises_above_a_designated_scale_without_industrial(real_ledger):
    got = by_value("In 2024, enterprises above a designated scale in the city saw year-on-year growth of 6.1 percent.",
                   real_ledger, date="2025-02-01")
    assert got["6.1"].indicator == "va_industry_above_scale"


def test_sector_shares_of_gdp_compared_and_a_growth_slowing_from_another(real_ledger):
    got = by_value("In 2023, the city's industrial sector, which relies on coal, accounted for 48.2 percent of its GDP, "
                   "compared with 41.5 percent from the services sector and 10.3 percent from agriculture. Its "
                   "GDP was 1.1 percentage points higher than the national average of 5.2 percent.\n"
                   "Investment rose 4.4 percent year-on-year, slowing from 9.9 percent a year before.", real_ledger,
                   date="2024-02-01")
    assert [(got[v].indicator, got[v].measure, got[v].denominator) for v in ("48.2", "41.5", "10.3")] == [
        ("va_secondary", "share", "gdp"), ("va_tertiary", "share", "gdp"), ("va_primary", "share", "gdp")]
    assert "5.2" not in got
    assert got["9.9"].measure == "growth"


def test_a_pronoun_sentence_keeps_the_firms_and_a_gap_keeps_its_figures_period(real_ledger):
    got = by_value("In January-February, industrial enterprises above a designated scale achieved an operating income "
                   "of 8.2 billion yuan, up 6.6 percent. This resulted in a total profit of 410 million yuan.\n"
                   "With the income of industrial enterprises above a designated size rising by 7.1 percent year on "
                   "year over the first two months of 2024, the city did well.\n"
                   "The growth rate was 2.2 percentage points higher than the national average.", real_ledger)
    assert got["410"].indicator == "industry_profit_above_scale"
    assert got["7.1"].period == got["2.2"].period == "2024M01-M02"


def test_a_figure_whose_own_subject_names_another_concept_than_the_one_before(real_ledger):
    got = by_value("In 2024, of which the added value of industrial enterprises above designated size increased by "
                   "4.1 percent, and the added value of industries below designated size increased by 7.7 percent.",
                   real_ledger, date="2025-02-01")
    assert got["4.1"].indicator == "va_industry_above_scale"
    assert got["7.7"].indicator == "va_industry_below_scale"
