"""Event rules for constructions news writes often: demands, recalled events, requests.

Each test sentence is invented for the rule it checks; the fixtures measure the rules on
whole articles.
"""

from __future__ import annotations

import pytest

from kg.extract.events import Candidate, event_candidates, extract_events
from kg.records import Article, EventMention, Mention, SourceInfo

SOURCE = SourceInfo("rules.txt", "0", "text/plain", "test")
ORG, PER, PLACE = "organization", "person", "place"


def events_of(
    body: str,
    names: dict[str, str],
    *,
    headline: str = "News in brief",
    published: str = "2021-05-14",
) -> tuple[EventMention, ...]:
    """The events of an article, with mentions of ``names`` wherever they occur."""
    article = Article(SOURCE, headline, body=body, published=published)
    text = article.text
    found = [
        Mention(kind, name, start, start + len(name), text)
        for name, kind in names.items()
        for start in _occurrences(text, name)
    ]
    return extract_events(article, tuple(sorted(found, key=lambda m: m.start)))


def candidates_of(
    body: str, names: dict[str, str], *, headline: str = "News in brief"
) -> tuple[EventMention, ...]:
    """Every event the rules find, before the ranker chooses the key ones."""
    return tuple(c.event for c in raw_candidates_of(body, names, headline=headline))


def raw_candidates_of(
    body: str, names: dict[str, str], *, headline: str = "News in brief"
) -> list[Candidate]:
    """The rules' candidates with what ranking weighs (sentence, aside, cue)."""
    article = Article(SOURCE, headline, body=body, published="2021-05-14")
    text = article.text
    found = [
        Mention(kind, name, start, start + len(name), text)
        for name, kind in names.items()
        for start in _occurrences(text, name)
    ]
    result = event_candidates(article, tuple(sorted(found, key=lambda m: m.start)))
    assert result is not None
    return result[0]


def _occurrences(text: str, name: str) -> list[int]:
    starts, start = [], text.find(name)
    while start != -1:
        starts.append(start)
        start = text.find(name, start + len(name))
    return starts


def summary(events: tuple[EventMention, ...]) -> list[tuple[str, str | None]]:
    return [(e.type, e.agent.text if e.agent else e.agent_text) for e in events]


@pytest.mark.parametrize(
    "body",
    [
        "Outside the town hall on Tuesday, Mirela Dunn demanded that the Ostby Water Board "
        "apologise to residents.",
        "Mirela Dunn called on Tuesday for the Ostby Water Board to say sorry to residents.",
        "Mirela Dunn demanded on Tuesday that the Ostby Water Board apologise.",
        "Mirela Dunn said on Tuesday that the Ostby Water Board owed every household "
        '"a full and frank apology".',
        '"The Ostby Water Board owes us an apology," Mirela Dunn said on Tuesday.',
    ],
)
def test_demanding_an_apology_is_the_demanders_event(body: str) -> None:
    events = events_of(body, {"Mirela Dunn": PER, "Ostby Water Board": ORG})
    assert summary(events) == [("ApologyDemand", "Mirela Dunn")]
    assert events[0].date == "2021-05-11"


@pytest.mark.parametrize(
    "body",
    [
        "Tomas Vell sued the Brackley Police Service over his wrongful arrest.",
        "Tomas Vell, whose arrest was filmed by a neighbour, sued the Brackley Police Service.",
        "Tomas Vell sued the Brackley Police Service over last year's roadside arrest.",
        "Tomas Vell sued the Brackley Police Service four months after his arrest.",
        "Tomas Vell, who was charged with resisting arrest, sued the Brackley Police Service.",
    ],
)
def test_an_arrest_recalled_as_a_cause_or_a_time_is_not_reported(body: str) -> None:
    events = events_of(body, {"Tomas Vell": PER, "Brackley Police Service": ORG})
    assert summary(events) == [("LawsuitFiled", "Tomas Vell")]


def test_an_arrest_without_its_agent_is_by_the_articles_police_force() -> None:
    body = (
        "A 52-year-old man was arrested on Sunday after a warehouse fire in Dunmere. "
        "The Dunmere Constabulary appealed for witnesses."
    )
    events = events_of(body, {"Dunmere Constabulary": ORG, "Dunmere": PLACE})
    assert summary(events) == [("Arrest", "Dunmere Constabulary")]
    assert events[0].date == "2021-05-09"


def test_what_a_minister_asked_a_department_to_review_is_the_ministers_review() -> None:
    events = events_of(
        "Finance minister Ola Brandt said he had asked the Treasury Board to review every "
        "grant made since 2019.",
        {"Ola Brandt": PER, "Treasury Board": ORG},
    )
    assert summary(events) == [("ReviewAnnounced", "Ola Brandt")]


@pytest.mark.parametrize(
    "body",
    [
        "A resolution that asked Pellan Foods to reassess its suppliers won wide support.",
        "The Pellan Foods board is expected to review the supplier contracts next week.",
        "Pellan Foods said on Monday that it was reviewing the supplier contracts.",
    ],
)
def test_asked_expected_or_ongoing_reviews_are_not_announced(body: str) -> None:
    events = events_of(body, {"Pellan Foods": ORG, "Arvo Partners": ORG})
    assert [e for e in events if e.type == "ReviewAnnounced"] == []


def test_a_review_announced_for_a_committee_is_the_announcers() -> None:
    events = events_of(
        "The Corran Health Agency announced on Monday that its safety panel would review "
        "the vaccine data.",
        {"Corran Health Agency": ORG},
    )
    assert summary(events) == [("ReviewAnnounced", "Corran Health Agency")]


def test_a_demanded_suspension_has_not_happened() -> None:
    events = events_of(
        "Opposition leaders demanded on Friday that the Halvern Rail contract be suspended.",
        {"Halvern Rail": ORG},
    )
    assert [e for e in events if e.type == "ContractSuspension"] == []


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "Corlan Foods spokesman Ivo Brandt said on Monday that the plant would reopen.",
            {"Corlan Foods": ORG, "Ivo Brandt": PER},
        ),
        (
            "Ivo Brandt, a spokesman for Corlan Foods, said on Monday that the plant would reopen.",
            {"Corlan Foods": ORG, "Ivo Brandt": PER},
        ),
        (
            "A spokesperson for Corlan Foods said on Monday that the plant would reopen.",
            {"Corlan Foods": ORG},
        ),
    ],
)
def test_what_a_spokesperson_says_the_organisation_says(body: str, names: dict[str, str]) -> None:
    events = events_of(body, names)
    assert summary(events) == [("Statement", "Corlan Foods")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Vesper Rail on Tuesday suspended the $12.5-million signalling contract with Ardo "
            "Systems for 90 days.",
            ("ContractSuspension", "Vesper Rail", "Ardo Systems"),
        ),
        (
            "Kelby Mobility said on Wednesday it would withdraw its shared e-bike service from "
            "Ghent.",
            ("Withdrawal", "Kelby Mobility", None),
        ),
        (
            "Within hours, Kelby Mobility said it would pull out of the harbour project.",
            ("Withdrawal", "Kelby Mobility", None),
        ),
        (
            "Kelby Mobility said on Monday that it is permanently retiring the model.",
            ("ProductDiscontinuation", "Kelby Mobility", None),
        ),
        (
            "The Ghent city council voted on Monday to freeze new e-bike licences for a year.",
            ("Moratorium", "Ghent City Council", None),
        ),
    ],
)
def test_phrasal_and_long_object_forms(body: str, expected: tuple[str, str, str | None]) -> None:
    names = {
        "Vesper Rail": ORG,
        "Ardo Systems": ORG,
        "Kelby Mobility": ORG,
        "Ghent City Council": ORG,
        "Ghent": PLACE,
    }
    events = events_of(body + " The Ghent City Council met.", names)
    kind, agent, obj = expected
    found = [e for e in events if e.type == kind]
    assert found, summary(events)
    assert summary(found[:1]) == [(kind, agent)]
    if obj is not None:
        assert found[0].object is not None and found[0].object.text == obj


@pytest.mark.parametrize(
    "body",
    [
        "The Crown Prosecution Office said on Monday it had discontinued the case against "
        "Rhys Mallory.",
        "The Crown Prosecution Office said on Monday that it had decided not to proceed with "
        "charges against Rhys Mallory.",
        "The Crown Prosecution Office offered no evidence against Rhys Mallory on Monday.",
    ],
)
def test_discontinued_and_abandoned_prosecutions_are_dropped_charges(body: str) -> None:
    events = events_of(body, {"Crown Prosecution Office": ORG, "Rhys Mallory": PER})
    assert summary(events) == [("ChargesDropped", "Crown Prosecution Office")]
    assert events[0].date == "2021-05-10"


@pytest.mark.parametrize(
    "body",
    [
        "Dunmore Wholesale stopped supplying Pell Pharmacy on June 2.",
        "Dunmore Wholesale has stopped selling all Pell Pharmacy own-brand creams.",
    ],
)
def test_stopping_supply_to_a_named_firm_is_a_sales_refusal(body: str) -> None:
    events = events_of(body, {"Dunmore Wholesale": ORG, "Pell Pharmacy": ORG})
    assert summary(events) == [("SalesRefusal", "Dunmore Wholesale")]


@pytest.mark.parametrize(
    "body",
    [
        "Traffic deaths rose by a third, according to a report released on Wednesday by the "
        "Orrin Road Safety Trust.",
        "The vote followed an Orrin Road Safety Trust staff report released last Friday.",
    ],
)
def test_a_report_released_by_an_organisation_is_its_report(body: str) -> None:
    events = events_of(body, {"Orrin Road Safety Trust": ORG})
    assert summary(events) == [("ReportRelease", "Orrin Road Safety Trust")]


def test_things_taken_in_a_burglary_are_a_theft() -> None:
    events = events_of(
        "In one of the burglaries, two laptops were taken while the owners were away.", {}
    )
    assert [e.type for e in events] == ["Theft"]
    events = events_of("Two laptops were taken to the repair shop.", {})
    assert events == ()


def test_an_op_ed_is_published_by_the_clauses_subject() -> None:
    events = events_of(
        "The fund's chief investment officer, Aino Lehto, laid out its case in an op-ed "
        "published in April.",
        {"Aino Lehto": PER},
    )
    assert summary(events) == [("OpEdPublished", "Aino Lehto")]


def test_a_report_promised_for_later_is_not_released() -> None:
    events = events_of(
        "Kelby Mobility said it would publish the results of its own tests by the end of June.",
        {"Kelby Mobility": ORG},
    )
    assert [e for e in events if e.type == "ReportRelease"] == []


def test_a_city_or_its_councillors_act_as_the_city_council() -> None:
    names = {"Harbour District Council": ORG, "Marrow": PLACE, "Tamsett Buses": ORG}
    events = events_of(
        "Councillors voted on Tuesday to suspend the bus contract with Tamsett Buses. "
        "The Harbour District Council will meet again in June.",
        names,
        headline="Marrow suspends bus contract with Tamsett Buses",
    )
    assert summary(events) == [("ContractSuspension", "Harbour District Council")]
    assert events[0].date == "2021-05-11"


def test_an_undated_headline_event_takes_the_date_of_its_lead() -> None:
    events = events_of(
        "Ada Marsh, the nurse whose dismissal was reported across the country last year, "
        "won her appeal against the Fenby Health Board on Monday.",
        {"Ada Marsh": PER, "Fenby Health Board": ORG},
        headline="Ada Marsh sues Fenby Health Board over dismissal",
    )
    assert [(e.type, e.date) for e in events] == [("LawsuitFiled", "2021-05-10")]


def test_a_dateline_does_not_date_the_event() -> None:
    events = events_of(
        "OSLO, May 14 (Newswire) - Vardo Shipping has suspended its contract with Ferrol Ports. "
        "The company said on Wednesday that the suspension applied to every route.",
        {"Vardo Shipping": ORG, "Ferrol Ports": ORG},
    )
    assert [(e.type, e.date) for e in events] == [("ContractSuspension", "2021-05-12")]


def test_a_time_in_a_subordinate_clause_dates_that_clause_not_the_event() -> None:
    events = events_of(
        "The Keld Markets Authority said on Tuesday it had opened an investigation into "
        "whether Orme Freight broke the law when it cut supply in March.",
        {"Keld Markets Authority": ORG, "Orme Freight": ORG},
    )
    assert [(e.type, e.date) for e in events] == [("InvestigationOpened", "2021-05-11")]


def test_an_agreement_announced_on_a_day_is_dated_by_the_announcement() -> None:
    events = events_of(
        "Lorn Logistics said Monday it has agreed to acquire Pebble Parcel for $1 billion.",
        {"Lorn Logistics": ORG, "Pebble Parcel": ORG},
    )
    assert [(e.type, e.date) for e in events] == [("Agreement", "2021-05-10")]


def test_two_reports_of_one_arrest_keep_the_more_precise_date() -> None:
    events = events_of(
        "A judge dismissed the charges against Ivo Rask, who was arrested by the Dale Police "
        "Department last November. The Dale Police Department arrested Rask on Nov. 14 after a "
        "traffic stop.",
        {"Ivo Rask": PER, "Rask": PER, "Dale Police Department": ORG},
        published="2021-05-14",
    )
    arrests = [e for e in events if e.type == "Arrest"]
    assert [e.date for e in arrests] == ["2020-11-14"]


def test_the_council_is_the_organisation_called_a_council() -> None:
    names = {"Leeds Police": ORG, "Fenwick Town Council": ORG}
    events = events_of(
        "Leeds Police arrested a councillor on Tuesday. Leeds Police said he was released on "
        "bail. Fenwick Town Council said it was shocked. On Wednesday, the council announced "
        "that it had commissioned an independent review of its grants.",
        names,
    )
    reviews = [e for e in events if e.type == "ReviewAnnounced"]
    assert summary(tuple(reviews)) == [("ReviewAnnounced", "Fenwick Town Council")]


def test_a_judge_after_a_fronted_time_is_the_titled_judge() -> None:
    events = events_of(
        "Earlier this week, a county judge dismissed all charges against Ivo Rask. "
        "Prosecutors had asked Judge Mara Quist to drop the case.",
        {"Ivo Rask": PER, "Mara Quist": PER},
    )
    assert summary(events) == [("ChargesDismissed", "Mara Quist")]


def test_the_two_companies_are_the_named_party_to_their_deal() -> None:
    events = events_of(
        "Orla Energy has agreed to buy a stake in the Brae pipeline. The two companies "
        "signed a memorandum of agreement on Friday.",
        {"Orla Energy": ORG},
    )
    assert [(e.type, e.agent.text if e.agent else None, e.date) for e in events] == [
        ("Agreement", "Orla Energy", "2021-05-14")  # published on a Friday
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Ivo Rask, who was questioned by police in a car park, later sued the Dale Council.",
        "The charge sheet says Ivo Rask was driving a car reported stolen in Brill.",
        "Rask said the Dale Council had acted within its rights in ending the contract.",
        "Scrap dealers are required to keep records of every sale.",
        "Shareholders of Orla Energy are scheduled to vote on the merger next week.",
        "Orla Energy said it will continue to investigate the leak.",
    ],
)
def test_passing_gerund_and_hypothetical_mentions_are_not_events(body: str) -> None:
    events = events_of(
        body, {"Ivo Rask": PER, "Rask": PER, "Dale Council": ORG, "Orla Energy": ORG}
    )
    assert [e.type for e in events if e.type not in {"LawsuitFiled", "Statement"}] == []


def test_telling_the_court_it_would_is_the_teller_speaking() -> None:
    events = events_of(
        "The Crown Prosecution Office dropped the case against Ivo Rask at Dale Crown Court, "
        "telling the court it would offer no evidence.",
        {"Crown Prosecution Office": ORG, "Ivo Rask": PER, "Dale Crown Court": ORG},
    )
    assert summary(events) == [("ChargesDropped", "Crown Prosecution Office")]


def test_a_pronoun_refers_to_a_person_of_its_gender() -> None:
    events = events_of(
        "Premier Tomas Brenner praised Ms Ilse Varga for stepping aside. He said he had "
        "asked the Treasury Board to review every grant.",
        {"Tomas Brenner": PER, "Ilse Varga": PER, "Treasury Board": ORG},
    )
    reviews = [e for e in events if e.type == "ReviewAnnounced"]
    assert summary(tuple(reviews)) == [("ReviewAnnounced", "Tomas Brenner")]


def test_a_possessive_inside_the_clause_is_not_its_subject() -> None:
    events = events_of(
        "The fund's chief investment officer, Aino Lehto, laid out its case in an op-ed.",
        {"Aino Lehto": PER},
    )
    assert summary(events) == [("OpEdPublished", "Aino Lehto")]


def test_an_arrest_reported_by_a_council_is_still_the_polices() -> None:
    events = events_of(
        "The Dale Police Service arrested a man on Tuesday. The Dale Council confirmed that "
        "Ivo Rask was the man arrested.",
        {"Dale Police Service": ORG, "Dale Council": ORG, "Ivo Rask": PER},
    )
    assert {agent for kind, agent in summary(events) if kind == "Arrest"} == {"Dale Police Service"}


def test_an_event_told_in_a_relative_clause_is_a_detail_when_there_is_news() -> None:
    events = events_of(
        "Orla Energy said on Monday it would stop selling heating oil in Ireland. The move is "
        "the latest in a series of cutbacks at Orla Energy, which announced in March that it "
        "would cut 800 jobs.",
        {"Orla Energy": ORG, "Ireland": PLACE},
    )
    assert summary(events) == [("Withdrawal", "Orla Energy")]


def test_a_verb_coordinated_with_an_earlier_one_shares_its_subject() -> None:
    events = candidates_of(
        "Fenby Bank conceded on Monday that it had mis-sold 3,000 travel policies and apologised.",
        {"Fenby Bank": ORG},
    )
    assert summary(events) == [("Admission", "Fenby Bank"), ("Apology", "Fenby Bank")]


def test_an_article_keeps_its_three_best_events() -> None:
    body = (
        "Orla Energy said on Monday it would stop selling heating oil in Ireland. "
        "The Dale Markets Board opened an investigation into Orla Energy on Tuesday. "
        "Orla Energy apologised to customers on Wednesday. "
        "Separately, Vesk Mining sued Orla Energy over a pipeline. "
        "Tarn Bank also sued Orla Energy."
    )
    names = {
        "Orla Energy": ORG,
        "Ireland": PLACE,
        "Dale Markets Board": ORG,
        "Vesk Mining": ORG,
        "Tarn Bank": ORG,
    }
    events = events_of(body, names)
    assert [e.type for e in events] == ["Withdrawal", "InvestigationOpened", "Apology"]


def test_one_business_decision_per_company_per_sentence() -> None:
    events = events_of(
        "Orla Energy said on Monday it would stop selling heating oil in Ireland and end its "
        "supply contract with Vesk Mining.",
        {"Orla Energy": ORG, "Ireland": PLACE, "Vesk Mining": ORG},
    )
    assert summary(events) == [("Withdrawal", "Orla Energy")]


def test_announcing_a_cause_later_is_a_statement_not_a_report() -> None:
    events = events_of(
        "Orla Energy says it will announce the cause of the pipeline leak on May 20.",
        {"Orla Energy": ORG},
    )
    assert summary(events) == [("Statement", "Orla Energy")]


def test_a_companys_short_name_taken_for_a_place_is_the_company() -> None:
    events = events_of(
        "The chain's supplier is Corrib Pharma Distribution. Corrib stopped filling Pell "
        "Pharmacy orders on June 2.",
        {"Corrib Pharma Distribution": ORG, "Corrib": PLACE, "Pell Pharmacy": ORG},
    )
    assert summary(events) == [("SalesRefusal", "Corrib Pharma Distribution")]


def test_a_granted_petition_and_an_order_are_the_judges_acts() -> None:
    events = events_of(
        "Earlier this month, Judge Mara Quist granted Ivo Rask's petition to expunge the arrest "
        "from his record, ordering the Dale Police Service to seal its records of the arrest.",
        {"Mara Quist": PER, "Ivo Rask": PER, "Dale Police Service": ORG},
    )
    assert summary(events) == [("RecordExpungement", "Mara Quist")]


def test_charges_with_a_parenthesis_dismissed_by_a_judge() -> None:
    events = events_of(
        "The charges against Ivo Rask, for fraud and forging a passport, were dismissed by "
        "Judge Mara Quist on May 3.",
        {"Mara Quist": PER, "Ivo Rask": PER},
    )
    assert summary(events) == [("ChargesDismissed", "Mara Quist")]
    assert events[0].date == "2021-05-03"


def test_a_noun_event_takes_its_actor_from_a_relative_clause_or_the_main_clause() -> None:
    events = events_of(
        "Fares rose because of the six-month moratorium on new taxi permits that the Ghent "
        "City Council imposed on May 3.",
        {"Ghent City Council": ORG},
    )
    assert summary(events) == [("Moratorium", "Ghent City Council")]
    events = events_of(
        "Under a deal struck with the port authority on Wednesday, Kelby Mobility will pay a "
        "fine of 200,000 euros.",
        {"Kelby Mobility": ORG},
    )
    assert summary(events) == [("Agreement", "Kelby Mobility")]


def test_a_participle_after_a_comma_has_the_sentences_subject() -> None:
    events = events_of(
        "Prosecutors from the Dale County Attorney's Office had asked Judge Mara Quist to drop "
        "the case, conceding that the evidence was weak.",
        {"Dale County Attorney's Office": ORG, "Mara Quist": PER},
    )
    assert summary(events) == [("Admission", "Dale County Attorney's Office")]


def test_a_titled_surname_is_the_articles_full_name() -> None:
    events = events_of(
        "Councillor Ines Varga was arrested on Tuesday. When contacted on Tuesday evening, "
        "Cllr Varga said she had done nothing wrong.",
        {"Ines Varga": PER, "Cllr Varga": ORG},
    )
    statements = [e for e in events if e.type == "Statement"]
    assert [e.agent.text for e in statements if e.agent] == ["Ines Varga"]


def test_authorities_described_vaguely_are_the_named_force_of_the_same_act() -> None:
    events = events_of(
        "Swiss authorities carried out raids at a hotel on Wednesday, arresting several officials. "
        "The Vaud Cantonal Police said they arrested six officials at the hotel early on Wednesday.",
        {"Vaud Cantonal Police": ORG},
    )
    assert summary(events) == [("Arrest", "Vaud Cantonal Police")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Lindmoor Grocers, which buys from Tessaly Farms in six counties, said on Monday it "
            "had suspended its contract with Tessaly Farms.",
            ("ContractSuspension", "Lindmoor Grocers"),
        ),
        (
            "Lindmoor Grocers said in a filing to the exchange on Monday it had cancelled its "
            "supply deal with Tessaly Farms.",
            ("ContractSuspension", "Lindmoor Grocers"),
        ),
        (
            "Lindmoor Grocers said on Monday it had suspended, with immediate effect, its supply "
            "contract with Tessaly Farms.",
            ("ContractSuspension", "Lindmoor Grocers"),
        ),
        (
            "Lindmoor Grocers has put on hold its contract with Tessaly Farms.",
            ("ContractSuspension", "Lindmoor Grocers"),
        ),
    ],
)
def test_the_sayer_is_the_actor_past_asides_and_adjuncts(
    body: str, expected: tuple[str, str]
) -> None:
    events = events_of(body, {"Lindmoor Grocers": ORG, "Tessaly Farms": ORG})
    assert summary(events)[:1] == [expected]


def test_a_sentence_opening_pronoun_continues_the_previous_subject() -> None:
    events = events_of(
        "The Varne Data Authority on Friday barred lender Quillon Credit from collecting "
        "voice prints. It imposed a six-month moratorium on new collection.",
        {"Varne Data Authority": ORG, "Quillon Credit": ORG},
    )
    assert ("Moratorium", "Varne Data Authority") in summary(events)
    assert all(agent == "Varne Data Authority" for _, agent in summary(events))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Dale County prosecutors dropped the third-degree theft charge on Monday.",
            ("ChargesDropped", "Dale County prosecutors"),
        ),
        (
            "The Dale County Prosecutor's Office moved on Monday to dismiss the charges against "
            "Ola Brandt.",
            ("ChargesDropped", "Dale County Prosecutor's Office"),
        ),
        (
            "Judge Mara Quist on Monday dismissed the charges against Ola Brandt.",
            ("ChargesDismissed", "Mara Quist"),
        ),
    ],
)
def test_prosecutors_drop_charges_and_judges_dismiss_them(
    body: str, expected: tuple[str, str]
) -> None:
    names = {"Dale County Prosecutor's Office": ORG, "Mara Quist": PER, "Ola Brandt": PER}
    assert summary(events_of(body, names)) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Fennick Stores announced its withdrawal from Portugal on Monday.",
            "Withdrawal",
        ),
        (
            "Fennick Stores said on Monday it would close its 14 shops and walk away from the "
            "country.",
            "Withdrawal",
        ),
        (
            "Fennick Stores said on Monday it will not sell the Glowmax heater in any of its "
            "stores.",
            "SalesRefusal",
        ),
        ("Fennick Stores said it would not stock the Glowmax heater.", "SalesRefusal"),
    ],
)
def test_market_exits_and_refusals_in_other_words(body: str, expected: str) -> None:
    events = events_of(body, {"Fennick Stores": ORG, "Portugal": PLACE})
    assert summary(events) == [(expected, "Fennick Stores")]


def test_an_authority_saying_a_firm_breached_the_law_is_a_finding() -> None:
    events = events_of(
        "In a 40-page order, the Varne Data Authority said Quillon Credit had breached the "
        "consent rules. Quillon Credit said the breach was minor.",
        {"Varne Data Authority": ORG, "Quillon Credit": ORG},
    )
    assert summary(events)[0] == ("InvestigationFinding", "Varne Data Authority")
    assert events[0].object is not None and events[0].object.text == "Quillon Credit"
    assert ("InvestigationFinding", "Quillon Credit") not in summary(events)


def test_an_event_in_an_after_clause_is_dated_back_from_the_main_clause() -> None:
    events = events_of(
        "A county judge on Tuesday ordered the record of Ola Brandt sealed, five months after "
        "Dale County prosecutors dropped theft charges against him.",
        {"Ola Brandt": PER},
    )
    dropped = [e for e in events if e.type == "ChargesDropped"]
    assert [e.date for e in dropped] == ["2020-12"]


def test_a_named_actor_after_after_tells_a_clause_not_a_recalled_noun() -> None:
    events = events_of(
        "The committee agreed on Thursday to an inquiry two days after the Varne Audit Office "
        "released a report on the pay system.",
        {"Varne Audit Office": ORG},
    )
    released = [e for e in events if e.agent and e.agent.text == "Varne Audit Office"]
    assert [e.date for e in released] == ["2021-05-11"]


def test_the_authority_and_a_following_it_are_the_named_authority() -> None:
    events = events_of(
        "The Varne Data Authority on Friday fined Quillon Credit. The authority found that "
        "Quillon Credit had kept voice prints for years. It imposed a six-month moratorium on "
        "new collection.",
        {"Varne Data Authority": ORG, "Quillon Credit": ORG},
    )
    assert {agent for _, agent in summary(events)} == {"Varne Data Authority"}
    assert "Moratorium" in {event_type for event_type, _ in summary(events)}


def test_an_exit_recalled_from_years_ago_elsewhere_stays_apart() -> None:
    events = events_of(
        "Fennick Stores will close all 14 of its shops and leave the country by June. "
        "Fennick Stores walked away from Portugal three years ago, in 2018.",
        {"Fennick Stores": ORG, "Portugal": PLACE},
    )
    exits = [e for e in events if e.type == "Withdrawal"]
    assert exits and exits[0].date != "2018"
    assert exits[0].place is None


def test_a_present_perfect_lead_is_dated_by_the_next_sentence_of_its_actor() -> None:
    events = events_of(
        "The Varne Data Authority has fined Quillon Credit 2 million euros. In a decision "
        "published on Tuesday, the Varne Data Authority said the lender broke the law.",
        {"Varne Data Authority": ORG, "Quillon Credit": ORG},
    )
    fines = [e for e in events if e.type == "InvestigationFinding"]
    assert [e.date for e in fines][:1] == ["2021-05-11"]


def test_a_verb_after_a_relative_clause_on_its_subject_is_active() -> None:
    events = candidates_of(
        "Orlen Payments, which is based in Oslo, admitted on Monday that hackers had raided "
        "one of its databases.",
        {"Orlen Payments": ORG, "Oslo": PLACE},
    )
    assert ("Admission", "Orlen Payments") in summary(events)


def test_a_body_described_before_it_is_named_is_the_named_body() -> None:
    events = candidates_of(
        "A parliamentary committee voted on Thursday to open an investigation into the pay "
        "system. The Standing Committee on Public Works will hold its first hearing in July.",
        {"Standing Committee on Public Works": ORG},
    )
    assert ("InvestigationOpened", "Standing Committee on Public Works") in summary(events)


def test_the_end_of_a_trial_is_no_contract_ended() -> None:
    events = candidates_of(
        "Judge Mara Quist dismissed the charges against Ola Brandt at the end of a four-day "
        "trial in Dale.",
        {"Mara Quist": PER, "Ola Brandt": PER},
    )
    assert [e.type for e in events] == ["ChargesDismissed"]


def test_it_after_a_person_said_is_not_the_person() -> None:
    events = candidates_of(
        "Fennick Stores is in trouble. Union leader Ola Brandt said yesterday that it would "
        "pull out of Portugal.",
        {"Fennick Stores": ORG, "Ola Brandt": PER, "Portugal": PLACE},
    )
    assert ("Withdrawal", "Ola Brandt") not in summary(events)


def test_the_post_holder_of_a_firm_apologises_in_person() -> None:
    events = candidates_of(
        "The chief executive of digital lender Ostrava Credit on Monday apologised to "
        "lawmakers for the breach. Lena Marsh, Ostrava Credit's chief executive, said the firm "
        "had hired investigators.",
        {"Ostrava Credit": ORG, "Lena Marsh": PER},
    )
    assert ("Apology", "Lena Marsh") in summary(events)


def test_a_post_holders_business_decision_stays_the_firms() -> None:
    events = candidates_of(
        "On Tuesday, the Ostrava Credit chief executive pulled the plug on the lender's "
        "Kenyan business. Lena Marsh, chief executive of Ostrava Credit, said it had lost money.",
        {"Ostrava Credit": ORG, "Lena Marsh": PER},
    )
    assert ("Apology", "Lena Marsh") not in summary(events)
    assert all(agent != "Lena Marsh" for kind, agent in summary(events) if kind == "Withdrawal")


def test_a_described_group_is_the_body_its_words_name() -> None:
    events = candidates_of(
        "A drivers' group has demanded a public apology from Pellow Rides. The Lagos Ride "
        "Drivers Association said its members were not told.",
        {"Pellow Rides": ORG, "Lagos Ride Drivers Association": ORG},
    )
    assert ("ApologyDemand", "Lagos Ride Drivers Association") in summary(events)


def test_a_report_published_by_a_body_after_a_comma() -> None:
    events = candidates_of(
        "The 90-page report, published on Tuesday by the Civil Aviation Safety Board, "
        "examined three incidents.",
        {"Civil Aviation Safety Board": ORG},
    )
    assert ("ReportRelease", "Civil Aviation Safety Board") in summary(events)


def test_business_court_and_vote_forms() -> None:
    events = candidates_of(
        "Merrow Foods told investors it had agreed to sell 12 stores to Brightway. "
        "Pellow Rides said on Tuesday it would stop taking orders in Lagos on April 30. "
        "Shareholders in Merrow Foods voted on Thursday to approve the sale. "
        "Judge Ola Brandt discharged Kemi Ade of all charges on Thursday. "
        "Merrow Foods announced in March that it would shut or sell all 19 of its stores in "
        "Peru.",
        {
            "Merrow Foods": ORG,
            "Brightway": ORG,
            "Pellow Rides": ORG,
            "Lagos": PLACE,
            "Peru": PLACE,
            "Ola Brandt": PER,
            "Kemi Ade": PER,
        },
    )
    found = summary(events)
    assert ("Agreement", "Merrow Foods") in found
    assert ("Withdrawal", "Pellow Rides") in found
    assert ("ShareholderVote", "Merrow Foods") in found  # the holders' general meeting
    assert ("ChargesDismissed", "Ola Brandt") in found
    assert [e.date for e in events if e.type == "Withdrawal" and "Peru" in e.evidence] == [
        "2021-03"
    ]


def test_a_lawyer_files_for_the_client_a_body_for_itself() -> None:
    events = candidates_of(
        "Police detained Kemi Ade last week. Her lawyer, Ola Brandt, said that on Monday he "
        "filed a suit at the High Court on her behalf. The Riders Alliance said it had filed a "
        "complaint with the regulator on behalf of 40 members.",
        {"Kemi Ade": PER, "Ola Brandt": PER, "High Court": ORG, "Riders Alliance": ORG},
    )
    found = summary(events)
    assert ("LawsuitFiled", "Kemi Ade") in found
    assert ("ComplaintFiled", "Riders Alliance") in found


def test_an_officials_decision_is_the_institutions() -> None:
    events = candidates_of(
        "Data Protection Commissioner Ann Lee announced an investigation into Zeta Health on "
        "Wednesday. The Irish Data Protection Commission said it had received complaints. "
        "Chief executive Ola Brandt, Zeta Health's founder, said Zeta Health would stop "
        "selling the scanner in Peru.",
        {
            "Ann Lee": PER,
            "Zeta Health": ORG,
            "Irish Data Protection Commission": ORG,
            "Ola Brandt": PER,
            "Peru": PLACE,
        },
    )
    found = summary(events)
    assert ("InvestigationOpened", "Irish Data Protection Commission") in found
    assert ("InvestigationOpened", "Ann Lee") not in found


def test_a_title_described_agent_is_the_person_titled_so() -> None:
    events = candidates_of(
        "The Minister of State for Older People has apologised to the families. The review "
        "was announced by Minister of State for Older People Niamh Carey. Operatives of the "
        "Lagos State Police Command have arrested a reporter, Kemi Ade.",
        {"Niamh Carey": PER, "Lagos State Police Command": ORG, "Kemi Ade": PER},
    )
    found = summary(events)
    assert ("Apology", "Niamh Carey") in found
    assert ("Arrest", "Lagos State Police Command") in found


def test_data_copied_by_intruders_is_a_theft() -> None:
    events = candidates_of(
        "According to Marlo Health, the attacker copied the data between January 19 and 26. "
        "The company said no payment records were accessed. Thieves cut the catalytic "
        "converters from nine vans on Friday night.",
        {"Marlo Health": ORG},
    )
    thefts = [e for e in events if e.type == "Theft"]
    assert [e.agent_text for e in thefts] == ["attacker", "Thieves"]
    assert ("Theft", None) not in summary(events)  # "were accessed" is negated here


def test_a_bodys_committee_acts_for_the_body() -> None:
    events = candidates_of(
        "Lumen Supply Corp. refused to deliver insulin. The Provincial Board's committee on "
        "health on Tuesday opened an inquiry into the supplier's refusal.",
        {"Lumen Supply Corp.": ORG, "Provincial Board": ORG},
    )
    assert ("InvestigationOpened", "Provincial Board") in summary(events)


def test_a_firm_quitting_a_country_named_as_the_object() -> None:
    events = events_of(
        "The retailer said it had lost money there for years.",
        {"Merrow Foods": ORG, "Peru": PLACE, "Ann Lee": PER, "Lima": PLACE},
        headline="Merrow Foods to quit Peru after seven years",
    )
    assert ("Withdrawal", "Merrow Foods") in summary(events)
    people = candidates_of(
        "Ann Lee left Lima for Paris on Monday.", {"Ann Lee": PER, "Lima": PLACE}
    )
    assert "Withdrawal" not in [e.type for e in people]


def test_a_country_that_drops_charges_is_its_prosecutors_and_a_law_firm_files() -> None:
    events = events_of(
        "The Office of the Director of Public Prosecutions (ODPP) told the Milimani Court in "
        "Nairobi on Wednesday that it was dropping the case against Ravi Mehta. Separately, "
        "Zeta Mobile is facing a class action after a Melbourne law firm, Brennan Hale "
        "Lawyers, filed suit on Monday.",
        {
            "Office of the Director of Public Prosecutions": ORG,
            "ODPP": ORG,
            "Milimani Court": ORG,
            "Nairobi": PLACE,
            "Ravi Mehta": PER,
            "Kenya": PLACE,
            "Kenya National Highways Authority": ORG,
            "Zeta Mobile": ORG,
            "Brennan Hale Lawyers": ORG,
        },
        headline="Kenya drops charges against Kenya National Highways Authority official",
    )
    found = summary(events)
    assert ("ChargesDropped", "Office of the Director of Public Prosecutions") in found
    assert ("ChargesDropped", "Kenya National Highways Authority") not in found
    assert ("ChargesDropped", "Milimani Court") not in found
    lawsuits = candidates_of(
        "Zeta Mobile is facing a class action after a Melbourne law firm filed suit on Monday. "
        "Brennan Hale Lawyers said it represents 40,000 customers.",
        {"Zeta Mobile": ORG, "Brennan Hale Lawyers": ORG},
    )
    assert ("LawsuitFiled", "Brennan Hale Lawyers") in summary(lawsuits)


def test_inquiries_made_and_payments_paused() -> None:
    events = candidates_of(
        "The Data Privacy Office said it was making inquiries into the company. Brenton "
        "Council, which gave the charity £40,000 in grants last year, said it had paused "
        "further payments until the inquiry concluded.",
        {"Data Privacy Office": ORG, "Brenton Council": ORG},
    )
    found = summary(events)
    assert ("Investigation", "Data Privacy Office") in found
    assert ("ContractSuspension", "Brenton Council") in found
    paused = [e for e in events if e.type == "ContractSuspension"]
    assert paused[0].date is None  # "last year" dates the grants, not the pause


def test_arrested_by_detectives_from_a_body() -> None:
    events = candidates_of(
        "Ravi Mehta was arrested by detectives from the Fraud Commission in March.",
        {"Ravi Mehta": PER, "Fraud Commission": ORG},
    )
    assert ("Arrest", "Fraud Commission") in summary(events)


def test_the_company_is_not_the_home_it_runs_or_a_newspaper() -> None:
    events = candidates_of(
        "Residents of Birchwood House were failed, a report found. Birchwood House is run by "
        "Marlo Care Group. Birchwood House has 60 beds, the Daily Chronicle reported. The "
        "company has acknowledged that a commercial decision contributed to the failings.",
        {"Birchwood House": ORG, "Marlo Care Group": ORG, "Daily Chronicle": ORG},
    )
    assert ("Admission", "Marlo Care Group") in summary(events)


def test_an_undated_headline_takes_the_date_of_the_same_event_in_the_lead() -> None:
    events = events_of(
        "New Zealand customers were told on Saturday to watch for scams. Australian "
        "Federal Police arrested a 24-year-old man in Parramatta on Friday morning.",
        {"Parramatta": PLACE, "Sydney": PLACE, "Australian Federal Police": ORG},
        headline="Man arrested in Sydney over data breach",
        published="2024-09-28",
    )
    arrests = [e for e in events if e.type == "Arrest"]
    assert arrests and all(e.date == "2024-09-27" for e in arrests)


def test_a_present_perfect_lead_dated_by_the_next_sentence_about_its_object() -> None:
    events = candidates_of(
        "Officers of the Lagos State Police Command have arrested a journalist, Ada Obi, over "
        "a report. Ada Obi was picked up at her home in Surulere on Monday morning.",
        {"Lagos State Police Command": ORG, "Ada Obi": PER, "Surulere": PLACE},
    )
    arrests = [e for e in events if e.type == "Arrest"]
    assert arrests and arrests[0].date == "2021-05-10"


def _dates(events: tuple[EventMention, ...], event_type: str) -> list[str | None]:
    return [e.date for e in events if e.type == event_type]


def test_a_lead_act_is_dated_by_the_same_act_told_just_after() -> None:
    events = candidates_of(
        "The Varne City Council will review its parking contract with Quillon Systems after "
        "hundreds of complaints. City manager Ann Lee announced the review on Wednesday, "
        "telling councillors that an auditor would examine the cameras.",
        {"Varne City Council": ORG, "Quillon Systems": ORG, "Ann Lee": PER},
    )
    reviews = [e for e in events if e.type == "ReviewAnnounced"]
    assert reviews and all(e.date == "2021-05-12" for e in reviews)


def test_a_present_perfect_lead_is_dated_by_a_sentence_naming_the_act() -> None:
    events = candidates_of(
        "Zeta Lawyers has filed a lawsuit against Quillon Health over the data breach. The "
        "proceedings, filed in Sydney on Tuesday, are led by a teacher whose records were "
        "taken in January.",
        {"Zeta Lawyers": ORG, "Quillon Health": ORG, "Sydney": PLACE},
    )
    assert _dates(events, "LawsuitFiled")[:1] == ["2021-05-11"]


def test_a_present_perfect_lead_is_dated_by_its_verb_repeated_two_sentences_on() -> None:
    events = candidates_of(
        "The Varne police have arrested three men over the theft of 64 laptops. The men have "
        "been identified as warehouse workers. They were arrested on Wednesday at a lodge "
        "outside the city.",
        {},
    )
    assert _dates(events, "Arrest")[:1] == ["2021-05-12"]


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Within hours", "2021-05-11"),
        ("Two days later", "2021-05-13"),
        ("The next day", "2021-05-12"),
    ],
)
def test_an_act_counted_from_the_act_before_takes_its_day(opening: str, day: str) -> None:
    events = candidates_of(
        "The Varne Data Authority published a report on Tuesday that found Zeta Labs broke "
        f"the law. {opening}, Quillon Bank suspended its contract with Zeta Labs.",
        {"Varne Data Authority": ORG, "Zeta Labs": ORG, "Quillon Bank": ORG},
    )
    assert _dates(events, "ContractSuspension") == [day]


def test_a_time_in_a_relative_clause_after_the_act_does_not_date_it() -> None:
    events = candidates_of(
        "Prosecutors have dropped all charges against nine activists who occupied the offices "
        "of Quillon Insurance last month.",
        {"Quillon Insurance": ORG},
    )
    assert _dates(events, "ChargesDropped") == [None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Northgate Insurance will refuse to underwrite new coal mines from January.",
            ("SalesRefusal", "Northgate Insurance"),
        ),
        (
            "Varne Rail Systems has withdrawn its bid for the signalling contract.",
            ("Withdrawal", "Varne Rail Systems"),
        ),
    ],
)
def test_refusals_to_insure_and_withdrawn_bids(body: str, expected: tuple[str, str]) -> None:
    names = {expected[1]: ORG}
    assert expected in summary(candidates_of(body, names))


def test_gardai_are_the_irish_police_force_the_article_names() -> None:
    events = candidates_of(
        "Gardaí investigating the attack arrested a man in Cork on Tuesday. He was detained "
        "by officers from the Garda National Cyber Crime Bureau.",
        {"Garda National Cyber Crime Bureau": ORG, "Cork": PLACE},
    )
    arrests = [e for e in events if e.type == "Arrest"]
    assert arrests and all(
        e.agent is not None and e.agent.text == "Garda National Cyber Crime Bureau" for e in arrests
    )


def test_a_body_reporting_its_imposed_act_in_the_passive_is_its_agent() -> None:
    told = candidates_of(
        "In a letter dated Monday, Deccan Power told the company that work under the "
        "contract was suspended with immediate effect.",
        {"Deccan Power": ORG},
    )
    assert ("ContractSuspension", "Deccan Power") in summary(told)
    done_to = candidates_of(
        "Zeta Holdings said its contract had been suspended.", {"Zeta Holdings": ORG}
    )
    assert ("ContractSuspension", "Zeta Holdings") not in summary(done_to)


def test_the_subject_of_a_fronted_after_clause_is_not_the_main_clauses() -> None:
    events = candidates_of(
        "Ten days after hackers walked off with the names of 410,000 patients, the company's "
        "chief executive, Niamh Breathnach, sat in front of a committee and apologised.",
        {"Niamh Breathnach": PER},
    )
    assert ("Apology", "Niamh Breathnach") in summary(events)


def test_a_time_in_a_relative_clause_after_an_apology_does_not_date_it() -> None:
    events = candidates_of(
        "Zeta Health has apologised to the 410,000 people whose details were stolen from the "
        "firm earlier this month.",
        {"Zeta Health": ORG},
    )
    assert _dates(events, "Apology") == [None]


def test_a_post_holder_quoted_next_is_the_one_who_apologised() -> None:
    events = candidates_of(
        "The chief executive of Kestrel Systems apologised on Wednesday for the breach. "
        '"We let our customers down. For that, I am deeply sorry," Mr Adrian Loh told '
        "reporters.",
        {"Kestrel Systems": ORG, "Adrian Loh": PER},
    )
    assert ("Apology", "Adrian Loh") in summary(events)
    assert ("Apology", "Kestrel Systems") not in summary(events)


def test_a_review_officials_will_begin_is_announced_by_the_speaker() -> None:
    events = candidates_of(
        "Resources Minister Aroha Whitfield said officials would also begin a review of the "
        "law governing seabed minerals.",
        {"Aroha Whitfield": PER},
    )
    assert ("ReviewAnnounced", "Aroha Whitfield") in summary(events)


def test_shareholders_named_with_their_company_and_a_day_still_vote() -> None:
    events = candidates_of(
        "Shareholders of Brightline Analytics Inc. on Wednesday rejected a proposal that would "
        "have required the company to stop selling its software to police.",
        {"Brightline Analytics Inc.": ORG},
    )
    assert "ShareholderVote" in [e.type for e in events]


def test_a_headlines_firm_chief_is_the_person_the_lead_names() -> None:
    article = Article(
        SOURCE,
        "Kestrel Systems chief apologises for breach",
        body="The chief executive of Kestrel Systems apologised on Wednesday for the breach. "
        '"We let our customers down. For that, I am deeply sorry," Mr Adrian Loh told '
        "reporters.",
        published="2021-05-14",
    )
    names = {"Kestrel Systems": ORG, "Adrian Loh": PER}
    found = [
        Mention(kind, name, start, start + len(name), article.text)
        for name, kind in names.items()
        for start in _occurrences(article.text, name)
    ]
    result = event_candidates(article, tuple(sorted(found, key=lambda m: m.start)))
    assert result is not None
    apologies = [c.event for c in result[0] if c.event.type == "Apology"]
    assert apologies and all(
        e.agent is not None and e.agent.text == "Adrian Loh" for e in apologies
    )


def test_a_government_acts_through_the_minister_the_article_names() -> None:
    events = candidates_of(
        "The Varne government on Tuesday announced a three-year moratorium on seabed mining. "
        "Resources Minister Ann Lee said the pause would take effect in September.",
        {"Ann Lee": PER},
    )
    assert ("Moratorium", "Ann Lee") in summary(events)


def test_a_time_in_a_cause_named_by_a_possessive_does_not_date_the_act() -> None:
    events = candidates_of(
        "Ann Obi has filed a petition against the Varne Police Service over her arrest and "
        "detention in September. In the petition, filed on Tuesday through her lawyer, Obi "
        "argues that her arrest on September 3 was unlawful.",
        {"Ann Obi": PER, "Varne Police Service": ORG},
    )
    assert _dates(events, "LawsuitFiled")[:1] == ["2021-05-11"]


def test_thieves_who_force_a_door_commit_a_theft() -> None:
    events = candidates_of(
        "Thieves forced open a rear fire door at the Varne Housing office late on Saturday "
        "and took six laptops, police said.",
        {"Varne Housing": ORG},
    )
    thefts = [e for e in events if e.type == "Theft"]
    assert thefts and thefts[0].agent_text == "Thieves" and thefts[0].date == "2021-05-08"


def test_wanting_a_body_made_to_issue_an_apology_demands_one() -> None:
    events = candidates_of(
        "Ann Obi also wants the court to order the Varne Police Service to issue a written "
        "public apology.",
        {"Ann Obi": PER, "Varne Police Service": ORG},
    )
    assert ("ApologyDemand", "Ann Obi") in summary(events)


def test_a_few_quoted_words_in_the_reporters_clause_still_report_the_act() -> None:
    events = candidates_of(
        'The Varne Ministry of Transport said on Monday it had "paused all payments" under '
        "the contract with Omni Builders.",
        {"Varne Ministry of Transport": ORG, "Omni Builders": ORG},
    )
    assert ("ContractSuspension", "Varne Ministry of Transport") in summary(events)


def test_quoted_speech_in_the_first_person_is_not_the_reporters_act() -> None:
    events = candidates_of(
        'Ann Lee said: "We paused all payments under the contract with Omni Builders."',
        {"Ann Lee": PER, "Omni Builders": ORG},
    )
    assert "ContractSuspension" not in {e.type for e in events}


def test_hiring_a_firm_to_carry_out_a_review_announces_the_hirers_review() -> None:
    events = candidates_of(
        "Zeta Holdings said on Monday that it had hired the auditing firm Omni Audit to carry "
        "out an independent review of its purchases.",
        {"Zeta Holdings": ORG, "Omni Audit": ORG},
    )
    assert ("ReviewAnnounced", "Zeta Holdings") in summary(events)


def test_a_report_by_a_named_group_released_on_a_date_is_its_release() -> None:
    events = candidates_of(
        "The report by Forest Watch, released on Tuesday, said 17,000 cattle came from "
        "embargoed ranches.",
        {"Forest Watch": ORG},
    )
    assert ("ReportRelease", "Forest Watch") in summary(events)
    assert _dates(events, "ReportRelease") == ["2021-05-11"]


def test_denying_wrongdoing_is_a_statement() -> None:
    events = candidates_of("Zeta Nutrition denied any wrongdoing.", {"Zeta Nutrition": ORG})
    assert ("Statement", "Zeta Nutrition") in summary(events)


def test_saying_a_body_should_apologise_demands_an_apology() -> None:
    events = candidates_of(
        'Ann Lee said: "Zeta Bank let its customers down and it should apologise to every '
        'one of them." "I should apologise for the delay," Tom Obi said.',
        {"Ann Lee": PER, "Zeta Bank": ORG, "Tom Obi": PER},
    )
    assert ("ApologyDemand", "Ann Lee") in summary(events)
    assert ("ApologyDemand", "Tom Obi") not in summary(events)


def test_court_proceedings_a_regulator_commences_are_a_lawsuit() -> None:
    events = candidates_of(
        "The Varne Consumer Commission said on Tuesday it had commenced proceedings in the "
        "Federal Court against Zeta Pay.",
        {"Varne Consumer Commission": ORG, "Federal Court": ORG, "Zeta Pay": ORG},
    )
    assert ("LawsuitFiled", "Varne Consumer Commission") in summary(events)
    assert "InvestigationOpened" not in {e.type for e in events}


def test_charges_dismissed_at_a_named_court_are_the_courts_act() -> None:
    events = candidates_of(
        "Four charges of unauthorised access against Ann Obi were dismissed at Varne District "
        "Court on Tuesday.",
        {"Ann Obi": PER, "Varne District Court": ORG},
    )
    assert ("ChargesDismissed", "Varne District Court") in summary(events)


def test_the_attorney_general_is_the_one_the_article_names() -> None:
    events = candidates_of(
        "Attorney General Ann Lee spoke to reporters. The attorney general said on Monday she "
        "had opened an investigation into Zeta Foods.",
        {"Ann Lee": PER, "Zeta Foods": ORG},
    )
    assert ("InvestigationOpened", "Ann Lee") in summary(events)


def test_a_countrys_police_force_is_the_force_the_article_names() -> None:
    events = candidates_of(
        "Varne's police force has ordered an internal review of its investigation. The Varne "
        "Garda said it would examine all aspects of the case.",
        {"Varne Garda": ORG},
    )
    assert ("ReviewAnnounced", "Varne Garda") in summary(events)


def test_two_days_later_in_the_same_sentence_counts_on_from_its_time() -> None:
    events = candidates_of(
        "On Monday, Attorney General Ann Lee announced her office was investigating Zeta Foods, "
        "and two days later Zeta Foods suspended its contract with Omni Data.",
        {"Ann Lee": PER, "Zeta Foods": ORG, "Omni Data": ORG},
    )
    assert ("InvestigationOpened", "Ann Lee") in summary(events)
    assert _dates(events, "InvestigationOpened") == ["2021-05-10"]
    assert _dates(events, "ContractSuspension") == ["2021-05-12"]


def test_suspending_sign_ups_is_a_moratorium_and_a_complaint_lodged_by_a_group_is_its_own() -> None:
    events = candidates_of(
        "Zeta Pay suspended new customer sign-ups on Monday. The case follows a complaint "
        "lodged with the regulator last November by Fair Credit Varne, a consumer group.",
        {"Zeta Pay": ORG, "Fair Credit Varne": ORG},
    )
    assert ("Moratorium", "Zeta Pay") in summary(events)
    assert ("ComplaintFiled", "Fair Credit Varne") in summary(events)


def test_two_days_after_an_earlier_act_counts_on_only_once_its_clause_closes() -> None:
    later = candidates_of(
        "On Monday, Attorney General Ann Lee announced her office was investigating Zeta Foods, "
        "and two days after she announced the inquiry, Zeta Foods suspended its contract with "
        "Omni Data.",
        {"Ann Lee": PER, "Zeta Foods": ORG, "Omni Data": ORG},
    )
    assert _dates(later, "ContractSuspension") == ["2021-05-12"]
    earlier = candidates_of(
        "Zeta Foods suspended its contract with Omni Data on Monday, two days after Attorney "
        "General Ann Lee opened an investigation into the company.",
        {"Ann Lee": PER, "Zeta Foods": ORG, "Omni Data": ORG},
    )
    assert "2021-05-12" not in _dates(earlier, "InvestigationOpened")


def test_the_chief_of_a_described_firm_apologising_is_the_person_who_speaks_next() -> None:
    events = candidates_of(
        "Zeta Health boss apologises. The chief executive of Varne app company Zeta Health has "
        "apologised to the people whose details were stolen. Appearing before the committee on "
        'Wednesday, Ann Lee said the company had "let down" its users.',
        {"Varne": ORG, "Zeta": ORG, "Ann Lee": PER},
    )
    assert ("Apology", "Ann Lee") in summary(events)


def test_a_court_quashing_a_chargesheet_or_proceedings_dismisses_charges() -> None:
    events = candidates_of(
        "The Varne High Court on Tuesday quashed the chargesheet filed against five activists.",
        {"Varne High Court": ORG},
    )
    assert ("ChargesDismissed", "Varne High Court") in summary(events)


def test_asking_a_body_for_an_apology_demands_one() -> None:
    events = candidates_of(
        "Ann Obi has asked the Varne police for a public apology.", {"Ann Obi": PER}
    )
    assert ("ApologyDemand", "Ann Obi") in summary(events)


def test_the_police_chief_is_the_person_titled_so_not_the_force() -> None:
    events = candidates_of(
        "The police chief in Varne has ordered an internal review of the arrest. Police Chief "
        "Ann Lee announced the review on Tuesday.",
        {"Varne": PLACE, "Ann Lee": PER},
    )
    assert ("ReviewAnnounced", "Ann Lee") in summary(events)
    assert all(agent != "police" for kind, agent in summary(events) if kind == "ReviewAnnounced")


def test_a_sum_before_the_contract_does_not_hide_its_termination() -> None:
    events = candidates_of(
        "Varne City Council voted 12-3 on Wednesday night to terminate the city's $46-million "
        "contract with Zeta Transit Inc., the company hired in 2021 to build the system.",
        {"Varne City Council": ORG, "Zeta Transit Inc.": ORG},
    )
    assert ("ContractSuspension", "Varne City Council") in summary(events)
    assert _dates(events, "ContractSuspension") == ["2021-05-12"]


def test_a_time_in_a_relative_that_clause_does_not_date_the_act() -> None:
    events = candidates_of(
        "Varne Council has suspended its contract with Zeta Transit, the company behind the "
        "card system that has left riders stranded for most of the past month.",
        {"Varne Council": ORG, "Zeta Transit": ORG},
    )
    assert _dates(events, "ContractSuspension") == [None]


def test_a_bench_of_a_court_acts_for_the_court() -> None:
    events = candidates_of(
        "The Varne bench of the Eastland High Court on Tuesday quashed the chargesheet filed "
        "against five activists.",
        {"Eastland High Court": ORG},
    )
    assert ("ChargesDismissed", "Eastland High Court") in summary(events)


def test_an_acronym_described_as_an_authority_can_fine() -> None:
    events = candidates_of(
        "Varne's competition authority, the VCA, fined Zeta Foods 14 million euros on Tuesday.",
        {"VCA": ORG, "Zeta Foods": ORG},
    )
    assert ("InvestigationFinding", "VCA") in summary(events)


def test_a_report_released_in_an_opening_phrase_is_the_main_clauses_subjects() -> None:
    events = candidates_of(
        "In a 62-page report released Tuesday, Auditor General Ann Lee found that the committee "
        "had ignored its own rules.",
        {"Ann Lee": PER},
    )
    assert ("ReportRelease", "Ann Lee") in summary(events)
    assert _dates(events, "ReportRelease") == ["2021-05-11"]


def test_a_described_agent_is_not_linked_to_the_events_own_object() -> None:
    events = candidates_of(
        "Several police agencies that had test agreements with the company dropped their "
        "relationships in February, leaving only the deal with the Varne Mounted Police in place.",
        {"Varne Mounted Police": ORG},
    )
    suspensions = [e for e in events if e.type == "ContractSuspension"]
    assert suspensions
    assert all(e.agent is None or e.agent.text != "Varne Mounted Police" for e in suspensions)


def test_its_before_a_verb_is_is_not_a_possessive() -> None:
    events = candidates_of(
        "Zeta Electric said this week that it's discontinuing its entire dehumidifier line and "
        "recalling 380,000 units.",
        {"Zeta Electric": ORG},
    )
    assert ("ProductDiscontinuation", "Zeta Electric") in summary(events)


def test_a_counted_group_after_a_fronted_phrase_files_the_lawsuit() -> None:
    events = candidates_of(
        "Meanwhile in Varne, 11 households filed a lawsuit against Zeta Electric on Monday.",
        {"Varne": PLACE, "Zeta Electric": ORG},
    )
    assert ("LawsuitFiled", "11 households") in summary(events)


def test_a_contract_suspended_after_two_asides_and_a_case_opened_by_police() -> None:
    events = candidates_of(
        "The contract, awarded in August to Omni Media, a Durban advertising agency, was "
        "suspended on Tuesday by the Varne Department of Tourism. Varne police opened a case "
        "against the agency's director on Wednesday.",
        {"Omni Media": ORG, "Varne Department of Tourism": ORG},
    )
    assert ("ContractSuspension", "Varne Department of Tourism") in summary(events)
    assert "InvestigationOpened" in {e.type for e in events}


def test_a_commissioner_releasing_findings_makes_a_finding() -> None:
    events = candidates_of(
        "Privacy Commissioner Ann Lee released the findings of a 14-month investigation into "
        "Zeta University on Tuesday.",
        {"Ann Lee": PER, "Zeta University": ORG},
    )
    assert ("InvestigationFinding", "Ann Lee") in summary(events)
    assert "ReportRelease" not in {e.type for e in events}


@pytest.mark.parametrize(
    "body",
    [
        "Zeta Apps on Thursday disabled its location-sharing map for users younger than 18.",
        "On Thursday, Zeta Apps quietly turned off its Nearby map for every user under 18.",
    ],
)
def test_a_service_switching_off_a_feature_discontinues_it(body: str) -> None:
    events = candidates_of(body, {"Zeta Apps": ORG})
    assert ("ProductDiscontinuation", "Zeta Apps") in summary(events)
    assert events[0].date == "2021-05-13"


def test_a_complaint_filed_in_court_is_the_subjects_lawsuit() -> None:
    events = candidates_of(
        "In a complaint filed in state court in Denver, Attorney General Ann Obi accused Zeta "
        "Apps of misleading families.",
        {"Ann Obi": PER, "Zeta Apps": ORG, "Denver": PLACE},
    )
    assert summary(events) == [("LawsuitFiled", "Ann Obi")]


@pytest.mark.parametrize(
    "body",
    [
        "The decision, announced by the Office of Fair Trading on Monday, concludes an "
        "investigation into Zeta Air.",
        "When the Office of Fair Trading announced its decision on Monday, Zeta Air said it "
        "would appeal.",
    ],
)
def test_a_regulators_decision_is_its_finding(body: str) -> None:
    events = candidates_of(body, {"Office of Fair Trading": ORG, "Zeta Air": ORG})
    assert ("InvestigationFinding", "Office of Fair Trading") in summary(events)
    assert ("Statement", "Office of Fair Trading") not in summary(events)


def test_a_company_announcing_its_decision_makes_a_statement() -> None:
    events = candidates_of(
        "Zeta Air announced its decision to close the route on Monday.", {"Zeta Air": ORG}
    )
    assert ("InvestigationFinding", "Zeta Air") not in summary(events)


def test_a_described_court_is_the_court_the_article_names() -> None:
    events = candidates_of(
        "A federal appeals court on Wednesday dismissed the criminal case against Ann Obi. In "
        "a 2-1 decision, a panel of the Varne Regional Court found that the evidence was "
        "unlawful.",
        {"Ann Obi": PER, "Varne Regional Court": ORG},
    )
    assert ("ChargesDismissed", "Varne Regional Court") in summary(events)


def test_taken_into_temporary_custody_is_an_arrest() -> None:
    events = candidates_of(
        "Two managers were taken into temporary custody on May 11, the Varne police said.",
        {"Varne": PLACE},
    )
    assert [(e.type, e.date) for e in events if e.type == "Arrest"] == [("Arrest", "2021-05-11")]


def test_a_denial_dates_the_statement_that_follows_it() -> None:
    events = candidates_of(
        "The Varne regulator opened an investigation into Zeta Telecom on Tuesday. Zeta "
        "Telecom, the country's third-largest network, denied any wrongdoing on Tuesday. In a "
        'statement, Zeta Telecom said its service "uses only anonymised data".',
        {"Zeta Telecom": ORG},
    )
    statements = [e for e in events if e.type == "Statement"]
    assert [(e.agent and e.agent.text, e.date) for e in statements] == [
        ("Zeta Telecom", "2021-05-11")
    ]


def test_coordinated_subjects_act_through_the_first() -> None:
    events = candidates_of(
        "On Monday, the Varne Farmers' Union and the Omni Growers' Association demanded a "
        "public apology from the minister.",
        {"Varne Farmers' Union": ORG, "Omni Growers' Association": ORG},
    )
    assert summary(events) == [("ApologyDemand", "Varne Farmers' Union")]


def test_never_carried_out_a_consultation_refuses_no_sale() -> None:
    events = candidates_of(
        "Omni Community filed a lawsuit, arguing that Zeta Mining had never carried out a "
        "proper consultation.",
        {"Omni Community": ORG, "Zeta Mining": ORG},
    )
    assert "SalesRefusal" not in {e.type for e in events}


def test_a_review_announced_on_a_day_before_its_noun() -> None:
    events = candidates_of(
        "The Varne Ministry of Agriculture announced on Thursday an independent review of its "
        "subsidy plan.",
        {"Varne Ministry of Agriculture": ORG},
    )
    assert summary(events) == [("ReviewAnnounced", "Varne Ministry of Agriculture")]


def test_groups_and_unions_described_in_the_plural_act() -> None:
    events = candidates_of("Unions on Monday demanded an apology from the minister.", {})
    assert summary(events) == [("ApologyDemand", "Unions")]


def test_agents_of_a_named_body_act_for_it() -> None:
    events = candidates_of(
        "The 14 were arrested on May 5 when VCG agents raided the office of Zeta Lending.",
        {"VCG": ORG, "Zeta Lending": ORG},
    )
    assert ("Arrest", "VCG") in summary(events)


def test_the_by_phrase_after_the_addressee_files_the_complaint() -> None:
    events = candidates_of(
        "The vote follows a complaint filed in December with the Varne Contact Point for "
        "Responsible Business by the Forum for Digital Freedom.",
        {"Varne Contact Point for Responsible Business": ORG, "Forum for Digital Freedom": ORG},
    )
    assert ("ComplaintFiled", "Forum for Digital Freedom") in summary(events)


def test_a_later_announcement_dates_the_lead_not_the_clause_after_it() -> None:
    events = candidates_of(
        "Zeta Telecom has discontinued its analytics service and admitted sharing data. The "
        "operator announced both changes on Tuesday in a statement, a week after the Varne "
        "regulator opened an investigation on May 3.",
        {"Zeta Telecom": ORG},
    )
    assert [(e.type, e.date) for e in events if e.type == "ProductDiscontinuation"] == [
        ("ProductDiscontinuation", "2021-05-11")
    ]


def test_shareholders_vote_after_an_apposition_about_their_company() -> None:
    events = candidates_of(
        "Shareholders in Zeta Systems, the Swedish maker of forensics software used by police "
        "forces in more than 60 countries, voted on Wednesday to require rights assessments.",
        {"Zeta Systems": ORG},
    )
    assert [e.type for e in events] == ["ShareholderVote"]
    assert events[0].date == "2021-05-12"


@pytest.mark.parametrize(
    "body",
    [
        "Ann Obi's spokesman, Petr Kadlec, said on Monday that the minister stands by the article.",
        "A spokesman for Ann Obi, Petr Kadlec, said on Monday that the minister stands by it.",
    ],
)
def test_a_spokesperson_speaks_for_the_principal(body: str) -> None:
    events = candidates_of(body, {"Ann Obi": PER, "Petr Kadlec": PER})
    assert summary(events) == [("Statement", "Ann Obi")]


def test_times_of_a_following_phrase_and_a_participle_clause_are_not_the_acts() -> None:
    events = candidates_of(
        "The Varne Housing Regulator has opened an investigation into whether Zeta Council "
        "breached the standards, following the death of a tenant in April. The regulator "
        "confirmed on Tuesday that it had begun a formal inquiry, using powers it gained in "
        "March 2020.",
        {"Varne Housing Regulator": ORG, "Zeta Council": ORG},
    )
    opened = [e for e in events if e.type == "InvestigationOpened"]
    assert [(e.agent and e.agent.text, e.date) for e in opened] == [
        ("Varne Housing Regulator", "2021-05-11")
    ]


def test_a_complaint_filed_with_a_body_is_not_against_it() -> None:
    events = candidates_of(
        "The vote follows a complaint filed in December with the Varne Contact Point by the "
        "Forum for Digital Freedom.",
        {"Varne Contact Point": ORG, "Forum for Digital Freedom": ORG},
    )
    complaints = [e for e in events if e.type == "ComplaintFiled"]
    assert [(e.agent and e.agent.text, e.object) for e in complaints] == [
        ("Forum for Digital Freedom", None)
    ]


@pytest.mark.parametrize(
    ("body", "names", "event"),
    [
        (
            "Italy's competition authority said on Thursday it had opened an investigation "
            "into Zeta Pay. The Autorità Garante della Concorrenza (AGCM) gave no details. "
            "Zeta Press Agency reported it first.",
            {"Zeta Pay": ORG, "Autorità Garante della Concorrenza": ORG, "Zeta Press Agency": ORG},
            ("InvestigationOpened", "Autorità Garante della Concorrenza"),
        ),
        (
            "A consumer association on Tuesday filed a class action against Zeta Pay. The "
            "Associazione Utenti Digitali said 300,000 users paid the fee.",
            {"Zeta Pay": ORG, "Associazione Utenti Digitali": ORG},
            ("LawsuitFiled", "Associazione Utenti Digitali"),
        ),
        (
            "Varne's state water utility has suspended the contract for a desalination plant. "
            "Servicios de Agua Varne said work had stopped.",
            {"Servicios de Agua Varne": ORG},
            ("ContractSuspension", "Servicios de Agua Varne"),
        ),
    ],
)
def test_a_described_body_is_the_one_named_in_its_own_language(
    body: str, names: dict[str, str], event: tuple[str, str]
) -> None:
    assert event in summary(candidates_of(body, names))


def test_a_police_chief_is_the_person_titled_chief() -> None:
    events = candidates_of(
        "Varne's police chief publicly apologized Thursday to Ann Obi. Chief Marcus Hollings "
        "has led the force since 2019.",
        {"Varne": PLACE, "Ann Obi": PER, "Marcus Hollings": PER},
    )
    assert ("Apology", "Marcus Hollings") in summary(events)


def test_a_chief_financial_officer_arrested_is_no_police_officer() -> None:
    events = candidates_of(
        "Tran Bao, 44, was detained at his home along with the company's chief financial "
        "officer, Le Van.",
        {"Tran Bao": PER, "Le Van": PER},
    )
    assert [e.agent_text for e in events if e.type == "Arrest"] == [None]


def test_stopping_issuing_fines_is_a_moratorium_and_a_committee_finds() -> None:
    events = candidates_of(
        "The Varne Traffic Police announced on Wednesday that it would stop generating "
        "e-challans from the cameras. The audit committee, in a report submitted on Monday, "
        "found that 41,318 e-challans were wrong.",
        {"Varne Traffic Police": ORG},
    )
    assert ("Moratorium", "Varne Traffic Police") in summary(events)
    assert ("InvestigationFinding", "audit committee") in summary(events)


def test_a_report_published_by_a_body_described_before_its_acronym() -> None:
    events = candidates_of(
        "In a report published on Monday, the state's audit office, ASV, said the tender had "
        "been designed to favour Zeta.",
        {"ASV": ORG, "Zeta": ORG},
    )
    assert ("ReportRelease", "ASV") in summary(events)


def test_a_suspension_ordered_by_a_department() -> None:
    events = candidates_of(
        "The suspension was ordered on Wednesday by the Varne Home Department, which oversees "
        "the traffic police. The department also ordered the suspension of its contract with "
        "Zeta Systems.",
        {"Varne Home Department": ORG, "Zeta Systems": ORG},
    )
    assert ("ContractSuspension", "Varne Home Department") in summary(events)


def test_a_denial_stays_beside_the_act_its_sentence_also_tells() -> None:
    events = candidates_of(
        "Zeta Feeds on Tuesday rejected findings by the Varne regulator that its shipments "
        "were contaminated, and said it would challenge a customer's decision to suspend their "
        "supply agreement.",
        {"Zeta Feeds": ORG},
    )
    assert ("Statement", "Zeta Feeds") in summary(events)


def test_mayors_act_and_a_place_after_prosecutors_says_whose() -> None:
    events = candidates_of(
        "Mayors from across the Cyclades on Monday demanded a public apology from the "
        "minister. Prosecutors in Harris County dropped the theft charge against Ann Obi on "
        "May 6.",
        {"Cyclades": PLACE, "Harris County": PLACE, "Ann Obi": PER},
    )
    assert ("ApologyDemand", "Mayors") in summary(events)
    assert ("ChargesDropped", "Prosecutors in Harris County") in summary(events)


def test_a_described_protagonist_is_the_person_named_next() -> None:
    events = candidates_of(
        "A Houston-area nurse filed a federal civil rights lawsuit on Wednesday. Ann Obi, 34, "
        "was arrested in November and charged with theft.",
        {"Ann Obi": PER},
    )
    assert ("LawsuitFiled", "Ann Obi") in summary(events)


def test_a_relative_clause_inside_the_subject_neither_negates_nor_dates_the_act() -> None:
    """ "whose charge was dismissed" has its own verb: "filed" is the verb of "A Varne nurse"."""
    events = events_of(
        "A Varne nurse whose theft charge was dismissed this week filed a civil rights lawsuit "
        "on Wednesday against the City of Oskar.",
        {"Varne": PLACE, "City of Oskar": ORG},
        published="2026-03-12",
    )
    filings = [e for e in events if e.type == "LawsuitFiled"]
    assert [(e.agent_text, e.date) for e in filings] == [("A Varne nurse", "2026-03-11")]


def test_a_trigger_inside_the_relative_clause_stays_its_own() -> None:
    events = candidates_of(
        "A Varne teacher who was not charged said he would sue the City of Oskar.",
        {"City of Oskar": ORG},
    )
    assert "LawsuitFiled" not in {e.type for e in events}
    assert "ChargesDismissed" not in {e.type for e in events}


def test_a_vote_is_the_holders_companys_not_on_what_they_voted_down() -> None:
    """The company whose shareholders vote ties the outlets' reports of one vote."""
    events = candidates_of(
        "Shareholders in Finnish sawmill group Varne Timber Oyj voted down a proposed merger "
        "with Estonia's Omni Holding AS on Thursday.",
        {"Varne Timber Oyj": ORG, "Omni Holding AS": ORG},
    )
    votes = [e for e in events if e.type == "ShareholderVote"]
    assert [e.agent.text for e in votes if e.agent] == ["Varne Timber Oyj"]


def test_a_vote_later_in_the_article_is_the_company_named_as_the_holders_before() -> None:
    events = candidates_of(
        "Omni Holding dropped its bid on Friday. Omni had urged Varne Timber shareholders to "
        "accept the offer. Omni said the deal was fair. At Thursday's meeting, 58 per cent of "
        "shareholders voted against the merger.",
        {"Omni Holding": ORG, "Omni": ORG, "Varne Timber": ORG},
    )
    votes = [e for e in events if e.type == "ShareholderVote"]
    assert [e.agent.text for e in votes if e.agent] == ["Varne Timber"]


def test_company_in_a_firm_name_is_a_legal_form_not_the_company_meant() -> None:
    events = candidates_of(
        "Varne Timber has launched a review. The move was urged by Kestrel Mutual Insurance "
        "Company. Shareholders rejected the merger on Thursday.",
        {"Varne Timber": ORG, "Kestrel Mutual Insurance Company": ORG},
    )
    votes = [e for e in events if e.type == "ShareholderVote"]
    assert [e.object.text for e in votes if e.object] == ["Varne Timber"]


def test_a_vote_lead_in_the_perfect_is_dated_by_the_meeting_told_next() -> None:
    events = events_of(
        "Shareholders of Varne Grid have rejected the reappointment of its founder, Ann Obi. "
        "At the company's annual meeting in Oslo on Tuesday, 58.4% of votes cast went against "
        "the resolution.",
        {"Varne Grid": ORG, "Ann Obi": PER, "Oslo": PLACE},
        published="2024-07-31",
    )
    assert [(e.type, e.date) for e in events if e.type == "ShareholderVote"] == [
        ("ShareholderVote", "2024-07-30")
    ]


def test_a_finding_named_by_a_noun_and_an_apology_posted() -> None:
    events = candidates_of(
        "The lawsuit follows the finding of the Varne Trade Commission on May 6 that Zeta Games "
        "cut the odds. Zeta chief executive Ann Obi posted an apology to players on Wednesday. "
        "The findings of the survey were grim.",
        {"Varne Trade Commission": ORG, "Zeta Games": ORG, "Zeta": ORG, "Ann Obi": PER},
    )
    found = [(e.type, e.agent.text if e.agent else e.agent_text, e.date) for e in events]
    assert ("InvestigationFinding", "Varne Trade Commission", "2021-05-06") in found
    assert ("Apology", "Ann Obi", "2021-05-12") in found
    assert len([f for f in found if f[0] == "InvestigationFinding"]) == 1


def test_a_date_after_a_relative_aside_or_a_second_verb_is_the_acts() -> None:
    """ ", which runs a plant in Thies, on Monday" and ", and made off with ... on Saturday"."""
    events = events_of(
        "The ban came two days after the Varne Fishers' Collective filed a lawsuit against Omni "
        "Protein, which runs a plant on the edge of the town, on Monday before the court. "
        "Thieves cut a padlock at a farm near Berlin, and made off with ginseng root worth "
        "$350,000 in the early hours of Saturday, according to the sheriff.",
        {"Varne Fishers' Collective": ORG, "Omni Protein": ORG, "Berlin": PLACE},
        published="2021-05-14",
    )
    dates = {e.type: e.date for e in events}
    assert dates.get("LawsuitFiled") == "2021-05-10"
    assert dates.get("Theft") == "2021-05-08"


def test_the_board_that_speaks_next_dates_its_companys_perfect_lead() -> None:
    events = events_of(
        "Varne Timber has launched a strategic review of its pellet business, days after a "
        "merger with Omni Holding fell apart. The board said on Monday that it had hired "
        "advisers to examine all options.",
        {"Varne Timber": ORG, "Omni Holding": ORG},
        published="2021-05-14",
    )
    assert [(e.type, e.date) for e in events if e.type == "ReviewAnnounced"] == [
        ("ReviewAnnounced", "2021-05-10")
    ]


def test_a_group_of_people_stays_people_not_the_association_named_before() -> None:
    events = candidates_of(
        "The Varne Game Association said it was watching. A group of 1,342 players filed a "
        "lawsuit against Zeta Games on Monday.",
        {"Varne Game Association": ORG, "Zeta Games": ORG},
    )
    assert ("LawsuitFiled", "group of 1,342 players") in summary(events)


def test_it_after_said_is_the_sayer_past_an_apposition_with_a_quoted_title() -> None:
    events = candidates_of(
        'Zeta Interactive, the Tokyo company that has published "Omni Quest" since 2023, said '
        "on Tuesday that it had started a review of its agreement with Varne Games.",
        {"Zeta Interactive": ORG, "Omni Quest": ORG, "Varne Games": ORG},
    )
    assert ("ReviewAnnounced", "Zeta Interactive") in summary(events)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        ("Prosecutors dropped the burglary and theft counts against Ann Obi.", "ChargesDropped"),
        ("Regulators found that Zeta Games secretly cut loot box odds.", "InvestigationFinding"),
    ],
)
def test_plural_charge_words_and_a_loot_box(body: str, wanted: str) -> None:
    events = candidates_of(body, {"Ann Obi": PER, "Zeta Games": ORG})
    assert [e.type for e in events] == [wanted]


def test_a_headline_apology_by_a_firm_is_its_chief_executives_in_the_body() -> None:
    """ "Zeta apologizes" and "Zeta CEO Ann Lee posted an apology on Wednesday": one apology."""
    events = events_of(
        "The regulator fined Zeta Games on Tuesday. Zeta Games chief executive Ann Lee posted an "
        "apology to players on Wednesday.",
        {"Zeta Games": ORG, "Ann Lee": PER},
        headline="Zeta Games apologizes and pulls its loot boxes",
        published="2026-05-07",
    )
    assert [(e.agent.text if e.agent else None, e.date) for e in events if e.type == "Apology"] == [
        ("Ann Lee", "2026-05-06")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The Varne Prosecutor's Office said on Friday it would appeal a court decision to dismiss "
        "the charges against Ann Obi.",
        "Zeta Systems said it would challenge a customer's decision to suspend their agreement.",
    ],
)
def test_a_decision_another_party_contests_is_no_new_act(body: str) -> None:
    events = candidates_of(
        body, {"Varne Prosecutor's Office": ORG, "Ann Obi": PER, "Zeta Systems": ORG}
    )
    assert {e.type for e in events} <= {"Statement"}
    assert events


def test_a_person_titled_commissioner_of_police_is_the_subject() -> None:
    events = candidates_of(
        "At a news conference in Port of Spain on Wednesday, Acting Commissioner of Police Ann "
        "Obi apologised to the public.",
        {"Port of Spain": PLACE, "Ann Obi": PER},
    )
    assert ("Apology", "Ann Obi") in summary(events)


def test_a_firms_officer_with_a_lower_case_title_acts_in_a_coordinated_verb() -> None:
    events = candidates_of(
        "Zeta chairman and chief executive Ann Lee bowed deeply at a news conference in Taipei "
        "and apologized to riders.",
        {"Zeta": ORG, "Ann Lee": PER, "Taipei": PLACE},
    )
    assert ("Apology", "Ann Lee") in summary(events)


def test_a_police_watchdog_is_no_force_and_a_police_station_no_actor() -> None:
    """The arrest is the force's, not that of the authority investigating it."""
    events = events_of(
        "The Police Complaints Authority has launched an investigation into the theft of 38 guns "
        "from a police station, a day after two officers were arrested. The officers were "
        "arrested on Tuesday by the Varne Police Service's Professional Standards Bureau.",
        {
            "Police Complaints Authority": ORG,
            "Varne Police Service": ORG,
            "Professional Standards Bureau": ORG,
        },
        published="2026-05-07",
    )
    arrests = {(e.agent.text if e.agent else None, e.date) for e in events if e.type == "Arrest"}
    assert ("Professional Standards Bureau", "2026-05-05") in arrests
    assert not any(agent == "Police Complaints Authority" for agent, _ in arrests)


def test_an_apposition_does_not_close_an_after_clause() -> None:
    """ "a day after Zeta, the country's largest app, conceded": the day before Thursday."""
    events = candidates_of(
        "The Varne Ministry of Labour said on Thursday it would review how apps rate drivers, a "
        "day after Zeta Ride, the country's third-largest app, conceded that its software had "
        "penalised drivers.",
        {"Varne Ministry of Labour": ORG, "Zeta Ride": ORG},
    )
    found = {(e.type, e.agent.text if e.agent else None, e.date) for e in events}
    assert ("Admission", "Zeta Ride", "2021-05-12") in found  # Thursday is 2021-05-13
    assert ("ReviewAnnounced", "Varne Ministry of Labour", "2021-05-13") in found


def test_a_time_opening_the_sentence_is_read_in_the_tense_of_its_main_verb() -> None:
    """ "On Friday, X, <apposition>, said it would examine": the Friday before publication."""
    events = candidates_of(
        "On Friday, Zeta Authority, the national telecoms regulator, said it would examine SIM "
        "replacement procedures at every mobile operator.",
        {"Zeta Authority": ORG},
    )
    assert [(e.type, e.date) for e in events if e.type == "ReviewAnnounced"] == [
        ("ReviewAnnounced", "2021-05-14")  # published on a Friday; not the next one, the 21st
    ]


def test_a_name_with_an_acronym_before_a_relative_clause_is_the_subject() -> None:
    events = candidates_of(
        "The move comes after Varne's Consumer Protection Bureau (CPB), which doubles as the "
        "country's consumer and data protection authority, opened an investigation into Zeta.",
        {"Varne": PLACE, "Consumer Protection Bureau": ORG, "CPB": ORG, "Zeta": ORG},
    )
    assert ("InvestigationOpened", "Consumer Protection Bureau") in summary(events)


def test_a_city_and_state_inside_an_apposition_do_not_hide_the_subject() -> None:
    events = candidates_of(
        "Zeta Systems, the Austin, Texas, company that makes Omni Guard, defended its product on "
        "Thursday.",
        {"Zeta Systems": ORG, "Austin": PLACE, "Texas": PLACE, "Omni Guard": ORG},
    )
    assert ("Statement", "Zeta Systems") in summary(events)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "Justice Ann Obi of the Varne High Court discharged the defendants on Tuesday.",
            ("ChargesDismissed", "Ann Obi"),
        ),
        (
            "The Varne Commission described the ruling as a misreading of the record.",
            ("Statement", "Varne Commission"),
        ),
        ("Between September and January the gang stole 4.1 million lei.", ("Theft", "gang")),
    ],
)
def test_discharged_defendants_descriptions_and_a_gang(body: str, wanted: tuple[str, str]) -> None:
    events = candidates_of(body, {"Ann Obi": PER, "Varne High Court": ORG, "Varne Commission": ORG})
    assert wanted in summary(events)


@pytest.mark.parametrize(
    "body",
    [
        "Prosecutors dropped charges against a man arrested after a gunshot alert.",
        "Judge Ann Obi granted a petition to expunge the records of his October arrest.",
    ],
)
def test_an_act_inside_a_phrase_of_another_is_a_detail(body: str) -> None:
    """The arrest qualifies the man (the records): the article reports the other act."""
    found = event_candidates(
        Article(SOURCE, "News in brief", body=body, published="2021-05-14"),
        (Mention(PER, "Ann Obi", body.find("Ann Obi") + 15, body.find("Ann Obi") + 22, ""),)
        if "Ann Obi" in body
        else (),
    )
    assert found is not None
    asides = {c.event.type: c.aside for c in found[0]}
    assert asides.get("Arrest") is True
    assert False in asides.values()  # the act it qualifies is news


def test_a_time_inside_the_clause_a_statement_reports_does_not_date_it() -> None:
    """October is the error's; "the company said ... on Monday" dates the admission."""

    def admissions(body: str) -> list[str | None]:
        events = candidates_of(body, {"Zeta": ORG})
        return [e.date for e in events if e.type == "Admission"]

    assert admissions(
        "Zeta acknowledges that an error introduced in an update in October 2020 lowered scores."
    ) == [None]
    assert admissions(
        "Zeta has admitted that hackers copied the details of 1.3 million borrowers, the company "
        "said in a statement late on Monday."
    ) == ["2021-05-10"]


def test_a_feature_disabled_with_its_description_in_apposition() -> None:
    events = candidates_of(
        "Zeta Electronics said on Thursday that it will disable ViewMatch, its automatic content "
        "recognition (ACR) feature, on every set sold in Peru.",
        {"Zeta Electronics": ORG, "Peru": PLACE},
    )
    assert ("ProductDiscontinuation", "Zeta Electronics") in summary(events)


def test_a_feature_switched_off_after_a_long_description() -> None:
    events = candidates_of(
        "Zeta EdTech switched off the app's location-based attendance feature on Monday.",
        {"Zeta EdTech": ORG},
    )
    assert ("ProductDiscontinuation", "Zeta EdTech") in summary(events)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        ("Zeta Foods halted shipments to the retailer on June 2.", ("SalesRefusal", "Zeta Foods")),
        ("Zeta Foods stopped shipping to Omni Stores on June 2.", ("SalesRefusal", "Zeta Foods")),
        ("Thieves broke into the Omni Museum on Monday.", ("Theft", "Thieves")),
        (
            "The Varne Directorate halted the three-year agreement on Monday.",
            ("ContractSuspension", "Varne Directorate"),
        ),
        ("Ann Lee denied that the company had ever sold student data.", ("Statement", "Ann Lee")),
    ],
)
def test_supply_stopped_to_a_customer_irregular_verbs_and_denials(
    body: str, wanted: tuple[str, str]
) -> None:
    names = {"Zeta Foods": ORG, "Omni Stores": ORG, "Omni Museum": ORG, "Ann Lee": PER}
    events = candidates_of(body, names | {"Varne Directorate": ORG})
    assert wanted in summary(events)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "The moratorium itself was adopted by the Varne Saeima last Thursday by 54 votes to 38.",
            ("Moratorium", "Varne Saeima"),
        ),
        (
            "The Varne Data Protection Inspectorate found that Zeta Labs had breached the law.",
            ("InvestigationFinding", "Varne Data Protection Inspectorate"),
        ),
    ],
)
def test_a_moratorium_adopted_by_a_parliament_and_an_inspectorates_finding(
    body: str, wanted: tuple[str, str]
) -> None:
    names = {"Varne Saeima": ORG, "Varne Data Protection Inspectorate": ORG, "Zeta Labs": ORG}
    assert wanted in summary(candidates_of(body, names))


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "On Wednesday, Ann Lee, director of the campaign group Zeta Watch, published an "
            "opinion piece in the daily Omni Times arguing that the freeze was late.",
            ("OpEdPublished", "Ann Lee"),
        ),
        (
            "Zeta Coffee paused its purchase agreement with Omni Exports on June 9.",
            ("ContractSuspension", "Zeta Coffee"),
        ),
        (
            "The Varne Authority said on Monday that it had opened a market-abuse investigation "
            "into trading in Zeta Coffee shares.",
            ("InvestigationOpened", "Varne Authority"),
        ),
    ],
)
def test_an_opinion_piece_a_paused_agreement_and_a_hyphenated_inquiry(
    body: str, wanted: tuple[str, str]
) -> None:
    names = {"Ann Lee": PER, "Zeta Watch": ORG, "Omni Times": ORG, "Zeta Coffee": ORG}
    events = candidates_of(body, names | {"Omni Exports": ORG, "Varne Authority": ORG})
    assert wanted in summary(events)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "Varne's parliament on Friday approved a two-year moratorium on new rental "
            "registrations after a long debate in the Varne Assembly.",
            ("Moratorium", "Varne Assembly"),
        ),
        (
            "On Tuesday the Safety Committee of the Omni Council - essentially the country's "
            "cabinet - said it would review safety standards for scooters.",
            ("ReviewAnnounced", "Safety Committee of the Omni Council"),
        ),
    ],
)
def test_a_parliament_is_the_named_legislature_and_a_dashed_aside_is_not_the_subject(
    body: str, wanted: tuple[str, str]
) -> None:
    names = {"Varne Assembly": ORG, "Safety Committee of the Omni Council": ORG}
    assert wanted in summary(candidates_of(body, names))


def test_a_parenthesis_inside_the_noun_phrase_does_not_hide_the_contract() -> None:
    body = (
        "The Zeta Council has suspended a 2.4 billion crown ($236 million) contract with "
        "Omni Yards for five ferries."
    )
    events = candidates_of(body, {"Zeta Council": ORG, "Omni Yards": ORG})
    assert ("ContractSuspension", "Zeta Council") in summary(events)


def test_a_post_holder_named_between_commas_is_the_subject() -> None:
    body = (
        "The Minister for Lands and Natural Resources, Yaw Mensah, on Tuesday apologised to "
        "residents of the river basin."
    )
    names = {"Yaw Mensah": PER, "Lands": ORG, "Natural Resources": ORG}
    assert ("Apology", "Yaw Mensah") in summary(candidates_of(body, names))


def test_a_described_federation_is_the_federation_the_article_names() -> None:
    body = (
        "A federation of artisanal fishers lodged a formal complaint with the Omni Agency on "
        "Monday. The Varne Coastal Fishers' Federation represents 1,200 boats."
    )
    names = {"Varne Coastal Fishers' Federation": ORG, "Omni Agency": ORG}
    events = candidates_of(body, names)
    assert ("ComplaintFiled", "Varne Coastal Fishers' Federation") in summary(events)


def test_a_time_in_the_cause_of_an_apology_is_the_causes_day() -> None:
    body = (
        "On Tuesday the Omni Agency suspended new licences. Ann Lee stood up in parliament "
        "and apologised for comments she made on the radio last Thursday."
    )
    events = candidates_of(body, {"Ann Lee": PER, "Omni Agency": ORG})
    assert [(e.type, e.date) for e in events if e.type == "Apology"] == [("Apology", None)]


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "Varne has suspended the concession held by Zeta Terminals to run the port.",
            "ContractSuspension",
        ),
        (
            "The Varne Mining Commission on Wednesday suspended the issuing of new mining "
            "licences in the river basin.",
            "Moratorium",
        ),
        (
            "The Varne Fisheries Agency on Wednesday froze the granting of new salmon farming "
            "concessions in the channel.",
            "Moratorium",
        ),
    ],
)
def test_a_concession_is_a_contract_and_stopping_new_ones_is_a_moratorium(
    body: str, wanted: str
) -> None:
    names = {"Zeta Terminals": ORG, "Varne Mining Commission": ORG, "Varne Fisheries Agency": ORG}
    assert wanted in {t for t, _ in summary(candidates_of(body, names))}


def test_authorities_described_by_their_remit_are_the_body_of_that_remit() -> None:
    body = (
        "Varne's fisheries authorities on Wednesday froze the granting of new concessions. "
        "The Undersecretariat for Fisheries and Aquaculture said the freeze would last a year."
    )
    events = candidates_of(body, {"Undersecretariat for Fisheries and Aquaculture": ORG})
    assert ("Moratorium", "Undersecretariat for Fisheries and Aquaculture") in summary(events)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "The Varne Fishermen's Association (VFA) and 23 individual skippers raised the "
            "action at the Court of Session on Monday against Zeta Subsea.",
            ("LawsuitFiled", "Varne Fishermen's Association"),
        ),
        (
            "On Friday, Ann Lee filed an application in Varne Superior Court seeking "
            "authorization to bring a class action against Zeta Subsea.",
            ("LawsuitFiled", "Ann Lee"),
        ),
        (
            "Zeta Subsea laid the cable. Lawyers at Omni Lindsay LLP said Omni Lindsay LLP "
            "would seek damages. In a statement issued on Monday, the company said it had "
            "complied with its licence.",
            ("Statement", "Zeta Subsea"),
        ),
    ],
)
def test_scots_actions_court_applications_and_the_company_is_no_law_firm(
    body: str, wanted: tuple[str, str]
) -> None:
    names = {"Varne Fishermen's Association": ORG, "Zeta Subsea": ORG, "Ann Lee": PER}
    events = candidates_of(body, names | {"Omni Lindsay LLP": ORG, "Court of Session": ORG})
    assert wanted in summary(events)


def test_raising_concerns_about_an_action_plan_is_no_lawsuit() -> None:
    events = candidates_of("Residents raised concerns about the action plan on Monday.", {})
    assert "LawsuitFiled" not in {t for t, _ in summary(events)}


def test_a_few_quoted_words_inside_the_clause_keep_its_subject() -> None:
    body = (
        'His solicitor Ann Lee said her client had been "put through hell" and called on '
        "the Varne Police Service to apologise to him."
    )
    events = candidates_of(body, {"Ann Lee": PER, "Varne Police Service": ORG})
    assert ("ApologyDemand", "Ann Lee") in summary(events)


def test_a_quoted_subject_is_not_stepped_over() -> None:
    body = (
        'In a statement, Zeta Health said an "unauthorised third party" had stolen the '
        "records of 4,000 patients."
    )
    events = candidates_of(body, {"Zeta Health": ORG})
    assert ("Theft", "Zeta Health") not in summary(events)


def test_an_act_the_news_came_a_day_after_is_dated_a_day_earlier() -> None:
    body = (
        "The Varne Mining Commission on Wednesday suspended the issuing of new mining licences. "
        "The measures came 24 hours after Ann Lee stood up in parliament and apologised."
    )
    events = candidates_of(body, {"Varne Mining Commission": ORG, "Ann Lee": PER})
    assert ("Apology", "2021-05-11") in [(e.type, e.date) for e in events]


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "Sales stalled after Zeta Mart, the country's biggest retailer, refused last week "
            "to sell any of its formula.",
            ("SalesRefusal", "Zeta Mart"),
        ),
        (
            "The probe followed the suspension on Friday of Omni's contract by Zeta Clinics, a "
            "network of 38 clinics.",
            ("ContractSuspension", "Zeta Clinics"),
        ),
        (
            "Transport Minister Ann Lee spoke to MPs. At the same hearing, the minister "
            "apologised to dockworkers.",
            ("Apology", "Ann Lee"),
        ),
    ],
)
def test_a_refusal_with_its_time_a_suspension_by_and_the_one_minister(
    body: str, wanted: tuple[str, str]
) -> None:
    names = {"Zeta Mart": ORG, "Zeta Clinics": ORG, "Omni": ORG, "Ann Lee": PER}
    assert wanted in summary(candidates_of(body, names))


def test_a_suspension_named_as_a_topic_is_no_event() -> None:
    body = "Ann Lee was summoned to explain the suspension of the concession."
    events = candidates_of(body, {"Ann Lee": PER})
    assert "ContractSuspension" not in {t for t, _ in summary(events)}


def test_the_company_named_by_its_home_town_is_the_one_placed_there() -> None:
    body = (
        "Calgary-based Zeta Metals, which has drilled near Omni Mining's pit since 2022, "
        "said it was studying the decision. Omni Mining welcomed it, and Omni Mining's "
        "shares rose. The Calgary company said on Thursday that it would pursue every avenue."
    )
    events = candidates_of(body, {"Zeta Metals": ORG, "Omni Mining": ORG, "Calgary": PLACE})
    dated = [(e.type, e.agent.text if e.agent else None) for e in events if e.date]
    assert dated == [("Statement", "Zeta Metals")]  # Thursday's statement is Zeta's


def test_hours_later_counts_from_the_day_the_sentence_before_names() -> None:
    body = (
        "Ann Lee spoke to reporters on Monday. The remarks were made on Saturday in a radio "
        "interview. Hours later, the Varne Ministry of Transport announced that it was "
        "suspending the concession held by Zeta Terminals."
    )
    events = candidates_of(body, {"Ann Lee": PER, "Varne Ministry of Transport": ORG})
    suspensions = [e.date for e in events if e.type == "ContractSuspension"]
    assert suspensions == ["2021-05-08"]


def test_a_time_in_a_relative_aside_of_the_subject_does_not_date_an_apology() -> None:
    body = (
        "Ann Lee, the chief executive of Zeta Mobile, the operator whose network collapsed for "
        "seven hours on Sunday, apologised on Tuesday to customers."
    )
    events = candidates_of(body, {"Ann Lee": PER, "Zeta Mobile": ORG})
    assert [(e.type, e.date) for e in events if e.type == "Apology"] == [("Apology", "2021-05-11")]


def test_two_days_later_counts_from_a_day_named_two_sentences_before() -> None:
    body = (
        "Last Tuesday night in Omni Township the trustees did something remarkable. By a vote "
        "of 3-0, they imposed a moratorium on new data centres. Two days later, the developer, "
        "Zeta Digital, withdrew its rezoning application."
    )
    events = candidates_of(body, {"Zeta Digital": ORG})
    assert [(e.type, e.date) for e in events if e.type == "Withdrawal"] == [
        ("Withdrawal", "2021-05-13")
    ]


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "On Monday, Justice Ann Lee of the Varne Court of Justice stayed 24 charges against "
            "Omar Ruiz.",
            ("ChargesDismissed", "Ann Lee"),
        ),
        ("The Crown stayed the charges against Omar Ruiz on Monday.", ("ChargesDropped", "Crown")),
        (
            "The Varne Government has paused decisions on new large battery storage sites.",
            ("Moratorium", "Varne Government"),
        ),
    ],
)
def test_a_judge_staying_charges_dismisses_them_and_paused_decisions_are_a_moratorium(
    body: str, wanted: tuple[str, str]
) -> None:
    names = {"Ann Lee": PER, "Omar Ruiz": PER, "Crown": ORG, "Varne Government": ORG}
    assert wanted in summary(candidates_of(body, names | {"Varne Court of Justice": ORG}))


def test_a_headline_participle_before_by_is_passive() -> None:
    names = {"Zeta Pay": ORG, "Omni Commission": ORG}
    events = candidates_of(
        "The Omni Commission sued Zeta Pay on Thursday.",
        names,
        headline="Zeta Pay sued by Omni Commission over fees",
    )
    assert ("LawsuitFiled", "Zeta Pay") not in summary(events)
    assert ("LawsuitFiled", "Omni Commission") in summary(events)


def test_the_melbourne_firm_is_no_court_sitting_in_melbourne() -> None:
    body = (
        "The Omni Commission filed the case in the Federal Court in Melbourne on Tuesday. "
        "Zeta Pay, which is headquartered in Melbourne, has 2 million users. "
        "The Melbourne firm told investors on Wednesday that it would defend the case."
    )
    names = {"Omni Commission": ORG, "Federal Court": ORG, "Zeta Pay": ORG, "Melbourne": PLACE}
    told = [e for e in candidates_of(body, names) if "investors" in e.evidence]
    assert [e.agent.text for e in told if e.agent] == ["Zeta Pay"]


def test_a_trigger_whose_best_reading_fails_is_read_by_the_next_pattern() -> None:
    body = (
        "On Wednesday, the Omni Water Department said it would begin a hydrologic review of the "
        "basin to determine whether to restrict new wells."
    )
    events = candidates_of(body, {"Omni Water Department": ORG})
    assert ("ReviewAnnounced", "Omni Water Department") in summary(events)


@pytest.mark.parametrize(
    "body",
    [
        "The Varne County Board voted 2-1 on Tuesday to stop accepting applications for new "
        "high-capacity wells.",
        "The Varne County Board voted 2-1 on Tuesday to freeze new irrigation wells for a year.",
        "The Varne County Board announced the freeze on Tuesday.",
    ],
)
def test_stopping_applications_or_freezing_new_projects_is_a_moratorium(body: str) -> None:
    assert ("Moratorium", "Varne County Board") in summary(
        candidates_of(body, {"Varne County Board": ORG})
    )


def test_a_buyer_suspending_orders_with_a_supplier_suspends_a_contract() -> None:
    body = "Dutch retailer Zeta Group has suspended new orders with supplier Omni Knit."
    events = candidates_of(body, {"Zeta Group": ORG, "Omni Knit": ORG})
    assert ("ContractSuspension", "Zeta Group") in summary(events)


def test_a_headline_act_of_a_firms_ceo_is_the_named_chief_executive() -> None:
    body = (
        "In a long post on the company blog, Ann Lee admitted that the check could be beaten "
        "with a phone. Omni shut the feature on Tuesday."
    )
    events = candidates_of(
        body, {"Omni": ORG, "Ann Lee": PER}, headline="Omni's CEO admits consent check failed"
    )
    assert [e.agent.text for e in events if e.type == "Admission" and e.agent] == ["Ann Lee"]


def test_a_fronted_adverbial_after_a_dateline_is_not_the_subject() -> None:
    body = (
        "JOHNSTOWN - With more than 200 residents packed into the hall, township trustees voted "
        "3-0 Tuesday night to halt new data center projects for a year."
    )
    events = candidates_of(body, {})
    assert [e.agent_text for e in events if e.type == "Moratorium"] == ["trustees"]


@pytest.mark.parametrize(
    ("body", "names", "agent"),
    [
        (
            "Orkney creel fishermen launched a legal action against Zeta Subsea on Monday. "
            "The Orkney Creel Fishermen's Association chairman spoke.",
            {"Orkney Creel Fishermen's Association": ORG, "Orkney Creel Fishermen": ORG},
            "Orkney Creel Fishermen's Association",
        ),
        (
            "The miners' cooperative whose warehouse was emptied has demanded an apology from "
            "the Varne Police. The Larimar Miners Cooperative said so.",
            {"Larimar Miners Cooperative": ORG, "Varne Police": ORG},
            "Larimar Miners Cooperative",  # the cooperative acts; "miners'" says whose it is
        ),
    ],
)
def test_members_described_act_as_the_body_named_for_them(
    body: str, names: dict[str, str], agent: str | None
) -> None:
    first = candidates_of(body, names)[0]
    assert (first.agent.text if first.agent else None) == agent


def test_shareholders_are_not_a_forum_named_for_shareholders() -> None:
    body = "Zeta shareholders approved the sale on Thursday, the Shareholder Rights Forum said."
    events = candidates_of(body, {"Shareholder Rights Forum": ORG})
    assert ("ShareholderVote", "Shareholder Rights Forum") not in summary(events)


def test_earlier_on_a_weekday_is_past_in_a_clause_about_the_future() -> None:
    body = (
        "Earlier on Monday, a magistrate discharged the seven farmers after the Director of "
        "Public Prosecutions informed the court that he would not proceed with the charges."
    )
    events = candidates_of(body, {"Director of Public Prosecutions": ORG})
    assert [(e.type, e.agent.text if e.agent else None, e.date) for e in events] == [
        ("ChargesDropped", "Director of Public Prosecutions", "2021-05-10")
    ]


def test_asking_a_court_to_put_a_freeze_on_hold_is_no_moratorium() -> None:
    body = "Zeta Energy sued the state on Monday. It asks the court to put the freeze on hold."
    assert "Moratorium" not in [e.type for e in candidates_of(body, {"Zeta Energy": ORG})]


def test_a_named_person_before_a_participle_is_its_subject_outside_headlines() -> None:
    body = "Ann Lee admitted on Wednesday that the safety check had been too weak."
    assert ("Admission", "Ann Lee") in summary(candidates_of(body, {"Ann Lee": PER}))


def test_a_pronoun_after_informing_the_court_is_the_informer() -> None:
    body = (
        "The Varne prosecutor informed the court on Monday that he would not proceed with the "
        "charges against Omar Ruiz."
    )
    events = candidates_of(body, {"Varne prosecutor": ORG, "Omar Ruiz": PER})
    assert ("ChargesDropped", "Varne prosecutor") in summary(events)


def test_a_contract_with_a_long_name_suspended_in_the_passive_is_a_suspension() -> None:
    body = (
        "The ministry announced on Monday that the printing contract with Imprimerie Sahel "
        "Graphique Dakar had been suspended."
    )
    events = candidates_of(body, {"Imprimerie Sahel Graphique Dakar": ORG})
    assert "ContractSuspension" in [e.type for e in events]


def test_a_place_in_a_regional_phrase_is_not_the_subject() -> None:
    body = "One of the biggest farms in southeastern Arizona sued Cochise County on Thursday."
    events = candidates_of(body, {"Arizona": PLACE, "Cochise County": PLACE})
    assert [e.agent for e in events if e.type == "LawsuitFiled"] == [None]


@pytest.mark.parametrize(
    "body",
    [
        "Zeta Farms sued the county, asking a judge to strike down a one-year moratorium.",
        "The Varne Council lifted the three-year moratorium on Monday.",
    ],
)
def test_a_moratorium_struck_down_or_lifted_is_not_imposed(body: str) -> None:
    events = candidates_of(body, {"Zeta Farms": ORG, "Varne Council": ORG})
    assert "Moratorium" not in [e.type for e in events]


@pytest.mark.parametrize(
    "body",
    [
        "Zeta Farms filed the complaint in Varne County Superior Court on Monday.",
        "Zeta Energy filed an application for judicial review in the Supreme Court on Monday.",
    ],
)
def test_a_complaint_or_application_filed_in_court_is_a_lawsuit(body: str) -> None:
    events = candidates_of(body, {"Zeta Farms": ORG, "Zeta Energy": ORG})
    assert [e.type for e in events] == ["LawsuitFiled"]


def test_forming_a_committee_to_investigate_opens_an_investigation() -> None:
    body = (
        "The Varne Securities Commission on Wednesday formed a three-member committee to "
        "investigate whether Zeta breached listing rules."
    )
    events = candidates_of(body, {"Varne Securities Commission": ORG, "Zeta": ORG})
    assert ("InvestigationOpened", "Varne Securities Commission") in summary(events)


def test_switching_off_a_quoted_feature_discontinues_it() -> None:
    body = 'On Tuesday, Zeta Labs switched off "Klon", the voice-cloning function of its app.'
    assert ("ProductDiscontinuation", "Zeta Labs") in summary(
        candidates_of(body, {"Zeta Labs": ORG})
    )


def test_signing_a_contract_with_a_long_description_is_a_signing() -> None:
    body = (
        "Zeta Air signed a five-year public service obligation contract worth 212 million "
        "euros with the regional government on Tuesday."
    )
    assert ("ContractSigning", "Zeta Air") in summary(candidates_of(body, {"Zeta Air": ORG}))


def test_it_after_telling_a_bracketed_agency_is_the_teller() -> None:
    body = (
        "Zeta Renewables is based in Brisbane. The company told the State Assessment and "
        "Referral Agency (SARA) on Thursday that it was withdrawing the development application."
    )
    names = {"Zeta Renewables": ORG, "State Assessment and Referral Agency": ORG, "SARA": ORG}
    assert ("Withdrawal", "Zeta Renewables") in summary(candidates_of(body, names))


def test_a_perfect_lead_takes_the_date_its_actor_said_it_on() -> None:
    body = (
        "Zeta Charge has admitted that its own update caused the overcharging. The company said "
        "yesterday that an update pushed on May 3 had inflated bills until May 9."
    )
    events = candidates_of(body, {"Zeta Charge": ORG})
    assert [(e.type, e.date) for e in events if e.type == "Admission"] == [
        ("Admission", "2021-05-13")
    ]


def test_detectives_are_the_named_criminal_investigations_branch() -> None:
    body = (
        "Kenyan detectives have arrested five people over the theft. Officers from the "
        "Directorate of Criminal Investigations and the National Police Service took part."
    )
    names = {"Directorate of Criminal Investigations": ORG, "National Police Service": ORG}
    assert ("Arrest", "Directorate of Criminal Investigations") in summary(
        candidates_of(body, names)
    )


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "The board of the Varne Medical Supplies Authority (Vemsa) has ordered an "
            "independent audit of its depots.",
            ("ReviewAnnounced", "Varne Medical Supplies Authority"),
        ),
        (
            "The management of Zeta Knit Ltd has agreed to pay three months of wages.",
            ("Agreement", "Zeta Knit Ltd"),
        ),
    ],
)
def test_a_board_or_management_acts_for_its_organisation(
    body: str, wanted: tuple[str, str]
) -> None:
    names = {"Varne Medical Supplies Authority": ORG, "Zeta Knit Ltd": ORG}
    assert wanted in summary(candidates_of(body, names))


def test_a_described_person_whose_trial_collapsed_is_the_one_named_next() -> None:
    body = (
        "A south Varne haulier whose fuel fraud trial collapsed last week has launched a High "
        "Court action against the Varne Revenue Office. Omar Ruiz, 52, said he had lost his "
        "business."
    )
    names = {"Omar Ruiz": PER, "Varne Revenue Office": ORG}
    suits = [c for c in raw_candidates_of(body, names) if c.event.type == "LawsuitFiled"]
    assert [(c.event.agent.text if c.event.agent else None, c.aside) for c in suits] == [
        ("Omar Ruiz", False)
    ]


def test_its_trustees_acting_are_the_body_that_said_so() -> None:
    body = (
        "Late on Tuesday, the Varne Horizon Foundation said its trustees had suspended the "
        "contract with Zeta Build with immediate effect."
    )
    names = {"Varne Horizon Foundation": ORG, "Zeta Build": ORG}
    assert ("ContractSuspension", "Varne Horizon Foundation") in summary(candidates_of(body, names))


def test_a_countrys_competition_authority_is_the_named_competition_body() -> None:
    body = (
        "Greece's competition authority on Tuesday opened an investigation into olive oil "
        "packers. The Hellenic Competition Commission said inspectors visited three firms."
    )
    events = candidates_of(body, {"Hellenic Competition Commission": ORG})
    assert ("InvestigationOpened", "Hellenic Competition Commission") in summary(events)


def test_a_quoted_temporary_suspension_of_an_agreement_suspends_the_contract() -> None:
    body = (
        'Agora Markets said on Wednesday that it had "temporarily suspended" its private-label '
        "supply agreement with Elaion Hellas."
    )
    events = candidates_of(body, {"Agora Markets": ORG, "Elaion Hellas": ORG})
    assert [e.type for e in events] == ["ContractSuspension"]


def test_killing_a_feature_discontinues_it() -> None:
    body = "Zeta Labs is killing the app's voice-note feature for good."
    assert ("ProductDiscontinuation", "Zeta Labs") in summary(
        candidates_of(body, {"Zeta Labs": ORG})
    )


def test_the_second_half_of_a_compound_is_no_trigger_but_a_prefixed_verb_is() -> None:
    body = "Zeta Labs is killing the app's voice-note feature. Varne police re-arrested Omar Ruiz."
    events = candidates_of(body, {"Zeta Labs": ORG, "Omar Ruiz": PER})
    assert "Statement" not in [e.type for e in events]
    assert "Arrest" in [e.type for e in events]


def test_men_arrested_last_month_were_arrested_not_arresting() -> None:
    body = (
        "The Crown has stayed the charges against one of three men arrested last month in the "
        "theft of 900 pounds of lobster."
    )
    assert ("Arrest", "Crown") not in summary(candidates_of(body, {"Crown": ORG}))


def test_freezing_an_agreement_suspends_the_contract() -> None:
    body = "Zeta Energy said on Tuesday that it had frozen the 12-year agreement on Monday."
    events = candidates_of(body, {"Zeta Energy": ORG})
    assert [(e.type, e.date) for e in events] == [("ContractSuspension", "2021-05-10")]


def test_the_utility_is_the_company_introduced_as_the_utility() -> None:
    body = (
        "Varne Energia, the municipal utility that heats the town, buys heat from Zeta Compute. "
        "Zeta Compute cut the heat for a day. The utility said on Tuesday that it had suspended "
        "the agreement with Zeta Compute."
    )
    events = candidates_of(body, {"Varne Energia": ORG, "Zeta Compute": ORG})
    assert ("ContractSuspension", "Varne Energia") in summary(events)


def test_a_second_person_with_an_age_is_one_more_object_not_a_new_clause() -> None:
    body = "Deputies arrested Omar Ruiz, 34, and Ann Lee, 29, on Thursday at a storage unit."
    events = candidates_of(body, {"Omar Ruiz": PER, "Ann Lee": PER})
    assert [(e.type, e.date) for e in events] == [("Arrest", "2021-05-13")]


def test_a_relative_that_with_a_past_verb_keeps_its_own_time() -> None:
    body = (
        "Zeta Copper said on Monday it was leaving. The same day, Zeta Copper suspended its "
        "contract with Varne Build, the builder that began earthworks in March."
    )
    events = candidates_of(body, {"Zeta Copper": ORG, "Varne Build": ORG})
    suspension = next(e for e in events if e.type == "ContractSuspension")
    assert suspension.date == "2021-05-10"


def test_the_verb_after_a_subjects_relative_clause_is_the_main_verb() -> None:
    body = (
        "Zeta Pay runs a wallet app. The Oslo fintech whose app was used to drain 300 accounts "
        "acknowledged on Wednesday that its checks could be fooled."
    )
    events = candidates_of(body, {"Zeta Pay": ORG})
    assert ("Admission", "Zeta Pay") in summary(events)


def test_a_relative_clause_late_in_the_sentence_is_not_the_subjects() -> None:
    body = (
        "The load left Varne Pecan Co. on Monday with a driver who had arrived with papers, "
        "the Dale County Police Department said. Omar Ruiz drove it."
    )
    events = candidates_of(
        body, {"Varne Pecan Co.": ORG, "Dale County Police Department": ORG, "Omar Ruiz": PER}
    )
    assert ("Statement", "Omar Ruiz") not in summary(events)


def test_a_ministry_described_by_another_remit_is_not_the_named_ministry() -> None:
    body = (
        "The Ministry of Works and Transport suspended its contract with Varne Build. The "
        "finance ministry said it would not release the next payment."
    )
    events = candidates_of(body, {"Ministry of Works and Transport": ORG, "Varne Build": ORG})
    agents = {agent for kind, agent in summary(events) if kind == "Statement"}
    assert agents and not agents & {"Ministry of Works and Transport", "Varne Build"}


def test_a_state_acting_is_the_government_the_article_names_for_it() -> None:
    body = (
        "Queensland on Tuesday froze approvals for new wind farms for a year. The Queensland "
        "Government said the freeze would allow a review."
    )
    events = candidates_of(body, {"Queensland": PLACE, "Queensland Government": ORG})
    assert ("Moratorium", "Queensland Government") in summary(events)


def test_a_moratorium_adopted_by_a_government_is_its_moratorium() -> None:
    body = (
        "The moratorium, adopted by the Varne State Government at its cabinet meeting on "
        "Tuesday, amends the province's ski area programme."
    )
    events = candidates_of(body, {"Varne State Government": ORG})
    assert summary(events) == [("Moratorium", "Varne State Government")]


def test_the_board_no_body_was_named_for_is_the_companys_board() -> None:
    body = (
        "The Varne State Government imposed a moratorium on Tuesday. Zeta Lifts AG runs the "
        "glacier area. Chief executive Ann Lee said the board had chosen to pull the "
        "application from the assessment."
    )
    events = candidates_of(body, {"Varne State Government": ORG, "Zeta Lifts AG": ORG})
    withdrawals = [agent for kind, agent in summary(events) if kind == "Withdrawal"]
    assert withdrawals == ["Zeta Lifts AG"]


def test_the_cooperative_is_the_one_named_cooperativa() -> None:
    body = (
        "The Cooperativa Yerbatera Itá sued Varne Aero on Monday. Varne Aero sprays crops. "
        "The same day, the cooperative lodged a criminal complaint with prosecutors."
    )
    events = candidates_of(body, {"Cooperativa Yerbatera Itá": ORG, "Varne Aero": ORG})
    complaints = [agent for kind, agent in summary(events) if kind == "ComplaintFiled"]
    assert complaints == ["Cooperativa Yerbatera Itá"]


def test_a_perfect_lead_takes_the_day_its_chief_executive_spoke() -> None:
    body = (
        "Drone startup Zeta Skyways has admitted that a software update it pushed to its fleet "
        "was not tested. Speaking in Kigali on Wednesday, chief executive Ann Uwase said the "
        "update, installed on all 24 of the company's drones on May 5, had not been tested."
    )
    events = candidates_of(body, {"Zeta Skyways": ORG, "Ann Uwase": PER})
    admission = next(e for e in events if e.type == "Admission")
    assert (admission.agent.text if admission.agent else None, admission.date) == (
        "Zeta Skyways",
        "2021-05-12",
    )


def test_the_head_of_a_company_apologising_is_the_person_who_holds_the_post() -> None:
    body = (
        "The head of Slovenian heat pump maker Varne Heat apologised on Friday to households. "
        '"We let you down, and I am sorry," Varne Heat chief executive Ana Kos said.'
    )
    events = candidates_of(body, {"Varne Heat": ORG, "Ana Kos": PER})
    assert ("Apology", "Ana Kos") in summary(events)
    assert ("Apology", "Varne Heat") not in summary(events)


def test_ordering_a_halt_to_an_activity_is_a_moratorium() -> None:
    body = "The Ministry of Mines on Friday ordered a six-month halt to all sand dredging."
    events = candidates_of(body, {"Ministry of Mines": ORG})
    assert summary(events) == [("Moratorium", "Ministry of Mines")]


def test_a_time_in_the_subjects_relative_clause_does_not_date_the_act() -> None:
    body = "Families from a village that flooded in January filed a lawsuit against Zeta Sand."
    events = candidates_of(body, {"Zeta Sand": ORG})
    assert [(e.type, e.date) for e in events] == [("LawsuitFiled", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chief executive Ann Lee penned an apology to customers over the breach.",
        "Chief executive Ann Lee wrote an apology to customers over the breach.",
        "Chief executive Ann Lee took the unusual step of apologising for the breach.",
    ],
)
def test_an_apology_written_or_stepped_into_is_an_apology(sentence: str) -> None:
    events = candidates_of(sentence, {"Ann Lee": PER})
    assert ("Apology", "Ann Lee") in summary(events)


def test_dismissed_charges_told_in_the_passive_are_the_judge_titled_next() -> None:
    body = (
        "Trespassing charges were thrown out Tuesday against five protesters. The decision by "
        "District Judge Ann Lee was the second in two weeks. Judge Tom Ross had dismissed "
        "similar cases last month."
    )
    events = candidates_of(body, {"Ann Lee": PER, "Tom Ross": PER})
    dismissals = [(kind, agent) for kind, agent in summary(events) if kind == "ChargesDismissed"]
    assert dismissals[0] == ("ChargesDismissed", "Ann Lee")


def test_dropped_charges_told_in_the_passive_are_the_prosecution_named() -> None:
    body = (
        "Battery charges have been dropped against a Holt grandfather on Monday. A prosecutor "
        "with the Varne County State Attorney's Office announced the decision in court."
    )
    events = candidates_of(body, {"Varne County State Attorney's Office": ORG})
    assert ("ChargesDropped", "Varne County State Attorney's Office") in summary(events)


def test_a_passive_stay_or_an_undated_dismissal_has_no_guessed_decider() -> None:
    body = (
        "Students sued days after the fraud case against Ann Lee was stayed on Monday. "
        "The Varne Crown Attorney's Office declined to comment. A case struck out for want "
        "of prosecution can be filed again, said Judge Tom Ross."
    )
    events = candidates_of(
        body, {"Ann Lee": PER, "Tom Ross": PER, "Varne Crown Attorney's Office": ORG}
    )
    assert not [e for e in events if e.type.startswith("Charges") and e.agent is not None]


def test_defending_the_officers_or_their_performance_is_a_statement() -> None:
    body = "Commander Ann Lee on Tuesday defended the police performance in the face of criticism."
    assert summary(candidates_of(body, {"Ann Lee": PER})) == [("Statement", "Ann Lee")]


def test_people_with_a_participle_before_a_form_of_be_were_done_to() -> None:
    body = "A further two suspects arrested were minors, police said."
    arrests = [e for e in candidates_of(body, {}) if e.type == "Arrest"]
    assert arrests and all(e.agent_text != "two suspects" for e in arrests)


def test_a_wire_credited_in_the_dateline_is_not_the_company() -> None:
    body = (
        "LONDON (Wirewave) - Varne Tobacco will leave Peru by the end of the year. "
        "Responding to a query from Wirewave about its plans in the country, the company said "
        "the decision followed a review."
    )
    events = candidates_of(body, {"Wirewave": ORG, "Varne Tobacco": ORG})
    assert ("Statement", "Varne Tobacco") in summary(events)
    assert ("Statement", "Wirewave") not in summary(events)


def test_police_are_the_force_whose_officers_the_article_names() -> None:
    body = (
        "Officers with the Holt Mounties responded to a report of a stolen truck. Police said "
        "four suspects were tracked into the woods and taken into custody."
    )
    events = candidates_of(body, {"Holt Mounties": ORG})
    assert ("Arrest", "Holt Mounties") in summary(events)


def test_a_by_phrase_after_places_joined_by_and_still_names_the_passive_agent() -> None:
    body = (
        "A corporal, 41, and a constable, 29, were detained at their homes in Tarnby and Holt "
        "shortly after 6 a.m. by officers of the Varne Standards Bureau."
    )
    events = candidates_of(body, {"Varne Standards Bureau": ORG, "Tarnby": PLACE, "Holt": PLACE})
    assert summary(events) == [("Arrest", "Varne Standards Bureau")]


def test_a_headline_ceos_act_is_the_person_the_body_titles_ceo() -> None:
    body = (
        "Varne Mobile says it has notified the customers whose data was stolen. CEO Ann Lee "
        "said in a written statement Friday that the company had failed to protect them."
    )
    events = candidates_of(
        body, {"Varne Mobile": ORG, "Ann Lee": PER}, headline="Varne Mobile CEO apologizes"
    )
    assert ("Apology", "Ann Lee") in summary(events)
    assert ("Apology", "Varne Mobile") not in summary(events)


def test_a_place_after_an_organisation_is_its_unit_not_the_subject() -> None:
    body = (
        "Detectives from the Varne Bureau of Investigations (VBI) Holt Region on Friday "
        "apprehended three suspects."
    )
    events = candidates_of(
        body, {"Varne Bureau of Investigations": ORG, "VBI": ORG, "Holt Region": PLACE}
    )
    assert summary(events) == [("Arrest", "Varne Bureau of Investigations")]


def test_closing_all_of_a_chains_restaurants_in_a_country_is_a_withdrawal() -> None:
    body = "Fast-food giant Varne Burgers is closing all 850 locations in Zetland, it said."
    events = candidates_of(body, {"Varne Burgers": ORG, "Zetland": PLACE})
    assert summary(events)[0] == ("Withdrawal", "Varne Burgers")


@pytest.mark.parametrize(
    "body",
    [
        "The Holt Data Commission (HDC) has slapped a fine of $750,000 on Zeta Clinics.",
        "The Holt Data Commission (HDC) has slammed Zeta Clinics with a $1 billion fine.",
    ],
)
def test_a_fine_slapped_on_a_firm_is_the_regulators_finding(body: str) -> None:
    events = candidates_of(body, {"Holt Data Commission": ORG, "HDC": ORG, "Zeta Clinics": ORG})
    assert summary(events) == [("InvestigationFinding", "Holt Data Commission")]


def test_protesters_cleared_by_a_judge_is_a_dismissal() -> None:
    events = candidates_of("Ten other protesters were cleared by a judge on Monday.", {})
    assert summary(events) == [("ChargesDismissed", "a judge")]


def test_a_firm_stripped_of_its_contract_is_a_contract_suspension() -> None:
    body = "Quorrim Security is to be stripped of its contract to run Ayr prison."
    events = candidates_of(body, {"Quorrim Security": ORG, "Ayr": PLACE})
    assert [e.type for e in events] == ["ContractSuspension"]
    assert events[0].object is not None and events[0].object.text == "Quorrim Security"


def test_the_museum_is_the_museum_the_article_named() -> None:
    body = (
        "The Holt Museum has fired a member of staff after items went missing. The museum "
        "has started an independent review of security."
    )
    events = candidates_of(body, {"Holt Museum": ORG})
    assert ("ReviewAnnounced", "Holt Museum") in summary(events)


def test_the_prosecutions_director_who_withdrew_the_charges_dropped_them() -> None:
    body = (
        "The Anti-Corruption Court has ended the case against Ann Ito after Director of "
        "Public Prosecutions Tau Quorrim withdrew the charges."
    )
    names = {"Anti-Corruption Court": ORG, "Director of Public Prosecutions": ORG}
    events = candidates_of(body, names | {"Tau Quorrim": PER, "Ann Ito": PER})
    assert summary(events) == [("ChargesDropped", "Tau Quorrim")]


def test_evading_arrest_is_a_charge_not_an_arrest() -> None:
    body = "Ann Ito and Tau Varne have both been charged with burglary and evading arrest."
    events = candidates_of(body, {"Ann Ito": PER, "Tau Varne": PER})
    assert "Arrest" not in [e.type for e in events]


def test_an_apology_received_from_a_body_is_that_bodys_apology() -> None:
    body = "A reader who was wrongly held has received an apology from the Holt Police."
    events = candidates_of(body, {"Holt Police": ORG})
    assert ("Apology", "Holt Police") in summary(events)


def test_a_contract_bagged_is_signed_on_the_day_it_was_made_known() -> None:
    body = "Zeta Chemicals on Wednesday said it has bagged a $90 million supply contract."
    events = candidates_of(body, {"Zeta Chemicals": ORG})
    assert summary(events) == [("ContractSigning", "Zeta Chemicals")]
    assert events[0].date == "2021-05-12"


def test_an_undated_act_of_the_lead_takes_the_day_the_sentence_before_names() -> None:
    body = (
        "Their luck ran out on Tuesday when 200 Holt Police officers closed in. Nine people "
        "were arrested by Holt Police in a triumph for detectives."
    )
    events = candidates_of(body, {"Holt Police": ORG})
    arrests = [e for e in events if e.type == "Arrest"]
    assert [e.date for e in arrests] == ["2021-05-11"]


def test_a_lead_day_does_not_date_an_act_whose_own_sentence_names_another() -> None:
    body = (
        "Ayr police said on Tuesday they had arrested three men. The theft happened in "
        "March 2019, when a gang stole gold from a bank."
    )
    thefts = [e for e in candidates_of(body, {}) if e.type == "Theft"]
    assert thefts
    assert {e.date for e in thefts} == {"2019-03"}


def test_an_occasions_date_dates_the_act_its_when_clause_tells() -> None:
    body = "The robbery took place on May 3, when a gang of five looted gold from the bank."
    thefts = [e for e in candidates_of(body, {}) if e.type == "Theft"]
    assert [e.date for e in thefts] == ["2021-05-03"]


def test_the_placed_companys_shareholders_are_the_firm_the_sentence_named() -> None:
    body = (
        "Holt Fibers has dropped its bid for Varne Fleece, three days after the Ayr "
        "company's shareholders rejected the deal at a stormy meeting."
    )
    events = candidates_of(body, {"Holt Fibers": ORG, "Varne Fleece": ORG, "Ayr": ORG})
    assert ("ShareholderVote", "Varne Fleece") in summary(events)


@pytest.mark.parametrize(
    "told",
    [
        "Police said four suspects were taken into custody.",
        "Investigators later identified five teenagers who were arrested on Thursday.",
    ],
)
def test_police_and_investigators_are_the_force_whose_officers_the_article_names(
    told: str,
) -> None:
    body = f"Officers with the Ayr HPS responded to a report of a stolen truck. {told}"
    events = candidates_of(body, {"HPS": ORG, "Ayr": PLACE})
    assert [(e.type, e.agent.text if e.agent else None) for e in events if e.type == "Arrest"] == [
        ("Arrest", "HPS")
    ]


def test_breaking_in_and_making_off_with_goods_is_a_theft() -> None:
    body = "The suspects broke into a warehouse and made off with goods worth $2 million."
    assert [e.type for e in candidates_of(body, {})] == ["Theft"]


@pytest.mark.parametrize("hire", ["has appointed", "hired", "has retained"])
def test_hiring_a_firm_to_review_is_the_hirers_review(hire: str) -> None:
    body = (
        f"The Holt Transport Board {hire} audit firm Quorrim Partners to review all its contracts."
    )
    events = candidates_of(body, {"Holt Transport Board": ORG, "Quorrim Partners": ORG})
    assert summary(events) == [("ReviewAnnounced", "Holt Transport Board")]


def test_serving_a_notice_to_end_a_contract_is_the_servers_suspension() -> None:
    body = (
        "The minister said the Holt Prisons Service had issued Brannock Foods with a 30-day "
        "notice to end its catering contracts."
    )
    events = candidates_of(body, {"Holt Prisons Service": ORG, "Brannock Foods": ORG})
    assert ("ContractSuspension", "Holt Prisons Service") in summary(events)
    assert ("ContractSuspension", "Brannock Foods") not in summary(events)


def test_a_company_that_noted_it_was_investigating_is_not_negated() -> None:
    body = "Wirewave noted it was investigating reports of phones catching fire."
    assert summary(candidates_of(body, {"Wirewave": ORG})) == [("Investigation", "Wirewave")]


def test_a_negation_between_the_actor_and_the_trigger_cancels_the_event() -> None:
    body = (
        "Brannock Foods said its offices were raided, but police did not search the owner's home."
    )
    assert [e.type for e in candidates_of(body, {"Brannock Foods": ORG})] == ["Statement"]


@pytest.mark.parametrize(
    "body",
    [
        "Premier Ann Varne has announced an independent, public inquiry into the handling of "
        "the floods.",
        "The Holt government on Wednesday ordered a judicial inquiry into the stampede.",
        "Premier Ann Varne has confirmed there will be an independent public inquiry into the "
        "floods.",
    ],
)
def test_a_public_or_judicial_inquiry_a_government_orders_is_a_review(body: str) -> None:
    events = candidates_of(body, {"Ann Varne": PER, "Holt": PLACE})
    assert [e.type for e in events] == ["ReviewAnnounced"]


def test_a_regulators_formal_inquiry_is_an_investigation_opened() -> None:
    body = "The Holt Securities Commission has opened a formal inquiry into Zeta Corp."
    events = candidates_of(body, {"Holt Securities Commission": ORG, "Zeta Corp": ORG})
    assert summary(events) == [("InvestigationOpened", "Holt Securities Commission")]


@pytest.mark.parametrize(
    "body",
    [
        "Cabinet minister Ann Varne has called on Tom Brannock to publicly apologise for his "
        "comments.",
        "Opposition leader Ann Varne on Friday asked Tom Brannock to tender an apology in "
        "Parliament over his remarks.",
    ],
)
def test_asking_someone_to_apologise_is_the_askers_demand(body: str) -> None:
    events = candidates_of(body, {"Ann Varne": PER, "Tom Brannock": PER})
    assert summary(events) == [("ApologyDemand", "Ann Varne")]


def test_being_ordered_to_apologise_by_an_office_is_the_offices_demand() -> None:
    body = "Tom Brannock's office has been ordered to apologise by the Holt Ombudsman."
    events = candidates_of(body, {"Tom Brannock": PER, "Holt Ombudsman": ORG})
    assert summary(events) == [("ApologyDemand", "Holt Ombudsman")]


def test_the_lead_watchdog_is_the_authority_named_next_not_the_companies_before() -> None:
    body = (
        "The competition watchdog has launched an investigation into the merger of Quorrim "
        "and Zeta Corp. The Holt Competition Authority said the deal would be examined."
    )
    names = {"Quorrim": ORG, "Zeta Corp": ORG, "Holt Competition Authority": ORG}
    events = candidates_of(body, names, headline="Watchdog to scrutinise Quorrim and Zeta Corp")
    assert ("InvestigationOpened", "Holt Competition Authority") in summary(events)


def test_a_companys_regulator_is_the_body_in_apposition_not_the_company() -> None:
    body = (
        "Zeta’s lead regulator in the European Union, the Irish Data Authority (DA), on "
        "Wednesday commenced an investigation into the breach."
    )
    names = {"Zeta": ORG, "Data Authority": ORG, "DA": ORG, "European Union": ORG}
    assert summary(candidates_of(body, names)) == [("InvestigationOpened", "Data Authority")]


def test_a_reported_clause_after_said_has_its_own_subject() -> None:
    body = "The Ayr Police said the men stole goods from a warehouse."
    events = candidates_of(body, {"Ayr Police": ORG})
    assert ("Theft", "the men") in summary(events)
    assert ("Theft", "Ayr Police") not in summary(events)


def test_whom_a_statement_is_told_to_is_not_the_subject_of_what_it_says() -> None:
    body = "Premier Ann Varne has told Parliament there will be a moratorium on new licences."
    events = candidates_of(body, {"Ann Varne": PER, "Parliament": ORG})
    assert ("Moratorium", "Ann Varne") in summary(events)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Holt government has put a 12 month halt on new late-night licences.",
            ("Moratorium", "Holt government"),
        ),
        (
            "Charges of murder and attempted murder were provisionally withdrawn against Tom "
            "Brannock.",
            ("ChargesDropped", None),
        ),
        (
            "When the council failed to act, Tom Brannock took the matter to the ombudsman.",
            ("ComplaintFiled", "Tom Brannock"),
        ),
        (
            "Chief Ombudsman Ann Varne has upheld a complaint by the Holt Herald about a "
            "withheld document.",
            ("InvestigationFinding", "Ann Varne"),
        ),
        (
            "Tom Brannock, CA, Auditor General, today released his report on the agencies.",
            ("ReportRelease", "Tom Brannock"),
        ),
    ],
)
def test_halts_withdrawn_charges_complaints_upheld_and_reports(
    body: str, expected: tuple[str, str | None]
) -> None:
    names = {"Tom Brannock": PER, "Ann Varne": PER, "Holt Herald": ORG}
    assert expected in summary(candidates_of(body, names))


def test_a_place_credited_with_an_act_its_agency_announced_is_the_agency() -> None:
    body = (
        "Holt has placed a 120-day pause on new water licences. The Holt Water Agency "
        "announced the moratorium on Friday."
    )
    events = candidates_of(body, {"Holt": PLACE, "Holt Water Agency": ORG})
    assert summary(events) == [("Moratorium", "Holt Water Agency")]


def test_police_who_nabbed_men_as_a_patrol_team_are_the_force_named() -> None:
    body = "Two men were nabbed by a patrol team on Tuesday. The Ayr Police said they were charged."
    events = candidates_of(body, {"Ayr Police": ORG})
    assert ("Arrest", "Ayr Police") in summary(events)


def test_an_arrest_in_an_article_naming_no_police_is_the_arresting_agencys() -> None:
    body = (
        "The Holt Economic Crimes Commission has said that Tom Brannock is being questioned. "
        "Brannock was arrested on Thursday at the airport."
    )
    names = {"Holt Economic Crimes Commission": ORG, "Tom Brannock": PER, "Brannock": PER}
    events = candidates_of(body, names)
    assert ("Arrest", "Holt Economic Crimes Commission") in summary(events)


def test_rejecting_an_apology_is_a_statement() -> None:
    body = "Senator Ann Varne has dismissed the apology rendered by Tom Brannock."
    events = candidates_of(body, {"Ann Varne": PER, "Tom Brannock": PER})
    assert summary(events) == [("Statement", "Ann Varne")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # "that" left out; a title of several words joined by "and"
            "Inspector-General of Intelligence and Security Ann Varne has found the Holt "
            "Bureau relied on wrong information.",
            ("InvestigationFinding", "Ann Varne"),
        ),
        (
            "The Ombudsman Tom Brannock found the Holt Council had failed to answer complaints.",
            ("InvestigationFinding", "Tom Brannock"),
        ),
        (  # described, not named: the investigators are an authority
            "Outside investigators appointed by Zeta Corp have found that senior officials "
            "knew about the falsified data.",
            ("InvestigationFinding", "investigators"),
        ),
    ],
)
def test_findings_of_authorities_with_or_without_that(
    body: str, expected: tuple[str, str | None]
) -> None:
    names = {"Ann Varne": PER, "Tom Brannock": PER, "Holt Bureau": ORG, "Zeta Corp": ORG}
    names |= {"Holt Council": ORG}
    assert expected in summary(candidates_of(body, names))


def test_police_who_find_something_out_make_no_finding() -> None:
    body = "Ayr Police found the man was carrying a knife."
    events = candidates_of(body, {"Ayr Police": ORG})
    assert "InvestigationFinding" not in {e.type for e in events}


def test_the_speaker_after_an_office_and_its_title_is_the_person() -> None:
    body = '"We dropped the charges," said Ayr County State Attorney Ann Varne.'
    events = candidates_of(body, {"Ayr County": ORG, "Ann Varne": PER})
    assert ("Statement", "Ann Varne") in summary(events)


def test_charges_withdrawn_in_the_passive_are_the_confirming_prosecutors() -> None:
    body = (
        "Charges against murder-accused Holt mayor Dr Tom Brannock have been withdrawn, "
        "the Varne Prosecuting Authority has confirmed."
    )
    events = candidates_of(body, {"Tom Brannock": PER, "Varne Prosecuting Authority": ORG})
    assert ("ChargesDropped", "Varne Prosecuting Authority") in summary(events)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Zeta Corp is shutting down Wirewave, its cloud gaming service.",
            ("ProductDiscontinuation", "Zeta Corp"),
        ),
        (
            "Quorrim Group will remove all Ayrglo hair products from its shelves.",
            ("SalesRefusal", "Quorrim Group"),
        ),
        (
            "Zeta Corp will remove its baby sleeper from its shelves.",
            ("ProductDiscontinuation", "Zeta Corp"),
        ),
        (
            "Zeta Corp is also under examination by Holt auditors.",
            ("Investigation", "Holt auditors"),
        ),
    ],
)
def test_services_shut_down_goods_delisted_and_firms_under_examination(
    body: str, expected: tuple[str, str | None]
) -> None:
    names = {"Zeta Corp": ORG, "Quorrim Group": ORG}
    assert expected in summary(candidates_of(body, names))


def test_a_watchdog_opening_an_inquiry_into_a_data_breach_finds_no_breach() -> None:
    body = (
        "Ayr's privacy watchdog says it has opened an investigation into the Zeta Corp data breach."
    )
    events = candidates_of(body, {"Zeta Corp": ORG})
    assert "InvestigationFinding" not in {e.type for e in events}


def test_an_order_to_apologise_is_the_orderers_demand_not_the_ordered_ones() -> None:
    body = "The Ayr Commission upheld the complaint. It ordered Tom Holt to apologise."
    events = candidates_of(body, {"Ayr Commission": ORG, "Tom Holt": PER})
    assert ("ApologyDemand", "Ayr Commission") in summary(events)
    headline = candidates_of(
        "The ombudsman found the minister breached the act.",
        {"Tom Holt": PER},
        headline="Tom Holt ordered to apologise for breach of the act",
    )
    assert ("ApologyDemand", "Tom Holt") not in summary(headline)


def test_a_man_who_was_wrongly_arrested_did_not_arrest_anyone() -> None:
    body = "A Tarn man who was wrongly arrested for breaching an order has settled his claim."
    arrests = [e for e in candidates_of(body, {}) if e.type == "Arrest"]
    assert arrests and all(e.agent_text != "A Tarn man" for e in arrests)


def test_a_finding_in_a_verbless_conditional_clause_is_hypothetical() -> None:
    body = "Zeta Corp could face a fine under the rules if found guilty of wrongdoing."
    events = candidates_of(body, {"Zeta Corp": ORG})
    assert "InvestigationFinding" not in {e.type for e in events}


def test_the_lead_act_in_the_present_perfect_happened_on_the_one_news_day_named() -> None:
    body = (
        "Senator Ann Varne has apologised for calling a colleague a liar during a hearing.\n\n"
        "The remarks drew protests from the opposition benches.\n\n"
        "Varne, who chaired the committee on Tuesday when she made the comment, later "
        "withdrew it."
    )
    apologies = [
        e for e in candidates_of(body, {"Ann Varne": PER, "Varne": PER}) if e.type == "Apology"
    ]
    assert [e.date for e in apologies][:1] == ["2021-05-11"]  # published Friday 2021-05-14


def test_two_news_days_named_leave_the_lead_act_undated() -> None:
    body = (
        "Senator Ann Varne has apologised for calling a colleague a liar.\n\n"
        "The row began on Tuesday and deepened on Thursday."
    )
    apologies = [e for e in candidates_of(body, {"Ann Varne": PER}) if e.type == "Apology"]
    assert apologies and apologies[0].date is None


def test_the_bounds_of_a_period_an_act_is_about_do_not_date_it() -> None:
    events = events_of(
        "The Keld Markets Authority said on Monday that it had opened an inquiry into trading "
        "between late April and 2 May.",
        {"Keld Markets Authority": ORG},
    )
    assert [(e.type, e.date) for e in events] == [("InvestigationOpened", "2021-05-10")]


def test_a_description_shortened_to_its_head_is_the_same_actor_in_one_article() -> None:
    body = (
        "Ayr County prosecutors are dropping charges against Tom Holt.\n\n"
        "Prosecutors decided to dismiss the case after reviewing the evidence."
    )
    dropped = [e for e in candidates_of(body, {"Tom Holt": PER}) if e.type == "ChargesDropped"]
    assert [e.agent_text for e in dropped] == ["Ayr County prosecutors"]
