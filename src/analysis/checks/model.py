"""What a check is: its fields, its role, its rows in CSV and JSON.

>>> role_of("avg_growth"), role_of("part_of_whole"), role_of("sector_changes")
('claim', 'identity', 'identity')
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

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

#: Columns of ``analysis checks`` as a table (the default format).
TABLE_COLUMNS = ["check_id", "verdict", "stated", "computed", "computed_low", "computed_high", "unit"]


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

    def csv_cells(self) -> tuple:
        """The cells of this check's CSV row, in the order of :data:`CSV_COLUMNS`."""
        return (
            self.check_id, self.city, self.indicator, self.kind, self.period_start, self.period_end,
            "" if self.stated is None else f"{self.stated:g}",
            _g6(self.computed), _g6(self.computed_low), _g6(self.computed_high), self.verdict,
            self.explanation_en, self.sources_text(), self.explanation_zh, self.unit, self.stated_text,
            self.figure_id, "; ".join(f"{r['reading']}: {r['verdict']}" for r in self.readings),
            "; ".join(self.derived_inputs), self.role,
        )

    def table_cells(self) -> tuple:
        """The cells of ``analysis checks`` (table): :data:`TABLE_COLUMNS`."""
        return (self.check_id, self.verdict, "" if self.stated is None else f"{self.stated:g}",
                _g6(self.computed), _g6(self.computed_low), _g6(self.computed_high), self.unit)

    def to_row(self) -> dict:
        """The CSV row as a dict (keys: :data:`CSV_COLUMNS`)."""
        return dict(zip(CSV_COLUMNS, self.csv_cells()))

    def json_fields(self) -> dict:
        """The fields and the role, not copied (:meth:`to_dict` copies them)."""
        return {**{name: getattr(self, name) for name in _FIELD_NAMES}, "role": self.role}

    def to_dict(self) -> dict:
        return {**asdict(self), "role": self.role}


def _g6(x: float | None) -> str:
    return "" if x is None else f"{x:.6g}"


_FIELD_NAMES = tuple(f.name for f in fields(Check))
