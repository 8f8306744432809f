"""Benchmark: ``analysis extract`` on each seed document, scored against the
hand-curated ledger.

A candidate matches a curated figure when both name the same line and the
same value (normalised: separators, full-width digits, sign). Reported over
the five seeds: recall (curated figures found), precision (candidates that
are curated figures) and, on matched rows, how often indicator, measure and
period are right (each, and all three together).

By default each document is extracted with the indicator phrases learned from
the *other* documents only (held out: the document's own curated excerpts
never help it); ``--in-sample`` lets it learn from all of them.

Floors (issue 8): recall ≥ 90 %, precision ≥ 70 %, fields right on ≥ 80 % of
matched rows.

With ``--unseen`` it also runs on the made-up documents of
``tests/fixtures/extract/`` (never curated into the ledger: a bulletin, a work
report, a traditional-character bulletin, English news as text and HTML) and
reports how many of their hand-listed figures (``*.expected.csv``: line and
value) it finds (issue 8: at least 80 %).

    .venv/bin/python benchmarks/extract.py [--in-sample] [--unseen] [--enforce] [--misses s000]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict

FLOORS = {"recall": 0.90, "precision": 0.70, "indicator": 0.80, "measure": 0.80, "period": 0.80}


def _key(value: str) -> str:
    from analysis.numbers import normalize_printed

    try:
        return normalize_printed(value)
    except ValueError:
        return value


def score(ledger, sources=None, in_sample=False, show=()):
    from analysis.extract import extract_file

    totals = defaultdict(int)
    per_doc = []
    for sid, src in ledger.sources.items():
        if sources and sid not in sources:
            continue
        t0 = time.perf_counter()
        cands = extract_file(ledger.source_path(sid), ledger, date=src.date,
                             exclude_sources=() if in_sample else (sid,))
        dt = time.perf_counter() - t0
        gold = [f for f in ledger.figures if f.source_id == sid]
        pool = defaultdict(list)
        for c in cands:
            pool[(c.line, _key(c.value))].append(c)
        matched = []
        missed = []
        for f in gold:
            options = pool.get((f.line, _key(f.value)), [])
            if not options:
                missed.append(f)
                continue
            best = max(options, key=lambda c: (c.indicator == f.indicator, c.measure == f.measure))
            options.remove(best)
            matched.append((f, best))
        unmatched = [c for v in pool.values() for c in v]
        n = dict(gold=len(gold), cands=len(cands), matched=len(matched),
                 indicator=sum(f.indicator == c.indicator for f, c in matched),
                 measure=sum(f.measure == c.measure for f, c in matched),
                 period=sum(f.period == c.period for f, c in matched),
                 all3=sum(f.indicator == c.indicator and f.measure == c.measure and f.period == c.period
                          for f, c in matched))
        for k, v in n.items():
            totals[k] += v
        per_doc.append((sid, n, dt))
        if sid in show:
            for f in missed:
                print(f"MISS {sid}:{f.line} {f.value} {f.unit} {f.indicator} {f.measure}  «{f.excerpt}»")
            for c in unmatched:
                print(f"EXTRA {sid}:{c.line} {c.value} {c.unit} {c.indicator} {c.measure}  «{c.excerpt}»")
            for f, c in matched:
                for fld in ("indicator", "measure", "period"):
                    if getattr(f, fld) != getattr(c, fld):
                        print(f"WRONG {fld} {sid}:{f.line} {f.value}: curated {getattr(f, fld)!r} "
                              f"extracted {getattr(c, fld)!r}  «{f.excerpt}»")
    return totals, per_doc


def unseen(ledger, show=False):
    """(found, listed, per document) on the fixture documents."""
    import csv
    from pathlib import Path

    from analysis.extract import extract_file

    folder = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "extract"
    out, found, listed = [], 0, 0
    for exp in sorted(folder.glob("*.expected.csv")):
        stem = exp.name[:-len(".expected.csv")]
        doc = next(p for p in folder.iterdir() if p.name.startswith(stem + ".") and not p.name.endswith(".csv"))
        with open(exp, encoding="utf-8", newline="") as fh:
            want = [(int(r["line"]), _key(r["value"])) for r in csv.DictReader(fh)]
        got = {(c.line, _key(c.value)) for c in extract_file(doc, ledger)}
        hit = sum(w in got for w in want)
        if show:
            for w in want:
                if w not in got:
                    print(f"MISS {doc.name}:{w[0]} {w[1]}")
        found, listed = found + hit, listed + len(want)
        out.append((doc.name, hit, len(want), len(got)))
    return found, listed, out


def rates(n: dict) -> dict:
    m = max(n["matched"], 1)
    return {"recall": n["matched"] / max(n["gold"], 1), "precision": n["matched"] / max(n["cands"], 1),
            "indicator": n["indicator"] / m, "measure": n["measure"] / m, "period": n["period"] / m,
            "all three": n["all3"] / m}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--in-sample", action="store_true", help="learn indicator phrases from every document")
    ap.add_argument("--enforce", action="store_true", help="exit 1 when a floor is missed")
    ap.add_argument("--unseen", action="store_true", help="also score the made-up fixture documents")
    ap.add_argument("--misses", nargs="*", default=(), metavar="SOURCE_ID",
                    help="print the misses, extras and wrong fields of these documents")
    args = ap.parse_args()
    from analysis.ledger import load_ledger

    ledger = load_ledger()
    totals, per_doc = score(ledger, in_sample=args.in_sample, show=set(args.misses))
    mode = "in-sample (phrases learned from all documents)" if args.in_sample else \
        "held out (phrases learned from the other documents only)"
    print(f"analysis extract on the seed documents, {mode}")
    print(f"{'source':8} {'curated':>7} {'cands':>6} {'recall':>7} {'precis.':>7} {'indic.':>7} {'measure':>7} "
          f"{'period':>7} {'all 3':>7} {'time':>7}")
    for sid, n, dt in per_doc + [("total", totals, sum(d for _, _, d in per_doc))]:
        r = rates(n)
        print(f"{sid:8} {n['gold']:7d} {n['cands']:6d} {r['recall']:7.1%} {r['precision']:7.1%} "
              f"{r['indicator']:7.1%} {r['measure']:7.1%} {r['period']:7.1%} {r['all three']:7.1%} {dt:6.2f}s")
    r = rates(totals)
    failed = [k for k, floor in FLOORS.items() if r[k] < floor]
    print("floors: " + ", ".join(f"{k} ≥ {v:.0%}" for k, v in FLOORS.items())
          + (f" — MISSED: {', '.join(failed)}" if failed else " — all met"))
    if args.unseen:
        found, listed, docs = unseen(ledger, show=bool(args.misses))
        print("\nunseen made-up documents (tests/fixtures/extract): figures listed by hand, found by extract")
        for name, hit, n, cands in docs:
            print(f"  {name:24} {hit:3d}/{n:<3d} ({cands} candidates)")
        print(f"  total {found}/{listed} = {found / max(listed, 1):.1%} (floor 80 %)")
        if found < 0.8 * listed:
            failed.append("unseen")
    return 1 if (args.enforce and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
