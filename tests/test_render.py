"""Rendering: execute fixture notebooks through the pipeline, then inspect the files.

These tests need Debian's ``chromium`` and the fonts of ``analysis.fonts``
(``make setup`` installs them; the suite sees no other font, conftest.py). Without them they fail, loudly, with what to install: they are
never skipped.

Fixture notebooks (tests/fixtures/notebooks/, written by make_fixtures.py):

- ``good.ipynb``: a parameters cell (city, lang), a heading, anchors
  (``#overview``, ``#table``), a table, a chart with Chinese labels, a line on
  stderr; it asserts that nothing leaked from a notebook run before it on the
  same warm kernel;
- ``broken.ipynb``: raises ``ValueError`` in a cell for the second city with figures only;
- ``dies.ipynb``: kills its kernel for the second city, hangs for the third.

Cities are read from the data (``data/cities.csv`` through the ledger), never typed in.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import nbformat
import pytest

from analysis.errors import UnknownNameError
from analysis.fonts import CJK_FAMILY, CJK_PACKAGE
from analysis.render import cli as render_cli
from analysis.render.pdf import atomic_write_bytes
from analysis.render.pipeline import _tofu, parse_list, render_briefings
from analysis.render.system import INSTALL_HINT, RenderError, SystemRequirementError, check_system

pytestmark = pytest.mark.render

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"
GOOD = FIXTURES / "good.ipynb"
BROKEN = FIXTURES / "broken.ipynb"
DIES = FIXTURES / "dies.ipynb"
from analysis.ledger import load_ledger

_LEDGER = load_ledger()
ALL = tuple(_LEDGER.city_slugs())  # every city with figures, in catalogue order
CITIES = ALL[:2]
NAMES = {(c, lang): _LEDGER.cities[c].name(lang) for c in ALL for lang in ("zh", "en")}
CODE_SNIPPETS = ("import pandas", "plt.subplots", "display(Markdown", "city = None", "NAMES = {")


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The good fixture for two cities in both languages, HTML and PDF."""
    out = tmp_path_factory.mktemp("render")
    report = render_briefings(list(CITIES), langs="zh,en", formats="html,pdf", out_dir=out,
                              notebook=GOOD, force=True, progress=None)
    return report


# -- the machine --------------------------------------------------------------


def test_machine_has_chromium_and_a_cjk_font():
    try:
        found = check_system(pdf=True)
    except SystemRequirementError as exc:  # fail, with what to install
        pytest.fail(str(exc))
    assert found["chromium"] and found["cjk_font"]


def test_missing_browser_names_what_to_install(monkeypatch):
    monkeypatch.setenv("ANALYSIS_CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(SystemRequirementError) as err:
        check_system(pdf=True)
    assert f"apt-get install chromium {CJK_PACKAGE}" in str(err.value)
    assert "make setup" in INSTALL_HINT


def test_missing_browser_stops_before_any_work(monkeypatch, tmp_path):
    monkeypatch.setenv("ANALYSIS_CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(SystemRequirementError, match="apt-get install chromium"):
        render_briefings([ALL[0]], langs="zh", formats="pdf", out_dir=tmp_path, notebook=GOOD, progress=None)
    assert _files(tmp_path) == []


# -- a good batch ---------------------------------------------------------------


def test_every_briefing_is_written(rendered):
    assert rendered.ok, rendered.summary()
    assert [(r.city, r.lang, r.status) for r in rendered.results] == [
        (c, lang, "ok") for c in CITIES for lang in ("zh", "en")]
    out = rendered.out_dir
    for city in CITIES:
        header = (out / city / "checks.csv").read_text(encoding="utf-8").splitlines()[0]
        assert "check_id" in header and "verdict" in header
        for lang in ("zh", "en"):
            for ext in ("ipynb", "html", "pdf"):
                assert (out / city / lang / f"briefing.{ext}").stat().st_size > 0


def test_manifest_records_inputs_versions_and_timings(rendered):
    manifest = json.loads(rendered.manifest_path.read_text(encoding="utf-8"))
    assert set(manifest["briefings"]) == {f"{c}/{lang}" for c in CITIES for lang in ("zh", "en")}
    entry = manifest["briefings"][f"{CITIES[0]}/zh"]
    assert entry["status"] == "ok"
    assert len(entry["inputs"]["notebook"]["sha256"]) == 64
    assert entry["inputs"]["data"], "data files are hashed"
    assert entry["inputs"]["parameters"] == {"city": CITIES[0], "lang": "zh"}
    assert set(entry["outputs"]) == {"ipynb", "html", "pdf"}
    assert {"execute", "html", "pdf", "total"} <= set(entry["timings"])
    for name in ("papermill", "nbconvert", "playwright", "pandas", "matplotlib"):
        assert manifest["packages"][name]
    assert manifest["last_run"]["browser"]["version"]
    assert set(manifest["checks"]) == set(CITIES)


def test_executed_notebook_has_the_parameters_and_fresh_counts(rendered):
    nb = nbformat.read(rendered.out_dir / CITIES[1] / "en" / "briefing.ipynb", as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and f'city = "{CITIES[1]}"' in injected[0].source and 'lang = "en"' in injected[0].source
    counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1)), "a warm kernel's counter must not show"


@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_html_is_a_clean_self_contained_document(rendered, city, lang):
    html = (rendered.out_dir / city / lang / "briefing.html").read_text(encoding="utf-8")
    assert html.lstrip().startswith("<!DOCTYPE html>")
    assert f'<html lang="{"zh-Hans" if lang == "zh" else "en"}">' in html
    assert NAMES[city, lang] in html
    for snippet in CODE_SNIPPETS:  # no code
        assert snippet not in html, snippet
    assert "injected-parameters" not in html
    assert "In&nbsp;[" not in html and "Out[" not in html  # no prompts
    assert "<script" not in html
    assert not re.search(r"""<(script|link|img|iframe)\b[^>]*(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", html)
    assert re.search(r'<img\b[^>]*\bsrc="data:image/png;base64,', html)  # the chart, inlined
    assert 'id="overview"' in html and 'id="table"' in html and 'href="#table"' in html  # anchors
    assert f'"{CJK_FAMILY}"' in html and "sans-serif" in html
    assert "tr, img" in html and "break-inside: avoid" in html and "size: A4" in html
    assert "a warning for stderr only" not in html


@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pdf_has_the_city_a_cjk_font_and_page_furniture(rendered, city, lang):
    from pypdf import PdfReader

    reader = PdfReader(rendered.out_dir / city / lang / "briefing.pdf")
    n = len(reader.pages)
    assert 1 <= n <= 5
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert abs(width - 595) < 2 and abs(height - 842) < 2, "A4"
    for i, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert NAMES[city, lang] in text, f"running header on page {i}"
        assert re.search(rf"\b{i}\s*/\s*{n}\b", text), f"page number on page {i}"
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font.get("/BaseFont", "")))
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:
                descriptor = descriptor.get_object()
                fonts.add(str(descriptor.get("/FontName", "")))
                fonts.add(str(descriptor.get("/FontFamily", "")))
    assert any(CJK_FAMILY.replace(" ", "") in f for f in fonts), fonts  # the CJK font the stylesheet names


def test_no_temporary_files_are_left(rendered):
    leftovers = [p for p in _files(rendered.out_dir) if p.name.startswith(".") or ".tmp" in p.name]
    assert leftovers == []


# -- failures --------------------------------------------------------------------


def test_one_failing_briefing_does_not_stop_the_others(tmp_path, capsys):
    good, bad = ALL[0], ALL[1]  # the fixture fails for the second city with figures
    stale = tmp_path / bad / "zh" / "briefing.html"  # as if from an earlier, good run
    stale.parent.mkdir(parents=True)
    stale.write_text("<p>old</p>", encoding="utf-8")
    code = render_cli.main(["--city", good, bad, "--lang", "zh", "--format", "html,pdf",
                            "--out", str(tmp_path), "--notebook", str(BROKEN), "--quiet"])
    out = capsys.readouterr().out
    assert code == 1
    assert (tmp_path / good / "zh" / "briefing.html").is_file()
    assert (tmp_path / good / "zh" / "briefing.pdf").is_file()
    assert not (tmp_path / bad / "zh" / "briefing.html").exists()
    assert re.search(rf"{bad}/zh failed: cell \d+ \(In \[\d+\]\) \[if place == 1:\]: "
                     rf"ValueError: broken fixture fails for {bad}", out)
    # the executed notebook is kept for debugging, with the traceback in it
    nb = nbformat.read(tmp_path / bad / "zh" / "briefing.ipynb", as_version=4)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors and errors[0].ename == "ValueError"
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["briefings"][f"{bad}/zh"]["status"] == "failed"
    assert "ValueError" in manifest["briefings"][f"{bad}/zh"]["error"]
    assert manifest["briefings"][f"{good}/zh"]["status"] == "ok"
    # a failed briefing is not up to date: the next run tries it again
    code = render_cli.main(["--city", bad, "--lang", "zh", "--format", "html", "--out", str(tmp_path),
                            "--notebook", str(BROKEN), "--quiet"])
    assert code == 1 and "FAILED" in capsys.readouterr().out


def test_a_dead_or_hung_kernel_is_replaced_and_the_batch_goes_on(tmp_path):
    # one kernel for all four: after each failure the next briefing needs a fresh one
    assert len(ALL) >= 4, "the fixture needs four cities with figures"
    dies, hangs = ALL[1], ALL[2]
    order = [dies, ALL[0], hangs, ALL[3]]
    report = render_briefings(order, langs="zh", formats="html", jobs=1,
                              out_dir=tmp_path, notebook=DIES, progress=None, cell_timeout=2)
    status = {r.city: (r.status, r.error) for r in report.results}
    assert status[ALL[0]] == ("ok", None) and status[ALL[3]] == ("ok", None)
    assert status[dies][0] == "failed" and "DeadKernelError" in status[dies][1]
    assert status[hangs][0] == "failed" and "CellTimeoutError" in status[hangs][1]
    for city in (dies, hangs):  # kept for debugging, with the failure in the cell
        nb = nbformat.read(tmp_path / city / "zh" / "briefing.ipynb", as_version=4)
        assert any(o.output_type == "error" for c in nb.cells for o in c.get("outputs", []))
    assert not report.ok


def test_a_jupytext_percent_script_is_rendered_too(tmp_path):
    import jupytext

    script = tmp_path / "good.py"
    jupytext.write(nbformat.read(GOOD, as_version=4), script, fmt="py:percent")
    city = ALL[0]
    report = render_briefings([city], langs="en", formats="html", out_dir=tmp_path / "out",
                              notebook=script, progress=None)
    assert report.ok, report.summary()
    assert NAMES[city, "en"] in (tmp_path / "out" / city / "en" / "briefing.html").read_text(encoding="utf-8")


def test_unknown_city_lists_the_known_ones(tmp_path, capsys):
    with pytest.raises(UnknownNameError) as err:
        render_briefings(["atlantis"], out_dir=tmp_path, notebook=GOOD, progress=None)
    assert "atlantis" in str(err.value) and all(c in str(err.value) for c in ALL)
    code = render_cli.main(["--city", "atlantis", "--out", str(tmp_path), "--notebook", str(GOOD)])
    assert code == 2
    assert f"known cities: {ALL[0]}" in capsys.readouterr().err
    assert _files(tmp_path) == []


def test_bad_options_name_the_allowed_values(tmp_path):
    with pytest.raises(RenderError, match="allowed: zh, en"):
        parse_list("zh,fr", ("zh", "en"), "language")
    with pytest.raises(RenderError, match="notebook not found"):
        render_briefings([ALL[0]], out_dir=tmp_path, notebook=tmp_path / "missing.ipynb", progress=None)


def test_a_chart_without_cjk_glyphs_fails_the_briefing():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("plot()")
    cell.outputs = [nbformat.v4.new_output(
        "stream", name="stderr",
        text="UserWarning: Glyph 21628 (\\N{CJK UNIFIED IDEOGRAPH-547C}) missing from font(s) DejaVu Sans.")]
    nb.cells = [nbformat.v4.new_code_cell("x = 1"), cell]
    assert "cell 1" in _tofu(nb) and "Glyph 21628" in _tofu(nb)
    assert _tofu(nbformat.v4.new_notebook()) is None


# -- writes and re-runs ------------------------------------------------------------


def test_atomic_write_leaves_the_old_file_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"old")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]


def test_up_to_date_is_skipped_changes_and_force_render_again(tmp_path):
    notebook = tmp_path / "nb" / "good.ipynb"
    notebook.parent.mkdir()
    notebook.write_bytes(GOOD.read_bytes())
    out = tmp_path / "out"
    args = dict(langs="zh", formats="html", out_dir=out, notebook=notebook, progress=None)

    first = render_briefings([ALL[0]], **args)
    assert [r.status for r in first.results] == ["ok"]
    html = out / ALL[0] / "zh" / "briefing.html"
    before = html.stat().st_mtime_ns
    keep = tmp_path / "old.html"
    os.link(html, keep)  # a second name for the first version's inode

    again = render_briefings([ALL[0]], **args)
    assert [r.status for r in again.results] == ["skipped"]
    assert html.stat().st_mtime_ns == before

    forced = render_briefings([ALL[0]], force=True, **args)
    assert [r.status for r in forced.results] == ["ok"]
    # replaced, not rewritten in place: the old inode still holds the old file
    assert not os.path.samefile(html, keep) and keep.read_bytes() == html.read_bytes()

    nb = nbformat.read(notebook, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("附注：新增一段。"))
    nbformat.write(nb, notebook)
    changed = render_briefings([ALL[0]], **args)
    assert [r.status for r in changed.results] == ["ok"]
    assert "附注：新增一段。" in html.read_text(encoding="utf-8")

    html.unlink()  # a missing output is not up to date either
    assert [r.status for r in render_briefings([ALL[0]], **args).results] == ["ok"]
    assert html.is_file()


def test_engines_are_registered_through_entry_points():
    from nbconvert.exporters import get_exporter
    from papermill.engines import papermill_engines

    from analysis.render.exporter import BriefingHTMLExporter

    assert papermill_engines.get_engine("warm").__name__ == "WarmEngine"
    assert get_exporter("briefing") is BriefingHTMLExporter


# -- scale: one run of the checks, any Executor, Dask ---------------------------------


def test_checks_partitioned_by_city_equal_the_checks_of_each_city():
    """The parent runs the checks once and splits them by city: the same checks,
    ids and verdicts as one run per city."""
    from analysis.checks import run_checks

    everything = run_checks(_LEDGER)
    for city in ALL:
        alone = [(c.check_id, c.verdict) for c in run_checks(_LEDGER, city=city)]
        assert alone == [(c.check_id, c.verdict) for c in everything if c.city == city], city


def test_warm_kernels_read_the_partition_they_are_given_and_keep_it_loaded(tmp_path):
    """Each briefing's kernel reads its city's partition (analysis.partition), not the
    whole ledger; a partition read once stays loaded across notebooks."""
    from analysis.partition import partitions_for
    from analysis.render.engine import WarmKernel

    parts = partitions_for(ledger=_LEDGER)
    city = ALL[0]
    folder = str(parts.folder(city))
    kernel = WarmKernel()
    kernel.start(cwd=str(tmp_path))
    try:
        kernel.run("from analysis.ledger.loading import _load_cached\n"
                   "assert _load_cached.cache_info().currsize == 0, 'no whole ledger preloaded'")
        kernel.reset(str(tmp_path), folder)
        kernel.run(f"from analysis.ledger import load_ledger\nL = load_ledger()\n"
                   f"assert str(L.directory) == {folder!r}, L.directory\n"
                   f"assert {city!r} in L.city_slugs()")
        kernel.reset(str(tmp_path), folder)  # between notebooks: the namespace goes, the partition stays
        kernel.run("import time\nfrom analysis.ledger.loading import load_ledger, _load_cached\n"
                   "hits = _load_cached.cache_info().hits\nt = time.perf_counter(); load_ledger()\n"
                   "assert _load_cached.cache_info().hits == hits + 1\nassert time.perf_counter() - t < 0.05")
    finally:
        kernel.shutdown()


def _comparable(path: Path):
    """A rendered file without what differs from run to run (timestamps, durations)."""
    if path.suffix == ".ipynb":
        nb = json.loads(path.read_text(encoding="utf-8"))
        nb["metadata"].pop("papermill", None)
        for cell in nb["cells"]:
            cell["metadata"].pop("papermill", None)
            cell["metadata"].pop("execution", None)
        return nb
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return [page.extract_text() for page in PdfReader(path).pages]
    if path.suffix == ".xlsx":  # a zip whose docProps/core.xml holds the time it was written
        import zipfile

        with zipfile.ZipFile(path) as z:
            return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}
    return path.read_bytes()


def test_the_dask_backend_renders_the_same_files_as_the_local_path(tmp_path):
    pytest.importorskip("distributed")
    from analysis.render.backends import dask_executor

    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "briefing.py"
    args = dict(langs="zh", formats="html,pdf", notebook=notebook, progress=None, force=True)
    local = render_briefings(list(ALL), out_dir=tmp_path / "local", **args)
    assert local.ok, local.summary()
    with dask_executor("local:2") as executor:
        remote = render_briefings(list(ALL), out_dir=tmp_path / "dask", executor=executor, **args)
    assert remote.ok, remote.summary()
    files = sorted(p.relative_to(tmp_path / "local") for p in (tmp_path / "local").rglob("*")
                   if p.is_file() and p.name != "manifest.json.lock")
    assert files == sorted(p.relative_to(tmp_path / "dask") for p in (tmp_path / "dask").rglob("*")
                           if p.is_file() and p.name != "manifest.json.lock")
    for rel in files:
        if rel.name == "manifest.json":
            continue
        assert _comparable(tmp_path / "local" / rel) == _comparable(tmp_path / "dask" / rel), rel
    m_local, m_dask = (json.loads((tmp_path / d / "manifest.json").read_text(encoding="utf-8"))
                       for d in ("local", "dask"))
    assert m_local["checks"].keys() == m_dask["checks"].keys()
    assert {k: v["sha256"] for k, v in m_local["checks"].items()} == {k: v["sha256"] for k, v in m_dask["checks"].items()}
    for key, entry in m_local["briefings"].items():
        other = m_dask["briefings"][key]
        assert (entry["status"], entry["inputs"], entry["outputs"]) == (other["status"], other["inputs"], other["outputs"])
        assert entry["output_sha256"]["html"] == other["output_sha256"]["html"]
    assert len(m_dask["last_run"]["workers"]) == 2, "both workers rendered"


def test_failures_are_isolated_on_an_executor(tmp_path):
    """Any Executor-like backend: one failing briefing does not stop the others."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as executor:
        report = render_briefings(list(ALL[:2]), langs="zh", formats="html", out_dir=tmp_path, notebook=BROKEN,
                                  progress=None, executor=executor)
    status = {r.city: r.status for r in report.results}
    assert status == {ALL[0]: "ok", ALL[1]: "failed"}
    assert "broken fixture fails" in report.results[1].error
    assert (tmp_path / ALL[0] / "zh" / "briefing.html").is_file()
    assert not (tmp_path / ALL[1] / "zh" / "briefing.html").exists()
