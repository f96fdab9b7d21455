"""Overzicht: the headline figures, charts and the next meeting's agenda follow the store."""

from __future__ import annotations

from datetime import date, timedelta

from delegate_app.core.models import ConcernStatus, Grade
from delegate_app.core.services import concerns, meetings, positions, sessions
from delegate_app.core.services.concerns import ConcernDraft
from delegate_app.core.store import Store
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.overview_view import OverviewView


def _concern(store: Store, municipality_id: str, title: str, status: str = "new") -> str:
    with store.session() as session:
        made = concerns.create_concern(
            session,
            ConcernDraft(
                title=title, description="Omschrijving", municipality_id=municipality_id, status=status
            ),
        )
        return made.id


def test_overview_shows_counts_and_follows_changes(
    window: MainWindow, store: Store, region_ids: list[str]
) -> None:
    first = _concern(store, region_ids[0], "BRP-koppeling valt uit")
    _concern(store, region_ids[1], "Licentiekosten stijgen", status=ConcernStatus.CLOSED.value)
    with store.session() as session:
        concerns.add_support(session, first, region_ids[2])
        held = sessions.create_session(session, "Regio-overleg maart", date(2025, 3, 12), place="Tiel")
        sessions.set_attendance(session, held.id, region_ids[0], True)
    view = window.show_view("overzicht")
    assert isinstance(view, OverviewView)
    view.refresh()
    figures = {tile.caption.text(): (tile.figure.text(), tile.detail.text()) for tile in view.tiles}
    assert figures["Knelpunten"] == ("2", "1 nog open")
    assert figures["Herkenningen"][0] == "1"
    assert figures["Deelnemende gemeenten"][0] == "5"
    assert figures["Regio-overleggen"] == ("1", "laatste: 12 maart 2025")
    assert view.status_chart.categories()[::-1][:2] == ["Nieuw", "Beoordeeld"]
    assert not view.no_region.isVisible()

    _concern(store, region_ids[3], "Nog een knelpunt")
    window.ctx.notify("concern")
    view.refresh()
    assert view.tiles[0].figure.text() == "3"


def test_next_meeting_lists_positions_and_support(
    window: MainWindow, store: Store, region_ids: list[str]
) -> None:
    with store.session() as session:
        meeting = meetings.create_meeting(
            session, "Landelijk ICT Beraad juni", date.today() + timedelta(days=20)
        )
        first = meetings.add_agenda_item(session, meeting.id, "Cloudbeleid")
        meetings.add_agenda_item(session, meeting.id, "Leveranciersmanagement")
        position = positions.create_position(
            session, agenda_item_id=first.id, core_position="Wij willen regie."
        )
        for mid, grade in zip(region_ids, (Grade.SUPPORT, Grade.SUPPORT, Grade.OBJECTION), strict=False):
            positions.set_response(session, position.id, mid, grade)
    view = window.show_view("overzicht")
    view.refresh()  # type: ignore[attr-defined]
    agenda = view.agenda  # type: ignore[attr-defined]
    assert "Landelijk ICT Beraad juni" in view.meeting_panel.title.text()  # type: ignore[attr-defined]
    assert agenda.topLevelItemCount() == 2
    row = [agenda.topLevelItem(0).text(c) for c in range(7)]
    assert row[1] == "Cloudbeleid" and row[2] == "Concept"
    assert row[3].startswith("2/5")
    assert row[4] == "1" and row[5] == "3/5"
    assert agenda.topLevelItem(1).text(2) == "nog geen standpunt"


def test_without_a_region_the_overview_invites_setting_one_up(window: MainWindow) -> None:
    view = window.show_view("overzicht")
    view.refresh()  # type: ignore[attr-defined]
    assert view.no_region.isVisible()  # type: ignore[attr-defined]
    assert "nog geen regio ingesteld" in view.no_region_text.text()  # type: ignore[attr-defined]
    assert view.meeting_empty.isVisible()  # type: ignore[attr-defined]
