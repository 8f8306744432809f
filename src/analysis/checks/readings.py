"""Readings of a stated figure and the rule that turns them into a verdict
(issue 6, ``docs/methods.md``).

A check lists every admissible reading of the text (the span of "A年至B年"
as B − A or B − A + 1 annual steps; 倍 as k or k + 1; 水平法 or 累计法 and
comparable-scope investment growth; real against nominal). The verdict is:

- ``consistent`` or ``within_rounding`` if some reading reconciles the
  figure (the best one, named in the explanation);
- ``inconsistent`` only if every admissible reading was tested and none
  reconciles it;
- otherwise ``not_comparable`` (a basis, scope or vintage differs) or
  ``insufficient_data`` (an input is missing).

Readings marked ``informative_only`` (the same rate recomputed from a less
precise reprint) are reported but never decide.

>>> decide([{"verdict": "inconsistent"}, {"verdict": "within_rounding"}])[0]
'within_rounding'
>>> decide([{"verdict": "inconsistent"}, {"verdict": "not_comparable"}])[0]
'not_comparable'
>>> decide([{"verdict": "inconsistent"}, {"verdict": "insufficient_data"}])[0]
'insufficient_data'
>>> decide([{"verdict": "inconsistent"}, {"verdict": "inconsistent"}])[0]
'inconsistent'
"""

from __future__ import annotations

from ..growth import implied_deflator
from ..quantity import Quantity
from ..verdicts import RANK, VERDICT_TEXT, judge

#: Plausible range of an implied average price change (deflator), % a year
#: (methods.md §8); outside it a unit or a period was probably typed wrong.
DEFLATOR_BOUNDS = (-10.0, 20.0)

#: Plausible range of an average annual growth rate, %; outside it the check warns.
GROWTH_BOUNDS = (-50.0, 200.0)


def reading(name: tuple[str, str], q: Quantity | None, stated: Quantity, *, verdict: str | None = None,
            note: tuple[str, str] = ("", ""), **extra) -> dict:
    """One reading: its bilingual name, computed value and verdict."""
    if verdict is None:
        verdict = judge(stated, q).verdict if q is not None else "insufficient_data"
    out = {"reading": name[1], "reading_zh": name[0], "verdict": verdict,
           "computed": None if q is None else q.value, "low": None if q is None else q.low,
           "high": None if q is None else q.high, "note": note[1], "note_zh": note[0]}
    out.update(extra)
    return out


def decide(readings: list[dict]) -> tuple[str, dict | None]:
    """The verdict the readings support, and the reading that decides it."""
    live = [r for r in readings if not r.get("informative_only")]
    if not live:
        return "insufficient_data", None
    ok = [r for r in live if r["verdict"] in ("consistent", "within_rounding")]
    if ok:
        best = min(ok, key=lambda r: RANK[r["verdict"]])
        return best["verdict"], best
    if all(r["verdict"] == "inconsistent" for r in live):
        return "inconsistent", None
    for v in ("not_comparable", "insufficient_data"):
        hit = next((r for r in live if r["verdict"] == v), None)
        if hit is not None:
            return v, hit
    return "insufficient_data", None  # pragma: no cover - every verdict is handled above


def real_against_nominal(nominal: Quantity, stated: Quantity, stated_text: str) -> tuple[Quantity, tuple[str, str]]:
    """The implied deflator of a nominal rate against a real one, with the
    sentence that reports it (and a warning outside :data:`DEFLATOR_BOUNDS`)."""
    defl = implied_deflator(nominal, stated)
    en = (f"the stated rate is at comparable prices, the levels at current prices: the nominal rate "
          f"{nominal.value:.2f} % against the real {stated_text} % implies an average price change (deflator) of "
          f"{defl.value:.2f} % a year (range {defl.low:.2f}–{defl.high:.2f} %)")
    zh = (f"所述增速按可比价计算，总量为现价：名义增速{nominal.value:.2f}%与实际增速{stated_text}%之间隐含的年均价格变动"
          f"（平减指数）为{defl.value:.2f}%（区间{defl.low:.2f}%—{defl.high:.2f}%）")
    lo, hi = DEFLATOR_BOUNDS
    if not lo <= defl.value <= hi:
        en += (f"; WARNING: a deflator outside {lo:g} to {hi:g} % a year is implausible: a unit or a period was "
               f"probably typed wrong")
        zh += f"；警告：平减指数超出{lo:g}%至{hi:g}%的合理范围，很可能是单位或时期录入有误"
    return defl, (zh, en)


def growth_warning(q: Quantity) -> tuple[str, str]:
    """A warning when a computed average growth is implausible (likely a unit slip)."""
    lo, hi = GROWTH_BOUNDS
    if lo <= q.value <= hi:
        return "", ""
    return (f"警告：计算的年均增速{q.value:.1f}%超出{lo:g}%至{hi:g}%的合理范围，很可能是单位录入有误。",
            f"WARNING: a computed average growth of {q.value:.1f} % lies outside {lo:g} to {hi:g} %: probably a "
            f"unit typed wrong.")


def describe(readings: list[dict], lang: str) -> str:
    """Each reading's result in the verdict's terms, one per line."""
    zh = lang == "zh"
    lines = []
    for r in readings:
        comp = "—" if r.get("computed") is None else f"{r['computed']:.4g}"
        name = r.get("reading_zh", r["reading"]) if zh else r["reading"]
        word = VERDICT_TEXT[r["verdict"]][0 if zh else 1]
        note = r.get("note_zh" if zh else "note") or ""
        extra = "（仅供参考）" if zh and r.get("informative_only") else " (for information only)" \
            if r.get("informative_only") else ""
        lines.append(f"{name}: {comp} → {word}" + (f"（{note}）" if zh and note else f" ({note})" if note else "")
                     + extra)
    return "\n".join(lines)
