"""What a document stated, as it stated it: the qualifier ("over", "about",
"at least"; 突破, 超过, 左右, 以上) and the kind of number (a level, a change
"+39.1", a multiple "1.6×", a change in points "+2.2 pp", a growth rate).

The qualifier is read from the figure's own excerpt when it prints one next
to the number (突破3000亿元, 5%左右, 110余个, 1000亿元以上), else from the
ledger's ``qualifier`` column; a Chinese reader gets the printed words, an
English reader their meaning.

>>> qualifier_words("在2021年突破3000亿元大关", "3000", "亿元", "over")
('突破', '', 'over')
>>> qualifier_words("地区生产总值增长5%左右的目标", "5", "%", "target")
('', '左右', 'about')
>>> qualifier_words("合金产业集群产值稳定在1000亿元以上", "1000", "亿元", "target")
('', '以上', 'at least')
>>> qualifier_words("集聚研发平台和载体110余个", "110", "个", "over")
('', '余', 'over')
>>> qualifier_words("增加了391.2亿元", "391.2", "亿元", "exact")
('', '', '')
"""

from __future__ import annotations

import re

from .. import display_units as du

#: Words printed before a number, and their English meaning.
_BEFORE = {"突破": "over", "超过": "over", "超": "over", "逾": "over", "近": "nearly", "约": "about",
           "不足": "under", "不到": "under", "达到": "", "达": ""}
#: Words printed after a number or its unit.
_AFTER = {"以上": "at least", "左右": "about", "余": "over", "多": "over", "以下": "at most", "以内": "at most"}
#: English words of the ledger's qualifier column (where the excerpt prints none).
_LEDGER_EN = {"over": "over", "about": "about", "under": "under"}
_LEDGER_ZH = {"over": "超过", "about": "约", "under": "不足"}


def qualifier_words(excerpt: str, value: str, unit: str, qualifier: str) -> tuple[str, str, str]:
    """(Chinese word before the number, Chinese word after it, English word)
    of a figure's qualifier (module docstring)."""
    num = re.escape(value)
    before = "|".join(sorted(_BEFORE, key=len, reverse=True))
    after = "|".join(sorted(_AFTER, key=len, reverse=True))
    m = re.search(rf"({before})?(?<![\d.]){num}(?![\d.])(余|多)?{re.escape(unit)}?({after})?", excerpt or "")
    zh_before = zh_after = en = ""
    if m:
        if m.group(1) and _BEFORE[m.group(1)]:
            zh_before, en = m.group(1), _BEFORE[m.group(1)]
        tail = m.group(2) or m.group(3)
        if tail:
            zh_after, en = tail, _AFTER[tail]
    if not en and qualifier in _LEDGER_EN:
        zh_before, en = _LEDGER_ZH[qualifier], _LEDGER_EN[qualifier]
    return zh_before, zh_after, en


def _signed(value: str) -> tuple[str, bool]:
    v = value.strip()
    return (v[1:], True) if v.startswith(("-", "−")) else (v.lstrip("+"), False)


def stated_phrase(f, lang: str, text: str | None = None) -> str:
    """A figure as the document stated it, for the reader: qualifier, kind
    and number in the reader's unit (``text`` overrides the printed value,
    e.g. the English-normalised one).

    >>> from analysis.ledger import Figure
    >>> def fig(measure, value, unit, excerpt, qualifier="exact"):
    ...     return Figure("x-1", "c", "gdp", measure, qualifier, "2024", "2020", value, unit, "current", "", "",
    ...                   "x", 1, excerpt)
    >>> stated_phrase(fig("level", "3000", "亿元", "在2021年突破3000亿元大关", "over"), "en")
    'over CNY 300.0 bn'
    >>> stated_phrase(fig("level", "3000", "亿元", "在2021年突破3000亿元大关", "over"), "zh")
    '突破3000亿元'
    >>> [stated_phrase(fig("change", "391.2", "亿元", "增加了391.2亿元"), l) for l in ("en", "zh")]
    ['increase of CNY 39.12 bn', '增加391.2亿元']
    >>> [stated_phrase(fig("multiple", "1.6", "倍", "规模达到2020年的1.6倍"), l) for l in ("en", "zh")]
    ['1.6×', '1.6倍']
    >>> [stated_phrase(fig("pp_change", "2.2", "个百分点", "提高2.2个百分点"), l) for l in ("en", "zh")]
    ['+2.2 pp', '提高2.2个百分点']
    >>> [stated_phrase(fig("growth", "5", "%", "增长5%左右", "target"), l) for l in ("en", "zh")]
    ['growth of about 5 %', '增长5%左右']
    """
    value = text if text is not None else f.value
    number, negative = _signed(value)
    zb, za, en = qualifier_words(f.excerpt, f.value.lstrip("+-−"), f.unit, f.qualifier)
    shown_en = du.show(number, f.unit, "en") if lang == "en" else ""
    if lang == "zh":
        n = du.number(number, f.unit, "zh")
        ru = du.reader_unit(f.unit, "zh")
        if za in ("余", "多"):
            core = ru.template.format(n + za)
            za = ""
        else:
            core = ru.template.format(n)
        core = zb + core + za
        kind = {"change": "减少" if negative else "增加", "pp_change": "下降" if negative else "提高",
                "growth": "下降" if negative else "增长", "avg_growth": "年均下降" if negative else "年均增长",
                "multiple_increase": "增长"}.get(f.measure, "")
        return kind + core
    core = (en + " " if en else "") + shown_en
    if f.measure == "change":
        return ("decrease of " if negative else "increase of ") + core
    if f.measure == "pp_change":
        return ("−" if negative else "+") + core if not en else ("down " if negative else "up ") + core
    if f.measure == "growth":
        return ("fall of " if negative else "growth of ") + core
    if f.measure == "avg_growth":
        return core + " a year" + (" (fall)" if negative else "")
    if f.measure == "multiple_increase":
        return "increase of " + core
    return ("−" if negative else "") + core
