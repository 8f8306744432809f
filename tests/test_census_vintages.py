"""A check whose base and end levels are different economic-census vintages
says so (issue 16): the base printed before a census revised its year, the
end on the revised base. Literal ledgers; the census is a made-up one
published between the two fixture documents (t001 of 2025-01, t002 of 2026-01)."""

from __future__ import annotations

import pytest
from helpers import catalogue_cities, fig, level

from analysis import vintages
from analysis.checks import run_checks

CITY = catalogue_cities()[0]


@pytest.fixture
def census_2025(monkeypatch):
    monkeypatch.setattr(vintages, "CENSUS_REVISIONS",
                        [*vintages.CENSUS_REVISIONS, ("the fifth national economic census", 2024, "2025-06",
                                                      ("gdp", "va_"))])


def _ledger(make_ledger, base_source):
    return make_ledger([
        level("gdp", "2020", "100.0", city=CITY, source_id=base_source),
        level("gdp", "2024", "121.6", city=CITY, source_id="t002"),
        fig(CITY, "gdp", "avg_growth", "2024", "5.0", "%", base_period="2020", source_id="t002"),
    ])


def test_an_average_growth_across_a_census_revision_says_so_in_both_languages(make_ledger, census_2025):
    ledger = _ledger(make_ledger, "t001")
    (c,) = [c for c in run_checks(ledger, city=CITY) if c.kind == "avg_growth"]
    assert "The base level (2020, printed 2025-01) predates the revision by the fifth national economic census" \
        in c.explanation("en")
    assert "the growth may not be comparable" in c.explanation("en")
    assert "基期2020年总量（2025-01印发）早于第五次全国经济普查的修订" in c.explanation("zh")
    assert "增速可能不可比" in c.explanation("zh")


def test_levels_of_one_census_vintage_get_no_such_note(make_ledger, census_2025):
    ledger = _ledger(make_ledger, "t002")
    (c,) = [c for c in run_checks(ledger, city=CITY) if c.kind == "avg_growth"]
    assert "census" not in c.explanation("en") and "普查" not in c.explanation("zh")


def test_the_finding_headline_carries_the_census_clause(make_ledger, census_2025):
    from analysis.briefing import Briefing
    from analysis.briefing.headlines import census_clause

    ledger = _ledger(make_ledger, "t001")
    (c,) = [c for c in run_checks(ledger, city=CITY) if c.kind == "avg_growth"]
    assert "different census vintages" in census_clause(c, "en")
    assert "不属同一普查版本" in census_clause(c, "zh")
    b = Briefing.for_city(CITY, "en", ledger=ledger)
    if c.verdict in ("inconsistent", "not_comparable"):
        assert "different census vintages" in b.findings_html()
