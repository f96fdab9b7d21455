"""Known data for the meeting, position and session views: a small region built through the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from delegate_app.core.services import concerns, meetings, positions, region, sessions
from delegate_app.core.services.municipalities import MunicipalityIndex
from delegate_app.core.store import Store

MEMBERS = (
    "GM0744",
    "GM0893",
    "GM1900",
    "GM0758",
    "GM0797",
)  # Baarle-Nassau, Bergen (L.), Súdwest-Fryslân, Breda, Heusden


@dataclass
class MeetingData:
    members: list[str]  # municipality ids, in MEMBERS order
    names: dict[str, str]
    meeting_id: str
    item_ids: list[str]
    concern_ids: list[str]
    position_id: str  # a concept position on the first agenda item
    session_id: str
    extra: dict[str, str] = field(default_factory=dict)


def build(store: Store, *, with_position: bool = True) -> MeetingData:
    soon = date.today() + timedelta(days=30)
    with store.session() as session:
        index = MunicipalityIndex.load(session)
        found = [index.resolve(code) for code in MEMBERS]
        region.set_region(session, "Regio Testland", [m.id for m in found])
        concern_ids = [
            concerns.create_concern(
                session,
                concerns.ConcernDraft(
                    title=title,
                    description="Beschrijving & <uitleg>",
                    municipality_id=found[n % len(found)].id,
                ),
            ).id
            for n, title in enumerate(
                [
                    "Exitstrategie cloud ontbreekt",
                    "Leverancier verhoogt prijzen",
                    "Wachtrij bij DigiD-koppeling",
                ]
            )
        ]
        meeting = meetings.create_meeting(session, "Landelijk ICT Beraad", soon, "Utrecht")
        items = [
            meetings.add_agenda_item(
                session, meeting.id, "Cloudbeleid", national_question="Steunt de regio de cloudstrategie?"
            ),
            meetings.add_agenda_item(session, meeting.id, "Leveranciersmanagement"),
        ]
        meetings.link_concern(session, items[0].id, concern_ids[0])
        position_id = ""
        if with_position:
            position_id = positions.create_position(
                session, agenda_item_id=items[0].id, core_position="De regio steunt de cloudstrategie."
            ).id
        regional = sessions.create_session(
            session,
            "Regio-overleg voorjaar",
            date.today() - timedelta(days=7),
            place="Breda",
            agenda="1. Opening",
        )
        return MeetingData(
            members=[m.id for m in found],
            names={m.id: m.name for m in found},
            meeting_id=meeting.id,
            item_ids=[i.id for i in items],
            concern_ids=concern_ids,
            position_id=position_id,
            session_id=regional.id,
        )


def nameless_controls(root: object) -> list[str]:
    """Controls under `root` that take keyboard focus but have no accessible name."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    assert isinstance(root, QWidget)
    return [
        f"{type(w).__name__} in {type(w.parent()).__name__}"
        for w in root.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
    ]


def shown(widget: object, qtbot: object) -> object:
    """Show a view at the size of the screenshots, owned by qtbot so it is closed after the test."""
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1400, 900)  # type: ignore[attr-defined]
    widget.show()  # type: ignore[attr-defined]
    return widget
