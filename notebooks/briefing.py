# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% tags=["parameters"]
# Parameters: papermill injects values after this cell.
city = "hohhot"  # a city slug from data/cities.csv: hohhot, baotou, tongliao, ulanqab
lang = "zh"  # "zh" or "en"

# %%
from IPython.display import HTML, display

from analysis.briefing import Briefing

b = Briefing.for_city(city, lang)
display(HTML(b.title_html()))

# %%
display(HTML(b.heading_html("headline")))
display(HTML(b.headline_html()))
display(HTML(b.coverage_html()))

# %%
display(HTML(b.heading_html("growth")))
display(HTML(b.growth_html()))
if chart := b.chart("growth"):
    display(chart)

# %%
display(HTML(b.heading_html("structure")))
display(HTML(b.structure_html()))
if chart := b.chart("structure"):
    display(chart)

# %%
display(HTML(b.heading_html("checks")))
display(HTML(b.checks_summary_html()))
display(HTML(b.checks_html(verdicts=("inconsistent", "not_comparable", "within_rounding", "consistent"))))
display(HTML(b.heading_html("unchecked", level=3)))
display(HTML(b.checks_html(verdicts=("insufficient_data",))))

# %%
display(HTML(b.heading_html("notes")))
display(HTML(b.notes_html()))
