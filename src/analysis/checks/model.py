"""What a check is: its fields, its role, its rows in CSV and JSON.

>>> role_of("avg_growth"), role_of("part_of_whole"), role_of("sector_changes")
('claim', 'identity', 'identity')
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

#: Roles of a check (methods.md §8): a *claim* is a relation a document
#: asserts; an *identity* is a consistency the ledger implies. They are never
#: counted together.
ROLES = ("claim", "identity")

#: Kinds of check that test an identity of the ledger; every other kind tests a claim.
IDENTITY_KINDS = frozenset({"same_quantity", "sum_of_parts", "shares_sum_to_100", "part_of_whole",
                            "sector_changes", "shares_imply_whole", "implied_level_vs_whole",
                            "weighted_growth"})


def role_of(kind: str) -> str:
    """``claim`` or ``identity`` for a kind of check.

    >>> role_of("avg_growth"), role_of("part_of_whole")
    ('claim', 'identity')
    """
    return "identity" if kind in IDENTITY_KINDS else "claim"


#: Columns of ``analysis checks --format csv`` (the first 13 are the contract).
CSV_COLUMNS = ["check_id", "city", "indicator", "kind", "period_start", "period_end", "stated", "computed",
               "computed_low", "computed_high", "verdict", "explanation", "sources", "explanation_zh",
               "unit", "stated_text", "figure_id", "readings", "derived_inputs", "role"]


@dataclass
class Check:
    """The result of checking one stated figure or relation."""

    check_id: str
    city: str
    indicator: str
    kind: str
    period_start: str
    period_end: str
    stated: float | None
    stated_text: str
    unit: str
    computed: float | None
    computed_low: float | None
    computed_high: float | None
    verdict: str
    explanation_en: str
    explanation_zh: str
    figure_id: str
    evidence_ids: list[str] = field(default_factory=list)
    readings: list[dict] = field(default_factory=list)
    derived_inputs: list[str] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)

    @property
    def role(self) -> str:
        """``claim`` (a relation a document asserts) or ``identity`` (a test the ledger implies)."""
        return role_of(self.kind)

    def explanation(self, lang: str = "en") -> str:
        return self.explanation_zh if lang == "zh" else self.explanation_en

    def sources_text(self) -> str:
        return "; ".join(f"{s['figure_id']} {s['file_name']} L{s['line']} “{s['excerpt']}”" for s in self.sources)

    def to_row(self) -> dict:
        fmt = lambda x: "" if x is None else f"{x:.6g}"  # noqa: E731
        return {
            "check_id": self.check_id, "city": self.city, "indicator": self.indicator, "kind": self.kind,
            "period_start": self.period_start, "period_end": self.period_end,
            "stated": "" if self.stated is None else f"{self.stated:g}",
            "computed": fmt(self.computed), "computed_low": fmt(self.computed_low),
            "computed_high": fmt(self.computed_high), "verdict": self.verdict,
            "explanation": self.explanation_en, "sources": self.sources_text(),
            "explanation_zh": self.explanation_zh, "unit": self.unit, "stated_text": self.stated_text,
            "figure_id": self.figure_id,
            "readings": "; ".join(f"{r['reading']}: {r['verdict']}" for r in self.readings),
            "derived_inputs": "; ".join(self.derived_inputs), "role": self.role,
        }

    def to_dict(self) -> dict:
        return {**asdict(self), "role": self.role}
