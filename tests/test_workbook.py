"""Issue 15 item 7, issue 20 item 4: one module writes every workbook
(:mod:`analysis.workbook`), and text that looks like a formula is stored as
the exact text in a text cell, by every path: ``analysis figures|checks
--format xlsx``, ``frame().to_excel``, ``to_xlsx`` and the download beside each
briefing. Read back with openpyxl, which keeps a formula as its text with
``data_type == "f"``."""

from __future__ import annotations

import ast
import csv
import io
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import analysis
from analysis.cli import main
from analysis.ledger import load_ledger
from conftest import copy_data

#: A formula a spreadsheet would run (a link out of the workbook), and the other starts OWASP lists.
NOTES = ['=HYPERLINK("http://127.0.0.1/x","click")', "+1+2", "-3+4", "@SUM(1,2)", "=1+1"]
SRC = Path(analysis.__file__).parent


@pytest.fixture
def formula_data(tmp_path, monkeypatch):
    """A data copy whose first figures' notes start with =, +, -, @ (valid data: notes are free text)."""
    data = copy_data(tmp_path / "data")
    path = data / "figures.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header, rows = reader.fieldnames, list(reader)
    for row, note in zip(rows, NOTES):
        row["notes"] = note
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    monkeypatch.setenv("ANALYSIS_DATA_DIR", str(data))
    ledger = load_ledger(data)
    assert [f.notes for f in ledger.figures[:len(NOTES)]] == NOTES
    return ledger


def formula_cells(path_or_buf) -> list[str]:
    """Every cell openpyxl reads as a formula."""
    wb = openpyxl.load_workbook(path_or_buf)
    return [f"{ws.title}!{c.coordinate}: {c.value}" for ws in wb for row in ws.iter_rows() for c in row
            if c.data_type == "f"]


def texts(path_or_buf) -> set[str]:
    wb = openpyxl.load_workbook(path_or_buf)
    return {c.value for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "s"}


def test_cli_export_keeps_formula_like_notes_as_text(formula_data, tmp_path):
    path = tmp_path / "f.xlsx"
    assert main(["figures", "--format", "xlsx", "-o", str(path)]) == 0
    assert formula_cells(path) == [] and set(NOTES) <= texts(path)


def test_frame_to_excel_keeps_formula_like_notes_as_text(formula_data, tmp_path):
    path = tmp_path / "f.xlsx"
    df = analysis.frame()
    df.to_excel(path, index=False)
    assert formula_cells(path) == [] and set(NOTES) <= texts(path)
    sub = df[df["notes"].isin(NOTES)]  # a frame derived from frame() writes the same way
    buf = io.BytesIO()
    sub.to_excel(buf, sheet_name="mine")
    ws = openpyxl.load_workbook(buf)["mine"]
    header = [c.value for c in ws[1]]
    assert header[0] is None and header[1:] == list(df.columns)  # the index first, as pandas writes it
    assert sorted(r[header.index("notes")].value for r in ws.iter_rows(min_row=2)) == sorted(NOTES)


def test_the_briefing_download_keeps_formula_like_notes_as_text(formula_data, tmp_path):
    from analysis.downloads import write_downloads

    city = formula_data.figures[0].city
    paths = write_downloads(formula_data, city, tmp_path)
    mine = [f.notes for f in formula_data.figures_for(city) if f.notes in NOTES]
    assert mine and formula_cells(paths["xlsx"]) == [] and set(mine) <= texts(paths["xlsx"])
    rows = list(csv.DictReader(paths["figures_csv"].open(encoding="utf-8")))
    assert set(mine) <= {r["notes"] for r in rows}  # the CSV keeps the data exact (no quote added)


def test_frame_to_excel_refuses_what_it_cannot_honour(tmp_path):
    import pandas as pd

    from analysis.errors import AnalysisError

    df = analysis.frame()
    with pytest.raises(AnalysisError, match="startrow"):
        df.to_excel(tmp_path / "x.xlsx", startrow=3)
    with pd.ExcelWriter(tmp_path / "y.xlsx", engine="xlsxwriter") as writer, \
            pytest.raises(AnalysisError, match="ExcelWriter is not supported"):
        df.to_excel(writer)


def test_one_module_writes_workbooks():
    """No module but analysis.workbook imports an xlsx writer or asks pandas for one."""
    writers = {"xlsxwriter", "openpyxl"}
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "workbook.py" and path.parent == SRC:
            continue
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n.split(".")[0] in writers for n in names):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
        if "ExcelWriter(" in text or "engine=\"openpyxl\"" in text:
            offenders.append(f"{path.relative_to(SRC)}: pandas ExcelWriter")
    assert offenders == []


def test_the_cli_workbook_is_written_without_openpyxl(tmp_path):
    """openpyxl only reads workbooks in the tests: writing needs XlsxWriter alone."""
    probe = ("import sys; sys.modules['openpyxl'] = None\n"
             "from analysis.cli import main\n"
             f"sys.exit(main(['checks', '--format', 'xlsx', '-o', {str(tmp_path / 'c.xlsx')!r}]))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert openpyxl.load_workbook(tmp_path / "c.xlsx")["checks"].max_row > 1
