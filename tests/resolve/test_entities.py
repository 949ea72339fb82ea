"""Resolution: one node per real-world entity, whatever the order and spelling."""

from __future__ import annotations

import random

import pytest

from kg.resolve import EntityRef, resolve_entities


def org(name: str, **kwargs) -> EntityRef:
    return EntityRef("organization", name, **kwargs)


def names(table) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((e.name, e.alternate_names) for e in table.entities.values())


@pytest.mark.parametrize(
    ("refs", "expected"),
    [
        (  # an acronym in one article, its expansion in another
            [org("Federal Trade Commission"), org("FTC")],
            [("Federal Trade Commission", ("FTC",))],
        ),
        (  # short and long forms, linked by no article at all
            [org("Halvorsen"), org("Halvorsen AI Inc.")],
            [("Halvorsen AI Inc.", ("Halvorsen",))],
        ),
        (  # a short form that fits two long forms stays apart
            [org("Delta"), org("Delta Labs"), org("Delta Group")],
            [("Delta", ()), ("Delta Group", ()), ("Delta Labs", ())],
        ),
        (  # a subsidiary is not a short form
            [org("Orbital"), org("Orbital Web Services")],
            [("Orbital", ()), ("Orbital Web Services", ())],
        ),
        (  # the article itself links a surface form to its fuller name
            [
                org("the agency's office", canonical="National Weather Agency"),
                org("National Weather Agency"),
            ],
            [("National Weather Agency", ("the agency's office",))],
        ),
        (  # word order and country forms
            [org("Swiss Federal Office of Energy"), org("Federal Office of Energy of Switzerland")],
            [("Federal Office of Energy of Switzerland", ("Swiss Federal Office of Energy",))],
        ),
        (  # an outlet named in a text is the outlet
            [org("Daily Ledger", domain="dailyledger.com"), org("The Daily Ledger")],
            [("The Daily Ledger", ("Daily Ledger",))],
        ),
        (  # an acronym that keeps a lower-case letter, in another article
            [org("Kenya National Highways Authority"), org("KeNHA"), org("PayPal")],
            [("Kenya National Highways Authority", ("KeNHA",)), ("PayPal", ())],
        ),
        (  # an abbreviated word is the word written out
            [org("Brixley Infra"), org("Brixley Infrastructure Ltd")],
            [("Brixley Infrastructure Ltd", ("Brixley Infra",))],
        ),
        (
            [org("Corvane Intl Corp."), org("Corvane International"), org("Tessop Bros")],
            [("Corvane International", ("Corvane Intl Corp.",)), ("Tessop Bros", ())],
        ),
        (
            [org("Marl Dept of Roads"), org("Marl Department of Roads")],
            [("Marl Department of Roads", ("Marl Dept of Roads",))],
        ),
        (  # "&" is "and"
            [org("Pendry & Sons"), org("Pendry and Sons")],
            [("Pendry and Sons", ("Pendry & Sons",))],
        ),
        (  # an exchange's acronym writes "Exchange" as X
            [org("Harbour Stock Exchange"), org("HSX")],
            [("Harbour Stock Exchange", ("HSX",))],
        ),
        (  # a city's police, however the force is called
            [org("Harbourton Bureau of Police"), org("Harbourton police")],
            [("Harbourton Bureau of Police", ("Harbourton police",))],
        ),
        (
            [org("Harbourton Division of Police"), org("Harbourton Police Department")],
            [("Harbourton Division of Police", ("Harbourton Police Department",))],
        ),
        (  # a firm's country unit is not the firm, though a ministry's country is its own
            [org("Talvora Mobile"), org("Talvora Mobile NZ"), org("Talvora Mobile Australia")],
            [("Talvora Mobile", ()), ("Talvora Mobile Australia", ()), ("Talvora Mobile NZ", ())],
        ),
        (
            [org("Department of Fisheries"), org("U.S. Department of Fisheries")],
            [("U.S. Department of Fisheries", ("Department of Fisheries",))],
        ),
        (  # a demonym qualifies a body as its country does
            [org("Czech Young Farmers' Union"), org("Young Farmers' Union")],
            [("Czech Young Farmers' Union", ("Young Farmers' Union",))],
        ),
        (  # a unit's acronym of its own words, and the acronym written in parts
            [
                org("Varne National Police Anti-Cybercrime Group"),
                org("ACG"),
                org("VNP-ACG"),
            ],
            [("Varne National Police Anti-Cybercrime Group", ("ACG", "VNP-ACG"))],
        ),
        (  # a short name that articles use for two firms joins neither
            [
                org("Brennock Payments"),
                org("Brennock", canonical="Brennock Payments"),
                org("Brennock Holdings"),
            ],
            [("Brennock Holdings", ()), ("Brennock Payments", ("Brennock",))],
        ),
        (  # one that only fits one firm still joins it
            [org("Brennock", canonical="Brennock AI"), org("Brennock AI"), org("Brennock")],
            [("Brennock AI", ("Brennock",))],
        ),
        (  # the parts of an "A and B" body, named apart by other outlets
            [
                org("Harbour Office and Tide Warden Service"),
                org("Harbour Office"),
                org("Tide Warden"),
            ],
            [("Harbour Office and Tide Warden Service", ("Harbour Office", "Tide Warden"))],
        ),
        (  # but "and" inside a body's remit makes no parts
            [org("Department of Health and Human Services"), org("Department of Health")],
            [("Department of Health", ()), ("Department of Health and Human Services", ())],
        ),
        (  # an ambiguous acronym joins nothing
            [org("Public Health Agency"), org("Port Harbour Authority"), org("PHA")],
            [("PHA", ()), ("Port Harbour Authority", ()), ("Public Health Agency", ())],
        ),
    ],
)
def test_organisation_names_resolve(refs, expected) -> None:
    assert names(resolve_entities(refs)) == expected


def test_surnames_join_the_one_full_name() -> None:
    table = resolve_entities(
        [
            EntityRef("person", "Maria Lopez"),
            EntityRef("person", "Lopez"),
            EntityRef("person", "Maria J. Lopez"),
        ]
    )
    assert names(table) == [("Maria J. Lopez", ("Lopez", "Maria Lopez"))]


def test_surname_with_a_particle_joins_the_full_name() -> None:
    table = resolve_entities(
        [
            EntityRef("person", "Pieter van Dalsen"),
            EntityRef("person", "Van Dalsen"),
            EntityRef("person", "Dalsen"),
        ]
    )
    assert names(table) == [("Pieter van Dalsen", ("Dalsen", "Van Dalsen"))]


def test_a_particle_can_be_a_first_name() -> None:
    table = resolve_entities([EntityRef("person", "Al Gorwin"), EntityRef("person", "Gorwin")])
    assert names(table) == [("Al Gorwin", ("Gorwin",))]


def test_ambiguous_surname_stays_apart() -> None:
    table = resolve_entities(
        [
            EntityRef("person", "Ann Chen"),
            EntityRef("person", "Bo Chen"),
            EntityRef("person", "Chen"),
        ]
    )
    assert len(table) == 3


def test_places_join_by_geonames_id() -> None:
    table = resolve_entities(
        [
            EntityRef("place", "U.S.", geonames_id=6252001),
            EntityRef("place", "United States", geonames_id=6252001),
        ]
    )
    (entity,) = table.entities.values()
    assert entity.name == "United States" and entity.geonames_id == 6252001


def test_kinds_never_merge() -> None:
    table = resolve_entities([EntityRef("place", "Washington"), EntityRef("person", "Washington")])
    assert len(table) == 2


def test_iris_do_not_depend_on_order() -> None:
    refs = [
        org("Federal Trade Commission"),
        org("FTC"),
        org("Halvorsen"),
        org("Halvorsen Logistics Inc."),
        org("Daily Ledger", domain="dailyledger.com"),
        EntityRef("person", "Maria Lopez"),
        EntityRef("person", "Lopez"),
    ]
    expected = {ref: resolve_entities(refs).iri(ref) for ref in refs}
    for seed in range(5):
        shuffled = refs[:]
        random.Random(seed).shuffle(shuffled)
        table = resolve_entities(shuffled)
        assert {ref: table.iri(ref) for ref in refs} == expected


@pytest.mark.parametrize(
    "long",
    ["Varne Telekom Bhd", "Varne Telekom Sdn Bhd", "Varne Telekom Pte Ltd", "Varne Telekom AB"],
)
def test_legal_forms_of_many_countries_name_the_same_firm(long: str) -> None:
    table = resolve_entities(
        [EntityRef("organization", long), EntityRef("organization", "Varne Telekom")]
    )
    assert len(table) == 1


def test_a_national_body_named_with_and_without_its_country() -> None:
    """ "Korea" alone, "South Korea's" and no country at all name one national regulator."""
    table = resolve_entities(
        [
            EntityRef("organization", "Korea Fair Trade Commission"),
            EntityRef("organization", "South Korea's Fair Trade Commission"),
            EntityRef("organization", "Fair Trade Commission"),
        ]
    )
    assert len(table) == 1
