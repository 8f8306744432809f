"""The exploration notebook: paired with its script, committed without outputs,
and executed (papermill) with its defaults and on a fixture ledger long enough
for a trend; its outputs are checked against the library (a number, a plot, a
citation, a comparison of two cities)."""

from __future__ import annotations

import base64
import re
import time

import jupytext
import nbformat
import pytest

import analysis
from analysis.paths import PROJECT_ROOT

NOTEBOOK = PROJECT_ROOT / "notebooks" / "explore.ipynb"
SCRIPT = PROJECT_ROOT / "notebooks" / "explore.py"


def defaults() -> dict:
    """The notebook's parameters, read from its parameters cell (not repeated here)."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    values: dict = {}
    exec(cell.source, {}, values)
    return values


def execute(tmp_path, **parameters):
    import papermill

    out = tmp_path / "explore.out.ipynb"
    t0 = time.perf_counter()
    papermill.execute_notebook(str(NOTEBOOK), str(out), parameters=parameters, progress_bar=False,
                               cwd=str(NOTEBOOK.parent), kernel_name="python3")
    return nbformat.read(out, as_version=4), time.perf_counter() - t0


def texts(nb) -> list[str]:
    return [o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if o.output_type == "stream"]


def pngs(nb) -> list[bytes]:
    return [base64.b64decode(o["data"]["image/png"]) for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if "image/png" in o.get("data", {})]


def test_notebook_is_paired_in_sync_and_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    script = jupytext.read(SCRIPT)
    code = lambda n: [c.source for c in n.cells if c.cell_type == "code"]  # noqa: E731
    assert code(nb) == code(script), "run `jupytext --sync notebooks/explore.py`"
    assert nb.metadata["jupytext"]["formats"] == "ipynb,py:percent"
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code")
    params = defaults()
    assert {"city", "indicator", "start", "end", "compare", "lang"} <= set(params)
    assert params["city"] in analysis.load_ledger().city_slugs()


@pytest.mark.render
def test_notebook_runs_with_its_defaults(tmp_path, real_ledger):
    nb, seconds = execute(tmp_path)
    out = "".join(texts(nb))
    p = defaults()
    # a number: the CAGR the library computes for the notebook's parameters, with interval and ids
    q = analysis.cagr(analysis.series(p["city"], p["indicator"]), p["start"], p["end"])
    assert f"{q.value:.3f} % (interval {q.low:.3f}–{q.high:.3f} %), from figures {', '.join(q.all_figure_ids())}" in out
    # a plot, with its source lines
    images = pngs(nb)
    assert images and all(png[:8] == b"\x89PNG\r\n\x1a\n" for png in images)
    # a trend only where the data have five annual points (the seed documents do not)
    df = analysis.frame(p["city"], measure="level").query("qualifier == 'exact' and period_kind == 'year'")
    most = df.groupby("indicator", observed=True)["period"].nunique().max()
    assert ("Trend growth of" in out) == (most >= 5)
    assert ("no trend is fitted" in out) == (most < 5)
    # two cities compared, from the data
    m = re.search(r"^(.+), (\S+): (.+?) ([\d.]+) (\S+) \[(\S+)\], (.+?) ([\d.]+) \S+ \[(\S+)\]; ", out, re.M)
    assert m, out
    a, b = real_ledger.figure(m.group(6)), real_ledger.figure(m.group(9))
    assert a.city != b.city and (a.indicator, a.period) == (b.indicator, b.period)
    assert (m.group(4), m.group(8)) == (a.value, b.value)
    # a citation of a real check
    cited = re.search(r"^Check (\S+) — verdict: (\w+)$", out, re.M)
    assert cited
    row = analysis.checks_frame(p["city"]).set_index("check_id").loc[cited.group(1)]
    assert row["verdict"] == cited.group(2) and row["role"] == "claim"
    assert "Sources:" in out.split(cited.group(0), 1)[1]
    assert seconds < 60, f"explore.ipynb took {seconds:.1f} s"  # a few seconds; loose for a loaded machine
    print(f"explore.ipynb executed in {seconds:.1f} s (kernel start included)")


@pytest.mark.render
def test_notebook_fits_a_trend_where_five_points_exist(tmp_path, make_ledger):
    level = lambda city, year, value: {"city": city, "indicator": "gdp", "measure": "level",  # noqa: E731
                                       "period": str(year), "value": value, "unit": "亿元"}
    rows = [level("hohhot", 2018 + i, f"{3000 * 1.05 ** i * (1 + 0.01 * (-1) ** i):.1f}") for i in range(6)]
    rows += [level("baotou", 2023, "3800.0"),
             {"city": "hohhot", "indicator": "gdp", "measure": "avg_growth", "period": "2023", "base_period": "2018",
              "value": "5.0", "unit": "%"}]
    ledger = make_ledger(rows)  # the kernel inherits ANALYSIS_DATA_DIR / ANALYSIS_SEEDS_DIR
    nb, _ = execute(tmp_path, city="hohhot", indicator="gdp", start="2018", end="2023")
    out = "".join(texts(nb))
    t = analysis.trend_growth(analysis.series("hohhot", "gdp", ledger=ledger))
    assert f"(6 points): {t.value:.2f} % a year (95 % interval {t.low:.2f}–{t.high:.2f} %)" in out
    hohhot_2023 = analysis.series("hohhot", "gdp", ledger=ledger).attrs["printed"]["2023"]
    assert f"2023: Hohhot {hohhot_2023} 亿元 [t001-006], Baotou 3800.0 亿元 [t001-007]" in out
    assert re.search(r"^Check hohhot\.gdp\.avg_growth\.2018-2023\.t001-008 — verdict: ", out, re.M)
