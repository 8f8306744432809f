"""The measured cost of the extract → review → add loop, from docs/curation-log.csv.

Each row of the log is one document taken through the loop: its fresh
extraction score (measured before any rule was changed for it), the
candidates extract proposed, the figures kept, the review edits and the
minutes spent. This prints the totals, by city, by language and script, and
overall: edits per kept figure and the scores weighted by kept figures.

    .venv/bin/python benchmarks/curation.py [--log docs/curation-log.csv] [--by city|language|kind]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = ["source_id", "city", "kind", "language", "script", "url", "candidates", "kept", "edits",
           "edits_per_kept", "minutes", "recall", "precision", "indicator", "measure", "period", "notes"]
SCORES = ("recall", "precision", "indicator", "measure", "period")


def read_log(path: Path) -> list[dict]:
    """The log's rows; a missing column or a non-number is an error naming the line."""
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise SystemExit(f"{path}:1: missing columns: {', '.join(missing)}")
        rows = []
        for r in reader:
            for c in ("candidates", "kept", "edits", "minutes", *SCORES):
                try:
                    r[c] = float(r[c]) if r[c] not in ("", None) else None
                except ValueError:
                    raise SystemExit(f"{path}:{reader.line_num}: column {c!r}: {r[c]!r} is not a number") from None
            rows.append(r)
    if not rows:
        raise SystemExit(f"{path}: no documents logged")
    return rows


def summary(rows: list[dict]) -> dict:
    """Totals of a group of documents: scores weighted by the figures kept.

    >>> s = summary([{"candidates": 10, "kept": 8, "edits": 4, "minutes": 6, "recall": 1.0, "precision": 0.9,
    ...               "indicator": 0.5, "measure": 1, "period": 1},
    ...              {"candidates": 5, "kept": 2, "edits": 0, "minutes": 2, "recall": 0.5, "precision": 1.0,
    ...               "indicator": 1.0, "measure": 1, "period": 1}])
    >>> s["documents"], s["kept"], s["edits_per_kept"], s["indicator"]
    (2, 10, 0.4, 0.6)
    """
    kept = sum(r["kept"] or 0 for r in rows)
    out = {"documents": len(rows), "candidates": sum(r["candidates"] or 0 for r in rows), "kept": kept,
           "edits": sum(r["edits"] or 0 for r in rows), "minutes": round(sum(r["minutes"] or 0 for r in rows), 1)}
    out["edits_per_kept"] = round(out["edits"] / kept, 2) if kept else None
    for c in SCORES:
        scored = [(r[c], r["kept"] or 0) for r in rows if r[c] is not None]
        weight = sum(w for _, w in scored)
        out[c] = round(sum(v * w for v, w in scored) / weight, 2) if weight else None
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--log", type=Path, default=ROOT / "docs" / "curation-log.csv")
    ap.add_argument("--by", choices=["city", "language", "kind", "script"], default="city")
    args = ap.parse_args(argv)
    rows = read_log(args.log)
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r[args.by]].append(r)
    head = [args.by, "documents", "candidates", "kept", "edits", "edits_per_kept", "minutes", *SCORES]
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(head)
    for name in sorted(groups):
        s = summary(groups[name])
        w.writerow([name, *(s[c] for c in head[1:])])
    s = summary(rows)
    w.writerow(["ALL", *(s[c] for c in head[1:])])
    return 0


if __name__ == "__main__":
    sys.exit(main())
