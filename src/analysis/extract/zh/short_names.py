"""Names a Chinese document prints short, split or run into other words
(round 12): the words are read as the name they stand for, or, when the
catalogue has no such name, proposed rather than given a guessed code.

Before a line is walked (:func:`line_text`, positions kept):

- **a section heading run into its first sentence** (a one-line copy of a
  bulletin: "二、农牧业 全年农牧业总产值…"): the space after the heading ends a
  sentence, so the heading's words are not read as the start of the name;
- **a kind or a note in brackets inside a name** (糖料(甜菜)产量, 薯类(折粮)产量):
  when the bracketed words and the head after them are a catalogue name
  (甜菜产量), the words before the bracket go (a kind of the group named
  before it); otherwise the bracket goes (折粮: how it was counted).

After the candidates are found (:func:`settle`, in place):

- **the items of a whole printed without the whole's middle words**
  (在粮食作物播种面积中，豆类面积…): an item "Y面积" is "Y播种面积"; the catalogue's
  name if there is one, else a proposal (not a code guessed from other words);
- **a count of births or deaths printed as a verb** (全年出生120人，死亡95人):
  the catalogue's births and deaths, at 0.7;
- **a sex split of a group that is not the population** (出生人口中，男性为60人):
  a part of that group, proposed (the whole's code is not the part's);
- **a place named alone after a whole** (其中，甲区34.1万人；乙区12.24万人; a
  place the catalogue does not list right after 其中): the whole's indicator
  there, at 0.6.
"""

from __future__ import annotations

import re

from ..concept import HEADS
from .normal import normal_name

#: A section heading ("二、农林牧业") followed by a space and the first words of its section, on one line.
_INLINE_HEADING = re.compile(r"(?:^|(?<=[。；;！？!?\s]))[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff、和及与]{2,14}?"
                             r"([ \u3000\u00a0\t]+)(?=[\u4e00-\u9fff])")
#: Words, a bracket of a few words, and the head of a name before its number: 糖料(甜菜)产量20871吨.
_BRACKETED = re.compile(r"([\u4e00-\u9fff]{2,6}?)([（(])([\u4e00-\u9fff]{1,6})([)）])([\u4e00-\u9fff]{2,8}?)"
                        r"(?=(?:为|达|达到|共)?\s*[0-9])")


def line_text(text: str, cat) -> str:
    """``text`` (a line, folded) with an inline heading's space made a sentence
    end and a bracket inside a name blanked (same length, same positions).

    >>> line_text("三、工业 全年工业增加值5亿元", None)
    '三、工业。全年工业增加值5亿元'
    >>> line_text("一、综合", None)
    '一、综合'
    """
    text = _INLINE_HEADING.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + "。" + m.group(1)[1:], text)
    if cat is None or not ("(" in text or "（" in text):
        return text

    def blank(m):
        group, kind, head = m.group(1), m.group(3), m.group(5)
        if head and _is_name(kind + head, cat):  # 糖料(甜菜)产量: 甜菜产量 is the name; 糖料 the group it belongs to
            return " " * (len(group) + 1) + kind + " " + head
        return group + " " * (len(kind) + 2) + head  # 薯类(折粮)产量: a note on how it was counted
    return _BRACKETED.sub(blank, text)


def _is_name(words: str, cat) -> bool:
    """Whether ``words`` are a catalogue name or synonym (short forms and filler left aside)."""
    hit = normal_name(words, cat)
    return bool(hit) and hit[2] == words or cat.phrase_origin.get(words) in ("name", "synonym") and bool(
        cat.phrases.get(words))


# --- after the candidates are found ---------------------------------------------------------------------------------

_GUESSED = ("most like", "holds the words before", "surround the number", "learned from", "indicator unknown",
            "propose", "figure before it")
_BREAK = re.compile(r"[，,；;。：:、]")
#: 在<whole>中，<item>: the whole a list of items is part of.
_WHOLE_IN = re.compile(r"在([\u4e00-\u9fff]{3,14})中[，,]?\s*$")


def _guessed(c) -> bool:
    return c.confidence < 0.8 and any(w in c.reason for w in _GUESSED)


def _clause_words(before: str) -> str:
    """The words of the clause before a number (its last segment), without 其中 and a leading 在…中."""
    seg = _BREAK.split(before)[-1]
    seg = re.sub(r"^\s*(?:其中|全年|年末|当年)\s*", "", seg)
    return re.sub(r"(?:为|达到?|共|有|约)\s*$", "", seg).strip()


def _set(c, code: str, confidence: float, why: str, proposal: str = "") -> None:
    c.indicator, c.proposed_indicator = code, ("" if code else proposal)
    c.confidence = confidence
    rest = [x for x in c.reason.split("; ") if x and not x.startswith(("indicator", "the words name", "the figure before",
                                                                      "its item of the list"))
            and "not in the catalogue" not in x]
    c.reason = "; ".join([why] + rest + ([] if code else ["indicator not in the catalogue"]))


def _carry(cands, i: int, old: tuple[str, str], c) -> None:
    """The growth printed after candidate ``i`` (read as "the figure before it") follows its new indicator."""
    for d in cands[i + 1:]:
        if d.line != c.line or d.measure == "level":
            return
        if "figure before it" in d.reason and (d.indicator, d.proposed_indicator) == old:
            _set(d, c.indicator, min(c.confidence, 0.7) if c.indicator else 0.4,
                 f"indicator by the figure before it: {c.indicator or c.proposed_indicator}", c.proposed_indicator)


def _code_of(name: str, cat) -> str:
    code = cat.phrases.get(name) if cat.phrase_origin.get(name) in ("name", "synonym") else ""
    return code or ""


def items_of_a_whole(cands, lines, printed, cat) -> None:
    """在粮食作物播种面积中，豆类面积N万亩: the item with the whole's middle words (豆类播种面积).

    The item's name ends with the whole's head (面积, 产量 …) but not with the
    whole's last words; each ending of the whole is tried after the item's own
    words, shortest first; a catalogue name wins (0.7); with none, a code that
    was only guessed gives way to a proposal of the name written out.
    """
    from ..conventions import text_before

    for i, c in enumerate(cands):
        if c.measure != "level":
            continue
        before = text_before(c, lines, printed)
        if before is None:
            continue
        sentence = re.split(r"[。！？!?]", before)[-1]  # 在X中 holds through the list's semicolons
        head_clause = _BREAK.split(sentence)
        m = None
        for k in range(len(head_clause) - 1, -1, -1):  # 在X中 opens this item's clause or an earlier one
            m = re.search(r"在([\u4e00-\u9fff]{3,14})中", head_clause[k])
            if m:
                break
        if not m:
            continue
        whole, item = m.group(1), _clause_words(before)
        head = next((h for h in HEADS if item.endswith(h) and whole.endswith(h)), "")
        if not head or item == whole or len(item) > len(head) + 6 or len(item) <= len(head) or whole in item:
            continue
        own = item[:-len(head)]
        written = ""
        for k in range(len(whole) - len(head) - 1, 0, -1):  # 播种面积, 物播种面积, 作物播种面积 …
            if whole[k:] == head:
                continue
            code = _code_of(own + whole[k:], cat)
            if code:
                written = own + whole[k:]
                break
        old = (c.indicator, c.proposed_indicator)
        if written and c.indicator != code and (c.confidence < 0.8 or not c.indicator):
            _set(c, code, 0.7, f"indicator by its catalogue name {written} (the item {item} of 在{whole}中, "
                               "written with the whole's words)")
            _carry(cands, i, old, c)
        elif not written and c.indicator and _guessed(c):
            suffix = whole[-(len(head) + 2):]
            _set(c, "", 0.4, f"the item {item} of 在{whole}中 names {own}{suffix}, not in the catalogue: "
                             "propose a new indicator", own + suffix)
            _carry(cands, i, old, c)


_VITAL = re.compile(r"(出生|死亡)(?:人口)?(?:为|了)?\s*$")


def _counts_of_persons(cands, lines, printed, cat):
    """(candidate, the line's text before its value) for each level counted in persons."""
    from ..conventions import text_before

    for c in cands:
        if c.measure != "level" or cat.units.get(c.unit, {}).get("dimension") != "persons":
            continue
        before = text_before(c, lines, printed)
        if before is not None:
            yield c, before


def vital_events(cands, lines, printed, cat) -> None:
    """全年出生1200人，死亡950人: births and deaths printed as verbs (both in one sentence), at 0.7."""
    codes = {"出生": _code_of("出生人口", cat), "死亡": _code_of("死亡人口", cat)}
    for c, before in _counts_of_persons(cands, lines, printed, cat):
        m = _VITAL.search(_BREAK.split(before)[-1])
        if not m or not codes.get(m.group(1)) or c.indicator == codes[m.group(1)]:
            continue
        sentence = re.split(r"[。；;]", before)[-1] + lines[c.line - 1][len(before):len(before) + 30].split("。")[0]
        if not ("出生" in sentence and "死亡" in sentence) or (c.indicator and not _guessed(c)):
            continue
        _set(c, codes[m.group(1)], 0.7, f"indicator by the verb {m.group(1)} before a count of persons (births and "
                                        f"deaths printed together): {codes[m.group(1)]}")


_SEX = re.compile(r"([\u4e00-\u9fff]{2,8})中[，,]?\s*(男性|男|女性|女)(?:为|有)?\s*$")
_SEX_AGAIN = re.compile(r"(男性|男|女性|女)(?:为|有)?\s*$")
#: A population as a whole (its sex split is the catalogue's male / female population).
_POPULATION = re.compile(r"(?:总|常住|户籍|全部)?人口$")


def sex_of_a_group(cands, lines, printed, cat) -> None:
    """出生人口中，男性为600人，女性为650人: a part of the group by sex, proposed
    (the group's own code is not the part's); the population's own split is left alone."""
    for c, before in _counts_of_persons(cands, lines, printed, cat):
        sentence = re.split(r"[。；;]", before)[-1]
        m = _SEX.search(sentence)
        if m is None:
            again = _SEX_AGAIN.search(_BREAK.split(sentence)[-1])
            first = re.search(r"([\u4e00-\u9fff]{2,8})中[，,]?\s*(?:男性|男|女性|女)(?:为|有)?\s*[0-9]", sentence)
            if not (again and first):
                continue
            group, sex = first.group(1), again.group(1)
        else:
            group, sex = m.group(1), m.group(2)
        if _POPULATION.search(group) and not re.search(r"出生|死亡|迁入|迁出|流动|就业|失业", group):
            continue
        if c.indicator and not c.indicator.startswith(("births", "deaths")) and c.confidence >= 0.8:
            continue
        sex = "男性" if sex.startswith("男") else "女性"
        _set(c, "", 0.4, f"a {sex} part of {group} (a sex split of a group, not the group itself): propose a new "
                         "indicator", f"{group}中{sex}")


_PLACE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:区|旗|县|市|镇|乡|苏木|街道)")


def places_of_a_whole(cands, lines, printed, cat) -> None:
    """A place named alone after a whole takes the whole's indicator there (0.6):
    a place of the catalogue anywhere in the list that follows the whole
    (全市常住人口55.81万人。其中，甲区34.1万人；乙区12.24万人: each row's city is
    the place's already), one the catalogue does not list right after 其中
    (总户数为5000户，其中某某区2100户). The whole is the nearest level before it on
    the line with a code and a unit of the same dimension."""
    from ..conventions import text_before

    places = set(getattr(cat, "places", ()))
    for i, c in enumerate(cands):
        if c.indicator or c.measure != "level":
            continue
        before = text_before(c, lines, printed)
        if before is None:
            continue
        seg = _BREAK.split(re.split(r"[。；;]", before)[-1])[-1].strip()
        after_qizhong = re.match(r"其中", seg) or re.search(r"其中[，,]?\s*$", before[:len(before) - len(seg)])
        words = re.sub(r"^其中[，,]?\s*", "", seg)
        catalogued = words.rstrip("的") in places or (c.proposed_indicator or "").rstrip("的") in places
        if not (catalogued or after_qizhong and _PLACE.fullmatch(words)):
            continue
        dim = cat.units.get(c.unit, {}).get("dimension", "")
        whole = next((p for p in reversed(cands[:i]) if p.line == c.line and p.measure == "level" and p.indicator
                      and cat.units.get(p.unit, {}).get("dimension", "") == dim), None)
        if whole is None:
            continue
        _set(c, whole.indicator, 0.6, f"a place ({words}) named alone after the whole ({whole.indicator}): the "
                                      "whole's indicator there")


def settle(cands, lines, printed, cat) -> None:
    """The rules of this module that run once a document's candidates are found."""
    items_of_a_whole(cands, lines, printed, cat)
    vital_events(cands, lines, printed, cat)
    sex_of_a_group(cands, lines, printed, cat)
    places_of_a_whole(cands, lines, printed, cat)
