"""The disk cache of validated ledgers is keyed on the data's bytes (issue 15
item 9): a same-size edit that restores the old mtime is seen."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from analysis import ledger_cache
from analysis.errors import DataError
from analysis.ledger.loading import _load_cached, load_ledger
from helpers import read_rows, write_rows


def _same_size_edit(path, edit):
    """Rewrite ``path`` through ``edit(rows)`` and put its size and mtime back as they were."""
    st = path.stat()
    header, rows = read_rows(path)
    edit(rows)
    write_rows(path, header, rows)
    assert path.stat().st_size == st.st_size, "the edit must keep the file's size"
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_mtime_ns == st.st_mtime_ns


def _new_process_state():
    """What a new process starts with: no ledger and no digest remembered in memory."""
    _load_cached.cache_clear()
    ledger_cache._DIGESTS.clear()


def test_a_same_size_edit_with_the_old_mtime_is_seen(data_copy):
    figures = data_copy / "figures.csv"
    first = load_ledger(data_copy)
    target = next(f for f in first.figures if len(f.notes.encode()) >= 2)
    new_notes = "z" * len(target.notes.encode())

    def edit(rows):
        row = next(r for r in rows if r["figure_id"] == target.figure_id)
        row["notes"] = new_notes

    _same_size_edit(figures, edit)
    # in this process (the ledger cached in memory) ...
    assert load_ledger(data_copy).figure(target.figure_id).notes == new_notes
    # ... and in a new one (the validated ledger pickled on disk)
    _new_process_state()
    assert load_ledger(data_copy).figure(target.figure_id).notes == new_notes


def test_a_same_size_edit_that_breaks_the_data_is_reported_not_served_from_the_cache(data_copy):
    figures = data_copy / "figures.csv"
    ledger = load_ledger(data_copy)
    first = ledger.figures[0]
    unknown = "x" * len(first.city)  # same length, not a city of the catalogue

    def edit(rows):
        rows[0]["city"] = unknown

    _same_size_edit(figures, edit)
    _new_process_state()
    with pytest.raises(DataError, match=unknown):
        load_ledger(data_copy)


def test_cite_in_a_new_process_shows_the_edited_value(data_copy):
    """As a user meets it: `analysis figures` run again after a `cp -p`-like edit."""
    ledger = load_ledger(data_copy)  # fills the disk cache (ANALYSIS_CACHE_DIR of the session)
    target = next(f for f in ledger.figures if len(f.notes.encode()) >= 2)
    new_notes = "q" * len(target.notes.encode())

    def edit(rows):
        next(r for r in rows if r["figure_id"] == target.figure_id)["notes"] = new_notes

    _same_size_edit(data_copy / "figures.csv", edit)
    code = ("from analysis.ledger import load_ledger; "
            f"print(load_ledger().figure({target.figure_id!r}).notes)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy(),
                         check=True).stdout.strip()
    assert out == new_notes


def test_hidden_files_do_not_change_the_key(data_copy):
    before = ledger_cache.stamp(data_copy)
    (data_copy / ".figures.csv.swp").write_bytes(b"editor state")
    assert ledger_cache.stamp(data_copy) == before
