"""Parts of the briefing on small made-up ledgers (issue 16 and issue 17
item 4): targets beside outcomes, levels over time with gaps. The city is
the first of data/cities.csv; nothing here counts the real ledger."""

from __future__ import annotations

import re

from helpers import catalogue_cities, level

from analysis.briefing import Briefing

CITY = catalogue_cities()[0]


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_targets_stand_beside_their_outcomes_with_qualifiers_kept(make_ledger):
    ledger = make_ledger([
        {"city": CITY, "indicator": "gdp", "measure": "growth", "qualifier": "target", "period": "2024",
         "value": "6", "unit": "%", "price_basis": "comparable", "excerpt": "地区生产总值增长6%左右"},
        {"city": CITY, "indicator": "gdp", "measure": "growth", "period": "2024", "value": "5.2", "unit": "%",
         "price_basis": "comparable", "excerpt": "地区生产总值增长5.2%"},
        {"city": CITY, "indicator": "retail_sales", "measure": "level", "qualifier": "target", "period": "2024",
         "value": "1000", "unit": "亿元", "excerpt": "社会消费品零售总额1000亿元以上"},
        level("retail_sales", "2024", "1033", city=CITY),
    ])
    for lang, words in (("zh", ("6%左右", "1000亿元以上", "未完成", "已完成")),
                        ("en", ("about 6 %", "at least CNY 100.0 bn", "not achieved", "achieved"))):
        html = Briefing.for_city(CITY, lang, ledger=ledger).targets_html()
        for w in words:
            assert w in _text(html), (lang, w)
        rows = re.findall(r"<tr>(.*?)</tr>", html.split("<tbody>")[1])
        gdp, retail = (_text(r) for r in rows)
        assert ("未完成" if lang == "zh" else "not achieved") in gdp
        assert ("已完成" if lang == "zh" else " achieved") in retail and "not" not in retail


def test_the_outcome_columns_are_hidden_when_no_target_has_an_outcome(make_ledger):
    ledger = make_ledger([
        {"city": CITY, "indicator": "gdp", "measure": "growth", "qualifier": "target", "period": "2030",
         "value": "5", "unit": "%", "price_basis": "comparable", "excerpt": "增长5%左右"},
        level("gdp", "2024", "100.5", city=CITY),
    ])
    html = Briefing.for_city(CITY, "en", ledger=ledger).targets_html()
    assert "Outcome" not in html and "Result" not in html and "about 5 %" in _text(html)
