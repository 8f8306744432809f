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


def _gdp_series_ledger(make_ledger):
    """Six annual GDP levels 2015–2020 (t002, of 2026-01), the 2019 level's
    first release in an earlier document (t001, of 2025-01), a stated real
    growth for 2020."""
    values = {2015: "100.0", 2016: "107.0", 2017: "113.5", 2018: "121.0", 2019: "130.2", 2020: "139.0"}
    rows = [level("gdp", str(y), v, city=CITY, source_id="t002") for y, v in values.items()]
    rows.append(level("gdp", "2019", "128.0", city=CITY, source_id="t001"))
    rows.append({"city": CITY, "indicator": "gdp", "measure": "growth", "period": "2020", "value": "4.5",
                 "unit": "%", "price_basis": "comparable", "source_id": "t002"})
    return make_ledger(rows)


def test_levels_over_time_tell_first_release_from_revision_and_show_the_trend(make_ledger):
    ledger = _gdp_series_ledger(make_ledger)
    en = Briefing.for_city(CITY, "en", ledger=ledger)
    assert en.has("levels")
    text = _text(en.body_html("levels"))
    assert "first release CNY 12.80 bn (2025-01), revised to CNY 13.02 bn (2026-01)" in text
    # 13th plan: 100.0 → 139.0 over five years, with its rounding interval
    assert re.search(r"13th Five-Year Plan \(2015–2020\): 6\.8 % a year nominal \(rounding interval 6\.\d–6\.\d %\)",
                     text), text
    assert re.search(r"least-squares trend 2015–2020: \d\.\d % a year \(95 % interval \d\.\d–\d\.\d %\)", text)
    row2020 = re.search(r"2020 CNY 13\.90 bn .*?(?=2021|$)", text).group(0)
    assert "6.8" in row2020 and "4.5" in row2020  # nominal from 2019's revised level (139.0/130.2), real stated
    zh = _text(Briefing.for_city(CITY, "zh", ledger=ledger).body_html("levels"))
    assert "初次发布128.0亿元（2025-01），修订为130.2亿元（2026-01）" in zh and "最小二乘趋势增长" in zh


def test_a_city_with_one_level_gets_no_series(make_ledger):
    ledger = make_ledger([level("gdp", "2024", "100.5", city=CITY)])
    b = Briefing.for_city(CITY, "en", ledger=ledger)
    assert not b.series_tables() and not b.has("levels") and b.body_html("levels") == ""


def test_an_analysts_commentary_comes_from_a_notes_file_in_data(make_ledger):
    ledger = make_ledger([level("gdp", "2024", "100.5", city=CITY)])
    b = Briefing.for_city(CITY, "en", ledger=ledger)
    assert b.commentary_html() == "" and not b.has("commentary")
    notes = ledger.directory / "commentary" / f"{CITY}.en.md"
    notes.parent.mkdir()
    notes.write_text("Growth **slowed**; see <script>x</script>.\n", encoding="utf-8")
    b = Briefing.for_city(CITY, "en", ledger=ledger)
    html = b.commentary_html()
    assert "<strong>slowed</strong>" in html and "&lt;script&gt;" in html and b.has("commentary")
    assert Briefing.for_city(CITY, "zh", ledger=ledger).commentary_html() == ""  # one language's file


def test_the_notebook_holds_headings_and_narrative_as_markdown_in_both_languages():
    import jupytext

    from analysis.briefing.labels import label
    from analysis.paths import PROJECT_ROOT

    nb = jupytext.read(PROJECT_ROOT / "notebooks" / "briefing.py")
    md = [c for c in nb.cells if c.cell_type == "markdown" and "with-next" in c.metadata.get("tags", [])]
    keys = {lang: re.findall(r'<h2 id="(\w+)">', "".join(c.source for c in md
                                                        if f"lang-{lang}" in c.metadata["tags"]))
            for lang in ("zh", "en")}
    assert keys["zh"] == keys["en"] and "headline" in keys["en"]
    for c in md:  # each heading is followed by the call that shows its section
        lang = next(t[5:] for t in c.metadata["tags"] if t.startswith("lang-"))
        key = re.search(r'<h2 id="(\w+)">([^<]+)</h2>', c.source)
        assert key.group(2) == label(key.group(1), lang)
        after = nb.cells[nb.cells.index(c) + 1:]
        nxt = next(d for d in after if d.cell_type == "code")
        assert nxt.source.strip() == f'b.display("{key.group(1)}")'
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert not re.search(r"\d+\.\d+", code.replace("1.19", "")), "numbers come from calls, not typed"


def test_a_figure_printed_twice_is_one_row_marked_as_such(make_ledger):
    """A headline and its paragraph print one figure twice: two ledger rows
    (docs/curation.md), one row of the table, marked "printed twice"."""
    ledger = make_ledger([
        level("gdp", "2023", "848.3", city=CITY),
        level("gdp", "2023", "848.3", city=CITY),
        level("retail_sales", "2023", "400.5", city=CITY),
    ])
    for lang, mark in (("zh", "文件中印2次"), ("en", "printed twice")):
        html = Briefing.for_city(CITY, lang, ledger=ledger).all_figures_html()
        rows = [_text(r) for r in re.findall(r"<tr>(.*?)</tr>", html.split("<tbody>")[1])]
        assert len(rows) == 2, rows
        assert sum(mark in r for r in rows) == 1 and mark in next(r for r in rows if "848" in r or "84.8" in r)


def _share(code: str, year: str, value: str) -> dict:
    return {"city": CITY, "indicator": code, "measure": "share", "period": year, "value": value, "unit": "%",
            "denominator": "gdp", "excerpt": f"比重{value}%"}


def test_the_structure_a_document_prints_wins_over_the_one_its_rounded_levels_imply(make_ledger):
    """2022: the levels imply 37.2 : 26.9 : 36.0 (25.32 / 68.15 = 37.15 %), the
    document prints 37.1 : 26.9 : 36.0; 2021 prints no shares and is computed."""
    rows = [level(c, "2022", v, city=CITY) for c, v in
            (("va_primary", "25.32"), ("va_secondary", "18.31"), ("va_tertiary", "24.52"))]
    rows += [_share("va_primary", "2022", "37.1"), _share("va_secondary", "2022", "26.9"),
             _share("va_tertiary", "2022", "36.0")]
    rows += [level(c, "2021", v, city=CITY) for c, v in
             (("va_primary", "20.0"), ("va_secondary", "30.0"), ("va_tertiary", "50.0"))]
    ledger = make_ledger(rows)
    b = Briefing.for_city(CITY, "en", ledger=ledger)
    got = {r["year"]: (r["basis"], [round(s.value, 1) for s in r["shares"]]) for r in b.structure_rows()}
    assert got == {"2021": ("computed", [20.0, 30.0, 50.0]), "2022": ("printed", [37.1, 26.9, 36.0])}
    headline = dict(b.bulletin_lines())["sectors"]
    assert "37.1 : 26.9 : 36.0" in headline and "as printed" in headline
    table_text = _text(b.structure_html())
    assert "computed from value added" in table_text and "as printed" in table_text
    zh = Briefing.for_city(CITY, "zh", ledger=ledger)
    assert "文件所印" in _text(zh.structure_html())
    caption, figs = b._chart_caption("structure")
    assert "computed" in caption and len(figs) == 6, "three printed shares and three levels"


def test_a_single_year_structure_chart_is_titled_with_one_year(make_ledger):
    ledger = make_ledger([_share("va_primary", "2022", "37.1"), _share("va_secondary", "2022", "26.9"),
                          _share("va_tertiary", "2022", "36.0")])
    b = Briefing.for_city(CITY, "en", ledger=ledger)
    assert b._chart_title("structure").endswith("2022 (current prices)")


def test_levels_outside_the_plan_period_still_give_an_average_growth(make_ledger):
    """GDP for 2016 and 2019 only: no growth over 2020-2025, but 2016-2019 is
    computed and shown, and nobody is told that no growth can be computed; a
    rate (urbanisation, %) is not "grown"."""
    ledger = make_ledger([
        level("gdp", "2016", "100.0", city=CITY), level("gdp", "2019", "133.1", city=CITY),
        {"city": CITY, "indicator": "urbanization_rate", "measure": "level", "period": "2016", "value": "60.0",
         "unit": "%"},
        {"city": CITY, "indicator": "urbanization_rate", "measure": "level", "period": "2019", "value": "63.0",
         "unit": "%"},
    ])
    b = Briefing.for_city(CITY, "en", ledger=ledger)
    assert b.growth_rows() == []
    rows = b.earlier_growth_rows()
    assert [(r["indicator"], r["span"]) for r in rows] == [("gdp", "2016–2019")]
    assert round(rows[0]["cagr"].value, 1) == 10.0
    assert b.has("growth")
    html = _text(b.growth_html())
    assert "2016–2019" in html and "10.00" in html and "no indicator of this city at two annual levels in" in html
    coverage = _text(b.coverage_html())
    assert "so no average growth" not in coverage and "only over earlier years" in coverage
    assert any("10.0 % a year" in s for s in b.lead_sentences())
    zh = Briefing.for_city(CITY, "zh", ledger=ledger)
    assert "2016—2019" in _text(zh.growth_html())


def test_a_growth_between_levels_printed_in_two_units_shows_each_in_its_own(make_ledger):
    """2.9万元 in 2018, 48,507元 in 2022: not "29 → 48,507 CNY thousand"."""
    ledger = make_ledger([level("gdp_per_capita", "2018", "2.9", unit="万元", city=CITY),
                          level("gdp_per_capita", "2022", "48507", unit="元", city=CITY)])
    b = Briefing.for_city(CITY, "en", ledger=ledger)
    row = _text(b.growth_html().split("<tbody>", 1)[1])
    assert "13.7" in row
    left, right = row.split("→", 1)
    assert "29 thousand" in left and "48,507" in right and "thousand" not in right.split("13.7")[0]
