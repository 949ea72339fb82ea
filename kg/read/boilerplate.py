"""Tell article text from page boilerplate in a plain-text news article.

A plain-text article is a page as a reader saw it: bylines, dates, menus, photo
credits, share and newsletter prompts, related-story teasers and an author bio sit
between the paragraphs of the story. Each line is judged in three passes:

1. **line patterns** (:data:`LINE_RULES`): the wording of page chrome that is the
   same on any English site ("Share this article", "© 2019 ...", "Photo: ...");
2. **line shape**: a prose paragraph is a sentence of several words; chrome is
   short, Title Case, or has no closing punctuation;
3. **position and context**: lines above the first paragraph are the page header;
   a caption sits next to its photo credit; a name line over a paragraph about a
   writer is an author bio; after the last paragraph, short title-like lines are
   teasers and footer.

No rule names an outlet, a person or a company: each would have to hold on a site
nobody here has seen. The rules prefer keeping a doubtful line to dropping a real
paragraph of the story, because a lost sentence loses its entities and events for
good, while a kept menu line mostly costs a few spurious mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kg.read.bylines import (
    AUTHOR_NAME,
    BYLINE,
    MONTHS,
    WEEKDAYS,
    is_person_name,
    parse_byline,
    parse_name_line,
)


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, so that long lists stay readable."""
    return frozenset(text.split())


@dataclass(frozen=True)
class LineVerdict:
    """One non-blank body line and the rule that dropped it (``None``: article text).

    ``text`` is the line with whitespace runs collapsed (what the body keeps); ``raw``
    is the line as written, only stripped (what the boilerplate list keeps).
    """

    index: int
    raw: str
    text: str
    reason: str | None = None

    @property
    def boilerplate(self) -> bool:
        """Whether the line is page boilerplate rather than article text."""
        return self.reason is not None


@dataclass
class _Line:
    """A body line under judgement: position, paragraph block and current verdict."""

    index: int
    block: int
    raw: str
    text: str
    reason: str | None = None
    prose: bool = False
    block_size: int = 1


# ---------------------------------------------------------------------------
# Text helpers: whitespace and line shape
# ---------------------------------------------------------------------------

_ENUMERATOR = re.compile(r"^(?:\d{1,2}|[a-z])[.)]\s")
_WS_RUN = re.compile(r"[^\S\n]{2,}|\t")
_BULLET_LEAD = re.compile(r"^[•·*▪►▸›»>\-–—]+\s*")
_QUOTES = '"“”«»‘'  # not ’: it is the usual apostrophe
_TERMINAL = re.compile(r"[.!?…](?:[\"”’')\]]*)$")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SMALL_WORDS = _words(
    """
    a an and as at but by for from in into of on or the to vs via with is are
    """
)


def normalise_line(raw: str) -> str:
    """A line stripped, with runs of spaces and tabs collapsed to one space.

    A single non-breaking space is kept: it is part of the text as written, and
    evidence strings quoted from the article must still match it.

    >>> normalise_line("  Police  said\\t so.\\u00a0 ")
    'Police said so.'
    >>> normalise_line("(OPC)\\u00a0announced")
    '(OPC)\\xa0announced'
    """
    return _WS_RUN.sub(" ", raw).strip()


@lru_cache(maxsize=1024)
def count_words(text: str) -> int:
    """Number of whitespace-separated words.

    Remembered: most line rules ask it of the same line, and a paragraph is long.
    """
    return len(text.split())


def is_sentence(text: str) -> bool:
    """Whether a line reads as a sentence: closing punctuation and lower-case words.

    >>> is_sentence("Police arrested two men on Friday.")
    True
    >>> [is_sentence(s) for s in ("Acme Phone 7.", "Sign up", "Go deeper")]
    [False, False, False]
    """
    words = _WORD.findall(text)
    if len(words) < 3 or not _TERMINAL.search(text):
        return False
    return any(w[0].islower() and w.lower() not in _SMALL_WORDS for w in words)


def is_prose(text: str) -> bool:
    """Whether a line is a substantial paragraph of prose (not a label or a teaser).

    A sentence of eight words or more, or any line of twenty words or more with
    lower-case words in it (a paragraph whose last sentence was cut off).

    >>> is_prose("The company said it would appeal the ruling next week.")
    True
    >>> is_prose("Thanks for reading.")
    False
    """
    words = count_words(text)
    if words >= 8 and is_sentence(text):
        return True
    return words >= 20 and any(w[0].islower() for w in _WORD.findall(text))


def is_title_case(text: str) -> bool:
    """Whether most content words are capitalised, as in menus, banners and teasers.

    >>> is_title_case("Related Business News")
    True
    >>> is_title_case("Office of the mayor has been searched")
    False
    """
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.8


def has_quotes(text: str) -> bool:
    """Whether a line holds quotation marks: quoted speech is article text."""
    return any(ch in text for ch in _QUOTES)


def is_title_like(text: str) -> bool:
    """Whether a line looks like a label, a menu item or a headline rather than prose."""
    if is_sentence(text):
        return False
    return (
        is_title_case(text)
        or count_words(text) <= 3
        or is_person_name(text)
        or not any(ch.islower() for ch in text)
    )


# ---------------------------------------------------------------------------
# Line patterns: page chrome whose wording is the same on any English site
# ---------------------------------------------------------------------------

# Words that occur in date lines besides months and weekdays: "Published", "Last
# updated: 14 min ago", "3:45 PM ET", "5 min read".
_DATE_WORDS = _words(
    """
    published updated posted last modified first created edited on at am pm a m p et
    edt est ct cdt cst mt mdt mst pt pdt pst gmt utc bst cet cest ist aest aedt jst
    hkt sgt z min mins minute minutes sec secs second seconds hour hours hr hrs h
    day days week weeks month months year years read time date of the and th st nd
    rd local
    """
)
_DATE_TOKEN = re.compile(r"\d+(?::\d+)*(?:st|nd|rd|th|am|pm|h)?|[^\W\d_]+\.?|[^\w\s]")


def is_date_line(text: str) -> bool:
    """Whether a line is only a date or time stamp, as printed over an article.

    >>> [is_date_line(s) for s in ("Jul 29, 2019", "Published 3:45 PM ET Mon, 16 Sept 2019")]
    [True, True]
    >>> [is_date_line(s) for s in ("Last updated: 14 min 20 sec ago", "May we go?")]
    [True, False]
    """
    tokens = _DATE_TOKEN.findall(text)
    if not tokens or len(tokens) > 24:
        return False
    anchored = False
    for token in tokens:
        low = token.lower().rstrip(".")
        if token[0].isdigit():
            anchored = anchored or ":" in token or bool(re.fullmatch(r"(?:19|20)\d\d", token))
        elif token[0].isalpha():
            if low in MONTHS or low in WEEKDAYS or low in {"ago", "today", "yesterday"}:
                anchored = True
            elif low not in _DATE_WORDS:
                return False
    return anchored


# Photo credits: "Photo: ...", "Photograph: Name/Agency", "(AP Photo/Name)",
# "(Agency/Name)", "Image copyright ...", "Name/Agency via Stock Images".
_CREDIT_START = re.compile(
    r"^\(?\s*(?:photo(?:graph)?s?|images?|pictures?|pics?|illustrations?|graphics?|videos?|"
    r"credits?|file photo|photo illustration)"
    r"(?:\s+(?:credit|copyright|caption|courtesy|source)s?)?\s*(?P<link>:|/|\bby\b|\bcourtesy\b)",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(
    r"\b(?:photo(?:graph)?|image|picture|illustration)(?:\s+(?:credit|by))?\s*:\s*(?P<who>[^:]{1,80})$",
    re.IGNORECASE,
)
_CREDIT_PAREN = re.compile(
    r"\((?:"
    r"(?:[\w.]+ )?(?i:photo(?:graph)?|image|picture)s?(?i: credit)?"
    r"\s*(?:[:/]|(?i:by|courtesy)\b)[^()]*"
    r"|(?i:(?:photo |image )?courtesy|credit\s*:)[^()]*"
    r"|[A-Z][^()/]{0,40}(?:/[A-Z][^()/]{0,40})+"
    r")\)\s*$"
)
# Caption and credit labels printed before the text: "Image caption ...", "Image copyright ...".
_CAPTION_LABEL = re.compile(
    r"^(?:image|photo|picture|video|media) (?:caption|copyright|credit|source)\b", re.IGNORECASE
)
_CREDIT_CHAIN = re.compile(r"^[A-Z][^/]{0,40}(?:/[A-Z][^/]{0,40}){1,4}$")
_STOCK_SUFFIX = re.compile(r"\b(?:Images|Photos|Photography|Pictures)$")


def is_photo_credit(text: str) -> bool:
    """Whether a line is, or ends with, a photo credit.

    >>> is_photo_credit("Photo: Jane Roe/Agency via Stock Images")
    True
    >>> is_photo_credit("Firefighters at the scene on Friday. (Agency/Jane Roe)")
    True
    >>> is_photo_credit("The photo was taken on Friday, police said.")
    False
    """
    words = count_words(text)
    if _CAPTION_LABEL.match(text) and words <= 40:
        return True
    start = _CREDIT_START.match(text)
    if start and words <= 25 and (start["link"] in ":/" or not is_sentence(text)):
        return True
    match = _CREDIT_TAIL.search(text)
    if match and count_words(match["who"]) <= 10 and words <= 60:
        return True
    if _CREDIT_PAREN.search(text) and words <= 60:
        return True
    if words > 8 or is_sentence(text):
        return False
    return bool(_CREDIT_CHAIN.match(text) or _STOCK_SUFFIX.search(text))


# Copyright and reprint notices: "© 2019 ...", "Copyright 2017 by ...", "All rights reserved".
_COPYRIGHT = re.compile(
    r"^\W{0,3}(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|by\b))|\ball rights reserved\b|"
    r"\bmay not be (?:re)?published, broadcast|\bthis material may not be\b",
    re.IGNORECASE,
)
_FULL_NOTICE = re.compile(r"\ball rights reserved\b|\bmay not be (?:re)?published\b", re.IGNORECASE)
# Prompts about the article itself: share, recommend, rate, feedback, age warnings.
_SHARE = re.compile(
    r"\b(?:share|recommend|print|e-?mail|save|bookmark|comment on|rate|gift|listen to|like)"
    r" (?:this|the) (?:article|story|page|post)\b|"
    r"\bwhat you think (?:of|about) (?:this|the|our) (?:article|story|coverage)\b|"
    r"\b(?:this|the) (?:article|story|page) is more than \w+ (?:year|month|day|week)s? old\b|"
    r"\bwas this (?:article|story|page|information) (?:helpful|useful)\b|"
    r"^thanks? (?:you )?for (?:reading|your feedback|taking the time|sharing|subscribing)|"
    r"\b(?:let us know|tell us) what you think\b|^share (?:on|via|to)\b",
    re.IGNORECASE,
)
# Subscription and newsletter prompts.
_SUBSCRIBE = re.compile(
    r"\bnewsletters?\b|\bsubscri(?:be|ption)\b|\bsign(?:ing)? up\b|"
    r"\bunlimited (?:digital )?access\b|\bfree trial\b|\b(?:to|in) your inbox\b|"
    r"\balready (?:a subscriber|have an account)\b|\blog ?in to (?:continue|read)\b|"
    r"\b(?:create|register for) an? (?:free )?account\b",
    re.IGNORECASE,
)
# Imperative openings of calls to action ("Sign up", "Get the facts", "Join us").
_CTA_START = re.compile(
    r"^(?:subscribe|sign|join|get|download|follow|discover|explore|read|watch|listen|"
    r"click|tap|share|register|log|try|stay|keep|find|learn|enjoy|unlock|start|support|give|"
    r"donate|become|upgrade|claim|save|don['’]?t|never|want|help|send|tell|check|visit|dive|"
    r"catch)\b",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(?:you|your|yours|you['’](?:re|ll|ve|d))\b", re.IGNORECASE)
_PUBLISHER = re.compile(r"\b(?:we|our|ours|us|we['’](?:re|d|ve|ll))\b", re.IGNORECASE)
_PROMO_WORDS = re.compile(
    r"\b(?:newsletters?|inbox|subscri\w+|stor(?:y|ies)|articles?|publication|journalism|"
    r"journalists?|team|content|opinion|feedback|coverage|readers?|site|website|app|"
    r"podcasts?|e-?mail|offers?|free|trial|access|membership|members?|alerts?|donat\w+|"
    r"reporting|breaking news|live coverage|newsroom)\b",
    re.IGNORECASE,
)
_ADVERT = re.compile(
    r"^(?:advertisements?|advertising|ad|sponsored(?: content| links?)?|paid content|promoted|"
    r"(?:story|article) continues below(?: advertisement)?|continue reading\b.{0,40}|"
    r"scroll to continue(?: with content)?|skip advert(?:isement)?|ad feedback|"
    r"report (?:an|this) ad|advertisement\W+(?:scroll|continue|story)\b.{0,40})$",
    re.IGNORECASE,
)
_COOKIE = re.compile(
    r"\bcookies?\b.*\b(?:we use|uses|accept|consent|policy|settings|preferences)\b|"
    r"\b(?:we use|uses|accept|consent to)\b.*\bcookies?\b",
    re.IGNORECASE,
)
_LEGAL = re.compile(r"^(?:privacy policy|terms of (?:use|service)|cookie policy|terms)\b", re.I)
_COMMENTS = re.compile(
    r"^(?:\d+\s+)?comments?$|"
    r"^(?:view|show|hide|read|post|leave|add|load)(?: a| all| the)? comments?\b|"
    r"^join the (?:conversation|discussion)\b|^comments? (?:are|is) (?:closed|disabled)\b|"
    r"^be the first to comment\b",
    re.IGNORECASE,
)
# A heading that opens a block of links to other stories.
_RELATED_HEADING = re.compile(
    r"^(?:related(?:\s+\w+){0,3}|more (?:from|on|about|in|stories|news|coverage|articles|"
    r"to read|like this)\b.*|go deeper.*|read more|read next|read this next|keep reading|"
    r"recommended(?: for you| reading| stories| articles)?|you (?:may|might) (?:also )?"
    r"(?:like|enjoy|be interested in|have missed)|also read|see also|further reading|"
    r"trending(?: now| stories)?|most (?:read|popular|viewed|shared)|top stories|"
    r"latest(?: news| stories| headlines)?|editor['’]?s? picks?|don['’]?t miss|"
    r"popular(?: now| stories)?|what to read next|explore more\b.*|up next|next up|"
    r"in (?:other|related) news|other stories|(?:from )?around the web|"
    r"(?:promoted|sponsored) (?:stories|links|content)|featured(?:\s+\w+){0,2})\W*$",
    re.IGNORECASE,
)
# A single link to another story: "Read more: <headline>", "RELATED: <headline>".
_RELATED_LINK = re.compile(
    r"^(?:related(?: coverage| stories| story| articles?| content| video| links?)?|read more|"
    r"read also|also read|see also|more|watch|listen|read|recommended|trending|must read|"
    r"more on this(?: story)?|editor['’]?s? pick)\s*[:>»|]\s*\S",
    re.IGNORECASE,
)
_TAGS = re.compile(
    r"^(?:tags?|topics?|filed under|categories|category|posted in|keywords|subjects?)\s*:",
    re.IGNORECASE,
)
_FOLLOW = re.compile(
    r"^(?:follow|like|find) (?:us|me|@\S+|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) on \w+|"
    r"^follow (?:us|@\w+)\b",
    re.IGNORECASE,
)
_PAGE_TOOLS = re.compile(
    r"\b(?:adjust |change )?(?:font|text) size\b|^(?:listen to|play)(?: this)? (?:article|story)\b|"
    r"^\d+\s*(?:min(?:ute)?s?)\s+(?:read|listen)$|^\d+ of \d+$|^click here\b",
    re.IGNORECASE,
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_CONTACT = re.compile(
    r"^(?:e-?mail(?: me| the author)?\s*:?\s*)?[\w.+-]+@[\w-]+\.[\w.]+$|^@\w{2,}$"
)
_AUTHOR_HEADING = re.compile(r"^about the (?:author|reporter|writer)s?\W*$", re.IGNORECASE)
# Navigation words that make up a whole line of a menu or breadcrumb.
_NAV_PHRASES = frozenset(
    """you are here|skip to content|skip to main content|skip navigation|back to top|main menu|
    toggle navigation|open menu|close menu|search form|search|menu|home|sections|log in|
    login|sign in|sign out|register|my account|more|show more|load more|see all|view all|
    next|previous|next article|previous article|next story|previous story|click here|
    print|email|share|tweet|close|loading|breadcrumb|navigation|home page|homepage|
    top|back|copy link|reprints|permissions|submit|cancel|ok|accept|reject""".replace(
        "\n", ""
    ).split("|")
)
_CRUMB_SEPARATOR = re.compile(r"\s+[›»>/|·•]\s+|\s*[›»]\s*")
_NAV_TAIL = frozenset({"more", "read more", "watch", "live", "menu", "see more", "watch live"})


def _is_nav(text: str) -> bool:
    """A menu, breadcrumb or button label: the whole line is navigation words.

    Also a banner whose last ``|`` segment is a navigation link ("... | More") and a
    ``|``-separated menu of short labels ("Home | World | Business").
    """
    bare = _BULLET_LEAD.sub("", text).strip(" :.»›>|").lower()
    if bare in _NAV_PHRASES:
        return True
    if " | " in text or text.endswith(" |"):
        segments = [s.strip().lower() for s in text.split("|") if s.strip()]
        if segments and segments[-1] in _NAV_TAIL:
            return True
    # A breadcrumb or a separated menu: "Home › Security › <title>", "A | B | C".
    segments = [s for s in _CRUMB_SEPARATOR.split(text) if s.strip()]
    return (
        len(segments) >= 3
        and all(count_words(s) <= 3 for s in segments[:-1])
        and not is_sentence(text)
    )


def _is_subscription_prompt(text: str) -> bool:
    """A subscribe or newsletter prompt, not a sentence about a company's subscribers.

    "Subscription revenue rose 5%." is news; "Subscribe to our newsletter" or "get
    the best of it in your inbox" addresses the reader.
    """
    if not _SUBSCRIBE.search(text) or has_quotes(text) or count_words(text) > 50:
        return False
    if not is_sentence(text) or _CTA_START.match(text):
        return True
    return bool(_READER.search(text) or _PUBLISHER.search(text))


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def is_call_to_action(text: str) -> bool:
    """A pitch to the reader: an imperative about the outlet's app, alerts or journalism.

    "Download our app for breaking news alerts", "Support local reporting. Become a
    member today." A sentence opening with an imperative ("Download", "Donate") in a
    short line that speaks of the outlet's products or support (two promotional words)
    is the page, not the story; service journalism ("Check your statement") names none.

    >>> is_call_to_action("Get breaking news alerts from the Ledger. Download our app.")
    True
    >>> is_call_to_action("Check your statement for charges you do not recognise.")
    False
    """
    if has_quotes(text) or count_words(text) > 40:
        return False
    if not any(_CTA_START.match(s) for s in _SENTENCE_BREAK.split(text)):
        return False
    return len({m.group(0).lower() for m in _PROMO_WORDS.finditer(text)}) >= 2


def _is_cookie_notice(text: str) -> bool:
    """A cookie banner: cookies, consent and the site or reader ("We use cookies ...").

    Tech news writes about cookies too ("the app uses cookies to track users"), so
    the banner must speak as the site or to the reader.
    """
    if count_words(text) > 60 or has_quotes(text) or not _COOKIE.search(text):
        return False
    return bool(_READER.search(text) or _PUBLISHER.search(text)) or not is_sentence(text)


def _is_byline(text: str) -> bool:
    """A byline or credit line ("By Jane Doe", "With files from ...")."""
    return count_words(text) <= 30 and parse_byline(text) is not None


def _short(pattern: re.Pattern[str], limit: int) -> Callable[[str], bool]:
    """A rule that fires on a pattern in a line of at most ``limit`` words."""

    def rule(text: str) -> bool:
        return count_words(text) <= limit and bool(pattern.search(text))

    return rule


def _short_label(pattern: re.Pattern[str], limit: int) -> Callable[[str], bool]:
    """Like :func:`_short`, for headings: the line must not read as a sentence."""

    def rule(text: str) -> bool:
        return count_words(text) <= limit and not is_sentence(text) and bool(pattern.search(text))

    return rule


RELATED_HEADING = "related-heading"
"""Reason of a heading that opens a block of links to other stories."""

LINE_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    # A separator ("***", "---") or any line without a letter or digit.
    ("separator", lambda text: not any(ch.isalnum() for ch in text)),
    # A bare link, an e-mail address or a social handle on its own line.
    ("url", lambda text: bool(_URL.match(text))),
    ("contact", lambda text: bool(_CONTACT.match(text))),
    # "By Jane Doe", "Jane Doe | Outlet", "Reporting by ...", "With files from ...".
    (BYLINE, _is_byline),
    # "Jul 29, 2019", "Updated: 3:45 PM ET", "Last updated: 14 min ago".
    ("date-line", is_date_line),
    # "Photo: ...", "(AP Photo/Name)", "Image copyright ...".
    ("photo-credit", is_photo_credit),
    # "© 2019 ...", "Copyright 2017 by ...", "All rights reserved".
    ("copyright", _short(_COPYRIGHT, 60)),
    # "Share this article", "Would you recommend this article?", feedback thanks.
    ("share-prompt", _short(_SHARE, 30)),
    # "Subscribe to ...", "Sign up for our newsletters", "... to your inbox".
    ("subscription-prompt", _is_subscription_prompt),
    # "Download our app for breaking news alerts", "Donate today to support ...".
    ("promo", is_call_to_action),
    ("advertisement", lambda text: bool(_ADVERT.match(text.strip(" .:-–—")))),
    ("cookie-notice", _is_cookie_notice),
    ("legal-notice", _short_label(_LEGAL, 8)),
    ("comments", _short(_COMMENTS, 12)),
    # A block heading ("Related Business News", "Go deeper", "More from ...").
    (RELATED_HEADING, _short_label(_RELATED_HEADING, 6)),
    # One link to another story ("Read more: <headline>").
    ("related-link", _short(_RELATED_LINK, 25)),
    ("tags", _short(_TAGS, 30)),
    ("follow-prompt", _short(_FOLLOW, 15)),
    # Reader tools: "Adjust font size", "Listen to this article", "5 min read".
    ("page-tools", _short(_PAGE_TOOLS, 12)),
    ("author-bio", lambda text: bool(_AUTHOR_HEADING.match(text))),
    # Menus, breadcrumbs and buttons ("You are here", "Home", "Search form").
    ("navigation", _is_nav),
)
"""The line-level rules, in order: ``(reason, predicate)``; the first that fires wins."""

# Lines that are article text whatever their shape: an editor's note or correction
# belongs to the story, and a dateline on a line of its own ("SEOUL, South Korea —")
# names the place the story comes from.
_EDITORIAL = re.compile(r"^(?:editor['’]?s['’]? note|correction|clarification)\s*:", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'’-]{1,60}?\s*(?:\([^()]{1,30}\))?\s*(?:[—–]|--?)$")


def is_always_kept(text: str) -> bool:
    """Whether a line is article text whatever its shape (editor's note, dateline).

    >>> is_always_kept("Editor's note: This story was updated."), is_always_kept("PARIS —")
    (True, True)
    """
    return bool(_EDITORIAL.match(text) or _DATELINE.match(text))


# Reasons after which nothing belongs to the story when no paragraph follows.
_CLOSING_KINDS = frozenset({"copyright", "share-prompt", "comments", RELATED_HEADING, "tags"})

# Reasons that close the article: what follows them is footer, not story.
_END_KINDS = frozenset(
    {
        "share-prompt",
        RELATED_HEADING,
        "copyright",
        "comments",
        "author-bio",
        "tags",
        "follow-prompt",
        "subscription-prompt",
    }
)


def match_line_rule(text: str) -> str | None:
    """The reason of the first line rule that fires on a line, or ``None``.

    >>> match_line_rule("Would you recommend this article?")
    'share-prompt'
    >>> match_line_rule("© 2019 Example Broadcasting Network")
    'copyright'
    >>> match_line_rule("The court adjourned until Monday.") is None
    True
    """
    if is_always_kept(text):
        return None
    for reason, rule in LINE_RULES:
        if rule(text):
            return reason
    return None


# ---------------------------------------------------------------------------
# Context rules
# ---------------------------------------------------------------------------

# Journalism words: a bio is about writing and reporting, not just about a career.
_BIO_WORDS = re.compile(
    r"\b(?:writers?|reporters?|editors?|journalis[tm]s?|correspondents?|columnists?|"
    r"contributors?|producers?|anchors?|bloggers?|freelance\w*|newsrooms?|bureaus?|"
    r"newspapers?|magazines?|publications?|bylines?|(?:her|his|their|my) (?:writing|reporting|"
    r"work) (?:has|have) appeared)\b",
    re.IGNORECASE,
)
_FIRST_PERSON_START = re.compile(
    r"^(?:I|I['’]m|I['’]ve|I['’]d|Currently|Formerly|Previously|Before that|A former|"
    r"An? (?:award-winning|veteran|senior|freelance|former))\b"
)
_ROLE_CLAUSE = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*)\s+(?:is|was)\s+(?:(?:an?|the)\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:writer|reporter|editor|journalist|correspondent|columnist|"
    r"contributor|producer|anchor|blogger)\b|"
    r"^(?P<name2>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*)\s+(?:covers|writes about|"
    r"has (?:worked|written|covered|reported))\b"
)


_BIO_CONTACT = re.compile(
    r"\breach (?:him|her|them|me)\b|\S@\S|\bfollow (?:him|her|them) on\b|"
    r"\b(?:covers|writes about|reports on)\b.{3,80}\bfor (?:the )?[A-Z]|"
    r"\bpreviously (?:worked|reported|wrote)\b",
    re.IGNORECASE,
)


def is_trailing_bio(text: str) -> bool:
    """A paragraph at the end of a story about its writer ("X covers courts for Y.").

    A role clause about a person-shaped name, with journalism words or a contact or
    beat cue (an e-mail, "Reach her at", "covers ... for the Ledger").

    >>> is_trailing_bio("Ann Ito covers courts for the Ledger. Reach her at ai@x.com.")
    True
    >>> is_trailing_bio("Ann Ito is news editor of Retail Week.")
    True
    >>> is_trailing_bio("The Insurance Act covers flood damage for homeowners.")
    False
    """
    match = _ROLE_CLAUSE.match(text)
    if not match or not is_person_name(match["name"] or match["name2"]):
        return False
    return is_bio_paragraph(text) or bool(_BIO_CONTACT.search(text))


def is_bio_paragraph(text: str, *, name: str | None = None) -> bool:
    """Whether a paragraph is an author bio: about a writer's career, by name or as "I".

    >>> is_bio_paragraph("Jane Doe has worked as a reporter since 2014.", name="Jane Doe")
    True
    >>> is_bio_paragraph("Currently a freelance writer, I cover courts.")
    True
    >>> is_bio_paragraph("Jane Doe said police arrived at noon.", name="Jane Doe")
    False
    """
    if not _BIO_WORDS.search(" ".join(text.split()[:25])):
        return False
    if _FIRST_PERSON_START.match(text) or _ROLE_CLAUSE.match(text):
        return True
    if name and not has_quotes(text):
        parts = name.split()
        starts = {name, parts[0], parts[-1]}
        first = text.split()[0].rstrip(",")
        return text.startswith(name) or first in starts
    return False


def _split_lines(text: str) -> tuple[str, list[_Line]]:
    """The headline and the non-blank body lines, numbered, with paragraph blocks."""
    headline = ""
    lines: list[_Line] = []
    block = 0
    previous_blank = True
    for index, raw in enumerate(text.splitlines()):
        stripped = raw.strip()
        if not stripped:
            previous_blank = True
            continue
        if not headline:
            headline = normalise_line(raw)
            previous_blank = True
            continue
        if previous_blank:
            block += 1
        previous_blank = False
        text = normalise_line(raw)
        lines.append(_Line(index, block, stripped, text, prose=is_prose(text)))
    sizes = Counter(line.block for line in lines)
    for line in lines:
        line.block_size = sizes[line.block]
    return headline, lines


def _fold(text: str) -> str:
    """A line reduced for comparison: no bullets, quotes or case, single spaces."""
    text = _BULLET_LEAD.sub("", text).replace("’", "'").replace("‘", "'")
    return " ".join(re.sub(r"[\"“”]", "", text).lower().split())


def _repeats_headline(text: str, headline: str) -> bool:
    """A line that repeats the headline: a breadcrumb, a share text, a sticky title.

    The line is the headline, or a short label followed by the headline (breadcrumb
    "Section Name <headline>"), or the headline followed by " | Site".
    """
    line, head = _fold(text), _fold(headline)
    if not head or line == head:
        return bool(head)
    if count_words(head) < 3 or head not in line:
        return False
    prefix, _, suffix = line.partition(head)
    if not suffix.strip() and count_words(prefix) <= 8:
        return not prefix.rstrip().endswith((".", "!", "?"))
    return (
        not prefix.strip() and bool(re.match(r"^\s*[|–—:-]", suffix)) and count_words(suffix) <= 6
    )


def _kept_prose(lines: list[_Line]) -> list[int]:
    """Positions of the lines still kept that are substantial prose."""
    return [i for i, line in enumerate(lines) if line.reason is None and line.prose]


def _follows_list_intro(lines: list[_Line], i: int) -> bool:
    """Whether line ``i`` is an item of a list the story introduced ("... included:").

    Walks back (at most 30 lines) over short kept lines to the nearest kept line
    ending with a colon; a dropped line or a full sentence on the way means the line
    is not in such a list.
    """
    for k in range(i - 1, max(i - 30, 0) - 1, -1):
        previous = lines[k]
        if previous.reason is not None:
            return False
        if previous.text.endswith(":"):
            return True
        if is_sentence(previous.text):
            return False
    return False


def _mark_captions(lines: list[_Line]) -> None:
    """Mark captions: the lines of a photo credit's block next to the credit.

    A caption is printed right above (or below) its credit with no blank line in
    between; the line above may be a sentence ("Police at the scene on Friday."), the
    line below only a label. Long paragraphs are never captions.
    """
    for i, line in enumerate(lines):
        if line.reason != "photo-credit":
            continue
        if line.block_size > 3:
            continue  # a page without blank lines: every paragraph shares the block
        if i > 0 and lines[i - 1].block == line.block and lines[i - 1].reason is None:
            above = lines[i - 1].text
            if count_words(above) <= 30 and not is_always_kept(above):
                lines[i - 1].reason = "caption"
        if i + 1 < len(lines) and lines[i + 1].block == line.block:
            below = lines[i + 1]
            # Under a bare label ("Image caption,") comes the caption itself.
            bare_label = _CAPTION_LABEL.match(line.text) and count_words(line.text) <= 3
            if below.reason is None and (
                is_title_like(below.text) or (bare_label and count_words(below.text) <= 40)
            ):
                below.reason = "caption"


def _mark_bios(lines: list[_Line], *, first_prose: int) -> None:
    """Mark author bios: a name line (maybe repeated) over a paragraph about a writer.

    Also a bio paragraph without a name line ("Jane Doe is a reporter at ...") when no
    story paragraph follows it. Only after the story has begun: a header name line is
    a byline, handled elsewhere.
    """
    for i in range(max(first_prose, 0), len(lines)):
        line = lines[i]
        if line.reason not in (None, "navigation"):
            continue
        name = parse_name_line(line.text)
        if not name:
            continue
        j = i + 1
        while j < len(lines) and lines[j].text == line.text:
            j += 1
        if (
            j < len(lines)
            and lines[j].reason is None
            and is_bio_paragraph(lines[j].text, name=name)
        ):
            for k in range(i, j):
                lines[k].reason = AUTHOR_NAME
            lines[j].reason = "author-bio"
    prose = _kept_prose(lines)
    for position in reversed(prose):
        text = lines[position].text
        if position <= first_prose or not is_trailing_bio(text):
            break
        lines[position].reason = "author-bio"


def _mark_teaser_modules(lines: list[_Line]) -> None:
    """Mark the links that follow a related-stories heading.

    The title-like lines (teaser headlines), credits and dates right after the heading
    are links. A teaser may also carry a summary paragraph: prose up to a closing
    heading or footer line counts as part of the block only when no story paragraph
    comes after that close, so a box in the middle of a story never swallows the
    story's next paragraphs.
    """
    prose = _kept_prose(lines)  # the prose these modules mark all lies before `close`
    for i, line in enumerate(lines):
        if line.reason != RELATED_HEADING:
            continue
        j = i + 1
        while j < len(lines) and (lines[j].reason is not None or is_title_like(lines[j].text)):
            if lines[j].reason in _END_KINDS:
                break
            if lines[j].reason is None:
                lines[j].reason = "teaser"
            j += 1
        close = next(
            (k for k in range(j, min(j + 8, len(lines))) if lines[k].reason in _END_KINDS),
            None,
        )
        if close is None or close == j:
            continue
        between = range(j, close)
        prose_after = bool(prose) and prose[-1] > close
        summaries = sum(1 for k in between if lines[k].prose)
        if not prose_after and summaries <= 3:
            for k in between:
                if lines[k].reason is None:
                    lines[k].reason = "teaser"


def _is_promo(line: _Line, *, beside_boilerplate: bool, between_prompts: bool) -> bool:
    """The publisher talking to the reader: "We'd love to hear ...", "Join us ...".

    News prose speaks of third parties; "we" and "you" together outside quotation
    marks, about stories, newsletters or the site, are the publisher's voice. A line
    addressed to the reader ("you", "your") counts as well when it is an imperative
    next to page chrome, or when it sits between two prompts (the pitch inside a
    subscription box), so that service journalism ("Check your statement ...") stays.
    """
    text = line.text
    if has_quotes(text) or count_words(text) > 50 or is_always_kept(text):
        return False
    reader = bool(_READER.search(text))
    if reader and _PUBLISHER.search(text) and (_PROMO_WORDS.search(text) or beside_boilerplate):
        return True
    return reader and (between_prompts or (beside_boilerplate and bool(_CTA_START.match(text))))


# Prompts that enclose a promotional pitch (not adverts: ads sit between paragraphs).
_PROMPT_KINDS = frozenset({"subscription-prompt", "promo", "share-prompt", "follow-prompt"})


def _mark_promos(lines: list[_Line]) -> None:
    """Mark promotional lines in the publisher's voice (see :func:`_is_promo`)."""
    for i, line in enumerate(lines):
        if line.reason is not None:
            continue
        before = lines[i - 1].reason if i > 0 else None
        after = lines[i + 1].reason if i + 1 < len(lines) else None
        if _is_promo(
            line,
            beside_boilerplate=before is not None or after is not None,
            between_prompts=before in _PROMPT_KINDS and after in _PROMPT_KINDS,
        ):
            line.reason = "promo"


def _mark_header(lines: list[_Line], *, first_prose: int) -> None:
    """Mark the page header: labels and menus above the first paragraph.

    Above the story, Title Case lines, lines of three words or fewer and bullet items
    are menus, section labels and banners. A sentence, or a sentence-case line of four
    words or more, is a standfirst (the summary under the headline) and is kept. A
    name line near a date line or byline is the byline.
    """
    end = first_prose if first_prose >= 0 else len(lines)
    for i in range(end):
        line = lines[i]
        if line.reason is not None or is_always_kept(line.text):
            continue
        text = line.text
        if is_sentence(text):
            continue
        near_date = any(
            0 <= k < len(lines)
            and lines[k].block == line.block
            and lines[k].reason in ("date-line", BYLINE)
            for k in (i - 2, i - 1, i + 1, i + 2)
        )
        if near_date and parse_name_line(text):
            line.reason = AUTHOR_NAME
        elif is_title_like(text) or _BULLET_LEAD.match(line.raw):
            line.reason = "header"


def _mark_inline_teasers(lines: list[_Line], *, first_prose: int, last_prose: int) -> None:
    """Mark teaser headlines between paragraphs of the story.

    Two or more headline-like lines in a row (no closing punctuation, three to twenty
    words, each its own paragraph) between paragraphs are links to other stories; so
    is a lone Title Case line of three words or more. A lone sentence-case line is
    kept: it may be a subheading of the story.
    """

    def headline_like(line: _Line) -> bool:
        text = line.text
        return (
            line.reason is None
            and not is_sentence(text)
            and 3 <= count_words(text) <= 20
            and not text.endswith((":", ",", ";"))
            and not _BULLET_LEAD.match(line.raw)
            and not _ENUMERATOR.match(text)
            and not text.startswith(("“", '"'))
            and not is_always_kept(text)
            and line.block_size == 1
        )

    i = first_prose + 1
    while i < last_prose:
        if not headline_like(lines[i]) or _follows_list_intro(lines, i):
            i += 1
            continue
        j = i
        while j < last_prose and headline_like(lines[j]):
            j += 1
        if j - i >= 2 or is_title_case(lines[i].text):
            for k in range(i, j):
                lines[k].reason = "teaser"
        i = j
    # One or two words alone between paragraphs ("Reuters", "Close", "Photo gallery")
    # are labels and credits; a quoted word or a list item is kept.
    for k in range(first_prose + 1, last_prose):
        line = lines[k]
        if (
            line.reason is None
            and count_words(line.text) <= 2
            and not is_sentence(line.text)
            and not line.text.startswith(tuple(_QUOTES))
            and not is_always_kept(line.text)
            and not _ENUMERATOR.match(line.text)
            and not _BULLET_LEAD.match(line.raw)
            and not _follows_list_intro(lines, k)
        ):
            line.reason = "label"


def _mark_after_notice(lines: list[_Line]) -> None:
    """Mark everything after the copyright notice that ends the page.

    A full notice ("All rights reserved", "may not be published") closes the article;
    the one or two sentences that may follow it ("For the latest news, head to ...")
    are the site's footer. A notice followed by more than two paragraphs is not the
    end of the page (it may be a quoted notice or a credit), so nothing is marked.
    """
    notices = [
        i
        for i, line in enumerate(lines)
        if line.reason == "copyright" and _FULL_NOTICE.search(line.text)
    ]
    if not notices:
        return
    after = [line for line in lines[notices[-1] + 1 :] if line.reason is None]
    if sum(1 for line in after if line.prose) <= 2:
        for line in after:
            line.reason = "after-article"


def _mark_tail(lines: list[_Line], *, last_prose: int) -> None:
    """Mark the footer: short lines after the last paragraph of the story.

    Once page chrome has begun after the story's last paragraph, any line that does
    not read as a sentence is a teaser, a label or a signature; after a line that
    closes an article (copyright, share prompt, comments, related links, tags), even
    a sentence is footer text ("For the latest news, head to ..."). Before any chrome,
    only title-like lines are dropped, so a closing sentence-case line survives.
    """
    chrome_seen = closed = False
    for i in range(last_prose + 1, len(lines)):
        line = lines[i]
        if line.reason is not None:
            chrome_seen = chrome_seen or line.reason != AUTHOR_NAME
            closed = closed or line.reason in _CLOSING_KINDS
            continue
        if is_always_kept(line.text) or _follows_list_intro(lines, i):
            continue
        text = line.text
        if closed or (chrome_seen and not is_sentence(text)) or is_title_like(text):
            line.reason = "after-article"
            chrome_seen = True


def classify_lines(text: str) -> tuple[str, list[LineVerdict]]:
    """The headline and a verdict for every non-blank line after it.

    The headline is the first non-blank line. Each later line is article text
    (``reason`` ``None``) or boilerplate, with the name of the rule that dropped it.

    >>> headline, verdicts = classify_lines(
    ...     "Council approves budget\\n\\nBy Jane Doe\\n\\n"
    ...     "The city council approved the budget on Monday after a long debate.\\n\\n"
    ...     "Share this article"
    ... )
    >>> headline
    'Council approves budget'
    >>> [(v.text, v.reason) for v in verdicts]  # doctest: +NORMALIZE_WHITESPACE
    [('By Jane Doe', 'byline'),
     ('The city council approved the budget on Monday after a long debate.', None),
     ('Share this article', 'share-prompt')]
    """
    headline, lines = _split_lines(text)
    for line in lines:
        if _repeats_headline(line.text, headline):
            line.reason = "headline-repeat"
        else:
            line.reason = match_line_rule(line.text)
    _mark_captions(lines)
    prose = _kept_prose(lines)
    first_prose = prose[0] if prose else -1
    _mark_bios(lines, first_prose=first_prose)
    _mark_teaser_modules(lines)
    _mark_after_notice(lines)
    _mark_promos(lines)
    prose = _kept_prose(lines)
    first_prose = prose[0] if prose else -1
    _mark_header(lines, first_prose=first_prose)
    if prose:
        _mark_inline_teasers(lines, first_prose=prose[0], last_prose=prose[-1])
        _mark_tail(lines, last_prose=prose[-1])
    return headline, [LineVerdict(line.index, line.raw, line.text, line.reason) for line in lines]
