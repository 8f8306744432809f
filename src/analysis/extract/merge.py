"""``analysis add REVIEW.csv --source-id sNNN``: merge a reviewed file.

The rows a curator kept are validated *together with the whole ledger* (the
schema, the rules of ``docs/curation.md``, the excerpt in its document's line,
the unit against the excerpt); figure ids are assigned in reading order
(line, then position of the excerpt in the line) after the source's last id.
If any row is bad the whole file is refused and every problem is listed,
named by the review file's own line; nothing is half-merged: the new
``figures.csv`` is written to a temporary file beside it and renamed over it.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import tempfile
from pathlib import Path

from ..errors import AnalysisError, DataError
from ..paths import data_dir, seeds_dir
from .add_lock import _TMP_PREFIX, LOCK_NAME, data_lock, sweep_leftovers

FIGURE_COLUMNS = ["figure_id", "city", "indicator", "measure", "qualifier", "period", "base_period", "value",
                  "unit", "price_basis", "denominator", "denominator_city", "source_id", "line", "excerpt", "notes"]
#: Review columns that are not ledger columns (dropped on merge).
REVIEW_ONLY = ("confidence", "reason", "proposed_indicator", "figure_id", "source_id")


#: Byte-order marks and the encodings they announce (what spreadsheets write first).
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def spreadsheet_text(path: Path) -> tuple[str, str]:
    r"""The text of a CSV a spreadsheet saved, and its encoding: a byte-order
    mark decides (UTF-8, UTF-16: Excel's "Unicode text"), else UTF-8, else
    GB18030 (GBK's superset: Excel on Chinese Windows). Anything else raises
    :class:`AnalysisError` in one line naming the file and what was tried.

    >>> import tempfile; p = Path(tempfile.mkdtemp()) / "r.csv"
    >>> for enc in ("utf-8", "gbk", "utf-16"):
    ...     _ = p.write_bytes("城市,值\n呼和浩特,1\n".encode(enc))
    ...     print(spreadsheet_text(p))
    ('城市,值\n呼和浩特,1\n', 'UTF-8')
    ('城市,值\n呼和浩特,1\n', 'GB18030')
    ('城市,值\n呼和浩特,1\n', 'UTF-16')
    """
    from ..inputs import document_limit_mb, read_bytes

    data = read_bytes(path, document_limit_mb(), "review CSV")  # a regular file, within the size limit
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            name = encoding.upper().replace("-SIG", "")
            try:  # a converted file may hold a second mark (a UTF-8 one, converted to UTF-16)
                return data.decode(encoding).removeprefix("\ufeff"), name
            except UnicodeDecodeError as exc:
                raise AnalysisError(f"{path}: starts with a {name} byte-order mark but is not {name} from byte "
                                    f"{exc.start} on (mixed encodings?); save it again as CSV UTF-8") from None
    if b"\x00" in data[:4096]:
        raise AnalysisError(f"{path}: holds NUL bytes (UTF-16 or UTF-32 without a byte-order mark, or not text); "
                            f"save it as CSV UTF-8")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding).removeprefix("\ufeff"), encoding.upper()
        except UnicodeDecodeError as exc:
            bad = exc.start
    raise AnalysisError(f"{path}: neither UTF-8, UTF-16 (with a byte-order mark) nor GB18030/GBK text "
                        f"(byte 0x{data[bad]:02x} at offset {bad}); save it as CSV UTF-8")


def spreadsheet_rows(path: Path) -> csv.DictReader:
    """A DictReader of :func:`spreadsheet_text`: comma- or tab-separated (Excel's
    "Unicode text" separates by tabs)."""
    import io

    text, _ = spreadsheet_text(path)
    first = text.split("\n", 1)[0]
    dialect = "excel-tab" if first.count("\t") > first.count(",") else "excel"
    return csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)


def _read_review(path: Path) -> tuple[list[tuple[int, dict]], list[str]]:
    problems = []
    reader = spreadsheet_rows(path)
    header = reader.fieldnames or []
    missing = [c for c in FIGURE_COLUMNS if c not in header and c not in ("figure_id", "source_id", "notes")]
    if missing:
        raise AnalysisError(f"{path.name}:1: missing columns: {', '.join(missing)}; a review file has the "
                            f"columns `analysis extract` writes")
    try:
        rows = [(reader.line_num, dict(r)) for r in reader if any((v or "").strip() for v in r.values())]
    except csv.Error as exc:
        raise AnalysisError(f"{path.name}:{reader.line_num}: unreadable CSV ({exc})") from None
    if not rows:
        problems.append(f"{path.name}: no rows to add")
    return rows, problems


INDICATOR_COLUMNS = ["code", "name_zh", "name_en", "unit", "price_basis", "avg_growth_method", "parent", "partition",
                     "counted", "signed", "notes"]


def proposed_indicators(cands, ledger) -> list[dict]:
    """Catalogue rows proposed for the candidates whose indicator is unknown:
    the Chinese words before the number as ``name_zh``, the unit of a level,
    the price basis its unit implies; ``code`` and ``name_en`` for the curator."""
    rows: dict[str, dict] = {}
    for c in cands:
        name = (c.proposed_indicator or "").strip("，,。、 ")
        if c.indicator or not name or name in rows:
            continue
        dim = ledger.units.get(c.unit, {}).get("dimension", "")
        unit = c.unit if c.measure in ("level", "change") and dim not in ("percent", "percentage_point", "ratio",
                                                                          "rank") else ""
        rows[name] = {"code": "", "name_zh": name, "name_en": "", "unit": unit,
                      "price_basis": "current" if dim.startswith("currency") else "none",
                      "avg_growth_method": "level", "parent": "", "partition": "",
                      "counted": "true" if dim == "count" else "false", "signed": "false",
                      "notes": f"proposed by analysis extract from line {c.line}: {c.excerpt}"}
    return list(rows.values())


def write_indicators(path: str | Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=INDICATOR_COLUMNS, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def add_review(review: str | Path, source_id: str, directory: str | Path | None = None,
               indicators: str | Path | None = None, document: str | Path | None = None) -> list[str]:
    """Merge ``review`` into ``figures.csv`` as figures of ``source_id`` (and
    the catalogue rows of ``indicators`` into ``indicators.csv``); returns the
    new figure ids. Raises :class:`DataError` listing every problem (and
    changes nothing) when any row is bad.

    A cited-only source (``sources.csv`` row with a ``url`` and no
    ``file_name``) needs ``document``: the page's text as read, kept outside
    the repository, on whose lines the excerpts are checked.

    The data folder is locked for the whole merge (:func:`data_lock`): a
    second ``add`` into it waits for the first, then reads what it wrote."""
    review = Path(review)
    directory = Path(directory or data_dir())
    rows, problems = _read_review(review)
    with data_lock(directory):
        sweep_leftovers(directory)
        return _add_locked(review, source_id, directory, indicators, document, rows, problems)


def _add_locked(review: Path, source_id: str, directory: Path, indicators, document, rows, problems) -> list[str]:
    from ..ledger import validate

    figures_path = directory / "figures.csv"
    with open(figures_path, encoding="utf-8", newline="") as fh:
        existing = list(csv.DictReader(fh))
    sources = {}
    with open(directory / "sources.csv", encoding="utf-8", newline="") as fh:
        sources = {r["source_id"]: r for r in csv.DictReader(fh)}
    if source_id not in sources:
        raise DataError([f"sources.csv: no source {source_id!r}; add its row (source_id, file_name or url "
                         f"and accessed, publisher, title, date, kind) before `analysis add`"])
    numbers = [int(m.group(1)) for r in existing if (m := re.fullmatch(rf"{re.escape(source_id)}-(\d+)",
                                                                          r["figure_id"]))]
    cited = not sources[source_id].get("file_name")
    if cited and document is None:
        raise DataError([f"sources.csv: source {source_id!r} is cited, not stored ({sources[source_id].get('url')}): "
                         f"give the text you read with --document FILE (kept outside the repository), so each "
                         f"excerpt is checked on its line"])
    if document is not None:
        document = Path(document)
        if not document.is_file():
            raise AnalysisError(f"{document}: --document is not a readable file")
    doc = _document_lines(document if document is not None else seeds_dir() / sources[source_id]["file_name"])

    def order(item):
        line_no, r = item
        try:
            n = int(r.get("line") or 0)
        except ValueError:
            n = 0
        text = doc[n - 1] if doc and 1 <= n <= len(doc) else ""
        pos = text.find(r.get("excerpt") or "\0")
        return (n, pos if pos >= 0 else 10**6, line_no)

    new_rows, origin = [], {}
    nxt = max(numbers, default=0)
    for line_no, r in sorted(rows, key=order):
        if r.get("source_id") and r["source_id"] != source_id:
            problems.append(f"{review.name}:{line_no}: column 'source_id': {r['source_id']!r}, but adding to "
                            f"{source_id!r}")
        if not (r.get("indicator") or "").strip() and r.get("proposed_indicator"):
            problems.append(f"{review.name}:{line_no}: column 'indicator': empty; extract proposed a new "
                            f"indicator {r['proposed_indicator']!r}: add it to indicators.csv and put its code here")
        nxt += 1
        row = {c: (r.get(c) or "") for c in FIGURE_COLUMNS}
        row["figure_id"], row["source_id"] = f"{source_id}-{nxt:03d}", source_id
        origin[len(existing) + len(new_rows) + 2] = line_no  # figures.csv line of this row
        new_rows.append(row)
    new_indicators: list[dict] = []
    if indicators:
        new_indicators = [dict(r) for r in spreadsheet_rows(Path(indicators))]
        for k, r in enumerate(new_indicators, start=2):
            if not (r.get("code") or "").strip():
                problems.append(f"{Path(indicators).name}:{k}: column 'code': empty; give the new indicator a "
                                f"snake_case code (and use it in {review.name})")
    with open(directory / "indicators.csv", encoding="utf-8", newline="") as fh:
        catalogue_text = fh.read()
    indicators_text = catalogue_text + "".join(_csv_line(r) for r in new_indicators)
    tmpdir = Path(tempfile.mkdtemp(prefix=f"{_TMP_PREFIX}{os.getpid()}-"))
    try:
        for p in directory.iterdir():
            if p.is_file() and p.name not in ("figures.csv", "indicators.csv", LOCK_NAME):
                shutil.copy(p, tmpdir / p.name)
        (tmpdir / "indicators.csv").write_text(indicators_text, encoding="utf-8")
        _write(tmpdir / "figures.csv", existing + new_rows)
        base = catalogue_text.count("\n") + (0 if catalogue_text.endswith("\n") or not catalogue_text else 1)
        said = {_about(p) for p in problems}
        # the documents of the other sources were checked when they were added (and `validate` checks
        # them all): a clone without the seeds can still add a page cited by its address
        for p in validate(tmpdir, documents=frozenset({source_id}),
                          texts={source_id: document} if document is not None else None):
            p = _renamed(p, origin, review.name)
            m = re.match(r"indicators\.csv:(\d+): (.*)", p, re.S)
            if m and indicators and int(m.group(1)) > base:  # a row of the review's new indicators
                p = f"{Path(indicators).name}:{int(m.group(1)) - base + 1}: {m.group(2)}"
            if _about(p) not in said or "required, but empty" not in p:  # said once, in the clearer words
                problems.append(p)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    if problems:
        raise DataError([f"{review.name} refused, nothing merged: {len(problems)} problem(s)"] + problems,
                        where=f"{review} and the data it joins")
    fd, tmp = tempfile.mkstemp(prefix=".figures.", suffix=".csv", dir=directory)
    os.close(fd)
    fd, tmp_ind = tempfile.mkstemp(prefix=".indicators.", suffix=".csv", dir=directory)
    os.close(fd)
    try:
        _write(Path(tmp), existing + new_rows)
        Path(tmp_ind).write_text(indicators_text, encoding="utf-8")
        if new_indicators:
            os.replace(tmp_ind, directory / "indicators.csv")
        os.replace(tmp, figures_path)
    finally:
        Path(tmp).unlink(missing_ok=True)
        Path(tmp_ind).unlink(missing_ok=True)
    return [r["figure_id"] for r in new_rows]


def _csv_line(row: dict) -> str:
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([row.get(c, "") or "" for c in INDICATOR_COLUMNS])
    return buf.getvalue()


def _about(problem: str) -> tuple[str, str]:
    """(file:line, column) a problem is about: two messages about one cell are said once.

    >>> _about("r.csv:11: column 'indicator': required, but empty")
    ('r.csv:11', 'indicator')
    """
    m = re.match(r"([^:\s]+:\d+): column '([^']+)'", problem)
    return (m.group(1), m.group(2)) if m else (problem, "")


def _renamed(problem: str, origin: dict[int, int], review_name: str) -> str:
    m = re.match(r"figures\.csv:(\d+): (.*)", problem, re.S)
    if m and int(m.group(1)) in origin:
        return f"{review_name}:{origin[int(m.group(1))]}: {m.group(2)}"
    return problem


def _document_lines(path: Path) -> list[str]:
    if not path.is_file():  # missing, or a FIFO or device (never read: it could hang)
        return []
    try:
        return path.read_text(encoding="utf-8").split("\n")
    except OSError:
        return []


def _write(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIGURE_COLUMNS, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
