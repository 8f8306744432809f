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

With ``--unseen-dir DIR`` it scores a folder kept *outside* the repository
(real third-party documents must not be copied into the project) the same
way, with indicator, measure and period checked on the matched rows.

With ``--strict`` the catalogue also lacks, for each document, the indicators
only that document's figures use (the rows its own review created): what
extract does on a document about new concepts, where proposing a new
indicator is the right answer. ``--by-origin`` tells how each matched row's
indicator was found and how often that way is right.

    .venv/bin/python benchmarks/extract.py [--in-sample] [--strict] [--by-origin] [--unseen] [--unseen-dir DIR]
                                           [--no-seeds] [--enforce] [--misses s000]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict

FLOORS = {"recall": 0.90, "precision": 0.70, "indicator": 0.80, "measure": 0.80, "period": 0.80}


def _key(value: str) -> str:
    """A value as printed, normalised for matching: a hand list keeps a
    yearbook's space-grouped digits ("151 442", "4 . 8") as printed, the
    candidate gives the number.

    >>> _key("151 442"), _key("4 . 8"), _key("1,265"), _key("n/a")
    ('151442', '4.8', '1265', 'n/a')
    """
    import re

    from analysis.numbers import normalize_printed

    try:
        return normalize_printed(re.sub(r"(?<=[0-9.])\s+(?=[0-9.])", "", value.strip()))
    except ValueError:
        return value


def same_period(a: str, b: str) -> bool:
    """Whether two period labels name the same period: equal, or the same
    months of the same year written two ways (``2021M01-M09`` is ``2021Q1-Q3``,
    ``2021M01-M06`` is ``2021H1``).

    >>> same_period("2021M01-M09", "2021Q1-Q3"), same_period("2021M01-M02", "2021"), same_period("", "")
    (True, False, True)
    """
    if a == b:
        return True
    from analysis.periods import Period

    try:
        pa, pb = Period.parse(a), Period.parse(b)
    except Exception:
        return False
    return (pa.kind, pa.year, pa.months, pa.year_from) == (pb.kind, pb.year, pb.months, pb.year_from)


#: Confidence bands of the calibration table (lower bounds).
BANDS = (0.8, 0.6, 0.4, 0.0)


def band_of(confidence: float) -> float:
    """The band a confidence falls in: 0.85 → 0.8, 0.5 → 0.4."""
    return next(b for b in BANDS if confidence >= b - 1e-9)


def calibration_lines(calib: dict) -> list[str]:
    """The calibration table: for each confidence band, the matched rows and how
    often their indicator is right (``calib``: band → [right, wrong])."""
    out = ["confidence band   rows  indicator right  wrong"]
    for b in BANDS:
        ok, bad = calib.get(b, (0, 0))
        top = "1.0" if b == BANDS[0] else f"{BANDS[BANDS.index(b) - 1]:.1f}"
        out.append(f"  [{b:.1f}, {top}{']' if b == BANDS[0] else ')'}  {ok + bad:6d}  {ok / max(ok + bad, 1):14.1%}  "
                   f"{bad:5d}")
    return out


def origin_of(reason: str) -> str:
    """How extract found a candidate's indicator, from its ``reason`` (the keys of
    ``analysis.extract.candidate._ORIGIN``, or ``examples`` / ``other`` / ``unknown``:
    a new indicator proposed)."""
    from analysis.extract.candidate import _ORIGIN

    first = reason.split(";")[0]
    for key, (words, _) in sorted(_ORIGIN.items(), key=lambda kv: -len(kv[1][0])):
        if first.startswith(f"indicator by {words}"):
            return key
    if "are examples" in first:
        return "examples"
    return "other" if "another quantity" in first else "unknown"


def own_concepts(ledger, sid: str) -> frozenset[str]:
    """Indicators whose curated figures all come from document ``sid``: the
    catalogue rows its own review created."""
    where = defaultdict(set)
    for f in ledger.figures:
        where[f.indicator].add(f.source_id)
    return frozenset(code for code, srcs in where.items() if srcs == {sid})


def score(ledger, sources=None, in_sample=False, show=(), strict=False, by_origin=None):
    """Score each seed; ``strict``: the catalogue also lacks the document's own
    concepts (:func:`own_concepts`), and for those a proposed new indicator
    (empty code) is the right answer. ``by_origin`` (a dict) collects, per way
    of finding the indicator, the matched rows right and wrong."""
    from analysis.extract import extract_file
    from analysis.extract.catalogue import Catalogue

    totals = defaultdict(int)
    per_doc = []
    for sid, src in ledger.sources.items():
        if sources and sid not in sources:
            continue
        if not src.file_name:  # cited by its address, its text not stored: nothing to extract from here
            continue
        t0 = time.perf_counter()
        own = own_concepts(ledger, sid) if strict else frozenset()
        cat = Catalogue.from_ledger(ledger, exclude_sources=() if in_sample else (sid,), exclude_indicators=own) \
            if strict else None
        cands = extract_file(ledger.source_path(sid), ledger, date=src.date,
                             exclude_sources=() if in_sample else (sid,), catalogue=cat)
        dt = time.perf_counter() - t0
        gold = [f for f in ledger.figures if f.source_id == sid]

        def right(f, c, own=own):  # the curated code, or a new indicator proposed for a concept not yet catalogued
            return c.indicator == f.indicator or (f.indicator in own and not c.indicator)

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
            best = max(options, key=lambda c: (right(f, c), c.measure == f.measure))
            options.remove(best)
            matched.append((f, best))
            if by_origin is not None:
                by_origin.setdefault(origin_of(best.reason), [0, 0])[0 if right(f, best) else 1] += 1
        unmatched = [c for v in pool.values() for c in v]
        n = dict(gold=len(gold), cands=len(cands), matched=len(matched),
                 indicator=sum(right(f, c) for f, c in matched),
                 measure=sum(f.measure == c.measure for f, c in matched),
                 period=sum(f.period == c.period for f, c in matched),
                 all3=sum(right(f, c) and f.measure == c.measure and f.period == c.period
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


def codes_at(commit: str) -> frozenset[str]:
    """The catalogue's indicator codes at a git ``commit`` (``data/indicators.csv`` then)."""
    import csv
    import io
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(["git", "show", f"{commit}:data/indicators.csv"], cwd=root, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"--catalogue-of {commit}: {done.stderr.strip()}")
    return frozenset(r["code"] for r in csv.DictReader(io.StringIO(done.stdout)))


def unseen(ledger, show=False, folder=None, calib=None, known=None, by_origin=None):
    """Documents never curated into the ledger, against figures listed by hand.

    ``folder`` holds documents and, for each, ``<stem>.expected.csv`` (one row
    per printed figure: ``line``, ``value`` and, optionally, ``indicator``,
    ``measure``, ``period``; an empty indicator means "not in the catalogue":
    extract should propose one). An optional ``manifest.csv`` (``file``,
    ``date``, ``city``) gives a document's date and city when it prints
    neither. Default: the made-up fixtures of ``tests/fixtures/extract/``.

    Returns (totals, per document): totals and each document's counts
    ``gold``, ``cands``, ``matched`` and, on matched rows, the fields right.
    Periods are right when they name the same months (:func:`same_period`).
    ``calib`` (a dict) collects, per confidence band, the matched rows whose
    indicator is right and wrong. ``known``: the catalogue's codes when the
    lists were written (:func:`codes_at`); a code created since (a later
    review catalogued the concept) is right where the list says "not in the
    catalogue", as a proposal would have been. ``by_origin`` (a dict) collects,
    per way of finding the indicator (:func:`origin_of`), the matched rows
    right and wrong, and those at confidence ≥ 0.8 right and wrong.
    """
    import csv
    from pathlib import Path

    from analysis.extract import extract_file

    folder = Path(folder) if folder else Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "extract"
    manifest = {}
    if (folder / "manifest.csv").exists():
        with open(folder / "manifest.csv", encoding="utf-8", newline="") as fh:
            manifest = {r["file"]: r for r in csv.DictReader(fh)}
    totals, out = defaultdict(int), []
    for exp in sorted(folder.glob("*.expected.csv")):
        stem = exp.name[:-len(".expected.csv")]
        doc = next(p for p in folder.iterdir() if p.name.startswith(stem + ".") and not p.name.endswith(".csv"))
        with open(exp, encoding="utf-8", newline="") as fh:
            want = list(csv.DictReader(fh))
        meta = manifest.get(doc.name) or manifest.get(stem, {})  # the manifest may name a file by its stem (d01)
        cands = extract_file(doc, ledger, city=meta.get("city") or None, date=meta.get("date") or None)
        pool = defaultdict(list)
        for c in cands:
            pool[(c.line, _key(c.value))].append(c)
        n = defaultdict(int, gold=len(want), cands=len(cands))
        for w in want:
            options = pool.get((int(w["line"]), _key(w["value"])), [])
            if not options:
                if show:
                    print(f"MISS {doc.name}:{w['line']} {w['value']}")
                continue
            fields = [f for f in ("indicator", "measure", "period") if f in w]

            def ok(c, f, w=w):
                if f == "period":
                    return same_period(c.period, w[f])
                return getattr(c, f) == w[f] or (f == "indicator" and not w[f] and known is not None
                                                 and c.indicator not in known)

            best = max(options, key=lambda c: sum(ok(c, f) for f in fields))
            options.remove(best)
            n["matched"] += 1
            n["scored"] += len(fields) == 3
            right = {f: ok(best, f) for f in fields}
            if calib is not None and "indicator" in right:
                calib.setdefault(band_of(best.confidence), [0, 0])[0 if right["indicator"] else 1] += 1
            if by_origin is not None and "indicator" in right:
                tally = by_origin.setdefault(origin_of(best.reason), [0, 0, 0, 0])
                tally[0 if right["indicator"] else 1] += 1
                if best.confidence >= BANDS[0] - 1e-9:
                    tally[2 if right["indicator"] else 3] += 1
            for f, ok in right.items():
                n[f] += ok
                if show and not ok:
                    print(f"WRONG {f} {doc.name}:{w['line']} {w['value']}: expected {w[f]!r} "
                          f"extracted {getattr(best, f)!r}  «{best.excerpt}»"
                          + (f"  [{best.confidence:.2f} {origin_of(best.reason)}]" if f == "indicator" else ""))
            n["all3"] += len(fields) == 3 and all(right.values())
        if show:
            for c in (c for v in pool.values() for c in v):
                print(f"EXTRA {doc.name}:{c.line} {c.value} {c.unit} {c.indicator} {c.measure}  «{c.excerpt}»")
        for k, v in n.items():
            totals[k] += v
        out.append((doc.name, dict(n)))
    return totals, out


def rates(n: dict) -> dict:
    m = max(n["matched"], 1)
    return {"recall": n["matched"] / max(n["gold"], 1), "precision": n["matched"] / max(n["cands"], 1),
            "indicator": n["indicator"] / m, "measure": n["measure"] / m, "period": n["period"] / m,
            "all three": n["all3"] / m}


def seed_table(ledger, args) -> list[str]:
    """Print the seed table; the floors missed."""
    origins = {} if args.by_origin else None
    show = set(ledger.sources) if args.misses == [] else set(args.misses or ())  # bare --misses: every document
    totals, per_doc = score(ledger, in_sample=args.in_sample, show=show, strict=args.strict,
                            by_origin=origins)
    mode = "in-sample (phrases learned from all documents)" if args.in_sample else \
        "held out (phrases learned from the other documents only)"
    if args.strict:
        mode += ";\n  strict: the catalogue also lacks the indicators only this document's figures use " \
                "(a new indicator proposed for them counts as right)"
    print(f"analysis extract on the seed documents, {mode}")
    print(f"{'source':8} {'curated':>7} {'cands':>6} {'recall':>7} {'precis.':>7} {'indic.':>7} {'measure':>7} "
          f"{'period':>7} {'all 3':>7} {'time':>7}")
    for sid, n, dt in per_doc + [("total", totals, sum(d for _, _, d in per_doc))]:
        r = rates(n)
        print(f"{sid:8} {n['gold']:7d} {n['cands']:6d} {r['recall']:7.1%} {r['precision']:7.1%} "
              f"{r['indicator']:7.1%} {r['measure']:7.1%} {r['period']:7.1%} {r['all three']:7.1%} {dt:6.2f}s")
    if origins is not None:
        print("\nindicator found by            right  wrong  right %")
        for key, (ok, bad) in sorted(origins.items(), key=lambda kv: -sum(kv[1])):
            print(f"  {key:26} {ok:6d} {bad:6d}  {ok / max(ok + bad, 1):6.1%}")
    r = rates(totals)
    failed = [k for k, floor in FLOORS.items() if r[k] < floor]
    print("floors: " + ", ".join(f"{k} ≥ {v:.0%}" for k, v in FLOORS.items())
          + (f" — MISSED: {', '.join(failed)}" if failed else " — all met"))
    return failed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--in-sample", action="store_true", help="learn indicator phrases from every document")
    ap.add_argument("--enforce", action="store_true", help="exit 1 when a floor is missed")
    ap.add_argument("--unseen", action="store_true", help="also score the made-up fixture documents")
    ap.add_argument("--unseen-dir", metavar="DIR", action="append", default=[],
                    help="score a folder of documents never curated, each with a hand-written "
                         "<stem>.expected.csv (line, value, indicator, measure, period) and an optional "
                         "manifest.csv (file, date, city); keep third-party documents outside the repo; give it again for "
                         "more folders (a round's Chinese and English halves): each is scored, then all together")
    ap.add_argument("--seeds", action=argparse.BooleanOptionalAction, default=True,
                    help="score the seed documents (default; --no-seeds for the unseen ones only)")
    ap.add_argument("--misses", "--show-misses", nargs="*", default=None, metavar="SOURCE_ID",
                    help="print the misses, extras and wrong fields of these seed documents (every document "
                         "when none is named; always every document of --unseen / --unseen-dir)")
    ap.add_argument("--catalogue-of", metavar="COMMIT",
                    help="the commit whose catalogue the hand lists of --unseen-dir were written against: a code "
                         "created since counts as right where a list says 'not in the catalogue' (a later review "
                         "catalogued the concept)")
    ap.add_argument("--by-origin", action="store_true",
                    help="how each matched row's indicator was found (name, synonym, completion …), right and wrong")
    ap.add_argument("--strict", action="store_true",
                    help="held out harder: leave out of the catalogue the indicators only the scored document uses")
    args = ap.parse_args()
    from analysis.ledger import load_ledger

    ledger = load_ledger()
    failed = []
    if args.seeds:
        failed = seed_table(ledger, args)
    folders = ([None] if args.unseen else []) + args.unseen_dir
    known = codes_at(args.catalogue_of) if args.catalogue_of else None
    scored = []
    for folder in folders:  # --unseen and --unseen-dir DIR together: a table each
        calib, origins = {}, ({} if args.by_origin else None)
        found, docs = unseen(ledger, show=args.misses is not None, folder=folder, calib=calib,
                             known=known, by_origin=origins)
        scored.append((folder, found, docs, calib, origins))
    if len(args.unseen_dir) > 1:  # the halves of one round: their sum as well
        found_all, calib_all, origins_all = defaultdict(int), {}, ({} if args.by_origin else None)
        for folder, found, docs, calib, origins in scored:
            if folder is None:
                continue
            for k, v in found.items():
                found_all[k] += v
            for band, (ok, bad) in calib.items():
                tally = calib_all.setdefault(band, [0, 0])
                tally[0], tally[1] = tally[0] + ok, tally[1] + bad
            for key, counts in (origins or {}).items():
                tally = origins_all.setdefault(key, [0, 0, 0, 0])
                origins_all[key] = [a + b for a, b in zip(tally, counts)]
        scored.append((" + ".join(args.unseen_dir), dict(found_all), [], calib_all, origins_all))
    for folder, found, docs, calib, origins in scored:
        where = folder or "tests/fixtures/extract (made-up documents)"
        print(f"\nunseen documents ({where}): figures listed by hand, found by extract")
        print(f"{'document':24} {'listed':>6} {'cands':>6} {'recall':>7} {'precis.':>7} {'indic.':>7} "
              f"{'measure':>7} {'period':>7} {'all 3':>7}")
        for name, n in docs + [("total", found)]:
            n = defaultdict(int, n)
            r = rates(n)
            cells = "".join(f" {r[k]:7.1%}" if n["scored"] else f" {'n/a':>7}"
                            for k in ("indicator", "measure", "period", "all three"))
            print(f"{name[:24]:24} {n['gold']:6d} {n['cands']:6d} {r['recall']:7.1%} {r['precision']:7.1%}{cells}")
        print("  (fields are scored where the expected CSV lists indicator, measure and period)")
        print("  (recall floor 80 %)")
        print("\ncalibration: how often the indicator is right, by confidence (matched rows)")
        print("\n".join(calibration_lines(calib)))
        ok, bad = calib.get(BANDS[0], (0, 0))
        print(f"  rows at confidence >= {BANDS[0]} with a wrong indicator: {bad} of {ok + bad} "
              f"({bad / max(ok + bad, 1):.1%}; goal at most 5 %)")
        if origins is not None:
            print("\nindicator found by            right  wrong  right %   at >= 0.8: right  wrong")
            for key, (ok, bad, hi_ok, hi_bad) in sorted(origins.items(), key=lambda kv: -sum(kv[1][:2])):
                print(f"  {key:26} {ok:6d} {bad:6d}  {ok / max(ok + bad, 1):6.1%}  {hi_ok:16d} {hi_bad:6d}")
        if found["matched"] < 0.8 * found["gold"]:
            failed.append("unseen")
    return 1 if (args.enforce and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
