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

# %% [markdown] tags=["remove-cell"]
# # City briefing (analyst's notebook)
#
# Headings and narrative are the Markdown cells below, one per language
# (tagged `lang-zh` / `lang-en`; the rendered briefing keeps its language's
# cells only). A cell tagged `with-next` is left out when the code cell after
# it shows nothing for a city. Numbers come only from the calls in the code
# cells (`b.display(section)`), never typed here. To add a paragraph for one
# city, write `data/commentary/<city>.<lang>.md` (Markdown): it appears after
# the key findings. This cell is tagged `remove-cell`.

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
b.display("commentary")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="headline">主要指标</h2>
#
# 每个主要指标的最新数值，按文件所印，并列出同一时期所述增速。

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="headline">Headline indicators</h2>
#
# The latest level of each headline indicator as the documents print it, with the growth they state for the same period.

# %%
b.display("headline")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="coverage">文件涵盖范围</h2>

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="coverage">What the documents cover</h2>

# %%
b.display("coverage")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="all_figures">文件所载全部数据</h2>
#
# 文件关于本市的全部数据（目标除外），按文件所印。

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="all_figures">Everything the documents say</h2>
#
# Every figure the documents give on the city (targets aside), as printed.

# %%
b.display("all_figures")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="levels">总量变化</h2>
#
# 各年总量；同一年份有初次发布与修订值时分别列出。

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="levels">Levels over time</h2>
#
# Levels year by year; where the documents print a first release and a revision, both are shown.

# %%
b.display("levels")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="growth">年均增长</h2>
#
# 按水平法由起止年份总量计算的年均增长（现价，名义）：先列“十四五”时期（2020—2025年），再列此外年份。

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="growth">Average growth</h2>
#
# Average growth by the level method from the first and last printed levels (current prices, nominal): over the 14th Five-Year Plan period (2020–2025) first, then over other years.

# %%
b.display("growth")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="structure">经济结构</h2>
#
# 三次产业增加值占地区生产总值的比重。

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="structure">Economic structure</h2>
#
# The shares of the three sectors' value added in GDP.

# %%
b.display("structure")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="targets">目标与实际</h2>
#
# 文件设定的目标，有实际数值时并列并注明是否完成。

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="targets">Targets and outcomes</h2>
#
# The targets the documents set, each beside its outcome where one is printed.

# %%
b.display("targets")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="latest">最新累计数据</h2>
#
# 最新年内累计（自1月起）的经济数据。

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="latest">Latest year-to-date figures</h2>
#
# The latest year-to-date economic figures (months from January).

# %%
b.display("latest")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="areas">下辖地区</h2>

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="areas">Areas below the city</h2>

# %%
b.display("areas")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="checks">数据核验</h2>
#
# 用文件自身所印的其他数据核验所述数据；每行说明核验方法。

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="checks">Claim checks</h2>
#
# Each claim held against the documents' own printed figures; each row says how it was checked.

# %%
b.display("checks")

# %%
b.display("appendix")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="areas_late">下辖地区</h2>

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="areas_late">Areas below the city</h2>

# %%
b.display("areas_late")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="notes">方法说明</h2>

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="notes">Notes on method</h2>

# %%
b.display("notes")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="sources">资料来源</h2>

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="sources">Sources</h2>

# %%
b.display("sources")

# %% [markdown] tags=["lang-zh", "with-next"]
# <h2 id="downloads">数据下载</h2>

# %% [markdown] tags=["lang-en", "with-next"]
# <h2 id="downloads">Data downloads</h2>

# %%
b.display("downloads")
