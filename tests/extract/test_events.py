"""Event extraction: the pattern registry, voice and roles, seeds, annotated fixtures."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.evaluate.events import evaluate_events, score_events, score_merging
from kg.extract import extract_mentions
from kg.extract.event_patterns import EVENT_GROUPS, EVENT_PATTERNS, EVENT_TYPES, compile_pattern
from kg.extract.events import event_candidates, extract_events
from kg.read import parse_article
from kg.records import Article, EventMention, Mention, SourceInfo

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "events"
SOURCE = SourceInfo("test.txt", "0", "text/plain", "test")


def make_article(
    body: str, *, headline: str = "News in brief", published: str | None = "2020-07-08"
) -> Article:
    return Article(SOURCE, headline, body=body, published=published)


def name_mentions(article: Article, names: dict[str, str]) -> tuple[Mention, ...]:
    """Mentions of the given names (name -> kind) wherever they occur in the text."""
    text = article.text
    found = []
    for name, kind in names.items():
        start = text.find(name)
        while start != -1:
            found.append(Mention(kind, name, start, start + len(name), text))
            start = text.find(name, start + len(name))
    return tuple(sorted(found, key=lambda m: m.start))


def events_of(body: str, names: dict[str, str], **kwargs: str) -> tuple[EventMention, ...]:
    article = make_article(body, **kwargs)
    return extract_events(article, name_mentions(article, names))


def agent_name(event: EventMention) -> str | None:
    return event.agent.text if event.agent is not None else event.agent_text


ORG, PER, PLACE = "organization", "person", "place"

# type -> (positive sentence, names, expected agent), [negative sentences]
EXAMPLES: dict[str, tuple[tuple[str, dict[str, str], str | None], list[str]]] = {
    "Withdrawal": (
        ("Norvik Telecom will stop offering its broadband services in Peru next month.",
         {"Norvik Telecom": ORG, "Peru": PLACE}, "Norvik Telecom"),
        ["Norvik Telecom did not withdraw from Peru.",
         "Norvik Telecom could stop offering its broadband services in Peru."],
    ),
    "ContractSuspension": (
        ("Dalmore City Council cancelled its contract with Veritrack on Monday.",
         {"Dalmore City Council": ORG, "Veritrack": ORG}, "Dalmore City Council"),
        ["Dalmore City Council has no plans to cancel its contract with Veritrack."],
    ),
    "ContractSigning": (
        ("The Harwick Police Service signed a contract with Lumetra for 200 body cameras.",
         {"Harwick Police Service": ORG, "Lumetra": ORG}, "Harwick Police Service"),
        ["The Harwick Police Service might sign a contract with Lumetra."],
    ),
    "ProductDiscontinuation": (
        ("Quorra Labs discontinued its Beacon fitness tracker on Tuesday.",
         {"Quorra Labs": ORG}, "Quorra Labs"),
        ["Quorra Labs is considering whether to discontinue its Beacon tracker."],
    ),
    "Moratorium": (
        ("Tessaro Motors temporarily halted sales of its Vanta scooter.",
         {"Tessaro Motors": ORG}, "Tessaro Motors"),
        ["Tessaro Motors threatened to halt sales of its Vanta scooter."],
    ),
    "SalesRefusal": (
        ("Ocellus Vision said it will not sell its face-matching software to police departments.",
         {"Ocellus Vision": ORG}, "Ocellus Vision"),
        ['"We will never sell our software to police," the Ocellus Vision founder said.'],
    ),
    "Agreement": (
        ("Brenmoor Energy reached a settlement with the Sallow Creek Nation over the pipeline.",
         {"Brenmoor Energy": ORG, "Sallow Creek Nation": ORG}, "Brenmoor Energy"),
        ["Brenmoor Energy could reach a settlement with the Sallow Creek Nation."],
    ),
    "ShareholderVote": (
        ("Shareholders of Kestrel Mining voted against a proposal to cap executive pay.",
         {"Kestrel Mining": ORG}, "Kestrel Mining"),
        ["Shareholders of Kestrel Mining may vote on a proposal to cap executive pay."],
    ),
    "Investigation": (
        ("Palmetto Insurance is under investigation by the Coastal Insurance Authority.",
         {"Palmetto Insurance": ORG, "Coastal Insurance Authority": ORG},
         "Coastal Insurance Authority"),
        ["Palmetto Insurance is not under investigation, the Coastal Insurance Authority said."],
    ),
    "InvestigationOpened": (
        ("The Northfield Data Commission opened an investigation into Zephyr Apps on Friday.",
         {"Northfield Data Commission": ORG, "Zephyr Apps": ORG}, "Northfield Data Commission"),
        ["The Northfield Data Commission said it could open an investigation into Zephyr Apps."],
    ),
    "InvestigationFinding": (
        ("The Northfield Data Commission found that Zephyr Apps broke privacy law.",
         {"Northfield Data Commission": ORG, "Zephyr Apps": ORG}, "Northfield Data Commission"),
        ["The Northfield Data Commission has not found that Zephyr Apps broke the law."],
    ),
    "ReviewAnnounced": (
        ("The Arden Transit Authority will review its fare policy after the complaints.",
         {"Arden Transit Authority": ORG}, "Arden Transit Authority"),
        ['"We will review the fare policy," an Arden Transit Authority official said.'],
    ),
    "Arrest": (
        ("Police arrested Jonah Brill in Carlow on Saturday.",
         {"Jonah Brill": PER, "Carlow": PLACE}, "Police"),
        ["Jonah Brill was not arrested, police said."],
    ),
    "PoliceContact": (
        ("Mara Quell was stopped by police outside her home in Ferrisburg.",
         {"Mara Quell": PER, "Ferrisburg": PLACE}, "police"),
        ["Mara Quell said she had never been stopped by police."],
    ),
    "Theft": (
        ("Thieves stole 40 laptops from the Granby Public Library last week.",
         {"Granby Public Library": ORG}, "Thieves"),
        ["The laptops were not stolen, the Granby Public Library said."],
    ),
    "ComplaintFiled": (
        ("The Rowe Tenants Alliance filed a complaint against Calder Properties.",
         {"Rowe Tenants Alliance": ORG, "Calder Properties": ORG}, "Rowe Tenants Alliance"),
        ["The Rowe Tenants Alliance threatened to file a complaint against Calder Properties."],
    ),
    "LawsuitFiled": (
        ("Orlan Pharma sued Vesta Generics in federal court on Monday.",
         {"Orlan Pharma": ORG, "Vesta Generics": ORG}, "Orlan Pharma"),
        ["Orlan Pharma may sue Vesta Generics."],
    ),
    "ChargesDismissed": (
        ("A judge dismissed the charges against Tilda Marsh on Thursday.",
         {"Tilda Marsh": PER}, "A judge"),
        ["A judge refused to dismiss the charges against Tilda Marsh."],
    ),
    "ChargesDropped": (
        ("Prosecutors dropped the charges against Tilda Marsh.", {"Tilda Marsh": PER},
         "Prosecutors"),
        ["Prosecutors did not drop the charges against Tilda Marsh."],
    ),
    "RecordExpungement": (
        ("The Halden County Court expunged the arrest record of Dev Salas.",
         {"Halden County Court": ORG, "Dev Salas": PER}, "Halden County Court"),
        ["Dev Salas hopes the court will expunge his record."],
    ),
    "Statement": (
        ("Velora Airlines said in a statement that all flights would resume on Friday.",
         {"Velora Airlines": ORG}, "Velora Airlines"),
        ["Did Velora Airlines say when flights would resume?"],
    ),
    "Admission": (
        ("Grenfell Dairy admitted that its milk had been mislabelled.",
         {"Grenfell Dairy": ORG}, "Grenfell Dairy"),
        ["Grenfell Dairy has never admitted any wrongdoing."],
    ),
    "Apology": (
        ("Halvard Bank apologized to customers for the outage.", {"Halvard Bank": ORG},
         "Halvard Bank"),
        ["Halvard Bank refused to apologize for the outage."],
    ),
    "ApologyDemand": (
        ("The Fenwick Residents Association demanded an apology from Halvard Bank.",
         {"Fenwick Residents Association": ORG, "Halvard Bank": ORG},
         "Fenwick Residents Association"),
        ["The Fenwick Residents Association might demand an apology from Halvard Bank."],
    ),
    "ReportRelease": (
        ("The Open Streets Institute released a report on traffic deaths on Tuesday.",
         {"Open Streets Institute": ORG}, "Open Streets Institute"),
        ["The Open Streets Institute could release a report on traffic deaths."],
    ),
    "OpEdPublished": (
        ("Senator Ada Pryce wrote in an op-ed that the bill would hurt farmers.",
         {"Ada Pryce": PER}, "Ada Pryce"),
        ["Senator Ada Pryce is considering writing an op-ed about the bill."],
    ),
}  # fmt: skip


def test_registry_covers_every_contract_type() -> None:
    assert set(EVENT_PATTERNS) == set(EVENT_TYPES) == set(EXAMPLES)
    assert len(EVENT_TYPES) == 26
    assert sum(len(types) for types in EVENT_GROUPS.values()) == 26
    for event_type, patterns in EVENT_PATTERNS.items():
        assert patterns, event_type
        for pattern in patterns:
            assert pattern.type == event_type
            assert compile_pattern(pattern.pattern)


@pytest.mark.parametrize("event_type", sorted(EXAMPLES))
def test_positive_example_yields_event_with_agent(event_type: str) -> None:
    (sentence, names, agent), _ = EXAMPLES[event_type]
    events = [e for e in events_of(sentence, names) if e.type == event_type]
    assert events, (event_type, events_of(sentence, names))
    assert agent_name(events[0]) == agent


@pytest.mark.parametrize(
    ("event_type", "sentence"),
    [(t, s) for t, (_, negatives) in sorted(EXAMPLES.items()) for s in negatives],
)
def test_negated_hypothetical_or_quoted_trigger_yields_no_event(
    event_type: str, sentence: str
) -> None:
    names = {name: kind for (_, names, _), _ in EXAMPLES.values() for name, kind in names.items()}
    assert [e for e in events_of(sentence, names) if e.type == event_type] == []


def test_active_voice_agent_is_subject_and_object_follows() -> None:
    (event,) = events_of(
        "Corvane Bank sued Lisk Partners on Tuesday.", {"Corvane Bank": ORG, "Lisk Partners": ORG}
    )
    assert (event.type, event.agent.text, event.object.text) == (
        "LawsuitFiled",
        "Corvane Bank",
        "Lisk Partners",
    )
    assert event.date == "2020-07-07"


def test_passive_voice_agent_follows_by_and_object_is_subject() -> None:
    (event,) = events_of(
        "Jonah Brill was arrested by the Carlow Police Service on Friday.",
        {"Jonah Brill": PER, "Carlow Police Service": ORG},
    )
    assert (event.type, event.agent.text, event.object.text) == (
        "Arrest",
        "Carlow Police Service",
        "Jonah Brill",
    )
    assert event.date == "2020-07-03"


def test_passive_without_agent_has_none() -> None:
    (event,) = events_of("Jonah Brill was arrested on Friday.", {"Jonah Brill": PER})
    assert event.agent is None and event.agent_text is None
    assert event.object.text == "Jonah Brill"


def test_contract_cancelled_with_party_is_the_object() -> None:
    (event,) = events_of(
        "Dalmore City Council cancelled its contract with Veritrack.",
        {"Dalmore City Council": ORG, "Veritrack": ORG},
    )
    assert (event.agent.text, event.object.text) == ("Dalmore City Council", "Veritrack")


def test_complaint_against_names_the_object() -> None:
    events = events_of(
        "The Rowe Tenants Alliance filed a complaint against Calder Properties.",
        {"Rowe Tenants Alliance": ORG, "Calder Properties": ORG},
    )
    assert [(e.type, e.object.text) for e in events] == [("ComplaintFiled", "Calder Properties")]


def test_company_noun_and_pronoun_resolve_to_earlier_organisation() -> None:
    names = {"Tessaro Motors": ORG, "Chile": PLACE}
    for second in ("The company will stop selling scooters in Chile.",
                   "It will stop selling scooters in Chile."):  # fmt: skip
        events = events_of("Tessaro Motors reported a loss. " + second, names)
        assert [(e.type, e.agent.text, e.place.text) for e in events] == [
            ("Withdrawal", "Tessaro Motors", "Chile")
        ]


def test_prepositional_phrases_do_not_give_the_agent() -> None:
    names = {"Corvane Bank": ORG, "Lisk Partners": ORG, "Chile": PLACE}
    for body in (
        "After talks with Lisk Partners, Corvane Bank withdrew from Chile.",
        "Corvane Bank will stop offering loans in Chile, according to Lisk Partners.",
    ):
        events = events_of(body, names)
        assert [(e.type, e.agent.text) for e in events] == [("Withdrawal", "Corvane Bank")], body


def test_reported_pronoun_is_the_speaker() -> None:
    events = events_of(
        "Carlow police said they arrested Jonah Brill.", {"Jonah Brill": PER, "Carlow": PLACE}
    )
    (arrest,) = [e for e in events if e.type == "Arrest"]
    assert agent_name(arrest) == "Carlow police"
    assert arrest.object.text == "Jonah Brill"


def test_police_with_place_stays_a_description_that_names_the_place() -> None:
    (event,) = events_of(
        "Police in Carlow arrested Jonah Brill.", {"Jonah Brill": PER, "Carlow": PLACE}
    )
    assert event.agent is None and event.agent_text == "Police in Carlow"


def test_quoted_trigger_is_not_an_event_but_a_quoted_apology_is() -> None:
    names = {"Corvane Bank": ORG, "Lisk Partners": ORG, "Ana Reyes": PER}
    events = events_of('"We will sue Lisk Partners," a Corvane Bank official said.', names)
    assert [e.type for e in events] == ["Statement"]
    events = events_of('"I am deeply sorry for the outage," Ana Reyes said.', names)
    assert [(e.type, agent_name(e)) for e in events] == [("Apology", "Ana Reyes")]


def test_headline_repeating_the_lede_gives_one_event_with_body_evidence() -> None:
    article = make_article(
        "Corvane Bank said on Monday it will stop offering loans in Chile.",
        headline="Corvane Bank to stop offering loans in Chile",
    )
    events = extract_events(article, name_mentions(article, {"Corvane Bank": ORG, "Chile": PLACE}))
    assert [(e.type, e.date) for e in events] == [("Withdrawal", "2020-07-06")]
    assert events[0].evidence.startswith("Corvane Bank said")


def test_past_event_reported_later_is_not_dated_by_the_report() -> None:
    (event,) = events_of(
        "Corvane Bank announced on Monday that a hacker stole the data of its clients.",
        {"Corvane Bank": ORG},
    )
    assert (event.type, event.date) == ("Theft", None)


def test_investigation_state_has_no_date() -> None:
    (event,) = events_of(
        "Palmetto Insurance said on Monday it is under investigation by the Coastal Authority.",
        {"Palmetto Insurance": ORG, "Coastal Authority": ORG},
    )
    assert (event.type, event.date) == ("Investigation", None)


def test_empty_article_has_no_events() -> None:
    assert extract_events(Article(SOURCE, ""), ()) == ()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            ["Zeta Corp", "police", "said", "arrested", "was", "stole", "sued", "will", "not",
             "stop", "selling", "in", "Peru", "on", "Monday", "the", "company", "it", ",", ".",
             '"', "“", "”", "\n\n", "(", ")", "apologized", "investigation", "into", "by",
             "’s", "last", "month", "could", "that", "-", ">", "July", "6"]
        ),
        max_size=60,
    ).map(" ".join)
    | st.text(max_size=200)
)  # fmt: skip
def test_evidence_is_the_text_at_its_offsets(body: str) -> None:
    article = make_article(body)
    mentions = extract_mentions(article)
    for event in extract_events(article, mentions):
        assert event.evidence == article.text[event.start : event.end]
        assert event.type in EVENT_TYPES
        if event.date:
            assert event.date[:4].isdigit()


def test_seed_000_events() -> None:
    path = SEEDS / "000_9d8becf6d8fdd231.txt"
    article = parse_article(path.read_bytes(), path=str(path))
    article = dataclasses.replace(article, published="2020-07-06")
    events = extract_events(article, extract_mentions(article))
    found = {(e.type, e.agent.text if e.agent else e.agent_text, e.date) for e in events}
    assert ("Withdrawal", "Clearview AI", "2020-07-06") in found
    assert any(t == "InvestigationOpened" and d == "2020-02-21" for t, _, d in found)
    # IBM's exit, told late in the article as context, is found by the rules but ranked
    # below the article's own news: the gold's third event is one the ranker may miss.
    candidates = event_candidates(article, extract_mentions(article))
    assert candidates is not None
    assert ("ProductDiscontinuation", "IBM", "2020-06") in {
        (c.event.type, c.event.agent.text if c.event.agent else None, c.event.date)
        for c in candidates[0]
    }
    assert 1 <= len(events) <= 3


def test_seed_002_withdrawal() -> None:
    path = SEEDS / "002_65196135cd1e8dd1.txt"
    article = parse_article(path.read_bytes(), path=str(path))
    events = extract_events(article, extract_mentions(article))
    withdrawals = [e for e in events if e.type == "Withdrawal"]
    assert withdrawals and all(e.agent and e.agent.text == "Clearview AI" for e in withdrawals)
    assert withdrawals[0].place is not None and withdrawals[0].place.text == "Canada"


def test_annotated_fixtures_score() -> None:
    result = evaluate_events(FIXTURES / "gold.json", FIXTURES / "docs", FIXTURES / "manifest.csv")
    assert result["documents_read"] == 9 and not result["missing"]
    assert result["f1"] >= 0.7, result["documents"]
    assert result["date_accuracy"] >= 0.8, result["documents"]


def test_unseen_fixtures_score() -> None:
    """Articles written after the rules, not tuned on: a floor against overfitting."""
    unseen = FIXTURES / "unseen"
    result = evaluate_events(unseen / "gold.json", unseen / "docs")
    assert result["documents_read"] == 10 and not result["missing"]
    assert result["f1"] >= 0.55, result["documents"]
    assert result["date_accuracy"] >= 0.75, result["documents"]


def test_recall_and_market_withdrawal_are_withdrawals() -> None:
    events = events_of(
        "Zeta Motors is recalling about 9,000 vehicles because of a brake fault.",
        {"Zeta Motors": ORG},
    )
    assert [(e.type, e.agent.text) for e in events] == [("Withdrawal", "Zeta Motors")]


def test_report_dates_an_opened_investigation() -> None:
    (event,) = events_of(
        "The Data Board said on Monday that it had opened an investigation into Zeta Corp.",
        {"Data Board": ORG, "Zeta Corp": ORG},
    )
    assert (event.type, event.date) == ("InvestigationOpened", "2020-07-06")


def test_construction_fixtures_score() -> None:
    """Six articles written for the constructions of test_event_rules.py (a regression floor)."""
    folder = FIXTURES / "constructions"
    result = evaluate_events(folder / "gold.json", folder / "docs")
    assert result["documents_read"] == 6 and not result["missing"]
    # one event is 0.03 of F1 here, and a borderline one (p ~0.30) moves with each retrain
    assert result["f1"] >= 0.75, result["documents"]
    assert result["date_accuracy"] >= 0.9, result["documents"]


def test_score_counts_near_misses_descriptions_and_null_agents() -> None:
    gold = {
        "a.txt": {
            "organisations": [{"canonical": "Zeta Labs", "forms": ["Zeta Labs", "Zeta"]}],
            "events": [
                {"type": "Moratorium", "agent": "Zeta Labs", "date": None},
                {"type": "Arrest", "agent": None, "date": "2020-07-06"},
                {"type": "Investigation", "agent": "the state attorney general", "date": None},
            ],
        }
    }
    zeta = Mention(ORG, "Zeta", 0, 4, "")
    predicted = {
        "a.txt": (
            EventMention("ProductDiscontinuation", "t", "e", 0, 1, agent=zeta),
            EventMention("Arrest", "t", "e", 0, 1, agent_text="police", date="2020-07-06"),
            EventMention("Investigation", "t", "e", 0, 1, agent_text="the attorney general"),
        )
    }
    result = score_events(gold, predicted)
    assert (result["tp"], result["fp"], result["fn"], result["near_misses"]) == (2, 1, 1, 1)
    assert result["date_accuracy"] == 1.0
    assert result["documents"]["a.txt"]["near_misses"][0]["type"] == "Moratorium"


def test_varied_fixtures_score() -> None:
    """Articles of many outlets and fields, annotated before the extractor ran on them."""
    varied = FIXTURES / "varied"
    result = evaluate_events(varied / "gold.json", varied / "docs", varied / "manifest.csv")
    assert result["documents_read"] == 13 and not result["missing"]
    assert result["f1"] >= 0.65, result["documents"]
    assert result["date_accuracy"] >= 0.8, result["documents"]


def test_multi_report_fixtures_merge() -> None:
    """One event told by three or four outlets, each in its own words, is one node."""
    multi = FIXTURES / "multi"
    result = evaluate_events(multi / "gold.json", multi / "docs", multi / "manifest.csv")
    assert result["f1"] >= 0.8, result["documents"]
    merging = result["merging"]
    assert merging["found"] >= 3 and merging["rate"] >= 0.9, merging


def test_merge_rate_counts_events_found_in_several_documents() -> None:
    zeta = Mention(ORG, "Zeta", 0, 4, "")
    gold = {
        name: {
            "organisations": [{"canonical": "Zeta", "forms": ["Zeta"]}],
            "events": [{"id": "recall", "type": "Withdrawal", "agent": "Zeta", "date": None}],
        }
        for name in ("a.md", "b.md", "c.md")
    }
    together = {
        "a.md": (EventMention("Withdrawal", "t", "e", 0, 1, agent=zeta, date="2020-07-06"),),
        "b.md": (EventMention("Withdrawal", "t", "e", 0, 1, agent=zeta),),
        "c.md": (),
    }
    assert score_merging(gold, together) == {
        "several": 1,
        "found": 1,
        "merged": 1,
        "rate": 1.0,
        "split": [],
    }
    apart = dict(together)
    apart["b.md"] = (EventMention("Withdrawal", "t", "e", 0, 1, agent=zeta, date="2021-01-09"),)
    assert score_merging(gold, apart)["split"] == ["recall: 2 nodes"]


def test_merge_rate_groups_gold_without_ids_by_compatible_dates() -> None:
    """Gold without ids: "on Monday" and "earlier this week" of one act are one event."""
    zeta = Mention(ORG, "Zeta", 0, 4, "")
    gold = {
        name: {
            "organisations": [{"canonical": "Zeta", "forms": ["Zeta"]}],
            "events": [{"type": "Withdrawal", "agent": "Zeta", "date": date}],
        }
        for name, date in (("a.md", "2020-07-06"), ("b.md", "2020-07"), ("c.md", "2020-09-01"))
    }
    predicted = {
        "a.md": (EventMention("Withdrawal", "t", "e", 0, 1, agent=zeta, date="2020-07-06"),),
        "b.md": (EventMention("Withdrawal", "t", "e", 0, 1, agent=zeta, date="2020-07"),),
        "c.md": (EventMention("Withdrawal", "t", "e", 0, 1, agent=zeta, date="2020-09-01"),),
    }
    result = score_merging(gold, predicted)
    assert (result["several"], result["found"], result["merged"]) == (1, 1, 1)


@pytest.mark.parametrize(
    "body",
    [
        "Zeta Corp said on Thursday it would sell the mine, hours after a majority of its "
        "shareholders backed a resolution urging the company to reconsider.",
        "Shareholders of Zeta Corp voted on Thursday for a resolution on the mine.",
        "Zeta Corp held its annual meeting in Lima. Shareholders voted on Thursday for the "
        "proposal, which the board opposed.",
    ],
)
def test_shareholder_vote_is_tied_to_the_company(body: str) -> None:
    """Outlets name the resolution in many ways; the company ties their reports together.

    Where the text names the holders as the company's, the vote is the company's act (its
    general meeting's); where it is only the article's firm, the company is the object.
    """
    (vote,) = [
        e
        for e in events_of(body, {"Zeta Corp": ORG, "Lima": PLACE}, published="2024-05-10")
        if e.type == "ShareholderVote"
    ]
    named = "its shareholders" in body or "of Zeta Corp" in body
    role = vote.agent if named else vote.object
    assert role is not None and role.text == "Zeta Corp"


def test_unnamed_judge_is_the_titled_judge_and_request_is_not_the_act() -> None:
    """A county judge "on Monday dismissed": the judge the article names, dated Monday.

    "asked Judge X to dismiss" is the prosecutors' request, not a second dismissal.
    """
    body = (
        "A Hennepin County judge on Monday dismissed all charges against a delivery driver. "
        "Prosecutors had asked Judge Teresa Lindqvist to dismiss the case last week."
    )
    events = events_of(
        body, {"Teresa Lindqvist": PER, "Hennepin County": PLACE}, published="2024-08-21"
    )
    assert [(e.type, agent_name(e), e.date) for e in events] == [
        ("ChargesDismissed", "Teresa Lindqvist", "2024-08-19")
    ]


def test_asking_partners_to_stop_selling_is_the_moratorium() -> None:
    events = events_of(
        "Zeta Corp said on Monday it was asking retailers to stop selling the phone.",
        {"Zeta Corp": ORG},
    )
    assert [(e.type, agent_name(e), e.date) for e in events] == [
        ("ProductDiscontinuation", "Zeta Corp", "2020-07-06")
    ]
