"""The whole ledger in data/: schema, provenance of every figure, coverage."""

from __future__ import annotations

import csv
import re
from collections import defaultdict

import pytest

from analysis import Period, validate
from analysis.ledger import MEASURE_UNITS
from analysis.numbers import without_space_groups
from conftest import REAL_DATA, SEEDS, SEEDS_REASON


@pytest.fixture(scope="module")
def seed_lines(real_ledger):
    """source_id -> the lines of its stored document (1-based via index + 1). A missing document fails
    the provenance tests (it is a problem, as in `analysis validate`), it does not skip them. Sources
    cited by their address have no stored text (tests/test_cited_sources.py covers them)."""
    if not SEEDS.is_dir():  # a clone without ../shared: skipped with the reason; one missing document fails
        pytest.skip(SEEDS_REASON)
    out = {}
    for sid in real_ledger.sources:
        if real_ledger.sources[sid].cited_only:
            continue
        path = real_ledger.source_path(sid)
        if not path.is_file():
            pytest.fail(f"source document {path} of {sid} is absent: set ANALYSIS_SEEDS_DIR to the folder of the "
                        f"documents (`analysis validate --no-documents` skips this check on purpose)")
        out[sid] = path.read_text(encoding="utf-8").splitlines()
    return out


def test_frictionless_validates_the_data_package(tmp_path):
    """The package as frictionless reads it. A figure's city may be an area
    below a city (areas.csv); a foreign key names one table, so frictionless
    is given a copy whose city list holds the areas too, as `analysis
    validate` does."""
    frictionless = pytest.importorskip("frictionless")
    import shutil

    data = tmp_path / "data"
    shutil.copytree(REAL_DATA, data)
    areas = data / "areas.csv"
    if areas.exists():
        with open(data / "cities.csv", encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            fields, parents = reader.fieldnames, {r["slug"]: r for r in reader}
        with open(areas, encoding="utf-8", newline="") as fh, \
                open(data / "cities.csv", "a", encoding="utf-8", newline="") as out:
            w = csv.DictWriter(out, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
            for r in csv.DictReader(fh):
                parent = parents[r["parent"]]
                w.writerow({"slug": r["slug"], "name_zh": r["name_zh"], "name_en": r["name_en"],
                            "province_zh": parent["province_zh"], "province_en": parent["province_en"]})
    report = frictionless.validate(str(data / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:20]


def test_an_unknown_city_or_area_of_a_figure_is_a_problem(tmp_path):
    from conftest import copy_data

    data = copy_data(tmp_path / "data")
    path = data / "figures.csv"
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    first = text[1].split(",", 2)
    text[1] = ",".join([first[0], "no_such_place", first[2]])
    path.write_text("".join(text), encoding="utf-8")
    problems = validate(data)
    assert any("figures.csv:2: column 'city': unknown city 'no_such_place'" in p for p in problems), problems[:3]


def test_chinese_in_an_english_name_is_a_problem(tmp_path):
    """An English name or title is printed as is in the English briefing:
    Chinese characters in it are a problem named by file, line and column
    (a glossed term such as "(农业)" once reached an English verdict)."""
    from conftest import copy_data

    data = copy_data(tmp_path / "data")
    assert not [p for p in validate(data) if "in an English text" in p]
    path = data / "indicators.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(csv.DictReader([lines[0], lines[1]]))
    lines[1] = lines[1].replace(row["name_en"], row["name_en"] + " (农业)", 1)
    path.write_text("".join(lines), encoding="utf-8")
    problems = [p for p in validate(data) if "in an English text" in p]
    assert problems and problems[0].startswith("indicators.csv:2: column 'name_en': Chinese characters (农业)"), problems


def test_two_indicators_of_one_chinese_name_are_a_problem(tmp_path):
    """Curators working at once have created one concept twice (户籍回族人口,
    自然村): validate names the second row and the code that has the name."""
    from conftest import copy_data

    data = copy_data(tmp_path / "data")
    path = data / "indicators.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next(csv.DictReader([lines[0], lines[1]]))
    twin = lines[1].replace(first["code"] + ",", first["code"] + "_twin,", 1)
    path.write_text("".join(lines) + twin, encoding="utf-8")
    problems = [p for p in validate(data) if "already names" in p]
    assert problems == [f"indicators.csv:{len(lines) + 1}: column 'name_zh': '{first['name_zh']}' already names "
                        f"{first['code']} (line 2): one concept is one row (give its figures that code), or name "
                        f"what differs (户籍…, …（常住）)"], problems


def test_every_source_document_exists(real_ledger, seed_lines):
    assert set(seed_lines) == {sid for sid, s in real_ledger.sources.items() if not s.cited_only}
    assert all(seed_lines[sid] for sid in seed_lines)
    for s in real_ledger.sources.values():  # a cited source has its address and the date it was read
        assert s.file_name or (s.url.startswith(("http://", "https://")) and s.accessed), s.source_id


@pytest.mark.provenance
def test_validate_checks_the_documents_and_the_units_printed():
    from analysis.ledger import validate

    assert validate(REAL_DATA, documents=True) == []


def test_every_excerpt_occurs_in_its_named_line(real_ledger, seed_lines):
    missing = []
    for f in real_ledger.figures:
        if real_ledger.sources[f.source_id].cited_only:
            continue  # its text is kept outside the repository; `add --document` checked it
        lines = seed_lines[f.source_id]
        if not 1 <= f.line <= len(lines) or f.excerpt not in lines[f.line - 1]:
            missing.append(f"{f.figure_id}: {f.excerpt!r} not on line {f.line} of {f.source_id}")
    assert not missing, "\n".join(missing)


def test_every_value_s_digits_occur_in_its_excerpt_as_a_whole_number(real_ledger):
    """As validation reads it: a mirror's "1 590元" (digits grouped by a space)
    prints the value 1590."""
    bad = []
    for f in real_ledger.figures:
        digits = f.value.lstrip("-")
        # not a piece of a longer number: "5" must not be found inside "15" or "5.2"
        whole = r"(?<![\d.])" + re.escape(digits) + r"(?!\d|\.\d)"
        if not re.search(whole, f.excerpt) and not re.search(whole, without_space_groups(f.excerpt)):
            bad.append(f"{f.figure_id}: {f.value} in {f.excerpt!r}")
    assert not bad, "\n".join(bad)


def test_excerpts_are_short_quotes(real_ledger):
    too_long = [f"{f.figure_id} ({len(f.excerpt)})" for f in real_ledger.figures if len(f.excerpt) > 60]
    assert not too_long
    assert all(len(f.excerpt) >= 4 for f in real_ledger.figures)


def test_at_least_300_figures(real_ledger):
    assert len(real_ledger.figures) >= 300


def test_every_city_has_figures(real_ledger):
    # the catalogue also holds the region itself (a denominator for 占全区 shares)
    cities = [c.slug for c in real_ledger.cities.values() if c.name_zh != c.province_zh and not c.parent]
    with open(REAL_DATA / "cities.csv", encoding="utf-8", newline="") as fh:
        assert set(cities) == {r["slug"] for r in csv.DictReader(fh) if r["name_zh"] != r["province_zh"]}
    have = {f.city for f in real_ledger.figures}
    assert [c for c in cities if c not in have] == []
    assert "inner_mongolia" not in have
    assert {f.denominator_city for f in real_ledger.figures if f.denominator_city} <= set(real_ledger.cities)


def test_every_indicator_is_defined_and_used(real_ledger):
    used = {f.indicator for f in real_ledger.figures} | {f.denominator for f in real_ledger.figures if f.denominator}
    assert used <= set(real_ledger.indicators)
    parents = {i.parent for i in real_ledger.indicators.values() if i.parent}
    assert parents <= set(real_ledger.indicators)
    unused = sorted(set(real_ledger.indicators) - used - parents)
    # A catalogue entry no figure uses is dead weight (the PUDL field-catalogue rule).
    assert unused == [], f"indicators defined but used by no figure: {', '.join(unused)}"


def test_figure_ids_follow_their_source_in_reading_order(real_ledger):
    last: dict[str, tuple[int, int]] = {}
    out_of_order = []
    for f in real_ledger.figures:
        sid, number = f.figure_id.rsplit("-", 1)
        assert sid == f.source_id, f.figure_id
        # a figure recorded in a later review takes the next free id at the end of its source's rows
        # (ids are never renumbered), so only its id, not its line, continues the order
        later = "Recorded in review" in f.notes
        if sid in last and (int(number) <= last[sid][0] or f.line < last[sid][1] and not later):
            out_of_order.append(f.figure_id)
        last[sid] = (int(number), last[sid][1] if later and sid in last else f.line)
    assert not out_of_order


def test_periods_parse_and_bases_precede_their_periods(real_ledger):
    for f in real_ledger.figures:
        end = Period.parse(f.period)
        if f.base_period:
            base = Period.parse(f.base_period)
            assert base.year <= end.year, f.figure_id


def test_units_fit_measures_and_indicators(real_ledger):
    for f in real_ledger.figures:
        assert f.unit in real_ledger.units, f.figure_id
        if f.measure in MEASURE_UNITS:
            assert f.unit in MEASURE_UNITS[f.measure], f.figure_id


def test_growth_rates_of_gdp_are_at_comparable_prices(real_ledger):
    """NBS publishes GDP and value-added growth at comparable prices (methods.md §2)."""
    wrong = [f.figure_id for f in real_ledger.figures
             if f.indicator == "gdp" and f.measure in ("growth", "avg_growth", "two_year_avg")
             and f.price_basis != "comparable"]
    assert not wrong


def test_quantities_printed_twice_are_recorded_twice(real_ledger):
    """The seeds print retail sales 2020 as 1032.9 and 1033, trade 2024 as 226.7 and 227,
    GDP 2024 as 4107.1 and 4107.08 (methods.md §1): each printing is its own row."""
    levels = defaultdict(set)
    for f in real_ledger.figures:
        if f.measure == "level" and f.qualifier == "exact":
            levels[(f.city, f.indicator, f.period)].add(f.value)
    assert {"1032.9", "1033"} <= levels[("hohhot", "retail_sales", "2020")]
    assert {"226.7", "227"} <= levels[("hohhot", "trade_total", "2024")]
    assert {"4107.1", "4107.08"} <= levels[("hohhot", "gdp", "2024")]
