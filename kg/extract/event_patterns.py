"""The registry of event patterns: one table from event type to the phrases that report it.

Each :class:`EventPattern` is a trigger phrase in a tiny pattern language compiled to
a spaCy ``Matcher`` pattern over the stems of :mod:`kg.extract.event_lexicon`, plus
how its clause maps to roles: where the agent and the object are, whether a missing
place or a "temporarily" changes the type, whether the phrase is itself a refusal (so
that its negation does not cancel it). The extractor (:mod:`kg.extract.events`) and the
table-driven tests read the same table, so a type is covered exactly when it has a row.

The pattern language, one token per space-separated item:

* ``cease|stop``: a token whose stem is one of these words;
* ``=reviewing``: a token whose lower-case form is exactly this (no stemming);
* ``@...``: the trigger's head (the verb or noun whose voice and position anchor the
  roles); without ``@`` the first item is the head;
* ``...?``: the item is optional;
* ``~3``: up to three tokens of anything except clause punctuation, quotes and the
  prepositions that end a noun phrase ("in", "by", ...);
* ``*12``: up to twelve tokens of anything except clause punctuation and quotes.

>>> sorted(EVENT_PATTERNS) == sorted(EVENT_TYPES)
True
>>> filler = compile_pattern("@cease|stop ~2 offer")[1]
>>> filler["OP"], "that" in filler["LOWER"]["NOT_IN"]
('{0,2}', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

EVENT_GROUPS: dict[str, tuple[str, ...]] = {
    "business": (
        "Withdrawal",
        "ContractSuspension",
        "ContractSigning",
        "ProductDiscontinuation",
        "Moratorium",
        "SalesRefusal",
        "Agreement",
        "ShareholderVote",
    ),
    "regulatory": (
        "Investigation",
        "InvestigationOpened",
        "InvestigationFinding",
        "ReviewAnnounced",
    ),
    "legal": (
        "Arrest",
        "PoliceContact",
        "Theft",
        "ComplaintFiled",
        "LawsuitFiled",
        "ChargesDismissed",
        "ChargesDropped",
        "RecordExpungement",
    ),
    "communication": (
        "Statement",
        "Admission",
        "Apology",
        "ApologyDemand",
        "ReportRelease",
        "OpEdPublished",
    ),
}
"""The contract's event types by group (a same-group type is a near miss when scoring)."""

EVENT_TYPES: tuple[str, ...] = tuple(t for group in EVENT_GROUPS.values() for t in group)
GROUP_OF: dict[str, str] = {t: group for group, types in EVENT_GROUPS.items() for t in types}

_FILLER_EXCLUDED = [
    ",", ";", ":", ".", "!", "?", '"', "“", "”", "(", ")", "—", "–",
    "that", "which", "who", "because", "but", "while", "after", "before", "if", "when",
]  # fmt: skip
_NP_ENDERS = ["in", "on", "at", "by", "from", "into", "against"]


@dataclass(frozen=True)
class EventPattern:
    """One way of reporting an event, and how its clause maps to the event's roles.

    ``agent`` and ``object`` name where a role is found: ``subject`` (the clause's
    subject, left of the trigger), ``start`` (the actor noun that opens the match,
    "police" in "police were called"), ``after`` (the first entity or noun phrase after the
    trigger), ``by`` (after "by"), ``owner`` (a possessor "X's"/"its" before the trigger
    noun, or "by/from X" after it), ``speaker`` (who says the sentence: in "Lee said the
    police owed him an apology" the demand is Lee's), ``none``, or a list of prepositions such as
    ``with|against`` (the phrase after the first of them). With ``voice="auto"`` a
    verb trigger in the passive ("was arrested by") swaps subject and "by" roles.
    ``needs_place``: without a place after the trigger the type becomes ``otherwise``
    (dropped when ``None``); ``pause``: the type when the sentence says the stop is
    temporary; ``authority``: the type when the agent is an authority (a regulator, a
    court, police), and ``non_authority`` when it is not ("" drops the match);
    ``prosecution``: the type when the agent is the prosecution (prosecutors who "move to
    dismiss" charges drop them).
    ``negated`` marks a refusal ("will not sell"): its negation is the event.
    ``performative`` lets a first-person quote ("I apologise") count for its speaker (any
    quote, with a ``speaker`` agent: '"Zeta owes us an apology," Lee said').
    ``noun``: whether the head used as a noun still reports the event ("the arrest of"
    does; "a scrap dealer" does not). ``context``: words (``|``-separated stems) one of
    which the sentence must contain ("were taken" is a theft only in a sentence about a
    robbery or a burglary). An ``agent`` of ``by|modifier`` is the "by" phrase, else the
    organisation that modifies the trigger noun ("a Zeta staff report released on Monday").
    ``firm_only``: only an organisation's act ("Zeta will exit Peru"; a person who "left
    London" withdrew from nothing). ``by_police``: whether a police force doing it is the
    event ("police found the man was armed" is evidence gathered, not a finding).
    """

    type: str
    pattern: str
    agent: str = "subject"
    object: str = "after"
    voice: str = "auto"
    needs_place: bool = False
    otherwise: str | None = None
    pause: str | None = None
    authority: str | None = None
    non_authority: str | None = None
    prosecution: str | None = None
    negated: bool = False
    performative: bool = False
    future: bool = False
    noun: bool = True
    weight: float = 1.0
    priority: int = 0
    context: str = ""
    firm_only: bool = False
    by_police: bool = True

    @property
    def head(self) -> frozenset[str]:
        """The stems (or ``=`` exact forms) of the trigger's head item."""
        items = self.pattern.split()
        marked = [item for item in items if item.startswith("@")]
        item = (marked[0] if marked else items[0]).lstrip("@").rstrip("?")
        return frozenset(item.split("|"))


P = EventPattern
_STOP_TO = "cease|stop|end|halt|discontinue|suspend|quit"
_SELL = "offer|provide|sell|operate|market|supply|license|serve|fill|ship|stock|carry"
_MAKE = "make|produce|develop|manufacture|support|build"
_CONTRACT = (
    "contract|deal|agreement|relationship|partnership|trial|tie|license|subscription|"
    "account|arrangement|sponsorship|concession"
)
_SALES = "sale|use|exchange|shipment|delivery|deployment|rollout|replacement|distribution"
_POLICE = (
    "police|officer|officers|detectives|detective|deputies|deputy|troopers|trooper|agents|"
    "gardaí|gardai|garda"
)
_INQUIRY = "investigation|probe|inquiry|enquiry|proceedings|investigations"
_PUBLIC_INQUIRY = "public|judicial|administrative|magisterial|independent"
"""Kinds of inquiry a government orders into its own conduct: a review, not an investigation."""
_CHARGES = (
    "charge|case|indictment|lawsuit|suit|count|conviction|prosecution|chargesheet|fir|proceedings"
)
_FEATURE = (
    "feature|features|map|maps|tool|tools|function|functions|functionality|option|options|"
    "setting|settings|mode|filter|filters|chatbot|button"
)
"""What a service switches off for its users ("disabled its location-sharing map")."""
_OFFERING = (
    "service|services|app|apps|platform|platforms|product|products|game|games|console|"
    "consoles|device|devices|brand|brands|website|subscription|subscriptions"
)
"""What a firm offers its customers and can shut down ("is shutting down its streaming app")."""
_RECORD = "record|records|mugshot|fingerprint|fingerprints|dna"
_INTRUSION = (
    "hacker|hackers|attacker|attackers|intruder|intruders|unauthorised|unauthorized|breach|"
    "cyberattack|cyber-attack|cybercriminals|criminals|ransomware|hack"
)
_SAY = (
    "say|tell|=stated|add|announce|confirm|declare|note|warn|explain|insist|claim|argue|"
    "write|reiterate|stress"
)

EVENT_PATTERNS: dict[str, tuple[EventPattern, ...]] = {
    "Withdrawal": (
        P(
            "Withdrawal",
            f"@{_STOP_TO} {_SELL}",
            needs_place=True,
            otherwise="ProductDiscontinuation",
            pause="Moratorium",
        ),
        P(
            "Withdrawal",
            f"no longer @{_SELL}|available",
            needs_place=True,
            otherwise="ProductDiscontinuation",
            negated=True,
        ),
        P(
            "Withdrawal",
            "@cease|end|shut|wind|halt|suspend|close ~2 operation|operations|business|"
            "service|services|presence",
            needs_place=True,
            pause="Moratorium",
        ),
        P("Withdrawal", "@move|exit out? of|from", needs_place=True),
        P(
            "Withdrawal",
            f"@{_STOP_TO} take|accept ~2 order|orders|booking|bookings|customer|customers",
            needs_place=True,
            pause="Moratorium",
        ),
        P(
            "Withdrawal",
            "@shut|close|sell ~2 or? ~2 all ~3 "
            "store|stores|branch|branches|outlet|outlets|shop|shops|location|locations|"
            "restaurant|restaurants|cafe|cafes|showroom|showrooms|dealership|dealerships|"
            "plant|plants|factory|factories|office|offices",
            needs_place=True,
        ),
        P("Withdrawal", "@pull|withdraw|retreat|bow out of|from"),
        P("Withdrawal", "@withdraw|pull ~2 bid|bids|tender|candidacy|application"),
        P("Withdrawal", "@withdraw|pull ~7 from", needs_place=True),
        P("Withdrawal", "@exit|leave|quit|abandon ~3 market"),
        P("Withdrawal", "@exit|leave|quit the country|region|province|state"),
        P("Withdrawal", "@exit|leave|quit", needs_place=True, weight=0.8, firm_only=True),
        P("Withdrawal", "@walk away from", needs_place=True),
        P("Withdrawal", "@walk|pull away|out from|of the country|market|region|province|state"),
        P(
            "Withdrawal",
            "@withdrawal|exit|departure|retreat from",
            agent="owner",
            object="none",
            needs_place=True,
            weight=0.9,
        ),
        P(
            "Withdrawal",
            "@pull the plug on ~4 operation|operations|business|presence|stores|unit|division",
        ),
        P("Withdrawal", "@withdraw|pull ~5 from ~3 market|markets|shelves|sale|stores"),
        P(
            "Withdrawal",
            "@recall ~5 vehicle|vehicles|car|cars|suv|suvs|truck|trucks|product|products|"
            "unit|units|device|devices|model|models|batch|batches|drug|drugs|medicine|"
            "medicines|lot|lots|toy|toys|appliance|appliances|charger|chargers",
            object="after",
        ),
    ),
    "ContractSuspension": (
        P(
            "ContractSuspension",
            # ~8: "the city's $46-million contract" is eight tokens
            "@cancel|suspend|terminate|end|drop|scrap|sever|cut|axe|halt|pause|freeze|revoke|"
            f"rescind ~10 {_CONTRACT}",
            object="with|by|for",
            priority=1,
            noun=False,  # "at the end of a four-day trial"
        ),
        P(
            "ContractSuspension",
            f'@cancel|suspend|terminate|scrap ="|” ~10 {_CONTRACT}',
            object="with|by|for",
            priority=2,
            noun=False,
        ),  # 'said it had "temporarily suspended" its supply agreement': still the contract's
        P(
            "ContractSuspension",
            f"@cancel|suspend|terminate|scrap , *6 , ~4 {_CONTRACT}",
            object="after",
            priority=1,
            noun=False,
        ),
        P("ContractSuspension", f"@put ~3 on hold ~4 {_CONTRACT}", object="with", priority=3),
        P(
            "ContractSuspension",
            "@issue|serve|give|send|hand *8 notice|notices *4 to? "
            f"end|terminate|cancel|quit ~6 {_CONTRACT}",
            object="after",
            priority=2,
            noun=False,
        ),  # "issued Zeta with a 30-day notice to end its catering contracts": the issuer ends it
        P("ContractSuspension", f"@strip of ~4 {_CONTRACT}", priority=1, noun=False),
        # "Zeta is to be stripped of its contract to run the prison": the holder loses it
        P(
            "ContractSuspension",
            f"@order|announce|approve ~2 suspension|termination|cancellation of ~6 {_CONTRACT}",
            object="with",
            priority=2,
        ),
        P(
            "ContractSuspension",
            "suspension|termination|cancellation be @order|announce|approve",
            agent="by",
            object="none",
            voice="fixed",
            priority=2,
        ),  # "The suspension was ordered on Wednesday by the home department"
        P(
            "ContractSuspension",
            f"@suspension|termination|cancellation *3 of ~6 {_CONTRACT} ~6 =by",
            agent="by",
            object="none",
            voice="fixed",
        ),  # "the suspension on Friday of Verbato's contract by Groupe Médical Cartier"; without
        # its "by" the noun is a topic ("summoned to explain the suspension of the concession")
        P(
            "ContractSuspension",
            "@pause|suspend|halt|freeze|withhold ~3 payment|payments|funding",
            object="to|for",
            noun=False,
        ),
        P(
            "ContractSuspension",
            "@suspend|halt|freeze|pause|cancel|stop ~3 =orders|=purchases|=sourcing|=purchasing "
            "with|from",
            object="with|from",
            priority=1,
            noun=False,
        ),  # a buyer "suspended new orders with" its supplier
        P(
            "ContractSuspension",
            "@pause|suspend|halt|freeze|withhold ~3 =grant|=grants",
            object="to|for",
            noun=False,
        ),  # the noun: "froze the granting of new concessions" stops new ones (a moratorium)
        P("ContractSuspension", f"@put ~3 {_CONTRACT} ~4 on hold", object="with", priority=3),
        P(
            "ContractSuspension",
            f"{_CONTRACT} *4 , *14 , *8 =,? be @cancel|suspend|terminate|scrap",
            agent="by",
            object="subject",
            voice="fixed",
            priority=1,
        ),
        P(
            "ContractSuspension",
            f"{_CONTRACT} *6 be @cancel|suspend|terminate|end|drop|scrap|freeze|revoke|rescind",
            agent="by",
            object="subject",
            voice="fixed",
            priority=1,
        ),
    ),
    "ContractSigning": (
        P(
            "ContractSigning",
            "@sign|ink|award|win|secure|land|bag|clinch|finalize|finalise ~8 contract|deal|"
            "license|lease|tender",
            object="with|to|from",
        ),
        P("ContractSigning", "@buy|purchase|acquire|order ~3 license|subscription|licenses"),
    ),
    "ProductDiscontinuation": (
        P("ProductDiscontinuation", "@discontinue|scrap|axe|shelve", noun=False),
        P(
            "ProductDiscontinuation",
            f"@{_STOP_TO}|scrap ~2 production|manufacturing|making|development",
            pause="Moratorium",
        ),
        P("ProductDiscontinuation", f"@{_STOP_TO} {_MAKE}", pause="Moratorium"),
        P("ProductDiscontinuation", f"no longer @{_MAKE}", negated=True),
        P("ProductDiscontinuation", "@exit|leave|quit|abandon ~3 business"),
        P(
            "ProductDiscontinuation",
            "@retire ~4 model|models|product|products|line|device|devices|vehicle|vehicles|"
            "brand|scooter|scooters|phone|phones|car|cars",
        ),
        P("ProductDiscontinuation", "@pull|remove ~4 from the|its|their? market|shelves"),
        P(
            "ProductDiscontinuation",
            f"@disable|deactivate ~7 {_FEATURE}",
            noun=False,
            firm_only=True,
        ),
        P("ProductDiscontinuation", f"@turn|switch|shut off ~7 {_FEATURE}", firm_only=True),
        P(
            "ProductDiscontinuation",
            f"@shut|wind|close down ~3 {_OFFERING}",
            firm_only=True,
        ),  # "Zeta will shut down its video app"
        P(
            "ProductDiscontinuation",
            f"@shut|wind|close down ~3 =, its|the|a ~5 {_OFFERING}",
            firm_only=True,
        ),  # "Zeta is shutting down Wirewave, its cloud gaming service"
        P(
            "ProductDiscontinuation",
            f"@kill|scrap|axe|drop|remove|retire ~7 {_FEATURE}",
            noun=False,
            firm_only=True,
        ),  # "Zeta is killing its app's voice-note feature for good"
        P(
            "ProductDiscontinuation",
            f'@turn|switch|shut off ="|“? ~3 ="|”? =, its|the|a ~5 {_FEATURE}',
            firm_only=True,
        ),  # 'switched off "Echo", the voice-cloning function of its app'
        P(
            "ProductDiscontinuation",
            f'@disable|deactivate ="|“ ~3 ="|” =, its|the|a ~5 {_FEATURE}',
            noun=False,
            firm_only=True,
        ),
        P(
            "ProductDiscontinuation",
            f"@disable|deactivate ~3 =, its|the|a ~5 =(? ~1 =)? ~2 {_FEATURE}",
            noun=False,
            firm_only=True,
        ),  # "will disable ViewMatch, its content recognition feature"
    ),
    "Moratorium": (
        P("Moratorium", "@moratorium", object="on"),
        P(
            "Moratorium",
            f"@pause|suspend|halt|freeze|stop|cease|end ~5 {_SALES}|licence|licences|license|"
            "licenses|permit|permits|concession|concessions|approval|approvals|registration|"
            "registrations|signups|enrolment|enrolments|enrollment|enrollments|onboarding|"
            "=decisions|consent|consents",
            object="after",
            priority=1,
        ),
        P(
            "Moratorium",
            "@pause|suspend|halt|freeze|stop ~2 granting|issuing|issuance|approval|award of ~5 "
            "licence|licences|license|licenses|permit|permits|concession|concessions",
            object="after",
            priority=2,
        ),  # "froze the granting of new salmon farming concessions"
        P(
            "Moratorium",
            "@pause|suspend|halt|freeze|stop ~4 sign =- =ups|=up",
            object="none",
            priority=1,
        ),
        P("Moratorium", "@call a halt|pause|freeze to|on", priority=2),
        P(
            "Moratorium",
            "@order|impose|announce|declare|approve|put|place a|an ~3 halt|pause|freeze to|on",
            priority=2,
        ),  # "ordered a six-month halt to all sand dredging"
        P(
            "Moratorium",
            "@stop|cease|halt|pause|suspend|freeze =accepting|=processing|=taking|=considering|"
            "=receiving ~3 =applications|=bids|=requests|=proposals",
            object="after",
            priority=2,
        ),  # "voted to stop accepting applications for new wells"
        P("Moratorium", "@freeze|pause|halt ~1 =new", object="after", priority=1, noun=False),
        P(
            "Moratorium",
            "moratorium =,? be? @adopt|approve|impose|announce|introduce|order|declare =by",
            agent="by",
            object="none",
            voice="fixed",
            priority=2,
        ),  # "The moratorium, adopted by the state government on Tuesday, amends ..."
        P(
            "Moratorium",
            "@announce|impose|introduce|order|approve|adopt the|a ~2 =freeze|=pause",
            object="none",
        ),  # "The government announced the freeze last Tuesday"
        P(
            "Moratorium",
            "@stop|suspend|halt|pause|freeze =issuing|=generating|=granting|=approving|"
            "=registering|=enrolling|=onboarding",
            object="after",
            priority=1,
        ),  # "would stop generating e-challans from the cameras"
        P(
            "Moratorium",
            "temporarily|temporary @stop|halt|suspend|pause|ban|bar|suspension",
            priority=1,
        ),
        P("Moratorium", "@pause", weight=0.8),
        P("Moratorium", "a @pause on|in"),
        P("Moratorium", "@put ~3 on hold"),
        P("Moratorium", "@bar|ban|prohibit ~6 from", non_authority="", noun=False),
        P(
            "Moratorium",
            "moratorium ~2 be @adopt|approve|impose|pass|enact|introduce",
            agent="by",
            object="none",
            voice="fixed",
            priority=1,
        ),  # "The moratorium itself was adopted by the Saeima last Thursday"
    ),
    "SalesRefusal": (
        P(
            "SalesRefusal",
            "not|never @sell|offer|provide|supply|license ~6 to",
            negated=True,
            priority=2,
        ),
        P(
            "SalesRefusal",
            "no longer @sell|offer|provide|supply|license ~6 to",
            negated=True,
            priority=2,
        ),
        P(
            "SalesRefusal",
            "@refuse|decline *3 to sell|offer|provide|supply|license|stock|carry|underwrite|"
            "insure|finance|fund|serve|ship|deliver|fill",
            negated=True,
            priority=2,
        ),
        P("SalesRefusal", "not|never @stock|carry", negated=True, priority=2),
        P(
            "SalesRefusal",
            "not|never @sell|offer ~8 in|at|on ~6 store|stores|shop|shops|shelves|pharmacies|"
            "outlets|locations|branches|platform|website|app",
            negated=True,
            priority=2,
        ),
    ),
    "Agreement": (
        P(
            "Agreement",
            "@reach|strike|hammer|conclude|secure|finalize|finalise|announce|broker ~3 "
            "agreement|deal|settlement|accord|pact|compromise|truce|understanding",
            object="with",
        ),
        P(
            "Agreement",
            "agreement|deal|settlement|accord|pact be? @reach|announce|hammer|strike",
            agent="by",
            object="none",
            voice="fixed",
        ),
        P(
            "Agreement",
            "@settle ~3 lawsuit|case|claim|charge|suit|dispute|allegation|litigation|complaint",
            object="with",
        ),
        P("Agreement", "@settle with", object="with"),
        P(
            "Agreement",
            "@agree on? ~1 to pay|settle|stop|end|cease|drop|halt|delete|destroy|comply|"
            "implement|adopt|improve|refund|overhaul|change|limit|restrict|acquire|buy|merge|sell|"
            "purchase|transfer|license|supply",
            object="with",
        ),
        P(
            "Agreement",
            "@sign|enter *3 consent|settlement|agreement|accord|pact|memorandum|undertaking",
            object="with",
        ),
        P(
            "Agreement",
            "@ratify|approve|endorse ~4 contract|agreement|deal|settlement|accord",
            object="with",
        ),
        P("Agreement", "@give ~2 approval ~2 to|for", object="with"),
        P("Agreement", "@vote to ratify|approve|accept|endorse", object="with"),
    ),
    "ShareholderVote": (
        P(
            "ShareholderVote",
            "shareholder|shareholders|stockholder|stockholders|investors *8 "
            "@vote|approve|reject|back|ratify|endorse|support|oppose",
            agent="start",
            priority=3,
        ),
        P(
            "ShareholderVote",
            "shareholder|shareholders|stockholder|stockholders in|of|at ~4 =, *20 =, "
            "@vote|approve|reject|back|ratify|endorse|support|oppose",
            agent="start",
            priority=3,
        ),  # "Shareholders in Zeta, the Swedish maker of ..., voted on Wednesday to ..."
        P("ShareholderVote", "@vote ~3 shareholder proposal|resolution", priority=3),
        P("ShareholderVote", "shareholder @proposal|resolution", agent="owner", weight=0.6),
    ),
    "Investigation": (
        P("Investigation", "@look into", weight=0.8, object="into"),
        P(
            "Investigation",
            "@make|making inquiry|enquiry into|with|about",  # "making" is a noun stem too
            object="into|with|about",
            voice="fixed",
            priority=1,
        ),
        P(
            "Investigation",
            "under @investigation|scrutiny|probe|inquiry|examination",
            agent="by",
            object="subject",
            voice="fixed",
        ),
        P("Investigation", "@investigate"),
        P("Investigation", "be @probe", agent="by", object="subject", voice="fixed"),
        P("Investigation", f"@{_INQUIRY} by", agent="by", object="into|of|against"),
        P(
            "Investigation",
            f"target of ~3 @{_INQUIRY}",
            agent="owner",
            object="subject",
            voice="fixed",
        ),
        P("Investigation", f"@{_INQUIRY} into", agent="owner", object="into", weight=0.5),
    ),
    "InvestigationOpened": (
        P(
            "InvestigationOpened",
            "@form|set|appoint|establish|create|constitute ~4 committee|panel|team|taskforce|"
            "force|board ~2 to investigate|probe|examine|investigate",
            object="after",
            priority=2,
        ),  # "formed a three-member committee to investigate whether Zeta breached the rules"
        P(
            "InvestigationOpened",
            "@begin|start|commence =investigating|=probing",
            object="after",
            priority=1,
        ),
        P(
            "InvestigationOpened",
            "@announce|confirm|disclose|reveal that? ~3 be =investigating|=probing",
            object="after",
            priority=1,
        ),
        P(
            "InvestigationOpened",
            f"@open|launch|begin|start|initiate|commence|institute|announce|order ~5 {_INQUIRY}",
            object="into|against|of|on",
            priority=1,
        ),
        P(
            "InvestigationOpened",
            "@open|launch|initiate|register ~2 case|docket",
            non_authority="",
            object="against|into|on",
            priority=1,
        ),
        P(
            "InvestigationOpened",
            f"{_INQUIRY} @begin|start|open|launch",
            agent="owner",
            object="none",
            voice="fixed",
            priority=1,
        ),
    ),
    "InvestigationFinding": (
        P(
            "InvestigationFinding",
            "@find|conclude|determine|rule|establish that",
            non_authority="",
            object="none",
        ),
        P(
            "InvestigationFinding",
            "@find|conclude ~4 have|be|do|fail|breach|break|violate|contravene|act|"
            "rely|ignore|mislead|misuse|neglect|should|could|would|must|can|will",
            non_authority="",
            object="none",
            by_police=False,
        ),  # the "that" left out: "the ombudsman found the council had failed to ..."
        P("InvestigationFinding", "@fine|penalize|penalise|sanction|censure", non_authority=""),
        P(
            "InvestigationFinding",
            "@impose|levy|issue|announce|obtain|assess|slap|hand ~3 fine|penalty|"
            "penalties|sanction|sanctions|order|orders",
            non_authority="",
            object="against|on|with",
        ),
        P(
            "InvestigationFinding",
            "@slam|hit|slap ~4 with ~5 fine|penalty|penalties|sanction|sanctions",
            non_authority="",
        ),  # "the commission slammed Zeta with a N1 trillion fine"
        P(
            "InvestigationFinding",
            "@announce|take|bring|file ~2 enforcement action|actions",
            object="against",
        ),
        P("InvestigationFinding", "@find|found ~3 guilty|liable|responsible", weight=0.7),
        P(
            "InvestigationFinding",
            "@uphold ~4 complaint|complaints|grievance",
            non_authority="",
            object="none",
        ),  # "the Chief Ombudsman has upheld a complaint by a newspaper about ..."
        P(
            "InvestigationFinding",
            "the @finding|findings|ruling of|by",
            agent="of|by",
            object="none",
            voice="fixed",
            non_authority="",
        ),  # "follows the finding of the Fair Trade Commission on May 6 that ..."
        P(
            "InvestigationFinding",
            "@breach|violate|contravene|infringe|flout",
            agent="speaker",
            object="subject",
            voice="fixed",
            non_authority="",
            noun=False,
        ),
        P(
            "InvestigationFinding",
            "@release|publish|issue|unveil|present|deliver ~3 findings|ruling|verdict",
            non_authority="ReportRelease",
            priority=1,
        ),
    ),
    "ReviewAnnounced": (
        P(
            "ReviewAnnounced",
            "will|would|to @=review|=audit|=reassess|=reconsider|=reevaluate|=examine|=reexamine",
        ),
        P(
            "ReviewAnnounced",
            "@announce *4 that ~5 would|will =review|=audit|=reassess|=reconsider|=reevaluate|"
            "=examine|=reexamine",
            priority=1,
        ),
        P(
            "ReviewAnnounced",
            "@announce|launch|order|begin|start|conduct|undertake|commission|"
            "initiate|open|hold ~3 review|audit|consultation|reassessment|evaluation",
            object="of|into|on",
        ),
        P(
            "ReviewAnnounced",
            "@announce|launch|order|commission on|this|last|earlier ~2 =,? ~3 "
            "review|audit|reassessment|evaluation",
            object="of|into|on",
        ),  # "announced on Thursday an independent review of its plan"
        P(
            "ReviewAnnounced",
            "@hire|engage|appoint|retain|commission|instruct *8 to conduct|carry|lead|"
            "undertake|perform|head ~3 review|audit",
            object="of|into|on",
            priority=1,
        ),
        P(
            "ReviewAnnounced",
            "@announce|order|launch|establish|set|call|commission|institute|confirm|begin|start ~3 "
            f"{_PUBLIC_INQUIRY} =,? ~3 inquiry|enquiry",
            object="into|of|on",
            priority=2,
        ),  # a government's "judicial inquiry into the stampede" reviews; a regulator's
        # "formal inquiry" is an InvestigationOpened
        P(
            "ReviewAnnounced",
            f"@announce|confirm|say *2 there will|would be ~3 {_PUBLIC_INQUIRY} ~3 "
            "inquiry|enquiry|review",
            object="into|of|on",
            priority=2,
        ),  # "has confirmed there will be an independent public inquiry into ..."
        P(
            "ReviewAnnounced",
            "@hire|engage|appoint|retain|commission|instruct *8 to =review|=audit|=reassess|"
            "=reexamine",
            object="none",
            priority=1,
        ),  # "has appointed an audit firm to review all its security contracts"
        P(
            "ReviewAnnounced",
            "@announce *3 that ~6 will|would lead|conduct|head|chair|carry ~3 review|audit",
            object="of|into|on",
            priority=1,
        ),
    ),
    "Arrest": (
        P("Arrest", "@arrest|detain|apprehend|nab", noun=False),
        P("Arrest", "@take ~3 into ~2 custody"),  # "taken into temporary custody"
        P("Arrest", "@arrest|arrests of", agent="owner", object="of"),
        P("Arrest", "@make ~2 arrest|arrests", object="none"),
    ),
    "PoliceContact": (
        P(
            "PoliceContact",
            "@stop|question|search|visit|contact|interview|confront|approach|pull|"
            f"identify|frisk|handcuff|tase|taser ~2 by {_POLICE}",
            agent="by",
            object="subject",
            voice="fixed",
            priority=1,
        ),
        P(
            "PoliceContact",
            f"{_POLICE} be @call|summon|dispatch",
            agent="start",
            object="to",
            voice="fixed",
        ),
        P(
            "PoliceContact",
            f"{_POLICE} in|from? ~2 @stop|question|search|visit|contact|interview|confront|"
            "approach|frisk|handcuff|tase|pull",
            agent="start",
            voice="fixed",
        ),
    ),
    "Theft": (
        P("Theft", "@steal|rob|loot|embezzle|pilfer"),
        P("Theft", "@make off|away with", object="with"),  # "made off with goods worth Sh23m"
        P("Theft", "@break into", object="into", weight=0.7),  # "broke into a warehouse"
        P("Theft", "@theft|robbery|heist|burglary|thefts of|from", agent="owner", object="of|from"),
        P(
            "Theft",
            "theft|robbery|heist|burglary|hack|breach|intrusion ~2 @take|occur|happen",
            agent="none",
            object="none",
            voice="fixed",
        ),
        P("Theft", "@gain|get|obtain ~2 access to", object="to", weight=0.7),
        P(
            "Theft",
            "be @=taken",
            agent="none",
            object="subject",
            voice="fixed",
            context="theft|thefts|robbery|robberies|burglary|burglaries|raid|heist|thief|thieves|"
            "robber|robbers|burglar|burglars|break-in|steal|loot",
        ),
        P("Theft", "@hack into|hack", object="after", weight=0.7),
        P(
            "Theft",
            "@copy|download|exfiltrate|access|steal|take|scrape|extract ~4 "
            "data|records|files|information|details|database|databases|emails",
            context=_INTRUSION,
            weight=0.8,
        ),
        P(
            "Theft",
            "data|records|files|information|details ~4 be @copy|access|steal|exfiltrate|"
            "download|take|scrape|extract",
            agent="none",
            object="subject",
            voice="fixed",
            context=_INTRUSION,
            weight=0.8,
        ),
        P(
            "Theft",
            "thief|thieves|burglar|burglars|robber|robbers|raider|raiders "
            "@cut|strip|remove|take|grab|snatch|empty|make|carry|drive",
            agent="start",
            object="after",
            voice="fixed",
        ),
        P(
            "Theft",
            "thief|thieves|burglar|burglars|robber|robbers|raider|raiders @break|force|smash",
            agent="start",
            object="into",
            voice="fixed",
        ),
    ),
    "ComplaintFiled": (
        P(
            "ComplaintFiled",
            "@file|lodge|submit|launch|bring|make ~3 complaint|complaints|grievance",
            object="against",  # "with the regulator" is whom it went to
            priority=1,
        ),
        P("ComplaintFiled", "@complain to", object="to"),
        P(
            "ComplaintFiled",
            "@take ~3 matter|case|complaint|complaints|grievance to ~2 ombudsman|watchdog|"
            "regulator|commissioner|commission",
            object="none",
            priority=1,
        ),  # "Mr X took the matter to the ombudsman"
        P(
            "ComplaintFiled",
            "complaint|complaints @lodge|file|submit|make",
            agent="by",
            object="against",
            voice="fixed",
        ),
    ),
    "LawsuitFiled": (
        P("LawsuitFiled", "@sue"),
        P(
            "LawsuitFiled",
            "@file|lodge|submit ~3 complaint|petition|application ~4 in|with|at|before ~5 "
            "court|tribunal",
            object="against",
            priority=2,
        ),  # "filed the complaint in Varne County Superior Court", "an application for
        # judicial review in the Supreme Court": a case in court, not a complaint to a body
        P(
            "LawsuitFiled",
            "complaint|lawsuit|suit|petition|claim @file|lodge|bring in|with|at|before ~3 "
            "court|tribunal",
            agent="by|modifier",
            object="none",
            voice="fixed",
            priority=2,
        ),  # "In a complaint filed in state court, Attorney General Ann Lee accused Zeta"
        P(
            "LawsuitFiled",
            "@file|launch|bring|lodge|initiate|start ~5 lawsuit|lawsuits|suit|action|"
            "claim|injunction|petition|case",
            object="against",
        ),
        P(
            "LawsuitFiled", "@raise =the|=its|=an|=a|=their ~1 action|summons", object="against"
        ),  # Scots law: "raised the action at the Court of Session"
        P(
            "LawsuitFiled",
            "@file|lodge ~3 application|motion in|with|before|at ~3 court",
            object="against",
        ),  # "filed an application in Quebec Superior Court" (to bring a class action)
        P("LawsuitFiled", "@take ~3 to court"),
        P(
            "LawsuitFiled",
            "@commence|launch|bring|file|institute|start|begin|initiate ~3 "
            "court|civil|legal proceedings",
            object="against",
            priority=2,
        ),
        P(
            "LawsuitFiled",
            "@commence|launch|bring|file|institute|start|begin|initiate ~3 proceedings "
            "in|before|at ~3 court|tribunal",
            object="against",
            priority=2,
        ),
    ),
    "ChargesDismissed": (
        P(
            "ChargesDismissed",
            "be @clear|acquit by ~2 judge|court|magistrate|jury|justice|tribunal",
            agent="by",
            object="subject",
            voice="fixed",
            priority=1,
        ),  # "ten protesters were cleared by a judge"
        P(
            "ChargesDismissed",
            f"@dismiss|throw|toss|quash|strike ~5 {_CHARGES}",
            priority=1,
            noun=False,
            prosecution="ChargesDropped",
        ),
        P(
            "ChargesDismissed",
            "@discharge|acquit ~2 defendant|defendants|accused",
            object="after",
            priority=1,
            noun=False,
        ),  # "the judge discharged the defendants"
        P(
            "ChargesDismissed",
            "@discharge|acquit|clear *6 of ~3 charge|count|offence|crime|wrongdoing",
            object="after",
            priority=1,
            noun=False,
        ),
        P(
            "ChargesDismissed",
            f"{_CHARGES} *4 , *10 , be @dismiss|throw|toss|quash",
            agent="by",
            object="subject",
            voice="fixed",
            priority=1,
        ),
        P(
            "ChargesDismissed",
            f"{_CHARGES} *8 be @dismiss|throw|toss|quash",
            agent="by",
            object="subject",
            voice="fixed",
            priority=1,
        ),
    ),
    "ChargesDropped": (
        P(
            "ChargesDropped",
            f"@drop|withdraw|stay|abandon|discontinue ~5 {_CHARGES}",
            priority=2,
            noun=False,
        ),
        P("ChargesDropped", f"not to? @proceed with ~3 {_CHARGES}", negated=True, priority=2),
        P("ChargesDropped", "@offer no evidence", priority=2),
        P(
            "ChargesDropped",
            f"{_CHARGES} *10 be ~1 @drop|withdraw|stay|abandon|discontinue",
            agent="by",
            object="subject",
            voice="fixed",
        ),
    ),
    "RecordExpungement": (
        P("RecordExpungement", "@expunge"),
        P("RecordExpungement", f"@seal|destroy|delete|purge|erase ~4 {_RECORD}"),
        P(
            "RecordExpungement",
            f"{_RECORD} *4 be @seal|destroy|delete|purge|erase|expunge",
            agent="by",
            object="subject",
            voice="fixed",
        ),
    ),
    "Statement": (
        P("Statement", "@issue|release|publish|put ~2 statement|release", weight=0.9),
        P(
            "Statement",
            "@dismiss|reject|rebuff|spurn|refuse ~3 apology|apologies",
            object="by|from",
            priority=1,
        ),  # "Senator Ann Lee has dismissed the apology rendered by the minister"
        P(
            "Statement",
            f"statement|release *4 @{_SAY}|read",
            agent="owner",
            object="none",
            weight=0.9,
        ),
        P(
            "Statement",
            "@announce|declare ~2 resignation|retirement|departure|candidacy",
            weight=0.9,
            priority=1,
        ),
        P(
            "Statement",
            "@announce|declare|publish|issue ~2 decision|ruling",
            weight=0.9,
            priority=1,
            authority="InvestigationFinding",
        ),  # a regulator's decision closes its case: "UOKiK announced its decision on Monday"
        P(
            "Statement",
            "decision|ruling =,? @announce|publish|issue",
            agent="by",
            object="none",
            voice="fixed",
            priority=1,
            authority="InvestigationFinding",
            non_authority="",
        ),  # "The decision, announced by the competition office on Monday, ..."
        P("Statement", "@resign", object="none", weight=0.8),
        P("Statement", "@step down", object="none", weight=0.8),
        P("Statement", f"@{_SAY}", object="none", weight=0.3),
        P(
            "Statement",
            "@deny|reject|dispute ~3 wrongdoing|allegation|allegations|accusation|accusations|"
            "claim|claims|finding|findings|liability",
            object="none",
            weight=0.6,
        ),
        P(
            "Statement",
            "@defend ~3 decision|product|products|system|systems|practice|practices|record|"
            "conduct|policy|move|action|actions|handling|technology|ruling|performance|"
            "officers|officer|staff|employees|response|investigation|approach|deal|plan|law|"
            "bill|measure|measures|changes|pricing|comments|remarks",
            object="none",
            weight=0.6,
            noun=False,
        ),  # "Acme defended its product on Thursday"
        P("Statement", "@describe *6 as", object="none", weight=0.5, noun=False),
        P("Statement", "@deny|dispute that", object="none", weight=0.6, noun=False),
    ),
    "Admission": (
        P("Admission", "@admit|acknowledge|concede|confess", priority=1),
        P("Admission", "@take|accept|assume|bear ~2 responsibility|blame", performative=True),
        P("Admission", "@plead guilty", priority=1),
    ),
    "Apology": (
        P("Apology", "@apologize", object="to|for", performative=True),
        P(
            "Apology",
            "@issue|offer|make|extend|publish|post|pen|write|send|tender|deliver ~2 "
            "apology|apologies",
            object="to|for",
        ),
        P("Apology", "@say|be ~2 sorry", object="none", performative=True, priority=1),
        P("Apology", "@take ~2 step|steps of apologize", object="for"),  # "took the rare step"
        P(
            "Apology",
            "@receive|get|win|obtain ~3 apology|apologies from",
            agent="from",
            object="subject",
            voice="fixed",
        ),  # "Ann Ito has received an apology from the police": the police apologised
    ),
    "ApologyDemand": (
        P(
            "ApologyDemand",
            "@demand|want|seek|request|call|urge ~3 apology",
            object="from",
            priority=2,
        ),
        P("ApologyDemand", "@demand|insist *4 that ~5 apologize", object="that", priority=3),
        P(
            "ApologyDemand",
            "@want|seek|demand|urge|ask|call|press|tell|challenge *10 to issue|make|publish|"
            "offer|give|tender|render|extend ~4 apology|apologies",
            object="none",
            priority=2,
        ),
        P(
            "ApologyDemand",
            "be @order|direct|tell|ask|urge|require|press ~3 to ~2 apologize ~10 by",
            agent="by",
            object="subject",
            voice="fixed",
            priority=3,
        ),  # "has been ordered to apologise by the Chief Ombudsman for breaching the act"
        P("ApologyDemand", "@ask|press ~5 for ~3 apology", object="after"),
        P(
            "ApologyDemand",
            "@call|urge|ask|press|want|tell|challenge|order|direct|instruct *8 to ~2 apologize",
            object="on|for",
            priority=3,
        ),
        P(
            "ApologyDemand",
            "@call|urge|ask|press|want|tell|challenge *8 to ~2 say sorry",
            object="on|for",
            priority=3,
        ),
        P(
            "ApologyDemand",
            '@owe ~5 "|“? ~6 apology|apologies',
            agent="speaker",
            object="subject",
            voice="fixed",
            performative=True,
            priority=3,
        ),
        P(
            "ApologyDemand",
            "should|must @apologize",
            agent="speaker",
            object="subject",
            voice="fixed",
            performative=True,
            priority=3,
        ),
    ),
    "ReportRelease": (
        P(
            "ReportRelease",
            "@release|publish|issue|unveil|present|announce|post|reveal|disclose|submit|table ~3 "
            "report|study|audit|result|results|finding|findings|analysis|survey|cause|reason|"
            "conclusion|conclusions",
            authority="InvestigationFinding",
            object="after",
        ),
        P(
            "ReportRelease",
            "report|study|audit|analysis|survey|investigation|probe|review *12 "
            "@find|show|conclude|establish|reveal|determine|indicate",
            agent="owner",
            authority="InvestigationFinding",
            object="none",
            voice="fixed",
        ),
        P(
            "ReportRelease",
            "report|study|audit|analysis|survey =,? @release|publish|issue|post|submit",
            agent="by|modifier",
            object="none",
            voice="fixed",
        ),
        P(
            "ReportRelease",
            "report|study|audit|analysis|survey by *4 =, @release|publish|issue|post|submit",
            agent="by|modifier",
            object="none",
            voice="fixed",
        ),
    ),
    "OpEdPublished": (
        P("OpEdPublished", "in a|an ~2 @op|column|editorial|essay", object="none"),
        P(
            "OpEdPublished",
            "@write|pen|publish|author *3 op|op-ed|column|essay|editorial|commentary",
            object="none",
            priority=1,
        ),
        P(
            "OpEdPublished",
            "@write|pen|publish|author ~2 opinion piece|article|column",
            object="none",
            priority=1,
        ),
        P(
            "OpEdPublished",
            "@write|pen|publish|sign|release ~2 open letter",
            object="none",
            priority=1,
        ),
    ),
}
"""Event type -> the patterns that report it (the registry)."""


def iter_patterns() -> list[tuple[str, EventPattern]]:
    """Every pattern with a stable key (``Type:index``), in registry order.

    >>> iter_patterns()[0][0]
    'Withdrawal:0'
    """
    return [
        (f"{event_type}:{index}", pattern)
        for event_type, patterns in EVENT_PATTERNS.items()
        for index, pattern in enumerate(patterns)
    ]


@lru_cache(maxsize=1)
def pattern_vocabulary() -> frozenset[str]:
    """Every stem the patterns name: the stemmer maps inflections onto these words.

    >>> "cease" in pattern_vocabulary() and "investigation" in pattern_vocabulary()
    True
    """
    found: set[str] = set()
    for _, pattern in iter_patterns():
        for item in pattern.pattern.split():
            item = item.lstrip("@").rstrip("?")
            if item.startswith(("~", "=", "*")):
                continue
            found.update(item.split("|"))
        found.update(pattern.context.split("|") if pattern.context else ())
    found.update({"statement", "police", "investigation", "say", "report", "arrest"})
    return frozenset(found)


_ASIDE_GAP = 4
"""Gaps of at least this many words may also hold one parenthesis (see ``compile_variants``)."""
_ASIDE_WORDS = 6
"""The most words a parenthesis inside a gap may hold ("($236 million)", "(about €2m)")."""


def compile_variants(pattern: str) -> list[list[dict[str, Any]]]:
    """The ``Matcher`` token patterns of one pattern-language string, and its asides.

    The string itself, and the string with a parenthesis inside one of its long gaps. A
    gap never crosses a bracket (a bracket most often closes a clause of its own), but news
    puts short asides inside the noun phrases the long gaps span: "suspended a 2.4 billion
    crown ($236 million) contract", "filed a 50 million rand (about $2.7 million) lawsuit".
    Each variant lets one such gap hold one whole parenthesis of a few words right after
    its own words, and at most three words after it.

    >>> len(compile_variants("@sue ~2 over")), len(compile_variants("@suspend ~10 contract"))
    (1, 2)
    >>> compile_variants("@suspend ~10 contract")[1][2:5]
    [{'ORTH': '('}, {'LOWER': {'NOT_IN': ['(', ')']}, 'OP': '{1,6}'}, {'ORTH': ')'}]
    """
    base = compile_pattern(pattern)
    variants = [base]
    for index, raw in enumerate(pattern.split()):
        if not raw.startswith("~") or int(raw[1:]) < _ASIDE_GAP:
            continue
        aside = [
            {"ORTH": "("},
            {"LOWER": {"NOT_IN": ["(", ")"]}, "OP": f"{{1,{_ASIDE_WORDS}}}"},
            {"ORTH": ")"},
            {**base[index], "OP": "{0,3}"},
        ]
        variants.append([*base[: index + 1], *aside, *base[index + 1 :]])
    return variants


def compile_pattern(pattern: str) -> list[dict[str, Any]]:
    """The spaCy ``Matcher`` token pattern of one pattern-language string.

    >>> compile_pattern("no longer @offer|sell?")
    [{'LEMMA': 'no'}, {'LEMMA': 'longer'}, {'LEMMA': {'IN': ['offer', 'sell']}, 'OP': '?'}]
    """
    compiled: list[dict[str, Any]] = []
    for raw in pattern.split():
        item = raw.lstrip("@")
        if item.startswith("~"):
            excluded = _FILLER_EXCLUDED + _NP_ENDERS
            compiled.append({"LOWER": {"NOT_IN": excluded}, "OP": f"{{0,{int(item[1:])}}}"})
            continue
        if item.startswith("*"):
            compiled.append({"LOWER": {"NOT_IN": _FILLER_EXCLUDED}, "OP": f"{{0,{int(item[1:])}}}"})
            continue
        optional = item.endswith("?") and len(item) > 1
        item = item.rstrip("?") if optional else item
        exact = [word[1:] for word in item.split("|") if word.startswith("=")]
        stems = [word for word in item.split("|") if not word.startswith("=")]
        token: dict[str, Any]
        if exact and not stems:
            token = {"LOWER": exact[0] if len(exact) == 1 else {"IN": exact}}
        elif exact:
            token = {"LEMMA": {"IN": stems + exact}}
        else:
            token = {"LEMMA": stems[0] if len(stems) == 1 else {"IN": stems}}
        if optional:
            token["OP"] = "?"
        compiled.append(token)
    return compiled
