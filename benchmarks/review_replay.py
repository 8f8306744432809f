"""Benchmark: what the reviews already done would cost with today's extractor
(issue 18: at most 0.5 edits per kept figure).

``analysis add --log`` counts a review's edits once, with the extractor of the
day. This replays them: each reviewed document of a folder kept *outside* the
repository (its text ``<source_id>.txt`` and the rows the curator handed to
``add``, ``<source_id>.review.csv``; ``<source_id>.review.as-extracted.csv``,
when kept, gives the cost at the time) is extracted again with today's code
and compared with the same kept rows, edit by edit, as ``add`` counts them
(:func:`analysis.extract.review_cost.review_cost`). It extracts with the
``--city`` and ``--date`` the curator gave, which ``analysis extract`` records
in ``<source_id>.review.as-extracted.json``; a review extracted before that
was recorded is replayed with its rows' city and the source's date (which, for
a yearbook entry dated by its volume, is not what the curator gave).

Held out like ``benchmarks/extract.py --strict``: the catalogue learns no
phrase from the document's own figures and lacks the indicators only this
document uses (the rows its review created); a proposal left for those counts
as a ``new_concept`` edit, reported apart.

These documents were used to write rules: the replay shows progress on them,
not what a fresh document costs (for that, ``add --log`` on a new document).

    .venv/bin/python benchmarks/review_replay.py --dir DIR [--show SOURCE_ID ...] [--language en]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from extract import own_concepts  # benchmarks/extract.py: the indicators only one document's review created


def replay(ledger, folder: Path, sid: str):
    """(cost at the time or None, cost today) of document ``sid`` in ``folder``."""
    from analysis.extract import extract_file
    from analysis.extract.catalogue import Catalogue
    from analysis.extract.review_cost import as_extracted_path, read_extract_options, read_rows, review_cost

    review = folder / f"{sid}.review.csv"
    kept = read_rows(review)
    src = ledger.sources.get(sid)
    if src is None:
        raise SystemExit(f"{review}: source {sid!r} is not in data/sources.csv")
    opts = read_extract_options(review)
    if opts is not None:  # the curator's own --city and --date (a yearbook dated by its volume)
        city, date = opts["city"], opts["date"]
    else:  # extracted before the options were recorded: the reviewed rows' city, the source's date
        cities = Counter(r.get("city", "") for r in kept if r.get("city"))
        city, date = (cities.most_common(1)[0][0] if cities else None), src.date
    own = own_concepts(ledger, sid)
    cat = Catalogue.from_ledger(ledger, exclude_sources=(sid,), exclude_indicators=own)
    cands = extract_file(folder / f"{sid}.txt", ledger, city=city, date=date, exclude_sources=(sid,), catalogue=cat)
    today = review_cost([c.row() for c in cands], kept, new_codes=own)
    before_path = as_extracted_path(review)
    before = review_cost(read_rows(before_path), kept, new_codes=own) if before_path.exists() else None
    return before, today


def _show(sid: str, cost) -> None:
    d = cost.details
    for cand, row, names in d["edited"]:
        diffs = ", ".join(f"{n} {cand.get(n if n != 'new_concept' else 'indicator', '')!r}→"
                          f"{row.get(n if n != 'new_concept' else 'indicator', '')!r}" for n in names)
        print(f"  EDIT {sid}:{row.get('line')} {row.get('value')}: {diffs}  «{(row.get('excerpt') or '')[:60]}»")
    for cand in d["deleted"]:
        print(f"  DELETED {sid}:{cand.get('line')} {cand.get('value')} {cand.get('unit')} {cand.get('indicator')} "
              f"{cand.get('measure')}  «{(cand.get('excerpt') or '')[:60]}»")
    for row in d["typed_in"]:
        print(f"  TYPED IN {sid}:{row.get('line')} {row.get('value')} {row.get('unit')} {row.get('indicator')} "
              f"{row.get('measure')} {row.get('period')}  «{(row.get('excerpt') or '')[:60]}»")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", required=True, help="folder of <sid>.txt and <sid>.review.csv (outside the repository)")
    ap.add_argument("--show", nargs="*", default=None, help="print each edit of these documents (all when empty)")
    ap.add_argument("--language", help="only documents of this language (the curation log's column)")
    ap.add_argument("--names", action="store_true",
                    help="also compare each proposed name (proposed_indicator) with the name_zh of the new concept "
                         "the reviewer kept: how many are kept as proposed, or hold or are held by the kept name")
    args = ap.parse_args(argv)

    import csv

    from analysis.ledger import load_ledger

    ledger = load_ledger()
    folder = Path(args.dir)
    if not folder.is_dir():
        print(f"{folder}: not a folder", file=sys.stderr)
        return 2
    log = Path(__file__).resolve().parents[1] / "docs" / "curation-log.csv"
    language = {}
    if log.exists():
        with open(log, encoding="utf-8", newline="") as fh:
            language = {r["source_id"]: r["language"] for r in csv.DictReader(fh)}
    sids = sorted(p.name[:-len(".review.csv")] for p in folder.glob("*.review.csv")
                  if (folder / (p.name[:-len(".review.csv")] + ".txt")).exists())
    if args.language:
        sids = [s for s in sids if language.get(s) == args.language]
    if not sids:
        print(f"{folder}: no <sid>.txt with a <sid>.review.csv", file=sys.stderr)
        return 2
    print(f"{'document':9} {'lang':4} {'kept':>5} {'then':>6} {'today':>6} {'w/o new':>7}  today's edits")
    tot = Counter()
    named = []  # (proposed, kept name) of the rows given a new concept
    for sid in sids:
        if sid not in ledger.sources:  # a review not yet added (or on another branch): nothing to replay against
            print(f"{sid:9} skipped: not in data/sources.csv")
            continue
        before, today = replay(ledger, folder, sid)
        tot["kept"] += today.kept
        tot["today"] += today.edits
        tot["today_wo_new"] += today.edits_besides_new_concepts
        if before is not None:
            tot["then"] += before.edits
            tot["kept_then"] += before.kept
        fields = ", ".join(f"{k} {v}" for k, v in today.changed.most_common() if v)
        then = f"{before.edits_per_kept:.2f}" if before is not None and before.kept else "–"
        print(f"{sid:9} {language.get(sid, ''):4} {today.kept:5} {then:>6} {today.edits_per_kept or 0:6.2f} "
              f"{today.edits_besides_new_concepts / max(today.kept, 1):7.2f}  "
              f"{today.deleted} deleted, {today.added} typed in" + (f"; {fields}" if fields else ""))
        if args.show is not None and (not args.show or sid in args.show):
            _show(sid, today)
        for cand, row, fields in today.details["edited"]:
            if "new_concept" in fields and row["indicator"] in ledger.indicators:
                named.append((cand.get("proposed_indicator", ""), ledger.indicators[row["indicator"]].name_zh))
    k = max(tot["kept"], 1)
    then = f"{tot['then'] / max(tot['kept_then'], 1):.2f}" if tot["kept_then"] else "–"
    print(f"{'all':9} {'':4} {tot['kept']:5} {then:>6} {tot['today'] / k:6.2f} {tot['today_wo_new'] / k:7.2f}  "
          f"edits per kept figure (goal ≤ 0.50)")
    if args.names and named:
        n = len(named)
        same = sum(p == k for p, k in named)
        held = sum(bool(p and k and (p in k or k in p)) for p, k in named)
        print(f"proposed names of new concepts: {n}; kept as proposed {same} ({same / n:.1%}); one holds the other "
              f"{held} ({held / n:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
