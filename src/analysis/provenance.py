"""Provenance checks of figure rows against their source documents.

Two rules the schema cannot state (issue 8):

- **The document is there and says it.** Each figure's source document must
  exist in the seeds folder (``ANALYSIS_SEEDS_DIR``), its ``line`` must exist,
  and its excerpt must occur exactly in that line. A missing document is a
  problem, not a reason to skip (``analysis validate --no-documents`` skips
  this check where documents are absent on purpose).
- **A cited-only source says it too.** A public web page is cited, not
  stored (``sources.csv``: empty ``file_name``, its ``url`` and the date it
  was ``accessed``): its text stays outside the repository, so ``validate``
  checks that each excerpt prints its value (and unit), and ``analysis add
  --document FILE`` checks each excerpt on its line of the text as read.
- **The unit is the one printed.** The text right after the value in the
  excerpt is compared with the unit typed: a scale word (亿, 万, 万亿, billion,
  million, trillion) that differs, or another unit of the catalogue, is a
  mismatch ("353.37 billion yuan" typed as 亿元).

>>> unit_problem("353.37", "亿元", "GDP reached 353.37 billion yuan", ["亿元", "billion yuan", "元"])
"unit '亿元' does not match the excerpt, which prints 'billion yuan' after 353.37"
>>> unit_problem("4107.1", "亿元", "达到4107.1亿元", ["亿元", "元", "万元"]) is None
True
>>> unit_problem("80", "%", "分别增长80%和95%", ["%"]) is None
True
>>> unit_problem("1", "列", "从2021年的1列", ["列", "年"]) is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .numbers import without_space_groups

_SCALE = [("万亿", "万亿"), ("亿", "亿"), ("万", "万"), ("trillion", "trillion"), ("billion", "billion"),
          ("million", "million"), ("thousand", "thousand")]


_LEAD = re.compile(r"^\s*(?:余|多)?\s*")


def _standalone(text: str, number: str) -> int:
    """End of the first occurrence of ``number`` not inside a longer number, or -1."""
    i = text.find(number)
    while i >= 0:
        j = i + len(number)
        if (i == 0 or text[i - 1] not in "0123456789.,") and (j == len(text) or not text[j].isdigit()):
            return j
        i = text.find(number, i + 1)
    return -1


@lru_cache(maxsize=4)
def _units_pattern(units: tuple) -> tuple[re.Pattern, dict[str, str]]:
    """One regex matching the longest unit at the start of a text (case-insensitive), and
    the catalogue spelling of each lower-cased unit."""
    ordered = sorted((u for u in units if u), key=len, reverse=True)
    spelling = {}
    for u in ordered:
        spelling.setdefault(u.lower(), u)
    return re.compile("|".join(re.escape(u.lower()) for u in ordered)), spelling


def _scale_of(text: str) -> str:
    low = text.lower()
    for word, name in _SCALE:
        if low.startswith(word) or (name.isascii() and re.match(rf"(?:\S+\s+)?{word}\b", low)
                                    and not low.startswith(("yuan", "%"))):
            return name
    return ""


def unit_problem(value: str, unit: str, excerpt: str, units) -> str | None:
    """Why the unit typed does not match the text after the value, or None.

    Only a unit (or scale word) that the excerpt prints right after the value
    is compared: "分别增长80%和95%" prints no unit after 80's neighbour 95 … it
    is not a mismatch when nothing is printed.
    """
    shown = value.lstrip("-−－")
    excerpt = without_space_groups(excerpt)  # "141 844人" prints 141844 before its unit
    if not unit or unit not in units:
        return None  # an unknown unit is reported by the foreign-key check
    end = _standalone(excerpt, shown)
    if end < 0:
        return None
    after = _LEAD.sub("", excerpt[end:])
    low = after.lower()
    pattern, spelling = _units_pattern(tuple(units))
    m = pattern.match(low)
    printed = spelling[m.group(0)] if m else ""
    if printed == unit:
        return None
    if printed and not (printed.startswith(unit) or unit.startswith(printed)):
        if printed in ("元",) and unit.endswith("元"):  # 元 is the tail of 亿元/万元
            pass
        else:
            return f"unit {unit!r} does not match the excerpt, which prints {printed!r} after {shown}"
    scale_printed = _scale_of(after)
    scale_typed = _scale_of(unit)
    if scale_printed and scale_printed != scale_typed:
        return (f"unit {unit!r} does not match the excerpt: the scale word {scale_printed!r} is printed "
                f"after {shown}")
    return None


_CHINESE_NUMERALS = set("零〇一二两三四五六七八九十百千")


def value_problem(value: str, excerpt: str) -> str | None:
    """Why ``excerpt`` does not print ``value``, or None: the check a cited-only
    source gets without its text (thousands separators and a leading sign aside;
    a value printed in Chinese numerals is not compared).

    >>> value_problem("9708", "rural residents 9,708 yuan") is None
    True
    >>> value_problem("4263.9", "地区生产总值4263.9亿元") is None
    True
    >>> value_problem("4263.9", "地区生产总值4236.9亿元")
    "the excerpt does not print the value '4263.9'"
    >>> value_problem("14", "“十四五”时期") is None
    True
    """
    shown = value.lstrip("-−－+")
    excerpt = without_space_groups(excerpt)  # "141 844人" prints 141844
    plain = excerpt.replace(",", "").replace("，", "") if "," in excerpt or "，" in excerpt else excerpt
    if not shown or _standalone(excerpt, shown) >= 0 or _standalone(plain, shown) >= 0:
        return None
    if _CHINESE_NUMERALS & set(excerpt):
        return None
    return f"the excerpt does not print the value {value!r}"


def check_figures(rows, sources: dict[str, dict], units: list[str], seeds: Path, problems: list[str],
                  documents: bool | frozenset = True, name: str = "figures.csv",
                  texts: dict[str, Path] | None = None) -> None:
    """Append a problem for every row whose unit does not match its excerpt and,
    with ``documents``, whose document, line or excerpt is not found
    (``documents`` may be a set of source ids: only their documents are read).

    A cited-only source (no ``file_name``; a ``url``) has no stored text: its
    excerpts must print their value (:func:`value_problem`), and with
    ``texts[source_id]`` (the page as read, given to ``analysis add --document``)
    each excerpt is also looked up on its line."""
    cache: dict[str, list[str] | None] = {}
    texts = texts or {}
    for line, r in rows:
        where = f"{name}:{line}"
        msg = unit_problem(r.get("value", ""), r.get("unit", ""), r.get("excerpt", ""), units)
        if msg:
            problems.append(f"{where}: column 'unit': {msg}")
        src = sources.get(r.get("source_id", ""))
        if src is None:
            continue  # an unknown source is reported by the foreign-key check
        sid = r["source_id"]
        cited = not src.get("file_name")
        if cited:
            msg = value_problem(r.get("value", ""), r.get("excerpt", ""))
            if msg:
                problems.append(f"{where}: column 'excerpt': {msg} (source {sid!r} is cited, not stored)")
        if not documents or (cited and sid not in texts) or (not isinstance(documents, bool)
                                                               and sid not in documents):
            continue
        if sid not in cache:
            path = Path(texts[sid]) if sid in texts else seeds / src["file_name"]
            if path.exists() and not path.is_file():  # a FIFO or a device would hang the read or fill the memory
                cache[sid] = None
                problems.append(f"{path}: the document of source {sid!r} is not a regular file")
                continue
            try:
                cache[sid] = path.read_text(encoding="utf-8").split("\n")
            except (OSError, UnicodeDecodeError) as exc:
                cache[sid] = None
                if sid in texts:
                    problems.append(f"{path}: the text of cited source {sid!r} cannot be read "
                                    f"({getattr(exc, 'strerror', None) or exc})")
                else:
                    problems.append(f"sources.csv: source {sid!r}: document {src['file_name']!r} not found in "
                                    f"{seeds} (set ANALYSIS_SEEDS_DIR, or run `analysis validate --no-documents`)")
        text = cache[sid]
        if text is None:
            continue
        try:
            n = int(r.get("line", ""))
        except ValueError:
            continue
        if not 1 <= n <= len(text):
            problems.append(f"{where}: column 'line': {n} is past the end of {src['file_name'] or texts[sid]} "
                            f"({len(text)} lines)")
        elif r.get("excerpt") and r["excerpt"] not in text[n - 1]:
            problems.append(f"{where}: column 'excerpt': {r['excerpt']!r} does not occur in line {n} of "
                            f"{src['file_name'] or texts[sid]}")
