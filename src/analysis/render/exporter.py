"""The briefing's HTML exporter: nbconvert's ``basic`` template made into a document.

Registered with nbconvert as ``briefing`` (entry point group
``nbconvert.exporters``), so ``jupyter nbconvert --to briefing executed.ipynb``
gives the same HTML as ``analysis render``.

What it does on top of :class:`nbconvert.HTMLExporter`:

- uses the ``briefing`` template shipped in ``analysis/templates/`` (a page with
  a stylesheet for reading and printing that names the CJK fonts);
- leaves out all code and every prompt;
- removes cells tagged ``injected-parameters`` and ``parameters`` (papermill's)
  and ``remove-cell``/``remove_cell``; clears outputs of cells tagged
  ``remove-output``/``remove_output``; removes papermill's error banners;
- sets the page language (``zh-Hans``/``en``) and title;
- skips nbconvert's BeautifulSoup pass over the finished page (parse, two
  selector queries, serialise: 0.2 of 0.3 s per Hohhot briefing) and does
  what it does with two regular expressions: an ``alt`` text on images that
  have none, ``tabindex="0"`` on output areas.

>>> BriefingHTMLExporter.export_from_notebook
'Briefing (HTML)'
>>> html_lang("zh"), html_lang("en")
('zh-Hans', 'en')
>>> _accessible('<img src="a.png"><img alt="x" src="b.png"><div class="jp-OutputArea-output x">')
'<img alt="No description has been provided for this image" src="a.png"><img alt="x" src="b.png"><div tabindex="0" class="jp-OutputArea-output x">'
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from nbconvert.exporters import HTMLExporter, TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter
from traitlets import Bool, Unicode, default
from traitlets.config import Config

#: Folder holding the ``briefing`` template folder (package data).
TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"

#: Cells whose tag is one of these are dropped from the briefing.
REMOVE_CELL_TAGS = (
    "injected-parameters",
    "parameters",
    "remove-cell",
    "remove_cell",
    "papermill-error-cell-tag",
)
#: Cells whose tag is one of these keep their place but lose their outputs.
REMOVE_OUTPUT_TAGS = ("remove-output", "remove_output")

_HTML_LANG = {"zh": "zh-Hans", "en": "en"}

_IMG_WITHOUT_ALT = re.compile(r"<img(?![^>]*\salt=)(?=[\s>/])")
_OUTPUT_DIV = re.compile(r'<div(?=\s+class="[^"]*\bjp-(?:OutputArea-output|Cell-inputWrapper)\b)(?![^>]*\stabindex=)')


def _accessible(html: str) -> str:
    """What nbconvert's HTMLExporter adds with BeautifulSoup, without parsing the page."""
    html = _IMG_WITHOUT_ALT.sub('<img alt="No description has been provided for this image"', html)
    return _OUTPUT_DIV.sub('<div tabindex="0"', html)


def html_lang(lang: str) -> str:
    """The ``<html lang>`` value for a briefing language (``zh`` → ``zh-Hans``).

    Simplified Chinese matters: Chromium picks the SC glyph forms from it.
    """
    return _HTML_LANG.get(lang, lang)


class BriefingHTMLExporter(HTMLExporter):
    """Standalone, script-free HTML of an executed briefing notebook."""

    export_from_notebook = "Briefing (HTML)"

    exclude_input = Bool(True, help="Leave out code.").tag(config=True)
    exclude_input_prompt = Bool(True).tag(config=True)
    exclude_output_prompt = Bool(True).tag(config=True)
    exclude_anchor_links = Bool(False).tag(config=True)

    @default("template_name")
    def _template_name_default(self) -> str:
        return "briefing"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self) -> list[str]:
        return [str(TEMPLATES_DIR)]

    lang = Unicode("", help="Briefing language (zh, en); default: the notebook's `lang` parameter.").tag(
        config=True
    )

    @property
    def default_config(self) -> Config:
        ours = Config(
            {
                "TagRemovePreprocessor": {
                    "enabled": True,
                    "remove_cell_tags": set(REMOVE_CELL_TAGS),
                    "remove_all_outputs_tags": set(REMOVE_OUTPUT_TAGS),
                },
            }
        )
        merged = super().default_config.copy()
        merged.merge(ours)
        return merged

    def from_notebook_node(self, nb, resources: dict[str, Any] | None = None, **kw):
        resources = dict(resources or {})
        params = nb.get("metadata", {}).get("papermill", {}).get("parameters", {}) or {}
        briefing = dict(resources.get("briefing") or {})
        lang = briefing.get("lang") or self.lang or params.get("lang") or "zh"
        briefing.setdefault("lang", lang)
        briefing.setdefault("html_lang", html_lang(lang))
        briefing.setdefault("city", params.get("city", ""))
        resources["briefing"] = briefing
        # HTMLExporter.from_notebook_node up to its BeautifulSoup pass (nbconvert 7)
        langinfo = nb.metadata.get("language_info", {})
        lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
        self.register_filter("highlight_code",
                             self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)))
        resources = self._init_resources(resources)
        self.register_filter("filter_data_type",
                             WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self,
                                                   resources=resources))
        html, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        return _accessible(html), resources
