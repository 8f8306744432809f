"""The briefing as a journalist reads it (issue 16): the rendered HTML and
PDF of every city in both languages, rendered once for the module and read
back (the PDF's text through pypdf, the HTML as text).

Cities come from the ledger (data/cities.csv), never typed in; checks named
here are Hohhot's, whose documents are the seeds."""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path

import pytest

from analysis.briefing.sections import printing_key
from analysis.ledger import load_ledger
from analysis.paths import PROJECT_ROOT

pytestmark = pytest.mark.render

NOTEBOOK = PROJECT_ROOT / "notebooks" / "briefing.py"  # the tracked source (its .ipynb is generated)
LEDGER = load_ledger()
CITIES = tuple(LEDGER.city_slugs())
LANGS = ("zh", "en")
SEED_CITY = "hohhot"  # the city of the seed documents whose checks issue 16 names


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    from analysis.render.pipeline import render_briefings

    out = tmp_path_factory.mktemp("reader")
    report = render_briefings(list(CITIES), langs="zh,en", formats="html,pdf", out_dir=out, notebook=NOTEBOOK,
                              force=True, progress=None)
    assert not report.failed
    return out


def _html(out: Path, city: str, lang: str) -> str:
    return (out / city / lang / "briefing.html").read_text(encoding="utf-8")


def _pages(out: Path, city: str, lang: str) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(out / city / lang / "briefing.pdf").pages]


def _row_cells(html: str, check_id: str) -> list[str]:
    """The text of the cells of a check's row (id ``check-<check_id>``)."""
    m = re.search(rf'<tr id="check-{re.escape(check_id)}">(.*?)</tr>', html, re.S)
    assert m, f"no row for {check_id}"
    cells = re.findall(r"<td[^>]*>(.*?)</td>", m.group(1), re.S)
    return [htmllib.unescape(re.sub(r"<[^>]+>", " ", c)).strip() for c in cells]


@pytest.mark.parametrize("lang", LANGS)
def test_stated_cells_say_what_was_stated(rendered, lang):
    html = _html(rendered, SEED_CITY, lang)
    bound = _row_cells(html, f"{SEED_CITY}.gdp.lower_bound.2021.s000-001")
    stated = bound[2]
    assert (stated.startswith("over ") if lang == "en" else stated.startswith(("突破", "超过"))), bound
    change = _row_cells(html, f"{SEED_CITY}.va_industry.change.2020-2024.s000-024")[2]
    assert (change.startswith("increase of ") if lang == "en" else change.startswith("增加")), change
    # an identity shows its part and its whole under their own headings, never the whole as "stated"
    part_whole = _row_cells(html, f"{SEED_CITY}.va_primary.part_of_whole.2024.s000-008")
    whole = LEDGER.figure("s001-003")
    assert LEDGER.indicators[whole.indicator].name(lang) in part_whole[3]
    assert ("173.3" if lang == "zh" else "17.33") in part_whole[2]
    heads = re.search(r'<table class="briefing-table checks identities[^"]*">.*?</thead>', html, re.S).group(0)
    assert ("部分" if lang == "zh" else "Part") in heads and ("整体" if lang == "zh" else "Whole") in heads


def _unquoted(text: str) -> str:
    """Text outside quotations (“…”, 「…」 and "…")."""
    return re.sub(r"“[^”]*”|「[^」]*」|\"[^\"]*\"", " ", text, flags=re.S)


def test_pages_one_and_two_print_no_number_with_three_decimals(rendered):
    for city in CITIES:
        for lang in LANGS:
            text = _unquoted("\n".join(_pages(rendered, city, lang)[:2]))
            noisy = re.findall(r"(?<![\d.])\d[\d,]*\.\d{3,}(?![\d.])", text)
            assert not noisy, (city, lang, noisy)


@pytest.mark.parametrize("lang", LANGS)
def test_the_contradiction_comes_before_the_basis_difference(rendered, lang):
    """Hohhot: the SOE profit larger than its revenue is told before GDP's
    real 6.4 % against the nominal rate (a basis, not an error)."""
    first = re.sub(r"\s+", "", _pages(rendered, SEED_CITY, lang)[0])
    soe = LEDGER.indicators["soe_total_profit"].name(lang)
    gdp_real = "6.4%" if lang == "zh" else "6.4%ayear"
    soe_at = first.find(re.sub(r"\s+", "", soe if lang == "zh" else soe.lower()))
    assert soe_at >= 0 and first.find(gdp_real) >= 0
    assert soe_at < first.find(gdp_real, first.find(label_of("findings", lang)))


def label_of(key: str, lang: str) -> str:
    from analysis.briefing import label

    return re.sub(r"\s+", "", label(key, lang))


def test_the_leads_counts_match_the_findings_list(rendered):
    from analysis.briefing import Briefing

    for city in CITIES:
        for lang in LANGS:
            b = Briefing.for_city(city, lang, ledger=LEDGER)
            html = _html(rendered, city, lang)
            items = len(re.findall(r'class="finding finding-', html))
            assert items == len(b.findings())
            lead = re.search(r'<p class="lead">(.*?)</p>', html, re.S).group(1)
            counts = [int(n) for n in re.findall(r"(\d+) ?(?:处|contradiction|disagreement|figures? on)", lead)]
            assert sum(counts) == items, (city, lang, lead)


def test_no_section_only_says_it_cannot_be_shown_and_the_lead_agrees_with_the_coverage(rendered):
    from analysis.briefing import Briefing, label

    for city in CITIES:
        for lang in LANGS:
            html = _html(rendered, city, lang)
            assert 'class="gap"' not in html, (city, lang)
            b = Briefing.for_city(city, lang, ledger=LEDGER)
            gdp = [f for f in b.figures if f.indicator == "gdp"]
            lead = re.search(r'<p class="lead">(.*?)</p>', html, re.S).group(1)
            coverage = re.search(r'<p class="coverage">(.*?)</p>', html, re.S).group(1)
            if gdp and all(f.qualifier == "target" for f in gdp):  # a target only: said so in both
                assert ("目标" if lang == "zh" else "target") in lead
                assert ("只给出目标" if lang == "zh" else "Only targets for") in coverage
            if b.has("latest"):  # year to date: months from January only
                title = label("latest", lang)
                section = html.split(f">{title}</h2>", 1)[1].split("<h2", 1)[0]
                assert section.count("<tr") - 1 == len({printing_key(f) for f in b.latest_rows()})  # printed twice: one row
                assert all(f.period_obj.months[0] == 1 for f in b.latest_rows())


def test_reader_tables_name_sources_and_periods_for_readers(rendered):
    for city in CITIES:
        for lang in LANGS:
            html = _html(rendered, city, lang)
            head = re.search(r'<table class="briefing-table headline">.*?</table>', html, re.S)
            if head is None:
                continue
            text = head.group(0)
            assert not re.search(r"\bs\d{3} L\d+", text), (city, lang)  # codes stay in the CSV and cite
            assert 'href="#source-' in text
            assert not re.search(r"\d{4}-\d{2}-\d{2}", re.sub(r'href="[^"]*"', "", text)), (city, lang)


def test_no_page_but_the_last_is_nearly_empty_and_tables_stack_on_a_phone(rendered):
    css = (PROJECT_ROOT / "src" / "analysis" / "templates" / "briefing" / "blocks.css").read_text(encoding="utf-8")
    assert re.search(r"@media screen and \(max-width: 600px\)[^@]*td\[data-label\]::before", css)
    for city in CITIES:
        for lang in LANGS:
            pages = _pages(rendered, city, lang)
            # the running header and the page number are two lines of every page
            short = [i for i, t in enumerate(pages[:-1], start=1)
                     if len([ln for ln in t.splitlines() if ln.strip()]) - 2 < 8]
            assert not short, (city, lang, short)
            html = _html(rendered, city, lang)
            tds = re.findall(r'<table class="briefing-table[^"]*">.*?</table>', html, re.S)
            assert all("<td" not in t or "data-label=" in t for t in tds)


def test_page_one_opens_like_a_bulletin_with_gdp_first(rendered):
    from analysis.briefing import Briefing

    for city in CITIES:
        for lang in LANGS:
            b = Briefing.for_city(city, lang, ledger=LEDGER)
            first = re.sub(r"\s+", "", _pages(rendered, city, lang)[0])
            lines = b.bulletin_lines()
            has_gdp = any(f.indicator == "gdp" and f.measure == "level" and f.qualifier != "target"
                          for f in b.figures)
            assert (lines[0][0] == "gdp") == has_gdp, (city, lang)
            keys = [k for k, _ in lines]
            assert "sources" in keys and "published" in keys
            at = [first.find(re.sub(r"\s+", "", t)[:25]) for _, t in lines]
            assert all(i >= 0 for i in at) and at == sorted(at), (city, lang, at)
            assert at[0] < first.find(label_of("findings", lang))


def test_page_one_names_gdp_with_a_value_wherever_the_documents_give_one(rendered):
    for city in CITIES:
        gdp = [f for f in LEDGER.figures_for(city) if f.indicator == "gdp" and f.qualifier != "target"]
        for lang in LANGS:
            first = _pages(rendered, city, lang)[0]
            if gdp:
                assert re.search(r"(地区生产总值|GDP)[^\n]{0,40}\d", first), (city, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_level_chart_tells_first_release_from_revision_and_draws_the_trend(rendered, lang):
    """Hohhot's GDP: a level revised by a later document (first release drawn
    apart) and annual levels enough for a trend, named in the chart's legend."""
    import base64

    from analysis.briefing import Briefing

    b = Briefing.for_city(SEED_CITY, lang, ledger=LEDGER)
    gdp = next(t for t in b.series_tables() if t["indicator"] == "gdp")
    html = _html(rendered, SEED_CITY, lang)
    fig = re.search(r'<figure class="chart" id="figure-levels">.*?base64,([^"]+)"', html, re.S)
    svg = base64.b64decode(fig.group(1)).decode("utf-8")
    if any(r["first"] is not None for r in gdp["rows"]):
        assert ("初次发布（后经修订）" if lang == "zh" else "first release (later revised)") in svg
    if gdp["trend"] is not None:
        assert ("最小二乘趋势" if lang == "zh" else "least-squares trend") in svg


def test_english_quotations_drop_a_partial_word(rendered):
    """An excerpt cut inside a word is shown with the partial word dropped and "…"."""
    from analysis.checks import run_checks
    from analysis.excerpts import figure_excerpt

    html = htmllib.unescape(_html(rendered, SEED_CITY, "en"))
    trimmed = 0
    for c in run_checks(LEDGER, city=SEED_CITY):
        for s in c.sources:
            shown = figure_excerpt(LEDGER, s["figure_id"], s["excerpt"])
            if shown != s["excerpt"]:
                assert f"“{s['excerpt']}”" not in html, s["excerpt"]
                trimmed += f"“{shown}”" in html
    assert trimmed, "some quotation of the seed city is trimmed"


def test_downloads_name_indicators_and_units_in_english(rendered):
    import csv

    from openpyxl import load_workbook

    cjk = re.compile(r"[\u4e00-\u9fff]")
    for city in CITIES:
        rows = list(csv.DictReader((rendered / city / "figures.csv").open(encoding="utf-8")))
        assert rows
        for r in rows:
            assert r["indicator_name_en"] == LEDGER.indicators[r["indicator"]].name_en
            assert r["indicator_name_zh"] == LEDGER.indicators[r["indicator"]].name_zh
            bare = lambda t: re.sub(r"\([^)]*\)", "", t)  # noqa: E731 - a Chinese term in brackets is a gloss
            assert r["indicator_name_en"] and not cjk.search(bare(r["indicator_name_en"])), r
            assert r["unit_en"] and not cjk.search(bare(r["unit_en"])), r
        ws = load_workbook(rendered / city / f"{city}-data.xlsx", read_only=True)["figures"]
        sheet = list(ws.iter_rows(values_only=True))
        assert "indicator_name_en" in sheet[0] and len(sheet) - 1 == len(rows)
        i = sheet[0].index("indicator_name_en")
        assert [s[i] for s in sheet[1:]] == [r["indicator_name_en"] for r in rows]
