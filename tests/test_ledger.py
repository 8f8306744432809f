"""Loading and validating the ledger: corrupted copies of data/ (in tmp dirs)
must be reported file, line and column, with what is allowed, all at once;
nothing is loaded from invalid data."""

from __future__ import annotations

import csv
import os

import pytest

from analysis import DataError, UnknownNameError, load_ledger, validate
from analysis.ledger import Figure
from conftest import REAL_DATA
from helpers import catalogue_cities as _catalogue_cities, read_rows, write_rows


def csv_line(index: int) -> int:
    """The line of the ``index``-th data row (the header is line 1)."""
    return index + 2


def one(problems: list[str], *needles: str) -> str:
    """The single problem containing every needle."""
    hits = [p for p in problems if all(n in p for n in needles)]
    assert len(hits) == 1, (needles, problems)
    return hits[0]


# -- the real data --------------------------------------------------------------

def test_real_data_is_valid():
    assert validate(REAL_DATA) == []


def test_load_ledger_reads_every_table(real_ledger):
    assert set(real_ledger.cities) >= set(_catalogue_cities())
    assert real_ledger.city_slugs() == _catalogue_cities()
    assert len(real_ledger.figures) >= 300
    assert real_ledger.units["亿元"]["dimension"] == "currency_cny"
    assert real_ledger.indicators["fai"].avg_growth_method == "cumulative"
    assert real_ledger.cities["hohhot"].name("zh") == "呼和浩特"
    assert real_ledger.cities["hohhot"].name("en") == "Hohhot"


def test_load_ledger_defaults_to_the_data_dir_and_caches(real_ledger, monkeypatch):
    monkeypatch.setenv("ANALYSIS_DATA_DIR", str(REAL_DATA))
    first = load_ledger()
    assert first is load_ledger(REAL_DATA)  # cached until a file changes
    assert first.directory == REAL_DATA.resolve() and first.figures == real_ledger.figures


def test_figures_as_quantities(real_ledger):
    f = real_ledger.figure("s000-003")
    assert isinstance(f, Figure)
    assert (f.value, f.unit, f.number, f.decimals) == ("4107.1", "亿元", 4107.1, 1)
    q = f.quantity()
    assert q.text == "4107.1" and q.figure_ids == ("s000-003",) and q.period == f.period
    assert f.period_obj.kind == "year"
    assert f.csv_line == 4  # its line in figures.csv
    g = next(f for f in real_ledger.figures if f.measure == "avg_growth" and f.base_period)
    assert g.base_obj is not None and g.base_obj.year < g.period_obj.year


def test_lookups_raise_unknown_name_errors_listing_what_exists(real_ledger):
    with pytest.raises(UnknownNameError, match="unknown city 'atlantis'; known cities: "
                                               + ", ".join(_catalogue_cities()) + "$"):
        real_ledger.city("atlantis")
    with pytest.raises(UnknownNameError, match="unknown city 'inner_mongolia'"):
        real_ledger.figures_for("inner_mongolia")  # a denominator, not a city with figures
    with pytest.raises(UnknownNameError, match="unknown figure 's999-001'"):
        real_ledger.figure("s999-001")
    some = _catalogue_cities()[-1]
    assert {f.city for f in real_ledger.figures_for(some)} == {some}
    assert len(real_ledger.figures_for()) == len(real_ledger.figures)


def test_source_path_is_in_the_seeds_dir(real_ledger, monkeypatch, tmp_path):
    monkeypatch.setenv("ANALYSIS_SEEDS_DIR", str(tmp_path))
    assert real_ledger.source_path("s000") == tmp_path / real_ledger.sources["s000"].file_name


# -- corrupted copies -------------------------------------------------------------

@pytest.fixture
def figures(data_copy):
    header, rows = read_rows(data_copy / "figures.csv")
    return data_copy, header, rows


def test_unknown_indicator_names_file_line_column_and_where_the_codes_are(figures):
    d, header, rows = figures
    rows[0]["indicator"] = "no_such_indicator"
    write_rows(d / "figures.csv", header, rows)
    p = one(validate(d), "no_such_indicator")
    assert p.startswith(f"figures.csv:{csv_line(0)}: column 'indicator': unknown indicator 'no_such_indicator'")
    assert "allowed" in p and "codes in indicators.csv" in p  # the closest codes (if any) and how many there are


def test_unknown_unit(figures):
    d, header, rows = figures
    i = next(i for i, r in enumerate(rows) if r["measure"] == "level")
    rows[i]["unit"] = "furlong"
    write_rows(d / "figures.csv", header, rows)
    p = one(validate(d), "furlong")
    assert p.startswith(f"figures.csv:{csv_line(i)}: column 'unit': unknown unit 'furlong'; ")
    assert "allowed values:" in p or "codes in units.csv" in p  # listed whole, or counted with the closest
    assert "units.csv" in p or "亿元" in p


def test_unknown_city_lists_the_allowed_cities(figures):
    d, header, rows = figures
    rows[2]["city"] = "qqqqqqq"
    write_rows(d / "figures.csv", header, rows)
    p = one(validate(d), "qqqqqqq")
    slugs = []
    for table in ("cities.csv", "areas.csv"):  # a figure's city is a city or an area below one
        if (d / table).exists():
            with open(d / table, encoding="utf-8", newline="") as fh:
                slugs += [r["slug"] for r in csv.DictReader(fh)]
    slugs.sort()
    if len(slugs) <= 60:  # named whole while they are few
        assert p == (f"figures.csv:{csv_line(2)}: column 'city': unknown city 'qqqqqqq'; allowed values: "
                     + ", ".join(slugs))
    else:  # else the count, and nothing is close to qqqqqqq
        assert p == (f"figures.csv:{csv_line(2)}: column 'city': unknown city 'qqqqqqq'; no allowed value is "
                     f"close; ({len(slugs)} codes in cities.csv)")


def test_a_misspelt_city_names_the_closest_allowed(figures):
    """A slug one letter off: the message names the slug meant, however many there are."""
    d, header, rows = figures
    meant = rows[2]["city"]
    rows[2]["city"] = meant[:-1]
    write_rows(d / "figures.csv", header, rows)
    p = one(validate(d), f"'{meant[:-1]}'")
    assert f"unknown city '{meant[:-1]}'" in p and meant in p.split(";", 1)[1]


def test_malformed_period(figures):
    d, header, rows = figures
    rows[3]["period"] = "2024Q5"
    write_rows(d / "figures.csv", header, rows)
    problems = validate(d)
    assert problems and all(p.startswith(f"figures.csv:{csv_line(3)}: column 'period'") for p in problems)
    assert any("'2024Q5' is malformed; expected pattern" in p for p in problems)
    assert any("expected YYYY, YYYYH1, YYYYQn" in p for p in problems)  # the grammar in words


def test_malformed_base_period(figures):
    d, header, rows = figures
    i = next(i for i, r in enumerate(rows) if r["base_period"])
    rows[i]["base_period"] = "2020-13"
    write_rows(d / "figures.csv", header, rows)
    assert any(p.startswith(f"figures.csv:{csv_line(i)}: column 'base_period': '2020-13' is malformed")
               for p in validate(d))


def test_malformed_number(figures):
    d, header, rows = figures
    rows[4]["value"] = "41,07.1"
    write_rows(d / "figures.csv", header, rows)
    p = one(validate(d), "column 'value'", "not a number as printed")
    assert p.startswith(f"figures.csv:{csv_line(4)}: column 'value': '41,07.1' is not a number as printed")
    assert "groups" in p or "threes" in p


def test_printed_forms_of_a_number_are_normalised(figures):
    d, header, rows = figures
    value = rows[4]["value"]
    grouped = f"{int(float(value)):,}" + (value[value.index("."):] if "." in value else "")
    rows[4]["value"] = grouped
    rows[4]["excerpt"] = rows[4]["excerpt"].replace(value, grouped)
    write_rows(d / "figures.csv", header, rows)
    assert validate(d) == []
    from analysis import load_ledger
    f = [x for x in load_ledger(d).figures if x.value == grouped][0]
    assert f.normalized == value and f.quantity().text == value


def test_malformed_integer_and_number_in_other_columns(figures):
    d, header, rows = figures
    rows[5]["line"] = "nine"
    rows[6]["line"] = "0"
    write_rows(d / "figures.csv", header, rows)
    uh, urows = read_rows(d / "units.csv")
    urows[0]["factor"] = "ten"
    write_rows(d / "units.csv", uh, urows)
    problems = validate(d)
    one(problems, f"figures.csv:{csv_line(5)}: column 'line': 'nine' is not an integer")
    one(problems, f"figures.csv:{csv_line(6)}: column 'line': 0 is below the minimum 1")
    one(problems, f"units.csv:{csv_line(0)}: column 'factor': 'ten' is not a number")


def test_duplicate_figure_id(figures):
    d, header, rows = figures
    rows[6]["figure_id"] = rows[5]["figure_id"]
    write_rows(d / "figures.csv", header, rows)
    p = one(validate(d), "duplicate key")
    assert p == (f"figures.csv:{csv_line(6)}: column 'figure_id': duplicate key {rows[5]['figure_id']!r} "
                 f"(first on line {csv_line(5)})")


def test_duplicate_figure_row(figures):
    d, header, rows = figures
    dup = dict(rows[0], figure_id=rows[0]["figure_id"].split("-")[0] + "-9999")
    rows.append(dup)
    write_rows(d / "figures.csv", header, rows)
    p = one(validate(d), "duplicate figure")
    assert p.startswith(f"figures.csv:{csv_line(len(rows) - 1)}: duplicate figure") and f"line {csv_line(0)}" in p


def test_missing_base_period_for_avg_growth(figures):
    d, header, rows = figures
    i = next(i for i, r in enumerate(rows) if r["measure"] == "avg_growth")
    rows[i]["base_period"] = ""
    write_rows(d / "figures.csv", header, rows)
    p = one(validate(d), "base_period")
    assert p.startswith(f"figures.csv:{csv_line(i)}: column 'base_period': required for measure 'avg_growth'")


def test_schema_rules_beyond_types(figures):
    d, header, rows = figures
    share_i = next(i for i, r in enumerate(rows) if r["measure"] == "share")
    growth_i = next(i for i, r in enumerate(rows) if r["measure"] == "growth")
    rows[share_i]["denominator"] = rows[share_i]["denominator_city"] = ""
    rows[growth_i]["unit"] = "亿元"
    rows[7]["figure_id"] = "s004-0007" if not rows[7]["figure_id"].startswith("s004") else "s000-0007"
    rows[8]["excerpt"] = "这是一段" * 16 + rows[8]["value"]
    rows[9]["excerpt"] = rows[9]["excerpt"] + " "
    write_rows(d / "figures.csv", header, rows)
    problems = validate(d)
    one(problems, f"figures.csv:{csv_line(share_i)}: column 'denominator': required for measure 'share'")
    one(problems, f"figures.csv:{csv_line(growth_i)}: column 'unit': '亿元' does not fit measure 'growth'; "
                  "expected %")
    one(problems, f"figures.csv:{csv_line(7)}: column 'figure_id':", "must start with its source_id")
    one(problems, f"figures.csv:{csv_line(8)}: column 'excerpt':", "at most 60 allowed")
    one(problems, f"figures.csv:{csv_line(9)}: column 'excerpt':", "leading or trailing spaces")


def test_excerpt_must_contain_the_value(figures):
    d, header, rows = figures
    rows[0]["value"] = "9999.9"
    write_rows(d / "figures.csv", header, rows)
    one(validate(d), f"figures.csv:{csv_line(0)}: column 'excerpt': does not contain the value as printed '9999.9'")


def test_wrong_header(figures):
    d, header, rows = figures
    bad = ["figure"] + header[1:]
    with open(d / "figures.csv", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    lines[0] = ",".join(bad)
    (d / "figures.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    p = one(validate(d), "header")
    assert p.startswith("figures.csv:1: header does not match the schema in datapackage.json")
    assert "missing columns: figure_id" in p and "unknown columns: figure" in p
    assert "expected, in order: " + ",".join(header) in p


def test_wrong_number_of_fields(figures):
    d, header, rows = figures
    with open(d / "figures.csv", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    lines[csv_line(0) - 1] += ",extra"
    (d / "figures.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    one(validate(d), f"figures.csv:{csv_line(0)}: 17 fields, expected 16")


def test_every_problem_is_reported_at_once_and_nothing_is_loaded(figures):
    d, header, rows = figures
    avg = next(i for i, r in enumerate(rows) if r["measure"] == "avg_growth")
    rows[0]["indicator"] = "no_such_indicator"
    rows[1]["unit"] = "furlong"
    rows[2]["city"] = "atlantis"
    rows[3]["period"] = "2024Q5"
    rows[4]["value"] = "41,07.1"
    rows[6]["figure_id"] = rows[5]["figure_id"]
    rows[avg]["base_period"] = ""
    write_rows(d / "figures.csv", header, rows)
    ih, irows = read_rows(d / "indicators.csv")
    irows[3]["price_basis"] = "constant"
    write_rows(d / "indicators.csv", ih, irows)

    problems = validate(d)
    expected = [
        (f"figures.csv:{csv_line(0)}: column 'indicator'", "no_such_indicator"),
        (f"figures.csv:{csv_line(1)}: column 'unit'", "furlong"),
        (f"figures.csv:{csv_line(2)}: column 'city'", "atlantis"),
        (f"figures.csv:{csv_line(3)}: column 'period'", "2024Q5"),
        (f"figures.csv:{csv_line(4)}: column 'value'", "41,07.1"),
        (f"figures.csv:{csv_line(6)}: column 'figure_id'", "duplicate key"),
        (f"figures.csv:{csv_line(avg)}: column 'base_period'", "required for measure 'avg_growth'"),
        (f"indicators.csv:{csv_line(3)}: column 'price_basis'", "'constant' is not allowed; allowed values: "
                                                                "current, comparable, none"),
    ]
    for where, what in expected:
        assert any(p.startswith(where) and what in p for p in problems), (where, what, problems)

    with pytest.raises(DataError) as info:
        load_ledger(d)
    assert info.value.problems == problems
    message = str(info.value)
    assert message.startswith(f"{len(problems)} problem(s) in data/:")
    assert all(p in message for p in problems)


def test_load_ledger_notices_a_file_corrupted_after_loading(figures):
    d, header, rows = figures
    assert len(load_ledger(d).figures) == len(rows)
    rows[2]["city"] = "atlantis"
    write_rows(d / "figures.csv", header, rows)
    st = (d / "figures.csv").stat()
    os.utime(d / "figures.csv", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    with pytest.raises(DataError, match="atlantis"):
        load_ledger(d)


def test_missing_files(tmp_path, data_copy):
    with pytest.raises(DataError, match="cannot read the data package descriptor"):
        load_ledger(tmp_path / "nowhere")
    (data_copy / "cities.csv").unlink()
    problems = validate(data_copy)
    assert any("cities.csv: cannot read" in p for p in problems)


def test_empty_file(data_copy):
    (data_copy / "sources.csv").write_text("", encoding="utf-8")
    assert any(p.startswith("sources.csv:1: empty file; expected a header row: source_id,file_name")
               for p in validate(data_copy))


def test_validate_uses_the_data_dir_from_the_environment(figures):
    d, header, rows = figures  # data_copy set ANALYSIS_DATA_DIR
    rows[2]["city"] = "atlantis"
    write_rows(d / "figures.csv", header, rows)
    assert any("atlantis" in p for p in validate())


def test_an_excerpt_with_digits_grouped_by_spaces_prints_the_value(figures):
    # a yearbook mirror prints "141 844人"; the value is written 141844 and the excerpt stays verbatim
    d, header, rows = figures
    rows[0]["value"], rows[0]["excerpt"] = "141844", "总人口141 844人"
    rows[1]["value"], rows[1]["excerpt"] = "202112", "2021 12月"  # a year is never the head of a group
    write_rows(d / "figures.csv", header, rows)
    problems = validate(d)
    assert not [p for p in problems if p.startswith(f"figures.csv:{csv_line(0)}: column 'excerpt': does not contain")]
    one(problems, f"figures.csv:{csv_line(1)}: column 'excerpt': does not contain the value as printed '202112'")


def test_pp_change_of_a_per_mille_rate_takes_per_mille_points(figures):
    # extract proposes 个千分点 for "比上年下降0.2个千分点" (a change of a ‰ rate): add must accept it,
    # and still refuse a unit that is no point at all.
    d, header, rows = figures
    sources = {r["source_id"]: r for r in read_rows(d / "sources.csv")[1]}
    i, j = [i for i, r in enumerate(rows)
            if r["measure"] == "pp_change" and not sources[r["source_id"]]["file_name"]][:2]
    for k, unit in ((i, "个千分点"), (j, "‰")):
        rows[k]["unit"] = unit
        rows[k]["excerpt"] = f"出生率下降{rows[k]['value']}{unit}。"
    write_rows(d / "figures.csv", header, rows)
    problems = validate(d)
    assert not [p for p in problems if f"figures.csv:{csv_line(i)}:" in p]
    one(problems, f"figures.csv:{csv_line(j)}: column 'unit': '‰' does not fit measure 'pp_change'")


def test_a_value_printed_twice_on_a_line_is_two_rows_with_their_own_excerpts(figures):
    d, header, rows = figures
    first = rows[0]
    value = first["value"].lstrip("-")
    again = dict(first, figure_id=first["figure_id"].split("-")[0] + "-9998", excerpt=f"又一处{value}")
    rows.append(again)
    write_rows(d / "figures.csv", header, rows)
    assert not [p for p in validate(d) if "duplicate figure" in p]


def test_synonyms_are_validated_their_key_and_their_code(data_copy):
    """synonyms.csv was read by extract but checked by no command: a phrase given twice in one language and a code
    not in the catalogue are named with their lines."""
    path = data_copy / "synonyms.csv"
    header, rows = read_rows(path)
    first = rows[0]
    rows.append({**first, "notes": "again"})
    rows.append({**first, "phrase": first["phrase"] + "之外", "indicator": "no_such_code"})
    write_rows(path, header, rows)
    problems = validate(data_copy)
    assert any(p.startswith(f"synonyms.csv:{csv_line(len(rows) - 2)}: duplicate key phrase, lang") for p in problems)
    assert any(p.startswith(f"synonyms.csv:{csv_line(len(rows) - 1)}: column 'indicator': unknown indicator "
                            "'no_such_code'") for p in problems)
