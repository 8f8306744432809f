"""The review's cost is measured by the tool (issues 17 and 18): `analysis
extract -o R.csv` keeps an untouched copy, `analysis add R.csv` counts the
curator's edits against it and, with `--log`, appends the curation-log row.
Made-up city and page throughout.
"""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from analysis.cli import main
from analysis.extract.review_cost import LOG_COLUMNS, ReviewCost, as_extracted_path, read_extract_options, review_cost
from helpers import data_with

NEW_CITY = "wangchuan,望川市,Wangchuan,内蒙古自治区,Inner Mongolia\n"
CITED = ("s951,,望川市统计局（虚构）,望川市2023年统计公报（虚构网页）,2024-03,statistical_bulletin,made up,"
         "https://example.org/wangchuan/2023.html,2026-12-06\n")
PAGE = ("望川市2023年国民经济和社会发展统计公报\n一、综合\n"
        "初步核算，全年望川市地区生产总值1234.5亿元，按不变价格计算，比上年增长5.1%。\n"
        "全年社会消费品零售总额301.2亿元，比上年增长4.4%。\n")


@pytest.fixture
def page(tmp_path, monkeypatch):
    return data_with(tmp_path, monkeypatch, cities=NEW_CITY, sources=CITED, page=("s951.txt", PAGE))


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def test_extract_keeps_an_untouched_copy_and_add_logs_the_counted_edits(page, tmp_path, capsys):
    data, text = page
    review = tmp_path / "s951.review.csv"
    assert main(["extract", str(text), "-o", str(review), "--city", "wangchuan"]) == 0
    kept_copy = as_extracted_path(review)
    assert kept_copy.read_bytes() == review.read_bytes()
    # the run's options, for a replay that extracts as the curator did
    assert read_extract_options(review) == {"city": "wangchuan", "date": None}
    rows = _rows(review)
    values = {r["value"] for r in rows}
    assert {"1234.5", "5.1", "301.2", "4.4"} <= values, values
    # the review: keep the four figures, delete anything else, change one field on one row
    keep = [r for r in rows if r["value"] in {"1234.5", "5.1", "301.2", "4.4"}]
    deleted = len(rows) - len(keep)
    keep[0] = {**keep[0], "notes": "checked"}  # a note is not an edit
    target = next(r for r in keep if r["value"] == "4.4")
    target["qualifier"] = "about" if target["qualifier"] != "about" else "exact"
    _write(review, keep)
    log = tmp_path / "curation-log.csv"
    capsys.readouterr()
    assert main(["add", str(review), "--source-id", "s951", "--document", str(text), "--log", str(log)]) == 0
    err = capsys.readouterr().err
    assert f"{len(rows)} candidates, 4 kept; {deleted + 1} edits" in err, err
    logged = _rows(log)
    assert list(logged[0]) == LOG_COLUMNS and len(logged) == 1
    row = logged[0]
    assert (row["source_id"], row["city"], row["kind"], row["language"], row["script"]) == \
        ("s951", "wangchuan", "statistical_bulletin", "zh", "simplified")
    assert (row["candidates"], row["kept"], row["edits"]) == (str(len(rows)), "4", str(deleted + 1))
    assert float(row["edits_per_kept"]) == pytest.approx((deleted + 1) / 4, abs=0.01)
    assert row["recall"] == "1.00" and float(row["minutes"]) >= 0


def test_add_without_the_untouched_copy_says_why_it_cannot_log(page, tmp_path, capsys):
    data, text = page
    review = tmp_path / "hand.csv"
    _write(review, [{"city": "wangchuan", "indicator": "gdp", "measure": "level", "qualifier": "exact",
                     "period": "2023", "base_period": "", "value": "1234.5", "unit": "亿元",
                     "price_basis": "current", "denominator": "", "denominator_city": "", "line": "3",
                     "excerpt": "地区生产总值1234.5亿元", "notes": ""}])
    log = tmp_path / "log.csv"
    assert main(["add", str(review), "--source-id", "s951", "--document", str(text), "--log", str(log)]) == 0
    assert "not logged" in capsys.readouterr().err and not log.exists()


def test_a_log_with_another_header_is_refused_by_name(page, tmp_path, capsys):
    data, text = page
    review = tmp_path / "r.csv"
    assert main(["extract", str(text), "-o", str(review), "--city", "wangchuan"]) == 0
    log = tmp_path / "log.csv"
    log.write_text("source_id,kept\n", encoding="utf-8")
    assert main(["add", str(review), "--source-id", "s951", "--document", str(text), "--log", str(log)]) != 0
    assert f"{log}: line 1" in capsys.readouterr().err


def test_a_corrected_value_is_one_edit_not_a_deletion_and_an_addition():
    cand = [dict(line="5", value="12.3", indicator="retail_sales", measure="growth", period="2024")]
    kept = [dict(line="5", value="12.8", indicator="retail_sales", measure="growth", period="2024")]
    c = review_cost(cand, kept)
    assert (c.deleted, c.added, dict(c.changed), c.edits) == (0, 0, {"value": 1}, 1)


def test_nothing_kept_costs_every_deletion():
    c = review_cost([dict(line="1", value="3")] * 3, [])
    assert (c.edits, c.edits_per_kept, c.recall, c.precision) == (3, None, None, 0.0)
    assert "n/a per kept figure" in ReviewCost(3, 0, 3, 0, Counter()).summary()


def test_two_candidates_with_one_value_on_a_line_are_told_apart_by_their_excerpts():
    # made-up line: a project's capacity (a name, deleted) and a road length share the value 550
    cand = [dict(line="9", value="550", unit="万吨", indicator="", measure="level", period="2017", excerpt="包钢550万吨稀土"),
            dict(line="9", value="550", unit="公里", indicator="", measure="level", period="2013-2017",
                 excerpt="旅游公路550公里,完")]
    kept = [dict(cand[1], indicator="tourism_roads_built")]
    c = review_cost(cand, kept)
    assert (c.deleted, c.added, dict(c.changed), c.edits) == (1, 0, {"indicator": 1}, 2)
    assert [r["unit"] for r in c.details["deleted"]] == ["万吨"]


def test_a_sign_and_code_corrected_on_the_same_excerpt_is_edits_not_a_deletion_and_an_addition():
    # made-up list: 分别下降0.3%,1.4%: the second value lost its minus sign and had no code
    cand = [dict(line="5", value="1.4", indicator="", measure="growth", period="2006", excerpt="%,1.4%、2")]
    kept = [dict(cand[0], value="-1.4", indicator="cpi_clothing")]
    c = review_cost(cand, kept)
    assert (c.deleted, c.added, c.matched) == (0, 0, 1)
    assert dict(c.changed) == {"value": 1, "indicator": 1}
    # a row typed in on another line with the same words is still typed in
    c = review_cost(cand, [dict(kept[0], line="6")])
    assert (c.deleted, c.added) == (1, 1)
