"""A synthetic N-city ledger for scale benchmarks (never committed, never shipped).

Copies ``data/`` into a directory and adds ``n - len(seed cities)`` cities, each a
copy of one template city's rows (default Hohhot) under a new letters-only slug
(``syn_aab``), its own source ids (``syn_aab_s000``) and figure ids
(``syn_aab_s000-001``). Each copied source names its own document file, a
symbolic link in ``dest/seeds`` to the real one, so provenance still resolves.
With ``n`` at most the number of seed cities, the copy is the seed ledger itself.

    from synthetic import build
    data_dir = build(100, Path(tmp))
    # then ANALYSIS_DATA_DIR=data_dir ANALYSIS_SEEDS_DIR=data_dir.parent / "seeds"

or from the shell: ``python benchmarks/synthetic.py 100 /tmp/syn100``.
"""

from __future__ import annotations

import csv
import itertools
import shutil
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _slugs():
    for a, b, c in itertools.product(string.ascii_lowercase, repeat=3):
        yield f"syn_{a}{b}{c}"


def _rows(path: Path) -> tuple[list[str], list[dict]]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def _write(path: Path, header: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def build(n: int, dest: Path, template: str = "hohhot", source: Path = ROOT / "data",
          seeds: Path | None = None) -> Path:
    """Write an ``n``-city ledger into ``dest/data`` (documents linked in
    ``dest/seeds``) and return the data folder."""
    sys.path.insert(0, str(ROOT / "src"))
    from analysis.paths import seeds_dir

    seeds = Path(seeds or seeds_dir())
    out, docs = Path(dest) / "data", Path(dest) / "seeds"
    for d in (out, docs):
        if d.exists():
            shutil.rmtree(d)
    shutil.copytree(source, out)
    docs.mkdir(parents=True)
    city_h, cities = _rows(out / "cities.csv")
    src_h, sources = _rows(out / "sources.csv")
    fig_h, figures = _rows(out / "figures.csv")
    have = {f["city"] for f in figures}
    extra = max(0, n - len([c for c in cities if c["slug"] in have]))
    tmpl_city = next(c for c in cities if c["slug"] == template)
    tmpl_figs = [f for f in figures if f["city"] == template]
    tmpl_sources = {f["source_id"] for f in tmpl_figs}
    for s in sources:
        if s["file_name"]:  # a cited-only source (url) has no stored text
            (docs / s["file_name"]).symlink_to(seeds / s["file_name"])
    for slug, i in zip(_slugs(), range(extra)):
        cities.append({**tmpl_city, "slug": slug, "name_zh": f"{tmpl_city['name_zh']}{i + 1}号",
                       "name_en": f"{tmpl_city['name_en']} {i + 1}"})
        for s in [s for s in sources if s["source_id"] in tmpl_sources]:
            copy = {**s, "source_id": f"{slug}_{s['source_id']}",
                    "file_name": f"{slug}_{s['file_name']}" if s["file_name"] else ""}
            if s["file_name"]:
                (docs / copy["file_name"]).symlink_to(seeds / s["file_name"])
            sources.append(copy)
        for f in tmpl_figs:
            new = {**f, "city": slug, "source_id": f"{slug}_{f['source_id']}",
                   "figure_id": f"{slug}_{f['figure_id']}"}
            if f.get("denominator_city") == template:
                new["denominator_city"] = slug
            figures.append(new)
    _write(out / "cities.csv", city_h, cities)
    _write(out / "sources.csv", src_h, sources)
    _write(out / "figures.csv", fig_h, figures)
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python benchmarks/synthetic.py N DEST")
    print(build(int(sys.argv[1]), Path(sys.argv[2])))
