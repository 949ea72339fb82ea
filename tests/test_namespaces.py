from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.namespaces import ID, article_iri, entity_iri, normalise_url, slugify

IRI_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/%:?=&#")


def test_url_variants_of_one_page_share_an_iri() -> None:
    variants = [
        "https://www.cbc.ca/news/story-1.5639380",
        "http://cbc.ca/news/story-1.5639380/",
        "https://www.cbc.ca/amp/news/story-1.5639380?utm_source=twitter#comments",
        "HTTPS://WWW.CBC.CA/news/story-1.5639380/amp",
    ]
    assert len({article_iri(url=u) for u in variants}) == 1


def test_meaningful_query_parameters_are_kept() -> None:
    assert normalise_url("https://x.org/a?id=2") != normalise_url("https://x.org/a?id=3")
    assert normalise_url("https://x.org/a?b=2&a=1") == normalise_url("https://x.org/a?a=1&b=2")


@given(st.text(max_size=80))
def test_entity_iris_are_always_valid_and_stable(name: str) -> None:
    iri = entity_iri("organization", name)
    assert iri.startswith(str(ID)) and iri == entity_iri("organization", name)
    assert set(str(iri)) <= IRI_SAFE
    assert slugify(name)


@given(st.text(max_size=60), st.text(max_size=40))
def test_article_iris_from_any_url_are_valid(host: str, path: str) -> None:
    url = f"https://{host}.example/{path}"
    try:
        iri = article_iri(url=url)
    except ValueError:
        return
    assert set(str(iri)) <= IRI_SAFE and " " not in iri
