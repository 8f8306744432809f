# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     notebook_metadata_filter: -jupytext.text_representation.jupytext_version
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Exploring the documented series
#
# Every value here is a figure printed in a source document (`data/figures.csv`), with the
# rounding interval its printed precision allows and the document, line and excerpt it comes
# from. Change the parameters and run all cells; `analysis.frame()` lists what is documented.

# %% tags=["parameters"]
# Parameters (papermill injects values after this cell).
city = "hohhot"  # a city slug from data/cities.csv
indicator = "retail_sales"  # an indicator code from data/indicators.csv
start, end = "2020", "2024"  # the periods of the custom CAGR
compare = None  # two city slugs to compare, or None: picked from the data
lang = "en"  # names and citations: "en" or "zh"

# %%
import matplotlib.pyplot as plt

import analysis
from analysis.charts import cjk_family
from analysis.checks import find_check, run_checks
from analysis.cite import citation
from analysis.ledger import load_ledger

plt.rcParams["font.sans-serif"] = [cjk_family(), "DejaVu Sans"]  # Chinese labels render
ledger = load_ledger()
name = lambda code: ledger.indicators[code].name(lang)  # noqa: E731

s = analysis.series(city, indicator)  # one value per period; figure ids, intervals, vintages in s.attrs
print(*s.attrs["notes"], sep="\n")
s.analysis.provenance()[["period", "printed", "unit", "low", "high", "figure_id", "vintage", "line", "excerpt"]]

# %% [markdown]
# ## A custom CAGR, with its interval and sources
# `analysis.cagr` takes the series and two periods; the result keeps the rounding interval
# of the printed figures and the ids of the figures it rests on.

# %%
q = analysis.cagr(s, start, end)
print(f"CAGR of {name(indicator)}, {start}–{end}: {q.value:.3f} % "
      f"(interval {q.low:.3f}–{q.high:.3f} %), from figures {', '.join(q.all_figure_ids())}")

# %% [markdown]
# ## Levels, with their rounding intervals and source lines

# %%
years = [int(p) for p in s.index.astype(str)]
err = [[v - s.attrs["low"][p] for p, v in s.items()], [s.attrs["high"][p] - v for p, v in s.items()]]
fig, ax = plt.subplots(figsize=(6.4, 3.4))
ax.errorbar(years, s.values, yerr=err, fmt="o:", capsize=4)  # dotted: the years between are not documented
ax.set_xticks(years)
ax.set_title(f"{ledger.cities[city].name(lang)}: {name(indicator)} ({s.attrs['unit']})")
fig.text(0.01, -0.02, "Sources:\n" + "\n".join(s.analysis.source_lines(lang)), va="top", fontsize=7)
plt.show()

# %% [markdown]
# ## A trend, where five or more annual points exist
# A least-squares trend needs at least five points (methods.md §5); with fewer, the endpoint
# CAGR above is the measure to use.

# %%
annual = analysis.frame(city, measure="level").query("qualifier == 'exact' and period_kind == 'year'")
points = annual.groupby("indicator", observed=True)["period"].nunique().sort_values(ascending=False)
candidates = points[points >= 5].index.tolist()
if candidates:
    code = indicator if indicator in candidates else candidates[0]
    t = analysis.series(city, code)
    tq = analysis.trend_growth(t)
    print(f"Trend growth of {name(code)}, {t.index[0]}–{t.index[-1]} ({len(t)} points): {tq.value:.2f} % a year "
          f"(95 % interval {tq.low:.2f}–{tq.high:.2f} %), from figures {', '.join(tq.all_figure_ids())}")
else:
    print(f"No level of {city} is documented for five or more years (the most: {points.iloc[0]} years, "
          f"{points.index[0]}): no trend is fitted; use the endpoint CAGR.")

# %% [markdown]
# ## Two cities compared
# The same indicator in the same period, for two cities documented in the data.

# %%
levels = analysis.frame(measure="level").query("qualifier == 'exact'")
if compare is None:
    shared = levels.groupby(["indicator", "period"], observed=True)["city"].nunique()
    shared = shared[shared >= 2].sort_values(ascending=False)
    pick = next((k for k in shared.index if k[0] == indicator), shared.index[0] if len(shared) else None)
    if pick is not None:
        compare = levels.query("indicator == @pick[0] and period == @pick[1]")["city"].astype(str).unique()[:2]
        compare_indicator, compare_period = pick
else:
    compare_indicator = indicator
    compare_period = levels.query("indicator == @indicator and city in @compare")["period"].max()
if compare is None:
    print("No indicator is documented for two cities in the same period.")
else:
    a, b = (analysis.series(c, compare_indicator, periods="all").analysis.quantity(compare_period)
            for c in compare)
    ratio = analysis.multiple(a, b)
    names = [ledger.cities[c].name(lang) for c in compare]
    print(f"{name(compare_indicator)}, {compare_period}: {names[0]} {a} [{a.figure_ids[0]}], "
          f"{names[1]} {b} [{b.figure_ids[0]}]; {names[1]} / {names[0]} = {ratio.value:.3f} "
          f"(interval {ratio.low:.3f}–{ratio.high:.3f})")

# %% [markdown]
# ## A check, cited
# Every stated figure the ledger can test is checked. Here the document's own average growth
# of the indicator (else another claim about it, else one of the city), ready to paste.

# %%
checks = analysis.checks_frame(city).query("role == 'claim'")
mine = checks[checks["indicator"] == indicator]
stated = mine[mine["kind"] == "avg_growth"]
chosen = next(c for c in (stated, mine, checks) if len(c)).sort_values("verdict").iloc[0]
print(citation(find_check(run_checks(ledger, city), chosen["check_id"]), ledger, lang=lang))
