"""English pages: rules written from the round 6b development set (bases of
comparison without "of", months named alone, lists of changes, …).

Every sentence here is made up (invented figures); none is copied from a real
document. City names are read from data/cities.csv, never listed here.
"""

from __future__ import annotations

from helpers import extract_by_value


def by_value(text, ledger, date: str = "2024-08-20", **kw):
    return extract_by_value(text, ledger, date=date, **kw)


def test_the_same_period_last_year_is_a_base_not_the_period_in_force(real_ledger):
    got = by_value("In the first half of this year, the economy recovered.\n"
                   "Retail sales were 50.2 billion yuan, up 3.1 percent compared with the same period last year.\n"
                   "The number of tourists rose by 7.4 percent.", real_ledger)
    assert got["50.2"].period == got["3.1"].period == "2024H1"
    assert got["7.4"].period == "2024H1"


def test_a_list_of_changes_after_respectively_keeps_its_measure(real_ledger):
    got = by_value("In 2023, sales and profit came to 12.5 billion yuan and 2.1 billion yuan, respectively, "
                   "with increases of 8 percent and 3.5 percent.", real_ledger, date="2024-02-01")
    assert got["8"].measure == got["3.5"].measure == "growth"


def test_a_decrease_of_percentage_points_is_negative(real_ledger):
    got = by_value("In 2023, farming made up 40.5 percent of the output value, a decrease of 2 percentage points "
                   "from the year before.", real_ledger, date="2024-02-01")
    assert got["-2"].measure == "pp_change"


def test_months_named_alone_date_their_figures(real_ledger):
    got = by_value("In the first half of 2024, visitors kept coming.\n"
                   "Visits peaked in June when 2.3 million people came, spending 3.4 billion yuan.\n"
                   "As of the end of July, the deposit balance was 120.5 billion yuan.\n"
                   "Budget revenue fell 4.2 percent year-on-year from the start of the year until the end of July.",
                   real_ledger)
    assert got["2.3"].period == got["3.4"].period == "2024M06"
    assert got["120.5"].period == "2024M07"
    assert got["-4.2"].period == "2024M01-M07"


def test_a_half_year_label_after_a_figure_is_its_period(real_ledger):
    got = by_value("Region's GDP tops 900b yuan in H1\nThe region's GDP was 905.2 billion yuan.", real_ledger)
    assert got["900"].period == "2024H1"


def test_a_subject_after_a_report_verb_or_with_is_read(real_ledger):
    got = by_value("Data show that from January to May, the added value of the town’s industrial enterprises above "
                   "designated size rose by 6.1 percent year-on-year.\n"
                   "Output was steady, with the added value of industries above designated size in the region "
                   "increasing by 5.2 percent.", real_ledger)
    assert got["6.1"].indicator == got["5.2"].indicator == "va_industry_above_scale"


def test_deposit_and_loan_balances_are_named(real_ledger):
    got = by_value("As of the end of June, the town’s financial institution deposit balance was 80.1 billion yuan, "
                   "and the loan balance was 60.2 billion yuan.", real_ledger)
    assert got["80.1"].indicator == "deposit_balance" and got["60.2"].indicator == "loan_balance"
    assert got["80.1"].period == "2024M06"


def test_rates_said_respectively_pair_with_the_levels_before_them(real_ledger):
    got = by_value("In the first half of 2024, the town received 3.2 million tourists. This brought 5.5 billion yuan "
                   "in tourism revenue, up 12.5 percent and 14.5 percent respectively.", real_ledger)
    assert got["14.5"].indicator == "tourism_revenue"
    assert got["12.5"].indicator != "tourism_revenue" and got["12.5"].confidence < 0.8


def test_units_of_area_yield_and_a_singular_percentage_point(real_ledger):
    got = by_value("The park covers 120 square kilometers, with a 45-sq-km core.\n"
                   "In 2023, grain yield was 5,120 kg per hectare. Food processing rose 9.5 percent, driving the "
                   "added value of industry – those with revenue of 20 million ($3 million) or more – to a 2.5 "
                   "percentage point increase.", real_ledger, date="2024-03-01")
    assert got["120"].unit == "square kilometers" and got["45"].unit == "sq km"
    assert got["5,120"].unit == "kg per hectare"
    assert got["2.5"].unit == "percentage points" and got["2.5"].measure == "pull"
    assert "3" not in got  # the conversion in brackets


def test_an_increase_of_an_amount_is_a_change_and_its_rate_a_growth(real_ledger):
    got = by_value("In 2023, the sown area was 210,000 hectares, an increase of 3,200 hectares or 1.5 percent over "
                   "2022 figures. Meat output fell by 12,000 tons.", real_ledger, date="2024-03-01")
    assert got["3,200"].measure == "change" and got["1.5"].measure == "growth"
    assert got["-12,000"].measure == "change"


def test_head_counts_without_a_unit_are_livestock_at_the_end_of_the_part(real_ledger):
    got = by_value("In the first half of 2024, farming held up.\n"
                   "The goat population was 3.25 million, an increase of 1.5 percent; 640,000 were cattle.\n"
                   "In 2023, its 2021 figures were revised.", real_ledger)
    assert got["3.25"].unit == "million head" and got["3.25"].period == "2024M06"
    assert got["1.5"].period == "2024M06"
    assert got["640,000"].unit == "head"
    assert "2021" not in got  # a year is no count


def test_a_span_of_years_holds_for_the_totals_after_it(real_ledger):
    got = by_value("Big projects have changed the town from 2014 to 2023.\n"
                   "It carried out 58 projects in farming. Their total investment was 12.6 billion yuan.",
                   real_ledger, date="2024-05-01")
    assert got["58"].period == got["12.6"].period == "2014-2023"


def test_names_in_the_words_news_pages_use(real_ledger):
    got = by_value("In the first half of 2024, the town received 2.4 million tourists.\n"
                   "The total output value of the agriculture, forestry, animal husbandry and fishery industries was "
                   "30.5 billion yuan.\n"
                   "In 2023, the grain output per unit area was 5,310 kg per hectare, up 1.1 percent.",
                   real_ledger)
    assert got["2.4"].indicator == "tourist_arrivals"
    assert got["30.5"].indicator == "agri_forestry_livestock_fishery_output"
    assert got["5,310"].indicator == got["1.1"].indicator == "grain_yield_per_unit"


def test_a_change_of_a_growth_rate_is_the_figure_befores_and_a_gap_is_its_own(real_ledger):
    got = by_value("From January to May, the added value of industrial enterprises above designated size fell by "
                   "6.3 percent year-on-year, and the growth rate dropped 0.5 percentage points from the months "
                   "before, 2.5 percentage points lower than those across the country.", real_ledger)
    assert got["-0.5"].indicator == "va_industry_above_scale"
    gap = got["-2.5"]  # the gap to the country is a quantity of its own: its catalogue code once a review made one
    assert gap.indicator != "va_industry_above_scale"
    assert "national average" in (gap.proposed_indicator if not gap.indicator
                                  else real_ledger.indicators[gap.indicator].name_en)


def test_names_of_a_list_said_respectively_go_to_its_levels_in_order(real_ledger):
    got = by_value("In 2023, the park's sales revenue, tax revenue and profit reached 31.5 billion yuan, 4.2 billion "
                   "yuan and 3.3 billion yuan, respectively, with increases of 11 percent, 6 percent and 5 percent.",
                   real_ledger, date="2024-03-01")
    assert [got[v].proposed_indicator for v in ("31.5", "4.2", "3.3")] == ["sales revenue", "tax revenue", "profit"]
    assert got["6"].proposed_indicator == "tax revenue" and got["6"].measure == "growth"
