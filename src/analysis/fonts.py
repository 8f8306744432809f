"""The fonts the set-up installs: the one list the code, the set-up script and
the tests read.

``scripts/setup-system.sh`` installs each Debian package below when fontconfig
(``fc-list``) lacks its first family (it runs this file as a script to read
them); the charts, the stylesheet's first choice and the install hints name
these families only; the test suite (``conftest.py``) lets matplotlib and
Chromium see these fonts and no other, so that a test, fixture or notebook
leaning on a font the set-up does not install fails on every machine, not
only on a fresh one.

>>> CJK_FAMILY, CJK_PACKAGE
('WenQuanYi Micro Hei', 'fonts-wqy-microhei')
>>> "DejaVu Sans" in FAMILIES and CJK_FAMILY in FAMILIES
True

Run as a script, it prints one ``package<TAB>family`` line per package (what
the set-up script reads; standard library only, before any virtual
environment exists):

>>> import subprocess, sys
>>> subprocess.run([sys.executable, __file__], capture_output=True, text=True).stdout.splitlines()
['fonts-wqy-microhei\\tWenQuanYi Micro Hei', 'fonts-dejavu-core\\tDejaVu Sans']
"""

from __future__ import annotations

#: Debian package -> the font families it provides, first the one whose
#: presence (``fc-list : family``) means the package is installed.
#: fonts-wqy-microhei: Chinese text in the charts, the HTML and the PDFs, a CJK
#: font with TrueType outlines (Chromium embeds it in PDFs as a subsetted CID
#: TrueType font, not as Type 3 fonts: rendering.md). fonts-dejavu-core: Latin
#: text and digits in the charts, code in the briefings (Debian's base fonts;
#: the set-up installs it where a minimal image lacks it).
PACKAGES: dict[str, tuple[str, ...]] = {
    "fonts-wqy-microhei": ("WenQuanYi Micro Hei", "WenQuanYi Micro Hei Mono"),
    "fonts-dejavu-core": ("DejaVu Sans", "DejaVu Sans Mono", "DejaVu Serif"),
}

#: Every font family the set-up provides.
FAMILIES: frozenset[str] = frozenset(f for fams in PACKAGES.values() for f in fams)

#: The Chinese font of the charts, the stylesheet and the PDFs, and its package.
CJK_PACKAGE = "fonts-wqy-microhei"
CJK_FAMILY = PACKAGES[CJK_PACKAGE][0]

#: The Latin fallback of the charts.
LATIN_FAMILY = "DejaVu Sans"


if __name__ == "__main__":
    for package, families in PACKAGES.items():
        print(f"{package}\t{families[0]}")
