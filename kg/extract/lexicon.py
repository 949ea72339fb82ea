"""Closed word classes the name rules rely on: titles, organisation words, calendar words.

These are words of English news writing, not names of particular entities: they say
*what kind* of span surrounds them ("Office", "Inc.", "spokesman", "devices"), so the
rules built on them carry over to articles nobody here has read. Open classes (first
names, places) come from packaged data instead (:mod:`kg.extract.names`,
:mod:`kg.extract.gazetteer`).
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The set of space-separated words in ``text`` (keeps long word lists readable).

    >>> sorted(words("Inc. Corp."))
    ['Corp.', 'Inc.']
    """
    return frozenset(text.split())


HONORIFICS = words(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Mx. Dr Dr. Prof. Sir Dame Lord Lady Rev. Reverend "
    "Fr. Sr. Messrs. Mme. Mme M. Herr Coun Coun. Cllr Cllr. Datuk Datin Dato Dato' Tun "
    "Shri Smt. Hon. Hon Adv Adv."
)
"""Words before a name that make it a person's name on their own ("Mr. Osei")."""

STRONG_TITLES = words(
    "President Judge Justice Senator Sen. Rep. Representative Congressman Congresswoman "
    "Gov. Governor Mayor Chancellor Premier Minister Secretary Prosecutor Sheriff Detective "
    "Det. Sgt. Sergeant Lt. Lieutenant Capt. Captain Cmdr. Commander Col. Colonel Gen. Maj. "
    "Officer Constable Inspector Superintendent Cardinal Bishop Archbishop Pope Rabbi Imam "
    "King Queen Prince Princess Ambassador Commissioner Councillor Councilman Councilwoman "
    "Alderman Assemblyman Assemblywoman Deputy Chief Sheikh Emir Coach Pastor Father "
    "Professor Speaker Trooper Agent Attorney Chairman Chairwoman CEO Taoiseach Tánaiste "
    "Advocate HHJ"
)
"""Titles that, written before a bare surname, still make it a person ("Judge Okafor")."""

TITLES = STRONG_TITLES | words(
    "Backbencher Crossbencher Frontbencher TD TDs MLA MLAs MSP MSPs MPP MHA "
    "Vice Executive Chief Director Spokesperson Spokesman Spokeswoman Chair Chairperson "
    "CFO COO CTO CIO CMO Founder Co-founder Cofounder President-elect Secretary-General "
    "Manager Analyst Economist Strategist Adviser Advisor Treasurer Leader Head Boss Owner "
    "Editor Reporter Correspondent Columnist Dean Principal Trustee Partner Acting Interim "
    "Former Assistant Associate Senior Managing General Prime Foreign Finance Defence Defense "
    "Health Interior Home Justice Attorney-General Solicitor Solicitor-General Counsel "
    "Superintendent Marshal Admiral Commissioner Prosecutor-General Lawmaker Sen Rep Gov "
    "Chief-Executive Officer Commander-in-Chief Premier Delegate MP MEP Baroness Baron Duke "
    "Duchess Earl Count Countess Justice-Minister Spokesmen Executives Officers Cpl. Cpl "
    "Corporal Const. Cst. Insp. Supt. Pte. Pvt. Spc. Sgt Staff S/Sgt. Sgt.-Maj. Brig. Adm. "
    "Lt.-Col. Lt.-Gen. Maj.-Gen. PFC Ret. Patrolman Trooper Deputies Marshal Ranger "
    "Firefighter Paramedic Magistrate Registrar Provost Chaplain Administrator Auditor "
    "Auditor-General Ombudsman Comptroller Coroner Clerk Assessor Warden Undersheriff "
    "Selectman Selectwoman Supervisor Councilor Councilmember Alderwoman Legislator "
    "Assemblymember Spokesperson MLA MPP MHA MNA MSP MS Atty. Asst. Dep."
)
"""Role words that may precede a person's name and are never part of it."""

PORTFOLIO_TITLES = words(
    "Minister Secretary Commissioner Ambassador Chancellor Envoy Czar Tsar Undersecretary "
    "Under-Secretary Attorney Attorney-General Ombudsman Registrar Auditor Comptroller "
    "Administrator Superintendent Treasurer"
)
"""Government titles, which follow a portfolio rather than an employer ("Trade Minister")."""

TITLE_MODIFIERS = words(
    "District Circuit Magistrate Bankruptcy Appeals Supreme Superior High County State "
    "Federal Deputy Assistant Associate Chief Senior Vice Former Acting Interim Executive "
    "Managing General Special Lead Principal Police Fire City Regional National Provincial "
    "Economy Economic Finance Financial Foreign Health Defence Defense Interior Trade Energy "
    "Justice Labour Labor Education Environment Transport Transportation Agriculture Home "
    "Treasury Culture Immigration Housing Industry Tourism Digital Security Commerce Local "
    "Parish Town Township Borough Municipal"
)
"""Words that qualify a following title ("District Judge", "Economy Minister", "Police Chief")."""

POST_NOMINAL_TITLES = words("MP MLA MPP MHA MNA MSP MS MEP QC KC")
"""Titles written after a name ("Ann Ito MP", "Ben Roe MLA"): the name before them is a person."""

CAPTION_WORDS = words(
    "File Photo Photos Image Images Picture Pictures Video Videos Credit Credits Caption "
    "Courtesy Handout Illustration Graphic Screenshot Supplied Watch Listen Gallery Slideshow"
)
"""Words of photo captions and credits ("File photo", "Photo:"): never names themselves."""

NEWS_LABELS = words(
    "UPDATE UPDATED UPDATES BREAKING EXCLUSIVE ANALYSIS CORRECTED CORRECTION REFILE FACTBOX "
    "WRAPUP INSIGHT EXPLAINER EDITORIAL COMMENTARY OPINION LIVE URGENT FLASH RPT "
    "WATCH VIDEO PHOTO PHOTOS GALLERY LISTEN PODCAST"
)
"""Desk labels written in capitals before a story or a caption ("UPDATE:", "EXCLUSIVE-"):
with two to six letters they look like acronyms, but they name nothing."""

TITLE_ABBREVIATIONS = words(
    "Capt. Cmdr. Col. Det. Lt. Maj. Sgt. Const. Cst. Insp. Supt. Cpl. Pte. Pvt. Spc. Adm. "
    "Brig. Gen. Sen. Rep. Gov. Atty. Asst. Dep."
)
"""Abbreviated ranks and titles, kept whole by the tokenizer ("Const. Ana Ruiz")."""

GOVERNMENT_DOMAINS = words(
    "Health Transport Transportation Justice Finance Environment Revenue Statistics Parks "
    "Fisheries Oceans Immigration Infrastructure Industry Employment Education Housing "
    "Agriculture Forestry Tourism Heritage Affairs Resources Safety Elections Corrections "
    "Police Treasury Trade Energy Water Sport Culture Innovation Labour Labor Defence Defense "
    "Archives Veterans Communities Aid Emergency Training Skills Roads Commerce Mines Works "
    "Manpower Planning Welfare Telecommunications Competition"
)
"""Portfolio nouns that name a government body when a place follows ("Statistics Norway",
"Transport for London"); alone they are policy areas, not names."""

ASSOCIATION_HEADS = words(
    "Coalition Association Alliance Council Federation Confederation Union League Society "
    "Guild Caucus Congress Network Board Institute Foundation Fund Committee"
)
"""Heads of membership bodies, whose names often join two groups with "and" ("Police and
Sheriffs Coalition")."""

PLAN_HEADS = words("Plan Scheme")
"""Heads of pension and benefit schemes, which are organisations when someone owns them
("Teachers' Pension Plan"), though "Plan" alone is a document."""

GROUP_HEADS = words("Police Fire Rescue Health Safety Insurance Securities Energy Media")
"""Organisation words that also name a field, so may open a longer name ("Police and ...")."""

FACILITY_NAMES = frozenset(
    {
        "Parliament House",
        "Government House",
        "State House",
        "City Hall",
        "Town Hall",
        "County Hall",
        "Parliament Buildings",
        "Legislative Building",
    }
)
"""Buildings named after the body they house: a place at most, never the body itself."""

POSSESSIVE_TITLE_OWNERS = words("Commonwealth State People")
"""Owners in a title's name ("Commonwealth's Attorney"): part of the role, not a name."""

PLACE_FOLLOWERS = words(
    "neighbourhood neighborhood suburb suburbs township village hamlet borough area "
    "neighbourhoods neighborhoods district districts ward wards"
)
"""Nouns after an unknown name that make it a place ("the Eastbrook neighbourhood")."""

LOCAL_PERSON_NOUNS = words(
    "man woman teen teenager boy girl councillor councilor "
    "councilman councilwoman alderman resident residents"
)
"""Nouns after a town's name that make it a place, used as an adjective ("a Stroud man")."""

MODEL_SUFFIXES = words("XL XXL XS Pro Max Plus Mini Ultra Lite SE GT GTI")
"""Words that end a product model's name ("AeroChef XL", "Voltaro Pro"), not a firm's."""

LOWER_TITLES = words(
    "president vice chairman chairwoman chair chairperson ceo cfo coo cto founder co-founder "
    "cofounder spokesman spokeswoman spokesperson director manager analyst economist "
    "strategist adviser advisor treasurer leader head boss owner editor reporter "
    "correspondent columnist dean principal trustee partner secretary minister prosecutor "
    "judge justice attorney lawyer senator governor mayor chancellor premier sheriff "
    "detective officer constable inspector superintendent commissioner councillor "
    "councilman councilwoman ambassador professor coach captain commander general "
    "executive chief deputy lawmaker representative congressman congresswoman researcher "
    "scientist engineer investor entrepreneur billionaire author writer actor actress "
    "singer player striker midfielder defender goalkeeper manager footballer athlete "
    "candidate nominee suspect victim resident student teacher doctor nurse "
    "president-elect secretary-general ex-president specialist expert official "
    "spokesperson negotiator organizer organiser activist attorney-general counsel "
    "professor lecturer historian sergeant corporal constable trooper deputy "
    "firefighter paramedic pilot driver farmer owner partner star superstar "
    "administrator auditor ombudsman supervisor councilor alderman backbencher "
    "crossbencher frontbencher"
)
"""Lower-case role nouns: "spokesman Ama Osei", "analyst Ken Ito" mark the next span a person."""

DESCRIPTOR_NOUNS = words(
    "drugmaker drugmakers automaker automakers carmaker carmakers chipmaker chipmakers "
    "phonemaker planemaker shoemaker toymaker steelmaker retailer retailers regulator "
    "regulators insurer insurers lender lenders broker brokers airline airlines carrier "
    "carriers startup start-up startups conglomerate rival rivals competitor competitors "
    "supplier suppliers manufacturer manufacturers partner partners subsidiary owner "
    "operator operators developer developers publisher publishers broadcaster "
    "broadcasters newspaper network outlet union unions giant firm firms bank banks "
    "group groups company companies miner miners refiner grocer chain chains "
    "investor investors lawmaker lawmakers prosecutor prosecutors police"
)
"""Common nouns written before a name ("Drugmaker Zeta", "Rivals Omni and Vex"); at the
start of a sentence they are capitalised but are not part of the name."""

ORG_HEADS = words(
    "Office Department Dept. Ministry Bureau Agency Authority Administration Commission "
    "Committee Council Board Court Tribunal Parliament Senate Congress Assembly Legislature "
    "Police Constabulary Gendarmerie Service Services Force Forces Army Navy Guard Corps "
    "Association Federation Confederation League Union Alliance Coalition Society Foundation "
    "Fund Trust Institute Institution University College School Academy Center Centre "
    "Laboratory Laboratories Labs Lab Hospital Clinic Museum Library Church Party Movement "
    "Organization Organisation Network Group Holdings Bank Exchange Reserve Company "
    "Corporation Corp Corp. Inc Inc. Incorporated Ltd Ltd. Limited LLC LLP L.L.C. PLC Plc "
    "plc AG SA S.A. GmbH NV N.V. BV SpA AB ASA Co Co. Pty Partners Associates Industries "
    "Enterprises Technologies Technology Systems Solutions Software Networks Communications "
    "Media Airlines Airways Motors Motor Automotive Pharmaceuticals Pharma Energy Petroleum "
    "Oil Gas Electric Electronics Entertainment Studios Pictures Records Publishing Press "
    "News Times Post Journal Herald Tribune Gazette Chronicle Daily Weekly Observer Monitor "
    "Telegraph Examiner Inquirer Dispatch Courier Standard Review Magazine Insider Reuters "
    "Broadcasting Radio Television TV Capital Ventures Securities Financial Finance "
    "Insurance Investments Management Advisors Consulting Logistics Railways Railway "
    "Unit Division Directorate Secretariat Undersecretariat Subsecretariat Commissariat "
    "Inspectorate Prosecution Council "
    "Superintendence Superintendency Procuracy "
    "Chamber Club Team Commons Lords Cabinet Government Regiment Battalion Squad Task "
    "Institutes Universities Centers Centres Schools Hospitals Churches Brigade Cartel "
    "Syndicate Consortium Collective Cooperative Co-operative Guild Initiative Project "
    "Programme Program Watch Campaign Front Brotherhood Caucus Delegation Mission Embassy "
    "Consulate District Circuit Forum Rescue Platforms Airport Port Authority Council Lines "
    "House Observatory Gallery Orchestra Theatre Theater Zoo Archives FC SC CF AFC United City "
    "Athletic Rovers Wanderers Lodge Recycling Metals Regulator Watchdog Seafood Foods Farms "
    "Fisheries Mining Minerals Chemicals Cement Shipping Properties Hotels Resorts Breweries "
    "Therapeutics Biotech Robotics Semiconductor Semiconductors Aquaculture Construction "
    "Dairy Dairies Bakery Bakeries Brewery Distillery Distilleries Winery Textiles Garments "
    "Apparel Cosmetics Beverages Plastics Packaging Shipyard Shipyards Tobacco Fertilizers "
    "Fertilisers Poultry Agro Agri Skyways "
    "Energia Energie Energi "  # "energy" in Italian, Portuguese, Finnish, German, Nordic
    "Yapı İnşaat"  # Turkish "construction" ("Kaya Yapı")
)
"""Words that end (or head) the name of an organisation: "... Police Department", "... Inc."."""

LEGAL_SUFFIXES = words(
    "Inc Inc. Incorporated Corp Corp. Corporation Ltd Ltd. Limited LLC LLP L.L.C. PLC Plc plc "
    "AG SA S.A. GmbH NV N.V. BV SpA AB ASA Co Co. Pty A.Ş. AŞ Oyj Tbk Bhd"
)
"""Company-form suffixes; a span before ", Inc." is one company name."""

COMPANY_COMPLETIONS = LEGAL_SUFFIXES | words(
    "Group Holdings Holding Electronics Motors Motor Financial Technologies Technology Systems "
    "Labs Lab Industries Enterprises Communications Pharmaceuticals Pharma Airlines Airways "
    "Skyways "
    "Entertainment Media Energy Networks Software Solutions Company Partners Capital Ventures "
    "Securities Insurance Investments Automotive Petroleum Oil Gas Electric Studios Pictures "
    "Records Publishing International Global Worldwide Bank Brands Foods Retail Stores "
    "Resources Mining Steel Chemicals Biotech Therapeutics Health Healthcare AI Platforms "
    "Research Pharmaceutical Semiconductor Semiconductors Microelectronics Robotics "
    "Aerospace Defense Logistics Telecom Telecommunications Wireless Mobile Digital Labs "
    "Interactive Games Motors Cars Trucks Devices Instruments Dynamics Lines Data Analytics "
    "Cloud Payments Mobility Transit Biosciences Diagnostics Materials Manufacturing "
    "Drug Drugs Pharmacy Pharmacies Chemist Chemists Markets Supermarkets Grocers Mart "
    "Hardware Appliances Outfitters Wholesale Supply Supplies Distributors Goods Pizza Restaurants"
)
"""Words that complete a company's short name ("Zeta" -> "Zeta Electronics Co."), unlike
the heads of a body within it ("Zeta Foundation", "ZFA Congress")."""

MEDIA_HEADS = words(
    "News Times Post Journal Herald Tribune Gazette Chronicle Daily Weekly Observer Monitor "
    "Telegraph Examiner Inquirer Dispatch Courier Standard Review Magazine Press Wire Ledger "
    "Broadcasting Radio Television Mail Mirror Express"
)
"""Heads of newspaper names, which often start with a place ("Oslo Herald")."""

GENERIC_ALONE = words(
    "Office Department Ministry Bureau Agency Authority Administration Commission Committee "
    "Council Board Court Tribunal Assembly Police Service Services Force Army Navy Guard "
    "Association Federation League Union Alliance Coalition Society Foundation Fund Trust "
    "Institute University College School Academy Center Centre Hospital Museum Library "
    "Church Party Organization Organisation Network Group Holdings Bank Company Corporation "
    "Government Cabinet Unit Division District Circuit Chamber Club Team Project Program "
    "Programme Mission Embassy Commons State States City County Province Region "
    "Capital Media Press News Exchange Reserve Treasury Department's House Observatory "
    "Gallery Orchestra Theatre Theater Zoo Archives United Athletic Conference Division "
    "Opposition Legislature"
)
"""Organisation words that, standing alone ("the Council"), describe rather than name."""

OF_PLACE_HEADS = words(
    "Republic Kingdom State Commonwealth Province City County Isle Islands Gulf Bay Sea "
    "Strait Straits Cape Lake Mount Principality Emirate Sultanate Duchy Federation Port"
)
"""Heads of "X of Y" place names ("Republic of Korea", "City of London")."""

POSSESSIVE_ORG_OWNERS = words(
    "Attorney Attorneys Sheriff Prosecutor Prosecutors Solicitor Coroner Marshal Marshals "
    "Auditor Controller Comptroller Treasurer Assessor Recorder Clerk Commissioner Governor "
    "Mayor President Children Women Men People Veterans Workers Teachers Nurses Farmers Woman "
    "Man Child Citizens Parents Patients Taxpayers Families "
    "Lawyers Officers Mothers Writers Employees Consumers Taxpayers Lloyd Fishermen "
    "Firefighters Fishers Miners Pilots Drivers Doctors Physicians Journalists Students "
    "Seafarers Growers Producers Sheriffs Chiefs Engineers Machinists Tenants Homeowners "
    "Retirees Artists Musicians Actors Steelworkers Autoworkers Dockworkers Magistrates State "
    "Justices Judges Lords Commons Members Shareholders Investors Owners Landlords Builders "
    "Magistrate Judge Justice King Queen Prince Princess Bishop"
)
"""Possessors that form one name with what follows ("U.S. Attorney's Office")."""

NAME_PARTICLES = words(
    "de du des del della di da dos das do van von der den ter ten zu la le bin bint ibn al el y e"
)
"""Lower-case particles inside personal and foreign names ("Ursula von der Leyen")."""

MONTHS = words(
    "January February March April May June July August September October November December "
    "Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct "
    "Oct. Nov Nov. Dec Dec."
)
DAYS = words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Mon. Tue Tue. Tues Tues. "
    "Wed Wed. Thu Thu. Thur Thur. Thurs Thurs. Fri Fri. Sat Sat. Sun Sun."
)
CALENDAR = (
    MONTHS
    | DAYS
    | words(
        "Today Yesterday Tomorrow Tonight Christmas Easter Thanksgiving Ramadan Eid Hanukkah "
        "Diwali Halloween Passover Lent Spring Summer Autumn Fall Winter Weekend AM PM A.M. P.M. "
        "GMT UTC EST EDT PST PDT BST CET CEST ET PT"
    )
)
"""Days, months, seasons, holidays and time zones: capitalised, never entities."""

PRODUCT_NOUNS = words(
    "device devices phone phones smartphone smartphones handset handsets tablet tablets "
    "laptop laptops computer computers console consoles software app apps application "
    "applications browser chip chips processor processors model models car cars truck "
    "trucks vehicle vehicles drug drugs vaccine vaccines pill pills game games update "
    "updates feature features headset headsets speaker speakers watch watches camera "
    "cameras engine engines jet jets aircraft plane planes algorithm algorithms tool tools "
    "number numbers card cards program programme operating system series edition editions "
    "version versions batteries battery painkiller painkillers medicine medicines medication "
    "treatment therapy brand brands product products robot robots drone drones "
    "smartwatch smartwatches television televisions printer printers router routers "
    "headphones earbuds crude futures fryer fryers oven ovens appliance appliances kettle "
    "kettles blender blenders heater heaters thermostat thermostats lineup"
)
"""Nouns that make the name before them a product ("its Nimbus software", "Zeta phones")."""

ORG_CONTEXT_NOUNS = words(
    "shares stock stocks shareholders investors executives executive employees workers staff "
    "spokesman spokeswoman spokesperson chief ceo chairman board headquarters "
    "officials official lawyers customers clients subsidiary unit profits profit revenue "
    "revenues earnings sales announced said says reported confirmed denied"
)
"""Words after a single unknown name that suggest an organisation ("Tarvo shares")."""

SPEECH_VERBS = words(
    "said says told added noted explained wrote argued claimed stated insisted warned "
    "announced confirmed denied acknowledged admitted replied recalled continued "
    "according"
)
"""Attribution verbs ("..., Amara Diallo said"); a two-word name before them is a person."""

NON_NAME_ACRONYMS = words(
    "CEO CFO COO CTO CIO CMO CEOs VP SVP EVP MP MPs MEP PM AM A.M. P.M. TV PC PCs IT AI FIR "
    "ID IDs GDP GNP IPO IPOs DNA RNA HIV AIDS COVID COVID-19 SARS OK HQ PR Q&A R&D FAQ URL "
    "URLs PDF API APIs USB LED LCD GPS SUV SUVs EV EVs ATM ATMs PIN VIP DIY RSS HTML CSS "
    "CEO's USD EUR GBP JPY CNY CAD AUD CHF NOK SEK INR KRW BTC ETF ETFs LLC LLP PLC AG SA "
    "NV GmbH JD J.D. PhD Ph.D. MBA BA BSc MSc MD LLB LLM QC KC OBE MBE CBE ET PT GMT UTC "
    "EST EDT PST PDT BST CET NB PS RIP ASAP FYI TBA TBD YTD YOY B2B B2C SaaS IoT VR AR UX "
    "UI OS iOS CPU GPU RAM SSD HDD 4G 5G LTE WiFi Wi-Fi NFT NFTs ESG CO2 KPI ROI P&L M&A "
    "DUI DWI SWAT K-9 MPH KM KG LBS OTC NA N/A AKA DOB ZIP SMS MMS VoIP HD UHD AC DC RV "
    "II III IV VI VII VIII IX XI XII XX DA ADA LNG LPG FID EBITDA EPS AGM EGM"
)
"""All-capital words that abbreviate things or roles (a "DA" is a district attorney), not
organisations."""

SENTENCE_STARTERS = words(
    "The A An This That These Those It Its He She They We I You His Her Their Our My Your "
    "There Here In On At By For From With Without Within To Of As If When While Where Why "
    "How What Which Who Whom Whose After Before During Since Until Once Although Though "
    "Because But And Or Nor So Yet Also However Meanwhile Moreover Furthermore Nonetheless "
    "Nevertheless Therefore Thus Hence Instead Still Even Only Just Now Then Later Earlier "
    "Early Late Last Next First Second Third Finally Initially Eventually Currently "
    "Recently Previously Overall Already Again Further Besides Despite According Under Over "
    "Among Between Both Each Every Either Neither Some Many Most Much More Less Few Several "
    "Other Another Such All Any No Not None Nothing Everyone Everything Someone Something "
    "One Two Three Four Five Six Seven Eight Nine Ten Yes Please Thanks Thank Sign Click "
    "Read Watch Share Follow Subscribe Related Advertisement Photo Image Video Source "
    "Sources Update Updated Editor Note Background Read More Top Home News Breaking "
    "Exclusive Opinion Analysis Comment Comments Contact Reporting Additional Writing "
    "Editing Like Unlike Above Below Inside Outside Across Along Around Behind Beyond "
    "Near Toward Towards Upon Via Per Whether Unless Whereas Whatever Whoever Wherever "
    "Perhaps Maybe Indeed Certainly Clearly Obviously Apparently Reportedly Allegedly "
    "Separately Similarly Likewise Otherwise Accordingly Consequently Specifically "
    "Notably Importantly Ultimately Additionally Altogether Afterwards Afterward Today "
    "Yesterday Tomorrow Sometimes Often Never Always Usually Together Alone Police "
    "Officials Authorities Prosecutors Investigators Experts Analysts Critics Officers "
    "Researchers Scientists Lawmakers Residents Workers Customers Users Consumers "
    "Shareholders Investors Employees Members Protesters Voters Students Parents "
    "Children People Women Men Witnesses Supporters Opponents Regulators Judges Lawyers "
    "Doctors Leaders Executives Studies Reports Documents Records Data Shares Stocks "
    "Markets Prices Sales Revenue Profits Earnings Details Terms Plans Talks Negotiations "
    "Charges Allegations Claims Questions Concerns Fears Hopes Efforts Attempts "
    "Strikers Analysts' Both"
)
"""Capitalised only because they open a sentence: never a name on their own there."""

COMMON_CAPITALISED = words(
    "Internet Web God Black White Brown Hispanic Latino Latina Latinx Asian Indigenous "
    "Aboriginal Native Catholic Protestant Christian Christians Muslim Muslims Jewish Jews "
    "Jew Hindu Hindus Buddhist Sikh Islam Islamic Christianity Judaism Buddhism Bible Koran "
    "Quran English French Spanish German Italian Portuguese Russian Chinese Mandarin "
    "Cantonese Japanese Korean Arabic Hebrew Hindi Urdu Latin Greek Dutch Swedish Norwegian "
    "Danish Finnish Polish Turkish Persian Farsi Swahili Celsius Fahrenheit Republican "
    "Republicans Democrat Democrats Democratic Conservative Conservatives Liberal Liberals "
    "Labour Tory Tories Communist Communists Socialist Socialists Nazi Nazis Olympic "
    "Olympics Paralympics Oscar Oscars Grammy Emmy Nobel Prize Award Awards Cup World Act "
    "Bill Law Constitution Amendment Treaty Accord Agreement Convention Protocol Directive "
    "Regulation Code Charter Declaration Plan Strategy Report Index Rule Rules Street "
    "Avenue Road Boulevard Square Park Bridge Airport Station Highway Route Building Tower "
    "Hall Stadium Arena Hotel Mall North South East West Northern Southern Eastern Western "
    "Central Northeast Northwest Southeast Southwest Midwest Mr. Mrs. Ms. Dr. Sir "
    "Covid Coronavirus Ebola Zika Fig Figure Table Chapter Section Part Page Episode Season "
    "Volume Issue Edition Version Model Series Phase Stage Level Grade Class Type Category "
    "Division Round Game Match Final Finals Semifinal Quarterfinal Championship "
    "Championships Tournament Games Cup Open Masters Grand Prix Premier"
)
"""Capitalised words that are languages, religions, parties, document types or parts of
addresses: not names of organisations, persons or places by themselves."""

REGIONS = {
    "Middle East": "region",
    "Near East": "region",
    "Far East": "region",
    "Scandinavia": "region",
    "Balkans": "region",
    "Caribbean": "region",
    "Gulf": "region",
    "Persian Gulf": "region",
    "Arctic": "region",
    "Sahel": "region",
    "Eurozone": "region",
    "Euro Zone": "region",
    "Americas": "region",
    "Midwest": "region",
    "Silicon Valley": "region",
    "Wall Street": "region",
    "New England": "region",
    "Pacific Northwest": "region",
    "West Bank": "region",
    "Gaza Strip": "region",
    "Gaza": "region",
    "Crimea": "region",
    "Kashmir": "region",
    "Catalonia": "region",
    "Bavaria": "region",
    "Siberia": "region",
    "Patagonia": "region",
    "Alps": "region",
    "Andes": "region",
    "Himalayas": "region",
    "Rockies": "region",
    "Sahara": "region",
    "Pyrenees": "region",
    "Urals": "region",
    "Caucasus": "region",
    "Appalachians": "region",
}
"""Regions news names that the packaged gazetteers do not list (they hold continents,
countries, states and cities). General geography, like the continents; the regions
named after a part of a continent ("West Africa") are generated from the continents,
see ``CONTINENT_PARTS``."""

CONTINENT_PARTS = words(
    "North South East West Central Northern Southern Eastern Western Southeast Southeastern "
    "Northeast Northeastern Northwest Northwestern Southwest Southwestern Sub-Saharan Latin"
)
"""Words that, before a continent's name, make a region of it ("Central Asia")."""

OCEANS = words("Pacific Atlantic Indian Arctic")
"""Oceans that, joined to a continent, make a region ("Euro-Atlantic" style names)."""

COUNTRY_ALIASES = {
    "U.S.": "US",
    "US": "US",
    "U.S.A.": "US",
    "USA": "US",
    "America": "US",
    "United States of America": "US",
    "U.K.": "GB",
    "UK": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "United Kingdom": "GB",
    "UAE": "AE",
    "U.A.E.": "AE",
    "NZ": "NZ",
    "N.Z.": "NZ",
    "Holland": "NL",
    "Czechia": "CZ",
    "Ivory Coast": "CI",
    "Burma": "MM",
    "Russia": "RU",
    "Vatican": "VA",
    "DRC": "CD",
    "PRC": "CN",
}
"""Short and common names of countries that the country tables spell differently."""

SUBDIVISION_ALIASES = {
    "NSW": ("New South Wales", "AU"),
    "N.S.W.": ("New South Wales", "AU"),
    "Penang": ("Penang", "MY"),
}
"""Abbreviations of states that news writes on their own, with no full stop to tell them."""


GEO_HEADS = words(
    "Mountain Mountains Mount Mt. River Lake Lakes Valley Island Islands Bay Beach Park "
    "Forest Canyon Desert Sea Ocean Peninsula Coast Creek Falls Glacier Hills Heights "
    "Harbour Harbor Strait Gulf Plateau Basin Delta Reef Cape Range Gorge Pass Shelf Glaciers "
    "Parade Esplanade Promenade Quay Wharf Region"
)
"""Heads of names of natural features and parks ("Cascade Mountain"): places, not
organisations, though gazetteers of settlements do not list them."""

CODE_HEADS = words(
    "Model Version Series Phase Type Class Flight Route Gate Chapter Section Article Page "
    "Volume Episode Season Level Grade Stage Round Room Building Unit Exhibit Figure Table "
    "Category Tier Block Lot Lane Platform Terminal Hall Item Rule Title Form Schedule"
)
"""Words that, with a code after them, label a thing ("Model Y", "Series B", "Form 10-K")."""

PARTY_WORDS = words(
    "Labour Tory Tories Conservative Conservatives Liberal Liberals Republican Republicans "
    "Democrat Democrats Democratic Socialist Socialists Communist Communists Green Greens"
)
"""Party names that are adjectives as often as names: an organisation only before a
role and a person ("Labour leader Ann Ito")."""

PERSON_CONTEXT_NEXT = words(
    "administration campaign presidency government era cabinet family aide aides"
)
"""Words after a bare surname that mark it a person ("the Ito administration")."""

STATE_NAMES = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Kans.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Tex.": "Texas",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
    "Ont.": "Ontario",
    "Que.": "Quebec",
    "B.C.": "British Columbia",
    "Alta.": "Alberta",
    "Sask.": "Saskatchewan",
    "Man.": "Manitoba",
    "N.S.": "Nova Scotia",
    "N.B.": "New Brunswick",
    "Nfld.": "Newfoundland and Labrador",
}
"""AP-style state and province abbreviations after a city ("Flint, Mich."), by full name."""

PLACE_NOUNS = words(
    "city town village port province state county district region island capital suburb "
    "municipality neighbourhood neighborhood borough hamlet commune prefecture emirate "
    "kingdom republic township parish canton oblast governorate cities towns villages ports "
    "provinces states counties districts regions islands suburbs neighbourhoods "
    "neighborhoods municipalities communities community"
)
"""Lower-case nouns that make "the X of Y" a place ("the port of Y", "the town of Y")."""

LOCATIVE_PREPOSITIONS = words(
    "in at from to near outside inside across throughout around toward towards via into "
    "between within of"
)
"""Prepositions that make a following unknown capitalised word likelier a place."""

STATE_ABBREVIATIONS = frozenset(STATE_NAMES) | {"D.C."}
"""Postal-style state and province abbreviations that follow a city ("Flint, Mich.")."""

ABBREVIATIONS = (
    HONORIFICS
    | MONTHS
    | DAYS
    | STATE_ABBREVIATIONS
    | words(
        "Inc. Corp. Co. Ltd. Bros. Jr. Sr. St. Mt. Ft. No. Nos. vs. v. etc. e.g. i.e. "
        "approx. est. Gov. Sen. Rep. Gen. Col. Capt. Lt. Sgt. Det. Cmdr. Adm. Maj. Prof. "
        "Dept. Univ. Assn. Ave. Blvd. Rd. Ph.D. J.D. U.S. U.K. U.N. E.U. U.S.A. L.A. D.C. "
        "a.m. p.m. A.M. P.M."
    )
)
"""Tokens ending in a full stop that do not end a sentence (unless a new one clearly starts)."""
