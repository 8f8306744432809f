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
- sets the page language (``zh-Hans``/``en``) and title, and the printed
  page's running header (city, kind of document) and page numbers as CSS
  margin boxes (:func:`page_css`): Chromium prints them, and so does a
  reader's browser printing the HTML;
- skips nbconvert's BeautifulSoup pass over the finished page (parse, two
  selector queries, serialise: 0.2 of 0.3 s per Hohhot briefing) and does
  what it does with two regular expressions: an ``alt`` text on images that
  have none, ``tabindex="0"`` on output areas.

>>> BriefingHTMLExporter.export_from_notebook
'Briefing (HTML)'
>>> html_lang("zh"), html_lang("en")
('zh-Hans', 'en')
>>> "counter(pages)" in page_css("呼和浩特", "统计简报") and '"呼和浩特"' in page_css("呼和浩特", "统计简报")
True
>>> print(_css_string('a"b</style>'))
"a\\"b\\3C /style>"
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


#: The margin boxes' type: the body's fonts (a margin box does not inherit from
#: the page's elements), small and muted.
_BAND = "font-size: 8pt; color: #5b6470; font-family: {fonts};"


#: A Markdown cell tagged ``lang-zh`` or ``lang-en`` is shown in that language's briefing only.
LANG_TAG_PREFIX = "lang-"
#: A Markdown cell tagged so (a section's heading and narrative) is dropped
#: when the code cell after it shows nothing (the city has no such section).
WITH_NEXT_TAG = "with-next"


def select_cells(nb, lang: str):
    """The notebook's cells for one briefing: Markdown cells of the other
    language left out, and a ``with-next`` cell left out when the next code
    cell has no output. Returns a copy; the notebook is not changed.

    >>> import nbformat
    >>> v4 = nbformat.v4
    >>> nb = v4.new_notebook(cells=[
    ...     v4.new_markdown_cell("## 增长", metadata={"tags": ["lang-zh", "with-next"]}),
    ...     v4.new_markdown_cell("## Growth", metadata={"tags": ["lang-en", "with-next"]}),
    ...     v4.new_code_cell("", outputs=[]),
    ...     v4.new_markdown_cell("## Notes", metadata={"tags": ["lang-en", "with-next"]}),
    ...     v4.new_code_cell("", outputs=[v4.new_output("stream", text="x")])])
    >>> [c.source for c in select_cells(nb, "en").cells if c.cell_type == "markdown"]
    ['## Notes']
    """
    import copy

    nb = copy.deepcopy(nb)
    keep = []
    cells = nb.cells
    for i, c in enumerate(cells):
        tags = c.get("metadata", {}).get("tags", [])
        langs = [t[len(LANG_TAG_PREFIX):] for t in tags if t.startswith(LANG_TAG_PREFIX)]
        if c.cell_type == "markdown" and langs and lang not in langs:
            continue
        if c.cell_type == "markdown" and WITH_NEXT_TAG in tags:
            nxt = next((d for d in cells[i + 1:] if d.cell_type == "code"), None)
            if nxt is not None and not nxt.get("outputs"):
                continue
        keep.append(c)
    nb.cells = keep
    return nb


def _css_string(text: str) -> str:
    """``text`` as a CSS string literal that cannot end the string or the ``<style>``."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3C ").replace("\n", " ") + '"'


def page_css(header: str, kind: str) -> str:
    """The printed page's furniture as CSS margin boxes: ``header`` (the
    city) top left, ``kind`` (统计简报 / Statistical briefing) top right,
    ``page / pages`` centred at the foot. Chromium lays them out with the page
    (no separate header and footer documents to render per page: 0.1 s less
    per Hohhot PDF), and a browser printing the HTML shows the same."""
    from analysis.render.system import CJK_FAMILIES

    band = _BAND.format(fonts=", ".join(_css_string(f) for f in CJK_FAMILIES) + ", sans-serif")
    boxes = []
    if header:
        boxes.append(f"@top-left {{ content: {_css_string(header)}; {band} }}")
    if kind:
        boxes.append(f"@top-right {{ content: {_css_string(kind)}; {band} }}")
    boxes.append(f'@bottom-center {{ content: counter(page) " / " counter(pages); {band} }}')
    return "@page { " + " ".join(boxes) + " }"


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
        briefing.setdefault("page_css", page_css(briefing.get("header", ""), briefing.get("kind", "")))
        resources["briefing"] = briefing
        nb = select_cells(nb, lang)
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
