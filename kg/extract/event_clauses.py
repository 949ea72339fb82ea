"""Clause heuristics for the event rules: subjects, objects, voice, negation and quotes.

There is no parser, so the roles of a trigger are read from the surface of its clause:
the subject is the nearest entity (or actor noun, or pronoun) before the trigger that
is not inside a prepositional phrase ("with X", "according to X"); the clause ends at
"that", "which", a semicolon or a quotation mark; a verb after a form of "be" is passive;
"not" or "could" shortly before a trigger cancels it. :class:`ArticleView` holds the
token-level facts these rules need (stems, quotation marks, where each mention is).

>>> from kg.records import Mention
>>> text = "Zeta Corp said it will sue Omni Ltd."
>>> view = build_view(text, (Mention("organization", "Zeta Corp", 0, 9, text),))
>>> view.lemmas[:5], view.quoted[:3]
(['zeta', 'corp', 'say', 'it', 'will'], [False, False, False])
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

import numpy
from spacy.attrs import LEMMA

from kg.extract.demonyms import is_demonym
from kg.extract.event_lexicon import (
    AUTHORITY_WORDS,
    CLAUSE_OPENERS,
    DEMAND_VERBS,
    DESCRIPTION_HEADS,
    HIRE_VERBS,
    IRREGULAR,
    MODALS,
    NEGATING_VERBS,
    NEGATORS,
    ORDER_VERBS,
    ORG_NOUNS,
    PERSON_NOUNS,
    POLICE_WORDS,
    PREPOSITIONS,
    REQUEST_VERBS,
    SAY_VERBS,
    STEMMED,
    STOP_NP,
    stem,
    words,
)
from kg.extract.event_patterns import pattern_vocabulary
from kg.extract.lexicon import MEDIA_HEADS, TITLE_MODIFIERS, TITLES
from kg.extract.names import first_name_gender
from kg.extract.timex import WEEKDAYS
from kg.extract.tokens import expanded_span, sentence_spans, token_columns, tokenize

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.records import Mention

DETERMINERS = words("a an the this that these those its their his her our my your any every each")
SUBJECT_PRONOUNS = words("it they he she we its their his her")
POSSESSIVES = words("its their his her")
"""Possessive pronouns: a subject only when they open the clause ("Its board voted"); inside
it they belong to an object ("laid out its case")."""
ADVERBS = words(
    "also reportedly allegedly already just later then subsequently quickly eventually "
    "officially formally immediately recently finally now still further first initially "
    "been being get got"
)
_REDUCED_PASSIVE_NEXT = PREPOSITIONS | words(". , ; : — – ) ? !") | words("and")
_OPEN_QUOTES = frozenset({"“", "«"})
_CLOSE_QUOTES = frozenset({"”", "»"})
_TIME_OPENERS = words("earlier later last this late early yesterday today within")
_ADVERBIAL_OPENERS = (
    words(
        "after before while when since although though because if unless once as despite "
        "following during amid in on at with without upon by having"
    )
    | _TIME_OPENERS
)
_NOUN_PREPOSITIONS = words("for over after before of following during with without amid upon")
_ADJECTIVE_ENDINGS = ("ful", "al", "ous", "ive", "ent", "ant", "ic", "ary", "ible", "able")
PARTICIPLES = words("stolen taken written withdrawn thrown begun given done found held sold")
"""Irregular participles (for the passive)."""
_ONLY_PARTICIPLES = words("stolen taken written withdrawn thrown begun given done")
"""Participles that cannot be a past tense ("stolen", never "he stolen")."""
_WEEKDAYS = frozenset(WEEKDAYS)
_TIME_WORDS = _WEEKDAYS | words(
    "yesterday today tomorrow "
    "tonight last next this earlier later january february march april june july august "
    "september october november december jan. feb. sept. oct. nov. dec."
)
"""Words that end a noun phrase because a time expression starts ("pleaded guilty Tuesday")."""
HOLDER_NOUNS = words("shareholders stockholders investors shareholder stockholder")
"""Actors named after an organisation who are not the organisation itself."""
T = TypeVar("T")

_MEMBER_NOUNS = words("members workers employees staff")
"""Actors who act for their organisation ("members of the union voted")."""
_LABOUR_WORDS = words("union workers federation teamsters guild association brotherhood")


@dataclass(frozen=True)
class Sentence:
    """A sentence's token range, character range and text, read once.

    spaCy builds every ``Token`` of a ``Span`` each time its ``text`` is read; the rules read
    a sentence's text many times.
    """

    start: int
    end: int
    start_char: int
    end_char: int
    text: str


def sentences_of(view: ArticleView) -> list[Sentence]:
    """The article's sentences that are not blank.

    >>> [s.text for s in sentences_of(build_view("Zeta sued. Omni paid.", ()))]
    ['Zeta sued.', 'Omni paid.']
    """
    found = []
    for start, end in sentence_spans(view.doc):
        start_char = view.idx[start]
        end_char = view.idx[end - 1] + len(view.words[end - 1])
        text = view.text[start_char:end_char]
        if text.strip():
            found.append(Sentence(start, end, start_char, end_char, text))
    return found


@dataclass(frozen=True)
class Role:
    """An agent, object or place: an entity mention, or a short description, or both."""

    mention: Mention | None = None
    text: str | None = None
    index: int = -1


@dataclass
class ArticleView:
    """Token-level facts about one article text that the clause rules consult."""

    text: str
    doc: Doc
    lemmas: list[str]
    lowers: list[str]
    quoted: list[bool]
    paragraph: list[int]
    mention_at: dict[int, tuple[int, int, Mention]] = field(default_factory=dict)
    mention_spans: list[tuple[int, int, Mention]] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    """Each token's text (read once from the token columns, not from ``Token`` objects)."""
    idx: list[int] = field(default_factory=list)
    """Each token's character offset in ``text``."""
    sent_start: list[int] = field(default_factory=list)
    """The first token of each token's sentence."""


def build_view(text: str, mentions: tuple[Mention, ...]) -> ArticleView:
    """Tokenise ``text``, stem its tokens and locate ``mentions`` and quotations in it."""
    doc = tokenize(text)
    texts, offsets, _ = token_columns(doc)
    lemmas = [_stem(word) for word in texts]
    for i, word in enumerate(texts):  # "ca"/"wo" are "can"/"will" only before "n't"
        if (
            lemmas[i] in {"can", "will"}
            and word.lower() in {"ca", "wo"}
            and texts[i + 1 : i + 2] not in (["n't"], ["n’t"])
        ):
            lemmas[i] = word.lower()  # "John Lee, CA, Auditor General": a chartered accountant
    _set_lemmas(doc, lemmas)
    view = ArticleView(
        text=text,
        doc=doc,
        lemmas=lemmas,
        lowers=[word.lower() for word in texts],
        quoted=mark_quotations(doc),
        paragraph=_paragraphs(texts),
        words=texts,
        idx=offsets,
        sent_start=_sentence_starts(doc),
    )
    for mention in mentions:
        bounds = expanded_span(doc, mention.start, mention.end)
        if bounds is None or bounds[1] <= bounds[0]:
            continue
        entry = (*bounds, mention)
        view.mention_spans.append(entry)
        for i in range(*bounds):
            view.mention_at[i] = entry
    view.mention_spans.sort(key=lambda entry: entry[0])
    return view


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    return pattern_vocabulary() | STEMMED


@lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    """:func:`stem` against the patterns' vocabulary, remembered per word.

    The vocabulary never changes within a process, and a word recurs in most articles:
    every token was stemmed anew, about 1,000 per article.
    """
    return stem(word, _vocabulary())


def mark_quotations(doc: Doc) -> list[bool]:
    """Which tokens stand inside a direct quotation (or a ``>`` blockquote line).

    Curly quotes open and close; straight double quotes toggle. A quotation left open at
    the end of a paragraph runs to its end (the next paragraph reopens it, as news does).

    >>> doc = tokenize('He said "we will sue" today.')
    >>> [t.text for t, q in zip(doc, mark_quotations(doc)) if q]
    ['we', 'will', 'sue']
    """
    texts = token_columns(doc)[0]
    quoted = [False] * len(texts)
    inside = False
    line_is_block = False
    at_line_start = True
    for i, text in enumerate(texts):
        if text.isspace():  # spaCy keeps line breaks as tokens of their own
            if "\n" in text:
                if "\n\n" in text.replace(" ", ""):
                    inside = False
                at_line_start = True
                line_is_block = False
            continue
        if at_line_start:
            line_is_block = text == ">"
            at_line_start = False
        if text in _OPEN_QUOTES:
            inside = True
            continue
        if text in _CLOSE_QUOTES:
            inside = False
            continue
        if text == '"':
            inside = not inside
            continue
        quoted[i] = inside or line_is_block
    return quoted


def _set_lemmas(doc: Doc, lemmas: list[str]) -> None:
    """Write the stems as the tokens' lemmas, which the ``Matcher`` patterns match.

    One array call, rather than one ``Token`` object per token.
    """
    if not lemmas:
        return
    strings = doc.vocab.strings
    column = numpy.array([strings.add(lemma) for lemma in lemmas], dtype="uint64").reshape(-1, 1)
    doc.from_array([LEMMA], column)


def _sentence_starts(doc: Doc) -> list[int]:
    starts = [0] * len(doc)
    for start, end in sentence_spans(doc):
        starts[start:end] = [start] * (end - start)
    return starts


def is_punct(word: str) -> bool:
    """SpaCy's ``is_punct`` on a token's text: every character is punctuation."""
    return bool(word) and all(unicodedata.category(char).startswith("P") for char in word)


_NUMBER_WORDS = words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion trillion dozen"
)


def like_num(word: str) -> bool:
    """SpaCy's ``like_num`` on a token's text: digits (with separators), a fraction, a number word.

    >>> like_num("1,200"), like_num("3/4"), like_num("twenty"), like_num("May")
    (True, True, True, False)
    """
    bare = word.lstrip("+-±~").replace(",", "").replace(".", "")
    if bare.isdigit():
        return True
    if word.count("/") == 1:
        top, bottom = word.split("/")
        if top.isdigit() and bottom.isdigit():
            return True
    return word.lower() in _NUMBER_WORDS


def _paragraphs(texts: list[str]) -> list[int]:
    """Each token's paragraph number (a blank line, a token of two line breaks, ends one)."""
    index = 0
    found = []
    for text in texts:
        found.append(index)
        if text.count("\n") >= 2:
            index += 1
    return found


def clause_floor(view: ArticleView, start: int, sentence_start: int) -> int:
    """The first token of the clause that contains token ``start``.

    A parenthesis is stepped over ("the Federal Office of Justice (FOJ) said"), and a
    fronted adverbial clause ("After arriving to question him, the office said") is not
    part of the main clause.

    >>> view = build_view("Regulators said that Zeta will exit Peru.", ())
    >>> view.doc[clause_floor(view, 5, 0)].text
    'Zeta'
    >>> view = build_view("After meeting Omni, the regulator (ORG) said so.", ())
    >>> view.doc[clause_floor(view, 9, 0)].text
    'the'
    """
    i = start - 1
    while i >= sentence_start:
        text = view.words[i]
        if text == ")":
            opening = _matching_open(view, i, sentence_start)
            if opening is not None:
                i = opening - 1
                continue
        if text == "," and (opening := appositive_start(view, i, sentence_start)) is not None:
            i = opening - 1
            continue
        if (opening := _embedded_quote_start(view, i, sentence_start, start)) is not None:
            i = opening - 1  # 'said her client had been "put through hell" and called on'
            continue
        if view.quoted[i] != view.quoted[start] or view.lowers[i] in CLAUSE_OPENERS:
            return i + 1
        if text in _OPEN_QUOTES | _CLOSE_QUOTES or text == '"':
            return i + 1
        if text == "," and _fronted_adverbial(view, sentence_start, i):
            return i + 1
        i -= 1
    return sentence_start


def _embedded_quote_start(view: ArticleView, close: int, floor: int, start: int) -> int | None:
    """The opening mark of a few quoted words that a clause runs through, closed at ``close``.

    'said her client had been "put through hell" and called on': the quoted words are
    part of the clause, as a parenthesis is. Not a quotation that opens the sentence or
    follows punctuation ('"We will sue," Lee said'), nor one holding a clause break; and
    only when a coordinated verb follows it, whose subject is the clause's.
    """
    if view.quoted[start] or not view.quoted[close - 1] or view.quoted[close]:
        return None
    if view.lowers[close + 1 : close + 2] not in (["and"], ["but"], ["or"]):
        return None  # 'an "unauthorised third party" had used': the quote is the subject
    for j in range(close - 1, max(floor - 1, close - 12), -1):
        if view.quoted[j]:
            if view.words[j] in {",", ";", ":", ".", "!", "?"}:
                return None
            continue
        before = j - 1
        if before < floor or not view.words[before].isalpha() or view.lowers[before] in DETERMINERS:
            return None
        return j
    return None


def appositive_start(view: ArticleView, comma: int, floor: int) -> int | None:
    """The comma that opens an apposition closed by ``comma``, after a name.

    "Ann Lee, head of the agency that audits banks, said" -> the comma after "Lee". The name
    before it is then the subject of what follows.

    >>> view = build_view("Ann Lee, the head of Zeta, resigned.", ())
    >>> view.mention_at.update({0: (0, 2, None), 1: (0, 2, None)})
    >>> appositive_start(view, 7, 0)
    2
    """
    for j in range(comma - 1, max(floor - 1, comma - 30), -1):
        text = view.words[j]
        if text in {";", ":", "—", "–"} or view.words[j].isspace():
            return None
        if text == "," and _between_places(view, j):
            continue  # "Zeta, the Austin, Texas, company that ..., said"
        if text == ",":
            name_end = j - 1
            if name_end >= floor and view.words[name_end] == ")":
                opening = _matching_open(view, name_end, floor)  # "the Zeta Authority (ZA),"
                name_end = opening - 1 if opening is not None else name_end
            if (
                _quotes_balanced(view.words[j + 1 : comma])  # a quoted title inside is fine
                and name_end >= floor
                and name_end in view.mention_at
                and j + 1 < comma
                and (
                    view.lowers[j + 1] not in {"and", "or", "but", "who", "which"}
                    or view.lowers[j + 1] in {"who", "which"}
                )
            ):
                kind = view.mention_at[name_end][2]
                if kind is None or kind.kind in {"person", "organization"}:
                    return j
            return None
    return None


def _between_places(view: ArticleView, comma: int) -> bool:
    """Whether a comma is one of a place's and its region's ("the Austin, Texas, company")."""

    def place_ending(i: int) -> int | None:
        entry = view.mention_at.get(i)
        return entry[0] if entry and entry[2] is not None and entry[2].kind == "place" else None

    def place_starting(i: int) -> bool:
        entry = view.mention_at.get(i)
        return bool(entry and entry[0] == i and entry[2] is not None and entry[2].kind == "place")

    region = place_ending(comma - 1)
    if region is None:
        return False
    if place_starting(comma + 1):
        return True  # the comma between "Austin" and "Texas"
    return view.words[region - 1 : region] == [","] and place_ending(region - 2) is not None


def _quotes_balanced(tokens: list[str]) -> bool:
    """Whether every quotation mark in ``tokens`` is closed there (a quoted title)."""
    return tokens.count('"') % 2 == 0 and tokens.count("“") == tokens.count("”")


def _is_aside_dash(view: ArticleView, i: int) -> bool:
    """Whether token ``i`` is a dash that sets words off.

    A long dash, or a hyphen after a space (not the one of "3-0" or "Exchange-listed").
    """
    word = view.words[i]
    if word in {"—", "–", "--"}:
        return True
    start = view.idx[i]
    return word == "-" and start > 0 and view.text[start - 1].isspace()


def _dash_aside_start(view: ArticleView, close: int, floor: int) -> int | None:
    """The dash opening the aside that the dash at ``close`` ends, within a few words.

    "the Consumer Protection Committee of the Executive Yuan - essentially Taiwan's
    cabinet - said": the words between the dashes describe the subject, they are not it.
    """
    for j in range(close - 1, max(floor - 1, close - 12), -1):
        if _is_aside_dash(view, j):
            return j if j > floor else None
    return None


def _matching_open(view: ArticleView, close: int, floor: int) -> int | None:
    for j in range(close - 1, max(floor - 1, close - 12), -1):
        if view.words[j] == "(":
            return j
    return None


def _fronted_adverbial(view: ArticleView, sentence_start: int, comma: int) -> bool:
    """Whether the words before ``comma`` are an adverbial clause opening the sentence.

    After a dateline: "JOHNSTOWN - With 200 residents packed in, trustees voted".
    """
    first = sentence_start
    if len(view.words[first]) > 1 and view.words[first].isupper():
        first = _dateline_end(view, sentence_start, comma)
    while first < comma and (is_punct(view.words[first]) or view.words[first].isspace()):
        first += 1
    if first >= comma or view.lowers[first] not in _ADVERBIAL_OPENERS:
        return False
    if view.lowers[first] in _TIME_OPENERS and comma - first > 4:
        return False  # "Earlier this week," is an adverbial; "Last week the judge ruled," is not
    return not any(view.words[j] == "," for j in range(first, comma))


def clause_ceiling(view: ArticleView, end: int, sentence_end: int) -> int:
    """One past the last token of the clause that continues after token ``end - 1``."""
    i = end
    while i < sentence_end:
        text = view.lowers[i]
        if text in {";", ":", "—", "–", "(", "that", "which", "who", "because", "while", "but"}:
            return i
        if view.quoted[i] != view.quoted[max(end - 1, 0)]:
            return i
        i += 1
    return sentence_end


def in_prepositional_phrase(view: ArticleView, start: int, floor: int) -> str | None:
    """The preposition that governs the noun phrase starting at ``start``, if any.

    A possessor ("of Zeta's committee") and a coordinated name ("of the Justice
    Department and FBI") are in the phrase of the preposition before them.

    >>> view = build_view("It sued Zeta with Omni and Vex.", ())
    >>> in_prepositional_phrase(view, 6, 0), in_prepositional_phrase(view, 2, 0)
    ('with', None)
    """
    i = start - 1
    for _ in range(3):
        while i >= floor and view.lowers[i] in DETERMINERS:
            i -= 1
        while i >= floor and (_is_modifier(view, i) or view.lowers[i] in _PLACE_ADJECTIVES):
            i -= 1  # "in southeastern Arizona"
        if i >= floor and view.lowers[i] in {"'s", "’s"}:
            i = _phrase_start(view, i - 1, floor) - 1
            continue
        if i >= floor and view.lowers[i] in {"and", "or"} and i - 1 >= floor:
            i = _phrase_start(view, i - 1, floor) - 1
            continue
        break
    if i >= floor and view.lowers[i] in PREPOSITIONS:
        return view.lowers[i]
    return None


_PLACE_ADJECTIVES = words(
    "northern southern eastern western northeastern northwestern southeastern southwestern "
    "north-eastern north-western south-eastern south-western central rural coastal "
    "neighbouring neighboring downtown suburban upstate"
)
"""Words that place a name within a region ("in southeastern Arizona", "in rural Kenya")."""


def _phrase_start(view: ArticleView, end: int, floor: int) -> int:
    """The first token of the name or word ending at token ``end``."""
    entry = view.mention_at.get(end)
    if entry is not None:
        return max(entry[0], floor)
    i = end
    while i - 1 >= floor and _is_modifier(view, i - 1):
        i -= 1
    return i


def _is_modifier(view: ArticleView, i: int) -> bool:
    word = view.words[i]
    return (
        (word.istitle() or word.isupper() or like_num(word))
        and not is_punct(word)
        and view.lowers[i] not in PREPOSITIONS
        and view.lowers[i] not in DETERMINERS
        and i not in view.mention_at
    )


def find_subject(view: ArticleView, start: int, floor: int, *, head: int) -> Role | None:
    """The subject of the clause before token ``start``.

    The nearest entity, actor noun or pronoun between ``floor`` and ``start`` that no
    preposition governs; failing those, a short noun phrase opening the clause ("the office of
    the attorney general").

    >>> view = build_view("After talks with Omni, the board of Zeta sued.", ())
    >>> find_subject(view, 9, 5, head=9).text
    'the board of Zeta'

    A verb coordinated with an earlier one ("it told customers to stop and called a halt")
    shares its subject, the one that opens the clause.
    """
    j = start - 1
    while j > floor and view.lowers[j] in ADVERBS:
        j -= 1
    if j > floor and view.lowers[j] in {"and", "but"}:
        role = _opening_subject(view, floor, j)
        if role is not None:
            return role
    if start == head and view.lowers[head].endswith("ing") and j >= floor and view.words[j] == ",":
        # "..., conceding that": a participle clause has the sentence's subject
        role = _opening_subject(view, clause_floor(view, j, _sentence_start(view, j)), j)
        if role is not None:
            return role
    i = start - 1
    while i >= floor:
        if view.lowers[i] in _SAID and i + 1 < start:
            reported = _opening_phrase(view, i + 1, start)
            head_word = (reported.text or "").split()[-1].lower() if reported else ""
            if head_word in PERSON_NOUNS | _PEOPLE | DESCRIPTION_HEADS:
                return reported  # "Police said the men stole goods": not the sayer's act
        if view.words[i] == ")":
            opening = _matching_open(view, i, floor)
            if opening is not None:
                i = opening - 1
                continue
        if _is_aside_dash(view, i):
            opening = _dash_aside_start(view, i, floor)
            if opening is not None:  # "the committee - essentially Taiwan's cabinet - said"
                i = opening - 1
                continue
        if view.words[i] == ",":
            opening = appositive_start(view, i, floor)
            if opening is not None:
                principal = _spoken_for(view, opening, floor)
                if principal is not None:
                    return principal
                holder = _post_holder_apposed(view, opening, i, floor)
                if holder is not None:  # "The Minister for Lands, Yaw Darko, apologised"
                    return holder
                i = opening - 1
                continue
        entry = view.mention_at.get(i)
        if entry is not None:
            m_start, _, mention = entry
            principal = _spoken_for(view, m_start - 1, floor) if mention.kind == "person" else None
            if principal is not None and i + 1 < len(view.words) and view.words[i + 1] == ",":
                return principal
            preposition = in_prepositional_phrase(view, m_start, floor)
            governed = (
                preposition is not None
                and not (preposition == "with" and _gerund_after(view, i, head))
                and not (mention.kind == "person" and _title_of_before(view, m_start, floor))
            ) or (  # "Acting Commissioner of Police Ann Lee apologised": Lee, the titled person
                m_start > floor and view.lemmas[m_start - 1] in _TELL_VERBS
            )  # "the premier told Parliament there will be a moratorium": told, not acting
            if (
                preposition in {None, "of"}
                and mention.kind == "organization"
                and view.lemmas[head] in PERSONAL_ACTS
            ):
                officer = _officer_of(view, m_start, floor, mention) or _officer_after(
                    view, entry[1], mention
                )
                if officer is not None:  # "the chief executive of Zeta apologised"
                    return officer
            if not governed and mention.kind in {"organization", "person"}:
                return _first_conjunct(view, m_start, floor) or Role(mention=mention, index=m_start)
            if preposition == "of" and mention.kind == "organization" and _acts_for(view, m_start):
                return Role(mention=mention, index=m_start)  # "operatives of the command"
            if (
                not governed
                and mention.kind == "place"
                and _adjacent_subject(view, i, head)
                and not _names_a_unit(view, m_start)
            ):
                return Role(mention=mention, index=m_start)  # "Kenya and Ethiopia signed"
            i = m_start - 1
            continue
        low = view.lowers[i]
        if low in SUBJECT_PRONOUNS and (low not in POSSESSIVES or i == floor):
            resolved = _reported_speaker(view, i, floor) or resolve_pronoun(view, i)
            if resolved is not None:
                return resolved
            i -= 1
            continue
        if (
            low in _FOR_A_BODY | _GOVERNING_MEMBERS
            and i - 1 >= floor
            and view.lowers[i - 1] in {"its", "their"}
        ):
            owner = _reported_speaker(view, i - 1, floor)
            if owner is not None and owner.mention is not None:
                return owner  # "the Foundation said its trustees had suspended": the foundation
        if low in DESCRIPTION_HEADS or low in ORG_NOUNS or low in POLICE_WORDS:
            role = describe_actor(view, i, floor)
            if role is not None:
                preposition = in_prepositional_phrase(view, role.index, floor)
                if preposition is None or (preposition == "with" and _gerund_after(view, i, head)):
                    if role.mention is None:  # "the Zeta Association and 23 skippers sued"
                        return _first_conjunct(view, role.index, floor) or role
                    return role
        i -= 1
    return _opening_phrase(view, floor, start)


_PEOPLE = words(
    "men women boys girls suspects teenagers teens youths people thieves robbers burglars "
    "hackers attackers gunmen intruders"
)
"""Plural nouns of unnamed people who act ("the men stole goods", "two gunmen robbed")."""
_SAID = words("said says alleged alleges claimed claims")
"""Finite speech verbs that a reported clause follows without "that"."""
_TELL_VERBS = words("tell inform brief assure remind notify")
"""Verbs whose object is whom a statement is made to, never the subject of what it says."""


def _title_of_before(view: ArticleView, start: int, floor: int) -> bool:
    """Whether "<Title> of <Capitalised words>" comes right before the name at ``start``.

    The words may be joined by "and": "Inspector-General of Intelligence and Security Ann Lee".
    """
    k = start - 1
    while (
        k > floor
        and (
            view.words[k][:1].isupper()
            or (
                view.lowers[k] in {"and", "&"} and k + 1 < start and view.words[k - 1][:1].isupper()
            )
        )
        and k not in view.mention_at
    ):
        k -= 1
    return (
        k - 1 >= floor and k < start - 1 and view.lowers[k] == "of" and view.words[k - 1] in TITLES
    )


def _indefinite_article(view: ArticleView, i: int, floor: int) -> int | None:
    """The "a"/"an" opening the noun phrase whose head is at ``i``, past a few modifiers.

    "A Houston-area nurse", "a former employee": the story's protagonist, whom the article
    names in the sentences after.
    """
    for k in range(i - 1, max(floor - 1, i - 5), -1):
        if view.lowers[k] in {"a", "an"}:
            return k
        if not (view.words[k].isalpha() or view.words[k] == "-"):
            return None
    return None


_PLACED_ACTORS = words("police prosecutors authorities officials investigators mayors")
"""Actors a place after them identifies: "prosecutors in Harris County", "police in Lagos"."""
_CORPORATE_OFFICES = words(
    "executive financial operating information technology compliance legal marketing "
    "commercial privacy security data medical press communications investment risk"
)
"""Words before "officer" in a company's titles ("chief financial officer")."""
_SPOKES_WORDS = words("spokesman spokeswoman spokesperson spokespeople")


def _spoken_for(view: ArticleView, comma: int, floor: int) -> Role | None:
    """Whom a spokesperson named after ``comma`` speaks for, when the text says so.

    "Holub's spokesman, Petr Kadlec, said" and "A spokesman for Zeta, Petr Kadlec, said":
    what a spokesperson says is the principal's statement.
    """
    if comma - 1 < floor or view.words[comma] != ",":
        return None
    before = comma - 1
    if view.lowers[before] in _SPOKES_WORDS:
        if before - 2 >= floor and view.lowers[before - 1] in {"'s", "’s"}:
            entry = view.mention_at.get(before - 2)
            if entry is not None and entry[2].kind in {"organization", "person"}:
                return Role(mention=entry[2], index=entry[0])
        return None
    entry = view.mention_at.get(before)
    if entry is None or entry[2].kind not in {"organization", "person"}:
        return None
    k = entry[0] - 1
    if k >= floor and view.lowers[k] == "the":
        k -= 1
    if k - 1 >= floor and view.lowers[k] == "for" and view.lowers[k - 1] in _SPOKES_WORDS:
        return Role(mention=entry[2], index=entry[0])
    return None


def _post_holder_apposed(view: ArticleView, opening: int, close: int, floor: int) -> Role | None:
    """The person named between commas after the post they hold, who is the subject.

    "The Minister for Lands and Natural Resources, Yaw Darko-Mensah, apologised": the
    name before the first comma ends a post, not an actor, and the apposition names its
    holder. Only when the clause opens with the post ("the minister for", "Zeta's chief
    executive"), so "Zeta Bank, Ann Lee's employer," keeps its bank.
    """
    entry = view.mention_at.get(opening + 1)
    if entry is None or entry[2].kind != "person" or entry[:2] != (opening + 1, close):
        return None
    first = floor + (view.lowers[floor] in DETERMINERS)
    post = view.lowers[first:opening]
    head = next((k for k, w in enumerate(post) if w in {"for", "of", "at"}), len(post))
    if not post[:head] or post[head - 1] not in _POST_WORDS:
        return None
    return Role(mention=entry[2], index=opening + 1)


def _first_conjunct(view: ArticleView, start: int, floor: int) -> Role | None:
    """The first of coordinated subjects: "the Zeta Union and the Omni Association demanded".

    A joint act has several agents; news lists the leading one first, and one agent is
    what an event keeps.
    """
    found = None
    k = start - 1
    while k > floor:
        if view.lowers[k] == "the":
            k -= 1
        if k <= floor or view.lowers[k] not in {"and", ","}:
            break
        before = k - 1
        if view.words[before] == ")":  # "the Zeta Association (ZA) and 23 skippers"
            opening = _matching_open(view, before, floor)
            before = opening - 1 if opening is not None else before
        entry = view.mention_at.get(before)
        if entry is None or entry[2].kind not in {"organization", "person"}:
            break
        if in_prepositional_phrase(view, entry[0], floor) is not None:
            break
        found = Role(mention=entry[2], index=entry[0])
        k = entry[0] - 1
    return found


OFFICER_HEADS = words(
    "executive ceo head boss president chairman chairwoman chair chairperson founder director "
    "spokesperson spokesman spokeswoman minister owner leader manager editor editor-in-chief "
    "commissioner secretary governor mayor principal provost dean"
)
"""Heads of "the chief executive of Zeta": the person who holds the post, not the firm."""
_POST_WORDS = PERSON_NOUNS | OFFICER_HEADS | {"chief", "officer"}
"""Last words of a post before its holder's name ("The Minister for Lands, Yaw Mensah,")."""


_ACTING_MEMBERS = words(
    "operatives officers agents detectives officials investigators personnel members "
    "staff inspectors troopers deputies bench panel chamber division board directors "
    "management leadership executives"
)
"""People (or a court's bench or panel) who act for the body named after them: "operatives of
the State Police Command have arrested" is the command's arrest, "the Nagpur bench of the
High Court quashed" the court's ruling."""
_FOR_A_BODY = _MEMBER_NOUNS | _ACTING_MEMBERS
"""Nouns of people whose "of"/"from" phrase names the body they act for."""
_GOVERNING_MEMBERS = words("trustees supervisors governors")
"""A body's governing members: "its trustees suspended the contract" is the body's act."""
_SENT_BY_A_BODY = _ACTING_MEMBERS | POLICE_WORDS
"""A "by" phrase's heads whose "from"/"of" phrase names the acting body ("by detectives from")."""


def _acts_for(view: ArticleView, org_start: int) -> bool:
    """Whether "<members> of" (with an optional "the") comes right before an organisation."""
    j = org_start - 1
    if j >= 0 and view.lowers[j] == "the":
        j -= 1
    return j >= 1 and view.lowers[j] == "of" and view.lowers[j - 1] in _ACTING_MEMBERS


def _officer_of(
    view: ArticleView, org_start: int, floor: int, organisation: Mention
) -> Role | None:
    """The person the article names as holding the post "the <head> of <organisation>".

    "The chief executive of digital lender Zeta on Monday apologised" is the apology of
    the person who leads Zeta, whom the article names elsewhere ("Ann Lee, Zeta's chief
    executive", "Zeta chief executive Ann Lee"). None when the article names no one, or
    several people, with that post beside that organisation.
    """
    j = org_start - 1
    while j > floor and j > org_start - 6 and _describes_firm(view, j):
        if view.lowers[j] == "of":
            break
        j -= 1
    if view.lowers[j] != "of" or j - 1 < floor or view.lowers[j - 1] not in OFFICER_HEADS:
        return None
    holder = post_holder(view, view.lowers[j - 1], organisation)
    return holder or quoted_speaker_after(view, org_start)


def _describes_firm(view: ArticleView, i: int) -> bool:
    """Whether token ``i`` is a word of a firm's description ("Galway app company").

    Lower-case words, names, demonyms and hyphens: "Slovenian heat pump maker", "Oslo-based".
    """
    word = view.words[i]
    return word == "-" or (
        word.isalpha() and (word.islower() or i in view.mention_at or is_demonym(word))
    )


def quoted_speaker_after(view: ArticleView, index: int) -> Role | None:
    """The person quoted in the sentence after the one at ``index``, if a person speaks there.

    "The chief executive of Zeta apologised on Wednesday ... / 'We let our customers down,'
    Mr Ann Lee told reporters": a lead gives the post, the next sentence the name.
    """
    end = _sentence_end(view, index)
    for _ in range(_QUOTE_SENTENCES):  # a quote of two sentences names its speaker in the second
        start, end = end, _sentence_end(view, end)
        if start >= end or not any(view.quoted[i] for i in range(start, end)):
            return None
        sayer = sayer_role(view, start, end)
        if sayer is not None and sayer.mention is not None:
            return sayer if sayer.mention.kind == "person" else None
    return None


def _sentence_end(view: ArticleView, index: int) -> int:
    """The token after the last of the sentence holding token ``index``."""
    end = index
    while end < len(view.sent_start) and view.sent_start[end] == view.sent_start[index]:
        end += 1
    return end


_QUOTE_SENTENCES = 2


def name_end(view: ArticleView, end: int) -> int:
    """Where the name ending at token ``end`` really ends: one unrecognised capitalised word on.

    "Zeta Health boss" where only "Zeta" was recognised: the post comes after "Health".
    """
    if end + 1 < len(view.lowers) and view.words[end][:1].isupper() and end not in view.mention_at:
        return end + 1
    return end


def _officer_after(view: ArticleView, org_end: int, organisation: Mention) -> Role | None:
    """The holder of the post named right after an organisation ("Zeta boss apologises")."""
    org_end = name_end(view, org_end)
    if org_end >= len(view.lowers) or view.lowers[org_end] not in OFFICER_HEADS | {"chief"}:
        return None
    following = view.mention_at.get(org_end + 1)
    if following is not None and following[2].kind == "person":
        return None  # "Zeta chief Ann Lee": the name follows, the clause rules take it
    return post_holder(view, view.lowers[org_end], organisation)


PERSONAL_ACTS = words(
    "apologise apologize apology admit acknowledge concede confess regret write pen say tell "
    "demand deny resign"
)
"""Acts a post holder does in person: "the chief executive of Zeta apologised" is the chief
executive's apology, while "the chief executive of Zeta pulled the plug on" is Zeta's decision."""

TOP_POSTS = words("executive ceo boss head president chairman chairwoman chair founder chief")
"""Posts a headline's "boss" or "chief" may stand for."""


def post_holder(view: ArticleView, post: str, organisation: Mention) -> Role | None:
    """The one person the article names with ``post`` beside ``organisation``, if one."""
    posts = TOP_POSTS if post in TOP_POSTS else {post}
    names = {organisation.canonical or organisation.text}
    found: dict[str, Role] = {}
    for start, end, mention in view.mention_spans:
        if mention.kind != "person":
            continue
        low, high = max(view.sent_start[start], start - 6), min(len(view.lowers), end + 10)
        window = range(low, high)
        if not any(view.lowers[k] in posts for k in window):
            continue
        named_here = {
            entry[2].canonical or entry[2].text
            for k in window
            if (entry := view.mention_at.get(k)) is not None
        }
        if names & named_here:
            found.setdefault(mention.canonical or mention.text, Role(mention=mention, index=start))
    return only_one(found)


def only_one(found: dict[str, T]) -> T | None:
    """The one value of ``found`` (keyed by name), or None when it has none or several.

    The description rules link an agent only when the article names exactly one candidate:
    two possible bodies or people are a guess, and a wrong agent is worse than none.

    >>> only_one({"Zeta": 1}), only_one({}), only_one({"Zeta": 1, "Omni": 2})
    (1, None, None)
    """
    return next(iter(found.values())) if len(found) == 1 else None


_FRONTED_SUBORDINATORS = words("after before when while since because although though once until")
"""Words that open a clause set before the main one: its subject is not the sentence's."""


def _after_fronted_subordinator(view: ArticleView, floor: int) -> bool:
    """Whether a clause starts right after a subordinator that opens its sentence.

    "Ten days after hackers struck, ...": the clause the rules see starts at "hackers", but
    it is the subordinate one; only words of time may stand before "after".
    """
    if floor == 0 or view.lowers[floor - 1] not in _FRONTED_SUBORDINATORS:
        return False
    first = _sentence_start(view, floor - 1)
    before = range(first, floor - 1)
    return len(before) <= 3 and not any(i in view.mention_at for i in before)


_OFFICE_WORDS = words(
    "chairman chairwoman chair chief executive officer president founder managing director "
    "deputy vice head general manager and ceo"
)
"""Lower-case words of a firm's officer's title ("chairman and chief executive")."""


def _opening_subject(view: ArticleView, floor: int, end: int) -> Role | None:
    """The entity or pronoun that opens the clause at ``floor`` (before token ``end``)."""
    k = floor
    while k < end and (
        not view.words[k][:1].isalnum()
        or view.lowers[k] in DETERMINERS
        or view.lowers[k] in _TIME_WORDS
        or view.lowers[k] in {"week", "month", "year", "morning", "evening", "night"}
        or (k not in view.mention_at and view.words[k].istitle() and k + 1 in view.mention_at)
    ):  # "the", "Judge Ann Lee": a title before the name
        if view.lowers[k] in POSSESSIVES:
            return None
        k += 1
    if k >= end:
        return None
    if view.lowers[k] in _FRONTED_SUBORDINATORS or _after_fronted_subordinator(view, floor):
        # "Ten days after hackers struck, the firm's chief executive apologised"
        comma = next((c for c in range(k + 1, end) if view.words[c] == ","), None)
        return _opening_subject(view, comma + 1, end) if comma is not None else None
    entry = view.mention_at.get(k)
    if entry is not None and entry[2].kind == "organization":
        nxt = entry[1]  # "Zeta Chief Executive Ann Lee", "County Court Judge Al Roe": the person
        while nxt < min(end, entry[1] + 6) and (
            view.words[nxt].istitle() or view.lowers[nxt] in _OFFICE_WORDS
        ):  # "Zeta chairman and chief executive Ann Lee"
            person = view.mention_at.get(nxt)
            if person is not None and person[2].kind == "person":
                return Role(mention=person[2], index=person[0])
            nxt += 1
    if entry is not None:
        actor = entry[2].kind in {"organization", "person"}
        return Role(mention=entry[2], index=entry[0]) if actor else None
    if view.lowers[k] in SUBJECT_PRONOUNS and view.lowers[k] not in POSSESSIVES:
        return _reported_speaker(view, k, floor) or resolve_pronoun(view, k)
    if view.lowers[k] in DESCRIPTION_HEADS or view.lowers[k] in POLICE_WORDS:
        return describe_actor(view, k, floor)  # "Prosecutors from the office had asked ..."
    return None


def opening_actor(view: ArticleView, sentence_start: int, start: int) -> Role | None:
    """The actor noun that heads a sentence's long opening subject.

    "More than 200 residents of the town filed", "The families of 14 people who died
    after ... filed": the first actor noun of the sentence (after a dateline), when no
    verb comes before it.
    """
    first = _dateline_end(view, sentence_start, start)
    for i in range(first, min(start, first + 6)):
        low = view.lowers[i]
        if low in DESCRIPTION_HEADS and i not in view.mention_at:
            return describe_actor(view, i, first)
        if (
            low in ORG_NOUNS
            and i not in view.mention_at
            and view.lowers[i + 1 : i + 2] not in (["'s"], ["’s"])
            and not any(view.lowers[k] in PREPOSITIONS for k in range(first, i))
        ):  # "The Oslo fintech whose app was used ...", not "At an assembly in the union's"
            return describe_actor(view, i, first)
        if view.lemmas[i] in words("be have say") or low.endswith("ed"):
            return None
    return None


def _dateline_end(view: ArticleView, sentence_start: int, limit: int) -> int:
    """The first token after a dash in a sentence's first ten tokens (a dateline's).

    >>> view = build_view("JOHNSTOWN - With 200 residents there, trustees voted.", ())
    >>> view.words[_dateline_end(view, 0, 9)]
    'With'
    >>> _dateline_end(build_view("Oslo-based Acme said on Monday it would leave.", ()), 0, 9)
    0
    """
    for k in range(sentence_start, min(limit, sentence_start + 10)):
        if _is_aside_dash(view, k):  # not the hyphen of "Oslo-based"
            return k + 1
    return sentence_start


def relative_antecedent(view: ArticleView, relative: int, floor: int) -> Role | None:
    """The actor a relative pronoun at ``relative`` stands for.

    "agencies in Canada that had deals ... dropped them" -> "police agencies", when it is an
    entity or an actor noun; a place in a prepositional phrase before it is stepped over.
    """
    i = relative - 1
    if i >= floor and view.lowers[i] == ",":
        i -= 1
    entry = view.mention_at.get(i)
    if entry is not None and entry[2].kind == "place":
        if in_prepositional_phrase(view, entry[0], floor) is None:
            return None
        i = entry[0] - 2
        while i >= floor and view.lowers[i] in DETERMINERS:
            i -= 1
        entry = view.mention_at.get(i)
    if entry is not None:
        if entry[2].kind in {"organization", "person"}:
            return Role(mention=entry[2], index=entry[0])
        return None
    if i >= floor and (
        view.lowers[i] in DESCRIPTION_HEADS
        or view.lowers[i] in POLICE_WORDS
        or view.lowers[i] in PERSON_NOUNS
    ):
        return describe_actor(view, i, floor)  # "A nurse whose charge was dropped filed"
    return None


_COUNT_WORDS = words("two three four five six seven eight nine ten dozens hundreds several")


def _is_count(word: str) -> bool:
    """Whether a word counts the people of a phrase ("11 households", "three families")."""
    return word.isdigit() or word in _COUNT_WORDS


def _opening_phrase(view: ArticleView, floor: int, start: int) -> Role | None:
    """A short noun phrase that opens the clause and runs up to its verb.

    It describes an unnamed actor ("the office of the state attorney general"), without
    the time expression that may follow it.

    >>> view = build_view("A county judge on Monday dismissed the case.", ())
    >>> _opening_phrase(view, 0, 5).text
    'A county judge'
    """
    first = floor
    comma = next((j for j in range(start - 1, floor, -1) if view.words[j] == ","), None)
    if comma is not None and _is_count(view.lowers[min(comma + 1, start)]):
        first = comma + 1  # "Meanwhile in Japan, 11 households filed"
    while first < start and (is_punct(view.words[first]) or view.words[first].isspace()):
        first += 1
    if first >= start or not (
        view.lowers[first] in {"the", "a", "an"} or _is_count(view.lowers[first])
    ):
        return None  # "the office of the attorney general", "11 households", "Three families"
    end = first
    while (
        end < start
        and view.lemmas[end] not in words("be have will would can do")
        and view.lowers[end] not in ADVERBS  # "The minister also announced"
        and (
            view.words[end].isalpha()
            or view.lowers[end] in {"'s", "’s", "-"}
            or (end == first and _is_count(view.lowers[end]))
        )
    ):
        end += 1
    for k in range(first + 1, end):  # "a federal judge on Monday dismissed": the time ends it
        if view.lowers[k] in _TIME_WORDS or (
            view.lowers[k] in {"on", "in"} and k + 1 < end and view.lowers[k + 1] in _TIME_WORDS
        ):
            end = k
            break
    phrase = [view.words[k] for k in range(first, end)]
    timed = end < start and _is_time_tail(view, end, start)
    if not 2 <= len(phrase) <= 8 or (end < start - 2 and not timed) or {"and", "or"} & set(phrase):
        return None
    lowered = {word.lower() for word in phrase}
    if not (lowered & (AUTHORITY_WORDS | DESCRIPTION_HEADS | PERSON_NOUNS | _PEOPLE)):
        return None  # "The recall was announced" names no actor
    return Role(text=text_between(view, first, end), index=first)


def _is_time_tail(view: ArticleView, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are only a time expression ("on Monday", "last week")."""
    return all(
        view.lowers[k] in _TIME_WORDS
        or view.lowers[k] in {"on", "in", "week", "month", "year", "morning", "evening", ","}
        or like_num(view.words[k])
        for k in range(start, end)
    )


def _reported_speaker(view: ArticleView, pronoun: int, floor: int) -> Role | None:
    """The speaker a pronoun right after a reporting verb refers back to.

    "Zeta said it will", "police said they arrested": the pronoun is the subject of "said".
    """
    i = pronoun - 1
    if i >= 0 and view.lowers[i] == "that":
        i -= 1
    i = _before_report_adjuncts(view, i)
    if i >= 2 and view.lowers[i - 1] in DETERMINERS and view.lemmas[i - 2] in SAY_VERBS:
        i -= 2  # "telling the court it would": the teller, not the court
    if i < 0 or view.lemmas[i] not in SAY_VERBS or view.quoted[i]:
        return None
    outer = clause_floor(view, i, _sentence_start(view, i))
    role = find_subject(view, i, outer, head=i)
    if (
        role is not None
        and role.mention is not None
        and role.mention.kind == "person"
        and view.lowers[pronoun] in {"it", "its", "they", "their"}
    ):
        return None  # "Rosli said that it would pull out": "it" is no person
    return role


_REPORT_CHANNELS = words(
    "statement statements filing filings release email e-mail interview letter note post "
    "briefing conference call hearing meeting notice exchange regulators investors reporters "
    "shareholders court parliament video"
)
"""Nouns of the phrase that says how something was said ("said in a filing on Monday")."""
_ADJUNCT_WORDS = words("on in at to a an the its their his her written joint late early")


def _before_report_adjuncts(view: ArticleView, i: int) -> int:
    """Token ``i`` or, before it, the last word before a reporting verb's adjuncts.

    Between "said" and what was said news puts when and how: "said today it", "said on
    Monday it", "said in a filing to the exchange that it": those words are stepped over
    (at most eight), so the pronoun after them still goes back to the sayer.

    >>> view = build_view("Zeta said in a filing on Monday it would leave.", ())
    >>> view.words[_before_report_adjuncts(view, 6)]
    'said'
    """
    j = i
    while j >= 0 and i - j < 12:
        low = view.lowers[j]
        if view.lemmas[j] in SAY_VERBS:
            return j
        if view.words[j] == ")" and (opening := _matching_open(view, j, max(0, j - 6))):
            j = opening - 1  # "told the State Agency (SARA) on Thursday that it"
            continue
        entry = view.mention_at.get(j)
        if entry is not None and (entry[2].kind == "place" or _told(view, entry[0])):
            j = entry[0] - 1  # "told the Milimani Court in Nairobi on Wednesday that it"
            continue
        if not (
            low in ADVERBS
            or low in _TIME_WORDS
            or low in _ADJUNCT_WORDS
            or low in _REPORT_CHANNELS
            or low.isdigit()
            or low in {"morning", "afternoon", "evening", "night", "week"}
        ):
            break
        j -= 1
    return _skip_adverbs(view, i)


def _told(view: ArticleView, start: int) -> bool:
    """Whether the name at token ``start`` is whom something was told ("told the court")."""
    k = start - 1
    if k >= 0 and view.lowers[k] in DETERMINERS:
        k -= 1
    return k >= 0 and view.lemmas[k] == "tell"


def _skip_adverbs(view: ArticleView, i: int) -> int:
    while i >= 0 and view.lowers[i] in ADVERBS:
        i -= 1
    return i


def text_between(view: ArticleView, start: int, end: int) -> str:
    """The text of tokens ``start`` to ``end`` as written, whitespace runs made one space.

    Words are not re-joined with spaces: "its best-selling model" stays so, not
    "its best - selling model".

    >>> view = build_view("Zeta cut its best-selling model.", ())
    >>> text_between(view, 2, 7)
    'its best-selling model'
    """
    if end <= start:
        return ""
    last = end - 1
    raw = view.text[view.idx[start] : view.idx[last] + len(view.words[last])]
    return " ".join(raw.split())


def _sentence_start(view: ArticleView, i: int) -> int:
    return view.sent_start[i]


def _names_a_unit(view: ArticleView, start: int) -> bool:
    """Whether a place right after an organisation names its unit there, not a subject.

    "Detectives from the Zeta Bureau (ZB) Holt Region on Friday arrested ...": the
    bureau's regional office, whose detectives act.
    """
    k = start - 1
    if k >= 0 and view.words[k] == ")":
        k -= 1
    entry = view.mention_at.get(k)
    return entry is not None and entry[2].kind == "organization"


def _adjacent_subject(view: ArticleView, end: int, head: int) -> bool:
    """Whether only auxiliaries, adverbs and a time stand between token ``end`` and ``head``.

    "Kenya and Ethiopia signed", "Queensland on Tuesday froze approvals".
    """
    return all(
        view.lemmas[j] in ADVERBS | words("be have will would do")
        or view.lowers[j] in _TIME_WORDS | _TIME_FILLERS
        or view.words[j].isdigit()
        for j in range(end + 1, head)
    )


_TIME_FILLERS = words("on in week month year night morning evening afternoon weekend")
"""Words of a short time expression between a subject and its verb ("on Tuesday")."""


def _gerund_after(view: ArticleView, end: int, head: int) -> bool:
    """Whether the phrase ending at ``end`` is the subject of a gerund at ``head``.

    "with the union saying ..." is the one "with" phrase that holds a subject.
    """
    return view.lowers[head].endswith("ing") and all(
        view.lemmas[j] in ADVERBS | words("be have will would do not") or is_punct(view.words[j])
        for j in range(end + 1, head)
    )


_REMIT_HEADS = frozenset(
    {"authorities", "authority", "agency", "officials", "regulator", "regulators", "watchdog"}
)


def _remit_word(view: ArticleView, i: int) -> bool:
    """Whether the word at ``i`` can be a noun naming a body's remit ("fisheries", "tax")."""
    low = view.lowers[i]
    return (
        view.words[i].isalpha()
        and view.words[i].islower()
        and low not in DETERMINERS | PREPOSITIONS | STOP_NP | SAY_VERBS
        and low not in MODALS
        and not low.endswith(("ed", "ing", "ly"))
        and not is_past_form(view, i)
    )


def describe_actor(view: ArticleView, i: int, floor: int) -> Role | None:
    """An actor noun at token ``i`` ("police", "the company") as a role.

    "the company" and its kin refer back to an organisation named before; other actor
    nouns stay descriptions with their modifiers ("Carlow police", "major carriers"). A
    plural possessor is none: "the miners' cooperative" acts, not the miners.
    """
    if view.words[i + 1 : i + 2] in (["'"], ["’"]):
        return None
    if (
        view.lowers[i] in {"officer", "officers"}
        and i > floor
        and view.lowers[i - 1] in _CORPORATE_OFFICES
    ):
        return None  # "the company's chief financial officer" is no police officer
    if view.lowers[i] in POLICE_WORDS and view.lowers[i + 1 : i + 2] == ["chief"]:
        first = i - 1 if i - 1 >= floor and view.lowers[i - 1] == "the" else i
        return Role(text=text_between(view, first, i + 2), index=first)  # a post, not a force
    start = i
    while start - 1 >= floor and (
        _is_modifier(view, start - 1)
        or view.lowers[start - 1] in words("major all several two three local federal state")
        or (
            view.words[start - 1].isalpha()
            and view.words[start - 1].islower()
            and view.lowers[start - 1].endswith(_ADJECTIVE_ENDINGS)
            and view.lowers[start - 1] not in DETERMINERS | PREPOSITIONS | STOP_NP
            and view.lemmas[start - 1] == view.lowers[start - 1]
            and start - 1 > i - 3
        )
    ):
        start -= 1
    while (
        view.lowers[i] in _REMIT_HEADS
        and start - 1 >= floor
        and start > i - 2
        and _remit_word(view, start - 1)
    ):
        start -= 1  # "Chile's fisheries authorities": the remit says which body
    determiner = start - 1 >= floor and view.lowers[start - 1] == "the"
    low = view.lowers[i]
    if low in ORG_NOUNS and not determiner:
        for j in range(i - 1, max(floor - 1, i - 7), -1):
            possessor = view.mention_at.get(j - 1) if view.lowers[j] in {"'s", "’s"} else None
            if possessor is not None and possessor[2].kind == "organization":
                start = j + 1  # "the Provincial Board's committee": the board owns it
                break
            if view.lowers[j] == "the":
                determiner, start = True, j + 1
                break
            if view.lowers[j] in PREPOSITIONS or view.lemmas[j] in words("be have say"):
                break
    before = start - 1
    if before >= floor and view.lowers[before] in {"'s", "’s"}:
        before -= 1
    owner = view.mention_at.get(before) if before >= floor else None
    if owner is not None and owner[2].kind == "organization" and low not in HOLDER_NOUNS:
        if low in _OVERSIGHT_NOUNS and not is_authority(Role(mention=owner[2])):
            # "Zeta's lead regulator, the Data Authority (DA), opened": who oversees Zeta
            return _apposed_organisation(view, i) or Role(
                text=text_between(view, start, i + 1), index=start
            )
        # "ACG agents", "Zeta staff": the body they act for
        return Role(mention=owner[2], index=owner[0])
    if (
        low in _FOR_A_BODY
        and i + 2 < len(view.doc)
        and view.lowers[i + 1] in {"of", "from", "with", "at"}
    ):  # "members of the union", "detectives from the commission"
        k = i + 2 + (view.lowers[i + 2] in DETERMINERS)
        entry = view.mention_at.get(k)
        if entry is not None and entry[2].kind == "organization":
            return Role(mention=entry[2], index=start)
    if owner is not None and (
        low in POLICE_WORDS or low in words("authorities officials prosecutors")
    ):
        start = owner[0]  # "Carlow police", "U.S. authorities": the place says whose
    if low in ORG_NOUNS and low not in POLICE_WORDS and determiner and low != "government":
        remit = (
            view.lowers[i - 1]
            if low in _REMIT_BODIES and i - 1 >= start and _remit_word(view, i - 1)
            else None
        )  # "the finance ministry" is no ministry named for works and transport
        antecedent = _organisation_based_in(view, start, i, noun=low) or resolve_organisation(
            view, start - 1, noun=low, remit=remit
        )
        if antecedent is not None:
            return Role(mention=antecedent, index=start - 1)
        if low not in _DESCRIBED_BODIES and remit is None:
            return None  # "the city council", "the finance ministry" stay descriptions
    if low in PERSON_NOUNS:
        article = _indefinite_article(view, i, floor)
        if article is None:
            return None
        return Role(text=text_between(view, article, i + 1), index=article)  # "A local nurse"
    end = i + 1
    if low in _COLLECTIVES and view.lowers[i + 1 : i + 2] == ["of"]:
        end = i + 2  # "A group of 1,342 South Korean players": who the group is
        while (
            end < min(i + 8, len(view.doc))
            and (view.words[end].isalnum() or view.words[end].replace(",", "").isdigit())
            and not is_past_form(view, end)
            and view.lowers[end] not in _AUXILIARIES | MODALS
        ):
            end += 1
    if low in _PLACED_ACTORS and view.lowers[i + 1 : i + 2] in (["in"], ["from"]):
        entry = view.mention_at.get(i + 2)
        if entry is not None and entry[2].kind == "place":
            end = entry[1]  # "Prosecutors in Harris County": where says whose
    return Role(text=text_between(view, max(start, i - 5), end), index=start)


_OVERSIGHT_NOUNS = words("regulator regulators watchdog supervisor auditor auditors")
"""Bodies a company's possessive names by what they oversee: "Zeta's regulator" is not Zeta."""


def _apposed_organisation(view: ArticleView, i: int) -> Role | None:
    """The organisation an apposition after the noun phrase at ``i`` names.

    "Zeta's lead regulator in the EU, the Data Authority (DA), ...": the name after the
    phrase's comma, past a determiner and an adjective or two.
    """
    k = i + 1
    while k < min(len(view.words), i + 12) and view.words[k] != ",":
        if view.words[k] in {".", ";", ":", "\n\n"}:
            return None
        k += 1
    for j in range(k + 1, min(k + 5, len(view.words))):
        entry = view.mention_at.get(j)
        if entry is not None and entry[2].kind == "organization":
            return Role(mention=entry[2], index=entry[0])
        if view.words[j] in {",", "."}:
            break
    return None


def resolve_pronoun(
    view: ArticleView, i: int, *, exclude: frozenset[str] = frozenset()
) -> Role | None:
    """The entity a pronoun (or possessive) at token ``i`` refers to.

    "he"/"she"/"his"/"her" go back to the nearest person, "it"/"its"/"they"/"their"/"we"
    to the nearest organisation that was not inside a prepositional phrase. Names in
    ``exclude`` are skipped: in "he filed a suit on her behalf" "her" is not the filer.
    """
    low = view.lowers[i]
    kind = "person" if low in {"he", "she", "his", "her"} else "organization"
    gender = {"he": "male", "his": "male", "she": "female", "her": "female"}.get(low)
    if low in {"it", "they"} and _opens_sentence(view, i):
        subject = _previous_subject(view, i)
        if subject is not None:
            return subject
    sayer = _sayer_before(view, i) if low in {"it", "they", "he", "she"} else None
    if (
        sayer is not None
        and sayer.mention is not None
        and sayer.mention.kind == kind
        and (sayer.mention.canonical or sayer.mention.text) not in exclude
    ):
        return Role(mention=sayer.mention, index=i)  # "Zeta, the firm that makes X, said it"
    mention = _nearest_mention(view, i, kind=kind, gender=gender, exclude=exclude)
    return Role(mention=mention, index=i) if mention is not None else None


_SAID_THAT = words("that on in this last earlier week") | _WEEKDAYS
"""Words between a verb of saying and the pronoun it introduces ("said on Tuesday that it")."""


def _sayer_before(view: ArticleView, i: int) -> Role | None:
    """The named subject of a verb of saying just before the pronoun at ``i``.

    "Hoshimi, the company that has published Omni's game since 2023, said on Tuesday that
    it had started a review": "it" is who said so, not the name nearest to it.
    """
    j = i - 1
    while j > view.sent_start[i] and i - j <= 6 and view.lowers[j] in _SAID_THAT:
        j -= 1
    if j <= view.sent_start[i] or view.lemmas[j] not in SAY_VERBS or view.quoted[j]:
        return None
    role = find_subject(view, j, clause_floor(view, j, view.sent_start[i]), head=j)
    return role if role is not None and role.mention is not None else None


def _opens_sentence(view: ArticleView, i: int) -> bool:
    """Whether token ``i`` is the first word of its sentence (after any opening quote)."""
    first = view.sent_start[i]
    while first < i and not view.words[first][:1].isalnum():
        first += 1
    return first == i


def _previous_subject(view: ArticleView, i: int) -> Role | None:
    """The organisation that is the subject of the sentence before the one at token ``i``.

    A sentence that opens with "It" or "They" continues the previous sentence's subject
    ("The authority on Friday barred Zeta from ... It imposed a moratorium"), not the
    organisation named last in it.

    >>> from kg.records import Mention
    >>> text = "The Data Authority on Friday barred Zeta from selling. It also fined it."
    >>> authority = Mention("organization", "Data Authority", 4, 18, text)
    >>> zeta = Mention("organization", "Zeta", 36, 40, text)
    >>> view = build_view(text, (authority, zeta))
    >>> _previous_subject(view, 10).mention.text
    'Data Authority'
    """
    start = view.sent_start[i]
    if start == 0:
        return None
    previous = view.sent_start[start - 1]
    first = previous
    while first < start and (
        not view.words[first][:1].isalnum() or view.lowers[first] in DETERMINERS
    ):
        first += 1
    if first < start and first not in view.mention_at:
        noun = next(
            (k for k in (first, first + 1) if k < start and view.lowers[k] in ORG_NOUNS), None
        )  # "The authority found ...", "The federal regulator said ..."
        if noun is None:
            return None
        role = describe_actor(view, noun, previous)
        return Role(mention=role.mention, index=i) if role and role.mention else None
    for m_start, _, mention in view.mention_spans:
        if m_start < previous:
            continue
        if m_start >= start:
            return None
        if mention.kind == "place" and in_prepositional_phrase(view, m_start, previous) is None:
            continue  # a dateline or a subject's place ("OTTAWA —", "Kenya's Zeta")
        if mention.kind != "organization" or in_prepositional_phrase(view, m_start, previous):
            return None
        if any(view.lemmas[k] in _CLAUSE_VERBS for k in range(previous, m_start)):
            return None  # named after the sentence's verb: not its subject
        return Role(mention=mention, index=i)
    return None


_CLAUSE_VERBS = words("be have say")


_FEMALE_TITLES = words("ms ms. mrs mrs. miss dame lady madam")
_MALE_TITLES = words("mr mr. sir lord")


def person_gender(view: ArticleView, start: int, mention: Mention) -> str | None:
    """A person's gender as the text shows it: a title ("Ms Lund"), else the first name.

    A pronoun ("he said") refers to someone of its gender: the nearest person is not enough.
    """
    if start > 0:
        title = view.lowers[start - 1]
        if title in _FEMALE_TITLES:
            return "female"
        if title in _MALE_TITLES:
            return "male"
    first = (mention.canonical or mention.text).split()[0]
    return (
        first_name_gender(first) if len((mention.canonical or mention.text).split()) > 1 else None
    )


_BASED_BEFORE = 16
_BASED_AFTER = 32
"""How many characters before ("Calgary-based Zeta") and after ("Zeta, a Calgary miner",
"Zeta of Calgary") an organisation's name its home town may stand."""


def _organisation_based_in(
    view: ArticleView, start: int, head: int, *, noun: str
) -> Mention | None:
    """The one organisation the article places where "the Calgary company" says it is.

    "Calgary-based Zeta Metals", "Zeta Metals, a Calgary miner": a place that
    modifies "the company" names its home, which the article told beside its name. A
    company is no court or regulator ("the Federal Court in Melbourne" is not "the
    Melbourne firm"), and a regulator no company.
    """
    authority = noun in AUTHORITY_WORDS
    places = [
        view.mention_at[k][2]
        for k in range(start, head)
        if k in view.mention_at and view.mention_at[k][2].kind == "place"
    ]
    if not places:
        return None
    place = places[0].text
    found: dict[str, Mention] = {}
    for _, _, mention in view.mention_spans:
        if mention.kind != "organization" or mention.start >= view.idx[start]:
            continue
        if is_authority(Role(mention=mention)) != authority:
            continue
        left = view.text[max(0, mention.start - _BASED_BEFORE) : mention.start]
        right = view.text[mention.end : mention.end + _BASED_AFTER]
        if place in left.rsplit(". ", 1)[-1] or place in right.split(". ", 1)[0]:
            found.setdefault(mention.canonical or mention.text, mention)
    return only_one(found)


def resolve_organisation(
    view: ArticleView, i: int, *, noun: str, remit: str | None = None
) -> Mention | None:
    """The organisation "the company" (or "the union", "the regulator", ...) at ``i`` is.

    A union noun means a union, an authority noun ("the regulator") an authority, any
    other ("the company", "the operator") an organisation that is not one. Among those
    named before, the one named most often so far wins, then the nearest: "the company"
    is the article's company, not the supplier it mentioned in the last sentence. A remit
    said before the noun ("the finance ministry") must be in the name.
    """
    labour = noun in _LABOUR_WORDS
    authority = noun in AUTHORITY_WORDS
    if noun == "board" and "Board" not in view.words[:i]:
        authority = False  # no board was named: "the board had chosen to" is a company's
    counts: dict[str, int] = {}
    found: dict[str, tuple[int, Mention]] = {}
    subjects: set[str] = set()
    described: set[str] = set()
    for m_start, m_end, mention in view.mention_spans:
        if m_start >= i or mention.kind != "organization":
            continue
        name = (mention.canonical or mention.text).casefold()
        if remit is not None and not any(w.startswith(remit[:5]) for w in name.split()):
            continue
        if _introduced_as(view, m_start, m_end, noun):
            described.add(name)
        if not labour and is_authority(Role(mention=mention)) != authority:
            continue
        if labour != bool(set(name.split()) & _LABOUR_WORDS):
            continue
        if in_prepositional_phrase(view, m_start, max(m_start - 4, 0)) in {"according", "to"}:
            continue
        if _credit_in_brackets(view, m_start, m_end):
            continue  # "(Wirewave) - Zeta will ...": the wire that tells it, not "the company"
        counts[name] = counts.get(name, 0) + 1
        found[name] = (m_start, mention)
        if _subject_position(view, m_start):
            subjects.add(name)
    if noun in _NAMED_BODY_NOUNS and not any(noun in name.split() for name in found):
        return None  # "the audit committee" is no body the article named before
    if not found:
        if remit is not None:
            return None  # no body of that remit was named: "the finance ministry" stays so
        later = _authority_named_after(view, i, noun) if authority else None
        return later or _nearest_mention(view, i, kind="organization", labour=labour)
    named = [name for name in found if _names_as(name, noun) and noun != "company"]
    if named:  # "the council" is the one called a council ("Company" is a legal form)
        found = {name: found[name] for name in named}
    elif described & found.keys():  # "Zeta, the municipal utility, ...": "the utility" is Zeta
        found = {name: found[name] for name in described & found.keys()}
    elif noun in _BUSINESS_NOUNS:
        firms = [
            name
            for name in found
            if name.split()[-1] not in _NON_FIRM_HEADS
            and not any(w.capitalize() in MEDIA_HEADS for w in name.split())
        ]
        if noun == "company":  # a law firm acting for a party is never "the company"
            firms = [name for name in firms if not set(name.split()) & _LAW_FIRM_WORDS]
        if firms:  # "the company" runs the nursing home: not "Ardán House" itself
            found = {name: found[name] for name in firms}
    best = max(found, key=lambda name: (counts[name], name in subjects, found[name][0]))
    return found[best][1]


def _authority_named_after(view: ArticleView, i: int, noun: str) -> Mention | None:
    """The authority a lead's "the competition watchdog" is when the article names it later.

    News often opens with the description and names the body in the next sentence ("The
    Holt Competition Authority (HCA) said ..."); the companies named before are
    what the watchdog looks into. The first later authority called by the noun or by a
    word of the description ("competition") is the one; none otherwise.
    """
    described = set()
    for k in range(i + 1, min(i + 6, len(view.lowers))):
        if view.lowers[k] == noun:
            break
        described.add(view.lowers[k])
    described -= DETERMINERS
    for m_start, _, mention in view.mention_spans:
        name = (mention.canonical or mention.text).casefold()
        if (
            m_start > i
            and mention.kind == "organization"
            and is_authority(Role(mention=mention))
            and (_names_as(name, noun) or described & set(name.split()))
        ):
            return mention
    return None


def _credit_in_brackets(view: ArticleView, start: int, end: int) -> bool:
    """Whether a name is a wire's credit in brackets, as datelines give it ("(Wirewave) -")."""
    return (
        start > 0
        and end + 1 < len(view.words)
        and view.words[start - 1] == "("
        and view.words[end] == ")"
        and view.words[end + 1] in {"-", "–", "—"}
    )


def _names_as(name: str, noun: str) -> bool:
    """Whether a (folded) name has the noun, or a cognate that ends it otherwise.

    "the cooperative" is the "Cooperativa Yerbatera", but "the wholesaler" is no
    "... Wholesale" and "the distributor" no "... Distribution".

    >>> _names_as("cooperativa yerbatera", "cooperative"), _names_as("ace wholesale", "wholesaler")
    (True, False)
    """
    stem = noun[:-1] if len(noun) >= 7 else noun
    return any(
        word == noun or (word.startswith(stem) and len(noun) <= len(word) <= len(noun) + 1)
        for word in name.split()
    )


def _introduced_as(view: ArticleView, start: int, end: int, noun: str) -> bool:
    """Whether the name at ``start:end`` is introduced as a ``noun``.

    "data-centre operator Zeta", "Zeta, the municipal utility that heats the town": the
    noun placed before the name, or heading the apposition after it.

    >>> view = build_view("Zeta, the municipal utility, met Acme.", ())
    >>> _introduced_as(view, 0, 1, "utility"), _introduced_as(view, 0, 1, "company")
    (True, False)
    """
    if start > 0 and view.lowers[start - 1] == noun:
        return True
    if view.words[end : end + 1] != [","] or view.lowers[end + 1 : end + 2] not in (
        ["the"],
        ["a"],
        ["an"],
    ):
        return False
    for k in range(end + 2, min(end + 7, len(view.lowers))):
        if view.lowers[k] == noun:
            return True
        if view.lowers[k] in STOP_NP or view.lowers[k] in {"that", "who", "whose"}:
            return False
    return False


_REMIT_BODIES = words("ministry department")
"""Bodies news names by their remit in lower case ("the finance ministry")."""
_LAW_FIRM_WORDS = words(
    "llp law lawyers solicitors attorneys advocates avocats abogados advogados legal chambers"
)
"""Words of a law firm's name (folded): the firm speaks for a party, it is not "the company"."""
_DESCRIBED_BODIES = words("council committee panel")
"""Bodies an unresolved "the ..." still describes ("the audit committee")."""
_NAMED_BODY_NOUNS = _DESCRIBED_BODIES | words("commission tribunal")
"""Nouns that stand only for a body whose name has them ("the committee")."""
_BUSINESS_NOUNS = words(
    "company firm business retailer lender operator group insurer fintech startup telco board "
    "chipmaker refiner brewer shipper packer exporter"
)
_NON_FIRM_HEADS = words(
    "house lodge hospital school college university court council ministry department police "
    "commission committee authority agency office parliament assembly exchange government "
    "cabinet"
)
"""Last words of names that are places of business or public bodies, not the company itself
(names are folded to lower case here)."""


def _subject_position(view: ArticleView, start: int) -> bool:
    """Whether a name at token ``start`` stands where a subject does.

    Not after a preposition or a lower-case word (a verb's object), but after a sentence
    break, a dash, a comma or a capitalised word (a dateline, a title).
    """
    i = start - 1
    while i >= 0 and view.lowers[i] in DETERMINERS:
        i -= 1
    if i < 0:
        return True
    word = view.words[i]
    return not word.isalpha() or not word.islower() or view.lowers[i] in {"and", "but"}


def _nearest_mention(
    view: ArticleView,
    i: int,
    *,
    kind: str,
    labour: bool | None = None,
    gender: str | None = None,
    exclude: frozenset[str] = frozenset(),
) -> Mention | None:
    fallback: Mention | None = None
    genders: dict[str, str | None] = {}
    for m_start, _, mention in reversed(view.mention_spans):
        if m_start >= i or mention.kind != kind or (mention.canonical or mention.text) in exclude:
            continue
        if gender is not None:
            name = mention.canonical or mention.text
            if name not in genders:
                genders[name] = person_gender(view, m_start, mention)
            if genders[name] not in (None, gender):
                continue
        if labour is not None:
            names = set((mention.canonical or mention.text).lower().split())
            if labour != bool(names & _LABOUR_WORDS):
                fallback = fallback or mention
                continue
        if in_prepositional_phrase(view, m_start, max(m_start - 4, 0)) in {"according", "to"}:
            fallback = fallback or mention
            continue
        return mention
    return fallback


def find_inverted_speaker(view: ArticleView, head: int, end: int) -> Role | None:
    """The speaker after a reporting verb ('..., said Union Vice President Ann Lee').

    A body or place before the title is the office's, not the speaker: "said Ayr County
    State Attorney Ann Lee" is Ann Lee, so capitalised title words bridge to the person.
    """
    limit = min(end, head + 12)
    for j in range(head + 1, min(end, head + 9)):
        if view.lowers[j] in {",", ".", "who", "in", "on", "that"} and j > head + 1:
            break
        entry = view.mention_at.get(j)
        if entry is not None:
            last = entry
            k = entry[1]
            while k < limit:
                bridge = k
                while bridge < limit and (
                    view.words[bridge] in TITLES or view.words[bridge] in TITLE_MODIFIERS
                ):
                    bridge += 1
                following = view.mention_at.get(bridge)
                if following is None or (bridge > k and following[2].kind != "person"):
                    break
                last = following
                k = last[1]
            persons = [e for e in view.mention_spans if head < e[0] < k and e[2].kind == "person"]
            chosen = persons[-1] if persons else last
            return Role(mention=chosen[2], index=chosen[0])
    return None


def _possessed_unit(view: ArticleView, after: int, end: int) -> Role | None:
    """The unit a body's possessive names: "the Kent Police's Professional Standards Bureau".

    The unit did what the sentence tells; outlets name it with or without its parent.
    """
    if after + 1 >= end or view.lowers[after] not in {"'s", "’s"}:
        return None
    entry = view.mention_at.get(after + 1)
    if entry is not None and entry[2].kind == "organization":
        return Role(mention=entry[2], index=entry[0])
    return None


def find_phrase(
    view: ArticleView, start: int, end: int, *, after: frozenset[str] | None = None
) -> Role | None:
    """The entity or short noun phrase after token ``start``, before ``end``.

    With ``after``, the phrase after the first of those prepositions.
    """
    i = start
    if after is not None:
        while i < end and view.lowers[i] not in after:
            i += 1
        if i >= end:
            return None
        i += 1
    j = i
    limit = min(end, i + 9)
    while j < limit and (view.lowers[j] not in STOP_NP or (j == i and view.lowers[j] == "by")):
        if view.lowers[j] in _TIME_WORDS:
            break
        entry = view.mention_at.get(j)
        if entry is not None and entry[2].kind in {"organization", "person"}:
            unit = _possessed_unit(view, entry[1], end)
            return unit or Role(mention=entry[2], index=entry[0])
        if entry is not None:
            j = entry[1]
            continue
        j += 1
    # an appositive name: "a suspect, Ann Lee,"
    if j < end - 1 and view.lowers[j] == "," and j + 1 in view.mention_at:
        entry = view.mention_at[j + 1]
        if entry[2].kind == "person":
            return Role(mention=entry[2], index=entry[0])
    kept = [k for k in range(i, j) if not view.words[k].isspace()]
    if not kept or all(view.lowers[k] in DETERMINERS for k in range(i, j)):
        return None
    if view.lowers[kept[-1]] in _SENT_BY_A_BODY and j + 1 < end:
        k = j + 1 + (view.lowers[j + 1] in DETERMINERS) if view.lowers[j] in {"from", "of"} else -1
        entry = view.mention_at.get(k)
        if entry is not None and entry[2].kind == "organization":
            return Role(mention=entry[2], index=entry[0])  # "by detectives from the commission"
    if len(kept) == 1 and view.lowers[kept[0]] in SUBJECT_PRONOUNS | words("him them her"):
        return resolve_pronoun(view, i) if view.lowers[kept[0]] != "him" else None
    return Role(text=text_between(view, kept[0], kept[:8][-1] + 1), index=i)


_PLACE_PREPOSITIONS = words("in at across throughout near outside within inside")


_LEAVE_VERBS = words("exit leave quit abandon")
"""Verbs whose direct object is the place left ("will exit Peru")."""


def find_place(
    view: ArticleView,
    start: int,
    end: int,
    sentence_start: int,
    *,
    prepositions: frozenset[str] = _PLACE_PREPOSITIONS,
) -> Role | None:
    """A place named after the trigger in its clause ("in Canada").

    Or a leading "In Canada," of the sentence.
    """
    for m_start, m_end, mention in view.mention_spans:
        if mention.kind != "place":
            continue
        if m_start == start + 1 and view.lemmas[start] in _LEAVE_VERBS:
            return Role(mention=mention, index=m_start)  # "to quit Australia"
        within = start <= m_start < end
        leading = m_start == sentence_start + 1 and m_end < start
        if not (within or leading):
            continue  # the article's other places: their phrases need not be read
        preposition = in_prepositional_phrase(view, m_start, max(m_start - 4, sentence_start))
        if (within and preposition in prepositions) or (leading and preposition == "in"):
            return Role(mention=mention, index=m_start)
    return None


_TOLD_TO_VERBS = ORDER_VERBS | words("urge tell force")
"""Verbs that take an object before "to" when active ("ordered Zeta to pay"): straight before
"to" they are a headline's passive."""


def is_told_to(view: ArticleView, head: int) -> bool:
    """Whether a verb that needs an object is straight before "to": a headline's passive.

    >>> is_told_to(build_view("Ann Lee ordered to apologise", ()), 2)
    True
    >>> is_told_to(build_view("The board ordered Ann Lee to apologise", ()), 2)
    False
    """
    return (
        view.lemmas[head] in _TOLD_TO_VERBS
        and head + 1 < len(view.lowers)
        and view.lowers[head + 1] == "to"
    )


def is_passive(view: ArticleView, head: int, floor: int, *, reduced: bool = True) -> bool:
    """Whether the verb at ``head`` is passive.

    After "be"/"get", or a bare participle followed by a preposition ("officials arrested in
    Carlow").

    >>> view = build_view("Two men were arrested. Police arrested two men.", ())
    >>> is_passive(view, 3, 0), is_passive(view, 6, 5)
    (True, False)
    """
    word = view.lowers[head]
    participle = (
        word.endswith(("ed", "en"))
        or word in PARTICIPLES
        or (word in IRREGULAR and word != view.lemmas[head] and not word.endswith("s"))
    )
    if not participle or (word == view.lemmas[head] and word in _vocabulary()):
        return False  # "are investigating" is progressive, "proceed" a base form
    if head > floor and view.lowers[head - 1] == "to":
        return False  # "to proceed", an infinitive
    i = head - 1
    while i >= floor and (
        view.lowers[i] in ADVERBS
        or view.lowers[i] in {"not", "n't", "never"}
        or (view.lowers[i].endswith("ly") and view.words[i].isalpha() and len(view.words[i]) > 4)
    ):  # "was wrongly arrested"
        if view.lowers[i] in {"been", "being"}:
            return True
        i -= 1
    if i >= floor and view.lemmas[i] in {"be", "get"} and view.lowers[i] != "'s":
        return True
    if not reduced or head + 1 >= len(view.doc):
        return False
    previous = view.lowers[head - 1] if head > floor else ""
    if previous in {"have", "has", "had"} | SUBJECT_PRONOUNS | POLICE_WORDS:
        return False
    if _agentive_by(view, head + 1):
        return True  # headline "Zeta sued by regulator": the "by" names the doer
    if previous != "," and is_told_to(view, head):
        return True
    if head - 1 in view.mention_at:
        kind = view.mention_at[head - 1][2].kind
        if kind == "organization" or (kind == "person" and _sentence_start(view, head) > 0):
            return False  # "Ann Lee admitted on Wednesday"; a headline's "Ann Lee arrested in"
    if previous == "," and appositive_start(view, head - 1, floor) is not None:
        return False  # "Zeta, which is based in Oslo, admitted on Monday": the main verb
    if previous in _TIME_WORDS or (
        previous in {"week", "month", "weekend", "year"}
        and head - 2 >= floor
        and view.lowers[head - 2] in {"this", "last"}
    ):
        return False  # "Zeta this week recalled 900 cars": a time adverb, then the verb
    if after_relative_clause(view, head, floor):
        return False  # "The firm whose app was used by fraudsters acknowledged on Monday"
    if previous in _PEOPLE_DONE_TO and view.lowers[head + 1] in _TIME_WORDS | _BE_FINITE:
        return True  # "one of three men arrested last month", "two suspects arrested were"
    return view.lowers[head + 1] in _REDUCED_PASSIVE_NEXT


def after_relative_clause(view: ArticleView, head: int, floor: int) -> bool:
    """Whether ``head`` follows a relative clause that already has its own finite verb.

    The clause search starts after "whose"/"who"/"which" (``floor``) inside the sentence's
    opening subject; when a finite verb ("was used") comes between it and the participle,
    the participle is the main verb. A relative clause later in the sentence ("with a
    driver who had arrived ..., police said") is not the subject's.
    """
    if floor < 1 or view.lowers[floor - 1] not in {"whose", "who", "which"}:
        return False
    if floor - 1 - _sentence_start(view, floor - 1) > _SUBJECT_RELATIVE_REACH:
        return False
    return any(view.lowers[k] in _FINITE_AUXILIARIES for k in range(floor, head - 1))


_BE_FINITE = words("was were is are")
_FINITE_AUXILIARIES = _BE_FINITE | words("has have had")
_SUBJECT_RELATIVE_REACH = 6
"""How far into a sentence the relative pronoun of its opening subject may stand."""
_PEOPLE_DONE_TO = words(
    "man woman men women people persons suspect suspects teen teens teenager teenagers "
    "boy boys girl girls youth youths"
)
"""People nouns a participle with a time after it describes, not a verb they do."""


def _agentive_by(view: ArticleView, at: int) -> bool:
    """Whether ``at`` is a "by" that names who did something, not a deadline ("by Friday").

    >>> view = build_view("Zeta sued by regulator. Zeta left by Friday.", ())
    >>> _agentive_by(view, 2), _agentive_by(view, 7)
    (True, False)
    """
    if at + 1 >= len(view.doc) or view.lowers[at] != "by":
        return False
    after = view.lowers[at + 1]
    deadline = after in _TIME_WORDS or after in {"then", "now", "mid", "early", "late", "end"}
    return not (deadline or after[:1].isdigit() or view.lowers[at + 1 : at + 3] == ["the", "end"])


def is_adjectival(view: ArticleView, head: int, floor: int) -> bool:
    """Whether a participle that cannot be a past tense modifies a noun ("stolen files").

    >>> view = build_view("A group posts stolen files. The files were stolen.", ())
    >>> is_adjectival(view, 3, 0), is_adjectival(view, 9, 6)
    (True, False)
    """
    if view.lowers[head] not in _ONLY_PARTICIPLES:
        return False
    if head > floor and view.lemmas[head - 1] in words("report list declare record"):
        return True  # "a car reported stolen": a description, not a theft the text reports
    i = head - 1
    while i >= floor and view.lowers[i] in ADVERBS | {"not", "n't", "never"}:
        if view.lowers[i] in {"been", "being"}:
            return False
        i -= 1
    if i >= floor and view.lemmas[i] in {"be", "get", "have"}:
        return False
    return head + 1 < len(view.doc) and view.lowers[head + 1] not in _REDUCED_PASSIVE_NEXT


_IS_CONTRACTORS = words("it he she that there what who which this")
"""Words whose "'s" is "is" or "has" ("it's", "she's"), never a possessive."""


def is_nominal(view: ArticleView, head: int) -> bool:
    """Whether the trigger at ``head`` is a noun ("the arrest of", "for wrongful arrest").

    It is after a determiner, a possessive or a preposition, with at most one adjective between.

    >>> view = build_view("They sued over wrongful arrest. Police moved to arrest him.", ())
    >>> is_nominal(view, 4), is_nominal(view, 10)
    (True, False)
    >>> is_nominal(build_view("Zeta said it's discontinuing the line.", ()), 5)
    False
    """
    for back in (1, 2):
        i = head - back
        if i < 0:
            return False
        low = view.lowers[i]
        if low in {"'s", "’s"} and i > 0 and view.lowers[i - 1] in _IS_CONTRACTORS:
            return False  # "it's discontinuing": "is", not a possessive
        if low in DETERMINERS or low in {"'s", "’s"}:
            return True
        if low in _NOUN_PREPOSITIONS:
            return True
        if back == 1 and low in _COMPOUND_MODIFIERS:
            return True  # "the Zeta data breach": the noun of a compound
        if back == 1 and not (
            view.words[i].isalpha() and low.endswith(_ADJECTIVE_ENDINGS) and view.lemmas[i] == low
        ):
            return False
    return False


_COMPOUND_MODIFIERS = words("data security privacy cyber copyright patent antitrust safety")
"""Nouns that make the trigger after them a noun of a compound ("data breach")."""

ADJUNCT_PREPOSITIONS = words("after since following over before amid despite until upon")
"""Prepositions whose noun phrase recalls an earlier event as a time or a cause ("four
months after his arrest", "sues the city over plate-reader arrest")."""


def is_adjunct_noun(view: ArticleView, head: int, floor: int) -> bool:
    """Whether the trigger noun at ``head`` names an event recalled as a time or a cause.

    ``floor`` is the first token of the sentence (the preposition opens a clause of its own).

    "after his arrest", "over plate-reader arrest", "since the November recall", "whose
    arrest was filmed", "resisting arrest" (a charge's name): the event is background to
    the sentence's news, not reported by it.

    >>> view = build_view("Lee sued Zeta over her wrongful arrest. Police arrest Lee.", ())
    >>> is_adjunct_noun(view, 6, 0), is_adjunct_noun(view, 10, 8)
    (True, False)
    """
    if head > floor and view.lowers[head].endswith("ing") and view.lowers[head - 1] in PREPOSITIONS:
        return True  # "in ending the relationship", "accused of stealing": not a finite event
    named = view.mention_at.get(head - 1)
    if (
        named is not None
        and named[2].kind in {"organization", "person"}
        and view.lowers[head].endswith("ed")
    ):
        return False  # "after the Audit Office released a report": a clause, not a noun phrase
    i = head - 1
    steps = 0
    while i >= floor and steps < 6:
        low, word = view.lowers[i], view.words[i]
        if low in ADJUNCT_PREPOSITIONS or low == "whose" or low.startswith(_ARREST_OFFENCES):
            return True
        compound = word == "-" or "-" in (view.words[i - 1], view.words[i + 1])
        if not (
            low in DETERMINERS
            or low in {"'s", "’s"}
            or compound
            or word[:1].isdigit()
            or (word[:1].isupper() and i > floor)
            or (word.isalpha() and low.endswith((*_ADJECTIVE_ENDINGS, "ed")))
        ):
            return False
        i -= 1
        steps += 1
    return False


_ARREST_OFFENCES = ("resist", "evad", "avoid", "escap", "dodg")
"""Stems before "arrest" that name a charge ("resisting arrest", "evading arrest")."""


def is_negated(view: ArticleView, start: int, floor: int, head: int | None = None) -> bool:
    """Whether "not", "never", "no" or a denying verb shortly precedes token ``start``.

    A match that opens with its actor ("police did not search his home") holds the
    negation between ``start`` and its trigger ``head``. Negators are compared as written:
    the stem of "noted" is "not".

    >>> view = build_view("Zeta did not withdraw. Police did not search it.", ())
    >>> is_negated(view, 3, 0), is_negated(view, 5, 5, head=8)
    (True, True)
    """
    for i in range(max(floor, start - 5), max(start, head or start)):
        if view.lowers[i] in NEGATORS or view.lowers[i] == "n't":
            return True
        if view.lemmas[i] in NEGATING_VERBS and start - 3 <= i < start:
            return True
    return False


_COLLECTIVES = words("group coalition number")
"""Actor nouns that say who they are in an "of" phrase ("a group of 40 tenants")."""
_RELATIVE_WORDS = words("who whose which")
_RELATIVE_STOPS = words(", ; : to and or but that if because when while ( )")
_CLAUSE_SUBJECTS = words("it they he she we i you")
_AUXILIARIES = words("was were is are be been being has have had did does do")


def main_clause_start(view: ArticleView, floor: int, start: int) -> int | None:
    """Where the main clause resumes after a relative clause that interrupts its subject.

    "A nurse whose charge was dismissed this week filed a lawsuit": ``floor`` sits after
    "whose", but the clause "whose charge was dismissed" has a verb of its own, so "filed" is
    the verb of "A nurse". Returns the token after that relative verb, or None when the
    trigger at ``start`` belongs to the relative clause ("who was arrested") or to a clause
    inside it ("who said she would sue", "who was hired to review").

    >>> view = build_view("A nurse whose charge was dismissed this week filed suit.", ())
    >>> view.doc[main_clause_start(view, 3, 8)].text
    'this'
    >>> main_clause_start(build_view("A man who was arrested in May.", ()), 3, 4) is None
    True
    """
    if floor == 0 or view.lowers[floor - 1] not in _RELATIVE_WORDS:
        return None
    if view.lowers[start - 1] in DETERMINERS:
        return None  # "who ordered the recall": a noun, not the main verb
    verb = None
    for i in range(floor, start):
        if view.quoted[i] or view.lowers[i] in _RELATIVE_STOPS | _CLAUSE_SUBJECTS:
            return None
        if verb is None and (
            view.lowers[i] in _AUXILIARIES or is_past_form(view, i) or _plain_past(view, i)
        ):
            verb = i
    if verb is None:
        return None
    end = verb + 1
    if view.lowers[verb] in _AUXILIARIES:
        while end < start and (
            view.lowers[end] in ADVERBS | _AUXILIARIES or view.lowers[end] in {"not", "never"}
        ):
            end += 1
        if end >= start or not is_past_form(view, end):
            return None  # the trigger is the relative clause's own participle
        end += 1
    return end if end <= start else None


def _plain_past(view: ArticleView, i: int) -> bool:
    """Whether token ``i`` looks like a regular past tense no trigger lexicon knows.

    "whose fraud trial collapsed last week has launched": "collapsed" ends the relative clause.
    """
    word = view.words[i]
    return (
        word.islower()
        and word.endswith("ed")
        and len(word) > 4
        and word not in _ED_ADJECTIVES
        and (i == 0 or view.lowers[i - 1] not in DETERMINERS)
    )


_ED_ADJECTIVES = words("alleged proposed planned reported unnamed related based listed limited")


def is_past_form(view: ArticleView, i: int) -> bool:
    """Whether token ``i`` is a past tense or participle ("dismissed", "taken")."""
    word = view.lowers[i]
    return word != view.lemmas[i] and (
        word.endswith("ed")
        or word in PARTICIPLES
        or (
            word in IRREGULAR
            and len(word) > 2
            and word != "are"
            and not word.endswith(("s", "ing", "ise", "ence"))
        )
    )  # not "apologise", "suing", "is": the irregular table also holds spellings and -ing forms


def is_hypothetical(view: ArticleView, start: int, floor: int) -> bool:
    """Whether a modal or a verb of intent makes the trigger at ``start`` unreal.

    "could", "threatened to", "considering", "would have": what follows has not happened.

    >>> view = build_view("Zeta could sue Omni.", ())
    >>> is_hypothetical(view, 2, 0)
    True
    """
    for i in range(max(floor, start - 6), start):
        if view.lemmas[i] in MODALS or view.words[i] == "may":
            return True
        if view.lowers[i] == "would" and i + 1 < start and view.lowers[i + 1] == "have":
            return True
    if floor > 0 and start - floor <= 1 and view.lowers[floor - 1] in {"if", "unless"}:
        return True  # a verbless conditional clause: "could face a fine if found guilty"
    return any(view.lowers[i] in {"if", "whether", "unless"} for i in range(floor, start))


def request_verb(view: ArticleView, start: int, floor: int) -> int | None:
    """The verb that asks for the trigger at ``start`` to be done, if someone asked for it.

    "Lawyers asked the judge to dismiss the case", "leaders demanded on Friday that the
    contract be suspended": the dismissal and the suspension have not happened.

    >>> view = build_view("Lawyers asked the judge to dismiss the case.", ())
    >>> request_verb(view, 5, 0), request_verb(view, 1, 0)
    (1, None)
    >>> view = build_view("Critics demanded on Friday that the deal be cancelled.", ())
    >>> request_verb(view, 6, 5)
    1
    """
    to = start if view.lowers[start] == "to" else start - 1
    if to >= floor and view.lowers[to] == "to":
        i, steps = to - 1, 0
        while i >= floor and steps < 9:
            if view.lemmas[i] in REQUEST_VERBS | HIRE_VERBS | ORDER_VERBS:
                return i
            entry = view.mention_at.get(i)
            i = entry[0] - 1 if entry is not None else i - 1  # a name counts as one word
            steps += 1
    if floor > 0 and view.lowers[floor - 1] == "that":
        for i in range(floor - 2, max(floor - 6, 0) - 1, -1):
            if view.lemmas[i] in DEMAND_VERBS:
                return i
            if view.lowers[i] in CLAUSE_OPENERS or view.lowers[i] in {",", "."}:
                break
    return None


def is_requested(view: ArticleView, start: int, floor: int) -> bool:
    """Whether the trigger at ``start`` is what someone asked another to do (see above)."""
    return request_verb(view, start, floor) is not None


_VERB_PREFIXES = words("re co pre un de mis over out cross counter")
"""Prefixes a hyphen joins to a verb ("re-arrested", "co-signed"): the verb still acts."""


def is_verb_position(view: ArticleView, i: int, sentence_start: int) -> bool:
    """Whether token ``i`` can be a trigger word.

    Not part of a name: inside a mention, or capitalised inside a body sentence, as "States" in
    "United States".
    """
    if i in view.mention_at:
        return False
    if (
        i > sentence_start + 1
        and view.words[i - 1] == "-"
        and view.idx[i] == view.idx[i - 1] + 1
        and view.lowers[i - 2] not in _VERB_PREFIXES
    ):
        return False  # "voice-note", "follow-up": the second half of a compound word
    headline = sentence_start == 0
    return headline or i == sentence_start or not view.words[i][:1].isupper()


def sayer_role(view: ArticleView, sentence_start: int, sentence_end: int) -> Role | None:
    """The speaker of a sentence.

    The subject of its reporting verb outside quotes, or the name after "according to".
    """
    for i in range(sentence_start, sentence_end):
        if view.quoted[i]:
            continue
        if (
            view.lemmas[i] in SAY_VERBS
            and not is_nominal(view, i)
            and is_verb_position(view, i, sentence_start)
        ):
            floor = clause_floor(view, i, sentence_start)
            role = find_subject(view, i, floor, head=i)
            if role is None:
                role = find_inverted_speaker(view, i, sentence_end)
            if role is not None:
                return role
        if view.lowers[i] == "according" and i + 1 < sentence_end and view.lowers[i + 1] == "to":
            role = find_phrase(view, i + 2, sentence_end)
            if role is not None:
                return role
    return None


def name_words(names: list[str]) -> set[str]:
    """The lower-case words of names, without punctuation or a possessive "'s".

    A plural also gives its singular, so that "courts" is an authority as "court" is.

    >>> sorted(name_words(["the SEC's investigators,", "Ayr Sheriff"]))
    ['ayr', 'investigator', 'investigators', 'sec', 'sheriff', 'the']
    """
    found = set()
    for name in names:
        for word in name.split():
            word = word.strip('.,;:()"“”').lower()
            for possessive in ("'s", "’s", "'", "’"):
                if word.endswith(possessive):
                    word = word[: -len(possessive)]
                    break
            found.add(word)
            if word.endswith("s") and not word.endswith("ss"):
                found.add(word[:-1])
    return found - {""}


def role_names(role: Role) -> list[str]:
    """The names a role goes by: its description, and its entity's text and canonical name."""
    names = [role.text or ""]
    if role.mention is not None:
        names += [role.mention.text, role.mention.canonical or ""]
    return [name for name in names if name]


def is_authority(role: Role | None) -> bool:
    """Whether a role names an authority (police, a regulator, a court, a prosecutor).

    >>> is_authority(Role(text="Carlow police")), is_authority(Role(text="the company"))
    (True, False)
    """
    return role is not None and bool(name_words(role_names(role)) & AUTHORITY_WORDS)


_PROSECUTION_WORDS = words("prosecutor prosecutors prosecution prosecutions prosecuting attorney")


def is_prosecutor(role: Role | None) -> bool:
    """Whether a role names the prosecution ("the county prosecutor's office", "the DA").

    Prosecutors drop charges; a judge dismisses them. "Prosecutors moved to dismiss the
    charges" is the prosecution dropping its case.

    >>> is_prosecutor(Role(text="Dale County prosecutors")), is_prosecutor(Role(text="a judge"))
    (True, False)
    """
    if role is None:
        return False
    names = role_names(role)
    return bool(name_words(names) & _PROSECUTION_WORDS) or "DA" in {
        w for n in names for w in n.split()
    }


def article_police(view: ArticleView) -> Role | None:
    """The police force an article names most often ("was arrested on Sunday": by them).

    A report of an arrest names the force that made it, if not in the arrest's sentence then
    elsewhere (its statement, its appeal for witnesses).
    """
    for arrests in (is_police_force, _arresting_agency):
        counts: dict[str, int] = {}
        first: dict[str, tuple[int, Mention]] = {}
        for m_start, _, mention in view.mention_spans:
            name = mention.canonical or mention.text
            if mention.kind != "organization" or not arrests(name):
                continue
            counts[name] = counts.get(name, 0) + 1
            first.setdefault(name, (m_start, mention))
        if counts:
            best = max(counts, key=lambda name: (counts[name], -first[name][0]))
            return Role(mention=first[best][1], index=first[best][0])
    return None


_ARRESTING_AGENCY_KEYS = (
    "crimes",
    "crime agency",
    "corruption",
    "anti-graft",
    "bureau of investigation",
    "criminal investigation",
    "fraud office",
    "enforcement directorate",
    "narcotics",
    "drug enforcement",
)
"""Words of the names of agencies that arrest without being police: when an article names no
force, "was arrested on Thursday" is their act ("the Economic Crimes Commission")."""


def _arresting_agency(name: str) -> bool:
    """Whether an organisation's name is an arresting agency's (see the keys above)."""
    lowered = name.lower()
    return any(key in lowered for key in _ARRESTING_AGENCY_KEYS)


POLICE_FORCE_WORDS = words("police constabulary sheriff sheriff's garda gendarmerie carabinieri")
"""Words of a police force's name."""
_OVERSIGHT_WORDS = words(
    "complaints complaint conduct oversight ombudsman watchdog commission authority "
    "inspectorate federation union association"
)
"""Words of bodies named after the police that are no force ("Police Complaints Authority")."""


def is_police_force(name: str) -> bool:
    """Whether an organisation's name is a police force's, not its watchdog's or union's.

    >>> is_police_force("Kent Police"), is_police_force("Police Complaints Authority")
    (True, False)
    """
    tokens = set(name.lower().split())
    return bool(tokens & POLICE_FORCE_WORDS) and not tokens & _OVERSIGHT_WORDS


SPOKES_NOUNS = words("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen")
"""People who speak for an organisation: what they say, the organisation says."""


def speaks_for(view: ArticleView, role: Role | None, start: int, end: int) -> Role | None:
    """The organisation a spokesperson in tokens ``start``-``end`` speaks for, if ``role`` is one.

    "Zeta spokesman Ann Lee", "Ann Lee, a spokeswoman for Zeta,", "A spokesperson for Zeta"
    (a description): what a spokesperson says is the organisation's statement.

    >>> from kg.records import Mention
    >>> text = "Ann Lee, a spokeswoman for Zeta Corp, said so."
    >>> view = build_view(text, (Mention("person", "Ann Lee", 0, 7, text),
    ...                          Mention("organization", "Zeta Corp", 27, 36, text)))
    >>> speaks_for(view, Role(mention=view.mention_at[0][2], index=0), 0, 12).mention.text
    'Zeta Corp'
    """
    if role is None:
        return None
    if role.mention is None:
        if not role.text or not set(role.text.lower().split()) & SPOKES_NOUNS:
            return None
        nouns = [i for i in range(max(role.index, start), end) if view.lowers[i] in SPOKES_NOUNS]
        return _organisation_after(view, nouns[0] + 1, end) if nouns else None
    if role.mention.kind != "person" or role.index < start:
        return None
    before = role.index - 1
    if before >= start and view.lowers[before] in SPOKES_NOUNS:
        j = before - 1
        if j >= start and view.lowers[j] in {"'s", "’s"}:
            j -= 1
        entry = view.mention_at.get(j)
        if entry is not None and entry[2].kind == "organization":
            return Role(mention=entry[2], index=entry[0])
    after = view.mention_at[role.index][1] if role.index in view.mention_at else role.index + 1
    if after + 2 < end and view.lowers[after] == "," and view.lowers[after + 1] in {"a", "the"}:
        for k in range(after + 2, min(after + 5, end)):
            if view.lowers[k] in SPOKES_NOUNS:
                return _organisation_after(view, k + 1, end)
    return None


def _organisation_after(view: ArticleView, i: int, end: int) -> Role | None:
    """The organisation named after "for"/"of"/"at" at token ``i`` ("for the Zeta Board")."""
    if i >= end or view.lowers[i] not in {"for", "of", "at"}:
        return None
    i += 1
    while i < end and view.lowers[i] in DETERMINERS:
        i += 1
    entry = view.mention_at.get(i)
    if entry is not None and entry[2].kind == "organization":
        return Role(mention=entry[2], index=entry[0])
    return None


def police_role(view: ArticleView, start: int, end: int) -> Role | None:
    """A police force or police description named in tokens ``start``-``end``."""
    for i in range(start, end):
        if view.quoted[i]:
            continue
        entry = view.mention_at.get(i)
        if (
            entry is not None
            and entry[2].kind == "organization"
            and is_authority(Role(mention=entry[2]))
            and "police" in (entry[2].canonical or entry[2].text).lower()
            and is_police_force(entry[2].canonical or entry[2].text)
        ):
            return Role(mention=entry[2], index=entry[0])
        if (
            view.lowers[i] in POLICE_WORDS
            and i not in view.mention_at
            and view.lowers[i + 1 : i + 2] not in (["station"], ["headquarters"])
        ):  # "from a police station" names a place, not who acted
            return describe_actor(view, i, start)
    return None
