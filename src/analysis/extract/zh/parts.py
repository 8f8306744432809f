"""Parts and kinds of a catalogue name: the part of the key projects a bare
clause names after their count (年度投资, 开复工率), another kind than the
catalogue's before a shared tail (玉米播种面积 is not 粮食播种面积), and a count of
projects printed with a scope the catalogue's row takes as its usual one.
"""

from __future__ import annotations

import re

from ..concept import _PROJECT_SCOPE, raw_name

#: The bare words of a clause after a count of key projects → the catalogue's name of that part of them.
_PROJECT_PARTS = ((re.compile(r"年度(?:计划)?投资"), "重点项目年度计划投资"), (re.compile(r"开(?:\(?复\)?)?工率"), "重点项目开复工率"),
                  (re.compile(r"开(?:\(?复\)?)?工"), "重点项目开复工"), (re.compile(r"(?:累计)?完成投资"), "重点项目完成投资"),
                  (re.compile(r"(?:计划)?总投资"), "重点项目总投资"))


def _project_part(clause: str, out: list, cat) -> str:
    """The key-projects code (重点项目年度计划投资, 开复工, 开复工率, 完成投资) the words since the figure
    before name in bare words (年度投资170亿元, 开(复)工36个, 开工率43%) after a count of key projects in
    the line; '+' and the name to propose when the catalogue has none (总投资); else ''.

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> from types import SimpleNamespace as C
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> _project_part("；开(复)工", [C(indicator="key_projects")], cat), _project_part("，总投资", [C(indicator="key_projects")], cat)
    ('key_projects_started', '+重点项目总投资')
    >>> _project_part("，开工率", [C(indicator="gdp")], cat)
    ''
    """
    if not (out and any(c.indicator.startswith("key_projects") for c in out[-6:])):
        return ""
    words = re.sub(r"^\s*[,，;；。]?\s*(?:截至[0-9一二三四五六七八九十]+月(?:底|末)|目前|其中)?\s*[,，]?\s*", "", clause)
    words = re.sub(r"(?:达到|达|为|了)$", "", words.strip())
    for pattern, name in _PROJECT_PARTS:
        if pattern.fullmatch(words):
            code = cat.indicator_near(name, len(name))[0]
            return code if code and cat.indicators[code]["name_zh"] == name else "+" + name
    return ""


def _other_kind(words: str, name: str, short: bool = False) -> str:
    """The words before the tail ``words`` share with a catalogue ``name`` when they name another
    kind than the name's own words there (玉米 in 玉米播种面积 against 粮食 in 粮食播种面积), else ''.
    ``short``: one character is enough to differ (a name found by its words around the number,
    苹果总产量 against 水果总产量, where the shared 果 leaves 苹 against 水).

    >>> _other_kind("其中:玉米播种面积", "粮食播种面积"), _other_kind("水果总产量", "粮食总产量")
    ('玉米', '水果')
    >>> _other_kind("全市粮食播种面积", "粮食播种面积"), _other_kind("建设高标准农田", "新建高标准农田")
    ('', '')
    >>> _other_kind("苹果总产量", "水果总产量"), _other_kind("苹果总产量", "水果总产量", short=True)
    ('', '苹')
    >>> _other_kind("建筑业增加值", "工业增加值", short=True)  # 建筑 is an industry, not a verb
    '建筑'
    >>> _other_kind("粮食产量", "粮食总产量", short=True), _other_kind("全市社会消费品零售总额", "社会消费品零售总额", short=True)
    ('', '')
    """
    words = re.sub(r"^(?:其中|全[市盟旗县区])\s*[:：]?", "", words)
    k = 0
    while k < min(len(words), len(name)) and words[-1 - k] == name[-1 - k]:
        k += 1
    mine, theirs = words[:len(words) - k], name[:len(name) - k]
    least = 1 if short else 2
    if k < 2 or len(mine) < least or len(theirs) < least or mine[-2:] in name or theirs[-2:] in words \
            or set(mine[-2:]) & set(theirs[-2:]) or re.search(r"[建设成造施完实新增改]", mine[-2:]) and mine[-2:] != "建筑":
        return ""  # 建设高标准农田 is 新建、改造高标准农田 in other words: a verb, not another kind
    return mine[-2:]


def _inner_kind(words: str, name: str, before: str) -> str:
    """The words in front of the last word ``words`` share with the middle of a
    catalogue ``name`` they were completed to, when they name another kind than
    the name's own words there and the line never printed the name's (煤炭行业
    completed to 重点行业增加值: 煤炭 is not 重点); else ''.

    >>> _inner_kind("煤炭行业", "重点行业增加值", "全市能源工业增长"), _inner_kind("煤炭行业", "重点行业增加值", "八大重点行业中")
    ('煤炭', '')
    >>> _inner_kind("行业", "重点行业增加值", ""), _inner_kind("集群产值", "六大产业集群产值", "")
    ('', '')
    """
    for k in range(len(words) - 2, 0, -1):
        tail = words[k:]
        at = name.find(tail)
        if at > 0 and at + len(tail) < len(name):
            mine, theirs = words[max(0, k - 2):k], name[max(0, at - 2):at]
            if len(mine) == 2 and len(theirs) == 2 and not set(mine) & set(theirs) and theirs not in before \
                    and not re.search(r"[建设成造施完实新增改其中全]", mine):
                return mine
            return ""
    return ""


def _narrower_group(counted: str, name: str) -> bool:
    """Whether the catalogue name ``counted`` (of the figure before) is a narrower group
    (a qualifier before it) of the group whose quantity ``name`` is: 农牧业重点项目 against
    重点项目完成投资 (the investment of all key projects), so that ``name`` would widen the figure.

    >>> _narrower_group("农牧业重点项目", "重点项目完成投资"), _narrower_group("实施重点项目", "重点项目完成投资")
    (True, False)
    >>> _narrower_group("地区生产总值", "重点项目完成投资"), _narrower_group("打击非法集资活动", "非法集资活动涉及金额")
    (False, False)
    """
    for k in range(len(name) - 1, 2, -1):  # a group of three characters at least (就业 alone is no group)
        group = name[:k]
        if counted.endswith(group) and len(counted) > len(group):
            qualifier = counted[:len(counted) - len(group)]
            return bool(re.search(r"[\u4e00-\u9fff][业类型]$", qualifier))  # 农牧业: a kind; 打击, 实施: verbs
    return False


def _scoped_name(words: str, cat):
    """The catalogue row ``words`` name once the scope a count of projects is
    printed with (亿元以上, 3000万元以上, 市旗两级) is left out, when its name or
    synonym ends them: (code, phrase, 'synonym'), else None.

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> _scoped_name("实施市旗两级3000万元以上重点项目", cat)[0], _scoped_name("实施亿元以上重大项目", cat)[0]
    ('key_projects', 'major_projects')
    >>> _scoped_name("实施重点项目", cat) is None
    True
    """
    bare = _PROJECT_SCOPE.sub("", words)
    if bare == words or "项目" not in bare:
        return None
    code, phrase, origin = cat.indicator_near(bare, len(bare))
    if not code or not bare.endswith(raw_name(phrase)) or re.search(r"以上|以下", cat.indicators[code]["name_zh"]) \
            or origin not in ("name", "synonym") and cat.indicators[code]["name_zh"] not in raw_name(phrase):
        # a phrase learned from excerpts that is only a piece of the name (实施项目 of 衔接资金实施项目) is no name
        return None
    return code, f"{phrase} (the scope {words} is the row's usual one)", origin if origin == "synonym" else "name"
