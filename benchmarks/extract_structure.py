"""Benchmark: do ``analysis extract``'s rows pass ``analysis add``'s structural
rules as extracted (issue 18, item 7)? A reviewer should fix meaning, not
format.

For each document, the candidates are handed to ``add`` unchanged (on a
scratch copy of ``data/``), and every problem ``add`` reports is counted by
the rule it breaks. Rows with no indicator (a proposal for the curator to
name) are left out: naming a concept is review, not format.

Seeds are added against a ledger without their own figures (else every row
would be a duplicate); a folder of real documents kept outside the repository
(``--unseen-dir DIR``: ``*.txt``, one paragraph a line; each document's date
and city from the folder's ``manifest.csv`` when it lists the file, else
``--city`` and ``--date`` as for extract) is added as cited pages.

    .venv/bin/python benchmarks/extract_structure.py [--no-seeds] [--unseen-dir DIR] [--enforce]

The floor (``--enforce``): at most 2 % of rows refused.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

FLOOR_REFUSED = 0.02
ROOT = Path(__file__).resolve().parent.parent


def _rule(problem: str) -> str:
    """The rule a problem names, numbers and quoted values blanked out.

    >>> _rule("r.csv:4: column 'excerpt': '增长5.1% ' has leading or trailing spaces")
    'excerpt: … has leading or trailing spaces'
    """
    m = re.search(r"column '(\w+)': (.*)", problem)
    if not m:
        return re.sub(r"^\S+:\d+: ", "", problem)[:70]
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "…", m.group(2))
    return f"{m.group(1)}: {re.sub(r'[0-9]+(?:[.][0-9]+)?', '#', text)[:70]}"


def _scratch(data: Path, drop_source: str = "") -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="extract-structure-"))
    shutil.copytree(data, tmp / "data")
    if drop_source:
        path = tmp / "data" / "figures.csv"
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
            fields = list(rows[0])
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
            w.writeheader()
            w.writerows(r for r in rows if r["source_id"] != drop_source)
    return tmp


def _run(document: Path, source_id: str, scratch: Path, *, cited: bool, city: str | None, date: str | None):
    from analysis.errors import DataError
    from analysis.extract import REVIEW_COLUMNS, extract_file
    from analysis.extract.merge import add_review
    from analysis.ledger import load_ledger

    os.environ["ANALYSIS_DATA_DIR"] = str(scratch / "data")
    ledger = load_ledger()
    cands = [c for c in extract_file(document, ledger, city=city, date=date) if c.indicator]
    review = scratch / f"{source_id}.csv"
    if city and city not in ledger.cities:  # a new city: its proposed cities.csv row goes with the review, as extract writes it
        from analysis.extract.newcity import cities_path, proposed_city, write_cities
        from analysis.extract.reading import read_document_both

        write_cities(cities_path(review), [proposed_city(city, read_document_both(document)[1],
                                                         {n for c in ledger.cities.values() for n in (c.name_zh, c.name_en)
                                                          if n})])
    with open(review, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=REVIEW_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(c.row() for c in cands)
    try:
        add_review(review, source_id, directory=scratch / "data", allow_conflicts=True,
                   document=document if cited else None)
        return len(cands), []
    except DataError as exc:
        return len(cands), [p for p in exc.problems if " refused, nothing merged" not in p
                            and re.match(rf".*{re.escape(review.name)}:\d+:", p)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-seeds", action="store_true")
    ap.add_argument("--unseen-dir")
    ap.add_argument("--city")
    ap.add_argument("--date")
    ap.add_argument("--enforce", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from analysis.paths import data_dir, seeds_dir

    data = data_dir()
    jobs = []
    if not args.no_seeds:
        with open(data / "sources.csv", encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if r["file_name"] and (seeds_dir() / r["file_name"]).is_file():
                    jobs.append((seeds_dir() / r["file_name"], r["source_id"], False))
    manifest = {}
    if args.unseen_dir:
        path = Path(args.unseen_dir) / "manifest.csv"  # file,date,city as for benchmarks/extract.py
        if path.is_file():
            with open(path, encoding="utf-8", newline="") as fh:
                manifest = {r["file"]: r for r in csv.DictReader(fh)}
        docs = [d for d in sorted(Path(args.unseen_dir).glob("*.txt"))  # the scored documents, not notes beside them
                if not manifest and not (d.parent / f"{d.stem}.expected.csv").is_file() and not d.stem.startswith(
                    ("score", "before")) or d.name in manifest or (d.parent / f"{d.stem}.expected.csv").is_file()]
        for i, doc in enumerate(docs):
            jobs.append((doc, f"s9{i:02d}", True))
    if not jobs:
        print("no documents: the seeds are absent and no --unseen-dir was given", file=sys.stderr)
        return 2
    rules: Counter = Counter()
    rows = refused = 0
    print(f"{'document':40} {'rows':>5} {'refused':>8}")
    for doc, sid, cited in jobs:
        scratch = _scratch(data, "" if cited else sid)
        row = manifest.get(doc.name, {})
        date, city = row.get("date") or args.date, row.get("city") or args.city
        try:
            if cited:
                listed = (date or "2026-12") if len(date or "") >= 7 else f"{date}-12"  # sources.csv: YYYY-MM
                with open(scratch / "data" / "sources.csv", "a", encoding="utf-8") as fh:
                    fh.write(f"{sid},,benchmark,{doc.stem},{listed},news_article,scratch,"
                             f"https://example.org/{doc.stem},2026-12-06\n")
            n, problems = _run(doc, sid, scratch, cited=cited, city=city, date=date)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        bad_lines = {re.match(r".*?:(\d+):", p).group(1) for p in problems}
        rows += n
        refused += len(bad_lines)
        rules.update(_rule(p) for p in problems)
        print(f"{doc.name[:40]:40} {n:5d} {len(bad_lines):8d}")
    share = refused / rows if rows else 0.0
    print(f"\n{refused} of {rows} rows refused by add as extracted ({share:.1%}); floor {FLOOR_REFUSED:.0%}")
    for rule, n in rules.most_common():
        print(f"  {n:4d}  {rule}")
    return 1 if args.enforce and share > FLOOR_REFUSED else 0


if __name__ == "__main__":
    sys.exit(main())
