"""Find the events an article reports: who did what to whom, where and when.

Each sentence (the headline included) is matched against the pattern registry
(:mod:`kg.extract.event_patterns`); a match becomes an event only when its clause says
it happened: not negated ("did not withdraw"), not hypothetical ("could sue",
"threatened to"), not inside a direct quotation (except a speaker's own "I apologise").
The clause then gives the roles (:mod:`kg.extract.event_clauses`) and the sentence its
date (:mod:`kg.extract.timex`).

An article reports a few key events and many passing ones, so candidates are ranked
(the lede and the headline first, a named agent first, a plain "said" last) and only the
best few are kept. A headline usually repeats the lede: the two reports of one event
(same type and agent) are merged into one, keeping the body sentence as evidence (it
is a full sentence, with the date and place the headline leaves out) and the headline
only for events the body does not state.

>>> from kg.records import Article, Mention, SourceInfo
>>> body = "Zeta Corp said on Monday it will stop selling its drones in Peru."
>>> article = Article(SourceInfo("a.txt", "0", "text/plain", "p"), "Drone exit", body=body,
...                   published="2021-03-10")
>>> mentions = (Mention("organization", "Zeta Corp", 12, 21, body),
...             Mention("place", "Peru", 72, 76, body))
>>> [(e.type, e.agent.text, e.object_text, e.place.text, e.date)
...  for e in extract_events(article, mentions)]
[('Withdrawal', 'Zeta Corp', 'its drones', 'Peru', '2021-03-08')]
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.classify import LEGISLATURES
from kg.extract.event_clauses import (
    ADVERBS,
    DETERMINERS,
    HOLDER_NOUNS,
    OFFICER_HEADS,
    PERSONAL_ACTS,
    POSSESSIVES,
    SUBJECT_PRONOUNS,
    TOP_POSTS,
    ArticleView,
    Role,
    Sentence,
    after_relative_clause,
    article_police,
    build_view,
    clause_ceiling,
    clause_floor,
    describe_actor,
    find_inverted_speaker,
    find_phrase,
    find_place,
    find_subject,
    is_adjectival,
    is_adjunct_noun,
    is_authority,
    is_hypothetical,
    is_negated,
    is_nominal,
    is_passive,
    is_past_form,
    is_police_force,
    is_prosecutor,
    is_punct,
    is_told_to,
    is_verb_position,
    main_clause_start,
    name_end,
    only_one,
    opening_actor,
    police_role,
    quoted_speaker_after,
    relative_antecedent,
    request_verb,
    resolve_organisation,
    resolve_pronoun,
    role_names,
    sayer_role,
    sentences_of,
    speaks_for,
)
from kg.extract.event_lexicon import (
    AUTHORITY_WORDS,
    DESCRIPTION_HEADS,
    HIRE_VERBS,
    IRREGULAR,
    MODALS,
    ORDER_VERBS,
    PERSON_NOUNS,
    SAY_VERBS,
    STOP_NP,
    words,
)
from kg.extract.event_patterns import (
    EVENT_GROUPS,
    GROUP_OF,
    EventPattern,
    compile_variants,
    iter_patterns,
)
from kg.extract.event_ranker import ArticleFacts, select_events
from kg.extract.event_salience import (
    is_background,
    name_of,
    sentence_eras,
    subject_names,
)
from kg.extract.gazetteer import lookup_place
from kg.extract.lexicon import MEDIA_HEADS
from kg.extract.pattern_words import can_match, required_words
from kg.extract.timex import (
    OPEN_ENDED,
    Timex,
    count_days,
    find_timexes,
    is_future,
    is_subordinated,
    parse_published,
    shift_days,
    subordinate_shift,
    without_appositions,
)
from kg.read.decode import MAX_ANALYSED_CHARS
from kg.records import Article, EventMention, Mention

if TYPE_CHECKING:
    from spacy.matcher import Matcher

MAX_EVENTS = 3
"""At most this many events per article, the best scored: a news article reports one to three
key events (the rest are history, reactions and details), so a fourth candidate is far more
often a passing mention than news."""

_ANNOUNCED = frozenset(
    {
        "InvestigationOpened",
        "ReviewAnnounced",
        "ComplaintFiled",
        "Withdrawal",
        "ContractSuspension",
        "ProductDiscontinuation",
        "Moratorium",
        "SalesRefusal",
        "ChargesDropped",
        "Agreement",
        "LawsuitFiled",
        "ContractSigning",
        "InvestigationFinding",
    }
)
"""Types whose report is the act: "said on Monday it had opened an inquiry" dates the opening,
"said on Monday it was withdrawing the drug" the withdrawal (an organisation's decision is
news on the day it makes it known)."""
_LEGAL_AGENTLESS = frozenset({"Arrest", "PoliceContact"})
_UNDATED = frozenset({"Investigation"})
_IMPOSED = frozenset({"ContractSuspension", "Moratorium", "InvestigationOpened", "ReviewAnnounced"})
"""Acts a body imposes, told in the passive by the body itself ("DPDCL told the company that
work under the contract was suspended"): the organisation reporting it is their agent."""
_SPEAKER_WORDS = words("its their it they we our us")
_GOVERNMENT_STAFF = words("officials staff")
"""Unnamed staff who carry out what the named speaker announces."""
_PARTIES = words("companies sides parties firms groups")
"""Plural descriptions of an agreement's parties ("the two companies"): the article's own
report of the deal, by its named party."""
"""Types that are states, not happenings: a date in their sentence belongs to the report."""
_PLACE_PREPOSITIONS = words("in at across throughout near outside within inside")
_MARKET_PREPOSITIONS = _PLACE_PREPOSITIONS | words("of from")
_UNNAMED_THIEVES = words("hacker hackers thief thieves intruder attacker individual suspect")
_REGULATOR_KEYS = (
    "regulat", "commission", "authority", "watchdog", "agency", "board", "autorit", "autoridad",
    "garante", "superintend", "comisión", "commissione", "agencia", "agenzia", "agence",
    "inspectorate",
)  # fmt: skip
_MUNICIPAL_KEYS = ("council", "municipal", "city of", "town of", "county of")
_PROSECUTION_KEYS = (
    "prosecut", "attorney", "procurator", "crown office", "fiscalía", "procura", "parquet",
    "staatsanwalt", "ministério público", "ministerio público",
)  # fmt: skip
_GOVERNMENT_KEYS = (
    "ministry", "department of", "government", "home department", "home office",
    "home affairs", "ministerio", "ministero", "ministère",
)  # fmt: skip
_LEGISLATURE_KEYS = (
    "assembly", "legislature", "saeima", "seimas", "riigikogu", "eduskunta", "althing", "cortes",
    "dáil", "dail",
    *sorted(name.lower() for name in LEGISLATURES - {"Kremlin", "Pentagon", "Cabinet"}),
)  # fmt: skip
"""Words of a legislature's name: the common ones, and the parliaments news names alone."""
_UTILITY_KEYS = ("utilit", "water", "agua", "electric", "power", "energ", "gas")
_LAW_FIRM_KEYS = ("lawyers", "legal", "llp", " law", "solicitors", "attorneys", "partners")
_LAWYER_WORDS = words("firm lawyers attorneys solicitors")
_ADVOCACY_KEYS = (
    "association", "coalition", "network", "alliance", "federation", "campaign", "associazione",
    "asociación", "associação",
)  # fmt: skip

_POLICE_KEYS = ("police", "constabulary", "garda", "gendarmerie", "carabinieri", "polizei")
"""Words in the names of police forces: "Ireland's police force" is An Garda Síochána."""
_DETECTIVE_KEYS = (
    "criminal investigation",
    "bureau of investigation",
    "investigation department",
    "investigations department",
    "detective",
)
"""Words in the names of the police's investigating branches: "Kenyan detectives" are the
article's Directorate of Criminal Investigations when it names one, else its police force."""
_ROLE_NAMES: dict[str, tuple[str, ...]] = {
    "detectives": _DETECTIVE_KEYS,
    "detective": _DETECTIVE_KEYS,
    "prosecutor": _PROSECUTION_KEYS,
    "prosecutors": _PROSECUTION_KEYS,
    "government": _GOVERNMENT_KEYS,
    "police": _POLICE_KEYS,
    "officers": _POLICE_KEYS,
    "officer": _POLICE_KEYS,
    "patrol": _POLICE_KEYS,  # "nabbed by a patrol team": the force the article names
    "gardaí": ("garda",),  # Ireland's police: "gardaí arrested a man" is An Garda Síochána's act
    "gardai": ("garda",),
    "commissioner": ("commissioner",),
    "commissioners": ("commissioner",),
    "regulator": _REGULATOR_KEYS,
    "regulators": _REGULATOR_KEYS,
    "watchdog": _REGULATOR_KEYS,
    "council": _MUNICIPAL_KEYS,
    "councillors": _MUNICIPAL_KEYS,
    "councilors": _MUNICIPAL_KEYS,
    "councilmembers": _MUNICIPAL_KEYS,
    "municipality": _MUNICIPAL_KEYS,
    "committee": ("committee",),
    "commission": ("commission",),
    "authority": ("authority", "autorit", "autoridad"),
    "tribunal": ("tribunal",),
    "court": ("court",),  # "a federal appeals court dismissed": the court the article names
    "ombudsman": ("ombudsman",),
    "group": _ADVOCACY_KEYS,
    "groups": _ADVOCACY_KEYS,
    "campaigners": _ADVOCACY_KEYS,
    "activists": _ADVOCACY_KEYS,
    "union": ("union",),
    "association": _ADVOCACY_KEYS,
    "utility": _UTILITY_KEYS,
    "inspectorate": ("inspectorate",),
    "federation": ("federation",),
    "confederation": ("confederation",),
    "cooperative": ("cooperative", "co-operative", "coop"),
    "co-operative": ("cooperative", "co-operative", "coop"),
    "parliament": _LEGISLATURE_KEYS,
    "legislature": _LEGISLATURE_KEYS,
    "lawmakers": _LEGISLATURE_KEYS,
    "legislators": _LEGISLATURE_KEYS,
    "mps": _LEGISLATURE_KEYS,
    "cabinet": ("cabinet", "council of ministers"),
}
"""Role words of a description -> words one of which names the organisation in that role."""
_JUDGE_WORDS = words("judge justice magistrate")
_ADJUDICATORS = _JUDGE_WORDS | {"court", "tribunal"}
"""Who is asked to rule: "asks the court to put the freeze on hold" is no act of the asker."""
_JUDGE_TITLES = [["Judge"], ["Justice"], ["Magistrate"], ["HHJ"]]  # His Honour Judge
"""The title words before a judge's name, as the last word before a person mention."""
_TEMPORARY = words("temporarily temporary pause paused pending until moratorium while interim")
_STATEMENT_CUES = words("statement release conference announcement announce press")
_FIRST_PERSON = words("i we my our")
_SUBJECT_RELATIVES = words("who whose which that")
"""Relative words whose antecedent is the subject of a clause that has none of its own."""
_THING_ANNOUNCED = words("a an the its their his her plans")
_ASIDE_OPENERS = words("who which whose while whereas")
_SUPPLY_VERBS = words("offer provide sell supply license serve fill ship stock carry")
"""Verbs whose stop, done to a named customer or maker, is a refusal to deal with it."""
_SUPPLY_STEMS = ("ship", "deliver", "suppl")
_CUSTOMER_NOUNS = words(
    "retailer retailers customer customers client clients chain supermarket supermarkets "
    "grocer grocers buyer buyers store stores distributor distributors wholesaler wholesalers"
)


def _supply_to_a_customer(view: ArticleView, span: tuple[int, int]) -> bool:
    """Whether a stopped act is the supply of one customer ("halted shipments to the retailer").

    A maker that stops delivering to a named customer or a retailer refuses to deal with it;
    stopping shipments altogether is a pause (a moratorium) or the product's end.
    """
    start, end = span
    if not any(view.lowers[i].startswith(_SUPPLY_STEMS) for i in range(start, end)):
        return False
    if end >= len(view.lowers) or view.lowers[end] != "to":
        return False
    after = range(end + 1, min(end + 5, len(view.lowers)))
    return any(i in view.mention_at or view.lowers[i] in _CUSTOMER_NOUNS for i in after)


def _another_firms_goods(view: ArticleView, span: tuple[int, int], agent: Role | None) -> bool:
    """Whether the goods taken off the shelves are another firm's ("all Zeta products").

    A retailer that removes a supplier's goods refuses to sell them; a maker that pulls its
    own product discontinues it.
    """
    if agent is None or agent.mention is None or "shelves" not in view.lowers[span[0] : span[1]]:
        return False
    own = agent.mention.canonical or agent.mention.text
    own_words = set((own + " " + agent.mention.text).split())
    return (
        any(
            m_start in range(*span)
            and mention.kind == "organization"
            and (mention.canonical or mention.text) != own
            for m_start, _, mention in view.mention_spans
        )
        or any(  # a brand the entity extraction does not know: "all Ayrglo hair products"
            view.words[i][:1].isupper() and view.words[i] not in own_words
            for i in range(span[0] + 1, span[1])
        )
    )


_DENIAL_VERBS = words("deny reject dispute")
"""Verbs of a denial: a statement of its own beside any act its sentence also tells."""
_OTHER_PHRASAL_SENSES = frozenset(
    {("carry", "out"), ("carry", "on"), ("stock", "up"), ("loot", "box"), ("loot", "boxes")}
)
"""A trigger verb whose particle or noun gives it another sense ("loot box" odds), when the
pattern ends at the verb."""
_NOUN_MODIFIERS = words("staff own 's ’s internal preliminary final new annual")


@dataclass(frozen=True)
class Candidate:
    """An event found in one sentence, with what ranking and merging need."""

    event: EventMention
    score: float
    sentence: int
    head: int
    cue: bool = False
    """Whether the sentence announces it as a statement ("said in a statement")."""
    aside: bool = False
    """Whether it is told in a relative or a "while" clause ("Zeta, which cut jobs in March,
    ..."): a detail about someone, kept only when the article reports nothing else."""


def extract_events(
    article: Article, mentions: tuple[Mention, ...], *, max_events: int = MAX_EVENTS
) -> tuple[EventMention, ...]:
    """The key events ``article`` reports, in text order.

    ``mentions`` are the article's entity mentions (offsets into ``article.text``), from
    :func:`kg.extract.extract_mentions`; agents, objects and places are chosen among
    them, else described in a few words of the text. The rules find every event the
    article tells (:func:`event_candidates`); a ranker learnt from annotated news keeps
    its key ones (:func:`kg.extract.event_ranker.select_events`).
    """
    found = event_candidates(article, mentions)
    if found is None:
        return ()
    candidates, facts = found
    return select_events(candidates, facts, max_events=max_events)


def event_candidates(
    article: Article, mentions: tuple[Mention, ...]
) -> tuple[list[Candidate], ArticleFacts] | None:
    """Every event the rules find in ``article``, merged per actor, with the article's facts.

    ``None`` when the article has no text to read.
    """
    text = article.text[:MAX_ANALYSED_CHARS]  # the part entities were read from
    if not text.strip():
        return None
    view = build_view(text, mentions)
    sentences = sentences_of(view)
    if not sentences:
        return None
    patterns = _matchers()[1]
    order = _pattern_order()
    candidates: list[Candidate] = []
    for index, matches in sorted(find_matches(view, sentences).items()):
        found = []
        taken: list[tuple[int, int, int]] = []
        for key, start, end, head in _choose_matches(view, matches, patterns, order):
            if any(head == h or (start < e and s < end) for s, e, h in taken):
                continue  # a better match for this trigger was built
            candidate = _build(view, sentences, index, patterns[key], start, end, head, article)
            if candidate is not None:
                found.append(candidate)
                taken.append((start, end, head))
        found.sort(key=lambda c: c.head)
        if any(c.event.type != "Statement" for c in found):
            found = [  # "said it would suspend the contract": the suspension, not a statement;
                c  # "rejected the findings, and said it would challenge ...": both
                for c in found
                if c.event.type != "Statement" or view.lemmas[c.head] in _DENIAL_VERBS
            ]
        arrests = [c.head for c in found if c.event.type == "Arrest"]
        if arrests:  # "arrested on suspicion of theft": the reason, not a second event
            found = [c for c in found if c.event.type != "Theft" or c.head < min(arrests)]
        candidates.extend(_one_business_act(found))
    candidates = _mark_embedded_acts(view, candidates)
    candidates = _headline_post_holders(view, _link_descriptions(view, candidates))
    candidates = _link_investigators(
        _link_thieves(_absorb_described_authorities(_merge(candidates, article.published)))
    )
    candidates = _date_from_next_sentence(view, sentences, candidates, article.published)
    candidates = _dates_after_previous_event(sentences, candidates, article.published)
    candidates = _dates_before_told_event(view, sentences, candidates, article.published)
    candidates = _dates_from_the_lead(sentences, candidates, article.published)
    candidates = _counted_on_in_sentence(view, candidates)
    candidates = _headline_dates(view, sentences, candidates, article.published)
    candidates = _dates_from_the_news_day(view, sentences, candidates, article.published)
    facts = ArticleFacts(
        subjects=subject_names(view, sentences),
        eras=tuple(sentence_eras(view, sentences, article.published)),
        published=article.published,
    )
    return candidates, facts


_EMBEDDING_PREPOSITIONS = words("against of for on to from about over with involving into")
_BE_OR_HAVE = words("was were is are be been being has have had get got gets")
_CLAUSE_BREAKS = words(", ; : and but that which who whom whose while said says") | {"—", "–"}
_NOUN_DETERMINERS = POSSESSIVES | words("the a an")


def _mark_embedded_acts(view: ArticleView, candidates: list[Candidate]) -> list[Candidate]:
    """Mark as asides the acts told inside a phrase of another act of the same clause.

    "DA drops charges against man arrested after gunshot alert": "arrested" qualifies the
    man (a participle after a noun a preposition governs), as "the records of his October
    arrest" qualifies the records a judge expunged. Such acts are details the news recalls
    (:func:`kg.extract.event_ranker.is_told_as_background` weighs them only when the article
    tells nothing else), not what it reports.
    """
    heads_by_sentence: dict[int, list[int]] = defaultdict(list)
    for candidate in candidates:
        heads_by_sentence[candidate.sentence].append(candidate.head)
    marked = []
    for candidate in candidates:
        earlier = [h for h in heads_by_sentence[candidate.sentence] if h < candidate.head]
        if (
            not candidate.aside
            and earlier
            and _embedded_in_phrase(view, max(earlier), candidate.head)
        ):
            candidate = dataclasses.replace(candidate, aside=True)
        marked.append(candidate)
    return marked


def _embedded_in_phrase(view: ArticleView, governor: int, head: int) -> bool:
    """Whether the trigger at ``head`` sits in a prepositional phrase after ``governor``.

    A participle right after its noun ("charges against man arrested"), or a noun after a
    determiner ("the records of his arrest"), with a preposition between them and the
    other act's trigger and no clause break.
    """
    between = range(governor + 1, head)
    if any(view.lowers[i] in _CLAUSE_BREAKS for i in between):
        return False
    before = view.lowers[head - 1]
    participle = (
        is_past_form(view, head)
        and before.isalpha()
        and before not in _BE_OR_HAVE
        and before not in ADVERBS
        and before not in SUBJECT_PRONOUNS
    )
    noun = any(
        view.lowers[i] in _NOUN_DETERMINERS for i in range(max(head - 3, governor + 1), head)
    )
    if not (participle or noun):
        return False
    return any(view.lowers[i] in _EMBEDDING_PREPOSITIONS for i in between)


def _one_business_act(found: list[Candidate]) -> list[Candidate]:
    """A sentence's first business act of each agent: the others elaborate it.

    "Zeta will stop selling its drones in Peru and end its contract with Omni there": one
    decision told twice; a sentence rarely makes two business decisions of one company news.
    """
    seen: set[str | None] = set()
    kept = []
    for candidate in sorted(found, key=lambda c: c.head):
        if GROUP_OF.get(candidate.event.type) == "business":
            key = _agent_key(candidate.event)
            if key in seen:
                continue
            seen.add(key)
        kept.append(candidate)
    return kept


def find_matches(
    view: ArticleView, sentences: list[Sentence]
) -> dict[int, list[tuple[str, int, int]]]:
    """The registry's matches per sentence index, as (pattern key, start, end) tokens.

    A pattern runs only on sentences that contain one of its head words and every word
    it needs: a sentence meets a handful of patterns instead of all of them, which keeps
    matching fast on long articles. Those run as one ``Matcher`` (:func:`_matcher_of`).
    """
    _, _, by_word, needs = _matchers()
    found: dict[int, list[tuple[str, int, int]]] = {}
    for index, sent in enumerate(sentences):
        present = set(view.lemmas[sent.start : sent.end]) | set(view.lowers[sent.start : sent.end])
        heads = {key for word in present for key in by_word.get(word, ())}
        keys = tuple(sorted(key for key in heads if can_match(needs[key], present)))
        if not keys:
            continue
        matcher, key_of = _matcher_of(keys)
        per_key: dict[str, list[tuple[str, int, int]]] = {key: [] for key in keys}
        # the build's lemmas are set on every token: the annotation check would only
        # scan the document again on every call
        for match_id, start, end in matcher(view.doc[sent.start : sent.end], allow_missing=True):
            key = key_of[match_id]
            per_key[key].append((key, sent.start + start, sent.start + end))
        matches = [match for key in keys for match in per_key[key]]
        if matches:
            found[index] = matches
    return found


@lru_cache(maxsize=1024)
def _matcher_of(keys: tuple[str, ...]) -> tuple[Matcher, dict[int, str]]:
    """One ``Matcher`` of the patterns ``keys``, and the key of each of its match ids.

    A sentence meets one to seven patterns; one call of a matcher that holds them all
    costs about what one call of each would, less the per-call overhead (7 µs). Each
    pattern keeps its own ``LONGEST`` filter, so every key gets the matches its own
    matcher would give (the filter orders them by length and start, not by the order
    in which they were found); grouping them by key in ``keys`` order gives the order
    of running the matchers one after the other. About 130 sets occur in practice.
    """
    from spacy.matcher import Matcher

    from kg.extract.tokens import load_pipeline

    vocab = load_pipeline().vocab
    patterns = _matchers()[1]
    matcher = Matcher(vocab)
    for key in keys:
        matcher.add(key, compile_variants(patterns[key].pattern), greedy="LONGEST")
    return matcher, {vocab.strings[key]: key for key in keys}


@lru_cache(maxsize=1)
def _matchers() -> tuple[
    dict[str, Matcher],
    dict[str, EventPattern],
    dict[str, tuple[str, ...]],
    dict[str, tuple[frozenset[str], ...]],
]:
    """One ``Matcher`` per registry pattern, the patterns indexed by head word, their needs."""
    from spacy.matcher import Matcher

    from kg.extract.tokens import load_pipeline

    vocab = load_pipeline().vocab
    matchers: dict[str, Matcher] = {}
    patterns: dict[str, EventPattern] = {}
    by_word: dict[str, list[str]] = {}
    needs: dict[str, tuple[frozenset[str], ...]] = {}
    for key, pattern in iter_patterns():
        matcher = Matcher(vocab)
        variants = compile_variants(pattern.pattern)
        needs[key] = required_words(variants[0])  # the plain form: its asides add no need
        matcher.add(key, variants, greedy="LONGEST")
        matchers[key] = matcher
        patterns[key] = pattern
        for word in pattern.head:
            by_word.setdefault(word.lstrip("="), []).append(key)
    return matchers, patterns, {word: tuple(keys) for word, keys in by_word.items()}, needs


def _head_index(view: ArticleView, pattern: EventPattern, start: int, end: int) -> int:
    head = pattern.head
    exact = {word[1:] for word in head if word.startswith("=")}
    for i in range(start, end):
        if view.lemmas[i] in head or view.lowers[i] in exact:
            return i
    return start


@lru_cache(maxsize=1)
def _pattern_order() -> dict[str, int]:
    """Each pattern's place in the registry, which breaks ties between matches."""
    return {key: n for n, key in enumerate(_matchers()[1])}


def _choose_matches(
    view: ArticleView,
    matches: list[tuple[str, int, int]],
    patterns: dict[str, EventPattern],
    order: dict[str, int],
) -> list[tuple[str, int, int, int]]:
    """The matches, best first: the highest priority, then the longest, then the first.

    The caller builds them in this order and keeps one per trigger, so a match whose best
    reading fails (a purpose clause read as a finding) leaves the trigger to the next.
    ``order`` is :func:`_pattern_order` (made once, not per sentence: the registry holds
    hundreds of patterns).
    """
    ranked = sorted(
        (
            (key, start, end, _head_index(view, patterns[key], start, end))
            for key, start, end in matches
        ),
        key=lambda m: (-patterns[m[0]].priority, -(m[2] - m[1]), order[m[0]]),
    )
    return [m for m in ranked if not _gap_crosses_a_verb(view, m, ranked)]


def _gap_crosses_a_verb(
    view: ArticleView, match: tuple[str, int, int, int], others: list[tuple[str, int, int, int]]
) -> bool:
    """Whether another match's verb sits between a match's trigger and its end.

    "whose charge was dismissed this week filed a lawsuit" holds "dismissed ... lawsuit", but
    "filed" is the lawsuit's verb: nothing was dismissed of it.
    """
    _, _, end, head = match
    return any(
        head < h < end
        and e <= end
        and is_past_form(view, h)
        and view.lowers[h - 1] not in DETERMINERS | {"to"}
        for _, s, e, h in others
    )


def _build(
    view: ArticleView,
    sentences: list[Sentence],
    index: int,
    pattern: EventPattern,
    start: int,
    end: int,
    head: int,
    article: Article,
) -> Candidate | None:
    sent = sentences[index]
    if sent.text.rstrip().endswith("?") or head in view.mention_at:
        return None
    if pattern.context and not _has_context(view, sent, pattern.context):
        return None
    if index > 0 and not is_verb_position(view, head, sent.start):
        return None
    if index > 0 and not pattern.noun and head == _first_word(view, sent):
        return None  # "Scrap dealers are required ...": a verb-only trigger opening a sentence
    if end == head + 1 and (view.lemmas[head], view.lowers[min(head + 1, sent.end - 1)]) in (
        _OTHER_PHRASAL_SENSES
    ):
        return None  # "had never carried out a consultation" sells nothing
    opening = _partial_quote_opening(view, head, sent.start) if view.quoted[head] else None
    floor = clause_floor(view, start if opening is None else opening, sent.start)
    ceiling = clause_ceiling(view, end, sent.end)
    speaker: Role | None = None
    if view.quoted[head] and opening is None:
        if not pattern.performative or (
            pattern.agent != "speaker"
            and not any(
                view.lowers[i] in _FIRST_PERSON and view.quoted[i]
                for i in range(max(floor, head - 8), head)
            )
        ):
            return None
        speaker = _quote_speaker(view, sentences, index)
        if speaker is None:
            return None
    resumed = None if is_nominal(view, head) else main_clause_start(view, floor, start)
    guard = floor if resumed is None else resumed  # "A nurse whose charge was dismissed filed"
    if not pattern.negated and is_negated(view, start, guard, head):
        return None
    speaker_demands = pattern.agent == "speaker" and not any(  # "Zeta should apologise"
        view.lowers[i] in _FIRST_PERSON for i in range(max(floor, start - 2), start)
    )  # ("I should apologise" is no demand)
    if is_hypothetical(view, start, guard) or (
        not speaker_demands
        and any(view.lemmas[i] in MODALS or view.words[i] == "may" for i in range(start, head))
    ):  # lower-case "may" is the modal, "May" the month
        return None  # "could sue", "shareholders are scheduled to vote"
    asker: Role | None = None
    asked = request_verb(view, start, floor)
    granted = _granter(view, asked, sent.start) if asked is not None else None
    if (
        asked is not None
        and view.lemmas[asked] in ORDER_VERBS
        and GROUP_OF.get(pattern.type) != "communication"
    ):  # an ordered apology is demanded, not made
        granted = asked  # "ordered the police to destroy the records": the order's author
    if granted is not None:  # "the judge granted Lee's petition to expunge": the judge's act
        asker, asked = (
            find_subject(view, granted, clause_floor(view, granted, sent.start), head=granted),
            None,
        )
    if asked is not None:
        group = GROUP_OF.get(pattern.type)
        if (
            "to" not in (view.lowers[start], view.lowers[start - 1])
            or group == "legal"
            or view.lemmas[asked] in HIRE_VERBS
            or _ADJUDICATORS.intersection(view.lowers[asked:start])
        ):
            return None  # asking a court to act is not its act (asking partners to stop selling is)
        if group == "regulatory":  # "asked the department to review the grants": the asker's review
            asker = find_subject(view, asked, clause_floor(view, asked, sent.start), head=asked)
            if asker is None:
                return None
    if not pattern.noun and is_nominal(view, head):
        return None
    if is_adjunct_noun(view, head, sent.start):
        return None  # "after his arrest": an earlier event recalled, not the news
    if _contested_decision(view, start, sent.start):
        return None  # "would appeal a court decision to dismiss the charges": told before
    if start == head and _undone_by(view, head, sent.start):
        return None  # "asking a judge to strike down a one-year moratorium": it exists already
    if is_adjectival(view, head, floor):
        return None  # "posts stolen files": a participle describing a noun
    if (
        pattern.type == "Statement"
        and pattern.object == "none"
        and is_passive(view, head, floor, reduced=False)
    ):
        return None  # "the recall was announced": the speaker is not the subject
    if (
        pattern.type == "Statement"
        and view.lemmas[head] == "announce"
        and end == head + 1
        and head + 1 < sent.end
        and view.lowers[head + 1] in _THING_ANNOUNCED
    ):
        return None  # "announced a recall" reports an action, not what was said
    agent_mode, object_mode = pattern.agent, pattern.object
    passive = False
    if pattern.voice == "auto" and agent_mode == "subject" and object_mode == "after":
        if is_nominal(view, head):
            agent_mode = "owner"
            object_mode = "of" if object_mode == "after" else object_mode
        elif is_passive(view, head, floor):
            passive = True
            agent_mode, object_mode = "by", "subject"
    elif pattern.voice == "auto" and agent_mode == "subject" and is_told_to(view, head):
        passive, agent_mode = True, "by"  # "Ann Lee ordered to apologise": not Lee's demand
    agent = (
        speaker
        or asker
        or _role(
            view,
            agent_mode,
            start=start,
            end=end,
            head=head,
            floor=floor,
            ceiling=ceiling,
            sent=sent,
            speech=GROUP_OF.get(pattern.type) == "communication",
        )
    )
    if agent is None and view.lemmas[head] in SAY_VERBS:
        agent = find_inverted_speaker(view, head, sent.end)
    if GROUP_OF.get(pattern.type) == "communication":
        agent = speaks_for(view, agent, sent.start, sent.end) or agent
    if (
        agent is not None
        and agent.mention is None
        and view.lemmas[head] in PERSONAL_ACTS
        and OFFICER_HEADS.intersection((agent.text or "").lower().split())
    ):  # "The chief executive of Zeta apologised. 'I am sorry,' Mr Ann Lee said"
        agent = quoted_speaker_after(view, head) or agent
    if agent is None and (passive or agent_mode == "by") and pattern.type in _LEGAL_AGENTLESS:
        agent = police_role(view, sent.start, sent.end)
        if agent is None and pattern.type == "Arrest":
            agent = article_police(view)
        if agent is None:
            sayer = sayer_role(view, sent.start, sent.end)
            agent = sayer if sayer and sayer.mention and is_authority(sayer) else None
    if agent is None and (passive or agent_mode == "by") and pattern.type == "ChargesDropped":
        sayer = sayer_role(view, sent.start, sent.end)  # "... have been withdrawn, the NPA said"
        agent = sayer if sayer and sayer.mention and is_authority(sayer) else None
    if agent is None and pattern.type in _IMPOSED and (passive or is_passive(view, head, floor)):
        agent = _imposing_sayer(view, sent, floor, head)
    if (
        agent is not None
        and agent.mention is None
        and pattern.type in _IMPOSED
        and _GOVERNMENT_STAFF.intersection((agent.text or "").lower().split())
    ):  # "the minister said officials would begin a review": the minister's announcement
        sayer = sayer_role(view, sent.start, sent.end)
        agent = sayer if sayer is not None and sayer.mention is not None else agent
    if pattern.type in _FILINGS and agent and agent.mention and agent.mention.kind == "person":
        agent = _on_behalf_of(view, end, sent.end, agent) or agent  # a lawyer's client
    if agent is None and pattern.type == "Theft":
        agent = _unnamed_thief(view, sent)
    if agent is None:
        agent = _relative_actor(view, end, sent.end) or _main_clause_actor(view, sent, head)
    if pattern.firm_only and (
        agent is None or agent.mention is None or agent.mention.kind != "organization"
    ):
        return None
    obj = _role(
        view, object_mode, start=start, end=end, head=head, floor=floor, ceiling=ceiling, sent=sent
    )
    if (
        obj is not None
        and agent is not None
        and obj.mention is not None
        and (obj.mention is agent.mention)
    ):
        obj = None
    if pattern.type == "ShareholderVote":
        company, named = _vote_company(view, sent, head)
        if company is not None and named and (agent is None or agent.mention is None):
            agent = Role(mention=company)  # "Zeta shareholders voted": Zeta's general meeting
            if obj is not None and obj.mention is company:
                obj = None
        elif company is not None and (agent is None or agent.mention is not company):
            # only the article's likeliest firm, or an investor voted ("Aton voted against"):
            # the company is the vote's object, what ties its reports together
            obj = Role(mention=company)
    place = find_place(
        view,
        head,
        ceiling,
        sent.start,
        prepositions=_MARKET_PREPOSITIONS if pattern.needs_place else _PLACE_PREPOSITIONS,
    )
    event_type = _refine_type(
        view, pattern, sent, agent=agent, place=place, obj=obj, span=(start, end)
    )
    if event_type is None:
        return None
    if GROUP_OF.get(event_type) == "communication" and (
        agent is None or (agent.mention is None and not agent.text)
    ):
        return None  # something said or published by nobody is not worth an event
    future = pattern.future or is_future(
        view.text[view.idx[floor] : view.idx[end - 1] + len(view.words[end - 1])]
    )
    if index == 0 and head > 0 and view.lowers[head - 1] == "to":
        future = True
    if (
        future
        and (GROUP_OF.get(event_type) == "communication" or event_type == "Investigation")
        and not (event_type == "Statement" and view.lemmas[head] in SAY_VERBS)
    ):
        return None  # "said it would publish the results": a promise, not yet a report
    date = None
    if event_type not in _UNDATED:
        date = _date(
            view,
            sent,
            head,
            article.published,
            future=future,
            event_type=event_type,
            embedded=None if resumed is None else (view.idx[floor - 1], view.idx[start]),
        )
    event = EventMention(
        type=event_type,
        trigger=view.text[view.idx[start] : view.idx[end - 1] + len(view.words[end - 1])],
        evidence=sent.text,
        start=sent.start_char,
        end=sent.end_char,
        agent=agent.mention if agent else None,
        agent_text=agent.text if agent and agent.mention is None else None,
        object=obj.mention if obj else None,
        object_text=obj.text if obj and obj.mention is None else None,
        place=place.mention if place else None,
        date=date[0] if date else None,
        date_text=date[1] if date else None,
    )
    cue = event_type == "Statement" and any(
        view.lemmas[i] in _STATEMENT_CUES for i in range(sent.start, sent.end)
    )
    opener = view.lowers[floor - 1] if floor > sent.start else ""
    aside = (
        resumed is None
        and opener in _ASIDE_OPENERS
        and not after_relative_clause(view, head, floor)  # the main verb after the clause
        and not (event_type == "Statement" and opener in {"while", "whereas"})
    )  # "..., while the company said": a second statement, not an aside
    score = _score(view, pattern, sent, index, event, head)
    return Candidate(event, score, index, head, cue, aside)


def _contested_decision(view: ArticleView, start: int, sentence_start: int) -> bool:
    """Whether the trigger is a decision another party reacts to.

    "said it would appeal a court decision to dismiss the charges", "would challenge a
    customer's decision to suspend the agreement": the decision is known news the sentence
    answers, and the answer (the statement) is what the sentence reports.
    """
    if start < sentence_start + 3 or view.lowers[start - 1] != "to":
        return False
    if view.lowers[start - 2] not in _DECISION_NOUNS:
        return False
    return any(
        view.lemmas[i] in _REACTION_VERBS for i in range(max(sentence_start, start - 9), start - 2)
    )


def _undone_by(view: ArticleView, head: int, sentence_start: int) -> bool:
    """Whether a trigger noun is the object of a verb that undoes or contests it.

    "to strike down the moratorium", "lifted a three-year freeze", "challenged the
    suspension": the act is known news, and what the sentence tells is its undoing.
    """
    for i in range(head - 1, max(sentence_start, head - 7) - 1, -1):
        if (
            view.lowers[i] in {",", ";", "and", "but", "that", "which", "who"}
            or i in view.mention_at
        ):
            return False
        if view.lowers[i] in _UNDO_VERBS or (
            view.lowers[i] == "down" and view.lemmas[i - 1] == "strike"
        ):
            return True
    return False


_UNDO_VERBS = frozenset(
    form
    for verb in words(
        "lift overturn quash void invalidate annul repeal rescind revoke challenge contest "
        "block reverse"
    )
    for form in (verb, verb + "s", verb.removesuffix("e") + "ed", verb.removesuffix("e") + "ing")
)
"""Verbs that undo or contest an act, in every form (lemmas are kept for trigger words only)."""
_DECISION_NOUNS = words("decision decisions ruling move order plan")
_REACTION_VERBS = words(
    "appeal challenge contest fight criticise criticize condemn question oppose overturn "
    "reverse reconsider welcome defend dispute"
)
_GRANT_VERBS = words("grant approve allow accept uphold")
_FILINGS = frozenset({"LawsuitFiled", "ComplaintFiled"})


def _on_behalf_of(view: ArticleView, end: int, ceiling: int, filer: Role | None) -> Role | None:
    """The party a lawyer files for: "he filed a suit on her behalf", "on behalf of Ann Lee".

    A lawyer's filing is the client's lawsuit, as court reporting names it.
    """
    for j in range(end, max(end, ceiling - 2)):
        if view.lowers[j] != "on":
            continue
        if view.lowers[j + 2] == "behalf" and view.lowers[j + 1] in _OWNER_PRONOUNS:
            lawyer = filer.mention if filer is not None else None
            exclude = frozenset({lawyer.canonical or lawyer.text}) if lawyer else frozenset()
            return resolve_pronoun(view, j + 1, exclude=exclude)
        if view.lowers[j + 1] == "behalf" and view.lowers[j + 2] == "of":
            return find_phrase(view, j + 3, ceiling)
    return None


_OWNER_PRONOUNS = words("his her their its")


def _relative_actor(view: ArticleView, end: int, stop: int) -> Role | None:
    """Who did the act a noun names, from a relative clause after it.

    "the 90-day moratorium on new licences that the city council imposed": the council.
    """
    for j in range(end, min(stop, end + 10)):
        if view.lowers[j] in {",", ";", "."}:
            return None
        if view.lowers[j] not in {"that", "which"}:
            continue
        k = j + 1
        while k < stop and view.lowers[k] in DETERMINERS:
            k += 1
        entry = view.mention_at.get(k)
        if entry is None or entry[2].kind not in {"organization", "person"} or entry[1] >= stop:
            return None
        verb = view.lowers[entry[1]]
        if verb.endswith("ed") or verb in IRREGULAR:
            return Role(mention=entry[2], index=entry[0])
        return None
    return None


def _main_clause_actor(view: ArticleView, sent: Sentence, head: int) -> Role | None:
    """The actor of a sentence opened by "Under the agreement ..., Zeta will ...": Zeta."""
    first = _first_word(view, sent)
    if view.lowers[first] != "under" or head > first + 4:
        return None
    comma = next((i for i in range(head, sent.end) if view.lowers[i] == ","), None)
    if comma is None:
        return None
    for k in range(comma + 1, min(sent.end, comma + 4)):
        entry = view.mention_at.get(k)
        if entry is not None:
            actor = entry[2].kind in {"organization", "person"}
            return Role(mention=entry[2], index=entry[0]) if actor else None
    return None


def _granter(view: ArticleView, asked: int, floor: int) -> int | None:
    """The verb that granted a request noun at ``asked`` ("granted Lee's petition to ...")."""
    i = asked - 1
    for _ in range(6):
        if i < floor:
            return None
        if view.lemmas[i] in _GRANT_VERBS or view.lowers[i].startswith("grant"):
            return i
        entry = view.mention_at.get(i)
        i = entry[0] - 1 if entry is not None else i - 1
    return None


def _first_word(view: ArticleView, sent: Sentence) -> int:
    """The first word of a sentence, after any punctuation or space."""
    i = sent.start
    while i < sent.end - 1 and not view.words[i][:1].isalnum():
        i += 1
    return i


def _has_context(view: ArticleView, sent: Sentence, context: str) -> bool:
    """Whether the sentence has one of the ``|``-separated context words (stems or forms)."""
    wanted = set(context.split("|"))
    return any(
        view.lemmas[i] in wanted or view.lowers[i] in wanted for i in range(sent.start, sent.end)
    )


def _vote_company(view: ArticleView, sent: Sentence, head: int) -> tuple[Mention | None, bool]:
    """The company whose shareholders vote: the object of a ShareholderVote.

    "Zeta's shareholders", "Zeta shareholders", "its shareholders", "shareholders of
    Zeta", "Shareholders in Swedish miner Zeta"; else the company the article named as the
    holders' before ("Zeta shareholders" in its headline), else the one it names most so far
    (an article's "shareholders" are its company's). Outlets call what was voted on by many
    names ("a merger with Omni", "the proposal"), so the company is what ties their reports
    of one vote. The flag says whether the text names the company as the holders' (the
    vote is then its general meeting's act) or it is only the article's likeliest firm.
    """
    holders = [i for i in range(sent.start, sent.end) if view.lowers[i] in HOLDER_NOUNS]
    if holders:
        h = min(holders, key=lambda i: abs(i - head))
        company = _holders_company(view, h, sent.start, sent.end)
        if company is not None:
            return company, True
    earlier = [
        found
        for i in range(sent.start)
        if view.lowers[i] in HOLDER_NOUNS
        and (found := _holders_company(view, i, 0, sent.start, pronouns=False)) is not None
    ]
    if earlier:
        return earlier[-1], True
    return resolve_organisation(view, holders[0] if holders else head, noun="company"), False


_HOLDING_NOUNS = words("company firm group business miner lender bank maker retailer insurer")
"""Descriptions of a company whose shareholders vote ("the Ayr company's shareholders")."""


def _holders_company(
    view: ArticleView, h: int, start: int, end: int, *, pronouns: bool = True
) -> Mention | None:
    """The company the holder noun at ``h`` names as theirs, between ``start`` and ``end``."""
    for i in range(h - 1, max(h - 4, start - 1), -1):
        low = view.lowers[i]
        if low in _HOLDING_NOUNS and i == h - 2 and view.lowers[h - 1] in {"'s", "’s"}:
            # "took control of Varne Fleece, days after the Ayr company's shareholders
            # rejected ...": the firm the sentence named last, else the article's
            firms = [
                m
                for m_start, m_end, m in view.mention_spans
                if start <= m_start and m_end < i and m.kind == "organization"
            ]  # not the word that places the company ("the Ayr company")
            return firms[-1] if firms else resolve_organisation(view, i, noun=low)
        entry = view.mention_at.get(i - 1) if low in {"'s", "’s"} else None
        if entry is not None and entry[2].kind == "organization":
            return entry[2]
        entry = view.mention_at.get(i)
        if entry is not None and entry[2].kind == "organization":
            return entry[2]
        if low in {"its", "their"} and pronouns:  # the sentence's subject, else the nearest
            for m_start, _, mention in view.mention_spans:
                if (
                    start <= m_start < i
                    and mention.kind == "organization"
                    and view.lowers[m_start - 1] != "("  # a dateline's "(Reuters)"
                ):
                    return mention
            role = resolve_pronoun(view, i)
            return role.mention if role is not None else None
    if h + 2 < end and view.lowers[h + 1] in {"of", "in"}:
        for i in range(h + 2, min(h + 12, end)):  # past "Finnish sawmill group"
            entry = view.mention_at.get(i)
            if entry is not None and entry[2].kind == "organization":
                return entry[2]
            if is_punct(view.words[i]) or view.lemmas[i] in _VOTE_VERBS:
                break
    return None


_VOTE_VERBS = words("vote approve reject back ratify endorse support oppose")


def _imposing_sayer(view: ArticleView, sent: Sentence, floor: int, head: int) -> Role | None:
    """The organisation that reports an imposed act in the passive, when it is the imposer.

    "The ministry said the contract had been suspended": the ministry's act. Not when the
    passive's subject is the speaker's own ("Zeta said its contract was suspended": done to
    Zeta), nor when the speaker is named after the act.
    """
    sayer = sayer_role(view, sent.start, sent.end)
    if sayer is None or sayer.mention is None or sayer.mention.kind != "organization":
        return None
    if not 0 <= sayer.index < floor:
        return None
    subject = range(floor, head)
    if any(view.lowers[i] in _SPEAKER_WORDS for i in subject):
        return None
    if any(view.mention_at.get(i, (0, 0, None))[2] is sayer.mention for i in subject):
        return None
    return sayer


def _unnamed_thief(view: ArticleView, sent: Sentence) -> Role | None:
    """The sentence's unnamed thieves: "was stolen when thieves broke in"."""
    for i in range(sent.start, sent.end):
        if view.lowers[i] in _UNNAMED_THIEVES and not view.quoted[i] and i not in view.mention_at:
            return describe_actor(view, i, sent.start)
    return None


def _date(
    view: ArticleView,
    sent: Sentence,
    head: int,
    published: str | None,
    *,
    future: bool,
    event_type: str,
    embedded: tuple[int, int] | None = None,
) -> tuple[str, str] | None:
    """The date of the event at ``head``.

    The time expression nearest to it, read in the tense of its own verb ("said Friday" is past
    even in "said Friday it will"). None in ``embedded`` (the character span of a relative
    clause inside the subject) counts: "whose charge was dismissed this week" dates the
    dismissal, not the lawsuit the subject then filed.
    """
    near = view.idx[head] - sent.start_char
    timexes = [
        t
        for t in find_timexes(sent.text, published, future=future)
        if t.text.split()[0].lower() not in OPEN_ENDED
        and not _is_dateline(sent.text, t)
        and not _PERIOD_BOUND.search(sent.text[max(t.start - 60, 0) : t.start])
        and not (embedded and embedded[0] <= sent.start_char + t.start < embedded[1])
    ]
    occasion = next(
        (
            t
            for t in timexes
            if t.start < near
            and _TOOK_PLACE.search(sent.text[: t.start])
            and _WHEN_AFTER.match(sent.text[t.end : near])
        ),
        None,
    )
    if occasion is not None and occasion.iso:  # "It took place on May 3, when a gang looted"
        return occasion.iso, occasion.text
    relative = (
        min(_relative_start(view, head, sent.end), _cause_start(view, head, sent.end))
        - sent.start_char
    )
    if not future and GROUP_OF.get(event_type) == "communication":
        # "says it will announce the cause on May 20": that day is the announcement's;
        # "apologised to the people whose data was stolen this month": the theft's;
        # "acknowledges that an error introduced in October lowered scores": the error's
        timexes = [
            t
            for t in timexes
            if not (t.start > near and is_future(sent.text[near : t.start]))
            and t.start < relative
            and not (t.start > near and _inside_what_is_told(sent.text[near : t.start]))
            and not (t.start < near and _in_relative_before(view, sent.start_char + t.start, head))
        ]  # "The chief of Zeta, the operator whose network collapsed on Sunday, apologised"
    if not timexes:
        return None
    if not future and GROUP_OF.get(event_type) != "communication":
        limit = _subordinate_start(view, head, sent.end) - sent.start_char
        own = [
            t
            for t in timexes
            if not _dates_report(view, sent, t.start, t.end, head)
            and t.start < limit
            and not _in_relative_before(view, sent.start_char + t.start, head)
        ]
        if not own and event_type not in _ANNOUNCED:
            return None
        timexes = own or [
            t
            for t in timexes
            if not _in_relative_before(view, sent.start_char + t.start, head)
            and t.start < relative
            and not _SUBORDINATE.search(sent.text[near : t.start])
            and not _PARTICIPLE_CLAUSE.search(sent.text[near : t.start])
        ]  # "Zeta, which hired 90 people last year, said it had paused": not last year;
        # "has opened an investigation ..., following the death of a tenant in August": the
        # death's month
        if not timexes:
            return None
    timex = min(timexes, key=lambda t: min(abs(t.start - near), abs(t.end - near)))
    reading = _local_tense(view, sent.start_char + timex.start, default=future)
    if reading != future:
        timex = next(
            t for t in find_timexes(sent.text, published, future=reading) if t.start == timex.start
        )
    iso = timex.iso
    between = sent.text[timex.end : near] if timex.end <= near else ""
    if iso is not None and (shift := shift_days(between)) and len(iso) == 10:
        iso = (dt.date.fromisoformat(iso) + dt.timedelta(days=shift)).isoformat()
    elif iso is not None and is_subordinated(between):
        # "ordered on Tuesday ..., five months after prosecutors dropped the charge"
        iso = subordinate_shift(between, iso)
    elif iso is not None and (shifted := subordinate_shift(without_appositions(between), iso)):
        iso = shifted  # "said on Thursday ..., a day after Zeta, the largest app, conceded"
    if iso is None or (not reading and _after_publication(iso, published)):
        return None
    return iso, timex.text


_PERIOD_BOUND = re.compile(
    r"\bbetween\s+(?:[\w.’'-]+\s+){0,3}$|\bbetween\s+(?:[\w.’'-]+\s+){1,4}and\s+$"
    r"|\bfrom\s+(?:[\w.’'-]+\s+){1,4}to\s+$",
    re.IGNORECASE,
)
"""Text before a time expression that bounds a period ("trading between late September
and 2 October"): the period is what the act is about, not when it happened."""
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
_SAYING = re.compile(r"\b(?:said|says|say|told|statement|announced)\b", re.IGNORECASE)


def _inside_what_is_told(between: str) -> bool:
    """Whether a time after a statement's trigger is inside the "that" clause it reports.

    "acknowledges that an error introduced in October lowered scores": October is the
    error's. Not when the reporting clause comes back before it ("admitted that hackers
    broke in, the company said in a statement late on Monday").
    """
    that = _THAT.search(between)
    return that is not None and _SAYING.search(between, that.end()) is None


_RELATIVES = words("who whose which whom what")
"""Words that open a clause about a noun ("activists who occupied the office last month"): its
time expression dates what the clause tells, never the act it follows."""
_SUBORDINATORS = _RELATIVES | words("when whether after before because that while if until since")


def _relative_start(view: ArticleView, head: int, end: int) -> int:
    """Where the first relative clause after the trigger starts (a character offset)."""
    i = head + 1
    while i < end:
        if (skip := _aside_end(view, i, end)) is not None:
            i = skip  # "sued Omni, which runs a plant in Thies, on Monday": Monday is the suit's
            continue
        if view.lowers[i] in _RELATIVES or _relative_that(view, i, end):
            return view.idx[i]
        i += 1
    return len(view.text)


def _aside_end(view: ArticleView, i: int, end: int) -> int | None:
    """The token after a relative clause set off by commas that opens at token ``i``.

    "filed a lawsuit against Omni, which runs a plant on the edge of the town, on Monday":
    after the second comma the sentence is back in the clause of the trigger. None when no
    comma closes it, or when what follows is a new clause's verb (", said on Monday").
    """
    if view.words[i] != "," or i + 1 >= end or view.lowers[i + 1] not in _RELATIVES:
        return None
    close = next((j for j in range(i + 2, end) if view.words[j] in {",", ";", "—", "("}), None)
    if close is None or view.words[close] != "," or close + 1 >= end:
        return None
    if view.lowers[close + 1] in _TIME_OPENERS:
        return close + 1
    return None


_TIME_OPENERS = words("on in at during last earlier this")


_COMPLEMENT_VERBS = words(
    "find show conclude know believe announce confirm ensure mean suggest argue claim warn "
    "note decide agree order rule allege insist admit accept deny so such now"
)


def _relative_that(view: ArticleView, i: int, end: int) -> bool:
    """Whether "that" opens a relative clause about the noun before it.

    "the card system that has left riders stranded for the past month": a noun, then "that"
    and an auxiliary; after a verb of saying or knowing ("said that it has") it opens what
    was said instead.
    """
    if view.lowers[i] != "that" or i + 1 >= end or i == 0:
        return False
    before = view.lowers[i - 1]
    return (
        before.isalpha()
        and view.lemmas[i - 1] not in SAY_VERBS | _COMPLEMENT_VERBS
        and not before.endswith("ed")
        and (
            view.lemmas[i + 1] in {"have", "be", "will", "would", "can", "could", "may"}
            or is_past_form(view, i + 1)  # "the builder that began earthworks in May"
            or (  # "a village that partly collapsed into the river in January"
                view.lowers[i + 1].endswith("ly") and i + 2 < end and is_past_form(view, i + 2)
            )
        )
    )


def _subordinate_start(view: ArticleView, head: int, end: int) -> int:
    """Where the first subordinate clause after the trigger starts (a character offset).

    Its time expression dates what it tells ("opened an investigation into whether the firm
    broke the law when it cut supply in June"), not the trigger; so does a cause named by a
    possessive ("sued the police over his arrest in September").
    """
    i = head + 1
    while i < end:
        if (skip := _aside_end(view, i, end)) is not None:
            i = skip
            continue
        pair = (view.lowers[i], view.lowers[i + 1] if i + 1 < end else "")
        if pair in _CLAUSE_PAIRS and i + 2 < end and is_past_form(view, i + 2):
            i += 2  # "Thieves cut a padlock ..., and made off with ... on Saturday": one subject
            continue
        if pair == (",", "and") and _person_with_age(view, i + 2, end):
            i += 2  # "arrested Ann Lee, 34, and Omar Ruiz, 29, on Thursday": one more object
            continue
        if pair[0] in _SUBORDINATORS or pair in _CLAUSE_PAIRS or _participle_clause(*pair):
            return min(view.idx[i], _cause_start(view, head, i))
        i += 1
    return _cause_start(view, head, end)


def _person_with_age(view: ArticleView, k: int, end: int) -> bool:
    """Whether a person named with an age follows at token ``k`` ("Omar Ruiz, 29,").

    Markdown's bold marks around the name are stepped over.
    """
    while k < end and set(view.words[k]) == {"*"}:
        k += 1
    entry = view.mention_at.get(k)
    if entry is None or entry[0] != k or entry[2].kind != "person":
        return False
    after = entry[1]
    while after < end and set(view.words[after]) == {"*"}:
        after += 1
    return after + 1 < end and view.words[after] == "," and view.words[after + 1].isdigit()


def _participle_clause(word: str, after: str) -> bool:
    """Whether a comma opens a participle clause: ", using powers it gained in April 2024".

    >>> _participle_clause(",", "citing"), _participle_clause(",", "king")
    (True, False)
    """
    return _PARTICIPLE_CLAUSE.fullmatch(f"{word} {after}") is not None


def _cause_start(view: ArticleView, head: int, end: int) -> int:
    """Where a cause after the trigger starts: a possessive's or an act of its own.

    "over his arrest"; "for comments he made on the radio last Thursday": Thursday is the
    comments' day, not the apology's.
    """
    for i in range(head + 1, end - 1):
        if view.lowers[i] not in _CAUSE_PREPOSITIONS:
            continue
        if view.lowers[i + 1] in POSSESSIVES:
            return view.idx[i]
        for k in range(i + 2, min(i + 6, end - 1)):
            if view.lowers[k] in _CAUSE_SUBJECTS and is_past_form(view, k + 1):
                return view.idx[i]
    return len(view.text)


_CAUSE_SUBJECTS = (SUBJECT_PRONOUNS - POSSESSIVES) | {"i"}


_CLAUSE_PAIRS = {(",", "and"), (",", "but")}
_CAUSE_PREPOSITIONS = words("over for following")


def _in_relative_before(view: ArticleView, char: int, head: int) -> bool:
    """Whether a time before the trigger sits in a relative clause of the subject.

    Set off by commas ("Ann Lee, whose arrest in November was filmed, sued") or not ("49
    families from a village that flooded in January filed a lawsuit").
    """
    return _in_relative_aside(view, char, head) or _after_subject_relative_verb(view, char, head)


def _after_subject_relative_verb(view: ArticleView, char: int, head: int) -> bool:
    """Whether a relative pronoun and its own verb come before a time that precedes the trigger.

    Between a subject's relative clause and the main verb a time can only be the clause's.
    """
    i = bisect.bisect_right(view.idx, char) - 1
    if i < 0 or i >= head:
        return False
    start = view.sent_start[i]
    for r in range(i - 1, start - 1, -1):
        if view.words[r] in {",", ";", "(", "—"}:
            return False
        if view.lowers[r] in {"who", "which", "that"} and r > start:
            return any(
                view.lowers[k].endswith("ed") or is_past_form(view, k) for k in range(r + 1, i)
            )
    return False


def _in_relative_aside(view: ArticleView, char: int, head: int) -> bool:
    """Whether a time before the trigger sits in a relative clause set off by commas.

    "Ann Lee, whose arrest in November was filmed, sued on Friday": November dates the arrest.
    """
    i = bisect.bisect_right(view.idx, char) - 1
    if i < 0 or i >= head or not any(view.words[j] == "," for j in range(i, head)):
        return False
    j = i - 1
    while j >= 0 and view.words[j] not in {",", ".", ";"}:
        if view.lowers[j] in {"who", "whose", "which", "whom"}:
            return True
        j -= 1
    return False


def _dates_report(view: ArticleView, sent: Sentence, start: int, end: int, head: int) -> bool:
    """Whether a time expression dates a reporting verb before the event's clause.

    "announced on Monday that a hacker stole": a past event reported later keeps only its own
    time, while a decision ("said Monday it will stop") takes the report's.
    """
    span = view.doc.char_span(
        sent.start_char + start, sent.start_char + end, alignment_mode="expand"
    )
    if span is None or span.start > head:
        return False
    for i in (*range(span.start - 1, max(span.start - 3, sent.start - 1), -1), span.end):
        if 0 <= i < len(view.doc) and view.lemmas[i] in SAY_VERBS and i < head:
            return _past_between(view, i + 1, head)
    return False


def _past_between(view: ArticleView, start: int, head: int) -> bool:
    """Whether the clause from ``start`` to the trigger at ``head`` is in the past tense."""
    for i in range(start, head + 1):
        low = view.lowers[i]
        if low in {"was", "were", "had"} or (i == head and low.endswith("ed")):
            return True
        if i == head and low != view.lemmas[i] and low in IRREGULAR and low.endswith(("e", "t")):
            return True
    return False


def _local_tense(view: ArticleView, char: int, *, default: bool) -> bool:
    """Whether the verb of a time expression is future (True) or past.

    Its verb is the one right before it ("said Friday it will"), or, when it opens the
    sentence ("On Friday, the regulator, a body set up in 2002, said it would examine"), the
    first verb of saying or "will" after it: the main clause's.
    """
    token = view.doc.char_span(char, char + 1, alignment_mode="expand")
    if token is None:
        return default
    for i in range(token.start - 1, max(token.start - 4, -1), -1):
        lemma, low = view.lemmas[i], view.lowers[i]
        if lemma == "will" or low in {"tomorrow", "next"}:
            return True
        if lemma in SAY_VERBS or (low.endswith("ed") and low != "need"):
            return lemma == "will"
        if is_punct(view.words[i]):
            break
    if token.start - view.sent_start[token.start] <= 1:
        for i in range(token.end, min(token.end + 20, len(view.lemmas))):
            if view.sent_start[i] != view.sent_start[token.start]:
                break
            if view.lemmas[i] == "will" or view.lemmas[i] in SAY_VERBS:
                return view.lemmas[i] == "will"
    return default


def _role(
    view: ArticleView,
    mode: str,
    *,
    start: int,
    end: int,
    head: int,
    floor: int,
    ceiling: int,
    sent: Sentence,
    speech: bool = False,
) -> Role | None:
    if mode == "none":
        return None
    if mode == "start":
        return describe_actor(view, start, floor)
    if mode == "subject" and after_relative_clause(view, head, floor):
        # "The Oslo fintech whose app was used ... acknowledged": the relative's antecedent
        antecedent = relative_antecedent(view, floor - 1, sent.start)
        if antecedent is not None or (antecedent := opening_actor(view, sent.start, start)):
            return antecedent
    if mode == "subject":
        role = find_subject(view, start, floor, head=head)
        relative = view.lowers[floor - 1] in _SUBJECT_RELATIVES
        if role is None and floor > sent.start + 1 and relative:
            role = relative_antecedent(view, floor - 1, sent.start)
        if role is None:
            role = opening_actor(view, sent.start, start)
        return role
    if mode == "after":
        return find_phrase(view, end, ceiling)
    if mode == "speaker":
        return sayer_role(view, sent.start, sent.end)
    if mode in {"by", "by|modifier"}:
        by = _by_after(view, head, min(ceiling, end + 16))
        role = find_phrase(view, by + 1, ceiling) if by is not None else None
        if role is None and start + 1 < head and view.lowers[start + 1] == "by":
            role = find_phrase(view, start + 2, head)  # "the report by Zeta, released on"
        if role is None and by is None:
            role = _court_after(view, head, min(ceiling, end + 6))
        if role is None and mode == "by|modifier":
            role = _modifier_organisation(view, start, floor)
        if role is None and mode == "by|modifier":
            role = _fronted_phrase_author(view, sent, head)
        return role
    if mode == "owner":
        return _find_owner(view, start, ceiling, floor=floor, head=head, speech=speech)
    return find_phrase(view, head + 1, ceiling, after=frozenset(mode.split("|")))


def _by_after(view: ArticleView, head: int, limit: int) -> int | None:
    """The "by" that names a passive act's agent, past the phrases that say where and when.

    "complaints filed last month with the National Privacy Commission (NPC) by 200
    borrowers": the agent comes after the addressee, in the same clause.
    """
    for j in range(head + 1, limit):
        if view.lowers[j] == "by":
            return j
        if view.lowers[j] == "and" and _joins_names(view, j):
            continue  # "at their homes in Holt and Ayr shortly after by officers of"
        if view.lowers[j] in {",", ";", ":", "who", "which", "that", "and", "but"}:
            return None
    return None


def _joins_names(view: ArticleView, j: int) -> bool:
    """Whether the word at ``j`` joins two capitalised names ("Holt and Ayr")."""
    return 0 < j < len(view.words) - 1 and all(view.words[k][:1].isupper() for k in (j - 1, j + 1))


def _fronted_phrase_author(view: ArticleView, sent: Sentence, head: int) -> Role | None:
    """The subject after an opening "In a report released Tuesday," phrase: its author.

    "In a 62-page report released Tuesday, Auditor General Ann Lee found ...": the report is
    the one whose finding the main clause tells, so its subject wrote it.
    """
    first = sent.start
    while first < head and view.words[first].isspace():
        first += 1
    if view.lowers[first] != "in":
        return None
    after = range(head + 1, min(sent.end, head + 8))
    comma = next((j for j in after if view.words[j] == ","), None)
    if comma is None:
        return None
    for j in range(comma + 1, min(sent.end, comma + 9)):
        entry = view.mention_at.get(j)
        if entry is not None and entry[2].kind in {"person", "organization"}:
            return Role(mention=entry[2], index=entry[0])
        if view.lemmas[j] in SAY_VERBS or view.lemmas[j] in _FINDING_VERBS:
            break  # "the state's audit office, ASENL, said": the name comes before the verb
    return None


_FINDING_VERBS = words("find conclude determine establish show reveal")


def _court_after(view: ArticleView, head: int, limit: int) -> Role | None:
    """The court a passive act took place at: "charges were dismissed at Varne District Court".

    A court acts where it sits, so "at" or "in" a named court is the agent a "by" would name.
    """
    for j in range(head + 1, limit):
        if view.lowers[j] not in {"at", "in"}:
            continue
        k = j + 2 if j + 2 < limit and view.lowers[j + 1] == "the" else j + 1
        entry = view.mention_at.get(k)
        if (
            entry is not None
            and entry[2].kind == "organization"
            and {"court", "tribunal"} & set(entry[2].text.lower().split())
        ):
            return Role(mention=entry[2], index=entry[0])
    return None


def _modifier_organisation(view: ArticleView, start: int, floor: int) -> Role | None:
    """The organisation named right before a trigger noun ("a Zeta staff report")."""
    i = start - 1
    while i >= floor and i > start - 4:
        entry = view.mention_at.get(i)
        if entry is not None:
            return (
                Role(mention=entry[2], index=entry[0]) if entry[2].kind == "organization" else None
            )
        if view.lowers[i] not in _NOUN_MODIFIERS:
            return None
        i -= 1
    return None


def _find_owner(
    view: ArticleView, start: int, ceiling: int, *, floor: int, head: int, speech: bool
) -> Role | None:
    """Whose the trigger noun is.

    "Zeta's statement", "its probe", "a probe by Zeta", and for something said, "a statement
    from Zeta" ("theft from" names the victim).
    """
    i = start - 1
    for _ in range(4):
        if i < floor:
            break
        low = view.lowers[i]
        if low in {"'s", "’s"}:
            entry = view.mention_at.get(i - 1)
            if entry is not None:
                return Role(mention=entry[2], index=entry[0])
            return describe_actor(view, i - 1, floor)
        if low in {"its", "their", "his", "her", "our"}:
            return resolve_pronoun(view, i)
        if low in STOP_NP or low in {"a", "an", "the"}:
            break
        i -= 1
    owners = {"by", "from"} if speech else {"by"}
    for j in range(start + 1, min(ceiling, start + 6)):
        if view.lowers[j] in owners:
            return find_phrase(view, j + 1, ceiling)
        if view.lowers[j] in {"a", "an", "the"}:
            break  # "the pause follows a report by Zeta": the report's author, not the pause's
    return None


def _partial_quote_opening(view: ArticleView, head: int, sentence_start: int) -> int | None:
    """The opening mark of a few quoted words inside the reporter's own clause, if so.

    News quotes a statement's exact words inside its own sentence: 'the ministry said it had
    "paused all payments"'. The clause and its subject are the reporter's, so the act is
    reported, unlike a quotation that is someone's speech ('"We will sue," Lee said'). The
    quote opens after a word of the clause (not after a reporting verb or a colon) and has
    no first person before the trigger. The clause of such a trigger begins before the mark.

    >>> view = build_view('Zeta said it had "paused all payments" to Omni.', ())
    >>> _partial_quote_opening(view, 5, 0)
    4
    >>> view = build_view('Lee said: "We paused all payments."', ())
    >>> _partial_quote_opening(view, 5, 0) is None
    True
    """
    first = head
    while first > sentence_start and view.quoted[first - 1]:
        first -= 1
    if any(view.lowers[i] in _FIRST_PERSON for i in range(first, head)):
        return None
    before = first - 2  # the word before the opening quotation mark
    while before >= sentence_start and view.words[before].isspace():
        before -= 1
    if before < sentence_start or not view.lowers[before].isalpha():
        return None
    if view.lemmas[before] in SAY_VERBS:
        return None
    return first - 1


def _quote_speaker(view: ArticleView, sentences: list[Sentence], index: int) -> Role | None:
    """Who speaks a quotation.

    The attribution of its sentence or of a neighbour in the same paragraph ('"I am sorry," Ann
    Lee said. "I apologise."').
    """
    sent = sentences[index]
    role = sayer_role(view, sent.start, sent.end)
    if role is not None:
        return role
    for other in (index - 1, index + 1):
        if 0 <= other < len(sentences):
            neighbour = sentences[other]
            if view.paragraph[neighbour.start] == view.paragraph[sent.start]:
                role = sayer_role(view, neighbour.start, neighbour.end)
                if role is not None:
                    return role
    return None


def _refine_type(
    view: ArticleView,
    pattern: EventPattern,
    sent: Sentence,
    *,
    agent: Role | None,
    place: Role | None,
    obj: Role | None,
    span: tuple[int, int],
) -> str | None:
    event_type: str | None = pattern.type
    if pattern.needs_place and place is None:
        event_type = pattern.otherwise
        if event_type is None:
            return None
        if (
            obj is not None
            and obj.mention is not None
            and obj.mention.kind in {"organization", "person"}
            and not (agent is not None and agent.mention is obj.mention)
            and any(view.lemmas[i] in _SUPPLY_VERBS for i in range(*span))
        ):
            return "SalesRefusal"  # "stopped supplying Zeta", "stopped selling Zeta's locks"
    if event_type in {"Moratorium", "ProductDiscontinuation"} and _supply_to_a_customer(view, span):
        return "SalesRefusal"  # "halted shipments to the retailer", "stopped shipping to Zeta"
    if event_type == "ProductDiscontinuation" and _another_firms_goods(view, span, agent):
        return "SalesRefusal"  # "removed all Zeta products from its shelves"
    if event_type == "ContractSuspension" and _new_grants(view, span):
        return "Moratorium"  # "suspended the issuing of new mining licences": none are granted
    if pattern.pause and any(view.lowers[i] in _TEMPORARY for i in range(sent.start, sent.end)):
        event_type = pattern.pause
    authority = (pattern.authority or pattern.non_authority is not None) and (
        is_authority(agent) or _described_as_authority(view, agent)
    )  # only for the patterns whose type depends on it: this runs for every match
    if pattern.authority and authority:
        event_type = pattern.authority
    if pattern.non_authority is not None and not authority:
        event_type = pattern.non_authority or None
    if not pattern.by_police and _is_police(agent):
        return None
    if pattern.prosecution and is_prosecutor(agent):
        event_type = pattern.prosecution
    if event_type == "ChargesDropped" and _is_bench(view, agent):
        event_type = "ChargesDismissed"  # "Justice Ann Lee stayed the charges": the court's act
    return event_type


def _is_police(agent: Role | None) -> bool:
    """Whether an agent is a police force, named ("Ayr Police") or not ("officers")."""
    if agent is None:
        return False
    return any(is_police_force(name) for name in role_names(agent)) or (
        agent.mention is None and (agent.text or "").lower().split()[-1:] == ["officers"]
    )


def _is_bench(view: ArticleView, agent: Role | None) -> bool:
    """Whether an agent is a court or a judge (titled Judge, Justice or Magistrate)."""
    if agent is None or agent.mention is None:
        return False
    mention = agent.mention
    if mention.kind == "organization":
        return bool(set((mention.canonical or mention.text).lower().split()) & _BENCH_WORDS)
    return mention.kind == "person" and _titled_judge(view, mention)


def _titled_judge(view: ArticleView, person: Mention) -> bool:
    """Whether the word right before a person's name is a judge's title ("Justice Ann Lee")."""
    return view.text[max(0, person.start - 12) : person.start].split()[-1:] in _JUDGE_TITLES


_BENCH_WORDS = words("court tribunal")


def _new_grants(view: ArticleView, span: tuple[int, int]) -> bool:
    """Whether a match stops the granting of new contracts, licences or permits (plural).

    "froze new salmon concessions", "suspended the issuing of new licences": a freeze on
    what has yet to be granted, not the suspension of one contract.
    """
    start, end = span
    last = end - 1
    return (
        any(view.lowers[i] == "new" for i in range(start, last))
        and view.lemmas[last] in _GRANTS
        and view.lowers[last] != view.lemmas[last]
    )


_GRANTS = words("concession licence license permit contract lease")


def _described_as_authority(view: ArticleView, agent: Role | None) -> bool:
    """Whether the article describes an agent as an authority where its name does not say so.

    An acronym never spelt out, by its apposition ("Spain's competition authority, the CNMC,
    fined Zeta"); a person, by the title before the name (:func:`_titled_authority`).
    """
    if agent is None or agent.mention is None:
        return False
    if agent.mention.kind == "person":  # "Privacy Commissioner Ann Lee": the title before
        return _said_beside(view, agent.mention, _AUTHORITY_TITLES, before=8, after=0)
    return agent.mention.text.isupper() and _said_beside(
        view, agent.mention, AUTHORITY_WORDS, before=6, after=6
    )


_AUTHORITY_TITLES = words(
    "commissioner ombudsman judge magistrate auditor prosecutor inspector inspector-general "
    "auditor-general"
)
"""Titles that make the person an authority: a commissioner who releases findings has made a
finding, as her office would have."""


def _said_beside(
    view: ArticleView, mention: Mention, vocabulary: frozenset[str], *, before: int, after: int
) -> bool:
    """Whether a word of ``vocabulary`` stands beside a mention of the same entity.

    Within ``before`` tokens before it or ``after`` tokens after it, in its sentence.
    """
    name = mention.canonical or mention.text
    for start, end, other in view.mention_spans:
        if other.kind != mention.kind or (other.canonical or other.text) != name:
            continue
        window = [
            *range(max(view.sent_start[start], start - before), start),
            *range(end, min(end + after, len(view.lowers))),
        ]
        if any(view.lowers[i] in vocabulary for i in window):
            return True
    return False


def _after_publication(iso: str, published: str | None) -> bool:
    day = parse_published(published)
    return day is not None and iso > day.isoformat()[: len(iso)]


def _score(
    view: ArticleView,
    pattern: EventPattern,
    sent: Sentence,
    index: int,
    event: EventMention,
    head: int,
) -> float:
    score = pattern.weight
    if is_nominal(view, head):
        score -= 0.3
    if event.type == "Statement" and any(
        view.lemmas[i] in _STATEMENT_CUES for i in range(sent.start, sent.end)
    ):
        score += 0.4
    if index == 0:
        score += 0.15
    elif index <= 3:
        score += 0.3
    elif index <= 6:
        score += 0.15
    return score


def _agent_key(event: EventMention) -> str | None:
    if event.agent is not None:
        return (event.agent.canonical or event.agent.text).casefold()
    if not event.agent_text:
        return None
    found = event.agent_text.casefold().split()
    if not found:
        return None
    return " ".join(found[1:] if found[0] in {"a", "an", "the"} and len(found) > 1 else found)


def _shortened_description(a: str | None, b: str) -> bool:
    """Whether one description of an unnamed actor is the other's head alone.

    >>> _shortened_description("ayr county prosecutors", "prosecutors")
    True
    >>> _shortened_description("ayr county prosecutors", "defence lawyers")
    False
    """
    if not a or a == b:
        return False
    short, full = sorted((a.split(), b.split()), key=len)
    return len(short) == 1 and len(full) > 1 and full[-1] == short[0]


def _merge(candidates: list[Candidate], published: str | None = None) -> list[Candidate]:
    """One candidate per (type, agent).

    Reports in different places are different events (:func:`_other_places`). The lead's
    report wins (it is the news and carries its date), then any body report
    over the headline, then the higher score; a report without an agent
    joins the same type's report with one, and a headline that names its agent only by a
    description ("Regulator fines bank") joins the body's report of that type.
    """
    merged: list[Candidate] = []
    for candidate in sorted(
        candidates, key=lambda c: (c.sentence == 0, c.sentence > 1, -c.score, c.sentence)
    ):
        key = _agent_key(candidate.event)
        same_type = [m for m in merged if m.event.type == candidate.event.type]
        target = next((m for m in same_type if _agent_key(m.event) == key), None)
        if target is None and key and candidate.event.agent is None:
            target = next(  # "Ayr County prosecutors are dropping ... Prosecutors decided ..."
                (
                    m
                    for m in same_type
                    if m.event.agent is None and _shortened_description(_agent_key(m.event), key)
                ),
                None,
            )
        vague = (
            key is None
            or (candidate.sentence == 0 and candidate.event.agent is None)
            or bool(key and set(key.split()) & _PARTIES)
        )
        if target is None and vague and same_type:
            target = same_type[0]
        if target is None or _other_places(target.event, candidate.event, published):
            merged.append(candidate)  # "left Ghana three years ago" is not today's exit
            continue
        index = merged.index(target)
        if target.aside and not candidate.aside and _agent_key(target.event) == key:
            target, candidate = candidate, target  # the main clause's report tells it
        event = target.event
        if (
            event.type == "Statement"
            and event.date is None
            and candidate.event.date is not None
            and not is_background(candidate.event.date, published)
        ):  # "Zeta denied any wrongdoing on Tuesday. In a statement, the company said ..."
            event = dataclasses.replace(
                event, date=candidate.event.date, date_text=candidate.event.date_text
            )
        if event.type != "Statement":
            if _more_precise(candidate.event.date, event.date):
                event = dataclasses.replace(
                    event, date=candidate.event.date, date_text=candidate.event.date_text
                )
            if event.place is None and candidate.event.place is not None:
                event = dataclasses.replace(event, place=candidate.event.place)
            if event.object is None and candidate.event.object is not None:
                event = dataclasses.replace(event, object=candidate.event.object, object_text=None)
        merged[index] = dataclasses.replace(
            target,
            event=event,
            score=max(target.score, candidate.score) + 0.1,
            aside=target.aside and candidate.aside,
        )
    return merged


def _other_places(one: EventMention, other: EventMention, published: str | None) -> bool:
    """Whether two reports of one agent's act tell two events in different places.

    Both name a place and the places differ, or one names a place and only one of them is
    dated a year or so back ("will leave the country" and "walked away from Ghana three
    years ago").
    """
    if one.place is None and other.place is None:
        return False
    if one.place is not None and other.place is not None:
        return name_of(one.place) != name_of(other.place)
    return is_background(one.date, published) != is_background(other.date, published)


_AUTHORITY_PLURALS = words(
    "authorities officials police prosecutors investigators officers detectives gardaí gardai"
)


def _absorb_described_authorities(candidates: list[Candidate]) -> list[Candidate]:
    """One act told as "national authorities arrested ..." and "Vaud police arrested ...".

    An event whose agent is only described as authorities joins the event of the same type by a
    named authority, when the article has one (it keeps the more precise date): reports of one
    arrest or one inquiry name its agent now vaguely, now exactly.
    """
    kept = list(candidates)
    for candidate in candidates:
        event = candidate.event
        words_ = (event.agent_text or "").lower().split()
        if event.agent is not None or not words_ or words_[-1] not in _AUTHORITY_PLURALS:
            continue
        target = next(
            (
                c
                for c in kept
                if c.event.type == event.type
                and c.event.agent is not None
                and is_authority(Role(mention=c.event.agent))
            ),
            None,
        )
        if target is None:
            continue
        kept.remove(candidate)
        if _more_precise(event.date, target.event.date):
            better = dataclasses.replace(target.event, date=event.date, date_text=event.date_text)
            kept[kept.index(target)] = dataclasses.replace(target, event=better)
    return kept


def _more_precise(date: str | None, than: str | None) -> bool:
    """Whether ``date`` says more than ``than`` and does not contradict it.

    >>> _more_precise("2023-11-14", "2023-11"), _more_precise("2023-10-02", "2023-11")
    (True, False)
    """
    if date is None:
        return False
    return than is None or (len(date) > len(than) and date.startswith(than))


def _headline_dates(
    view: ArticleView, sentences: list[Sentence], candidates: list[Candidate], published: str | None
) -> list[Candidate]:
    """Date an undated headline event by its lead, when the lead names its agent.

    A headline leaves out the date its first sentence gives ("Zeta sues Omni" / "Zeta filed a
    lawsuit against Omni on Monday"); the day is preferred to a month the lead also names.
    """
    candidates = _headline_dates_from_lead_events(candidates, published)
    if len(sentences) < 2:
        return candidates
    lede = sentences[1]
    found = [
        t
        for t in find_timexes(lede.text, published, future=False)
        if t.iso and t.text.split()[0].lower() not in OPEN_ENDED and not _is_dateline(lede.text, t)
    ]
    if not found:
        return candidates
    best = max(found, key=lambda t: len(t.iso or ""))
    told_undated = {  # the lead tells the act and its rules found no date of the act's own
        c.event.type for c in candidates if c.sentence == 1 and c.event.date is None
    }
    updated = []
    for candidate in candidates:
        event = candidate.event
        agent = _agent_key(event)
        if (
            candidate.sentence == 0
            and event.date is None
            and event.type not in _UNDATED
            and event.type not in told_undated
            and agent
            and agent.split()[-1] in lede.text.casefold()
        ):
            event = dataclasses.replace(event, date=best.iso, date_text=best.text)
            candidate = dataclasses.replace(candidate, event=event)
        updated.append(candidate)
    return updated


_NEWS_DAY_WINDOW = 3
"""How many days before publication a day the article names may be the day of its news."""


def _dates_from_the_news_day(
    view: ArticleView, sentences: list[Sentence], candidates: list[Candidate], published: str | None
) -> list[Candidate]:
    """Date the undated latest act of the headline or lead by the one news day the article names.

    A lead tells the latest act in the present perfect ("Ann Lee has apologised for ...") and
    the article names its day somewhere else ("... during the hearing on Tuesday"). When the
    article names exactly one day in the three days up to its publication, that is the day of
    an undated act of its headline or of the lead's present perfect; two such days, or none,
    and the act stays undated.
    """
    latest = [
        c
        for c in candidates
        if c.event.date is None
        and c.event.type not in _UNDATED
        and not c.aside
        and (c.sentence == 0 or (c.sentence <= 2 and _present_perfect(view, c.head)))
    ]
    if not published or not latest:
        return candidates  # most articles: nothing to date, so no sentence is read again
    issued = dt.date.fromisoformat(published[:10])
    days = {
        t.iso
        for sent in sentences
        for t in find_timexes(sent.text, published, future=False)
        if t.iso
        and len(t.iso) == 10
        and not _is_dateline(sent.text, t)
        and 0 <= (issued - dt.date.fromisoformat(t.iso)).days <= _NEWS_DAY_WINDOW
    }
    if len(days) != 1:
        return candidates
    (day,) = days
    return [
        dataclasses.replace(c, event=dataclasses.replace(c.event, date=day)) if c in latest else c
        for c in candidates
    ]


def _headline_dates_from_lead_events(
    candidates: list[Candidate], published: str | None
) -> list[Candidate]:
    """Date an undated headline or lead event by the same event told, dated, just after.

    "Man arrested in Sydney over breach" / "Police arrested a 24-year-old man on Friday
    morning"; "The city will review its contract with Zeta" / "The city manager announced
    the review on Wednesday": a headline or lead names the act without its day, and the
    next sentences tell it again with one. A dated report of the same type within the
    following sentences, not told as history, whose agent does not contradict it (the
    same, unnamed, or a person speaking for an organisation) is the same event.
    """
    dated = [
        c
        for c in candidates
        if 1 <= c.sentence <= 2 * _LEAD_SENTENCES
        and c.event.date
        and not c.aside
        and not is_background(c.event.date, published)
    ]
    updated = []
    for candidate in candidates:
        event = candidate.event
        if (
            candidate.sentence <= _LEAD_SENTENCES
            and event.date is None
            and event.type not in _UNDATED
        ):
            same = next(
                (
                    c
                    for c in dated
                    if candidate.sentence < c.sentence <= candidate.sentence + _LEAD_SENTENCES
                    and c.event.type == event.type
                    and _agents_agree(event, c.event)
                ),
                None,
            )
            if same is not None:
                event = dataclasses.replace(
                    event, date=same.event.date, date_text=same.event.date_text
                )
                candidate = dataclasses.replace(candidate, event=event)
        updated.append(candidate)
    return updated


def _headline_post_holders(view: ArticleView, candidates: list[Candidate]) -> list[Candidate]:
    """A headline's "Zeta chief apologises" is the apology the lead tells of a named person.

    Headlines name the post ("chief", "boss") and the firm; the lead or the quote after it
    names the person. A personal act of the headline credited to an organisation followed
    by its post takes the person agent of the same act in the first sentences.
    """
    people = {
        c.event.type: c.event.agent
        for c in reversed(candidates)
        if 1 <= c.sentence <= _LEAD_SENTENCES
        and c.event.agent is not None
        and c.event.agent.kind == "person"
    }
    updated = []
    for candidate in candidates:
        event = candidate.event
        agent = event.agent
        if (
            candidate.sentence == 0
            and agent is not None
            and agent.kind == "organization"
            and view.lemmas[candidate.head] in PERSONAL_ACTS
        ):
            if _post_follows(view, agent):
                person = people.get(event.type) or _headline_post_holder(view, agent)
            else:
                person = _officer_acting(view, candidates, event.type, agent)
            if person is not None:
                event = dataclasses.replace(event, agent=person)
                candidate = dataclasses.replace(candidate, event=event)
        updated.append(candidate)
    return updated


def _headline_post_holder(view: ArticleView, firm: Mention) -> Mention | None:
    """The one person the body titles with the post a headline names after a firm.

    "Zeta CEO apologizes" is "CEO Ann Lee" of the body, when the body tells the act itself
    otherwise ("said in a written statement").
    """
    post = _post_after(view, firm)
    if post is None:
        return None
    titles = _POST_TITLES.get(post, ((post,),))
    found: dict[str, Mention] = {}
    for title in titles:
        found.update(_persons_titled(view, list(title)))
    return only_one(found)


_TOP_EXECUTIVE_TITLES = (("ceo",), ("chief", "executive"), ("boss",), ("executive", "officer"))
_POST_TITLES: dict[str, tuple[tuple[str, ...], ...]] = {
    "ceo": _TOP_EXECUTIVE_TITLES,
    "chief": _TOP_EXECUTIVE_TITLES,
    "boss": _TOP_EXECUTIVE_TITLES,
    "head": _TOP_EXECUTIVE_TITLES,
}
"""The titles a body gives the holder of a post a headline names ("Zeta chief" apologises)."""


def _officer_acting(
    view: ArticleView, candidates: list[Candidate], event_type: str, firm: Mention
) -> Mention | None:
    """The person whose act of ``event_type`` the body tells as the firm's officer.

    "Zeta apologises" in a headline, "Zeta CEO Ann Lee posted an apology on Wednesday" in
    the body: one apology, made by the chief executive for the firm.
    """
    for candidate in candidates:
        agent = candidate.event.agent
        if (
            candidate.sentence > 0
            and candidate.event.type == event_type
            and agent is not None
            and agent.kind == "person"
        ):
            employer = _institution_of(view, agent)
            if employer is not None and name_of(employer) == name_of(firm):
                return agent
    return None


def _post_follows(view: ArticleView, mention: Mention) -> bool:
    """Whether the word after a mention names a post ("Zeta chief", "Zeta's CEO")."""
    return _post_after(view, mention) is not None


def _post_after(view: ArticleView, mention: Mention) -> str | None:
    """The post named right after a mention ("Zeta chief", "Zeta's CEO", headline "Zeta CEO")."""
    entry = next((e for e in view.mention_spans if e[2] == mention), None)
    if entry is None:
        return None
    for after in dict.fromkeys((entry[1], name_end(view, entry[1]))):
        if after < len(view.lowers) and view.lowers[after] in {"'s", "’s"}:
            after += 1
        if after < len(view.lowers) and view.lowers[after] in OFFICER_HEADS | TOP_POSTS:
            return view.lowers[after]
    return None


def _agents_agree(event: EventMention, other: EventMention) -> bool:
    """Whether two reports of one type may be one act by their agents.

    The same agent, either unnamed, one's name within the other's ("police", "the city
    police"), or a person and an organisation (an official announces what the body does:
    "the city will review" / "the city manager announced the review").
    """
    agent, other_agent = _agent_key(event), _agent_key(other)
    if agent is None or other_agent is None or agent == other_agent:
        return True
    words, other_words = set(agent.split()), set(other_agent.split())
    if words <= other_words or other_words <= words:  # "police" / "the city police"
        return True
    kinds = {m.kind for m in (event.agent, other.agent) if m is not None}
    return kinds == {"person", "organization"}


_LEAD_SENTENCES = 3
"""The sentences after the headline that tell its event again (the lead and what follows)."""


def _is_dateline(text: str, timex: Timex) -> bool:
    """Whether a time expression is a dateline's ("OSLO, May 14 (Newswire) -")."""
    return (
        timex.start < 40
        and text[: timex.start].rstrip().endswith(",")
        and text[timex.end :].lstrip().startswith("(")
    )


def _link_thieves(candidates: list[Candidate]) -> list[Candidate]:
    """A theft with no named thief is taken to be by the person arrested.

    A news report of a theft and an arrest is about the same suspect.
    """
    suspects = [
        c.event.object
        for c in candidates
        if c.event.type == "Arrest"
        and c.event.object is not None
        and c.event.object.kind == "person"
    ]
    if not suspects:
        return candidates
    return [
        dataclasses.replace(
            c, event=dataclasses.replace(c.event, agent=suspects[0], agent_text=None)
        )
        if c.event.type == "Theft"
        and c.event.agent is None
        and (not c.event.agent_text or set(c.event.agent_text.lower().split()) & _UNNAMED_THIEVES)
        else c
        for c in candidates
    ]


def _link_investigators(candidates: list[Candidate]) -> list[Candidate]:
    """An investigation without its investigator takes the article's named one.

    "after the investigation began": the article's investigation whose investigator is named
    elsewhere.
    """
    named = [
        c.event
        for c in candidates
        if GROUP_OF.get(c.event.type) == "regulatory" and (c.event.agent or c.event.agent_text)
    ]
    if not named:
        return candidates
    source = named[0]
    return [
        dataclasses.replace(
            c, event=dataclasses.replace(c.event, agent=source.agent, agent_text=source.agent_text)
        )
        if c.event.type in {"InvestigationOpened", "InvestigationFinding"}
        and c.event.agent is None
        and not c.event.agent_text
        else c
        for c in candidates
    ]


def _link_descriptions(view: ArticleView, candidates: list[Candidate]) -> list[Candidate]:
    """An agent described by its role becomes the organisation of that role.

    "a state prosecutor", "officers" -> the organisation of that role the article names ("the
    Office of the Attorney General", "the Carlow Police Department"), when it names exactly one;
    "a county judge" -> the person the article titles "Judge", when it titles exactly one.
    """
    linked = []
    for candidate in candidates:
        event = candidate.event
        words_ = (
            set(event.agent_text.lower().split()) if event.agent_text and not event.agent else set()
        )
        if " group of " in f" {(event.agent_text or '').lower()} ":
            words_.discard("group")  # "A group of 1,342 players": people, not an advocacy group
        keys = {key for word, stems in _ROLE_NAMES.items() if word in words_ for key in stems}
        if not keys and event.type in _LEGAL_AGENTLESS and words_ & {"investigators", "agents"}:
            keys = set(_DETECTIVE_KEYS)  # "investigators arrested": the police's, not a regulator's
        if event.agent is not None and event.agent.kind in {"person", "organization"}:
            full = _full_person(view, event.agent)
            if full is not None:  # "Cllr Marsh" is the article's Ada Marsh
                event = dataclasses.replace(event, agent=full)
                candidate = dataclasses.replace(candidate, event=event)
        if event.agent is None and not event.agent_text and event.type in _BENCH_OR_PROSECUTION:
            decider = _unnamed_decider(view, event)
            if decider is not None and not _is_object(event, decider):
                # "Charges were thrown out Tuesday ... The decision by Judge Ann Lee ..."
                event = dataclasses.replace(event, agent=decider)
                candidate = dataclasses.replace(candidate, event=event)
        if event.agent is None and event.agent_text:
            named = _named_after(view, event)
            if named is not None:  # "A Houston-area nurse filed a lawsuit. Ann Obi, 34, ..."
                event = dataclasses.replace(event, agent=named, agent_text=None)
                candidate = dataclasses.replace(candidate, event=event)
        if event.agent is None and event.agent_text:
            holder = _titled_as(view, event.agent_text)
            if holder is not None:  # "The Minister of State for Older People has apologised"
                event = dataclasses.replace(event, agent=holder, agent_text=None)
                candidate = dataclasses.replace(candidate, event=event)
                keys = set()
        if event.agent is not None and event.agent.kind == "person" and event.type in _DECISIONS:
            body = _institution_of(view, event.agent)
            if body is not None:  # "provost Ann Lee announced a moratorium": the university's
                event = dataclasses.replace(event, agent=body)
                candidate = dataclasses.replace(candidate, event=event)
        if event.agent is not None and event.agent.kind == "place":
            country = _is_country(event.agent)
            short = None if country else _company_of_short_name(view, event.agent)
            if short is not None:  # "Corrib stopped filling orders": Corrib Pharma, not a place
                event = dataclasses.replace(event, agent=short)
                linked.append(dataclasses.replace(candidate, event=event))
                continue
            body = None if country else _regional_government(view, event.agent)
            if body is None:  # "Holt paused licences. The Holt Water Agency announced ..."
                body = _organisation_doing_the_same(candidates, event)
            if body is not None:  # "Queensland froze approvals": the state's government
                event = dataclasses.replace(event, agent=body)
                linked.append(dataclasses.replace(candidate, event=event))
                continue
            if country:  # "Kenya drops charges": its prosecutors; "Kenya suspends": a ministry
                legal = GROUP_OF.get(event.type) == "legal"
                keys = set(_PROSECUTION_KEYS if legal else _GOVERNMENT_KEYS)
            else:
                keys = set(_MUNICIPAL_KEYS)  # "Dunmore suspends contract": the town's council
        if not keys and event.agent is None and words_ & _VAGUE_BODIES:
            own = {w for w in (event.agent_text or "").split() if w.islower()} - _VAGUE_BODIES
            body = _described_organisation(view, own) if own else None
            if body is not None and not _is_object(event, body):
                # "Chile's fisheries authorities froze ...": the article's fisheries body
                event = dataclasses.replace(event, agent=body, agent_text=None)
                candidate = dataclasses.replace(candidate, event=event)
        if not keys and event.agent is None and event.agent_text:
            body = _body_of_members(view, event.agent_text)
            if body is not None and not _is_object(event, body):
                # "township trustees voted": the article's "Board of Trustees"
                event = dataclasses.replace(event, agent=body, agent_text=None)
                candidate = dataclasses.replace(candidate, event=event)
        if event.type in _FILINGS and words_ & _LAWYER_WORDS:
            keys = set(_LAW_FIRM_KEYS)  # "a Melbourne law firm filed suit": the named firm
        if keys:
            own_words = {w for w in (event.agent_text or "").split() if w.islower()}
            mention = _described_organisation(view, own_words) or _role_organisation(view, keys)
            if mention is None and keys == set(_DETECTIVE_KEYS):
                mention = _role_organisation(view, set(_POLICE_KEYS))
            if mention is None and keys <= set(_POLICE_KEYS) | set(_DETECTIVE_KEYS):
                mention = _force_of_officers(view)
            if mention is None and "government" in words_:
                mention = _the_minister(view)  # "the government announced": its minister
            if mention is not None and not _is_object(event, mention):
                # "police agencies dropped ..., leaving only the deal with the Varne police"
                event = dataclasses.replace(event, agent=mention, agent_text=None)
                candidate = dataclasses.replace(candidate, event=event)
        elif words_ & _JUDGE_WORDS:
            titled = {
                (m.canonical or m.text): m
                for _, _, m in view.mention_spans
                if m.kind == "person" and _titled_judge(view, m)
            }
            judge = only_one(titled)
            if judge is not None:
                event = dataclasses.replace(event, agent=judge, agent_text=None)
                candidate = dataclasses.replace(candidate, event=event)
        linked.append(candidate)
    return linked


_VAGUE_BODIES = words("authorities officials authority")
"""Heads of descriptions that say only "some public body": their other words say which."""

_PERSON_TITLES = words(
    "cllr councillor councilor mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof prof. "
    "sen. rep. gov. det. sgt. insp. supt. cst. const. capt. lt. col. gen. judge justice"
)


_DECISIONS = frozenset(set(EVENT_GROUPS["business"]) | {"InvestigationOpened", "ChargesDropped"})
"""Acts an official takes for an institution: news names the official, the act is the body's
("Chief executive Ann Lee said Zeta would leave Peru" is Zeta's withdrawal)."""


_TITLE_ABBREVIATIONS = {"ag": ("attorney", "general")}
"""Abbreviated titles headlines use ("Arizona AG opens probe")."""


def _organisation_doing_the_same(
    candidates: list[Candidate], event: EventMention
) -> Mention | None:
    """The one organisation the article says did an act it also credits to a place.

    "Holt has placed a pause on new licences. The Holt Water Agency announced the
    moratorium on Friday": the province acted through its agency.
    """
    doers = {
        (c.event.agent.canonical or c.event.agent.text): c.event.agent
        for c in candidates
        if c.event.type == event.type
        and c.event.agent is not None
        and c.event.agent.kind == "organization"
    }
    return only_one(doers)


def _titled_as(view: ArticleView, description: str) -> Mention | None:
    """The one person the article names with the title a description gives.

    "The Minister of State for Older People has apologised" is the person the article
    calls "Minister of State for Older People Declan Furlong" elsewhere; "the attorney
    general" is "Attorney General Ann Lee". Titles of one word ("the minister") are too
    vague, and a title two people hold names neither.
    """
    given = [w for w in description.split() if w.lower() not in {"the", "a", "an"}]
    places = {m.text for _, _, m in view.mention_spans if m.kind == "place"}
    if (
        "in" in given
        and given[given.index("in") + 1 :][:1]
        and given[given.index("in") + 1].strip(",") in places
    ):
        given = given[: given.index("in")]  # "the police chief in Dayton, Ohio"
    if len(given) > 1 and given[0].removesuffix("'s").removesuffix("’s") in places:
        given = given[1:]  # "Arizona AG", "Varne's attorney general": the state's one
    title = [part for w in given for part in _TITLE_ABBREVIATIONS.get(w.lower(), (w.lower(),))]
    if title == ["minister"] and description.lower().split()[:1] == ["the"]:
        return _the_minister(view)  # "the minister apologised": the one the article titles so
    if len(title) < 2:
        return None
    found = _persons_titled(view, title)
    if not found and len(title) == 2 and title[0] in {"police", "fire"}:
        found = _persons_titled(view, title[1:])  # "the police chief" is "Chief Ann Lee"
    return only_one(found)


_BENCH_OR_PROSECUTION = frozenset({"ChargesDismissed", "ChargesDropped"})
_PROSECUTION_ACTS = words("dropped withdrawn abandoned discontinued")


def _unnamed_decider(view: ArticleView, event: EventMention) -> Mention | None:
    """Who decided charges told in the passive with no "by" ("charges were dropped").

    Only a judge or court dismisses, and only the prosecution drops: a dated dismissal (one
    decision) is the judge whom the article titles next (within :data:`_NAMED_WITHIN`
    characters after the sentence), else its only titled judge; dropped or withdrawn charges
    are the prosecution office the article names most. A stay may be either's, so it is left
    alone.
    """
    if event.type == "ChargesDropped":
        if not set(event.trigger.lower().split()) & _PROSECUTION_ACTS:
            return None  # "the case was stayed": by the Crown or by a judge
        return _role_organisation(view, set(_PROSECUTION_KEYS))
    if event.date is None:
        return None  # "a case struck out for want of prosecution is ...": no one decision
    judges = [m for _, _, m in view.mention_spans if m.kind == "person" and _titled_judge(view, m)]
    for judge in judges:
        if event.end <= judge.start <= event.end + _NAMED_WITHIN:
            return judge
    return only_one({(m.canonical or m.text): m for m in judges})


def _named_after(view: ArticleView, event: EventMention) -> Mention | None:
    """The person a lead introduces as "a nurse" and names in the sentences after it.

    News opens on a described protagonist ("A Houston-area nurse filed a lawsuit ...") and
    names them next ("Maribel Ortega, 34, ..."): the first person named after the sentence,
    within :data:`_NAMED_WITHIN` characters, unless it is the event's own object.
    """
    words_ = (event.agent_text or "").lower().split()
    if len(words_) < 2 or words_[0] not in {"a", "an"} or words_[-1] not in PERSON_NOUNS:
        return None
    for start, _, mention in view.mention_spans:
        char = view.idx[start]
        if char < event.end or mention.kind != "person":
            continue
        if char > event.end + _NAMED_WITHIN:
            return None
        return None if _is_object(event, mention) else mention
    return None


def _is_object(event: EventMention, mention: Mention) -> bool:
    """Whether ``mention`` names the event's own object (which cannot also be its agent)."""
    return event.object is not None and name_of(event.object) == name_of(mention)


_NAMED_WITHIN = 400
"""How far after a described protagonist's sentence the article names them (two sentences)."""


def _persons_titled(view: ArticleView, title: list[str]) -> dict[str, Mention]:
    """The persons the article names right after the (lower-cased) title words."""
    found: dict[str, Mention] = {}
    for start, _, mention in view.mention_spans:
        if mention.kind != "person" or start < len(title):
            continue
        if view.lowers[start - len(title) : start] == title:
            found.setdefault(mention.canonical or mention.text, mention)
    return found


def _the_minister(view: ArticleView) -> Mention | None:
    """The one person the article titles a minister ("Resources Minister Ann Lee").

    "The government on Tuesday announced a moratorium ... Lee said": a government acts
    through its minister, and the article names the one who announced it.
    """
    found: dict[str, Mention] = {}
    for start, _, mention in view.mention_spans:
        if mention.kind == "person" and start > 0 and view.lowers[start - 1] == "minister":
            found.setdefault(mention.canonical or mention.text, mention)
    return only_one(found)


def _institution_of(view: ArticleView, person: Mention) -> Mention | None:
    """The one organisation the article names as the person's employer, if one.

    Read from the words around each mention of the person: a title that names the body
    ("Information Rights Commissioner Ann Lee": the Information Rights Commission), an
    organisation right before the title ("Zeta chief executive Ann Lee", "Zeta's provost
    Ann Lee") or in apposition after the name ("Ann Lee, provost of Zeta", "Ann Lee,
    Zeta's chief executive").
    """
    name = person.canonical or person.text
    organisations = {
        (m.canonical or m.text): m for _, _, m in view.mention_spans if m.kind == "organization"
    }
    found: dict[str, Mention] = {}
    for start, end, mention in view.mention_spans:
        if mention.kind != "person" or (mention.canonical or mention.text) != name:
            continue
        floor = view.sent_start[start]
        title: list[str] = []
        k = start - 1
        while k >= floor and view.words[k][:1].isupper() and k not in view.mention_at:
            title.insert(0, view.lowers[k])
            k -= 1
        if title and title[-1].startswith(("commissioner", "director", "secretary")):
            stems = {w.rstrip("s")[:8] for w in title if len(w) > 3}
            for org_name, org in organisations.items():
                org_stems = {w.rstrip("s")[:8] for w in org_name.lower().split() if len(w) > 3}
                if len(stems & org_stems) >= 2:
                    found.setdefault(org_name, org)
        for j in range(max(floor, start - 5), start):
            entry = view.mention_at.get(j)
            if entry and entry[2].kind == "organization" and _posts_between(view, entry[1], start):
                found.setdefault(entry[2].canonical or entry[2].text, entry[2])
        if end < len(view.words) and view.words[end] == ",":
            for j in range(end + 1, min(len(view.words), end + 8)):
                if view.words[j] in {",", ".", ";"}:
                    break
                entry = view.mention_at.get(j)
                if entry and entry[2].kind == "organization" and _posts_between(view, end + 1, j):
                    found.setdefault(entry[2].canonical or entry[2].text, entry[2])
                    break
    return only_one(found)


def _posts_between(view: ArticleView, start: int, end: int) -> bool:
    """Whether the words between two tokens name a post ("chief executive", "provost of")."""
    between = {view.lowers[k] for k in range(start, end)} - {"'s", "’s", "the", "of", "a", "an"}
    return bool(between) and bool(between & _POST_WORDS)


_POST_WORDS = OFFICER_HEADS | words(
    "chief officer provost vice-chancellor chancellor rector superintendent general counsel "
    "cfo coo cto md partner"
)


def _full_person(view: ArticleView, person: Mention) -> Mention | None:
    """The full name of a person named by title and surname ("Cllr Marsh" -> "Ada Marsh")."""
    parts = person.text.split()
    if len(parts) < 2 or parts[0].lower() not in _PERSON_TITLES:
        return None
    surname = parts[-1].casefold()
    found = {
        (m.canonical or m.text): m
        for _, _, m in view.mention_spans
        if m.kind == "person"
        and len((m.canonical or m.text).split()) >= 2
        and (m.canonical or m.text).split()[-1].casefold() == surname
        and (m.canonical or m.text).split()[0].lower() not in _PERSON_TITLES
    }
    return only_one(found)


def _is_country(place: Mention) -> bool:
    """Whether a place mention names a country ("Kenya", not "Corrib" or "Dunmore")."""
    found = lookup_place(place.canonical or place.text)
    return found is not None and found.kind == "country"


def _regional_government(view: ArticleView, place: Mention) -> Mention | None:
    """The government the article names for a state, province or region acting as an agent.

    "Queensland on Tuesday froze approvals" is the act of the "Queensland Government" (or
    "Government of Queensland", "Queensland State Government") when the article names it.
    """
    found = lookup_place(place.canonical or place.text)
    if found is None or found.kind not in {"province", "region"}:
        return None
    stem = (place.canonical or place.text).casefold()[:5]
    for _, _, mention in view.mention_spans:
        name = (mention.canonical or mention.text).casefold().split()
        if (
            mention.kind == "organization"
            and "government" in name
            and any(word.startswith(stem) for word in name)
        ):
            return mention
    return None


def _company_of_short_name(view: ArticleView, place: Mention) -> Mention | None:
    """The organisation whose name a place's name opens ("Corrib" of "Corrib Pharma")."""
    name = place.text.casefold()
    found = {
        (m.canonical or m.text): m
        for _, _, m in view.mention_spans
        if m.kind == "organization" and (m.canonical or m.text).casefold().startswith(name + " ")
    }
    return only_one(found)


def _described_organisation(view: ArticleView, described: set[str]) -> Mention | None:
    """The one organisation whose name shares a word with its description.

    "a riders' group" is the article's "Gig Riders Association", "the nurses' union" its
    "Irish Nurses Union": the description's own nouns name the body better than its role.
    """
    stems = {_bare_word(w) for w in described} - _DESCRIPTION_FILLER
    stems = {w for w in stems if len(w) > 3}
    if not stems:
        return None
    found: dict[str, Mention] = {}
    for _, _, m in view.mention_spans:
        name = m.canonical or m.text
        if m.kind != "organization" or (name in found and m.canonical is not None):
            continue  # keep the full form, not an acronym
        if stems & {_bare_word(w) for w in name.lower().split()}:
            found[name] = m
    longest = {n: m for n, m in found.items() if not any(o != n and o.startswith(n) for o in found)}
    return only_one(longest)  # "Varne Creel Fishermen" is a piece of "... Fishermen's Association"


def _body_of_members(view: ArticleView, description: str) -> Mention | None:
    """The one organisation named after the people a plural description is about.

    "township trustees" act as the article's "Omni Township Board of Trustees", "the tour
    guides" as its "Federation of Official Tour Guides": a body named for its members.
    """
    head = description.split()[-1].lower()
    plural = head.endswith(("s", "men"))  # "trustees", "fishermen"
    if not plural or head not in DESCRIPTION_HEADS or head in HOLDER_NOUNS:
        return None  # "Zeta shareholders" are no "Shareholder Rights Forum"
    return _described_organisation(view, {head})


def _bare_word(word: str) -> str:
    """A word without its possessive or plural ending: "Fishermen's" and "fishermen" agree."""
    return word.removesuffix("'s").removesuffix("’s").strip("'’").rstrip("s")


_DESCRIPTION_FILLER = {
    "group", "union", "campaigner", "activist", "association", "local", "national", "state",
    "regional", "advocacy", "right", "rights", "consumer", "their", "which", "representing",
}  # fmt: skip


def _role_organisation(view: ArticleView, keys: set[str]) -> Mention | None:
    """The organisation whose name has one of ``keys``, the most named if several are."""
    matching = []
    for _, _, mention in view.mention_spans:
        name = mention.canonical or mention.text
        lowered = name.lower()
        if any(word in MEDIA_HEADS for word in name.split()):
            continue  # "Continental Press Agency" reports; it is no regulator
        if mention.kind == "organization" and any(k in lowered for k in keys):
            if keys <= set(_POLICE_KEYS) and not is_police_force(name):
                continue  # "police" is a force, not the "Police Complaints Authority"
            matching.append(mention)
    return _most_named(matching)


def _most_named(mentions: list[Mention]) -> Mention | None:
    """The entity named most often among ``mentions`` (its first mention); none on a tie."""
    counts: dict[str, int] = {}
    found: dict[str, Mention] = {}
    for mention in mentions:
        name = mention.canonical or mention.text
        counts[name] = counts.get(name, 0) + 1
        found.setdefault(name, mention)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return found[max(counts, key=lambda name: counts[name])]


def _force_of_officers(view: ArticleView) -> Mention | None:
    """The organisation the article's officers serve, when its name does not say police.

    "Officers with the Holt Mounties responded", "detectives from the Criminal Branch",
    "Varne Constabulary officers": a force whose name has no police word is still the one
    whose officers act. The most named such organisation, if one is.
    """
    served = []
    words_, lowers = view.words, view.lowers
    for m_start, m_end, mention in view.mention_spans:
        if mention.kind != "organization":
            continue
        k = m_start - 1
        while k > m_start - 3 and k >= 0 and words_[k][:1].isupper() and lowers[k] != "the":
            k -= 1  # "Officers with the Ayr HPS": the detachment's town before the force
        if k >= 0 and lowers[k] == "the":
            k -= 1
        before = k >= 1 and lowers[k] in {"with", "from", "of"} and lowers[k - 1] in _OFFICERS
        after = m_end < len(words_) and lowers[m_end] in _OFFICERS
        if before or after:
            served.append(mention)
    return _most_named(served)


_OFFICERS = words("officers officer detectives detective constables troopers")
"""The words of :data:`kg.extract.event_lexicon.POLICE_WORDS` that name a force's own
staff: "police", "agents" or "investigators from X" could serve a regulator or a ministry,
and "deputies of X" a parliament."""


def _date_from_next_sentence(
    view: ArticleView, sentences: list[Sentence], candidates: list[Candidate], published: str | None
) -> list[Candidate]:
    """Date an undated statement, apology, admission or announced act from the next sentence.

    When that sentence names the same actor, or is said by it, and says when ("Ann Lee
    apologised. At a news conference on Monday, Lee said ..."; "Zeta has suspended the
    contract. The company said on Monday that the suspension ..."). A plain statement of that
    sentence by the same actor is then the act's report, not a second event. A lead in the
    present perfect is also dated by a sentence that names the act ("The proceedings, filed
    on Tuesday, ..."), and by the one after when it repeats the verb ("They were arrested on
    Wednesday").
    """
    updated = []
    absorbed: set[tuple[int, str]] = set()
    said_on = {  # "The company said yesterday that ... on Oct 24 ...": the saying's own date
        (c.sentence, name_of(c.event.agent)): c.event
        for c in candidates
        if c.event.type == "Statement" and c.event.date and c.event.agent is not None
    }
    for candidate in candidates:
        event = candidate.event
        perfect = _present_perfect(view, candidate.head)
        if event.date is None and (
            perfect
            or (
                event.agent is not None
                and (GROUP_OF.get(event.type) == "communication" or event.type in _ANNOUNCED)
            )
        ):
            for nxt in range(candidate.sentence + 1, candidate.sentence + (3 if perfect else 2)):
                if nxt >= len(sentences):
                    break
                sent = sentences[nxt]
                repeats = view.lemmas[candidate.head] in view.lemmas[sent.start : sent.end]
                opening = _ACT_NOUNS.match(sent.text)
                if nxt > candidate.sentence + 1:
                    same = repeats
                else:
                    telling_again = perfect and (repeats or opening is not None)
                    same = telling_again or _tells_same_act(view, sent, candidate, perfect=perfect)
                if not same:
                    continue
                found = [
                    t
                    for t in find_timexes(sent.text, published, future=False)
                    if t.iso
                    and t.text.split()[0].lower() not in OPEN_ENDED
                    and not _is_dateline(sent.text, t)
                ]
                said = said_on.get((nxt, name_of(event.agent))) if event.agent else None
                if said is None and perfect:  # its chief executive's statement: that day
                    said = next((e for (k, _), e in said_on.items() if k == nxt), None)
                if said is not None and said.date is not None and len(found) > 1:
                    found = [t for t in found if t.iso == said.date and t.text == said.date_text][
                        :1
                    ]
                if len(found) > 1 and opening:  # "The decision, announced on Thursday, ..."
                    found = [t for t in found if t.start < opening.end() + _OPENING_CLAUSE][:1]
                if len(found) > 1 and _SUBORDINATE.search(sent.text[found[0].end : found[1].start]):
                    found = found[:1]  # "announced it on Tuesday, a week after ... on January 27"
                if len(found) == 1:
                    event = dataclasses.replace(event, date=found[0].iso, date_text=found[0].text)
                    candidate = dataclasses.replace(candidate, event=event)
                    if event.type != "Statement" and event.agent is not None:
                        absorbed.add((nxt, name_of(event.agent)))
                break
        updated.append(candidate)
    return [
        c
        for c in updated
        if not (
            c.event.type == "Statement"
            and c.event.agent is not None
            and (c.sentence, name_of(c.event.agent)) in absorbed
        )
    ]


_ACT_NOUNS = re.compile(
    r"^\W*(?:in |under )?(?:the|this|that|its|their|his|her) (?:[\w-]+ ){0,3}(?:decision|move|"
    r"announcement|proceedings|claim|lawsuit|suit|petition|action|case|complaint|arrests?|vote|"
    r"ballot|review|"
    r"investigation|probe|inquiry|suspension|withdrawal|exit|ban|order|ruling|findings?|"
    r"report|apology|admission|charges?|recall)\b",
    re.IGNORECASE,
)
"""A sentence that opens by naming an act ("The decision, announced on Thursday, ...")."""
_TOOK_PLACE = re.compile(r"\b(?:took place|happened|occurred)\s+$", re.I)
_WHEN_AFTER = re.compile(r"\W*when\b[^,;]*$", re.I)
"""An occasion's date and the act it was ("The robbery took place on May 3, when a gang ...")."""
_SUBORDINATE = re.compile(r"\b(?:after|before|following|since|when|while|until)\b", re.I)
"""A word that opens a clause of its own time: a date after it is another event's."""
_PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]{2,}ing\b")
"""A participle clause after a comma (", using powers it gained in April 2024"): its own time."""
_OPENING_CLAUSE = 40
"""How far after the act's name its own date may stand ("The proceedings, filed in Sydney on
Tuesday, ...") before a time expression belongs to the rest of the sentence."""


def _tells_same_act(
    view: ArticleView, sent: Sentence, candidate: Candidate, *, perfect: bool
) -> bool:
    """Whether the sentence after an undated act names it again, so its date is the act's.

    It names the act's agent or is said by it; or, after a present-perfect lead, it names
    the act's object ("X has arrested Ada Obi. Obi was picked up on Monday"). (A repeated
    verb or an opening that names the act, "The proceedings, filed on Tuesday", the caller
    tests.)
    """
    event = candidate.event
    name = name_of(event.agent) if event.agent is not None else None
    named = {name_of(m) for s, _, m in view.mention_spans if sent.start <= s < sent.end}
    if name in named:
        return True
    sayer = sayer_role(view, sent.start, sent.end)
    if sayer is not None and sayer.mention is not None and name_of(sayer.mention) == name:
        return True
    opening = view.lowers[sent.start : sent.start + 2]
    if (
        perfect
        and opening[:1] == ["the"]
        and opening[-1] in _FIRM_SAYERS
        and event.agent is not None
        and event.agent.kind == "organization"
        and not is_authority(Role(mention=event.agent))
    ):
        return True  # "Zeta has launched a review. The board said on Monday ..."
    if (
        perfect
        and sayer is not None
        and sayer.mention is not None
        and sayer.mention.kind == "person"
        and event.agent is not None
        and event.agent.kind == "organization"
        and not is_authority(Role(mention=event.agent))
        and any(view.lowers[k] in _CORPORATE_OFFICERS for k in _words_before(sayer, 3))
    ):
        return True  # "Zeta has admitted ... On Wednesday, chief executive Ann Lee said"
    if perfect and sayer is not None and sayer.mention is None and name is not None:
        role = (sayer.text or "").lower().split()[-1:]  # "The regulator confirmed on Tuesday"
        keys = _ROLE_NAMES.get(role[0], ()) if role else ()
        if any(key in name.lower() for key in keys):
            return True

    if perfect and event.type == "ShareholderVote":  # "At the AGM on Tuesday, 58% of votes"
        return any(view.lemmas[i] in _MEETING_WORDS for i in range(sent.start, sent.end))
    return perfect and event.object is not None and name_of(event.object) in named


def _words_before(role: Role, count: int) -> range:
    """The token indices of up to ``count`` words before a role's first token."""
    return range(max(0, role.index - count), max(0, role.index))


_CORPORATE_OFFICERS = words(
    "executive ceo chairman chairwoman chair founder president spokesperson"
)
"""Titles of a company's own voice ("chief executive Ann Lee said")."""
_MEETING_WORDS = words("vote ballot agm egm meeting")
_FIRM_SAYERS = words("company firm board management")
"""A described sayer that is the company itself ("The board said on Monday ...")."""
_COUNTED_DAYS = r"(?P<days>a|one|two|three|four|five|six|\d+) (?P<unit>days?|weeks?)"
"""A count of days or weeks ("two days", "a week"), as the counted-on dates read it."""
_AFTER_PREVIOUS = re.compile(
    r"^\W*(?:(?:within (?:a few |an? |\d+ )?hours?|(?:a few |\d+ )?hours (?:later|after)"
    r"|minutes (?:later|after)|(?:later|earlier) (?:that|the same) (?:day|evening|morning)"
    r"|(?:on )?the same day|a short time later|shortly (?:after(?:wards)?|afterwards))"
    rf"|{_COUNTED_DAYS} later"
    r"|the (?:next|following) (?P<next>day|morning|evening))\b",
    re.IGNORECASE,
)
"""A sentence that dates its act by the act told just before ("Within hours, ...", "Two days
later, ...", "The next day, ...")."""
_COUNTED_FROM = 3
"""How many sentences back the act a "within hours" or "two days later" counts from may be."""


def _dates_after_previous_event(
    sentences: list[Sentence], candidates: list[Candidate], published: str | None
) -> list[Candidate]:
    """Date an undated act whose sentence counts from the act told before it.

    "The regulator published its report on Tuesday. Within hours, Zeta suspended the
    contract": the suspension is Tuesday's. The anchor is the last event dated to the day in
    the three sentences before, not told as history; "two days later" and "the next day"
    count on from it. Without such an anchor the act stays undated.
    """
    dated = _dated_to_the_day(candidates, published)
    updated = []
    for candidate in candidates:
        cue = None
        if candidate.event.date is None and candidate.sentence < len(sentences):
            cue = _AFTER_PREVIOUS.match(sentences[candidate.sentence].text)
        anchor_date = _last_date_before(dated, candidate.sentence, _COUNTED_FROM)
        if cue is not None and anchor_date is None:
            # "The remarks were made on Saturday. Hours later, the ministry suspended ...":
            # the day the sentences before name, when no act told there has one
            anchor_date = next(
                (
                    day
                    for back in range(candidate.sentence - 1, max(0, candidate.sentence - 3), -1)
                    if (day := _last_day_named(sentences[back], published))
                ),
                None,
            )
        if cue is not None and anchor_date is not None:
            days = count_days(cue["days"], cue["unit"]) if cue["days"] else int(bool(cue["next"]))
            day = dt.date.fromisoformat(anchor_date) + dt.timedelta(days=days)
            event = dataclasses.replace(
                candidate.event, date=day.isoformat(), date_text=cue.group(0).strip(" ,")
            )
            candidate = dataclasses.replace(candidate, event=event)
        updated.append(candidate)
    return updated


_LEAD_SENTENCES = 4
"""How far into an article (headline included) the lead's own day still dates an act."""


def _dates_from_the_lead(
    sentences: list[Sentence], candidates: list[Candidate], published: str | None
) -> list[Candidate]:
    """Date an undated act of the lead by the day the sentence before it names.

    A lead tells the news of one day and names it once: "Their luck ran out on Tuesday
    when 200 officers closed in. Nine people were arrested ...": the arrests are Tuesday's.
    Only acts (not what someone said, whose day is its own) in the first sentences, only
    from the one or two sentences just before, and never a day told as history.
    """
    updated = []
    for candidate in candidates:
        event = candidate.event
        if (
            event.date is None
            and 0 < candidate.sentence < _LEAD_SENTENCES
            and GROUP_OF.get(event.type) != "communication"
            and event.type not in _UNDATED
            and _last_day_named(sentences[candidate.sentence], published) is None
        ):  # a day of its own sentence that dates something else does not give way
            for back in (candidate.sentence - 1, candidate.sentence - 2):
                day = _last_day_named(sentences[back], published) if back >= 0 else None
                if day is not None and not is_background(day, published):
                    if published is None or day <= published[:10]:
                        event = dataclasses.replace(event, date=day)
                        candidate = dataclasses.replace(candidate, event=event)
                    break
        updated.append(candidate)
    return updated


def _dated_to_the_day(candidates: list[Candidate], published: str | None) -> list[Candidate]:
    """The candidates dated to the day and not told as history: anchors for counted dates."""
    return [
        c
        for c in candidates
        if c.event.date and len(c.event.date) == 10 and not is_background(c.event.date, published)
    ]


def _last_date_before(dated: list[Candidate], sentence: int, window: int) -> str | None:
    """The date of the last of ``dated`` told in the ``window`` sentences before ``sentence``."""
    before = [c for c in dated if 0 < sentence - c.sentence <= window]
    if not before:
        return None
    return str(max(before, key=lambda c: (c.sentence, c.event.start)).event.date)


def _last_day_named(sentence: Sentence, published: str | None) -> str | None:
    """The last day a sentence names (read as past), not counting a dateline."""
    days = [
        t.iso
        for t in find_timexes(sentence.text, published, future=False)
        if t.iso and len(t.iso) == 10 and not _is_dateline(sentence.text, t)
    ]
    return days[-1] if days else None


_CAME_AFTER = re.compile(
    r"^\W*(?:the|this|that|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}(?:came|comes|followed)\s+"
    rf"(?:(?P<hours>\d+|a few|several)?\s*hours|{_COUNTED_DAYS})\s+after\b",
    re.IGNORECASE,
)
_TOLD_BEFORE = 6
"""How many sentences back the act that "the decision came a day after ..." names may be."""


def _dates_before_told_event(
    view: ArticleView,
    sentences: list[Sentence],
    candidates: list[Candidate],
    published: str | None,
) -> list[Candidate]:
    """Date an undated act that a sentence counts back from the act told before it.

    "The regulator froze new permits on Wednesday. ... The decision came a day after the
    agency opened an investigation": the decision is the act told before (the last one dated
    to the day in the sentences before, not told as history), and the investigation a day
    older. "24 hours after" is a day; "hours after", the same day.
    """
    dated = _dated_to_the_day(candidates, published)
    updated = []
    for candidate in candidates:
        cue = None
        if candidate.event.date is None and candidate.sentence < len(sentences):
            sentence = sentences[candidate.sentence]
            cue = _CAME_AFTER.match(sentence.text)
            if cue is not None and view.idx[candidate.head] - sentence.start_char < cue.end():
                cue = None  # the act told is the one that came, not the one it came after
        anchor_date = _last_date_before(dated, candidate.sentence, _TOLD_BEFORE)
        if cue is not None and anchor_date is not None:
            if cue["days"]:
                days = count_days(cue["days"], cue["unit"])
            else:
                hours = cue["hours"]
                days = int(hours) // 24 if hours and hours.isdigit() else 0
            day = dt.date.fromisoformat(anchor_date) - dt.timedelta(days=days)
            event = dataclasses.replace(
                candidate.event, date=day.isoformat(), date_text=cue.group(0).strip(" ,")
            )
            candidate = dataclasses.replace(candidate, event=event)
        updated.append(candidate)
    return updated


_LATER_IN_SENTENCE = re.compile(
    rf"\b(?:{_COUNTED_DAYS} (?:later|after)"
    r"|the (?:next|following) (?P<next>day))\b",
    re.IGNORECASE,
)


def _counted_on_in_sentence(view: ArticleView, candidates: list[Candidate]) -> list[Candidate]:
    """Move a date on by the "two days later" that stands between it and the act.

    "On Monday, the attorney general announced an inquiry, and two days later (or "two
    days after she announced it,") Zeta suspended the contract": the sentence's time dates
    the first act; the suspension, counted on from it, is Wednesday's.
    """
    updated = []
    for candidate in candidates:
        event = candidate.event
        if event.date and len(event.date) == 10 and event.date_text:
            before_act = view.text[event.start : view.doc[candidate.head].idx]
            at = before_act.find(event.date_text)
            cues = [
                cue
                for cue in _LATER_IN_SENTENCE.finditer(before_act, at + len(event.date_text))
                if not cue.group(0).lower().endswith("after")
                or "," in without_appositions(before_act[cue.end() :])
            ]  # "two days after Zeta sued" names the earlier act unless its clause has closed
            if at >= 0 and cues:
                cue = cues[-1]
                days = count_days(cue["days"], cue["unit"]) if cue["days"] else 1
                day = dt.date.fromisoformat(event.date) + dt.timedelta(days=days)
                event = dataclasses.replace(event, date=day.isoformat(), date_text=cue.group(0))
                candidate = dataclasses.replace(candidate, event=event)
        updated.append(candidate)
    return updated


def _present_perfect(view: ArticleView, head: int) -> bool:
    """Whether the trigger is a present perfect ("has fined", "have arrested").

    News leads tell the latest act so ("The regulator has fined Zeta ...") and date it in
    the next sentence ("In a decision published on Tuesday, the regulator said ...").
    """
    before = [i for i in range(max(head - 3, 0), head) if view.lowers[i] not in ADVERBS]
    return bool(before) and view.lowers[before[-1]] in {"has", "have"}


__all__ = ["MAX_EVENTS", "event_candidates", "extract_events", "find_matches", "is_background"]
