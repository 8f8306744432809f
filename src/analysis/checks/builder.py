"""Collecting checks: unique ids, bilingual sentences, sources, and the
vintage rule applied to every comparison across documents.

Words (issue 6): a gap between two rates is in percentage points (百分点);
Chinese sentences carry no English fragments and English ones no Chinese
except quoted excerpts; the missing-input sentence names the figure that is
missing, with its city.

>>> zh_error("a span of zero years (2024 to 2024)")
'时段为零年（2024至2024）'
"""

from __future__ import annotations

import re
from typing import Iterable

from ..errors import ComputationError
from ..ledger import Figure, Indicator, Ledger, parse_period
from ..quantity import Quantity, combine
from ..units import _EN_SYMBOLS
from ..verdicts import ABOUT_WIDENING, VERDICT_TEXT, VERDICTS
from .index import Index, _fmt
from .model import Check

#: Computations whose results are reported as derived inputs of a check.
DERIVED_METHODS = {"level_minus_change", "level_plus_change", "share", "implied_previous_level",
                   "implied_total_from_share"}

#: Chinese for the messages of :class:`ComputationError` (patterns tried in order).
_ZH_ERRORS = [
    (r"a span of zero years \((\S+) to (\S+)\)", r"时段为零年（\1至\2）"),
    (r"a span of (-?\d+) years.*", r"时段为\1年，至少应为一年"),
    (r"base (\S+) is after (\S+)", r"基期\1晚于报告期\2"),
    (r"cannot pair (\S+) .* with (\S+) .*periods of different kinds", r"\1与\2的时期类型不同（如累计月份与全年），不能配对"),
    (r".*undefined for a non-positive endpoint.*", "端点数值可能为零或负数，无法计算"),
    (r"share is undefined.*", "整体数值可能为零或负数，无法计算比重"),
    (r".*has a different dimension.*|.*cannot convert.*", "单位量纲不同，无法换算"),
]


def zh_error(message: str) -> str:
    """A computation error's message in Chinese (no English fragments)."""
    for pattern, repl in _ZH_ERRORS:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, repl, message)
    return "输入数值无法据以计算"


_UNIT_EN: dict[str, str] = {}


def with_unit(number: str, unit: str, lang: str = "en") -> str:
    """A number with its unit in English words (as :func:`analysis.units.with_unit`,
    without a file lookup per call: the names come from the loaded ledger).

    >>> with_unit("5.2", "%"), with_unit("1265", "亿元"), with_unit("162", "billion yuan")
    ('5.2 %', '1265 (100 million yuan)', '162 billion yuan')
    """
    if lang == "zh":
        return f"{number}{unit}"
    if unit in _EN_SYMBOLS:
        return f"{number}{_EN_SYMBOLS[unit]}"
    name = _UNIT_EN.get(unit)
    if name is None or unit.isascii():  # a unit printed in English reads as printed (units.with_unit)
        from ..units import with_unit as _slow

        return _slow(number, unit, "en")
    return f"{number} ({name})" if name else f"{number} {unit}"


def is_rate(unit: str) -> bool:
    return unit in ("%", "个百分点")


def gap_words(gap: float, unit: str, d: int) -> tuple[str, str]:
    """How far a stated figure is from the computed range, in its terms:
    percentage points for rates and shares.

    >>> gap_words(3.8125, "%", 3)
    ('3.812个百分点', '3.812 percentage points')
    """
    if is_rate(unit):
        return f"{_fmt(gap, d)}个百分点", f"{_fmt(gap, d)} percentage points"
    return f"{_fmt(gap, d)}{unit}", with_unit(_fmt(gap, d), unit, "en")


class Builder:
    """Collects checks and gives each a unique id."""

    def __init__(self, ledger: Ledger, index: Index):
        self.ledger = ledger
        self.ix = index
        _UNIT_EN.update({u: row.get("name_en", "") for u, row in ledger.units.items()})
        self.checks: list[Check] = []
        self.ids: set[str] = set()
        self._sources: dict[str, dict] = {}

    def _source(self, figure_id: str) -> dict:
        """A check's entry for the figure ``figure_id`` (a fresh dict; built once per figure)."""
        entry = self._sources.get(figure_id)
        if entry is None:
            entry = self._sources[figure_id] = _source_entry(self.ledger, figure_id)
        return dict(entry)

    def add(self, *, fig: Figure, kind: str, stated: Quantity | None, computed: Quantity | None, verdict: str,
            what: tuple[str, str], detail: tuple[str, str] = ("", ""), evidence: Iterable[str] = (),
            readings: list[dict] | None = None, indicator: str | None = None, period_start: str = "",
            period_end: str = "", gap: float = 0.0, id_suffix: str = "",
            head: tuple[str, str] | None = None) -> Check:
        assert verdict in VERDICTS, verdict
        ind = indicator or fig.indicator
        start = period_start if period_start else (fig.base_period or "")
        end = period_end or fig.period
        span = f"{start}-{end}" if start and start != end and "-" not in start and "-" not in end else end
        if start and "-" in start:
            span = f"{start}_{end}"
        check_id = f"{fig.city}.{ind}.{kind}.{span}.{fig.figure_id}{id_suffix}"
        n = 2
        while check_id in self.ids:  # several checks of one figure of one kind
            check_id = f"{fig.city}.{ind}.{kind}.{span}.{fig.figure_id}{id_suffix}.{n}"
            n += 1
        self.ids.add(check_id)
        evidence = [e for e in dict.fromkeys(evidence) if e != fig.figure_id]
        if verdict == "inconsistent":
            revision = self._vintages(fig, evidence)
            if revision is not None:
                verdict, detail = "not_comparable", (detail[0] + revision[0], (detail[1] + " " + revision[1]).strip())
        census = self._census(fig, kind, ind, start, end, evidence, computed)
        if census is not None and census[1] not in detail[1]:
            detail = join([census], detail)
        derived = _derived_notes(computed) if computed is not None else []
        sources = [self._source(fig.figure_id), *(self._source(fid) for fid in evidence)]
        d = 2 if stated is None or stated.decimals is None else stated.decimals + 2
        v_zh, v_en = VERDICT_TEXT[verdict]
        gap_en = gap_zh = ""
        if verdict == "inconsistent" and gap > 0 and stated:
            g_zh, g_en = gap_words(gap, stated.unit, d)
            gap_en, gap_zh = f", off by at least {g_en}", f"，至少相差{g_zh}"
        if head is None:
            comp_en = comp_zh = ""
            if computed is not None:
                comp_en = (f"computed {with_unit(_fmt(computed.value, d), computed.unit, 'en')} "
                           f"(range {_fmt(computed.low, d)}–{_fmt(computed.high, d)})")
                comp_zh = (f"计算值{_fmt(computed.value, d)}{computed.unit}"
                           f"（区间{_fmt(computed.low, d)}—{_fmt(computed.high, d)}）")
            shown = "" if stated is None else stated.text if stated.text is not None else f"{stated.value:g}"
            stated_en = with_unit(shown, stated.unit, "en") if stated is not None else ""
            stated_zh = f"{shown}{stated.unit}" if stated is not None else ""
            head_en = "; ".join(p for p in [f"Stated {what[1]} {stated_en}".strip(), comp_en] if p)
            head_zh = "，".join(p for p in [f"所述{what[0]}{stated_zh}", comp_zh] if p)
        else:
            head_zh, head_en = head
        shown = "" if stated is None else stated.text if stated.text is not None else f"{stated.value:g}"
        expl_en = head_en + f": {v_en}{gap_en}." + (f" {detail[1]}" if detail[1] else "")
        expl_zh = head_zh + f"：{v_zh}{gap_zh}。" + (detail[0] if detail[0] else "")
        check = Check(
            check_id=check_id, city=fig.city, indicator=ind, kind=kind, period_start=start or end,
            period_end=end, stated=None if stated is None else stated.value,
            stated_text=shown, unit=fig.unit if stated is None else stated.unit,
            computed=None if computed is None else computed.value,
            computed_low=None if computed is None else computed.low,
            computed_high=None if computed is None else computed.high,
            verdict=verdict, explanation_en=expl_en, explanation_zh=expl_zh, figure_id=fig.figure_id,
            evidence_ids=evidence, readings=readings or [], derived_inputs=derived, sources=sources,
        )
        self.checks.append(check)
        return check

    def _census(self, fig: Figure, kind: str, indicator: str, start: str, end: str, evidence: list[str],
                computed: Quantity | None) -> tuple[str, str] | None:
        """The census-vintage note (:func:`analysis.vintages.census_note`) of a
        check computed from levels of two years, one printed before an
        economic census revised it and the other on the revised base (an
        average growth says it per reading, in :mod:`.averages`)."""
        if computed is None or not start or start == end or kind == "avg_growth":
            return None
        from ..vintages import census_note

        figs = []
        for i in dict.fromkeys([fig.figure_id, *evidence, *computed.all_figure_ids()]):
            try:
                figs.append(self.ledger.figure(i))
            except Exception:  # noqa: BLE001 - an input outside the ledger
                continue
        levels = [f for f in figs if f.indicator == indicator and f.measure == "level"]
        what = ("增加额", "change") if kind in ("change", "pp_change") else ("增速", "growth")
        return census_note(self.ledger, [f for f in levels if f.period == start],
                           [f for f in levels if f.period == end], what)

    def _vintages(self, fig: Figure, evidence: list[str]) -> tuple[str, str] | None:
        """A note when the inputs come from documents of another date than the
        stated figure's (a possible revision, methods.md §8), else None."""
        own = self.ledger.sources[fig.source_id].date
        other = sorted({self.ledger.sources[self.ledger.figure(e).source_id].date for e in evidence} - {own})
        if not other:
            return None
        return (f"所用数据出自发布时间不同的文件（{own}与{'、'.join(other)}），差异可能来自数据修订（不同版本），"
                f"不能据此判定不一致。",
                f"The figures come from documents of different dates ({own} and {', '.join(other)}): the gap may "
                f"be a revision (another vintage), not an inconsistency.")


def join(notes: list[tuple[str, str]], detail: tuple[str, str] = ("", "")) -> tuple[str, str]:
    """Append bilingual notes to a bilingual detail."""
    zh = detail[0] + "".join(n[0] + "。" for n in notes)
    en = " ".join([detail[1], *(n[1] for n in notes)]).strip()
    return zh, en


def _derived_notes(q: Quantity) -> list[str]:
    out = []
    for inp in q.inputs:
        if inp.method in DERIVED_METHODS:
            parts = " and ".join(str(i) for i in inp.inputs)
            out.append(f"{inp.label}: {_fmt(inp.value, 2)} {inp.unit} derived by {inp.method} from {parts}")
        out.extend(_derived_notes(inp))
    return list(dict.fromkeys(out))


def _source_entry(ledger: Ledger, figure_id: str) -> dict:
    f = ledger.figure(figure_id)
    s = ledger.sources[f.source_id]
    return {"figure_id": f.figure_id, "source_id": f.source_id, "file_name": s.location, "title": s.title,
            "publisher": s.publisher, "date": s.date, "line": f.line, "excerpt": f.excerpt}


def stated_of(ix: Index, fig: Figure) -> Quantity:
    q = ix.q(fig)
    if fig.qualifier == "about":
        q = q.widened(q.half_width * ABOUT_WIDENING)
    return q


def names(ledger: Ledger, code: str) -> tuple[str, str]:
    ind: Indicator | None = ledger.indicators.get(code)
    return (ind.name_zh, ind.name_en) if ind else (code, code)


def missing(ledger: Ledger, what: list[tuple[str, str]], fig: Figure | None = None) -> tuple[str, str]:
    """The sentence naming the missing inputs; ``what`` holds (indicator,
    period) or (indicator, period, city) — the city is named when it is not
    the stated figure's own."""
    zh_parts, en_parts = [], []
    for item in what:
        i, p = item[0], item[1]
        city = item[2] if len(item) > 2 else None
        c = ledger.cities.get(city) if city and (fig is None or city != fig.city) else None
        zh_parts.append(f"{c.name_zh if c else ''}{parse_period(p).display('zh')}{names(ledger, i)[0]}")
        en_parts.append(f"{names(ledger, i)[1]}{' of ' + c.name_en if c else ''} for {parse_period(p).display('en')}")
    return f"文件未给出{'、'.join(zh_parts)}。", f"The documents do not give {', '.join(en_parts)}."


def to_unit(q: Quantity, unit: str) -> Quantity:
    from .. import units as _u
    f = _u.factor(q.unit, unit)
    return combine(lambda x: x * f, q, unit=unit, method=f"convert {q.unit}→{unit}")


__all__ = ["Builder", "ComputationError", "join", "missing", "names", "stated_of", "to_unit", "zh_error",
           "gap_words", "is_rate"]
