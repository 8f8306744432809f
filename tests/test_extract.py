"""analysis extract / add, provenance checks and vintages (issue 8).

Fixture documents in tests/fixtures/extract/ are made up (a fictional city,
望川 ``wangchuan``); the new city is added to a copy of data/ in a tmp dir.
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from analysis import DataError, load_ledger, run_checks, validate
from analysis.cli import main
from analysis.extract import extract_file, extract_lines
from analysis.extract.merge import add_review
from analysis.vintages import one_vintage, vintage_of
from conftest import REAL_DATA, copy_data

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
NEW_CITY = "wangchuan,望川市,Wangchuan,内蒙古自治区,Inner Mongolia\n"


def _one_city(real_ledger) -> str:
    return real_ledger.city_slugs()[0]


def new_or_own(c, ledger, name: str) -> bool:
    """Whether extract proposed ``name`` as a new indicator, or found the catalogue's own code for that
    concept (curators add concepts as they go: tests follow the data), never a broader one."""
    if not c.indicator:
        return c.proposed_indicator == name
    own = ledger.indicators[c.indicator].name_zh
    return own.endswith(name) or name.endswith(own)


def rows_of(text, real_ledger, **kw):
    return [(c.indicator, c.measure, c.qualifier, c.period, c.base_period, c.value, c.unit)
            for c in extract_lines(text.split("\n"), real_ledger, city=_one_city(real_ledger), **kw)]


# -- literal text ------------------------------------------------------------------

def test_levels_growth_qualifiers_and_periods(real_ledger):
    got = rows_of("2024年全市地区生产总值达到4107.1亿元，同比增长6.2%。粮食总产量突破38亿斤，较2020年增长12%。",
                  real_ledger, date="2025-03")
    assert got == [("gdp", "level", "exact", "2024", "", "4107.1", "亿元"),
                   ("gdp", "growth", "exact", "2024", "", "6.2", "%"),
                   ("grain_output", "level", "over", "2024", "", "38", "亿斤"),
                   ("grain_output", "growth", "exact", "2024", "2020", "12", "%")]


def test_separators_full_width_digits_and_declines(real_ledger):
    got = rows_of("上半年，全市固定资产投资同比下降３.２%，社会消费品零售总额１２６５亿元，常住人口2,078,400人。",
                  real_ledger, date="2025-08-01")
    assert ("fai", "growth", "exact", "2025H1", "", "-３.２", "%") in got
    assert ("retail_sales", "level", "exact", "2025H1", "", "１２６５", "亿元") in got
    assert ("population", "level", "exact", "2025H1", "", "2,078,400", "人") in got


def test_relations_become_measures(real_ledger):
    got = rows_of("2024年固定资产投资规模达到2020年的1.6倍，年均增长17.2%，工业占地区生产总值比重达到24.9%，"
                  "较2020年提升2.2个百分点。", real_ledger, date="2025-03")
    measures = [(m, v, b) for _, m, _, _, b, v, _ in got]
    assert measures == [("multiple", "1.6", "2020"), ("avg_growth", "17.2", "2020"), ("share", "24.9", ""),
                        ("pp_change", "2.2", "2020")]


def test_targets_and_skipped_numbers(real_ledger):
    got = rows_of("今年主要预期目标是：地区生产总值增长5.5%左右，在第十六届人大第3次会议上，“十四五”时期。",
                  real_ledger, date="2026-01")
    assert got == [("gdp", "growth", "target", "2026", "", "5.5", "%")]  # a goal is a target, 左右 in notes
    (c,) = extract_lines(["力争全年实施重点项目1300个以上。"], real_ledger, city=_one_city(real_ledger), date="2026-01")
    assert (c.qualifier, c.value, c.notes) == ("target", "1300", "target, over")


def test_traditional_characters_are_read_and_excerpts_stay_as_printed(real_ledger, tmp_path):
    doc = tmp_path / "hant.txt"
    doc.write_text("2025年全市地區生產總值達到1234.5億元，同比增長5.8%。\n", encoding="utf-8")
    got = extract_file(doc, real_ledger, city=_one_city(real_ledger), date="2026-03")
    assert [(c.indicator, c.measure, c.value) for c in got] == [("gdp", "level", "1234.5"), ("gdp", "growth", "5.8")]
    assert all(c.excerpt in doc.read_text(encoding="utf-8") for c in got)
    assert "億元" in got[0].excerpt


def test_english_news(real_ledger):
    got = rows_of("In 2024, the city's GDP reached 561.34 billion yuan, up 5.9 percent year-on-year. "
                  "Grain output was about 1.2 million tons.", real_ledger, date="2025-02")
    assert got[:2] == [("gdp", "level", "exact", "2024", "", "561.34", "billion yuan"),
                       ("gdp", "growth", "exact", "2024", "", "5.9", "percent")]
    assert got[2][1:] == ("level", "about", "2024", "", "1.2", "million tons")


def test_html_page_and_unknown_indicator_proposed(real_ledger, tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><script>var y=2024;</script><body><p>2025年全市某某奇特指标达到77.7亿元。</p></body></html>",
                    encoding="utf-8")
    (c,) = extract_file(page, real_ledger, city=_one_city(real_ledger), date="2026-01")
    assert (c.value, c.unit, c.line) == ("77.7", "亿元", 1)
    assert c.indicator == "" and c.proposed_indicator and c.confidence < 0.6 and "indicator" in c.reason


def test_a_document_without_a_date_needs_one(real_ledger):
    with pytest.raises(Exception, match="--date"):
        extract_lines(["全市地区生产总值达到100亿元。"], real_ledger, city=_one_city(real_ledger))


# -- extract → review → add: a new city ------------------------------------------------

@pytest.fixture
def new_city(tmp_path, monkeypatch):
    data = copy_data(tmp_path / "data")
    seeds = tmp_path / "seeds"
    shutil.copytree(load_ledger(REAL_DATA).source_path("s000").parent, seeds)
    shutil.copy(FIXTURES / "bulletin_zh.txt", seeds / "900_bulletin_zh.txt")
    with open(data / "cities.csv", "a", encoding="utf-8") as fh:
        fh.write(NEW_CITY)
    with open(data / "sources.csv", "a", encoding="utf-8") as fh:
        fh.write("s900,900_bulletin_zh.txt,望川市统计局（虚构）,望川市2025年统计公报（测试文件）,2026-03-10,"
                 "statistical_bulletin,A made-up fixture document.,,\n")
    monkeypatch.setenv("ANALYSIS_DATA_DIR", str(data))
    monkeypatch.setenv("ANALYSIS_SEEDS_DIR", str(seeds))
    return data, seeds


def test_extract_review_add_makes_a_city_that_validates_and_checks(new_city, tmp_path, capsys):
    data, seeds = new_city
    review = tmp_path / "review.csv"
    assert main(["extract", str(seeds / "900_bulletin_zh.txt"), "-o", str(review)]) == 0
    with open(review, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {"line", "value", "excerpt", "confidence", "reason"} <= set(rows[0])
    assert {r["city"] for r in rows} == {"wangchuan"} and len(rows) >= 8
    assert main(["add", str(review), "--source-id", "s900"]) == 0
    assert validate(data, documents=True) == []
    ledger = load_ledger(data)
    mine = [f for f in ledger.figures if f.source_id == "s900"]
    assert [f.figure_id for f in mine] == [f"s900-{i:03d}" for i in range(1, len(rows) + 1)]
    assert [f.line for f in mine] == sorted(f.line for f in mine)  # reading order
    assert "wangchuan" in ledger.city_slugs()
    assert run_checks(ledger, city="wangchuan")
    capsys.readouterr()
    assert main(["figures", "--city", "wangchuan", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "vintage" in out.splitlines()[0] and "2026-03-10 first release" in out


def test_a_per_mille_row_goes_through_extract_add_and_validate(new_city, tmp_path):
    """‰ (per mille: birth and natural growth rates) is a unit of units.csv: a ‰ row that extract
    writes is merged by add and validates (made-up document and indicators)."""
    data, seeds = new_city
    (seeds / "903_rates.txt").write_text("望川市2025年人口统计（测试文件）\n"
                                         "2025年全市人口出生率为6.52‰，人口自然增长率为-0.13‰。\n", encoding="utf-8")
    with open(data / "sources.csv", "a", encoding="utf-8") as fh:
        fh.write("s903,903_rates.txt,虚构,望川市人口统计（测试文件）,2026-03-01,statistical_bulletin,made up,,\n")
    with open(data / "indicators.csv", "a", encoding="utf-8") as fh:
        fh.write("made_up_birth_rate,人口出生率,Birth rate,‰,none,level,,,false,false,made up\n")  # the
        # natural growth rate is the catalogue's own (one Chinese name, one indicator)
    review = tmp_path / "rates.csv"
    assert main(["extract", str(seeds / "903_rates.txt"), "--city", "wangchuan", "-o", str(review)]) == 0
    with open(review, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["indicator"], r["value"], r["unit"]) for r in rows] == [
        ("made_up_birth_rate", "6.52", "‰"), ("natural_growth_rate", "-0.13", "‰")]
    assert add_review(review, "s903") == ["s903-001", "s903-002"]
    assert validate(data, documents=True) == []
    assert {f.unit for f in load_ledger(data).figures if f.source_id == "s903"} == {"‰"}


def test_add_refuses_the_whole_file_and_lists_every_problem(new_city, tmp_path):
    data, seeds = new_city
    review = tmp_path / "review.csv"
    assert main(["extract", str(seeds / "900_bulletin_zh.txt"), "-o", str(review)]) == 0
    with open(review, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        header, rows = reader.fieldnames, list(reader)
    rows[0]["unit"] = "万元"                  # the excerpt prints 亿元
    rows[1]["excerpt"] = "这段文字不在文件里"   # not in the document
    rows[2]["city"] = "atlantis"
    with open(review, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=header)
        w.writeheader()
        w.writerows(rows)
    before = (data / "figures.csv").read_bytes()
    with pytest.raises(DataError) as err:
        add_review(review, "s900")
    msg = str(err.value)
    assert "refused, nothing merged" in msg
    assert "review.csv:2: column 'unit'" in msg and "review.csv:3: column 'excerpt'" in msg and "atlantis" in msg
    assert (data / "figures.csv").read_bytes() == before
    with pytest.raises(DataError, match="no source 's901'"):
        add_review(review, "s901")


# -- provenance in validate -------------------------------------------------------------

def test_unit_is_compared_with_the_excerpt(data_copy):
    with open(data_copy / "figures.csv", encoding="utf-8", newline="") as fh:
        text = fh.read()
    row = next(line for line in text.splitlines() if ",亿元," in line and "亿元" in line.split(",")[14])
    fid = row.split(",")[0]
    (data_copy / "figures.csv").write_text(text.replace(row, row.replace(",亿元,", ",万元,", 1)), encoding="utf-8")
    problems = validate(data_copy)
    assert any("column 'unit'" in p and "'亿元'" in p for p in problems), (fid, problems)


def test_a_missing_document_is_a_problem_unless_skipped(data_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_SEEDS_DIR", str(tmp_path / "nowhere"))
    problems = validate(data_copy, documents=True)
    assert problems and all("not found in" in p for p in problems)
    assert validate(data_copy, documents=False) == []
    assert main(["validate"]) == 1
    assert main(["validate", "--no-documents"]) == 0


# -- vintages ------------------------------------------------------------------------

def test_first_release_revision_and_restatement_in_two_documents(make_ledger):
    ledger = make_ledger([
        {"city": "hohhot", "indicator": "retail_sales", "measure": "level", "period": "2024", "value": "1000.5",
         "unit": "亿元", "source_id": "t001"},
        {"city": "hohhot", "indicator": "retail_sales", "measure": "level", "period": "2024", "value": "1012.3",
         "unit": "亿元", "source_id": "t002"},
        {"city": "hohhot", "indicator": "population", "measure": "level", "period": "2024", "value": "360",
         "unit": "万人", "price_basis": "none", "source_id": "t001"},
        {"city": "hohhot", "indicator": "population", "measure": "level", "period": "2024", "value": "360.0",
         "unit": "万人", "price_basis": "none", "source_id": "t002"},
    ])
    first, later, p1, p2 = ledger.figures
    assert vintage_of(ledger, first).status == "first_release"
    v = vintage_of(ledger, later)
    assert v.status == "revision" and v.earlier == (first.figure_id,) and "1000.5" in v.basis
    assert vintage_of(ledger, p1).status == "first_release"
    assert vintage_of(ledger, p2).status == "restatement"
    kept, note = one_vintage(ledger, [first, later])
    assert kept == [later] and note.startswith("one vintage: t002")


def test_hohhot_2021_gdp_is_the_revised_vintage(real_ledger):
    gdp21 = [f for f in real_ledger.figures if f.city == "hohhot" and f.indicator == "gdp"
             and f.measure == "level" and f.period == "2021" and f.qualifier == "exact"]
    census = "2024-12"  # the fifth economic census's results revised 2021 levels (vintages.CENSUS_REVISIONS)
    after = [f for f in gdp21 if real_ledger.sources[f.source_id].date >= census]
    before = [f for f in gdp21 if real_ledger.sources[f.source_id].date < census]
    assert after and all(vintage_of(real_ledger, f).status == "revision" for f in after)
    assert all("economic census" in vintage_of(real_ledger, f).label() for f in after)
    assert all(vintage_of(real_ledger, f).status != "revision" or "economic census" not in
               vintage_of(real_ledger, f).label() for f in before)


# -- areas below a city (旗, 区, 县) ------------------------------------------------------

def test_an_area_is_recorded_and_shown_under_its_city(new_city, tmp_path, capsys):
    data, seeds = new_city
    areas = data / "areas.csv"  # the real areas kept, one made-up area added
    head = "" if areas.exists() else "slug,name_zh,name_en,parent,kind,notes\n"
    with open(areas, "a", encoding="utf-8") as fh:
        fh.write(head + "dongqu,望川东区,Dongqu District,wangchuan,district,made up\n")
    (seeds / "901_area.txt").write_text("# 望川市2025年统计公报（虚构）\n\n## 望川东区\n\n"
                                        "2025年全区地区生产总值达到88.8亿元，同比增长4.4%。\n", encoding="utf-8")
    with open(data / "sources.csv", "a", encoding="utf-8") as fh:
        fh.write("s901,901_area.txt,虚构,虚构测试文件,2026-03-10,statistical_bulletin,made up,,\n")
    review = tmp_path / "area.csv"
    assert main(["extract", str(seeds / "901_area.txt"), "--city", "wangchuan", "-o", str(review)]) == 0
    assert main(["add", str(review), "--source-id", "s901"]) == 0
    assert validate(data, documents=True) == []
    ledger = load_ledger(data)
    assert {f.city for f in ledger.figures if f.source_id == "s901"} == {"dongqu"}  # the heading names the area
    assert ledger.cities["dongqu"].parent == "wangchuan" and ledger.areas_of("wangchuan") == ["dongqu"]
    assert "dongqu" not in ledger.city_slugs()
    assert run_checks(ledger) is not None
    capsys.readouterr()
    assert main(["figures", "--city", "wangchuan", "--format", "csv"]) == 0
    cities = [r["city"] for r in csv.DictReader(capsys.readouterr().out.splitlines())]
    assert cities == ["dongqu", "dongqu"]  # the city prints none of its own here; its area's are shown under it
    assert "wangchuan" in ledger.city_slugs()  # a city is known through its areas' figures


def test_an_area_needs_a_known_parent_city(data_copy):
    (data_copy / "areas.csv").write_text("slug,name_zh,name_en,parent,kind,notes\n"
                                         "nowhere_qi,无名旗,Nowhere Banner,atlantis,banner,\n", encoding="utf-8")
    assert any(p.startswith("areas.csv:2: column 'parent': unknown city 'atlantis'") for p in validate(data_copy))


# -- documents extract has never seen ----------------------------------------------------

@pytest.mark.parametrize("expected", sorted(FIXTURES.glob("*.expected.csv")), ids=lambda p: p.name.split(".")[0])
def test_unseen_documents_at_least_80_percent_found(expected, real_ledger):
    """Made-up documents (bulletin, work report, traditional characters, English text and HTML) with their
    figures listed by hand: extract finds at least 80 % of them (same line and value)."""
    from analysis.numbers import normalize_printed

    stem = expected.name[:-len(".expected.csv")]
    doc = next(p for p in FIXTURES.iterdir() if p.name.startswith(stem + ".") and not p.name.endswith(".csv"))
    with open(expected, encoding="utf-8", newline="") as fh:
        want = [(int(r["line"]), normalize_printed(r["value"])) for r in csv.DictReader(fh)]
    got = {(c.line, normalize_printed(c.value)) for c in extract_file(doc, real_ledger)}
    found = [w for w in want if w in got]
    assert len(found) >= 0.8 * len(want), sorted(set(want) - got)


def test_english_news_fields(real_ledger):
    got = {c.value: c for c in extract_file(FIXTURES / "news_en2.txt", real_ledger, city=_one_city(real_ledger))}
    assert (got["145.6"].indicator, got["145.6"].unit, got["145.6"].period) == ("gdp", "billion yuan", "2025")
    assert (got["5.9"].measure, got["5.9"].unit) == ("growth", "percent")
    assert got["1.45"].unit == "billion US dollars"
    assert got["1.3"].measure == "pp_change" and got["2.5"].measure == "multiple"
    assert got["6"].qualifier == "target" and got["6"].period == "2026"


@pytest.mark.render
def test_a_city_added_through_extract_and_add_renders(new_city, tmp_path):
    """extract → add → the briefing of the new city renders, in Chinese, from the data alone."""
    from analysis.paths import PROJECT_ROOT
    from analysis.render.pipeline import render_briefings

    data, seeds = new_city
    review = tmp_path / "review.csv"
    assert main(["extract", str(seeds / "900_bulletin_zh.txt"), "-o", str(review)]) == 0
    assert main(["add", str(review), "--source-id", "s900"]) == 0
    report = render_briefings(["wangchuan"], langs="zh", formats="html", out_dir=tmp_path / "out",
                              notebook=PROJECT_ROOT / "notebooks" / "briefing.py", force=True, progress=None)
    assert not report.failed
    html = (tmp_path / "out" / "wangchuan" / "zh" / "briefing.html").read_text(encoding="utf-8")
    assert "望川" in html and "1234.5" in html.replace(",", "")


def test_unknown_indicators_are_proposed_as_catalogue_rows_and_added_with_the_figures(new_city, tmp_path):
    data, seeds = new_city
    shutil.copy(FIXTURES / "work_report_zh.txt", seeds / "902_work_report.txt")
    with open(data / "sources.csv", "a", encoding="utf-8") as fh:
        fh.write("s902,902_work_report.txt,虚构,虚构政府工作报告,2026-01-15,work_report,made up,,\n")
    review = tmp_path / "wr.csv"
    assert main(["extract", str(seeds / "902_work_report.txt"), "-o", str(review)]) == 0
    proposed = tmp_path / "wr.indicators.csv"
    with open(proposed, encoding="utf-8-sig", newline="") as fh:
        new = list(csv.DictReader(fh))
    assert new and all(r["name_zh"] and not r["code"] for r in new)
    with open(review, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        header, rows = reader.fieldnames, list(reader)
    with pytest.raises(DataError, match="give the new indicator a snake_case code") as refused:
        add_review(review, "s902", indicators=proposed)
    said = refused.value.problems
    # problems of the new catalogue rows name the review's file and its line, each cell once
    assert any(p.strip().startswith("wr.indicators.csv:2: column 'name_en'") for p in said)
    assert not any(p.strip().startswith("indicators.csv:") for p in said)
    cells = [re.match(r"\s*(\S+:\d+: column '[^']+')", p) for p in said]
    assert len([c.group(1) for c in cells if c]) == len({c.group(1) for c in cells if c})
    codes = {}
    for k, r in enumerate(new):  # the curator names each new concept
        r["code"], r["name_en"] = f"made_up_{k}", f"Made-up indicator {k}"
        r["unit"] = r["unit"] or "%"  # a rate's level unit is the curator's call
        codes[r["name_zh"]] = r["code"]
    for r in rows:
        if not r["indicator"]:
            r["indicator"] = codes[r["proposed_indicator"].strip("，,。、 ")]
    for path, cols, content in ((proposed, list(new[0]), new), (review, header, rows)):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            w.writerows(content)
    ids = add_review(review, "s902", indicators=proposed)
    assert len(ids) == len(rows) and validate(data, documents=True) == []
    ledger = load_ledger(data)
    assert {c for c in codes.values()} <= set(ledger.indicators)


@pytest.mark.render
def test_a_pdf_is_read(tmp_path, real_ledger):
    """A PDF printed by Chromium from the English fixture page: its text is read with pypdf."""
    import subprocess

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Chromium is not installed (scripts/setup-system.sh installs it)")
    pdf = tmp_path / "news.pdf"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}",
                    (FIXTURES / "news_en.html").as_uri()], check=True, capture_output=True, timeout=120)
    got = extract_file(pdf, real_ledger, city=_one_city(real_ledger), date="2026-02-20")
    assert {(c.value, c.unit) for c in got} >= {("123.45", "billion yuan"), ("5.8", "percent")}


# -- issue 8 follow-up: errors seen on real documents, as made-up literal text ---------------

def cands_of(text, real_ledger, **kw):
    return extract_lines(text.split("\n"), real_ledger, city=_one_city(real_ledger), **kw)


def test_english_from_a_in_one_year_to_b_in_another(real_ledger):
    got = {c.value: c for c in cands_of(
        "Over a decade, the city's GDP increased from 120.5 billion yuan in 2015 to 310.2 billion yuan in 2024, "
        "with an average annual growth rate of 6.1 percent.\n"
        "Per capita GDP jumped from 41,000 yuan in 2015 to 88,000 yuan in 2024.\n"
        "In 2024, the output came in at 9.8 billion yuan, 1.5 times that of 2015, with an average annual growth "
        "of 4.1 percent; grain output was 1.02 million tons in 2024, an increase of 12.5 percent over 2015.",
        real_ledger, date="2025-02")}
    assert [(got[v].period, got[v].indicator) for v in ("120.5", "310.2")] == [("2015", "gdp"), ("2024", "gdp")]
    assert (got["6.1"].measure, got["6.1"].base_period, got["6.1"].period) == ("avg_growth", "2015", "2024")
    assert [(got[v].period, got[v].indicator) for v in ("41,000", "88,000")] == \
        [("2015", "gdp_per_capita"), ("2024", "gdp_per_capita")]
    assert (got["1.5"].measure, got["1.5"].period, got["1.5"].base_period) == ("multiple", "2024", "2015")
    assert got["4.1"].period == "2024"  # "that of 2015" is a base, not the period
    assert (got["1.02"].period, got["12.5"].period, got["12.5"].base_period) == ("2024", "2024", "2015")


def test_chinese_lists_of_the_three_sectors(real_ledger):
    got = cands_of("2024年，三次产业增加值占地区生产总值的比重分别为5.1%、40.2%和54.7%，对地区生产总值增长的"
                   "贡献率分别为3.3%、50.0%和46.7%。三次产业比例为7.2：45.3：47.5。"
                   "第一、二、三产业对经济增长的贡献率分别为4.4%、41.6%和54.0%。", real_ledger, date="2025-03")
    rows = [(c.value, c.indicator, c.measure, c.denominator, c.period) for c in got]
    sectors = ["va_primary", "va_secondary", "va_tertiary"]
    assert rows == [(v, s, "share", "gdp", "2024") for v, s in zip(("5.1", "40.2", "54.7"), sectors)] \
        + [(v, s, "contribution", "gdp", "2024") for v, s in zip(("3.3", "50.0", "46.7"), sectors)] \
        + [(v, s, "share", "gdp", "2024") for v, s in zip(("7.2", "45.3", "47.5"), sectors)] \
        + [(v, s, "contribution", "gdp", "2024") for v, s in zip(("4.4", "41.6", "54.0"), sectors)]
    ratio = got[6]
    assert ratio.unit == "%" and "ratio" in ratio.notes and "ratio" in ratio.reason


def test_a_list_not_of_sectors_keeps_its_measure_for_every_item(real_ledger):
    got = cands_of("2024年，全市一般公共预算收入和社会消费品零售总额分别增长3.1%、4.2%和5.3%。", real_ledger,
                   date="2025-03")
    assert [c.measure for c in got] == ["growth", "growth", "growth"]
    assert not {c.indicator for c in got} & {"va_primary", "va_secondary", "va_tertiary"}


def test_half_year_and_three_quarters_periods(real_ledger):
    zh = cands_of("1—6月，全市地区生产总值完成1500.2亿元，同比增长5.0%。", real_ledger, date="2025-08")
    assert [c.period for c in zh] == ["2025H1", "2025H1"]
    zh2 = cands_of("2025年1—6月，社会消费品零售总额300.1亿元。\n上半年，粮食总产量1.1亿斤。", real_ledger,
                   date="2025-08")
    assert [c.period for c in zh2] == ["2025H1", "2025H1"]
    en = cands_of("From January to June, the city's GDP reached 150.2 billion yuan, up 5.1 percent year-on-year.\n"
                  "The added value of primary industry was 3.1 billion yuan.\n"
                  "In the first three quarters, total retail sales of consumer goods were 40.4 billion yuan.",
                  real_ledger, date="2025-08")
    assert [(c.value, c.indicator, c.period) for c in en] == [
        ("150.2", "gdp", "2025H1"), ("5.1", "gdp", "2025H1"), ("3.1", "va_primary", "2025H1"),
        ("40.4", "retail_sales", "2025Q1-Q3")]


def test_parts_of_the_population_are_other_quantities(real_ledger):
    got = cands_of("年末全市常住人口300.5万人，比上年末增加1.2万人。其中，城镇人口250.1万人，乡村人口50.4万人；"
                   "常住人口城镇化率为83.2%，比上年末提高0.4个百分点。男性人口152.0万人。全年出生人口2.1万人，"
                   "死亡人口2.5万人。", real_ledger, date="2025-03")
    by = {c.value: c for c in got}
    assert (by["300.5"].indicator, by["1.2"].indicator, by["1.2"].measure) == ("population", "population", "change")
    for v in ("250.1", "50.4", "83.2", "152.0", "2.1", "2.5"):  # never the whole population
        assert by[v].indicator != "population", v
        if not by[v].indicator:  # not catalogued yet: a new indicator is proposed
            assert by[v].proposed_indicator and "another quantity" in by[v].reason, v
    assert new_or_own(by["250.1"], real_ledger, "城镇人口") and new_or_own(by["83.2"], real_ledger, "城镇化率")
    assert by["0.4"].indicator == by["83.2"].indicator and by["0.4"].measure == "pp_change"


def test_a_bracketed_currency_conversion_is_skipped(real_ledger):
    got = cands_of("In 2024, the city's GDP reached 150.2 billion yuan ($21.10 billion), up 5.1 percent.",
                   real_ledger, date="2025-02")
    # the publisher's conversion in brackets is no figure (the ledger keeps none): skipped, not a row to delete
    yuan, growth = got[0], got[1]
    assert (yuan.indicator, yuan.unit, yuan.notes) == ("gdp", "billion yuan", "")
    assert growth.unit == "percent" and len(got) == 2


def test_english_units_are_the_catalogues(real_ledger):
    got = cands_of("In 2024, GDP reached 150.2 billion yuan, up 5.1 percent; the share rose 1.2 percentage points "
                   "to 30 %; grain output was 2.3 million tons, 1.4 times that of 2020; income was 41,000 yuan.",
                   real_ledger, date="2025-02")
    units = [c.unit for c in got]
    assert units == ["billion yuan", "percent", "percentage points", "%", "million tons", "times", "yuan"]
    assert all(u in real_ledger.units for u in units)
    assert {real_ledger.units[u]["dimension"] for u in units} >= {"percent", "currency_cny", "mass", "ratio"}


def test_signs_and_per_mille(real_ledger):
    got = {c.value: c for c in cands_of("2024年人口自然增长率为-0.21‰。城镇登记失业率为3.1%，比上年下降0.5个百分点。",
                                        real_ledger, date="2025-03")}
    assert got["-0.21"].unit == "‰" and "not in units.csv" not in got["-0.21"].reason  # ‰ is in units.csv
    assert got["-0.5"].measure == "pp_change"
    assert new_or_own(got["-0.5"], real_ledger, "城镇登记失业率")


def test_benchmark_scores_a_folder_outside_the_repo(real_ledger, tmp_path):
    """benchmarks/extract.py --unseen-dir: documents with hand-written expected CSVs and a manifest."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_extract", Path(__file__).parents[1] / "benchmarks"
                                                  / "extract.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    (tmp_path / "doc.txt").write_text("上半年，全市地区生产总值完成100.5亿元，同比增长4.0%。\n", encoding="utf-8")
    (tmp_path / "doc.expected.csv").write_text("line,value,indicator,measure,period\n1,100.5,gdp,level,2025H1\n"
                                               "1,4.0,gdp,level,2025H1\n1,7,gdp,level,2025\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(f"file,date,city\ndoc.txt,2025-08,{_one_city(real_ledger)}\n",
                                           encoding="utf-8")
    totals, docs = bench.unseen(real_ledger, folder=tmp_path)
    assert (totals["gold"], totals["cands"], totals["matched"]) == (3, 2, 2)
    assert (totals["indicator"], totals["measure"], totals["period"], totals["all3"]) == (2, 1, 2, 1)


def test_a_list_of_named_indicators_and_a_wrapped_name(real_ledger):
    """"A和B分别为a、b": the k-th value is the k-th indicator named; a line wrap inside a name
    ("地区生 产总值", text from a PDF) does not hide it."""
    got = cands_of("2024年，全市粮食总产量和社会消费品零售总额分别为40.1亿斤、1300.5亿元，比上年同期分别增长2.1%、"
                   "3.4%。全市地区生 产总值达到5000.2亿元。", real_ledger, date="2025-03")
    assert [(c.value, c.indicator, c.measure) for c in got] == [
        ("40.1", "grain_output", "level"), ("1300.5", "retail_sales", "level"),
        ("2.1", "grain_output", "growth"), ("3.4", "retail_sales", "growth"), ("5000.2", "gdp", "level")]


def test_a_catalogue_name_not_printed_whole_is_found_by_its_words(real_ledger):
    """No name printed whole: the catalogue name most of whose words surround the number, with a lower
    confidence than a name printed whole (made-up sentence; the name is 建立合作关系的外地医疗机构)."""
    code = "partner_medical_institutions"
    got = cands_of("2024年，与30家外地医疗机构建立合作关系。全市地区生产总值达到5000.2亿元。", real_ledger, date="2025-03")
    found, gdp = got
    assert found.indicator == code and "surround" in found.reason
    assert found.confidence < gdp.confidence


def test_an_enumeration_of_counts_takes_the_name_after_each_number(real_ledger):
    """Made-up sentence with two catalogue names (一刻钟便民生活圈, 青城惠民菜店)."""
    got = cands_of("2024年，新建8个一刻钟便民生活圈、20个青城惠民菜店。", real_ledger, date="2025-03")
    assert [(c.value, c.indicator) for c in got] == [("8", "convenience_life_circles"), ("20", "community_vegetable_stores")]


def test_a_clause_that_names_nothing_is_about_the_figure_before(real_ledger):
    """The figure before was found by the words around it, not by a name printed whole; the growth that
    follows in the same sentence is about it, not unknown (made-up sentence)."""
    got = cands_of("2024年，与30家外地医疗机构建立合作关系，同比增长20%。", real_ledger, date="2025-03")
    assert [(c.value, c.indicator, c.measure) for c in got] == [
        ("30", "partner_medical_institutions", "level"), ("20", "partner_medical_institutions", "growth")]
    assert "the figure before" in got[1].reason


# -- held-out indicator rules (issue 8, third pass): made-up literal text -------------------

def _found(text, real_ledger):
    return [(c.value, c.indicator, c.measure) for c in cands_of(text, real_ledger, date="2025-03")]


def test_a_name_of_an_earlier_figure_in_the_clause_is_not_lent_to_the_next(real_ledger):
    """"新建A3个、B5个": 5 is about B (not in the catalogue: proposed), not about A."""
    got = cands_of("2024年，全市新建数据中心3个、智慧农场5个。", real_ledger, date="2025-03")
    assert [(c.value, c.indicator) for c in got] == [("3", "data_centers"), ("5", "")]
    assert got[1].proposed_indicator == "智慧农场"


def test_a_clause_of_change_words_only_carries_the_subject_over(real_ledger):
    """"由a提升至b", "…，年均增长x%", "再次突破", "完成年度目标任务的x%": the figure before's indicator."""
    assert _found("2024年，全市社会消费品零售总额从2020年的900亿元增长至1100.5亿元，年均增长5.1%。", real_ledger) == [
        ("900", "retail_sales", "level"), ("1100.5", "retail_sales", "level"), ("5.1", "retail_sales", "avg_growth")]
    assert _found("全市地区生产总值在2021年突破3100亿元大关，2024年再次突破4100亿元。", real_ledger) == [
        ("3100", "gdp", "level"), ("4100", "gdp", "level")]
    assert _found("上半年，全市城镇新增就业2.1万人，完成年度目标任务的52.5%。", real_ledger) == [
        ("2.1", "urban_new_jobs", "level"), ("52.5", "urban_new_jobs", "pct_of_target")]


def test_a_share_is_about_what_is_before_zhan(real_ledger):
    """"X占Y比重": X, not the denominator Y; a sector alone (工业) is its value added; a generic word
    (总额) takes the sentence's subject."""
    assert _found("2024年，工业占全市生产总值的比重为30.5%，全市服务业增加值占全区的比重为20.1%。", real_ledger) == [
        ("30.5", "va_industry", "share"), ("20.1", "va_tertiary", "share")]
    assert _found("2024年，全市网络零售增长较快，总额占全区比重达40%。", real_ledger) == [
        ("40", "online_retail_sales", "share")]


def test_a_catalogue_name_is_completed_from_the_words_before_the_number(real_ledger):
    """"年度计划投资" is printed whole only in the catalogue's 重点项目年度计划投资, whose other words
    (重点项目) are in the line; a long subject whose last word alone (就业) is in a name is not matched."""
    got = cands_of("2025年，全市实施重点项目800个，年度计划投资900亿元。", real_ledger, date="2025-03")
    assert got[1].indicator == "key_projects_planned_investment" and "holds the words" in got[1].reason
    got = cands_of("2024年，城镇失业人员再就业1000人。", real_ledger, date="2025-03")
    assert got[0].indicator != "urban_new_jobs" and new_or_own(got[0], real_ledger, "失业人员再就业") or \
        got[0].proposed_indicator == "城镇失业人员再就业"


def test_standard_bulletin_wording_is_in_synonyms(real_ledger):
    """NBS wording and short forms (社会消费品零售额, 固投); urban residents' income is another quantity."""
    got = cands_of("2024年全市社会消费品零售额增长5%，城镇居民人均可支配收入50000元，固投增长3%。", real_ledger,
                   date="2025-03")
    assert [(c.value, c.indicator) for c in got if c.value != "50000"] == [("5", "retail_sales"), ("3", "fai")]
    assert got[1].indicator != "disposable_income_per_capita"  # urban residents' income is not all residents'
    assert got[1].proposed_indicator == "城镇居民人均可支配收入" if not got[1].indicator else \
        real_ledger.indicators[got[1].indicator].name_zh.startswith("城镇")


def test_a_comma_before_a_year_ends_a_clause():
    """"…3000亿元大关,2024年…" (a full-width comma folded to ","): a clause break, not a thousands separator."""
    from analysis.extract.chinese import _CLAUSE

    assert [m.start() for m in _CLAUSE.finditer("甲3000亿元,2024年乙1,234亿元")] == [7]


def test_learned_phrases_need_three_characters(real_ledger):
    """Two-character words learned from excerpts (加快, 开工) name no indicator on their own."""
    from analysis.extract.catalogue import Catalogue

    cat = Catalogue.from_ledger(real_ledger)
    learned = [p for p, o in cat.phrase_origin.items() if o == "learned"]
    assert learned and min(len(p) for p in learned) >= 3


def _bench():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_extract", Path(__file__).parents[1] / "benchmarks"
                                                  / "extract.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_strict_benchmark_leaves_out_a_documents_own_concepts(real_ledger):
    """--strict: the indicators only one document's figures use are left out of the catalogue for that
    document (a proposed new indicator is then the right answer); the origin of each indicator is read back
    from the candidate's reason."""
    from analysis.extract.catalogue import Catalogue

    bench = _bench()
    sid = sorted(real_ledger.sources)[0]
    own = bench.own_concepts(real_ledger, sid)
    assert own and all({f.source_id for f in real_ledger.figures if f.indicator == code} == {sid} for code in own)
    shared = {f.indicator for f in real_ledger.figures if f.source_id == sid} - own
    assert shared  # indicators also used by other documents stay
    cat = Catalogue.from_ledger(real_ledger, exclude_sources=(sid,), exclude_indicators=own)
    assert not own & set(cat.indicators) and not own & set(cat.phrases.values())
    got = cands_of("2024年，全市地区生产总值达到5000.2亿元，同比增长5.0%。", real_ledger, date="2025-03")
    assert [bench.origin_of(c.reason) for c in got] == ["name", "previous"]


def test_examples_before_deng_are_not_the_subject(real_ledger):
    """"A、B等N个X": N counts X (a catalogue name, or a new indicator to propose), never an example's name
    (数据中心 here is only an example)."""
    got = cands_of("2024年，抓实甲公司、乙数据中心等120个企业投资项目。", real_ledger, date="2025-03")
    assert [(c.value, c.indicator) for c in got] == [("120", "enterprise_investment_projects")]
    got = cands_of("2024年，建成甲数据中心、乙工厂等8个智慧农场。", real_ledger, date="2025-03")
    assert [(c.value, c.indicator, c.proposed_indicator) for c in got] == [("8", "", "智慧农场")]
    assert "examples" in got[0].reason


# -- fresh unseen documents (extract4): generic errors found on real pages, tested on made-up text --

def test_pinyin_readings_after_characters_are_left_out(real_ledger, tmp_path):
    # traditional-character mirrors print a reading after some characters: 增長(zhǎng)
    printed = "初步核算,全市地區(qū)生產(chǎn)總值(GDP)1234.5億元,比上年增長(zhǎng)2.1%。"
    doc = tmp_path / "mirror.txt"
    doc.write_text("某市統計公報\n" + printed + "\n", encoding="utf-8")
    rows = extract_file(doc, real_ledger, city=_one_city(real_ledger), date="2018-04")
    got = [(c.indicator, c.measure, c.value, c.unit, c.period) for c in rows]
    assert got == [("gdp", "level", "1234.5", "亿元", "2017"), ("gdp", "growth", "2.1", "%", "2017")]
    for c in rows:  # excerpts are copied from the line as printed, readings and all
        assert c.excerpt in printed and "pinyin readings left out" in c.notes
    assert "(zhǎng)" in rows[1].excerpt


def test_sector_ratio_printed_as_bizhong_with_ratio_colon(real_ledger):
    got = rows_of("三次产业比重为12.5∶40.1∶47.4。", real_ledger, date="2018-04")
    assert [(i, m, v) for i, m, _, _, _, v, _ in got] == [
        ("va_primary", "share", "12.5"), ("va_secondary", "share", "40.1"), ("va_tertiary", "share", "47.4")]


def test_zhangfu_is_a_growth_rate(real_ledger):
    got = rows_of("——居民消费价格涨幅控制在3%以内;", real_ledger, date="2023-02")
    assert [(m, v) for _, m, _, _, _, v, _ in got] == [("growth", "3")]


def test_capacity_added_is_a_flow_of_the_year_not_a_stock_at_the_date(real_ledger):
    added = rows_of("新增电力装机80万千瓦。", real_ledger, date="2020-04")
    stock = rows_of("电力装机达到800万千瓦。", real_ledger, date="2020-04")
    assert added[0][3] == "2019" and stock[0][3] == "2020M04"


def test_a_change_after_a_new_indicator_stays_with_it(real_ledger):
    # the catalogue name earlier in the sentence belongs to another figure
    text = "全市一般公共预算收入70.1亿元,比上年增长5.5%,其中,税收收入50.2亿元,比上年同期增长9.1%。"
    rows = extract_lines([text], real_ledger, city=_one_city(real_ledger), date="2018-04")
    assert [(c.indicator, c.value) for c in rows][:2] == [("public_budget_revenue", "70.1"),
                                                          ("public_budget_revenue", "5.5")]
    assert [c.measure for c in rows[2:]] == ["level", "growth"] and rows[2].indicator == rows[3].indicator
    assert all(new_or_own(c, real_ledger, "税收收入") for c in rows[2:])


def test_opposite_and_negated_quantities_are_not_alike(real_ledger):
    from analysis.extract.catalogue import opposed

    text = "公共财政预算收入70.1亿元,非税收入12.3亿元。全市公共财政预算支出88.2亿元。"
    rows = extract_lines([text], real_ledger, city=_one_city(real_ledger), date="2018-04")
    assert [c.value for c in rows] == ["70.1", "12.3", "88.2"] and rows[0].indicator == "public_budget_revenue"
    assert new_or_own(rows[1], real_ledger, "非税收入") and rows[2].indicator != "public_budget_revenue"
    assert opposed("出口总额", "进口总额") and not opposed("出口总额", "进出口总额")


def test_english_change_words_after_the_number_and_falls(real_ledger):
    text = ("The value added of the region's primary industries for 2016 totaled 16.2 billion yuan, "
            "a 4 percent year-on-year increase, with grain output at 2.8 million tons, a decrease of 2.3 percent. "
            "The secondary industry was 90.8 billion yuan, decreasing by 0.8 percent.")
    got = [(c.indicator, c.measure, c.value) for c in extract_lines([text], real_ledger,
                                                                    city=_one_city(real_ledger), date="2017-06")]
    assert ("va_primary", "level", "16.2") in got and ("va_primary", "growth", "4") in got
    assert ("grain_output", "growth", "-2.3") in got and ("va_secondary", "growth", "-0.8") in got


def test_english_investment_in_a_sector_is_not_its_value_added(real_ledger):
    text = ("The region's fixed investment reached 154.7 billion yuan in 2016. The investment for the primary "
            "industry reached 7.7 billion yuan, an increase of 10.4 percent; secondary industry, 64.9 billion yuan. "
            "The region's export-import business reached a value of 7.7 billion yuan.")
    got = [(c.indicator, c.value) for c in extract_lines([text], real_ledger, city=_one_city(real_ledger),
                                                        date="2017-06")]
    assert got == [("fai", "154.7"), ("", "7.7"), ("", "10.4"), ("", "64.9"), ("trade_total", "7.7")]


def test_a_list_of_names_gives_each_item_its_name(real_ledger):
    text = "全市规上工业企业营业收入、利润总额分别增长7.5%和6.5%;客运量、货运量和邮政业务量分别增长11.4%、3%和4.5%。"
    rows = extract_lines([text], real_ledger, city=_one_city(real_ledger), date="2020-04")
    assert [(c.indicator, c.proposed_indicator, c.value) for c in rows] == [
        ("industry_revenue_above_scale", "", "7.5"), ("industry_profit_above_scale", "", "6.5"),
        ("", "客运量", "11.4"), ("", "货运量", "3"), ("", "邮政业务量", "4.5")]
    assert all(c.measure == "growth" for c in rows)


def test_a_proposed_name_keeps_a_share_s_whole_subject(real_ledger):
    rows = extract_lines(["高端化学品新增产能占全部新增产能25%。"], real_ledger, city=_one_city(real_ledger),
                         date="2020-04")
    assert [(c.indicator, c.measure, c.proposed_indicator) for c in rows] == [
        ("", "share", "高端化学品新增产能占全部新增产能")]
