"""A small, realistic region with concerns for the register and session-mode tests, built through the services."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, select

from delegate_app.core import models
from delegate_app.core.services import concerns, region
from delegate_app.core.store import Store

MEMBERS = ("Heerenveen", "Súdwest-Fryslân", "Opsterland", "Ooststellingwerf", "Weststellingwerf",
           "De Fryske Marren", "Smallingerland", "Tytsjerksteradiel", "Achtkarspelen", "Harlingen")  # fmt: skip

CONCERNS: tuple[tuple[str, str, str, str, dict[str, Any]], ...] = (
    (
        "Koppeling zaaksysteem met BRP valt wekelijks uit",
        "Heerenveen",
        "BASISREG",
        "Sinds de update van maart valt de koppeling elke week uit; burgers wachten dagen.",
        {"urgency": 5, "impact": 4},
    ),
    (
        "Leverancier verhoogt licentiekosten eenzijdig",
        "Súdwest-Fryslân",
        "LEVERANCIER",
        "De leverancier van het sociaal domein rekent 30% meer zonder onderhandeling.",
        {"urgency": 4, "impact": 5},
    ),
    (
        "Cloudmigratie stokt door ontbrekende exitstrategie",
        "Opsterland",
        "CLOUD",
        "Er is geen exitstrategie afgesproken; migreren naar de cloud ligt stil.",
        {"urgency": 3, "impact": 3},
    ),
    (
        "Phishingmeldingen nemen sterk toe",
        "Smallingerland",
        "INFOSEC",
        "Medewerkers melden dagelijks phishing; awareness-middelen ontbreken.",
        {"urgency": 4, "impact": 3, "confidentiality": "vertrouwelijk"},
    ),
    (
        "Woo-verzoeken kosten te veel capaciteit",
        "Harlingen",
        "INFOHUISH",
        "Elk Woo-verzoek kost dagen zoekwerk in verspreide systemen.",
        {"urgency": 3, "impact": 4, "anonymised": True},
    ),
    (
        "DSO-koppeling geeft foutmeldingen bij vergunningen",
        "De Fryske Marren",
        "OMGEVING",
        "Aanvragen uit het Omgevingsloket komen onvolledig binnen.",
        {"urgency": 4, "impact": 4},
    ),
    (
        "Algoritmeregister: onduidelijk wat erin moet",
        "Achtkarspelen",
        "DATA_AI",
        "Geen handreiking voor kleine gemeenten over wat in het register hoort.",
        {"urgency": 2, "impact": 2},
    ),
    (
        "Netwerkstoring treft meerdere locaties",
        "Weststellingwerf",
        "INFRA",
        "Het glasvezelnetwerk naar de buitenlocaties valt geregeld weg.",
        {"urgency": 3, "impact": 3},
    ),
)


def municipality_id(session: Session, name: str) -> str:
    return session.exec(select(models.Municipality).where(models.Municipality.name == name)).one().id


def theme_id(session: Session, code: str) -> str:
    return session.exec(select(models.Theme).where(models.Theme.code == code)).one().id


def seed(store: Store) -> dict[str, str]:
    """Define the region and add the concerns with a few recognitions; returns title -> concern id."""
    ids: dict[str, str] = {}
    with store.session() as session:
        region.set_region(session, "Regio Zuidwest-Friesland", [municipality_id(session, n) for n in MEMBERS])
        for title, municipality, theme, description, extra in CONCERNS:
            draft = concerns.ConcernDraft(
                title=title,
                description=description,
                municipality_id=municipality_id(session, municipality),
                theme_id=theme_id(session, theme),
                submitted_on=date(2025, 3, 1 + len(ids)),
                **extra,
            )
            ids[title] = concerns.create_concern(session, draft).id
        first = ids[CONCERNS[0][0]]
        for name in ("Opsterland", "Ooststellingwerf", "Harlingen"):
            concerns.add_support(session, first, municipality_id(session, name), recorded_via="phone")
        concerns.add_support(session, ids[CONCERNS[1][0]], municipality_id(session, "Heerenveen"))
    return ids
