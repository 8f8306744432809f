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
from IPython.display import HTML, Image, display

from analysis.briefing import Briefing, label
from analysis.charts import CHART_WIDTH_PX

b = Briefing.for_city(city, lang)
display(HTML(b.title_html()))

# %%
display(HTML(f'<h2 id="headline">{label("headline", lang)}</h2>'))
display(HTML(b.headline_html()))
display(HTML(b.coverage_html()))

# %%
display(HTML(f'<h2 id="growth">{label("growth", lang)}</h2>'))
display(HTML(b.growth_html()))
png = b.growth_chart_png()
if png:
    display(Image(data=png, format="png", width=CHART_WIDTH_PX),
            metadata={"image/png": {"alt": label("growth", lang)}})

# %%
display(HTML(f'<h2 id="structure">{label("structure", lang)}</h2>'))
display(HTML(b.structure_html()))
png = b.structure_chart_png()
if png:
    display(Image(data=png, format="png", width=CHART_WIDTH_PX),
            metadata={"image/png": {"alt": label("structure", lang)}})

# %%
display(HTML(f'<h2 id="checks">{label("checks", lang)}</h2>'))
display(HTML(b.checks_summary_html()))
display(HTML(b.checks_html(verdicts=("inconsistent", "not_comparable", "within_rounding", "consistent"))))
display(HTML(f'<h3 id="unchecked">{label("unchecked", lang)}</h3>'))
display(HTML(b.checks_html(verdicts=("insufficient_data",))))

# %%
display(HTML(f'<h2 id="notes">{label("notes", lang)}</h2>'))
display(HTML(b.notes_html()))
