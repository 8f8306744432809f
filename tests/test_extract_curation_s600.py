"""Rules written from the curation round of s600–s622 (a Xilingol bulletin of
2001 copied years later, Chifeng's census bulletins, Wuhai's population
bulletin and work report): the faults that cost the review most, as general
mechanisms. These documents are curated (no longer fresh).

Every sentence here is made up (invented figures and wording); none is copied
from a real document.
"""

from __future__ import annotations

import helpers


def _extract(text, ledger, date=None, **kw):
    return {c.value: c for c in helpers.extract_rows(text, ledger, date=date, **kw)}


# --- the document's date ---------------------------------------------------------------------------------------------

def test_a_later_copys_upload_stamp_does_not_date_a_bulletin(real_ledger):
    text = "\n".join(["首页 > 统计公报", "某盟2003年国民经济和社会发展统计公报", "发布时间:2012-05-06 10:11:12 来源:某盟统计局",
                      "2003年，全盟经济平稳运行。", "全盟地区生产总值达到512345万元，比上年增长9.1%。"])
    got = _extract(text, real_ledger)
    assert got["512345"].period == "2003" and got["9.1"].period == "2003"


def test_a_stamp_of_the_year_after_still_dates_the_bulletin(real_ledger):
    text = "\n".join(["某盟2003年国民经济和社会发展统计公报", "2004-03-15", "今年以来，全盟新增就业1.2万人。"])
    assert _extract(text, real_ledger)["1.2"].period.startswith("2004")
