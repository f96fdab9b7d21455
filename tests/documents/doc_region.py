"""A small, known region in a real store for the document tests, built through the services.

Four members; a coming meeting with two agenda items and positions; a past meeting
with an outcome; concerns of every confidentiality, one anonymised, one with
markup and emoji in it; a regional session with attendance; contacts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from delegate_app.core.models import ConcernStatus, Confidentiality, Grade, PersonRole, PositionStatus
from delegate_app.core.services import concerns, meetings, outcomes, persons, positions, region, sessions
from delegate_app.core.services.municipalities import MunicipalityIndex
from delegate_app.core.store import Store

MEMBERS = ("GM1900", "GM0796", "GM0060", "GM0080")  # Súdwest-Fryslân, 's-Hertogenbosch, Ameland, Leeuwarden
UGLY_TITLE = '<b>Kosten & baten</b> <img src="/etc/passwd"> 🙂 İğdır Łódź'
UGLY_DESCRIPTION = "unclosed <i> & AT&T;"
SECRET_TITLE = "Datalek bij leverancier Geheimzaak"
SECRET_DESCRIPTION = "Niet naar buiten brengen: Geheimzaak-incident"
ANONYMOUS_TITLE = "Anoniem signaal over capaciteit"


@dataclass
class DocRegion:
    ids: dict[str, str]  # GM code -> municipality id
    next_meeting: str
    past_meeting: str
    items: list[str]
    concerns: dict[str, str] = field(default_factory=dict)  # title -> id
    owner: dict[str, str] = field(default_factory=dict)  # title -> GM code

    def titles_of(self, code: str) -> set[str]:
        return {title for title, owner in self.owner.items() if owner == code}


def build(store: Store, *, today: date | None = None) -> DocRegion:
    day = today or date.today()
    with store.session() as s:
        index = MunicipalityIndex.load(s)
        ids = {code: index.resolve(code).id for code in MEMBERS}
        region.set_region(s, "Regio Noordwest & Zuid", ids.values())
        region.set_self(s, "Anna de Vries-Þórsdóttir", PersonRole.DELEGATE.value, "anna@example.nl")
        persons.create_person(
            s,
            "Kees Jansen",
            email="kees@example.nl",
            role=PersonRole.ICT_CONTACT.value,
            municipality_id=ids["GM0060"],
        )
        past = meetings.create_meeting(
            s, "Landelijk ICT Beraad voorjaar", day - timedelta(days=60), "Utrecht"
        )
        coming = meetings.create_meeting(
            s, "Landelijk ICT Beraad zomer", day + timedelta(days=20), "Den Haag"
        )
        held = sessions.create_session(s, "Regio-overleg april", day - timedelta(days=30), place="Sneek")
        for code, present in zip(MEMBERS, (True, True, False, True), strict=True):
            sessions.set_attendance(s, held.id, ids[code], present)

        made: dict[str, str] = {}
        owner: dict[str, str] = {}

        def concern(code: str, title: str, **kw: object) -> str:
            draft = concerns.ConcernDraft(
                title=title,
                description=str(kw.pop("description", "Omschrijving van " + title)),
                municipality_id=ids[code],
                **kw,  # type: ignore[arg-type]
            )
            c = concerns.create_concern(s, draft)
            made[title] = c.id
            owner[title] = code
            return c.id

        zaak = concern(
            "GM1900", "Zaaksysteem traag bij piekbelasting", confidentiality=Confidentiality.PUBLIC.value
        )
        ugly = concern("GM0060", UGLY_TITLE, description=UGLY_DESCRIPTION)
        secret = concern(
            "GM0796",
            SECRET_TITLE,
            description=SECRET_DESCRIPTION,
            confidentiality=Confidentiality.CONFIDENTIAL.value,
        )
        anonymous = concern("GM0060", ANONYMOUS_TITLE, anonymised=True)
        concern("GM0080", "Open knelpunt zonder agendapunt")
        concern("GM0060", "Ameland: glasvezel ontbreekt")
        concerns.add_support(s, zaak, ids["GM0080"])

        items = []
        for n, (title, core) in enumerate(
            (
                (
                    "Migratie naar de Common Ground-componenten",
                    "De regio steunt de migratie, mits gefaseerd.",
                ),
                ("Kosten van de nieuwe BRP-koppeling", "De regio wil een landelijke financiering."),
            ),
            start=1,
        ):
            item = meetings.add_agenda_item(
                s,
                coming.id,
                title,
                national_question=f"Vraag {n}: herkent de regio dit?",
                reference_links="https://vng.nl/rubrieken/onderwerpen/ict",
            )
            items.append(item.id)
            p = positions.create_position(
                s,
                agenda_item_id=item.id,
                core_position=core,
                explanation="De regio vindt dit **belangrijk**.\n\n- punt een\n- punt twee",
                red_lines="Geen meerkosten voor kleine gemeenten.",
                minority_note="Ameland maakt bezwaar." if n == 1 else "",
            )
            positions.change_status(s, p.id, PositionStatus.CONSULTATION)
            for code, grade in zip(
                MEMBERS,
                (Grade.SUPPORT, Grade.SUPPORT_WITH_RESERVATION, Grade.OBJECTION, Grade.SUPPORT),
                strict=True,
            ):
                positions.set_response(
                    s, p.id, ids[code], grade, note="Akkoord" if grade is Grade.SUPPORT else ""
                )
            for cid in (zaak, ugly, secret, anonymous) if n == 1 else (zaak,):
                positions.link_evidence(s, p.id, cid, paragraph="Kosten")

        old_item = meetings.add_agenda_item(
            s, past.id, "Archivering in de cloud", national_question="Akkoord?"
        )
        old_position = positions.create_position(
            s, agenda_item_id=old_item.id, core_position="Akkoord onder voorwaarden."
        )
        glas = made["Ameland: glasvezel ontbreekt"]
        meetings.link_concern(s, old_item.id, glas)
        positions.link_evidence(s, old_position.id, made["Open knelpunt zonder agendapunt"])
        outcomes.record_outcome(
            s,
            old_item.id,
            "De ALV stemt in met de cloudstrategie.",
            meaning="Gemeenten kunnen vanaf 2026 archiveren in de cloud.",
            follow_up="VNG publiceert een handreiking.",
            review_on=day + timedelta(days=200),
            concern_status=ConcernStatus.ANSWERED,
            reason="Opgenomen in de landelijke aanpak.",
        )
        return DocRegion(ids, coming.id, past.id, items, made, owner)
