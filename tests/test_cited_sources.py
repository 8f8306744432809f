"""Sources cited, not stored (issue 17): a public web page is recorded by its
address and the date it was read; its text stays outside the repository.

`analysis add --document FILE` checks each excerpt on its line of the text as
read; `analysis validate` checks what it can without it (the excerpt prints
the value and the unit) and lists the cited-only sources. Made-up city and
figures throughout.
"""

from __future__ import annotations

import csv

import pytest

from analysis import DataError, load_ledger, validate
from analysis.cli import main
from conftest import copy_data
from helpers import data_with

NEW_CITY = "wangchuan,望川市,Wangchuan,内蒙古自治区,Inner Mongolia\n"
CITED = ("s950,,望川市统计局（虚构）,望川市2023年统计公报（虚构网页）,2024-03,statistical_bulletin,made up,"
         "https://example.org/wangchuan/2023.html,2026-12-06\n")
PAGE = "望川市2023年统计公报\n一、综合\n初步核算，全年地区生产总值1234.5亿元，比上年增长5.1%。\n"


@pytest.fixture
def cited(tmp_path, monkeypatch):  # the text as read is kept outside the repository
    return data_with(tmp_path, monkeypatch, cities=NEW_CITY, sources=CITED, page=("s950.txt", PAGE))


def _review(path, rows):
    cols = ["city", "indicator", "measure", "qualifier", "period", "base_period", "value", "unit", "price_basis",
            "denominator", "denominator_city", "line", "excerpt", "notes"]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({"qualifier": "exact", "base_period": "", "denominator": "", "denominator_city": "",
                        "notes": "", "city": "wangchuan", **r})
    return path


GDP = {"indicator": "gdp", "measure": "level", "period": "2023", "value": "1234.5", "unit": "亿元",
       "price_basis": "current", "line": "3", "excerpt": "全年地区生产总值1234.5亿元"}
GROWTH = {"indicator": "gdp", "measure": "growth", "period": "2023", "value": "5.1", "unit": "%",
          "price_basis": "comparable", "line": "3", "excerpt": "比上年增长5.1%"}


def test_add_needs_the_text_of_a_cited_source_and_checks_excerpts_on_their_lines(cited, tmp_path, capsys):
    data, page = cited
    review = _review(tmp_path / "r.csv", [GDP, GROWTH])
    assert main(["add", str(review), "--source-id", "s950"]) == 1
    err = capsys.readouterr().err
    assert "is cited, not stored" in err and "--document" in err
    wrong_line = _review(tmp_path / "bad.csv", [{**GDP, "line": "2"}])
    with pytest.raises(DataError) as info:
        from analysis.extract.merge import add_review
        add_review(wrong_line, "s950", document=page)
    assert any("does not occur in line 2" in p for p in info.value.problems)
    assert main(["add", str(review), "--source-id", "s950", "--document", str(page)]) == 0
    ledger = load_ledger(data)
    assert [f.value for f in ledger.figures_for("wangchuan")] == ["1234.5", "5.1"]
    assert ledger.sources["s950"].cited_only and ledger.sources["s950"].location.startswith("https://")


def test_validate_checks_a_cited_sources_excerpts_without_its_text(cited, capsys):
    data, _ = cited
    with open(data / "figures.csv", "a", encoding="utf-8") as fh:
        fh.write("s950-001,wangchuan,gdp,level,exact,2023,,1234.5,亿元,current,,,s950,3,全年地区生产总值1234.5亿元,\n")
    assert validate(data, documents=frozenset({"s950"})) == []  # no stored text read: the value is checked
    assert main(["validate", "--no-documents"]) == 0  # the seeds may be absent (a clone without ../shared)
    out = capsys.readouterr().out
    assert "cited, not stored" in out and "s950" in out
    with open(data / "figures.csv", "a", encoding="utf-8") as fh:  # a mistyped value: the excerpt prints another
        fh.write("s950-002,wangchuan,gdp,growth,exact,2023,,5.4,%,comparable,,,s950,3,比上年增长5.1%,\n")
    problems = validate(data, documents=True)
    assert any("figures.csv" in p and "does not print the value '5.4'" in p for p in problems), problems


@pytest.mark.parametrize("row, expected", [
    ("s951,,虚构,虚构,2024-03,news_article,,,\n", "a source is a document in the seeds folder"),
    ("s951,,虚构,虚构,2024-03,news_article,,https://example.org/x,\n", "column 'accessed': required with a url"),
    ("s951,,虚构,虚构,2024-03,news_article,,example.org/x,2026-12-06\n", "column 'url'"),
])
def test_a_source_is_stored_or_cited_with_its_address_and_date(tmp_path, row, expected):
    data = copy_data(tmp_path / "data")
    with open(data / "sources.csv", "a", encoding="utf-8") as fh:
        fh.write(row)
    assert any(expected in p for p in validate(data)), validate(data)


def test_a_cited_page_is_added_where_the_stored_documents_are_absent(cited, tmp_path, monkeypatch):
    """`add` reads the document of the source it adds only: the others were checked when they were added."""
    data, page = cited
    monkeypatch.setenv("ANALYSIS_SEEDS_DIR", str(tmp_path / "no-seeds-here"))
    review = _review(tmp_path / "r.csv", [GDP])
    assert main(["add", str(review), "--source-id", "s950", "--document", str(page)]) == 0
    assert any("not found" in p for p in validate(data, documents=True))  # validate still reads them all


REFERENCE = ("s952,,某百科（虚构）,望川市（百科）,2026-12,reference,made up; date is when read,"
             "https://example.org/wiki/wangchuan,2026-12-06\n")
OFFICIAL_2016 = ("s953,,望川市统计局（虚构）,望川市2016年统计公报（虚构网页）,2017-03,statistical_bulletin,made up,"
                 "https://example.org/wangchuan/2016.html,2026-12-06\n")


def test_a_reference_page_is_of_no_known_vintage_and_gives_way_to_an_official_printing(tmp_path, monkeypatch):
    """A non-official page is dated when it was read: its level is neither
    'after a census' nor a later revision of an official printing."""
    from analysis import series
    from analysis.vintages import census_breaks, vintage_of

    data, _ = data_with(tmp_path, monkeypatch, cities=NEW_CITY, sources=REFERENCE + OFFICIAL_2016)
    rows = [
        "s952-001,wangchuan,gdp,level,exact,2016,,1200,亿元,current,,,s952,3,生产总值1200亿元,",
        "s952-002,wangchuan,gdp,level,exact,2015,,1100,亿元,current,,,s952,3,2015年1100亿元,",
        "s953-001,wangchuan,gdp,level,exact,2016,,1180.5,亿元,current,,,s953,3,生产总值1180.5亿元,",
    ]
    with open(data / "figures.csv", "a", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    ledger = load_ledger()
    s = series("wangchuan", "gdp")
    assert float(s.loc["2016"]) == 1180.5  # the official printing, not the later-"dated" page
    assert any("non-official page not used" in n for n in s.attrs["notes"]), s.attrs["notes"]
    ref_2015 = ledger.figure("s952-002")
    assert vintage_of(ledger, ref_2015).status == "undated"  # not "after the fourth census"
    assert vintage_of(ledger, ledger.figure("s953-001")).status == "first_release"
    assert census_breaks(ledger, [ref_2015, ledger.figure("s953-001")]) == []
