"""The test session sees only the fonts the set-up installs (analysis.fonts).

Before matplotlib, a kernel or Chromium starts, this sets for the whole session
(and every process it starts, which inherits the environment):

- ``MPLCONFIGDIR``: a private matplotlib folder whose font list holds the
  set-up's font files and matplotlib's own (its mpl-data fonts), nothing else;
- ``FONTCONFIG_FILE``: a fontconfig configuration whose only font folder holds
  links to the set-up's font files (the system's rules for generic families
  are kept; no folder or user configuration of the machine is read), so that
  Chromium and ``fc-list`` see those fonts only.

A test, fixture or notebook that names a font the set-up does not install thus
fails on a developer's machine that happens to have that font, as it would on a
fresh one (tests/test_fonts.py shows it). ``ANALYSIS_TEST_FONTS=system`` turns
this off (to compare with the machine's own fonts).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape


def _sandbox_fonts() -> None:
    if os.environ.get("ANALYSIS_TEST_FONTS") == "system" or os.environ.get("ANALYSIS_FONT_SANDBOX"):
        return  # turned off, or set up already (a process started by the session)
    root = Path(tempfile.mkdtemp(prefix="analysis-fonts-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    mpl_dir, font_dir, cache_dir = root / "matplotlib", root / "fonts", root / "fontconfig-cache"
    for d in (mpl_dir, font_dir, cache_dir):
        d.mkdir()
    os.environ["MPLCONFIGDIR"] = str(mpl_dir)

    import matplotlib
    from matplotlib import font_manager

    from analysis.fonts import FAMILIES

    # matplotlib scans the machine's fonts once, into the private folder; the
    # list is then cut down to the set-up's families and matplotlib's own files
    # and written back, so that every process of the session loads only these.
    fm = font_manager.fontManager
    own = Path(matplotlib.get_data_path()).resolve()
    keep = [f for f in fm.ttflist if f.name in FAMILIES or Path(f.fname).resolve().is_relative_to(own)]
    system_files = sorted({f.fname for f in keep if not Path(f.fname).resolve().is_relative_to(own)})
    fm.ttflist = keep
    font_manager.json_dump(fm, Path(matplotlib.get_cachedir(), f"fontlist-v{fm._version}.json"))

    for i, path in enumerate(system_files):
        (font_dir / f"{i:02d}-{Path(path).name}").symlink_to(path)
    rules = [p for p in sorted(Path("/etc/fonts/conf.d").glob("*.conf"))
             if "<dir" not in (text := p.read_text(encoding="utf-8", errors="replace")) and "<include" not in text]
    conf = root / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{escape(str(font_dir))}</dir>\n  <cachedir>{escape(str(cache_dir))}</cachedir>\n"
        + "".join(f'  <include ignore_missing="yes">{escape(str(p))}</include>\n' for p in rules)
        + "</fontconfig>\n", encoding="utf-8")
    os.environ["FONTCONFIG_FILE"] = str(conf)
    os.environ.pop("FONTCONFIG_PATH", None)
    os.environ["ANALYSIS_FONT_SANDBOX"] = str(root)


_sandbox_fonts()
