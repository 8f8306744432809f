"""Reading a document into lines of simplified Chinese (or English) text.

Plain text is read as is (one paragraph per line, the seeds' convention:
``line`` in ``figures.csv`` is the 1-based line of the file). HTML is reduced
to its text, one block element per line (standard library ``html.parser``);
PDF text comes from `pypdf <https://pypi.org/project/pypdf/>`_ (imported only
for PDFs). Traditional characters are converted to simplified ones with
OpenCC (``opencc-python-reimplemented``, imported only when the text holds
traditional characters), character for character, so line numbers and
positions are kept. Some mirror sites print a pinyin reading after a
character ("增長(zhǎng)"): :func:`drop_pinyin` takes those out before the rules
read a line, keeping where each remaining character was printed.

>>> to_simplified("呼和浩特市地區生產總值增長6.2%")
'呼和浩特市地区生产总值增长6.2%'
>>> to_simplified("GDP grew 6.2 percent")
'GDP grew 6.2 percent'
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from ..errors import AnalysisError

#: Frequent characters that exist only in traditional script: a cheap test
#: that spares the OpenCC import on simplified text.
_TRADITIONAL_HINTS = set("國區產總長經濟業現億萬與為這們來對發會時實點過電開關進運達較營環衛區縣擴資費")


def looks_traditional(text: str) -> bool:
    """Whether the text holds characters written only in traditional script.

    >>> looks_traditional("经济增长"), looks_traditional("經濟增長")
    (False, True)
    """
    return any(ch in _TRADITIONAL_HINTS for ch in text)


#: 壹 printed for 一 outside an amount in financial numerals (壹佰, 壹万元): "第壹产业" is 第一产业.
_FANCY_ONE = re.compile(r"壹(?![佰仟拾万億亿圆元角])")


def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese (OpenCC ``t2s``); the length is kept
    (a check, so that line numbers and excerpts stay exact).

    >>> to_simplified("第壹產業增加值增長2.7%，第二產業")
    '第一产业增加值增长2.7%，第二产业'
    """
    if not looks_traditional(text):
        return text
    from opencc import OpenCC  # lazy: only traditional text needs it

    out = "\n".join(OpenCC("t2s").convert(line) for line in text.split("\n"))
    out = _FANCY_ONE.sub("一", out)  # a converter's 壹 for 一 (第壹產業, 壹個): the plain numeral
    if len(out) != len(text):  # pragma: no cover - OpenCC t2s maps characters one to one in practice
        raise AnalysisError("traditional-to-simplified conversion changed the text's length; "
                            "positions of figures would be wrong")
    return out


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: A pinyin reading in brackets right after a Chinese character: lower-case
#: letters with at least one tone mark ("(zhǎng)", "(qū)"); "(GDP)" or "(a)" are not.
_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])(?:[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）])+")
#: Readings printed without tone marks ("人(ren)口(kou)(kou)"), taken as readings only on a line that prints
#: at least three of them, each a pinyin syllable: "(a)" or "(GDP)" alone are not.
_TONELESS = re.compile(r"(?<=[\u4e00-\u9fff])(?:[(（](?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouüv]{1,3})(?:ng|n|r)?[)）])+")
_ANY_READING = re.compile(f"{_PINYIN.pattern}|{_TONELESS.pattern}")
#: An HTML tag left in a page's text, its "<" perhaps lost to a "?" of the encoding ("?span lang="EN-US">").
_TAG = re.compile(r"[<?]/?(?:span|font|p|b|i|strong|em|br|div|a|sup|sub|o:p)(?:\s+[a-zA-Z:-]+=\"[^\"<>]*\")*\s*/?>")
#: What is read past, by the kind of readings a line prints and whether it has markup (a ">").
_SKIPPED = {(toneless, markup): re.compile("|".join(
    [(_ANY_READING if toneless else _PINYIN).pattern] + ([_TAG.pattern] if markup else [])))
    for toneless in (False, True) for markup in (False, True)}


def drop_pinyin(line: str) -> tuple[str, list[int]]:
    """The line without pinyin readings printed after characters, and for each
    character kept its position in the line as printed.

    >>> text, where = drop_pinyin("地區(qū)生產(chǎn)總值增長(zhǎng)5.5%左右")
    >>> text
    '地區生產總值增長5.5%左右'
    >>> where[text.find("5.5")]  # where 5.5 is printed
    25
    >>> drop_pinyin("地区生产总值(GDP)1234.5亿元")[0]
    '地区生产总值(GDP)1234.5亿元'

    Readings without tone marks, on a page that glosses every few characters
    (one reading may be printed twice):

    >>> drop_pinyin("城鎮常住(zhu)人(ren)口(kou)(kou)為218.60萬(wan)人(ren)")[0]
    '城鎮常住人口為218.60萬人'
    >>> drop_pinyin("措施(a)、办法(b)和要求")[0]
    '措施(a)、办法(b)和要求'

    and markup a mirror left in its text:

    >>> drop_pinyin('总人口?span lang="EN-US">17.3万人</span>')[0]
    '总人口17.3万人'
    """
    if "(" not in line and "（" not in line and ">" not in line:
        return line, list(range(len(line)))
    # a mirror's leftover markup ("总?cè)丝?span lang="EN-US">17.3万人") is read past too
    readings = _SKIPPED[(len(_TONELESS.findall(line)) >= 3, ">" in line)]
    kept, where, last = [], [], 0
    for m in readings.finditer(line):
        kept.append(line[last:m.start()])
        where.extend(range(last, m.start()))
        last = m.end()
    kept.append(line[last:])
    where.extend(range(last, len(line)))
    return "".join(kept), where


_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
           "title", "td", "th", "blockquote"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data.replace("\n", " "))


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one block element per line.

    >>> html_to_text("<html><body><p>GDP <b>4107.1</b>亿元</p><script>x=1</script><p>增长6%</p></body></html>")
    'GDP 4107.1亿元\\n增长6%'
    """
    p = _Text()
    p.feed(html)
    lines = [" ".join(seg.split()) for seg in "".join(p.parts).split("\n")]
    return "\n".join(line for line in lines if line)


def pdf_to_text(pdf: bytes) -> str:
    """The text of a PDF's bytes, page after page (pypdf)."""
    from io import BytesIO

    from pypdf import PdfReader  # lazy: only PDFs need it

    reader = PdfReader(BytesIO(pdf))
    return "\n".join((page.extract_text() or "").strip() for page in reader.pages)


def read_document(path: str | Path) -> list[str]:
    """The document's lines (index 0 is line 1), in simplified characters.

    Raises :class:`AnalysisError` naming the file when it cannot be read or
    holds no text.
    """
    return read_document_both(path)[1]


def read_document_both(path: str | Path) -> tuple[list[str], list[str]]:
    """The document's lines as printed and in simplified characters (same
    lengths: excerpts are copied from the printed ones). Only a regular file
    of at most ``ANALYSIS_MAX_DOCUMENT_MB`` (:mod:`analysis.inputs`) is read.

    The same bytes are turned into lines once (`analysis extract` asks for
    the lines again for its hints, and a PDF's text is slow to get)."""
    from ..inputs import document_limit_mb, read_bytes

    path = Path(path)
    raw = read_bytes(path, document_limit_mb())  # a regular file within the size limit, or one line
    printed, simplified = _lines_of(str(path), raw)
    return list(printed), list(simplified)


@lru_cache(maxsize=4)
def _lines_of(name: str, raw: bytes) -> tuple[tuple[str, ...], tuple[str, ...]]:
    path = Path(name)
    try:
        if path.suffix.lower() == ".pdf":
            text = pdf_to_text(raw)
        else:
            if b"\x00" in raw:
                raise AnalysisError(f"{path}: holds NUL bytes (byte {raw.index(0)}): not a text, HTML or PDF document")
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("gb18030")
            if path.suffix.lower() in (".html", ".htm") or text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
                text = html_to_text(text)
    except OSError as exc:
        raise AnalysisError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise AnalysisError(f"{path}: neither UTF-8 nor GB18030 text") from None
    if not text.strip():
        raise AnalysisError(f"{path}: no text found (a scanned PDF needs OCR first)")
    return tuple(text.split("\n")), tuple(to_simplified(text).split("\n"))
