"""The reader's units: how a printed figure is shown in a briefing.

Chinese readers get the units the documents print (亿元, 万千瓦, 万吨);
English readers get the units they expect (CNY bn, GW, thousand tonnes …).
The library converts; the printed Chinese figure stays in the citation, and
:func:`conversion_notes` says which conversions a briefing used.

The precision of a converted figure follows the printed one and no more
than a reader needs: a value printed with *d* decimals and multiplied by a
factor *f* keeps ``d - log10(f)`` decimals, rounded up when ``f`` is not a
power of ten (never fewer than 0), but a figure converted for an English reader keeps at most
:data:`READER_DIGITS` significant digits and :data:`READER_DECIMALS`
decimals (never dropping a digit before the decimal point): 4107.08 亿元
becomes CNY 410.7 bn, 1213.71 万千瓦 12.14 GW, and 10 万亩 6.7 thousand ha.
A figure shown as printed (every Chinese reader's unit) is never cut. Full
precision stays in the downloads and ``analysis cite``.

>>> show("4107.08", "亿元", "en")
'CNY 410.7 bn'
>>> show("4107.08", "亿元", "zh")
'4107.08亿元'
>>> show("1213.71", "万千瓦", "en"), show("2.7", "万吨", "en"), show("10", "万亩", "en")
('12.14 GW', '27 thousand tonnes', '6.7 thousand ha')
>>> show("345.4", "万人", "en"), show("23629", "元", "en"), show("391.2", "亿元", "en")
('3.45 million people', 'CNY 23,629', 'CNY 39.12 bn')
>>> show("3941500", "万元", "en"), show("11.47", "万元", "en")  # a large sum in 万元 is shown in CNY bn
('CNY 39.42 bn', 'CNY 114.7 thousand')
>>> show("119.303", "billion yuan", "en"), show("5.95", "percent", "en")
('CNY 119.3 bn', '5.95 %')
>>> show("6.4", "%", "en"), show("2.2", "个百分点", "en")
('6.4 %', '2.2 pp')
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .quantity import decimals_of

#: Significant digits and decimals a converted figure keeps at most.
READER_DIGITS, READER_DECIMALS = 4, 2


@dataclass(frozen=True)
class ReaderUnit:
    """How one printed unit is shown to one reader."""

    printed: str  #: the unit as printed (data/units.csv)
    label: str  #: the reader's unit, for table headers ("CNY bn")
    factor: float  #: multiply the printed number by this
    template: str  #: the number in its unit, "{}" for the number ("CNY {} bn")

    def decimals(self, printed_decimals: int) -> int:
        """Decimals a converted figure keeps (see the module docstring).

        >>> ReaderUnit("亿元", "CNY bn", 0.1, "CNY {} bn").decimals(2)
        3
        >>> ReaderUnit("万吨", "thousand tonnes", 10, "{} thousand tonnes").decimals(1)
        0
        """
        if self.factor == 1:
            return printed_decimals
        x = -math.log10(self.factor)
        shift = round(x) if abs(x - round(x)) < 1e-9 else math.ceil(x)  # 1 亩 = 1/15 ha: one digit more
        return max(0, printed_decimals + shift)


#: English reader units for the printed units that need converting; every
#: other unit is shown with its English name from data/units.csv. Factors are
#: exact definitions (1 亿 = 10^8, 1 斤 = 0.5 kg, 1 亩 = 1/15 ha).
_EN = {
    "元": ("CNY", 1, "CNY {}"),
    "万元": ("CNY thousand", 10, "CNY {} thousand"),
    "亿元": ("CNY bn", 0.1, "CNY {} bn"),
    "万亿元": ("CNY trillion", 1, "CNY {} trillion"),
    "万美元": ("USD thousand", 10, "USD {} thousand"),
    "亿美元": ("USD bn", 0.1, "USD {} bn"),
    "%": ("%", 1, "{} %"),
    "个百分点": ("pp", 1, "{} pp"),
    "倍": ("times", 1, "{}×"),
    "千瓦": ("kW", 1, "{} kW"),
    "万千瓦": ("GW", 0.01, "{} GW"),
    "GW": ("GW", 1, "{} GW"),
    "万千瓦时": ("GWh", 0.01, "{} GWh"),
    "亿千瓦时": ("TWh", 0.1, "{} TWh"),
    "吨": ("tonnes", 1, "{} tonnes"),
    "万吨": ("thousand tonnes", 10, "{} thousand tonnes"),
    "万吨标准煤": ("thousand tce", 10, "{} thousand tonnes of coal equivalent"),
    "万斤": ("tonnes", 5, "{} tonnes"),
    "亿斤": ("million tonnes", 0.05, "{} million tonnes"),
    "人": ("people", 1, "{} people"),
    "万人": ("million people", 0.01, "{} million people"),
    "万名": ("thousand people", 10, "{} thousand people"),
    "万人次": ("million visits", 0.01, "{} million visits"),
    "人次": ("visits", 1, "{} visits"),
    "亩": ("ha", 1 / 15, "{} ha"),
    "万亩": ("thousand ha", 10 / 15, "{} thousand ha"),
    "万平方米": ("thousand m²", 10, "{} thousand m²"),
    "平方米": ("m²", 1, "{} m²"),
    "公顷": ("ha", 1, "{} ha"),
    "万公顷": ("thousand ha", 10, "{} thousand ha"),
    "万立方米": ("thousand m³", 10, "{} thousand m³"),
    "公里": ("km", 1, "{} km"),
    "个": ("number", 1, "{}"),  # a plain count: the indicator's name says of what
    "万个": ("thousand", 10, "{} thousand"),
    "年": ("years", 1, "{} years"),
    # units printed in English (an English-language source): the same reader units
    "yuan": ("CNY", 1, "CNY {}"),
    "million yuan": ("CNY m", 1, "CNY {} m"),
    "billion yuan": ("CNY bn", 1, "CNY {} bn"),
    "trillion yuan": ("CNY trillion", 1, "CNY {} trillion"),
    "percent": ("%", 1, "{} %"),
    "percentage points": ("pp", 1, "{} pp"),
}

#: Chinese readers see the printed units; a unit printed in Latin letters is
#: given its usual Chinese form.
_ZH = {
    "GW": ("万千瓦", 100, "{}万千瓦"),
}


@lru_cache(maxsize=None)
def _english_names() -> dict[str, str]:
    from .units import _names_en
    from .paths import data_dir

    return dict(_names_en(str(data_dir() / "units.csv")))


#: Printed units whose large values an English reader gets in a larger unit: (from this size, the unit).
#: Only where one value is shown with its own unit (a figure in a sentence, a table row with a unit cell):
#: a chart's axis or a column shares one unit, so those callers give no ``size``.
_EN_BY_SIZE = {"万元": (1e5, ("CNY bn", 1e-5, "CNY {} bn"))}


def reader_unit(unit: str, lang: str, size: float | None = None) -> ReaderUnit:
    """The reader's unit for a printed unit (of a value of ``size`` in it,
    when the unit is shown beside that one value).

    >>> reader_unit("亿元", "en").label, reader_unit("亿元", "zh").label
    ('CNY bn', '亿元')
    >>> reader_unit("万头", "en").template
    '{} thousand head'
    >>> reader_unit("万元", "en").label, reader_unit("万元", "en", size=470900).label
    ('CNY thousand', 'CNY bn')
    """
    if lang == "en" and size is not None and unit in _EN_BY_SIZE and abs(size) >= _EN_BY_SIZE[unit][0]:
        return ReaderUnit(unit, *_EN_BY_SIZE[unit][1])
    if lang == "zh":
        if unit in _ZH:
            return ReaderUnit(unit, *_ZH[unit])
        from .paths import data_dir

        return _chinese_reader_unit(unit, str(data_dir() / "units.csv"))
    if unit in _EN:
        label, factor, template = _EN[unit]
        return ReaderUnit(unit, label, factor, template)
    name = _english_names().get(unit, unit)
    if name.startswith("10k "):  # 万X: ten thousand X → thousand X
        rest = name[4:]
        return ReaderUnit(unit, f"thousand {rest}", 10, "{} thousand " + rest)
    return ReaderUnit(unit, name, 1, "{} " + name)


@lru_cache(maxsize=None)
def _chinese_reader_unit(unit: str, units_csv: str) -> ReaderUnit:
    """A Chinese reader's unit: the printed one, or for a unit printed in
    English (an English-language source) the Chinese unit of the same
    dimension a power of ten away (:func:`analysis.units.in_chinese_unit`).

    >>> show("561.34", "billion yuan", "zh"), show("7.34", "million tons", "zh"), show("5.9", "percent", "zh")
    ('5613.4亿元', '734万吨', '5.9%')
    """
    from .units import _english_units, in_chinese_unit

    if unit not in _english_units():
        return ReaderUnit(unit, unit, 1, "{}" + unit)
    one, zh = in_chinese_unit("1", unit)
    if zh == unit:  # no Chinese unit of that size: shown as printed
        return ReaderUnit(unit, unit, 1, "{} " + unit)
    return ReaderUnit(unit, zh, float(one), "{}" + zh)


def number(text: str, unit: str, lang: str, by_size: bool = False) -> str:
    """The number alone, converted to the reader's unit (see :func:`show`);
    ``by_size``: in the unit :func:`reader_unit` gives a value of its size
    (pair it with ``reader_unit(unit, lang, size=…)``).

    >>> number("1321.6", "亿元", "en"), number("12800", "元", "en"), number("12800", "元", "zh")
    ('132.2', '12,800', '12800')
    >>> number("470900", "万元", "en"), number("470900", "万元", "en", by_size=True)
    ('4,709,000', '4.71')
    """
    try:
        d = decimals_of(text)
    except Exception:  # noqa: BLE001 - not a plain number (a range, words): shown as printed
        return text
    ru = reader_unit(unit, lang, float(text) if by_size else None)
    value = float(text) * ru.factor
    out_d = ru.decimals(d)
    if lang == "en" and (ru.factor != 1 or ru.label != unit) and ru.label != "%" and out_d > 0:
        out_d = min(out_d, READER_DECIMALS, max(0, READER_DIGITS - _integer_digits(value)))
    return f"{value:,.{out_d}f}" if lang == "en" else f"{value:.{out_d}f}"


def _integer_digits(value: float) -> int:
    """Digits before the decimal point that carry information (0 for |x| < 1).

    >>> _integer_digits(410.708), _integer_digits(0.5), _integer_digits(12.1)
    (3, 0, 2)
    """
    a = abs(value)
    return 0 if a < 1 else int(math.floor(math.log10(a))) + 1


def show(text: str, unit: str, lang: str) -> str:
    """A printed number (text, as in figures.csv) in the reader's unit."""
    try:
        size = float(text)
    except ValueError:
        size = None
    return reader_unit(unit, lang, size).template.format(number(text, unit, lang, by_size=size is not None))


def show_place(text: str, lang: str) -> str:
    """A place in a ranking (a ``rank`` or ``growth_rank`` figure) as a reader
    says it: an English ordinal, a Chinese 第…位. A number that is not a whole
    place (a range, a typo) is shown as printed, with the word for a place.

    >>> [show_place(t, "en") for t in ("1", "2", "3", "4", "11", "12", "13", "21", "22", "103")]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '103rd']
    >>> show_place("4", "zh"), show_place("4.5", "en")
    ('第4位', '4.5 (place)')
    """
    t = text.strip()
    if lang == "zh":
        return f"第{t}位"
    if not t.isdigit():
        return f"{t} (place)"
    n = int(t)
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def show_value(value: float, unit: str, lang: str, decimals: int) -> str:
    """A computed number (in the printed unit) with ``decimals`` in that unit.

    >>> show_value(2785.5, "亿元", "en", 1), show_value(2785.5, "亿元", "zh", 1)
    ('CNY 278.6 bn', '2785.5亿元')
    """
    return show(f"{value:.{max(0, decimals)}f}", unit, lang)


def conversion_notes(units, lang: str) -> list[str]:
    """One line per printed unit that a briefing converted, e.g. ``1 亿元 = CNY 0.1 bn``.

    >>> conversion_notes(["亿元", "%", "万千瓦"], "en")
    ['1 亿元 = CNY 0.1 bn', '1 万千瓦 = 0.01 GW']
    >>> conversion_notes(["亿元"], "zh")
    []
    """
    lines = []
    for u in dict.fromkeys(units):
        ru = reader_unit(u, lang)
        if ru.factor == 1 and ru.label == u:
            continue
        if ru.factor == 1 and lang == "en":
            continue  # a renaming (万P → 10k PFLOPS), not a conversion
        f = f"{ru.factor:.6g}" if ru.factor >= 1e-4 else f"{ru.factor:g}"
        if abs(ru.factor - round(ru.factor, 4)) > 1e-9:
            f = f"{ru.factor:.4f}…"
        lines.append(f"1 {u} = " + ru.template.format(f))
    return lines


@lru_cache(maxsize=None)
def _text_pattern() -> re.Pattern:
    names = sorted({n for u, n in _english_names().items() if u in _EN or n.startswith("10k ")}, key=len,
                   reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    num = r"-?\d[\d,]*(?:\.\d+)?"
    return re.compile(rf"(?P<num>{num}) \((?P<unit>{alt})\)(?: \(range (?P<lo>{num})–(?P<hi>{num})\))?")


def convert_text(text: str, lang: str) -> str:
    """English text that writes numbers in printed units ("37 (100 million yuan)"),
    rewritten in the reader's units; Chinese text is returned unchanged.

    >>> convert_text("Stated 37 (100 million yuan); computed 615.00 (100 million yuan) (range 614.50–615.50).", "en")
    'Stated CNY 3.7 bn; computed CNY 61.50 bn (range 61.45–61.55).'
    """
    if lang == "zh":
        return text
    by_name = {n: u for u, n in _english_names().items()}

    def repl(m: re.Match) -> str:
        unit = by_name[m["unit"]]
        ru = reader_unit(unit, lang)
        conv = lambda s: number(s.replace(",", ""), unit, lang)  # noqa: E731
        out = ru.template.format(conv(m["num"]))
        if m["lo"] is not None:
            out += f" (range {conv(m['lo'])}–{conv(m['hi'])})"
        return out

    return _text_pattern().sub(repl, text)


#: Unit words inside English names (of indicators) and the form English readers expect.
_EN_PHRASES = (("100 million yuan", "CNY 100 m"), ("10k yuan", "CNY 10,000"), ("100 million jin", "50,000 tonnes"))


def english_phrases(text: str) -> str:
    """English names that spell a Chinese unit ("projects of 100 million yuan
    or more") in the units English readers use.

    >>> english_phrases("Projects of 100 million yuan or more attracted")
    'Projects of CNY 100 m or more attracted'
    """
    for a, b in _EN_PHRASES:
        text = text.replace(a, b)
    return text
