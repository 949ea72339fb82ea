"""Word pools for the synthetic corpus: outlets, invented organisations, people, places.

Organisations and outlets are invented (no real company is named, so nothing the
generator writes can be mistaken for reporting on one); places are real cities and
countries, because the extractor finds places through its gazetteers. First names are
common ones the extractor's first-name list knows; surnames are ordinary.
"""

from __future__ import annotations

from dataclasses import dataclass

OUTLET_STEMS = (
    "Northgate Harbour Riverbend Lakeshore Eastfield Westbrook Highmoor Stonebridge Ashford "
    "Redcliff Pinecrest Silverton Oakhurst Fairhaven Greystone Kingsport Millbrook Ravenwood "
    "Southmere Brightwater Coldspring Ironvale Maplewood Thornbury Wexford Elmstead Larkspur "
    "Copperfield Blackwater Summerhill Glenmore Foxley Hartwell Marbury Penrose Quayside"
).split()
OUTLET_NOUNS = (
    "Ledger Courier Tribune Chronicle Gazette Post Herald Observer Dispatch Times Journal "
    "Review Monitor Bulletin Record Sentinel Examiner Standard Telegraph Press"
).split()
OUTLET_TLDS = ("com", "com", "com", "co.uk", "ca", "com.au", "ie", "co.nz", "news", "org")
WIRES = ("Meridian Wire", "Atlas Press Service", "Compass News Agency", "Keystone Wire")
"""Invented wire services, credited in datelines and bylines."""


@dataclass(frozen=True)
class Outlet:
    """A news outlet: display name and registrable domain."""

    name: str
    domain: str


def outlets() -> tuple[Outlet, ...]:
    """Fifty outlets, the same for every seed: '<stem> <noun>' on a plausible domain."""
    found = []
    for i in range(50):
        stem = OUTLET_STEMS[(i * 7) % len(OUTLET_STEMS)]
        noun = OUTLET_NOUNS[(i * 5 + i // len(OUTLET_NOUNS)) % len(OUTLET_NOUNS)]
        tld = OUTLET_TLDS[i % len(OUTLET_TLDS)]
        name = f"The {stem} {noun}" if i % 3 == 0 else f"{stem} {noun}"
        found.append(Outlet(name, f"{stem.lower()}{noun.lower()}.{tld}"))
    return tuple(found)


ORG_SYLLABLES_A = (
    "Nor Tal Bri Cal Vel Mar Dun Hal Kes Lor Ast Cor Fen Gal Hol Ix Jor Kal Lum Mer Nex Or "
    "Pel Quin Ros Sol Tor Ul Ven Wes Zan Ard Bel Cas Dor El Fal Gren Har Ingle"
).split()
ORG_SYLLABLES_B = (
    "wind vik mora dell ara stead wick ton bury vane ion ora ex ith ent ora ova is ith "
    "dale crest field haven mont more ridge lake gate ford brook ley wood stone mark "
    "well bridge vale holt ton ara ica anto ero esta olin umbra"
).split()
SECTORS = {
    "retail": ("Interiors", "Home Goods", "Outfitters", "Stores", "Markets", "Fashion"),
    "tech": ("Systems", "Robotics", "Software", "Networks", "Analytics", "Devices", "AI"),
    "logistics": ("Logistics", "Freight", "Shipping", "Parcel", "Transport"),
    "food": ("Foods", "Dairy", "Beverages", "Brewing", "Farms"),
    "energy": ("Energy", "Power", "Solar", "Petroleum", "Utilities"),
    "finance": ("Bank", "Capital", "Insurance", "Financial", "Securities"),
    "health": ("Pharma", "Health", "Biotech", "Medical", "Labs"),
    "industry": ("Motors", "Steel", "Aerospace", "Appliances", "Manufacturing"),
}
LEGAL_FORMS = ("Corp.", "Inc.", "Ltd", "Group", "AB", "SA", "plc", "Holdings", "Co.", "AG")
PRODUCTS = {
    "retail": ("furniture", "home goods", "clothing lines", "online store"),
    "tech": ("facial recognition services", "cloud services", "smart cameras", "software"),
    "logistics": ("parcel delivery services", "freight services", "courier services"),
    "food": ("frozen meals", "infant formula", "snack products", "bottled water"),
    "energy": ("home solar panels", "fuel cards", "electricity plans"),
    "finance": ("consumer loans", "credit cards", "insurance policies"),
    "health": ("blood pressure medicines", "glucose monitors", "hearing aids"),
    "industry": ("electric scooters", "air fryers", "space heaters", "pickup trucks"),
}
RECALLABLE = ("industry", "health", "food", "tech")
"""Sectors whose products can be recalled: a recall story about a bank borrows one."""
RECALL_UNITS = {
    "retail": "products",
    "tech": "devices",
    "logistics": "vehicles",
    "food": "products",
    "energy": "chargers",
    "finance": "devices",
    "health": "devices",
    "industry": "units",
}

REGULATOR_KINDS = (
    ("Competition Authority", "CA"),
    ("Consumer Protection Agency", "CPA"),
    ("Data Protection Commission", "DPC"),
    ("Financial Conduct Board", "FCB"),
    ("Product Safety Commission", "PSC"),
    ("Trade Practices Commission", "TPC"),
    ("Privacy Commissioner's Office", "PCO"),
    ("Energy Regulatory Authority", "ERA"),
)
ADVOCACY_GROUPS = (
    "Consumer Rights Alliance",
    "Digital Liberties Foundation",
    "Fair Trade Watch",
    "Tenants and Shoppers Union",
    "Open Markets Institute",
    "Patients First Coalition",
    "Workers Justice Centre",
    "Clean Air Action Network",
)
UNIONS = ("General Workers Union", "Transport and Warehouse Union", "Retail Employees Union")

FIRST_NAMES = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa "
    "Anthony Margaret Mark Sandra Paul Ashley Steven Emily Andrew Donna Kenneth Michelle "
    "Kevin Carol Brian Amanda George Melissa Edward Deborah Ronald Stephanie Timothy Rebecca "
    "Jason Laura Ryan Helen Jacob Sharon Gary Cynthia Nicholas Kathleen Eric Amy Jonathan "
    "Angela Henrik Ingrid Paulo Renata Martin Karin Louis Corinne Samir Harriet Mei Ruth "
    "Olivia Marcus Elena Tomas Sofia Felix Nadia Victor Clara Hugo Maria Peter Anna"
).split()
LAST_NAMES = (
    "Halloran Szabo Lindahl Solberg Teixeira Ferraro Baptiste Haddad Lowe Tanaka Ellison "
    "Porter Whitcombe Amaral Brennan Castillo Dunmore Everett Fairley Gallagher Hartigan "
    "Iverson Jankowski Kavanagh Lindqvist Moreau Novak Okafor Pemberton Quinlan Rasmussen "
    "Sandoval Thornton Underwood Vasquez Whitaker Yilmaz Zielinski Abernathy Bancroft "
    "Carrington Delacroix Eastwood Fontaine Greaves Holloway Ingram Jarvis Kimura Lachance "
    "Mulligan Nakamura Osei Petrov Ramsey Sorensen Tremblay Valente Weller Achterberg"
).split()
EXEC_ROLES = (
    "Chief Executive",
    "CEO",
    "President",
    "Chief Financial Officer",
    "Chief Operating Officer",
    "Chairwoman",
    "Chairman",
)
SPOKES_ROLES = ("spokeswoman", "spokesman", "spokesperson")
ANALYST_FIRMS = (
    "Ridgeway Capital Markets",
    "Fjällmark Securities",
    "Harrow & Lyle Bank",
    "Castellan Partners",
    "Blueline Research",
    "Orchard Street Advisors",
    "Kestrel Analytics",
    "Tidewater Equity Research",
)

PLACES = (
    ("Toronto", "Canada", "Canadian"),
    ("Montreal", "Canada", "Canadian"),
    ("Vancouver", "Canada", "Canadian"),
    ("Chicago", "the United States", "American"),
    ("Seattle", "the United States", "American"),
    ("Denver", "the United States", "American"),
    ("Boston", "the United States", "American"),
    ("Atlanta", "the United States", "American"),
    ("London", "the United Kingdom", "British"),
    ("Manchester", "the United Kingdom", "British"),
    ("Dublin", "Ireland", "Irish"),
    ("Paris", "France", "French"),
    ("Lyon", "France", "French"),
    ("Berlin", "Germany", "German"),
    ("Munich", "Germany", "German"),
    ("Madrid", "Spain", "Spanish"),
    ("Lisbon", "Portugal", "Portuguese"),
    ("Rome", "Italy", "Italian"),
    ("Milan", "Italy", "Italian"),
    ("Stockholm", "Sweden", "Swedish"),
    ("Oslo", "Norway", "Norwegian"),
    ("Copenhagen", "Denmark", "Danish"),
    ("Helsinki", "Finland", "Finnish"),
    ("Warsaw", "Poland", "Polish"),
    ("Vienna", "Austria", "Austrian"),
    ("Amsterdam", "the Netherlands", "Dutch"),
    ("Brussels", "Belgium", "Belgian"),
    ("Zurich", "Switzerland", "Swiss"),
    ("Sydney", "Australia", "Australian"),
    ("Melbourne", "Australia", "Australian"),
    ("Auckland", "New Zealand", "New Zealand"),
    ("Tokyo", "Japan", "Japanese"),
    ("Seoul", "South Korea", "South Korean"),
    ("Singapore", "Singapore", "Singaporean"),
    ("Mumbai", "India", "Indian"),
    ("Sao Paulo", "Brazil", "Brazilian"),
    ("Mexico City", "Mexico", "Mexican"),
    ("Buenos Aires", "Argentina", "Argentine"),
    ("Johannesburg", "South Africa", "South African"),
    ("Nairobi", "Kenya", "Kenyan"),
)
"""(city, country, adjective) triples: the story's place and the outlets' datelines."""

TOPICS = (
    "Business",
    "Technology",
    "Privacy",
    "Retail",
    "Regulation",
    "Courts",
    "Crime",
    "Consumer Safety",
    "Markets",
    "Energy",
    "Health",
    "Logistics",
    "Mergers & Acquisitions",
    "Labour",
    "Artificial Intelligence",
)
SECTIONS = ("business", "tech", "world", "markets", "news", "companies", "consumer", "legal")
