"""Issue 18, round 3: parts never get their whole's code, lists map in order,
periods a report implies. Every sentence is made up (a fictional place and
invented figures), none copied from a real document."""

from __future__ import annotations

from analysis.extract import extract_lines


def by_value(text: str, ledger, date: str = "2025-03", **kw):
    city = kw.pop("city", ledger.city_slugs()[0])
    return {c.value: c for c in extract_lines(text.split("\n"), ledger, city=city, date=date, **kw)}


def test_an_industry_inside_a_catalogue_name_is_a_part(real_ledger):
    got = by_value("2024年，望川市农畜产品加工业增加值增长9.1%，第一产业投资下降20.2%，钢铁和电力两大支柱产业增加值"
                   "增长14.3%，对规模以上工业增加值的贡献率达60.4%，拉动规模以上工业增长9.3个百分点。", real_ledger)
    for v in ("9.1", "-20.2", "14.3", "60.4", "9.3"):
        assert got[v].indicator == "", (v, got[v].reason)
        assert got[v].confidence < 0.8
    assert "农畜产品加工业" in got["9.1"].proposed_indicator
    assert got["-20.2"].proposed_indicator == "第一产业投资"
    assert got["60.4"].measure == "contribution" and got["9.3"].measure == "pull"
