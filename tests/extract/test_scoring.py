"""The entity scorer: matching rules of the development corpus's README."""

from __future__ import annotations

from kg.evaluate.entities import group_mentions, ratios, score_entities
from kg.records import Mention

GOLD = {
    "documents": {
        "a.txt": {
            "organisations": [
                {"canonical": "Zeta Labs", "forms": ["Zeta Labs", "Zeta"]},
                {"canonical": "Omni News", "forms": ["Omni News"], "optional": True},
            ],
            "persons": [{"canonical": "Ann O’Neil", "forms": ["Ann O’Neil", "O’Neil"]}],
            "places": [{"canonical": "Peru", "forms": ["Peru"]}],
        },
        "b.txt": {
            "organisations": [],
            "persons": [],
            "places": [{"canonical": "Chile", "forms": ["Chile"]}],
        },
    }
}


def test_case_and_apostrophes_are_ignored_and_entities_count_once() -> None:
    result = score_entities(
        GOLD,
        {
            "a.txt": {
                "organisations": {"ZETA", "zeta labs"},
                "persons": {"ann o'neil"},
                "places": {"Peru"},
            }
        },
    )
    assert (result["organisations"]["tp"], result["organisations"]["fp"]) == (1, 0)
    assert result["persons"]["tp"] == 1
    assert result["places"]["fn"] == 1  # Chile in b.txt, which predicted nothing


def test_optional_entities_neither_reward_nor_penalise() -> None:
    result = score_entities(GOLD, {"a.txt": {"organisations": {"Omni News"}}})
    assert (
        result["organisations"]["tp"],
        result["organisations"]["fp"],
        result["organisations"]["fn"],
    ) == (0, 0, 1)


def test_grouped_prediction_is_one_entity() -> None:
    result = score_entities(
        GOLD, {"a.txt": {"organisations": {frozenset({"Labs", "Zeta Labs"}), "Vexa"}}}
    )
    assert (result["organisations"]["tp"], result["organisations"]["fp"]) == (1, 1)
    errors = [(e["document"], e["class"], e["error"]) for e in result["errors"]]
    assert ("a.txt", "organisations", "FP") in errors and ("b.txt", "places", "FN") in errors


def test_micro_totals() -> None:
    result = score_entities(GOLD, {})
    assert result["micro"]["fn"] == 4 and result["micro"]["recall"] == 0.0
    assert ratios(0, 0, 0)["f1"] == 1.0


def test_group_mentions_uses_canonical_and_every_form() -> None:
    mentions = [
        Mention("organization", "Zeta", 0, 4, "Zeta.", canonical="Zeta Labs"),
        Mention("organization", "Zeta Labs", 10, 19, "Zeta Labs."),
        Mention("place", "Peru", 20, 24, "Peru."),
    ]
    grouped = group_mentions(mentions)
    assert grouped["organisations"] == {frozenset({"Zeta", "Zeta Labs"})}
    assert grouped["places"] == {frozenset({"Peru"})}
    assert grouped["persons"] == set()
