"""Numbers as printed: Arabic digits, separators, full-width digits, Chinese numerals.

A figure's ``value`` keeps the text exactly as the document prints it, so that
its precision (``1032.90`` has two decimals) survives. This module turns that
text into a canonical ASCII decimal string, keeping every printed decimal:

- ASCII and full-width digits (``１２６５`` → ``1265``, NFKC);
- thousands separators (``2,078,400`` → ``2078400``; a comma that does not
  group digits in threes is an error, not a separator);
- a leading minus sign (a decline printed as 下降/负/减少 is typed negative);
- Chinese numerals (``十四`` → ``14``, ``两`` → ``2``, ``一千二百`` → ``1200``),
  parsed by `cn2an <https://pypi.org/project/cn2an/>`_, a well-kept parser, imported only
  when a value is not plain digits (it costs about 0.2 s to import);
- words of doubling (翻倍, 双倍, 翻一番 → ``2``; 翻两番 → ``4``; 翻n番 → 2^n):
  exact ratios, which :func:`is_exact_word` tells apart.

>>> normalize_printed("1,032.90"), normalize_printed("１２６５"), normalize_printed("-8.5")
('1032.90', '1265', '-8.5')
>>> normalize_printed("十四"), normalize_printed("翻两番")
('14', '4')
>>> normalize_printed("12,34")
Traceback (most recent call last):
...
ValueError: '12,34' is not a number as printed: a comma must group digits in threes (1,234)
"""

from __future__ import annotations

import re
import unicodedata

_PLAIN = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_GROUPED = re.compile(r"-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")
_CHINESE_DIGITS = set("零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟点负")
_DOUBLING = {"翻倍": 1, "双倍": 1, "翻番": 1}
_FAN = re.compile(r"翻了?(.+)番")  # 翻一番, 翻了一番, 翻两番


#: A space (or thin space) grouping digits in threes after 1–3 digits, as yearbook mirrors print them
#: ("141 844人", "80 000公頃"); a year (four digits) is never the head of a group ("2021 12").
_SPACE_GROUPED = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3})+(?![0-9])(?:\.[0-9]+)?")
#: A decimal split by a space before a percent sign ("3.4 9%").
_SPACE_DECIMAL = re.compile(r"(?<![0-9.,])([0-9]{1,3}\.[0-9]+)[ \u00a0\u2009\u202f]([0-9]{1,2})(?=\s*[%％])"
                            # or a point with a space beside it before a percent sign or a unit of 万/亿/元
                            # ("4 . 8%", "2. 16亿元", a PDF's spacing); not a list's "1. 2024年"
                            r"|(?<![0-9.,])[0-9]{1,4}(?:[ \u00a0\u2009\u202f]\.[ \u00a0\u2009\u202f]?|\.[ \u00a0\u2009\u202f])"
                            r"[0-9]{1,4}(?![0-9])(?=\s*(?:[%％]|[万亿]|元|个百分点))")


def join_space_groups(text: str) -> str:
    """``text`` with numbers grouped by spaces written as one number, the same
    length (the spaces move to the end of the number), so positions in it are
    positions in ``text``.

    >>> join_space_groups("人口141 844人，耕地80 000公顷，增长3.4 9%，2021 12月")
    '人口141844 人，耕地80000 公顷，增长3.49 %，2021 12月'
    >>> join_space_groups("总面积1 416.8平方公里")
    '总面积1416.8 平方公里'
    >>> join_space_groups("增长4 . 8%，收入2. 16亿元，1. 2024年")
    '增长4.8  %，收入2.16 亿元，1. 2024年'
    """
    def moved(m):
        digits = re.sub(r"[ \u00a0\u2009\u202f]", "", m.group(0))
        return digits + " " * (len(m.group(0)) - len(digits))

    return _SPACE_DECIMAL.sub(moved, _SPACE_GROUPED.sub(moved, text))


def without_space_groups(text: str) -> str:
    """``text`` with the spaces grouping a number's digits removed: the form an
    excerpt ("141 844人") prints the value 141844 in.

    >>> without_space_groups("总人口141 844人，增长3.4 9%")
    '总人口141844人，增长3.49%'
    """
    def joined(m):
        return re.sub(r"[ \u00a0\u2009\u202f]", "", m.group(0))

    return _SPACE_DECIMAL.sub(joined, _SPACE_GROUPED.sub(joined, text))


def normalize_printed(text: str) -> str:
    """The canonical ASCII decimal text of a number as printed (decimals kept).

    Raises :class:`ValueError` with the reason when ``text`` is not a number.

    >>> normalize_printed("218,000"), normalize_printed("－３.５")
    ('218000', '-3.5')
    """
    raw = text
    s = unicodedata.normalize("NFKC", text).strip().replace("−", "-")
    if _PLAIN.fullmatch(s):
        return s
    if _GROUPED.fullmatch(s):
        return s.replace(",", "")
    if "," in s and re.fullmatch(r"-?[0-9,]+(\.[0-9]+)?", s):
        raise ValueError(f"{raw!r} is not a number as printed: a comma must group digits in threes (1,234)")
    if s in _DOUBLING:
        return str(2 ** _DOUBLING[s])
    m = _FAN.fullmatch(s)
    if m:
        n = m.group(1)
        # one numeral character (翻一番) needs no parser: unicodedata knows its value
        single = unicodedata.numeric(n, None) if len(n) == 1 else None
        times = int(n) if n.isdigit() else int(single) if single is not None else int(_cn2an(n, raw))
        return str(2 ** times)
    if s and set(s) <= _CHINESE_DIGITS:
        return _cn2an(s, raw)
    raise ValueError(f"{raw!r} is not a number as printed: expected digits (1032.9, 1,265, １２６５), "
                     f"Chinese numerals (十四) or a doubling word (翻倍, 翻一番)")


def is_exact_word(text: str) -> bool:
    """Whether the printed text is a word of doubling (an exact ratio, no rounding).

    >>> is_exact_word("翻一番"), is_exact_word("2")
    (True, False)
    """
    s = unicodedata.normalize("NFKC", text).strip()
    return s in _DOUBLING or bool(_FAN.fullmatch(s))


def _cn2an(s: str, raw: str) -> str:
    import cn2an  # lazy: only Chinese numerals need it

    try:
        value = cn2an.cn2an(s, "smart")
    except (ValueError, KeyError) as exc:
        raise ValueError(f"{raw!r} is not a number as printed: not a Chinese numeral ({exc})") from None
    if isinstance(value, float) and value.is_integer() and "点" not in s:
        value = int(value)
    return str(value)
