"""What a review changed: the rows ``analysis extract`` wrote against the rows
a curator handed to ``analysis add`` — the measured cost of the
extract → review → add loop, counted by the tool, not typed in.

``analysis extract -o review.csv`` keeps an untouched copy beside the review,
``review.as-extracted.csv``; ``analysis add review.csv`` compares the two
(:func:`review_cost`) and prints the cost, and with ``--log FILE`` appends it
to the curation log (``docs/curation-log.csv``).

How an edit is counted, strictly:

- a candidate the curator deleted is one edit;
- a row the curator typed in (no candidate on its line with its value, or
  with its indicator and measure) is one edit;
- on a kept candidate, each field of :data:`FIELDS` that differs is one edit
  (``notes`` is commentary, not a correction, and is not counted); a code
  given to a candidate that extract left as a proposal, where the code is a
  new catalogue row added with the review (``--indicators``), is counted
  apart as ``new_concept``: an edit, but the extraction was right that the
  catalogue lacked the concept.

A kept row is matched to the candidate on the same line with the same value
as printed (separators and full-width digits normalised; among several, the
one with the same excerpt), else to one on the same line with the same
indicator and measure (the value was corrected), else to one on the same
line with the same excerpt (value and indicator corrected).

The row's fresh scores follow from the same comparison: precision is the
share of candidates kept, recall the share of kept figures the extraction
found, and indicator, measure and period the share of matched rows whose
field was right as extracted.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

#: The fields a curator corrects, each one edit when changed on a kept candidate.
FIELDS = ("city", "indicator", "measure", "qualifier", "period", "base_period", "value", "unit",
          "price_basis", "denominator", "denominator_city", "line", "excerpt")

#: Columns of ``docs/curation-log.csv`` (one row per document).
LOG_COLUMNS = ["source_id", "city", "kind", "language", "script", "url", "candidates", "kept", "edits",
               "edits_per_kept", "minutes", "recall", "precision", "indicator", "measure", "period", "notes"]


def as_extracted_path(review: str | Path) -> Path:
    """Where ``analysis extract`` keeps the untouched copy of a review file.

    >>> as_extracted_path("work/s401.review.csv").as_posix()
    'work/s401.review.as-extracted.csv'
    >>> as_extracted_path("rows").as_posix()
    'rows.as-extracted.csv'
    """
    review = Path(review)
    stem = review.name[:-4] if review.name.endswith(".csv") else review.name
    return review.with_name(stem + ".as-extracted.csv")


def extract_options_path(review: str | Path) -> Path:
    """Where ``analysis extract`` records the options it ran with (``--city``,
    ``--date``) beside the untouched copy, so a replay extracts as the
    curator did (a yearbook entry dated by its volume, not its page).

    >>> extract_options_path("work/s401.review.csv").as_posix()
    'work/s401.review.as-extracted.json'
    """
    return as_extracted_path(review).with_suffix(".json")


def write_extract_options(review: str | Path, city: str | None, date: str | None) -> Path:
    """Record the options of the run that wrote ``review`` (None: not given)."""
    import json

    path = extract_options_path(review)
    path.write_text(json.dumps({"city": city, "date": date}, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read_extract_options(review: str | Path) -> dict | None:
    """The options recorded by :func:`write_extract_options`, or None for a
    review extracted before they were recorded.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> read_extract_options(d / "s1.review.csv") is None
    True
    >>> _ = write_extract_options(d / "s1.review.csv", None, "2022")
    >>> read_extract_options(d / "s1.review.csv")
    {'city': None, 'date': '2022'}
    """
    import json

    path = extract_options_path(review)
    if not path.exists():
        return None
    try:
        opts = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{path}: not the JSON `analysis extract` writes ({exc})") from None
    if not isinstance(opts, dict) or set(opts) - {"city", "date"}:
        raise ValueError(f"{path}: expected an object with the keys city and date, got {opts!r}")
    return {"city": opts.get("city"), "date": opts.get("date")}


@dataclass
class ReviewCost:
    """The comparison of one document's candidates with its kept rows."""

    candidates: int
    kept: int
    deleted: int
    added: int
    changed: Counter = field(default_factory=Counter)  # field name → kept candidates where it changed
    matched: int = 0
    #: what the edits were, for a reader: (candidate, kept row, fields changed), the deleted candidates
    #: and the rows typed in
    details: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def field_edits(self) -> int:
        return sum(self.changed.values())

    @property
    def edits(self) -> int:
        return self.deleted + self.added + self.field_edits

    @property
    def edits_per_kept(self) -> float | None:
        return round(self.edits / self.kept, 2) if self.kept else None

    def share_right(self, name: str) -> float | None:
        """The share of matched rows whose field ``name`` was right as extracted
        (a proposal given a new code counts as a right indicator)."""
        return round(1 - self.changed[name] / self.matched, 2) if self.matched else None

    @property
    def edits_besides_new_concepts(self) -> int:
        return self.edits - self.changed["new_concept"]

    @property
    def recall(self) -> float | None:
        return round(self.matched / self.kept, 2) if self.kept else None

    @property
    def precision(self) -> float | None:
        return round(self.matched / self.candidates, 2) if self.candidates else None

    def summary(self) -> str:
        """One line for the terminal.

        >>> ReviewCost(10, 8, 3, 1, Counter(indicator=2, period=1), matched=7).summary()
        'review: 10 candidates, 8 kept; 7 edits = 0.88 per kept figure (3 deleted, 1 typed in, 3 fields changed: indicator 2, period 1)'
        """
        fields = ", ".join(f"{k} {v}" for k, v in sorted(self.changed.items(), key=lambda kv: (-kv[1], kv[0])) if v)
        per = "n/a" if self.edits_per_kept is None else f"{self.edits_per_kept:.2f}"
        return (f"review: {self.candidates} candidates, {self.kept} kept; {self.edits} edits = {per} per kept figure "
                f"({self.deleted} deleted, {self.added} typed in, {self.field_edits} fields changed"
                + (f": {fields})" if fields else ")"))


def _value_key(value: str) -> str:
    from ..numbers import normalize_printed

    try:
        return normalize_printed(value or "")
    except ValueError:
        return (value or "").strip()


def _excerpt(row: dict) -> str:
    return (row.get("excerpt") or "").strip()


def review_cost(extracted: list[dict], reviewed: list[dict], new_codes: frozenset | set = frozenset()) -> ReviewCost:
    """Compare the candidates ``analysis extract`` wrote with the rows kept.

    >>> cand = [dict(line="3", value="1,265", indicator="retail_sales", measure="level", period="2024"),
    ...         dict(line="3", value="5.2", indicator="gdp", measure="growth", period="2024"),
    ...         dict(line="4", value="6", indicator="", measure="count", period="2024")]
    >>> kept = [dict(line="3", value="1265", indicator="retail_sales", measure="level", period="2024"),
    ...         dict(line="3", value="5.2", indicator="retail_sales", measure="growth", period="2024"),
    ...         dict(line="9", value="44607", indicator="urban_income", measure="level", period="2024")]
    >>> c = review_cost(cand, kept)
    >>> c.deleted, c.added, dict(c.changed), c.edits, c.edits_per_kept
    (1, 1, {'indicator': 1}, 3, 1.0)
    >>> c.recall, c.precision, c.share_right("indicator"), c.share_right("period")
    (0.67, 0.67, 0.5, 1.0)
    >>> [r["value"] for r in c.details["deleted"]], [r["value"] for r in c.details["typed_in"]]
    (['6'], ['44607'])
    >>> [(row["value"], names) for _, row, names in c.details["edited"]]
    [('5.2', ['indicator'])]
    >>> cand[2].update(proposed_indicator="新建牧道"); kept.append(dict(cand[2], indicator="new_roads"))
    >>> c = review_cost(cand, kept, new_codes={"new_roads"})
    >>> dict(c.changed), c.edits, c.edits_besides_new_concepts, c.share_right("indicator")
    ({'indicator': 1, 'new_concept': 1}, 3, 2, 0.67)
    """
    free = list(range(len(extracted)))
    keys = [(str(r.get("line", "")).strip(), _value_key(r.get("value", ""))) for r in extracted]
    pairs: list[tuple[dict, dict]] = []
    unmatched: list[dict] = []
    for row in reviewed:  # first pass: same line, same value (the same excerpt first: 550万吨 and 550公里)
        k = (str(row.get("line", "")).strip(), _value_key(row.get("value", "")))
        same = [i for i in free if keys[i] == k]
        hit = next((i for i in same if _excerpt(extracted[i]) == _excerpt(row)), same[0] if same else None)
        if hit is None:
            unmatched.append(row)
        else:
            free.remove(hit)
            pairs.append((extracted[hit], row))
    typed: list[dict] = []
    for row in unmatched:  # second pass: same line, same indicator and measure (the value was corrected)
        hit = next((i for i in free if keys[i][0] == str(row.get("line", "")).strip()
                    and extracted[i].get("indicator", "") == row.get("indicator", "")
                    and extracted[i].get("measure", "") == row.get("measure", "")), None)
        if hit is None:  # third pass: same line, same excerpt (value and indicator corrected: a lost minus sign)
            hit = next((i for i in free if keys[i][0] == str(row.get("line", "")).strip()
                        and _excerpt(row) and _excerpt(extracted[i]) == _excerpt(row)), None)
        if hit is None:
            typed.append(row)
        else:
            free.remove(hit)
            pairs.append((extracted[hit], row))
    changed: Counter = Counter()
    edited: list[tuple[dict, dict, list[str]]] = []
    for cand, row in pairs:
        names: list[str] = []
        for name in FIELDS:
            if name not in row and name not in cand:
                continue
            a, b = (cand.get(name) or "").strip(), (row.get(name) or "").strip()
            if name == "value":
                a, b = _value_key(a), _value_key(b)
            if a != b:
                proposal_named = name == "indicator" and not a and b in new_codes and cand.get("proposed_indicator")
                changed["new_concept" if proposal_named else name] += 1
                names.append("new_concept" if proposal_named else name)
        if names:
            edited.append((cand, row, names))
    return ReviewCost(candidates=len(extracted), kept=len(reviewed), deleted=len(free), added=len(typed),
                      changed=changed, matched=len(pairs),
                      details={"edited": edited, "deleted": [extracted[i] for i in free], "typed_in": typed})


def read_rows(path: str | Path) -> list[dict]:
    """The rows of a review CSV (UTF-8 with or without BOM)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [r for r in csv.DictReader(fh) if any((v or "").strip() for v in r.values())]


def document_language(lines: list[str]) -> tuple[str, str]:
    """(language, script) of a document for the curation log: ``zh`` when Chinese
    characters outnumber Latin letters (pinyin readings printed after characters
    are not English), with ``traditional`` or ``simplified``; else ``en``, ``latin``.

    >>> document_language(["城鎮常住(zhu)人(ren)口(kou)(kou)為218.60萬(wan)人(ren)"])
    ('zh', 'traditional')
    >>> document_language(["Ordos GDP grew 5.1 percent"]), document_language(["地区生产总值增长5%"])
    (('en', 'latin'), ('zh', 'simplified'))
    """
    from .reading import drop_pinyin, looks_traditional

    text = "\n".join(drop_pinyin(line)[0] for line in lines)
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if han < latin:
        return "en", "latin"
    return "zh", "traditional" if looks_traditional(text) else "simplified"


def log_row(cost: ReviewCost, *, source: dict, city: str, language: str, script: str, minutes: float | None,
            notes: str = "") -> dict:
    """The curation-log row of one document (:data:`LOG_COLUMNS`).

    >>> r = log_row(ReviewCost(4, 4, 0, 0, matched=4), source={"source_id": "s9", "kind": "work_report",
    ...             "url": "http://example.org/a"}, city="wuhai", language="zh", script="simplified", minutes=3.25)
    >>> r["edits_per_kept"], r["minutes"], r["indicator"], r["recall"]
    ('0.00', '3.2', '1.00', '1.00')
    """
    def fmt(x):
        return "" if x is None else f"{x:.2f}"

    return {"source_id": source.get("source_id", ""), "city": city, "kind": source.get("kind", ""),
            "language": language, "script": script, "url": source.get("url", ""),
            "candidates": str(cost.candidates), "kept": str(cost.kept), "edits": str(cost.edits),
            "edits_per_kept": fmt(cost.edits_per_kept), "minutes": "" if minutes is None else f"{minutes:.1f}",
            "recall": fmt(cost.recall), "precision": fmt(cost.precision), "indicator": fmt(cost.share_right("indicator")),
            "measure": fmt(cost.share_right("measure")), "period": fmt(cost.share_right("period")),
            "notes": notes + (f"; {cost.changed['new_concept']} of the edits name new concepts"
                              if cost.changed["new_concept"] and "name new concepts" not in notes else "")}
    # (a curator who wrote the count in the note already is not repeated)


def append_log(path: str | Path, row: dict) -> None:
    """Append ``row`` to the curation log at ``path`` (written with its header when new).

    Raises :class:`~analysis.errors.DataError` naming the file when its header
    is not :data:`LOG_COLUMNS`."""
    from ..errors import DataError

    path = Path(path)
    if path.exists() and path.stat().st_size:
        with open(path, encoding="utf-8", newline="") as fh:
            header = next(csv.reader(fh), [])
        if header != LOG_COLUMNS:
            raise DataError([f"{path}: line 1: the curation log's header should be {','.join(LOG_COLUMNS)}, "
                             f"found {','.join(header)}"])
        with open(path, "rb") as fh:
            fh.seek(-1, 2)
            ends_with_newline = fh.read(1) == b"\n"
        with open(path, "a", encoding="utf-8", newline="") as fh:
            if not ends_with_newline:
                fh.write("\n")
            csv.DictWriter(fh, fieldnames=LOG_COLUMNS, lineterminator="\n").writerow(row)
    else:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=LOG_COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerow(row)
