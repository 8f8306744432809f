"""The exploration notebook (notebooks/explore.py, the tracked jupytext source;
its logic in analysis.explore): executed (papermill) with its defaults, for
every city of data/cities.csv on one warm kernel, and on a fixture ledger long
enough for a trend; its outputs are checked against the library (a number, a
plot, a citation, a comparison of two cities, or what it cannot compute)."""

from __future__ import annotations

import base64
import copy
import csv
import re
import time

import jupytext
import nbformat
import pytest

import analysis
from analysis import explore
from analysis.paths import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "notebooks" / "explore.py"


def defaults() -> dict:
    """The notebook's parameters, read from its parameters cell (not repeated here)."""
    nb = jupytext.read(SCRIPT)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    values: dict = {}
    exec(cell.source, {}, values)
    return values


def execute(tmp_path, **parameters):
    import papermill

    out = tmp_path / "explore.out.ipynb"
    t0 = time.perf_counter()
    papermill.execute_notebook(jupytext.read(SCRIPT), str(out), parameters=parameters, progress_bar=False,
                               cwd=str(SCRIPT.parent), kernel_name="python3")
    return nbformat.read(out, as_version=4), time.perf_counter() - t0


def texts(nb) -> list[str]:
    return [o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if o.output_type == "stream"]


def pngs(nb) -> list[bytes]:
    return [base64.b64decode(o["data"]["image/png"]) for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if "image/png" in o.get("data", {})]


def test_notebook_has_its_parameters_and_stays_thin():
    params = defaults()
    assert {"city", "indicator", "start", "end", "compare", "lang"} <= set(params)
    assert params["city"] in analysis.load_ledger().city_slugs()
    assert params["start"] is None and params["end"] is None  # picked from the data, never years a city may lack
    code = "\n".join(c.source for c in jupytext.read(SCRIPT).cells if c.cell_type == "code")
    assert not re.search(r"^\s*(def|class|for|while) ", code, re.M), "logic belongs in analysis.explore"


def _has_a_trend(city: str) -> bool:
    """Whether some level of ``city`` is documented for five consecutive years,
    or for five years within ten (computed here, not by explore)."""
    if city not in analysis.load_ledger().city_slugs():
        return False
    df = analysis.frame(city, measure="level").query("qualifier == 'exact' and period_kind == 'year'")
    for _, group in df.groupby("indicator", observed=True):
        years = sorted({int(p) for p in group["period"].astype(str)})
        if any(years[i:i + 5] == list(range(years[i], years[i] + 5)) for i in range(len(years))):
            return True
        if len([y for y in years if y > years[-1] - 10]) >= 5:
            return True
    return False


def _check_outputs(nb, city: str, p: dict, real_ledger) -> str:
    """Each section printed its finding or what it cannot compute, as the library says."""
    out = "".join(texts(nb))
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    s = explore.level_series(city, p["indicator"]).value
    ends = explore.endpoint_periods(s)
    if ends:  # a number: the CAGR between the first and last annual levels, with interval and ids
        q = analysis.cagr(s, *ends)
        assert (f"{ends[0]}–{ends[1]}: {q.value:.3f} % (interval {q.low:.3f}–{q.high:.3f} %), "
                f"from figures {', '.join(q.all_figure_ids())}") in out
    else:
        assert "No CAGR of " in out, out
    images = pngs(nb)  # a plot where there are levels
    assert bool(images) == (s is not None) and all(png[:8] == b"\x89PNG\r\n\x1a\n" for png in images)
    assert ("Trend growth of" in out) == _has_a_trend(city), out
    assert ("no trend is fitted" in out) != _has_a_trend(city), out
    # two cities compared, from the data
    m = re.search(r"^(.+), (\S+): (.+?) ([\d.]+) (\S+) \[(\S+)\], (.+?) ([\d.]+) \S+ \[(\S+)\]; ", out, re.M)
    if m:
        a, b = real_ledger.figure(m.group(6)), real_ledger.figure(m.group(9))
        assert a.city != b.city and (a.indicator, a.period) == (b.indicator, b.period)
        for f in (a, b):  # each value as the ledger reads its figure (in the series' unit), with its id
            q = analysis.series(f.city, f.indicator, periods="all").analysis.quantity(f.period)
            assert f"{q} [{f.figure_id}]" in out, (str(q), out)
    else:
        assert "No indicator is documented for two cities" in out, out
    # a citation of a real check, or why there is none
    cited = re.search(r"^Check (\S+) — verdict: (\w+)$", out, re.M)
    if cited:
        row = analysis.checks_frame(city).set_index("check_id").loc[cited.group(1)]
        assert row["verdict"] == cited.group(2) and row["role"] == "claim"
        assert "Sources:" in out.split(cited.group(0), 1)[1]
    else:
        assert re.search(r"^No (check|claim) ", out, re.M), out
    # and what the notebook printed is what the library finds
    for finding in (explore.trend(city, p["indicator"]), explore.cited_check(city, p["indicator"])):
        assert finding.text in out
    return out


@pytest.mark.render
def test_notebook_runs_with_its_defaults(tmp_path, real_ledger):
    nb, seconds = execute(tmp_path)
    p = defaults()
    _check_outputs(nb, p["city"], p, real_ledger)
    assert seconds < 60, f"explore.ipynb took {seconds:.1f} s"  # a few seconds; loose for a loaded machine
    print(f"explore.ipynb executed in {seconds:.1f} s (kernel start included)")


def _catalogue_slugs() -> list[str]:
    """Every slug of data/cities.csv (the region too): the notebook must run for each."""
    with open(PROJECT_ROOT / "data" / "cities.csv", encoding="utf-8", newline="") as fh:
        return [row["slug"] for row in csv.DictReader(fh)]


@pytest.mark.render
def test_notebook_runs_for_every_city_of_the_catalogue(tmp_path, real_ledger):
    """``papermill -p city SLUG`` for every slug of data/cities.csv, on one warm
    kernel (the render's engine): no error; what a city lacks is said."""
    import papermill

    from analysis.render.engine import WarmKernel, notebook_imports, register

    register()
    nb = jupytext.read(SCRIPT)
    kernel = WarmKernel()
    t0 = time.perf_counter()
    kernel.start(cwd=str(SCRIPT.parent), warm_imports=notebook_imports(nb))
    seconds = {"kernel start": time.perf_counter() - t0}
    p = defaults()
    try:
        for city in _catalogue_slugs():
            t1 = time.perf_counter()
            out = papermill.execute_notebook(copy.deepcopy(nb), str(tmp_path / f"{city}.ipynb"),
                                             parameters={"city": city}, engine_name="warm", warm_kernel=kernel,
                                             kernel_cwd=str(SCRIPT.parent), kernel_name="python3",
                                             progress_bar=False)
            seconds[city] = time.perf_counter() - t1
            _check_outputs(out, city, p, real_ledger)
    finally:
        kernel.shutdown()
    print("explore.py per city (s): " + ", ".join(f"{k} {v:.1f}" for k, v in seconds.items()))
    assert sum(seconds.values()) < 30 * len(seconds), seconds  # a few seconds each; loose for a loaded machine


@pytest.mark.render
def test_notebook_fits_a_trend_where_five_points_exist(tmp_path, make_ledger):
    level = lambda city, year, value: {"city": city, "indicator": "gdp", "measure": "level",  # noqa: E731
                                       "period": str(year), "value": value, "unit": "亿元"}
    rows = [level("hohhot", 2018 + i, f"{3000 * 1.05 ** i * (1 + 0.01 * (-1) ** i):.1f}") for i in range(6)]
    rows += [level("baotou", 2023, "3800.0"),
             {"city": "hohhot", "indicator": "gdp", "measure": "avg_growth", "period": "2023", "base_period": "2018",
              "value": "5.0", "unit": "%"}]
    ledger = make_ledger(rows)  # the kernel inherits ANALYSIS_DATA_DIR / ANALYSIS_SEEDS_DIR
    nb, _ = execute(tmp_path, city="hohhot", indicator="gdp")  # the CAGR's periods: the first and last levels
    out = "".join(texts(nb))
    q = analysis.cagr(analysis.series("hohhot", "gdp", ledger=ledger), "2018", "2023")
    assert f"2018–2023: {q.value:.3f} % (interval {q.low:.3f}–{q.high:.3f} %)" in out
    t = analysis.trend_growth(analysis.series("hohhot", "gdp", ledger=ledger))
    assert f"(6 points): {t.value:.2f} % a year (95 % interval {t.low:.2f}–{t.high:.2f} %)" in out
    hohhot_2023 = analysis.series("hohhot", "gdp", ledger=ledger).attrs["printed"]["2023"]
    assert f"2023: Hohhot {hohhot_2023} 亿元 [t001-006], Baotou 3800.0 亿元 [t001-007]" in out
    assert re.search(r"^Check hohhot\.gdp\.avg_growth\.2018-2023\.t001-008 — verdict: ", out, re.M)
