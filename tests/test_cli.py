"""The `analysis` command: checks, figures, cite, validate; and its import cost."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from analysis import VERDICTS, run_checks
from analysis.cli import main
from conftest import REAL_DATA
from helpers import catalogue_areas, catalogue_cities as _catalogue_cities

CONTRACT = ["check_id", "city", "indicator", "kind", "period_start", "period_end", "stated", "computed",
            "computed_low", "computed_high", "verdict", "explanation", "sources"]
CITIES = set(_catalogue_cities()) | set(catalogue_areas())  # a check of an area names the area


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def retail_check_id(ledger):
    return next(c.check_id for c in run_checks(ledger, city="hohhot")
                if (c.indicator, c.kind, c.period_start, c.period_end) == ("retail_sales", "avg_growth", "2020", "2024"))


# -- checks --------------------------------------------------------------------

def test_checks_csv_has_the_contract_columns(capsys, real_ledger):
    code, out, err = run(capsys, "checks", "--format", "csv")
    assert code == 0 and err == ""
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(run_checks(real_ledger))
    header = next(csv.reader(io.StringIO(out)))
    assert header[:len(CONTRACT)] == CONTRACT
    for r in rows:
        assert r["city"] in CITIES
        float(r["stated"])  # numeric
        assert r["verdict"] in VERDICTS
        assert r["explanation"] and r["sources"]
        for col in ("computed", "computed_low", "computed_high"):
            if r[col]:
                float(r[col])
        if r["computed"]:
            assert float(r["computed_low"]) <= float(r["computed"]) <= float(r["computed_high"])
    assert len({r["check_id"] for r in rows}) == len(rows)


def test_checks_json_parses(capsys):
    code, out, _ = run(capsys, "checks", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data and {"check_id", "verdict", "explanation_en", "explanation_zh", "sources", "readings"} <= set(data[0])


def test_checks_city_filter(capsys):
    code, out, _ = run(capsys, "checks", "--city", "hohhot", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and {r["city"] for r in rows} == {"hohhot"}
    last = _catalogue_cities()[-1]
    code, out, _ = run(capsys, "checks", "--city", last, "--format", "json")
    assert {c["city"] for c in json.loads(out)} == {last}


def test_checks_verdict_filter(capsys):
    code, out, _ = run(capsys, "checks", "--verdict", "inconsistent", "--verdict", "not_comparable",
                       "--format", "csv")
    verdicts = {r["verdict"] for r in csv.DictReader(io.StringIO(out))}
    assert code == 0 and verdicts == {"inconsistent", "not_comparable"}


def test_checks_table_ends_with_a_summary(capsys):
    code, out, _ = run(capsys, "checks", "--city", "hohhot")
    assert code == 0
    assert out.splitlines()[0].split()[:2] == ["check_id", "verdict"]
    last = out.splitlines()[-1]
    assert " claims: " in last and " identities: " in last  # counted apart, never added together


def test_checks_role_filter_keeps_one_role(capsys):
    import csv as _csv
    import io

    for role in ("claim", "identity"):
        code, out, _ = run(capsys, "checks", "--city", "hohhot", "--role", role, "--format", "csv")
        rows = list(_csv.DictReader(io.StringIO(out)))
        assert code == 0 and rows and {r["role"] for r in rows} == {role}


def test_unknown_city_exits_non_zero_listing_the_known_cities(capsys):
    code, out, err = run(capsys, "checks", "--city", "atlantis")
    assert code != 0 and out == ""
    assert "unknown city 'atlantis'" in err
    assert all(c in err for c in _catalogue_cities())


def test_bad_arguments_exit_through_argparse(capsys):
    with pytest.raises(SystemExit) as info:
        main(["checks", "--format", "xml"])
    assert info.value.code == 2
    with pytest.raises(SystemExit):
        main([])


# -- cite ------------------------------------------------------------------------

def test_cite_in_english(capsys, real_ledger):
    cid = retail_check_id(real_ledger)
    code, out, err = run(capsys, "cite", cid)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"Check {cid} — verdict: consistent"
    assert "Hohhot (呼和浩特)" in out and "Sources:" in out
    assert "“从2020年的1032.9亿元”" in out and "line 17" in out


def test_cite_in_chinese(capsys, real_ledger):
    cid = retail_check_id(real_ledger)
    code, out, _ = run(capsys, "cite", cid, "--lang", "zh")
    assert code == 0
    assert out.splitlines()[0] == f"核验 {cid} — 结论：一致（consistent）"
    assert "城市：呼和浩特" in out and "来源：" in out and "第17行" in out
    assert "社会消费品零售总额" in out


def test_cite_lists_every_source_of_the_check(capsys, real_ledger):
    check = next(c for c in run_checks(real_ledger) if c.kind == "avg_growth_vs_multiple")
    code, out, _ = run(capsys, "cite", check.check_id)
    assert code == 0 and f"verdict: {check.verdict}" in out
    for s in check.sources:
        assert f"[{s['figure_id']}]" in out and f"“{s['excerpt']}”" in out and s["file_name"] in out
    assert out.count("reading:") == len(check.readings) >= 2


def test_unknown_check_id(capsys):
    code, out, err = run(capsys, "cite", "hohhot.retail_sales.avg_growth.2020-2024.s000-10")
    assert code != 0 and out == ""
    assert "unknown check id" in err and "did you mean" in err


# -- figures -----------------------------------------------------------------------

def test_figures_of_one_city(capsys, real_ledger):
    city = _catalogue_cities()[1] if len(_catalogue_cities()) > 1 else _catalogue_cities()[0]
    code, out, _ = run(capsys, "figures", "--city", city, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    under = real_ledger.figures_under(city)  # the city's figures, then those of the areas below it
    assert len(rows) == len(under) > 0
    assert {r["city"] for r in rows} == {f.city for f in under} and city in {r["city"] for r in rows}
    assert [r["figure_id"] for r in rows] == [f.figure_id for f in under]
    code, out, _ = run(capsys, "figures", "--city", city)
    assert out.rstrip().endswith(f"{len(rows)} figures")
    code, out, _ = run(capsys, "figures", "--city", city, "--format", "json")
    assert [r["figure_id"] for r in json.loads(out)] == [r["figure_id"] for r in rows]


def test_figures_of_an_unknown_city(capsys):
    code, _, err = run(capsys, "figures", "--city", "atlantis")
    assert code != 0 and "known cities" in err


# -- validate ----------------------------------------------------------------------

def _validate_args() -> list[str]:
    """`validate` checks the excerpts against the source documents; a clone without them
    (no ../shared/seeds) validates the rest (the provenance tests say they were skipped)."""
    from conftest import SEEDS

    return ["validate"] if SEEDS.is_dir() else ["validate", "--no-documents"]


def test_validate_real_data(capsys, real_ledger):
    code, out, err = run(capsys, *_validate_args())
    assert code == 0 and err == ""
    assert out.startswith("data/ is valid:") and f"{len(real_ledger.figures)} figures" in out


def test_validate_a_corrupted_copy_lists_every_problem(capsys, data_copy):
    text = (data_copy / "figures.csv").read_text(encoding="utf-8").splitlines()
    text[1] = text[1].replace(",hohhot,", ",atlantis,", 1)
    text[2] = text[2].replace(",2024,", ",2024Q5,", 1)
    (data_copy / "figures.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "validate")
    assert code == 1 and out == ""
    assert f"in {data_copy}" in err.splitlines()[0]
    assert "figures.csv:2: column 'city': unknown city 'atlantis'" in err
    assert "figures.csv:3: column 'period': '2024Q5' is malformed" in err


def test_nothing_is_computed_from_invalid_data(capsys, data_copy):
    text = (data_copy / "figures.csv").read_text(encoding="utf-8").splitlines()
    text[1] = text[1].replace(",hohhot,", ",atlantis,", 1)
    (data_copy / "figures.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    for argv in (["checks", "--format", "csv"], ["figures"], ["cite", "x"]):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == ""
        assert "invalid data — nothing was computed" in err and "atlantis" in err


# -- subprocesses: the installed command and its imports ---------------------------------------

def _env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("ANALYSIS_DATA_DIR",)}
    env.update(extra)
    return env


def test_checks_does_not_import_heavy_libraries():
    code = (
        "import sys, io, contextlib\n"
        "from analysis.cli import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        f"    for argv in (['checks', '--format', 'csv'], ['figures'], {_validate_args()!r},\n"
        "                 ['cite', 'hohhot.retail_sales.avg_growth.2020-2024.s000-109']):\n"
        "        assert main(argv) == 0, argv\n"
        "heavy = sorted(m for m in ('statsmodels', 'scipy', 'matplotlib', 'pandas', 'papermill', 'nbconvert',\n"
        "                           'playwright') if m in sys.modules)\n"
        "print(','.join(heavy) or 'none')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "none"


def test_the_installed_command_runs_checks_as_csv(real_ledger):
    exe = os.path.join(os.path.dirname(sys.executable), "analysis")
    argv = [exe] if os.path.exists(exe) else [sys.executable, "-m", "analysis.cli"]
    proc = subprocess.run([*argv, "checks", "--city", "hohhot", "--format", "csv"], capture_output=True,
                          text=True, env=_env(ANALYSIS_DATA_DIR=str(REAL_DATA)), timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert rows and {r["city"] for r in rows} == {"hohhot"}
    assert list(rows[0])[:len(CONTRACT)] == CONTRACT
    # the same ids in another process (no dependence on hash seeds or set order)
    assert [r["check_id"] for r in rows] == [c.check_id for c in run_checks(real_ledger, city="hohhot")]


def test_the_installed_command_exits_non_zero_for_an_unknown_city():
    proc = subprocess.run([sys.executable, "-m", "analysis.cli", "checks", "--city", "atlantis"],
                          capture_output=True, text=True, env=_env(), timeout=120)
    assert proc.returncode != 0 and proc.stdout == ""
    assert "known cities: " + ", ".join(_catalogue_cities()) in proc.stderr
