"""The repository's seed articles, read by the real reader and extracted."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_mentions
from kg.read import parse_article
from kg.records import Mention

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PLAIN_SEED = SEEDS / "000_9d8becf6d8fdd231.txt"
FRONTMATTER_SEED = SEEDS / "002_65196135cd1e8dd1.txt"


def extract(path: Path) -> tuple[Mention, ...]:
    article = parse_article(path.read_bytes(), path=str(path))
    mentions = extract_mentions(article)
    for mention in mentions:
        assert article.text[mention.start : mention.end] == mention.text
    return mentions


@pytest.fixture(scope="module")
def plain() -> tuple[Mention, ...]:
    return extract(PLAIN_SEED)


def test_police_force_and_its_acronym_are_one_organisation(plain: tuple[Mention, ...]) -> None:
    full = [m for m in plain if m.text == "Royal Canadian Mounted Police"]
    short = [m for m in plain if m.text == "RCMP"]
    assert full and short
    assert {m.kind for m in full + short} == {"organization"}
    assert {m.canonical for m in short} == {"Royal Canadian Mounted Police"}


def test_regulator_acronym_from_parenthesis(plain: tuple[Mention, ...]) -> None:
    short = [m for m in plain if m.text == "OPC"]
    assert short and {m.canonical for m in short} == {
        "Office of the Privacy Commissioner of Canada"
    }


def test_company_short_form_links_to_full_name(plain: tuple[Mention, ...]) -> None:
    short = [m for m in plain if m.text == "Clearview"]
    assert short and {m.canonical for m in short} == {"Clearview AI"}


def test_country_is_a_place_with_geonames_id(plain: tuple[Mention, ...]) -> None:
    canada = [m for m in plain if m.text == "Canada"]
    assert canada and {(m.kind, m.geonames_id) for m in canada} == {("place", 6251999)}


def test_demonyms_and_products_are_not_mentions(plain: tuple[Mention, ...]) -> None:
    texts = {m.text for m in plain}
    assert not texts & {"Canadian", "Canadians", "American", "Rekognition"}


def test_provinces_platforms_and_city_police(plain: tuple[Mention, ...]) -> None:
    found = {(m.kind, m.text) for m in plain}
    assert {("place", "Alberta"), ("place", "British Columbia"), ("place", "Quebec")} <= found
    assert {
        ("organization", name) for name in ("Facebook", "Instagram", "Twitter", "YouTube")
    } <= found
    assert ("organization", "Detroit police") in found and ("place", "Detroit") not in found


def test_frontmatter_seed(plain: tuple[Mention, ...]) -> None:
    found = {(m.kind, m.text) for m in extract(FRONTMATTER_SEED)}
    assert found == {("organization", "Clearview AI"), ("place", "Canada")}
