"""Known data for the meeting/position tests: a region of three municipalities with round inhabitants.

Baarle-Nassau 10,000, Bergen (L.) 30,000 and Súdwest-Fryslân 60,000 inhabitants:
100,000 in all, so every share by inhabitants is a simple fraction. Tilburg is a
neighbour outside the region.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from delegate_app.core import models
from delegate_app.core.store import Store

INHABITANTS = {"GM0744": 10_000, "GM0893": 30_000, "GM1900": 60_000}
OUTSIDER = "GM0855"  # Tilburg


@dataclass
class LoopRegion:
    region_id: str
    baarle: str
    bergen: str
    sudwest: str
    outsider: str

    @property
    def members(self) -> list[str]:
        return [self.baarle, self.bergen, self.sudwest]


def build_region(
    store: Store, *, quorum: float = 0.5, max_count: float = 0.25, max_inhabitants: float = 0.25
) -> LoopRegion:
    with store.session() as session:
        ids: dict[str, str] = {}
        for code in [*INHABITANTS, OUTSIDER]:
            m = session.exec(select(models.Municipality).where(models.Municipality.gm_code == code)).one()
            if code in INHABITANTS:
                m.inhabitants = INHABITANTS[code]
            ids[code] = m.id
        region = models.Region(
            name="Regio Testland",
            rule_quorum_share=quorum,
            rule_max_objection_share_count=max_count,
            rule_max_objection_share_inhabitants=max_inhabitants,
        )
        session.add(region)
        session.flush()
        for code in INHABITANTS:
            session.add(models.RegionMember(region_id=region.id, municipality_id=ids[code]))
        return LoopRegion(region.id, ids["GM0744"], ids["GM0893"], ids["GM1900"], ids[OUTSIDER])


def add_concern(session: Session, municipality_id: str, title: str, **fields: object) -> models.Concern:
    concern = models.Concern(title=title, municipality_id=municipality_id, **fields)
    session.add(concern)
    session.flush()
    return concern


def add_meeting(
    session: Session, held_on: date = date(2025, 3, 12), title: str = "LIB maart"
) -> models.NationalMeeting:
    meeting = models.NationalMeeting(title=title, held_on=held_on, place="Utrecht")
    session.add(meeting)
    session.flush()
    return meeting
