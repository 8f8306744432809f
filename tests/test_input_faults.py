"""Issue 15, items 5-8 and 11: what a user's input can do ends in one clear
line, in bounded time and memory, and never loses data.

5. two ``analysis add`` at once keep both sources; a killed add's leftovers are swept
6. a review CSV saved by a spreadsheet (GB18030, UTF-16) is read, or refused in one line
7. text that looks like a formula is a text cell in every workbook (tests/test_workbook.py)
8. special files, huge files, junk data, bad ``--date`` and an unclosed quote
11. ``analysis.series(None, None)`` is one line
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.ledger import load_ledger, validate
from analysis.paths import PROJECT_ROOT
from conftest import REAL_DATA, copy_data

EXTRACT_FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def analysis(*args: str, env: dict | None = None, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    """``analysis ARGS`` in a subprocess; its output as text."""
    full_env = {k: v for k, v in os.environ.items() if k != "ANALYSIS_DEBUG"}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "analysis.cli", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, cwd=PROJECT_ROOT, **kw)


def one_line(done: subprocess.CompletedProcess) -> str:
    """The single line of stderr (no traceback)."""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


# -- 5. two adds at once ---------------------------------------------------------------

@pytest.fixture
def two_sources(tmp_path):
    """A data copy with a new city and two sources (s900, s901) of one fixture
    document, and a review of it: what two curators would add at once."""
    data = copy_data(tmp_path / "data")
    seeds = tmp_path / "seeds"
    shutil.copytree(load_ledger(REAL_DATA).source_path("s000").parent, seeds)
    for sid in ("900", "901"):
        shutil.copy(EXTRACT_FIXTURES / "bulletin_zh.txt", seeds / f"{sid}_bulletin_zh.txt")
    with open(data / "cities.csv", "a", encoding="utf-8") as fh:
        fh.write("wangchuan,望川市,Wangchuan,内蒙古自治区,Inner Mongolia\n")
    with open(data / "sources.csv", "a", encoding="utf-8") as fh:
        for sid in ("900", "901"):
            fh.write(f"s{sid},{sid}_bulletin_zh.txt,望川市统计局（虚构）,望川市2025年统计公报（测试文件 {sid}）,"
                     "2026-03-10,statistical_bulletin,A made-up fixture document.\n")
    env = {"ANALYSIS_DATA_DIR": str(data), "ANALYSIS_SEEDS_DIR": str(seeds), "TMPDIR": str(tmp_path)}
    review = tmp_path / "review.csv"
    done = analysis("extract", str(seeds / "900_bulletin_zh.txt"), "-o", str(review), env=env)
    assert done.returncode == 0, done.stderr
    return data, env, review


def _adders(review: Path, env: dict, sources=("s900", "s901")) -> list[subprocess.Popen]:
    full = {k: v for k, v in os.environ.items() if k != "ANALYSIS_DEBUG"}
    full.update(env)
    return [subprocess.Popen([sys.executable, "-m", "analysis.cli", "add", str(review), "--source-id", sid],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=full, cwd=PROJECT_ROOT)
            for sid in sources]


def test_5_two_adds_at_once_keep_both_sources(two_sources):
    data, env, review = two_sources
    n = sum(1 for _ in csv.DictReader(open(review, encoding="utf-8-sig", newline="")))
    procs = _adders(review, env)
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert all(out.startswith("added ") for out, _ in outs)
    ids = [f.source_id for f in load_ledger(data).figures]
    assert ids.count("s900") == n and ids.count("s901") == n  # neither add lost the other's rows
    assert validate(data) == []


def test_5_a_second_add_waits_a_bounded_time_then_gives_up_in_one_line(two_sources):
    from filelock import FileLock

    data, env, review = two_sources
    before = (data / "figures.csv").read_bytes()
    with FileLock(str(data / ".analysis-add.lock")):  # another add holds the folder
        done = analysis("add", str(review), "--source-id", "s900", env={**env, "ANALYSIS_ADD_TIMEOUT": "1"})
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("waiting for another `analysis add`") and len(lines) == 2, done.stderr
    assert "after 1 s; nothing was merged" in lines[1]
    assert (data / "figures.csv").read_bytes() == before


def test_5_a_killed_adds_leftovers_are_swept(two_sources, tmp_path):
    data, env, review = two_sources
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a process id that no longer runs
    left = tmp_path / f"analysis-add-{dead.pid}-x1y2"
    left.mkdir()
    (left / "figures.csv").write_text("half a copy", encoding="utf-8")
    (data / ".figures.abc123.csv").write_text("half a file", encoding="utf-8")
    done = analysis("add", str(review), "--source-id", "s900", env=env)
    assert done.returncode == 0, done.stderr
    assert not left.exists() and not list(data.glob(".figures.*.csv"))
    assert not list(tmp_path.glob("analysis-add-*"))  # its own copy is gone too


# -- 6. a review saved by a spreadsheet ---------------------------------------------------

@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-8-sig", "utf-16-le-bom", "utf-16-tabs"])
def test_6_a_review_saved_in_a_spreadsheets_encoding_is_read(two_sources, encoding, tmp_path):
    data, env, review = two_sources
    text = review.read_text(encoding="utf-8-sig")
    saved = tmp_path / f"review-{encoding}.csv"
    if encoding == "utf-16-le-bom":
        saved.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    elif encoding == "utf-16-tabs":  # what Excel's "Unicode text" writes: UTF-16, tab-separated
        rows = list(csv.reader(text.splitlines()))
        with open(saved, "w", encoding="utf-16", newline="") as fh:
            csv.writer(fh, dialect="excel-tab").writerows(rows)
    else:
        saved.write_bytes(text.encode(encoding))
    done = analysis("add", str(saved), "--source-id", "s900", env=env)
    assert done.returncode == 0, done.stderr
    added = [f for f in load_ledger(data).figures if f.source_id == "s900"]
    assert added
    original = list(csv.DictReader(open(review, encoding="utf-8-sig", newline="")))
    assert sorted(f.excerpt for f in added) == sorted(r["excerpt"] for r in original)  # the Chinese text intact


def test_6_a_review_in_no_known_encoding_is_one_line(two_sources, tmp_path):
    data, env, review = two_sources
    bad = tmp_path / "bad.csv"
    bad.write_bytes(review.read_bytes()[3:200] + b"\x81\x30\xff\xfe" * 20)  # neither UTF-8 nor GB18030, no BOM
    done = analysis("add", str(bad), "--source-id", "s900", env=env)
    assert done.returncode == 2
    line = one_line(done)
    assert "bad.csv" in line and "UTF-8" in line and "GB18030" in line
    mixed = tmp_path / "mixed.csv"  # a UTF-8 byte-order mark, then GBK bytes
    mixed.write_bytes(review.read_bytes()[:200] + "呼和浩特".encode("gbk"))
    done = analysis("add", str(mixed), "--source-id", "s900", env=env)
    assert done.returncode == 2 and "UTF-8 byte-order mark" in one_line(done)
    nul = tmp_path / "nul.csv"  # UTF-16 without a byte-order mark
    nul.write_bytes(review.read_text(encoding="utf-8-sig").encode("utf-16-le"))
    done = analysis("add", str(nul), "--source-id", "s900", env=env)
    assert done.returncode == 2 and "NUL bytes" in one_line(done)
