"""Fictitious social map of both demo regions: every line, domain and target group.

Names, addresses and phone numbers are made up. Phone numbers use subscriber numbers that start
with 00, which Dutch numbering never hands out, and e-mail addresses use example.org.
"""

REGIONS = {
    "midden-limburg-west": {
        "label": "Midden-Limburg",
        "municipalities": ["GM0988", "GM0946", "GM1640", "GM1641"],
        "area_code": "0495",
        # (town, pc4, municipality code)
        "towns": [
            ("Weert", "6001", "GM0988"),
            ("Weert", "6006", "GM0988"),
            ("Nederweert", "6031", "GM0946"),
            ("Heythuysen", "6093", "GM1640"),
            ("Haelen", "6081", "GM1640"),
            ("Maasbracht", "6051", "GM1641"),
            ("Thorn", "6017", "GM1641"),
            ("Roggel", "6088", "GM1640"),
        ],
        "languages": ["nl", "li"],
        "page": {
            "title": "Sociale kaart",
            "slug": "sociale-kaart",
            "intro": "Vind hulp in Weert, Nederweert, Leudal en Maasgouw: van vrijwilligers "
            "tot onafhankelijke cliëntondersteuning. Gratis en dichtbij.",
            "en": {
                "title": "Social map",
                "slug": "social-map",
                "intro": "Find help in Weert, Nederweert, Leudal and Maasgouw: from "
                "volunteers to independent client support.",
            },
        },
    },
    "sudwest-fryslan": {
        "label": "Westergo",
        "municipalities": ["GM1900"],
        "area_code": "0515",
        "towns": [
            ("Sneek", "8601", "GM1900"),
            ("Sneek", "8604", "GM1900"),
            ("Bolsward", "8701", "GM1900"),
            ("Workum", "8711", "GM1900"),
            ("Makkum", "8754", "GM1900"),
            ("IJlst", "8651", "GM1900"),
            ("Koudum", "8723", "GM1900"),
            ("Wommels", "8731", "GM1900"),
        ],
        "languages": ["nl", "fy"],
        "page": {
            "title": "Sociale kaart",
            "slug": "sociale-kaart",
            "intro": "Vind hulp in Súdwest-Fryslân: van vrijwilligers tot onafhankelijke "
            "cliëntondersteuning. Gratis en dichtbij.",
            "en": {
                "title": "Social map",
                "slug": "social-map",
                "intro": "Find help in Súdwest-Fryslân: from volunteers to independent "
                "client support.",
            },
        },
    },
}

OFFICE = [(d, "09:00", "12:30") for d in range(5)] + [(d, "13:30", "17:00") for d in range(4)]
MORNINGS = [(d, "09:00", "12:00") for d in (0, 2, 4)]
EVENING = [(1, "19:00", "21:30")]
# A listening line that runs past midnight on Friday and Saturday.
NIGHT = [(4, "20:00", "02:00"), (5, "20:00", "02:00")]

# kind: organisation pattern, flags, services (name, line, domains, groups, options)
ORGANISATIONS = [
    (
        "Ouderenadviseurs {label}",
        {"independent": True},
        [
            (
                "Vrijwillige ouderenadviseur aan huis",
                "informeel",
                ["welzijn-en-meedoen", "wonen", "zorg-en-gezondheid"],
                ["ouderen"],
                {
                    "home_visit": True,
                    "min_age": 60,
                    "text": "Een getrainde vrijwilliger komt bij u thuis en denkt mee over "
                    "wonen, zorg en "
                    "geld. Ook voor het gesprek met de gemeente.",
                },
            ),
            (
                "Hulp bij formulieren voor ouderen",
                "informeel",
                ["geldzaken-en-schulden"],
                ["ouderen"],
                {
                    "hours": MORNINGS,
                    "walk_in": True,
                    "text": "Samen formulieren invullen, zoals huurtoeslag of een aanvraag "
                    "bij de gemeente.",
                },
            ),
        ],
    ),
    (
        "Steunpunt Mantelzorg {label}",
        {"independent": True},
        [
            (
                "Advies en steun voor mantelzorgers",
                "informeel",
                ["mantelzorg", "zorg-en-gezondheid"],
                ["mantelzorgers"],
                {
                    "hours": OFFICE,
                    "text": "Zorgt u voor iemand? Wij luisteren, geven "
                    "advies en zoeken samen naar tijd voor uzelf.",
                },
            ),
            (
                "Respijt: even vrij van zorgen",
                "informeel",
                ["mantelzorg"],
                ["mantelzorgers", "ouderen"],
                {
                    "text": "Een vrijwilliger neemt de zorg een dagdeel over, zodat u even "
                    "op adem komt."
                },
            ),
            (
                "Groep voor jonge mantelzorgers",
                "informeel",
                ["mantelzorg", "opvoeden-en-jeugd"],
                ["jeugd-en-ouders", "mantelzorgers"],
                {
                    "hours": EVENING,
                    "min_age": 12,
                    "max_age": 24,
                    "text": "Voor jongeren die thuis zorgen voor een ouder, broer of zus.",
                },
            ),
        ],
    ),
    (
        "Lotgenotencontact {label}",
        {},
        [
            (
                "Lotgenotengroep rouw en verlies",
                "informeel",
                ["welzijn-en-meedoen"],
                ["iedereen"],
                {"hours": EVENING, "text": "Praten met mensen die ook iemand hebben verloren."},
            ),
            (
                "Lotgenotengroep chronische pijn",
                "informeel",
                ["zorg-en-gezondheid"],
                ["beperking"],
                {"hours": EVENING, "text": "Ervaringen delen over leven met pijn, elke maand."},
            ),
        ],
    ),
    (
        "Herstelcafé {label}",
        {},
        [
            (
                "Herstelcafé met ervaringsdeskundigen",
                "informeel",
                ["zorg-en-gezondheid", "welzijn-en-meedoen"],
                ["psychische-gezondheid"],
                {
                    "hours": EVENING,
                    "walk_in": True,
                    "text": "Binnenlopen bij mensen die zelf psychische problemen hebben gehad.",
                },
            ),
            (
                "Luisterlijn in de nacht",
                "informeel",
                ["zorg-en-gezondheid"],
                ["psychische-gezondheid", "iedereen"],
                {
                    "hours": NIGHT,
                    "walk_in": False,
                    "text": "Een luisterend oor, ook laat op de avond.",
                },
            ),
        ],
    ),
    (
        "Cliëntenraad en familievereniging {label}",
        {"independent": True},
        [
            (
                "Familiesteun bij psychische problemen",
                "informeel",
                ["zorg-en-gezondheid"],
                ["psychische-gezondheid", "mantelzorgers"],
                {"text": "Voor familie en naasten van iemand met psychische problemen."},
            ),
        ],
    ),
    (
        "Stichting Naast U {label}",
        {"independent": True},
        [
            (
                "Onafhankelijke cliëntondersteuning",
                "clientondersteuning",
                ["zorg-en-gezondheid", "wonen", "welzijn-en-meedoen", "werk-en-inkomen"],
                ["iedereen"],
                {
                    "hours": OFFICE,
                    "home_visit": True,
                    "text": "Een onafhankelijke ondersteuner helpt u "
                    "uw vraag helder te krijgen en gaat mee naar het gesprek met de "
                    "gemeente. Gratis.",
                },
            ),
            (
                "Hulp bij bezwaar en klacht",
                "clientondersteuning",
                ["zorg-en-gezondheid"],
                ["iedereen"],
                {
                    "hours": OFFICE,
                    "text": "Bent u het niet eens met een besluit? Wij "
                    "helpen bij een klacht, bezwaar of beroep.",
                },
            ),
        ],
    ),
    (
        "MEE {label}",
        {"independent": True},
        [
            (
                "Cliëntondersteuning bij een beperking",
                "clientondersteuning",
                ["zorg-en-gezondheid", "onderwijs", "werk-en-inkomen"],
                ["beperking"],
                {
                    "hours": OFFICE,
                    "home_visit": True,
                    "text": "Voor mensen met een beperking en hun "
                    "naasten: uitzoeken welke hulp past, en hulp bij het aanvragen.",
                },
            ),
            (
                "Op weg naar 18: wat verandert er?",
                "clientondersteuning",
                ["opvoeden-en-jeugd", "onderwijs"],
                ["jeugd-en-ouders", "beperking"],
                {
                    "min_age": 16,
                    "max_age": 23,
                    "text": "Bij 18 jaar verandert de zorg. Wij helpen "
                    "jongeren en ouders bij de overgang.",
                },
            ),
        ],
    ),
    (
        "Maatschappelijk werk {label}",
        {"independent": True},
        [
            (
                "Algemeen maatschappelijk werk",
                "clientondersteuning",
                ["welzijn-en-meedoen", "geldzaken-en-schulden", "wonen"],
                ["iedereen"],
                {
                    "hours": OFFICE,
                    "walk_in": True,
                    "text": "Hulp bij problemen met geld, relaties, wonen of verwerken.",
                },
            ),
            (
                "Inloopspreekuur maatschappelijk werk",
                "kortdurend",
                ["welzijn-en-meedoen"],
                ["iedereen"],
                {
                    "hours": MORNINGS,
                    "walk_in": True,
                    "text": "Zonder afspraak binnenlopen met een vraag.",
                },
            ),
        ],
    ),
    (
        "Sociaal Raadslieden {label}",
        {"independent": True},
        [
            (
                "Hulp bij brieven en regels",
                "clientondersteuning",
                ["geldzaken-en-schulden", "werk-en-inkomen"],
                ["iedereen"],
                {
                    "hours": OFFICE,
                    "text": "Uitleg over brieven van instanties, toeslagen en uw rechten.",
                },
            ),
            (
                "Belastingspreekuur",
                "clientondersteuning",
                ["geldzaken-en-schulden"],
                ["ouderen", "iedereen"],
                {
                    "hours": MORNINGS,
                    "walk_in": True,
                    "text": "Hulp bij de belastingaangifte als uw inkomen laag is.",
                },
            ),
        ],
    ),
    (
        "GGz-steunpunt {label}",
        {"independent": True},
        [
            (
                "Steunpunt GGz: inloop en advies",
                "clientondersteuning",
                ["zorg-en-gezondheid"],
                ["psychische-gezondheid"],
                {
                    "hours": MORNINGS,
                    "walk_in": True,
                    "text": "Voor vragen over psychische gezondheid en zorg.",
                },
            ),
        ],
    ),
    (
        "Welzijn {label}",
        {},
        [
            (
                "Kortdurende ondersteuning bij uw vraag",
                "kortdurend",
                ["welzijn-en-meedoen", "wonen"],
                ["iedereen"],
                {
                    "hours": OFFICE,
                    "text": "Vijf tot acht gesprekken om zelf weer verder te kunnen.",
                },
            ),
            (
                "Buurtkamer",
                "kortdurend",
                ["welzijn-en-meedoen"],
                ["ouderen", "iedereen"],
                {
                    "hours": MORNINGS,
                    "walk_in": True,
                    "radius": 5,
                    "text": "Koffie, een praatje en activiteiten in uw buurt.",
                },
            ),
        ],
    ),
    (
        "Centrum voor Jeugd en Gezin {label}",
        {},
        [
            (
                "Opvoedspreekuur",
                "kortdurend",
                ["opvoeden-en-jeugd"],
                ["jeugd-en-ouders"],
                {"hours": OFFICE, "text": "Vragen over opvoeden en opgroeien, van baby tot puber."},
            ),
            (
                "Jongerenwerk",
                "kortdurend",
                ["opvoeden-en-jeugd", "welzijn-en-meedoen"],
                ["jeugd-en-ouders"],
                {
                    "hours": EVENING,
                    "min_age": 12,
                    "max_age": 23,
                    "text": "Een plek en een luisterend oor voor jongeren.",
                },
            ),
        ],
    ),
    (
        "SchuldHulpMaatjes {label}",
        {},
        [
            (
                "Maatje bij geldzorgen",
                "informeel",
                ["geldzaken-en-schulden"],
                ["iedereen"],
                {
                    "home_visit": True,
                    "text": "Een getrainde vrijwilliger helpt uw administratie op orde te brengen.",
                },
            ),
        ],
    ),
    (
        "Vluchtelingenwerk {label}",
        {"independent": True},
        [
            (
                "Taalmaatje voor nieuwkomers",
                "informeel",
                ["onderwijs", "welzijn-en-meedoen"],
                ["nieuwkomers"],
                {
                    "languages": ["ar", "ti", "uk", "en"],
                    "text": "Samen Nederlands oefenen in het dagelijks leven.",
                },
            ),
            (
                "Spreekuur voor nieuwkomers",
                "kortdurend",
                ["werk-en-inkomen", "wonen"],
                ["nieuwkomers"],
                {
                    "hours": MORNINGS,
                    "walk_in": True,
                    "languages": ["ar", "ti", "uk", "en", "so"],
                    "text": "Hulp bij post, wonen en werk voor statushouders.",
                },
            ),
        ],
    ),
    (
        "Gebiedsteam {label}",
        {"municipal": True},
        [
            (
                "Hulpvraag melden bij het gebiedsteam",
                "toegang",
                ["zorg-en-gezondheid", "wonen", "opvoeden-en-jeugd"],
                ["iedereen"],
                {"hours": OFFICE, "text": "Hier meldt u een vraag om hulp of ondersteuning thuis."},
            ),
            (
                "Het gesprek (onderzoek Wmo)",
                "toegang",
                ["zorg-en-gezondheid", "wonen"],
                ["iedereen"],
                {
                    "home_visit": True,
                    "text": "Een medewerker van de gemeente onderzoekt met u wat u "
                    "nodig hebt. U mag een onafhankelijke cliëntondersteuner meenemen.",
                },
            ),
        ],
    ),
    (
        "Wmo-loket {label}",
        {"municipal": True},
        [
            (
                "Wmo-loket: vragen over hulp thuis",
                "toegang",
                ["zorg-en-gezondheid", "wonen"],
                ["ouderen", "beperking"],
                {
                    "hours": OFFICE,
                    "walk_in": True,
                    "text": "Informatie over hulpmiddelen, woningaanpassing en "
                    "hulp in het huishouden.",
                },
            ),
            (
                "Jeugdloket",
                "toegang",
                ["opvoeden-en-jeugd"],
                ["jeugd-en-ouders"],
                {"hours": OFFICE, "text": "Vragen over jeugdhulp en hoe u die aanvraagt."},
            ),
        ],
    ),
    (
        "Zorggroep Thuis {label}",
        {},
        [
            (
                "Begeleiding thuis",
                "maatwerk",
                ["zorg-en-gezondheid", "wonen"],
                ["beperking", "psychische-gezondheid"],
                {
                    "referral": True,
                    "free": False,
                    "cost": "Eigen bijdrage volgens de regels van de gemeente.",
                    "text": "Een begeleider helpt u structuur aan te brengen in uw dag.",
                },
            ),
            (
                "Dagbesteding",
                "maatwerk",
                ["welzijn-en-meedoen", "zorg-en-gezondheid"],
                ["ouderen", "beperking"],
                {
                    "referral": True,
                    "hours": OFFICE,
                    "free": False,
                    "cost": "Eigen bijdrage volgens de regels van de gemeente.",
                    "text": "Een zinvolle dag met anderen, met begeleiding.",
                },
            ),
        ],
    ),
    (
        "Jeugdzorg {label}",
        {},
        [
            (
                "Specialistische jeugdhulp",
                "maatwerk",
                ["opvoeden-en-jeugd"],
                ["jeugd-en-ouders"],
                {
                    "referral": True,
                    "max_age": 18,
                    "text": "Intensieve hulp voor kinderen en gezinnen, na een verwijzing.",
                },
            ),
        ],
    ),
    (
        "Steunpunt Veilig Thuis {label}",
        {"independent": True},
        [
            (
                "Advies bij huiselijk geweld",
                "kortdurend",
                ["veiligheid"],
                ["iedereen"],
                {
                    "hours": OFFICE,
                    "text": "Anoniem advies als u zich thuis niet veilig voelt, of zorgen "
                    "hebt over een ander.",
                },
            ),
        ],
    ),
    (
        "Werkplein {label}",
        {"municipal": True},
        [
            (
                "Hulp bij werk zoeken",
                "toegang",
                ["werk-en-inkomen"],
                ["iedereen", "nieuwkomers"],
                {
                    "hours": OFFICE,
                    "text": "Ondersteuning bij het vinden van werk of een opleiding.",
                },
            ),
            (
                "Inkomen en bijstand",
                "toegang",
                ["werk-en-inkomen", "geldzaken-en-schulden"],
                ["iedereen"],
                {
                    "hours": OFFICE,
                    "text": "Vragen over bijstand en extra hulp bij een laag inkomen.",
                },
            ),
        ],
    ),
    (
        "Taalhuis in de bibliotheek {label}",
        {},
        [
            (
                "Digicafé: hulp met computer en DigiD",
                "informeel",
                ["onderwijs", "welzijn-en-meedoen"],
                ["ouderen", "iedereen"],
                {
                    "hours": MORNINGS,
                    "walk_in": True,
                    "text": "Vrijwilligers helpen met de computer, DigiD en online formulieren.",
                },
            ),
            (
                "Beter lezen en schrijven",
                "informeel",
                ["onderwijs"],
                ["iedereen", "nieuwkomers"],
                {"hours": EVENING, "text": "Oefenen met lezen en schrijven in een kleine groep."},
            ),
        ],
    ),
    (
        "Woonconsulenten {label}",
        {},
        [
            (
                "Woonadvies voor later",
                "kortdurend",
                ["wonen"],
                ["ouderen", "beperking"],
                {
                    "home_visit": True,
                    "text": "Advies over veilig en prettig blijven wonen in uw huis.",
                },
            ),
        ],
    ),
    (
        "Vrijwilligerscentrale {label}",
        {},
        [
            (
                "Vrijwillige hulp bij klusjes en vervoer",
                "informeel",
                ["wonen", "welzijn-en-meedoen"],
                ["ouderen", "beperking"],
                {
                    "home_visit": True,
                    "text": "Een vrijwilliger helpt met een "
                    "klein klusje of rijdt mee naar de dokter.",
                },
            ),
            (
                "Boodschappenhulp",
                "informeel",
                ["welzijn-en-meedoen"],
                ["ouderen", "beperking"],
                {"home_visit": True, "text": "Samen boodschappen doen, of ze laten brengen."},
            ),
        ],
    ),
]
