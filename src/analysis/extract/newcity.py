"""A city the catalogue does not know yet: proposed by ``extract``, merged by ``add``.

``analysis extract DOC --city SLUG -o review.csv`` with a slug that is not in
``data/cities.csv`` extracts as usual and writes ``review.cities.csv`` beside
the review: one ``cities.csv`` row with the Chinese name the document prints
most often (a name ending in 市, 盟, 旗, 县 or 区 that no known city has),
the English name from the slug and the province. The curator checks it;
``analysis add review.csv`` finds that file beside the review (or takes
``--cities FILE``) and adds its rows to ``cities.csv`` with the figures, all
or nothing.

>>> row = proposed_city("xinghe", ["兴河市2024年统计公报", "全年兴河市地区生产总值……", "在兴河市举行"], {"呼和浩特"})
>>> row["slug"], row["name_zh"], row["name_en"]
('xinghe', '兴河市', 'Xinghe')
>>> cities_path("out/review.csv").as_posix()
'out/review.cities.csv'
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

CITY_COLUMNS = ["slug", "name_zh", "name_en", "province_zh", "province_en"]
#: Characters a place's name does not start with (全市, 本市, 在X市, 年X旗 …).
_LEADING = re.compile(r"^(?:全|本|我|城|市|地|辖|园|社|小|景|开发|高新|示范|自治|保税|试验|在|于|的|和|及|与|是|为|对|从|向|"
                      r"年|月|日|上|下|各|该|其|共|个|家)")


def proposed_city(slug: str, lines: list[str], known_names: set[str] | frozenset[str] = frozenset()) -> dict:
    """A ``cities.csv`` row for ``slug``: the name ending in 市/盟/旗/县/区 the
    document prints most often (none of ``known_names``), else an empty
    ``name_zh`` for the curator to fill."""
    counts: Counter = Counter()
    for line in lines:
        for m in re.finditer(r"(?=([\u4e00-\u9fff]{2,5}(?:市|盟|旗|县)))", line):
            name = m.group(1)
            if _LEADING.match(name) or re.search(r"[市盟旗县区]$", name[:-1]) or re.search(r"盟市$|全[市盟旗县区]|^(?:根据|按照|通过|全国)",
                                                                                          name):
                continue  # 全市, 巴彦淖尔市市(长), 盟市 (leagues and cities, a common noun)
            if not any(n and n in name for n in known_names):
                counts[name] += 1
    best = [n for n, _ in counts.most_common() if n[:-1] not in known_names and n not in known_names]
    name_zh = ""
    if best:  # the most printed; among names printed as often, the longest (巴彦淖尔市 over 淖尔市)
        top = counts[best[0]]
        name_zh = max((n for n in best if counts[n] == top), key=len)
    return {"slug": slug, "name_zh": name_zh, "name_en": slug.replace("_", " ").title().replace(" ", ""),
            "province_zh": "内蒙古自治区", "province_en": "Inner Mongolia"}


def cities_path(review: str | Path) -> Path:
    """Where the proposed ``cities.csv`` rows of a review are written: beside it."""
    review = Path(review)
    stem = review.name[:-4] if review.name.endswith(".csv") else review.name
    return review.with_name(stem + ".cities.csv")


def write_cities(path: str | Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=CITY_COLUMNS, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def read_cities(path: str | Path) -> list[dict]:
    """The rows of a proposed cities file; [] when there is none."""
    path = Path(path)
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [dict(r) for r in csv.DictReader(fh)]


def cities_lines(rows: list[dict], header: list[str]) -> str:
    """``rows`` as CSV lines in the column order of the ledger's ``cities.csv``."""
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow([r.get(c, "") or "" for c in header])
    return buf.getvalue()
