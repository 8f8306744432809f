"""What rendering needs from the machine: a Chromium to print PDFs, CJK fonts.

Both are Debian packages (``chromium``, ``fonts-wqy-microhei``: analysis.fonts); ``make setup`` or
``scripts/setup-system.sh`` installs them. The checks here run before any
notebook is executed, so that a missing browser or font is reported at once,
with what to install, instead of after a minute of work or as empty boxes in
the charts.

>>> INSTALL_HINT.startswith("install them with")
True
>>> CJK_FAMILIES
('WenQuanYi Micro Hei',)
>>> INSTALL_HINT.endswith("`apt-get install chromium fonts-wqy-microhei`")
True
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from analysis.errors import AnalysisError
from analysis.fonts import CJK_FAMILY, CJK_PACKAGE

#: What to tell a person whose machine lacks the browser or the fonts.
INSTALL_HINT = (
    "install them with `make setup` (runs scripts/setup-system.sh), or as root: "
    f"`apt-get install chromium {CJK_PACKAGE}`"
)

#: The CJK font family named in the stylesheet, the PDF header and the charts:
#: the one the set-up installs (TrueType outlines: embeds as CID TrueType, not
#: Type 3, rendering.md). Only it is accepted, so that a briefing never depends
#: on a font a fresh machine lacks.
CJK_FAMILIES = (CJK_FAMILY,)

#: Where Chromium is looked for, unless ``ANALYSIS_CHROMIUM`` names a binary.
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")

#: Flags every Chromium start gets: root needs --no-sandbox, and without the
#: others Chromium tries to reach the network at each start (no network here).
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


class RenderError(AnalysisError):
    """Rendering could not start (bad option, missing notebook, unknown city)."""


class SystemRequirementError(RenderError):
    """The machine lacks a program or font that rendering needs."""


def find_chromium() -> Path:
    """Path of the Chromium binary that prints the PDFs.

    ``ANALYSIS_CHROMIUM`` overrides the search. Raises
    :class:`SystemRequirementError` naming what to install when none is found.
    """
    override = os.environ.get("ANALYSIS_CHROMIUM")
    candidates = (override,) if override else CHROMIUM_CANDIDATES
    for name in candidates:
        found = shutil.which(name)
        if found:
            return Path(found)
    looked = override if override else ", ".join(CHROMIUM_CANDIDATES)
    raise SystemRequirementError(
        f"no Chromium browser found (looked for {looked}); PDFs are printed with the "
        f"system Chromium: {INSTALL_HINT}"
    )


def cjk_font_families() -> list[str]:
    """Families of the installed fonts that cover Chinese (``fc-list :lang=zh``).

    Without fontconfig (macOS, Windows), the preferred families that
    matplotlib's font list knows are returned instead.
    """
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        try:
            from matplotlib import font_manager
        except ImportError:
            return []
        known = {f.name for f in font_manager.fontManager.ttflist}
        return [f for f in CJK_FAMILIES if f in known]
    done = subprocess.run(
        [fc_list, ":lang=zh", "family"], capture_output=True, text=True, check=False
    )
    families: set[str] = set()
    for line in done.stdout.splitlines():
        # a font may list several names: "WenQuanYi Micro Hei,文泉驿微米黑"
        families.update(name.strip() for name in line.split(",") if name.strip())
    return sorted(families)


def require_cjk_font() -> str:
    """The CJK family the set-up installs, when it is installed.

    Raises :class:`SystemRequirementError` with the install hint when it is
    not (another Chinese font is not used: the stylesheet and the charts name
    this one, and the briefings would show empty boxes or Type 3 fonts).
    """
    installed = cjk_font_families()
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    others = f" (found only: {', '.join(installed[:3])})" if installed else ""
    raise SystemRequirementError(
        f"the Chinese font {' or '.join(CJK_FAMILIES)} is not installed (`fc-list :lang=zh`){others}; "
        f"the briefings would show empty boxes: {INSTALL_HINT}"
    )


def check_system(pdf: bool) -> dict[str, str]:
    """Check the machine before rendering; return what was found.

    Always needs a CJK font (charts and HTML); needs Chromium only for PDFs.
    Every problem is reported at once in one :class:`SystemRequirementError`.
    """
    found: dict[str, str] = {}
    problems: list[str] = []
    try:
        found["cjk_font"] = require_cjk_font()
    except SystemRequirementError as exc:
        problems.append(str(exc))
    if pdf:
        try:
            found["chromium"] = str(find_chromium())
        except SystemRequirementError as exc:
            problems.append(str(exc))
    if problems:
        raise SystemRequirementError("\n".join(problems))
    return found
