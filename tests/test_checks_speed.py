"""`analysis checks` on a large ledger (issue 11): the fast writers give the
standard library's bytes, the fast figure quantities the general
constructor's, and the checks split over two processes the same output as
one process."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import random
import subprocess
import sys

import pytest

from analysis.checks import CSV_COLUMNS, TABLE_COLUMNS, checks_to_json, run_checks, write_checks_csv
from analysis.checks import parallel
from analysis.checks.index import index_for
from analysis.checks.output import csv_text, dumps_indented, json_text
from analysis.cli import format_cells, format_table, main
from analysis.ledger import ARITHMETIC_UNITS, Figure
from analysis.quantity import Quantity, decimals_of
from decimal import Decimal


@pytest.fixture(scope="module")
def checks(real_ledger):
    return run_checks(real_ledger)


# -- writers ---------------------------------------------------------------------

def test_csv_text_is_what_the_dict_writer_wrote(checks):
    ref = io.StringIO()
    w = csv.DictWriter(ref, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for c in checks:
        w.writerow(c.to_row())
    assert csv_text(checks) == ref.getvalue()
    buf = io.StringIO()
    write_checks_csv(checks, buf)
    assert buf.getvalue() == ref.getvalue()
    assert csv_text(checks[:3], header=False) == "".join(ref.getvalue().splitlines(keepends=True)[1:4])


def test_json_text_is_json_dumps_of_every_check(checks):
    assert checks and any(c.readings for c in checks) and any(c.sources for c in checks)
    assert json_text(checks) == json.dumps([c.to_dict() for c in checks], ensure_ascii=False, indent=1)
    assert checks_to_json(checks) == json_text(checks)
    assert json_text([]) == "[]"


@dataclasses.dataclass
class _Point:
    x: float
    tags: list


@pytest.mark.parametrize("obj", [
    [], {}, [[]], [{}], "", "呼和浩特 “引号” \n\t\\ \u2028 \x00", 0, -7, 2 ** 70, 0.1, -0.0, 1e-7, 1e22, 5.198,
    float("nan"), float("inf"), float("-inf"), True, False, None,
    {"a": [1, (2, 3), {"b": {}}], "c": None, "d": [{"e": True}, []]},
    {1: "int key", 2.5: "float key", False: "bool key", None: "none key"},
    [_Point(1.5, ["x", {"y": 2}])], {"p": (_Point(0.0, []),)},
])
def test_the_indented_encoder_is_json_dumps(obj):
    assert dumps_indented(obj) == json.dumps(obj if not dataclasses.is_dataclass(obj) else dataclasses.asdict(obj),
                                             ensure_ascii=False, indent=1, default=dataclasses.asdict)


def test_the_indented_encoder_refuses_what_json_refuses():
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps_indented({"a": object()})
    with pytest.raises(TypeError, match="keys must be"):
        dumps_indented({(1, 2): "tuple key"})


def test_format_cells_is_format_table(checks):
    rows = [c.to_row() for c in checks]
    assert format_cells([c.table_cells() for c in checks], TABLE_COLUMNS) == format_table(rows, TABLE_COLUMNS)
    long = [{"id": "x" * 60, "text": "呼和浩特" * 20, "n": 1}, {"id": "y", "text": "ascii " * 20, "n": 22},
            {"id": "呼和浩特" * 15, "text": "呼和浩特" * 20, "n": "亿元"}, {"id": "z", "text": "短", "n": "亿元"}]
    assert format_cells([[str(r[k]) for k in ("id", "text", "n")] for r in long], ["id", "text", "n"], 20) \
        == format_table(long, ["id", "text", "n"], 20)


# -- figure quantities without Decimal -----------------------------------------------

def _printed(f: Figure) -> Quantity:
    # an English "percent" computes as "%" (ledger.ARITHMETIC_UNITS)
    return Quantity.printed(f.normalized, ARITHMETIC_UNITS.get(f.unit, f.unit), label=f"{f.indicator} {f.period}",
                            figure_ids=(f.figure_id,), period=f.period, half_width=0.0 if f.exact else None)


def _by_decimal(text: str, exact: bool) -> tuple[float, float, float]:
    """(value, low, high) of printed text computed with decimal.Decimal: the
    reference the plain-decimal fast path of Quantity.printed must match."""
    from decimal import Decimal

    v = Decimal(text)
    if exact:  # half_width=0.0: the ends are value ∓ 0.0 (so -0 gives [-0.0, 0.0])
        return float(v), float(v) - 0.0, float(v) + 0.0
    h = Decimal(5).scaleb(-decimals_of(text) - 1)
    return float(v), float(v - h), float(v + h)


def _same_as_decimal(q: Quantity, text: str, exact: bool) -> bool:
    return repr((q.value, q.low, q.high)) == repr(_by_decimal(text, exact))


def _same(a: Quantity, b: Quantity) -> bool:
    return a == b and repr((a.value, a.low, a.high)) == repr((b.value, b.low, b.high))


def test_every_figure_quantity_is_what_quantity_printed_gives(real_ledger):
    for f in real_ledger.figures:
        assert _same(f.quantity(), _printed(f)), f.figure_id
        assert _same_as_decimal(f.quantity(), f.normalized, f.exact), f.figure_id
        assert f.decimals == decimals_of(f.normalized), f.figure_id


def test_figure_quantities_of_many_printed_values():
    rng = random.Random(11)
    texts = ["0", "-0", "0.0", "-0.05", "007.50", "1032.9", "1265", "-8.5", "4107.08", "0.000001", "12345678.123456"]
    for _ in range(3000):
        d, n = rng.randint(0, 6), rng.randint(0, 10 ** rng.randint(1, 10))
        body = str(n) if d == 0 else f"{n // 10 ** d}.{n % 10 ** d:0{d}d}"
        texts.append(rng.choice(["", "-"]) + body)
    for text in texts:
        for counted in (False, True):
            f = Figure("t001-001", "c", "gdp", "level", "exact", "2024", "", text, "亿元", "", "", "", "t001", 1,
                       text, counted=counted)
            assert _same(f.quantity(), _printed(f)), (text, counted)
            assert _same_as_decimal(f.quantity(), text, f.exact), (text, counted)
            assert f.decimals == decimals_of(text), text
            assert decimals_of(text) == max(0, -Decimal(text).as_tuple().exponent), text


# -- two processes ------------------------------------------------------------------

def test_city_groups_are_consecutive_and_balanced(real_ledger):
    ix = index_for(real_ledger)
    for n in (1, 2, 3):
        groups = parallel.city_groups(real_ledger, n)
        assert [c for g in groups for c in g] == ix.cities() and all(groups)
    two = parallel.city_groups(real_ledger, 2)
    assert len(two) == 2
    sizes = [sum(len(ix.by_city[c]) for c in g) for g in two]
    biggest = max(len(ix.by_city[c]) for c in ix.cities())
    assert abs(sizes[0] - sizes[1]) <= biggest  # no better split of whole cities exists beyond one city


def test_the_second_group_is_checked_in_another_process(real_ledger, monkeypatch):
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FIGURES", 0)
    parts = parallel.map_city_groups(real_ledger, lambda cs: (os.getpid(), [c.check_id for c in cs]), jobs=2)
    assert len(parts) == 2 and parts[0][0] == os.getpid() and parts[1][0] != os.getpid()
    assert parts[0][1] + parts[1][1] == [c.check_id for c in run_checks(real_ledger)]
    assert parallel.map_city_groups(real_ledger, len, jobs=1) == [len(run_checks(real_ledger))]


def test_an_error_in_the_other_process_reaches_the_caller(real_ledger, monkeypatch):
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FIGURES", 0)
    last = parallel.city_groups(real_ledger, 2)[-1]

    def work(cs):
        if cs and cs[0].city in last:
            raise ValueError(f"boom in {os.getpid()}")
        return len(cs)

    with pytest.raises(ValueError, match="boom in"):
        parallel.map_city_groups(real_ledger, work, jobs=2)


@pytest.mark.parametrize("argv", [["--format", "csv"], ["--format", "json"], [],
                                  ["--verdict", "inconsistent", "--format", "json"], ["--role", "identity"]])
def test_checks_in_two_processes_print_the_same_bytes(capsys, monkeypatch, argv):
    monkeypatch.setenv(parallel.JOBS_ENV, "1")
    assert main(["checks", *argv]) == 0
    one = capsys.readouterr().out
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    monkeypatch.setattr(parallel, "PARALLEL_MIN_FIGURES", 0)
    monkeypatch.setattr(parallel, "available_cores", lambda: 2)  # as on a two-core machine
    assert main(["checks", *argv]) == 0
    assert capsys.readouterr().out == one


def test_a_bad_jobs_setting_is_named(monkeypatch):
    monkeypatch.setenv(parallel.JOBS_ENV, "two")
    with pytest.raises(ValueError, match="ANALYSIS_CHECK_JOBS='two'"):
        parallel.available_cores()


def test_the_seed_ledger_is_checked_in_one_process_without_multiprocessing():
    probe = ("import io, sys, contextlib; from analysis.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()): rc = main(['checks', '--format', 'csv'])\n"
             "print(rc, 'multiprocessing' in sys.modules, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "False", "False"]


def test_a_large_ledger_through_the_program_prints_what_one_process_prints(tmp_path, monkeypatch, capsys):
    # a ledger above the two-process threshold, run as the program: two processes, the quick exit
    from analysis.paths import PROJECT_ROOT

    sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
    from synthetic import build

    from analysis.ledger import load_ledger

    n = parallel.PARALLEL_MIN_FIGURES // 600  # synthetic cities are copies of Hohhot's rows
    while True:
        data = build(n, tmp_path / f"syn{n}")
        if len(load_ledger(data).figures) >= parallel.PARALLEL_MIN_FIGURES:
            break
        n += 2
    env = {**os.environ, "ANALYSIS_DATA_DIR": str(data), "ANALYSIS_SEEDS_DIR": str(data.parent / "seeds")}
    exe = os.path.join(os.path.dirname(sys.executable), "analysis")
    for fmt in ("csv", "table"):
        argv = ["checks"] + (["--format", fmt] if fmt != "table" else [])
        got = subprocess.run([exe, *argv], capture_output=True, text=True, env=env)
        assert got.returncode == 0 and got.stderr == ""
        for k in ("ANALYSIS_DATA_DIR", "ANALYSIS_SEEDS_DIR"):
            monkeypatch.setenv(k, env[k])
        monkeypatch.setenv(parallel.JOBS_ENV, "1")
        assert main(argv) == 0
        assert got.stdout == capsys.readouterr().out


# -- loading: figures made without the frozen dataclass's __init__ ------------------------

def test_figures_are_made_as_their_init_makes_them(real_ledger):
    from analysis.ledger import loading as L  # the ledger package (issue 20): the loader of figures.csv

    tables, problems = L._validated(real_ledger.directory)
    assert not problems
    rows = tables["figures"]
    fast = L._make_figures(rows)
    slow = [Figure(**{**r, "line": int(r["line"])}, csv_line=line) for line, r in rows]
    assert fast == slow
    for a, b in zip(fast, slow):
        assert vars(a) == vars(b) and hash(a) == hash(b) and repr(a) == repr(b)
        assert dataclasses.asdict(a) == dataclasses.asdict(b)


def test_a_row_that_is_not_a_figure_goes_through_init():
    from analysis.ledger import loading as L  # the ledger package (issue 20): the loader of figures.csv

    row = {f: "" for f in L._FIGURE_CSV_FIELDS} | {"line": "3", "surprise": "x"}
    with pytest.raises(TypeError, match="surprise"):
        L._make_figures([(2, row)])
