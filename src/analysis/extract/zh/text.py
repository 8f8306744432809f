"""The words of a Chinese line: characters folded, numbers, sentences and
clauses, and the lexical marks read around a figure (a condition, a bound, a
forecast, a fall)."""

from __future__ import annotations

import re
import unicodedata

_NUM = re.compile(r"(?<![0-9.])(?:(?<![A-Za-z])|(?<=GDP)|(?<=CPI)|(?<=PPI))(?<![0-9],)([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
#: (a Latin letter before a number makes it a model or a code, A380, but for GDP724.3亿元 as spoken news print it)
#: A number that sets a condition, not a figure: "6个月以上", "10亿元以上项目", "3000万元以上重点项目".
_CONDITION = re.compile(r"^\s*(?:个月|(?:[^\s，,。；;、]{1,4}?)(?<!规模)(?<!限额)(?:以上|以下|及以上)(?=[\u4e00-\u9fff])(?![增提同比较居位占分实完达为和及与左预]))")
_SENT = re.compile(r"[。；;！？!?]")
_CLAUSE = re.compile(r"[，；;。：:（(]|(?<![0-9]),|,(?![0-9]{3}(?![0-9]))")  # not a thousands separator
_AFTER_SKIP = re.compile(r"^(?:\s*(?:年(?!度)|月|日|时|届|次会议|号|批|期|级|星|代|周年|版|G(?![WB])|A级|\+|—|－|-|~|～|至[0-9]))")
_FORECAST = re.compile(r"预计")
_HEAD_TARGET = re.compile(r"任务|工作安排|工作重点|主要工作(?!成效|成绩|成果)|主要目标|预期目标|建议")
_OVER_BEFORE = re.compile(r"(?:突破|超过|超|逾|高于|大于)[^，,、]{0,2}$")
_UNDER_BEFORE = re.compile(r"(?:不足|不到|低于|少于)[^，,、]{0,2}$")
_ABOUT_BEFORE = re.compile(r"(?:约|近|接近|大约)$")
#: A period a paragraph opens with ("1-8月，", "前三季度,"): it holds for the paragraph's sentences naming none.
_LINE_PERIOD = re.compile(r"\s*(?:(?:19|20)[0-9]{2}年)?(?:1(?:—|-|－|至|~)[0-9]{1,2}月(?:份)?|前三季度|上半年|一季度|"
                          r"第一季度)(?=[，,])")
_DECLINE = re.compile(r"(?:下降|减少|回落|降低|负增长|负|降幅|偏低|偏少)[了为达]?\s*$")


#: A unit split by a space after its scale word ("8.98亿 元", "3.2万 人", a PDF's spacing).
_SPLIT_UNIT = re.compile(r"(?<=[0-9])(\s*)([万亿])([ \u00a0\u2009\u202f\u3000]+)(?=元|人|吨|头|只|亩|户|千瓦|美元|平方|立方|公里|件|套|辆|株)")


def join_split_units(text: str) -> str:
    """``text`` with a unit split after its scale word joined, the same length
    (the spaces move before the scale word), so positions in it are positions
    in the line as printed.

    >>> join_split_units("收入8.98亿 元，人口3.2万  人，2024年 元旦")
    '收入8.98 亿元，人口3.2  万人，2024年 元旦'
    """
    return _SPLIT_UNIT.sub(lambda m: m.group(1) + m.group(3) + m.group(2), text)


def _fold(text: str) -> str:
    """NFKC character by character (full-width digits, ％, ，) keeping positions."""
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    return "".join(out).replace("−", "-")

#: Hours that bound a service or a journey, not a figure ("24小时不打烊", "48小时内办结", "1小时经济圈").
_SERVICE_HOURS = re.compile(r"\s*小时\s*(?:内|以内|之内|不打烊|不间断|全天|值守|在线|服务|响应|办结|到达|通达|直达|"
                            r"经济圈|生活圈|交通圈|通勤圈|车程)")


#: A pull on a total's growth (拉动…个百分点), and one down (拉低/下拉…个百分点: a negative pull).
_PULL = re.compile(r"拉动|拉低|下拉")


def pulls_down(clause: str) -> bool:
    """Whether a pull printed after ``clause`` is down (拉低, 下拉): the part's
    fall took the total's growth down, a negative pull (curation: a decline is
    negative).

    >>> pulls_down("采矿业下降69.4%，拉低规上工业增速"), pulls_down("拉动规上工业增速"), pulls_down("下拉全市增速")
    (True, False, True)
    """
    return bool(re.search(r"(?:拉低|下拉)[^，,。；;0-9]{0,14}$", clause))


#: A capacity, output or size printed inside a project's name, up to 项目 ("39万千瓦绿电项目", "年产10万吨颗粒硅项目").
_IN_PROJECT_NAME = re.compile(r"(?:(?!的|等|和|及|与)[\u4e00-\u9fff]){0,8}?"
                              # another project's size after 和 or 、 ("10万吨高纯多晶硅和1000吨半导体多晶硅等项目")
                              r"(?:(?:和|、)[0-9.]+[万亿]?(?:吨|千瓦|瓦|GW|MW|kW|立方米|平方米|公里)"
                              r"(?:(?!的|等|和|及|与)[\u4e00-\u9fff]){0,8}?)?"
                              r"等?项目")  # "9000吨抛光材料等项目": the projects named as examples
#: Dimensions a project's name is sized in (not counts or money: "30个项目", "5000万元项目" are figures or bounds).
_NAME_SIZES = {"power_kw", "mass", "energy_kwh", "volume_m3", "area_m2", "length_km"}


def in_project_name(dimension: str, after: str) -> bool:
    """Whether a figure of ``dimension`` followed by ``after`` (the text past
    its unit) is a size inside a project's name, no figure (docs/curation.md:
    numbers inside project names are skipped).

    >>> in_project_name("power_kw", "绿电项目顺利开工"), in_project_name("mass", "颗粒硅项目"), in_project_name("power_kw", "，项目")
    (True, True, False)
    >>> in_project_name("count", "新能源项目"), in_project_name("power_kw", "的风电项目"), in_project_name("power_kw", "风电并网")
    (False, False, False)
    >>> in_project_name("mass", "抛光材料等项目"), in_project_name("mass", "高纯多晶硅和1000吨半导体多晶硅等项目")
    (True, True)
    """
    return dimension in _NAME_SIZES and bool(_IN_PROJECT_NAME.match(after))


def service_hours(rest: str) -> bool:
    """Whether the hours a number is followed by bound a service or a journey
    (no figure), as against hours measured (日照时数2847.6小时).

    >>> service_hours("小时不打烊"), service_hours("小时内办结"), service_hours("小时经济圈"), service_hours("小时，总降水量")
    (True, True, True, False)
    """
    return bool(_SERVICE_HOURS.match(rest))

