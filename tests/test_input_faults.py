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
    with open(data / "sources.csv", encoding="utf-8") as fh:  # columns after notes (url, accessed …) left empty
        header = fh.readline().strip().split(",")
    extra = len(header) - header.index("notes") - 1
    with open(data / "sources.csv", "a", encoding="utf-8") as fh:
        for sid in ("900", "901"):
            fh.write(f"s{sid},{sid}_bulletin_zh.txt,望川市统计局（虚构）,望川市2025年统计公报（测试文件 {sid}）,"
                     "2026-03-10,statistical_bulletin,A made-up fixture document." + "," * extra + "\n")
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

@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-8-sig", "utf-16-le-bom", "utf-16-tabs",
                                      "utf-16-two-marks"])
def test_6_a_review_saved_in_a_spreadsheets_encoding_is_read(two_sources, encoding, tmp_path):
    data, env, review = two_sources
    text = review.read_text(encoding="utf-8-sig")
    saved = tmp_path / f"review-{encoding}.csv"
    if encoding == "utf-16-le-bom":
        saved.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    elif encoding == "utf-16-two-marks":  # `iconv -t UTF-16` of a file with a UTF-8 mark keeps it
        saved.write_bytes(review.read_text(encoding="utf-8").encode("utf-16"))
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


# -- 8. everything bounded ------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["/dev/zero", "fifo", "folder"])
def test_8_extract_refuses_what_is_not_a_regular_file_at_once(kind, tmp_path):
    path = {"/dev/zero": Path("/dev/zero"), "fifo": tmp_path / "doc.txt", "folder": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(path)
    done = analysis("extract", str(path), "--date", "2025", timeout=60)
    assert done.returncode == 2
    assert one_line(done).endswith("not a regular file")


def test_8_extract_refuses_a_file_over_the_size_limit_and_nul_bytes(tmp_path):
    big = tmp_path / "zeros.txt"
    with open(big, "wb") as fh:
        fh.truncate(11_000_000)  # sparse: 11 MB of NUL bytes that take no disk space
    done = analysis("extract", str(big), "--date", "2025", timeout=60)
    assert done.returncode == 2
    assert "11.0 MB, over the 10 MB limit for a document" in one_line(done)
    done = analysis("extract", str(big), "--date", "2025", "--max-size", "12", timeout=60)
    assert done.returncode == 2 and "holds NUL bytes (byte 0)" in one_line(done)
    done = analysis("extract", str(big), "--date", "2025", env={"ANALYSIS_MAX_DOCUMENT_MB": "0.5"}, timeout=60)
    assert done.returncode == 2 and "over the 0.5 MB limit" in one_line(done)


def test_8_extract_of_dev_zero_ends_within_a_minute_under_a_3_gb_cap():
    done = subprocess.run(["/bin/sh", "-c", f"ulimit -v 3000000 && exec {sys.executable} -m analysis.cli extract "
                                            "/dev/zero --date 2025"],
                          capture_output=True, text=True, timeout=60, cwd=PROJECT_ROOT)
    assert done.returncode == 2 and "/dev/zero: a character device" in one_line(done)


def test_8_add_refuses_a_review_that_is_not_a_regular_file(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYSIS_DATA_DIR", str(copy_data(tmp_path / "data")))
    done = analysis("add", "/dev/zero", "--source-id", "s000", timeout=60,
                    env={"ANALYSIS_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == 2 and one_line(done).endswith("not a regular file")


def test_8_a_fifo_as_figures_csv_is_a_problem_not_a_hang(tmp_path):
    data = copy_data(tmp_path / "data")
    (data / "figures.csv").unlink()
    os.mkfifo(data / "figures.csv")
    done = analysis("validate", "--no-documents", env={"ANALYSIS_DATA_DIR": str(data)}, timeout=60)
    assert done.returncode == 1
    assert "figures.csv: a named pipe (FIFO), not a regular file" in done.stderr


def test_8_validate_on_10_mb_of_junk_lists_the_first_problems_and_counts_the_rest(tmp_path):
    import random

    data = copy_data(tmp_path / "data")
    path = data / "figures.csv"
    header = path.read_text(encoding="utf-8").split("\n", 1)[0]
    rnd = random.Random(15)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789    ,;.-"
    lines = [header]
    size = len(header)
    while size < 10_000_000:
        lines.append("".join(rnd.choices(alphabet, k=rnd.randint(5, 30))))
        size += len(lines[-1]) + 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {"ANALYSIS_DATA_DIR": str(data)}
    done = analysis("validate", "--no-documents", env=env, timeout=300)
    assert done.returncode == 1
    assert len(done.stderr.encode()) < 200_000, len(done.stderr)
    listed = [ln for ln in done.stderr.splitlines() if ln.startswith("  figures.csv:")]
    total = int(done.stderr.split(" problem(s)", 1)[0])
    assert len(listed) == 50 and total > 100_000
    assert f"… and {total - 50:,} more problems (analysis validate --max-problems 0 lists every one)" in done.stderr
    few = analysis("validate", "--no-documents", "--max-problems", "3", env=env, timeout=300)
    assert len([ln for ln in few.stderr.splitlines() if ln.startswith("  figures.csv:")]) == 3
    checks = analysis("checks", env=env, timeout=300)  # any command on invalid data: the same bound
    assert checks.returncode == 1 and len(checks.stderr.encode()) < 200_000


@pytest.mark.parametrize("date, why", [("2025-13-45", "month must be in 1..12"), ("yesterday", "is not a date"),
                                       ("2025-02-30", "day is out of range"), ("1850", "from 1900 to 2099")])
def test_8_a_bad_date_is_refused_by_the_option(date, why, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("地区生产总值达到100亿元。\n", encoding="utf-8")
    done = analysis("extract", str(doc), "--date", date, timeout=60)
    assert done.returncode == 2
    errors = [ln for ln in done.stderr.splitlines() if "error:" in ln]
    assert len(errors) == 1 and errors[0].startswith("analysis extract: error: argument --date:") and why in errors[0]
    assert "prints no date" not in done.stderr


def test_8_an_unclosed_quote_is_named_where_the_field_opens(tmp_path):
    data = copy_data(tmp_path / "data")
    path = data / "figures.csv"
    header, *rows = path.read_text(encoding="utf-8").split("\n")
    plain = [r for r in rows if r and '"' not in r][:7]  # rows with no quote at all
    j = header.split(",").index("excerpt")
    cells = plain[0].split(",")
    cells[j] = '"' + cells[j]
    plain[0] = ",".join(cells)
    path.write_text("\n".join([header, *plain]) + "\n", encoding="utf-8")  # the quote on line 2 of 8 never closes
    done = analysis("validate", "--no-documents", env={"ANALYSIS_DATA_DIR": str(data)}, timeout=60)
    assert done.returncode == 1
    assert "figures.csv:2: column 'excerpt': a quote (\") opens this field and is not closed on its line: " \
           "the field runs to line 8" in done.stderr
    assert "figures.csv:8:" not in done.stderr


# -- 11. series(None, None) ---------------------------------------------------------------

def test_11_series_without_a_city_or_indicator_is_one_line(real_ledger):
    from analysis.errors import UnknownNameError

    with pytest.raises(UnknownNameError) as info:
        analysis_api().series(None, None)
    message = str(info.value)
    assert "\n" not in message and message.startswith("series() needs one city, got None; known cities: ")
    assert real_ledger.city_slugs()[0] in message and "s000-" not in message
    city = real_ledger.city_slugs()[0]
    with pytest.raises(UnknownNameError, match=r"^series\(\) needs one indicator, got None; known indicators: "):
        analysis_api().series(city, None)


def analysis_api():
    import analysis as api

    return api
