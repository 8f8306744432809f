"""Fuzz the loader and the validator (hypothesis): malformed CSV rows, other
encodings, other line endings, stray bytes.

Every outcome must be a valid ledger or a :class:`DataError` whose every
problem names the file and the line; never another exception (no
UnicodeDecodeError, csv.Error, KeyError, ValueError …).

The number of inputs is bounded for CI (``ANALYSIS_FUZZ_EXAMPLES``, default
150); a run prints how many it tried and what it found (``-s`` shows it).
"""

from __future__ import annotations

import collections
import csv
import io
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.errors import DataError
from analysis.ledger import Ledger, load_ledger, validate
from conftest import REAL_DATA

EXAMPLES = int(os.environ.get("ANALYSIS_FUZZ_EXAMPLES", "150"))
#: A problem names a file of the package and a line: ``figures.csv:12: …``.
NAMED = re.compile(r"^(?:.*/)?(?:figures|sources|cities|areas|units|indicators|synonyms|sources_en)\.csv:\d+: \S")
TABLES = ("figures.csv", "sources.csv", "cities.csv")

with open(REAL_DATA / "figures.csv", encoding="utf-8", newline="") as _fh:
    _ROWS = list(csv.reader(_fh))
HEADER, BODY = _ROWS[0], _ROWS[1:41]  # the real header and forty real rows: fast to load
SEEN: collections.Counter = collections.Counter()

cell_text = st.text(alphabet=st.sampled_from(list('0123456789.,-"\'\n\r\t ;%亿元增长abc\x00\ufeff\u3000'
                                                   "１２３十两翻倍")), max_size=12)
mutation = st.one_of(
    st.tuples(st.just("cell"), st.integers(0, len(BODY) - 1), st.integers(0, len(HEADER) - 1), cell_text),
    st.tuples(st.just("drop_cell"), st.integers(0, len(BODY) - 1), st.integers(0, len(HEADER) - 1)),
    st.tuples(st.just("extra_cell"), st.integers(0, len(BODY) - 1), cell_text),
    st.tuples(st.just("dup_row"), st.integers(0, len(BODY) - 1)),
    st.tuples(st.just("blank_row"), st.integers(0, len(BODY) - 1)),
    st.tuples(st.just("header"), st.integers(0, len(HEADER) - 1), cell_text),
)
encoding = st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "latin-1-ish"])
newline = st.sampled_from(["\n", "\r\n", "\r"])
raw_bytes = st.lists(st.tuples(st.integers(0, 10_000), st.binary(min_size=1, max_size=3)), max_size=2)


def _write(rows: list[list[str]], nl: str, enc: str, junk, path: Path) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=nl).writerows(rows)
    text = buf.getvalue()
    if enc == "latin-1-ish":  # what an editor does to Chinese text it cannot encode
        data = text.encode("latin-1", errors="replace")
    else:
        data = text.encode(enc, errors="replace")
    for offset, blob in junk:  # stray bytes anywhere
        at = min(offset, len(data))
        data = data[:at] + blob + data[at:]
    path.write_bytes(data)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=st.sampled_from(TABLES), mutations=st.lists(mutation, max_size=4), enc=encoding, nl=newline,
       junk=raw_bytes)
def test_every_malformed_ledger_is_a_valid_ledger_or_named_problems(table, mutations, enc, nl, junk):
    with tempfile.TemporaryDirectory(prefix="fuzz-ledger-") as tmp:
        d = Path(tmp)
        for p in [REAL_DATA / "datapackage.json", *REAL_DATA.glob("*.csv")]:
            shutil.copy(p, d / p.name)
        if table == "figures.csv":
            header, body = list(HEADER), [list(r) for r in BODY]
        else:
            with open(REAL_DATA / table, encoding="utf-8", newline="") as fh:
                rows = list(csv.reader(fh))
            header, body = rows[0], [list(r) for r in rows[1:]]
            _write([HEADER, *BODY], "\n", "utf-8", [], d / "figures.csv")
        for m in mutations:
            kind, i = m[0], (m[1] % len(body) if m[0] != "header" else m[1] % len(header))
            if kind == "cell" and body[i]:
                body[i][m[2] % len(body[i])] = m[3]
            elif kind == "cell":
                body[i].append(m[3])
            elif kind == "drop_cell" and body[i]:
                del body[i][m[2] % len(body[i])]
            elif kind == "extra_cell":
                body[i].append(m[2])
            elif kind == "dup_row":
                body.insert(i, list(body[i]))
            elif kind == "blank_row":
                body.insert(i, [])
            elif kind == "header":
                header = list(header)
                header[i] = m[2]
        _write([header, *body], nl, enc, junk, d / table)
        try:
            problems = validate(d)
        except Exception as exc:  # noqa: BLE001 - the point of the test
            pytest.fail(f"validate raised {type(exc).__name__}: {exc}")
        for p in problems:
            assert NAMED.match(p), p
        try:
            ledger = load_ledger(d)
        except DataError as exc:
            assert exc.problems and all(NAMED.match(p) for p in exc.problems), exc.problems
            SEEN["data error"] += 1
            SEEN.update(_kind(p) for p in exc.problems)
        except Exception as exc:  # noqa: BLE001
            pytest.fail(f"load_ledger raised {type(exc).__name__}: {exc}")
        else:
            assert isinstance(ledger, Ledger) and not problems
            SEEN["valid ledger"] += 1
            for f in ledger.figures:  # a valid ledger's figures all have numbers
                f.number


def _kind(problem: str) -> str:
    text = problem.split(": ", 1)[-1]
    for key in ("not UTF-8", "unreadable CSV", "fields, expected", "header does not match", "leading or trailing",
                "required, but empty", "not allowed", "malformed", "duplicate", "unknown", "not a number",
                "does not contain", "must start with", "value"):
        if key in text:
            return key
    return "other"


def test_zz_report_what_the_fuzzing_found(capsys):
    """Runs after the fuzz test (file order): prints how many inputs and what they gave."""
    if not SEEN:
        pytest.skip("the fuzz test did not run in this session")
    total = SEEN["data error"] + SEEN["valid ledger"]
    with capsys.disabled():
        print(f"\nfuzz: {total} inputs: {SEEN['valid ledger']} valid ledgers, {SEEN['data error']} refused with "
              "named problems; problems by kind: "
              + ", ".join(f"{k} {v}" for k, v in SEEN.most_common() if k not in ("data error", "valid ledger")))
    assert total >= 1
