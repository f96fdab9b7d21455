"""The texts of the demo region "Regio Fryslân (demo)": people, concerns, sessions, meetings, positions.

Everything here is fictional except the municipalities (CBS) and the national
bodies of the taxonomy. Names of people are invented and e-mail addresses use
example.org. Dates are given relative to the day the demo is filled, so the
coming meeting is always in the future. The texts are Dutch: they are the
delegate's own records, not interface text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

REGION_NAME = "Regio Fryslân (demo)"
REGION_DESCRIPTION = (
    "Fictieve demoregio van zeventien Friese gemeenten, om Regiostem te verkennen. "
    "Personen, e-mailadressen, knelpunten en standpunten zijn verzonnen; de gemeenten en hun "
    "inwonertallen zijn echt (Bron: CBS)."
)

# GM code -> e-mail domain label. Leeuwarden (a large city) is left out on purpose: it
# speaks up as a neighbour, like two municipalities across the provincial border.
MEMBERS: dict[str, str] = {
    "GM0059": "achtkarspelen",
    "GM0060": "ameland",
    "GM1891": "dantumadiel",
    "GM1940": "defryskemarren",
    "GM0072": "harlingen",
    "GM0074": "heerenveen",
    "GM1970": "noardeast-fryslan",
    "GM0085": "ooststellingwerf",
    "GM0086": "opsterland",
    "GM0088": "schiermonnikoog",
    "GM0090": "smallingerland",
    "GM1900": "sudwest-fryslan",
    "GM0093": "terschelling",
    "GM0737": "tytsjerksteradiel",
    "GM0096": "vlieland",
    "GM1949": "waadhoeke",
    "GM0098": "weststellingwerf",
}
NEIGHBOURS: dict[str, str] = {"GM0080": "leeuwarden", "GM1969": "westerkwartier", "GM1708": "steenwijkerland"}
ISLANDS = frozenset({"GM0060", "GM0088", "GM0093", "GM0096"})

# Adoption rule of the demo region: half the members must respond; a position is
# blocked when more than a quarter (by count or by inhabitants) objects.
RULE = (0.5, 0.25, 0.25)


@dataclass(frozen=True)
class DemoPerson:
    key: str
    name: str
    role: str
    function_title: str
    gm: str | None = None
    organisation: str | None = None
    is_self: bool = False
    phone: str = ""


# The delegate (is_self) and the alternate first; then per municipality its contacts.
DELEGATE = DemoPerson(
    "delegate",
    "Anneke Hoekstra",
    "afgevaardigde",
    "Informatiemanager gemeente Heerenveen, regionaal afgevaardigde",
    gm="GM0074",
    is_self=True,
    phone="06-10000001",
)
ALTERNATE = DemoPerson(
    "alternate",
    "Pieter Bosma",
    "plaatsvervanger",
    "Teamleider I&A gemeente Smallingerland, plaatsvervangend afgevaardigde",
    gm="GM0090",
    phone="06-10000002",
)

# (first name, surname) pairs, handed out in order; fictional.
_NAMES: tuple[tuple[str, str], ...] = (
    ("Sjoerd", "de Vries"), ("Tjitske", "Postma"), ("Hylke", "Dijkstra"), ("Wytske", "Zijlstra"),
    ("Douwe", "Terpstra"), ("Marrit", "Hiemstra"), ("Gerrit", "Sikkema"), ("Femke", "Veenstra"),
    ("Jelle", "van der Meer"), ("Baukje", "Jansma"), ("Joost", "Feenstra"), ("Sietske", "Wiersma"),
    ("Rutger", "Kingma"), ("Linda", "Haagsma"), ("Ype", "Elzinga"), ("Froukje", "Rinsma"),
    ("Hessel", "Tjeerdsma"), ("Ilse", "Boersma"), ("Klaas", "Hofstra"), ("Jildou", "Nauta"),
    ("Mark", "Attema"), ("Sandra", "Faber"), ("Thijs", "Holwerda"), ("Roelof", "Tuinstra"),
    ("Esther", "Algra"), ("Auke", "Westra"), ("Nynke", "Anema"), ("Wim", "Kooistra"),
    ("Saskia", "Oosterhof"), ("Bauke", "Posthuma"), ("Geertje", "Wouda"), ("Mirjam", "Hellinga"),
    ("Johannes", "Speerstra"), ("Romy", "Ypma"), ("Arjen", "Sybesma"), ("Tineke", "Gerbrandy"),
    ("Ruben", "van der Veen"), ("Hiske", "Yntema"), ("Eelke", "Brouwer"), ("Marieke", "Kuipers"),
    ("Sybren", "de Boer"), ("Rixt", "Holtrop"), ("Lieke", "Bakker"), ("Goaitsen", "Visser"),
    ("Anouk", "Kramer"), ("Dirk", "Schaap"), ("Meike", "Smit"), ("Tom", "Mulder"),
)  # fmt: skip

# Contact roles per municipality: key, role code, job title. The islands have one
# person for all three, which is exactly the capacity problem the region raises.
CONTACT_ROLES: tuple[tuple[str, str, str], ...] = (
    ("ict", "ict_contactpersoon", "I&A-coördinator"),
    ("ciso", "ciso", "CISO"),
    ("im", "informatiemanager", "Informatiemanager"),
)
ISLAND_ROLE = ("ict", "ict_contactpersoon", "Medewerker I&A (tevens CISO en informatiemanager)")

ORGANISATION_PEOPLE: tuple[DemoPerson, ...] = (
    DemoPerson(
        "vng", "Karin de Groot", "overig", "Accountmanager gemeenten Noord-Nederland", organisation="VNG"
    ),
    DemoPerson("ibd", "Ruud Vermeulen", "overig", "Adviseur informatiebeveiliging", organisation="IBD"),
    DemoPerson(
        "gv-centric", "Marco Jansen", "overig", "Voorzitter gebruikersvereniging", organisation="GV-CENTRIC"
    ),
    DemoPerson(
        "gv-prlg", "Ellen Verbeek", "overig", "Bestuurslid gebruikersvereniging", organisation="GV-PRLG"
    ),
)


def contact_names() -> dict[tuple[str, str], tuple[str, str]]:
    """(GM code, contact key) -> (first name, surname), stable across runs."""
    names = iter(_NAMES)
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for gm in MEMBERS:
        roles = (ISLAND_ROLE,) if gm in ISLANDS else CONTACT_ROLES
        for key, _, _ in roles:
            found[(gm, key)] = next(names)
    for gm in NEIGHBOURS:
        found[(gm, "ict")] = next(names)
    return found


# --------------------------------------------------------------------------- sessions


@dataclass(frozen=True)
class DemoSession:
    key: str
    kind: str
    title: str
    days_ago: int
    place: str
    agenda: str
    minutes: str
    minutes_status: str
    present: tuple[str, ...]
    absent: dict[str, str] = field(default_factory=dict)  # GM code -> reason given


SESSIONS: tuple[DemoSession, ...] = (
    DemoSession(
        key="overleg-1",
        kind="regio_overleg",
        title="Regio-overleg Fryslân: terugkoppeling en nieuwe knelpunten",
        days_ago=104,
        place="Gemeentehuis Heerenveen",
        agenda=(
            "1. Opening en vaststellen agenda\n"
            "2. Terugkoppeling vorige Landelijk ICT Beraad\n"
            "3. Rondgang: knelpunten per gemeente\n"
            "4. Voorbereiding agenda: DSO en Woo\n"
            "5. Rondvraag en sluiting"
        ),
        minutes="""# Verslag regio-overleg Fryslân

**Aanwezig:** elf van de zeventien gemeenten (zie presentielijst).
**Voorzitter:** Anneke Hoekstra (afgevaardigde). **Verslag:** Pieter Bosma.

## 1. Opening

De voorzitter heet iedereen welkom. Zes gemeenten hebben zich afgemeld; drie daarvan noemen
expliciet gebrek aan capaciteit. Afgesproken wordt het verslag ook rond te sturen aan de afwezigen.

## 2. Terugkoppeling

De afgevaardigde licht de uitkomsten van het vorige Landelijk ICT Beraad toe. Vragen gaan vooral over
de planning van de BRP API en over de GGU-bijdrage.

## 3. Rondgang knelpunten

- **De Fryske Marren** meldt opnieuw storingen in het Omgevingsloket; **Heerenveen** en
  **Opsterland** herkennen dit.
- **Súdwest-Fryslân** vraagt aandacht voor het gebruik van generatieve AI zonder beleid.
- **Vlieland** en **Ameland** geven aan dat de BIO2-implementatie met één medewerker niet te doen is.
- **Harlingen** informeert de regio vertrouwelijk over een incident bij een leverancier.

## 4. Voorbereiding agenda

Het DSO en de Woo gaan als regionaal standpunt naar het Landelijk ICT Beraad. De afgevaardigde stelt
concepten op; reacties graag binnen twee weken per e-mail.

## Actiepunten

| Wie | Wat | Wanneer |
|---|---|---|
| Afgevaardigde | Conceptstandpunten DSO en Woo | binnen 1 week |
| Alle gemeenten | Reactie op concepten | binnen 2 weken |
| Pieter Bosma | Presentielijst en verslag rondsturen | deze week |
""",
        minutes_status="final",
        present=(
            "GM0074", "GM0090", "GM1940", "GM0086", "GM1900", "GM0096", "GM0060",
            "GM0072", "GM0059", "GM0737", "GM1949",
        ),
        absent={
            "GM0088": "Afgemeld: geen capaciteit (enige I&A-medewerker op cursus).",
            "GM0093": "Afgemeld: bootverbinding en geen vervanging.",
            "GM1891": "Afgemeld wegens ziekte.",
            "GM1970": "Afgemeld: samenvallend met eigen MT-overleg.",
            "GM0085": "Niet afgemeld.",
            "GM0098": "Afgemeld: geen capaciteit.",
        },
    ),
    DemoSession(
        key="kennis-bio2",
        kind="kennissessie",
        title="Kennissessie BIO2 en Cyberbeveiligingswet",
        days_ago=61,
        place="Online (Teams), met een bijdrage van de IBD",
        agenda=(
            "1. Wat verandert er met BIO2? (IBD)\n"
            "2. Zorgplicht en meldplicht onder de Cyberbeveiligingswet\n"
            "3. Ervaringen uit Súdwest-Fryslân met de nulmeting\n"
            "4. Wat kunnen we regionaal samen doen?"
        ),
        minutes="""# Verslag kennissessie BIO2 en Cyberbeveiligingswet

De IBD gaf een toelichting op de overgang naar **BIO2** en de relatie met de zorgplicht uit de
Cyberbeveiligingswet. Súdwest-Fryslân deelde de aanpak van de eigen nulmeting.

## Belangrijkste punten

1. BIO2 vraagt een risicogerichte aanpak in plaats van een vaste set maatregelen; dat vraagt meer
   eigen analyse, niet minder.
2. Kleine gemeenten willen **sjablonen voor risicoanalyses** die ze kunnen overnemen.
3. Een **gedeelde CISO-pool** in de regio wordt door zes gemeenten als kansrijk gezien.

## Vervolg

De afgevaardigde neemt de behoefte aan sjablonen en een gefaseerde invoering mee in het standpunt
voor het Landelijk ICT Beraad.
""",
        minutes_status="final",
        present=("GM1900", "GM0074", "GM0090", "GM0096", "GM0088", "GM0086", "GM0098", "GM0737"),
        absent={
            "GM0059": "Afgemeld: geen capaciteit.",
            "GM0060": "Niet afgemeld.",
            "GM0072": "Afgemeld: incidentafhandeling.",
        },
    ),
    DemoSession(
        key="overleg-2",
        kind="regio_overleg",
        title="Regio-overleg Fryslân: voorbereiding Landelijk ICT Beraad",
        days_ago=27,
        place="Gemeentehuis Smallingerland, Drachten (hybride)",
        agenda=(
            "1. Opening en verslag vorig overleg\n"
            "2. Agenda Landelijk ICT Beraad: BIO2, GGU, SaaS, Copilot, BRP API\n"
            "3. Reacties op de conceptstandpunten\n"
            "4. Nieuwe knelpunten\n"
            "5. Rondvraag"
        ),
        minutes="""# Verslag regio-overleg Fryslân

**Aanwezig:** tien van de zeventien gemeenten, waarvan drie online.

## 1. Verslag vorig overleg

Vastgesteld zonder wijzigingen.

## 2. Agenda Landelijk ICT Beraad

De afgevaardigde loopt de vijf agendapunten langs. Over **BIO2** en de **BRP API** is de regio het
snel eens. Over de **GGU-bijdrage** lopen de meningen uiteen: Heerenveen steunt de voorgestelde
verhoging omdat de gemeente de gezamenlijke producten intensief gebruikt. Afgesproken wordt dat dit
als **minderheidsstandpunt** in het regionale standpunt wordt opgenomen.

## 3. Reacties

- SaaS-transitie: de meeste gemeenten steunen het concept; enkele reacties volgen nog per e-mail.
- Copilot en Microsoft 365: het concept wordt nog aangevuld met de ervaringen van Súdwest-Fryslân.

## 4. Nieuwe knelpunten

Dantumadiel meldt de vervanging van werkplekken door het einde van de ondersteuning van Windows 10.
Waadhoeke meldt dat terugmeldingen op basisregistraties blijven liggen.

## Actiepunten

- Afgevaardigde: minderheidsstandpunt Heerenveen verwerken in het GGU-standpunt.
- Gemeenten die nog niet reageerden op het SaaS-standpunt: reactie per e-mail.
""",
        minutes_status="corrected",
        present=("GM0074", "GM0090", "GM1900", "GM1940", "GM0086", "GM0085", "GM1891", "GM0072", "GM1949", "GM0093"),
        absent={
            "GM0060": "Afgemeld: geen capaciteit.",
            "GM0088": "Afgemeld: geen capaciteit.",
            "GM0096": "Afgemeld: dienstregeling veerboot.",
            "GM0059": "Niet afgemeld.",
            "GM1970": "Afgemeld wegens vakantie.",
            "GM0737": "Afgemeld: eigen raadsvergadering.",
            "GM0098": "Afgemeld: geen capaciteit.",
        },
    ),
)  # fmt: skip


# --------------------------------------------------------------------------- concerns


@dataclass(frozen=True)
class DemoConcern:
    key: str
    gm: str
    theme: str
    title: str
    description: str
    urgency: int
    impact: int
    days_ago: int
    status: str = "triaged"
    confidentiality: str = "regio"
    contributor: str = "ict"  # contact key at the municipality
    bodies: tuple[str, ...] = ()
    extra_themes: tuple[str, ...] = ()
    anonymised: bool = False
    session: str | None = None  # raised at this session
    merged_into: str | None = None
    status_reason: str = ""
    # (GM code, how recorded, note); a support "session" is recorded at the concern's
    # session or the regional session after it.
    supports: tuple[tuple[str, str, str], ...] = ()


CONCERNS: tuple[DemoConcern, ...] = (
    # -- informatiebeveiliging
    DemoConcern(
        "bio2", "GM0086", "INFOSEC",
        "BIO2-implementatie niet haalbaar binnen de gestelde termijn",
        "Met de overgang van de BIO naar BIO2 moeten wij ons ISMS opnieuw inrichten, risicoanalyses "
        "overdoen en de ENSIA-verantwoording aanpassen. Met 1,2 fte voor informatiebeveiliging en privacy "
        "samen lukt dat niet vóór de termijn. Wij vragen om landelijk uitgewerkte risicoanalyses en "
        "maatregelensets die kleine gemeenten kunnen overnemen, en om een gefaseerde invoering.",
        4, 4, 130, status="in_position", contributor="ciso", bodies=("VNG", "IBD"),
        extra_themes=("FIN",), session="overleg-1",
        supports=(
            ("GM0096", "session", "Eén medewerker doet alles; dit is voor ons niet te doen."),
            ("GM0060", "session", ""),
            ("GM0088", "email", "Herkennen dit volledig."),
            ("GM0098", "phone", "Zelfde probleem, vooral de risicoanalyses."),
            ("GM0737", "session", ""),
            ("GM1891", "email", ""),
        ),
    ),
    DemoConcern(
        "bio2-dup", "GM0096", "INFOSEC",
        "BIO2-deadline niet te halen voor kleine eilandgemeente",
        "Wij hebben één medewerker voor I&A, informatiebeveiliging en privacy. De BIO2-deadline is voor "
        "ons niet haalbaar zonder hulp van buiten.",
        4, 3, 118, status="triaged", merged_into="bio2",
    ),
    DemoConcern(
        "nis2", "GM0090", "INFOSEC",
        "Onduidelijk welke processen onder de zorgplicht van de Cyberbeveiligingswet vallen",
        "Het is nog steeds niet helder welke gemeentelijke processen onder de zorgplicht en de meldplicht "
        "van de Cyberbeveiligingswet (NIS2) vallen en hoe die zich verhouden tot BIO2. Iedere gemeente "
        "laat nu afzonderlijk een juridische analyse maken. Eén landelijke duiding zou veel dubbel werk "
        "besparen.",
        4, 3, 96, status="in_position", contributor="ciso", bodies=("VNG", "BZK", "IBD"),
        supports=(
            ("GM1900", "session", ""),
            ("GM0074", "email", "Wij hebben hiervoor al extern advies ingehuurd."),
            ("GM0086", "session", ""),
        ),
    ),
    DemoConcern(
        "incident-harlingen", "GM0072", "INFOSEC",
        "Ransomware bij leverancier van parkeervergunningen: mogelijk gegevens buitgemaakt",
        "De leverancier van onze applicatie voor parkeervergunningen is getroffen door ransomware. Naam, "
        "adres en kenteken van vergunninghouders zijn mogelijk buitgemaakt. Melding bij de Autoriteit "
        "Persoonsgegevens is gedaan en de IBD is betrokken. Verzoek aan de regio: niet buiten de regio "
        "delen zolang het onderzoek loopt, en nagaan of u dezelfde leverancier gebruikt.",
        5, 4, 98, status="triaged", confidentiality="vertrouwelijk", contributor="ciso",
        bodies=("IBD",), extra_themes=("PRIVACY", "LEVERANCIER"),
        supports=(("GM0059", "phone", "Wij gebruiken dezelfde leverancier en laten dit nu uitzoeken."),),
    ),
    DemoConcern(
        "mfa-beheer", "GM0098", "INFOSEC",
        "Externe beheerpartij gebruikt beheeraccounts zonder tweefactorauthenticatie",
        "Bij een interne controle bleek dat de externe beheerpartij van onze servers beheeraccounts "
        "gebruikt zonder tweefactorauthenticatie, in strijd met het contract. De partij zegt herstel toe, "
        "maar heeft geen termijn genoemd. De gemeente wil hier niet met naam mee naar buiten.",
        4, 4, 52, status="new", contributor="ciso", anonymised=True, bodies=("IBD",),
        extra_themes=("LEVERANCIER",),
    ),
    DemoConcern(
        "awareness", "GM1891", "INFOSEC",
        "Geen budget voor een structureel programma voor security-awareness",
        "Phishingsimulaties en e-learning kosten jaarlijks een bedrag dat wij niet structureel kunnen "
        "dragen. Een landelijk aanbod via de IBD of een gezamenlijke inkoop zou helpen.",
        2, 3, 75, status="new", confidentiality="openbaar", bodies=("IBD",),
        supports=(("GM0085", "email", ""),),
    ),
    # -- privacy
    DemoConcern(
        "dpia-m365", "GM0074", "PRIVACY",
        "DPIA op Microsoft 365 en Copilot: iedere gemeente doet het opnieuw",
        "Voor Microsoft 365 bestaan DPIA's van de rijksoverheid, maar voor Copilot en de nieuwe "
        "Teams-functies ontbreken afspraken die gemeenten direct kunnen gebruiken. Iedere gemeente laat "
        "nu een eigen DPIA opstellen, met verschillende uitkomsten. Wij vragen om één DPIA met een "
        "handreiking via VNG en IBD.",
        4, 4, 88, status="in_position", contributor="im", bodies=("VNG", "IBD"),
        extra_themes=("CLOUD", "DATA_AI"),
        supports=(
            ("GM1900", "session", "Wij zijn zelf een DPIA gestart en delen die graag."),
            ("GM0090", "session", ""),
            ("GM1940", "email", ""),
            ("GM1970", "email", ""),
        ),
    ),
    DemoConcern(
        "verwerkers-sociaal", "GM0085", "PRIVACY",
        "Verwerkersovereenkomsten met zorgaanbieders in het sociaal domein blijven achter",
        "Veel kleinere zorgaanbieders tekenen de verwerkersovereenkomst niet of laat. Het ontbreekt ons aan "
        "capaciteit om dit per aanbieder na te lopen. Een regionaal of landelijk model met één "
        "aanspreekpunt zou helpen.",
        3, 3, 64, status="new", contributor="im", extra_themes=("SOCIAAL",),
        supports=(("GM0098", "phone", ""),),
    ),
    # -- informatiehuishouding
    DemoConcern(
        "woo", "GM1940", "INFOHUISH",
        "Actieve openbaarmaking onder de Woo kost meer capaciteit dan begroot",
        "De verplichte informatiecategorieën van de Woo vragen een inrichting van zaaksysteem en "
        "publicatieplatform die wij niet met de huidige formatie kunnen dragen. De compensatie via het "
        "gemeentefonds dekt de werkelijke kosten niet.",
        3, 4, 150, status="closed", contributor="im", bodies=("BZK", "VNG"), extra_themes=("FIN",),
        session="overleg-1",
        status_reason=(
            "Afgesloten na het Landelijk ICT Beraad: er komt geen aanvullende compensatie. "
            "VNG ontwikkelt wel een handreiking en een gezamenlijke publicatievoorziening."
        ),
        supports=(
            ("GM0074", "session", ""),
            ("GM0086", "session", ""),
            ("GM0072", "session", "Publicatie van raadsinformatie lukt wel, de rest niet."),
            ("GM1949", "email", ""),
        ),
    ),
    DemoConcern(
        "e-depot", "GM0737", "INFOHUISH",
        "Aansluiting op het e-depot van het regionaal archief vertraagd",
        "De aansluiting op het e-depot is een jaar vertraagd omdat de koppeling met ons zaaksysteem nog niet "
        "beschikbaar is. Intussen groeit de achterstand in duurzame opslag van digitale archiefstukken.",
        2, 3, 80, status="triaged", contributor="im",
    ),
    DemoConcern(
        "chat-archief", "GM1970", "INFOHUISH",
        "Archiveren van chatberichten (Teams, WhatsApp) onduidelijk",
        "Bestuurders en medewerkers gebruiken chat voor werkafspraken. Welke berichten archiefwaardig zijn "
        "en hoe wij ze bewaren voor Woo-verzoeken, is niet geregeld. Er is behoefte aan een landelijke lijn.",
        3, 3, 58, status="triaged", contributor="im", extra_themes=("CLOUD",),
        supports=(("GM0090", "email", ""), ("GM1900", "email", "")),
    ),
    # -- dienstverlening
    DemoConcern(
        "digid-machtigen", "GM0059", "DIENSTV",
        "E-formulieren ondersteunen DigiD Machtigen niet",
        "Inwoners die zaken regelen voor een ander, zoals mantelzorgers, lopen vast omdat ons "
        "e-formulierenplatform DigiD Machtigen niet ondersteunt. Zij moeten nu langskomen of bellen.",
        3, 3, 70, status="new", bodies=("LOGIUS",),
        supports=(("GM0737", "session", ""), ("GM1949", "phone", "")),
    ),
    DemoConcern(
        "wcag", "GM1900", "DIENSTV",
        "Pdf-formulieren en raadsstukken voldoen niet aan de toegankelijkheidseisen",
        "Een toets wees uit dat veel pdf-formulieren en raadsstukken niet voldoen aan WCAG 2.1. Herstel "
        "vraagt kennis en tijd die de afdelingen niet hebben. Wij zoeken een gezamenlijke aanpak met "
        "leveranciers van raadsinformatiesystemen.",
        2, 3, 110, status="triaged", confidentiality="openbaar",
    ),
    DemoConcern(
        "eherkenning", "GM0060", "DIENSTV",
        "Kosten van eHerkenning drempel voor verenigingen en kleine ondernemers",
        "Verenigingen en kleine ondernemers op het eiland haken af bij digitale aanvragen omdat zij een "
        "eHerkenningsmiddel moeten aanschaffen. Wij vragen om een gratis of goedkoper middel voor "
        "incidenteel gebruik.",
        2, 2, 66, status="new", confidentiality="openbaar", bodies=("LOGIUS",),
    ),
    # -- basisregistraties
    DemoConcern(
        "brp-api", "GM0074", "BASISREG",
        "Overgang naar de BRP API: leveranciers geven geen harde planning",
        "De uitfasering van GBA-V en StUF-BG hangt af van de aansluiting van onze leveranciers op de "
        "BRP API (Haal Centraal). Leveranciers geven geen harde planning, waardoor wij het risico lopen "
        "een tijd dubbel te betalen en twee koppelingen te beheren.",
        4, 4, 140, status="raised", contributor="im", bodies=("RVIG", "VNG-R"), extra_themes=("ARCH",),
        supports=(
            ("GM0090", "session", ""),
            ("GM1940", "session", ""),
            ("GM1900", "email", ""),
            ("GM1970", "email", ""),
            ("GM0085", "phone", ""),
        ),
    ),
    DemoConcern(
        "bag-recreatie", "GM0093", "BASISREG",
        "Kwaliteit van BAG-gegevens van recreatiewoningen",
        "Op het eiland staan veel recreatiewoningen waarvan het gebruik in de BAG niet klopt met de "
        "werkelijkheid. Dat werkt door in WOZ en toeristenbelasting. Het herstel kost veel handwerk.",
        2, 2, 90, status="new",
    ),
    DemoConcern(
        "terugmeldingen", "GM1949", "BASISREG",
        "Terugmeldingen op basisregistraties blijven maanden liggen",
        "Terugmeldingen die wij doen op de BRP en het Handelsregister blijven soms maanden openstaan. "
        "Medewerkers kunnen intussen niet met zekerheid met de gegevens werken.",
        3, 2, 26, status="raised", session="overleg-2", bodies=("RVIG",),
        supports=(("GM0059", "email", ""),),
    ),
    # -- architectuur
    DemoConcern(
        "common-ground", "GM0090", "ARCH",
        "Common Ground-componenten niet te verwerven bij de huidige leveranciers",
        "Wij willen volgens Common Ground werken, maar onze leveranciers bieden de componenten niet aan of "
        "alleen als onderdeel van hun eigen pakket. Een kleine gemeente kan die markt niet zelf veranderen.",
        3, 4, 120, status="in_position", contributor="im", bodies=("VNG-R",), extra_themes=("LEVERANCIER",),
        supports=(("GM1900", "session", ""), ("GM0074", "session", "")),
    ),
    DemoConcern(
        "zgw", "GM1900", "ARCH",
        "Leveranciers ondersteunen de ZGW-API's maar gedeeltelijk",
        "Ons zaaksysteem ondersteunt de ZGW-API's slechts gedeeltelijk, waardoor koppelingen met "
        "vakapplicaties maatwerk blijven. Wij vragen VNG Realisatie om een openbare conformiteitstoets "
        "per leverancier.",
        3, 3, 85, status="in_position", contributor="im", bodies=("VNG-R",),
    ),
    # -- omgevingswet
    DemoConcern(
        "dso-storingen", "GM1940", "OMGEVING",
        "Storingen in het Omgevingsloket bij het indienen van aanvragen",
        "Sinds de inwerkingtreding van de Omgevingswet is het Omgevingsloket meerdere keren per maand "
        "urenlang onbereikbaar of stuurt het aanvragen dubbel door naar ons VTH-systeem. Medewerkers "
        "controleren aanvragen handmatig en inwoners bellen ons met klachten.",
        5, 4, 160, status="answered", contributor="ict", bodies=("IPLO", "BZK"), session="overleg-1",
        status_reason=(
            "Beantwoord in het Landelijk ICT Beraad: BZK en IPLO zeggen een verbeterplan toe met een "
            "maandelijkse rapportage over de beschikbaarheid van het DSO."
        ),
        supports=(
            ("GM0086", "session", ""),
            ("GM1900", "session", "Ook dubbele aanvragen in ons VTH-systeem."),
            ("GM0090", "email", ""),
            ("GM0098", "email", ""),
            ("GM0085", "phone", ""),
            ("GM0059", "email", ""),
        ),
    ),
    DemoConcern(
        "dso-dup", "GM0074", "OMGEVING",
        "Omgevingsloket regelmatig onbereikbaar",
        "Het Omgevingsloket is vaak onbereikbaar; aanvragen komen soms twee keer binnen.",
        4, 3, 150, status="triaged", merged_into="dso-storingen",
    ),
    DemoConcern(
        "sttr", "GM0098", "OMGEVING",
        "Bijhouden van toepasbare regels vraagt specialistische kennis",
        "Voor het bijhouden van de toepasbare regels (vragenbomen) in het DSO is specialistische kennis "
        "nodig die wij niet in huis hebben. Inhuur is duur en schaars.",
        2, 3, 100, status="new", extra_themes=("FIN",),
    ),
    # -- sociaal domein
    DemoConcern(
        "suwinet", "GM0059", "SOCIAAL",
        "Nieuwe eisen aan logging en autorisaties voor Suwinet-Inkijk",
        "De aangescherpte eisen aan logging en periodieke autorisatiecontrole voor Suwinet-Inkijk vragen "
        "aanpassingen die onze leverancier pas volgend jaar levert. Intussen doen wij de controles "
        "handmatig.",
        3, 3, 72, status="triaged", contributor="ciso", bodies=("BKWI",),
        supports=(("GM0737", "email", ""),),
    ),
    DemoConcern(
        "iwmo", "GM0737", "SOCIAAL",
        "Berichtenverkeer iWmo en iJw met zorgaanbieders loopt regelmatig vast",
        "Berichten in het iWmo- en iJw-verkeer worden regelmatig afgekeurd door verschillen in interpretatie "
        "van de standaard. Het uitzoeken kost de afdeling zorg wekelijks uren.",
        3, 3, 45, status="new", extra_themes=("BASISREG",),
    ),
    DemoConcern(
        "vroegsignalering", "GM0072", "SOCIAAL",
        "Gegevensdeling voor vroegsignalering van schulden is juridisch en technisch lastig",
        "Voor vroegsignalering ontvangen wij signalen van woningcorporaties en energieleveranciers. De "
        "technische aansluiting en de juridische grondslag verschillen per partner.",
        2, 3, 95, status="new", contributor="im", extra_themes=("PRIVACY",),
    ),
    # -- leveranciers
    DemoConcern(
        "saas-centric", "GM0059", "LEVERANCIER",
        "Verplichte overstap naar SaaS bij Centric: meerkosten en geen exitstrategie",
        "Centric heeft aangekondigd dat de on-premises versies van de applicaties voor burgerzaken en "
        "financiën worden uitgefaseerd ten gunste van SaaS. De meerkosten lopen voor ons op tot ruim dertig "
        "procent per jaar. Afspraken over exit en dataportabiliteit ontbreken. Wij vragen om gezamenlijke "
        "onderhandeling via de gebruikersvereniging en VNG.",
        5, 5, 78, status="in_position", contributor="im", bodies=("GV-CENTRIC", "VNG"),
        extra_themes=("CLOUD", "FIN"),
        supports=(
            ("GM0072", "session", ""),
            ("GM1891", "session", ""),
            ("GM0737", "email", "Wij zitten in hetzelfde traject."),
            ("GM1949", "email", ""),
            ("GM0093", "phone", ""),
        ),
    ),
    DemoConcern(
        "saas-dup", "GM1891", "LEVERANCIER",
        "Kosten SaaS-overgang Centric niet begroot",
        "De overgang naar de SaaS-versie van Centric is niet begroot; de leverancier noemt nog geen bedragen.",
        4, 4, 70, status="triaged", merged_into="saas-centric",
    ),
    DemoConcern(
        "prlg-prijs", "GM0085", "LEVERANCIER",
        "Eenzijdige prijsverhoging bij overgang naar het cloudplatform van PinkRoccade",
        "Bij de overgang naar het cloudplatform van PinkRoccade Local Government stijgen de licentiekosten "
        "fors, zonder dat daar nieuwe functionaliteit tegenover staat. Wij willen dat de gebruikersvereniging "
        "en VNG hier gezamenlijk over onderhandelen.",
        4, 4, 60, status="in_position", contributor="im", bodies=("GV-PRLG", "VNG"), extra_themes=("CLOUD",),
        supports=(("GM0086", "email", ""), ("GM0098", "email", ""), ("GM1970", "phone", "")),
    ),
    DemoConcern(
        "inkoop", "GM0088", "LEVERANCIER",
        "Te weinig inkoopkennis voor complexe ICT-contracten",
        "Als kleine gemeente hebben wij geen inkoper met ICT-kennis. Contracten voor SaaS en beheer worden "
        "daardoor op de voorwaarden van de leverancier gesloten.",
        3, 3, 55, status="in_position", extra_themes=("GOVERNANCE",),
        supports=(("GM0096", "phone", ""), ("GM0060", "phone", "")),
    ),
    # -- cloud en werkplek
    DemoConcern(
        "autonomie", "GM1970", "CLOUD",
        "Afhankelijkheid van Amerikaanse cloudleveranciers",
        "Vrijwel al onze kantoorautomatisering en een groeiend deel van de vakapplicaties draait bij "
        "Amerikaanse cloudleveranciers. Wij missen een landelijke lijn voor digitale autonomie en een "
        "realistisch alternatief voor gemeenten.",
        3, 5, 84, status="in_position", contributor="im", bodies=("VNG", "BZK"),
        supports=(("GM1900", "session", ""), ("GM0074", "email", "")),
    ),
    DemoConcern(
        "windows10", "GM1891", "CLOUD",
        "Vervanging werkplekken door einde ondersteuning Windows 10",
        "Een deel van onze werkplekken kan niet naar Windows 11. Vervanging was niet begroot en de "
        "levertijden lopen op.",
        4, 3, 25, status="new", session="overleg-2", extra_themes=("FIN",),
    ),
    DemoConcern(
        "m365-licenties", "GM0098", "CLOUD",
        "Prijsstijging en bundeling van Microsoft 365-licenties",
        "De licentiekosten voor Microsoft 365 stijgen opnieuw, onder meer door bundeling met functies die "
        "wij niet gebruiken. Gezamenlijke inkoop via VNG zou de onderhandelingspositie versterken.",
        3, 3, 40, status="triaged", extra_themes=("FIN", "LEVERANCIER"),
        supports=(("GM0085", "email", ""),),
    ),
    # -- data en AI
    DemoConcern(
        "genai", "GM1900", "DATA_AI",
        "Medewerkers gebruiken generatieve AI zonder beleid",
        "Medewerkers gebruiken openbare AI-diensten om teksten en brieven op te stellen, soms met "
        "persoonsgegevens. Wij hebben nog geen beleid en willen aansluiten bij een landelijke lijn en de "
        "AI-verordening.",
        3, 4, 105, status="in_position", contributor="im", bodies=("VNG",), extra_themes=("PRIVACY",),
        session="overleg-1",
        supports=(("GM0074", "session", ""), ("GM0090", "session", ""), ("GM1970", "email", "")),
    ),
    DemoConcern(
        "algoritmeregister", "GM0086", "DATA_AI",
        "Invulling van het algoritmeregister voor kleine gemeenten",
        "Het is onduidelijk welke algoritmes wij moeten registreren, zeker als ze in pakketten van "
        "leveranciers zitten. Wij vragen om voorbeeldbeschrijvingen per veelgebruikt pakket.",
        2, 3, 68, status="new", contributor="im", confidentiality="openbaar",
    ),
    # -- infrastructuur
    DemoConcern(
        "eilanden-verbinding", "GM0096", "INFRA",
        "Kwetsbare dataverbinding met de vaste wal",
        "Het eiland is voor data afhankelijk van één verbinding met de vaste wal. Bij een storing ligt de "
        "gemeentelijke dienstverlening stil en is er geen uitwijk.",
        3, 4, 92, status="new",
        supports=(("GM0060", "phone", "Voor Ameland geldt hetzelfde."), ("GM0088", "phone", "")),
    ),
    DemoConcern(
        "noodstroom", "GM0060", "INFRA",
        "Geen noodstroom en uitwijk voor de serverruimte",
        "Onze serverruimte heeft geen noodstroomvoorziening en er is geen uitwijklocatie. Een overstap naar "
        "een datacenter of de cloud vraagt een investering die wij nu niet kunnen doen.",
        3, 4, 116, status="triaged", extra_themes=("INFOSEC",),
    ),
    DemoConcern(
        "pkio", "GM0072", "INFRA",
        "Kortere looptijd van PKIoverheid-certificaten vraagt automatisering",
        "De looptijd van PKIoverheid-certificaten wordt korter. Handmatig vervangen op alle koppelingen is "
        "foutgevoelig; voor automatisering ontbreekt de kennis.",
        3, 3, 50, status="new", bodies=("LOGIUS",), extra_themes=("INFOSEC",),
    ),
    # -- financiering en capaciteit
    DemoConcern(
        "ggu", "GM0085", "FIN",
        "Stijgende GGU-bijdrage zonder zicht op opbrengst voor kleine gemeenten",
        "De bijdrage aan het Fonds Gezamenlijke Gemeentelijke Uitvoering stijgt opnieuw, terwijl veel "
        "producten vooral door grotere gemeenten worden afgenomen. Wij vragen om een verdeelsleutel die "
        "rekening houdt met gebruik en draagkracht, en om jaarlijks inzicht in wat kleine gemeenten ervoor "
        "terugkrijgen.",
        4, 4, 112, status="in_position", contributor="im", bodies=("CVD", "GGU", "VNG"),
        extra_themes=("GOVERNANCE",),
        supports=(
            ("GM0098", "session", ""),
            ("GM0086", "session", ""),
            ("GM0060", "phone", ""),
            ("GM0088", "email", ""),
            ("GM0093", "email", ""),
        ),
    ),
    DemoConcern(
        "capaciteit", "GM0088", "FIN",
        "Vacatures in informatiebeveiliging en privacy blijven onvervuld",
        "Vacatures voor CISO, privacyfunctionaris en informatiemanager blijven maanden open. Kleine "
        "gemeenten kunnen niet concurreren met de salarissen van grotere organisaties en het Rijk. Zonder "
        "mensen lopen alle landelijke opgaven vast.",
        5, 5, 125, status="in_position", extra_themes=("GOVERNANCE",),
        supports=(
            ("GM0096", "session", ""),
            ("GM0060", "session", ""),
            ("GM0093", "phone", ""),
            ("GM1891", "email", ""),
            ("GM0098", "email", ""),
            ("GM0085", "email", ""),
            ("GM0059", "phone", ""),
        ),
    ),
    # -- governance
    DemoConcern(
        "ciso-pool", "GM0096", "GOVERNANCE",
        "Gezamenlijke CISO-pool voor de kleine gemeenten in de regio",
        "Zes gemeenten zien een gedeelde CISO-pool als oplossing voor de krapte. Wij vragen de regio om "
        "een verkenning en landelijk om een model voor samenwerking en financiering.",
        3, 4, 58, status="in_position", session="kennis-bio2",
        supports=(("GM0088", "session", ""), ("GM0060", "email", ""), ("GM0093", "email", "")),
    ),
    DemoConcern(
        "gremia-tijd", "GM0060", "GOVERNANCE",
        "Deelname aan landelijke gremia kost kleine gemeenten te veel tijd",
        "Landelijke werkgroepen en consultaties vragen veel tijd. Kleine gemeenten haken af, waardoor hun "
        "belangen minder gehoord worden. Wij vragen om meer regionale vertegenwoordiging en kortere "
        "consultaties.",
        2, 3, 35, status="triaged",
    ),
    # -- neighbours outside the region
    DemoConcern(
        "soc-leeuwarden", "GM0080", "INFOSEC",
        "Gezamenlijke inkoop van een SOC/SIEM-dienst voor Noord-Nederland",
        "Leeuwarden verkent de inkoop van een Security Operations Center en nodigt gemeenten in de regio uit "
        "om aan te sluiten. Gezamenlijk inkopen verlaagt de kosten per gemeente.",
        3, 3, 48, status="triaged", confidentiality="openbaar", bodies=("IBD",),
        supports=(("GM0090", "email", ""), ("GM0074", "email", "")),
    ),
    DemoConcern(
        "brp-westerkwartier", "GM1969", "BASISREG",
        "Ervaringen met de overgang naar de BRP API gedeeld",
        "Westerkwartier is als een van de eerste gemeenten overgestapt op de BRP API en deelt het draaiboek "
        "en de valkuilen met de buurregio's.",
        2, 2, 44, status="new", confidentiality="openbaar",
    ),
    DemoConcern(
        "dso-steenwijkerland", "GM1708", "OMGEVING",
        "Bundel de meldingen over storingen in het Omgevingsloket",
        "Ook Steenwijkerland heeft last van storingen in het Omgevingsloket. Wij stellen voor de meldingen "
        "van beide regio's te bundelen richting IPLO.",
        3, 3, 140, status="answered", bodies=("IPLO",),
        status_reason="Meegenomen in het standpunt over het DSO; het verbeterplan is toegezegd.",
    ),
)  # fmt: skip


# --------------------------------------------------------------------------- meetings and positions


@dataclass(frozen=True)
class DemoVersion:
    status: str
    days_ago: int  # negative: days ahead are not used for versions
    reason: str
    texts: dict[str, str] = field(default_factory=dict)  # fields that differed then


@dataclass(frozen=True)
class DemoPosition:
    title: str
    core_position: str
    explanation: str
    red_lines: str
    mandate: str
    fallback: str
    talking_points: str
    status: str
    versions: tuple[DemoVersion, ...]
    minority_note: str = ""
    evidence: tuple[tuple[str, str], ...] = ()  # (concern key, paragraph relying on it)
    # Responses: a default grade for members not listed, then exceptions (grade, note, via).
    default_grade: str | None = None
    responses: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    responses_days_ago: int = 20


@dataclass(frozen=True)
class DemoOutcome:
    decision: str
    meaning: str
    follow_up: str
    review_in_days: int
    concern_status: str
    reason: str


@dataclass(frozen=True)
class DemoAgendaItem:
    key: str
    number: int
    title: str
    description: str
    national_question: str
    body: str
    reference_links: str
    concerns: tuple[str, ...]
    position: DemoPosition | None
    outcome: DemoOutcome | None = None
    discussed_at: tuple[str, ...] = ()  # regional sessions that discussed it


@dataclass(frozen=True)
class DemoMeeting:
    key: str
    days_from_today: int
    place: str
    status: str
    note: str
    items: tuple[DemoAgendaItem, ...]


PAST_MEETING = DemoMeeting(
    key="past",
    days_from_today=-76,
    place="VNG, Den Haag",
    status="reported",
    note="Uitkomsten teruggekoppeld in het regio-overleg en per e-mail aan alle gemeenten.",
    items=(
        DemoAgendaItem(
            key="past-dso",
            number=1,
            title="Stabiliteit en doorontwikkeling van het DSO",
            description="Bespreking van de beschikbaarheid van het Digitaal Stelsel Omgevingswet en de "
            "prioriteiten voor de doorontwikkeling.",
            national_question="Welke verbeteringen aan het DSO hebben voor gemeenten de hoogste prioriteit, "
            "en welke hinder ervaren zij van storingen?",
            body="IPLO",
            reference_links="https://iplo.nl/digitaal-stelsel/",
            concerns=("dso-storingen", "sttr", "dso-steenwijkerland"),
            discussed_at=("overleg-1",),
            position=DemoPosition(
                title="Regionaal standpunt: stabiliteit van het DSO",
                core_position="De regio vraagt BZK en IPLO de stabiliteit van het Omgevingsloket voorrang te "
                "geven boven nieuwe functies, met een openbare maandrapportage over de beschikbaarheid.",
                explanation="""### Wat gemeenten merken

Het Omgevingsloket is meerdere keren per maand urenlang onbereikbaar. Aanvragen komen soms dubbel
binnen in de VTH-systemen. Zes gemeenten in de regio herkennen dit.

### Wat het kost

Medewerkers controleren aanvragen handmatig en beantwoorden klachten van inwoners en
initiatiefnemers. Dat gaat ten koste van de wettelijke beslistermijnen.
""",
                red_lines="- Geen nieuwe verplichte koppelingen zolang de beschikbaarheid onder de afgesproken norm blijft.",
                mandate="De afgevaardigde mag instemmen met een verbeterplan met concrete normen en rapportage.",
                fallback="Als een verbeterplan niet haalbaar is: een landelijk storingsregister waar gemeenten "
                "hinder melden en dat IPLO maandelijks publiceert.",
                talking_points="- Noem de dubbele aanvragen: die kosten het meeste tijd.\n"
                "- Vraag om een norm voor beschikbaarheid en een datum.",
                status="uitkomst_bekend",
                evidence=(("dso-storingen", "Wat gemeenten merken"), ("sttr", "Wat het kost")),
                default_grade="steun",
                responses={
                    "GM0096": ("neutraal", "Geen eigen ervaring met storingen; wel solidair.", "email"),
                    "GM0060": ("steun_met_voorbehoud", "Mits de rapportage niet tot extra meldwerk leidt.", "phone"),
                },
                responses_days_ago=95,
                versions=(
                    DemoVersion("concept", 103, "Aangemaakt", {"core_position": "De regio vraagt BZK en IPLO "
                                "de stabiliteit van het Omgevingsloket te verbeteren."}),
                    DemoVersion("in_consultatie", 101, "Voorgelegd aan de gemeenten"),
                    DemoVersion("vastgesteld", 88, "Vastgesteld na consultatie"),
                    DemoVersion("ingebracht", 76, "Ingebracht in het Landelijk ICT Beraad"),
                    DemoVersion("uitkomst_bekend", 74, "Uitkomst vastgelegd"),
                ),
            ),
            outcome=DemoOutcome(
                decision="BZK en IPLO erkennen de stabiliteitsproblemen van het Omgevingsloket. Er komt een "
                "verbeterplan met een maandelijkse rapportage over de beschikbaarheid; storingen van meer "
                "dan vier uur worden actief aan gemeenten gemeld.",
                meaning="Gemeenten hoeven storingen niet meer zelf bij te houden voor de lobby. Meld hinder "
                "via het storingsformulier van IPLO, zodat de rapportage klopt.",
                follow_up="VNG agendeert de voortgang over zes maanden opnieuw.",
                review_in_days=105,
                concern_status="answered",
                reason="Beantwoord in het Landelijk ICT Beraad: BZK en IPLO zeggen een verbeterplan toe met "
                "een maandelijkse rapportage over de beschikbaarheid van het DSO.",
            ),
        ),
        DemoAgendaItem(
            key="past-woo",
            number=2,
            title="Actieve openbaarmaking onder de Woo",
            description="Stand van zaken van de actieve openbaarmaking en de kosten voor gemeenten.",
            national_question="Kunnen gemeenten de actieve openbaarmaking van de Woo binnen de huidige "
            "middelen realiseren, en welke ondersteuning is nodig?",
            body="BZK",
            reference_links="https://www.open-overheid.nl/",
            concerns=("woo",),
            discussed_at=("overleg-1",),
            position=DemoPosition(
                title="Regionaal standpunt: actieve openbaarmaking",
                core_position="De actieve openbaarmaking is binnen de huidige middelen niet haalbaar voor kleine "
                "gemeenten; de regio vraagt om compensatie of om een gezamenlijke publicatievoorziening.",
                explanation="""### Capaciteit

Vier gemeenten herkennen dat de inrichting van zaaksysteem en publicatieplatform meer vraagt dan
begroot. Kleine gemeenten hebben hiervoor geen aparte formatie.
""",
                red_lines="- Geen nieuwe verplichte categorieën zonder financiering.",
                mandate="Instemmen met een gezamenlijke voorziening als alternatief voor compensatie.",
                fallback="Een handreiking en een gefaseerde invoering van de verplichte categorieën.",
                talking_points="- Benadruk de verhouding tussen kosten en kleine formatie.",
                status="uitkomst_bekend",
                evidence=(("woo", "Capaciteit"),),
                default_grade="steun",
                responses={"GM0074": ("steun_met_voorbehoud", "Compensatie heeft onze voorkeur.", "email")},
                responses_days_ago=94,
                versions=(
                    DemoVersion("concept", 102, "Aangemaakt"),
                    DemoVersion("in_consultatie", 100, "Voorgelegd aan de gemeenten"),
                    DemoVersion("vastgesteld", 87, "Vastgesteld na consultatie"),
                    DemoVersion("ingebracht", 76, "Ingebracht in het Landelijk ICT Beraad"),
                    DemoVersion("uitkomst_bekend", 74, "Uitkomst vastgelegd"),
                ),
            ),
            outcome=DemoOutcome(
                decision="Er komt geen aanvullende compensatie voor actieve openbaarmaking bovenop de middelen in "
                "het gemeentefonds. VNG ontwikkelt met het Rijk een handreiking en een gezamenlijke "
                "publicatievoorziening.",
                meaning="Gemeenten richten de verplichte categorieën gefaseerd in en kunnen aansluiten op de "
                "gezamenlijke voorziening zodra die er is.",
                follow_up="De regio volgt de handreiking; het knelpunt is afgesloten.",
                review_in_days=200,
                concern_status="closed",
                reason="Afgesloten na het Landelijk ICT Beraad: er komt geen aanvullende compensatie. VNG "
                "ontwikkelt wel een handreiking en een gezamenlijke publicatievoorziening.",
            ),
        ),
    ),
)  # fmt: skip


_BIO2_EXPLANATION = """### Waarom dit knelpunt breed gedragen wordt

BIO2 vraagt een risicogerichte aanpak: iedere gemeente moet zelf risico's analyseren en maatregelen
kiezen. Dat is goed voor de kwaliteit, maar kleine gemeenten hebben daarvoor de mensen niet. In de
regio heeft een derde van de gemeenten minder dan één fte voor informatiebeveiliging.

### Samenhang met de Cyberbeveiligingswet

Tegelijk met BIO2 komt de zorgplicht uit de Cyberbeveiligingswet. Gemeenten laten nu ieder
afzonderlijk uitzoeken welke processen daaronder vallen. Eén landelijke duiding voorkomt
tientallen vergelijkbare juridische analyses.

### Wat de regio vraagt

1. Landelijk uitgewerkte **risicoanalyses en maatregelensets** die een gemeente kan overnemen.
2. Een **gefaseerde invoering** voor gemeenten onder de 50.000 inwoners.
3. Eén **landelijke duiding** van de zorgplicht, afgestemd op BIO2.
"""

_GGU_EXPLANATION = """### Kosten en verdeelsleutel

De GGU-bijdrage stijgt opnieuw. Kleine gemeenten nemen veel producten minder af dan grote, maar
betalen naar inwonertal mee. De regio vraagt om een verdeelsleutel die ook rekening houdt met gebruik
en draagkracht.

### Inzicht in wat het oplevert

Gemeenten willen jaarlijks zien welke producten zij afnemen en wat die kosten. Dat maakt de bijdrage
uitlegbaar aan college en raad.

### Capaciteit

Een hogere bijdrage gaat ten koste van de eigen formatie, terwijl vacatures in informatiebeveiliging
en privacy nu al onvervuld blijven.
"""

_SAAS_EXPLANATION = """### De markt beweegt naar SaaS

Leveranciers van kernapplicaties voor burgerzaken, financiën en het sociaal domein faseren hun
on-premises versies uit. Gemeenten hebben geen keuze, maar wel een gezamenlijke
onderhandelingspositie.

### Meerkosten zonder meerwaarde

De overstap kost gemeenten in de regio tot dertig procent meer per jaar, zonder nieuwe
functionaliteit. Kleine gemeenten missen de inkoopkennis om daar zelf tegenwicht te bieden.

### Exit en dataportabiliteit

Afspraken over exit, dataportabiliteit en de locatie van gegevens ontbreken in de huidige contracten.
"""

_M365_EXPLANATION = """### Eén DPIA in plaats van driehonderd

Voor Copilot en nieuwe Teams-functies laat iedere gemeente een eigen DPIA opstellen. De regio vraagt
om één DPIA met een handreiking die gemeenten kunnen overnemen.

### Afhankelijkheid

Tegelijk groeit de afhankelijkheid van Amerikaanse cloudleveranciers. De regio wil dat landelijke
afspraken over Microsoft 365 ook een route naar meer digitale autonomie bevatten.

### Beleid voor generatieve AI

Medewerkers gebruiken openbare AI-diensten zonder beleid. Een landelijk model voor
gebruiksafspraken helpt gemeenten snel een verantwoorde lijn te kiezen.
"""

_BRP_EXPLANATION = """### Planning van leveranciers

De uitfasering van GBA-V en StUF-BG hangt af van de aansluiting van leveranciers op de BRP API.
Zonder harde planning betalen gemeenten een tijd voor twee koppelingen.

### Terugmeldingen

Terugmeldingen op de BRP blijven soms maanden liggen. De regio vraagt de RvIG om een norm voor de
afhandeltijd.
"""

COMING_MEETING = DemoMeeting(
    key="coming",
    days_from_today=23,
    place="VNG, Den Haag (hybride)",
    status="planned",
    note="Stukken uiterlijk een week vooraf bij het secretariaat.",
    items=(
        DemoAgendaItem(
            key="bio2",
            number=1,
            title="Implementatie BIO2 en de Cyberbeveiligingswet bij gemeenten",
            description="Voortgang van de implementatie van BIO2 en de voorbereiding op de zorgplicht uit de "
            "Cyberbeveiligingswet; ondersteuning door de IBD.",
            national_question="Welke ondersteuning hebben gemeenten nodig om BIO2 en de zorgplicht uit de "
            "Cyberbeveiligingswet tijdig te implementeren, en is een gefaseerde invoering voor kleine "
            "gemeenten wenselijk?",
            body="IBD",
            reference_links="https://www.informatiebeveiligingsdienst.nl/\nhttps://www.digitaleoverheid.nl/",
            concerns=("bio2", "nis2", "ciso-pool", "capaciteit", "awareness"),
            discussed_at=("kennis-bio2", "overleg-2"),
            position=DemoPosition(
                title="Regionaal standpunt: BIO2 en de Cyberbeveiligingswet",
                core_position="De regio steunt BIO2 en de zorgplicht, maar vraagt landelijk uitgewerkte "
                "risicoanalyses en maatregelensets en een gefaseerde invoering voor gemeenten onder de "
                "50.000 inwoners.",
                explanation=_BIO2_EXPLANATION,
                red_lines="- Geen verplichting zonder landelijk uitgewerkte sjablonen voor risicoanalyses.\n"
                "- Geen aanvullende ENSIA-verantwoording in hetzelfde jaar als de overgang naar BIO2.",
                mandate="De afgevaardigde mag instemmen met een invoeringstermijn van ten minste achttien "
                "maanden voor kleine gemeenten, mits de sjablonen binnen zes maanden beschikbaar zijn.",
                fallback="Als gefaseerde invoering niet haalbaar is: gerichte ondersteuning door de IBD voor "
                "gemeenten onder de 20.000 inwoners en een regionale CISO-pool met landelijke cofinanciering.",
                talking_points="- Een derde van de regio heeft minder dan één fte voor informatiebeveiliging.\n"
                "- Vraag naar de planning van de sjablonen.\n"
                "- Bied de ervaringen van Súdwest-Fryslân met de nulmeting aan.",
                status="vastgesteld",
                evidence=(
                    ("bio2", "Waarom dit knelpunt breed gedragen wordt"),
                    ("nis2", "Samenhang met de Cyberbeveiligingswet"),
                    ("capaciteit", "Waarom dit knelpunt breed gedragen wordt"),
                    ("ciso-pool", "Wat de regio vraagt"),
                ),
                default_grade="steun",
                responses={
                    "GM0074": ("steun_met_voorbehoud", "Gefaseerde invoering niet voor gemeenten boven de "
                               "50.000 inwoners.", "session"),
                    "GM1900": ("steun_met_voorbehoud", "Wij zijn al ver; de sjablonen moeten aansluiten op "
                               "wat er al is.", "session"),
                    "GM1940": ("neutraal", "", "email"),
                },
                responses_days_ago=24,
                versions=(
                    DemoVersion("concept", 40, "Aangemaakt", {
                        "core_position": "De regio vraagt landelijk uitgewerkte risicoanalyses en een "
                        "gefaseerde invoering van BIO2.",
                        "red_lines": "- Geen verplichting zonder landelijk uitgewerkte sjablonen.",
                    }),
                    DemoVersion("in_consultatie", 34, "Voorgelegd aan de gemeenten"),
                    DemoVersion("vastgesteld", 20, "Vastgesteld na het regio-overleg"),
                ),
            ),
        ),
        DemoAgendaItem(
            key="ggu",
            number=2,
            title="Bijdrage Fonds GGU en productenportfolio",
            description="Voorstel van het College van Dienstverleningszaken voor de GGU-bijdrage en de "
            "producten die gezamenlijk worden gefinancierd.",
            national_question="Stemt uw regio in met de voorgestelde verhoging van de GGU-bijdrage en het "
            "bijbehorende productenportfolio?",
            body="CVD",
            reference_links="https://vng.nl/",
            concerns=("ggu", "capaciteit", "gremia-tijd"),
            discussed_at=("overleg-2",),
            position=DemoPosition(
                title="Regionaal standpunt: GGU-bijdrage",
                core_position="De regio stemt niet in met de voorgestelde verhoging zolang de verdeelsleutel "
                "geen rekening houdt met gebruik en draagkracht; zij vraagt jaarlijks inzicht in wat elke "
                "gemeente afneemt.",
                explanation=_GGU_EXPLANATION,
                red_lines="- Geen verhoging zonder inzicht per gemeente in afname en kosten.",
                mandate="De afgevaardigde mag instemmen met een verhoging tot de inflatiecorrectie als de "
                "verdeelsleutel binnen een jaar wordt herzien.",
                fallback="Instemmen met de verhoging voor één jaar, met een evaluatie van de verdeelsleutel "
                "als harde voorwaarde.",
                minority_note="Heerenveen steunt de voorgestelde verhoging: de gemeente neemt de gezamenlijke "
                "producten intensief af en vreest dat uitstel de doorontwikkeling vertraagt. Heerenveen "
                "deelt wel de wens van de regio om inzicht in afname en kosten per gemeente.",
                talking_points="- Maak het verschil tussen grote en kleine gemeenten concreet met de eigen "
                "cijfers.\n- Noem het minderheidsstandpunt van Heerenveen expliciet.\n"
                "- Vraag naar de planning van de herziening van de verdeelsleutel.",
                status="vastgesteld",
                evidence=(
                    ("ggu", "Kosten en verdeelsleutel"),
                    ("capaciteit", "Capaciteit"),
                ),
                default_grade="steun",
                responses={
                    "GM0074": ("bezwaar", "Heerenveen steunt de verhoging; zie minderheidsstandpunt.", "session"),
                    "GM0090": ("steun_met_voorbehoud", "Steun, mits de evaluatie een harde datum krijgt.",
                               "session"),
                    "GM1900": ("neutraal", "Wij nemen veel producten af en zien beide kanten.", "email"),
                    "GM1940": ("steun_met_voorbehoud", "", "email"),
                },
                responses_days_ago=22,
                versions=(
                    DemoVersion("concept", 38, "Aangemaakt", {
                        "core_position": "De regio stemt niet in met de voorgestelde verhoging van de "
                        "GGU-bijdrage.",
                        "minority_note": "",
                    }),
                    DemoVersion("in_consultatie", 33, "Voorgelegd aan de gemeenten", {"minority_note": ""}),
                    DemoVersion("in_consultatie", 26, "Nieuwe versie: verdeelsleutel en minderheidsstandpunt "
                                "na het regio-overleg"),
                    DemoVersion("vastgesteld", 19, "Vastgesteld met minderheidsstandpunt Heerenveen"),
                ),
            ),
        ),
        DemoAgendaItem(
            key="saas",
            number=3,
            title="SaaS-transitie van gemeentelijke kernapplicaties",
            description="Gezamenlijke afspraken met leveranciers over de overgang naar SaaS: prijs, exit en "
            "dataportabiliteit.",
            national_question="Wat verwachten gemeenten van VNG bij gezamenlijke afspraken met leveranciers over "
            "de overgang naar SaaS?",
            body="VNG",
            reference_links="https://vng.nl/",
            concerns=("saas-centric", "prlg-prijs", "inkoop", "common-ground", "zgw"),
            discussed_at=("overleg-2",),
            position=DemoPosition(
                title="Regionaal standpunt: SaaS-transitie",
                core_position="De regio vraagt VNG samen met de gebruikersverenigingen namens alle gemeenten te "
                "onderhandelen over prijs, exit en dataportabiliteit bij de overgang naar SaaS.",
                explanation=_SAAS_EXPLANATION,
                red_lines="- Geen SaaS-contract zonder exitregeling en export van alle gegevens in een open "
                "formaat.\n- Geen prijsstijging boven de inflatie zonder aantoonbare meerwaarde.",
                mandate="De afgevaardigde mag instemmen met een landelijk onderhandelingsmandaat voor VNG en de "
                "gebruikersverenigingen.",
                fallback="Een landelijk model-SaaS-contract met minimumeisen dat gemeenten zelf kunnen gebruiken.",
                talking_points="- Noem de meerkosten van dertig procent.\n"
                "- Vraag naar de rol van de gebruikersverenigingen.\n"
                "- Verbind met Common Ground en de ZGW-API's.",
                status="in_consultatie",
                evidence=(
                    ("saas-centric", "Meerkosten zonder meerwaarde"),
                    ("prlg-prijs", "Meerkosten zonder meerwaarde"),
                    ("inkoop", "Meerkosten zonder meerwaarde"),
                    ("common-ground", "De markt beweegt naar SaaS"),
                    ("zgw", "De markt beweegt naar SaaS"),
                ),
                default_grade="steun",
                responses={
                    "GM0088": ("geen_reactie", "Herinnering gestuurd.", "email"),
                    "GM0093": ("geen_reactie", "", "email"),
                    "GM0074": ("steun_met_voorbehoud", "Onderhandelen ja, maar geen vertraging van onze "
                               "eigen aanbesteding.", "email"),
                    "GM0072": ("steun", "Graag snel.", "phone"),
                    "GM0096": ("neutraal", "Wij gebruiken andere leveranciers.", "phone"),
                },
                responses_days_ago=12,
                versions=(
                    DemoVersion("concept", 30, "Aangemaakt", {
                        "red_lines": "- Geen SaaS-contract zonder exitregeling.",
                    }),
                    DemoVersion("in_consultatie", 18, "Voorgelegd aan de gemeenten"),
                ),
            ),
        ),
        DemoAgendaItem(
            key="m365",
            number=4,
            title="Microsoft 365, Copilot en digitale autonomie",
            description="Landelijke afspraken over Microsoft 365 en Copilot, en de route naar minder "
            "afhankelijkheid van enkele cloudleveranciers.",
            national_question="Moeten gemeenten gezamenlijk een DPIA en handreiking voor Copilot laten opstellen, "
            "en hoe verhoudt dit zich tot de wens van minder afhankelijkheid van Amerikaanse "
            "cloudleveranciers?",
            body="VNG",
            reference_links="https://www.digitaleoverheid.nl/",
            concerns=("dpia-m365", "autonomie", "genai", "m365-licenties", "chat-archief"),
            discussed_at=("overleg-2",),
            position=DemoPosition(
                title="Regionaal standpunt: Microsoft 365 en Copilot",
                core_position="De regio vraagt één landelijke DPIA met handreiking voor Copilot, en wil dat "
                "landelijke afspraken over Microsoft 365 een route naar meer digitale autonomie bevatten.",
                explanation=_M365_EXPLANATION,
                red_lines="- Geen inzet van Copilot met persoonsgegevens zonder afgeronde DPIA.",
                mandate="Nog vast te stellen na de consultatie.",
                fallback="Een gezamenlijke DPIA per regio, gecoördineerd door de IBD.",
                talking_points="- Ervaringen van Súdwest-Fryslân met de eigen DPIA.\n"
                "- Archivering van chatberichten hoort in dezelfde afspraken.",
                status="concept",
                evidence=(
                    ("dpia-m365", "Eén DPIA in plaats van driehonderd"),
                    ("autonomie", "Afhankelijkheid"),
                    ("genai", "Beleid voor generatieve AI"),
                ),
                versions=(DemoVersion("concept", 9, "Aangemaakt"),),
            ),
        ),
        DemoAgendaItem(
            key="brp",
            number=5,
            title="Overgang naar de BRP API en uitfasering van GBA-V",
            description="Planning van de uitfasering van GBA-V en StUF-BG en de aansluiting van leveranciers "
            "op de BRP API.",
            national_question="Zijn gemeenten klaar voor de uitfasering van GBA-V op de voorgestelde datum, "
            "en wat hebben zij nodig van RvIG en leveranciers?",
            body="RVIG",
            reference_links="https://www.rvig.nl/",
            concerns=("brp-api", "terugmeldingen"),
            discussed_at=("overleg-2",),
            position=DemoPosition(
                title="Regionaal standpunt: BRP API",
                core_position="De regio steunt de overgang naar de BRP API, maar vraagt RvIG de uitfasering van "
                "GBA-V pas te plannen als de grote leveranciers aantoonbaar zijn aangesloten.",
                explanation=_BRP_EXPLANATION,
                red_lines="- Geen uitfasering van GBA-V voordat alle gangbare zaaksystemen zijn aangesloten.",
                mandate="Instemmen met een uitfaseringsdatum die minstens zes maanden na aansluiting van de "
                "leveranciers ligt.",
                fallback="Een overgangsregeling waarin gemeenten GBA-V langer zonder meerkosten mogen gebruiken.",
                talking_points="- Vraag naar de aansluitplanning per leverancier.\n"
                "- Vraag een norm voor de afhandeling van terugmeldingen.",
                status="ingebracht",
                evidence=(("brp-api", "Planning van leveranciers"), ("terugmeldingen", "Terugmeldingen")),
                default_grade="steun",
                responses={
                    "GM0093": ("neutraal", "Geen eigen koppelingen; wij volgen de regio.", "phone"),
                    "GM0088": ("steun_met_voorbehoud", "Mits er ondersteuning is bij de overstap.", "phone"),
                },
                responses_days_ago=30,
                versions=(
                    DemoVersion("concept", 45, "Aangemaakt"),
                    DemoVersion("in_consultatie", 42, "Voorgelegd aan de gemeenten"),
                    DemoVersion("vastgesteld", 28, "Vastgesteld"),
                    DemoVersion("ingebracht", 14, "Schriftelijk ingebracht bij het secretariaat"),
                ),
            ),
        ),
    ),
)  # fmt: skip

DUTCH_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
