"""Rules for misses that recur in reviewed Chinese documents: a term's review
(from→to levels, totals over the term), ranks, lists of places, pairs of
residents' incomes and coverages, catalogue concepts printed in other words,
markdown tables and infobox lines.

Every sentence here is made up (invented figures and wording); none is copied
from a real document.
"""

from __future__ import annotations

from helpers import extract_by_value


def by_value(text, ledger, date: str = "2022-02-20", **kw):
    return extract_by_value(text, ledger, date=date, **kw)


# -- a term's review ------------------------------------------------------------------------

TERM = "一、本届政府工作回顾\n"


def test_a_term_review_dates_from_levels_at_the_year_before_the_term(real_ledger):
    got = by_value(TERM + "工业增加值占比由20.1%提高到25.3%，森林覆盖率和草原综合植被盖度分别从10.5%、30.9%"
                   "提高到12.5%、33.2%。", real_ledger)
    assert got["20.1"].period == "2016" and got["25.3"].period == "2021"
    assert (got["10.5"].period, got["30.9"].period) == ("2016", "2016")
    assert (got["12.5"].period, got["33.2"].period) == ("2021", "2021")


def test_a_pair_of_coverages_from_and_to_gets_each_its_own_code(real_ledger):
    got = by_value(TERM + "森林覆盖率和草原综合植被盖度分别从10.5%、30.9%提高到12.5%、33.2%。", real_ledger)
    assert got["10.5"].indicator == got["12.5"].indicator == "forest_coverage"
    assert got["30.9"].indicator == got["33.2"].indicator == "grassland_vegetation_coverage"
    assert {got[v].measure for v in ("10.5", "30.9", "12.5", "33.2")} == {"level"}


def test_totals_added_over_a_term_are_dated_to_its_span(real_ledger):
    got = by_value(TERM + "粮食总产量达到30.5亿斤；新增高标准农田80.2万亩，完成造林绿化95.3万亩。", real_ledger)
    assert got["30.5"].period == "2021"
    assert got["80.2"].period == "2017-2021" and got["95.3"].period == "2017-2021"


def test_a_four_year_review_spans_four_years(real_ledger):
    got = by_value("一、过去四年工作回顾\n地区生产总值从2017年的200亿元提高至2021年的260亿元，累计完成1100亿元；"
                   "固定资产投资累计完成300亿元。", real_ledger)
    assert got["200"].period == "2017" and got["260"].period == "2021"
    assert got["1100"].period == "2018-2021" and got["300"].period == "2018-2021"
