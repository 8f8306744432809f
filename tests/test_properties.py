"""Property tests (hypothesis) of the arithmetic and of the rounding intervals.

Examples stay bounded: positive levels 1..1e5, spans of 1..10 years, 0..2
printed decimals.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import Quantity, judge
from analysis.growth import cagr, cagr_cumulative, growth, implied_previous_level, two_year_average
from analysis.structure import pp_change, share

#: Every property: no deadline (the first call may import lazily), default example counts.
prop = settings(deadline=None)

levels = st.floats(min_value=1, max_value=1e5, allow_nan=False, allow_infinity=False)
years = st.integers(min_value=1, max_value=10)
decimals = st.integers(min_value=0, max_value=2)
rates = st.floats(min_value=-50, max_value=100, allow_nan=False, allow_infinity=False)
factors = st.floats(min_value=1, max_value=20, allow_nan=False, allow_infinity=False)


def printed(x: float, d: int, unit: str = "亿元") -> Quantity:
    """``x`` as a document would print it with ``d`` decimals."""
    return Quantity.printed(f"{x:.{d}f}", unit)


def widened(q: Quantity, k: float) -> Quantity:
    """The same printed point with a half-width ``k`` times larger, kept positive for a level."""
    h = q.half_width * k
    if q.unit != "%" and q.value > 0:
        h = min(h, 0.99 * q.value)
    return Quantity.printed(q.text, q.unit, half_width=max(h, q.half_width))


# -- (a) the stated figure computed from exact inputs is never inconsistent ----

@prop
@given(a=levels, b=levels, n=years, da=decimals, db=decimals, dr=decimals)
def test_cagr_of_exact_inputs_rounded_is_never_inconsistent(a, b, n, da, db, dr):
    true_rate = ((b / a) ** (1 / n) - 1) * 100
    stated = printed(true_rate, dr, "%")
    computed = cagr(printed(a, da), printed(b, db), n)
    assert judge(stated, computed).verdict != "inconsistent"


@prop
@given(a=levels, b=levels, da=decimals, db=decimals, dr=decimals)
def test_growth_of_exact_inputs_rounded_is_never_inconsistent(a, b, da, db, dr):
    stated = printed((b / a - 1) * 100, dr, "%")
    assert judge(stated, growth(printed(a, da), printed(b, db))).verdict != "inconsistent"


@prop
@given(part_frac=st.floats(min_value=0, max_value=1), whole=levels, dp=decimals, dw=decimals, dr=decimals)
def test_share_of_exact_inputs_rounded_is_never_inconsistent(part_frac, whole, dp, dw, dr):
    part = whole * part_frac
    stated = printed(part / whole * 100, dr, "%")
    assert judge(stated, share(printed(part, dp), printed(whole, dw))).verdict != "inconsistent"


@prop
@given(s0=st.floats(0, 100), s1=st.floats(0, 100), d0=decimals, d1=decimals, dr=decimals)
def test_pp_change_of_exact_shares_rounded_is_never_inconsistent(s0, s1, d0, d1, dr):
    stated = Quantity.printed(f"{s1 - s0:.{dr}f}", "个百分点")
    assert judge(stated, pp_change(printed(s0, d0, "%"), printed(s1, d1, "%"))).verdict != "inconsistent"


# -- (b) widening the inputs' precision never makes a verdict inconsistent --------

@prop
@given(a=levels, b=levels, n=years, da=decimals, db=decimals, dr=decimals,
       offset=st.floats(min_value=-2, max_value=2), ka=factors, kb=factors, ks=factors)
def test_widening_inputs_never_turns_a_verdict_inconsistent(a, b, n, da, db, dr, offset, ka, kb, ks):
    qa, qb = printed(a, da), printed(b, db)
    computed = cagr(qa, qb, n)
    stated = printed(computed.value + offset, dr, "%")  # near the computed rate: every verdict occurs
    before = judge(stated, computed).verdict
    wider = cagr(widened(qa, ka), widened(qb, kb), n)
    assert wider.low <= computed.low + 1e-9 and wider.high >= computed.high - 1e-9
    assert wider.value == computed.value
    if before != "inconsistent":
        assert judge(stated, wider).verdict != "inconsistent"
        assert judge(widened(stated, ks), wider).verdict != "inconsistent"
    if before == "consistent":  # the point does not move
        assert judge(stated, wider).verdict == "consistent"


@prop
@given(a=levels, b=levels, da=decimals, db=decimals, dr=decimals, offset=st.floats(-3, 3), ka=factors, kb=factors)
def test_widening_inputs_of_a_share_never_turns_a_verdict_inconsistent(a, b, da, db, dr, offset, ka, kb):
    part, whole = printed(min(a, b), da), printed(max(a, b), db)
    computed = share(part, whole)
    stated = printed(computed.value + offset, dr, "%")
    before = judge(stated, computed).verdict
    after = judge(stated, share(widened(part, ka), widened(whole, kb))).verdict
    assert before == "inconsistent" or after != "inconsistent"


# -- (c) intervals contain their point, low <= high ---------------------------

@prop
@given(a=levels, b=levels, n=years, da=decimals, db=decimals)
def test_intervals_contain_the_point(a, b, n, da, db):
    qa, qb = printed(a, da), printed(b, db)
    for q in (cagr(qa, qb, n), growth(qa, qb), share(printed(min(a, b), da), printed(max(a, b), db))):
        assert q.low <= q.value <= q.high
        assert q.contains(q.value)


@prop
@given(a=levels, b=levels, n=years, da=decimals, db=decimals)
def test_the_interval_contains_every_value_of_the_input_box(a, b, n, da, db):
    qa, qb = printed(a, da), printed(b, db)
    q = cagr(qa, qb, n)
    for x in (qa.low, qa.value, qa.high):
        for y in (qb.low, qb.value, qb.high):
            assert q.contains(((y / x) ** (1 / n) - 1) * 100)


# -- (d) cumulative method = level method on a geometric series ----------------

@prop
@given(base=levels, rate=st.floats(min_value=-50, max_value=100), n=st.integers(min_value=1, max_value=10))
def test_cumulative_method_equals_level_method_for_a_geometric_series(base, rate, n):
    series = [Quantity.exact(base * (1 + rate / 100) ** i, "亿元") for i in range(1, n + 1)]
    start = Quantity.exact(base, "亿元")
    cum = cagr_cumulative(start, series).value
    lvl = cagr(start, series[-1], n).value
    assert abs(cum - lvl) < 1e-6
    assert abs(cum - rate) < 1e-6


# -- (e) a two-year average lies between the two rates -------------------------

@prop
@given(g1=rates, g2=rates)
def test_two_year_average_lies_between_the_two_rates(g1, g2):
    q = two_year_average(Quantity.exact(g1, "%"), Quantity.exact(g2, "%"))
    assert min(g1, g2) - 1e-9 <= q.value <= max(g1, g2) + 1e-9


@prop
@given(g1=rates, g2=rates, d1=decimals, d2=decimals)
def test_two_year_average_interval_lies_within_the_rates_intervals(g1, g2, d1, d2):
    a, b = printed(g1, d1, "%"), printed(g2, d2, "%")
    q = two_year_average(a, b)
    assert min(a.low, b.low) - 1e-9 <= q.low <= q.value <= q.high <= max(a.high, b.high) + 1e-9


# -- (f) implied_previous_level inverts growth ---------------------------------

@prop
@given(prev=levels, rate=st.floats(min_value=-90, max_value=200))
def test_implied_previous_level_inverts_growth(prev, rate):
    current = Quantity.exact(prev * (1 + rate / 100), "亿元")
    g = growth(Quantity.exact(prev, "亿元"), current)
    back = implied_previous_level(current, g)
    assert abs(back.value - prev) <= 1e-9 * prev


@prop
@given(prev=levels, rate=st.floats(min_value=-90, max_value=200), dc=decimals, dg=decimals)
def test_implied_previous_level_from_printed_figures_contains_the_true_level(prev, rate, dc, dg):
    cur = prev * (1 + rate / 100)
    if round(cur, dc) - 0.5 * 10 ** -dc <= 0:
        return  # the printed level would not be positive
    back = implied_previous_level(printed(cur, dc), printed(rate, dg, "%"))
    assert back.contains(prev)


# -- (g) no check built from a true series printed at any precision is inconsistent --

def _ledger_from_rows(d, rows):
    """A fixture ledger in ``d``: the real catalogues, one made-up source, these figure rows."""
    import csv
    import shutil

    from analysis.ledger import load_ledger
    from conftest import FIGURE_COLUMNS, REAL_DATA

    d.mkdir(parents=True, exist_ok=True)
    for name in ("datapackage.json", "cities.csv", "units.csv", "indicators.csv"):
        shutil.copy(REAL_DATA / name, d / name)
    (d / "sources.csv").write_text("source_id,file_name,publisher,title,date,kind,notes,url,accessed\n"
                                   "t001,t001_fixture.txt,测试,Fixture document t001,2025-01,news_article,Made up.,,\n",
                                   encoding="utf-8")
    with open(d / "figures.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIGURE_COLUMNS, lineterminator="\n")
        w.writeheader()
        for i, r in enumerate(rows, 1):
            w.writerow({"qualifier": "exact", "base_period": "", "price_basis": "current", "denominator": "",
                        "denominator_city": "", "notes": "", "source_id": "t001", "figure_id": f"t001-{i:03d}",
                        "line": i, "excerpt": f"测试数值{r['value']}{r['unit']}", "city": "hohhot", **r})
    return load_ledger(d)


@settings(deadline=None, max_examples=40)
@given(start=st.floats(min_value=10, max_value=1e4), up=st.booleans(),
       steps=st.lists(st.floats(min_value=0.5, max_value=25), min_size=4, max_size=4),
       level_dec=st.lists(decimals, min_size=6, max_size=6), rate_dec=st.lists(decimals, min_size=7, max_size=7),
       mult_dec=st.integers(min_value=1, max_value=2))
def test_checks_of_a_true_monotone_series_are_never_inconsistent(tmp_path_factory, start, up, steps, level_dec,
                                                                  rate_dec, mult_dec):
    from analysis.checks import run_checks

    sign = 1 if up else -1
    xs = [start]
    for g in steps:
        xs.append(xs[-1] * (1 + sign * g / 100))
    years = [str(2020 + i) for i in range(5)]
    rows = [{"indicator": "retail_sales", "measure": "level", "period": y, "value": f"{x:.{d}f}", "unit": "亿元"}
            for y, x, d in zip(years, xs, level_dec)]
    # the last level printed again, at another precision (a same-quantity identity)
    rows.append({"indicator": "retail_sales", "measure": "level", "period": "2024", "value": f"{xs[-1]:.{level_dec[5]}f}",
                 "unit": "亿元"})
    rate = lambda a, b, n: ((b / a) ** (1 / n) - 1) * 100  # noqa: E731
    stated = [("avg_growth", "2024", "2020", rate(xs[0], xs[4], 4)),
              ("avg_growth", "2024", "2021", rate(xs[1], xs[4], 3))]  # a plan's first year: two span readings
    stated += [("growth", years[i], "", rate(xs[i - 1], xs[i], 1)) for i in range(1, 5)]
    stated += [("change", "2024", "2020", xs[4] - xs[0])]
    for (measure, period, base, value), d in zip(stated, rate_dec):
        unit = "亿元" if measure == "change" else "%"
        rows.append({"indicator": "retail_sales", "measure": measure, "period": period, "base_period": base,
                     "value": f"{value:.{d}f}", "unit": unit})
    rows.append({"indicator": "retail_sales", "measure": "multiple", "period": "2023", "base_period": "2020",
                 "value": f"{xs[3] / xs[0]:.{mult_dec}f}", "unit": "倍"})
    if any(float(r["value"]) <= 0 and r["measure"] == "level" for r in rows):
        return  # a level printed as zero: not a series a document prints
    ledger = _ledger_from_rows(tmp_path_factory.mktemp("series"), rows)
    checks = run_checks(ledger)
    assert len(checks) >= len(stated)
    bad = [(c.check_id, c.explanation_en) for c in checks if c.verdict == "inconsistent"]
    assert not bad, bad
