"""Excerpts as shown to a reader (issue 16): a partial English word at
either end is dropped and marked "…"; Chinese excerpts and whole words are
shown as printed; the data keep the curated slice."""

from __future__ import annotations

from helpers import catalogue_cities

from analysis.excerpts import display_excerpt, excerpt_words, figure_excerpt

CITY = catalogue_cities()[0]


def test_a_word_cut_at_either_end_is_dropped_by_the_documents_line():
    assert display_excerpt("ustry reached 27.1 billion yuan,", "Ind", " up") == "… reached 27.1 billion yuan,"
    assert display_excerpt("up 6.5% y", " GDP ", "ear on year") == "up 6.5% …"
    assert display_excerpt("industry reached 27.1", "the ", " bn") == "industry reached 27.1"
    assert display_excerpt("比上年增长5.1%", "，", "。") == "比上年增长5.1%"
    assert display_excerpt("increased by 8.4 percent.", "", "") == "increased by 8.4 percent."


def test_without_the_document_known_words_decide():
    words = excerpt_words(["the industry reached 27.1 billion yuan, up", "an average growth of 5 percent a year"])
    assert display_excerpt("ustry came in at 14.84 billion yuan,", words=words) == "… came in at 14.84 billion yuan,"
    assert display_excerpt("age growth of 2.7% i", words=words) == "… growth of 2.7% …"
    assert display_excerpt("a rise of 2.6 percent a", words=words) == "a rise of 2.6 percent a"
    assert display_excerpt("approximately 20.46%", words=words) == "approximately 20.46%"


def test_a_briefing_shows_the_trimmed_excerpt_and_the_ledger_keeps_the_slice(make_ledger):
    ledger = make_ledger([
        {"city": CITY, "indicator": "gdp", "measure": "level", "period": "2024", "value": "100.5",
         "unit": "billion yuan", "excerpt": "ional GDP reached 100.5 billion yuan i"},
    ])
    f = ledger.figures[0]
    ledger.source_path(f.source_id).write_text("Regional GDP reached 100.5 billion yuan in 2024.\n", encoding="utf-8")
    assert f.excerpt == "ional GDP reached 100.5 billion yuan i"
    assert figure_excerpt(ledger, f.figure_id) == "… GDP reached 100.5 billion yuan …"
    from analysis.briefing import Briefing

    lead = Briefing.for_city(CITY, "en", ledger=ledger).lead_html()
    assert "“… GDP reached 100.5 billion yuan …”" in lead and "ional" not in lead
