"""`analysis extract` refuses a document whose date it cannot read; when the
top of the document prints a date in a form it does not read as one (English
month names, day.month.year), the refusal names the line and the --date it
would give, and the curator decides. The sentences are made up."""

from __future__ import annotations

from analysis.cli import main


def _extract(tmp_path, capsys, text: str, *extra: str):
    doc = tmp_path / "page.txt"
    doc.write_text(text, encoding="utf-8")
    code = main(["extract", str(doc), "-o", str(tmp_path / "review.csv"), *extra])
    return code, capsys.readouterr().err


def test_an_english_date_in_words_is_named_with_the_date_to_give(tmp_path, capsys):
    code, err = _extract(tmp_path, capsys, "Rivertown fair draws crowds\nMorning Post, March 9, 2022\n"
                                           "The town expects 2 million visitors this year.\n")
    assert code != 0 and not (tmp_path / "review.csv").exists()
    assert "prints no date" in err and "line 2 prints 'March 9, 2022' (--date 2022-03-09?)" in err


def test_a_day_month_year_date_is_named_too(tmp_path, capsys):
    code, err = _extract(tmp_path, capsys, "某地发展目标\n09.03.2022  10:15\n地区生产总值年均增长6%左右。\n")
    assert code != 0 and "line 2 prints '09.03.2022' (--date 2022-03-09?)" in err


def test_no_hint_when_nothing_like_a_date_is_printed(tmp_path, capsys):
    code, err = _extract(tmp_path, capsys, "某地发展目标\n地区生产总值年均增长6%左右。\n")
    assert code != 0 and "prints no date" in err and " prints '" not in err and "?)" not in err


def test_with_the_date_given_there_is_no_refusal(tmp_path, capsys):
    text = "Rivertown fair draws crowds\nMorning Post, March 9, 2022\nThe town expects 2 million visitors this year.\n"
    code, err = _extract(tmp_path, capsys, text, "--date", "2022-03-09", "--city", "hohhot")
    assert code == 0 and (tmp_path / "review.csv").exists() and "prints no date" not in err
