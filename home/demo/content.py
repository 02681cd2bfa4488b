"""Demo content for two fictitious municipal sites; every text is marked as demo on the site."""

from datetime import date

# A body is a list of (block_type, value) tuples, using these block types and value shapes:
#   ("heading", {"text": str, "level": "h2" | "h3"})
#   ("paragraph", "<p>html</p>")
#       only <p>, <ul>/<ol>/<li>, <b>, <i>, <a href="https://..."> allowed
#   ("accordion", {"title": str, "items": [{"question": str, "answer": "<p>html</p>"}]})
#   ("contact_card", {"name": str, "description": str, "phone": str, "email": str,
#                     "address": str, "opening_hours": str})
#   ("quote", {"quote": str, "attribution": str})
#   ("call_to_action", {"text": str, "label": str, "page_slug": str})
#       links to another page of the same site by slug
#   ("table", {"caption": str, "rows": [[header cells...], [cells...], ...]})
#       first row is the header row
# A page is a dict:
#   {"slug": str, "title": str, "intro": str (1-2 sentences, max 300 chars), "show_in_menus": bool,
#    "footer": bool (link it in the footer), "body": [...],
#    "en": {"slug": str, "title": str, "intro": str, "body": [...]}}
# News: {"slug", "title", "date": date(...), "intro", "body": [...],
#        "en": {...same keys without date}}
#
# Notes on this data:
# - call_to_action "page_slug" and tile "page_slug" always name the Dutch page slug, also inside
#   "en" bodies; the English page is its translation (blocks link via page.localized).
# - All organisations, people, phone numbers, e-mail addresses and street addresses are made up.
#   Only 112, 0800-2000 (Veilig Thuis) and 0800-0113 (113 Zelfmoordpreventie) are real numbers.
# - The two data-source credits on the "over-deze-site" pages are kept verbatim in both languages.

SITES = [
    {
        "key": "midden-limburg-west",
        "hostname": "midden-limburg-west.localhost",
        "is_default": True,
        "site_name": "Steunwijzer Midden-Limburg West",
        "organisation_name": "Samen Sterk Midden-Limburg West (demo)",
        "tagline": (
            "Gratis en onafhankelijke hulp bij vragen over zorg, welzijn, wonen, werk en geld"
        ),
        "tagline_en": (
            "Free and independent help with questions about care, welfare, housing, work and money"
        ),
        "theme": "blauw",
        "municipality_codes": ["GM0988", "GM0946", "GM1640", "GM1641"],
        "contact_phone": "0495-000100",
        "contact_email": "samensterk-mlw@example.org",
        "contact_address": "Voorbeeldstraat 10\n6001 XX Weert",
        "contact_hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
        "emergency_contact_label": (
            "Crisisdienst sociaal domein van de gemeenten, buiten kantoortijd"
        ),
        "emergency_contact_phone": "0495-000199",
        "emergency_numbers": [
            {
                "label": "Alarmnummer bij direct gevaar",
                "phone": "112",
                "description": (
                    "Bel 112 als iemands leven in gevaar is, bij brand of bij een misdrijf dat nu "
                    "gebeurt."
                ),
            },
            {
                "label": "Veilig Thuis (huiselijk geweld en kindermishandeling)",
                "phone": "0800-2000",
                "description": (
                    "Gratis, dag en nacht. Voor advies of een melding als u zich zorgen maakt over "
                    "geweld thuis, bij uzelf of bij een ander."
                ),
            },
            {
                "label": "113 Zelfmoordpreventie",
                "phone": "0800-0113",
                "description": (
                    "Denkt u aan zelfmoord, of maakt u zich zorgen om iemand? Bel gratis, dag en "
                    "nacht. Chatten kan via 113.nl."
                ),
            },
        ],
        "home": {
            "title": "Steunwijzer Midden-Limburg West",
            "intro": (
                "Vind gratis en onafhankelijke hulp bij uw vragen in Weert, Nederweert, Leudal en "
                "Maasgouw."
            ),
            "hero_title": "Een vraag over zorg, wonen, werk of geld?",
            "hero_text": (
                "Een cliëntondersteuner helpt u gratis. Hij of zij staat aan uw kant, niet aan de "
                "kant van de gemeente. U hebt geen verwijzing nodig."
            ),
            "en": {
                "title": "Steunwijzer Midden-Limburg West",
                "intro": (
                    "Find free and independent help with your questions in Weert, Nederweert, "
                    "Leudal and Maasgouw."
                ),
                "hero_title": "A question about care, housing, work or money?",
                "hero_text": (
                    "A client supporter helps you for free. They are on your side, not on the side "
                    "of the municipality. You do not need a referral."
                ),
            },
        },
        "tiles": [
            {
                "title": "Hulp bij uw vraag",
                "text": (
                    "Wat doet een cliëntondersteuner en hoe helpt die u? Lees het in vijf stappen."
                ),
                "page_slug": "clientondersteuning",
                "en": {
                    "title": "Help with your question",
                    "text": (
                        "What does a client supporter do and how can they help you? Read it in "
                        "five steps."
                    ),
                },
            },
            {
                "title": "Eerst kijken wat er al is",
                "text": (
                    "Vaak kan iemand dichtbij u al helpen. Denk aan familie, buren of een "
                    "vrijwillige ouderenadviseur."
                ),
                "page_slug": "informele-hulp-eerst",
                "en": {
                    "title": "First look at what is already there",
                    "text": (
                        "Often someone close to you can already help. Think of family, neighbours "
                        "or a volunteer adviser for older people."
                    ),
                },
            },
            {
                "title": "Zelftest voor Wmo-raden",
                "text": (
                    "Is cliëntondersteuning in uw gemeente goed geregeld? Bekijk de zeven thema's "
                    "van de zelftest."
                ),
                "page_slug": "voor-wmo-raden",
                "en": {
                    "title": "Self-test for Wmo councils",
                    "text": (
                        "Is client support well arranged in your municipality? Look at the seven "
                        "themes of the self-test."
                    ),
                },
            },
        ],
        "pages": [
            {
                "slug": "clientondersteuning",
                "title": "Wat is cliëntondersteuning?",
                "intro": (
                    "Een cliëntondersteuner helpt u gratis als u een vraag hebt over zorg, "
                    "welzijn, wonen, werk of geld. Hij of zij staat aan uw kant."
                ),
                "show_in_menus": True,
                "footer": False,
                "body": [
                    ("heading", {"text": "Iemand die naast u staat", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Soms loopt u vast. Bijvoorbeeld omdat u thuis niet meer alles "
                            "alleen kunt. Of omdat u zorgen hebt over uw kind, uw werk of uw geld. "
                            "Dan is het fijn als iemand met u meedenkt. Dat kan een "
                            "cliëntondersteuner zijn.</p>"
                            "<p>Een cliëntondersteuner helpt mensen met vragen over hulp en "
                            "ondersteuning. Dat is zijn of haar vak. De ondersteuner werkt niet "
                            "voor de afdeling van de gemeente die beslist over uw hulp. Hij of zij "
                            "let alleen op wat <b>u</b> nodig hebt. Dat noemen we "
                            "<i>onafhankelijk</i>.</p>"
                            "<p>In Weert, Nederweert, Leudal en Maasgouw doet Samen Sterk dit "
                            "werk. De vier gemeenten betalen ervoor. Maar zij bepalen niet wat de "
                            "ondersteuner tegen u zegt of voor u doet.</p>"
                        ),
                    ),
                    ("heading", {"text": "Waarmee helpt een cliëntondersteuner?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li><b>Uw vraag helder krijgen.</b> Samen zoekt u uit wat er aan de "
                            "hand is. En wat u echt nodig hebt. Ook kijkt u wat u zelf al "
                            "kunt.</li>"
                            "<li><b>Informatie en advies.</b> U hoort welke hulp er is in uw dorp "
                            "of wijk. En welke regels daarbij horen.</li>"
                            "<li><b>Mee naar het gesprek.</b> Vraagt u hulp bij de gemeente? Dan "
                            "volgt een gesprek. Dat heet 'het gesprek' of het keukentafelgesprek. "
                            "De ondersteuner helpt u om u voor te bereiden. Als u wilt, is hij of "
                            "zij erbij.</li>"
                            "<li><b>Hulp bij een klacht of bezwaar.</b> Bent u het niet eens met "
                            "de gemeente? De ondersteuner legt uit wat u kunt doen. En helpt u "
                            "daarbij.</li>"
                            "</ul>"
                            "<p>Het gaat niet alleen om zorg. U kunt ook terecht met vragen over "
                            "jeugd, school, wonen, werk, inkomen of schulden. Alles wat met uw "
                            "dagelijks leven te maken heeft.</p>"
                        ),
                    ),
                    ("heading", {"text": "Zo gaat het: vijf stappen", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Cliëntondersteuning gaat in stappen. U hoeft niet alle stappen te "
                            "doen. Soms is één gesprek genoeg. Soms helpt de ondersteuner u een "
                            "paar maanden. U bepaalt het tempo.</p>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "De vijf stappen van cliëntondersteuning",
                            "rows": [
                                ["Stap", "Wat gebeurt er?"],
                                [
                                    "A. Uw vraag helder maken",
                                    (
                                        "U vertelt wat er speelt. Samen kijkt u wat u wilt en wat "
                                        "u nodig hebt."
                                    ),
                                ],
                                [
                                    "B. Informatie om te kiezen",
                                    (
                                        "U hoort welke mogelijkheden er zijn. Zo kunt u zelf een "
                                        "goede keuze maken."
                                    ),
                                ],
                                [
                                    "C. Hulp bij het regelen",
                                    (
                                        "Als u dat wilt, helpt de ondersteuner u de hulp te vinden "
                                        "en aan te vragen."
                                    ),
                                ],
                                [
                                    "D. Steun bij het gesprek",
                                    (
                                        "De ondersteuner helpt u voor, tijdens en na het gesprek "
                                        "met de gemeente."
                                    ),
                                ],
                                [
                                    "E. Terugkijken",
                                    (
                                        "Samen kijkt u of u de hulp hebt gekregen die bij u past. "
                                        "Zo niet, dan zoekt u verder."
                                    ),
                                ],
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Ik wist niet waar ik moest beginnen. De ondersteuner hielp me om "
                                "mijn vraag op papier te zetten. Daarna vond ik het gesprek met de "
                                "gemeente veel minder spannend."
                            ),
                            "attribution": "Verzonnen voorbeeld van een inwoner uit Nederweert",
                        },
                    ),
                    ("heading", {"text": "Contact met een cliëntondersteuner", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>U kunt bellen, mailen of langskomen. Komt u liever niet naar "
                            "Weert? Vraag dan of de ondersteuner bij u thuis komt. Of kom naar het "
                            "inloopspreekuur in Heythuysen of Maasbracht.</p>"
                        ),
                    ),
                    (
                        "contact_card",
                        {
                            "name": "Cliëntondersteuning Samen Sterk",
                            "description": (
                                "Gratis en onafhankelijke hulp voor inwoners van Weert, "
                                "Nederweert, Leudal en Maasgouw. Een huisbezoek kan ook."
                            ),
                            "phone": "0495-000100",
                            "email": "samensterk-mlw@example.org",
                            "address": "Voorbeeldstraat 10, 6001 XX Weert",
                            "opening_hours": (
                                "Maandag tot en met vrijdag 9.00 tot 17.00 uur. Inloopspreekuur op "
                                "dinsdagochtend in Heythuysen en Maasbracht."
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Wilt u weten of cliëntondersteuning iets kost en of u een "
                                "verwijzing nodig hebt?"
                            ),
                            "label": "Gratis en zonder verwijzing",
                            "page_slug": "gratis-en-zonder-verwijzing",
                        },
                    ),
                ],
                "en": {
                    "slug": "client-support",
                    "title": "What is client support?",
                    "intro": (
                        "A client supporter helps you for free when you have a question about "
                        "care, welfare, housing, work or money. They are on your side."
                    ),
                    "body": [
                        ("heading", {"text": "Someone who stands beside you", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Sometimes you get stuck. For example, because you can no "
                                "longer manage everything at home on your own. Or because you "
                                "worry about your child, your job or your money. Then it helps "
                                "when someone thinks along with you. That can be a client "
                                "supporter.</p>"
                                "<p>A client supporter helps people with questions about help and "
                                "support. That is their profession. The supporter does not work "
                                "for the department of the municipality that decides about your "
                                "help. They only look at what <b>you</b> need. We call that "
                                "<i>independent</i>.</p>"
                                "<p>In Weert, Nederweert, Leudal and Maasgouw, Samen Sterk does "
                                "this work. The four municipalities pay for it. But they do not "
                                "decide what the supporter says to you or does for you.</p>"
                            ),
                        ),
                        ("heading", {"text": "How does a client supporter help?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul>"
                                "<li><b>Making your question clear.</b> Together you find out what "
                                "is going on and what you really need. You also look at what you "
                                "can already do yourself.</li>"
                                "<li><b>Information and advice.</b> You hear what help there is in "
                                "your village or neighbourhood, and which rules apply.</li>"
                                "<li><b>Coming along to the conversation.</b> Do you ask the "
                                "municipality for help? Then you will have a conversation with "
                                "them. It is called 'the conversation' or the kitchen-table "
                                "conversation. The supporter helps you prepare. If you like, they "
                                "will be there with you.</li>"
                                "<li><b>Help with a complaint or objection.</b> Do you disagree "
                                "with the municipality? The supporter explains what you can do and "
                                "helps you do it.</li>"
                                "</ul>"
                                "<p>It is not only about care. You can also come with questions "
                                "about young people, school, housing, work, income or debts. "
                                "Anything to do with your daily life.</p>"
                            ),
                        ),
                        ("heading", {"text": "How it works: five steps", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Client support goes in steps. You do not have to take every "
                                "step. Sometimes one conversation is enough. Sometimes the "
                                "supporter helps you for a few months. You set the pace.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "caption": "The five steps of client support",
                                "rows": [
                                    ["Step", "What happens?"],
                                    [
                                        "A. Making your question clear",
                                        (
                                            "You tell what is going on. Together you look at what "
                                            "you want and what you need."
                                        ),
                                    ],
                                    [
                                        "B. Information to choose",
                                        (
                                            "You hear what the options are, so you can make a good "
                                            "choice yourself."
                                        ),
                                    ],
                                    [
                                        "C. Help with arranging",
                                        (
                                            "If you want, the supporter helps you find and apply "
                                            "for help."
                                        ),
                                    ],
                                    [
                                        "D. Support with the conversation",
                                        (
                                            "The supporter helps you before, during and after the "
                                            "conversation with the municipality."
                                        ),
                                    ],
                                    [
                                        "E. Looking back",
                                        (
                                            "Together you check whether you got the help that "
                                            "suits you. If not, you keep looking."
                                        ),
                                    ],
                                ],
                            },
                        ),
                        (
                            "quote",
                            {
                                "quote": (
                                    "I did not know where to start. The supporter helped me put my "
                                    "question on paper. After that, the conversation with the "
                                    "municipality felt much less scary."
                                ),
                                "attribution": "Made-up example of a resident of Nederweert",
                            },
                        ),
                        ("heading", {"text": "Contact a client supporter", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>You can call, send an e-mail or drop in. Would you rather not "
                                "travel to Weert? Then ask whether the supporter can visit you at "
                                "home. Or come to the walk-in hours in Heythuysen or "
                                "Maasbracht.</p>"
                            ),
                        ),
                        (
                            "contact_card",
                            {
                                "name": "Client support Samen Sterk",
                                "description": (
                                    "Free and independent help for residents of Weert, Nederweert, "
                                    "Leudal and Maasgouw. A home visit is also possible."
                                ),
                                "phone": "0495-000100",
                                "email": "samensterk-mlw@example.org",
                                "address": "Voorbeeldstraat 10, 6001 XX Weert",
                                "opening_hours": (
                                    "Monday to Friday 9.00 to 17.00. Walk-in hours on Tuesday "
                                    "morning in Heythuysen and Maasbracht."
                                ),
                            },
                        ),
                        (
                            "call_to_action",
                            {
                                "text": (
                                    "Do you want to know whether client support costs anything and "
                                    "whether you need a referral?"
                                ),
                                "label": "Free and without referral",
                                "page_slug": "gratis-en-zonder-verwijzing",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "gratis-en-zonder-verwijzing",
                "title": "Gratis en zonder verwijzing",
                "intro": (
                    "Cliëntondersteuning kost u niets. U hebt geen verwijzing nodig van de "
                    "huisarts of de gemeente. U kunt zelf contact opnemen."
                ),
                "show_in_menus": True,
                "footer": False,
                "body": [
                    ("heading", {"text": "Het kost u niets", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Voor cliëntondersteuning betaalt u nooit iets. Ook geen eigen "
                            "bijdrage. Een eigen bijdrage is een bedrag dat u soms zelf betaalt "
                            "voor hulp van de gemeente. Voor cliëntondersteuning mag de gemeente "
                            "dat niet vragen. Dat staat in de wet: de Wet maatschappelijke "
                            "ondersteuning 2015, kort de Wmo 2015.</p>"
                        ),
                    ),
                    ("heading", {"text": "U hoeft niets aan te vragen", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>U hebt geen verwijzing nodig. Ook geen indicatie. Een indicatie is "
                            "een besluit dat u recht hebt op een bepaalde vorm van zorg. Voor "
                            "cliëntondersteuning is dat niet nodig. U belt, mailt of komt langs. "
                            "Meer hoeft niet.</p>"
                            "<p>U mag ook contact opnemen voordat u iets bij de gemeente hebt "
                            "gevraagd. Juist dan kan een ondersteuner veel voor u doen. Samen zet "
                            "u uw vraag op een rij.</p>"
                        ),
                    ),
                    ("heading", {"text": "U mag iemand meenemen", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Neem gerust iemand mee naar een afspraak. Bijvoorbeeld uw partner, "
                            "een van uw kinderen, een buurvrouw of een vriend. Twee horen meer dan "
                            "één. Ook bij het gesprek met de gemeente mag u iemand meenemen. Dat "
                            "kan samen met de cliëntondersteuner, of in plaats van de "
                            "ondersteuner.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Twijfelt u of uw ondersteuner echt aan uw kant staat?",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>De ondersteuner moet alleen voor u werken. Hebt u het gevoel dat "
                            "dat niet zo is? Denkt u bijvoorbeeld dat de ondersteuner vooral "
                            "luistert naar de gemeente of naar een zorgorganisatie? Dan mag u om "
                            "een andere ondersteuner vragen. De gemeente moet daarvoor zorgen. Dat "
                            "staat ook in de wet.</p>"
                            "<p>Zeg het tegen Samen Sterk of tegen de gemeente. Vertel kort waarom "
                            "u twijfelt. Dan krijgt u een andere ondersteuner.</p>"
                        ),
                    ),
                    (
                        "accordion",
                        {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {
                                    "question": "Moet ik eerst naar de huisarts?",
                                    "answer": (
                                        "<p>Nee. U kunt zelf contact opnemen. Uw huisarts, de "
                                        "praktijkondersteuner of de gemeente kunnen u wel naar ons "
                                        "verwijzen. Maar dat hoeft niet.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Ik heb geen vraag over zorg, maar wel zorgen over geld. "
                                        "Kan ik dan ook bellen?"
                                    ),
                                    "answer": (
                                        "<p>Ja. Cliëntondersteuning is er voor alle vragen over uw "
                                        "dagelijks leven. Denk aan zorg, jeugd, wonen, werk, "
                                        "inkomen en schulden. Weet de ondersteuner het antwoord "
                                        "niet? Dan zoekt hij of zij uit wie u wel verder helpt.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Vertelt de ondersteuner alles door aan de gemeente?"
                                    ),
                                    "answer": (
                                        "<p>Nee. De ondersteuner gaat zorgvuldig om met wat u "
                                        "vertelt. Hij of zij deelt alleen iets met de gemeente als "
                                        "u daar toestemming voor geeft.</p>"
                                    ),
                                },
                                {
                                    "question": "Hoe lang mag ik hulp krijgen?",
                                    "answer": (
                                        "<p>Zo lang als nodig is voor uw vraag. Soms is één "
                                        "gesprek genoeg. Soms duurt het een paar maanden. U "
                                        "spreekt samen af wanneer u stopt.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Ik woon in een klein dorp. Moet ik naar Weert komen?"
                                    ),
                                    "answer": (
                                        "<p>Nee. De ondersteuner kan bij u thuis komen. U kunt ook "
                                        "naar het inloopspreekuur in Heythuysen of Maasbracht. Of "
                                        "u belt of mailt.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Ik lees of spreek niet goed Nederlands. Kan ik toch hulp "
                                        "krijgen?"
                                    ),
                                    "answer": (
                                        "<p>Ja. Zeg het gerust als lezen of schrijven lastig is. "
                                        "De ondersteuner legt alles rustig uit en helpt met "
                                        "brieven en formulieren. Neem iemand mee die voor u kan "
                                        "vertalen. Of vraag wat er mogelijk is met een tolk.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Hebt u binnenkort een gesprek met de gemeente? Lees hoe u zich "
                                "goed voorbereidt."
                            ),
                            "label": "Het gesprek voorbereiden",
                            "page_slug": "het-gesprek",
                        },
                    ),
                ],
                "en": {
                    "slug": "free-without-referral",
                    "title": "Free and without referral",
                    "intro": (
                        "Client support costs you nothing. You do not need a referral from your GP "
                        "or the municipality. You can contact us yourself."
                    ),
                    "body": [
                        ("heading", {"text": "It costs you nothing", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>You never pay for client support. Not even a personal "
                                "contribution. A personal contribution is an amount you sometimes "
                                "pay yourself for help from the municipality. For client support, "
                                "the municipality is not allowed to ask for it. This is in the "
                                "law: the Social Support Act 2015, in short the Wmo 2015.</p>"
                            ),
                        ),
                        ("heading", {"text": "You do not have to apply", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>You do not need a referral. You do not need an assessment "
                                "decision either. Such a decision (in Dutch: indicatie) says you "
                                "are entitled to a certain kind of care. For client support it is "
                                "not needed. You call, e-mail or drop in. That is all.</p>"
                                "<p>You may also get in touch before you have asked the "
                                "municipality for anything. That is exactly when a supporter can "
                                "do a lot for you. Together you put your question in order.</p>"
                            ),
                        ),
                        ("heading", {"text": "You may bring someone", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Feel free to bring someone to an appointment. For example your "
                                "partner, one of your children, a neighbour or a friend. Two "
                                "people hear more than one. You may also bring someone to the "
                                "conversation with the municipality. That can be together with the "
                                "client supporter, or instead of the supporter.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": (
                                    "Do you doubt whether your supporter is really on your side?"
                                ),
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The supporter must work only for you. Do you feel that this is "
                                "not the case? For example, do you think the supporter mainly "
                                "listens to the municipality or to a care organisation? Then you "
                                "may ask for another supporter. The municipality must arrange "
                                "this. That is also in the law.</p>"
                                "<p>Tell Samen Sterk or the municipality. Say briefly why you have "
                                "doubts. Then you will get another supporter.</p>"
                            ),
                        ),
                        (
                            "accordion",
                            {
                                "title": "Frequently asked questions",
                                "items": [
                                    {
                                        "question": "Do I have to see my GP first?",
                                        "answer": (
                                            "<p>No. You can contact us yourself. Your GP, the "
                                            "practice nurse or the municipality can refer you to "
                                            "us. But that is not necessary.</p>"
                                        ),
                                    },
                                    {
                                        "question": (
                                            "My question is not about care, but I worry about "
                                            "money. Can I still call?"
                                        ),
                                        "answer": (
                                            "<p>Yes. Client support is there for all questions "
                                            "about your daily life. Think of care, young people, "
                                            "housing, work, income and debts. If the supporter "
                                            "does not know the answer, they will find out who can "
                                            "help you further.</p>"
                                        ),
                                    },
                                    {
                                        "question": (
                                            "Does the supporter pass everything on to the "
                                            "municipality?"
                                        ),
                                        "answer": (
                                            "<p>No. The supporter handles what you tell them with "
                                            "care. They only share something with the municipality "
                                            "if you give permission.</p>"
                                        ),
                                    },
                                    {
                                        "question": "How long can I get help?",
                                        "answer": (
                                            "<p>As long as your question needs. Sometimes one "
                                            "conversation is enough. Sometimes it takes a few "
                                            "months. Together you agree when to stop.</p>"
                                        ),
                                    },
                                    {
                                        "question": (
                                            "I live in a small village. Do I have to come to Weert?"
                                        ),
                                        "answer": (
                                            "<p>No. The supporter can visit you at home. You can "
                                            "also go to the walk-in hours in Heythuysen or "
                                            "Maasbracht. Or you call or e-mail.</p>"
                                        ),
                                    },
                                    {
                                        "question": (
                                            "I do not read or speak Dutch well. Can I still get "
                                            "help?"
                                        ),
                                        "answer": (
                                            "<p>Yes. Feel free to say so if reading or writing is "
                                            "difficult. The supporter explains everything calmly "
                                            "and helps with letters and forms. Bring someone who "
                                            "can translate for you. Or ask what is possible with "
                                            "an interpreter.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "call_to_action",
                            {
                                "text": (
                                    "Will you soon have a conversation with the municipality? Read "
                                    "how to prepare well."
                                ),
                                "label": "Prepare for the conversation",
                                "page_slug": "het-gesprek",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "informele-hulp-eerst",
                "title": "Eerst kijken wat er al is",
                "intro": (
                    "Voordat de gemeente hulp op maat regelt, kijkt u eerst wat u zelf kunt en wie "
                    "u al kan helpen. Zo vindt u vaak sneller hulp die bij u past."
                ),
                "show_in_menus": True,
                "footer": False,
                "body": [
                    ("heading", {"text": "Waarom eerst kijken wat er al is?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Hulp die dichtbij begint, is vaak de beste hulp. Een buurman die "
                            "boodschappen meeneemt, is er sneller dan hulp via een aanvraag. "
                            "Daarom kijkt de gemeente in een vaste volgorde naar oplossingen. Die "
                            "volgorde staat in de Wmo 2015. In de tabel ziet u hoe dat gaat.</p>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "De volgorde van oplossingen, met voorbeelden",
                            "rows": [
                                ["Volgorde", "Wat is het?", "Voorbeeld"],
                                [
                                    "1. Wat u zelf kunt",
                                    (
                                        "Wat u zelf doet of regelt, soms met een hulpmiddel uit de "
                                        "winkel."
                                    ),
                                    "Een douchestoel kopen. Boodschappen laten bezorgen.",
                                ],
                                [
                                    "2. Mensen om u heen",
                                    (
                                        "Hulp van familie, vrienden en buren. En van mantelzorgers "
                                        "en vrijwilligers."
                                    ),
                                    (
                                        "Uw dochter rijdt u naar het ziekenhuis. Een vrijwilliger "
                                        "komt elke week op bezoek."
                                    ),
                                ],
                                [
                                    "3. Algemene voorzieningen",
                                    (
                                        "Hulp die iedereen kan gebruiken, zonder aanvraag of "
                                        "onderzoek."
                                    ),
                                    (
                                        "Een maaltijdservice, een inloophuis, een klussendienst en "
                                        "ook cliëntondersteuning."
                                    ),
                                ],
                                [
                                    "4. Maatwerkvoorziening",
                                    (
                                        "Hulp die de gemeente speciaal voor u regelt, na een "
                                        "gesprek en een besluit."
                                    ),
                                    "Begeleiding thuis, een traplift of hulp in het huishouden.",
                                ],
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Twee moeilijke woorden uit de tabel:</p>"
                            "<ul>"
                            "<li>Een <b>mantelzorger</b> is iemand die lange tijd zorgt voor "
                            "iemand uit zijn omgeving, zonder daarvoor betaald te krijgen. "
                            "Bijvoorbeeld voor een zieke partner of ouder.</li>"
                            "<li>Een <b>maatwerkvoorziening</b> is hulp die precies bij u past. "
                            "Daarvoor onderzoekt de gemeente eerst wat u nodig hebt.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "U mag altijd een cliëntondersteuner vragen", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>De volgorde is geen drempel. U hoeft niet eerst alles zelf te "
                            "proberen. Vindt u het lastig om mensen om u heen om hulp te vragen? "
                            "Of hebt u niemand? Dan denkt een cliëntondersteuner met u mee. Hij of "
                            "zij zoekt uit wat er voor u is.</p>"
                            "<p>Hulp van familie of buren is altijd vrijwillig. Kunnen of willen "
                            "zij niet (meer) helpen? Zeg dat dan eerlijk in het gesprek met de "
                            "gemeente.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "Hulp van vrijwilligers en ervaringsdeskundigen", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>In Weert, Nederweert, Leudal en Maasgouw helpen veel mensen als "
                            "vrijwilliger. Dat heet ook wel informele cliëntondersteuning. Een "
                            "paar voorbeelden:</p>"
                            "<ul>"
                            "<li><b>Vrijwillige ouderenadviseurs.</b> Zij zijn opgeleid door een "
                            "ouderenbond, een vereniging voor ouderen. Ze komen bij u thuis. Ze "
                            "helpen met vragen over wonen, geld, formulieren en zorg.</li>"
                            "<li><b>Lotgenotengroepen.</b> Hier praat u met mensen die hetzelfde "
                            "meemaken. Bijvoorbeeld partners van mensen met dementie, of ouders "
                            "van een kind met autisme.</li>"
                            "<li><b>Ervaringsdeskundigen.</b> Zij hebben zelf een ziekte, een "
                            "beperking of een moeilijke tijd meegemaakt. Ze hebben geleerd om "
                            "anderen met die ervaring te helpen.</li>"
                            "<li><b>Cliënt- en familieorganisaties.</b> Verenigingen voor mensen "
                            "met een bepaalde ziekte of beperking, en hun familie. Ze weten veel "
                            "en kennen de weg.</li>"
                            "<li><b>Steunpunt Mantelzorg.</b> Zorgt u voor iemand? Het steunpunt "
                            "geeft informatie, een luisterend oor en tips om het vol te "
                            "houden.</li>"
                            "</ul>"
                            "<p>Samen Sterk kent deze vrijwilligers en groepen. Wij brengen u "
                            "graag met hen in contact. Lukt het niet met hun hulp? Dan helpt een "
                            "beroepskracht van Samen Sterk u verder.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Ik zorg al jaren voor mijn man. In de lotgenotengroep merkte ik "
                                "dat ik niet de enige ben. Dat gaf me weer energie."
                            ),
                            "attribution": "Verzonnen voorbeeld van een mantelzorger uit Maasgouw",
                        },
                    ),
                    (
                        "contact_card",
                        {
                            "name": "Steunpunt Mantelzorg van Samen Sterk",
                            "description": (
                                "Voor iedereen die zorgt voor een zieke, oudere of iemand met een "
                                "beperking. Ook voor jonge mantelzorgers."
                            ),
                            "phone": "0495-000120",
                            "email": "mantelzorg-mlw@example.org",
                            "address": "Voorbeeldstraat 10, 6001 XX Weert",
                            "opening_hours": "Maandag, woensdag en vrijdag van 9.00 tot 12.00 uur",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Wilt u weten wat een beroepskracht voor u kan doen?",
                            "label": "Over cliëntondersteuning",
                            "page_slug": "clientondersteuning",
                        },
                    ),
                ],
                "en": {
                    "slug": "informal-help-first",
                    "title": "First look at what is already there",
                    "intro": (
                        "Before the municipality arranges tailored help, you first look at what "
                        "you can do yourself and who can already help you. That way you often find "
                        "fitting help sooner."
                    ),
                    "body": [
                        (
                            "heading",
                            {"text": "Why first look at what is already there?", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Help that starts close by is often the best help. A neighbour "
                                "who brings your shopping is quicker than help through an "
                                "application. That is why the municipality looks at solutions in a "
                                "fixed order. This order is in the Wmo 2015. The table shows how "
                                "it works.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "caption": "The order of solutions, with examples",
                                "rows": [
                                    ["Order", "What is it?", "Example"],
                                    [
                                        "1. What you can do yourself",
                                        (
                                            "What you do or arrange yourself, sometimes with an "
                                            "aid from a shop."
                                        ),
                                        "Buying a shower chair. Having your shopping delivered.",
                                    ],
                                    [
                                        "2. People around you",
                                        (
                                            "Help from family, friends and neighbours. And from "
                                            "informal carers and volunteers."
                                        ),
                                        (
                                            "Your daughter drives you to hospital. A volunteer "
                                            "visits you every week."
                                        ),
                                    ],
                                    [
                                        "3. General provisions",
                                        (
                                            "Help that anyone can use, without an application or "
                                            "assessment."
                                        ),
                                        (
                                            "A meal service, a drop-in centre, an odd-jobs service "
                                            "and also client support."
                                        ),
                                    ],
                                    [
                                        "4. Tailored provision",
                                        (
                                            "Help that the municipality arranges especially for "
                                            "you, after a conversation and a decision."
                                        ),
                                        "Support at home, a stairlift or help with housework.",
                                    ],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Two difficult words from the table:</p>"
                                "<ul>"
                                "<li>An <b>informal carer</b> (in Dutch: mantelzorger) is someone "
                                "who looks after a person close to them for a long time, without "
                                "being paid. For example a sick partner or parent.</li>"
                                "<li>A <b>tailored provision</b> (in Dutch: maatwerkvoorziening) "
                                "is help that fits you exactly. For this, the municipality first "
                                "looks into what you need.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "You can always ask for a client supporter", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The order is not a barrier. You do not have to try everything "
                                "yourself first. Do you find it hard to ask people around you for "
                                "help? Or do you have nobody? Then a client supporter thinks along "
                                "with you and finds out what is available for you.</p>"
                                "<p>Help from family or neighbours is always voluntary. Can they "
                                "not help, or do they not want to (any more)? Then say so honestly "
                                "in the conversation with the municipality.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Help from volunteers and experts by experience",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>In Weert, Nederweert, Leudal and Maasgouw, many people help as "
                                "volunteers. This is also called informal client support. A few "
                                "examples:</p>"
                                "<ul>"
                                "<li><b>Volunteer advisers for older people.</b> They are trained "
                                "by an association for older people. They visit you at home. They "
                                "help with questions about housing, money, forms and care.</li>"
                                "<li><b>Peer groups.</b> Here you talk with people who go through "
                                "the same thing. For example partners of people with dementia, or "
                                "parents of a child with autism.</li>"
                                "<li><b>Experts by experience.</b> They have lived through an "
                                "illness, a disability or a hard time themselves. They have "
                                "learned to help others with that experience.</li>"
                                "<li><b>Client and family organisations.</b> Associations for "
                                "people with a certain illness or disability, and their families. "
                                "They know a lot and know the way.</li>"
                                "<li><b>Informal-carer support point.</b> Do you care for someone? "
                                "The support point gives information, a listening ear and tips to "
                                "keep going.</li>"
                                "</ul>"
                                "<p>Samen Sterk knows these volunteers and groups. We are happy to "
                                "put you in touch with them. Is their help not enough? Then a "
                                "professional from Samen Sterk helps you further.</p>"
                            ),
                        ),
                        (
                            "quote",
                            {
                                "quote": (
                                    "I have been caring for my husband for years. In the peer "
                                    "group I noticed I am not the only one. That gave me energy "
                                    "again."
                                ),
                                "attribution": "Made-up example of an informal carer from Maasgouw",
                            },
                        ),
                        (
                            "contact_card",
                            {
                                "name": "Informal-carer support point of Samen Sterk",
                                "description": (
                                    "For everyone who cares for someone who is ill, older or has a "
                                    "disability. Also for young carers."
                                ),
                                "phone": "0495-000120",
                                "email": "mantelzorg-mlw@example.org",
                                "address": "Voorbeeldstraat 10, 6001 XX Weert",
                                "opening_hours": "Monday, Wednesday and Friday from 9.00 to 12.00",
                            },
                        ),
                        (
                            "call_to_action",
                            {
                                "text": "Do you want to know what a professional can do for you?",
                                "label": "About client support",
                                "page_slug": "clientondersteuning",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "het-gesprek",
                "title": "Het gesprek met de gemeente",
                "intro": (
                    "Vraagt u hulp bij de gemeente? Dan volgt eerst een gesprek. Hier leest u hoe "
                    "u zich goed voorbereidt en wat er daarna gebeurt."
                ),
                "show_in_menus": True,
                "footer": False,
                "body": [
                    ("heading", {"text": "Wat is het gesprek?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Vraagt u de gemeente om hulp? Bijvoorbeeld hulp in het huishouden, "
                            "begeleiding of een aanpassing in uw huis? Dan maakt een medewerker "
                            "van de gemeente een afspraak met u. Dat heet 'het gesprek'. Vaak is "
                            "het bij u thuis, aan de keukentafel. Daarom heet het ook wel het "
                            "keukentafelgesprek.</p>"
                            "<p>In het gesprek kijkt de medewerker samen met u wat er aan de hand "
                            "is. Wat lukt nog wel? Wat lukt niet meer? En welke hulp past bij u? "
                            "Het gesprek gaat over uw hele leven, niet alleen over zorg.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "De gemeente moet u wijzen op gratis hulp", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Voor het gesprek moet de gemeente u vertellen dat u gratis hulp "
                            "kunt krijgen van een cliëntondersteuner. Dat geldt ook voor uw "
                            "mantelzorger. Hebt u daar niets over gehoord? Vraag er dan gerust "
                            "naar. U mag ook vragen of het gesprek later kan, zodat u eerst met "
                            "een ondersteuner kunt praten.</p>"
                        ),
                    ),
                    ("heading", {"text": "Zo bereidt u zich voor", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Schrijf van tevoren op wat u wilt vertellen. Dan vergeet u niets. "
                            "Gebruik daarvoor de lijst hieronder. Een cliëntondersteuner kan de "
                            "lijst samen met u invullen.</p>"
                        ),
                    ),
                    ("heading", {"text": "Checklist voor het gesprek", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li>Wat lukt u niet meer, of alleen met veel moeite? Denk aan wassen, "
                            "aankleden, koken, schoonmaken, boodschappen en de post.</li>"
                            "<li>Wat lukt nog wel goed?</li>"
                            "<li>Wie helpt u nu al? En hoe vaak?</li>"
                            "<li>Wat wilt u graag weer kunnen? Bijvoorbeeld naar de markt, naar de "
                            "kerk of naar uw club of fanfare.</li>"
                            "<li>Hoe gaat het met uw mantelzorger? Houdt hij of zij het vol?</li>"
                            "<li>Welke ziektes of beperkingen hebt u? Welke medicijnen gebruikt "
                            "u?</li>"
                            "<li>Hebt u zorgen over geld, schulden of uw woning?</li>"
                            "<li>Welke vragen wilt u zelf aan de gemeente stellen?</li>"
                            "<li>Wie neemt u mee naar het gesprek?</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Tijdens het gesprek", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Vertel eerlijk hoe het gaat, ook op slechte dagen. Veel mensen "
                            "vertellen alleen wat goed gaat. Dan krijgt de gemeente een verkeerd "
                            "beeld. Begrijpt u iets niet? Vraag dan om uitleg. U mag aantekeningen "
                            "maken. Een cliëntondersteuner let erop dat uw verhaal goed "
                            "overkomt.</p>"
                        ),
                    ),
                    ("heading", {"text": "Na het gesprek", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ol>"
                            "<li>De gemeente schrijft op wat u hebt besproken. Dat heet het "
                            "verslag. Lees het goed. Klopt er iets niet? Laat het de gemeente "
                            "weten.</li>"
                            "<li>Daarna doet u een aanvraag voor de hulp die u nodig hebt.</li>"
                            "<li>De gemeente neemt een besluit. U krijgt dat in een brief. Die "
                            "brief heet een beschikking.</li>"
                            "<li>Bent u het niet eens met het besluit? Dan kunt u bezwaar maken. "
                            "Dat moet binnen zes weken na de datum van de brief.</li>"
                            "</ol>"
                            "<p>Bij elke stap kan een cliëntondersteuner u helpen. Ook als u een "
                            "klacht hebt over hoe het gesprek ging.</p>"
                        ),
                    ),
                    (
                        "accordion",
                        {
                            "title": "Vragen over het gesprek",
                            "items": [
                                {
                                    "question": "Moet het gesprek bij mij thuis zijn?",
                                    "answer": (
                                        "<p>Nee. Vaak is het thuis, omdat de medewerker dan goed "
                                        "ziet hoe u woont. Maar het kan ook op het gemeentehuis of "
                                        "op een andere plek. Vraag wat voor u het prettigst is.</p>"
                                    ),
                                },
                                {
                                    "question": "Wat als ik het niet eens ben met het verslag?",
                                    "answer": (
                                        "<p>Zeg of schrijf wat er volgens u niet klopt. Vraag of "
                                        "de gemeente het verslag aanpast of uw reactie eraan "
                                        "toevoegt. Een cliëntondersteuner helpt u daarbij.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Kan de cliëntondersteuner na het besluit nog helpen?"
                                    ),
                                    "answer": (
                                        "<p>Ja. Bijvoorbeeld als u het besluit niet begrijpt, als "
                                        "u een klacht hebt of als u bezwaar wilt maken.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Wilt u hulp bij de voorbereiding? Een cliëntondersteuner helpt u "
                                "gratis."
                            ),
                            "label": "Neem contact op",
                            "page_slug": "clientondersteuning",
                        },
                    ),
                ],
                "en": {
                    "slug": "the-conversation",
                    "title": "The conversation with the municipality",
                    "intro": (
                        "Do you ask the municipality for help? Then you will first have a "
                        "conversation. Here you read how to prepare well and what happens "
                        "afterwards."
                    ),
                    "body": [
                        ("heading", {"text": "What is the conversation?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Do you ask the municipality for help? For example help with "
                                "housework, support at home or an adaptation to your house? Then "
                                "someone from the municipality makes an appointment with you. This "
                                "is called 'the conversation' (in Dutch: het gesprek). It often "
                                "takes place at your home, at the kitchen table. That is why it is "
                                "also called the kitchen-table conversation.</p>"
                                "<p>In the conversation, the staff member looks at what is going "
                                "on together with you. What can you still do? What can you no "
                                "longer do? And what help suits you? The conversation is about "
                                "your whole life, not only about care.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "The municipality must tell you about free help",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Before the conversation, the municipality must tell you that "
                                "you can get free help from a client supporter. This also applies "
                                "to your informal carer. Have you heard nothing about it? Then "
                                "feel free to ask. You may also ask to have the conversation "
                                "later, so you can talk to a supporter first.</p>"
                            ),
                        ),
                        ("heading", {"text": "How to prepare", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Write down beforehand what you want to say. Then you will not "
                                "forget anything. Use the list below. A client supporter can fill "
                                "in the list with you.</p>"
                            ),
                        ),
                        ("heading", {"text": "Checklist for the conversation", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<ul>"
                                "<li>What can you no longer do, or only with a lot of effort? "
                                "Think of washing, dressing, cooking, cleaning, shopping and the "
                                "post.</li>"
                                "<li>What can you still do well?</li>"
                                "<li>Who already helps you? And how often?</li>"
                                "<li>What would you like to be able to do again? For example go to "
                                "the market, to church or to your club or brass band.</li>"
                                "<li>How is your informal carer doing? Can they keep it up?</li>"
                                "<li>Which illnesses or disabilities do you have? Which medicines "
                                "do you take?</li>"
                                "<li>Do you worry about money, debts or your home?</li>"
                                "<li>Which questions do you want to ask the municipality?</li>"
                                "<li>Who will you bring to the conversation?</li>"
                                "</ul>"
                            ),
                        ),
                        ("heading", {"text": "During the conversation", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Say honestly how things are, also on bad days. Many people "
                                "only talk about what goes well. Then the municipality gets the "
                                "wrong picture. Do you not understand something? Ask for an "
                                "explanation. You may take notes. A client supporter makes sure "
                                "your story comes across well.</p>"
                            ),
                        ),
                        ("heading", {"text": "After the conversation", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ol>"
                                "<li>The municipality writes down what you discussed. This is "
                                "called the report. Read it carefully. Is something wrong? Let the "
                                "municipality know.</li>"
                                "<li>Then you apply for the help you need.</li>"
                                "<li>The municipality makes a decision. You receive it in a "
                                "letter. This letter is called a beschikking (decision).</li>"
                                "<li>Do you disagree with the decision? Then you can object. You "
                                "must do this within six weeks of the date of the letter.</li>"
                                "</ol>"
                                "<p>A client supporter can help you at every step. Also if you "
                                "have a complaint about how the conversation went.</p>"
                            ),
                        ),
                        (
                            "accordion",
                            {
                                "title": "Questions about the conversation",
                                "items": [
                                    {
                                        "question": "Does the conversation have to be at my home?",
                                        "answer": (
                                            "<p>No. It is often at home, because then the staff "
                                            "member can see how you live. But it can also be at "
                                            "the town hall or somewhere else. Ask what suits you "
                                            "best.</p>"
                                        ),
                                    },
                                    {
                                        "question": "What if I disagree with the report?",
                                        "answer": (
                                            "<p>Say or write what you think is wrong. Ask the "
                                            "municipality to change the report or to add your "
                                            "reaction. A client supporter can help you with "
                                            "this.</p>"
                                        ),
                                    },
                                    {
                                        "question": (
                                            "Can the client supporter still help after the "
                                            "decision?"
                                        ),
                                        "answer": (
                                            "<p>Yes. For example if you do not understand the "
                                            "decision, if you have a complaint or if you want to "
                                            "object.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "call_to_action",
                            {
                                "text": (
                                    "Would you like help to prepare? A client supporter helps you "
                                    "for free."
                                ),
                                "label": "Get in touch",
                                "page_slug": "clientondersteuning",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "voor-wmo-raden",
                "title": "Voor Wmo-raden",
                "intro": (
                    "Bent u lid van een Wmo-raad of adviesraad sociaal domein? Hier leest u hoe u "
                    "nagaat of cliëntondersteuning in uw gemeente goed geregeld is."
                ),
                "show_in_menus": True,
                "footer": False,
                "body": [
                    ("heading", {"text": "Wat doet een Wmo-raad?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Een Wmo-raad is een groep inwoners die de gemeente advies geeft "
                            "over zorg, welzijn en ondersteuning. Soms heet zo'n raad een "
                            "adviesraad sociaal domein. De raad geeft advies als de gemeente erom "
                            "vraagt. Maar de raad mag ook zelf advies geven, zonder dat de "
                            "gemeente erom vraagt. Zo praten inwoners mee over het beleid. Dat "
                            "heet inspraak.</p>"
                            "<p>In Midden-Limburg West werken Weert, Nederweert, Leudal en "
                            "Maasgouw samen. Elke gemeente heeft een eigen raad. Over "
                            "cliëntondersteuning kunnen de raden goed samen optrekken, want één "
                            "organisatie doet dit werk voor alle vier.</p>"
                        ),
                    ),
                    ("heading", {"text": "De zelftest cliëntondersteuning", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>In 2015 maakte de VNG een zelftest over cliëntondersteuning. De "
                            "VNG is de vereniging van alle Nederlandse gemeenten. De Tweede Kamer "
                            "had daarom gevraagd. Met de test kunnen gemeenteraden, Wmo-raden en "
                            "andere vertegenwoordigers van cliënten beoordelen of de "
                            "cliëntondersteuning past bij de Wmo 2015.</p>"
                            "<p>De zelftest op deze site volgt de zeven thema's van die test. De "
                            "vragen hebben we zelf geschreven. Het is dus geen officiële lijst van "
                            "de VNG.</p>"
                            "<p>De test is bedoeld als begin van een goed gesprek, niet als "
                            "rapportcijfer. U kunt hem op drie manieren gebruiken:</p>"
                            "<ol>"
                            "<li>De gemeente vult de test in en kijkt kritisch naar het eigen "
                            "beleid.</li>"
                            "<li>De Wmo-raad vult de test in en kijkt zo naar de gemeente.</li>"
                            "<li>De gemeente en de Wmo-raad vullen de test allebei in. Daarna "
                            "bespreken ze waar hun antwoorden verschillen.</li>"
                            "</ol>"
                        ),
                    ),
                    ("heading", {"text": "De zeven thema's", "level": "h2"}),
                    (
                        "table",
                        {
                            "caption": "De zeven thema's van de zelftest en wat ze nagaan",
                            "rows": [
                                ["Thema", "Wat gaat het na?"],
                                [
                                    "Beleidsplan",
                                    (
                                        "Staat in het beleidsplan hoe onafhankelijke "
                                        "cliëntondersteuning geregeld is? Wie doet het, met welke "
                                        "opdracht en welk geld? Hoe werken vrijwilligers en "
                                        "beroepskrachten samen? Zijn er doelen die u kunt meten? "
                                        "Is de Wmo-raad betrokken?"
                                    ),
                                ],
                                [
                                    "Onafhankelijkheid",
                                    (
                                        "Staat de ondersteuner los van wie beslist over "
                                        "maatwerkvoorzieningen? Kan de ondersteuner zelfstandig "
                                        "zijn vak uitoefenen? Kunnen inwoners om een andere "
                                        "ondersteuner vragen? Zijn dubbele belangen uitgesloten of "
                                        "open besproken? Is er iets te kiezen?"
                                    ),
                                ],
                                [
                                    "Levensbreedheid",
                                    (
                                        "Helpt de ondersteuning bij alle levensgebieden en alle "
                                        "groepen? Denk aan ouderen, mensen met een beperking of "
                                        "psychische problemen, jongeren en ouders, mantelzorgers "
                                        "en mensen met schulden. Ook over de grenzen van wetten "
                                        "heen, bij de overgang naar 18 jaar of naar de Wet "
                                        "langdurige zorg, en bij klacht, bezwaar en beroep?"
                                    ),
                                ],
                                [
                                    "Toegankelijkheid",
                                    (
                                        "Is de ondersteuning gratis en zonder verwijzing? Is ze "
                                        "bereikbaar via telefoon, mail, chat, inloop en "
                                        "huisbezoek, op goede tijden? Is de informatie "
                                        "begrijpelijk (taalniveau B1), digitaal toegankelijk en "
                                        "ook in andere talen? Kunnen inwoners zelf contact "
                                        "opnemen, al voor de aanvraag? Zijn de wachttijden bekend?"
                                    ),
                                ],
                                [
                                    "Informatieplicht",
                                    (
                                        "Vertelt de gemeente inwoners en mantelzorgers aantoonbaar "
                                        "over gratis ondersteuning, voor het gesprek? Staat op de "
                                        "website en de sociale kaart wat het is, wie het biedt en "
                                        "hoe u het krijgt? Verwijzen loket, sociaal team en "
                                        "huisartsen ernaar? Wordt vastgelegd of de inwoner het "
                                        "heeft gehoord?"
                                    ),
                                ],
                                [
                                    "Kwaliteit en evaluatie",
                                    (
                                        "Welke eisen gelden voor opleiding en beroepscode? Vraagt "
                                        "het jaarlijkse onderzoek naar ervaringen van cliënten ook "
                                        "naar cliëntondersteuning? Houdt de gemeente bij hoe vaak "
                                        "en waarvoor ondersteuning wordt gebruikt? Gebruikt zij "
                                        "signalen voor beleid? Is er een evaluatie en een "
                                        "klachtenregeling?"
                                    ),
                                ],
                                [
                                    "Inspraak",
                                    (
                                        "Praten inwoners en cliëntvertegenwoordigers mee over het "
                                        "beleid, met gevraagd en ongevraagd advies? Krijgt de "
                                        "Wmo-raad de informatie die hij nodig heeft? Hoort de raad "
                                        "wat er met zijn advies is gedaan? Doen "
                                        "ervaringsdeskundigen en vrijwilligersorganisaties mee?"
                                    ),
                                ],
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>De <b>sociale kaart</b> is een overzicht van alle hulp en "
                            "organisaties in een gemeente. De <b>Wet langdurige zorg</b> (Wlz) is "
                            "voor mensen die altijd zorg in de buurt nodig hebben.</p>"
                        ),
                    ),
                    ("heading", {"text": "Zo vult u de test in", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Bij elke vraag kiest u een antwoord: <b>ja</b>, <b>deels</b>, "
                            "<b>nee</b> of <b>weet ik niet</b>. Schrijf er altijd bij waarom. Noem "
                            "het stuk waarop u uw antwoord baseert. Bijvoorbeeld het beleidsplan "
                            "met het nummer van de bladzijde, of een link. Spreek waar nodig een "
                            "actie af: wie doet wat, en wanneer?</p>"
                            "<p>Ook 'weet ik niet' is een goed antwoord. Het laat zien welke "
                            "informatie de raad nog mist. Dat is vaak al een eerste punt voor uw "
                            "advies.</p>"
                        ),
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Wilt u zien hoe deze site inwoners uitlegt wat "
                                "cliëntondersteuning is?"
                            ),
                            "label": "Wat is cliëntondersteuning?",
                            "page_slug": "clientondersteuning",
                        },
                    ),
                ],
                "en": {
                    "slug": "for-wmo-councils",
                    "title": "For Wmo councils",
                    "intro": (
                        "Are you a member of a Wmo council or social domain advisory council? Here "
                        "you read how to check whether client support is well arranged in your "
                        "municipality."
                    ),
                    "body": [
                        ("heading", {"text": "What does a Wmo council do?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A Wmo council is a group of residents who advise the "
                                "municipality about care, welfare and support. The council gives "
                                "advice when asked, but may also give advice on its own "
                                "initiative. This way residents have a say in policy. In Dutch "
                                "this is called inspraak.</p>"
                                "<p>In Midden-Limburg West, Weert, Nederweert, Leudal and Maasgouw "
                                "work together. Each has its own council. On client support the "
                                "councils can easily work together, because one organisation does "
                                "this work for all four.</p>"
                            ),
                        ),
                        ("heading", {"text": "The client support self-test", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In 2015 the VNG made a self-test on client support. The VNG is "
                                "the association of all Dutch municipalities. The House of "
                                "Representatives had asked for it. With the test, municipal "
                                "councils, Wmo councils and other client representatives can judge "
                                "whether client support meets the Wmo 2015.</p>"
                                "<p>The self-test on this site follows the seven themes of that "
                                "test. We wrote the questions ourselves. So it is not an official "
                                "VNG list.</p>"
                                "<p>The test is meant to start a good talk, not to give a grade. "
                                "You can use it in three ways:</p>"
                                "<ol>"
                                "<li>The municipality fills in the test and takes a critical look "
                                "at its own policy.</li>"
                                "<li>The Wmo council fills in the test and uses it to look at the "
                                "municipality.</li>"
                                "<li>The municipality and the Wmo council both fill in the test. "
                                "Then they discuss where their answers differ.</li>"
                                "</ol>"
                            ),
                        ),
                        ("heading", {"text": "The seven themes", "level": "h2"}),
                        (
                            "table",
                            {
                                "caption": "The seven themes of the self-test and what they check",
                                "rows": [
                                    ["Theme", "What does it check?"],
                                    [
                                        "Beleidsplan (policy plan)",
                                        (
                                            "Does the policy plan say how independent client "
                                            "support is arranged? Who provides it, with what "
                                            "assignment and what budget? How do volunteers and "
                                            "professionals work together? Are there measurable "
                                            "aims? Is the Wmo council involved?"
                                        ),
                                    ],
                                    [
                                        "Onafhankelijkheid (independence)",
                                        (
                                            "Is the supporter separate from whoever decides on "
                                            "tailored provisions? Can the supporter work with "
                                            "professional autonomy? Can residents ask for another "
                                            "supporter? Are conflicts of interest excluded or made "
                                            "open? Is there a choice?"
                                        ),
                                    ],
                                    [
                                        "Levensbreedheid (all areas of life)",
                                        (
                                            "Does support cover all areas of life and all groups: "
                                            "older people, people with a disability or mental "
                                            "health problems, young people and parents, informal "
                                            "carers, people with debts? Also across laws, when "
                                            "turning 18 or moving to long-term care (Wlz), and "
                                            "during complaint, objection and appeal?"
                                        ),
                                    ],
                                    [
                                        "Toegankelijkheid (accessibility)",
                                        (
                                            "Is support free and without referral? Can you reach "
                                            "it by phone, e-mail, chat, walk-in and home visit, at "
                                            "suitable times? Is the information in plain language "
                                            "(level B1), digitally accessible and in other "
                                            "languages? Can residents get in touch themselves, "
                                            "even before applying? Are waiting times known?"
                                        ),
                                    ],
                                    [
                                        "Informatieplicht (duty to inform)",
                                        (
                                            "Can the municipality show that it tells residents and "
                                            "informal carers about free support before the "
                                            "conversation? Do the website and the social map say "
                                            "what it is, who offers it and how to get it? Do front "
                                            "desks, social teams and GPs refer to it? Is it "
                                            "recorded that the resident was told?"
                                        ),
                                    ],
                                    [
                                        "Kwaliteit en evaluatie (quality and evaluation)",
                                        (
                                            "What are the requirements for training and "
                                            "professional code? Does the yearly client-experience "
                                            "survey ask about client support? Does the "
                                            "municipality track how often and for what support is "
                                            "used, and use these signals for policy? Is there an "
                                            "evaluation and a complaints procedure?"
                                        ),
                                    ],
                                    [
                                        "Inspraak (having a say)",
                                        (
                                            "Do residents and client representatives take part in "
                                            "policy, with requested and unrequested advice? Does "
                                            "the Wmo council get the information it needs? Does "
                                            "the council hear what was done with its advice? Are "
                                            "experts by experience and volunteer organisations "
                                            "involved?"
                                        ),
                                    ],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The <b>social map</b> is an overview of all help and "
                                "organisations in a municipality. The <b>Long-term Care Act</b> "
                                "(Wlz) is for people who always need care close by.</p>"
                            ),
                        ),
                        ("heading", {"text": "How to fill in the test", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>For each question you choose an answer: <b>yes</b>, "
                                "<b>partly</b>, <b>no</b> or <b>don't know</b>. Always write down "
                                "why. Name your source, for example the policy plan with the page "
                                "number, or a link. Where needed, agree on an action: who does "
                                "what, and when?</p>"
                                "<p>'Don't know' is also a good answer. It shows what information "
                                "the council still lacks, which is often a first point for your "
                                "advice.</p>"
                            ),
                        ),
                        (
                            "call_to_action",
                            {
                                "text": (
                                    "Would you like to see how this site explains client support "
                                    "to residents?"
                                ),
                                "label": "What is client support?",
                                "page_slug": "clientondersteuning",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "toegankelijkheid",
                "title": "Toegankelijkheidsverklaring",
                "intro": (
                    "Wij willen dat iedereen deze site kan gebruiken. Hier leest u hoe we dat doen "
                    "en wat nog niet goed werkt."
                ),
                "show_in_menus": False,
                "footer": True,
                "body": [
                    ("heading", {"text": "Ons doel", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Iedereen moet deze site kunnen gebruiken. Ook mensen die slecht "
                            "zien, geen muis gebruiken of moeite hebben met lezen. Daarom volgen "
                            "we de richtlijnen voor digitale toegankelijkheid: WCAG 2.1 op niveau "
                            "AA. Dat is de norm die ook geldt voor websites van de overheid.</p>"
                            "<p>We schrijven onze teksten op taalniveau B1. Dat is Nederlands dat "
                            "de meeste mensen goed begrijpen. Moeilijke woorden leggen we uit.</p>"
                        ),
                    ),
                    ("heading", {"text": "Hoe we testen", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li><b>Automatische controle.</b> We controleren de pagina's met "
                            "axe-core. Dat is een programma dat in een browser fouten opspoort. "
                            "Bijvoorbeeld een afbeelding zonder beschrijving, of tekst met te "
                            "weinig kleurcontrast.</li>"
                            "<li><b>Testen met het toetsenbord.</b> We gaan door de pagina's "
                            "zonder muis. Alleen met de Tab-toets, Enter en de pijltjestoetsen. Zo "
                            "kijken we of u overal bij kunt. En of u altijd ziet waar u bent op de "
                            "pagina.</li>"
                            "<li><b>Kleuren.</b> Beheerders kiezen uit een paar vaste kleuren. Die "
                            "kleuren hebben we getest op genoeg contrast.</li>"
                            "</ul>"
                            "<p>Een automatische controle vindt niet alle problemen. Daarom horen "
                            "we het graag als u iets tegenkomt.</p>"
                        ),
                    ),
                    ("heading", {"text": "Wat nog niet goed werkt", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Op de kaart met organisaties kunt u de kaart alleen verschuiven "
                            "met een muis of met uw vinger op een touchscreen. Dat is lastig als u "
                            "alleen een toetsenbord gebruikt.</p>"
                            "<p>Alle informatie van de kaart staat ook in de lijst. Daar vindt u "
                            "dezelfde organisaties met adres, telefoonnummer en uitleg. De lijst "
                            "werkt helemaal zonder muis.</p>"
                        ),
                    ),
                    ("heading", {"text": "Probleem gevonden?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Kunt u iets niet lezen of gebruiken? Laat het ons weten via "
                            "samensterk-mlw@example.org. Vertel op welke pagina het was en wat er "
                            "misging. We proberen binnen vijf werkdagen te reageren. Samen met u "
                            "zoeken we een oplossing.</p>"
                            "<p>Hebt u de informatie nu meteen nodig? Bel dan 0495-000100. Dan "
                            "helpen we u via de telefoon.</p>"
                        ),
                    ),
                    (
                        "contact_card",
                        {
                            "name": "Meld een probleem met de toegankelijkheid",
                            "description": (
                                "Vertel op welke pagina het was, wat u wilde doen en wat er "
                                "misging. Een schermafdruk mag, maar hoeft niet."
                            ),
                            "phone": "0495-000100",
                            "email": "samensterk-mlw@example.org",
                            "address": "",
                            "opening_hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
                        },
                    ),
                    ("heading", {"text": "Let op: dit is een voorbeeld", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Deze verklaring hoort bij een demonstratiesite. Het is geen "
                            "officiële toegankelijkheidsverklaring. Een gemeente die deze site "
                            "echt gebruikt, laat eerst zelf onderzoeken of de site aan de eisen "
                            "voldoet. Daarna maakt zij een eigen verklaring. Meer over officiële "
                            "verklaringen leest u op "
                            '<a href="https://www.digitoegankelijk.nl">digitoegankelijk.nl</a>.'
                            "</p>"
                        ),
                    ),
                ],
                "en": {
                    "slug": "accessibility",
                    "title": "Accessibility statement",
                    "intro": (
                        "We want everyone to be able to use this site. Here you read how we do "
                        "that and what does not work well yet."
                    ),
                    "body": [
                        ("heading", {"text": "Our aim", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Everyone should be able to use this site. Also people who do "
                                "not see well, do not use a mouse or find reading hard. That is "
                                "why we follow the guidelines for digital accessibility: WCAG 2.1 "
                                "at level AA. This is the standard that also applies to government "
                                "websites.</p>"
                                "<p>We write our Dutch texts at language level B1. That is Dutch "
                                "most people understand well. We explain difficult words.</p>"
                            ),
                        ),
                        ("heading", {"text": "How we test", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul>"
                                "<li><b>Automatic checks.</b> We check the pages with axe-core. "
                                "This is a program that finds errors in a browser. For example an "
                                "image without a description, or text with too little colour "
                                "contrast.</li>"
                                "<li><b>Keyboard testing.</b> We go through the pages without a "
                                "mouse. Only with the Tab key, Enter and the arrow keys. This way "
                                "we check that you can reach everything, and that you can always "
                                "see where you are on the page.</li>"
                                "<li><b>Colours.</b> Editors choose from a few fixed colour "
                                "themes. We tested these colours for enough contrast.</li>"
                                "</ul>"
                                "<p>Automatic checks do not find every problem. That is why we are "
                                "glad to hear from you if you run into something.</p>"
                            ),
                        ),
                        ("heading", {"text": "What does not work well yet", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>On the map of organisations, you can only move the map with a "
                                "mouse or with your finger on a touch screen. That is difficult if "
                                "you only use a keyboard.</p>"
                                "<p>All information on the map is also in the list. There you find "
                                "the same organisations with address, phone number and "
                                "explanation. The list works completely without a mouse.</p>"
                            ),
                        ),
                        ("heading", {"text": "Found a problem?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Is there something you cannot read or use? Let us know at "
                                "samensterk-mlw@example.org. Tell us on which page it was and what "
                                "went wrong. We try to reply within five working days. Together "
                                "with you we look for a solution.</p>"
                                "<p>Do you need the information right now? Then call 0495-000100 "
                                "and we will help you by phone.</p>"
                            ),
                        ),
                        (
                            "contact_card",
                            {
                                "name": "Report an accessibility problem",
                                "description": (
                                    "Tell us on which page it was, what you wanted to do and what "
                                    "went wrong. A screenshot is welcome, but not needed."
                                ),
                                "phone": "0495-000100",
                                "email": "samensterk-mlw@example.org",
                                "address": "",
                                "opening_hours": "Monday to Friday from 9.00 to 17.00",
                            },
                        ),
                        ("heading", {"text": "Please note: this is an example", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>This statement belongs to a demonstration site. It is not an "
                                "official accessibility statement. A municipality that really uses "
                                "this site first has the site checked against the requirements. "
                                "After that it makes its own statement. You can read more about "
                                "official statements (in Dutch) at "
                                '<a href="https://www.digitoegankelijk.nl">digitoegankelijk.nl'
                                "</a>.</p>"
                            ),
                        ),
                    ],
                },
            },
            {
                "slug": "privacy",
                "title": "Privacyverklaring",
                "intro": (
                    "Wij gaan zuinig om met uw gegevens. U kunt deze site gebruiken zonder te "
                    "zeggen wie u bent."
                ),
                "show_in_menus": False,
                "footer": True,
                "body": [
                    ("heading", {"text": "In het kort", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Wij gebruiken geen cookies die u volgen.</li>"
                            "<li>Wij vragen niet naar uw naam of uw burgerservicenummer (BSN).</li>"
                            "<li>Uw antwoorden in de vragenlijst blijven in uw eigen sessie.</li>"
                            "<li>Wij tellen alleen anoniem, per maand.</li>"
                            "<li>In onze logbestanden staan geen persoonsgegevens.</li>"
                            "</ul>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "Welke gegevens bewaren wij?",
                            "rows": [
                                ["Gegevens", "Bewaren wij dat?"],
                                ["Uw naam, adres of BSN", "Nee. Daar vragen wij niet naar."],
                                [
                                    "Uw antwoorden in de vragenlijst",
                                    "Alleen in uw eigen sessie, zolang die duurt.",
                                ],
                                [
                                    "Hoe vaak iets gebruikt is",
                                    (
                                        "Alleen als aantal per maand, zonder te weten wie. "
                                        "Zichtbaar vanaf meer dan 10."
                                    ),
                                ],
                                [
                                    "Logbestanden van de server",
                                    "Ja, maar zonder persoonsgegevens en zonder IP-adres.",
                                ],
                            ],
                        },
                    ),
                    ("heading", {"text": "Cookies", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Een cookie is een klein bestand dat een website op uw computer of "
                            "telefoon zet. Wij gebruiken geen cookies om u te volgen of om "
                            "advertenties te tonen. Wij gebruiken ook geen diensten van andere "
                            "bedrijven die bijhouden wat u op de site doet.</p>"
                            "<p>Alleen als u de vragenlijst invult of inlogt, zetten wij een "
                            "functionele cookie: een sessiecookie. Die is nodig om te onthouden "
                            "waar u bent in de vragenlijst, of dat u bent ingelogd. Bij "
                            "formulieren hoort ook een beveiligingscookie. Die beschermt tegen "
                            "misbruik. In deze cookies staan geen gegevens over wie u bent. Voor "
                            "functionele cookies hoeven wij geen toestemming te vragen.</p>"
                        ),
                    ),
                    ("heading", {"text": "Wat wij niet vragen", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Wij vragen inwoners niet om hun naam, adres, geboortedatum of BSN. "
                            "U hoeft niets over uzelf te vertellen om de site te gebruiken. Vult u "
                            "een postcode in om hulp in de buurt te vinden? Dan gebruiken we die "
                            "alleen om organisaties dicht bij u te tonen.</p>"
                        ),
                    ),
                    ("heading", {"text": "De vragenlijst", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>De vragenlijst helpt u om de juiste hulp te vinden. Uw antwoorden "
                            "worden alleen bewaard in uw eigen sessie. Wij koppelen ze niet aan uw "
                            "naam. En wij gebruiken ze niet voor iets anders. Is de sessie "
                            "voorbij? Dan zijn uw antwoorden weg.</p>"
                        ),
                    ),
                    ("heading", {"text": "Tellen zonder te weten wie u bent", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Wij willen weten of de site mensen helpt. Daarom tellen we "
                            "bijvoorbeeld hoe vaak de vragenlijst is ingevuld. Dat doen we per "
                            "maand, zonder te weten wie het waren. Een aantal laten we pas zien "
                            "als het hoger is dan 10. Zo kan niemand uit de cijfers afleiden wie u "
                            "bent. Dat is belangrijk, want in een klein dorp kennen mensen "
                            "elkaar.</p>"
                        ),
                    ),
                    ("heading", {"text": "Logbestanden", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>De server van de site houdt bij welke pagina's worden opgevraagd "
                            "en of er fouten zijn. Dat heet een logbestand. Wij hebben dat zo "
                            "ingesteld dat er geen persoonsgegevens in staan. Dus ook geen "
                            "IP-adres. Een IP-adres is het nummer van uw internetaansluiting.</p>"
                        ),
                    ),
                    ("heading", {"text": "Uw rechten", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>De Algemene verordening gegevensbescherming (AVG) is de Europese "
                            "privacywet. Daardoor hebt u rechten. U mag vragen welke gegevens wij "
                            "van u hebben. U mag vragen om gegevens te verbeteren of te "
                            "verwijderen. En u mag bezwaar maken tegen het gebruik ervan. Omdat "
                            "wij bijna niets over u bewaren, is er meestal weinig te zien.</p>"
                            "<p>Mailt of belt u met een cliëntondersteuner? Dan gebruiken wij uw "
                            "gegevens alleen om u te helpen.</p>"
                            "<p>Bent u niet tevreden over hoe wij met uw gegevens omgaan? Dan kunt "
                            "u een klacht indienen bij de "
                            '<a href="https://www.autoriteitpersoonsgegevens.nl">Autoriteit '
                            "Persoonsgegevens</a>.</p>"
                        ),
                    ),
                    ("heading", {"text": "Contact", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Hebt u een vraag over privacy? Mail naar "
                            "samensterk-mlw@example.org of bel 0495-000100.</p>"
                            "<p><b>Let op:</b> dit is een voorbeeld. Deze verklaring hoort bij een "
                            "demonstratiesite met verzonnen organisaties. Een gemeente die de site "
                            "echt gebruikt, maakt een eigen privacyverklaring.</p>"
                        ),
                    ),
                ],
                "en": {
                    "slug": "privacy",
                    "title": "Privacy statement",
                    "intro": (
                        "We are careful with your data. You can use this site without telling us "
                        "who you are."
                    ),
                    "body": [
                        ("heading", {"text": "In short", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>We do not use cookies that track you.</li>"
                                "<li>We do not ask for your name or your citizen service number "
                                "(BSN).</li>"
                                "<li>Your answers in the questionnaire stay in your own "
                                "session.</li>"
                                "<li>We only count anonymously, per month.</li>"
                                "<li>Our log files contain no personal data.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "caption": "Which data do we keep?",
                                "rows": [
                                    ["Data", "Do we keep it?"],
                                    ["Your name, address or BSN", "No. We do not ask for it."],
                                    [
                                        "Your answers in the questionnaire",
                                        "Only in your own session, for as long as it lasts.",
                                    ],
                                    [
                                        "How often something was used",
                                        (
                                            "Only as a number per month, without knowing who. "
                                            "Shown only when higher than 10."
                                        ),
                                    ],
                                    [
                                        "Server log files",
                                        "Yes, but without personal data and without IP address.",
                                    ],
                                ],
                            },
                        ),
                        ("heading", {"text": "Cookies", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A cookie is a small file that a website puts on your computer "
                                "or phone. We do not use cookies to track you or to show adverts. "
                                "We also do not use services from other companies that keep track "
                                "of what you do on the site.</p>"
                                "<p>Only when you fill in the questionnaire or log in, we set a "
                                "functional cookie: a session cookie. It is needed to remember "
                                "where you are in the questionnaire, or that you are logged in. "
                                "Forms also come with a security cookie. It protects against "
                                "misuse. These cookies contain nothing about who you are. For "
                                "functional cookies we do not need to ask for your consent.</p>"
                            ),
                        ),
                        ("heading", {"text": "What we do not ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>We do not ask residents for their name, address, date of birth "
                                "or BSN. You do not have to tell anything about yourself to use "
                                "the site. Do you enter a postcode to find help nearby? Then we "
                                "only use it to show organisations close to you.</p>"
                            ),
                        ),
                        ("heading", {"text": "The questionnaire", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The questionnaire helps you find the right help. Your answers "
                                "are only kept in your own session. We do not link them to your "
                                "name. And we do not use them for anything else. When the session "
                                "is over, your answers are gone.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "Counting without knowing who you are", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>We want to know whether the site helps people. So we count, "
                                "for example, how often the questionnaire was filled in. We do "
                                "this per month, without knowing who it was. We only show a number "
                                "when it is higher than 10. That way nobody can work out from the "
                                "figures who you are. This matters, because in a small village "
                                "people know each other.</p>"
                            ),
                        ),
                        ("heading", {"text": "Log files", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The site's server records which pages are requested and "
                                "whether there are errors. This is called a log file. We have set "
                                "it up so that it contains no personal data. So no IP address "
                                "either. An IP address is the number of your internet "
                                "connection.</p>"
                            ),
                        ),
                        ("heading", {"text": "Your rights", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The General Data Protection Regulation (in Dutch: AVG) is the "
                                "European privacy law. It gives you rights. You may ask which data "
                                "we have about you. You may ask us to correct or delete data. And "
                                "you may object to its use. Because we keep almost nothing about "
                                "you, there is usually little to see.</p>"
                                "<p>Do you e-mail or call a client supporter? Then we only use "
                                "your details to help you.</p>"
                                "<p>Are you unhappy with how we handle your data? Then you can "
                                "complain to the "
                                '<a href="https://www.autoriteitpersoonsgegevens.nl">Dutch Data '
                                "Protection Authority</a> (Autoriteit Persoonsgegevens).</p>"
                            ),
                        ),
                        ("heading", {"text": "Contact", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Do you have a question about privacy? E-mail "
                                "samensterk-mlw@example.org or call 0495-000100.</p>"
                                "<p><b>Please note:</b> this is an example. This statement belongs "
                                "to a demonstration site with made-up organisations. A "
                                "municipality that really uses the site makes its own privacy "
                                "statement.</p>"
                            ),
                        ),
                    ],
                },
            },
            {
                "slug": "over-deze-site",
                "title": "Over deze site",
                "intro": (
                    "Steunwijzer helpt inwoners van Weert, Nederweert, Leudal en Maasgouw om "
                    "gratis en onafhankelijke hulp te vinden. Deze versie is een voorbeeld."
                ),
                "show_in_menus": False,
                "footer": True,
                "body": [
                    ("heading", {"text": "Waarvoor is deze site?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Steunwijzer helpt inwoners om hulp te vinden die naast hen staat. "
                            "Op de site:</p>"
                            "<ul><li>leest u wat cliëntondersteuning is en hoe u die krijgt;</li>"
                            "<li>vindt u organisaties en vrijwilligers in de buurt, op een kaart "
                            "en in een lijst;</li>"
                            "<li>vinden Wmo-raden een zelftest om te kijken of cliëntondersteuning "
                            "goed geregeld is.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Wie maakt deze site?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>In dit voorbeeld is de site van Samen Sterk Midden-Limburg West. "
                            "Dat is een verzonnen organisatie. Weert, Nederweert, Leudal en "
                            "Maasgouw hebben in dit voorbeeld samen één organisatie gevraagd om "
                            "cliëntondersteuning te geven. Dat heeft voordelen. Inwoners weten "
                            "waar ze moeten zijn. En de organisatie bouwt veel kennis op. Samen "
                            "Sterk zorgt ook voor de verbinding met vrijwilligers, zoals "
                            "ouderenadviseurs en lotgenotengroepen.</p>"
                        ),
                    ),
                    ("heading", {"text": "Alle inhoud is een voorbeeld", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>De organisaties, namen, telefoonnummers, e-mailadressen en "
                            "adressen op deze site zijn verzonnen. Bel of mail ze dus niet. Alleen "
                            "de landelijke noodnummers kloppen: 112, Veilig Thuis (0800-2000) en "
                            "113 Zelfmoordpreventie (0800-0113).</p>"
                            "<p>De uitleg over cliëntondersteuning past bij de Wmo 2015. Toch "
                            "regelt elke gemeente het op haar eigen manier. Kijk daarom altijd op "
                            "de website van uw eigen gemeente, of bel de gemeente.</p>"
                        ),
                    ),
                    ("heading", {"text": "Waar de teksten op gebaseerd zijn", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Wij schreven de teksten zelf, in eenvoudige taal. Als achtergrond "
                            "gebruikten we de Wmo 2015, een visienotitie over cliëntondersteuning "
                            "van gemeenten in Midden-Limburg West (2016), een plan voor een proef "
                            "met onafhankelijke cliëntondersteuning in Súdwest-Fryslân (2016) en "
                            "de thema's van de zelftest cliëntondersteuning van de VNG (2015).</p>"
                        ),
                    ),
                    ("heading", {"text": "Bronnen van gegevens", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Op deze site gebruiken we open gegevens van anderen. Wij noemen ze "
                            "hier, zoals de licentie vraagt:</p>"
                            "<ul>"
                            "<li>Postcodelocaties: GeoNames (https://www.geonames.org), CC BY 4.0; "
                            "bewerkt: één punt per postcode gekozen en CBS-gemeentenaam "
                            "toegevoegd.</li>"
                            "<li>Gemeentecodes en -namen: CBS, Gemeenten alfabetisch 2024 (CC BY "
                            "4.0, https://creativecommons.org/licenses/by/4.0/).</li>"
                            "</ul>"
                            "<p>CC BY 4.0 is een open licentie. U mag de gegevens gebruiken en "
                            "aanpassen, als u de bron noemt. Lees meer bij "
                            '<a href="https://creativecommons.org/licenses/by/4.0/">Creative '
                            'Commons</a> en <a href="https://www.geonames.org">GeoNames</a>.</p>'
                        ),
                    ),
                    (
                        "contact_card",
                        {
                            "name": "Samen Sterk Midden-Limburg West",
                            "description": (
                                "Vragen of opmerkingen over deze site? Laat het ons weten."
                            ),
                            "phone": "0495-000100",
                            "email": "samensterk-mlw@example.org",
                            "address": "Voorbeeldstraat 10, 6001 XX Weert",
                            "opening_hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
                        },
                    ),
                ],
                "en": {
                    "slug": "about-this-site",
                    "title": "About this site",
                    "intro": (
                        "Steunwijzer helps residents of Weert, Nederweert, Leudal and Maasgouw "
                        "find free and independent help. This version is an example."
                    ),
                    "body": [
                        ("heading", {"text": "What is this site for?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Steunwijzer helps residents find help that stands beside them. "
                                "On the site:</p>"
                                "<ul><li>you read what client support is and how to get it;</li>"
                                "<li>you find organisations and volunteers nearby, on a map and in "
                                "a list;</li>"
                                "<li>Wmo councils find a self-test to check whether client support "
                                "is well arranged.</li>"
                                "</ul>"
                            ),
                        ),
                        ("heading", {"text": "Who makes this site?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In this example, the site belongs to Samen Sterk "
                                "Midden-Limburg West. This is a made-up organisation. In this "
                                "example, Weert, Nederweert, Leudal and Maasgouw have together "
                                "asked one organisation to provide client support. That has "
                                "advantages. Residents know where to go. And the organisation "
                                "builds up a lot of knowledge. Samen Sterk also makes the link "
                                "with volunteers, such as advisers for older people and peer "
                                "groups.</p>"
                            ),
                        ),
                        ("heading", {"text": "All content is an example", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The organisations, names, phone numbers, e-mail addresses and "
                                "street addresses on this site are made up. So do not call or "
                                "e-mail them. Only the national emergency numbers are real: 112, "
                                "Veilig Thuis (0800-2000) and 113 Suicide Prevention "
                                "(0800-0113).</p>"
                                "<p>The explanation of client support matches the Wmo 2015. Still, "
                                "each municipality arranges it in its own way. So always check the "
                                "website of your own municipality, or call them.</p>"
                            ),
                        ),
                        ("heading", {"text": "What the texts are based on", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>We wrote the texts ourselves, in plain language. As background "
                                "we used the Wmo 2015, a vision paper on client support by "
                                "municipalities in Midden-Limburg West (2016), a plan for a pilot "
                                "with independent client support in Súdwest-Fryslân (2016) and the "
                                "themes of the VNG self-test on client support (2015).</p>"
                            ),
                        ),
                        ("heading", {"text": "Data sources", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>This site uses open data from others. We credit them here, as "
                                "the licence asks (the credits are in Dutch):</p>"
                                "<ul>"
                                "<li>Postcodelocaties: GeoNames (https://www.geonames.org), CC BY "
                                "4.0; bewerkt: één punt per postcode gekozen en CBS-gemeentenaam "
                                "toegevoegd.</li>"
                                "<li>Gemeentecodes en -namen: CBS, Gemeenten alfabetisch 2024 (CC "
                                "BY 4.0, https://creativecommons.org/licenses/by/4.0/).</li>"
                                "</ul>"
                                "<p>In English: postcode locations come from GeoNames, edited by "
                                "choosing one point per postcode and adding the CBS municipality "
                                "name. Municipality codes and names come from Statistics "
                                "Netherlands (CBS). CC BY 4.0 is an open licence. You may use and "
                                "adapt the data if you name the source. Read more at "
                                '<a href="https://creativecommons.org/licenses/by/4.0/">Creative '
                                "Commons</a> and "
                                '<a href="https://www.geonames.org">GeoNames</a>.</p>'
                            ),
                        ),
                        (
                            "contact_card",
                            {
                                "name": "Samen Sterk Midden-Limburg West",
                                "description": (
                                    "Questions or comments about this site? Let us know."
                                ),
                                "phone": "0495-000100",
                                "email": "samensterk-mlw@example.org",
                                "address": "Voorbeeldstraat 10, 6001 XX Weert",
                                "opening_hours": "Monday to Friday from 9.00 to 17.00",
                            },
                        ),
                    ],
                },
            },
        ],
        "news_index": {
            "slug": "nieuws",
            "title": "Nieuws",
            "intro": (
                "Nieuws over cliëntondersteuning en hulp in Weert, Nederweert, Leudal en Maasgouw."
            ),
            "en": {
                "slug": "news",
                "title": "News",
                "intro": (
                    "News about client support and help in Weert, Nederweert, Leudal and Maasgouw."
                ),
            },
        },
        "news": [
            {
                "slug": "nieuw-team-vrijwillige-ouderenadviseurs",
                "title": "Nieuw team vrijwillige ouderenadviseurs in Leudal en Maasgouw",
                "date": date(2026, 2, 10),
                "intro": (
                    "Twaalf nieuwe vrijwillige ouderenadviseurs helpen vanaf maart ouderen in "
                    "Leudal en Maasgouw. Ze komen bij u thuis."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>In Leudal en Maasgouw is een nieuw team van twaalf vrijwillige "
                            "ouderenadviseurs gestart. Ze volgden deze winter een training van "
                            "acht dagdelen. Vanaf maart gaan ze aan de slag.</p>"
                            "<p>Een ouderenadviseur is een vrijwilliger die ouderen helpt met "
                            "vragen over wonen, zorg, geld en formulieren. Bijvoorbeeld: kan ik "
                            "met wat hulp thuis blijven wonen? Heb ik recht op huurtoeslag? Hoe "
                            "vul ik dit formulier in? De adviseur komt bij u thuis en neemt de "
                            "tijd.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Veel ouderen willen niemand tot last zijn. Ze wachten te lang met "
                                "hulp vragen. Een ouderenadviseur is iemand uit het eigen dorp. "
                                "Dat maakt de stap kleiner."
                            ),
                            "attribution": "Coördinator vrijwilligers van Samen Sterk (verzonnen)",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Is een vraag te ingewikkeld? Dan zoekt de ouderenadviseur samen "
                            "met u een cliëntondersteuner van Samen Sterk. Die helpt u verder, "
                            "bijvoorbeeld bij het gesprek met de gemeente. De ouderenadviseurs en "
                            "de cliëntondersteuners werken nauw samen.</p>"
                            "<p>Wilt u een ouderenadviseur spreken? Bel Samen Sterk op "
                            "0495-000100. Woont u in Weert of Nederweert? Daar is al een team van "
                            "vrijwillige ouderenadviseurs actief. Ook zij komen graag bij u "
                            "langs.</p>"
                            "<p>Wilt u zelf ouderenadviseur worden? U hoeft geen ervaring in de "
                            "zorg te hebben. Wel is het belangrijk dat u goed kunt luisteren. In "
                            "het najaar start een nieuwe training.</p>"
                        ),
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Lees meer over hulp van vrijwilligers en mensen om u heen.",
                            "label": "Eerst kijken wat er al is",
                            "page_slug": "informele-hulp-eerst",
                        },
                    ),
                ],
                "en": {
                    "slug": "new-team-volunteer-advisers-older-people",
                    "title": (
                        "New team of volunteer advisers for older people in Leudal and Maasgouw"
                    ),
                    "intro": (
                        "From March, twelve new volunteer advisers help older people in Leudal and "
                        "Maasgouw. They visit you at home."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>A new team of twelve volunteer advisers for older people has "
                                "started in Leudal and Maasgouw. This winter they followed a "
                                "training of eight half-days. They start work in March.</p>"
                                "<p>An adviser for older people is a volunteer who helps older "
                                "people with questions about housing, care, money and forms. For "
                                "example: can I keep living at home with some help? Am I entitled "
                                "to rent benefit? How do I fill in this form? The adviser visits "
                                "you at home and takes their time.</p>"
                            ),
                        ),
                        (
                            "quote",
                            {
                                "quote": (
                                    "Many older people do not want to be a burden. They wait too "
                                    "long before asking for help. An adviser for older people is "
                                    "someone from their own village. That makes the step smaller."
                                ),
                                "attribution": "Volunteer coordinator at Samen Sterk (made up)",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Is a question too complicated? Then the adviser looks for a "
                                "client supporter from Samen Sterk together with you. The client "
                                "supporter helps you further, for example with the conversation "
                                "with the municipality. The advisers and the client supporters "
                                "work closely together.</p>"
                                "<p>Would you like to talk to an adviser for older people? Call "
                                "Samen Sterk on 0495-000100. Do you live in Weert or Nederweert? A "
                                "team of volunteer advisers is already active there. They are also "
                                "happy to visit you.</p>"
                                "<p>Would you like to become an adviser yourself? You do not need "
                                "experience in care. But it is important that you are a good "
                                "listener. A new training starts in the autumn.</p>"
                            ),
                        ),
                        (
                            "call_to_action",
                            {
                                "text": (
                                    "Read more about help from volunteers and people around you."
                                ),
                                "label": "First look at what is already there",
                                "page_slug": "informele-hulp-eerst",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "wmo-raden-advies-clientondersteuning",
                "title": "Wmo-raden geven advies over cliëntondersteuning",
                "date": date(2026, 6, 23),
                "intro": (
                    "De Wmo-raden van Weert, Nederweert, Leudal en Maasgouw deden samen de "
                    "zelftest cliëntondersteuning. Ze geven de gemeenten drie adviezen."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Dit voorjaar vulden de vier Wmo-raden samen de zelftest "
                            "cliëntondersteuning in. Ook de vier gemeenten vulden de test in. "
                            "Daarna bespraken raden en gemeenten in twee avonden waar hun "
                            "antwoorden verschilden. Nu sturen de raden hun advies aan de "
                            "gemeenten.</p>"
                            "<p>Er gaat veel goed, schrijven de raden. Cliëntondersteuning is "
                            "gratis en u hebt geen verwijzing nodig. Eén organisatie doet het werk "
                            "in de hele regio. Dat maakt het voor inwoners duidelijk. Toch zien de "
                            "raden ook punten om beter te maken.</p>"
                        ),
                    ),
                    ("heading", {"text": "De drie adviezen", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ol>"
                            "<li><b>Vertel het eerder en schrijf het op.</b> Niet elke inwoner "
                            "hoort voor het gesprek dat er gratis cliëntondersteuning is. De raden "
                            "vragen de gemeenten om dat altijd te vertellen. En om in het dossier "
                            "vast te leggen dat het is verteld.</li>"
                            "<li><b>Meer spreekuren in de dorpen.</b> Voor ouderen zonder auto is "
                            "Weert ver weg. De raden vragen om inloopspreekuren in meer "
                            "kerkdorpen.</li>"
                            "<li><b>Leer van de vragen.</b> Houd bij hoeveel vragen er zijn, over "
                            "welke onderwerpen, en waarom mensen komen. Gebruik die kennis om het "
                            "beleid beter te maken.</li>"
                            "</ol>"
                        ),
                    ),
                    (
                        "paragraph",
                        (
                            "<p>De gemeenten reageren binnen zes weken op het advies. De raden "
                            "laten op deze site weten wat er met hun advies gebeurt.</p>"
                        ),
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Wilt u weten wat de zelftest nagaat?",
                            "label": "Voor Wmo-raden",
                            "page_slug": "voor-wmo-raden",
                        },
                    ),
                ],
                "en": {
                    "slug": "wmo-councils-advice-client-support",
                    "title": "Wmo councils give advice on client support",
                    "intro": (
                        "The Wmo councils of Weert, Nederweert, Leudal and Maasgouw did the client "
                        "support self-test together. They give the municipalities three pieces of "
                        "advice."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>This spring the four Wmo councils filled in the client support "
                                "self-test together. The four municipalities filled in the test as "
                                "well. Then, over two evenings, the councils and municipalities "
                                "discussed where their answers differed. Now the councils are "
                                "sending their advice to the municipalities.</p>"
                                "<p>A lot is going well, the councils write. Client support is "
                                "free and you do not need a referral. One organisation does the "
                                "work in the whole region. That makes it clear for residents. "
                                "Still, the councils also see points to improve.</p>"
                            ),
                        ),
                        ("heading", {"text": "The three pieces of advice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ol>"
                                "<li><b>Tell residents earlier and write it down.</b> Not every "
                                "resident hears before the conversation that free client support "
                                "exists. The councils ask the municipalities to always tell them. "
                                "And to record in the file that they were told.</li>"
                                "<li><b>More walk-in hours in the villages.</b> For older people "
                                "without a car, Weert is far away. The councils ask for walk-in "
                                "hours in more villages.</li>"
                                "<li><b>Learn from the questions.</b> Keep track of how many "
                                "questions there are, on which topics, and why people come. Use "
                                "this knowledge to improve policy.</li>"
                                "</ol>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The municipalities will respond to the advice within six "
                                "weeks. The councils will share on this site what happens with "
                                "their advice.</p>"
                            ),
                        ),
                        (
                            "call_to_action",
                            {
                                "text": "Do you want to know what the self-test checks?",
                                "label": "For Wmo councils",
                                "page_slug": "voor-wmo-raden",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "informatieavond-bibliotheek-weert",
                "title": "Informatieavond in de bibliotheek: wat doet een cliëntondersteuner?",
                "date": date(2026, 11, 16),
                "intro": (
                    "Op donderdag 10 december hoort u in de bibliotheek in Weert wat een "
                    "cliëntondersteuner voor u kan doen. De toegang is gratis."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Hebt u vragen over zorg, wonen of geld? Of zorgt u voor iemand in "
                            "uw familie? Kom dan naar de informatieavond over cliëntondersteuning. "
                            "Die is op donderdag 10 december in de bibliotheek in Weert. De avond "
                            "begint om 19.30 uur en duurt tot ongeveer 21.00 uur.</p>"
                        ),
                    ),
                    ("heading", {"text": "Wat kunt u verwachten?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li>Een cliëntondersteuner van Samen Sterk vertelt wat "
                            "cliëntondersteuning is. En hoe u zich voorbereidt op het gesprek met "
                            "de gemeente.</li>"
                            "<li>Een ervaringsdeskundige vertelt hoe het voor haar was om hulp te "
                            "vragen.</li>"
                            "<li>U kunt vragen stellen. Ook kunt u na afloop een afspraak "
                            "maken.</li>"
                            "</ul>"
                            "<p>De toegang is gratis. Aanmelden is niet nodig, maar helpt ons wel. "
                            "Dan weten we hoeveel koffie we moeten zetten. Aanmelden kan via "
                            "0495-000100 of samensterk-mlw@example.org.</p>"
                        ),
                    ),
                    ("heading", {"text": "Goed bereikbaar", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>De zaal is bereikbaar met een rolstoel of rollator. Er is een "
                            "ringleiding voor mensen met een hoortoestel. Hebt u vervoer nodig "
                            "vanuit Nederweert, Leudal of Maasgouw? Vraag ernaar als u zich "
                            "aanmeldt. Vrijwilligers rijden u graag.</p>"
                            "<p>Kunt u niet komen? In het voorjaar houden we ook avonden in "
                            "Nederweert, Heythuysen en Maasbracht. De data leest u later op deze "
                            "site.</p>"
                        ),
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Wilt u alvast lezen wat een cliëntondersteuner doet?",
                            "label": "Wat is cliëntondersteuning?",
                            "page_slug": "clientondersteuning",
                        },
                    ),
                ],
                "en": {
                    "slug": "information-evening-library-weert",
                    "title": "Information evening at the library: what does a client supporter do?",
                    "intro": (
                        "On Thursday 10 December at the library in Weert, you can hear what a "
                        "client supporter can do for you. Entry is free."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Do you have questions about care, housing or money? Or do you "
                                "care for someone in your family? Then come to the information "
                                "evening about client support. It is on Thursday 10 December at "
                                "the library in Weert. The evening starts at 19.30 and lasts until "
                                "about 21.00.</p>"
                            ),
                        ),
                        ("heading", {"text": "What can you expect?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul>"
                                "<li>A client supporter from Samen Sterk explains what client "
                                "support is, and how to prepare for the conversation with the "
                                "municipality.</li>"
                                "<li>An expert by experience tells what it was like for her to ask "
                                "for help.</li>"
                                "<li>You can ask questions. After the evening you can also make an "
                                "appointment.</li>"
                                "</ul>"
                                "<p>Entry is free. You do not need to sign up, but it does help "
                                "us. Then we know how much coffee to make. You can sign up via "
                                "0495-000100 or samensterk-mlw@example.org.</p>"
                            ),
                        ),
                        ("heading", {"text": "Easy to reach", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The room is accessible with a wheelchair or walker. There is a "
                                "hearing loop for people with a hearing aid. Do you need transport "
                                "from Nederweert, Leudal or Maasgouw? Ask about it when you sign "
                                "up. Volunteers are happy to drive you.</p>"
                                "<p>Can you not come? In the spring we will also hold evenings in "
                                "Nederweert, Heythuysen and Maasbracht. You will find the dates on "
                                "this site later.</p>"
                            ),
                        ),
                        (
                            "call_to_action",
                            {
                                "text": "Would you like to read now what a client supporter does?",
                                "label": "What is client support?",
                                "page_slug": "clientondersteuning",
                            },
                        ),
                    ],
                },
            },
        ],
    },
    {
        "key": "sudwest-fryslan",
        "hostname": "sudwest-fryslan.localhost",
        "is_default": False,
        "site_name": "Steunwijzer Súdwest-Fryslân",
        "organisation_name": "Neist Jo Súdwest-Fryslân (demo)",
        "tagline": (
            "Onafhankelijke cliëntondersteuning in Súdwest-Fryslân: gratis, dichtbij en aan uw kant"
        ),
        "tagline_en": (
            "Independent client support in Súdwest-Fryslân: free, close by and on your side"
        ),
        "theme": "groen",
        "municipality_codes": ["GM1900"],
        "contact_phone": "0515-000200",
        "contact_email": "neistjo-swf@example.org",
        "contact_address": "Voorbeeldkade 5\n8601 XX Sneek",
        "contact_hours": "Maandag tot en met vrijdag van 8.30 tot 17.00 uur",
        "emergency_contact_label": "Crisisdienst van de gemeente, buiten kantoortijd",
        "emergency_contact_phone": "0515-000299",
        "emergency_numbers": [
            {
                "label": "Alarmnummer bij direct gevaar",
                "phone": "112",
                "description": (
                    "Bel 112 bij levensgevaar, brand of een misdrijf dat op dit moment gebeurt."
                ),
            },
            {
                "label": "Veilig Thuis (huiselijk geweld en kindermishandeling)",
                "phone": "0800-2000",
                "description": (
                    "Gratis en altijd bereikbaar. Voor advies of een melding bij zorgen over "
                    "geweld in huis, bij uzelf of bij iemand anders."
                ),
            },
            {
                "label": "113 Zelfmoordpreventie",
                "phone": "0800-0113",
                "description": (
                    "Denkt u aan zelfmoord, of maakt u zich zorgen over iemand? Bel gratis, dag en "
                    "nacht. U kunt ook chatten via 113.nl."
                ),
            },
        ],
        "home": {
            "title": "Steunwijzer Súdwest-Fryslân",
            "intro": (
                "Vind gratis hulp van een onafhankelijke cliëntondersteuner, in Sneek, Bolsward en "
                "alle dorpen van Súdwest-Fryslân."
            ),
            "hero_title": "Iemand die naast u staat",
            "hero_text": (
                "Hebt u een vraag over zorg, wonen, werk of geld? Wilt u praten met iemand die los "
                "staat van de gemeente? Een onafhankelijke cliëntondersteuner helpt u gratis."
            ),
            "en": {
                "title": "Steunwijzer Súdwest-Fryslân",
                "intro": (
                    "Find free help from an independent client supporter, in Sneek, Bolsward and "
                    "all villages of Súdwest-Fryslân."
                ),
                "hero_title": "Someone who stands beside you",
                "hero_text": (
                    "Do you have a question about care, housing, work or money? Would you like to "
                    "talk to someone who is separate from the municipality? An independent client "
                    "supporter helps you for free."
                ),
            },
        },
        "tiles": [
            {
                "title": "Hulp bij uw vraag",
                "text": (
                    "Wat doet een onafhankelijke cliëntondersteuner? En wanneer kiest u daarvoor?"
                ),
                "page_slug": "clientondersteuning",
                "en": {
                    "title": "Help with your question",
                    "text": (
                        "What does an independent client supporter do? And when would you choose "
                        "one?"
                    ),
                },
            },
            {
                "title": "Eerst kijken wat er al is",
                "text": "Familie, buren, het dorp en vrijwilligers: vaak is er al hulp dichtbij.",
                "page_slug": "informele-hulp-eerst",
                "en": {
                    "title": "First look at what is already there",
                    "text": (
                        "Family, neighbours, the village and volunteers: there is often help close "
                        "by already."
                    ),
                },
            },
            {
                "title": "Zelftest voor Wmo-raden",
                "text": (
                    "Is onafhankelijke cliëntondersteuning goed geregeld? Zeven thema's om samen "
                    "te bespreken."
                ),
                "page_slug": "voor-wmo-raden",
                "en": {
                    "title": "Self-test for Wmo councils",
                    "text": (
                        "Is independent client support well arranged? Seven themes to discuss "
                        "together."
                    ),
                },
            },
        ],
        "pages": [
            {
                "slug": "clientondersteuning",
                "title": "Wat is cliëntondersteuning?",
                "intro": (
                    "Een onafhankelijke cliëntondersteuner helpt u gratis met vragen over zorg, "
                    "welzijn, wonen, werk en geld. Hij of zij staat los van de gemeente en het "
                    "gebiedsteam."
                ),
                "show_in_menus": True,
                "footer": False,
                "body": [
                    (
                        "heading",
                        {"text": "Gebiedsteam of onafhankelijke ondersteuner?", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>In Súdwest-Fryslân kunt u met vragen over zorg, jeugd, werk en "
                            "inkomen terecht bij een gebiedsteam. De medewerkers van het "
                            "gebiedsteam werken in opdracht van de gemeente. Ze helpen u. Maar ze "
                            "bepalen ook mee welke hulp u van de gemeente krijgt.</p>"
                            "<p>Soms wilt u liever praten met iemand die daar helemaal los van "
                            "staat. Dat is een onafhankelijke cliëntondersteuner. Die werkt niet "
                            "voor de gemeente en beslist niet over uw hulp. Hij of zij denkt "
                            "alleen vanuit u. In dit voorbeeld doet Neist Jo dat werk. 'Neist jo' "
                            "is Fries voor 'naast u'.</p>"
                            "<p>In 2016 begon de gemeente samen met het Wmo-platform een proef met "
                            "onafhankelijke cliëntondersteuning. Ze wilden weten hoeveel inwoners "
                            "zo'n ondersteuner zoeken, met welke vragen en waarom.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {
                            "text": "Waarom kiezen mensen voor een onafhankelijke ondersteuner?",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li>Er is niemand in hun omgeving die mee kan naar het gesprek met "
                            "het gebiedsteam.</li>"
                            "<li>Ze willen eerst vrijblijvend praten, zonder dat ze meteen bij de "
                            "gemeente bekend zijn.</li>"
                            "<li>Ze hebben het gevoel dat er niet goed naar hen wordt "
                            "geluisterd.</li>"
                            "<li>Ze zijn niet tevreden over een gesprek of over de hulp die ze "
                            "krijgen. Of ze willen een klacht indienen.</li>"
                            "<li>Ze willen het keukentafelgesprek voorbereiden of nabespreken met "
                            "iemand van buiten.</li>"
                            "<li>Ze willen laten nakijken of alles volgens de regels is "
                            "gegaan.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Wat doet de ondersteuner?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li><b>Meedenken over uw vraag.</b> Wat speelt er precies? Wat wilt u "
                            "bereiken? En wat kunt u zelf, of met mensen om u heen?</li>"
                            "<li><b>Informatie en advies.</b> Welke hulp is er in uw dorp of stad? "
                            "Welke regels gelden er? Wat zijn uw rechten?</li>"
                            "<li><b>Steun bij het gesprek.</b> De ondersteuner bereidt het gesprek "
                            "met het gebiedsteam samen met u voor. Als u wilt, gaat hij of zij "
                            "mee. Dat gesprek heet ook wel het keukentafelgesprek.</li>"
                            "<li><b>Hulp bij klacht of bezwaar.</b> Bent u het niet eens met een "
                            "besluit, of niet tevreden over hoe het ging? De ondersteuner zoekt "
                            "met u uit wat u kunt doen.</li>"
                            "</ul>"
                            "<p>U kunt met elke vraag over uw dagelijks leven komen. Over zorg en "
                            "welzijn, maar ook over jeugd, school, wonen, werk, inkomen of "
                            "schulden.</p>"
                        ),
                    ),
                    ("heading", {"text": "Stap voor stap", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ol>"
                            "<li><b>A. Wat is uw vraag?</b> U vertelt uw verhaal. Samen maakt u "
                            "duidelijk wat u wilt en wat u nodig hebt.</li>"
                            "<li><b>B. Wat zijn de mogelijkheden?</b> U krijgt informatie over "
                            "hulp die past. Zo kunt u zelf kiezen.</li>"
                            "<li><b>C. Hulp regelen.</b> Als u dat wilt, helpt de ondersteuner om "
                            "de hulp te vinden en te regelen.</li>"
                            "<li><b>D. Het gesprek.</b> De ondersteuner steunt u voor, tijdens en "
                            "na het gesprek met het gebiedsteam.</li>"
                            "<li><b>E. Terugkijken.</b> Hebt u gekregen wat bij u past? Zo niet, "
                            "dan kijkt u samen wat er nog nodig is.</li>"
                            "</ol>"
                            "<p>U bepaalt het tempo. Soms is één gesprek genoeg. Soms trekt u een "
                            "paar maanden samen op.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Ik wilde niet meteen bij de gemeente in beeld komen. Met de "
                                "ondersteuner kon ik eerst rustig alles op een rij zetten. Daarna "
                                "ben ik zelf naar het gebiedsteam gegaan."
                            ),
                            "attribution": "Verzonnen voorbeeld van een inwoner uit Workum",
                        },
                    ),
                    (
                        "contact_card",
                        {
                            "name": "Neist Jo, onafhankelijke cliëntondersteuning",
                            "description": (
                                "Gratis voor alle inwoners van Súdwest-Fryslân. Wij komen ook bij "
                                "u thuis, in de stad en in het dorp."
                            ),
                            "phone": "0515-000200",
                            "email": "neistjo-swf@example.org",
                            "address": "Voorbeeldkade 5, 8601 XX Sneek",
                            "opening_hours": (
                                "Maandag tot en met vrijdag 8.30 tot 17.00 uur. Inloop op "
                                "donderdagmiddag in Bolsward en Koudum."
                            ),
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Kost het iets? Hebt u een verwijzing nodig? Lees het hier.",
                            "label": "Gratis en zonder verwijzing",
                            "page_slug": "gratis-en-zonder-verwijzing",
                        },
                    ),
                ],
                "en": {
                    "slug": "client-support",
                    "title": "What is client support?",
                    "intro": (
                        "An independent client supporter helps you for free with questions about "
                        "care, welfare, housing, work and money. They are separate from the "
                        "municipality and the area team."
                    ),
                    "body": [
                        ("heading", {"text": "Area team or independent supporter?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In Súdwest-Fryslân you can go to an area team (in Dutch: "
                                "gebiedsteam) with questions about care, young people, work and "
                                "income. The staff of the area team work on behalf of the "
                                "municipality. They help you. But they also help decide what help "
                                "you get from the municipality.</p>"
                                "<p>Sometimes you would rather talk to someone who is completely "
                                "separate from that. That is an independent client supporter. They "
                                "do not work for the municipality and do not decide about your "
                                "help. They only think from your point of view. In this example, "
                                "Neist Jo does this work. 'Neist jo' is Frisian for 'beside "
                                "you'.</p>"
                                "<p>In 2016 the municipality, together with the Wmo platform, "
                                "started a pilot with independent client support. They wanted to "
                                "know how many residents look for such a supporter, with which "
                                "questions and why.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Why do people choose an independent supporter?",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<ul>"
                                "<li>There is nobody around them who can come along to the "
                                "conversation with the area team.</li>"
                                "<li>They first want to talk without obligation, without becoming "
                                "known to the municipality straight away.</li>"
                                "<li>They feel they are not being listened to properly.</li>"
                                "<li>They are unhappy with a conversation or with the help they "
                                "get. Or they want to make a complaint.</li>"
                                "<li>They want to prepare or talk through the kitchen-table "
                                "conversation with someone from outside.</li>"
                                "<li>They want someone to check whether everything followed the "
                                "rules.</li>"
                                "</ul>"
                            ),
                        ),
                        ("heading", {"text": "What does the supporter do?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul>"
                                "<li><b>Thinking along about your question.</b> What exactly is "
                                "going on? What do you want to achieve? And what can you do "
                                "yourself, or with people around you?</li>"
                                "<li><b>Information and advice.</b> What help is there in your "
                                "village or town? Which rules apply? What are your rights?</li>"
                                "<li><b>Support with the conversation.</b> The supporter prepares "
                                "the conversation with the area team together with you. If you "
                                "want, they come along. This conversation is also called the "
                                "kitchen-table conversation.</li>"
                                "<li><b>Help with a complaint or objection.</b> Do you disagree "
                                "with a decision, or are you unhappy with how things went? The "
                                "supporter works out with you what you can do.</li>"
                                "</ul>"
                                "<p>You can come with any question about your daily life. About "
                                "care and welfare, but also about young people, school, housing, "
                                "work, income or debts.</p>"
                            ),
                        ),
                        ("heading", {"text": "Step by step", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ol>"
                                "<li><b>A. What is your question?</b> You tell your story. "
                                "Together you make clear what you want and what you need.</li>"
                                "<li><b>B. What are the options?</b> You get information about "
                                "help that fits. So you can choose yourself.</li>"
                                "<li><b>C. Arranging help.</b> If you want, the supporter helps "
                                "you find and arrange the help.</li>"
                                "<li><b>D. The conversation.</b> The supporter backs you up "
                                "before, during and after the conversation with the area team.</li>"
                                "<li><b>E. Looking back.</b> Did you get what suits you? If not, "
                                "you look together at what is still needed.</li>"
                                "</ol>"
                                "<p>You set the pace. Sometimes one conversation is enough. "
                                "Sometimes you work together for a few months.</p>"
                            ),
                        ),
                        (
                            "quote",
                            {
                                "quote": (
                                    "I did not want to come to the municipality's attention "
                                    "straight away. With the supporter I could first calmly sort "
                                    "everything out. After that I went to the area team myself."
                                ),
                                "attribution": "Made-up example of a resident of Workum",
                            },
                        ),
                        (
                            "contact_card",
                            {
                                "name": "Neist Jo, independent client support",
                                "description": (
                                    "Free for all residents of Súdwest-Fryslân. We also visit you "
                                    "at home, in town and in the villages."
                                ),
                                "phone": "0515-000200",
                                "email": "neistjo-swf@example.org",
                                "address": "Voorbeeldkade 5, 8601 XX Sneek",
                                "opening_hours": (
                                    "Monday to Friday 8.30 to 17.00. Walk-in on Thursday afternoon "
                                    "in Bolsward and Koudum."
                                ),
                            },
                        ),
                        (
                            "call_to_action",
                            {
                                "text": (
                                    "Does it cost anything? Do you need a referral? Read it here."
                                ),
                                "label": "Free and without referral",
                                "page_slug": "gratis-en-zonder-verwijzing",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "gratis-en-zonder-verwijzing",
                "title": "Gratis en zonder verwijzing",
                "intro": (
                    "U betaalt niets voor een onafhankelijke cliëntondersteuner. U hebt geen "
                    "verwijzing nodig en u hoeft niet eerst naar het gebiedsteam."
                ),
                "show_in_menus": True,
                "footer": False,
                "body": [
                    ("heading", {"text": "Gratis, altijd", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Een gesprek met een cliëntondersteuner kost u niets. Ook niet als "
                            "het lang duurt of als u vaker komt. De gemeente mag voor "
                            "cliëntondersteuning geen eigen bijdrage vragen. Een eigen bijdrage is "
                            "een bedrag dat u zelf betaalt voor sommige hulp van de gemeente. Voor "
                            "cliëntondersteuning bestaat die niet. Zo staat het in de Wmo 2015, de "
                            "wet over hulp en ondersteuning door de gemeente.</p>"
                        ),
                    ),
                    ("heading", {"text": "Zonder verwijzing en zonder indicatie", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>U hebt geen brief van de huisarts nodig. Ook geen indicatie: een "
                            "besluit dat u recht hebt op bepaalde zorg. U hoeft ook niet eerst "
                            "naar het gebiedsteam. Bel gewoon zelf, of stuur een mail. U mag ook "
                            "iemand anders vragen om voor u te bellen.</p>"
                        ),
                    ),
                    ("heading", {"text": "Neem iemand mee", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>U mag altijd iemand meenemen die u vertrouwt. Bijvoorbeeld uw "
                            "partner, een van uw kinderen of een goede kennis. Dat geldt voor "
                            "afspraken met Neist Jo. En ook voor het gesprek met het "
                            "gebiedsteam.</p>"
                        ),
                    ),
                    ("heading", {"text": "Liever een andere ondersteuner?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Een cliëntondersteuner werkt alleen in uw belang. Twijfelt u "
                            "daaraan? Hebt u het idee dat de ondersteuner meer luistert naar de "
                            "gemeente, het gebiedsteam of een zorgaanbieder dan naar u? Dan mag u "
                            "om een andere ondersteuner vragen. De gemeente moet daar volgens de "
                            "wet voor zorgen. Zeg het tegen ons of tegen de gemeente.</p>"
                        ),
                    ),
                    (
                        "accordion",
                        {
                            "title": "Veelgestelde vragen",
                            "items": [
                                {
                                    "question": (
                                        "Ik heb al contact met het gebiedsteam. Mag ik toch naar "
                                        "Neist Jo?"
                                    ),
                                    "answer": (
                                        "<p>Ja. U mag op elk moment een onafhankelijke "
                                        "ondersteuner vragen. Voor, tijdens of na uw contact met "
                                        "het gebiedsteam.</p>"
                                    ),
                                },
                                {
                                    "question": "Komt mijn naam dan bij de gemeente terecht?",
                                    "answer": (
                                        "<p>Nee. Neist Jo hoort niet bij de gemeente. Wij geven "
                                        "niets door aan de gemeente of het gebiedsteam, tenzij u "
                                        "dat zelf wilt.</p>"
                                    ),
                                },
                                {
                                    "question": "Kan ik in het Fries praten?",
                                    "answer": (
                                        "<p>Ja. Veel ondersteuners van Neist Jo spreken Fries. Jo "
                                        "kinne ek Frysk mei ús prate.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Ik woon in een klein dorp. Moet ik naar Sneek komen?"
                                    ),
                                    "answer": (
                                        "<p>Nee. De ondersteuner komt bij u thuis. Of u spreekt af "
                                        "in het dorpshuis bij u in de buurt. Bellen kan ook.</p>"
                                    ),
                                },
                                {
                                    "question": "Ik ben mantelzorger. Kan ik ook hulp krijgen?",
                                    "answer": (
                                        "<p>Ja. Een mantelzorger is iemand die lange tijd zonder "
                                        "betaling zorgt voor een naaste. Ook mantelzorgers kunnen "
                                        "bij ons terecht. Bijvoorbeeld als u meegaat naar het "
                                        "gesprek van degene voor wie u zorgt. Of als u zelf "
                                        "vastloopt.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Ik heb een klacht over het gebiedsteam. Wat kan ik doen?"
                                    ),
                                    "answer": (
                                        "<p>Vertel het ons. We luisteren en zoeken samen uit wat u "
                                        "kunt doen. Soms helpt een gesprek al. U kunt ook een "
                                        "klacht indienen bij de gemeente. De ondersteuner helpt u "
                                        "daarbij.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Komt er binnenkort iemand van het gebiedsteam bij u thuis? Lees "
                                "hoe u zich voorbereidt."
                            ),
                            "label": "Het gesprek voorbereiden",
                            "page_slug": "het-gesprek",
                        },
                    ),
                ],
                "en": {
                    "slug": "free-without-referral",
                    "title": "Free and without referral",
                    "intro": (
                        "You pay nothing for an independent client supporter. You do not need a "
                        "referral and you do not have to go to the area team first."
                    ),
                    "body": [
                        ("heading", {"text": "Free, always", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A conversation with a client supporter costs you nothing. Not "
                                "even if it takes a long time or if you come more often. The "
                                "municipality may not ask a personal contribution for client "
                                "support. A personal contribution is an amount you pay yourself "
                                "for some help from the municipality. For client support it does "
                                "not exist. This is in the Wmo 2015, the law on help and support "
                                "from the municipality.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "No referral and no assessment decision", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>You do not need a letter from your GP. You also do not need an "
                                "assessment decision (in Dutch: indicatie), which says you are "
                                "entitled to certain care. And you do not have to go to the area "
                                "team first. Just call us yourself, or send an e-mail. You may "
                                "also ask someone else to call for you.</p>"
                            ),
                        ),
                        ("heading", {"text": "Bring someone along", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>You may always bring someone you trust. For example your "
                                "partner, one of your children or a good friend. This applies to "
                                "appointments with Neist Jo. And also to the conversation with the "
                                "area team.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "Would you rather have another supporter?", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>A client supporter works only in your interest. Do you doubt "
                                "that? Do you feel the supporter listens more to the municipality, "
                                "the area team or a care provider than to you? Then you may ask "
                                "for another supporter. By law, the municipality must arrange "
                                "this. Tell us or the municipality.</p>"
                            ),
                        ),
                        (
                            "accordion",
                            {
                                "title": "Frequently asked questions",
                                "items": [
                                    {
                                        "question": (
                                            "I am already in touch with the area team. Can I still "
                                            "go to Neist Jo?"
                                        ),
                                        "answer": (
                                            "<p>Yes. You may ask for an independent supporter at "
                                            "any moment. Before, during or after your contact with "
                                            "the area team.</p>"
                                        ),
                                    },
                                    {
                                        "question": "Will my name end up at the municipality?",
                                        "answer": (
                                            "<p>No. Neist Jo is not part of the municipality. We "
                                            "pass nothing on to the municipality or the area team, "
                                            "unless you want us to.</p>"
                                        ),
                                    },
                                    {
                                        "question": "Can I speak Frisian?",
                                        "answer": (
                                            "<p>Yes. Many supporters at Neist Jo speak Frisian. Jo "
                                            "kinne ek Frysk mei ús prate (you can also speak "
                                            "Frisian with us).</p>"
                                        ),
                                    },
                                    {
                                        "question": (
                                            "I live in a small village. Do I have to come to Sneek?"
                                        ),
                                        "answer": (
                                            "<p>No. The supporter visits you at home. Or you meet "
                                            "at the village hall near you. Calling is also "
                                            "possible.</p>"
                                        ),
                                    },
                                    {
                                        "question": "I am an informal carer. Can I get help too?",
                                        "answer": (
                                            "<p>Yes. An informal carer is someone who looks after "
                                            "a person close to them for a long time, without pay. "
                                            "Informal carers can also come to us. For example if "
                                            "you go along to the conversation of the person you "
                                            "care for. Or if you get stuck yourself.</p>"
                                        ),
                                    },
                                    {
                                        "question": (
                                            "I have a complaint about the area team. What can I do?"
                                        ),
                                        "answer": (
                                            "<p>Tell us. We listen and work out together what you "
                                            "can do. Sometimes a conversation already helps. You "
                                            "can also make a complaint to the municipality. The "
                                            "supporter helps you with that.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "call_to_action",
                            {
                                "text": (
                                    "Is someone from the area team coming to your home soon? Read "
                                    "how to prepare."
                                ),
                                "label": "Prepare for the conversation",
                                "page_slug": "het-gesprek",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "informele-hulp-eerst",
                "title": "Eerst kijken wat er al is",
                "intro": (
                    "In Súdwest-Fryslân helpen mensen elkaar. Kijk daarom eerst wat u zelf kunt en "
                    "wie u in uw dorp of wijk al kan helpen. Daarna komt hulp van de gemeente."
                ),
                "show_in_menus": True,
                "footer": False,
                "body": [
                    ("heading", {"text": "Hulp dichtbij", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>In de dorpen en steden van Súdwest-Fryslân kennen mensen elkaar "
                            "vaak goed. Een buurvrouw die even komt kijken. Een zoon die de tuin "
                            "doet. Een vrijwilliger die boodschappen rondbrengt. Dat is veel "
                            "waard. Ook de gemeente kijkt daar eerst naar. Dat moet volgens de Wmo "
                            "2015.</p>"
                        ),
                    ),
                    ("heading", {"text": "De volgorde van oplossingen", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ol>"
                            "<li><b>Wat u zelf kunt.</b> Bijvoorbeeld een hulpmiddel kopen, of uw "
                            "huis anders inrichten zodat u minder hoeft te traplopen.</li>"
                            "<li><b>Uw eigen netwerk.</b> Familie, vrienden, buren, uw kerk of "
                            "vereniging. En mantelzorgers: mensen die lange tijd onbetaald voor "
                            "iemand zorgen.</li>"
                            "<li><b>Algemene voorzieningen.</b> Hulp die voor iedereen openstaat, "
                            "zonder aanvraag. Denk aan een koffieochtend in het dorpshuis, een "
                            "maaltijdservice of een boodschappendienst. Ook cliëntondersteuning is "
                            "een algemene voorziening.</li>"
                            "<li><b>Een maatwerkvoorziening.</b> Hulp die de gemeente speciaal "
                            "voor u regelt, na een gesprek en een besluit. Bijvoorbeeld "
                            "begeleiding, hulp in het huishouden of een aanpassing in huis.</li>"
                            "</ol>"
                            "<p>Deze volgorde betekent niet dat u het eerst alleen moet uitzoeken. "
                            "U mag altijd een cliëntondersteuner vragen om mee te denken. Ook als "
                            "u geen familie of buren hebt die kunnen helpen. Of als u hen niet "
                            "wilt belasten. Hulp van mensen om u heen is altijd vrijwillig.</p>"
                        ),
                    ),
                    ("heading", {"text": "Vrijwilligers die u op weg helpen", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Naast beroepskrachten zijn er veel vrijwilligers die mensen helpen "
                            "hun weg te vinden. Dat heet informele cliëntondersteuning. In de "
                            "tabel ziet u een paar voorbeelden.</p>"
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "Vormen van vrijwillige hulp in Súdwest-Fryslân",
                            "rows": [
                                ["Wie?", "Wat doen ze?", "Voor wie?"],
                                [
                                    "Vrijwillige ouderenadviseurs",
                                    (
                                        "Ze komen bij u thuis en helpen met vragen over wonen, "
                                        "geld, formulieren en zorg."
                                    ),
                                    "Ouderen en hun familie",
                                ],
                                [
                                    "Lotgenotengroepen",
                                    (
                                        "Mensen die hetzelfde meemaken, praten met elkaar en delen "
                                        "tips."
                                    ),
                                    (
                                        "Bijvoorbeeld mensen met een chronische ziekte, of ouders "
                                        "van een kind met een beperking"
                                    ),
                                ],
                                [
                                    "Ervaringsdeskundigen",
                                    (
                                        "Ze gebruiken hun eigen ervaring met ziekte, armoede of "
                                        "psychische problemen om anderen te helpen."
                                    ),
                                    "Iedereen die zich herkent in hun verhaal",
                                ],
                                [
                                    "Steunpunt Mantelzorg",
                                    (
                                        "Geeft informatie, advies en een luisterend oor. "
                                        "Organiseert ook ontmoetingen."
                                    ),
                                    "Mantelzorgers, ook jonge mantelzorgers",
                                ],
                                [
                                    "Cliënt- en familieorganisaties",
                                    (
                                        "Verenigingen die veel weten over een bepaalde ziekte of "
                                        "beperking."
                                    ),
                                    "Mensen met die ziekte of beperking en hun naasten",
                                ],
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Neist Jo kent de vrijwilligers in de gemeente. We brengen u graag "
                            "met hen in contact. Lukt het niet met vrijwilligers? Dan helpt een "
                            "van onze beroepskrachten u verder.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Als ouderenadviseur zit ik bij mensen aan de keukentafel. Vaak is "
                                "het eerste gesprek het belangrijkste. Dan hoor je wat er echt "
                                "speelt."
                            ),
                            "attribution": (
                                "Verzonnen voorbeeld van een vrijwillige ouderenadviseur uit Makkum"
                            ),
                        },
                    ),
                    (
                        "contact_card",
                        {
                            "name": "Steunpunt Mantelzorg van Neist Jo",
                            "description": (
                                "Voor iedereen die zorgt voor een naaste. Wij denken met u mee en "
                                "zoeken samen naar even rust voor uzelf."
                            ),
                            "phone": "0515-000220",
                            "email": "mantelzorg-swf@example.org",
                            "address": "Voorbeeldkade 5, 8601 XX Sneek",
                            "opening_hours": "Dinsdag en donderdag van 9.00 tot 12.00 uur",
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Wilt u weten wat een onafhankelijke cliëntondersteuner voor u kan "
                                "doen?"
                            ),
                            "label": "Over cliëntondersteuning",
                            "page_slug": "clientondersteuning",
                        },
                    ),
                ],
                "en": {
                    "slug": "informal-help-first",
                    "title": "First look at what is already there",
                    "intro": (
                        "In Súdwest-Fryslân people help each other. So first look at what you can "
                        "do yourself and who in your village or neighbourhood can already help. "
                        "Help from the municipality comes after that."
                    ),
                    "body": [
                        ("heading", {"text": "Help close by", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In the villages and towns of Súdwest-Fryslân, people often "
                                "know each other well. A neighbour who pops in. A son who does the "
                                "garden. A volunteer who delivers shopping. That is worth a lot. "
                                "The municipality also looks at this first. The Wmo 2015 requires "
                                "it.</p>"
                            ),
                        ),
                        ("heading", {"text": "The order of solutions", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ol>"
                                "<li><b>What you can do yourself.</b> For example buying an aid, "
                                "or arranging your home so you need the stairs less.</li>"
                                "<li><b>Your own network.</b> Family, friends, neighbours, your "
                                "church or club. And informal carers: people who look after "
                                "someone for a long time without pay.</li>"
                                "<li><b>General provisions.</b> Help that is open to everyone, "
                                "without an application. Think of a coffee morning in the village "
                                "hall, a meal service or a shopping service. Client support is "
                                "also a general provision.</li>"
                                "<li><b>A tailored provision.</b> Help that the municipality "
                                "arranges especially for you, after a conversation and a decision. "
                                "For example support at home, help with housework or an adaptation "
                                "to your home.</li>"
                                "</ol>"
                                "<p>This order does not mean you first have to work everything out "
                                "alone. You may always ask a client supporter to think along. Also "
                                "if you have no family or neighbours who can help. Or if you do "
                                "not want to burden them. Help from people around you is always "
                                "voluntary.</p>"
                            ),
                        ),
                        ("heading", {"text": "Volunteers who help you on your way", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Besides professionals, there are many volunteers who help "
                                "people find their way. This is called informal client support. "
                                "The table shows a few examples.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "caption": "Kinds of volunteer help in Súdwest-Fryslân",
                                "rows": [
                                    ["Who?", "What do they do?", "For whom?"],
                                    [
                                        "Volunteer advisers for older people",
                                        (
                                            "They visit you at home and help with questions about "
                                            "housing, money, forms and care."
                                        ),
                                        "Older people and their families",
                                    ],
                                    [
                                        "Peer groups",
                                        (
                                            "People who go through the same thing talk with each "
                                            "other and share tips."
                                        ),
                                        (
                                            "For example people with a chronic illness, or parents "
                                            "of a child with a disability"
                                        ),
                                    ],
                                    [
                                        "Experts by experience",
                                        (
                                            "They use their own experience with illness, poverty "
                                            "or mental health problems to help others."
                                        ),
                                        "Anyone who recognises themselves in their story",
                                    ],
                                    [
                                        "Informal-carer support point",
                                        (
                                            "Gives information, advice and a listening ear. Also "
                                            "organises meetings."
                                        ),
                                        "Informal carers, including young carers",
                                    ],
                                    [
                                        "Client and family organisations",
                                        (
                                            "Associations that know a lot about a certain illness "
                                            "or disability."
                                        ),
                                        (
                                            "People with that illness or disability and those "
                                            "close to them"
                                        ),
                                    ],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Neist Jo knows the volunteers in the municipality. We are "
                                "happy to put you in touch with them. Does it not work out with "
                                "volunteers? Then one of our professionals helps you further.</p>"
                            ),
                        ),
                        (
                            "quote",
                            {
                                "quote": (
                                    "As an adviser for older people, I sit with people at their "
                                    "kitchen table. The first conversation is often the most "
                                    "important one. That is when you hear what is really going on."
                                ),
                                "attribution": (
                                    "Made-up example of a volunteer adviser for older people from "
                                    "Makkum"
                                ),
                            },
                        ),
                        (
                            "contact_card",
                            {
                                "name": "Informal-carer support point of Neist Jo",
                                "description": (
                                    "For everyone who cares for someone close to them. We think "
                                    "along with you and look together for some rest for yourself."
                                ),
                                "phone": "0515-000220",
                                "email": "mantelzorg-swf@example.org",
                                "address": "Voorbeeldkade 5, 8601 XX Sneek",
                                "opening_hours": "Tuesday and Thursday from 9.00 to 12.00",
                            },
                        ),
                        (
                            "call_to_action",
                            {
                                "text": (
                                    "Do you want to know what an independent client supporter can "
                                    "do for you?"
                                ),
                                "label": "About client support",
                                "page_slug": "clientondersteuning",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "het-gesprek",
                "title": "Het gesprek met de gemeente",
                "intro": (
                    "Vraagt u hulp aan? Dan komt er meestal iemand van het gebiedsteam bij u thuis "
                    "voor een gesprek. Zo bereidt u zich voor."
                ),
                "show_in_menus": True,
                "footer": False,
                "body": [
                    ("heading", {"text": "Een gesprek met het gebiedsteam", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Wilt u hulp van de gemeente? Bijvoorbeeld begeleiding, hulp in het "
                            "huishouden of een aanpassing in uw huis? Dan voert een medewerker van "
                            "het gebiedsteam eerst een gesprek met u. Meestal bij u thuis. Daarom "
                            "heet het ook wel het keukentafelgesprek. U kunt ook afspreken op het "
                            "kantoor van het gebiedsteam.</p>"
                            "<p>Het gesprek gaat over uw hele situatie. Hoe gaat het thuis? Wat "
                            "lukt wel en wat niet? Wie helpt u al? Samen zoekt u naar wat u nodig "
                            "hebt.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "U hoort vooraf over gratis ondersteuning", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Voor het gesprek moet de gemeente u vertellen dat u gratis een "
                            "cliëntondersteuner kunt vragen. Dat geldt ook voor uw mantelzorger. U "
                            "kiest zelf of u dat wilt. Heeft niemand het u verteld? Bel dan gerust "
                            "Neist Jo. Als het nodig is, kan het gesprek later plaatsvinden.</p>"
                        ),
                    ),
                    ("heading", {"text": "Voorbereiden: zo doet u dat", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Een goede voorbereiding maakt het gesprek makkelijker. Neem er de "
                            "tijd voor. Pak pen en papier. Of vraag een cliëntondersteuner om met "
                            "u mee te denken.</p>"
                        ),
                    ),
                    ("heading", {"text": "Checklist", "level": "h3"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li>Schrijf op wat er lastig is in uw dagelijks leven. Denk aan het "
                            "huishouden, wassen en aankleden, eten, vervoer en contact met "
                            "anderen.</li>"
                            "<li>Schrijf ook op wat goed gaat. En wat u zelf al hebt "
                            "geprobeerd.</li>"
                            "<li>Maak een lijst van wie u nu helpt. Hoe vaak, en hoe lang kan dat "
                            "nog?</li>"
                            "<li>Vraag uw mantelzorger hoe het met hem of haar gaat.</li>"
                            "<li>Leg papieren klaar: brieven van de huisarts of het ziekenhuis en "
                            "een lijst van uw medicijnen.</li>"
                            "<li>Bedenk wat u graag wilt. Bijvoorbeeld zelf naar de supermarkt, "
                            "naar het dorpshuis of weer het water op.</li>"
                            "<li>Schrijf uw eigen vragen op.</li>"
                            "<li>Spreek af wie erbij is: iemand uit uw omgeving, een "
                            "cliëntondersteuner, of allebei.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Na het gesprek", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>U krijgt een verslag van het gesprek. Lees het rustig door, "
                            "eventueel samen met uw ondersteuner. Staat er iets in dat niet klopt "
                            "of dat ontbreekt? Geef dat door. Daarna doet u een aanvraag. De "
                            "gemeente neemt een besluit en stuurt u een brief. Die brief heet de "
                            "beschikking.</p>"
                            "<p>Bent u het niet eens met het besluit? Dan kunt u binnen zes weken "
                            "bezwaar maken. Bent u niet tevreden over hoe u bent behandeld? Dan "
                            "kunt u een klacht indienen bij de gemeente. De cliëntondersteuner "
                            "helpt u bij allebei. Vaak lost een goed gesprek al veel op.</p>"
                        ),
                    ),
                    (
                        "accordion",
                        {
                            "title": "Vragen over het keukentafelgesprek",
                            "items": [
                                {
                                    "question": "Wat als ik me niet gehoord voel?",
                                    "answer": (
                                        "<p>Zeg het tijdens het gesprek. Of bespreek het later met "
                                        "een onafhankelijke cliëntondersteuner. Die kijkt met u of "
                                        "het gesprek goed is gegaan en wat u nu kunt doen.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Mag ik het gesprek nabespreken met iemand die niet bij de "
                                        "gemeente werkt?"
                                    ),
                                    "answer": (
                                        "<p>Ja. Daar is een onafhankelijke cliëntondersteuner "
                                        "juist voor. Samen leest u het verslag en kijkt u of alles "
                                        "klopt.</p>"
                                    ),
                                },
                                {
                                    "question": "Hoe lang duurt het gesprek?",
                                    "answer": (
                                        "<p>Dat verschilt. Reken op ongeveer een uur. Wordt het u "
                                        "te veel? Vraag dan om een pauze of een tweede "
                                        "afspraak.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Wilt u het gesprek samen met iemand voorbereiden? Een "
                                "onafhankelijke ondersteuner helpt u gratis."
                            ),
                            "label": "Neem contact op",
                            "page_slug": "clientondersteuning",
                        },
                    ),
                ],
                "en": {
                    "slug": "the-conversation",
                    "title": "The conversation with the municipality",
                    "intro": (
                        "Are you applying for help? Then someone from the area team usually comes "
                        "to your home for a conversation. This is how you prepare."
                    ),
                    "body": [
                        ("heading", {"text": "A conversation with the area team", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Would you like help from the municipality? For example support "
                                "at home, help with housework or an adaptation to your home? Then "
                                "someone from the area team first has a conversation with you. "
                                "Usually at your home. That is why it is also called the "
                                "kitchen-table conversation. You can also meet at the office of "
                                "the area team.</p>"
                                "<p>The conversation is about your whole situation. How are things "
                                "at home? What works and what does not? Who already helps you? "
                                "Together you look for what you need.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "You hear about free support beforehand", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Before the conversation, the municipality must tell you that "
                                "you can ask for a client supporter for free. This also applies to "
                                "your informal carer. You decide yourself whether you want this. "
                                "Has nobody told you? Then feel free to call Neist Jo. If needed, "
                                "the conversation can take place later.</p>"
                            ),
                        ),
                        ("heading", {"text": "How to prepare", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Good preparation makes the conversation easier. Take your "
                                "time. Get a pen and paper. Or ask a client supporter to think "
                                "along with you.</p>"
                            ),
                        ),
                        ("heading", {"text": "Checklist", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<ul>"
                                "<li>Write down what is difficult in your daily life. Think of "
                                "housework, washing and dressing, meals, transport and contact "
                                "with others.</li>"
                                "<li>Also write down what goes well. And what you have already "
                                "tried yourself.</li>"
                                "<li>Make a list of who helps you now. How often, and for how much "
                                "longer can they?</li>"
                                "<li>Ask your informal carer how they are doing.</li>"
                                "<li>Have your papers ready: letters from your GP or the hospital "
                                "and a list of your medicines.</li>"
                                "<li>Think about what you would like. For example going to the "
                                "supermarket yourself, to the village hall or out on the water "
                                "again.</li>"
                                "<li>Write down your own questions.</li>"
                                "<li>Agree who will be there: someone close to you, a client "
                                "supporter, or both.</li>"
                                "</ul>"
                            ),
                        ),
                        ("heading", {"text": "After the conversation", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>You receive a report of the conversation. Read it calmly, if "
                                "you like together with your supporter. Is something wrong or "
                                "missing? Pass it on. Then you apply. The municipality makes a "
                                "decision and sends you a letter. This letter is called the "
                                "beschikking (decision).</p>"
                                "<p>Do you disagree with the decision? Then you can object within "
                                "six weeks. Are you unhappy with how you were treated? Then you "
                                "can make a complaint to the municipality. The client supporter "
                                "helps you with both. A good conversation often solves a lot "
                                "already.</p>"
                            ),
                        ),
                        (
                            "accordion",
                            {
                                "title": "Questions about the kitchen-table conversation",
                                "items": [
                                    {
                                        "question": "What if I do not feel heard?",
                                        "answer": (
                                            "<p>Say so during the conversation. Or discuss it "
                                            "later with an independent client supporter. They look "
                                            "with you at whether the conversation went well and "
                                            "what you can do now.</p>"
                                        ),
                                    },
                                    {
                                        "question": (
                                            "Can I talk the conversation through with someone who "
                                            "does not work for the municipality?"
                                        ),
                                        "answer": (
                                            "<p>Yes. That is exactly what an independent client "
                                            "supporter is for. Together you read the report and "
                                            "check whether everything is right.</p>"
                                        ),
                                    },
                                    {
                                        "question": "How long does the conversation take?",
                                        "answer": (
                                            "<p>That varies. Expect about an hour. Is it too much "
                                            "for you? Then ask for a break or a second "
                                            "appointment.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "call_to_action",
                            {
                                "text": (
                                    "Would you like to prepare the conversation with someone? An "
                                    "independent supporter helps you for free."
                                ),
                                "label": "Get in touch",
                                "page_slug": "clientondersteuning",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "voor-wmo-raden",
                "title": "Voor Wmo-raden",
                "intro": (
                    "Voor leden van Wmo-raden, lokale raden en cliëntenraden: zo kijkt u samen met "
                    "de gemeente of onafhankelijke cliëntondersteuning goed geregeld is."
                ),
                "show_in_menus": True,
                "footer": False,
                "body": [
                    ("heading", {"text": "Inwoners praten mee", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Een Wmo-raad geeft de gemeente advies over zorg, welzijn en "
                            "ondersteuning. De leden zijn inwoners. Ze kijken mee vanuit de "
                            "ervaring van mensen die hulp nodig hebben. De raad mag advies geven "
                            "als de gemeente erom vraagt. En ook als de gemeente er niet om "
                            "vraagt.</p>"
                            "<p>In Súdwest-Fryslân zat het Wmo-platform in 2016 in de werkgroep "
                            "die de proef met onafhankelijke cliëntondersteuning voorbereidde en "
                            "volgde. Inwoners praatten dus vanaf het begin mee.</p>"
                        ),
                    ),
                    (
                        "heading",
                        {"text": "De zelftest: een hulpmiddel voor het gesprek", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        (
                            "<p>De VNG, de vereniging van alle gemeenten, maakte in 2015 een "
                            "zelftest over cliëntondersteuning. Dat gebeurde na een motie van de "
                            "Tweede Kamer uit oktober 2014. Met de test beoordeelt u of de "
                            "cliëntondersteuning past bij de Wmo 2015. De zelftest op deze site "
                            "gebruikt dezelfde zeven thema's. De vragen hebben we zelf geschreven. "
                            "Het is dus geen officiële versie van de VNG.</p>"
                            "<p>U kunt de test op drie manieren gebruiken:</p>"
                            "<ul>"
                            "<li><b>De gemeente kijkt naar zichzelf.</b> Ambtenaren vullen de test "
                            "in voor hun eigen beleid.</li>"
                            "<li><b>De raad kijkt naar de gemeente.</b> De Wmo-raad vult de test "
                            "in.</li>"
                            "<li><b>Samen.</b> Gemeente en raad vullen de test allebei in en "
                            "bespreken de verschillen. Dat levert vaak het beste gesprek op.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Zeven thema's", "level": "h2"}),
                    (
                        "table",
                        {
                            "caption": "De zeven thema's van de zelftest cliëntondersteuning",
                            "rows": [
                                ["Thema", "Wat gaat het na?"],
                                [
                                    "Beleidsplan",
                                    (
                                        "Beschrijft het beleidsplan hoe onafhankelijke "
                                        "cliëntondersteuning is geregeld? Wie voert het uit, met "
                                        "welke opdracht en welk budget? Hoe sluiten vrijwillige en "
                                        "betaalde ondersteuning op elkaar aan? Zijn de doelen "
                                        "meetbaar? Was de Wmo-raad erbij betrokken?"
                                    ),
                                ],
                                [
                                    "Onafhankelijkheid",
                                    (
                                        "Is de ondersteuner gescheiden van wie beslist over "
                                        "maatwerkvoorzieningen? Werkt hij of zij als zelfstandige "
                                        "professional? Kunnen inwoners een andere ondersteuner "
                                        "vragen? Worden belangenconflicten voorkomen of open "
                                        "gemaakt? Is er keuze tussen aanbieders en vormen?"
                                    ),
                                ],
                                [
                                    "Levensbreedheid",
                                    (
                                        "Helpt de ondersteuning op alle levensgebieden en voor "
                                        "alle groepen, zoals ouderen, mensen met een beperking of "
                                        "psychische problemen, jongeren en ouders, mantelzorgers "
                                        "en mensen met schulden? Ook over wetten heen en bij "
                                        "overgangen, zoals 18 worden? En in elke fase, tot en met "
                                        "klacht, bezwaar en beroep?"
                                    ),
                                ],
                                [
                                    "Toegankelijkheid",
                                    (
                                        "Is de ondersteuning gratis en zonder verwijzing? Is ze te "
                                        "bereiken via telefoon, mail, chat, inloop en huisbezoek, "
                                        "op tijden die passen? Is de informatie in eenvoudige "
                                        "taal, digitaal toegankelijk en ook in andere talen? "
                                        "Kunnen inwoners zelf aankloppen, al voor hun aanvraag? "
                                        "Zijn wachttijden bekend?"
                                    ),
                                ],
                                [
                                    "Informatieplicht",
                                    (
                                        "Hoort elke inwoner en mantelzorger voor het gesprek over "
                                        "gratis ondersteuning, en kan de gemeente dat laten zien? "
                                        "Staat op de website en de sociale kaart wat het is en wie "
                                        "het biedt? Verwijzen loket, gebiedsteams en huisartsen "
                                        "ernaar? Wordt vastgelegd dat de inwoner het heeft gehoord?"
                                    ),
                                ],
                                [
                                    "Kwaliteit en evaluatie",
                                    (
                                        "Welke eisen gelden voor opleiding en beroepscode? Gaat "
                                        "het jaarlijkse cliëntervaringsonderzoek ook over "
                                        "cliëntondersteuning? Wordt bijgehouden hoe vaak en "
                                        "waarvoor ondersteuning wordt gebruikt? Gebruikt de "
                                        "gemeente signalen voor beleid? Is er een evaluatie en een "
                                        "klachtenregeling?"
                                    ),
                                ],
                                [
                                    "Inspraak",
                                    (
                                        "Praten inwoners en cliëntvertegenwoordigers mee over het "
                                        "beleid, gevraagd en ongevraagd? Krijgt de Wmo-raad de "
                                        "informatie die nodig is? Hoort de raad wat er met zijn "
                                        "advies gebeurt? Zijn ervaringsdeskundigen en "
                                        "vrijwilligersorganisaties betrokken?"
                                    ),
                                ],
                            ],
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>De <b>sociale kaart</b> is een overzicht van alle hulp en "
                            "organisaties in de gemeente. Een <b>maatwerkvoorziening</b> is hulp "
                            "die de gemeente speciaal voor één persoon regelt.</p>"
                        ),
                    ),
                    ("heading", {"text": "Antwoorden met bewijs", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Elke vraag heeft vier antwoorden: ja, deels, nee en weet ik niet. "
                            "Licht uw antwoord toe. Waar staat het? Noem het document en de "
                            "bladzijde, of geef een link. Zo kan iedereen het nakijken. Spreek bij "
                            "'deels' of 'nee' af wat er moet gebeuren, door wie en wanneer.</p>"
                        ),
                    ),
                    ("heading", {"text": "Leren van de proef", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Bij de proef in 2016 wilde de gemeente drie dingen weten: hoeveel "
                            "vragen er komen, wat voor vragen het zijn en waarom mensen een "
                            "onafhankelijke ondersteuner kiezen. Dat zijn ook goede vragen voor uw "
                            "raad. Vraag de gemeente om deze cijfers elk jaar te delen. Vraag ook "
                            "naar klachten en naar bijna-klachten. Dat zijn signalen van onvrede "
                            "die nooit een officiële klacht werden. Weinig klachten betekent niet "
                            "altijd dat mensen tevreden zijn.</p>"
                        ),
                    ),
                    (
                        "call_to_action",
                        {
                            "text": (
                                "Bekijk hoe deze site inwoners helpt bij het gesprek met de "
                                "gemeente."
                            ),
                            "label": "Het gesprek met de gemeente",
                            "page_slug": "het-gesprek",
                        },
                    ),
                ],
                "en": {
                    "slug": "for-wmo-councils",
                    "title": "For Wmo councils",
                    "intro": (
                        "For members of Wmo councils, local councils and client councils: this is "
                        "how you check together with the municipality whether independent client "
                        "support is well arranged."
                    ),
                    "body": [
                        ("heading", {"text": "Residents have a say", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A Wmo council advises the municipality on care, welfare and "
                                "support. Its members are residents. They bring in the experience "
                                "of people who need help. The council may give advice when asked, "
                                "and also unasked.</p>"
                                "<p>In Súdwest-Fryslân, the Wmo platform was part of the working "
                                "group that prepared and followed the 2016 pilot with independent "
                                "client support. So residents had a say from the start.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "The self-test: a tool for the conversation", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The VNG, the association of all municipalities, made a "
                                "self-test on client support in 2015. This followed a motion of "
                                "the House of Representatives from October 2014. With the test you "
                                "judge whether client support meets the Wmo 2015. The self-test on "
                                "this site uses the same seven themes. We wrote the questions "
                                "ourselves. So it is not an official VNG version.</p>"
                                "<p>You can use the test in three ways:</p>"
                                "<ul>"
                                "<li><b>The municipality looks at itself.</b> Civil servants fill "
                                "in the test.</li>"
                                "<li><b>The council looks at the municipality.</b> The Wmo council "
                                "fills in the test.</li>"
                                "<li><b>Together.</b> The municipality and the council both fill "
                                "in the test and discuss the differences. This often leads to the "
                                "best conversation.</li>"
                                "</ul>"
                            ),
                        ),
                        ("heading", {"text": "Seven themes", "level": "h2"}),
                        (
                            "table",
                            {
                                "caption": "The seven themes of the client support self-test",
                                "rows": [
                                    ["Theme", "What does it check?"],
                                    [
                                        "Beleidsplan (policy plan)",
                                        (
                                            "Does the policy plan describe how independent client "
                                            "support is arranged? Who provides it, with what "
                                            "assignment and budget? How do volunteer and paid "
                                            "support connect? Are the aims measurable? Was the Wmo "
                                            "council involved?"
                                        ),
                                    ],
                                    [
                                        "Onafhankelijkheid (independence)",
                                        (
                                            "Is the supporter separate from whoever decides on "
                                            "tailored provisions? Do they work as an autonomous "
                                            "professional? Can residents ask for another "
                                            "supporter? Are conflicts of interest prevented or "
                                            "made open? Is there choice?"
                                        ),
                                    ],
                                    [
                                        "Levensbreedheid (all areas of life)",
                                        (
                                            "Does support cover all areas of life and all groups, "
                                            "such as older people, people with a disability or "
                                            "mental health problems, young people and parents, "
                                            "informal carers and people with debts? Also across "
                                            "laws and at transitions, such as turning 18? And at "
                                            "every stage, up to complaint, objection and appeal?"
                                        ),
                                    ],
                                    [
                                        "Toegankelijkheid (accessibility)",
                                        (
                                            "Is support free and without referral? Can you reach "
                                            "it by phone, e-mail, chat, walk-in and home visit, at "
                                            "times that suit? Is the information in plain "
                                            "language, digitally accessible and in other "
                                            "languages? Can residents knock on the door "
                                            "themselves, even before applying? Are waiting times "
                                            "known?"
                                        ),
                                    ],
                                    [
                                        "Informatieplicht (duty to inform)",
                                        (
                                            "Does every resident and informal carer hear about "
                                            "free support before the conversation, and can the "
                                            "municipality show this? Do the website and the social "
                                            "map say what it is and who offers it? Do front desks, "
                                            "area teams and GPs refer to it? Is it recorded that "
                                            "the resident was told?"
                                        ),
                                    ],
                                    [
                                        "Kwaliteit en evaluatie (quality and evaluation)",
                                        (
                                            "What are the requirements for training and "
                                            "professional code? Does the yearly client-experience "
                                            "survey cover client support? Is it tracked how often "
                                            "and for what support is used? Does the municipality "
                                            "use signals for policy? Is there an evaluation and a "
                                            "complaints procedure?"
                                        ),
                                    ],
                                    [
                                        "Inspraak (having a say)",
                                        (
                                            "Do residents and client representatives take part in "
                                            "policy, asked and unasked? Does the Wmo council get "
                                            "the information it needs? Does the council hear what "
                                            "happens with its advice? Are experts by experience "
                                            "and volunteer organisations involved?"
                                        ),
                                    ],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The <b>social map</b> is an overview of all help and "
                                "organisations in the municipality. A <b>tailored provision</b> is "
                                "help that the municipality arranges especially for one person.</p>"
                            ),
                        ),
                        ("heading", {"text": "Answers with evidence", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Each question has four answers: yes, partly, no and don't "
                                "know. Explain your answer: name the document and page, or give a "
                                "link. That way everyone can check it. With 'partly' or 'no', "
                                "agree what needs to happen, by whom and when.</p>"
                            ),
                        ),
                        ("heading", {"text": "Learning from the pilot", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In the 2016 pilot, the municipality wanted to know three "
                                "things: how many questions come in, what kind of questions they "
                                "are and why people choose an independent supporter. These are "
                                "good questions for your council too. Ask the municipality to "
                                "share these figures every year. Also ask about complaints and "
                                "near-complaints: signs of dissatisfaction that never became a "
                                "formal complaint. Few complaints do not always mean people are "
                                "satisfied.</p>"
                            ),
                        ),
                        (
                            "call_to_action",
                            {
                                "text": (
                                    "See how this site helps residents with the conversation with "
                                    "the municipality."
                                ),
                                "label": "The conversation with the municipality",
                                "page_slug": "het-gesprek",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "toegankelijkheid",
                "title": "Toegankelijkheidsverklaring",
                "intro": (
                    "Deze site moet voor iedereen bruikbaar zijn. Hier leest u hoe we dat "
                    "controleren, wat nog niet goed werkt en hoe u een probleem meldt."
                ),
                "show_in_menus": False,
                "footer": True,
                "body": [
                    ("heading", {"text": "Voor iedereen", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Wij willen dat iedereen deze site kan gebruiken. Ook als u slecht "
                            "ziet, geen muis gebruikt, een schermlezer hebt of moeite hebt met "
                            "lezen. Daarom werken we volgens de richtlijnen WCAG 2.1, niveau AA. "
                            "Dat is de norm voor websites van de overheid.</p>"
                            "<p>Onze Nederlandse teksten schrijven we op taalniveau B1. Dat is "
                            "eenvoudig Nederlands. Moeilijke woorden leggen we uit.</p>"
                        ),
                    ),
                    ("heading", {"text": "Zo controleren we de site", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul>"
                            "<li><b>Met een programma.</b> We laten axe-core over de pagina's "
                            "gaan. Dat programma zoekt in een browser naar bekende fouten. "
                            "Bijvoorbeeld een knop zonder naam, een afbeelding zonder beschrijving "
                            "of te weinig contrast tussen tekst en achtergrond.</li>"
                            "<li><b>Met het toetsenbord.</b> We gebruiken de site zonder muis. Met "
                            "Tab, Shift+Tab, Enter en de pijltjestoetsen. We letten erop dat u "
                            "alles kunt bereiken. En dat u steeds ziet waar u bent.</li>"
                            "<li><b>Vaste kleuren.</b> Beheerders kunnen alleen kiezen uit kleuren "
                            "die we hebben getest op voldoende contrast.</li>"
                            "</ul>"
                            "<p>Een programma vindt niet alle fouten. Uw melding helpt ons dus "
                            "echt.</p>"
                        ),
                    ),
                    ("heading", {"text": "Bekende beperking: de kaart", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>De kaart met organisaties kunt u alleen verschuiven met een muis, "
                            "of met uw vinger op een touchscreen. Met alleen een toetsenbord lukt "
                            "dat niet goed.</p>"
                            "<p>U mist daardoor niets. Alles wat op de kaart staat, staat ook in "
                            "de lijst. Daar vindt u dezelfde organisaties met adres, "
                            "telefoonnummer en uitleg. De lijst kunt u helemaal met het "
                            "toetsenbord gebruiken.</p>"
                        ),
                    ),
                    ("heading", {"text": "Een probleem melden", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Loopt u ergens tegenaan? Mail ons via neistjo-swf@example.org. "
                            "Noem de pagina en vertel wat er misging. We proberen binnen vijf "
                            "werkdagen te antwoorden. Hebt u de informatie meteen nodig? Bel dan "
                            "0515-000200. Dan helpen we u via de telefoon.</p>"
                        ),
                    ),
                    (
                        "contact_card",
                        {
                            "name": "Toegankelijkheid melden bij Neist Jo",
                            "description": (
                                "Noem de pagina, wat u wilde doen en wat er misging. Een "
                                "schermafdruk mag, maar hoeft niet."
                            ),
                            "phone": "0515-000200",
                            "email": "neistjo-swf@example.org",
                            "address": "",
                            "opening_hours": "Maandag tot en met vrijdag van 8.30 tot 17.00 uur",
                        },
                    ),
                    ("heading", {"text": "Dit is een voorbeeldverklaring", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Deze tekst hoort bij een demonstratiesite. Het is geen officiële "
                            "toegankelijkheidsverklaring. Gebruikt een gemeente deze site echt? "
                            "Dan laat zij de site eerst onderzoeken. Daarna maakt zij een eigen, "
                            "officiële verklaring. Meer daarover leest u op "
                            '<a href="https://www.digitoegankelijk.nl">digitoegankelijk.nl</a>.'
                            "</p>"
                        ),
                    ),
                ],
                "en": {
                    "slug": "accessibility",
                    "title": "Accessibility statement",
                    "intro": (
                        "This site should be usable for everyone. Here you read how we check that, "
                        "what does not work well yet and how to report a problem."
                    ),
                    "body": [
                        ("heading", {"text": "For everyone", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>We want everyone to be able to use this site. Also if you do "
                                "not see well, do not use a mouse, use a screen reader or find "
                                "reading hard. That is why we work to the WCAG 2.1 guidelines, "
                                "level AA. This is the standard for government websites.</p>"
                                "<p>We write our Dutch texts at language level B1. That is plain "
                                "Dutch. We explain difficult words.</p>"
                            ),
                        ),
                        ("heading", {"text": "How we check the site", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul>"
                                "<li><b>With a program.</b> We run axe-core over the pages. This "
                                "program looks for known errors in a browser. For example a button "
                                "without a name, an image without a description or too little "
                                "contrast between text and background.</li>"
                                "<li><b>With the keyboard.</b> We use the site without a mouse. "
                                "With Tab, Shift+Tab, Enter and the arrow keys. We make sure you "
                                "can reach everything, and that you can always see where you "
                                "are.</li>"
                                "<li><b>Fixed colours.</b> Editors can only choose from colours "
                                "that we tested for enough contrast.</li>"
                                "</ul>"
                                "<p>A program does not find every error. So your report really "
                                "helps us.</p>"
                            ),
                        ),
                        ("heading", {"text": "Known limitation: the map", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>You can only move the map of organisations with a mouse, or "
                                "with your finger on a touch screen. With only a keyboard this "
                                "does not work well.</p>"
                                "<p>You do not miss anything because of this. Everything on the "
                                "map is also in the list. There you find the same organisations "
                                "with address, phone number and explanation. You can use the list "
                                "fully with the keyboard.</p>"
                            ),
                        ),
                        ("heading", {"text": "Reporting a problem", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Do you run into something? E-mail us at "
                                "neistjo-swf@example.org. Name the page and tell us what went "
                                "wrong. We try to answer within five working days. Do you need the "
                                "information right away? Then call 0515-000200 and we will help "
                                "you by phone.</p>"
                            ),
                        ),
                        (
                            "contact_card",
                            {
                                "name": "Report an accessibility problem to Neist Jo",
                                "description": (
                                    "Name the page, what you wanted to do and what went wrong. A "
                                    "screenshot is welcome, but not needed."
                                ),
                                "phone": "0515-000200",
                                "email": "neistjo-swf@example.org",
                                "address": "",
                                "opening_hours": "Monday to Friday from 8.30 to 17.00",
                            },
                        ),
                        ("heading", {"text": "This is an example statement", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>This text belongs to a demonstration site. It is not an "
                                "official accessibility statement. Does a municipality really use "
                                "this site? Then it first has the site checked. After that it "
                                "makes its own official statement. You can read more about this "
                                "(in Dutch) at "
                                '<a href="https://www.digitoegankelijk.nl">digitoegankelijk.nl'
                                "</a>.</p>"
                            ),
                        ),
                    ],
                },
            },
            {
                "slug": "privacy",
                "title": "Privacyverklaring",
                "intro": (
                    "U kunt deze site gebruiken zonder te zeggen wie u bent. Hier leest u welke "
                    "gegevens we wel en niet gebruiken."
                ),
                "show_in_menus": False,
                "footer": True,
                "body": [
                    ("heading", {"text": "De belangrijkste punten", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Geen cookies die u volgen, en geen advertenties.</li>"
                            "<li>Wij vragen niet naar uw naam of burgerservicenummer (BSN).</li>"
                            "<li>Uw antwoorden in de vragenlijst blijven in uw eigen sessie.</li>"
                            "<li>Wij tellen alleen anoniem, per maand, en tonen pas een aantal "
                            "boven de 10.</li>"
                            "<li>In de logbestanden van de server staan geen persoonsgegevens.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Cookies", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Een cookie is een klein bestand dat een website op uw apparaat "
                            "bewaart. Wij plaatsen geen cookies om u te volgen. Er staan ook geen "
                            "knoppen of programma's van andere bedrijven op de site die "
                            "meekijken.</p>"
                            "<p>Vult u de vragenlijst in, of logt u in? Dan plaatsen wij een "
                            "functionele sessiecookie. Zo onthoudt de site waar u bent in de "
                            "vragenlijst, of dat u bent ingelogd. Bij formulieren hoort daarnaast "
                            "een beveiligingscookie tegen misbruik. In deze cookies staat niet wie "
                            "u bent. Voor zulke functionele cookies is geen toestemming nodig.</p>"
                        ),
                    ),
                    ("heading", {"text": "Wat wij niet willen weten", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Wij vragen inwoners niet naar hun naam, adres, geboortedatum of "
                            "BSN. U kunt alles op de site gebruiken zonder iets over uzelf te "
                            "vertellen. Zoekt u hulp in de buurt met uw postcode? Dan gebruiken we "
                            "die postcode alleen om organisaties dichtbij te laten zien.</p>"
                        ),
                    ),
                    ("heading", {"text": "Uw antwoorden in de vragenlijst", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>De vragenlijst helpt u om passende hulp te vinden. Uw antwoorden "
                            "staan alleen in uw eigen sessie. Ze worden niet aan uw naam gekoppeld "
                            "en niet voor iets anders gebruikt. Als de sessie afloopt, zijn ze "
                            "weg.</p>"
                        ),
                    ),
                    ("heading", {"text": "Anoniem tellen", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Om de site beter te maken, tellen we hoe vaak bepaalde onderdelen "
                            "worden gebruikt. Bijvoorbeeld hoe vaak de vragenlijst is ingevuld. We "
                            "tellen alleen per maand en weten niet wie het waren. Een aantal tonen "
                            "we pas als het hoger is dan 10. Zo is niemand te herkennen, ook niet "
                            "in een klein dorp waar iedereen elkaar kent.</p>"
                        ),
                    ),
                    ("heading", {"text": "Logbestanden", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>De server schrijft op welke pagina's worden bekeken en welke "
                            "fouten er zijn. Dat heet een logbestand. Er staan geen "
                            "persoonsgegevens in. Ook niet uw IP-adres, het nummer van uw "
                            "internetaansluiting.</p>"
                        ),
                    ),
                    ("heading", {"text": "Uw rechten volgens de AVG", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>De AVG (Algemene verordening gegevensbescherming) is de Europese "
                            "wet over privacy. U mag ons vragen welke gegevens wij van u hebben. U "
                            "mag vragen om ze te verbeteren of te wissen. En u mag bezwaar maken "
                            "tegen het gebruik ervan. Omdat wij bijna niets over u bewaren, is er "
                            "meestal weinig te zien.</p>"
                            "<p>Neemt u contact op met een cliëntondersteuner? Dan gebruiken we uw "
                            "gegevens alleen om u te helpen.</p>"
                            "<p>Niet tevreden over hoe wij met uw gegevens omgaan? Dan kunt u een "
                            "klacht indienen bij de "
                            '<a href="https://www.autoriteitpersoonsgegevens.nl">Autoriteit '
                            "Persoonsgegevens</a>.</p>"
                        ),
                    ),
                    (
                        "accordion",
                        {
                            "title": "Vragen over privacy",
                            "items": [
                                {
                                    "question": (
                                        "Kan de gemeente zien dat ik deze site heb bezocht?"
                                    ),
                                    "answer": (
                                        "<p>Nee. Wij houden niet bij wie de site bezoekt. En wij "
                                        "geven niets door aan de gemeente of het gebiedsteam.</p>"
                                    ),
                                },
                                {
                                    "question": "Wat gebeurt er als ik de vragenlijst niet afmaak?",
                                    "answer": (
                                        "<p>Niets. Uw antwoorden staan alleen in uw eigen sessie. "
                                        "Als die afloopt, zijn ze weg.</p>"
                                    ),
                                },
                                {
                                    "question": "Moet ik inloggen om de site te gebruiken?",
                                    "answer": (
                                        "<p>Nee. Inwoners hoeven nooit in te loggen. Inloggen is "
                                        "alleen voor mensen die met de site werken, zoals "
                                        "beheerders.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    ("heading", {"text": "Vragen?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Mail naar neistjo-swf@example.org of bel 0515-000200.</p>"
                            "<p><b>Let op:</b> dit is een voorbeeldverklaring bij een "
                            "demonstratiesite met verzonnen organisaties. Een gemeente die de site "
                            "echt gebruikt, schrijft een eigen privacyverklaring.</p>"
                        ),
                    ),
                ],
                "en": {
                    "slug": "privacy",
                    "title": "Privacy statement",
                    "intro": (
                        "You can use this site without saying who you are. Here you read which "
                        "data we do and do not use."
                    ),
                    "body": [
                        ("heading", {"text": "The main points", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>No cookies that track you, and no adverts.</li>"
                                "<li>We do not ask for your name or citizen service number "
                                "(BSN).</li>"
                                "<li>Your answers in the questionnaire stay in your own "
                                "session.</li>"
                                "<li>We only count anonymously, per month, and only show a number "
                                "above 10.</li>"
                                "<li>The server log files contain no personal data.</li>"
                                "</ul>"
                            ),
                        ),
                        ("heading", {"text": "Cookies", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A cookie is a small file that a website stores on your device. "
                                "We do not place cookies to track you. There are also no buttons "
                                "or programs from other companies on the site that watch along.</p>"
                                "<p>Do you fill in the questionnaire, or log in? Then we place a "
                                "functional session cookie. This way the site remembers where you "
                                "are in the questionnaire, or that you are logged in. Forms also "
                                "come with a security cookie against misuse. These cookies do not "
                                "say who you are. Such functional cookies need no consent.</p>"
                            ),
                        ),
                        ("heading", {"text": "What we do not want to know", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>We do not ask residents for their name, address, date of birth "
                                "or BSN. You can use everything on the site without telling "
                                "anything about yourself. Do you look for help nearby with your "
                                "postcode? Then we only use that postcode to show organisations "
                                "close by.</p>"
                            ),
                        ),
                        ("heading", {"text": "Your answers in the questionnaire", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The questionnaire helps you find suitable help. Your answers "
                                "are only in your own session. They are not linked to your name "
                                "and not used for anything else. When the session ends, they are "
                                "gone.</p>"
                            ),
                        ),
                        ("heading", {"text": "Counting anonymously", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>To improve the site, we count how often certain parts are "
                                "used. For example how often the questionnaire was filled in. We "
                                "only count per month and do not know who it was. We only show a "
                                "number when it is higher than 10. That way nobody can be "
                                "recognised, not even in a small village where everyone knows each "
                                "other.</p>"
                            ),
                        ),
                        ("heading", {"text": "Log files", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The server writes down which pages are viewed and which errors "
                                "occur. This is called a log file. It contains no personal data. "
                                "Not even your IP address, the number of your internet "
                                "connection.</p>"
                            ),
                        ),
                        ("heading", {"text": "Your rights under the GDPR", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The GDPR (in Dutch: AVG) is the European law on privacy. You "
                                "may ask us which data we have about you. You may ask us to "
                                "correct or erase it. And you may object to its use. Because we "
                                "keep almost nothing about you, there is usually little to see.</p>"
                                "<p>Do you contact a client supporter? Then we only use your "
                                "details to help you.</p>"
                                "<p>Unhappy with how we handle your data? Then you can complain to "
                                'the <a href="https://www.autoriteitpersoonsgegevens.nl">Dutch '
                                "Data Protection Authority</a> (Autoriteit Persoonsgegevens).</p>"
                            ),
                        ),
                        (
                            "accordion",
                            {
                                "title": "Questions about privacy",
                                "items": [
                                    {
                                        "question": (
                                            "Can the municipality see that I visited this site?"
                                        ),
                                        "answer": (
                                            "<p>No. We do not keep track of who visits the site. "
                                            "And we pass nothing on to the municipality or the "
                                            "area team.</p>"
                                        ),
                                    },
                                    {
                                        "question": (
                                            "What happens if I do not finish the questionnaire?"
                                        ),
                                        "answer": (
                                            "<p>Nothing. Your answers are only in your own "
                                            "session. When it ends, they are gone.</p>"
                                        ),
                                    },
                                    {
                                        "question": "Do I have to log in to use the site?",
                                        "answer": (
                                            "<p>No. Residents never need to log in. Logging in is "
                                            "only for people who work with the site, such as "
                                            "editors.</p>"
                                        ),
                                    },
                                ],
                            },
                        ),
                        ("heading", {"text": "Questions?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>E-mail neistjo-swf@example.org or call 0515-000200.</p>"
                                "<p><b>Please note:</b> this is an example statement for a "
                                "demonstration site with made-up organisations. A municipality "
                                "that really uses the site writes its own privacy statement.</p>"
                            ),
                        ),
                    ],
                },
            },
            {
                "slug": "over-deze-site",
                "title": "Over deze site",
                "intro": (
                    "Steunwijzer Súdwest-Fryslân helpt inwoners om gratis, onafhankelijke hulp te "
                    "vinden. Deze versie is een voorbeeld met verzonnen organisaties."
                ),
                "show_in_menus": False,
                "footer": True,
                "body": [
                    ("heading", {"text": "Waarvoor is Steunwijzer?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Steunwijzer helpt inwoners van Sneek, Bolsward, Workum, Makkum en "
                            "alle andere kernen van Súdwest-Fryslân om hulp te vinden die aan hun "
                            "kant staat. Op de site kunt u:</p>"
                            "<ul><li>lezen wat onafhankelijke cliëntondersteuning is;</li>"
                            "<li>organisaties en vrijwilligers in de buurt vinden, op een kaart en "
                            "in een lijst;</li>"
                            "<li>als Wmo-raad de zelftest cliëntondersteuning gebruiken.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Wie zit erachter?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>In dit voorbeeld is de site van Neist Jo Súdwest-Fryslân. Dat is "
                            "een verzonnen organisatie. De naam is Fries voor 'naast u'. In het "
                            "voorbeeld geeft Neist Jo onafhankelijke cliëntondersteuning, los van "
                            "de gemeente en de gebiedsteams. Zo kunnen inwoners met hun vragen "
                            "terecht bij iemand die niet beslist over hun hulp.</p>"
                        ),
                    ),
                    ("heading", {"text": "Alles op deze site is een voorbeeld", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Organisaties, namen, telefoonnummers, e-mailadressen en adressen "
                            "op deze site zijn verzonnen. Neem er dus geen contact mee op. Alleen "
                            "de landelijke noodnummers zijn echt: 112, Veilig Thuis (0800-2000) en "
                            "113 Zelfmoordpreventie (0800-0113).</p>"
                            "<p>De uitleg over cliëntondersteuning volgt de Wmo 2015. Maar elke "
                            "gemeente regelt het op haar eigen manier. Kijk daarom altijd ook op "
                            "de website van de gemeente, of bel de gemeente.</p>"
                        ),
                    ),
                    ("heading", {"text": "Achtergrond van de teksten", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>De teksten zijn zelf geschreven, in eenvoudige taal. We gebruikten "
                            "als achtergrond de Wmo 2015, het plan uit 2016 voor een proef met "
                            "onafhankelijke cliëntondersteuning in Súdwest-Fryslân, een "
                            "visienotitie over cliëntondersteuning uit Midden-Limburg West (2016) "
                            "en de thema's van de zelftest cliëntondersteuning van de VNG "
                            "(2015).</p>"
                        ),
                    ),
                    ("heading", {"text": "Bronnen van gegevens", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Deze site gebruikt open gegevens. Zoals de licentie vraagt, noemen "
                            "we de bronnen:</p>"
                            "<ul>"
                            "<li>Postcodelocaties: GeoNames (https://www.geonames.org), CC BY 4.0; "
                            "bewerkt: één punt per postcode gekozen en CBS-gemeentenaam "
                            "toegevoegd.</li>"
                            "<li>Gemeentecodes en -namen: CBS, Gemeenten alfabetisch 2024 (CC BY "
                            "4.0, https://creativecommons.org/licenses/by/4.0/).</li>"
                            "</ul>"
                            "<p>CC BY 4.0 is een open licentie: u mag de gegevens gebruiken en "
                            "bewerken als u de bron vermeldt. Meer informatie vindt u bij "
                            '<a href="https://creativecommons.org/licenses/by/4.0/">Creative '
                            'Commons</a> en <a href="https://www.geonames.org">GeoNames</a>.</p>'
                        ),
                    ),
                    (
                        "contact_card",
                        {
                            "name": "Neist Jo Súdwest-Fryslân",
                            "description": (
                                "Een vraag of opmerking over deze site? We horen het graag."
                            ),
                            "phone": "0515-000200",
                            "email": "neistjo-swf@example.org",
                            "address": "Voorbeeldkade 5, 8601 XX Sneek",
                            "opening_hours": "Maandag tot en met vrijdag van 8.30 tot 17.00 uur",
                        },
                    ),
                ],
                "en": {
                    "slug": "about-this-site",
                    "title": "About this site",
                    "intro": (
                        "Steunwijzer Súdwest-Fryslân helps residents find free, independent help. "
                        "This version is an example with made-up organisations."
                    ),
                    "body": [
                        ("heading", {"text": "What is Steunwijzer for?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Steunwijzer helps residents of Sneek, Bolsward, Workum, Makkum "
                                "and all other towns and villages of Súdwest-Fryslân find help "
                                "that is on their side. On the site you can:</p>"
                                "<ul><li>read what independent client support is;</li>"
                                "<li>find organisations and volunteers nearby, on a map and in a "
                                "list;</li>"
                                "<li>as a Wmo council, use the client support self-test.</li>"
                                "</ul>"
                            ),
                        ),
                        ("heading", {"text": "Who is behind it?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In this example, the site belongs to Neist Jo Súdwest-Fryslân. "
                                "This is a made-up organisation. The name is Frisian for 'beside "
                                "you'. In the example, Neist Jo provides independent client "
                                "support, separate from the municipality and the area teams. So "
                                "residents can take their questions to someone who does not decide "
                                "about their help.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "Everything on this site is an example", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Organisations, names, phone numbers, e-mail addresses and "
                                "street addresses on this site are made up. So do not contact "
                                "them. Only the national emergency numbers are real: 112, Veilig "
                                "Thuis (0800-2000) and 113 Suicide Prevention (0800-0113).</p>"
                                "<p>The explanation of client support follows the Wmo 2015. But "
                                "each municipality arranges it in its own way. So always also "
                                "check the municipality's website, or call the municipality.</p>"
                            ),
                        ),
                        ("heading", {"text": "Background of the texts", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>We wrote the texts ourselves, in plain language. As background "
                                "we used the Wmo 2015, the 2016 plan for a pilot with independent "
                                "client support in Súdwest-Fryslân, a vision paper on client "
                                "support from Midden-Limburg West (2016) and the themes of the VNG "
                                "self-test on client support (2015).</p>"
                            ),
                        ),
                        ("heading", {"text": "Data sources", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>This site uses open data. As the licence asks, we name the "
                                "sources (the credits are in Dutch):</p>"
                                "<ul>"
                                "<li>Postcodelocaties: GeoNames (https://www.geonames.org), CC BY "
                                "4.0; bewerkt: één punt per postcode gekozen en CBS-gemeentenaam "
                                "toegevoegd.</li>"
                                "<li>Gemeentecodes en -namen: CBS, Gemeenten alfabetisch 2024 (CC "
                                "BY 4.0, https://creativecommons.org/licenses/by/4.0/).</li>"
                                "</ul>"
                                "<p>In English: postcode locations come from GeoNames, edited by "
                                "choosing one point per postcode and adding the CBS municipality "
                                "name. Municipality codes and names come from Statistics "
                                "Netherlands (CBS). CC BY 4.0 is an open licence: you may use and "
                                "adapt the data if you name the source. More information at "
                                '<a href="https://creativecommons.org/licenses/by/4.0/">Creative '
                                "Commons</a> and "
                                '<a href="https://www.geonames.org">GeoNames</a>.</p>'
                            ),
                        ),
                        (
                            "contact_card",
                            {
                                "name": "Neist Jo Súdwest-Fryslân",
                                "description": (
                                    "A question or comment about this site? We would like to hear "
                                    "it."
                                ),
                                "phone": "0515-000200",
                                "email": "neistjo-swf@example.org",
                                "address": "Voorbeeldkade 5, 8601 XX Sneek",
                                "opening_hours": "Monday to Friday from 8.30 to 17.00",
                            },
                        ),
                    ],
                },
            },
        ],
        "news_index": {
            "slug": "nieuws",
            "title": "Nieuws",
            "intro": "Nieuws over onafhankelijke cliëntondersteuning en hulp in Súdwest-Fryslân.",
            "en": {
                "slug": "news",
                "title": "News",
                "intro": "News about independent client support and help in Súdwest-Fryslân.",
            },
        },
        "news": [
            {
                "slug": "ouderenadviseurs-workum-makkum",
                "title": "Vrijwillige ouderenadviseurs nu ook in Workum en Makkum",
                "date": date(2026, 3, 3),
                "intro": (
                    "In Workum en Makkum kunnen ouderen vanaf deze maand terecht bij vrijwillige "
                    "ouderenadviseurs. Zij komen gratis bij u thuis."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Goed nieuws voor ouderen in het zuidwesten van de gemeente. Vanaf "
                            "maart zijn er ook in Workum en Makkum vrijwillige ouderenadviseurs. "
                            "Het gaat om acht inwoners uit de buurt. Ze hebben deze winter een "
                            "training gevolgd.</p>"
                            "<p>Een ouderenadviseur helpt met vragen over wonen, geld, formulieren "
                            "en zorg. Bijvoorbeeld: hoe kan ik veilig thuis blijven wonen? Welke "
                            "toeslagen zijn er? Wie kan mij helpen met de tuin? De adviseur komt "
                            "bij u thuis, neemt de tijd en denkt met u mee. Natuurlijk kunt u ook "
                            "Fries praten.</p>"
                        ),
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "Ik woon hier mijn hele leven. Ik ken de mensen en ik ken de weg. "
                                "Dat wil ik graag inzetten voor anderen."
                            ),
                            "attribution": "Een van de nieuwe ouderenadviseurs (verzonnen)",
                        },
                    ),
                    (
                        "paragraph",
                        (
                            "<p>Is een vraag te groot voor een vrijwilliger? Dan brengt de "
                            "ouderenadviseur u in contact met een onafhankelijke "
                            "cliëntondersteuner van Neist Jo. Die kan u bijvoorbeeld helpen bij "
                            "het gesprek met het gebiedsteam.</p>"
                            "<p>Wilt u een ouderenadviseur spreken? Bel Neist Jo op 0515-000200. "
                            "Ook als u in een ander dorp woont, zoeken we graag iemand voor u.</p>"
                            "<p>Wilt u zelf vrijwilliger worden? In het najaar start een nieuwe "
                            "training in Sneek.</p>"
                        ),
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Lees meer over hulp van vrijwilligers en mensen om u heen.",
                            "label": "Eerst kijken wat er al is",
                            "page_slug": "informele-hulp-eerst",
                        },
                    ),
                ],
                "en": {
                    "slug": "volunteer-advisers-workum-makkum",
                    "title": "Volunteer advisers for older people now also in Workum and Makkum",
                    "intro": (
                        "From this month, older people in Workum and Makkum can turn to volunteer "
                        "advisers. They visit you at home for free."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Good news for older people in the south-west of the "
                                "municipality. From March there are also volunteer advisers for "
                                "older people in Workum and Makkum. They are eight local "
                                "residents. They followed a training this winter.</p>"
                                "<p>An adviser for older people helps with questions about "
                                "housing, money, forms and care. For example: how can I keep "
                                "living safely at home? Which allowances are there? Who can help "
                                "me with the garden? The adviser visits you at home, takes their "
                                "time and thinks along with you. Of course you can also speak "
                                "Frisian.</p>"
                            ),
                        ),
                        (
                            "quote",
                            {
                                "quote": (
                                    "I have lived here all my life. I know the people and I know "
                                    "the way. I would like to use that for others."
                                ),
                                "attribution": "One of the new advisers (made up)",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Is a question too big for a volunteer? Then the adviser puts "
                                "you in touch with an independent client supporter from Neist Jo. "
                                "They can help you, for example, with the conversation with the "
                                "area team.</p>"
                                "<p>Would you like to talk to an adviser? Call Neist Jo on "
                                "0515-000200. If you live in another village, we are also happy to "
                                "find someone for you.</p>"
                                "<p>Would you like to become a volunteer yourself? A new training "
                                "starts in Sneek in the autumn.</p>"
                            ),
                        ),
                        (
                            "call_to_action",
                            {
                                "text": (
                                    "Read more about help from volunteers and people around you."
                                ),
                                "label": "First look at what is already there",
                                "page_slug": "informele-hulp-eerst",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "wmo-raad-advies-onafhankelijke-clientondersteuning",
                "title": "Tien jaar na de proef: Wmo-raad geeft advies over cliëntondersteuning",
                "date": date(2026, 5, 19),
                "intro": (
                    "In 2016 begon Súdwest-Fryslân een proef met onafhankelijke "
                    "cliëntondersteuning. Tien jaar later deed de Wmo-raad de zelftest. Dit is "
                    "zijn advies."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Tien jaar geleden begon de gemeente een proef met een "
                            "onafhankelijke cliëntondersteuner. Inwoners konden toen voor het "
                            "eerst praten met iemand die los stond van de gebiedsteams. Hoe staat "
                            "het er nu voor? De Wmo-raad zocht het uit met de zelftest "
                            "cliëntondersteuning.</p>"
                            "<p>De raad vulde de test in. Ook de gemeente deed dat. Daarna "
                            "bespraken ze samen de verschillen. 'Het mooiste was het gesprek "
                            "zelf', zegt de voorzitter van de raad. 'We keken niet tegenover "
                            "elkaar, maar naast elkaar.'</p>"
                        ),
                    ),
                    ("heading", {"text": "Wat adviseert de raad?", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ol>"
                            "<li><b>Maak het bekend in elk dorp.</b> Veel inwoners weten niet dat "
                            "er een onafhankelijke ondersteuner is. Leg informatie neer in "
                            "dorpshuizen, bij huisartsen en in de bibliotheek.</li>"
                            "<li><b>Leg vast dat inwoners het hebben gehoord.</b> Het gebiedsteam "
                            "moet voor elk gesprek vertellen over gratis cliëntondersteuning. "
                            "Schrijf in het dossier op dat dat is gebeurd.</li>"
                            "<li><b>Deel elk jaar de cijfers.</b> Hoeveel vragen waren er, "
                            "waarover, en waarom kozen mensen een onafhankelijke ondersteuner? "
                            "Vertel ook over klachten en bijna-klachten.</li>"
                            "<li><b>Ook in het Fries.</b> Zorg dat informatie en gesprekken ook in "
                            "het Fries kunnen.</li>"
                            "</ol>"
                            "<p>Het college van burgemeester en wethouders reageert voor de zomer "
                            "op het advies.</p>"
                        ),
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Wilt u weten wat de zelftest nagaat?",
                            "label": "Voor Wmo-raden",
                            "page_slug": "voor-wmo-raden",
                        },
                    ),
                ],
                "en": {
                    "slug": "wmo-council-advice-independent-client-support",
                    "title": (
                        "Ten years after the pilot: Wmo council gives advice on client support"
                    ),
                    "intro": (
                        "In 2016 Súdwest-Fryslân started a pilot with independent client support. "
                        "Ten years later, the Wmo council did the self-test. This is its advice."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Ten years ago the municipality started a pilot with an "
                                "independent client supporter. For the first time, residents could "
                                "talk to someone who was separate from the area teams. How do "
                                "things stand now? The Wmo council found out with the client "
                                "support self-test.</p>"
                                "<p>The council filled in the test. The municipality did too. Then "
                                "they discussed the differences together. 'The best part was the "
                                "conversation itself,' says the chair of the council. 'We did not "
                                "sit opposite each other, but side by side.'</p>"
                            ),
                        ),
                        ("heading", {"text": "What does the council advise?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ol>"
                                "<li><b>Make it known in every village.</b> Many residents do not "
                                "know there is an independent supporter. Put information in "
                                "village halls, at GP practices and in the library.</li>"
                                "<li><b>Record that residents were told.</b> Before every "
                                "conversation, the area team must tell residents about free client "
                                "support. Write down in the file that this happened.</li>"
                                "<li><b>Share the figures every year.</b> How many questions were "
                                "there, about what, and why did people choose an independent "
                                "supporter? Also report on complaints and near-complaints.</li>"
                                "<li><b>Also in Frisian.</b> Make sure information and "
                                "conversations are also possible in Frisian.</li>"
                                "</ol>"
                                "<p>The mayor and aldermen will respond to the advice before the "
                                "summer.</p>"
                            ),
                        ),
                        (
                            "call_to_action",
                            {
                                "text": "Do you want to know what the self-test checks?",
                                "label": "For Wmo councils",
                                "page_slug": "voor-wmo-raden",
                            },
                        ),
                    ],
                },
            },
            {
                "slug": "informatieavond-bibliotheek-sneek",
                "title": "Drukke informatieavond in de bibliotheek in Sneek",
                "date": date(2026, 10, 8),
                "intro": (
                    "Ruim zestig inwoners kwamen op 1 oktober naar de bibliotheek in Sneek. Ze "
                    "hoorden wat een onafhankelijke cliëntondersteuner voor hen kan doen."
                ),
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>De zaal in de bibliotheek was vol. Op donderdagavond 1 oktober "
                            "kwamen ruim zestig inwoners naar de informatieavond over "
                            "cliëntondersteuning. Er waren ouderen, mantelzorgers en ouders van "
                            "jonge kinderen.</p>"
                            "<p>Twee cliëntondersteuners van Neist Jo vertelden wat ze doen. Een "
                            "ervaringsdeskundige vertelde hoe zij zich voorbereidde op het "
                            "keukentafelgesprek. 'Ik had alles opgeschreven. Daardoor vergat ik "
                            "niets, ook al was ik zenuwachtig.'</p>"
                        ),
                    ),
                    ("heading", {"text": "Veel gestelde vragen op de avond", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<ul><li>Kost het echt niets? Ja, cliëntondersteuning is gratis.</li>"
                            "<li>Moet ik eerst naar het gebiedsteam? Nee, u kunt zelf bellen.</li>"
                            "<li>Mag mijn dochter mee? Ja, u mag altijd iemand meenemen.</li>"
                            "<li>Kan het gesprek in het Fries? Ja, dat kan.</li>"
                            "</ul>"
                        ),
                    ),
                    ("heading", {"text": "Volgende avonden", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Omdat er zoveel belangstelling was, komen er meer avonden. In het "
                            "voorjaar zijn er avonden in Bolsward en Wommels. De data leest u "
                            "later op deze site. Kunt u niet wachten? Bel Neist Jo op 0515-000200. "
                            "Dan maken we een afspraak, bij u thuis of bij ons op kantoor.</p>"
                        ),
                    ),
                    (
                        "call_to_action",
                        {
                            "text": "Lees hoe u zich voorbereidt op het gesprek met de gemeente.",
                            "label": "Het gesprek met de gemeente",
                            "page_slug": "het-gesprek",
                        },
                    ),
                ],
                "en": {
                    "slug": "information-evening-library-sneek",
                    "title": "Busy information evening at the library in Sneek",
                    "intro": (
                        "More than sixty residents came to the library in Sneek on 1 October. They "
                        "heard what an independent client supporter can do for them."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>The room at the library was full. On Thursday evening 1 "
                                "October, more than sixty residents came to the information "
                                "evening about client support. There were older people, informal "
                                "carers and parents of young children.</p>"
                                "<p>Two client supporters from Neist Jo explained what they do. An "
                                "expert by experience told how she prepared for the kitchen-table "
                                "conversation. 'I had written everything down. Because of that I "
                                "did not forget anything, even though I was nervous.'</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions asked often that evening", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Is it really free? Yes, client support is free.</li>"
                                "<li>Do I have to go to the area team first? No, you can call "
                                "yourself.</li>"
                                "<li>Can my daughter come along? Yes, you may always bring "
                                "someone.</li>"
                                "<li>Can the conversation be in Frisian? Yes, it can.</li>"
                                "</ul>"
                            ),
                        ),
                        ("heading", {"text": "Next evenings", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Because there was so much interest, there will be more "
                                "evenings. In the spring there will be evenings in Bolsward and "
                                "Wommels. You will find the dates on this site later. Can you not "
                                "wait? Call Neist Jo on 0515-000200. Then we make an appointment, "
                                "at your home or at our office.</p>"
                            ),
                        ),
                        (
                            "call_to_action",
                            {
                                "text": (
                                    "Read how to prepare for the conversation with the "
                                    "municipality."
                                ),
                                "label": "The conversation with the municipality",
                                "page_slug": "het-gesprek",
                            },
                        ),
                    ],
                },
            },
        ],
    },
]
