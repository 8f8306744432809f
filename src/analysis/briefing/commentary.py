"""An analyst's commentary on one city, kept beside the data and shown in
the briefing without touching the package: ``data/commentary/<city>.<lang>.md``
(Markdown; optional). The file is part of the data tree, so the render
manifest sees a changed commentary and the colophon's data hash covers it.

Raw HTML in the file is escaped (a commentary is text, not markup), and the
briefing labels it as the analyst's words, not the documents'.

>>> render_markdown("Growth **slowed** in <b>2024</b>.")
'<p>Growth <strong>slowed</strong> in &lt;b&gt;2024&lt;/b&gt;.</p>\\n'
"""

from __future__ import annotations

from pathlib import Path

from ..paths import data_dir
from .base import BriefingBase
from .labels import e, label

#: Folder of the commentary files inside the data directory.
COMMENTARY_DIR = "commentary"


def render_markdown(text: str) -> str:
    """Markdown to HTML with raw HTML escaped (mistune, nbconvert's own parser)."""
    import mistune

    return mistune.create_markdown(escape=True)(text)


def commentary_path(city: str, lang: str, directory: Path | None = None) -> Path:
    """Where a city's commentary in one language lives.

    >>> commentary_path("hohhot", "en").parts[-2:]
    ('commentary', 'hohhot.en.md')
    """
    return (directory or data_dir()) / COMMENTARY_DIR / f"{city}.{lang}.md"


class CommentaryMixin(BriefingBase):
    def commentary_html(self) -> str:
        """The analyst's commentary for this city and language, or "" when there is none."""
        path = commentary_path(self.city.slug, self.lang, self.ledger.directory)
        if not path.is_file():
            return ""
        text = path.read_text(encoding="utf-8").strip()
        if not text:
            return ""
        note = self.t("以下为分析人员的评述，不是文件内容；数据以上文及核验为准。",
                      "The analyst's commentary, not the documents' words; the figures above and the checks "
                      "stand on their own.")
        return (f'<section class="commentary" id="commentary"><h2>{e(label("commentary", self.lang))}</h2>'
                f'<p class="note">{e(note)}</p>{render_markdown(text)}</section>')
