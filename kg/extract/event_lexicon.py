"""Word lists and a small stemmer for the event rules.

The blank spaCy pipeline has no lemmatizer and no tagger, so the event patterns match a
stem computed here: "ceased", "ceasing" and "ceases" all become "cease", "stole" and
"stolen" become "steal". The stemmer only has to be right for the words the patterns
name (:data:`IRREGULAR` plus regular inflection rules checked against the patterns'
own vocabulary); any other word is its lower-case form.
"""

from __future__ import annotations

from functools import lru_cache


def words(text: str) -> frozenset[str]:
    """A set of the whitespace-separated words of ``text``.

    >>> sorted(words("b a"))
    ['a', 'b']
    """
    return frozenset(text.split())


IRREGULAR: dict[str, str] = {
    "broke": "break",
    "broken": "break",
    "drove": "drive",
    "driven": "drive",
    "fled": "flee",
    "caught": "catch",
    "bought": "buy",
    "sought": "seek",
    "sent": "send",
    "spent": "spend",
    "lost": "lose",
    "ran": "run",
    "chose": "choose",
    "chosen": "choose",
    "froze": "freeze",
    "frozen": "freeze",
    "hid": "hide",
    "hidden": "hide",
    "fell": "fall",
    "fallen": "fall",
    "undertook": "undertake",
    "undertaken": "undertake",
    "overturned": "overturn",
    "became": "become",
    "came": "come",
    "saw": "see",
    "seen": "see",
    "knew": "know",
    "known": "know",
    "drew": "draw",
    "drawn": "draw",
    "spoke": "speak",
    "spoken": "speak",
    "swore": "swear",
    "sworn": "swear",
    "tore": "tear",
    "torn": "tear",
    "shook": "shake",
    "shaken": "shake",
    "rose": "rise",
    "risen": "rise",
    "dealt": "deal",
    "fought": "fight",
    "heard": "hear",
    "built": "build",
    "met": "meet",
    "hung": "hang",
    "dug": "dig",
    "shot": "shoot",
    "laid": "lay",
    "thought": "think",
    "forbade": "forbid",
    "forbidden": "forbid",
    "withheld": "withhold",
    "upheld": "uphold",
    "overtook": "overtake",
    "overtaken": "overtake",
    "shut": "shut",
    "cut": "cut",
    "set": "set",
    "let": "let",
    "sped": "speed",
    "sank": "sink",
    "sunk": "sink",
    "stood": "stand",
    "understood": "understand",
    "bore": "bear",
    "borne": "bear",
    "flew": "fly",
    "flown": "fly",
    "began": "begin",
    "begun": "begin",
    "brought": "bring",
    "found": "find",
    "gave": "give",
    "given": "give",
    "got": "get",
    "gotten": "get",
    "held": "hold",
    "hit": "hit",
    "kept": "keep",
    "led": "lead",
    "left": "leave",
    "made": "make",
    "paid": "pay",
    "put": "put",
    "quit": "quit",
    "said": "say",
    "says": "say",
    "sold": "sell",
    "stole": "steal",
    "stolen": "steal",
    "struck": "strike",
    "took": "take",
    "taken": "take",
    "told": "tell",
    "threw": "throw",
    "thrown": "throw",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "won": "win",
    "wrote": "write",
    "written": "write",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "am": "be",
    "been": "be",
    "being": "be",
    "'s": "'s",
    "had": "have",
    "has": "have",
    "did": "do",
    "does": "do",
    "done": "do",
    "went": "go",
    "gone": "go",
    "sued": "sue",
    "suing": "sue",
    "sues": "sue",
    "apologised": "apologize",
    "apologise": "apologize",
    "apologising": "apologize",
    "apologises": "apologize",
    "apologized": "apologize",
    "apologizing": "apologize",
    "apologizes": "apologize",
    "licence": "license",
    "licences": "license",
    "cancelled": "cancel",
    "cancelling": "cancel",
    "canceled": "cancel",
    "canceling": "cancel",
    "n't": "not",
    "wo": "will",
    "scraping": "scrape",
    "scraped": "scrape",
    "scrapes": "scrape",
    "ca": "can",
    "sorry": "sorry",
    "’s": "'s",
    "op-ed": "op-ed",
    "op-eds": "op-ed",
    "data": "data",
    "news": "news",
    "proceedings": "proceedings",
    "sales": "sale",
    "charges": "charge",
    "police": "police",
    "press": "press",
}
"""Forms the suffix rules cannot undo."""

BE = words("be")
NEGATORS = words("not never no nor without neither")
"""Stems that negate a following trigger ("did not", "has no plans to")."""
NEGATING_VERBS = words("deny refuse decline reject dismiss fail wrong unable")
"""Verbs whose complement did not happen ("denied stealing", "refused to withdraw")."""
MODALS = words(
    "could might should must consider mull weigh threaten propose want hope seek urge "
    "recommend if whether likely possible possibly unless can expect schedule intend"
)
"""Stems that make a following trigger hypothetical or not (yet) a fact ("may" is
checked on the text, so that the month May is not taken for it)."""
PREPOSITIONS = words(
    "with against according from of by for to at in on into about over under "
    "including between among amid despite after before than like as via toward "
    "towards behind following during within without through across upon outside inside "
    "near beyond around throughout per"
)
"""Words that put the entity after them in a prepositional phrase, not the subject."""
CLAUSE_OPENERS = words(
    "that which who whom whose because although though while whereas when where "
    "if unless since ; : — – ( ) [ ] after before as once until"
)
"""Tokens that open a new clause: the subject of a trigger is not searched beyond them."""
COORDINATORS = words("and but or then , so yet")
"""Tokens that join clauses; crossed only when the right-hand clause has no subject."""
PRONOUNS = words("it they he she we i its their his her our")
ORG_NOUNS = words(
    "company firm group bank startup maker automaker carmaker retailer giant insurer "
    "lender provider manufacturer union organisation organization business corporation "
    "conglomerate agency regulator department ministry platform network chain operator "
    "developer publisher broadcaster airline carrier club federation association body "
    "watchdog council board government service vendor supplier grocer wholesaler "
    "distributor producer drugmaker pharmacy cooperative charity nonprofit university "
    "hospital school utility miner authority commission committee inspectorate "
    "fintech telco chipmaker refiner brewer shipper packer exporter museum gallery library "
    "foundation institute trust"
)
"""Nouns that, after "the", refer back to an organisation named earlier."""
PERSON_NOUNS = words(
    "man woman boy girl suspect executive ceo chairman chairwoman president founder "
    "spokesperson spokesman spokeswoman official minister senator judge lawyer analyst "
    "treasurer mayor director manager driver nurse teacher doctor student resident "
    "haulier trucker businessman businesswoman entrepreneur landlord activist journalist "
    "pilot fisherman shopkeeper"
)
"""Nouns of a single person ("A south Armagh haulier whose trial collapsed has sued"); not
"farmer" or "developer", which news uses for firms ("a Norwegian farmer suspended its
contract")."""
POLICE_WORDS = words(
    "police officer officers cops detectives detective deputies deputy troopers trooper "
    "agents constable constables sheriff investigators gardaí gardai garda"
)
AUTHORITY_WORDS = words(
    "police attorney prosecutor prosecutors justice department ministry office court "
    "judge commission commissioner commissioners regulator regulators authority "
    "authorities agency bureau inspector ombudsman tribunal government parliament "
    "congress senate council watchdog fbi doj sec ftc fcc officials investigators "
    "prosecution comptroller reserve board cantonal sheriff federal audit auditor auditors "
    "autorità autoridad autorité auditoría garante superintendencia fiscalía procuraduría "
    "contraloría ministerio ministero ministère polizia policía polícia inspectorate "
    "superintendence directorate"
)
"""Words of a name or description that mark an authority (investigates, arrests, rules)."""
DESCRIPTION_HEADS = words(
    "police officers authorities prosecutors officials regulators investigators agents "
    "carriers companies commissioners commissioner prosecutor regulator watchdog "
    "shareholders stockholders investors members workers union company firm group "
    "government judge court jury hacker hackers thief thieves suspect suspects lawmakers "
    "councillors councilors legislators "
    "deputies detectives researchers employees activists critics residents council "
    "individual intruder attacker agencies forces departments families relatives parents "
    "patients customers consumers victims passengers tenants farmers households homeowners "
    "plaintiffs claimants drivers riders users groups unions associations campaigners "
    "protesters demonstrators committee panel mayors ministers senators politicians "
    "ring gang syndicate fraudsters scammers parliament legislature cabinet "
    "trustees supervisors guides growers teachers doctors nurses pilots truckers hauliers "
    "fishermen fishers miners traders vendors merchants landlords exporters producers"
)
"""Nouns that name an unnamed actor well enough to stand as an agent description."""
SAY_VERBS = words(
    "say tell announce add write confirm declare note warn explain insist "
    "claim argue report acknowledge reiterate inform notify"
)
STOP_NP = words(
    "in on at to for after before because that which who while as by from since "
    'until over amid during when where and but , . ; : — – ( ) " “ ” with against '
    "including following according if than into"
) | (PREPOSITIONS - {"of"})
"""Tokens that end a short noun-phrase description of an object or agent."""


def _candidates(word: str) -> list[str]:
    found = [word]
    if word.endswith("ies") and len(word) > 4:
        found.append(word[:-3] + "y")
    if word.endswith("ied") and len(word) > 4:
        found.append(word[:-3] + "y")
    if word.endswith("es"):
        found.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        found.append(word[:-1])
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            found.extend([stem, stem + "e"])
            if len(stem) > 2 and stem[-1] == stem[-2]:
                found.append(stem[:-1])
    if word.endswith("ed"):
        found.append(word[:-1])  # "closed" -> "close" ("and" is no form of "an")
    return found


@lru_cache(maxsize=65536)
def stem(word: str, vocabulary: frozenset[str] = frozenset()) -> str:
    """The base form of ``word`` if it is an inflection of a ``vocabulary`` word.

    >>> vocabulary = frozenset({"cease", "stop", "offer", "investigation"})
    >>> [stem(w, vocabulary) for w in ("Ceased", "stopping", "offers", "stole", "investigations")]
    ['cease', 'stop', 'offer', 'steal', 'investigation']
    >>> stem("Boston", vocabulary)
    'boston'
    """
    lower = word.lower().replace("’", "'")
    if lower in IRREGULAR:
        return IRREGULAR[lower]
    for candidate in _candidates(lower):
        if candidate in vocabulary:
            return candidate
    return lower


REQUEST_VERBS = words("ask request petition press lobby implore")
"""Verbs whose "to" clause is asked for, not done ("asked the judge to dismiss the case";
"urge" and "seek" are modals already)."""
ORDER_VERBS = words("order direct instruct require compel")
"""Verbs whose "to" clause is done on the speaker's authority ("the judge ordered the police
to destroy the records"): the act is the one who ordered it."""
HIRE_VERBS = words("hire retain engage appoint commission enlist")
"""Verbs whose "to" clause is the hired party's task ("hired a firm to audit its systems"):
a passing detail, not an event of the hired party or of the hirer."""
DEMAND_VERBS = words("demand insist urge ask request recommend propose call")
"""Verbs whose "that" clause is demanded, not done ("demanded that the contract be
suspended")."""
STEMMED = (
    MODALS
    | NEGATING_VERBS
    | SAY_VERBS
    | REQUEST_VERBS
    | DEMAND_VERBS
    | HIRE_VERBS
    | ORDER_VERBS
    | words("be have get do will")
)
"""Lexicon words the stemmer must also know, so that "threatened" meets "threaten"."""
