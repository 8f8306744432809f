"""Excerpts as a reader sees them: a curated excerpt is a verbatim slice of
8–40 characters of its document's line, so an English one may begin or end
inside a word ("ustry reached 27.1 billion yuan,"). Wherever an excerpt is
shown (the briefing's findings, check rows and lead, ``analysis cite``), a
partial word at either end is dropped and marked with "…"; the data keep
the slice as curated.

Whether an end is inside a word is read from the document's line when it is
stored (the characters just outside the slice); a Chinese excerpt has no
words to cut and is shown as it is. Without the document (a source cited by
its address, as every English source is), an end is a partial word when it
is a lone letter (but "a", "A", "I"), or when it is not itself a known word
but the end of a known longer one (at the start: "ustry" of "industry") or
its beginning (at the end: "perc" of "percent"); the known words are
:data:`COMMON_WORDS` and the words of ``templates/words/en.txt`` (made from
the inner words of the ledger's English excerpts, :func:`excerpt_words`;
fixed, so that a briefing reads the same from the whole ledger and from its
city's partition). An end that is neither is left as printed.

>>> display_excerpt("ustry reached 27.1 billion yuan,", before="Ind", after=" up")
'… reached 27.1 billion yuan,'
>>> display_excerpt("n increase of 5.9 percent y", before="a", after="ear on year")
'… increase of 5.9 percent …'
>>> display_excerpt("increased by 8.4 percent.", before="GDP ", after=" The")
'increased by 8.4 percent.'
>>> display_excerpt("全年地区生产总值1234.5亿元", before="，", after="，比")
'全年地区生产总值1234.5亿元'
>>> display_excerpt("n increase of 3.0 percent o")
'… increase of 3.0 percent …'
>>> display_excerpt("an average of 24.3 percent a")
'an average of 24.3 percent a'
>>> words = excerpt_words(["the industry reached 27.1 billion yuan, up", "the average growth of 5 percent"])
>>> display_excerpt("ustry was 105.26 billion yuan,", words=words)
'… was 105.26 billion yuan,'
>>> display_excerpt("age growth of 4.6% i", words=words)
'… growth of 4.6% …'
>>> display_excerpt("approximately 5 perc", words=words)
'approximately 5 …'
"""

from __future__ import annotations

import re
from functools import lru_cache

#: What a word is made of, for this purpose: Latin letters (a number cut
#: inside is a different fault, caught by ``analysis validate``).
_LETTER = re.compile(r"[A-Za-z]")
ELLIPSIS = "…"
_ONE_LETTER_WORDS = ("a", "A", "I")

#: Short words an excerpt often begins or ends with, known whole without a document.
COMMON_WORDS = frozenset("""a an the and or of to in on at by for from up down as is are was were be been it its
this that with per all also total than over about more less year years city value size goods increase increased
decrease decreased accounting accounted growth revenue industry percent billion million yuan reached""".split())


def excerpt_words(excerpts) -> frozenset[str]:
    """The words inside English excerpts (never their first or last word,
    which may be cut), lower case, with :data:`COMMON_WORDS`.

    >>> sorted(excerpt_words(["ustry came in at 27.1 tonnes, up"]) - COMMON_WORDS)
    ['came', 'tonnes']
    """
    out = set(COMMON_WORDS)
    for x in excerpts:
        tokens = re.findall(r"[A-Za-z]+", x)
        out.update(t.lower() for t in tokens[1:-1])
    return frozenset(out)


def display_excerpt(excerpt: str, before: str | None = None, after: str | None = None,
                    words: frozenset[str] = COMMON_WORDS) -> str:
    """``excerpt`` with a partial word at either end dropped and marked "…".

    ``before`` / ``after``: the document's text just before and after the
    slice ("" at the line's start or end), or None when unknown (then
    ``words`` decide, module docstring). Nothing is dropped that would leave
    no letter or digit.

    >>> display_excerpt("ded value was 13.57 billion yuan,", before="ad", after="")
    '… value was 13.57 billion yuan,'
    >>> display_excerpt("percent", before="5 ", after="")
    'percent'
    >>> display_excerpt("ranking 45th among the nation's")
    "ranking 45th among the nation's"
    >>> display_excerpt("r-on-year and 2.5 percent o", before="yea", after="f")
    '… and 2.5 percent …'
    >>> display_excerpt("地區(qū)生產(chǎn)總值4263.9億元")  # a mirror's pinyin readings are not shown
    '地區生產總值4263.9億元'
    """
    text = excerpt
    if text and ("(" in text or "（" in text):  # pinyin readings a mirror prints after characters: 地區(qū)
        from .extract.reading import drop_pinyin

        text = drop_pinyin(text)[0]
    if not text or not _LETTER.search(text):
        return text
    head = re.match(r"[A-Za-z]+(?:-[A-Za-z]+)*", text)
    if head and _cut(head.group(0), before, words, leading=True) and head.end() < len(text):
        rest = text[head.end():].lstrip(" -")
        if re.search(r"[A-Za-z0-9\u4e00-\u9fff]", rest):
            text = f"{ELLIPSIS} {rest}" if not rest.startswith(ELLIPSIS) else rest
    tail = re.search(r"(?:[A-Za-z]+['’-])*[A-Za-z]+$", text)
    if tail and _cut(tail.group(0), after, words, leading=False) and tail.start() > 0:
        rest = text[:tail.start()].rstrip(" -")
        if re.search(r"[A-Za-z0-9\u4e00-\u9fff]", rest.replace(ELLIPSIS, "")):
            text = f"{rest} {ELLIPSIS}"
    return text


def _cut(word: str, outside: str | None, words: frozenset[str], *, leading: bool) -> bool:
    """Whether ``word`` at an end of the slice is part of a longer word."""
    if outside is None:  # no document: judged from the known words
        parts = word.split("-")
        w = parts[0] if leading else parts[-1]  # "r-on-year": the first part is what was cut
        if len(w) == 1:
            return w not in _ONE_LETTER_WORDS
        w = w.lower()
        if w in words:
            return False
        return any(len(k) > len(w) and (k.endswith(w) if leading else k.startswith(w)) for k in words)
    if not outside:
        return False
    return bool(_LETTER.fullmatch(outside[-1] if leading else outside[0]))


def context_in(line: str, excerpt: str) -> tuple[str | None, str | None]:
    """The text just before and after ``excerpt`` in ``line`` (its first
    occurrence), or (None, None) when the line does not hold it.

    >>> context_in("Industry reached 27.1 billion yuan, up", "ustry reached 27.1 billion yuan,")
    ('Ind', ' up')
    >>> context_in("elsewhere", "ustry")
    (None, None)
    """
    at = line.find(excerpt)
    if at < 0 or not excerpt:
        return None, None
    return line[max(0, at - 8):at], line[at + len(excerpt):at + len(excerpt) + 8]


@lru_cache(maxsize=64)
def _document_lines(path: str) -> tuple[str, ...] | None:
    try:
        with open(path, encoding="utf-8") as fh:
            return tuple(fh.read().splitlines())
    except OSError:
        return None


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """:data:`COMMON_WORDS` and the list in ``templates/words/en.txt``: the
    English words an excerpt's end is judged against (the same for every
    ledger and partition).

    >>> {"percent", "accounts"} <= known_words()
    True
    """
    from pathlib import Path

    path = Path(__file__).parent / "templates" / "words" / "en.txt"
    words = [w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    return COMMON_WORDS | frozenset(words)


def figure_excerpt(ledger, figure_id: str, excerpt: str | None = None) -> str:
    """The excerpt of a figure as shown to a reader (:func:`display_excerpt`),
    its ends read from the stored document's line (a neighbouring line when
    the line number is off by one), else judged by the ledger's words;
    ``excerpt`` defaults to the figure's."""
    try:
        f = ledger.figure(figure_id)
    except Exception:  # noqa: BLE001 - a figure outside the ledger: shown as given
        return display_excerpt(excerpt or "")
    text = f.excerpt if excerpt is None else excerpt
    if not _LETTER.search(text):
        return text
    before = after = None
    src = ledger.sources.get(f.source_id)
    if src is not None and not src.cited_only:
        lines = _document_lines(str(ledger.source_path(f.source_id)))
        if lines:
            for n in (f.line, f.line - 1, f.line + 1):
                if 1 <= n <= len(lines):
                    before, after = context_in(lines[n - 1], text)
                    if before is not None:
                        break
    return display_excerpt(text, before, after, known_words())
