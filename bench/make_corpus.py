"""Write a synthetic news corpus for benchmarks: N articles in both input formats.

The corpus is made of stories: each story is an event (a market exit, a recall, an
investigation, an arrest, a lawsuit, a cancelled contract, a fine, a data breach) with a
cast (a company from a shared pool, so companies and their executives recur across
stories; a regulator, police force, advocacy group, union, analyst; a real city and
country), reported by several outlets on the following days. Half the outlets publish
plain-text pages (headline line, byline, dateline, site chrome: menus, share and
newsletter prompts, photo credits, copyright, author bio) described by a manifest.csv;
the other half publish Markdown with YAML frontmatter (title, date, URL, provider,
topics, images, authors, and ``related:`` lists pointing at the story's other articles).

Files are written one at a time (memory stays flat at any size) and are a pure
function of the seed and the article's number, so a 1,000-article corpus is the first
1,000 files of a 10,000-article one with the same seed.

    python bench/make_corpus.py --count 1000 --seed 1 --out /tmp/corpus-1k
    kg build /tmp/corpus-1k --manifest /tmp/corpus-1k/manifest.csv

Prints the number of files, bytes written and seconds taken.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import re
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import corpus_templates as tpl
import corpus_words as words

MANIFEST = "manifest.csv"
MANIFEST_FIELDS = ("path", "url", "published", "title", "provider_name", "provider_domain")
START = dt.datetime(2018, 1, 1, tzinfo=dt.UTC)
ORG_POOL = 5000
"""Companies in the shared pool: popular ones are drawn often and recur across stories."""


@dataclass(frozen=True)
class Company:
    """An invented company, its short form, sector and the executive who speaks for it."""

    name: str
    short: str
    sector: str
    executive: str
    role: str


@dataclass
class Article:
    """One planned article: everything but its body, which is written when it is saved."""

    index: int
    outlet: words.Outlet
    markdown: bool
    headline: str
    url: str
    published: dt.datetime
    excerpt: str
    excerpt_template: int
    authors: list[str]
    path: str


@dataclass
class Story:
    """An event and its cast, and the articles that report it."""

    seed: int
    number: int
    kind: str
    slots: dict[str, str]
    topics: list[str]
    day: dt.datetime
    articles: list[Article] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Pools: shared by every story of a corpus, a pure function of the seed
# ---------------------------------------------------------------------------


def _person(rng: random.Random) -> str:
    return f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.LAST_NAMES)}"


@lru_cache(maxsize=4)
def company_pool(seed: int) -> tuple[Company, ...]:
    """The companies stories are about; names are unique within the pool."""
    rng = random.Random(f"{seed}/companies")
    seen: set[str] = set()
    pool: list[Company] = []
    while len(pool) < ORG_POOL:
        stem = rng.choice(words.ORG_SYLLABLES_A) + rng.choice(words.ORG_SYLLABLES_B)
        if stem in seen:
            stem += rng.choice(("ia", "en", "ar", "o"))
            if stem in seen:
                continue
        seen.add(stem)
        sector = rng.choice(sorted(words.SECTORS))
        word = rng.choice(words.SECTORS[sector])
        legal = rng.choice(words.LEGAL_FORMS)
        name = f"{stem} {word} {legal}"
        short = stem if rng.random() < 0.75 else f"{stem} {word}"
        pool.append(Company(name, short, sector, _person(rng), rng.choice(words.EXEC_ROLES)))
    return tuple(pool)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.replace("'s", "").split() if w[0].isupper())


def _pick_company(rng: random.Random, pool: tuple[Company, ...]) -> Company:
    """A company drawn log-uniformly: the first k of the pool get log(k)/log(pool size)
    of the stories, so a few companies recur in many stories and most in a handful."""
    return pool[int(len(pool) ** rng.random()) - 1]


# ---------------------------------------------------------------------------
# Stories and their articles
# ---------------------------------------------------------------------------


def plan_story(seed: int, number: int, first_index: int) -> Story:
    """Story ``number`` of the corpus, its first article being number ``first_index``."""
    rng = random.Random(f"{seed}/story/{number}")
    pool = company_pool(seed)
    kind = rng.choice(tpl.STORY_KINDS)
    company = _pick_company(rng, pool)
    partner = _pick_company(rng, pool)
    while partner == company:
        partner = rng.choice(pool)
    rival = rng.choice(pool)
    city, country, adj = rng.choice(words.PLACES)
    others = rng.sample([p for p in words.PLACES if p[1] != country], 3)
    kind_name, _ = rng.choice(words.REGULATOR_KINDS)
    regulator = f"{adj} {kind_name}"
    police = f"{city} Police {rng.choice(('Department', 'Service'))}"
    day = START + dt.timedelta(days=rng.randrange(0, 7 * 365))
    sector = company.sector
    if kind == "recall" and sector not in words.RECALLABLE:
        sector = rng.choice(words.RECALLABLE)
    product = rng.choice(words.PRODUCTS[sector])
    units = words.RECALL_UNITS[sector]
    spokes_role = rng.choice(words.SPOKES_ROLES)
    slots = {
        "A": company.name,
        "A_short": company.short,
        "B": partner.name,
        "B_short": partner.short,
        "C_org": rival.name,
        "product": product,
        "units": units,
        "units_one": units.rstrip("s"),
        "R": regulator,
        "R_acr": _acronym(regulator),
        "R_person": ("Dr. " if rng.random() < 0.3 else "") + _person(rng),
        "P": police,
        "P_short": f"{city} police",
        "city": city,
        "country": country,
        "adj": adj,
        "city2": others[0][0],
        "country2": others[1][1],
        "country3": others[2][1],
        "X": company.executive,
        "X_last": company.executive.split()[-1],
        "X_role": company.role,
        "X_role_lower": company.role if company.role == "CEO" else company.role.lower(),
        "S": _person(rng),
        "S_role": spokes_role,
        "Y": _person(rng),
        "Y_firm": rng.choice(words.ANALYST_FIRMS),
        "V": _person(rng),
        "V_age": str(rng.randrange(19, 64)),
        "G": rng.choice(words.ADVOCACY_GROUPS),
        "G_person": _person(rng),
        "U": rng.choice(words.UNIONS),
        "U_person": _person(rng),
        "practice": rng.choice(tpl.PRACTICES),
        "reason": rng.choice(tpl.REASONS),
        "court": rng.choice((f"a court in {city}", f"the {city} District Court", "federal court")),
        "n": str(rng.randrange(3, 95)),
        "n2": str(rng.randrange(2, 12)),
        "amount": rng.choice(("$", "€", "£")) + f"{rng.randrange(2, 900)} million",
        "pct": str(rng.randrange(1, 30)),
        "years": str(rng.randrange(3, 25)),
        "founded": str(rng.randrange(1950, 2010)),
        "founded2": str(rng.randrange(2005, 2018)),
        "month": (day + dt.timedelta(days=rng.randrange(30, 200))).strftime("%B"),
        "month2": (day - dt.timedelta(days=rng.randrange(60, 300))).strftime("%B"),
        "date": f"{day:%B} {day.day}",
        "weekday": f"{day:%A}",
    }
    topics = rng.sample(words.TOPICS, rng.randint(1, 3))
    story = Story(seed, number, kind, slots, topics, day)
    size = rng.choices(range(1, 9), weights=(10, 18, 20, 16, 12, 10, 8, 6))[0]
    outlets = words.outlets()
    for position, outlet in enumerate(rng.sample(outlets, size)):
        story.articles.append(_plan_article(seed, story, first_index + position, outlet))
    return story


def _plan_article(seed: int, story: Story, index: int, outlet: words.Outlet) -> Article:
    rng = random.Random(f"{seed}/article/{index}")
    slots = dict(story.slots, outlet_short=outlet.name.removeprefix("The "))
    headline = tpl.sentence_case(tpl.render(rng.choice(tpl.HEADLINES[story.kind]), slots, rng))
    published = story.day + dt.timedelta(hours=rng.randrange(2, 96), minutes=rng.randrange(60))
    slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60].strip("-")
    section = rng.choice(words.SECTIONS)
    url = f"https://www.{outlet.domain}/{section}/{published:%Y/%m/%d}/{slug}-{index}"
    excerpt_template = rng.randrange(len(tpl.EVENTS[story.kind]))
    excerpt = _sentence(tpl.EVENTS[story.kind][excerpt_template], slots, rng)
    authors = [_person(rng) for _ in range(rng.choice((1, 1, 1, 2)))]
    markdown = words.outlets().index(outlet) % 2 == 1
    folder = "markdown" if markdown else "text"
    suffix = ".md" if markdown else ".txt"
    path = f"{folder}/{index // 1000:03d}/{index:06d}-{slug[:40].strip('-')}{suffix}"
    return Article(
        index, outlet, markdown, headline, url, published, excerpt, excerpt_template, authors, path
    )


def _sentence(template: str, slots: dict[str, str], rng: random.Random) -> str:
    when = tpl.render(rng.choice(tpl.WHEN), slots, rng)
    return tpl.sentence_case(tpl.render(template, dict(slots, when=when), rng))


def iter_articles(
    seed: int, count: int, start: int = 0
) -> Iterator[tuple[Story, Article, list[Story]]]:
    """Articles ``start`` to ``start + count - 1`` in order, each with its story and a few
    stories published before it (stories before ``start`` are planned, not written)."""
    recent: deque[Story] = deque(maxlen=30)
    index = 0
    number = 0
    while index < start + count:
        story = plan_story(seed, number, index)
        for article in story.articles:
            if index >= start + count:
                break
            if index >= start:
                yield story, article, list(recent)
            index += 1
        recent.append(story)
        number += 1


# ---------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------


def body_paragraphs(story: Story, article: Article, target: int) -> list[str]:
    """Paragraphs of about ``target`` characters: the event first, then the rest of the story."""
    rng = random.Random(f"{story.seed}/body/{article.index}")
    slots = dict(story.slots, outlet_short=article.outlet.name.removeprefix("The "))
    events = [t for i, t in enumerate(tpl.EVENTS[story.kind]) if i != article.excerpt_template]
    rng.shuffle(events)
    lead = article.excerpt
    paragraphs = [lead + " " + _sentence(events.pop(), slots, rng)]
    pools = [events, list(tpl.SECONDARY), list(tpl.QUOTES), list(tpl.FILLER)]
    for pool in pools:
        rng.shuffle(pool)
    length = len(paragraphs[0])
    while length < target and any(pools):
        pool = rng.choices(pools, weights=(3, 2, 2, 5))[0]
        if not pool:
            continue
        sentences = [_sentence(pool.pop(), slots, rng)]
        if pool is not pools[2] and pools[3] and rng.random() < 0.5:
            sentences.append(_sentence(pools[3].pop(), slots, rng))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return paragraphs


def text_page(story: Story, article: Article, rng: random.Random) -> str:
    """A plain-text page: headline line, header chrome, byline, dateline, body, footer."""
    city = story.slots["city"]
    wire = rng.choice(words.WIRES) if rng.random() < 0.25 else None
    lines = [article.headline, ""]
    lines += rng.sample(tpl.NAV_LINES, rng.randint(0, 2))
    lines.append("By " + " and ".join(article.authors))
    lines.append(
        f"{article.published:%B} {article.published.day}, {article.published:%Y %I:%M %p} UTC"
    )
    lines.append("")
    paragraphs = body_paragraphs(story, article, rng.randrange(5000, 10500))
    dateline = f"{city.upper()} ({wire}) — " if wire else f"{city.upper()} — "
    paragraphs[0] = dateline + paragraphs[0]
    for i, paragraph in enumerate(paragraphs):
        lines += [paragraph, ""]
        if i == 1 and rng.random() < 0.6:
            lines += [rng.choice(tpl.SHARE_LINES), ""]
        if i == 2 and rng.random() < 0.5:
            photographer = _person(rng)
            lines += [
                f"A view of a {story.slots['A_short']} site in {city}, "
                f"{article.published:%B} {article.published.day}, {article.published:%Y}. "
                f"Photo: {photographer}/{article.outlet.name.removeprefix('The ')}",
                "",
            ]
        if i == 4 and rng.random() < 0.5:
            lines += [f"Related: {_related_teaser(story, rng)}", ""]
    if wire:
        editor = _person(rng)
        lines.append(f"Reporting by {article.authors[0]} in {city}; Editing by {editor}")
    elif rng.random() < 0.3:
        lines.append(f"With files from {_person(rng)}")
    lines.append(f"© {article.published:%Y} {article.outlet.name}. All rights reserved.")
    lines.append("")
    lines += rng.sample(tpl.NEWSLETTER_LINES, 1) + rng.sample(tpl.FOOTER_LINES, rng.randint(1, 3))
    if rng.random() < 0.5:
        author = article.authors[0]
        lines += [
            "",
            author,
            f"{author} is a reporter covering business and regulation for "
            f"{article.outlet.name}. {author.split()[0]} joined the newsroom in "
            f"{rng.randrange(2005, 2018)} and can be reached through the news desk.",
        ]
    return "\n".join(lines) + "\n"


def _related_teaser(story: Story, rng: random.Random) -> str:
    return tpl.sentence_case(tpl.render(rng.choice(tpl.HEADLINES[story.kind]), story.slots, rng))


def markdown_page(story: Story, article: Article, recent: list[Story], rng: random.Random) -> str:
    """A Markdown page with YAML frontmatter, its related list pointing at other articles."""
    date_key, url_key = rng.choice(
        (("publishedDateTime", "webUrl"), ("date", "url"), ("datePublished", "link"))
    )
    q = _yaml
    lines = [
        "---",
        "category: news",
        f"title: {q(article.headline)}",
        f"excerpt: {q(article.excerpt)}",
        f"{date_key}: {article.published:%Y-%m-%dT%H:%M:%SZ}",
        f"{url_key}: {q(article.url)}",
        "type: article",
        f"quality: {rng.randrange(20, 100)}",
        f"heat: {rng.randrange(-1, 50)}",
        "",
        "provider:",
        f"  name: {q(article.outlet.name)}",
        f"  domain: {article.outlet.domain}",
        "",
        "authors:",
        *[f"  - {q(a)}" for a in article.authors],
        "topics:",
        *[f"  - {q(t)}" for t in story.topics],
        "",
        "images:",
        *_image(article.outlet, article.headline, rng, indent="  "),
        "",
    ]
    related = [a for a in story.articles if a.index != article.index]
    if recent and rng.random() < 0.6:
        older = rng.choice(recent)
        related += rng.sample(older.articles, min(2, len(older.articles)))
    if related:
        lines.append("related:")
        for other in related:
            lines += [
                f"  - title: {q(other.headline)}",
                f"    excerpt: {q(other.excerpt)}",
                f"    publishedDateTime: {other.published:%Y-%m-%dT%H:%M:%SZ}",
                f"    webUrl: {q(other.url)}",
                "    type: article",
                "    provider:",
                f"      name: {q(other.outlet.name)}",
                f"      domain: {other.outlet.domain}",
                f"    quality: {rng.randrange(20, 100)}",
            ]
            if rng.random() < 0.6:
                lines += ["    images:", *_image(other.outlet, None, rng, indent="      ")]
    lines += ["---", ""]
    paragraphs = body_paragraphs(story, article, rng.randrange(3500, 7500))
    subheads = list(tpl.SUBHEADS)
    rng.shuffle(subheads)
    for i, paragraph in enumerate(paragraphs):
        if i and i % 4 == 0 and subheads:
            lines += [f"## {subheads.pop()}", ""]
        lines += [paragraph, ""]
    return "\n".join(lines)


def _image(
    outlet: words.Outlet, title: str | None, rng: random.Random, *, indent: str
) -> list[str]:
    width = rng.choice((760, 800, 1024, 1200))
    lines = [
        f"{indent}- url: {_yaml(f'https://cdn.{outlet.domain}/images/{rng.getrandbits(48):012x}.jpg')}",
        f"{indent}  width: {width}",
        f"{indent}  height: {width * 2 // 3}",
        f"{indent}  isCached: true",
    ]
    if title:
        lines.append(f"{indent}  title: {_yaml(title)}")
    return lines


def _yaml(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def write_corpus(out: Path, *, count: int, seed: int, start: int = 0) -> tuple[int, int]:
    """Write articles ``start`` to ``start + count - 1`` and their manifest rows under ``out``.

    With ``start`` > 0 the corpus grows: rows are appended to the existing manifest.
    Returns (files, bytes) written.
    """
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    files = 0
    append = start > 0 and (out / MANIFEST).is_file()
    with (out / MANIFEST).open("a" if append else "w", newline="", encoding="utf-8") as stream:
        manifest = csv.writer(stream)
        if not append:
            manifest.writerow(MANIFEST_FIELDS)
        for story, article, recent in iter_articles(seed, count, start):
            rng = random.Random(f"{seed}/page/{article.index}")
            if article.markdown:
                text = markdown_page(story, article, recent, rng)
            else:
                text = text_page(story, article, rng)
                manifest.writerow(
                    (
                        article.path,
                        article.url,
                        article.published.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        article.headline,
                        article.outlet.name,
                        article.outlet.domain,
                    )
                )
            target = out / article.path
            target.parent.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8")
            target.write_bytes(data)
            total += len(data)
            files += 1
    return files, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="number of articles (1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument(
        "--start",
        type=int,
        default=0,
        help="number of the first article (grow a corpus of START articles made with this seed)",
    )
    args = parser.parse_args()
    start = time.perf_counter()
    files, size = write_corpus(args.out, count=args.count, seed=args.seed, start=args.start)
    seconds = time.perf_counter() - start
    print(f"corpus:      {args.out} (seed {args.seed})")
    print(f"articles:    {files:,} ({size / 1e6:.1f} MB, {size / max(files, 1) / 1e3:.1f} kB each)")
    print(f"generation:  {seconds:.1f} s ({files / seconds:,.0f} articles/s)")
    print(f"build with:  kg build {args.out} --manifest {args.out / MANIFEST}")


if __name__ == "__main__":
    main()
