"""The 27 publications of Movisie's overview of January 2016, for the Kennisbank demo.

Facts (title, date, publisher, kind, audience, pages, link) come from the overview; the summaries
are written anew in plain Dutch.
"""

PUBLICATIONS = [
    # Handreikingen
    {
        "title": "Handreiking Cliëntondersteuning (update mei 2014)",
        "year": 2014,
        "month": 5,
        "publisher": "Transitiebureau Wmo (Bureau HHM)",
        "kind": "handreiking",
        "audiences": ["gemeenten"],
        "pages": 73,
        "link": "https://vng.nl",
        "themes": ["beleidsplan", "levensbreedheid"],
        "municipality": "",
        "summary": (
            "Een uitgebreide gids voor gemeenten over cliëntondersteuning. Een cliëntondersteuner "
            "helpt een inwoner gratis en onafhankelijk bij vragen over zorg, welzijn, wonen, werk "
            "of geld. De gids legt uit waarom deze hulp belangrijk is en voor wie hij is. Ook "
            "staat erin wie de hulp kan geven, zoals ouderenadviseurs, MEE, maatschappelijk werk "
            "en sociaal raadslieden. De gids beschrijft verschillende manieren om de hulp te "
            "organiseren, in te kopen en te betalen, met voorbeelden. Het eerste deel is nog "
            "steeds een goed begin voor wie weinig van het onderwerp weet."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven vóór de Wmo 2015. Een groot deel gaat over de overgang van het geld van "
            "MEE naar de gemeenten in 2015, en die is voorbij. De uitleg over wat "
            "cliëntondersteuning is, geldt nog wel."
        ),
        "related": [
            (
                "Bestuurlijke afspraken VWS, VNG en MEE Nederland voor de transitie van de "
                "cliëntondersteuning"
            ),
            "Handreiking Integrale Cliëntondersteuning",
        ],
    },
    {
        "title": "Handreiking Onafhankelijke Cliëntondersteuning Wlz 2015",
        "year": 2015,
        "month": 1,
        "publisher": "Zorgverzekeraars Nederland",
        "kind": "handreiking",
        "audiences": ["zorgkantoren"],
        "pages": 10,
        "link": "https://www.zn.nl",
        "themes": ["onafhankelijkheid", "zorg-en-gezondheid", "kwaliteit-en-evaluatie"],
        "municipality": "",
        "summary": (
            "Deze handreiking is voor zorgkantoren. Een zorgkantoor regelt de zorg voor mensen die "
            "vallen onder de Wet langdurige zorg (Wlz). Dat zijn mensen die altijd zorg of "
            "toezicht dichtbij nodig hebben. De handreiking legt uit wat onafhankelijke "
            "cliëntondersteuning in de Wlz is. Bijvoorbeeld hulp bij het maken van een zorgplan of "
            "bij het kiezen van een zorgaanbieder. Ook staat erin aan welke eisen een ondersteuner "
            "moet voldoen. Voor gemeenten is het nuttig om te zien hoe de hulp in de Wlz werkt. "
            "Bijvoorbeeld als een inwoner van de Wmo naar de Wlz gaat."
        ),
        "outdated": False,
        "outdated_explanation": "",
        "related": ["Factsheet Cliëntondersteuning Wet langdurige zorg (Wlz)"],
    },
    {
        "title": "Handreiking Integrale Cliëntondersteuning",
        "year": 2011,
        "month": 9,
        "publisher": "Frieslab",
        "kind": "handreiking",
        "audiences": ["gemeenten"],
        "pages": 39,
        "link": "https://www.frieslab.nl",
        "themes": ["beleidsplan", "welzijn-en-meedoen", "kwaliteit-en-evaluatie"],
        "municipality": "",
        "summary": (
            "Een handreiking van Frieslab voor gemeenten. Het stuk beschrijft vier manieren om "
            "cliëntondersteuning in te richten. Welke manier past, hangt af van twee dingen: hoe "
            "sterk mensen in een buurt met elkaar verbonden zijn, en hoe ver het Wmo-loket al is. "
            "Een stappenplan van elf stappen helpt bij de keuze, van visie tot communicatie. De "
            "handreiking is gebaseerd op ervaringen van negen gemeenten en een zorgkantoor. Het "
            "stuk is nog bruikbaar voor wie nadenkt over cliëntondersteuning in de wijk. Ook het "
            "advies om werkwijze en opleidingseisen vast te leggen, blijft waardevol."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven in 2011, onder de oude Wmo van 2007. Sinds 2015 moet de gemeente "
            "cliëntondersteuning regelen voor alle inwoners en op alle levensgebieden. Het "
            "stappenplan is nog wel bruikbaar."
        ),
        "related": ["Handreiking Cliëntondersteuning (update mei 2014)"],
    },
    {
        "title": "Zelftest Cliëntondersteuning voor gemeenten",
        "year": 2015,
        "month": None,
        "publisher": "VNG",
        "kind": "instrument",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 9,
        "link": "https://vng.nl",
        "themes": ["beleidsplan", "kwaliteit-en-evaluatie", "inspraak"],
        "municipality": "",
        "summary": (
            "Met deze zelftest kijk je of de onafhankelijke cliëntondersteuning in een gemeente "
            "goed geregeld is volgens de Wmo 2015. De Tweede Kamer vroeg om zo'n test. De VNG "
            "maakte hem samen met landelijke cliëntenorganisaties. De test gaat over zeven "
            "onderwerpen, zoals het beleidsplan, onafhankelijkheid, toegankelijkheid en inspraak. "
            "Gemeenten kunnen de test zelf invullen. Ook een Wmo-raad of de gemeenteraad kan hem "
            "gebruiken. Het werkt goed als gemeente en Wmo-raad de uitkomsten samen bespreken. Zo "
            "zie je waar de gemeente al goed zit en wat beter kan."
        ),
        "outdated": False,
        "outdated_explanation": "",
        "related": [
            "Handreiking Cliëntondersteuning (update mei 2014)",
            "Onafhankelijke cliëntondersteuning",
        ],
    },
    # Informatiekaarten/factsheets
    {
        "title": "Informatiekaart Cliëntondersteuning (o)ggz vanaf 2015",
        "year": 2014,
        "month": 6,
        "publisher": "Transitiebureau Wmo",
        "kind": "informatiekaart",
        "audiences": ["gemeenten"],
        "pages": 4,
        "link": "https://vng.nl",
        "themes": ["zorg-en-gezondheid", "levensbreedheid"],
        "municipality": "",
        "summary": (
            "Een informatiekaart voor gemeenten over cliëntondersteuning voor mensen met "
            "psychische problemen. De afkorting (o)ggz staat voor (openbare) geestelijke "
            "gezondheidszorg. De kaart beschrijft wie deze groep is en welke hulp goed bij hen "
            "past. Voorbeelden zijn een steunpunt GGz en de inzet van ervaringsdeskundigen. Dat "
            "zijn mensen die zelf psychische problemen hebben gehad en die ervaring gebruiken om "
            "anderen te helpen. Ook staat erin waar gemeenten op moeten letten bij deze groep. Zo "
            "helpt de kaart om de hulp ook voor deze inwoners goed te regelen."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven in 2014, voordat de Wmo 2015 in werking trad. De kaart beschrijft de "
            "regels als iets nieuws; inmiddels gelden ze al. De aandachtspunten voor deze groep "
            "zijn nog steeds bruikbaar."
        ),
        "related": [
            "Het Steunpunt GGz. Van, voor en door... jou, mij en u!",
            "De rol van ervaringsdeskundigen in cliëntondersteuning",
        ],
    },
    {
        "title": "Informatiekaart Cliëntondersteuning Ouderen",
        "year": 2014,
        "month": 11,
        "publisher": "Transitiebureau Wmo",
        "kind": "informatiekaart",
        "audiences": ["gemeenten"],
        "pages": 5,
        "link": "https://www.pcob.nl",
        "themes": ["levensbreedheid", "welzijn-en-meedoen"],
        "municipality": "",
        "summary": (
            "Een informatiekaart voor gemeenten over cliëntondersteuning voor kwetsbare ouderen. "
            "De kaart beschrijft deze groep en welke hulp bij hen past. Veel aandacht gaat naar "
            "vrijwillige ouderenadviseurs. Dat zijn vrijwilligers die ouderen helpen hun weg te "
            "vinden in regels en voorzieningen. De kaart noemt ook waar gemeenten op moeten letten "
            "voor deze groep. Aan het eind staan tips en voorbeelden van gemeenten die hier al mee "
            "bezig zijn. Het stuk laat goed zien hoe vrijwilligers en professionals samen ouderen "
            "kunnen ondersteunen."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven eind 2014, net voordat de Wmo 2015 in werking trad. De eisen uit de wet "
            "staan erin als nieuwe regels; die gelden inmiddels. De tips voor gemeenten zijn nog "
            "steeds bruikbaar."
        ),
        "related": ["Samenwerkingsafspraken bij cliëntondersteuning voor ouderen"],
    },
    {
        "title": "Cliëntondersteuning in de nieuwe Wmo",
        "year": 2014,
        "month": 6,
        "publisher": "Programma Aandacht voor Iedereen",
        "kind": "informatiekaart",
        "audiences": ["wmo-raden"],
        "pages": 8,
        "link": "https://www.aandachtvooriedereen.nl",
        "themes": ["inspraak", "beleidsplan"],
        "municipality": "",
        "summary": (
            "Deze informatiekaart is voor Wmo-raden, cliëntenraden en andere mensen die opkomen "
            "voor de belangen van inwoners. Een Wmo-raad geeft de gemeente advies over haar "
            "beleid. De kaart legt uit wat cliëntondersteuning is, welke soorten hulp eronder "
            "vallen en welke taken de gemeente heeft. Ook staat erin waar je als "
            "belangenbehartiger op kunt letten. En wat je zelf kunt doen om te zorgen dat de "
            "gemeente haar taken goed uitvoert. Daarom is de kaart nog steeds handig als "
            "voorbereiding op een gesprek met de gemeente."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven in 2014, toen de Wmo 2015 nog 'de nieuwe Wmo' heette. De kaart vergelijkt "
            "met de oude Wmo van 2007, die niet meer geldt. De tips voor belangenbehartigers "
            "blijven bruikbaar."
        ),
        "related": [
            "Onafhankelijke cliëntondersteuning",
            "Zelftest Cliëntondersteuning voor gemeenten",
        ],
    },
    {
        "title": "De rol van ervaringsdeskundigen in cliëntondersteuning",
        "year": 2012,
        "month": 5,
        "publisher": "Movisie",
        "kind": "informatiekaart",
        "audiences": ["wmo-raden"],
        "pages": 8,
        "link": "https://www.movisie.nl",
        "themes": ["welzijn-en-meedoen", "inspraak"],
        "municipality": "",
        "summary": (
            "Een ervaringsdeskundige is iemand die zelf een ziekte, beperking of moeilijke "
            "situatie heeft meegemaakt. Die persoon gebruikt die ervaring om anderen te helpen. "
            "Deze informatiekaart legt uit wat ervaringsdeskundigen kunnen doen in "
            "cliëntondersteuning. Ze kunnen bijvoorbeeld een brug slaan tussen de inwoner en de "
            "hulpverlener. Of ze helpen iemand bij het voorbereiden en voeren van het gesprek met "
            "de gemeente. De kaart noemt ook wat nodig is om goed met ervaringsdeskundigen te "
            "werken. Er staan tips in voor Wmo-raden."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven in 2012, onder de oude Wmo van 2007. De regels over cliëntondersteuning "
            "zijn sinds 2015 veranderd. De uitleg over de rol van ervaringsdeskundigen geldt nog "
            "wel."
        ),
        "related": [
            "Informatiekaart Cliëntondersteuning (o)ggz vanaf 2015",
            "Het Steunpunt GGz. Van, voor en door... jou, mij en u!",
        ],
    },
    {
        "title": "Onafhankelijke cliëntondersteuning",
        "year": 2015,
        "month": 5,
        "publisher": "Movisie",
        "kind": "informatiekaart",
        "audiences": ["wmo-raden"],
        "pages": 1,
        "link": "https://www.movisie.nl",
        "themes": ["onafhankelijkheid", "inspraak"],
        "municipality": "",
        "summary": (
            "Een korte informatiekaart van één pagina voor Wmo-raden en cliëntenorganisaties. De "
            "kaart legt uit wat onafhankelijke cliëntondersteuning is. Onafhankelijk betekent: de "
            "ondersteuner staat naast de inwoner. Hij hoort niet bij de organisatie die beslist "
            "over de hulp. De kaart vertelt ook wat er rond dit onderwerp verandert. En ze geeft "
            "punten die een Wmo-raad kan bespreken met de gemeente. Handig als snelle start voor "
            "een gesprek over onafhankelijkheid."
        ),
        "outdated": False,
        "outdated_explanation": "",
        "related": [
            "Cliëntondersteuning in de nieuwe Wmo",
            "Zelftest Cliëntondersteuning voor gemeenten",
        ],
    },
    {
        "title": "Factsheet Cliëntondersteuning Wet langdurige zorg (Wlz)",
        "year": 2015,
        "month": None,
        "publisher": "MEE NL",
        "kind": "informatiekaart",
        "audiences": ["inwoners"],
        "pages": 1,
        "link": (
            "https://vng.nl/onderwerpenindex/sociaal-domein/publicaties/"
            "factsheet-clientondersteuning-wet-langdurige-zorg-wlz"
        ),
        "themes": ["zorg-en-gezondheid", "toegankelijkheid"],
        "municipality": "",
        "summary": (
            "Een korte uitleg van één pagina voor mensen die zorg krijgen via de Wet langdurige "
            "zorg (Wlz). De Wlz is de wet voor mensen die altijd zorg of toezicht dichtbij nodig "
            "hebben, bijvoorbeeld in een verpleeghuis. De factsheet vertelt wat "
            "cliëntondersteuning in de Wlz is. En hoe je die hulp kunt krijgen. MEE NL heeft het "
            "stuk gemaakt. Ook voor gemeenten en ondersteuners is het handig. Zo kunnen zij "
            "inwoners uitleggen waar ze terechtkunnen als ze van de Wmo naar de Wlz gaan."
        ),
        "outdated": False,
        "outdated_explanation": "",
        "related": ["Handreiking Onafhankelijke Cliëntondersteuning Wlz 2015"],
    },
    {
        "title": "Het Steunpunt GGz. Van, voor en door... jou, mij en u!",
        "year": 2010,
        "month": None,
        "publisher": "LPGGz",
        "kind": "informatiekaart",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 6,
        "link": "https://www.platformggz.nl",
        "themes": ["zorg-en-gezondheid", "welzijn-en-meedoen", "werk-en-inkomen"],
        "municipality": "",
        "summary": (
            "Een steunpunt GGz is een plek voor mensen met psychische problemen. Ze krijgen er "
            "informatie, advies en steun. Deze factsheet van het Landelijk Platform GGz legt uit "
            "wat zo'n steunpunt doet. Bijvoorbeeld samen uitzoeken wat iemands vraag is, korte "
            "hulp geven en contact regelen met lotgenoten: mensen met dezelfde problemen. Ook "
            "helpt een steunpunt mensen om mee te doen, bijvoorbeeld via vrijwilligerswerk of "
            "werk. De factsheet is voor gemeenten en cliëntenorganisaties. Hij laat zien wat een "
            "steunpunt een gemeente oplevert en hoe zij kunnen samenwerken."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven in 2010, onder de oude Wmo van 2007. De regels voor gemeenten zijn sinds "
            "2015 veranderd. De beschrijving van wat een steunpunt GGz doet, is nog bruikbaar."
        ),
        "related": [
            "Informatiekaart Cliëntondersteuning (o)ggz vanaf 2015",
            "De rol van ervaringsdeskundigen in cliëntondersteuning",
        ],
    },
    # Praktijkvoorbeelden
    {
        "title": "Maatschappelijke ondersteuning in Dordrecht",
        "year": 2014,
        "month": 2,
        "publisher": "Movisie",
        "kind": "praktijkvoorbeeld",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 9,
        "link": "https://www.movisie.nl",
        "themes": ["beleidsplan", "welzijn-en-meedoen", "kwaliteit-en-evaluatie"],
        "municipality": "Dordrecht",
        "summary": (
            "Een praktijkvoorbeeld uit Dordrecht voor gemeenten en cliëntenorganisaties. Daar deed "
            "één organisatie de ondersteuning van inwoners: MEE Drechtsteden. Die ontstond uit MEE "
            "en een welzijnsorganisatie. De gemeente bepaalde wat er moest gebeuren, de "
            "organisatie hoe. Het voorbeeld gaat over drie proeven met sociale wijkteams. Een "
            "wijkteam is een groep hulpverleners uit verschillende vakken die samen in een wijk "
            "werken. Je leest hoe de teams werkten, hoe ze betaald werden en wat het inwoners "
            "opleverde. Met tips en lessen."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Beschrijft de situatie van begin 2014, vóór de Wmo 2015. De proeven met wijkteams "
            "zijn daarna in de hele stad ingevoerd. De lessen over samenwerking gelden nog wel."
        ),
        "related": [
            "Cliëntondersteuning en MEE in Dordrecht in 2015",
            "MEE en gemeente: cliëntondersteuning in 2015 en verder",
        ],
    },
    {
        "title": "Cliëntondersteuning en MEE in Dordrecht in 2015",
        "year": 2014,
        "month": 12,
        "publisher": "Movisie",
        "kind": "praktijkvoorbeeld",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 3,
        "link": "https://www.movisie.nl",
        "themes": ["beleidsplan", "onafhankelijkheid", "opvoeden-en-jeugd"],
        "municipality": "Dordrecht",
        "summary": (
            "Een kort vervolg op het eerste voorbeeld uit Dordrecht. De proeven gingen goed. "
            "Daarom kwamen er sociale wijkteams in de hele stad. Inwoners kunnen daar terecht voor "
            "hulp uit de Wmo en voor jeugdhulp. Het stuk vertelt ook hoe Dordrecht zich "
            "voorbereidde op 2015. Cliëntondersteuning werd een deel van de wijkteams. Daarnaast "
            "wilde de gemeente weten welke andere vormen van ondersteuning er al waren. Nuttig "
            "voor gemeenten die hetzelfde overwegen. Let wel op: als het wijkteam ook over hulp "
            "beslist, is de ondersteuner niet vanzelf onafhankelijk."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven eind 2014, in de aanloop naar de Wmo 2015. De plannen voor 2015 zijn "
            "inmiddels uitgevoerd of veranderd. Het voorbeeld laat wel zien hoe je "
            "cliëntondersteuning in wijkteams kunt inpassen."
        ),
        "related": [
            "Maatschappelijke ondersteuning in Dordrecht",
            "MEE en gemeente: cliëntondersteuning in 2015 en verder",
        ],
    },
    {
        "title": "Het gesprek in gemeente Zeist",
        "year": 2014,
        "month": 2,
        "publisher": "Movisie",
        "kind": "praktijkvoorbeeld",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 11,
        "link": "https://www.movisie.nl",
        "themes": ["toegankelijkheid", "levensbreedheid"],
        "municipality": "Zeist",
        "summary": (
            "Een praktijkvoorbeeld uit Zeist over het gesprek met een inwoner die hulp vraagt. In "
            "een proef ontwikkelden veel organisaties samen een manier van vraagverheldering. Dat "
            "betekent: samen met de inwoner uitzoeken wat de vraag echt is, op alle "
            "levensgebieden. Hulpverleners van verschillende organisaties voerden een open gesprek "
            "met weinig vaste vragen. Ze bespraken hun ervaringen vaak met elkaar. Het stuk gaat "
            "ook over de kosten en over wat het de inwoner oplevert. Met tips. Resultaten waren er "
            "nog niet; die staan in het vervolg."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Beschrijft een proef uit begin 2014, vóór de Wmo 2015. Sinds 2015 staat in de wet hoe "
            "de gemeente onderzoekt wat iemand nodig heeft. De tips voor een open gesprek zijn nog "
            "bruikbaar."
        ),
        "related": [
            "Toegang, vraagverheldering en cliëntondersteuning in Zeist",
            "MEE en gemeente: cliëntondersteuning in 2015 en verder",
        ],
    },
    {
        "title": "Toegang, vraagverheldering en cliëntondersteuning in Zeist",
        "year": 2014,
        "month": 12,
        "publisher": "Movisie",
        "kind": "praktijkvoorbeeld",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 2,
        "link": "https://www.movisie.nl",
        "themes": ["toegankelijkheid", "kwaliteit-en-evaluatie"],
        "municipality": "Zeist",
        "summary": (
            "Het vervolg op het voorbeeld 'Het gesprek in gemeente Zeist'. Hulpverleners en "
            "inwoners vertellen hoe zij het gesprek hebben ervaren. De meesten zijn positief. Er "
            "is ook een verbeterpunt. Hulpverleners vragen nog te weinig naar het netwerk van de "
            "inwoner, zoals familie, vrienden en buren. Het stuk beschrijft ook kort hoe inwoners "
            "in Zeist hulp krijgen. En welke plek cliëntondersteuning daarbij heeft. Handig voor "
            "gemeenten die het gesprek met inwoners willen verbeteren."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven eind 2014, net vóór de Wmo 2015. Hoe de toegang in Zeist nu werkt, kan "
            "anders zijn. De ervaringen met het gesprek zijn nog steeds leerzaam."
        ),
        "related": [
            "Het gesprek in gemeente Zeist",
            "MEE en gemeente: cliëntondersteuning in 2015 en verder",
        ],
    },
    {
        "title": "Gewoon DOEN! In Parkstad Limburg",
        "year": 2014,
        "month": 2,
        "publisher": "Movisie",
        "kind": "praktijkvoorbeeld",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 9,
        "link": "https://www.movisie.nl",
        "themes": ["levensbreedheid", "toegankelijkheid", "zorg-en-gezondheid"],
        "municipality": "Parkstad Limburg",
        "summary": (
            "Een praktijkvoorbeeld uit de regio Parkstad in Limburg. Het project was voor "
            "jongvolwassenen met een licht verstandelijke beperking, psychische problemen of "
            "allebei. Veel organisaties uit zorg en welzijn werkten samen aan passende hulp. Dat "
            "leverde onder meer op: een beeld van wat deze jongeren zelf kunnen, ideeën voor "
            "nieuwe vormen van begeleiding en een methode om de vraag helder te krijgen. Er kwam "
            "ook een nieuwe sociale kaart. Dat is een overzicht van hulp en voorzieningen in de "
            "buurt. Met veel tips en lessen."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Beschrijft een project uit begin 2014, vóór de Wmo 2015. De regels zijn sindsdien "
            "veranderd. De lessen over samenwerken rond jongvolwassenen zijn nog bruikbaar."
        ),
        "related": [
            "Parkstad Limburg, MEE en cliëntondersteuning in de aanloop naar 2015",
            "MEE en gemeente: cliëntondersteuning in 2015 en verder",
        ],
    },
    {
        "title": "Parkstad Limburg, MEE en cliëntondersteuning in de aanloop naar 2015",
        "year": 2014,
        "month": 12,
        "publisher": "Movisie",
        "kind": "praktijkvoorbeeld",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 3,
        "link": "https://www.movisie.nl",
        "themes": ["beleidsplan", "welzijn-en-meedoen"],
        "municipality": "Parkstad Limburg",
        "summary": (
            "Het vervolg op 'Gewoon DOEN! In Parkstad Limburg'. Het project ging niet direct "
            "verder, maar leverde wel iets op. Organisaties kennen elkaar beter. En ze gebruiken "
            "nieuwe hulpmiddelen, zoals een zelfredzaamheidsmatrix. Daarmee bekijk je hoe goed "
            "iemand zich redt op verschillende levensgebieden. Het stuk vertelt ook hoe de "
            "gemeenten in de regio cliëntondersteuning regelen en wat MEE daarin doet. De nadruk "
            "ligt op Heerlen. Die gemeente wilde MEE vooral inzetten om problemen te voorkomen, "
            "met een subsidie."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven eind 2014, in de aanloop naar de Wmo 2015. De plannen voor MEE zijn van "
            "toen. Het voorbeeld laat wel zien welke keuzes een regio kan maken."
        ),
        "related": [
            "Gewoon DOEN! In Parkstad Limburg",
            "MEE en gemeente: cliëntondersteuning in 2015 en verder",
        ],
    },
    {
        "title": "Samen DOEN in de buurt in Amsterdam",
        "year": 2014,
        "month": 3,
        "publisher": "Movisie",
        "kind": "praktijkvoorbeeld",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 12,
        "link": "https://www.movisie.nl",
        "themes": ["levensbreedheid", "welzijn-en-meedoen"],
        "municipality": "Amsterdam",
        "summary": (
            "Een praktijkvoorbeeld uit Amsterdam over huishoudens met veel problemen tegelijk. "
            "Samen DOEN-teams hielpen deze huishoudens. Ze werkten volgens het idee: één "
            "huishouden, één plan en één hulpverlener die de regie houdt. Elke hulpverlener deed "
            "veel zelf voor de inwoner. In het team had hij ook een eigen specialiteit. Zo werden "
            "problemen sneller en beter aangepakt. Het stuk beschrijft de werkwijze, de resultaten "
            "en de kosten, met tips en lessen. Nuttig voor gemeenten die hulp bij meerdere "
            "problemen willen bundelen."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Beschrijft een project uit begin 2014, vóór de Wmo 2015. De teams kunnen later anders "
            "zijn ingericht. Het idee van één plan en één regisseur is nog steeds bruikbaar."
        ),
        "related": [
            "Krijgen Samen DOEN-teams in Amsterdam een vervolg in 2015?",
            "MEE en gemeente: cliëntondersteuning in 2015 en verder",
        ],
    },
    {
        "title": "Krijgen Samen DOEN-teams in Amsterdam een vervolg in 2015?",
        "year": 2014,
        "month": 12,
        "publisher": "Movisie",
        "kind": "praktijkvoorbeeld",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 3,
        "link": "https://www.movisie.nl",
        "themes": ["beleidsplan", "levensbreedheid"],
        "municipality": "Amsterdam",
        "summary": (
            "Het vervolg op 'Samen DOEN in de buurt in Amsterdam'. Het laat zien wat samenwerken "
            "in één team oplevert. Hulpverleners uit verschillende vakken leren elkaar kennen. En "
            "ze leren steeds meer van elkaars kennis. Toen het stuk verscheen, was nog niet bekend "
            "hoe de teams in 2015 verder zouden gaan. Ook was nog niet duidelijk hoe Amsterdam "
            "cliëntondersteuning zou regelen. Eén idee was om dit in brede wijkteams onder te "
            "brengen, met MEE en andere organisaties. Leerzaam voor wie voor dezelfde keuze staat."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven eind 2014, toen de keuzes voor 2015 nog niet gemaakt waren. Hoe het daarna "
            "ging, staat er niet in. De overwegingen zijn nog wel leerzaam."
        ),
        "related": [
            "Samen DOEN in de buurt in Amsterdam",
            "MEE en gemeente: cliëntondersteuning in 2015 en verder",
        ],
    },
    {
        "title": "'t Loket in Goirle",
        "year": 2014,
        "month": 2,
        "publisher": "Movisie",
        "kind": "praktijkvoorbeeld",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 11,
        "link": "https://www.movisie.nl",
        "themes": ["toegankelijkheid", "welzijn-en-meedoen"],
        "municipality": "Goirle",
        "summary": (
            "Een praktijkvoorbeeld uit Goirle over 't Loket. Dat is één plek waar inwoners "
            "terechtkunnen met hun vragen. Welzijn, gemeente, maatschappelijk werk en MEE werken "
            "er samen. Het belangrijkste resultaat: medewerkers leerden elkaar goed kennen en "
            "leerden veel van elkaar. Ze gingen ook meer werken volgens De Kanteling. Dat "
            "betekent: eerst kijken wat iemand wil en zelf kan, en niet meteen naar een "
            "voorziening. Het stuk beschrijft de werkwijze, de kosten en wat nodig is voor succes. "
            "Met tips."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Beschrijft een project uit begin 2014, vóór de Wmo 2015. Het idee achter De Kanteling "
            "staat nu in de wet. De lessen over samenwerken in één loket zijn nog bruikbaar."
        ),
        "related": [
            "'t Loket in Goirle op volle sterkte",
            "MEE en gemeente: cliëntondersteuning in 2015 en verder",
        ],
    },
    {
        "title": "'t Loket in Goirle op volle sterkte",
        "year": 2014,
        "month": 12,
        "publisher": "Movisie",
        "kind": "praktijkvoorbeeld",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 2,
        "link": "https://www.movisie.nl",
        "themes": ["toegankelijkheid", "beleidsplan"],
        "municipality": "Goirle",
        "summary": (
            "Het vervolg op het voorbeeld over 't Loket in Goirle. MEE kreeg een grotere rol: er "
            "zit nu ook een medewerker van MEE aan de balie. Bij een eerste vraag gebruikt 't "
            "Loket een korte check, de QuickScan. Is er meer nodig? Dan volgt een uitgebreider "
            "onderzoek naar de vraag. De gemeente had nog niet besloten hoe zij "
            "cliëntondersteuning zou regelen. Wel leek het erop dat een deel ervan in 't Loket zou "
            "komen. Handig voor gemeenten die één loket willen opzetten."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven eind 2014, vóór de Wmo 2015. Hoe Goirle cliëntondersteuning daarna heeft "
            "geregeld, staat er niet in. De werkwijze van 't Loket blijft leerzaam."
        ),
        "related": ["'t Loket in Goirle", "MEE en gemeente: cliëntondersteuning in 2015 en verder"],
    },
    {
        "title": "MEE en gemeente: cliëntondersteuning in 2015 en verder",
        "year": 2014,
        "month": 12,
        "publisher": "Movisie",
        "kind": "praktijkvoorbeeld",
        "audiences": ["gemeenten", "wmo-raden"],
        "pages": 2,
        "link": "https://www.movisie.nl",
        "themes": ["beleidsplan", "levensbreedheid", "onafhankelijkheid"],
        "municipality": "",
        "summary": (
            "Een korte samenvatting van vijf praktijkvoorbeelden van Movisie, met hun vervolgen: "
            "Dordrecht, Zeist, Parkstad Limburg, Amsterdam en Goirle. Het stuk trekt vier "
            "conclusies. Gemeenten zochten nog naar hun aanpak en wilden meestal meerdere "
            "organisaties inzetten. Niet elke gemeente zag dat cliëntondersteuning ook voor jeugd "
            "en werk bedoeld is. De plek naast de wijkteams was nog niet duidelijk. En de rol van "
            "MEE verschilde per gemeente. Een goed overzicht om mee te beginnen."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven eind 2014, vlak vóór de Wmo 2015. Veel gemeenten hebben hun keuzes "
            "sindsdien gemaakt. De vragen uit het stuk helpen nog steeds bij het nadenken."
        ),
        "related": [
            "Handreiking Cliëntondersteuning (update mei 2014)",
            (
                "Bestuurlijke afspraken VWS, VNG en MEE Nederland voor de transitie van de "
                "cliëntondersteuning"
            ),
        ],
    },
    # Overige publicaties
    {
        "title": "Inspiratiedocument cliëntondersteuning",
        "year": 2015,
        "month": 6,
        "publisher": "VNG",
        "kind": "anders",
        "audiences": ["gemeenten"],
        "pages": 5,
        "link": "https://vng.nl",
        "themes": ["beleidsplan", "levensbreedheid", "inspraak"],
        "municipality": "",
        "summary": (
            "In dit korte stuk laat de VNG zien hoe zij naar cliëntondersteuning in de Wmo kijkt. "
            "De VNG is de vereniging van alle Nederlandse gemeenten. Het stuk is gemaakt na een "
            "bijeenkomst met veel cliëntenorganisaties. Volgens het stuk heeft cliëntondersteuning "
            "drie lagen. Hulp bij het nadenken over je eigen leven. Hulp bij het vinden van "
            "ondersteuning. En hulp voor mensen die al ondersteuning krijgen. Gemeenten moeten aan "
            "alle drie denken. Een handig kader voor wie een beleidsplan schrijft."
        ),
        "outdated": False,
        "outdated_explanation": "",
        "related": [
            "Zelftest Cliëntondersteuning voor gemeenten",
            "Handreiking Cliëntondersteuning (update mei 2014)",
        ],
    },
    {
        "title": (
            "Bestuurlijke afspraken VWS, VNG en MEE Nederland voor de transitie van de "
            "cliëntondersteuning"
        ),
        "year": 2014,
        "month": 2,
        "publisher": "VWS, VNG, MEE NL",
        "kind": "anders",
        "audiences": ["gemeenten", "clientondersteuners"],
        "pages": 9,
        "link": "https://vng.nl",
        "themes": ["beleidsplan", "kwaliteit-en-evaluatie"],
        "municipality": "",
        "summary": (
            "Dit zijn de afspraken tussen het ministerie van VWS, de VNG en MEE Nederland. MEE gaf "
            "toen ondersteuning aan mensen met een beperking. Vanaf 2015 werden de gemeenten "
            "daarvoor verantwoordelijk. De afspraken moesten zorgen dat de hulp aan mensen gewoon "
            "doorliep. Er staat een stappenplan in voor gemeenten. Wanneer maken ze afspraken met "
            "MEE, wat staat erin en hoe houden ze bij of het goed gaat? Ook gaat het over geld, "
            "kwaliteit en communicatie. Nuttig als achtergrond bij de rol van MEE in gemeenten."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven vóór de Wmo 2015. De afspraken gingen over de overgang in 2014 en 2015, en "
            "die is voorbij. Ze laten wel zien hoe cliëntondersteuning bij de gemeenten kwam."
        ),
        "related": [
            "Handreiking Cliëntondersteuning (update mei 2014)",
            "MEE en gemeente: cliëntondersteuning in 2015 en verder",
        ],
    },
    {
        "title": "Samenwerkingsafspraken bij cliëntondersteuning voor ouderen",
        "year": 2014,
        "month": 5,
        "publisher": "Unie KBO, PCOB, MEE NL",
        "kind": "anders",
        "audiences": ["wmo-raden"],
        "pages": 5,
        "link": "https://www.pcob.nl",
        "themes": ["welzijn-en-meedoen", "levensbreedheid"],
        "municipality": "",
        "summary": (
            "Afspraken tussen twee ouderenbonden, Unie KBO en PCOB, en MEE Nederland. Een "
            "ouderenbond is een vereniging die opkomt voor ouderen. De partijen willen dat hun "
            "mensen in de gemeente samenwerken bij cliëntondersteuning voor ouderen. Het stuk "
            "beschrijft wat de bonden en MEE daar al doen om ouderen te helpen. En wat ze met "
            "elkaar afspreken. Het is bedoeld voor cliëntenorganisaties. Het laat zien hoe "
            "vrijwilligers en professionals elkaar kunnen aanvullen."
        ),
        "outdated": True,
        "outdated_explanation": (
            "Geschreven in 2014, vóór de Wmo 2015. Sinds 2015 regelt elke gemeente zelf de "
            "cliëntondersteuning en de rol van MEE. Het idee van samenwerken in de gemeente is nog "
            "steeds bruikbaar."
        ),
        "related": ["Informatiekaart Cliëntondersteuning Ouderen"],
    },
    {
        "title": (
            "Beroepscode Beroepsvereniging van cliëntondersteuners voor mensen met een beperking"
        ),
        "year": 2015,
        "month": None,
        "publisher": "BCMB",
        "kind": "beroepscode",
        "audiences": ["clientondersteuners"],
        "pages": 5,
        "link": "https://www.bcmb.nl",
        "themes": ["kwaliteit-en-evaluatie", "onafhankelijkheid"],
        "municipality": "",
        "summary": (
            "De beroepscode van de BCMB. Dat is de beroepsvereniging van cliëntondersteuners voor "
            "mensen met een beperking. Een beroepscode beschrijft hoe een professional hoort te "
            "werken. Deze code gaat over de doelen van cliëntondersteuning en de kwaliteit van de "
            "ondersteuner. Ook gaat hij over de relatie met de cliënt en over samenwerken binnen "
            "en buiten de eigen organisatie. Gemeenten kunnen de code gebruiken als zij eisen "
            "willen stellen aan de deskundigheid van ondersteuners. De code hoort bij het "
            "beroepsprofiel."
        ),
        "outdated": False,
        "outdated_explanation": "",
        "related": [
            (
                "Beroepsprofiel Beroepsvereniging van cliëntondersteuners voor mensen met een "
                "beperking"
            ),
        ],
    },
    {
        "title": (
            "Beroepsprofiel Beroepsvereniging van cliëntondersteuners voor mensen met een beperking"
        ),
        "year": 2015,
        "month": None,
        "publisher": "BCMB",
        "kind": "beroepscode",
        "audiences": ["clientondersteuners"],
        "pages": 5,
        "link": "https://www.bcmb.nl",
        "themes": ["kwaliteit-en-evaluatie"],
        "municipality": "",
        "summary": (
            "Het beroepsprofiel van de BCMB, de beroepsvereniging van cliëntondersteuners voor "
            "mensen met een beperking. Een beroepsprofiel beschrijft wat iemand in een beroep doet "
            "en kan. Dit profiel noemt de belangrijkste taken van de cliëntondersteuner. Ook staat "
            "erin wat hem anders maakt dan andere hulpverleners in zorg, welzijn, jeugd en werk. "
            "En welke vaardigheden hij nodig heeft. Handig voor gemeenten en organisaties die "
            "willen weten wat ze van een goede cliëntondersteuner mogen verwachten. Het profiel "
            "hoort bij de beroepscode."
        ),
        "outdated": False,
        "outdated_explanation": "",
        "related": [
            "Beroepscode Beroepsvereniging van cliëntondersteuners voor mensen met een beperking",
        ],
    },
]
