"""Chinese rules written from the round-11 development sets (round10a: eight
banner, county and league documents; dev13) as general mechanisms: a
yearbook entry describes the year before its volume; a population breakdown
of a registered (户籍) context; a catalogue name inside a longer noun phrase
naming something else; a stock's name after 新增; five-year totals of the
12th plan; other words for catalogue concepts; ratios and numbers printed in
other forms.

Every sentence here is made up (invented places, figures and wording); none
is copied from a real document.
"""

from __future__ import annotations


def _extract(lines, ledger, date):
    from analysis.extract import extract_lines

    return {c.value: c for c in extract_lines(lines, ledger, city="hohhot", date=date)}


# --- periods ------------------------------------------------------------------------------------------------------

def test_a_yearbook_entry_describes_the_year_before_its_volume(real_ledger):
    got = _extract(["2015卷", "【概况】某县位于河套平原，辖8个乡镇，居住着汉、蒙古等18个民族。年末耕地面积45万亩。"],
                   real_ledger, date="2015-12")
    assert got["8"].period == "2014" and got["18"].period == "2014"
    assert got["45"].period == "2014"
