"""Per-city partitions of the ledger (issue 19 items 1 and 2): a partition
holds what its city's briefing reads, so its checks and figures equal those
of the whole ledger, and a change reaches exactly the partitions that read it."""

from __future__ import annotations

import pytest

from analysis.checks import run_checks
from analysis.ledger import load_ledger
from analysis.partition import PARTS, partitions_for
from helpers import read_rows, write_rows


@pytest.fixture(scope="module")
def whole():
    return load_ledger()


@pytest.fixture(scope="module")
def parts(whole):
    return partitions_for(ledger=whole)


def test_every_city_s_partition_gives_the_same_figures_and_checks(whole, parts):
    assert parts.cities == whole.city_slugs()
    for city in whole.city_slugs():
        part = parts.ledger(city)
        assert part.figures_under(city) == whole.figures_under(city), city
        assert run_checks(part, city=city) == run_checks(whole, city=city), city


def _briefing_parts(briefing) -> dict[str, str]:
    """What a briefing shows, section by section: every ``*_html`` method that takes
    no argument (the colophon, which prints the data's hash, left out)."""
    import inspect

    shown = {}
    for name in dir(briefing):
        if not name.endswith("_html") or name.startswith("_") or name in ("colophon_html", "style_html"):
            continue
        method = getattr(briefing, name)
        if not callable(method):
            continue
        try:
            inspect.signature(method).bind()
        except TypeError:
            continue
        try:
            shown[name] = method()
        except Exception as exc:  # noqa: BLE001 - the same failure in both is the same briefing
            shown[name] = f"{type(exc).__name__}: {exc}"
    return shown


def test_every_city_s_briefing_reads_the_same_from_its_partition(whole, parts):
    from analysis.briefing import Briefing

    for city in whole.city_slugs():
        for lang in ("zh", "en"):
            from_whole = _briefing_parts(Briefing.for_city(city, lang, ledger=whole))
            from_part = _briefing_parts(Briefing.for_city(city, lang, ledger=parts.ledger(city)))
            assert from_whole.keys() == from_part.keys()
            for name in from_whole:
                assert from_part[name] == from_whole[name], (city, lang, name)


def test_a_partition_is_smaller_than_the_ledger_when_there_are_several_cities(whole, parts):
    if len(whole.city_slugs()) < 2:
        pytest.skip("one city: its partition is the ledger")
    sizes = [len(parts.ledger(c).figures) for c in whole.city_slugs()]
    assert sum(sizes) <= len(whole.figures) + sum(len(parts.ledger(c).figures) - len(whole.figures_under(c))
                                                   for c in whole.city_slugs())
    assert max(sizes) < len(whole.figures)


def _changed_parts(before, after):
    return {c: sorted(k for k in PARTS if before.parts(c)[k] != after.parts(c)[k])
            for c in before.cities if before.parts(c) != after.parts(c)}


def test_a_figure_s_notes_change_only_its_city_s_partition(data_copy):
    before = partitions_for(data_copy)
    header, rows = read_rows(data_copy / "figures.csv")
    city = rows[-1]["city"]
    city = load_ledger(data_copy).cities[city].parent or city  # an area's figures are in its city's partition
    rows[-1]["notes"] = (rows[-1]["notes"] + " (edited)").strip()
    write_rows(data_copy / "figures.csv", header, rows)
    after = partitions_for(data_copy)
    changed = _changed_parts(before, after)
    paired = {c for c in before.cities if c != city
              and any(f.city == city for f in before.ledger(c).figures)}
    assert set(changed) == {city} | paired
    assert changed[city] == ["figures"]
    assert all(changed[c] == ["paired"] for c in paired)


def test_an_indicator_s_catalogue_row_changes_the_cities_that_use_it(data_copy):
    before = partitions_for(data_copy)
    whole = load_ledger(data_copy)
    header, rows = read_rows(data_copy / "indicators.csv")
    code = whole.figures[0].indicator
    users = {c for c in whole.city_slugs() if code in {i for i in before.ledger(c).indicators}}
    row = next(r for r in rows if r["code"] == code)
    row["notes"] = (row["notes"] + " edited").strip()
    write_rows(data_copy / "indicators.csv", header, rows)
    after = partitions_for(data_copy)
    changed = _changed_parts(before, after)
    assert set(changed) == users
    assert all(v == ["catalogue"] for v in changed.values())


def test_a_new_indicator_that_no_figure_uses_changes_no_partition(data_copy):
    before = partitions_for(data_copy)
    header, rows = read_rows(data_copy / "indicators.csv")
    root = next(r for r in rows if not r["parent"])
    rows.append({**root, "code": "unused_test_indicator", "name_zh": "测试用指标", "name_en": "Test indicator",
                 "notes": "added by a test"})
    write_rows(data_copy / "indicators.csv", header, rows)
    after = partitions_for(data_copy)
    assert _changed_parts(before, after) == {}
    assert after.cities == before.cities
