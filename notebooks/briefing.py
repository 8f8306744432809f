# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.7
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% tags=["parameters"]
# Parameters: papermill injects values after this cell.
city = "hohhot"  # a city slug from data/cities.csv
lang = "zh"  # "zh" or "en"

# %%
from IPython.display import HTML, display

from analysis.briefing import Briefing, style_html

b = Briefing.for_city(city, lang)

# %% tags=["remove-cell"]
# The briefing's styles, so that JupyterLab shows what the reader will see
# (the rendered HTML has them from its template; this cell is left out of it).
display(HTML(style_html()))

# %%
display(HTML(b.title_html() + b.bulletin_html() + b.toc() + b.lead_html() + b.findings_html()))

# %%
display(HTML(b.heading_html("headline") + b.headline_html()))
display(HTML(b.heading_html("coverage") + b.coverage_html()))
if b.has("all_figures"):
    display(HTML(b.heading_html("all_figures") + b.all_figures_html()))

# %%
if b.has("levels"):
    display(HTML(b.heading_html("levels") + b.figure_html("levels")))

# %%
if b.has("growth"):
    display(HTML(b.heading_html("growth") + b.growth_html() + b.figure_html("growth")))

# %%
if b.has("structure"):
    display(HTML(b.heading_html("structure") + b.structure_html() + b.figure_html("structure")))

# %%
if b.has("targets"):
    display(HTML(b.heading_html("targets") + b.targets_html()))
if b.has("latest"):
    display(HTML(b.heading_html("latest") + b.latest_html()))
if b.has("areas"):
    display(HTML(b.heading_html("areas") + b.areas_html()))

# %%
if b.has("checks"):
    display(HTML(b.heading_html("checks") + b.checks_html()))

# %%
if b.has("appendix"):
    display(HTML(b.appendix_html()))

# %%
display(HTML(b.heading_html("notes") + b.notes_html() + b.heading_html("sources") + b.sources_html()))
display(HTML(b.heading_html("downloads") + b.downloads_html() + b.colophon_html()))
