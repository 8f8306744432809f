"""The real briefing: its building blocks, the paired notebook, and the
rendered files for every city in both languages (HTML and PDF inspected)."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import jupytext
import nbformat
import pytest

from analysis.briefing import Briefing, check_anchor, label
from analysis.checks import run_checks
from analysis.errors import AnalysisError, UnknownNameError
from analysis.ledger import load_ledger
from analysis.paths import PROJECT_ROOT

NOTEBOOK = PROJECT_ROOT / "notebooks" / "briefing.ipynb"
SCRIPT = PROJECT_ROOT / "notebooks" / "briefing.py"
CITIES = ("hohhot", "baotou", "tongliao", "ulanqab")
LANGS = ("zh", "en")
CJK = re.compile(r"[\u4e00-\u9fff]")


# -- the building blocks --------------------------------------------------------

@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_section_renders_for_every_city(city, lang):
    b = Briefing.for_city(city, lang)
    parts = [b.title_html(), b.headline_html(), b.coverage_html(), b.growth_html(), b.structure_html(),
             b.checks_summary_html(), b.checks_html(), b.notes_html()]
    assert all(isinstance(p, str) for p in parts)
    assert b.city.name(lang) in b.title_html()
    for c in b.checks:
        assert f'id="{check_anchor(c.check_id)}"' in b.checks_html()


def test_english_labels_are_english_and_chinese_labels_chinese():
    en, zh = Briefing.for_city("hohhot", "en"), Briefing.for_city("hohhot", "zh")
    for key in ("headline", "growth", "structure", "checks", "notes"):
        assert not CJK.search(label(key, "en")) and CJK.search(label(key, "zh"))
    assert not CJK.search(en.notes_html()) and CJK.search(zh.notes_html())
    row = next(r for r in en.headline_rows() if r["indicator"] == "gdp")
    assert row["name"] == "Gross regional product (GDP)"
    for c in en.checks:  # quotations “…” and glosses (累计法) may stay Chinese, nothing else
        text = re.sub(r"“[^”]*”|\([^)]*\)", "", c.explanation("en"))
        assert not CJK.search(text), (c.check_id, text)


def test_hohhot_growth_uses_the_2020_base_derived_from_a_documented_change():
    b = Briefing.for_city("hohhot", "en")
    gdp = next(r for r in b.growth_rows() if r["indicator"] == "gdp")
    assert gdp["from"].derived and gdp["from"].period == "2020"
    assert gdp["from"].value == pytest.approx(4107.08 - 1321.6)
    retail = next(r for r in b.growth_rows() if r["indicator"] == "retail_sales")
    assert retail["from"].text == "1032.9" and round(retail["cagr"].value, 3) == 5.198


def test_hohhot_structure_shares_sum_to_100_and_mark_derived_levels():
    rows = Briefing.for_city("hohhot", "zh").structure_rows()
    assert [r["year"] for r in rows] == ["2020", "2024"]
    for r in rows:
        assert sum(s.value for s in r["shares"]) == pytest.approx(100)
    assert rows[0]["derived"] and not rows[1]["derived"]


def test_a_city_with_few_figures_says_what_is_not_covered():
    b = Briefing.for_city("tongliao", "en")
    assert b.structure_rows() == [] and "Not covered by the documents" in b.structure_html()
    assert "Not covered by the documents" in b.coverage_html()
    assert b.structure_chart_png() is None


def test_unknown_city_and_language_are_clear_errors():
    with pytest.raises(UnknownNameError, match="known cities: hohhot, baotou, tongliao, ulanqab"):
        Briefing.for_city("ordos", "zh")
    with pytest.raises(AnalysisError, match="expected one of: zh, en"):
        Briefing.for_city("hohhot", "fr")


def test_charts_are_png_with_chinese_text():
    png = Briefing.for_city("hohhot", "zh").structure_chart_png()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


# -- the paired notebook ----------------------------------------------------------

def test_notebook_is_paired_in_sync_and_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    script = jupytext.read(SCRIPT)
    code = lambda n: [c.source for c in n.cells if c.cell_type == "code"]  # noqa: E731
    assert code(nb) == code(script), "run `jupytext --sync notebooks/briefing.py`"
    assert nb.metadata["jupytext"]["formats"] == "ipynb,py:percent"
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and 'city = "hohhot"' in params[0].source and 'lang = "zh"' in params[0].source


def test_notebook_is_thin():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert len(code.splitlines()) < 60
    assert not re.search(r"^\s*(def|class|for|while) ", code, re.M), "logic belongs in analysis"


# -- rendered: every city, both languages ---------------------------------------

@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    from analysis.render.pipeline import render_briefings

    out = tmp_path_factory.mktemp("briefings")
    report = render_briefings(list(CITIES), langs="zh,en", formats="html,pdf", out_dir=out, notebook=NOTEBOOK,
                              force=True, progress=None)
    return out, report


@pytest.mark.render
def test_all_briefings_render(rendered):
    out, report = rendered
    for city in CITIES:
        for lang in LANGS:
            for ext in ("ipynb", "html", "pdf"):
                assert (out / city / lang / f"briefing.{ext}").stat().st_size > 0
        rows = list(csv.DictReader((out / city / "checks.csv").open(encoding="utf-8")))
        assert {r["city"] for r in rows} == {city}


@pytest.mark.render
@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize("lang", LANGS)
def test_html_has_no_code_no_network_and_the_check_table_with_anchors(rendered, city, lang):
    out, _ = rendered
    html = (out / city / lang / "briefing.html").read_text(encoding="utf-8")
    for code in ("from analysis", "display(HTML", "Briefing.for_city", "injected-parameters"):
        assert code not in html
    assert "<script" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert 'class="briefing-table checks"' in html
    ledger = load_ledger()
    checks = run_checks(ledger, city=city)
    assert checks
    for c in checks:
        assert f'id="{check_anchor(c.check_id)}"' in html
    assert ledger.cities[city].name(lang) in html
    heading = label("checks", lang)
    assert heading in html
    if lang == "en":
        assert "Claim checks" in html and "数据核验" not in html


@pytest.mark.render
@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize("lang", LANGS)
def test_pdf_has_the_city_a_check_an_embedded_cjk_font_and_two_pages(rendered, city, lang):
    from pypdf import PdfReader

    out, _ = rendered
    reader = PdfReader(out / city / lang / "briefing.pdf")
    assert len(reader.pages) >= 2
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))
    ledger = load_ledger()
    assert ledger.cities[city].name(lang).replace(" ", "") in text
    first = run_checks(ledger, city=city)[0]
    assert first.figure_id in text  # a check's citation is printed
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            fonts.add(str(font.get("/BaseFont", "")))
            desc = font.get("/FontDescriptor")
            if desc is not None:
                fonts.add(str(desc.get_object().get("/FontName", "")))
    assert any("CJK" in f for f in fonts), fonts


@pytest.mark.render
def test_a_new_city_needs_only_data(tmp_path, monkeypatch):
    """Adding a city's rows to data/ is all it takes to render its briefing."""
    from analysis.render.pipeline import render_briefings

    data = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data", data, ignore=shutil.ignore_patterns("staging"))
    seeds = tmp_path / "seeds"
    shutil.copytree(load_ledger().source_path("s000").parent, seeds)
    (seeds / "999_test.txt").write_text("测试文件\n鄂尔多斯市地区生产总值2024年达到5000.5亿元，同比增长6.0%。\n",
                                        encoding="utf-8")
    with (data / "cities.csv").open("a", encoding="utf-8") as fh:
        fh.write("ordos,鄂尔多斯,Ordos,内蒙古自治区,Inner Mongolia\n")
    with (data / "sources.csv").open("a", encoding="utf-8") as fh:
        fh.write("s999,999_test.txt,测试,测试文件,2025-01,news_article,a test document\n")
    with (data / "figures.csv").open("a", encoding="utf-8") as fh:
        fh.write("s999-001,ordos,gdp,level,exact,2024,,5000.5,亿元,current,,,s999,2,2024年达到5000.5亿元,\n")
        fh.write("s999-002,ordos,gdp,growth,exact,2024,,6.0,%,comparable,,,s999,2,同比增长6.0%,\n")
    monkeypatch.setenv("ANALYSIS_DATA_DIR", str(data))
    monkeypatch.setenv("ANALYSIS_SEEDS_DIR", str(seeds))
    report = render_briefings(["ordos"], langs="en", formats="html", out_dir=tmp_path / "out", notebook=NOTEBOOK,
                              force=True, progress=None)
    html = (tmp_path / "out" / "ordos" / "en" / "briefing.html").read_text(encoding="utf-8")
    assert "Ordos" in html and "5000.5" in html
    assert "Not covered by the documents" in html
    assert not report.failed
