"""The items of a price index: "居民消费价格比上年上涨1.0%。…食品上涨2.2%；衣着和
交通通讯分别上涨0.5%和1.2%" names the index once, then its categories in the
words of the year printed. Each category is the catalogue's row under the
index (``居民消费价格：食品``) whose name is most like the words printed, else a
proposal named under the index, as a reviewer would keep it.

>>> closest_item("交通通讯", ["交通和通信类", "衣着类", "食品烟酒类"]), closest_item("烟酒用品", ["烟酒", "食品烟酒类"])
('交通和通信类', '烟酒')
>>> closest_item("娱乐教育和文化用品", ["娱乐教育文化用品及服务", "教育文化和娱乐类"]), closest_item("粮食", ["衣着类"])
('娱乐教育文化用品及服务', '')
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

#: Index names a line may open a list of categories with, and the catalogue prefix of their items.
INDEXES = (("居民消费价格", "居民消费价格"), ("消费价格", "居民消费价格"))
_FILLER = re.compile(r"类$|价格$|[和及与、]")


def _core(name: str) -> str:
    return _FILLER.sub("", name)


def closest_item(words: str, items: list[str]) -> str:
    """The item of ``items`` most like ``words`` (difflib's ratio, with a
    bonus when one opens the other), '' when none is close or two are equally
    close."""
    mine = _core(words)
    if len(mine) < 2:
        return ""
    scored = []
    for item in items:
        theirs = _core(item)
        score = SequenceMatcher(None, mine, theirs).ratio() + (0.2 if mine.startswith(theirs) or
                                                                theirs.startswith(mine) else 0)
        scored.append((score, item))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < 0.6 or len(scored) > 1 and scored[0][0] - scored[1][0] < 0.1:
        return ""
    return scored[0][1]


_PAIR = re.compile(r"([\u4e00-\u9fff和及、]{2,}?)分别(?:比上年)?(?:上涨|下降|增长|提高|回落|上升)$")


def _split_pairs(cands, lines, printed, index_of) -> None:
    """"衣着和交通通讯分别上涨0.5%和1.2%": the rows of a list after 分别 are its items
    in order, whatever code a learned phrase or the figure before gave them."""
    from .conventions import text_before

    for i, c in enumerate(cands):
        before = text_before(c, lines, printed)
        m = _PAIR.search(before or "")
        if not m or not index_of(c, before):
            continue
        parts = [p for p in re.split(r"和|及|、", m.group(1)) if p]
        run = cands[i:i + len(parts)]
        if len(parts) < 2 or len(run) < len(parts) or any(r.line != c.line or r.measure != c.measure for r in run):
            continue
        for cand, part in zip(run, parts):
            cand.indicator, cand.proposed_indicator = "", part
            cand.reason = "; ".join([f"item {part} of the list before 分别"]
                                    + [x for x in cand.reason.split("; ") if x and not x.startswith("indicator")])


def price_index_items(cands, lines: list[str], printed: list[str] | None, indicators: dict) -> None:
    """Rows of a line that names a price index, after the index, with no code:
    each category matched to the catalogue's items of the index, else
    proposed under it; in place."""
    from .conventions import text_before

    if not any(words in line for line in lines for words, _ in INDEXES):
        return  # no price index named: nothing to do (most documents)

    def index_of(c, before: str) -> str:
        name = c.proposed_indicator or ""
        return next((prefix for words, prefix in INDEXES if words in before or name.startswith(prefix + "：")), "")

    _split_pairs(cands, lines, printed, index_of)
    by_prefix: dict[str, dict[str, str]] = {}
    for code, row in indicators.items():
        name = row.get("name_zh", "")
        if "：" in name:
            head, item = name.split("：", 1)
            by_prefix.setdefault(head, {})[item] = code
    for c in cands:
        if c.indicator or c.measure not in ("growth", "level") or not c.proposed_indicator:
            continue
        before = text_before(c, lines, printed)
        if before is None:
            continue
        index = index_of(c, before)
        if not index:
            continue
        item = c.proposed_indicator.split("：")[-1]
        if not item or item.startswith(index) or re.search(r"指数$", item):
            continue  # 农产品收购价格指数: another index, not an item of this one
        items = by_prefix.get(index, {})
        match = closest_item(item, list(items))
        if match:
            c.indicator, c.proposed_indicator = items[match], ""
            c.confidence = 0.5  # a match by likeness of names: for the review to confirm
            c.reason = "; ".join([f"the item {item} of the price index {index}: the catalogue's {index}：{match}"]
                                 + [x for x in c.reason.split("; ") if x and not x.startswith("indicator")])
        else:
            c.proposed_indicator = f"{index}：{item}"
