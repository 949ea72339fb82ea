"""The optional ``nlp=`` path: a user's pipeline adds candidates the rules refine."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import extract_mentions
from kg.records import Article, SourceInfo

SOURCE = SourceInfo("m.txt", "0" * 64, "text/plain", "test")
TEXT = (
    "Mr. Halvard Strøm's company, brelix, hired staff from Nordvik. "
    "Swedish investors backed brelix on Monday. Strøm said the Velocity 9 sold well."
)


def build_pipeline() -> Language:
    """A blank pipeline whose ruler plays a trained NER model, mistakes included."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Mr. Halvard Strøm's"},
            {"label": "ORG", "pattern": "brelix"},
            {"label": "GPE", "pattern": "Nordvik"},
            {"label": "NORP", "pattern": "Swedish"},
            {"label": "ORG", "pattern": [{"LOWER": "velocity"}, {"TEXT": "9"}]},
            {"label": "PERSON", "pattern": "Monday"},
        ]
    )
    return nlp


def test_model_entities_are_refined() -> None:
    article = Article(SOURCE, "Hiring", body=TEXT)
    mentions = extract_mentions(article, nlp=build_pipeline())
    found = {(m.kind, m.text) for m in mentions}
    assert ("person", "Halvard Strøm") in found  # honorific and possessive trimmed
    assert ("organization", "brelix") in found  # a lower-case name only the model finds
    assert ("place", "Nordvik") in found
    assert not {text for _, text in found} & {"Swedish", "Monday", "Velocity 9", "Velocity"}
    (surname,) = [m for m in mentions if m.text == "Strøm"]
    assert surname.canonical == "Halvard Strøm"
    for mention in mentions:
        assert article.text[mention.start : mention.end] == mention.text


@Language.component("newskg_test_doc_ents")
def set_entities(doc: Doc) -> Doc:
    """A component that sets doc.ents directly, as some NER components do."""
    spans = []
    for token in doc:
        if token.text == "Quillon":
            spans.append(doc.char_span(token.idx, token.idx + len(token), label="ORG"))
    doc.ents = [s for s in spans if s is not None]
    return doc


def test_component_setting_doc_ents() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newskg_test_doc_ents")
    article = Article(SOURCE, "Deal", body="Shares of Quillon rose after the deal in Frankfurt.")
    found = {(m.kind, m.text) for m in extract_mentions(article, nlp=nlp)}
    assert found == {("organization", "Quillon"), ("place", "Frankfurt")}
