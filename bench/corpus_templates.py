"""Sentence templates for the synthetic corpus: headlines, event sentences, filler, chrome.

A template is text with ``{slot}`` fields (filled from a story's cast) and ``[a|b|c]``
alternations (one chosen at random), so each line below stands for several sentences.
The event sentences are written the way news reports them and the way newskg's event
patterns (kg/extract/event_patterns.py) read them: "X said on Monday it would pull out of
Brazil", "the regulator opened an investigation into X", "police arrested Y".
"""

from __future__ import annotations

import random
import re

_ALTERNATION = re.compile(r"\[([^\[\]]*)\]")


def render(template: str, slots: dict[str, str], rng: random.Random) -> str:
    """The template with each ``[a|b]`` replaced by one choice and ``{slot}`` filled."""
    text = _ALTERNATION.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    return text.format(**slots)


def sentence_case(text: str) -> str:
    """The text with its first letter capitalised ("the Netherlands said" opening it)."""
    return text[:1].upper() + text[1:]


STORY_KINDS = (
    "exit",
    "recall",
    "investigation",
    "arrest",
    "lawsuit",
    "contract",
    "fine",
    "breach",
)

HEADLINES: dict[str, tuple[str, ...]] = {
    "exit": (
        "{A_short} to [exit|quit|pull out of] {country}, [close|shut] {n} [stores|sites|offices]",
        "{A} [will stop|to stop|ends] offering its {product} in {country}",
        "{A_short} [leaves|quits|abandons] {adj} market after {years} years",
        "{A_short} [pulls the plug on|winds down] {country} business [amid|citing] weak demand",
        "Why {A_short} is giving up on {country}",
        "{A_short} exit [leaves|puts] {n} {adj} jobs [in doubt|at risk]",
    ),
    "recall": (
        "{A_short} recalls {n},000 {units} over [fire|injury|safety] risk",
        "{A} [issues|announces] recall of {product} in {country}",
        "[Safety regulator flags|Regulators flag] {A_short} {product} as {A_short} recalls {units}",
        "{A_short} {product} recall widens to {country}",
        "What owners of {A_short} {product} need to know about the recall",
    ),
    "investigation": (
        "{R_acr} opens [probe|investigation|inquiry] into {A_short}",
        "{adj} regulator [investigates|probes] {A} over {practice}",
        "{A_short} under investigation in {country} over {practice}",
        "{R} [launches|begins] inquiry into {A_short}'s {practice}",
        "{A_short} says it will cooperate with {R_acr} [probe|inquiry]",
    ),
    "arrest": (
        "{V_age}-year-old [arrested|charged] after [theft|break-in] at {A_short} [warehouse|depot]",
        "{P_short} arrest suspect in {A_short} [theft|fraud] case",
        "Man arrested [over|in connection with] {A_short} [cargo|parcel] thefts in {city}",
        "[Charges dropped|Case dropped] against {V} in {A_short} theft case",
        "{city} police [make arrest|detain suspect] in [warehouse|depot] [theft|break-in]",
    ),
    "lawsuit": (
        "{G} sues {A_short} over {practice}",
        "{A} [faces|hit with] class action over {product}",
        "Customers [take|are taking] {A_short} to court over {product}",
        "{A_short} sued in {country} over {practice}",
        "Lawsuit [claims|alleges] {A_short} misled {adj} customers",
    ),
    "contract": (
        "{B_short} cancels contract with {A_short}",
        "{A_short} loses {B_short} contract [worth|valued at] {amount}",
        "{B} [drops|scraps|ends] {A_short} deal [amid|after] [delays|complaints|review]",
        "{A_short} and {B_short} part ways as contract is [terminated|cancelled]",
    ),
    "fine": (
        "{R_acr} fines {A_short} {amount} over {practice}",
        "{A} [hit with|handed] {amount} penalty by {adj} regulator",
        "Regulator finds {A_short} [broke|breached] {adj} consumer law",
        "{A_short} to pay {amount} after {R_acr} [ruling|finding]",
    ),
    "breach": (
        "{A_short} apologises after data breach [exposes|hits] {n},000 customers",
        "Hackers [stole|took] customer data from {A_short}, company says",
        "{A} [admits|confirms] breach, offers apology to {adj} customers",
        "{A_short} data breach: what [we know|customers should do]",
    ),
}

EVENTS: dict[str, tuple[str, ...]] = {
    "exit": (
        "{A} said {when} it would [pull out of|withdraw from|exit] {country} and close all {n} of "
        "its [stores|sites|offices] there by the end of {month}.",
        "{A} will cease offering its {product} in {country}, the company [said|announced] {when}.",
        "{A_short} [has stopped|stopped] selling its {product} in {country} after {years} years "
        "in the [country|market].",
        "[Citing|Blaming] {reason}, {A_short} said {when} that it would exit the {adj} market.",
        "{A_short} plans to leave the {adj} market [by {month}|early next year|within months], "
        "[according to|said] a person familiar with the decision.",
        "The [company|group|firm] will wind down its operations in {country} over the next {n2} "
        "months, {S}, a {S_role}, said.",
        "{A_short} [is pulling|has pulled|will pull] its {product} from stores in {country}.",
        "{A} announced {when} that it was ending its business in {country}[, where it has "
        "about {n} employees|].",
        "[After|Following] a strategic review, {A_short} said it would halt its operations in "
        "{country}.",
        "{A_short} [becomes|is] the latest foreign [company|retailer|group] to leave {country}, "
        "saying {when} it would withdraw from the country entirely.",
        "{A_short} will no longer offer its {product} in {country} from {month}, it said.",
        "{A} [said|confirmed] it [will|would] shut its operations in {country}[ by {month}|].",
    ),
    "recall": (
        "{A} is recalling about {n},000 {units} sold in {country} because they can "
        "[overheat|catch fire|break], the company said {when}.",
        "{A_short} [recalled|has recalled|will recall] {n},000 {units} after {n2} reports of "
        "[burns|injuries|fires].",
        "The {R} said {when} that {A_short} would recall the {units} and offer refunds.",
        "{A_short} [announced|began] a voluntary recall of {n},000 {units} {when}.",
        "Owners of the affected {units} should stop using them, {A_short} said as it recalled "
        "the products {when}.",
        "{A} [has pulled|pulled] its {product} from store shelves in {country} [and|while] "
        "it investigates the [fault|defect].",
        "{A_short} said it would recall every {units_one} made between {month} and {month2}.",
        "The recall covers about {n},000 {units} sold in {country} and {country2}, {A_short} said.",
        "{A_short} recalled {n},000 {units} in {country} {when} after the {R_acr} "
        "[raised concerns|received complaints].",
    ),
    "investigation": (
        "The {R} ({R_acr}) opened an investigation into {A} {when}, [citing|over] {practice}.",
        "{R} said {when} it had [launched|begun|started] a [probe|formal inquiry|investigation] "
        "into {A_short}'s {practice}.",
        "[Officials at|Investigators from] the {R} launched an investigation into {A} "
        "after [complaints from customers|a media report|a whistleblower's tip].",
        "The {R_acr} [has ordered|ordered] an investigation into {A_short} over {practice}, "
        "{R_person}, who leads the agency, said {when}.",
        "{A} is under investigation by the {R} over {practice}.",
        "{A_short} said it was cooperating with the {R_acr}, which opened an inquiry into the "
        "company {when}.",
        "The {R_acr} is investigating whether {A_short} [broke|breached] {adj} consumer law.",
        "{R} investigators began an inquiry into {A_short} {when}, the agency said.",
        "{R_person}, head of the {R_acr}, said the agency had opened an investigation into "
        "{A_short} and would [report|publish findings] [by {month}|next year].",
    ),
    "arrest": (
        "{P} arrested {V}, {V_age}, {when} in connection with the theft of {n} [parcels|"
        "pallets|laptops] from a {A_short} [warehouse|depot] in {city}.",
        "[Police|Officers] [arrested|detained] {V} at a home in {city} {when}, "
        "{P_short} said in a statement.",
        "{V}, {V_age}, was arrested {when} and charged with [theft|fraud|burglary].",
        "Officers took {V} into custody {when} after a [tip|search|traffic stop], police said.",
        "{P} said {when} it had arrested a {V_age}-year-old [man|woman] over the [thefts|"
        "break-in] at {A_short}.",
        "Detectives detained {V} {when} [after|following] a [months-long|two-week] "
        "investigation, [the police said|police said].",
        "Police said someone stole {n} [parcels|laptops|phones] from the {A_short} [depot|"
        "warehouse] in {city} {when}.",
        "Prosecutors later dropped the charges against {V}, citing a lack of evidence.",
        "A judge dismissed the case against {V} {when}, [saying|ruling] the search had been "
        "unlawful.",
    ),
    "lawsuit": (
        "{G} filed a lawsuit against {A} in {court} {when}, alleging {practice}.",
        "{G} sued {A_short} {when}, [claiming|alleging] the company [misled customers|hid "
        "defects|broke consumer law].",
        "A group of {adj} customers [has sued|sued] {A} over its {product}, [seeking|asking for] "
        "{amount} in damages.",
        "[Lawyers for|Attorneys representing] {n},000 customers filed a class action against "
        "{A_short} in {court} {when}.",
        "{G} [has filed|filed] a complaint against {A_short} with the {R}, [saying|arguing] "
        "its {product} [are|were] unsafe.",
        "The lawsuit, filed {when} in {court}, accuses {A_short} of {practice}.",
        "{G} [said|announced] {when} it would take {A_short} to court over {practice}.",
        "{A_short} was sued {when} by {G}, which says the company [hid|ignored] [defects|"
        "complaints] for years.",
    ),
    "contract": (
        "{B} cancelled its contract with {A} {when}, [citing|after] {reason}.",
        "{B_short} [has terminated|terminated] a {amount} [deal|contract] with {A_short}, "
        "the [company|agency] said {when}.",
        "{B} said {when} it had suspended its contract with {A_short} [pending a review|"
        "while it reviews the service].",
        "The contract between {A_short} and {B_short} was cancelled {when}, "
        "[both companies said|a spokesperson said].",
        "{B_short} [will end|ended] its partnership with {A_short} [at the end of {month}|"
        "immediately], it said.",
        "{A} signed a new contract with {C_org} {when} to replace the lost business.",
        "{A_short} said it had reached an agreement with {B_short} to wind down the service "
        "[by {month}|over {n2} months].",
    ),
    "fine": (
        "The {R} ({R_acr}) fined {A} {amount} {when} over {practice}.",
        "{R_acr} found that {A_short} had [broken|breached] {adj} consumer law and imposed a "
        "fine of {amount}.",
        "The {R} [issued|imposed] a {amount} penalty against {A_short} {when}.",
        "Regulators concluded that {A_short} [misled|overcharged] customers, the {R_acr} said "
        "in a report published {when}.",
        "{A} agreed to pay {amount} to settle the {R_acr} case, [without admitting|and "
        "admitted] wrongdoing.",
        "The {R_acr} published a report {when} that found {A_short} had ignored [warnings|"
        "complaints] for years.",
        "{R_person}, who chairs the {R_acr}, said the fine [sent|should send] a message to "
        "the industry.",
    ),
    "breach": (
        "Hackers stole the personal data of about {n},000 {A_short} customers {when}, "
        "the company said.",
        "{A} apologised to customers {when} [for|over] the data breach.",
        "{X_role} {X} apologized for the breach, saying the company had [let customers down|"
        "failed its customers].",
        "{A_short} issued a statement {when} saying that [names, emails and addresses|payment "
        "details] [had been|were] [taken|exposed].",
        "The {R} said {when} it had opened an investigation into the {A_short} breach.",
        "{A_short} admitted that it had [missed|ignored] warnings about the flaw.",
        "Attackers gained access to {A_short}'s customer database in {month}, [the company "
        "said|according to the company].",
        "{A} issued an apology to the {n},000 customers affected and offered free credit "
        "monitoring.",
    ),
}

SECONDARY: tuple[str, ...] = (
    "{A} issued a statement {when} saying it [regretted|was sorry for] the disruption.",
    "In a statement released {when}, {A_short} said it [remained committed to|would keep "
    "investing in] its other markets.",
    "{X_role} {X} said in a statement that the decision had been [difficult|painful|necessary].",
    "{A_short} apologised to customers [for the inconvenience|for the delays] and said "
    "refunds would be [paid|processed] within {n2} weeks.",
    "{G} filed a complaint with the {R} {when}, [saying|arguing] {A_short} had [misled|"
    "failed] customers.",
    "The {R} said it would review {A_short}'s [plans|conduct|filings].",
    "{U} said it had asked for a meeting with {A_short}'s management.",
    "{A_short} [said it had|has] reached an agreement with {U} on severance [pay|terms].",
    "{S}, a {S_role} for {A_short}, [said|told] the {outlet_short} the company would "
    "[cooperate fully|comment later|not comment further].",
    "{R_person} of the {R_acr} said the agency [was monitoring|would monitor] the situation.",
)

QUOTES: tuple[str, ...] = (
    '"We have tried many things to make this work, and we are proud of what our teams built," '
    "{X_role} {X} said [in a statement|on a call with analysts|in an interview].",
    '"This was not an easy decision," {X} said. "But we have to be honest about where we can win."',
    '"[Customers|Families|Shoppers] deserve better than this," said {G_person}, [a director|'
    "the president|a spokesperson] at {G}.",
    '"The surprise is not that they are [leaving|doing this], but that it took this long," '
    "said {Y}, an analyst at {Y_firm} in {city}.",
    '"We take these concerns seriously and are [cooperating fully|working closely] with the '
    'authorities," {S}, a {S_role} for {A_short}, said.',
    '"It is [a warning|a lesson|a signal] for the whole industry," said {Y} of {Y_firm}.',
    '"Our members want [guarantees on jobs|answers]," said {U_person}, the president of {U}.',
    '"We will look at all the evidence before reaching any conclusion," {R_person} told '
    "reporters {when}.",
    '"The numbers simply did not add up," {Y}, who covers the sector for {Y_firm}, said.',
    '"We apologize to everyone affected," {X} said. "We should have acted sooner."',
)

FILLER: tuple[str, ...] = (
    "{A_short}, which [was founded|started out] in {city2} in {founded}, [employs|has] "
    "about {n},000 people [worldwide|across {n2} countries] and reported revenue of "
    "{amount} last year.",
    "[Shares of|Stock in] {A_short} [rose|fell|slipped|jumped] {pct}% in [early|afternoon] "
    "trading in {city2}[, as investors welcomed the news|, the lowest in {n2} months|].",
    "{country} accounted for less than {pct}% of the group's sales, according to its "
    "[latest annual report|most recent filing].",
    "The [company|group] has been under pressure from investors to cut costs after {n2} "
    "[years|quarters] of falling profits.",
    "[Analysts|Industry watchers] said the move [reflected|showed] how hard it had become to "
    "[compete with local rivals|make money] in {country}, where [inflation has|a weak "
    "currency has|high interest rates have] squeezed consumers.",
    "{A_short}'s {product} [had been|were] [popular|widely used] in {country}, where the "
    "company [opened its first site|entered the market] in {founded2}.",
    "The [decision|move] [will affect|affects] about {n},000 [employees|workers|staff], and "
    "{A_short} said it would [pay severance above the legal minimum|help them find new "
    "jobs].",
    "{B} [had been|was] one of {A_short}'s [largest|oldest] [customers|partners] in the region.",
    "The {R} has [challenged|looked into] several [companies|deals] in the sector in the past "
    "{n2} years.",
    "{A_short} [declined to comment|did not respond to a request for comment] on the "
    "[figures|report] on {weekday}.",
    "[Earlier|Last] [this year|month], {A_short} [named|appointed] {X} as {X_role_lower}, "
    "[replacing|succeeding] a [founder|long-serving executive] who [retired|stepped aside].",
    "[The company|{A_short}] still operates in {country2} and {country3}, where it says "
    "[demand remains strong|sales grew last year].",
    "{G} has campaigned for [stricter rules|more oversight] of the sector since {founded2}.",
    "Consumer groups in {country} have [long complained|complained for years] about "
    "{practice} in the industry.",
    "The {adj} government [said|has said] it [would|will] [review the rules|consult on new "
    "rules] [later this year|next year].",
    "{A_short} [said|added] that [online orders|existing contracts|warranty claims] would be "
    "[honoured|handled] until the end of {month}.",
    "[According to {Y_firm}|Figures from {Y_firm} show that], the [market|sector] in "
    "{country} [grew|shrank] by {pct}% last year.",
    "The [company|group] has been [based|headquartered] in {city2} since {founded}.",
    "{X} [joined|took over at] {A_short} in {founded2} from a rival [firm|group] in {country2}.",
    "Rivals including {C_org} [are expected to|may] [benefit|pick up customers] from the "
    "[move|decision], analysts said.",
    "{A_short} [has|had] about {n2}% of the {adj} market, [according to|said] {Y_firm}.",
    "[Last year|In {founded2}], the company [settled|resolved] a [dispute|case] with "
    "{C_org} over [licensing fees|unpaid invoices].",
    "The [news|announcement] came [a day|a week|hours] after {A_short} [reported|posted] "
    "[weaker|better]-than-expected results for the [quarter|half year].",
    "{U} [represents|said it represents] about {n2},000 of the company's workers in {country}.",
    "[Some|Several] [lawmakers|officials] in {city} [called for|urged] [tougher|clearer] "
    "rules after the [announcement|reports].",
    "{Y} said the [figures|costs] were [manageable|significant] for a company of {A_short}'s size.",
    "The [company|group] [expects|said it expects] to [book|take] [restructuring|one-off] "
    "costs of about {amount} in the current quarter.",
    "{A_short} also [faces|is facing] questions in {country2} over {practice}.",
    "[Customers|Users] [who have questions|with concerns] can contact {A_short} [online|"
    "through its website|by phone], the company said.",
    "[In|By] {month}, {A_short} [had|said it had] [received|logged] {n2} "
    "[complaints|reports] from customers.",
)

SUBHEADS = (
    "What happens next",
    "A difficult market",
    "Regulatory questions",
    "Reaction",
    "Background",
    "What customers should know",
    "The numbers",
)

PRACTICES = (
    "misleading pricing",
    "the way it collects customer data",
    "hidden fees",
    "unsafe products",
    "its handling of customer complaints",
    "anti-competitive contracts",
    "late delivery claims",
    "its use of facial recognition",
)
REASONS = (
    "weak consumer demand",
    "a volatile currency",
    "high import duties",
    "rising costs",
    "repeated delays",
    "a change in strategy",
    "poor service",
)
WHEN = (
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on {date}",
    "last week",
    "earlier this week",
    "this week",
    "last month",
    "earlier this month",
    "on {date}",
)

NAV_LINES = (
    "Home | News | Business | Technology | World | Opinion",
    "Menu",
    "Search",
    "Subscribe",
    "Sign In",
    "Business > Companies",
    "Markets | Economy | Tech | Sport",
    "Skip to content",
)
SHARE_LINES = (
    "Share this article",
    "Share this:",
    "Share on Facebook",
    "Share on Twitter",
    "Copy link",
    "Email this story",
)
NEWSLETTER_LINES = (
    "Sign up for our daily newsletter to get the top business stories in your inbox.",
    "Get a daily digest of the top business stories, delivered to your inbox.",
    "Subscribe to our newsletter",
    "Never miss a story: sign up for breaking news alerts.",
)
FOOTER_LINES = (
    "Would you recommend this article?",
    "Thanks for taking the time to let us know what you think of this article!",
    "Our Standards: The Editorial Trust Principles.",
    "Report an error",
    "Related Stories",
    "Most Read",
)
