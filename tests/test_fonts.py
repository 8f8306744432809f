"""The suite sees only the fonts the set-up installs (conftest.py, analysis.fonts),
so that a test, fixture or notebook leaning on another font fails here, not on a
user's fresh machine.

The proof uses a font outside the set that a developer's machine could have: a
copy of the set-up's CJK font under another family name ("Outside Sans Test",
made here with fontTools), installed where a user installs fonts
(``$XDG_DATA_HOME/fonts``, read by fontconfig and matplotlib alike). With the
machine's own font configuration a chart or a briefing naming it renders its
Chinese text; in the test session the same is caught as missing glyphs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from analysis.fonts import CJK_FAMILY, FAMILIES

OUTSIDE = "Outside Sans Test"  # made up here: no font of that name exists
GOOD = Path(__file__).parent / "fixtures" / "notebooks" / "good.ipynb"

#: Draws a chart with Chinese text in the family argv[1]; prints the glyph warnings.
CHART = """
import sys, warnings
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
plt.rcParams["font.family"] = [sys.argv[1]]
fig, ax = plt.subplots()
ax.set_title("呼和浩特 地区生产总值")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fig.savefig(sys.argv[2])
print(sum("Glyph" in str(w.message) and "missing" in str(w.message) for w in caught))
"""


def _fc_families(env) -> set[str]:
    done = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, env=env, check=True)
    return {name.strip() for line in done.stdout.splitlines() for name in line.split(",") if name.strip()}


@pytest.fixture(scope="module")
def outside_font(tmp_path_factory) -> Path:
    """``$XDG_DATA_HOME`` with one font outside the set: the CJK font renamed."""
    from fontTools.ttLib import TTCollection, TTFont

    source = next((f.fname for f in _font_manager().ttflist if f.name == CJK_FAMILY), None)
    assert source, f"{CJK_FAMILY} is not installed: run `make setup`"
    home = tmp_path_factory.mktemp("xdg")
    (home / "fonts").mkdir()
    font = TTCollection(source).fonts[0] if source.lower().endswith(".ttc") else TTFont(source)
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = OUTSIDE
        elif record.nameID == 6:
            record.string = OUTSIDE.replace(" ", "")
    font.save(home / "fonts" / "outside-sans-test.ttf")
    return home


def _font_manager():
    from matplotlib import font_manager

    return font_manager.fontManager


def _machine_env(xdg: Path, tmp_path: Path) -> dict:
    """The environment of a developer's machine: its own fontconfig and a fresh matplotlib cache."""
    env = {k: v for k, v in os.environ.items() if k not in ("FONTCONFIG_FILE", "MPLCONFIGDIR")}
    env.update(XDG_DATA_HOME=str(xdg), MPLCONFIGDIR=str(tmp_path / "mpl-machine"))
    return env


def test_the_session_sees_only_the_setup_fonts():
    import matplotlib

    assert os.environ.get("ANALYSIS_FONT_SANDBOX"), "conftest.py did not set the fonts up"
    own = Path(matplotlib.get_data_path()).resolve()
    names = {f.name for f in _font_manager().ttflist if not Path(f.fname).resolve().is_relative_to(own)}
    assert CJK_FAMILY in names and names <= FAMILIES, names - FAMILIES
    if shutil.which("fc-list"):
        done = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=True)
        lines = [line.split(",") for line in done.stdout.splitlines()]
        assert lines and all(FAMILIES & {n.strip() for n in names} for names in lines), done.stdout


@pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig (fc-list) is not installed")
def test_a_font_outside_the_set_is_seen_by_the_machine_but_not_by_the_tests(outside_font, tmp_path):
    machine = _machine_env(outside_font, tmp_path)
    assert OUTSIDE in _fc_families(machine)  # a developer's machine has it
    assert OUTSIDE not in _fc_families(os.environ | {"XDG_DATA_HOME": str(outside_font)})  # the tests do not

    def missing_glyphs(env) -> int:
        done = subprocess.run([sys.executable, "-c", CHART, OUTSIDE, str(tmp_path / "chart.png")],
                              capture_output=True, text=True, env=env, check=True)
        return int(done.stdout.split()[-1])

    assert missing_glyphs(machine) == 0  # on that machine the chart passes ...
    assert missing_glyphs(os.environ | {"XDG_DATA_HOME": str(outside_font)}) > 0  # ... here it is caught


@pytest.mark.render
def test_a_fixture_naming_a_font_outside_the_set_fails_its_render(outside_font, tmp_path, monkeypatch):
    """The good fixture, its chart's font changed to one outside the set: its
    render fails with the missing glyphs (a kernel inherits the session's fonts,
    even with the font installed for the user)."""
    from analysis.ledger import load_ledger
    from analysis.render.pipeline import render_briefings

    monkeypatch.setenv("XDG_DATA_HOME", str(outside_font))
    nb = nbformat.read(GOOD, as_version=4)
    cells = [c for c in nb.cells if "font.family" in c.source]
    assert len(cells) == 1 and CJK_FAMILY in cells[0].source
    cells[0].source = cells[0].source.replace(CJK_FAMILY, OUTSIDE)
    notebook = tmp_path / "nb" / "outside.ipynb"
    notebook.parent.mkdir()
    nbformat.write(nb, notebook)
    city = load_ledger().city_slugs()[0]
    report = render_briefings([city], langs="zh", formats="html", out_dir=tmp_path / "out", notebook=notebook,
                              progress=None)
    [result] = report.results
    assert result.status == "failed" and "lacks glyphs" in (result.error or ""), (result.status, result.error)
