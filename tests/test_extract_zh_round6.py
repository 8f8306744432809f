"""Chinese rules written from the round 6a development set: tables whose unit
column is headed 计量单位 with a year column and a growth column, breakdowns by
place, units with a scale word, the dates of a review's from→to levels.

Every sentence here is made up (invented figures and wording); none is copied
from a real document.
"""

from __future__ import annotations

from helpers import extract_by_value, extract_rows


def test_a_table_with_a_year_column_and_a_growth_column(real_ledger):
    text = ("表3 主要农产品产量及增速 | |||\n名称 | 计量单位 | 2019年 | 比上年增长(%) |\n"
            "粮食 | 吨 | 52000 | -1.2 |\n其中:燕麦 | 吨 | 310 | 12.5 |")
    got = extract_by_value(text, real_ledger, date="2020-05")
    assert set(got) == {"52000", "-1.2", "310", "12.5"}
    assert got["52000"].indicator == got["-1.2"].indicator == "grain_output"
    assert (got["52000"].measure, got["-1.2"].measure) == ("level", "growth")
    assert got["-1.2"].unit == "%" and got["-1.2"].period == "2019" and got["52000"].period == "2019"
    assert got["310"].indicator == "" and got["310"].proposed_indicator == "燕麦产量"


def test_a_breakdown_by_place_takes_the_quantity_totalled_before_it(real_ledger):
    rows = extract_rows("1-3月份，全市社会消费品零售总额完成12.40亿元，同比增长8.8%。从5个旗县区增速看，东旗、西旗高于全市"
                        "平均水平，分别增长15.5%、9.9%；南区、北区分别增长7.7%和下降2.2%、3.3%；中区下降6.6%。",
                        real_ledger, date="2022-04")
    got = {c.value: c for c in rows}
    assert "5" not in got  # the number of places compared is no figure
    for v in ("15.5", "9.9", "7.7", "-2.2", "-3.3", "-6.6"):
        assert got[v].indicator == "retail_sales" and got[v].measure == "growth", v
        assert "set its city" in got[v].notes


def test_public_finance_budget_expenditure_is_the_older_name(real_ledger):
    got = extract_by_value("2019年全县公共财政预算支出完成20.5亿元，同比增长3.1%。", real_ledger, date="2020-02")
    assert got["20.5"].indicator == "public_budget_expenditure"
