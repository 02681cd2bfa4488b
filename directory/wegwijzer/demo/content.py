"""The demo questionnaire in Dutch and English: every life domain and every branch.

Each text is a (Dutch, English) pair; codes and facts are the same in both languages.
"""

PAGE = {
    "slug": "wegwijzer",
    "title": ("Wegwijzer: welke hulp past bij mij?", "Guide: which help suits me?"),
    "intro": (
        "Beantwoord een paar korte vragen. Dan ziet u welke hulp bij u past: van mensen om u "
        "heen tot gratis, onafhankelijke cliëntondersteuning.",
        "Answer a few short questions. Then you see which help suits you: from people around "
        "you to free, independent client support.",
    ),
    "en_slug": "guide",
}


def _o(key, nl, en, next="", **facts):
    return {"key": key, "label": (nl, en), "next": next, "facts": facts}


QUESTIONS = [
    {
        "key": "voor-wie",
        "text": ("Voor wie zoekt u hulp?", "Who are you looking for help for?"),
        "help": ("", ""),
        "next": "leeftijd",
        "options": [
            _o("mezelf", "Voor mezelf", "For myself", for_whom="self"),
            _o(
                "naaste",
                "Voor iemand anders, zoals mijn vader, moeder of kind",
                "For someone else, like my father, mother or child",
                for_whom="relative",
            ),
            _o(
                "mantelzorger",
                "Ik zorg voor iemand en zoek steun voor mezelf (mantelzorg)",
                "I care for someone and want support for myself (informal care)",
                for_whom="carer",
            ),
        ],
    },
    {
        "key": "leeftijd",
        "text": (
            "Hoe oud bent u, of de persoon die hulp nodig heeft?",
            "How old are you, or the person who needs help?",
        ),
        "help": (
            "Zoekt u steun als mantelzorger? Kies dan uw eigen leeftijd.",
            "Looking for support as a carer? Then choose your own age.",
        ),
        "next": "onderwerp",
        "options": [
            _o(
                "jeugd",
                "Jonger dan 18 jaar",
                "Under 18",
                age_band="jeugd",
                domains=["opvoeden-en-jeugd"],
            ),
            _o("jongvolwassen", "18 tot 27 jaar", "18 to 26", age_band="jongvolwassen"),
            _o("volwassen", "27 tot 65 jaar", "27 to 64", age_band="volwassen"),
            _o("oudere", "65 jaar of ouder", "65 or older", age_band="oudere"),
        ],
    },
    {
        "key": "onderwerp",
        "kind": "multiple",
        "text": ("Waar gaat uw vraag over?", "What is your question about?"),
        "help": ("Kies alles wat past.", "Choose everything that fits."),
        "next": "situatie",
        "options": [
            _o(
                "wonen",
                "Wonen: mijn huis past niet meer bij mij",
                "Housing: my home no longer suits me",
                domains=["wonen"],
            ),
            _o(
                "zorg",
                "Gezondheid en hulp thuis",
                "Health and help at home",
                domains=["zorg-en-gezondheid"],
            ),
            _o(
                "meedoen",
                "Eenzaamheid, meedoen en contact met anderen",
                "Loneliness, taking part and meeting people",
                domains=["welzijn-en-meedoen"],
            ),
            _o(
                "opvoeden",
                "Opvoeden, kinderen en jongeren",
                "Parenting, children and young people",
                domains=["opvoeden-en-jeugd"],
            ),
            _o(
                "onderwijs",
                "School, leren, lezen en schrijven",
                "School, learning, reading and writing",
                domains=["onderwijs"],
            ),
            _o("werk", "Werk en inkomen", "Work and income", domains=["werk-en-inkomen"]),
            _o(
                "geld",
                "Geld, rekeningen en schulden",
                "Money, bills and debts",
                next="geld",
                domains=["geldzaken-en-schulden"],
            ),
            _o(
                "mantelzorg",
                "Zorgen voor iemand anders",
                "Caring for someone else",
                domains=["mantelzorg"],
            ),
            _o(
                "veiligheid",
                "Ik voel me thuis niet veilig",
                "I do not feel safe at home",
                domains=["veiligheid"],
            ),
        ],
    },
    {
        "key": "geld",
        "text": (
            "Lukt het om uw rekeningen op tijd te betalen?",
            "Can you pay your bills on time?",
        ),
        "help": ("", ""),
        "next": "situatie",
        "options": [
            _o(
                "schulden",
                "Nee, ik heb schulden of achterstanden",
                "No, I have debts or arrears",
                domains=["geldzaken-en-schulden"],
            ),
            _o(
                "zorgen",
                "Soms niet, ik maak me zorgen over geld",
                "Sometimes not, I worry about money",
                domains=["geldzaken-en-schulden"],
            ),
            _o(
                "formulieren",
                "Ja, maar ik heb hulp nodig met brieven, toeslagen of formulieren",
                "Yes, but I need help with letters, allowances or forms",
                domains=["werk-en-inkomen"],
            ),
        ],
    },
    {
        "key": "situatie",
        "kind": "multiple",
        "text": ("Past een van deze dingen bij u?", "Does one of these fit your situation?"),
        "help": ("Zo vinden we hulp die beter past.", "This helps us find help that fits better."),
        "next": "netwerk",
        "options": [
            _o(
                "beperking",
                "Een lichamelijke of verstandelijke beperking",
                "A physical or intellectual disability",
                groups=["beperking"],
            ),
            _o(
                "psychisch",
                "Psychische klachten",
                "Mental health problems",
                groups=["psychische-gezondheid"],
            ),
            _o(
                "nieuwkomer",
                "Ik woon nog niet lang in Nederland",
                "I have not lived in the Netherlands for long",
                next="taal",
                groups=["nieuwkomers"],
            ),
            _o("geen", "Nee, geen van deze", "No, none of these"),
        ],
    },
    {
        "key": "taal",
        "text": ("In welke taal praat u het liefst?", "Which language do you prefer to speak?"),
        "help": ("", ""),
        "next": "netwerk",
        "options": [
            _o("nl", "Nederlands", "Dutch", language="nl"),
            _o("en", "Engels (English)", "English", language="en"),
            _o("ar", "Arabisch (العربية)", "Arabic (العربية)", language="ar"),
            _o("uk", "Oekraïens (українська)", "Ukrainian (українська)", language="uk"),
            _o("ti", "Tigrinya (ትግርኛ)", "Tigrinya (ትግርኛ)", language="ti"),
            _o("so", "Somalisch (Soomaali)", "Somali (Soomaali)", language="so"),
        ],
    },
    {
        "key": "netwerk",
        "text": ("Kan iemand in uw omgeving helpen?", "Can someone around you help?"),
        "help": (
            "Bijvoorbeeld familie, buren of vrienden.",
            "For example family, neighbours or friends.",
        ),
        "next": "gemeente",
        "options": [
            _o("ja", "Ja, daar kan ik om vragen", "Yes, I can ask them", network="yes"),
            _o("nee", "Nee, niemand kan helpen", "No, nobody can help", network="no"),
            _o("weet-niet", "Dat weet ik niet", "I do not know"),
        ],
    },
    {
        "key": "gemeente",
        "text": (
            "Hebt u al contact met de gemeente over uw vraag?",
            "Are you already in touch with the municipality?",
        ),
        "help": ("", ""),
        "next": "postcode",
        "options": [
            _o("nog-niet", "Nee, nog niet", "No, not yet"),
            _o(
                "gesprek",
                "Ja, ik krijg binnenkort een gesprek (keukentafelgesprek)",
                "Yes, I will soon have a conversation (kitchen-table conversation)",
            ),
            _o(
                "los",
                "Ik wil liever iemand die los staat van de gemeente en het gebiedsteam",
                "I prefer someone who is independent of the municipality and the area team",
                wants_independent=True,
            ),
            _o(
                "oneens",
                "Ik ben het niet eens met een besluit, of ik wil klagen",
                "I disagree with a decision, or I want to complain",
                complaint=True,
            ),
        ],
    },
    {
        "key": "postcode",
        "kind": "postcode",
        "text": ("Wat is uw postcode?", "What is your postcode?"),
        "help": (
            "Dan zoeken we hulp in uw gemeente. De 4 cijfers zijn genoeg. "
            "We bewaren uw postcode niet.",
            "Then we look for help in your municipality. The 4 digits are enough. "
            "We do not keep your postcode.",
        ),
        "next": "uitslag",
        "options": [],
    },
]
