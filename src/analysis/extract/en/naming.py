"""English names around a figure: its subject, a verb's object, the catalogue's English names and
synonyms in other words."""

from __future__ import annotations

import re

from ..concept import fits_unit
from ..names import LINK_PARTICIPLES


def _words_before(raw: str, sent_start: int, s: int) -> str:
    """Whole words naming the figure at ``s``, for a proposed catalogue row.

    >>> line = "The per capita disposable income of urban residents reached 26,731 yuan"
    >>> _words_before(line, 0, line.index("26"))
    'per capita disposable income of urban residents'
    >>> line = "The county exported 120,000 tons of farm products worth 1.5 billion yuan"
    >>> _words_before(line, 0, line.index("1.5"))
    'farm products'
    >>> line = "The urban registered unemployment rate will be controlled at 3.8%"
    >>> _words_before(line, 0, line.index("3.8"))
    'urban registered unemployment rate'
    """
    seg = re.split(r"[;:()]|,(?![0-9]{3})", re.sub(r"\s(?:--|—|–)\s[^-—–]*?\s(?:--|—|–)\s", " ", raw[sent_start:s]))[-1]
    # "120,000 tons of farm products worth": a thousands comma ends no clause
    # a definition between dashes names nothing ("… size – those with revenue of 20 million yuan or more – fell")
    seg = re.sub(r"\s+(?:reached|was|were|is|are|hit|came in at|stood at|totaled|totalled|amounted to|"
                 r"rose to|grew to|of|at|amounting to|amounting|some|about|around|nearly|over|more than|worth|"
                 r"valued at|valuing)\s*$", "",
                 seg.strip(), flags=re.I)
    seg = _MODAL_END.sub("", seg)  # "the unemployment rate will be controlled (at)": a target's verb, no name
    verbs = list(_SUBJECT_END.finditer(seg))
    if verbs and verbs[-1].start() > 0 and len(seg[verbs[-1].end():].split()) <= 3 and not re.search(
            r"[0-9]", seg[verbs[-1].start():]):  # "investment in mining increased by a whopping": the subject, not its verb
        seg = seg[:verbs[-1].start()]
    digits = list(re.finditer(r"[0-9]", seg))
    joined = re.search(r"\b(?:and|while|whereas|but)\s+", seg[digits[-1].end():]) if digits else None
    if joined:  # "… 35.3 percent and investment in mining": the words after the figure before
        seg = seg[digits[-1].end() + joined.end():]
    elif digits and re.match(r"\s*[a-z-]+\s+of\s+[a-z]", seg[digits[-1].end():]):
        seg = re.sub(r"^\s*[a-z-]+\s+of\s+", "", seg[digits[-1].end():])  # "120,000 tons of farm products worth": the goods
    words = seg.split()
    while words and words[0].lower() in ("the", "a", "an", "and", "its", "while", "that"):
        words = words[1:]
    return " ".join(words[-8:])


#: A target's verb phrase ending the words before its figure: "will be controlled (at)", "will complete", "is expected
#: to reach", "strives to exceed".
_MODAL_END = re.compile(r"\s+(?:will|would|shall|should|is expected to|are expected to|is set to|are set to|strives? to|"
                        r"aims? to|plans? to|is planned to|is projected to)\s+(?:be\s+)?[a-z]+(?:\s+(?:at|to|by|within))?\s*$",
                        re.I)


_EN_PART_WORDS = {"urban", "rural", "pastoral", "private", "state", "owned", "foreign", "physical", "export", "import",
                  "non", "primary", "secondary", "tertiary", "agricultur", "servic", "manufactur", "min"}


#: Words a catalogue English name and the document's words may differ by.
_EN_LOOSE = {"number", "total", "enterprise", "city", "region", "all", "amount", "volume", "value", "arrival"}


def most_like_en(words: str, cat, floor: float = 0.6) -> tuple[str, str]:
    """The catalogue indicator whose English name shares most of its words with
    ``words`` (at least ``floor`` of the name's content words, all of ``words``'
    content words in the name): (code, name), or ('', '').

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> most_like_en("total profit of industrial enterprises above designated size", Catalogue.from_ledger(load_ledger()))
    ('industry_profit_above_scale', 'Total profit of industry above designated size')
    """
    stop = {"of", "the", "a", "an", "and", "in", "for", "by", "to", "at", "on", "above", "with"}

    def content(t):
        t = re.sub(r"(?<=[a-z])isation\b", "ization", re.sub(r"\bcentre", "center", t.lower()))
        # "data centre projects" are "data center projects", "urbanisation" is "urbanization"
        return {re.sub(r"(?:ial|ies|y|s)$", "", re.sub(r"(?<=[xz])es$|(?<=ch|sh|ss)es$", "", w))
                for w in re.findall(r"[a-z]+", t) if w not in stop}

    mine = content(words)
    if len(mine) < 2:
        return "", ""
    best = (0.0, "", "")
    for code, ind in cat.indicators.items():
        theirs = content(ind.get("name_en", ""))
        if not theirs:
            continue
        if (mine - theirs) & {re.sub(r"(?:ial|ies|y|s)$", "", w) for w in _EN_PART_WORDS}:
            # "… of rural residents" is not "… of all residents", investment in the primary industry not industrial
            continue
        share = len(mine & theirs) / len(theirs)
        if (mine - theirs) - _EN_LOOSE or (theirs - mine) - _EN_LOOSE:
            continue  # a word either side lacks names another quantity (coal industry, beef cattle)
        if share > best[0] and len(mine & theirs) >= max(2, len(mine) - 1):
            best = (share, code, ind["name_en"])
    return (best[1], best[2]) if best[0] >= floor else ("", "")


def catalogued_count(noun: str, cat) -> str:
    """The catalogue's count whose English name (its bracket left out) is the
    noun counted ("towns" → Towns (township-level); "sub-district offices" →
    Subdistricts (street offices)), '' when none or several.

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> catalogued_count("towns", cat), catalogued_count("sub-district offices", cat), catalogued_count("research centres", cat)
    ('towns', 'subdistricts', '')
    >>> catalogued_count("million inhabitants", cat)
    'population'
    """
    def content(text):  # the words of a name as catalogue_en compares them; "sub-district offices" are subdistricts
        return _content_en(re.sub(r"\bsub-", "sub", text.lower())) - {"office"}

    mine = content(re.sub(r"^(?:million|thousand)\s+", "", noun))
    if not mine:
        return ""
    names = [(ind.get("name_en", ""), code) for code, ind in cat.indicators.items()] + [
        (phrase, code) for phrase, code in cat.phrases.items()
        if code and phrase.isascii() and cat.phrase_origin.get(phrase) in ("name", "synonym")]
    hits = {code for name, code in names if content(name) == mine
            and cat.units.get(cat.indicators.get(code, {}).get("unit", ""), {}).get("dimension") in ("count", "persons")}
    # "3.13 million inhabitants": a synonym of the resident population
    return next(iter(hits)) if len(hits) == 1 else ""


#: Verbs (and the change words after them) that end the subject of an English figure.
_SUBJECT_END = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:increased|decreased|rose|risen|fell|fallen|grew|grown|dropped|declined|"
                          r"reached|was|were|"
                          r"is|are|hit|totaled|totalled|stood|amounted|came|saw|recorded|posted|"
                          r"registered(?!\s+(?:urban\s+)?(?:unemployment|population|residents?|households?|capital|"
                          r"enterprises|companies|market entities))|maintained|"
                          r"showed|achieved|expanded|jumped|surged|climbed|exceeded|topped|accounted|accounting|accounts|makes|make(?=\s+up\b)|"
                          r"continued|remained|kept|generated|increasing|decreasing|rising|falling|growing|dropping|shrank|shrunk|"
                          r"slumped|plunged|tumbled|soared|saw|witnessed)\b", re.I)
#: A clause that only dates or sources the sentence ("In the first quarter of 2024,", "According to …,").
_LEAD_CLAUSE = re.compile(r"^\s*(?:(?:in|during|over|for|from|between|by|as of|at the end of|last year|this year|"
                          r"according to|meanwhile|in addition|in terms of|among them|of (?:this|these|them))\b[^,]*,\s*)+",
                          re.I)


def subject_en(raw: str, sent_start: int, s: int) -> str:
    """The noun phrase an English figure is about: its sentence up to the number,
    without an opening clause that only dates or sources it, cut at the verb
    that ends the subject ("… increased by", "… was"); a list inside the
    subject ("agriculture, forestry and fishery") is kept whole.

    >>> line = "In the first half of 2024, the added value of industries above a designated size increased by 9 percent"
    >>> subject_en(line, 0, line.index("9 p"))
    'the added value of industries above a designated size'
    >>> line = "In 2023, the gross output of farming, forestry, and fishery grew 4 percent"
    >>> subject_en(line, 0, line.index("4 p"))
    'the gross output of farming, forestry, and fishery'
    >>> line = "Income of residents was 9 yuan, and income of herders reached 8 yuan"
    >>> subject_en(line, 0, line.index("8 y"))
    'income of herders'
    """
    text = re.sub(r"\s+(?:--|—|–)\s+[^-—–]*?\s+(?:--|—|–)\s+", " ", raw[sent_start:s])
    # "Statistics show that …": who reports it names nothing
    text = _LEAD_CLAUSE.sub("", re.sub(r"^\s*(?:[\w'’-]+\s+){0,6}?(?:shows?|showed|indicates?|indicated)\s+that\s+", "",
                                       text, flags=re.I))
    verbs = list(_SUBJECT_END.finditer(text))
    if not verbs:
        return ""
    subject = text[:verbs[-1].start()]  # the verb that governs the number: the last one before it
    figure = list(re.finditer(r"[0-9]", subject))
    if figure:  # "… was 9 yuan, and herders' income reached": the clause after the figure before
        subject = re.sub(r"^[^,;]*?(?:[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\s(?:and|while|whereas)\s+)", "",
                         subject[figure[-1].end():])  # "… 10.9 percent during the same period and income of …"
    # a clause break before the subject (", while the …", "; the …"): the last clause that is no list item
    parts = re.split(r",\s+(?=(?:while|and the|the|its|whereas|with)\b)|;\s*", subject)
    return _without_place(re.sub(r"^with\s+", "", parts[-1].strip()))  # ", with the added value of … increasing by"


def _without_place(words: str) -> str:
    """``words`` without a place closing them ("… in Ordos", "… of the city")."""
    return re.sub(r"\s+(?:in|of|from|across|throughout)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|"
                  r"city|region|autonomous region|league|banner|county|district)\s*$", "", words)
    # "the output of grain from the region", "… in the whole region": the place, not the quantity


#: Words between two figures that name nothing of their own ("($1 billion) in funds, representing a
#: year-on-year increase of"): the second figure is about the first.
_NAMES_NOTHING = re.compile(r"[\s,]*(?:(?:of|in|as|for)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*,\s*)?(?:(?:"
                            + "|".join(LINK_PARTICIPLES) + r"|which|was|is|an?|the|year-on-year|year on year|annual|increase|growth|rise|decrease|decline|"
                            r"drop|of|by|up|down|or|with|seeing|posting)[\s,]+)*", re.I)


def subject_of_item(raw: str, sent_start: int, s: int, unit: str) -> str:
    """:func:`subject_en`, where "urban and rural" (or "rural and urban") is
    the k-th of the pair for the k-th figure after the verb ("the income of
    urban and rural residents rose by 5 percent and 6 percent, respectively").

    >>> line = "The income of urban and rural residents rose by 5 percent and 6 percent, respectively."
    >>> subject_of_item(line, 0, line.index("5 p"), "percent"), subject_of_item(line, 0, line.index("6 p"), "percent")
    ('The income of urban residents', 'The income of rural residents')
    """
    subject = subject_en(raw, sent_start, s)
    pair = re.search(r"\b(urban|rural)\s+and\s+(urban|rural)\b", subject, re.I)
    if not pair or pair.group(1).lower() == pair.group(2).lower():
        return subject
    after_verb = raw[sent_start:s][raw[sent_start:s].find(subject) + len(subject):]
    k = len(re.findall(rf"[0-9][0-9.,]*\s*{re.escape(unit)}", after_verb))
    if k > 1:
        return subject
    return subject[:pair.start()] + pair.group(k + 1) + subject[pair.end():]


_PAST = r"[a-z]+ed|built|made|grown|begun|laid|sold|held|won"


def verb_object_en(raw: str, sent_start: int, s: int, e: int, unit: str, unit_end: int | None = None) -> str:
    """The name a figure printed as the object of a verb makes: "signed 60
    projects" → 'signed projects', "introduced 5 billion yuan in funds" →
    'introduced funds'; '' when no past-tense verb stands right before it.

    >>> line = "The city signed 60 projects and introduced 5 billion yuan ($1 billion) in funds."
    >>> verb_object_en(line, 0, line.index("60"), line.index("60") + 2, "projects")
    'signed projects'
    >>> verb_object_en(line, 0, line.index("5 b"), line.index("5 b") + 1, "billion yuan")
    'introduced funds'
    >>> line = "The city produced 1.5 million tonnes of milk in 2022."
    >>> verb_object_en(line, 0, line.index("1.5"), line.index("1.5") + 3, "million tons", line.index(" of"))
    'produced milk'
    """
    if unit_end is not None and raw[e:unit_end].strip().lower() != unit.lower():
        e, unit = unit_end, ""  # a unit printed in other words ("tonnes" for tons): the words after it
    passive = re.match(rf"\s*{re.escape(unit)}\s+of\s+((?:[a-z-]+\s+){{0,3}}?[a-z-]+)\s+(?:was|were)\s+(?:newly\s+)?"
                       rf"({_PAST})\b", raw[e:], re.I)
    if passive:  # "300 kilometers of rural roads were built" → 'rural roads built'
        return f"{passive.group(1)} {passive.group(2)}"
    verb = re.search(rf"\b({_PAST})\s+(?:a total of\s+|more than\s+|over\s+|about\s+|nearly\s+)?$", raw[sent_start:s], re.I)
    cut = re.search(r"\b(?:cut|reduced|lowered|slashed)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:for\s+[^,;]{0,40}?\s+)?by\s+"
                    r"(?:a total of\s+|more than\s+|over\s+|about\s+|nearly\s+)?$", raw[sent_start:s], re.I)
    if cut and unit.endswith(("yuan", "dollars")):  # "cut taxes and fees for firms by 4.8 billion yuan": 'taxes and fees cuts'
        return f"{cut.group(1)} cuts"
    if not verb:
        return ""
    rest = raw[e:]
    unit_at = re.match(rf"\s*(?:{re.escape(unit)})?\s*(?:\([^)]*\)\s*)?", rest, re.I)
    tail = rest[unit_at.end():] if unit_at else rest
    obj = re.match(r"(?:(?:of|in)\s+)(?!(?:the\s+)?(?:first|same|past|last|this|next|whole|entire)\b)"
                   r"((?:[a-z-]+\s+){0,2}[a-z-]+)", tail, re.I)  # "in the first half": a period, not the object
    noun = obj.group(1) if obj else ("" if unit.endswith(("yuan", "dollars")) or unit in (
        "percent", "%", "percentage points", "times") else re.sub(r"^(?:million|billion|thousand)\s+", "", unit))
    printed = re.match(rf"\s*(?:(?:million|billion|thousand)\s+)?((?:(?!(?:million|billion|thousand)\b)[a-z-]+\s+){{1,2}}{re.escape(noun)})\b",
                       rest, re.I) \
        if noun and not obj else None
    if printed:  # "received 1.6 million inbound tourists": the words printed, not the unit's ('inbound tourists')
        noun = printed.group(1)
    # "received 16 million tourists" → 'received tourists'; "dropped 0.3 percentage points" names nothing
    noun = re.split(r"\s+(?:through|from|to|in|with|and|for|by|at|via)\b", noun)[0]
    return f"{verb.group(1)} {noun}".strip() if noun else ""


def catalogue_en(words: str, cat, unit: str, measure: str) -> tuple[str, str]:
    """The indicator whose English catalogue name or English synonym
    (data/synonyms.csv) names the same quantity as ``words`` (the same content
    words up to order, plural, "added value" / "value added", and words that
    qualify nothing: total, gross, number, amount): (code, name), else ('', '').
    A level must be measurable in ``unit``; a name that several codes share
    gives none; a synonym of another quantity (empty code) blocks.

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> catalogue_en("the added value of industries above a designated size", cat, "percent", "growth")[0]
    'va_industry_above_scale'
    >>> catalogue_en("high-standard farmland built", cat, "mu", "level")[0]  # "… built or upgraded"
    'high_standard_farmland_built'
    >>> catalogue_en("the output of raw coal above designated size", cat, "million tons", "level")[0]
    'raw_coal_output'
    >>> catalogue_en("new energy installed capacity", cat, "million kilowatts", "level")[0]  # "new-energy"
    'new_energy_capacity'
    >>> catalogue_en("GDP", cat, "billion yuan", "level")[0]  # an acronym of the synonyms list
    'gdp'
    """
    words = re.sub(r"\b(of|in)\s+[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?\s+(?=[a-z])", r"\1 ", words)
    # "the vegetation coverage of Hulunbuir grassland": the place's name inside the words names nothing
    mine = _content_en(_without_place(words.strip()))
    whole = words.strip()
    if cat.phrase_origin.get(whole) == "synonym" and whole.isascii() and whole.isupper() and cat.phrases.get(whole):
        code = cat.phrases[whole]  # an acronym the synonyms list ("GDP"): one word, but no scrap
        return (code, whole) if measure not in ("level", "change") or fits_unit(unit, code, cat) else ("", "")
    if len(mine) < 2:
        return "", ""
    hits = {}
    for phrase, code in cat.phrases.items():
        if not phrase.isascii() or cat.phrase_origin.get(phrase) not in ("name", "synonym", "other"):
            continue
        if same_words(_content_en(phrase), mine, unit):
            hits.setdefault(code, phrase)
    for code, ind in cat.indicators.items():
        name = ind.get("name_en", "")
        alternatives = re.search(r"\b([a-z-]+)\s+or\s+([a-z-]+)\b", name)  # "built or upgraded": either word
        names = [name] + ([name[:alternatives.start()] + alternatives.group(k) + name[alternatives.end():]
                           for k in (1, 2)] if alternatives else [])
        if any(same_words(_content_en(n), mine, unit) for n in names):
            hits.setdefault(code, name)
    if not hits and _ABOVE_SCALE <= mine and "output" in mine:
        return catalogue_en(re.sub(r"\s*\b(?:above|of)\s+(?:a\s+)?designated\s+(?:size|scale)\b", "", words), cat, unit,
                            measure)  # "the output of raw coal above designated size": product outputs are surveyed
        # above designated size (NBS), as 规模以上工业总产值 is industrial_output_value
    if len(hits) != 1:
        return "", ""
    code, name = next(iter(hits.items()))
    if not code or measure in ("level", "change") and not fits_unit(unit, code, cat):
        return "", ""
    return code, name


def same_words(theirs: frozenset, mine: frozenset, unit: str) -> bool:
    """Whether a catalogue name's content words are the figure's: the same, or, for a
    percentage, the same but for "rate" ("forest coverage … 8.42 percent" is the forest
    coverage rate).

    >>> same_words(frozenset({"forest", "coverage", "rate"}), frozenset({"forest", "coverage"}), "percent")
    True
    >>> same_words(frozenset({"forest", "coverage", "rate"}), frozenset({"forest", "coverage"}), "mu")
    False
    """
    if theirs == mine:
        return True
    return unit in ("%", "percent") and bool(mine) and theirs - {"rate", "ratio"} == mine - {"rate", "ratio"}


_EN_STOP = {"of", "the", "a", "an", "and", "in", "for", "by", "to", "at", "on", "with", "its", "their", "city's",
            "region's", "total", "gross", "number", "amount", "volume", "overall", "all", "whole", "combined",
            "cumulative", "comprehensive"}  # "a combined operating income", "the cumulative production of": a sum, no other quantity
#: "above designated size", stemmed as :func:`_content_en` does.
_ABOVE_SCALE = frozenset({"above", "designated", "size"})


def _content_en(text: str) -> frozenset:
    """Content words of an English name, stemmed; "added value" is "value added"."""
    low = re.sub(r"\([^)]*\)", " ", text.lower().replace("’", "'")).replace("added value", "value added")
    low = re.sub(r"\bimport and export\b", "imports and exports", low)  # "an import and export value of"
    low = re.sub(r"\bservices?\s+(?:industry|industries|sector)\b", "services", low)  # "high-tech service industry …"
    low = re.sub(r"\binvestment in fixed assets\b|\bfixed-asset investment\b", "fixed asset investment", low)
    low = re.sub(r"(?<=[a-z])-(?=energy\b)", " ", low)  # "new-energy capacity" is "new energy capacity"
    low = re.sub(r"\b(?:produced|production)\b", "output", low)  # "produced natural gas", "natural gas output"
    low = re.sub(r"\b(import|export)ed\b", r"\1", low)  # "coal imported", "imports of coal"
    low = re.sub(r"\boutput value\b", "output", low)
    low = re.sub(r"\b(?:hosted|welcomed)\b", "received", low)  # "hosted 8 million visitors": received tourists
    low = re.sub(r"\bvisitors\b", "tourists", low)
    low = re.sub(r"\bfishing\b", "fishery", re.sub(r"\bcentres?\b", "center", low))  # "… and fishing"; "data centre"
    low = re.sub(r"(?<=[a-z])isation\b", "ization", low)  # "urbanisation" is "urbanization"
    low = re.sub(r"\bagricultural\b", "agriculture", low).replace("output per unit area", "yield per unit area")
    low = re.sub(r"(\band\s+[a-z]+)\s+(?:industries|sectors)\b", r"\1", low)  # "… and fishery industries": the list
    words = re.findall(r"[a-z][a-z'-]*", low)
    words = [re.sub(r"(?<=[xz])es$|(?<=ch|sh|ss)es$", "", w) for w in words]  # "taxes" is "tax"
    return frozenset(re.sub(r"(?:ial|ies|y|s)$", "", w) for w in words if w not in _EN_STOP
                     and not (w.endswith("'s") and w != "people's"))  # "the town's": a place's


#: Words before a catalogue name that narrow nothing: determiners, "total", "overall", times and places are
#: stopped at or passed over (:func:`modifier_before`).
_EN_NEUTRAL = {"total", "overall", "gross", "whole", "entire", "combined", "annual", "yearly", "cumulative",
               "cumulated", "accumulated", "aggregate", "foreign", "trade", "year-on-year", "actual", "nominal",
               "real", "realized", "realised", "current", "regional", "municipal", "city", "citywide", "region-wide",
               "league", "autonomous", "region", "local", "same", "new", "newly", "further", "also", "still", "steady",
               "stable"}
_EN_STOP_BEFORE = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "of", "in",
                   "for", "by", "from", "to", "and", "or", "with", "at", "on", "as", "while", "whereas", "but", "among",
                   "which", "where", "was", "were", "is", "are", "be", "been", "has", "have", "had", "said", "reached",
                   "meanwhile", "moreover", "besides", "additionally", "respectively", "year", "month", "quarter",
                   "half", "period", "months", "into", "onto", "over", "under", "about", "than", "per", "via",
                   "through", "toward", "towards", "up", "down", "across", "after", "before", "during", "since",
                   "until", "within", "between", "against", "went", "go", "goes", "gone", "put", "yuan", "million",
                   "billion", "thousand", "percent", "times", "points"}


#: Verbs that open a clause before its object ("…, generating tourism revenue of"): no modifier of the name after them.
_EN_VERBS_BEFORE = {"generating", "generated", "bringing", "brought", "achieving", "achieved", "realizing", "realising",
                    "realized", "realised", "recording", "recorded", "registering", "registered", "posting", "posted",
                    "creating", "created", "yielding", "yielded", "earning", "earned", "making", "made", "reaching",
                    "hitting", "totaling", "totalling", "raising", "raised", "attracting",
                    "attracted", "receiving", "received", "completing", "completed", "with", "saw", "seeing"}


def modifier_before(window: str, phrase: str, code: str, cat, places: tuple[str, ...] = ()) -> str:
    """The words right before a catalogue ``phrase`` in ``window`` that narrow
    it to a part ("*general trade* imports and exports", "*bonded logistics*
    imports and exports", "*manufacturing* investment"): words of the same
    noun phrase that neither the catalogue's English name of ``code`` nor its
    English synonyms hold, nor only total it or place it ("the city's total
    foreign trade imports and exports" narrows nothing); '' when none.

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> modifier_before("In 2023, general trade imports and exports", "imports and exports", "trade_total", cat)
    'general trade'
    >>> modifier_before("In 2023, the city's total foreign trade imports and exports", "imports and exports",
    ...                 "trade_total", cat)
    ''
    >>> modifier_before("the city received 5 million tourists, generating tourism revenue", "tourism revenue",
    ...                 "tourism_revenue", cat)
    ''
    """
    k = window.lower().rfind(phrase.lower())
    if k <= 0:
        return ""
    own = _content_en(" ".join([cat.indicators.get(code, {}).get("name_en", "")]
                               + [p for p, c in cat.phrases.items() if c == code and p.isascii()
                                  and cat.phrase_origin.get(p) in ("name", "synonym")]))
    names = {n.lower() for ns in cat.cities.values() for n in ns if n.isascii()} | {p.lower() for p in places}
    before = window[:k]
    tokens = re.findall(r"[A-Za-z][\w'’-]*|[0-9][0-9.,]*|[^\sA-Za-z0-9]", before)
    kept = []
    for i in range(len(tokens) - 1, -1, -1):
        t = tokens[i]
        low = t.lower()
        if not re.match(r"[a-z]", low) or low in _EN_STOP_BEFORE or low in _EN_VERBS_BEFORE \
                or low.endswith(("'s", "’s", "s'", "s’")):
            break  # punctuation, a number, a determiner, a preposition or a verb, an owner ("the region's")
        if low in names or " ".join(x.lower() for x in tokens[max(0, i - 1):i + 1]) in names \
                or (t[0].isupper() and i > 0 and re.match(r"[A-Za-z]", tokens[i - 1]) and tokens[i - 1][0].isupper()):
            break  # a place ("Inner Mongolia", "Baotou")
        if t[0].isupper() and i > 0 and tokens[i - 1] not in (".", "!", "?", ":", ";", ",") and low not in (
                "general", "private", "state-owned"):
            break  # a proper name inside the sentence
        kept.insert(0, low)
    rest = [w for w in kept if w not in _EN_NEUTRAL and not (_content_en(w) <= own)]
    if not rest or len(kept) > 4:
        return ""
    return " ".join(kept[kept.index(rest[0]):])


#: Subjects that name nothing of their own ("its growth rate", "the increase", "which"): they refer to the figure
#: before.
_REFERRING = {"growth", "rate", "increase", "decrease", "rise", "decline", "drop", "figure", "number", "it", "its",
              "proportion", "share", "total", "amount", "value", "that", "which", "this", "these", "those", "they",
              "them", "year-on-year", "annual", "average", "percent", "percentage", "point", "points", "same", "period",
              "former", "latter", "one", "each", "both", "all", "level", "speed", "pace", "scale", "volume"}


def carried_past(raw: str, sent_start: int, s: int, phrase: str) -> bool:
    """Whether a catalogue ``phrase`` named before an earlier figure of the
    sentence is carried too far to the figure at ``s``: its own clause has a
    subject (:func:`subject_en`) that names a quantity of its own and none of
    the phrase's words ("…, and the output of oilseeds was 2.1 million tons"
    after "grain output"); a subject that only refers back ("its growth
    rate") is no subject of its own.

    >>> line = "The grain output was 36.1 million tons, up 2 percent, and the output of oilseeds was 2.2 million tons"
    >>> carried_past(line, 0, line.index("2.2"), "grain output"), carried_past(line, 0, line.index("2 p"), "grain output")
    (True, False)
    """
    low = raw[sent_start:s].lower()
    k = low.rfind(phrase.lower())
    if k < 0 or not re.search(r"[0-9]", low[k + len(phrase):]):
        return False
    subject = subject_en(raw, sent_start, s)
    if not subject or re.search(r"[0-9]", subject) or low.rfind(subject.lower()) < k + len(phrase):
        return False  # no subject, or one before the phrase: the phrase names it
    if re.match(r"(?:percent|percentage|points?|times|higher|lower|faster|slower|more|less)\b", subject.lower()) \
            or re.search(r"\b(?:and|or)$", subject.strip().lower()):
        return False  # "… points higher than overall investment growth and accounting for": the tail of a comparison
    theirs = _content_en(phrase)
    mine = _content_en(subject) - _content_en(" ".join(_REFERRING))
    return bool(mine - theirs) and not theirs <= mine


_OWNER_OR_PARTNER = re.compile(
    r"s?\s+(?:(?:of|by|from)\s+(?:the\s+)?((?i:state-owned|private(?:ly[- ]owned)?|foreign-(?:funded|invested)|non-public|"
    r"collective|public)\s+(?i:enterprises|companies|firms|sector|economy))\b"
    r"|(?:with|to)\s+((?:[A-Z][\w'’-]*)(?:(?:\s+|,\s*|\s+and\s+|,\s+and\s+)[A-Z][\w'’-]*)*))")


def part_after(window: str, phrase: str) -> str:
    """The words right after a catalogue ``phrase`` that narrow it to a part:
    an owner ("… of State-owned enterprises", "… of private firms") or a
    partner ("… with Australia, Mongolia and Vietnam"); '' when none.

    >>> part_after("the import and export value of State-owned enterprises was", "import and export value")
    'state-owned enterprises'
    >>> part_after("imports and exports with Mongolia and Russia were", "imports and exports")
    'with Mongolia and Russia'
    >>> part_after("imports and exports of the city were", "imports and exports")
    ''
    """
    k = window.lower().rfind(phrase.lower())
    if k < 0:
        return ""
    m = _OWNER_OR_PARTNER.match(window[k + len(phrase):])
    if not m:
        return ""
    return m.group(1).lower() if m.group(1) else f"with {m.group(2)}"


#: A port named as the place goods or trains pass: "via Erenhot Port", "handled by the port", "this land port".
_PORT = re.compile(r"\b(?:via|through|at|of|by|in)\s+(?:the\s+|this\s+|its\s+)?(?:[a-z-]+\s+){0,2}?(?:land\s+)?port\b|"
                   r"\bports?\s+(?:handled|received|saw|recorded)\b|\b(?:largest|biggest)\s+land\s+port\b|\bport(?:'s|’s)\s", re.I)
_CHINA_EUROPE = re.compile(r"\bchina[- ]europe\s+(?:freight\s+)?(?:trains?|railway\s+express|rail)\b", re.I)


def china_europe_or_port(sentence: str, unit: str, measure: str, port_before: bool = False) -> str:
    """The catalogue's concept of a port's or a city's China-Europe freight
    trains, routes and trade from the words of a figure's sentence (lower
    case, up to the figure's unit) and its unit: trains through a port
    (``port_china_europe_trains``) or the city's (``china_europe_trains``),
    containers (TEUs) they carry through a port (``port_china_europe_teu``),
    routes and lines (``china_europe_train_routes``), trade (import and export)
    via a port (``port_trade``); '' when nothing fits. ``port_before``: an
    earlier line spoke of the port's China-Europe trains ("The trains carried
    382,058 TEUs").

    >>> china_europe_or_port("the port handled 4,818 china-europe freight trains", "trains", "level")
    'port_china_europe_trains'
    >>> china_europe_or_port("since the china-europe railway express opened, 16 international lines", "lines", "level")
    'china_europe_train_routes'
    >>> china_europe_or_port("the city saw a total of 583 trains", "trains", "level")
    ''
    >>> china_europe_or_port("the trains carried 382,058 teus", "TEUs", "level", port_before=True)
    'port_china_europe_teu'
    >>> china_europe_or_port("import and export trade value via the port hit a record, with a total value of 3 billion yuan",
    ...                      "billion yuan", "level"), china_europe_or_port("imports via the port were 2 billion yuan", "billion yuan", "level")
    ('port_trade', '')
    """
    port = bool(_PORT.search(sentence))
    trains = bool(_CHINA_EUROPE.search(sentence))
    if unit.endswith("yuan") and measure == "level" and port and re.search(
            r"\b(?:imports? and exports?|foreign trade|trade (?:value|volume))\b", sentence):
        return "port_trade"
    if unit == "trains" and measure in ("level", "change") and trains:
        return "port_china_europe_trains" if port or port_before else "china_europe_trains"
    if unit == "TEUs" and measure in ("level", "change") and (port or port_before) and (trains or re.search(r"\btrains?\b", sentence)):
        return "port_china_europe_teu"
    if (unit == "lines" or re.search(r"\b(?:routes|lines)$", unit)) and measure in ("level", "change") and (
            trains or re.search(r"china[- ]europe", unit)):
        return "china_europe_train_routes"
    return ""


def port_concept(words: str, cat, unit: str, measure: str) -> tuple[str, str]:
    """The port's catalogue concept the words name on a port's page ("imports of
    coal totaled 9.78 million tonnes" is the coal imported through the port):
    :func:`catalogue_en` of the words read as through the port, goods and cargo
    as freight; only a ``port_`` code, else ('', '').

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> port_concept("imports of coal", cat, "million tons", "level")[0], port_concept("exports of goods", cat, "tons", "level")[0]
    ('port_coal_imports', 'port_export_freight')
    >>> port_concept("the city's coal output", cat, "million tons", "level")
    ('', '')
    """
    words = re.split(r"[,;:]", words)[-1]  # "(According to …), deputy director of the port's committee, imports of coal"
    words = re.sub(r"\b(?:goods|cargoes|cargo)\b", "freight", re.sub(r"\s+(?:through|via|at|of|by)\s+(?:the\s+)?port\b.*$",
                                                                  "", words, flags=re.I), flags=re.I)
    code, name = catalogue_en(f"{words} through the port", cat, unit, measure) if words.strip() else ("", "")
    return (code, name) if code.startswith("port_") else ("", "")


#: "…, while that of rural residents was": the quantity just named, of another group.
_THAT_OF = re.compile(r"\b(?:that|those)\s+of\s+((?:the\s+)?[a-z][a-z -]{2,40}?)\s+(?:was|were|is|are|stood at|reached|hit|"
                      r"rose to|grew to|increased to|totaled|totalled|came to|amounted to)\s+(?:about\s+|nearly\s+|over\s+)?$")


def that_of(lead: str, code: str, cat, unit: str, measure: str) -> tuple[str, str]:
    """The catalogue quantity of "that of <group>" ("the disposable income of
    urban residents was 28,450 yuan, while that of rural residents was"):
    the name of ``code`` (the figure's before) with its "of …" group
    replaced by the one printed: (code, name), else ('', '').

    >>> from analysis.ledger import load_ledger
    >>> from analysis.extract.catalogue import Catalogue
    >>> cat = Catalogue.from_ledger(load_ledger())
    >>> that_of("…, while that of rural residents was ", "urban_disposable_income_per_capita", cat, "yuan", "level")
    ('rural_disposable_income_per_capita', 'per capita disposable income of rural residents')
    >>> that_of("the output of grain was 3 tons, while that of the region was ", "grain_output", cat, "tons", "level")
    ('', '')
    """
    m = _THAT_OF.search(lead)
    name = cat.indicators.get(code, {}).get("name_en", "")
    if not m or " of " not in name:
        return "", ""
    words = re.sub(r"^the\s+", "", m.group(1))
    if re.fullmatch(r"(?:city|region|country|nation|province|autonomous region|whole region|same period|previous year|"
                    r"last year)", words):
        return "", ""  # a place or a period compared with, not another group
    other = re.sub(r"\bof\s+(?!.*\bof\b).+$", f"of {words}", name)
    found = catalogue_en(other, cat, unit, measure)
    return found if found[0] and found[0] != code else ("", "")
