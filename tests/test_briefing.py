"""The real briefing: its building blocks, the paired notebook, the data
downloads, and the rendered files for every city in both languages (HTML and
PDF inspected as a reader would get them: text per page, fonts, links,
bookmarks, downloads opened with openpyxl)."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import jupytext
import nbformat
import pytest

from analysis import display_units as du
from analysis.briefing import Briefing, check_anchor, importance, is_finding, label, style_html
from analysis.checks import run_checks
from analysis.errors import AnalysisError, UnknownNameError
from analysis.ledger import load_ledger
from analysis.paths import PROJECT_ROOT

NOTEBOOK = PROJECT_ROOT / "notebooks" / "briefing.py"  # the tracked source (its .ipynb is generated)
CITIES = tuple(load_ledger().city_slugs())
LANGS = ("zh", "en")
CJK = re.compile(r"[\u4e00-\u9fff]")
BODY_PAGES_MAX = 8  # Hohhot: 667 figures, 16 findings, charts and series tables (the appendix opens on page 9 in English, 7 in Chinese)
#: Hohhot's whole PDF: the exhaustive appendix lists are not printed (17 pages measured in English at 683
#: figures from 16 documents, 12 in Chinese; 19 and 15 at stop 29, from 22 documents: the three districts' new
#: work reports and yearbook entry add to "Areas below the city"). The appendix (claims in detail, areas, the
#: source list) grows with the documents, a page or so per few new sources; the body above is what a reader is
#: held to.
PDF_PAGES_MAX = 20


def _brief(city, lang):
    return Briefing.for_city(city, lang)


def _all_html(b: Briefing) -> str:
    parts = [b.title_html(), b.toc(), b.lead_html(), b.findings_html(), b.headline_html(), b.coverage_html(),
             b.all_figures_html(), b.growth_html(), b.structure_html(), b.targets_html(),
             b.latest_html(), b.checks_html(), b.appendix_html()]
    parts += [b.figure_html(k) for k in b.chart_keys()]
    parts += [b.notes_html(), b.sources_html(), b.downloads_html(), b.colophon_html()]
    return "".join(parts)


# -- the building blocks --------------------------------------------------------

@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize("lang", LANGS)
def test_every_section_renders_and_every_check_has_an_anchor(city, lang):
    b = _brief(city, lang)
    html = _all_html(b)
    assert b.city.name(lang) in b.title_html()
    for c in b.checks:
        assert html.count(f'id="{check_anchor(c.check_id)}"') == 1, c.check_id
    if lang == "en":
        assert "100 million" not in html and "10k " not in html, "English readers get CNY bn, GW, thousand …"


def test_english_labels_are_english_and_chinese_labels_chinese():
    en, zh = _brief("hohhot", "en"), _brief("hohhot", "zh")
    for key in ("headline", "growth", "structure", "checks", "notes", "findings", "appendix", "targets"):
        assert not CJK.search(label(key, "en")) and CJK.search(label(key, "zh"))
    assert not CJK.search(en.notes_html().replace("亿元", "").replace("万千瓦", "")) and CJK.search(zh.notes_html())
    assert "within_rounding" not in en.notes_html() and "insufficient_data" not in en.notes_html()
    assert not CJK.search(re.sub(r"“[^”]*”", "", en.lead_html()).replace(en.city.name_zh, ""))  # excerpts stay Chinese
    row = next(r for r in en.headline_rows() if r["indicator"] == "gdp")
    assert row["name"] == "Gross regional product (GDP)"


def test_findings_are_the_claims_that_fail_and_the_contradicted_identities_in_importance_order():
    for city in CITIES:
        b = _brief(city, "en")
        found = b.findings()
        expected = [c for c in b.checks if (c.role == "claim" and c.verdict in ("inconsistent", "not_comparable"))
                    or (c.role == "identity" and c.verdict == "inconsistent")]
        # one finding per stated figure: every failing figure is represented, by exactly one check
        assert {c.figure_id for c in found} == {c.figure_id for c in expected}
        assert len({c.figure_id for c in found}) == len(found)
        assert {c.check_id for c in found} <= {c.check_id for c in expected}
        assert all(is_finding(c) for c in found)
        keys = [importance(c)[:3] for c in found]
        assert keys == sorted(keys)
        html = b.findings_html()
        for c in found:
            assert f'href="#{check_anchor(c.check_id)}"' in html


@pytest.mark.parametrize("lang", LANGS)
def test_hohhot_findings_carry_their_figures(lang):
    b = _brief("hohhot", lang)
    html = b.lead_html() + b.findings_html()
    for figure in ("17.2", "6.4", "615", "11.6", "37"):
        assert figure in html, figure
    assert "4107.08" in b.lead_html() or "410.7" in b.lead_html()


def test_display_units_convert_with_the_printed_precision():
    assert du.show("4107.08", "亿元", "en") == "CNY 410.7 bn"
    assert du.show("1213.71", "万千瓦", "en") == "12.14 GW"
    assert du.show("100", "亿斤", "en") == "5.00 million tonnes"  # 100 ± 0.5 亿斤 = 5 ± 0.025 Mt
    assert du.show("10", "万亩", "en") == "6.7 thousand ha"
    assert du.show("4107.08", "亿元", "zh") == "4107.08亿元"
    assert du.convert_text("computed 615.00 (100 million yuan) (range 614.50–615.50)", "en") == \
        "computed CNY 61.50 bn (range 61.45–61.55)"
    assert du.conversion_notes(["亿元"], "en") == ["1 亿元 = CNY 0.1 bn"]


def test_derived_values_carry_the_precision_of_their_inputs(make_ledger):
    """A 2020 level derived from a 2024 level and a documented change (a made-up city
    whose 2020 GDP is not printed: the real Hohhot's now is)."""
    city = CITIES[0]
    ledger = make_ledger([
        {"city": city, "indicator": "gdp", "measure": "level", "period": "2024", "value": "4107.08", "unit": "亿元"},
        {"city": city, "indicator": "gdp", "measure": "change", "period": "2024", "base_period": "2020",
         "value": "1321.6", "unit": "亿元"},
        {"city": city, "indicator": "retail_sales", "measure": "level", "period": "2020", "value": "1032.9",
         "unit": "亿元"},
        {"city": city, "indicator": "retail_sales", "measure": "level", "period": "2024", "value": "1265",
         "unit": "亿元"}])
    b = Briefing.for_city(city, "zh", ledger=ledger)
    gdp = next(r for r in b.growth_rows() if r["indicator"] == "gdp")
    assert gdp["from"].derived and gdp["from"].period == "2020"
    assert gdp["from"].value == pytest.approx(4107.08 - 1321.6)
    assert "2785.5" in b.growth_html() and "2785.48" not in b.growth_html()
    retail = next(r for r in b.growth_rows() if r["indicator"] == "retail_sales")
    assert retail["from"].text == "1032.9" and round(retail["cagr"].value, 3) == 5.198


def test_assumed_periods_are_marked_wherever_the_figure_appears():
    ledger = load_ledger()
    b = _brief("hohhot", "en")
    assumed = [r for r in b.growth_rows() if r["assumed"]]
    assert assumed, "the data's notes mark some years as assumed"
    assert "years assumed" in b.growth_html() + b.more_growth_html()  # the body or the appendix's further rows
    for f in ledger.figures_for("hohhot"):
        if f.qualifier == "target" and "assumed" in f.notes:
            assert b.fig_period(f).endswith("(assumed)")


def test_growth_chart_is_value_growth_only():
    b = _brief("hohhot", "en")
    rows = b._growth_chart_rows()
    assert rows and all(r["dimension"] in ("currency_cny", "currency_usd") for r in rows)
    assert "population" not in {r["indicator"] for r in rows}


@pytest.mark.parametrize("city", CITIES)
def test_every_target_is_shown_and_every_figure_of_a_small_city(city):
    b = _brief(city, "zh")
    targets = [f for f in b.figures if f.qualifier == "target"]
    body, rest = b.body_targets()
    assert len(body) + len(rest) == len(targets)
    html = b.targets_html() + b.more_targets_html()
    for f in targets:  # short source names linked to the source list (codes stay in the CSV and cite)
        assert f'href="#source-{f.source_id}"' in html
    assert html.count("<tr>") - html.count("<thead>") == len(targets)
    if len(b.figures) <= 60:
        shown = b.all_figures_html() + html
        for f in b.figures:
            # the value in the reader's unit (24.84 billion yuan reads 248.4亿元)
            assert f'href="#source-{f.source_id}"' in shown and du.number(f.value, f.unit, "zh") in shown, \
                f.figure_id


def test_a_small_city_leads_with_what_its_documents_say(make_ledger):
    """A city whose documents give only a lower bound of GDP, its year assumed (made-up figures)."""
    city = CITIES[0]
    ledger = make_ledger([{"city": city, "indicator": "gdp", "measure": "level", "qualifier": "over", "period": "2024",
                           "value": "1000", "unit": "亿元", "notes": "year not printed; 2024 assumed"},
                          {"city": city, "indicator": "retail_sales", "measure": "growth", "period": "2024",
                           "value": "5.0", "unit": "%", "price_basis": "current"}])
    lead = Briefing.for_city(city, "zh", ledger=ledger).lead_html()
    assert "超过1000亿元" in lead and "推定" in lead  # the year is not printed


def test_coverage_is_one_list_in_words():
    for city in CITIES:
        for lang in LANGS:
            html = _brief(city, lang).coverage_html()
            assert "gdp_per_capita" not in html and "va_primary" not in html
            assert html.count("<p") == 1


def test_unknown_city_and_language_are_clear_errors():
    with pytest.raises(UnknownNameError, match="known cities: " + ", ".join(CITIES)):
        Briefing.for_city("nowhere", "zh")
    with pytest.raises(AnalysisError, match="expected one of: zh, en"):
        Briefing.for_city(CITIES[0], "fr")


def test_charts_are_svg_with_text_numbered_titled_and_sourced():
    import base64

    b = _brief("hohhot", "en")
    assert b.chart_keys()[0] == "levels"  # GDP at three annual levels
    png = b.chart_png("structure")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    assert b.chart_svg("structure") == b.chart_svg("structure"), "the same chart, the same bytes"
    for n, key in enumerate(b.chart_keys(), start=1):
        html = b.figure_html(key)
        data = re.search(r'<img\b[^>]*\bsrc="data:image/svg\+xml;base64,([^"]+)"', html)
        svg = base64.b64decode(data.group(1)).decode("utf-8")
        # text stays text, drawn with a TrueType CJK font (a CFF one would be Type 3 in the PDF)
        assert "<text" in svg and "WenQuanYi Micro Hei" in svg
        assert f"Figure {n} " in html and ("nominal" in html or "current prices" in html)
        assert re.search(r"Figure \d+ +[^<]*\b(19|20)\d\d–(19|20)\d\d\b", html), "titled with its period"
        assert re.search(r"Source: \[\d+\] ", html) and 'class="chart-caption"' in html


def test_jupyterlab_gets_the_briefing_styles():
    css = style_html()
    assert css.startswith("<style>") and ".verdict-inconsistent" in css and "text-align: right" in css


def test_downloads_open_and_hold_the_city_figures_and_checks(tmp_path):
    from openpyxl import load_workbook

    from analysis.downloads import write_downloads

    ledger = load_ledger()
    city = CITIES[0]
    paths = write_downloads(ledger, city, tmp_path)
    figs = list(csv.DictReader(paths["figures_csv"].open(encoding="utf-8")))
    areas = ledger.areas_of(city)  # the city's figures, then those of the areas below it (each naming its place)
    want = ledger.figures_for(city) + [f for a in areas for f in ledger.figures_for(a)]
    assert len(figs) == len(want) and {r["city"] for r in figs} == {f.city for f in want}
    assert [r["city"] for r in figs[:len(ledger.figures_for(city))]] == [city] * len(ledger.figures_for(city))
    checks = list(csv.DictReader(paths["checks_csv"].open(encoding="utf-8")))
    assert len(checks) == len(run_checks(ledger, city=city))
    wb = load_workbook(paths["xlsx"], read_only=True)
    assert wb.sheetnames == ["figures", "checks", "sources"]
    assert wb["figures"].max_row == len(figs) + 1 and wb["checks"].max_row == len(checks) + 1
    values = [r[7] for r in wb["figures"].iter_rows(min_row=2, values_only=True)]
    assert values == [r["value"] for r in figs]  # printed text, precision kept
    with pytest.raises(AnalysisError, match="unknown city .nowhere."):
        write_downloads(ledger, "nowhere", tmp_path)


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_downloads_get_the_mode_of_the_html_and_pdf(tmp_path, umask):
    """figures.csv, checks.csv and the workbook are readable as the HTML and PDF
    are: 0o666 less the umask (a web server reads them), never mkstemp's 0o600."""
    from analysis.atomic import atomic_write_bytes
    from analysis.downloads import write_downloads

    old = os.umask(umask)
    try:
        paths = write_downloads(load_ledger(), CITIES[0], tmp_path)
        atomic_write_bytes(tmp_path / "briefing.pdf", b"%PDF")  # how the PDF (and HTML) are written
    finally:
        os.umask(old)
    modes = {p.name: oct(p.stat().st_mode & 0o777) for p in [*paths.values(), tmp_path / "briefing.pdf"]}
    assert set(modes.values()) == {oct(0o666 & ~umask)}, modes


# -- the paired notebook ----------------------------------------------------------

def test_notebook_is_paired_and_has_one_parameters_cell():
    nb = jupytext.read(NOTEBOOK)
    assert nb.metadata["jupytext"]["formats"] == "ipynb,py:percent"
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and 'city = "' in params[0].source and 'lang = "zh"' in params[0].source


def test_notebook_is_thin():
    nb = jupytext.read(NOTEBOOK)
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


def _pages(pdf: Path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(pdf).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.ids, self.details = [], set(), 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "details":
            self.details += 1


@pytest.mark.render
def test_all_briefings_render_with_their_downloads(rendered):
    out, report = rendered
    assert not report.failed
    for city in CITIES:
        for lang in LANGS:
            for ext in ("ipynb", "html", "pdf"):
                assert (out / city / lang / f"briefing.{ext}").stat().st_size > 0
        rows = list(csv.DictReader((out / city / "checks.csv").open(encoding="utf-8")))
        assert {r["city"] for r in rows} == {city}


@pytest.mark.render
@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize("lang", LANGS)
def test_html_is_clean_has_contents_working_links_and_a_colophon(rendered, city, lang):
    from openpyxl import load_workbook

    out, _ = rendered
    path = out / city / lang / "briefing.html"
    html = path.read_text(encoding="utf-8")
    for code in ("from analysis", "display(HTML", "Briefing.for_city", "injected-parameters"):
        assert code not in html
    assert html.count(".verdict-inconsistent, .verdict-inconsistent b") == 1, "the notebook's style cell is left out"
    assert "<script" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    links = _Links()
    links.feed(html)
    assert 'class="toc"' in html
    for href in links.hrefs:
        if href.startswith("#"):
            assert href[1:] in links.ids, href
        else:
            target = (path.parent / unquote(urlparse(href).path)).resolve()
            assert target.is_file(), href
    downloads = [h for h in links.hrefs if not h.startswith("#")]
    assert any(h.endswith(".csv") for h in downloads) and any(h.endswith(".xlsx") for h in downloads)
    xlsx = next((path.parent / h).resolve() for h in downloads if h.endswith(".xlsx"))
    assert load_workbook(xlsx, read_only=True)["figures"].max_row > 1
    for c in run_checks(load_ledger(), city=city):
        assert f'id="{check_anchor(c.check_id)}"' in html
    b = _brief(city, lang)
    ids, unchecked = b.appendix_checks()
    assert links.details == sum(map(bool, [b.detail_checks(), ids, unchecked, b.body_targets()[1],
                                           b.body_growth()[1]]))
    from analysis.briefing import package_version

    assert package_version() in html and re.search(r"\b20\d\d-\d\d-\d\d\b", html)
    assert label("sources", lang) in html
    if lang == "en":
        assert "100 million yuan" not in html and "数据核验" not in html
        assert "How to cite" in html and "Rendered " in html
    else:
        assert "引用格式" in html and "生成日期" in html


@pytest.mark.render
@pytest.mark.parametrize("lang", LANGS)
def test_hohhot_page_one_is_the_story_and_the_body_fits_six_pages(rendered, lang):
    out, _ = rendered
    pages = _pages(out / "hohhot" / lang / "briefing.pdf")
    first = _flat(pages[0])
    assert _flat(label("findings", lang)) in first
    # the contradiction (SOE profit 615), the rounding edge (trade 11.6) and the first GDP basis
    # difference (6.4) open page 1; with the curated series the list of findings runs on to page 2
    for figure in ("6.4", "615", "11.6"):
        assert figure in first, figure
    assert "17.2" in first + _flat(pages[1])
    appendix = label("appendix", lang)
    starts = [i for i, p in enumerate(pages, start=1) if re.search(rf"^\s*{appendix}\s*$", p, re.M)]
    assert starts, "an appendix heading"
    assert starts[0] - 1 <= BODY_PAGES_MAX, f"body is {starts[0] - 1} pages"
    assert len(pages) <= PDF_PAGES_MAX, f"{len(pages)} pages"
    # the exhaustive lists point to the downloads in print; the findings' method stays printed
    text = _flat("".join(pages[starts[0] - 1:]))
    assert _flat(label("claim_details", lang)) in text
    assert ("未打印" if lang == "zh" else "notprinted") in text and "checks.csv" in text


@pytest.mark.render
@pytest.mark.parametrize("lang", LANGS)
def test_a_small_city_page_one_has_its_gdp_bound(rendered, lang):
    out, _ = rendered
    ledger = load_ledger()
    for city in CITIES:
        bound = [f for f in ledger.figures_for(city) if f.indicator == "gdp" and f.measure == "level"
                 and f.qualifier == "over"]
        exact = [f for f in ledger.figures_for(city) if f.indicator == "gdp" and f.measure == "level"
                 and f.qualifier == "exact"]
        if bound and not exact:
            first = _flat(_pages(out / city / lang / "briefing.pdf")[0])
            f = bound[-1]
            assert _flat(du.show(f.value, f.unit, lang)) in first


@pytest.mark.render
@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize("lang", LANGS)
def test_pdf_fonts_are_embedded_cid_truetype_never_type3_and_bookmarks_once(rendered, city, lang):
    from pypdf import PdfReader

    out, _ = rendered
    pdf = out / city / lang / "briefing.pdf"
    reader = PdfReader(pdf)
    subtypes, names = set(), set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            subtypes.add(str(font.get("/Subtype")))
            names.add(str(font.get("/BaseFont", "")))
    assert "/Type3" not in subtypes, (subtypes, names)
    assert any("WenQuanYi" in n for n in names), names
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "Type 3" not in listing
    text = "".join(_pages(pdf))
    assert load_ledger().cities[city].name(lang).replace(" ", "") in _flat(text)
    if "growth" in _brief(city, lang).chart_keys():  # the charts' text is text in the PDF, searchable
        assert _flat("年均增长（%）" if lang == "zh" else "Average annual growth (%)") in _flat(text)
    if lang == "en":
        assert "100 million yuan" not in text and "100millionyuan" not in _flat(text)

    titles = []

    def walk(items):
        for it in items:
            if isinstance(it, list):
                walk(it)
            else:
                titles.append(it.title)

    walk(reader.outline)
    assert titles and len(titles) == len(set(titles)), titles
    for t in titles:
        half = len(t) // 2
        assert not (len(t) % 2 == 0 and t[:half] == t[half:]), f"doubled bookmark {t!r}"


@pytest.mark.render
def test_a_new_city_needs_only_data(tmp_path, monkeypatch):
    """Adding a city's rows to data/ is all it takes to render its briefing."""
    from analysis.render.pipeline import render_briefings

    data = tmp_path / "data"
    shutil.copytree(PROJECT_ROOT / "data", data, ignore=shutil.ignore_patterns("staging"))
    seeds = tmp_path / "seeds"
    shutil.copytree(load_ledger().source_path("s000").parent, seeds)
    (seeds / "999_test.txt").write_text("测试文件\n望川市地区生产总值2024年达到5000.5亿元，同比增长6.0%。\n",
                                        encoding="utf-8")
    with (data / "cities.csv").open("a", encoding="utf-8") as fh:
        fh.write("wangchuan,望川,Wangchuan,内蒙古自治区,Inner Mongolia\n")  # a made-up city
    with (data / "sources.csv").open("a", encoding="utf-8") as fh:
        fh.write("s999,999_test.txt,测试,测试文件,2025-01,news_article,a test document,,\n")
    with (data / "figures.csv").open("a", encoding="utf-8") as fh:
        fh.write("s999-001,wangchuan,gdp,level,exact,2024,,5000.5,亿元,current,,,s999,2,2024年达到5000.5亿元,\n")
        fh.write("s999-002,wangchuan,gdp,growth,exact,2024,,6.0,%,comparable,,,s999,2,同比增长6.0%,\n")
    monkeypatch.setenv("ANALYSIS_DATA_DIR", str(data))
    monkeypatch.setenv("ANALYSIS_SEEDS_DIR", str(seeds))
    report = render_briefings(["wangchuan"], langs="en", formats="html", out_dir=tmp_path / "out", notebook=NOTEBOOK,
                              force=True, progress=None)
    assert not report.failed
    html = (tmp_path / "out" / "wangchuan" / "en" / "briefing.html").read_text(encoding="utf-8")
    assert "Wangchuan" in html and du.show("5000.5", "亿元", "en") in html and "6.0 %" in html  # CNY 500.1 bn
    assert "Nothing on:" in html and "no English title recorded" in html  # what the documents do not give
    assert (tmp_path / "out" / "wangchuan" / "wangchuan-data.xlsx").is_file()


@pytest.mark.render
def test_jupyterlab_shows_the_briefing_styles(rendered, tmp_path):
    """The executed notebook seen through JupyterLab's own CSS (nbconvert's `lab`
    template) keeps the briefing's alignment and verdict colours."""
    from nbconvert import HTMLExporter
    from playwright.sync_api import sync_playwright

    from analysis.render.system import check_system

    out, _ = rendered
    nb = nbformat.read(out / CITIES[0] / "en" / "briefing.ipynb", as_version=4)
    html, _ = HTMLExporter(template_name="lab", exclude_input=True).from_notebook_node(nb)
    page_path = tmp_path / "lab.html"
    page_path.write_text(html, encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=check_system(pdf=True)["chromium"],
                                    args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.goto(page_path.as_uri())
        styles = page.evaluate("""() => {
            const td = document.querySelector('table.briefing-table td:not(.num)');
            const num = document.querySelector('table.briefing-table td.num');
            const v = document.querySelector('.verdict-consistent, .verdict-inconsistent');
            return [getComputedStyle(td).textAlign, getComputedStyle(num).textAlign, getComputedStyle(v).color];
        }""")
        browser.close()
    assert styles[0] in ("left", "start") and styles[1] == "right", styles
    assert styles[2] not in ("rgb(0, 0, 0)", ""), styles


def test_areas_below_a_city_are_shown_under_it(make_ledger):
    """Figures of a banner or district (data/areas.csv) get a section of their own in
    the city's briefing, in both languages; a city without areas has none."""
    city = CITIES[0]
    ledger = make_ledger(
        [{"city": city, "indicator": "gdp", "measure": "level", "period": "2024", "value": "100.5", "unit": "亿元"},
         {"city": "testqi", "indicator": "gdp", "measure": "level", "period": "2024", "value": "12.3", "unit": "亿元",
          "excerpt": "测试旗生产总值12.3亿元"}],
        areas=[f"testqi,测试旗,Test Banner,{city},banner,made up"])
    assert ledger.areas_of(city) == ["testqi"] and "testqi" not in ledger.city_slugs()
    zh, en = (Briefing.for_city(city, lang, ledger=ledger) for lang in LANGS)
    assert zh.has("areas") and "areas" in [k for k in zh.SECTIONS if zh.has(k)]
    html_zh, html_en = zh.areas_html(), en.areas_html()
    assert "测试旗（旗）" in html_zh and "12.3" in html_zh and 'href="#source-t001"' in html_zh
    assert 'id="source-t001"' in zh.sources_html()
    assert "Test Banner (banner)" in html_en and "1.23" in html_en  # 12.3亿元 = CNY 1.23 bn
    assert 'id="areas"' in zh.toc() or "#areas" in zh.toc()
    plain = make_ledger([{"city": city, "indicator": "gdp", "measure": "level", "period": "2024", "value": "100.5",
                          "unit": "亿元"}])
    assert not Briefing.for_city(city, "zh", ledger=plain).has("areas")


def test_a_city_of_many_figures_shows_its_areas_after_the_appendix(make_ledger):
    """A city whose own figures fill the body shows its areas after the appendix's claim details; the areas of a
    city with few figures stay in the body."""
    from analysis.briefing.sections import AREAS_IN_BODY_MAX

    city = CITIES[0]
    many = [{"city": city, "indicator": "population", "measure": "level", "period": str(2025 - k),
             "value": f"{300 + k}.1", "unit": "万人"} for k in range(AREAS_IN_BODY_MAX + 1)]
    banner = {"city": "testqi", "indicator": "gdp", "measure": "level", "period": "2024", "value": "12.3",
              "unit": "亿元", "excerpt": "测试旗生产总值12.3亿元"}
    area = [f"testqi,测试旗,Test Banner,{city},banner,made up"]
    big = Briefing.for_city(city, "en", ledger=make_ledger(many + [banner], areas=area))
    small = Briefing.for_city(city, "en", ledger=make_ledger(many[:3] + [banner], areas=area))
    assert (big.has("areas"), big.has("areas_late")) == (False, True) and "Test Banner" in big.body_html("areas_late")
    assert (small.has("areas"), small.has("areas_late")) == (True, False)
    order = [k for k in big.SECTIONS if big.has(k)]
    assert order.index("areas_late") > order.index("appendix") if "appendix" in order else "areas_late" in order
