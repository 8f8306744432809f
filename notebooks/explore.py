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
# Each section says what it cannot compute for a city whose data lack it (`analysis.explore`).

# %% tags=["parameters"]
# Parameters (papermill injects values after this cell).
city = "hohhot"  # a city slug from data/cities.csv
indicator = "gdp"  # an indicator code from data/indicators.csv
start, end = None, None  # the periods of the custom CAGR; None: the first and last annual levels documented
compare = None  # two city slugs to compare, or None: picked from the data
lang = "en"  # names and citations: "en" or "zh"

# %%
import matplotlib.pyplot as plt

from analysis import explore
from analysis.charts import cjk_family
from analysis.ledger import load_ledger

plt.rcParams["font.sans-serif"] = [cjk_family(), "DejaVu Sans"]  # Chinese labels render
ledger = load_ledger()
name = ledger.indicators[indicator].name(lang)

levels = explore.level_series(city, indicator, ledger=ledger, lang=lang)  # one value per period, or why none
print(levels)
s = levels.value
if s is not None:
    display(s.analysis.provenance()[["period", "printed", "unit", "low", "high", "figure_id", "vintage", "line",
                                     "excerpt"]])

# %% [markdown]
# ## A custom CAGR, with its interval and sources
# `analysis.cagr` takes the series and two periods (by default the first and last annual levels
# documented); the result keeps the rounding interval of the printed figures and the ids of the
# figures it rests on.

# %%
print(explore.endpoint_cagr(s, start, end, name=name))

# %% [markdown]
# ## Levels, with their rounding intervals and source lines

# %%
if s is not None:
    explore.plot_levels(s, title=f"{ledger.cities[city].name(lang)}: {name} ({s.attrs['unit']})", lang=lang)
    plt.show()
else:
    print("No levels to plot.")

# %% [markdown]
# ## A trend, where five or more annual points exist
# A least-squares trend needs at least five points (methods.md §5): a run of consecutive years
# where there is one, else every annual level (the missing years and any mix of economic-census
# vintages are named). With fewer, the endpoint
# CAGR above is the measure to use.

# %%
print(explore.trend(city, indicator, ledger=ledger, lang=lang))

# %% [markdown]
# ## Two cities compared
# The same indicator in the same period, for two cities documented in the data.

# %%
print(explore.compare(city, indicator, compare, ledger=ledger, lang=lang))

# %% [markdown]
# ## A check, cited
# Every stated figure the ledger can test is checked. Here the document's own average growth
# of the indicator (else another claim about it, else one of the city), ready to paste.

# %%
print(explore.cited_check(city, indicator, ledger=ledger, lang=lang))
