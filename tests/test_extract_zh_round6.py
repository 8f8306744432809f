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
