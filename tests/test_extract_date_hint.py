"""`analysis extract` refuses a document whose date it cannot read; when the
top of the document prints a date in a form it does not read as one
(day.month.year, a portal's "2026 01/11"), the refusal names the line and the
--date it would give, and the curator decides. A date with an English month
name ("March 9, 2022", "9 April 2024") or year/month/day is read as the
document's date, as 2022年3月9日 is. The sentences are made up."""

from __future__ import annotations

from analysis.cli import main


def _extract(tmp_path, capsys, text: str, *extra: str):
    doc = tmp_path / "page.txt"
    doc.write_text(text, encoding="utf-8")
    code = main(["extract", str(doc), "-o", str(tmp_path / "review.csv"), *extra])
    return code, capsys.readouterr().err


def test_an_english_date_in_words_dates_the_document(tmp_path, capsys):
    import csv

    code, err = _extract(tmp_path, capsys, "Rivertown fair draws crowds\nMorning Post, March 9, 2022\n"
                                           "Hohhot expects 2 million visitors this year.\n")
    assert code == 0, err
    with open(tmp_path / "review.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["value"], r["period"]) for r in rows] == [("2", "2022")]


def test_a_day_month_year_date_is_named_too(tmp_path, capsys):
    code, err = _extract(tmp_path, capsys, "某地发展目标\n09.03.2022  10:15\n地区生产总值年均增长6%左右。\n")
    assert code != 0 and "line 2 prints '09.03.2022' (--date 2022-03-09?)" in err


def test_no_hint_when_nothing_like_a_date_is_printed(tmp_path, capsys):
    code, err = _extract(tmp_path, capsys, "某地发展目标\n地区生产总值年均增长6%左右。\n")
    assert code != 0 and "prints no date" in err and " prints '" not in err and "?)" not in err


def test_with_the_date_given_there_is_no_refusal(tmp_path, capsys):
    text = "Rivertown fair draws crowds\nMorning Post, 09.03.2022\nThe town expects 2 million visitors this year.\n"
    code, err = _extract(tmp_path, capsys, text, "--date", "2022-03-09", "--city", "hohhot")
    assert code == 0 and (tmp_path / "review.csv").exists() and "prints no date" not in err


def test_a_yearbook_volume_at_the_top_is_named_with_its_year(tmp_path, capsys):
    code, err = _extract(tmp_path, capsys, "2019卷\n【概况】 某旗位于某市北部。\n全旗地区生产总值45.6亿元，增长5%。\n")
    assert code != 0 and not (tmp_path / "review.csv").exists()
    assert "line 1 prints '2019卷', a yearbook's volume (--date 2019?; its figures are mostly of 2018)" in err


def test_an_area_named_before_the_chosen_one_in_the_first_lines_is_named():
    from types import SimpleNamespace as N

    from analysis.extract.cli import place_hint

    led = N(cities={"lanshan": N(name_zh="岚山市", name_en="Lanshan", parent=""),
                    "wangchuan_banner": N(name_zh="望川旗", name_en="Wangchuan Banner", parent="lanshan"),
                    "dongshan_east_banner": N(name_zh="东山东乌旗", name_en="Dongshan East Banner", parent="beiling")})
    lines = ["2019卷", "【概况】 望川旗位于岚山市北部，北与东山东乌旗毗邻。", "全旗地区生产总值45.6亿元。"]
    hint = place_hint(lines, led, {"dongshan_east_banner"})
    assert hint.startswith("the rows go to dongshan_east_banner, but the first lines name 望川旗 (wangchuan_banner)")
    assert hint.endswith("extract again with --city wangchuan_banner")
    # the document about the area it opens with: nothing to tell
    assert place_hint(["东山东乌旗2021年政府工作报告", "望川旗……"], led, {"dongshan_east_banner"}) == ""


def test_a_year_and_month_under_the_publisher_is_named_with_the_month(tmp_path, capsys):
    # a bulletin prints "(2024年4月)" under its publisher: no day, so extract does not take it as the
    # date, but the refusal names it
    # date, but names it as the likely publication date; every figure prints its year, so none waits for it
    code, err = _extract(tmp_path, capsys, "某旗国民经济统计摘要\n某旗统计局\n(2024年4月)\n"
                                           "2023年，全旗地区生产总值45.6亿元，增长5%。\n")
    assert code == 0 and (tmp_path / "review.csv").exists()
    assert "no --date given" in err and "line 3 prints '2024年4月' (--date 2024-04?)" in err
    code, err = _extract(tmp_path, capsys, "某旗国民经济统计摘要\n某旗统计局\n(2024年4月)\n"
                                           "全旗地区生产总值45.6亿元，增长5%。\n")  # a figure without its year: refused
    assert code != 0 and "prints no date" in err and "line 3 prints '2024年4月' (--date 2024-04?)" in err


def test_a_portal_date_line_year_then_month_slash_day_is_named(tmp_path, capsys):
    code, err = _extract(tmp_path, capsys, "某市开年首会\n新华网 > > 正文\n2026 01/11 09:20:34\n"
                                           "该市今年计划实施项目260个。\n")
    assert code != 0 and not (tmp_path / "review.csv").exists()
    assert "line 3 prints '2026 01/11' (--date 2026-01-11?)" in err


def test_a_page_whose_figures_all_print_their_year_is_extracted_and_told_the_date_is_its_vintage(tmp_path, capsys):
    import csv

    code, err = _extract(tmp_path, capsys, "某盟畜牧业新图景\n2019年,全盟牲畜存栏1294万头只,肉类总产量28.92万吨。\n")
    assert code == 0, err
    assert "every line with a figure prints its year: --date is only the vintage" in err
    rows = list(csv.DictReader(open(tmp_path / "review.csv", encoding="utf-8-sig")))
    assert {r["period"] for r in rows} == {"2019"}
    code, err = _extract(tmp_path, capsys, "某盟畜牧业新图景\n2019年,全盟牲畜存栏1294万头只，今年以来肉类产量28.92万吨。\n")
    assert code != 0 and "prints no date" in err  # a relative word needs the date


def test_no_vintage_remark_when_a_figure_lacks_its_year(tmp_path, capsys):
    code, err = _extract(tmp_path, capsys, "某盟畜牧业新图景\n全盟牲畜存栏1294万头只,肉类总产量28.92万吨。\n")
    assert code != 0 and "would be dated by it" in err and "only the vintage" not in err


def test_traditional_characters_are_read_as_extract_reads_them(tmp_path, capsys):
    # 萬 is 万 once converted: the area line has a figure without a year, so the date does date a row
    code, err = _extract(tmp_path, capsys, "2006卷\n某旗總面積3803平方公里,總人口20.9萬人。\n2005年,全旗生產總值18.2億元,增長18%。\n")
    assert code != 0 and "would be dated by it" in err and "only the vintage" not in err
