"""Fine-grained up-to-date (issue 19 item 1), end to end on the real notebook:
after a render, a change to one figure re-renders that city only and says why."""

from __future__ import annotations

import json
from pathlib import Path

from analysis.ledger import load_ledger
from analysis.render.pipeline import render_briefings
from helpers import read_rows, write_rows

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "briefing.py"


def test_a_figure_s_notes_change_re_renders_its_city_only_and_says_why(data_copy, tmp_path):
    ledger = load_ledger(data_copy)
    cities = ledger.city_slugs()
    out = tmp_path / "out"
    args = dict(langs="zh", formats="html", out_dir=out, notebook=NOTEBOOK, progress=None)
    first = render_briefings(**args)
    assert first.ok, first.summary()
    assert {r.city for r in first.results} == set(cities)

    header, rows = read_rows(data_copy / "figures.csv")
    edited = rows[-1]["city"]
    if ledger.cities[edited].parent:  # an area's figure: its city's briefing shows it
        edited = ledger.cities[edited].parent
    rows[-1]["notes"] = (rows[-1]["notes"] + " (edited)").strip()
    write_rows(data_copy / "figures.csv", header, rows)
    # cities whose checks pair figures with the edited city's (a denominator) read it too
    readers = {c for c in cities if c != edited
               and any(f.city == rows[-1]["city"] for f in load_ledger(data_copy).figures_under(c))}

    second = render_briefings(**args)
    assert second.ok, second.summary()
    status = {r.city: r.status for r in second.results}
    assert {c for c, s in status.items() if s == "ok"} == {edited} | readers
    assert all(s == "skipped" for c, s in status.items() if c not in {edited} | readers)
    redone = next(r for r in second.results if r.city == edited)
    assert redone.reason == f"figures of {edited} changed"
    assert f"{edited} zh: figures of {edited} changed" in second.summary()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    entry = manifest["briefings"][f"{edited}/zh"]
    assert entry["why"] == f"figures of {edited} changed"
    assert set(entry["inputs"]["data"]) == {"figures", "paired", "sources", "catalogue"}
    # the edited city's downloads were written again, from its partition
    assert rows[-1]["notes"] in (out / edited / "figures.csv").read_text(encoding="utf-8")

    third = render_briefings(**args)
    assert all(r.status == "skipped" for r in third.results)
